//! The `sahel` command line: flags and printing. Each command group has
//! its own file, with its flags beside its handler; the library does the
//! work.

mod clustering;
mod errors;
mod extract;
mod gazetteer;
mod inputs;
mod map;
mod memory;
mod outputs;
mod query;
mod report;
mod watch;

use anyhow::Result;
use clap::{Parser, Subcommand};
use sahel::gazetteer::Gazetteer;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "sahel",
    version,
    about = "Turn French-language reports of attacks in Mali, Burkina Faso and Niger into mapped, queryable incidents",
    long_about = "sahel resolves place names of Mali, Burkina Faso and Niger, extracts incidents from \
French news articles, reads ACLED and UCDP exports, \
indexes and clusters them in kilometres, and writes GeoJSON, CSV, FlatGeobuf, GeoPackage \
and GeoParquet layers, maps (PNG, SVG and an interactive offline HTML page) and charts. \
Everything runs offline: the gazetteer is embedded in the binary.\n\n\
Examples:\n  \
sahel gazetteer lookup Banankoro --near Bamako --within 30\n  \
sahel gazetteer lookup Diabaly --json\n  \
sahel geocode villages.csv --name-column lieu --region-column region -o villages_geo.csv\n  \
sahel extract articles/ -o incidents.geojson\n  \
sahel map acled_export.csv --country BF -o burkina.png\n  \
sahel map incidents.geojson -o carte.html\n  \
sahel watch sites.csv acled_export.csv --state watch.json\n  \
sahel convert acled_export.csv -o acled.parquet\n  \
sahel report\n\n\
Memory: three commands stream, in the same memory whatever the input's size: geocode \
(row by row), convert from GeoJSON or CSV files to GeoJSON or CSV (one input, or \
--keep-sources-apart), and extract, which holds one article's text at a time and, with \
--no-merge to GeoJSON or CSV, no incident either. The other commands (report, map, \
cluster, trend, near, nearest, watch, and convert to other formats) hold the incidents \
they read, about 500 bytes each (0.5 GB for a million, their repeated names shared); \
their input files are mapped from the page cache rather than copied. For more than a few \
million incidents, write GeoParquet with `convert` and go on in DuckDB or Sedona \
(docs/scale.md)."
)]
pub(crate) struct Cli {
    /// Add every .tsv file of DIR to the embedded gazetteer: places
    /// (columns: name, alt_names, lat, lon, feature, precision_km, source;
    /// see gazetteer/supplement.tsv) or corrections (columns: action, name,
    /// target, area, lat, lon, source; action alias, pin or suppress; see
    /// gazetteer/corrections.tsv and the README).
    #[arg(long, global = true, value_name = "DIR")]
    gazetteer: Option<PathBuf>,

