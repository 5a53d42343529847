//! HDBSCAN over great-circle distance: clusters of varying density that do
//! not chain.
//!
//! DBSCAN with one radius joins any two groups that a line of incidents
//! `eps` apart links: on a dense national file (ACLED's Mali, say) most of
//! the incidents end up in one cluster. HDBSCAN builds the whole hierarchy
//! of density levels and keeps the clusters that persist longest, so a
//! sparse chain between two hot spots stays noise.
//!
//! The `hdbscan-rs` crate does the work (its dual-tree Borůvka spanning
//! tree follows scikit-learn's HDBSCAN). It is given each point as a 3D
//! unit vector: the straight-line (chord) distance between two unit vectors
//! grows with the great-circle distance, so neighbours, core distances and
//! the spanning tree are those of great-circle distance, with no projection
//! and no distortion toward the poles or across 180°.
//!
//! ```
//! use sahel::cluster::hdbscan::{hdbscan, HdbscanParams};
//! use sahel::coords::LatLon;
//! // Ten incidents around Mopti, ten around Gao, one alone in Kayes.
//! let mut pts: Vec<Option<LatLon>> = Vec::new();
//! for k in 0..10 {
//!     let d = k as f64 * 0.01;
//!     pts.push(Some(LatLon::new(14.49 + d, -4.19 + d)));
//!     pts.push(Some(LatLon::new(16.27 - d, -0.04 + d)));
//! }
//! pts.push(Some(LatLon::new(14.45, -11.44)));
//! pts.push(None); // an incident with no place: noise
//! let c = hdbscan(&pts, &HdbscanParams { min_cluster_size: 5, min_samples: 3 }).unwrap();
//! assert_eq!(c.clusters, 2);
//! assert_ne!(c.labels[0], c.labels[1], "Mopti and Gao apart");
//! assert_eq!((c.labels[20], c.labels[21]), (None, None));
//! ```

use super::{Clustering, Error, Result};
use crate::coords::LatLon;
use crate::index::unit_vector;

/// HDBSCAN parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HdbscanParams {
    /// Incidents a group needs to count as a cluster.
    pub min_cluster_size: usize,
    /// Neighbours (the incident itself included, as in scikit-learn) whose
    /// distance sets an incident's core distance: higher smooths the
    /// density and calls more incidents noise.
    pub min_samples: usize,
}

impl HdbscanParams {
    /// Parameters chosen from the number of incidents clustered: a cluster
    /// needs about half the square root of the count (at least 5, at most
    /// 500: 5 for a few dozen incidents, 28 for ACLED's 3,000 Malian
    /// events, 158 for 100,000), and the density is read at the 10th
    /// neighbour (fewer for tiny sets), so that a cluster is a hot spot at
    /// the scale of the map rather than any pair of nearby incidents.
    ///
    /// ```
    /// use sahel::cluster::hdbscan::HdbscanParams;
    /// assert_eq!(HdbscanParams::for_count(11), HdbscanParams { min_cluster_size: 5, min_samples: 5 });
    /// assert_eq!(HdbscanParams::for_count(3268).min_cluster_size, 29);
    /// assert_eq!(HdbscanParams::for_count(1_000_000).min_cluster_size, 500);
    /// ```
    pub fn for_count(n: usize) -> Self {
        HdbscanChoice::default().resolve(n)
    }
}

/// HDBSCAN parameters as the user gives them: each one left out is chosen
/// from the data ([`HdbscanParams::for_count`]; `min_samples` then follows
/// the cluster size, at most 10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HdbscanChoice {
    /// Incidents a cluster needs, or `None` to choose.
    pub min_cluster_size: Option<usize>,
    /// The neighbour that measures density, or `None` to choose.
    pub min_samples: Option<usize>,
}

impl HdbscanChoice {
    /// Both parameters given.
    pub fn fixed(p: HdbscanParams) -> Self {
        HdbscanChoice {
            min_cluster_size: Some(p.min_cluster_size),
            min_samples: Some(p.min_samples),
        }
    }

