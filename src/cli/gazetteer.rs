//! `sahel gazetteer lookup|build` and `sahel geocode`.

use super::truncate;
use anyhow::{bail, Result};
use clap::{Args, Subcommand};
use sahel::country::Country;
use sahel::gazetteer::geocode::{geocode_stream, GeocodeOptions};
use sahel::gazetteer::{build, Gazetteer};
use sahel::geodesy::{distance_km, BAMAKO};
use std::path::PathBuf;

#[derive(Subcommand)]
pub(crate) enum GazetteerCommand {
    /// Rank the places a name can mean, with lat, lon, region, cercle,
    /// feature, population, country, distance to its capital and the reasons.
    Lookup(LookupArgs),
    /// Derive gazetteer/ (the places of Mali, Burkina Faso and Niger, the
    /// three countries' second-level units, Mali's reforms, the basemap)
    /// from the open data in the shared data directory.
    Build(BuildArgs),
}

#[derive(Args)]
pub(crate) struct LookupArgs {
    /// The place name, as written (accents, case and hyphens do not matter;
    /// typos are tolerated when nothing matches exactly).
    pub(crate) name: String,
    /// Prefer places in this region or cercle: an old region (Mopti), a
    /// 2016/2023 region (Ménaka, Koutiala, Bandiagara, Taoudénit ...), a
    /// cercle ("cercle de Nara"), a region or province of Burkina Faso
    /// ("Sahel", "province du Soum") or a region or département of Niger
    /// ("Tillabéri", "Say").
    #[arg(long, value_name = "R")]
    pub(crate) region: Option<String>,
    /// Prefer places in this country: ML (Mali), BF (Burkina Faso) or NE
    /// (Niger), or its name.
    #[arg(long, value_name = "ML|BF|NE")]
    pub(crate) country: Option<String>,
    /// Prefer places near this reference: a place name or LAT,LON.
    #[arg(long, value_name = "PLACE|LAT,LON", allow_hyphen_values = true)]
    pub(crate) near: Option<String>,
    /// With --near: the place lies within KM of the reference
    /// ("à moins de 30 km de Bamako").
    #[arg(long, value_name = "KM")]
    pub(crate) within: Option<f64>,
    /// How many candidates to show.
    #[arg(long, default_value_t = 5)]
    pub(crate) limit: usize,
    /// Print a JSON array (name, lat, lon, region, cercle, feature, score,
    /// match, population, country, km_to_capital, km_to_bamako, sources, reasons).
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Args)]
pub(crate) struct BuildArgs {
    /// The shared data directory (with gazetteer/ and boundaries/).
    #[arg(long, default_value = "../shared/data", value_name = "DIR")]
    pub(crate) data: PathBuf,
    /// Where to write the derived files.
    #[arg(long, default_value = "gazetteer", value_name = "DIR")]
    pub(crate) out: PathBuf,
}

#[derive(Args)]
pub(crate) struct GeocodeArgs {
    /// CSV file with a header line (comma, semicolon or tab separated);
    /// `-` reads standard input.
    pub(crate) input: PathBuf,
    /// Column with the place names.
    #[arg(long, value_name = "COL")]
    pub(crate) name_column: String,
    /// Column with a region name per row, used as a hint.
    #[arg(long, value_name = "COL")]
    pub(crate) region_column: Option<String>,
    /// Column with a cercle name per row, used as a hint (wins over the
    /// region when both are filled).
    #[arg(long, value_name = "COL")]
    pub(crate) cercle_column: Option<String>,
    /// Column with a commune name per row: its seat pulls the pick
    /// towards it (homonyms within one cercle).
    #[arg(long, value_name = "COL")]
    pub(crate) commune_column: Option<String>,
    /// Column with a country per row (ACLED's and UCDP's `country`:
    /// "Mali", "Burkina Faso", "Niger", or ML, BF, NE): places of other
    /// countries are demoted and a region of another country is ignored.
    #[arg(long, value_name = "COL")]
    pub(crate) country_column: Option<String>,
    /// The country of every row without a country column: ML, BF or NE
    /// (or the name).
    #[arg(long, value_name = "ML|BF|NE")]
    pub(crate) country: Option<Country>,
    /// Output CSV (`-` for standard output, the default).
    #[arg(short, long, default_value = "-", value_name = "OUT.csv")]
    pub(crate) output: PathBuf,
    /// Kept for old scripts: an unknown region, cercle or commune is always
    /// reported as a warning and left out for that row only.
    #[arg(long)]
    pub(crate) skip_invalid: bool,
}

