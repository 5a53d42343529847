//! The `sahel` command line: parses flags, calls the library, prints.

use anyhow::{bail, Result};
use clap::{Args, Parser, Subcommand};
use sahel::gazetteer::geocode::{geocode_csv, GeocodeOptions};
use sahel::gazetteer::{build, Gazetteer};
use sahel::geodesy::{distance_km, BAMAKO};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "sahel",
    version,
    about = "Turn French-language reports of attacks in Mali into mapped, queryable incidents",
    long_about = "sahel resolves Malian place names, extracts incidents from French news articles, \
indexes and clusters them in kilometres, and writes GeoJSON, CSV, maps and charts. \
Everything runs offline: the gazetteer is embedded in the binary.\n\n\
Examples:\n  \
sahel gazetteer lookup Banankoro --near Bamako --within 30\n  \
sahel gazetteer lookup Diabaly --json\n  \
sahel geocode villages.csv --name-column lieu --region-column region -o villages_geo.csv\n  \
sahel report"
)]
struct Cli {
    /// Add every .tsv file of DIR to the embedded gazetteer: places
    /// (columns: name, alt_names, lat, lon, feature, precision_km, source;
    /// see gazetteer/supplement.tsv) or corrections (columns: action, name,
    /// target, area, lat, lon, source; action alias, pin or suppress; see
    /// gazetteer/corrections.tsv and the README).
    #[arg(long, global = true, value_name = "DIR")]
    gazetteer: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the main job: extract, index, cluster, map, into output/.
    Report(ReportArgs),
    /// Look up place names, or rebuild the embedded gazetteer data.
    #[command(subcommand)]
    Gazetteer(GazetteerCommand),
    /// Geocode a CSV of place names: every row and column is kept, and
    /// lat, lon, matched_name, region, cercle and match are appended.
    Geocode(GeocodeArgs),
    /// Read French news articles and write the incidents they report.
    Extract(ExtractArgs),
    /// Score the extractor against a gold annotation (precision, recall,
    /// field accuracy).
    Eval(EvalArgs),
    /// Incidents within a radius of a place, nearest first, with their
    /// distance (great circle, km).
    Near(NearArgs),
    /// The k incidents nearest to a place.
    Nearest(NearestArgs),
    /// Hotspots: DBSCAN clusters in km (and optionally days), with a
    /// summary table and a GeoJSON of hulls and points.
    Cluster(ClusterArgs),
    /// Draw a map of the incidents (PNG or SVG, by the file extension).
    Map(MapArgs),
    /// Chart the distance of incidents to Bamako (or another origin) over
    /// time, with the Theil–Sen slope and the Mann–Kendall test.
    Trend(TrendArgs),
}

