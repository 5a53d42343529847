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
    /// Add the places in every .tsv file of DIR to the embedded gazetteer
    /// (columns: name, alt_names, lat, lon, feature, precision_km, source;
    /// see gazetteer/supplement.tsv).
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
}

#[derive(Args)]
struct ReportArgs {
    /// Articles or incident files (none: the embedded example set).
    inputs: Vec<PathBuf>,
    /// Output directory.
    #[arg(short, long, default_value = "output")]
    output: PathBuf,
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
    /// Output CSV (`-` for standard output, the default).
    #[arg(short, long, default_value = "-", value_name = "OUT.csv")]
    output: PathBuf,
    /// Geocode rows whose region/cercle is unknown without that hint, and
    /// report them, instead of stopping.
    #[arg(long)]
    skip_invalid: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
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
        Command::Report(a) => {
            let g = gazetteer(cli.gazetteer.as_deref())?;
            eprintln!("sahel report: the gazetteer is ready ({} places).", g.len());
            eprintln!(
                "not yet: article extraction, clustering, maps and the report files are built by later issues; \
                 nothing was written to {}/ (inputs given: {}).",
                a.output.display(),
                a.inputs.len()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn lookup(g: &Gazetteer, a: &LookupArgs) -> Result<()> {
    if a.limit == 0 {
        bail!("--limit must be at least 1");
    }
    let hints = g.hints(a.region.as_deref(), a.near.as_deref(), a.within)?;
    let cands = g.resolve(&a.name, &hints)?;
    let shown = &cands[..cands.len().min(a.limit)];
    if a.json {
        let arr: Vec<serde_json::Value> = shown
            .iter()
            .map(|c| {
                let p = c.place;
                serde_json::json!({
                    "name": p.name, "lat": p.lat, "lon": p.lon, "region": p.region, "cercle": p.cercle,
                    "feature": p.feature, "feature_label": p.feature_label(), "population": p.population,
                    "score": (c.score * 1e4).round() / 1e4, "match": c.matched, "edits": c.edits,
                    "km_to_bamako": (distance_km(p.lat, p.lon, BAMAKO.0, BAMAKO.1) * 10.0).round() / 10.0,
                    "distance_km": c.distance_km.map(|d| (d * 10.0).round() / 10.0),
                    "id": p.id, "names": p.names, "sources": p.sources, "reasons": c.reasons,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&arr)?);
        return Ok(());
    }
    if shown.is_empty() {
        println!("no place matches {:?}", a.name);
        return Ok(());
    }
    println!(
        "{:>2}  {:<22} {:>9} {:>9}  {:<11} {:<15} {:<16} {:>9} {:>7} {:>6}  why",
        "#", "name", "lat", "lon", "region", "cercle", "feature", "pop", "km BKO", "score"
    );
    for (i, c) in shown.iter().enumerate() {
        let p = c.place;
        println!(
            "{:>2}  {:<22} {:>9.5} {:>9.5}  {:<11} {:<15} {:<16} {:>9} {:>7.0} {:>6.3}  {}",
            i + 1,
            truncate(&p.name, 22),
            p.lat,
            p.lon,
            p.region.as_deref().unwrap_or("-"),
            truncate(p.cercle.as_deref().unwrap_or("-"), 15),
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

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
