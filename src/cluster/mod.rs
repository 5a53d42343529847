//! Clustering incidents, with a summary per cluster. Two methods
//! ([`Method`]): HDBSCAN over great-circle distance ([`hdbscan`]), the
//! default of every command, which finds hot spots of different densities
//! and does not chain; and DBSCAN in kilometres (and optionally days), on
//! the spatial index, below.
//!
//! geo's own `Dbscan` measures in degrees; this one uses exact
//! great-circle neighbourhoods from [`SpatialIndex`]. With `days`, two
//! incidents are neighbours only if they are within `eps_km` *and* `days`
//! of each other (ST-DBSCAN); incidents without a date are then noise.
//!
//! Border points (within reach of two clusters' core points) go to the
//! cluster that reaches them first in input order, as in the original
//! algorithm: labels equal a brute-force DBSCAN's up to renumbering and this
//! documented ambiguity.
//!
//! ```
//! use sahel::cluster::{dbscan, Params};
//! use sahel::index::SpatialIndex;
//! use sahel::coords::LatLon;
//! let pts = [(14.48, -4.18), (14.49, -4.19), (14.50, -4.17), (16.27, -0.04)].map(|(lat, lon)| LatLon::new(lat, lon));
//! let idx = SpatialIndex::from_points(&pts);
//! let c = dbscan(&idx, None, &Params { eps_km: 5.0, min_points: 3, days: None }).unwrap();
//! assert_eq!(c.labels, vec![Some(0), Some(0), Some(0), None]);
//! ```

pub mod geojson;
pub mod hdbscan;

use crate::index::SpatialIndex;
use crate::model::{Incident, Name};
use chrono::NaiveDate;
use geo::{ConvexHull, MultiPoint, Point, Polygon};
use std::collections::HashMap;

/// DBSCAN parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Neighbourhood radius, km.
    pub eps_km: f64,
    /// Points (the point itself included) a neighbourhood needs for its
    /// centre to be a core point.
    pub min_points: usize,
    /// With a value: also within this many days (space-time DBSCAN).
    pub days: Option<f64>,
}

/// Cluster labels, one per point: `None` is noise.
#[derive(Debug, Clone, PartialEq)]
pub struct Clustering {
    /// Cluster of each point, numbered from 0 in order of discovery.
    pub labels: Vec<Option<u32>>,
    /// Whether each point is a core point.
    pub core: Vec<bool>,
    /// Number of clusters.
    pub clusters: usize,
}

/// The cluster radius every command uses unless told otherwise (km).
pub const DEFAULT_EPS_KM: f64 = 50.0;

/// The incidents a neighbourhood needs to be a cluster's core, in every
/// command unless told otherwise: with 2, pairs of incidents 50 km apart
/// chain across whole regions.
pub const DEFAULT_MIN_POINTS: usize = 3;

/// Clustering parameters that cannot be used. The command line names the
/// flag; the library names the parameter.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// The neighbourhood radius is not a positive number of km.
    #[error("the neighbourhood radius must be a positive distance in km (got {0})")]
    EpsNotPositive(f64),
    /// The neighbourhood radius is larger than the countries.
    #[error("a neighbourhood radius of {0} km is larger than Mali: use at most 2000")]
    EpsTooLarge(f64),
    /// `min_points` of 0.
    #[error("the minimum number of points must be at least 1")]
    MinPointsZero,
    /// A negative or non-finite time window.
    #[error("the time window must be zero or more days (got {0})")]
    DaysNegative(f64),
    /// A time window without dates to measure it.
    #[error("space-time clustering needs incident dates")]
    DaysNeedDates,
    /// An HDBSCAN minimum cluster size under 2.
    #[error("a cluster needs at least 2 incidents (got a minimum cluster size of {0})")]
    MinClusterSizeTooSmall(usize),
    /// An HDBSCAN `min_samples` of 0.
    #[error("the density must be read at the 1st neighbour or further (min_samples 0)")]
    MinSamplesZero,
    /// The HDBSCAN crate refused the data.
    #[error("HDBSCAN: {0}")]
    Hdbscan(String),
}

