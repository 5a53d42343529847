//! A spatial index over incidents with exact great-circle queries in km.
//!
//! Points are stored as 3D unit vectors (x = cos φ cos λ, y = cos φ sin λ,
//! z = sin φ) in an rstar R-tree built by bulk loading. The straight-line
//! (chord) distance between two unit vectors grows monotonically with their
//! great-circle distance (chord = 2 sin(d / 2R)), so "within d km" is
//! "within that chord": exact, with no degree approximation (a degree of
//! longitude is 108 km at Sikasso and 104 km at Tessalit). The R-tree
//! returns candidates within a chord a hair wider; each is then checked with
//! the same Haversine distance a brute-force scan uses, so results match a
//! scan exactly, boundary included.
//!
//! ```
//! use sahel::index::SpatialIndex;
//! use sahel::coords::LatLon;
//! let pts = [LatLon::new(14.4843, -4.18296), LatLon::new(14.49, -4.19), LatLon::new(16.27, -0.04)]; // Mopti, Sévaré-ish, Gao
//! let idx = SpatialIndex::from_points(&pts);
//! let near = idx.within(14.4843, -4.18296, 50.0);
//! assert_eq!(near.iter().map(|h| h.index).collect::<Vec<_>>(), vec![0, 1]);
//! assert_eq!(idx.nearest(16.0, 0.0, 1)[0].index, 2);
//! ```

use crate::coords::{BBox, LatLon};
use crate::geodesy::{distance_km, EARTH_RADIUS_M};
use crate::model::{Incident, LocationPrecision};
use rstar::primitives::GeomWithData;
use rstar::{RTree, AABB};

/// Earth radius in km (geo's mean radius, the one `Haversine` uses).
pub const EARTH_RADIUS_KM: f64 = EARTH_RADIUS_M / 1000.0;

type Entry = GeomWithData<[f64; 3], u32>;

/// The unit vector of a lat/lon point.
pub fn unit_vector(lat: f64, lon: f64) -> [f64; 3] {
    let (phi, lam) = (lat.to_radians(), lon.to_radians());
    [phi.cos() * lam.cos(), phi.cos() * lam.sin(), phi.sin()]
}

/// The chord length (on the unit sphere) of a great-circle distance in km.
pub fn chord_of_km(km: f64) -> f64 {
    let angle = (km / EARTH_RADIUS_KM).min(std::f64::consts::PI);
    2.0 * (angle / 2.0).sin()
}

/// A point found by a query, with its great-circle distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index of the point in the input order.
    pub index: usize,
    /// Great-circle distance from the query point, km.
    pub distance_km: f64,
}

/// Whether an incident is placed only to its region ("dans la région de
/// Mopti", UCDP precision 4 to 6): its point is the region's centre and
/// its uncertainty up to a few hundred km, so it answers no km question
/// as an exact point would.
pub fn placed_only_to_region(i: &Incident) -> bool {
    i.location
        .as_ref()
        .is_some_and(|l| l.precision == LocationPrecision::Region)
}

/// The incidents placed only to their region whose uncertainty circle
/// reaches within `km` of the point, nearest first, with the distance of
/// their (region-centre) point: the ones a radius query may concern but
/// cannot place inside it.
pub fn region_level_overlapping(incidents: &[Incident], lat: f64, lon: f64, km: f64) -> Vec<Hit> {
    let mut out: Vec<Hit> = incidents
        .iter()
        .enumerate()
        .filter(|(_, i)| placed_only_to_region(i))
        .filter_map(|(index, i)| {
            let l = i.location.as_ref()?;
            let d = distance_km(lat, lon, l.lat, l.lon);
            (d - l.uncertainty_km <= km).then_some(Hit {
                index,
                distance_km: d,
            })
        })
        .collect();
    out.sort_by(|a, b| a.distance_km.total_cmp(&b.distance_km));
    out
}

/// The R-tree over points (and, for incidents, the points' coordinates).
pub struct SpatialIndex {
    tree: RTree<Entry>,
    points: Vec<LatLon>,
}

impl SpatialIndex {
    /// Bulk-loads an index over points.
    pub fn from_points(points: &[LatLon]) -> SpatialIndex {
        let entries: Vec<Entry> = points
            .iter()
            .enumerate()
            .map(|(i, p)| GeomWithData::new(unit_vector(p.lat, p.lon), i as u32))
            .collect();
        SpatialIndex {
            tree: RTree::bulk_load(entries),
            points: points.to_vec(),
        }
    }

    /// Bulk-loads an index over the incidents that have a location (their
    /// position in `incidents` is the hit index).
    pub fn from_incidents(incidents: &[Incident]) -> SpatialIndex {
        SpatialIndex::from_incidents_where(incidents, |_| true)
    }