#[derive(Args)]
struct MapArgs {
    /// Incident files or articles, as for `near`.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output image: FILE.png or FILE.svg; `-` writes PNG to standard output.
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    /// Colour the incidents by event type or by actor.
    #[arg(long, value_enum, default_value_t = ColorByArg::Type)]
    color_by: ColorByArg,
    /// Zoom to a box: min_lon,min_lat,max_lon,max_lat (e.g. the centre,
    /// Mopti–Ségou: -7,13,-2.5,15.8). `--region` zooms too.
    #[arg(long, value_name = "BOX", allow_hyphen_values = true)]
    bbox: Option<String>,
    /// Outline DBSCAN clusters (see `sahel cluster`) with their hulls and
    /// a label each: id, incidents, deaths.
    #[arg(long)]
    clusters: bool,
    /// With --clusters: neighbourhood radius in km.
    #[arg(long, value_name = "KM", default_value_t = 50.0)]
    eps: f64,
    /// With --clusters: incidents a cluster needs at least.
    #[arg(long, value_name = "N", default_value_t = 3)]
    min_points: usize,
    /// Draw a ring of KM around a place, as for `sahel near`: PLACE,KM or
    /// LAT,LON,KM (e.g. Bamako,100).
    #[arg(long, value_name = "PLACE,KM", allow_hyphen_values = true)]
    ring: Option<String>,
    /// Shade the regions by incidents or deaths instead of drawing each
    /// incident.
    #[arg(long, value_enum, value_name = "WHAT")]
    choropleth: Option<ChoroplethArg>,
    /// Title.
    #[arg(long)]
    title: Option<String>,
    /// Image size WIDTHxHEIGHT in pixels.
    #[arg(long, default_value = "2000x1500")]
    size: String,
    #[command(flatten)]
    filter: FilterArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ChoroplethArg {
    /// Deaths reported (low figures).
    Deaths,
    /// Number of incidents.
    Incidents,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ColorByArg {
    /// Event type.
    Type,
    /// First actor (not counting civilians).
    Actor,
}

#[derive(Args)]
struct TrendArgs {
    /// Incident files or articles, as for `near`.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output image: FILE.png or FILE.svg, `-` for PNG on standard output
    /// (not needed with --json).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Distances are measured from this place (name or LAT,LON).
    #[arg(long, default_value = "Bamako", allow_hyphen_values = true)]
    origin: String,
    /// Rolling median window in months.
    #[arg(long, default_value_t = 6)]
    window: u32,
    /// Print the statistics (slope km/yr, tau, p, counts) as JSON.
    #[arg(long)]
    json: bool,
    /// Image size WIDTHxHEIGHT in pixels.
    #[arg(long, default_value = "2000x1500")]
    size: String,
    #[command(flatten)]
    filter: FilterArgs,
}

#[derive(Args)]
struct FilterArgs {
    /// Only incidents that may have happened on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// ... on or before this day.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only this event type (attack, ambush, ied, drone_strike, airstrike,
    /// rocket_or_mortar, suicide_attack, siege, massacre, kidnapping, clash,
    /// other); repeat for several.
    #[arg(long = "type", value_name = "T")]
    types: Vec<String>,
    /// Only incidents involving this actor (JNIM, EIGS, FLA, FAMa, Wagner ...);
    /// repeat for several.
    #[arg(long = "actor", value_name = "A")]
    actors: Vec<String>,
    /// Only incidents in this region: an old region (Mopti), a 2016/2023
    /// region (Ménaka, Bandiagara, Taoudénit ...) or a cercle; repeat for
    /// several. `map` also zooms to them.
    #[arg(long = "region", value_name = "R")]
    regions: Vec<String>,
    /// Layout of CSV inputs (default: detected from the header).
    #[arg(long, value_name = "sahel|acled|ucdp")]
    input_format: Option<String>,
    /// Report malformed rows of CSV inputs and skip them, instead of
    /// stopping before anything is written.
    #[arg(long)]
    skip_invalid: bool,
}

#[derive(Args)]
struct NearArgs {
    /// Incident files (.geojson, sahel .json, .csv from sahel, ACLED or
    /// UCDP GED) or articles (.txt, .html, directories of them), in any mix;
    /// `-` reads standard input (GeoJSON, JSON, CSV or an article, told
    /// apart by its first bytes).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// The centre: a place name (through the gazetteer) or LAT,LON.
    #[arg(long, value_name = "PLACE|LAT,LON", allow_hyphen_values = true)]
    at: String,
    /// Radius in km.
    #[arg(long, value_name = "KM")]
    radius: f64,
    #[command(flatten)]
    filter: FilterArgs,
    /// At most N incidents.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Print a JSON array (incident fields plus distance_km).
    #[arg(long)]
    json: bool,
    /// Write the incidents found, with their distance_km, to this file:
    /// GeoJSON, or FlatGeobuf for .fgb, CSV for .csv (without the
    /// distance); `-` for GeoJSON on standard output.
    #[arg(short, long, value_name = "OUT.geojson")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct NearestArgs {
    /// Incident files or articles, as for `near`.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// The centre: a place name or LAT,LON.
    #[arg(long, value_name = "PLACE|LAT,LON", allow_hyphen_values = true)]
    at: String,
    /// How many incidents.
    #[arg(short, default_value_t = 5)]
    k: usize,
    #[command(flatten)]
    filter: FilterArgs,
    /// Print a JSON array.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct ClusterArgs {
    /// Incident files or articles, as for `near`.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Neighbourhood radius in km.
    #[arg(long, value_name = "KM")]
    eps: f64,
    /// Incidents a neighbourhood needs (the incident itself included) to
    /// be the core of a cluster.
    #[arg(long, value_name = "N", default_value_t = 3)]
    min_points: usize,
    /// Space-time clustering: neighbours must also be within D days.
    #[arg(long, value_name = "D")]
    days: Option<f64>,
    #[command(flatten)]
    filter: FilterArgs,
    /// GeoJSON of cluster hulls (polygons) and incidents (points with their
    /// cluster id; null is noise). With `-`, the GeoJSON goes to standard
    /// output and the summary to standard error.
    #[arg(short, long, value_name = "OUT.geojson")]
    output: Option<PathBuf>,
    /// Print the summary as JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct ExtractArgs {
    /// Article files (.txt or .html, UTF-8 or Windows-1252), directories of
    /// them, or `-` for standard input. A first line `date YYYY-MM-DD` (or
    /// `date YYYY-MM`) gives the publication date.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD or YYYY-MM), for articles without a
    /// date line; overrides the date line. Weekdays ("mardi") are resolved
    /// against it.
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
    /// Output file (`-` for standard output, the default).
    #[arg(short, long, default_value = "-", value_name = "OUT")]
    output: PathBuf,
    /// Output format (default: from the output file's extension, .csv,
    /// .fgb, .json or .geojson; GeoJSON for `-`).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Keep the incidents of each article apart (do not merge the same
    /// event reported by several articles).
    #[arg(long)]
    no_merge: bool,
    /// Print, per incident, the words that gave its date, place, type and
    /// toll (on standard error).
    #[arg(long)]
    explain: bool,
    #[command(flatten)]
    rows: RowArgs,
    /// With --text-column: report rows whose date cannot be read and read
    /// them without a date, instead of stopping.
    #[arg(long, requires = "text_column")]
    skip_invalid: bool,
}

/// The columns of a spreadsheet of incident lines (`extract`, `eval`).
#[derive(Args)]
struct RowArgs {
    /// Read the inputs as spreadsheets of incident lines (CSV separated by
    /// commas, semicolons or tabs; UTF-8 or Windows-1252), the text of each
    /// row in this column. Each row gives zero or more incidents, named
    /// FILE:LINE; a CSV output keeps every input row and column and adds a
    /// `row` column and the incident's columns, GeoJSON and FlatGeobuf add
    /// `row` and the input columns as properties. Rows are not merged.
    #[arg(long, value_name = "COLUMN")]
    text_column: Option<String>,
    /// With --text-column: the column holding each row's date (YYYY-MM-DD,
    /// DD/MM/YYYY, YYYY-MM, YYYY or "14 mars 2022"); weekdays and "la
    /// veille" in the text count from it.
    #[arg(long, value_name = "COLUMN", requires = "text_column")]
    date_column: Option<String>,
    /// With --text-column: the column naming the place, used when the text
    /// names none.
    #[arg(long, value_name = "COLUMN", requires = "text_column")]
    place_column: Option<String>,
    /// With --text-column: a column naming the region, cercle or province,
    /// used as a hint to tell homonyms apart.
    #[arg(long, value_name = "COLUMN", requires = "text_column")]
    region_column: Option<String>,
}

impl RowArgs {
    /// The reading options, when the inputs are spreadsheets.
    fn options(&self, skip_invalid: bool) -> Option<sahel::extract::rows::RowOptions> {
        Some(sahel::extract::rows::RowOptions {
            text_column: self.text_column.clone()?,
            date_column: self.date_column.clone(),
            place_column: self.place_column.clone(),
            region_column: self.region_column.clone(),
            skip_invalid,
        })
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// GeoJSON FeatureCollection (RFC 7946), flat properties.
    Geojson,
    /// CSV, ACLED-like columns.
    Csv,
    /// JSON array of incidents in the model's own shape.
    Json,
    /// FlatGeobuf (binary, with a spatial index; QGIS and GDAL open it).
    /// Incidents without a location are left out, with a note.
    Fgb,
}

impl Format {
    fn of_path(p: &Path) -> Format {
        match p
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .as_deref()
        {
            Some("csv") => Format::Csv,
            Some("json") => Format::Json,
            Some("fgb") => Format::Fgb,
            _ => Format::Geojson,
        }
    }
}

/// Writes incidents in a format; `extra` adds properties per incident to
/// GeoJSON and FlatGeobuf (a query's distance).
fn write_incidents(
    out: &Path,
    format: Format,
    incidents: &[sahel::model::Incident],
    extra: impl FnMut(usize, &mut serde_json::Map<String, serde_json::Value>),
) -> Result<()> {
    use sahel::io::incidents::{write_csv, write_geojson_with, write_json};
    let mut left_out = 0;
    sahel::io::with_atomic_writer(out, |w| match format {
        Format::Geojson => write_geojson_with(incidents, w, extra),
        Format::Csv => write_csv(incidents, w),
        Format::Json => write_json(incidents, w),
        Format::Fgb => {
            left_out = sahel::io::fgb::write_fgb_with(incidents, w, extra)?;
            Ok(())
        }
    })?;
    if left_out > 0 {
        eprintln!(
            "note: {left_out} incident(s) without a location left out of {} (FlatGeobuf layers are points)",
            out.display()
        );
    }
    Ok(())
}

#[derive(Args)]
struct EvalArgs {
    /// Gold file: an object with an "incidents" array (article, date,
    /// places, main_place, region, event_type, actors, fatalities_low,
    /// fatalities_high).
    #[arg(long, value_name = "GOLD.json")]
    gold: PathBuf,
    /// Directory holding the articles the gold file names, or (with
    /// --text-column) a spreadsheet of incident lines, whose rows the gold
    /// file names FILE.csv:LINE (the header is line 1).
    #[arg(long, value_name = "DIR|FILE.csv")]
    articles: PathBuf,
    #[command(flatten)]
    rows: RowArgs,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct ReportArgs {
    /// Articles (.txt, .html, directories, `-`) or incident files
    /// (.geojson, sahel .json, .csv from sahel, ACLED or UCDP GED), in any
    /// mix. None: the example dispatches embedded in sahel.
    inputs: Vec<PathBuf>,
    /// Output directory (created if needed).
    #[arg(short, long, default_value = "output")]
    output: PathBuf,
    /// Cluster radius in km.
    #[arg(long, default_value_t = 50.0, value_name = "KM")]
    eps: f64,
    /// Incidents a cluster needs at least.
    #[arg(long, default_value_t = 2, value_name = "N")]
    min_points: usize,
    /// Layout of CSV inputs (default: detected from the header).
    #[arg(long, value_name = "sahel|acled|ucdp")]
    input_format: Option<String>,
    /// Report malformed rows of CSV inputs and skip them, instead of
    /// stopping before anything is written.
    #[arg(long)]
    skip_invalid: bool,
}

#[derive(Subcommand)]
enum GazetteerCommand {
    /// Rank the places a name can mean, with lat, lon, region, cercle,
    /// feature, population, distance to Bamako and the reasons.
    Lookup(LookupArgs),
    /// Derive gazetteer/ (places.tsv, osm_places.tsv, cercles.geojson)
    /// from the open data in the shared data directory.
    Build(BuildArgs),
}

#[derive(Args)]
struct LookupArgs {
    /// The place name, as written (accents, case and hyphens do not matter;
    /// typos are tolerated when nothing matches exactly).
    name: String,
    /// Prefer places in this region or cercle: an old region (Mopti), a
    /// 2016/2023 region (Ménaka, Koutiala, Bandiagara, Taoudénit ...) or a
    /// cercle ("cercle de Nara").
    #[arg(long, value_name = "R")]
    region: Option<String>,
    /// Prefer places near this reference: a place name or LAT,LON.
    #[arg(long, value_name = "PLACE|LAT,LON", allow_hyphen_values = true)]
    near: Option<String>,
    /// With --near: the place lies within KM of the reference
    /// ("à moins de 30 km de Bamako").
    #[arg(long, value_name = "KM")]
    within: Option<f64>,
    /// How many candidates to show.
    #[arg(long, default_value_t = 5)]
    limit: usize,
    /// Print a JSON array (name, lat, lon, region, cercle, feature, score,
    /// match, population, km_to_bamako, sources, reasons).
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct BuildArgs {
    /// The shared data directory (with gazetteer/ and boundaries/).
    #[arg(long, default_value = "../shared/data", value_name = "DIR")]
    data: PathBuf,
    /// Where to write the derived files.
    #[arg(long, default_value = "gazetteer", value_name = "DIR")]
    out: PathBuf,
}

#[derive(Args)]
struct GeocodeArgs {
    /// CSV file with a header line (comma, semicolon or tab separated);
    /// `-` reads standard input.
    input: PathBuf,
    /// Column with the place names.
    #[arg(long, value_name = "COL")]
    name_column: String,
    /// Column with a region name per row, used as a hint.
    #[arg(long, value_name = "COL")]
    region_column: Option<String>,
    /// Column with a cercle name per row, used as a hint (wins over the
    /// region when both are filled).
    #[arg(long, value_name = "COL")]
    cercle_column: Option<String>,
    /// Column with a commune name per row: its seat pulls the pick
    /// towards it (homonyms within one cercle).
    #[arg(long, value_name = "COL")]
    commune_column: Option<String>,
    /// Output CSV (`-` for standard output, the default).
    #[arg(short, long, default_value = "-", value_name = "OUT.csv")]
    output: PathBuf,
    /// Kept for old scripts: an unknown region, cercle or commune is always
    /// reported as a warning and left out for that row only.
    #[arg(long)]
    skip_invalid: bool,
}

fn main() -> ExitCode {
    // Like other Unix filters, stop quietly when the reader of our output
    // goes away (`sahel near ... | head`) instead of failing to print.
    #[cfg(unix)]
    // SAFETY: restoring the default action of a signal at start-up, before
    // any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // A reader that stopped early (`sahel ... | head`) is not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn gazetteer(dir: Option<&Path>) -> Result<Gazetteer> {
    let g = Gazetteer::load_embedded()?;
    match dir {
        Some(d) => g.add_supplement_dir(d),
        None => Ok(g),
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Gazetteer(GazetteerCommand::Build(a)) => {
            let report = build::build(&a.data, &a.out)?;
            println!("{report}");
            println!(
                "wrote {}/places.tsv, osm_places.tsv, cercles.geojson",
                a.out.display()
            );
        }
        Command::Gazetteer(GazetteerCommand::Lookup(a)) => {
            lookup(&gazetteer(cli.gazetteer.as_deref())?, &a)?
        }
        Command::Geocode(a) => {
            let g = gazetteer(cli.gazetteer.as_deref())?;
            let origin = a.input.display().to_string();
            let text = sahel::io::read_text(&a.input)?;
            let opts = GeocodeOptions {
                name_column: a.name_column,
                region_column: a.region_column,
                cercle_column: a.cercle_column,
                commune_column: a.commune_column,
                skip_invalid: a.skip_invalid,
            };
            let mut stats = None;
            sahel::io::with_atomic_writer(&a.output, |w| {
                stats = Some(geocode_csv(&g, &text, &origin, w, &opts)?);
                Ok(())
            })?;
            let stats = stats.expect("set on success");
            for w in &stats.warnings {
                eprintln!("warning: {w}");
            }
            let kinds: Vec<String> = stats
                .by_match
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect();
            eprintln!(
                "geocoded {} of {} rows ({})",
                stats.resolved,
                stats.rows,
                kinds.join(", ")
            );
        }
        Command::Extract(a) => return extract(&gazetteer(cli.gazetteer.as_deref())?, a),
        Command::Eval(a) => eval(&gazetteer(cli.gazetteer.as_deref())?, &a)?,
        Command::Near(a) => near(&gazetteer(cli.gazetteer.as_deref())?, &a)?,
        Command::Nearest(a) => nearest(&gazetteer(cli.gazetteer.as_deref())?, &a)?,
        Command::Cluster(a) => cluster(&gazetteer(cli.gazetteer.as_deref())?, &a)?,
        Command::Map(a) => {
            let g = gazetteer(cli.gazetteer.as_deref())?;
            let size = sahel::render::parse_size(&a.size)?;
            let mut bbox = a.bbox.as_deref().map(parse_bbox).transpose()?;
            if bbox.is_none() && !a.filter.regions.is_empty() {
                bbox = Some(regions_bbox(&g, &a.filter.regions)?);
            }
            let ring = a.ring.as_deref().map(|r| parse_ring(&g, r)).transpose()?;
            let incidents = load(&g, &a.inputs, &a.filter)?;
            let clusters = if a.clusters {
                let p = sahel::cluster::Params {
                    eps_km: a.eps,
                    min_points: a.min_points,
                    days: None,
                };
                sahel::cluster::cluster_incidents(&incidents, &p)?.1
            } else {
                Vec::new()
            };
            let color_by = match a.color_by {
                ColorByArg::Type => sahel::render::map::ColorBy::Type,
                ColorByArg::Actor => sahel::render::map::ColorBy::Actor,
            };
            let o = sahel::render::map::MapOptions {
                size,
                title: a.title,
                color_by,
                bbox,
                clusters,
                ring,
                choropleth: a.choropleth.map(|c| match c {
                    ChoroplethArg::Deaths => sahel::render::map::Choropleth::Deaths,
                    ChoroplethArg::Incidents => sahel::render::map::Choropleth::Incidents,
                }),
            };
            sahel::render::map::render_map(&incidents, &o, &a.output)?;
            eprintln!(
                "{} incidents drawn to {}",
                incidents.len(),
                a.output.display()
            );
        }
        Command::Trend(a) => {
            let g = gazetteer(cli.gazetteer.as_deref())?;
            let size = sahel::render::parse_size(&a.size)?;
            if a.window == 0 || a.window > 120 {
                bail!("--window {}: expected 1 to 120 months", a.window);
            }
            if a.output.is_none() && !a.json {
                bail!("give -o FILE.png|FILE.svg for the chart, or --json for the statistics");
            }
            if a.json && a.output.as_deref().is_some_and(|o| o.as_os_str() == "-") {
                bail!("--json and -o - would both write to standard output: give -o FILE.png");
            }
            let (lat, lon, label) = centre(&g, &a.origin)?;
            let incidents = load(&g, &a.inputs, &a.filter)?;
            let (pts, stats) = sahel::trend::trend(&incidents, &label, lat, lon);
            if let Some(out) = &a.output {
                let o = sahel::render::trend::TrendOptions {
                    size,
                    window_months: a.window,
                    title: None,
                };
                sahel::render::trend::render_trend(&pts, &stats, &o, out)?;
                eprintln!("{}", sahel::render::trend::subtitle(&stats));
            }
            if a.json {
                println!("{}", serde_json::to_string_pretty(&stats)?);
            }
        }
        Command::Report(a) => {
            let g = gazetteer(cli.gazetteer.as_deref())?;
            let o = sahel::report::ReportOptions {
                inputs: a.inputs,
                output: a.output,
                eps_km: a.eps,
                min_points: a.min_points,
                read: read_options(&a.input_format, a.skip_invalid)?,
            };
            let s = sahel::report::run(&g, &o)?;
            eprintln!("{} incidents, {} clusters", s.incidents, s.clusters);
            for f in &s.files {
                eprintln!("wrote {}", f.display());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn extract(g: &Gazetteer, a: ExtractArgs) -> Result<ExitCode> {
    use sahel::extract::{article::read_articles, extract_article, merge_incidents};
    if a.rows.text_column.is_some() {
        return extract_rows(g, &a);
    }
    let published = a
        .published
        .as_deref()
        .map(sahel::extract::article::parse_published)
        .transpose()
        .map_err(|e| anyhow::anyhow!("--published: {e}"))?;
    let (articles, problems) = read_articles(&a.inputs, published);
    for p in &problems {
        eprintln!("error: {p}");
    }
    let mut all = Vec::new();
    let bar = sahel::progress::bar(articles.len() as u64, "articles");
    for art in &articles {
        let found = extract_article(art, g);
        if found.is_empty() {
            bar.suspend(|| eprintln!("note: {}: no incident found", art.file));
        }
        all.extend(found);
        bar.inc(1);
    }
    bar.finish_and_clear();
    if !a.no_merge {
        all = merge_incidents(all);
    }
    if a.explain {
        for e in &all {
            let i = &e.incident;
            eprintln!(
                "{} [{}] {} at {} ({})",
                i.id,
                i.event_type,
                i.date.map(|d| d.to_string()).unwrap_or("no date".into()),
                i.location
                    .as_ref()
                    .map(|l| l.name_written.as_str())
                    .unwrap_or("?"),
                i.sources.first().map(|s| s.file.as_str()).unwrap_or("")
            );
            for (field, words) in &e.evidence {
                if !words.is_empty() {
                    eprintln!("    {field:<7} {words}");
                }
            }
        }
    }
    let incidents: Vec<sahel::model::Incident> = all.into_iter().map(|e| e.incident).collect();
    let format = a.format.unwrap_or_else(|| Format::of_path(&a.output));
    write_incidents(&a.output, format, &incidents, |_, _| {})?;
    eprintln!(
        "{} incidents from {} articles{}",
        incidents.len(),
        articles.len(),
        if problems.is_empty() {
            String::new()
        } else {
            format!("; {} input(s) failed", problems.len())
        }
    );
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `extract --text-column`: incident lines from spreadsheets.
fn extract_rows(g: &Gazetteer, a: &ExtractArgs) -> Result<ExitCode> {
    use sahel::extract::rows::{read_rows, RowOptions};
    let opts: RowOptions = a
        .rows
        .options(a.skip_invalid)
        .expect("called with --text-column");
    let mut tables = Vec::new();
    let mut failed = 0;
    for p in &a.inputs {
        let name = p.display().to_string();
        let bytes = if p.as_os_str() == "-" {
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut v)
                .map_err(|e| anyhow::anyhow!("-: cannot read standard input: {e}"))?;
            v
        } else {
            match std::fs::read(p) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("error: {name}: cannot read: {e}");
                    failed += 1;
                    continue;
                }
            }
        };
        let (text, _) = sahel::io::decode_owned(bytes);
        match read_rows(&text, &name, &opts) {
            Ok(t) => {
                for w in &t.warnings {
                    eprintln!("warning: {w}");
                }
                tables.push(t);
            }
            Err(e) => {
                eprintln!("error: {e:#}");
                failed += 1;
            }
        }
    }
    if tables.is_empty() {
        bail!("no spreadsheet could be read");
    }
    let rows: usize = tables.iter().map(|t| t.rows.len()).sum();
    let bar = sahel::progress::bar(rows as u64, "rows");
    let found: Vec<Vec<Vec<sahel::model::Incident>>> = tables
        .iter()
        .map(|t| {
            t.rows
                .iter()
                .map(|r| {
                    bar.inc(1);
                    sahel::extract::extract_article(&r.article, g)
                        .into_iter()
                        .map(|e| e.incident)
                        .collect()
                })
                .collect()
        })
        .collect();
    bar.finish_and_clear();
    let count: usize = found.iter().flatten().map(Vec::len).sum();
    let empty = found.iter().flatten().filter(|v| v.is_empty()).count();
    let format = a.format.unwrap_or_else(|| Format::of_path(&a.output));
    match format {
        Format::Csv => {
            if tables.len() > 1 {
                bail!("a CSV output keeps the columns of one spreadsheet: give one input, or -o FILE.geojson");
            }
            sahel::io::with_atomic_writer(&a.output, |w| {
                sahel::io::rows::write_rows_csv(&tables[0], &found[0], w)
            })?;
        }
        _ => {
            // Each incident carries its row and the row's cells.
            let mut incidents = Vec::new();
            let mut props: Vec<serde_json::Map<String, serde_json::Value>> = Vec::new();
            for (t, per_row) in tables.iter().zip(&found) {
                for (r, list) in t.rows.iter().zip(per_row) {
                    for i in list {
                        let mut m = serde_json::Map::new();
                        m.insert("row".into(), r.line.into());
                        for (h, c) in t.headers.iter().zip(&r.cells) {
                            m.insert(h.clone(), c.clone().into());
                        }
                        props.push(m);
                        incidents.push(i.clone());
                    }
                }
            }
            write_incidents(&a.output, format, &incidents, |n, p| {
                for (k, v) in &props[n] {
                    let key = if p.contains_key(k) {
                        format!("{k}_input")
                    } else {
                        k.clone()
                    };
                    p.insert(key, v.clone());
                }
            })?;
        }
    }
    eprintln!(
        "{count} incidents from {rows} rows ({empty} rows gave none){}",
        if failed > 0 {
            format!("; {failed} input(s) failed")
        } else {
            String::new()
        }
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn eval(g: &Gazetteer, a: &EvalArgs) -> Result<()> {
    use sahel::extract::{article::read_articles, extract_article};
    let text = std::fs::read_to_string(&a.gold)
        .map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", a.gold.display()))?;
    let gold = sahel::eval::read_gold(&text, &a.gold.display().to_string())?;
    let articles = if let Some(opts) = a.rows.options(false) {
        // Every row is scored: a row the gold file does not name has no
        // incident.
        let text = sahel::io::read_text(&a.articles)?;
        let t = sahel::extract::rows::read_rows(&text, &a.articles.display().to_string(), &opts)?;
        let names: std::collections::HashSet<&str> =
            t.rows.iter().map(|r| r.article.file.as_str()).collect();
        if let Some(gi) = gold.iter().find(|gi| !names.contains(gi.article.as_str())) {
            bail!(
                "gold article {} is not a row of {} (rows are named FILE:LINE, the header being line 1)",
                gi.article,
                a.articles.display()
            );
        }
        t.rows.into_iter().map(|r| r.article).collect()
    } else {
        sahel::eval::check_articles(&gold, &a.articles)?;
        let mut names: Vec<String> = gold.iter().map(|g| g.article.clone()).collect();
        names.sort();
        names.dedup();
        let paths: Vec<PathBuf> = names.iter().map(|n| a.articles.join(n)).collect();
        let (articles, problems) = read_articles(&paths, None);
        if let Some(p) = problems.first() {
            bail!("{p}");
        }
        articles
    };
    let mut extracted = Vec::new();
    for art in &articles {
        for e in extract_article(art, g) {
            extracted.push((art.file.clone(), e.incident));
        }
    }
    let s = sahel::eval::score(g, &gold, &extracted);
    if a.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
        return Ok(());
    }
    println!(
        "incidents: {} gold, {} extracted, {} matched",
        s.gold, s.extracted, s.matched
    );
    println!(
        "precision {:.3}  recall {:.3}  F1 {:.3}",
        s.precision, s.recall, s.f1
    );
    println!(
        "matched pairs: date {:.3}  type {:.3}  region {:.3}  toll {:.3}  place {:.3}",
        s.date_accuracy, s.type_accuracy, s.region_accuracy, s.toll_accuracy, s.place_accuracy
    );
    if !s.problems.is_empty() {
        println!("\nto look at:");
        for p in &s.problems {
            println!("  {p}");
        }
    }
    Ok(())
}

fn filter_of(f: &FilterArgs, g: &Gazetteer) -> Result<sahel::index::Filter> {
    let day = |s: &Option<String>, flag: &str| -> Result<Option<chrono::NaiveDate>> {
        s.as_deref()
            .map(|d| {
                chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                    .map_err(|_| anyhow::anyhow!("{flag} {d:?}: expected YYYY-MM-DD"))
            })
            .transpose()
    };
    let types = f
        .types
        .iter()
        .map(|t| {
            t.parse::<sahel::model::EventType>()
                .map_err(|e| anyhow::anyhow!("--type: {e}"))
        })
        .collect::<Result<Vec<_>>>()?;
    let regions = f
        .regions
        .iter()
        .map(|r| region_area(g, r))
        .collect::<Result<Vec<_>>>()?;
    Ok(sahel::index::Filter {
        from: day(&f.from, "--from")?,
        to: day(&f.to, "--to")?,
        types,
        actors: f.actors.clone(),
        regions,
    })
}

fn read_options(
    input_format: &Option<String>,
    skip_invalid: bool,
) -> Result<sahel::io::read::ReadOptions> {
    let csv_layout = input_format
        .as_deref()
        .map(str::parse::<sahel::io::csv_in::Layout>)
        .transpose()
        .map_err(|e| anyhow::anyhow!("--input-format: {e}"))?;
    Ok(sahel::io::read::ReadOptions {
        csv_layout,
        skip_invalid,
    })
}

/// Reads the inputs and keeps the incidents that pass the filter.
fn load(g: &Gazetteer, inputs: &[PathBuf], f: &FilterArgs) -> Result<Vec<sahel::model::Incident>> {
    let filter = filter_of(f, g)?;
    let opts = read_options(&f.input_format, f.skip_invalid)?;
    let all = sahel::io::read::read_inputs_with(inputs, g, &opts)?;
    Ok(all.into_iter().filter(|i| filter.accepts(i)).collect())
}

/// The area a `--region` names: by the boundaries, or a circle around
/// the capital of a newer region that has none.
fn region_area(g: &Gazetteer, name: &str) -> Result<sahel::index::RegionArea> {
    use sahel::admin::RegionHint;
    let hint = g
        .admin()
        .region_hint(name)
        .map_err(|e| anyhow::anyhow!("--region: {e}"))?;
    Ok(match hint {
        RegionHint::NearTown {
            town, radius_km, ..
        } => {
            let (lat, lon, _) = centre(g, &town)?;
            sahel::index::RegionArea::Circle {
                lat,
                lon,
                km: radius_km,
            }
        }
        h => sahel::index::RegionArea::admin(h),
    })
}

fn centre(g: &Gazetteer, at: &str) -> Result<(f64, f64, String)> {
    let r = g.reference_point(at, None)?;
    Ok((r.lat, r.lon, r.label))
}

fn print_hits(
    incidents: &[sahel::model::Incident],
    hits: &[sahel::index::Hit],
    json: bool,
) -> Result<()> {
    if json {
        let arr: Vec<serde_json::Value> = hits
            .iter()
            .map(|h| {
                let mut p = sahel::io::incidents::properties(&incidents[h.index]);
                p.insert(
                    "distance_km".into(),
                    serde_json::json!((h.distance_km * 100.0).round() / 100.0),
                );
                if let Some(l) = &incidents[h.index].location {
                    p.insert("lat".into(), serde_json::json!(l.lat));
                    p.insert("lon".into(), serde_json::json!(l.lon));
                }
                serde_json::Value::Object(p)
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&arr)?);
        return Ok(());
    }
    println!(
        "{:>8}  {:<10}  {:<16}  {:<22} {:<11} {:>7}  id",
        "km", "date", "type", "place", "region", "deaths"
    );
    for h in hits {
        let i = &incidents[h.index];
        let l = i.location.as_ref();
        let deaths = match (i.fatalities.low, i.fatalities.high) {
            (None, None) => "?".to_string(),
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}-{b}"),
            (Some(a), None) => format!("{a}+"),
            (None, Some(b)) => format!("≤{b}"),
        };
        println!(
            "{:>8.1}  {:<10}  {:<16}  {:<22} {:<11} {:>7}  {}",
            h.distance_km,
            i.date.map(|d| d.to_string()).unwrap_or("-".into()),
            i.event_type.as_str(),
            truncate(
                l.map(|l| l.name_resolved.clone().unwrap_or(l.name_written.clone()))
                    .as_deref()
                    .unwrap_or("-"),
                22
            ),
            l.and_then(|l| l.region.clone()).unwrap_or("-".into()),
            deaths,
            i.id
        );
    }
    Ok(())
}

fn near(g: &Gazetteer, a: &NearArgs) -> Result<()> {
    if !(a.radius > 0.0 && a.radius <= 2500.0) {
        bail!(
            "--radius {}: expected a distance in km, more than 0 and at most 2500",
            a.radius
        );
    }
    let (lat, lon, label) = centre(g, &a.at)?;
    let incidents = load(g, &a.inputs, &a.filter)?;
    let idx = sahel::index::SpatialIndex::from_incidents(&incidents);
    let mut hits = idx.within(lat, lon, a.radius);
    if let Some(n) = a.limit {
        hits.truncate(n);
    }
    if let Some(out) = &a.output {
        let sel: Vec<sahel::model::Incident> =
            hits.iter().map(|h| incidents[h.index].clone()).collect();
        write_incidents(out, Format::of_path(out), &sel, |n, p| {
            p.insert(
                "distance_km".into(),
                serde_json::json!((hits[n].distance_km * 100.0).round() / 100.0),
            );
        })?;
        eprintln!(
            "{} incidents within {} km of {label} written to {}",
            hits.len(),
            a.radius,
            out.display()
        );
        return Ok(());
    }
    if !a.json {
        println!(
            "{} incidents within {} km of {label} ({lat:.4}, {lon:.4}), of {} read",
            hits.len(),
            a.radius,
            incidents.len()
        );
    }
    print_hits(&incidents, &hits, a.json)
}

fn nearest(g: &Gazetteer, a: &NearestArgs) -> Result<()> {
    if a.k == 0 {
        bail!("-k must be at least 1");
    }
    let (lat, lon, label) = centre(g, &a.at)?;
    let incidents = load(g, &a.inputs, &a.filter)?;
    let idx = sahel::index::SpatialIndex::from_incidents(&incidents);
    let hits = idx.nearest(lat, lon, a.k);
    if !a.json {
        println!(
            "the {} incidents nearest to {label} ({lat:.4}, {lon:.4})",
            hits.len()
        );
    }
    print_hits(&incidents, &hits, a.json)
}

fn cluster(g: &Gazetteer, a: &ClusterArgs) -> Result<()> {
    let params = sahel::cluster::Params {
        eps_km: a.eps,
        min_points: a.min_points,
        days: a.days,
    };
    let incidents = load(g, &a.inputs, &a.filter)?;
    let (c, summaries) = sahel::cluster::cluster_incidents(&incidents, &params)?;
    if let Some(out) = &a.output {
        sahel::io::with_atomic_writer(out, |w| {
            sahel::io::incidents::write_clusters_geojson(&incidents, &c, &summaries, w)
        })?;
    }
    let noise = c.labels.iter().filter(|l| l.is_none()).count();
    if a.output.as_deref().is_some_and(|o| o.as_os_str() == "-") {
        // Standard output carries the GeoJSON: the summary goes to stderr.
        eprintln!(
            "{} clusters, {} noise incidents, of {}",
            summaries.len(),
            noise,
            incidents.len()
        );
        return Ok(());
    }
    if a.json {
        let arr: Vec<serde_json::Value> = summaries
            .iter()
            .map(|s| {
                serde_json::json!({"cluster": s.id, "size": s.size, "deaths_low": s.deaths_low, "deaths_high": s.deaths_high,
                    "mean_deaths": s.mean_deaths, "first": s.first.map(|d| d.to_string()), "last": s.last.map(|d| d.to_string()),
                    "centroid_lat": s.centroid.0, "centroid_lon": s.centroid.1, "main_places": s.main_places, "main_actors": s.main_actors})
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(
                &serde_json::json!({"clusters": arr, "noise": noise, "incidents": incidents.len()})
            )?
        );
        return Ok(());
    }
    println!(
        "{} clusters, {} noise incidents, of {} (eps {} km, min {} points{})",
        summaries.len(),
        noise,
        incidents.len(),
        a.eps,
        a.min_points,
        a.days
            .map(|d| format!(", within {d} days"))
            .unwrap_or_default()
    );
    println!(
        "{:>4} {:>5} {:>11} {:>6}  {:<10} {:<10}  {:<30} actors",
        "id", "size", "deaths", "mean", "first", "last", "places"
    );
    for s in &summaries {
        println!(
            "{:>4} {:>5} {:>11} {:>6.1}  {:<10} {:<10}  {:<30} {}",
            s.id,
            s.size,
            if s.deaths_low == s.deaths_high {
                s.deaths_low.to_string()
            } else {
                format!("{}-{}", s.deaths_low, s.deaths_high)
            },
            s.mean_deaths,
            s.first.map(|d| d.to_string()).unwrap_or("-".into()),
            s.last.map(|d| d.to_string()).unwrap_or("-".into()),
            truncate(&s.main_places.join(", "), 30),
            s.main_actors.join(", ")
        );
    }
    Ok(())
}

fn lookup(g: &Gazetteer, a: &LookupArgs) -> Result<()> {
    if a.limit == 0 {
        bail!("--limit must be at least 1");
    }
    let hints = g.hints(a.region.as_deref(), a.near.as_deref(), a.within)?;
    let cands = g.resolve(&a.name, &hints)?;
    let shown = &cands[..cands.len().min(a.limit)];
    if a.json {
        let conf = sahel::gazetteer::resolve::confidence(&cands);
        let arr: Vec<serde_json::Value> = shown
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let p = c.place;
                let now = g.current_admin(p);
                serde_json::json!({
                    "name": p.name, "lat": p.lat, "lon": p.lon, "region": p.region, "cercle": p.cercle,
                    "region_current": now.map(|n| n.region), "cercle_current": now.map(|n| n.cercle),
                    "feature": p.feature, "feature_label": p.feature_label(), "population": p.population,
                    "score": (c.score * 1e4).round() / 1e4, "match": c.matched, "edits": c.edits,
                    "km_to_bamako": (distance_km(p.lat, p.lon, BAMAKO.0, BAMAKO.1) * 10.0).round() / 10.0,
                    "distance_km": c.distance_km.map(|d| (d * 10.0).round() / 10.0),
                    "id": p.id, "names": p.names, "sources": p.sources, "reasons": c.reasons,
                    "candidates": cands.len(),
                    // How sure the pick is: for the first candidate only.
                    "runner_up": conf.as_ref().filter(|_| i == 0).and_then(|k| k.runner_up.clone()),
                    "runner_up_km": conf.as_ref().filter(|_| i == 0).and_then(|k| k.runner_up_km).map(|d| (d * 10.0).round() / 10.0),
                    "ambiguous": conf.as_ref().filter(|_| i == 0).map(|k| k.ambiguous),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&arr)?);
        return Ok(());
    }
    if shown.is_empty() {
        match g.foreign(&a.name) {
            Some(f) => println!(
                "{} is in {} ({:.3}, {:.3}): outside Mali",
                f.name,
                f.country_name(),
                f.lat,
                f.lon
            ),
            None => println!("no place matches {:?}", a.name),
        }
        return Ok(());
    }
    println!(
        "{:>2}  {:<22} {:>9} {:>9}  {:<11} {:<15} {:<27} {:<16} {:>9} {:>7} {:>6}  why",
        "#",
        "name",
        "lat",
        "lon",
        "region",
        "cercle",
        "since 2023: region/cercle",
        "feature",
        "pop",
        "km BKO",
        "score"
    );
    for (i, c) in shown.iter().enumerate() {
        let p = c.place;
        let now = g
            .current_admin(p)
            .map_or("-".to_string(), |n| format!("{}/{}", n.region, n.cercle));
        println!(
            "{:>2}  {:<22} {:>9.5} {:>9.5}  {:<11} {:<15} {:<27} {:<16} {:>9} {:>7.0} {:>6.3}  {}",
            i + 1,
            truncate(&p.name, 22),
            p.lat,
            p.lon,
            p.region.as_deref().unwrap_or("-"),
            truncate(p.cercle.as_deref().unwrap_or("-"), 15),
            truncate(&now, 27),
            p.feature_label(),
            if p.population > 0 {
                p.population.to_string()
            } else {
                "-".into()
            },
            distance_km(p.lat, p.lon, BAMAKO.0, BAMAKO.1),
            c.score,
            c.reasons.join("; ")
        );
    }
    if cands.len() > shown.len() {
        println!(
            "({} more; --limit N to see them)",
            cands.len() - shown.len()
        );
    }
    Ok(())
}

fn parse_bbox(s: &str) -> Result<(f64, f64, f64, f64)> {
    let v: Vec<f64> = s
        .split(',')
        .map(|x| x.trim().parse::<f64>())
        .collect::<std::result::Result<_, _>>()
        .map_err(|_| anyhow::anyhow!("--bbox {s:?}: expected min_lon,min_lat,max_lon,max_lat"))?;
    if v.len() != 4
        || v[0] >= v[2]
        || v[1] >= v[3]
        || v[1] < -90.0
        || v[3] > 90.0
        || v[0] < -180.0
        || v[2] > 180.0
    {
        bail!("--bbox {s:?}: expected min_lon,min_lat,max_lon,max_lat with min < max, in degrees");
    }
    Ok((v[0], v[1], v[2], v[3]))
}

/// `PLACE,KM` or `LAT,LON,KM` for `--ring`.
fn parse_ring(g: &Gazetteer, s: &str) -> Result<sahel::render::map::Ring> {
    let (place, km) = s
        .rsplit_once(',')
        .ok_or_else(|| anyhow::anyhow!("--ring {s:?}: expected PLACE,KM or LAT,LON,KM"))?;
    let km: f64 = km
        .trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("--ring {s:?}: {km:?} is not a distance in km"))?;
    if !(km > 0.0 && km <= 2500.0) {
        bail!("--ring {s:?}: the radius must be more than 0 and at most 2500 km");
    }
    let (lat, lon, label) = centre(g, place.trim())?;
    Ok(sahel::render::map::Ring {
        lat,
        lon,
        km,
        label,
    })
}

/// The box around the areas of `--region` flags, with a margin.
fn regions_bbox(g: &Gazetteer, names: &[String]) -> Result<(f64, f64, f64, f64)> {
    let mut b: Option<(f64, f64, f64, f64)> = None;
    for n in names {
        let e = match region_area(g, n)? {
            sahel::index::RegionArea::Admin { hint, .. } => g
                .admin()
                .extent(&hint)
                .ok_or_else(|| anyhow::anyhow!("--region {n:?}: no boundary to zoom to"))?,
            sahel::index::RegionArea::Circle { lat, lon, km } => {
                let dlat = km / 111.2;
                let dlon = km / (111.2 * lat.to_radians().cos());
                (lon - dlon, lat - dlat, lon + dlon, lat + dlat)
            }
        };
        b = Some(match b {
            None => e,
            Some(a) => (a.0.min(e.0), a.1.min(e.1), a.2.max(e.2), a.3.max(e.3)),
        });
    }
    let (x0, y0, x1, y1) = b.ok_or_else(|| anyhow::anyhow!("no region given"))?;
    let m = ((x1 - x0).max(y1 - y0) * 0.06).max(0.1);
    Ok((x0 - m, y0 - m, x1 + m, y1 + m))
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