/// How to cluster.
#[derive(Debug, Clone, PartialEq)]
pub enum Method {
    /// HDBSCAN over great-circle distance; a parameter left out is chosen
    /// from the number of incidents ([`hdbscan::HdbscanChoice`]).
    Hdbscan(hdbscan::HdbscanChoice),
    /// DBSCAN in km, or ST-DBSCAN when `days` is set.
    Dbscan(Params),
}

impl Default for Method {
    /// HDBSCAN with parameters from the data: the default everywhere.
    fn default() -> Self {
        Method::Hdbscan(hdbscan::HdbscanChoice::default())
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Method::Hdbscan(hdbscan::HdbscanChoice {
                min_cluster_size: Some(size),
                min_samples: Some(samples),
            }) => write!(
                f,
                "{}",
                hdbscan::HdbscanParams {
                    min_cluster_size: *size,
                    min_samples: *samples
                }
            ),
            Method::Hdbscan(_) => write!(f, "HDBSCAN, parameters from the data"),
            Method::Dbscan(p) => {
                write!(
                    f,
                    "DBSCAN, eps {} km, at least {} incidents",
                    p.eps_km, p.min_points
                )?;
                if let Some(d) = p.days {
                    write!(f, ", within {d} days")?;
                }
                Ok(())
            }
        }
    }
}

/// `Result` with this module's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Point count from which spatial DBSCAN runs on the grid.
pub const GRID_FROM: usize = 20_000;

/// Runs DBSCAN over every point of `index` (points without coordinates are
/// noise). `dates` (midpoints, one per point) are needed with `days`.
pub fn dbscan(
    index: &SpatialIndex,
    dates: Option<&[Option<NaiveDate>]>,
    p: &Params,
) -> Result<Clustering> {
    if !(p.eps_km > 0.0 && p.eps_km.is_finite()) {
        return Err(Error::EpsNotPositive(p.eps_km));
    }
    if p.eps_km > 2000.0 {
        return Err(Error::EpsTooLarge(p.eps_km));
    }
    if p.min_points == 0 {
        return Err(Error::MinPointsZero);
    }
    if let Some(d) = p.days {
        if !(d >= 0.0 && d.is_finite()) {
            return Err(Error::DaysNegative(d));
        }
        if dates.is_none() {
            return Err(Error::DaysNeedDates);
        }
    }
    // The grid pays off from a few tens of thousands of points; below, the
    // R-tree expansion does less bookkeeping (both give the same labels).
    if p.days.is_none() && index.point_count() >= GRID_FROM {
        return Ok(dbscan_grid(index, p));
    }
    let n = index.point_count();
    let mut labels: Vec<Option<u32>> = vec![None; n];
    let mut visited = vec![false; n];
    let mut core = vec![false; n];
    let mut next = 0u32;
    let mut buf = Vec::new();
    let mut queue: Vec<usize> = Vec::new();
    let neighbours = |i: usize, buf: &mut Vec<usize>| {
        if !index.has_point(i) {
            buf.clear();
            return;
        }
        index.neighbours_of(i, p.eps_km, buf);
        if let (Some(days), Some(dates)) = (p.days, dates) {
            match dates[i] {
                None => buf.clear(),
                Some(di) => buf.retain(|&j| {
                    dates[j].is_some_and(|dj| ((dj - di).num_days().abs() as f64) <= days)
                }),
            }
        }
    };
    for i in 0..n {
        if visited[i] {
            continue;
        }
        visited[i] = true;
        neighbours(i, &mut buf);
        if buf.len() < p.min_points {
            continue;
        }
        let c = next;
        next += 1;
        labels[i] = Some(c);
        core[i] = true;
        queue.clear();
        // Points join the cluster when first reached, so each enters the
        // queue once; those visited before as noise become border points.
        for &j in &buf {
            if labels[j].is_none() {
                labels[j] = Some(c);
                queue.push(j);
            }
        }
        while let Some(q) = queue.pop() {
            if visited[q] {
                continue;
            }
            visited[q] = true;
            neighbours(q, &mut buf);
            if buf.len() >= p.min_points {
                core[q] = true;
                for &j in &buf {
                    if labels[j].is_none() {
                        labels[j] = Some(c);
                        queue.push(j);
                    }
                }
            }
        }
    }
    Ok(Clustering {
        labels,
        core,
        clusters: next as usize,
    })
}