pub(crate) fn lookup(g: &Gazetteer, a: &LookupArgs) -> Result<()> {
    if a.limit == 0 {
        bail!("--limit must be at least 1");
    }
    let hints = g.hints_in(
        a.country.as_deref(),
        a.region.as_deref(),
        a.near.as_deref(),
        a.within,
    )?;
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
                    "country": p.country,
                    "km_to_bamako": (distance_km(p.lat, p.lon, BAMAKO.lat, BAMAKO.lon) * 10.0).round() / 10.0,
                    "km_to_capital": (distance_km(p.lat, p.lon, p.country.capital().lat, p.country.capital().lon) * 10.0).round() / 10.0,
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
        "{:>2}  {:<22} {:>9} {:>9}  {:<2} {:<11} {:<15} {:<27} {:<16} {:>9} {:>7} {:>6}  why",
        "#",
        "name",
        "lat",
        "lon",
        "cc",
        "region",
        "cercle/prov.",
        "since 2023: region/cercle",
        "feature",
        "pop",
        "km cap.",
        "score"
    );
    for (i, c) in shown.iter().enumerate() {
        let p = c.place;
        let now = g
            .current_admin(p)
            .map_or("-".to_string(), |n| format!("{}/{}", n.region, n.cercle));
        println!(
            "{:>2}  {:<22} {:>9.5} {:>9.5}  {:<2} {:<11} {:<15} {:<27} {:<16} {:>9} {:>7.0} {:>6.3}  {}",
            i + 1,
            truncate(&p.name, 22),
            p.lat,
            p.lon,
            p.country.code(),
            p.region.as_deref().unwrap_or("-"),
            truncate(p.cercle.as_deref().unwrap_or("-"), 15),
            truncate(&now, 27),
            p.feature_label(),
            if p.population > 0 {
                p.population.to_string()
            } else {
                "-".into()
            },
            distance_km(p.lat, p.lon, p.country.capital().lat, p.country.capital().lon),
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

/// `sahel geocode`.
pub(crate) fn geocode(g: &Gazetteer, a: GeocodeArgs) -> Result<()> {
    let origin = a.input.display().to_string();
    // Read as it is written: a file of any size takes the same memory.
    let input = sahel::files::open_reader(&a.input)?;
    let opts = GeocodeOptions {
        name_column: a.name_column,
        region_column: a.region_column,
        cercle_column: a.cercle_column,
        commune_column: a.commune_column,
        country_column: a.country_column,
        country: a.country,
        skip_invalid: a.skip_invalid,
    };
    let mut stats = None;
    let output = super::outputs::output_path(&a.output, "geocoded.csv")?;
    sahel::files::with_atomic_writer(&output, |w| {
        stats = Some(geocode_stream(g, input, &origin, w, &opts)?);
        anyhow::Ok(())
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
    Ok(())
}

/// `sahel gazetteer build`.
pub(crate) fn build(a: &BuildArgs) -> Result<()> {
    let report = build::build(&a.data, &a.out).map_err(|e| match e {
        sahel::gazetteer::Error::Files(sahel::files::Error::Read { .. }) => {
            anyhow::anyhow!(
                "{:#} (is --data the shared data directory?)",
                anyhow::Error::new(e)
            )
        }
        e => e.into(),
    })?;
    println!("{report}");
    println!(
        "wrote {}/: places.tsv, osm_places.tsv (Mali), places_bf.tsv, osm_places_bf.tsv (Burkina Faso), places_ne.tsv, osm_places_ne.tsv (Niger), cercles.geojson (the three countries' cercles, provinces and départements), admin_reforms.tsv, cleaning.tsv, basemap.json",
        a.out.display()
    );
    Ok(())
}
