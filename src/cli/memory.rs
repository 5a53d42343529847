//! The memory check made before a command reads anything: the inputs'
//! sizes are known, so the memory the command needs can be estimated and
//! compared with the process's limit (`ulimit -v`, the memory cgroup). A
//! run that would not fit is refused with both figures rather than
//! aborted on a failed allocation after minutes of work.

use super::{Cli, Command};
use sahel::files::memory;
use std::path::{Path, PathBuf};

/// The gazetteer, admin areas and base layers every command loads
/// (about 96 MB measured for `gazetteer lookup`, 122 MB for `extract`).
const BASE_BYTES: u64 = 130_000_000;

/// How an input is read, for the bytes of memory each of its bytes takes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    GeoJson,
    Csv,
    FlatGeobuf,
    /// Articles, and spreadsheets of incident lines read as text.
    Text,
}

/// Bytes of memory per input byte, above [`BASE_BYTES`]. Measured with
/// `/usr/bin/time -f %M` on 100,000 synthetic incidents (70 MB of
/// GeoJSON, 17 MB of CSV, 45 MB of FlatGeobuf) and 4.2 MB of articles,
/// rounded up by about a tenth: a CSV row is short on disk but becomes a
/// whole incident, so CSV costs the most per byte. `report` keeps the
/// index, the clusters and every output's rows besides.
fn bytes_per_byte(kind: Kind, report: bool) -> f64 {
    match (kind, report) {
        (Kind::GeoJson, false) => 3.5,
        (Kind::GeoJson, true) => 6.0,
        (Kind::Csv, false) => 10.0,
        (Kind::Csv, true) => 24.0,
        (Kind::FlatGeobuf, false) => 5.0,
        (Kind::FlatGeobuf, true) => 9.5,
        (Kind::Text, _) => 16.0,
    }
}

fn kind_of(path: &Path, text_only: bool) -> Kind {
    if text_only {
        return Kind::Text;
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("geojson" | "json") => Kind::GeoJson,
        Some("csv" | "tsv") => Kind::Csv,
        Some("fgb") => Kind::FlatGeobuf,
        _ => Kind::Text,
    }
}

/// The inputs a command reads, whether it is `report`, and whether every
/// input is read as text.
fn inputs_of(command: &Command) -> (&'static str, &[PathBuf], bool, bool) {
    use std::slice::from_ref;
    match command {
        Command::Report(a) => ("report", &a.inputs, true, false),
        Command::Extract(a) => ("extract", &a.inputs, false, true),
        Command::Eval(a) => ("eval", from_ref(&a.articles), false, true),
        // Reads, geocodes and writes one row at a time.
        Command::Geocode(_) => ("geocode", &[], false, false),
        Command::Near(a) => ("near", &a.input.inputs, false, false),
        Command::Nearest(a) => ("nearest", &a.input.inputs, false, false),
        Command::Cluster(a) => ("cluster", &a.input.inputs, false, false),
        Command::Map(a) => ("map", &a.input.inputs, false, false),
        Command::Trend(a) => ("trend", &a.input.inputs, false, false),
        Command::Watch(a) => ("watch", &a.input.inputs, false, false),
        // A stream holds one incident at a time, whatever the inputs' size.
        Command::Convert(a) if super::outputs::convert_streams(a) => ("convert", &[], false, false),
        Command::Convert(a) => ("convert", &a.input.inputs, false, false),
        Command::Gazetteer(_) => ("gazetteer", &[], false, false),
    }
}

/// The size of a file, or of the articles of a directory (the files
/// `read_articles` reads there); standard input and unreadable paths count
/// nothing, and the readers report them.
fn size_of(path: &Path) -> u64 {
    let Ok(meta) = std::fs::metadata(path) else {
        return 0;
    };
    if meta.is_dir() {
        return sahel::extract::article::article_files(path)
            .map(|files| {
                files
                    .iter()
                    .filter_map(|f| std::fs::metadata(f).ok())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0);
    }
    if meta.is_file() {
        meta.len()
    } else {
        0
    }
}

/// The memory, in bytes, a command needs for these inputs.
fn estimate(inputs: &[PathBuf], report: bool, text_only: bool) -> u64 {
    let varying: f64 = inputs
        .iter()
        .map(|p| size_of(p) as f64 * bytes_per_byte(kind_of(p, text_only), report))
        .sum();
    BASE_BYTES + varying as u64
}

/// Refuses the command when its estimate passes the memory limit.
pub(crate) fn preflight(cli: &Cli) -> sahel::files::Result<()> {
    if cli.no_memory_check {
        return Ok(());
    }
    let Some(limit) = memory::limit() else {
        return Ok(());
    };
    let (what, inputs, report, text_only) = inputs_of(&cli.command);
    memory::check(what, estimate(inputs, report, text_only), Some(&limit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_grows_with_the_inputs_and_costs_csv_most() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("acled.csv");
        let gj = dir.path().join("a.geojson");
        std::fs::write(&csv, vec![b'x'; 1_000_000]).unwrap();
        std::fs::write(&gj, vec![b'x'; 1_000_000]).unwrap();
        let articles = dir.path().join("articles");
        std::fs::create_dir(&articles).unwrap();
        std::fs::write(articles.join("a.txt"), vec![b'x'; 500_000]).unwrap();
        let read_csv = estimate(std::slice::from_ref(&csv), false, false);
        let read_gj = estimate(std::slice::from_ref(&gj), false, false);
        assert!(read_csv > read_gj && read_gj > BASE_BYTES);
        assert!(estimate(std::slice::from_ref(&csv), true, false) > read_csv);
        // A directory of articles counts its files.
        assert_eq!(
            estimate(std::slice::from_ref(&articles), false, true),
            BASE_BYTES + 8_000_000
        );
        // Standard input's size is unknown: only the fixed part.
        assert_eq!(estimate(&[PathBuf::from("-")], true, false), BASE_BYTES);
    }
}