/// Spatial DBSCAN on a grid of cubes in unit-vector space, the same
/// neighbourhoods as the R-tree version but far less work on dense data.
///
/// Cubes have a diagonal just under the eps chord, so every two points of a
/// cube are neighbours: a cube with `min_points` points makes all of them
/// core without a single distance computed, and its core points form one
/// group. Other points count neighbours cube by cube and stop at
/// `min_points`. Core groups in nearby cubes are joined (union-find) as soon
/// as one pair of their core points is within eps; border points join the
/// cluster of the first core point within eps, in input order.
fn dbscan_grid(index: &SpatialIndex, p: &Params) -> Clustering {
    use crate::index::{chord_of_km, unit_vector};
    let n = index.point_count();
    let eps = p.eps_km;
    let chord = chord_of_km(eps);
    let side = chord / 3f64.sqrt() * (1.0 - 1e-9);
    let mut vecs: Vec<[f64; 3]> = vec![[0.0; 3]; n];
    let mut keyed: Vec<((i64, i64, i64), u32)> = Vec::with_capacity(n);
    for (i, v) in vecs.iter_mut().enumerate() {
        if let Some(crate::coords::LatLon { lat: la, lon: lo }) = index.point(i) {
            *v = unit_vector(la, lo);
            let k = (
                (v[0] / side).floor() as i64,
                (v[1] / side).floor() as i64,
                (v[2] / side).floor() as i64,
            );
            keyed.push((k, i as u32));
        }
    }
    keyed.sort_unstable();
    // Cells: key, and the range of `order` holding their points.
    let order: Vec<u32> = keyed.iter().map(|(_, i)| *i).collect();
    let mut cells: Vec<((i64, i64, i64), usize, usize)> = Vec::new();
    for (pos, (k, _)) in keyed.iter().enumerate() {
        match cells.last_mut() {
            Some(c) if c.0 == *k => c.2 = pos + 1,
            _ => cells.push((*k, pos, pos + 1)),
        }
    }
    let cell_of: HashMap<(i64, i64, i64), usize> =
        cells.iter().enumerate().map(|(ci, c)| (c.0, ci)).collect();
    // Neighbouring cube offsets whose nearest corners are within the chord.
    let reach = 2i64;
    let mut offsets = Vec::new();
    for dx in -reach..=reach {
        for dy in -reach..=reach {
            for dz in -reach..=reach {
                let gap = |d: i64| ((d.abs() - 1).max(0) as f64) * side;
                if (gap(dx).powi(2) + gap(dy).powi(2) + gap(dz).powi(2)).sqrt() <= chord {
                    offsets.push((dx, dy, dz));
                }
            }
        }
    }
    let (cell_of, offsets, cells_ref) = (&cell_of, &offsets, &cells);
    let neighbour_cells = |ci: usize| {
        let (x, y, z) = cells_ref[ci].0;
        offsets
            .iter()
            .filter_map(move |(dx, dy, dz)| cell_of.get(&(x + dx, y + dy, z + dz)).copied())
    };
    let close = |a: usize, b: usize| {
        let (pa, pb) = (
            index.point(a).expect("indexed"),
            index.point(b).expect("indexed"),
        );
        pa.distance_km(pb) <= eps
    };
    // Core points.
    let mut core = vec![false; n];
    for ci in 0..cells.len() {
        let (_, s, e) = cells[ci];
        if e - s >= p.min_points {
            for &i in &order[s..e] {
                core[i as usize] = true;
            }
            continue;
        }
        for &i in &order[s..e] {
            let i = i as usize;
            let mut count = e - s;
            'count: for cj in neighbour_cells(ci).filter(|&cj| cj != ci) {
                let (_, s2, e2) = cells[cj];
                for &j in &order[s2..e2] {
                    if close(i, j as usize) {
                        count += 1;
                        if count >= p.min_points {
                            break 'count;
                        }
                    }
                }
            }
            core[i] = count >= p.min_points;
        }
    }
    // Union-find over cells holding core points.
    let mut parent: Vec<usize> = (0..cells.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let core_points = |ci: usize| {
        let (_, s, e) = cells[ci];
        order[s..e].iter().map(|&i| i as usize).filter(|&i| core[i])
    };
    for ci in 0..cells.len() {
        if core_points(ci).next().is_none() {
            continue;
        }
        for cj in neighbour_cells(ci) {
            if cj <= ci || core_points(cj).next().is_none() {
                continue;
            }
            let (ra, rb) = (find(&mut parent, ci), find(&mut parent, cj));
            if ra == rb {
                continue;
            }
            let joined = core_points(ci).any(|a| core_points(cj).any(|b| close(a, b)));
            if joined {
                parent[ra] = rb;
            }
        }
    }
    // Labels: cluster roots numbered in order of their first point.
    let mut cell_index = vec![usize::MAX; n];
    for (ci, &(_, s, e)) in cells.iter().enumerate() {
        for &i in &order[s..e] {
            cell_index[i as usize] = ci;
        }
    }
    let mut root_of_point = vec![None; n];
    for i in 0..n {
        let ci = cell_index[i];
        if ci == usize::MAX {
            continue;
        }
        if core[i] {
            root_of_point[i] = Some(find(&mut parent, ci));
        } else {
            // Border: the first core point within eps, cube by cube.
            let found = neighbour_cells(ci).find_map(|cj| {
                let (_, s, e) = cells[cj];
                order[s..e]
                    .iter()
                    .map(|&j| j as usize)
                    .find(|&j| core[j] && close(i, j))
                    .map(|_| cj)
            });
            root_of_point[i] = found.map(|cj| find(&mut parent, cj));
        }
    }
    let mut ids: HashMap<usize, u32> = HashMap::new();
    let mut labels = vec![None; n];
    for i in 0..n {
        if let Some(r) = root_of_point[i] {
            let next = ids.len() as u32;
            labels[i] = Some(*ids.entry(r).or_insert(next));
        }
    }
    Clustering {
        clusters: ids.len(),
        labels,
        core,
    }
}

