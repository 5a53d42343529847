//! Any input to incidents: incident files (sahel's JSON, GeoJSON,
//! FlatGeobuf, CSV from sahel, ACLED or UCDP: see [`crate::io`]) and
//! articles, extracted and merged by the one extraction loop,
//! [`extract_all`]. This layer sits above `io` and `extract`; every command
//! reads its inputs through [`read_inputs`], so a new format is added in
//! one place.
//!
//! ```
//! use sahel::gazetteer::Gazetteer;
//! let dir = tempfile::tempdir().unwrap();
//! let p = dir.path().join("a.geojson");
//! std::fs::write(&p, r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-4.18,14.48]},"properties":{"event_date":"2024-03-16","fatalities":3,"event_type":"attack"}}]}"#).unwrap();
//! let read = sahel::sources::read_inputs(&[p], Gazetteer::embedded()).unwrap();
//! assert_eq!(read.incidents[0].fatalities.low, Some(3));
//! assert!(read.skipped.is_empty());
//! ```

pub mod same_event;

use crate::extract::article::{article_from_bytes, read_articles, Article};
use crate::extract::{extract_article, merge_incidents, Extracted};
use crate::files::mapped::{file_bytes, FileBytes};
use crate::files::read_bytes;
use crate::gazetteer::Gazetteer;
use crate::io::csv_in::{is_incident_header, read_incident_csv_with};
use crate::io::geojson_in::incidents_from_geojson_bytes;
use crate::model::Incident;
use std::path::{Path, PathBuf};

/// What can stop reading inputs.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read.
    #[error(transparent)]
    Files(#[from] crate::files::Error),
    /// An incident file (GeoJSON, CSV, FlatGeobuf) is not valid.
    #[error(transparent)]
    Io(#[from] crate::io::Error),
    /// A `.json` file that is not an array of sahel incidents.
    #[error("{origin}: not a sahel incident array")]
    SahelJson {
        /// The file.
        origin: String,
        /// Why it does not parse.
        #[source]
        source: serde_json::Error,
    },
    /// An article that cannot be read.
    #[error(transparent)]
    Article(#[from] crate::extract::Error),
    /// A file or directory of articles that cannot be read (the first of
    /// the problems found).
    #[error("{0}")]
    Articles(String),
}

/// `Result` with this module's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Reads incidents from any mix of inputs: `.geojson` files, sahel's
/// `.json` incident arrays, CSV (sahel, ACLED, UCDP), FlatGeobuf, and articles
/// (`.txt`, `.html`, directories of them), which are extracted and merged.
/// `-` reads standard input and tells the kind from its first bytes: `{`
/// GeoJSON, `[` sahel JSON, FlatGeobuf's magic number, a known CSV header
/// (or any, with the CSV layout forced), otherwise an article.
pub fn read_inputs(inputs: &[PathBuf], g: &Gazetteer) -> Result<Inputs> {
    read_inputs_with(inputs, g, &ReadOptions::default())
}

/// What [`read_inputs`] read.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// The incidents, files first in the order given, then those extracted
    /// from articles (merged).
    pub incidents: Vec<Incident>,
    /// Malformed rows skipped (with `skip_invalid`), each naming its file
    /// and line, for the caller to report.
    pub skipped: Vec<String>,
    /// Incidents of one input found to be the same event as an incident of
    /// another, and merged into it ([`same_event`]).
    pub merged_across_sources: usize,
}

/// The extraction loop: every article through the extractor, with a
/// progress bar on long runs; the accounts of one event merged into one
/// incident unless `merge` is false. Also returns the articles that gave
/// no incident, for the caller to mention.
///
/// ```
/// use sahel::extract::article::Article;
/// use sahel::gazetteer::Gazetteer;
/// let a = Article::from_text("a.txt", "Le 3 mai 2024, des hommes armés ont attaqué le village de Dioura, tuant 5 civils.");
/// let b = Article::from_text("b.txt", "Le 3 mai 2024, Dioura a été attaqué ; cinq civils ont été tués.");
/// let (found, empty) = sahel::sources::extract_all(&[a, b], Gazetteer::embedded(), true);
/// assert_eq!(found.len(), 1, "one event told twice");
/// assert!(empty.is_empty());
/// ```
pub fn extract_all(
    articles: &[Article],
    g: &Gazetteer,
    merge: bool,
) -> (Vec<Extracted>, Vec<String>) {
    let mut all = Vec::new();
    let mut empty = Vec::new();
    extract_each(articles, g, |a, found| {
        if found.is_empty() {
            empty.push(a.file.clone());
        }
        all.extend(found);
    });
    if merge {
        all = merge_incidents(all);
    }
    (all, empty)
}

/// The loop itself: each article's incidents, unmerged, handed to `each`
/// with the article (for scoring per article), under one progress bar.
pub fn extract_each<'a, I>(
    articles: I,
    g: &Gazetteer,
    mut each: impl FnMut(&'a Article, Vec<Extracted>),
) where
    I: IntoIterator<Item = &'a Article>,
    I::IntoIter: ExactSizeIterator,
{
    let articles = articles.into_iter();
    let bar = crate::progress::bar(articles.len() as u64, "articles");
    for a in articles {
        each(a, extract_article(a, g));
        bar.inc(1);
    }
    bar.finish_and_clear();
}

/// How to read inputs.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Force the CSV layout instead of detecting it from the header.
    pub csv_layout: Option<crate::io::csv_in::Layout>,
    /// Report malformed rows and skip them instead of stopping.
    pub skip_invalid: bool,
    /// Keep the accounts of one event from different inputs apart, instead
    /// of merging them ([`same_event`]).
    pub keep_sources_apart: bool,
}

