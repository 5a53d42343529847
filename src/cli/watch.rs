//! `sahel watch`: what happened near each of a team's sites since the last
//! check. The exit code says whether anything new was found, as grep's
//! does: 0 new incidents, 1 none, 2 an error.

use super::inputs::*;
use super::outputs::*;
use super::truncate;
use anyhow::{bail, Result};
use clap::Args;
use sahel::gazetteer::Gazetteer;
use sahel::watch::{compass, read_sites, watch, NewSince, SeenState, SiteReport};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
#[command(after_help = "Sites file (CSV, comma, semicolon or tab):

  name,lat,lon,radius_km
  Base Sévaré,,,
  Entrepôt Gao,16.27,-0.04,30
  Axe Douentza-Boni,15.10,-2.30,40

A site without lat and lon is found in the gazetteer by its name; one without a
radius takes --radius. French headers work too (nom, rayon_km).

A daily job that reports each incident once:

  sahel watch sites.csv acled_export.csv --state watch-state.json --json > today.json

Exit status: 0 when something new was found, 1 when nothing was, 2 on error.")]
pub(crate) struct WatchArgs {
    /// The sites: a CSV with a name, or lat and lon, and optionally a
    /// radius_km per site.
    #[arg(value_name = "SITES.csv")]
    pub(crate) sites: PathBuf,
    /// Radius in km for sites that give none.
    #[arg(long, value_name = "KM", default_value_t = 50.0)]
    pub(crate) radius: f64,
    /// New means dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", conflicts_with = "state")]
    pub(crate) since: Option<String>,
    /// New means not reported by an earlier run that used the same file;
    /// the file (JSON, created on the first run) is updated with what this
    /// run reports.
    #[arg(long, value_name = "FILE")]
    pub(crate) state: Option<PathBuf>,
    /// List only the new incidents.
    #[arg(long)]
    pub(crate) only_new: bool,
    /// Print JSON: each site with its incidents (fields, distance_km,
    /// bearing_deg, direction, new) and those perhaps inside.
    #[arg(long)]
    pub(crate) json: bool,
    /// Also write the incidents found as a layer (GeoJSON, .fgb, .gpkg or
    /// .csv), one feature per site and incident, with site, distance_km,
    /// bearing_deg and new.
    #[arg(short, long, value_name = "OUT.geojson")]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) input: InputArgs,
}