/// What a cluster holds, for tables and maps.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSummary {
    /// Cluster id (the label).
    pub id: u32,
    /// Incidents in it.
    pub size: usize,
    /// Sum of the low death figures (unknown counts as 0).
    pub deaths_low: u64,
    /// Sum of the high death figures (a floor counts as its low figure).
    pub deaths_high: u64,
    /// Mean deaths per incident (midpoint of each range).
    pub mean_deaths: f64,
    /// First and last date.
    pub first: Option<NaiveDate>,
    /// Last date.
    pub last: Option<NaiveDate>,
    /// Centroid on the sphere.
    pub centroid: crate::coords::LatLon,
    /// The most frequent places, most frequent first (at most 3).
    pub main_places: Vec<String>,
    /// The most frequent actors (at most 3).
    pub main_actors: Vec<String>,
    /// Convex hull of the incidents (lon/lat), for mapping.
    pub hull: Polygon<f64>,
}

fn top(counts: HashMap<Name, usize>, k: usize) -> Vec<String> {
    let mut v: Vec<(Name, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.into_iter().take(k).map(|(s, _)| s.to_string()).collect()
}

/// DBSCAN over incidents (indexed here, with their date midpoints when
/// `p.days` asks for space-time clusters) and the summaries of the
/// clusters: what `sahel cluster`, `sahel map --clusters` and `report` use.
/// Incidents placed only to their region are left out (noise).
///
/// ```
/// use sahel::cluster::{cluster_incidents, Params};
/// use sahel::model::*;
/// let at = |id: &str, lat: f64, lon: f64| Incident {
///     id: id.into(), date: None, event_type: EventType::Attack, actors: vec![],
///     fatalities: Casualties::exact(2), wounded: Casualties::unknown(), sources: vec![], notes: vec![],
///     location: Some(Location { lat, lon, precision: LocationPrecision::Exact, uncertainty_km: 1.0,
///         name_written: id.into(), name_resolved: None, region: None, cercle: None,
///         region_current: None, cercle_current: None, country: Some("ML".into()) }),
/// };
/// // Three attacks around Mopti within a few km, one at Gao.
/// let list = [at("a", 14.48, -4.18), at("b", 14.50, -4.20), at("c", 14.47, -4.15), at("d", 16.27, -0.05)];
/// let (c, summaries) = cluster_incidents(&list, &Params { eps_km: 10.0, min_points: 3, days: None }).unwrap();
/// assert_eq!(c.labels, [Some(0), Some(0), Some(0), None]);
/// assert_eq!((summaries[0].size, summaries[0].deaths_low), (3, 6));
/// ```
pub fn cluster_incidents(
    incidents: &[Incident],
    p: &Params,
) -> Result<(Clustering, Vec<ClusterSummary>)> {
    cluster_incidents_with(incidents, p, false)
}

/// [`cluster_incidents`], with incidents placed only to their region
/// ([`crate::index::placed_only_to_region`]) clustered as points when
/// `include_region_level` is set. Left out, they are noise: a region's
/// centre is not where they happened, and several of them there would make
/// a cluster of their own.
pub fn cluster_incidents_with(
    incidents: &[Incident],
    p: &Params,
    include_region_level: bool,
) -> Result<(Clustering, Vec<ClusterSummary>)> {
    let (c, s, _) = cluster_by(incidents, &Method::Dbscan(p.clone()), include_region_level)?;
    Ok((c, s))
}

/// Clusters incidents by `method`, leaving out those placed only to their
/// region unless `include_region_level`; returns the labels, the summaries
/// and the method as run (HDBSCAN's parameters filled in when they were
/// chosen from the data, for the caller to print).
///
/// ```
/// use sahel::cluster::{cluster_by, Method};
/// use sahel::gazetteer::Gazetteer;
/// let inc = sahel::report::example_incidents(Gazetteer::embedded());
/// let (c, _, used) = cluster_by(&inc, &Method::default(), false).unwrap();
/// assert_eq!(c.labels.len(), inc.len());
/// assert!(used.to_string().starts_with("HDBSCAN, clusters of at least 5 incidents"));
/// ```
pub fn cluster_by(
    incidents: &[Incident],
    method: &Method,
    include_region_level: bool,
) -> Result<(Clustering, Vec<ClusterSummary>, Method)> {
    let counted = |i: &Incident| include_region_level || !crate::index::placed_only_to_region(i);
    let (c, used) = match method {
        Method::Dbscan(p) => {
            let idx = SpatialIndex::from_incidents_where(incidents, counted);
            let dates: Option<Vec<Option<NaiveDate>>> = p.days.map(|_| {
                incidents
                    .iter()
                    .map(|i| i.date.map(|d| d.midpoint()))
                    .collect()
            });
            (dbscan(&idx, dates.as_deref(), p)?, method.clone())
        }
        Method::Hdbscan(p) => {
            let points: Vec<Option<crate::coords::LatLon>> = incidents
                .iter()
                .map(|i| {
                    i.location
                        .as_ref()
                        .filter(|_| counted(i))
                        .map(|l| crate::coords::LatLon::new(l.lat, l.lon))
                })
                .collect();
            let p = p.resolve(points.iter().flatten().count());
            (
                hdbscan::hdbscan(&points, &p)?,
                Method::Hdbscan(hdbscan::HdbscanChoice::fixed(p)),
            )
        }
    };
    let summaries = summarize(incidents, &c);
    Ok((c, summaries, used))
}

/// Summaries of the clusters, largest first.
pub fn summarize(incidents: &[Incident], c: &Clustering) -> Vec<ClusterSummary> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); c.clusters];
    for (i, l) in c.labels.iter().enumerate() {
        if let Some(l) = l {
            members[*l as usize].push(i);
        }
    }
    let mut out: Vec<ClusterSummary> = members
        .into_iter()
        .enumerate()
        .filter(|(_, m)| !m.is_empty())
        .map(|(id, m)| {
            let mut places = HashMap::new();
            let mut actors = HashMap::new();
            let (mut lo, mut hi, mut best) = (0u64, 0u64, 0.0);
            let (mut first, mut last): (Option<NaiveDate>, Option<NaiveDate>) = (None, None);
            let mut v = [0.0f64; 3];
            let mut pts = Vec::new();
            for &i in &m {
                let inc = &incidents[i];
                lo += inc.fatalities.low.unwrap_or(0) as u64;
                hi += inc.fatalities.high.or(inc.fatalities.low).unwrap_or(0) as u64;
                best += inc.fatalities.best();
                if let Some(d) = inc.date {
                    first = Some(first.map_or(d.start, |f| f.min(d.start)));
                    last = Some(last.map_or(d.end, |l| l.max(d.end)));
                }
                if let Some(l) = &inc.location {
                    *places
                        .entry(l.name_resolved.clone().unwrap_or(l.name_written.clone()))
                        .or_insert(0) += 1;
                    let u = crate::index::unit_vector(l.lat, l.lon);
                    for k in 0..3 {
                        v[k] += u[k];
                    }
                    pts.push(Point::new(l.lon, l.lat));
                }
                for a in &inc.actors {
                    *actors.entry(a.name.clone()).or_insert(0) += 1;
                }
            }
            let norm = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt().max(1e-300);
            let centroid = crate::coords::LatLon::new(
                (v[2] / norm).asin().to_degrees(),
                v[1].atan2(v[0]).to_degrees(),
            );
            ClusterSummary {
                id: id as u32,
                size: m.len(),
                deaths_low: lo,
                deaths_high: hi,
                mean_deaths: best / m.len() as f64,
                first,
                last,
                centroid,
                main_places: top(places, 3),
                main_actors: top(actors, 3),
                hull: MultiPoint(pts).convex_hull(),
            }
        })
        .collect();
    out.sort_by(|a, b| b.size.cmp(&a.size).then(a.id.cmp(&b.id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodesy::distance_km;
    use proptest::prelude::*;

    #[test]
    fn incidents_cluster_in_space_or_in_space_and_time() {
        use crate::model::*;
        let at = |day: u32| {
            let mut i = crate::testing::incidents().remove(0);
            i.date = Some(IncidentDate::day(
                NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Duration::days(day as i64),
            ));
            i
        };
        // The same place, 100 days apart.
        let list = vec![at(0), at(100)];
        let mut p = Params {
            eps_km: 10.0,
            min_points: 2,
            days: None,
        };
        let (c, s) = cluster_incidents(&list, &p).unwrap();
        assert_eq!((c.clusters, s.len(), s[0].size), (1, 1, 2));
        p.days = Some(30.0);
        let (c, s) = cluster_incidents(&list, &p).unwrap();
        assert_eq!((c.clusters, s.len()), (0, 0));
        assert!(c.labels.iter().all(Option::is_none));
    }

    /// Textbook DBSCAN on a distance matrix, for comparison.
    fn reference(pts: &[(f64, f64)], eps: f64, min: usize) -> (Vec<Option<u32>>, Vec<bool>) {
        let n = pts.len();
        let nb: Vec<Vec<usize>> = (0..n)
            .map(|i| {
                (0..n)
                    .filter(|&j| distance_km(pts[i].0, pts[i].1, pts[j].0, pts[j].1) <= eps)
                    .collect()
            })
            .collect();
        let core: Vec<bool> = nb.iter().map(|v| v.len() >= min).collect();
        let mut labels = vec![None; n];
        let mut c = 0;
        for i in 0..n {
            if !core[i] || labels[i].is_some() {
                continue;
            }
            let mut stack = vec![i];
            labels[i] = Some(c);
            while let Some(q) = stack.pop() {
                if !core[q] {
                    continue;
                }
                for &j in &nb[q] {
                    if labels[j].is_none() {
                        labels[j] = Some(c);
                        stack.push(j);
                    }
                }
            }
            c += 1;
        }
        (labels, core)
    }

    fn latlons(pts: &[(f64, f64)]) -> Vec<crate::coords::LatLon> {
        pts.iter()
            .map(|&(lat, lon)| crate::coords::LatLon::new(lat, lon))
            .collect()
    }

    fn pts_strategy() -> impl Strategy<Value = Vec<(f64, f64)>> {
        // Points around a few centres, so that clusters form.
        prop::collection::vec((0usize..4, -0.3f64..0.3, -0.3f64..0.3), 1..150).prop_map(|v| {
            let centres = [(14.48, -4.18), (12.65, -8.0), (16.27, -0.04), (20.2, 1.0)];
            v.into_iter()
                .map(|(c, a, b)| (centres[c].0 + a, centres[c].1 + b))
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100))]
        #[test]
        fn labels_equal_a_brute_force_dbscan(pts in pts_strategy(), eps in 1.0f64..30.0, min in 1usize..6) {
            let idx = SpatialIndex::from_points(&latlons(&pts));
            let p = Params { eps_km: eps, min_points: min, days: None };
            let tree = dbscan(&idx, None, &p).unwrap();
            let got = dbscan_grid(&idx, &p);
            // The two algorithms agree on core points and noise.
            prop_assert_eq!(&tree.core, &got.core);
            prop_assert_eq!(tree.clusters, got.clusters);
            let noise = |c: &Clustering| c.labels.iter().map(Option::is_none).collect::<Vec<_>>();
            prop_assert_eq!(noise(&tree), noise(&got));
            let (want, want_core) = reference(&pts, eps, min);
            prop_assert_eq!(&got.core, &want_core);
            // Same partition of the core points, up to renumbering.
            let mut map: HashMap<u32, u32> = HashMap::new();
            for i in 0..pts.len() {
                if want_core[i] {
                    let (g, w) = (got.labels[i].unwrap(), want[i].unwrap());
                    prop_assert_eq!(*map.entry(g).or_insert(w), w);
                }
            }
            prop_assert_eq!(got.clusters, map.len());
            // Noise is the same; a border point belongs to a cluster with a
            // core point within eps (which one may differ).
            for i in 0..pts.len() {
                prop_assert_eq!(got.labels[i].is_none(), want[i].is_none());
                if let (Some(g), false) = (got.labels[i], want_core[i]) {
                    let ok = (0..pts.len()).any(|j| want_core[j] && got.labels[j] == Some(g) && distance_km(pts[i].0, pts[i].1, pts[j].0, pts[j].1) <= eps);
                    prop_assert!(ok);
                }
            }
        }
    }

    #[test]
    fn space_time_splits_by_date() {
        let pts = [
            (14.48, -4.18),
            (14.49, -4.19),
            (14.50, -4.17),
            (14.48, -4.18),
            (14.49, -4.19),
            (14.50, -4.17),
        ];
        let d = |m: u32| Some(NaiveDate::from_ymd_opt(2024, m, 1).unwrap());
        let dates = [d(1), d(1), d(1), d(6), d(6), None];
        let idx = SpatialIndex::from_points(&latlons(&pts));
        let space = dbscan(
            &idx,
            None,
            &Params {
                eps_km: 5.0,
                min_points: 2,
                days: None,
            },
        )
        .unwrap();
        assert_eq!(space.clusters, 1);
        let st = dbscan(
            &idx,
            Some(&dates),
            &Params {
                eps_km: 5.0,
                min_points: 2,
                days: Some(30.0),
            },
        )
        .unwrap();
        assert_eq!(st.clusters, 2);
        assert_eq!(st.labels[5], None, "no date: noise in space-time mode");
        assert_ne!(st.labels[0], st.labels[3]);
    }

    #[test]
    fn bad_parameters_are_errors() {
        let idx = SpatialIndex::from_points(&[crate::coords::LatLon::new(14.0, -4.0)]);
        for p in [
            Params {
                eps_km: 0.0,
                min_points: 2,
                days: None,
            },
            Params {
                eps_km: -1.0,
                min_points: 2,
                days: None,
            },
            Params {
                eps_km: f64::NAN,
                min_points: 2,
                days: None,
            },
            Params {
                eps_km: 5.0,
                min_points: 0,
                days: None,
            },
            Params {
                eps_km: 5e6,
                min_points: 2,
                days: None,
            },
        ] {
            assert!(dbscan(&idx, None, &p).is_err(), "{p:?}");
        }
        assert!(dbscan(
            &idx,
            None,
            &Params {
                eps_km: 5.0,
                min_points: 2,
                days: Some(3.0)
            }
        )
        .is_err());
    }
}