/// What a file holds, from its extension (or, for standard input, its
/// first bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    GeoJson,
    FlatGeobuf,
    GeoPackage,
    GeoParquet,
    SahelJson,
    Csv,
    Article,
}

fn kind_of_bytes(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"fgb\x03") {
        return Kind::FlatGeobuf;
    }
    if bytes.starts_with(b"SQLite format 3\0") {
        return Kind::GeoPackage;
    }
    if bytes.starts_with(b"PAR1") {
        return Kind::GeoParquet;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace());
    match start.map(|i| text[i]) {
        Some(b'{') => Kind::GeoJson,
        Some(b'[') => Kind::SahelJson,
        _ => {
            let first = text.split(|&b| b == b'\n').next().unwrap_or(b"");
            if is_incident_header(&String::from_utf8_lossy(first)) {
                Kind::Csv
            } else {
                Kind::Article
            }
        }
    }
}

/// GeoJSON files above this size are parsed as a stream (1 GiB).
const STREAM_GEOJSON_ABOVE: u64 = 1 << 30;

fn file_size(p: &Path) -> u64 {
    std::fs::metadata(p).map_or(0, |m| m.len())
}

/// Whether [`for_each_input_incident`] reads these inputs: GeoJSON and
/// CSV incident files, and one file only unless the sources are kept
/// apart (merging the accounts of one event needs every incident at once).
pub fn streamable(inputs: &[PathBuf], o: &ReadOptions) -> bool {
    let text_layer = |p: &PathBuf| {
        p.extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .is_some_and(|e| e == "geojson" || e == "csv")
    };
    !inputs.is_empty()
        && (inputs.len() == 1 || o.keep_sources_apart)
        && inputs.iter().all(text_layer)
}

/// Incidents an ACLED CSV may hold back while later rows of the same event
/// add their actors, when read as a stream.
const CSV_WINDOW: usize = 1 << 16;

/// Reads the inputs one incident at a time, handing each to `each` in the
/// files' order, reading each from the disk as it goes: the memory used
/// does not grow with the inputs (about a fifth slower than reading a
/// mapped file, measured on a million incidents). Only
/// for inputs [`streamable`] accepts; returns the rows skipped (with
/// `skip_invalid`).
pub fn for_each_input_incident(
    inputs: &[PathBuf],
    o: &ReadOptions,
    each: &mut dyn FnMut(Incident) -> crate::io::Result<()>,
) -> Result<Vec<String>> {
    let mut skipped = Vec::new();
    for p in inputs {
        let name = p.display().to_string();
        let csv = p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        // Read from the disk rather than mapped: a mapped file counts in
        // the process's memory as it is read, up to its whole size.
        let input = std::io::BufReader::with_capacity(1 << 20, crate::files::open_reader(p)?);
        if csv {
            let bar = crate::progress::bytes(file_size(p), &format!("reading {name}"));
            let opts = crate::io::csv_in::CsvStream {
                force: o.csv_layout,
                skip_invalid: o.skip_invalid,
                window: Some(CSV_WINDOW),
            };
            let r = crate::io::csv_in::for_each_incident_csv(
                input,
                &name,
                &opts,
                &mut |b| bar.set_position(b),
                each,
            )?;
            bar.finish_and_clear();
            skipped.extend(r.skipped);
            continue;
        }
        let bar = crate::progress::counter(&format!("features read from {name}"));
        let mut progress = |n: usize| bar.set_position(n as u64);
        crate::io::geojson_in::for_each_geojson_incident_read(input, &name, &mut progress, each)?;
        bar.finish_and_clear();
    }
    Ok(skipped)
}

