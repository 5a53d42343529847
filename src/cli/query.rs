//! `sahel near`, `sahel nearest` and `sahel cluster`: questions asked of
//! the incidents, answered in km.

use super::inputs::*;
use super::outputs::*;
use super::truncate;
use anyhow::{bail, Result};
use clap::Args;
use sahel::gazetteer::Gazetteer;
use std::path::PathBuf;

#[derive(Args)]
pub(crate) struct NearArgs {
    /// The centre: a place name (through the gazetteer) or LAT,LON.
    #[arg(long, value_name = "PLACE|LAT,LON", allow_hyphen_values = true)]
    pub(crate) at: String,
    /// Radius in km.
    #[arg(long, value_name = "KM")]
    pub(crate) radius: f64,
    #[command(flatten)]
    pub(crate) input: InputArgs,
    /// At most N incidents.
    #[arg(long, value_name = "N")]
    pub(crate) limit: Option<usize>,
    /// Also list, apart, the incidents placed only to their region whose
    /// uncertainty circle overlaps the radius (by default they are only
    /// counted: a region's centre says nothing of the distance).
    #[arg(long)]
    pub(crate) include_imprecise: bool,
    /// Print a JSON array (incident fields plus distance_km).
    #[arg(long)]
    pub(crate) json: bool,
    /// Write the incidents found, with their distance_km, to this file:
    /// GeoJSON, or FlatGeobuf for .fgb, GeoPackage for .gpkg, GeoParquet
    /// for .parquet, CSV for .csv (without the distance); `-` for GeoJSON
    /// on standard output.
    #[arg(short, long, value_name = "OUT.geojson")]
    pub(crate) output: Option<PathBuf>,
}

#[derive(Args)]
pub(crate) struct NearestArgs {
    /// The centre: a place name or LAT,LON.
    #[arg(long, value_name = "PLACE|LAT,LON", allow_hyphen_values = true)]
    pub(crate) at: String,
    /// How many incidents.
    #[arg(short, default_value_t = 5)]
    pub(crate) k: usize,
    /// Rank incidents placed only to their region too, by their region's
    /// centre, marked as such (by default they are left out).
    #[arg(long)]
    pub(crate) include_imprecise: bool,
    #[command(flatten)]
    pub(crate) input: InputArgs,
    /// Print a JSON array.
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Args)]
pub(crate) struct ClusterArgs {
    #[command(flatten)]
    pub(crate) method: super::clustering::ClusterFlags,
    /// Cluster incidents placed only to their region at their region's
    /// centre too (by default they are left out, and counted).
    #[arg(long)]
    pub(crate) include_imprecise: bool,
    #[command(flatten)]
    pub(crate) input: InputArgs,
    /// GeoJSON of the cluster hulls (polygons, with each cluster's
    /// summary). With `-`, the GeoJSON goes to standard output and the
    /// summary to standard error.
    #[arg(short, long, value_name = "OUT.geojson")]
    pub(crate) output: Option<PathBuf>,
    /// GeoJSON of the incidents (points) with their `cluster` id (null for
    /// noise) and whether each is a core point: the hulls' second layer.
    #[arg(long, value_name = "MEMBERS.geojson")]
    pub(crate) members: Option<PathBuf>,
    /// Print the summary as JSON instead of a table.
    #[arg(long)]
    pub(crate) json: bool,
}

/// Each hit as its incident's fields plus `distance_km`, `lat` and `lon`.
fn hits_json(
    incidents: &[sahel::model::Incident],
    hits: &[sahel::index::Hit],
    admin: &sahel::admin::AdminLocator,
) -> Vec<serde_json::Value> {
    hits.iter()
        .map(|h| {
            let mut p = sahel::io::incidents::properties(&incidents[h.index], admin);
            p.insert(
                sahel::io::schema::DISTANCE_KM.into(),
                serde_json::json!((h.distance_km * 100.0).round() / 100.0),
            );
            if let Some(l) = &incidents[h.index].location {
                p.insert("lat".into(), serde_json::json!(l.lat));
                p.insert("lon".into(), serde_json::json!(l.lon));
            }
            serde_json::Value::Object(p)
        })
        .collect()
}