    /// Run even when the inputs' size says the command needs more memory
    /// than this process may take (`ulimit -v`, the memory cgroup); by
    /// default such a run is refused before it starts, with both figures.
    #[arg(long, global = true)]
    no_memory_check: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the main job: extract, index, cluster, map, into output/.
    Report(report::ReportArgs),
    /// Look up place names, or rebuild the embedded gazetteer data.
    #[command(subcommand)]
    Gazetteer(gazetteer::GazetteerCommand),
    /// Geocode a CSV of place names: every row and column is kept, and
    /// lat, lon, matched_name, region, cercle and match are appended.
    /// Streams: each row is written before the next is read.
    Geocode(gazetteer::GeocodeArgs),
    /// Read French news articles and write the incidents they report.
    Extract(extract::ExtractArgs),
    /// Convert incident files (GeoJSON, CSV from sahel, ACLED or UCDP,
    /// FlatGeobuf, GeoPackage, GeoParquet, sahel JSON) into another format,
    /// with the same filters as the other commands: e.g. an ACLED export to
    /// GeoParquet for DuckDB. From GeoJSON or CSV to GeoJSON or CSV it
    /// streams, one incident at a time.
    Convert(outputs::ConvertArgs),
    /// Score the extractor against a gold annotation (precision, recall,
    /// field accuracy).
    Eval(extract::EvalArgs),
    /// Incidents within a radius of a place, nearest first, with their
    /// distance (great circle, km).
    Near(query::NearArgs),
    /// The k incidents nearest to a place.
    Nearest(query::NearestArgs),
    /// Hot spots: HDBSCAN clusters over great-circle distance (or DBSCAN
    /// in km, and optionally days, with --method dbscan), with a
    /// summary table and a GeoJSON of hulls and points.
    Cluster(query::ClusterArgs),
    /// Draw a map of the incidents (PNG or SVG, by the file extension).
    Map(map::MapArgs),
    /// Chart the distance of incidents to their country's capital (or
    /// another origin) over time. The trend is tested on each month's
    /// median distance (Mann–Kendall with the Hamed–Rao correction for
    /// autocorrelation; Theil–Sen slope with its 95 % interval). Violent
    /// events only, unless --type chooses the types (ACLED's protests,
    /// riots and strategic developments are type `other`).
    Trend(map::TrendArgs),
    /// A watch list: the incidents within a radius of each of your sites
    /// (bases, warehouses, roads), newest first, with distance and bearing,
    /// and which are new since the last run. Exit status 0 when something
    /// new was found, 1 when nothing was, 2 on error.
    Watch(watch::WatchArgs),
}

/// The embedded gazetteer, with the user's `--gazetteer DIR` files.
fn load_gazetteer(dir: Option<&Path>) -> Result<Gazetteer> {
    let g = Gazetteer::load_embedded()?;
    match dir {
        Some(d) => Ok(g.add_supplement_dir(d)?),
        None => Ok(g),
    }
}

/// `s` cut to `n` characters, with an ellipsis when cut.
fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

/// Runs one command; the exit code says whether every input was read.
/// Errors about a flag's value name the flag.
pub(crate) fn run(cli: Cli) -> Result<ExitCode> {
    // `watch` answers like grep: 1 means "nothing new", so its errors
    // exit with 2.
    let watching = matches!(cli.command, Command::Watch(_));
    match run_command(cli).map_err(errors::name_flags) {
        Err(e) if watching && !is_broken_pipe(&e) => {
            eprintln!("error: {e:#}");
            Ok(ExitCode::from(2))
        }
        r => r,
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run_command(cli: Cli) -> Result<ExitCode> {
    use gazetteer::GazetteerCommand;
    if let Command::Gazetteer(GazetteerCommand::Build(a)) = &cli.command {
        gazetteer::build(a)?;
        return Ok(ExitCode::SUCCESS);
    }
    memory::preflight(&cli)?;
    // Leaked on purpose: the process ends with the command, and freeing
    // some 75,000 places and their indexes one by one took a fifth of a
    // short command's time.
    let g: &Gazetteer = Box::leak(Box::new(load_gazetteer(cli.gazetteer.as_deref())?));
    match cli.command {
        Command::Gazetteer(GazetteerCommand::Build(_)) => unreachable!("handled above"),
        Command::Gazetteer(GazetteerCommand::Lookup(a)) => gazetteer::lookup(g, &a)?,
        Command::Geocode(a) => gazetteer::geocode(g, a)?,
        Command::Extract(a) => return extract::extract(g, a),
        Command::Eval(a) => extract::eval(g, &a)?,
        Command::Convert(a) => outputs::convert(g, &a)?,
        Command::Near(a) => query::near(g, &a)?,
        Command::Nearest(a) => query::nearest(g, &a)?,
        Command::Cluster(a) => query::cluster(g, &a)?,
        Command::Map(a) => map::map(g, a)?,
        Command::Trend(a) => map::trend(g, a)?,
        Command::Report(a) => report::report(g, a)?,
        Command::Watch(a) => return watch::run(g, a),
    }
    Ok(ExitCode::SUCCESS)
}