/// [`read_inputs`] with options. Long reads show a progress bar when
/// stderr is a terminal.
pub fn read_inputs_with(inputs: &[PathBuf], g: &Gazetteer, o: &ReadOptions) -> Result<Inputs> {
    // One vector per input: the same event is merged across inputs only.
    let mut groups: Vec<Vec<Incident>> = Vec::new();
    let mut article_paths = Vec::new();
    let mut stdin_articles: Vec<Article> = Vec::new();
    let mut skipped = Vec::new();
    for p in inputs {
        let name = p.display().to_string();
        let ext = p
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let (kind, bytes) = match ext.as_str() {
            // A layer bigger than this is streamed: parsing from memory
            // is faster, but holding the whole file beside its incidents
            // would double what a very big input needs.
            "geojson" if file_size(p) > STREAM_GEOJSON_ABOVE => {
                let bar = crate::progress::counter(&format!("features read from {name}"));
                let v = crate::io::geojson_in::incidents_from_geojson_reader(
                    std::io::BufReader::with_capacity(1 << 20, crate::files::open_reader(p)?),
                    &name,
                    &mut |n| bar.set_position(n as u64),
                )?;
                bar.finish_and_clear();
                groups.push(v);
                continue;
            }
            // Mapped, not copied: see `files::mapped`.
            "geojson" => (Kind::GeoJson, file_bytes(p)?),
            "json" => {
                let b = file_bytes(p)?;
                (kind_of_bytes(&b), b)
            }
            "csv" => (Kind::Csv, file_bytes(p)?),
            "fgb" => (Kind::FlatGeobuf, file_bytes(p)?),
            // SQLite reads the file itself.
            "gpkg" => {
                groups.push(crate::io::gpkg::read_gpkg(p, &name)?);
                continue;
            }
            "parquet" | "geoparquet" => {
                groups.push(crate::io::geoparquet::read_geoparquet(p, &name)?);
                continue;
            }
            _ if p.as_os_str() == "-" => {
                let b = FileBytes::Read(read_bytes(p)?);
                match kind_of_bytes(&b) {
                    // A header sahel does not know, with the layout forced.
                    Kind::Article if o.csv_layout.is_some() => (Kind::Csv, b),
                    k => (k, b),
                }
            }
            _ => {
                article_paths.push(p.clone());
                continue;
            }
        };
        match kind {
            Kind::GeoJson => {
                let bar = crate::progress::counter(&format!("features read from {name}"));
                let v = incidents_from_geojson_bytes(&bytes, &name, &mut |n| {
                    bar.set_position(n as u64)
                })?;
                bar.finish_and_clear();
                groups.push(v);
            }
            Kind::FlatGeobuf => groups.push(crate::io::fgb::read_fgb(&bytes, &name)?),
            Kind::GeoPackage => groups.push(crate::io::gpkg::read_gpkg_bytes(&bytes, &name)?),
            Kind::GeoParquet => {
                groups.push(crate::io::geoparquet::read_geoparquet_bytes(&bytes, &name)?)
            }
            Kind::SahelJson => {
                let v: Vec<Incident> =
                    serde_json::from_slice(&bytes).map_err(|source| Error::SahelJson {
                        origin: name.clone(),
                        source,
                    })?;
                groups.push(v);
            }
            Kind::Csv => {
                let text = bytes.text();
                let bar = crate::progress::bytes(text.len() as u64, &format!("reading {name}"));
                let r =
                    read_incident_csv_with(&text, &name, o.csv_layout, o.skip_invalid, &mut |b| {
                        bar.set_position(b)
                    })?;
                bar.finish_and_clear();
                skipped.extend(r.skipped);
                groups.push(r.incidents);
            }
            Kind::Article => {
                stdin_articles.push(article_from_bytes(&name, &name, &bytes, None)?);
            }
        }
    }
    if !article_paths.is_empty() || !stdin_articles.is_empty() {
        let (mut arts, problems) = read_articles(&article_paths, None);
        if let Some(p) = problems.first() {
            return Err(Error::Articles(p.to_string()));
        }
        arts.extend(stdin_articles);
        let (found, _) = extract_all(&arts, g, true);
        groups.push(found.into_iter().map(|e| e.incident).collect());
    }
    let (incidents, merged_across_sources) = if o.keep_sources_apart {
        (same_event::concat(groups), 0)
    } else {
        same_event::merge_across_sources(groups)
    };
    Ok(Inputs {
        incidents,
        skipped,
        merged_across_sources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_input_kind_is_sniffed() {
        assert_eq!(kind_of_bytes(b"  {\"type\":1}"), Kind::GeoJson);
        assert_eq!(kind_of_bytes(b"\xEF\xBB\xBF[]"), Kind::SahelJson);
        assert_eq!(
            kind_of_bytes(b"event_id,event_date,time_precision,latitude,longitude\n"),
            Kind::Csv
        );
        assert_eq!(
            kind_of_bytes("date 2024-03-18\nLe JNIM a attaqué Boni.".as_bytes()),
            Kind::Article
        );
    }
}