    /// The parameters for `n` incidents.
    ///
    /// ```
    /// use sahel::cluster::hdbscan::{HdbscanChoice, HdbscanParams};
    /// let c = HdbscanChoice { min_cluster_size: Some(40), min_samples: None };
    /// assert_eq!(c.resolve(100_000), HdbscanParams { min_cluster_size: 40, min_samples: 10 });
    /// assert_eq!(HdbscanChoice::default().resolve(100_000).min_cluster_size, 158);
    /// ```
    pub fn resolve(&self, n: usize) -> HdbscanParams {
        let min_cluster_size = self
            .min_cluster_size
            .unwrap_or_else(|| ((n as f64).sqrt() / 2.0).round().clamp(5.0, 500.0) as usize);
        HdbscanParams {
            min_cluster_size,
            min_samples: self.min_samples.unwrap_or(min_cluster_size.min(10)),
        }
    }
}

impl std::fmt::Display for HdbscanParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "HDBSCAN, clusters of at least {} incidents, density at the {}th neighbour",
            self.min_cluster_size, self.min_samples
        )
    }
}

/// Runs HDBSCAN over the points (`None`, an incident with no place, is
/// noise). Clusters are numbered from 0 in the order the crate gives them;
/// an incident of a cluster is marked `core`.
pub fn hdbscan(points: &[Option<LatLon>], p: &HdbscanParams) -> Result<Clustering> {
    if p.min_cluster_size < 2 {
        return Err(Error::MinClusterSizeTooSmall(p.min_cluster_size));
    }
    if p.min_samples == 0 {
        return Err(Error::MinSamplesZero);
    }
    let placed: Vec<usize> = (0..points.len()).filter(|&i| points[i].is_some()).collect();
    let mut labels: Vec<Option<u32>> = vec![None; points.len()];
    // Too few points for the smallest cluster: all noise, as the crate
    // would say only by refusing.
    if placed.len() < p.min_cluster_size.max(p.min_samples).max(2) {
        return Ok(Clustering {
            core: vec![false; points.len()],
            labels,
            clusters: 0,
        });
    }
    let mut data = ndarray::Array2::<f64>::zeros((placed.len(), 3));
    for (row, &i) in placed.iter().enumerate() {
        let at = points[i].expect("only placed points");
        let u = unit_vector(at.lat, at.lon);
        for (k, v) in u.into_iter().enumerate() {
            data[[row, k]] = v;
        }
    }
    let params = hdbscan_rs::HdbscanParams {
        min_cluster_size: p.min_cluster_size,
        min_samples: Some(p.min_samples),
        ..Default::default()
    };
    let found = hdbscan_rs::Hdbscan::new(params)
        .fit_predict(&data.view())
        .map_err(|e| Error::Hdbscan(e.to_string()))?;
    let mut clusters = 0usize;
    for (row, &l) in found.iter().enumerate() {
        if l >= 0 {
            labels[placed[row]] = Some(l as u32);
            clusters = clusters.max(l as usize + 1);
        }
    }
    let core = labels.iter().map(Option::is_some).collect();
    Ok(Clustering {
        labels,
        core,
        clusters,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> (Vec<Option<LatLon>>, Vec<i64>, Vec<i64>, HdbscanParams) {
        // tests/fixtures/make_hdbscan_fixture.py: four blobs of different
        // density, a sparse chain between two of them and uniform noise,
        // labelled by scikit-learn's HDBSCAN on the same unit vectors.
        let fx: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/hdbscan.json")).unwrap();
        let nums = |k: &str| -> Vec<f64> {
            fx[k]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap())
                .collect()
        };
        let ints = |k: &str| -> Vec<i64> {
            fx[k]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_i64().unwrap())
                .collect()
        };
        let pts = nums("lat")
            .into_iter()
            .zip(nums("lon"))
            .map(|(lat, lon)| Some(LatLon::new(lat, lon)))
            .collect();
        let p = HdbscanParams {
            min_cluster_size: fx["min_cluster_size"].as_u64().unwrap() as usize,
            min_samples: fx["min_samples"].as_u64().unwrap() as usize,
        };
        (pts, ints("sklearn_labels"), ints("blob"), p)
    }

    /// The label most points of generating blob `b` carry.
    fn dominant(labels: &[Option<u32>], blob: &[i64], b: i64) -> Option<u32> {
        let mut m = std::collections::HashMap::new();
        for (l, _) in labels.iter().zip(blob).filter(|(_, &x)| x == b) {
            *m.entry(*l).or_insert(0) += 1;
        }
        m.into_iter().max_by_key(|(_, n)| *n).unwrap().0
    }

    /// The adjusted Rand index of two labellings (noise as its own label).
    fn adjusted_rand(a: &[i64], b: &[i64]) -> f64 {
        use std::collections::HashMap;
        let pairs = |n: f64| n * (n - 1.0) / 2.0;
        let mut both: HashMap<(i64, i64), f64> = HashMap::new();
        let (mut ra, mut rb): (HashMap<i64, f64>, HashMap<i64, f64>) = Default::default();
        for (&x, &y) in a.iter().zip(b) {
            *both.entry((x, y)).or_default() += 1.0;
            *ra.entry(x).or_default() += 1.0;
            *rb.entry(y).or_default() += 1.0;
        }
        let index: f64 = both.values().map(|&n| pairs(n)).sum();
        let sa: f64 = ra.values().map(|&n| pairs(n)).sum();
        let sb: f64 = rb.values().map(|&n| pairs(n)).sum();
        let expected = sa * sb / pairs(a.len() as f64);
        (index - expected) / ((sa + sb) / 2.0 - expected)
    }

    #[test]
    fn agrees_with_scikit_learn_on_the_fixture() {
        let (pts, sklearn, _, p) = fixture();
        let c = hdbscan(&pts, &p).unwrap();
        let ours: Vec<i64> = c.labels.iter().map(|l| l.map_or(-1, i64::from)).collect();
        let ari = adjusted_rand(&ours, &sklearn);
        assert!(ari > 0.95, "adjusted Rand index against scikit-learn {ari}");
        assert_eq!(c.clusters, 4);
    }

    #[test]
    fn a_sparse_chain_does_not_join_two_hot_spots() {
        // DBSCAN at a radius that holds the sparsest blob together follows
        // the chain and merges blobs 2 and 3; HDBSCAN keeps them apart.
        let (pts, _, blob, p) = fixture();
        let c = hdbscan(&pts, &p).unwrap();
        let blobs: Vec<Option<u32>> = (0..4).map(|b| dominant(&c.labels, &blob, b)).collect();
        assert!(blobs.iter().all(Option::is_some), "{blobs:?}");
        let distinct: std::collections::BTreeSet<_> = blobs.iter().collect();
        assert_eq!(
            distinct.len(),
            4,
            "four hot spots, four clusters: {blobs:?}"
        );
        let located: Vec<crate::coords::LatLon> = pts.iter().map(|p| p.unwrap()).collect();
        let idx = crate::index::SpatialIndex::from_points(&located);
        let chained = crate::cluster::dbscan(
            &idx,
            None,
            &crate::cluster::Params {
                eps_km: 40.0,
                min_points: 3,
                days: None,
            },
        )
        .unwrap();
        assert_eq!(
            dominant(&chained.labels, &blob, 2),
            dominant(&chained.labels, &blob, 3),
            "the fixture's chain does bridge the two blobs for DBSCAN"
        );
    }

    #[test]
    fn small_sets_are_noise_and_bad_parameters_are_refused() {
        let pts = vec![Some(LatLon::new(14.0, -4.0)); 3];
        let c = hdbscan(&pts, &HdbscanParams::for_count(3)).unwrap();
        assert_eq!((c.clusters, c.labels), (0, vec![None; 3]));
        let bad = HdbscanParams {
            min_cluster_size: 1,
            min_samples: 1,
        };
        assert!(matches!(
            hdbscan(&pts, &bad),
            Err(Error::MinClusterSizeTooSmall(1))
        ));
    }
}