    /// [`SpatialIndex::from_incidents`] over the located incidents that
    /// `keep` accepts; the others are left out as if they had no place
    /// (hit indexes stay positions in `incidents`).
    ///
    /// ```
    /// use sahel::index::{placed_only_to_region, SpatialIndex};
    /// let idx = SpatialIndex::from_incidents_where(&[], |i| !placed_only_to_region(i));
    /// assert!(idx.is_empty());
    /// ```
    pub fn from_incidents_where(
        incidents: &[Incident],
        keep: impl Fn(&Incident) -> bool,
    ) -> SpatialIndex {
        fn located<'a>(
            i: &'a Incident,
            keep: &impl Fn(&Incident) -> bool,
        ) -> Option<&'a crate::model::Location> {
            i.location.as_ref().filter(|_| keep(i))
        }
        let entries: Vec<Entry> = incidents
            .iter()
            .enumerate()
            .filter_map(|(i, inc)| {
                located(inc, &keep).map(|l| GeomWithData::new(unit_vector(l.lat, l.lon), i as u32))
            })
            .collect();
        let points = incidents
            .iter()
            .map(|i| {
                located(i, &keep).map_or(LatLon::new(f64::NAN, f64::NAN), |l| {
                    LatLon::new(l.lat, l.lon)
                })
            })
            .collect();
        SpatialIndex {
            tree: RTree::bulk_load(entries),
            points,
        }
    }

    /// Number of indexed points.
    pub fn len(&self) -> usize {
        self.tree.size()
    }

    /// Number of input positions (incidents without a location included).
    pub fn point_count(&self) -> usize {
        self.points.len()
    }

    /// Coordinates of input position `i`, if it has any.
    pub fn point(&self, i: usize) -> Option<LatLon> {
        self.points
            .get(i)
            .copied()
            .filter(|p| p.lat.is_finite() && p.lon.is_finite())
    }

    /// Whether input position `i` has coordinates.
    pub fn has_point(&self, i: usize) -> bool {
        self.points
            .get(i)
            .is_some_and(|p| p.lat.is_finite() && p.lon.is_finite())
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.tree.size() == 0
    }

    /// Every point within `km` (great circle) of (lat, lon), nearest first.
    pub fn within(&self, lat: f64, lon: f64, km: f64) -> Vec<Hit> {
        let q = unit_vector(lat, lon);
        // A hair wider than the exact chord: candidates on the boundary are
        // decided by the Haversine check below, as a scan would.
        let c = chord_of_km(km) * (1.0 + 1e-9) + 1e-12;
        let mut out: Vec<Hit> = self
            .tree
            .locate_within_distance(q, c * c)
            .filter_map(|e| {
                let i = e.data as usize;
                let LatLon { lat: la, lon: lo } = self.points[i];
                let d = distance_km(lat, lon, la, lo);
                (d <= km).then_some(Hit {
                    index: i,
                    distance_km: d,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            a.distance_km
                .total_cmp(&b.distance_km)
                .then(a.index.cmp(&b.index))
        });
        out
    }

    /// Indexes (unsorted) of the points within `km` of point `i`: the
    /// neighbourhood query of DBSCAN, which needs no distances.
    pub fn neighbours_of(&self, i: usize, km: f64, out: &mut Vec<usize>) {
        out.clear();
        let LatLon { lat, lon } = self.points[i];
        let q = unit_vector(lat, lon);
        let c = chord_of_km(km);
        let c2 = c * c;
        // Clearly inside or outside by chord; only points within a hair of
        // the boundary get the Haversine check that a scan would make.
        let (sure_in, sure_out) = (c2 * (1.0 - 1e-9), c2 * (1.0 + 1e-9));
        for e in self.tree.locate_within_distance(q, sure_out + 1e-24) {
            let v = e.geom();
            let d2 = (v[0] - q[0]).powi(2) + (v[1] - q[1]).powi(2) + (v[2] - q[2]).powi(2);
            let j = e.data as usize;
            if d2 <= sure_in {
                out.push(j);
            } else if d2 <= sure_out {
                let LatLon { lat: la, lon: lo } = self.points[j];
                if distance_km(lat, lon, la, lo) <= km {
                    out.push(j);
                }
            }
        }
    }

    /// The `k` points nearest to (lat, lon), nearest first.
    pub fn nearest(&self, lat: f64, lon: f64, k: usize) -> Vec<Hit> {
        let q = unit_vector(lat, lon);
        self.tree
            .nearest_neighbor_iter(&q)
            .take(k)
            .map(|e| {
                let i = e.data as usize;
                let LatLon { lat: la, lon: lo } = self.points[i];
                Hit {
                    index: i,
                    distance_km: distance_km(lat, lon, la, lo),
                }
            })
            .collect()
    }

    /// Every point inside a box, in index order. The box must not cross
    /// the antimeridian.
    pub fn in_bbox(&self, b: &BBox) -> Vec<usize> {
        let BBox {
            min_lon,
            min_lat,
            max_lon,
            max_lat,
        } = *b;
        // The 3D box that contains the lat/lon box: its corners and, where
        // the box spans them, the extreme points of its edges.
        let mut lo = [f64::MAX; 3];
        let mut hi = [f64::MIN; 3];
        let mut add = |la: f64, ln: f64| {
            let v = unit_vector(la, ln);
            for k in 0..3 {
                lo[k] = lo[k].min(v[k]);
                hi[k] = hi[k].max(v[k]);
            }
        };
        let steps = 16;
        for s in 0..=steps {
            let t = s as f64 / steps as f64;
            let ln = min_lon + (max_lon - min_lon) * t;
            let la = min_lat + (max_lat - min_lat) * t;
            add(min_lat, ln);
            add(max_lat, ln);
            add(la, min_lon);
            add(la, max_lon);
        }
        // Sampling the edges can miss a bulge between samples: widen a little.
        let pad = 1e-3;
        let aabb = AABB::from_corners(
            [lo[0] - pad, lo[1] - pad, lo[2] - pad],
            [hi[0] + pad, hi[1] + pad, hi[2] + pad],
        );
        let mut out: Vec<usize> = self
            .tree
            .locate_in_envelope(&aabb)
            .map(|e| e.data as usize)
            .filter(|&i| {
                let LatLon { lat: la, lon: ln } = self.points[i];
                la >= min_lat && la <= max_lat && ln >= min_lon && ln <= max_lon
            })
            .collect();
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn brute_within(pts: &[LatLon], lat: f64, lon: f64, km: f64) -> Vec<usize> {
        let mut v: Vec<(f64, usize)> = pts
            .iter()
            .enumerate()
            .map(|(i, p)| (distance_km(lat, lon, p.lat, p.lon), i))
            .filter(|(d, _)| *d <= km)
            .collect();
        v.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        v.into_iter().map(|(_, i)| i).collect()
    }

    fn mali_point() -> impl Strategy<Value = LatLon> {
        // Mali's extent, from the far south to the far north.
        (10.0f64..25.0, -12.3f64..4.3).prop_map(|(lat, lon)| LatLon::new(lat, lon))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn within_equals_a_haversine_scan(pts in prop::collection::vec(mali_point(), 1..300), q in mali_point(), km in 0.5f64..800.0) {
            let idx = SpatialIndex::from_points(&pts);
            let got: Vec<usize> = idx.within(q.lat, q.lon, km).into_iter().map(|h| h.index).collect();
            prop_assert_eq!(got, brute_within(&pts, q.lat, q.lon, km));
        }

        #[test]
        fn the_radius_boundary_is_exact(pts in prop::collection::vec(mali_point(), 2..100), q in 0usize..100) {
            // Query with a radius equal to the distance of an existing point:
            // that point is on the boundary and must be included, as in a scan.
            let idx = SpatialIndex::from_points(&pts);
            let LatLon { lat: a, lon: b } = pts[0];
            let target = pts[q % pts.len()];
            let km = distance_km(a, b, target.lat, target.lon);
            let got: Vec<usize> = idx.within(a, b, km).into_iter().map(|h| h.index).collect();
            prop_assert_eq!(&got, &brute_within(&pts, a, b, km));
            prop_assert!(got.contains(&(q % pts.len())));
        }

        #[test]
        fn nearest_equals_a_scan(pts in prop::collection::vec(mali_point(), 1..200), q in mali_point(), k in 1usize..10) {
            let idx = SpatialIndex::from_points(&pts);
            let got: Vec<f64> = idx.nearest(q.lat, q.lon, k).into_iter().map(|h| h.distance_km).collect();
            let mut all: Vec<f64> = pts.iter().map(|p| distance_km(q.lat, q.lon, p.lat, p.lon)).collect();
            all.sort_by(|a, b| a.total_cmp(b));
            all.truncate(k);
            prop_assert_eq!(got.len(), all.len());
            for (g, w) in got.iter().zip(&all) {
                prop_assert!((g - w).abs() < 1e-6, "{} vs {}", g, w);
            }
        }

        #[test]
        fn bbox_equals_a_scan(pts in prop::collection::vec(mali_point(), 1..300), a in mali_point(), b in mali_point()) {
            let (min_lat, max_lat) = (a.lat.min(b.lat), a.lat.max(b.lat));
            let (min_lon, max_lon) = (a.lon.min(b.lon), a.lon.max(b.lon));
            let idx = SpatialIndex::from_points(&pts);
            let want: Vec<usize> = (0..pts.len()).filter(|&i| pts[i].lat >= min_lat && pts[i].lat <= max_lat && pts[i].lon >= min_lon && pts[i].lon <= max_lon).collect();
            prop_assert_eq!(idx.in_bbox(&BBox::new(min_lon, min_lat, max_lon, max_lat)), want);
        }
    }

    #[test]
    fn chord_is_monotonic_and_matches_small_distances() {
        assert!((chord_of_km(1.0) * EARTH_RADIUS_KM - 1.0).abs() < 1e-6);
        let mut prev = 0.0;
        for km in [0.0, 1.0, 10.0, 100.0, 1000.0, 10000.0, 20000.0] {
            let c = chord_of_km(km);
            assert!(c >= prev);
            prev = c;
        }
    }
}