/// Prints hits as a table (`--json` prints [`hits_json`] instead).
pub(crate) fn print_hits(incidents: &[sahel::model::Incident], hits: &[sahel::index::Hit]) {
    println!(
        "{:>8}  {:<10}  {:<16}  {:<22} {:<11} {:>7}  id",
        "km", "date", "type", "place", "region", "deaths"
    );
    for h in hits {
        let i = &incidents[h.index];
        let l = i.location.as_ref();
        let deaths = format!("{:#}", i.fatalities);
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
}

pub(crate) fn near(g: &Gazetteer, a: &NearArgs) -> Result<()> {
    if !(a.radius > 0.0 && a.radius <= 2500.0) {
        bail!(
            "--radius {}: expected a distance in km, more than 0 and at most 2500",
            a.radius
        );
    }
    let (lat, lon, label) = centre(g, &a.at)?;
    let incidents = load(g, &a.input)?;
    let idx = sahel::index::SpatialIndex::from_incidents_where(&incidents, |i| {
        !sahel::index::placed_only_to_region(i)
    });
    let mut hits = idx.within(lat, lon, a.radius);
    if let Some(n) = a.limit {
        hits.truncate(n);
    }
    let imprecise = sahel::index::region_level_overlapping(&incidents, lat, lon, a.radius);
    if let Some(out) = &a.output {
        let out = &output_path(out, "near.geojson")?;
        // The incidents found are moved out, not copied: a radius that
        // takes most of a big file would otherwise hold it twice.
        let mut slots: Vec<Option<sahel::model::Incident>> =
            incidents.into_iter().map(Some).collect();
        let sel: Vec<sahel::model::Incident> =
            hits.iter().filter_map(|h| slots[h.index].take()).collect();
        drop(slots);
        write_incidents(out, Format::of_path(out)?, &sel, g.admin(), |n, p| {
            p.insert(
                sahel::io::schema::DISTANCE_KM,
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
    if a.json {
        // One array; with the flag, the region-level ones follow, marked.
        let mut all = hits_json(&incidents, &hits, g.admin());
        if a.include_imprecise {
            for mut v in hits_json(&incidents, &imprecise, g.admin()) {
                v["placed_only_to_region"] = serde_json::json!(true);
                all.push(v);
            }
        }
        println!("{}", serde_json::to_string_pretty(&all)?);
        return Ok(());
    }
    println!(
        "{} incidents within {} km of {label} ({lat:.4}, {lon:.4}), of {} read",
        hits.len(),
        a.radius,
        incidents.len()
    );
    print_hits(&incidents, &hits);
    if !imprecise.is_empty() {
        if a.include_imprecise {
            println!(
                "\n{} incidents placed only to their region, whose uncertainty reaches within {} km (distance to the region's centre):",
                imprecise.len(),
                a.radius
            );
            print_hits(&incidents, &imprecise);
        } else {
            println!(
                "\n{} more incidents are placed only to their region, and their uncertainty reaches within {} km: --include-imprecise lists them",
                imprecise.len(),
                a.radius
            );
        }
    }
    Ok(())
}

pub(crate) fn nearest(g: &Gazetteer, a: &NearestArgs) -> Result<()> {
    if a.k == 0 {
        bail!("-k must be at least 1");
    }
    let (lat, lon, label) = centre(g, &a.at)?;
    let incidents = load(g, &a.input)?;
    let idx = sahel::index::SpatialIndex::from_incidents_where(&incidents, |i| {
        a.include_imprecise || !sahel::index::placed_only_to_region(i)
    });
    let hits = idx.nearest(lat, lon, a.k);
    if a.json {
        let mut all = hits_json(&incidents, &hits, g.admin());
        for (v, h) in all.iter_mut().zip(&hits) {
            if sahel::index::placed_only_to_region(&incidents[h.index]) {
                v["placed_only_to_region"] = serde_json::json!(true);
            }
        }
        println!("{}", serde_json::to_string_pretty(&all)?);
        return Ok(());
    }
    println!(
        "the {} incidents nearest to {label} ({lat:.4}, {lon:.4})",
        hits.len()
    );
    print_hits(&incidents, &hits);
    let left_out = incidents
        .iter()
        .filter(|i| sahel::index::placed_only_to_region(i))
        .count();
    if a.include_imprecise {
        let marked = hits
            .iter()
            .filter(|h| sahel::index::placed_only_to_region(&incidents[h.index]))
            .count();
        if marked > 0 {
            println!("{marked} of them placed only to their region: km to the region's centre");
        }
    } else if left_out > 0 {
        println!("{left_out} incidents placed only to their region left out (--include-imprecise ranks them by their region's centre)");
    }
    Ok(())
}

pub(crate) fn cluster(g: &Gazetteer, a: &ClusterArgs) -> Result<()> {
    let method = a.method.method()?;
    let incidents = load(g, &a.input)?;
    let (c, summaries, used) =
        sahel::cluster::cluster_by(&incidents, &method, a.include_imprecise)?;
    let region_level = if a.include_imprecise {
        0
    } else {
        incidents
            .iter()
            .filter(|i| sahel::index::placed_only_to_region(i))
            .count()
    };
    let left_out = if region_level > 0 {
        format!(", {region_level} placed only to their region left out (--include-imprecise)")
    } else {
        String::new()
    };
    if let Some(out) = &a.output {
        let out = &output_path(out, "clusters.geojson")?;
        sahel::files::with_atomic_writer(out, |w| {
            sahel::cluster::geojson::write_clusters_geojson(&summaries, w)
        })?;
    }
    if let Some(out) = &a.members {
        let out = &output_path(out, "cluster_members.geojson")?;
        sahel::files::with_atomic_writer(out, |w| {
            sahel::cluster::geojson::write_cluster_members_geojson(&incidents, &c, g.admin(), w)
        })?;
    }
    let noise = c.labels.iter().filter(|l| l.is_none()).count();
    if a.output.as_deref().is_some_and(|o| o.as_os_str() == "-") {
        // Standard output carries the GeoJSON: the summary goes to stderr.
        eprintln!(
            "{} clusters, {} noise incidents, of {} ({used}){left_out}",
            summaries.len(),
            noise - region_level,
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
                    "centroid_lat": s.centroid.lat, "centroid_lon": s.centroid.lon, "main_places": s.main_places, "main_actors": s.main_actors})
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(
                &serde_json::json!({"clusters": arr, "noise": noise - region_level, "region_level_left_out": region_level, "incidents": incidents.len(), "method": used.to_string()})
            )?
        );
        return Ok(());
    }
    println!(
        "{} clusters, {} noise incidents, of {} ({used}){left_out}",
        summaries.len(),
        noise - region_level,
        incidents.len(),
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
