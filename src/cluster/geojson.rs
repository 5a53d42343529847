//! Clusters as GeoJSON for GIS tools: one layer of hulls (polygons only,
//! so that QGIS and GDAL see one geometry type) and one of the members.

use super::{ClusterSummary, Clustering};
use crate::geodesy::round_to as round;
use crate::io::incidents::{write_feature_collection, Feature};
use crate::io::record::Record;
use crate::io::Result;
use crate::model::Incident;
use serde_json::{json, Value};
use std::io::Write;

/// Writes the clusters as GeoJSON: one Polygon per cluster (its convex
/// hull; a square of about 1 km around the centroid when its incidents
/// share one or two places), with the summary as properties. Polygons
/// only, so that GIS tools see one geometry type per layer; the members
/// are in [`write_cluster_members_geojson`].
pub fn write_clusters_geojson(summaries: &[ClusterSummary], w: &mut dyn Write) -> Result<()> {
    let features = summaries.iter().map(|s| {
        let mut ring: Vec<[f64; 2]> = s
            .hull
            .exterior()
            .0
            .iter()
            .map(|c| [round(c.x, 5), round(c.y, 5)])
            .collect();
        if ring.len() < 4 {
            let (la, lo) = (s.centroid.lat, s.centroid.lon);
            let d = 0.005;
            ring = [
                [lo - d, la - d],
                [lo + d, la - d],
                [lo + d, la + d],
                [lo - d, la + d],
                [lo - d, la - d],
            ]
            .into_iter()
            .map(|[a, b]| [round(a, 5), round(b, 5)])
            .collect();
        }
        json!({"type": "Feature", "id": format!("cluster-{}", s.id), "geometry": {"type": "Polygon", "coordinates": [ring]},
            "properties": {"cluster": s.id, "size": s.size, "deaths_low": s.deaths_low, "deaths_high": s.deaths_high,
                "mean_deaths": round(s.mean_deaths, 2), "first": s.first.map(|d| d.to_string()), "last": s.last.map(|d| d.to_string()),
                "centroid_lat": round(s.centroid.lat, 5), "centroid_lon": round(s.centroid.lon, 5),
                "main_places": s.main_places.join("; "), "main_actors": s.main_actors.join("; ")}})
    });
    write_feature_collection(features, w)
}

/// Writes every placed incident as a GeoJSON Point with its `cluster` id
/// (null for noise) and whether it is a `core` point: the members layer
/// that goes with [`write_clusters_geojson`].
pub fn write_cluster_members_geojson(
    incidents: &[Incident],
    c: &Clustering,
    admin: &crate::admin::AdminLocator,
    w: &mut dyn Write,
) -> Result<()> {
    let features = incidents.iter().enumerate().filter_map(|(n, i)| {
        i.location.as_ref()?;
        let mut props = Record::of(i, admin);
        props.insert(
            crate::io::schema::CLUSTER,
            c.labels[n].map_or(Value::Null, |x| json!(x)),
        );
        props.insert("core", json!(c.core[n]));
        Some(Feature::of(i, props))
    });
    write_feature_collection(features, w)
}