/// `sahel watch`: 0 when something new was found, 1 when nothing was
/// (errors exit with 2, see [`super::run`]).
pub(crate) fn run(g: &Gazetteer, a: WatchArgs) -> Result<ExitCode> {
    Ok(if watch_sites(g, &a)? {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Whether anything new was found.
fn watch_sites(g: &Gazetteer, a: &WatchArgs) -> Result<bool> {
    if !(a.radius > 0.0 && a.radius <= 2500.0) {
        bail!(
            "--radius {}: expected more than 0 and at most 2500 km",
            a.radius
        );
    }
    let origin = a.sites.display().to_string();
    let text = sahel::files::read_text(&a.sites)?;
    let sites = read_sites(&text, &origin, g, a.radius)?;
    let mut state = a.state.as_deref().map(SeenState::load).transpose()?;
    let new = match (&a.since, &state) {
        (Some(d), _) => NewSince::Date(
            d.parse()
                .map_err(|_| anyhow::anyhow!("--since {d:?}: expected a day, YYYY-MM-DD"))?,
        ),
        (None, Some(s)) => NewSince::NotSeen(s.seen.clone()),
        (None, None) => NewSince::Everything,
    };
    let incidents = load(g, &a.input)?;
    let mut found = watch(&incidents, &sites, &new);
    if a.only_new {
        for r in &mut found {
            r.inside.retain(|s| s.new);
            r.perhaps.retain(|s| s.new);
        }
    }
    let new_count: usize = found.iter().map(SiteReport::new_count).sum();
    if let Some(out) = &a.output {
        write_layer(g, &incidents, &found, out)?;
    }
    if a.json {
        print_json(g, &incidents, &found, new_count)?;
    } else {
        print_table(&incidents, &found);
    }
    // The state records what was reported, after it was printed.
    if let (Some(path), Some(s)) = (&a.state, state.as_mut()) {
        let reported = found
            .iter()
            .flat_map(|r| r.inside.iter().chain(&r.perhaps))
            .map(|s| incidents[s.index].id.clone());
        s.save_with(path, reported)?;
    }
    eprintln!(
        "{new_count} new incident(s) near {} site(s), of {} read",
        sites.len(),
        incidents.len()
    );
    Ok(new_count > 0)
}

fn print_table(incidents: &[sahel::model::Incident], found: &[SiteReport]) {
    for r in found {
        let s = &r.site;
        let found = s
            .place
            .as_ref()
            .filter(|p| **p != s.name)
            .map_or(String::new(), |p| format!(" at {p}"));
        println!(
            "{}{found} ({:.4}, {:.4}), {} km: {} new of {}",
            s.name,
            s.at.lat,
            s.at.lon,
            s.radius_km,
            r.new_count(),
            r.inside.len() + r.perhaps.len()
        );
        let row = |sg: &sahel::watch::Sighting| {
            let i = &incidents[sg.index];
            let place = i.location.as_ref().map_or("-".to_string(), |l| {
                l.name_resolved
                    .as_ref()
                    .unwrap_or(&l.name_written)
                    .to_string()
            });
            println!(
                "  {:<3} {:<10}  {:>6.1} km {:<3} {:<16} {:<20} {:>7}  {}",
                if sg.new { "new" } else { "" },
                i.date.map(|d| d.to_string()).unwrap_or("-".into()),
                sg.distance_km,
                compass(sg.bearing_deg),
                i.event_type.as_str(),
                truncate(&place, 20),
                format!("{:#}", i.fatalities),
                i.id
            );
        };
        r.inside.iter().for_each(row);
        if !r.perhaps.is_empty() {
            println!("  perhaps within (known only to their region, distance from its centre):");
            r.perhaps.iter().for_each(row);
        }
    }
}

fn print_json(
    g: &Gazetteer,
    incidents: &[sahel::model::Incident],
    found: &[SiteReport],
    new_count: usize,
) -> Result<()> {
    let list = |v: &[sahel::watch::Sighting]| -> Vec<serde_json::Value> {
        v.iter()
            .map(|s| {
                let mut p = sahel::io::incidents::properties(&incidents[s.index], g.admin());
                if let Some(l) = &incidents[s.index].location {
                    p.insert("lat".into(), l.lat.into());
                    p.insert("lon".into(), l.lon.into());
                }
                p.insert("distance_km".into(), round2(s.distance_km).into());
                p.insert("bearing_deg".into(), s.bearing_deg.round().into());
                p.insert("direction".into(), compass(s.bearing_deg).into());
                p.insert("new".into(), s.new.into());
                serde_json::Value::Object(p)
            })
            .collect()
    };
    let sites: Vec<serde_json::Value> = found
        .iter()
        .map(|r| {
            serde_json::json!({
                "site": r.site.name,
                "lat": r.site.at.lat,
                "lon": r.site.at.lon,
                "radius_km": r.site.radius_km,
                "new": r.new_count(),
                "incidents": list(&r.inside),
                "perhaps_within": list(&r.perhaps),
            })
        })
        .collect();
    println!(
        "{}",
        serde_json::to_string_pretty(&serde_json::json!({ "new": new_count, "sites": sites }))?
    );
    Ok(())
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// One feature per site and incident, with the site's name, the distance,
/// the bearing and whether it is new.
fn write_layer(
    g: &Gazetteer,
    incidents: &[sahel::model::Incident],
    found: &[SiteReport],
    out: &std::path::Path,
) -> Result<()> {
    let out = output_path(out, "watch.geojson")?;
    let rows: Vec<(&SiteReport, &sahel::watch::Sighting, bool)> = found
        .iter()
        .flat_map(|r| {
            r.inside
                .iter()
                .map(move |s| (r, s, false))
                .chain(r.perhaps.iter().map(move |s| (r, s, true)))
        })
        .collect();
    let selected: Vec<sahel::model::Incident> = rows
        .iter()
        .map(|(_, s, _)| incidents[s.index].clone())
        .collect();
    write_incidents(
        &out,
        Format::of_path(&out)?,
        &selected,
        g.admin(),
        |n, rec| {
            let (r, s, perhaps) = rows[n];
            rec.insert("site", r.site.name.clone().into());
            rec.insert(sahel::io::schema::DISTANCE_KM, round2(s.distance_km).into());
            rec.insert("bearing_deg", s.bearing_deg.round().into());
            rec.insert("new", s.new.into());
            rec.insert("perhaps_within", perhaps.into());
        },
    )?;
    Ok(())
}
