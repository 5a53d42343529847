//! Relative locations: "à 125 km au nord-est de Gao".
//!
//! A French compass direction ([`french_bearing`], the 16 points from
//! "nord" to "nord-nord-ouest") and a distance give an estimated point
//! ([`offset`]) through geo's Haversine destination. The uncertainty radius
//! grows with the distance: a 16-point direction is only good to ±11.25°,
//! and round distances in the news are good to about 10%.
//!
//! ```
//! use sahel::gazetteer::offset::{french_bearing, offset};
//! let b = french_bearing("au nord-est").unwrap();
//! assert_eq!(b, 45.0);
//! let e = offset(16.27167, -0.04472, 125.0, Some(b), 1.0);
//! assert!(e.lat > 16.9 && e.lon > 0.7);           // north-east of Gao
//! assert!(e.uncertainty_km > 20.0 && e.uncertainty_km < 40.0);
//! ```

use crate::fold::fold;
use crate::geodesy::destination;
use serde::Serialize;

/// An estimated point with its uncertainty.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Estimate {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Radius in km within which the place most likely lies.
    pub uncertainty_km: f64,
}

/// The 16 compass points in French, folded, with their bearings.
const POINTS: [(&str, f64); 16] = [
    ("nord", 0.0),
    ("nordnordest", 22.5),
    ("nordest", 45.0),
    ("estnordest", 67.5),
    ("est", 90.0),
    ("estsudest", 112.5),
    ("sudest", 135.0),
    ("sudsudest", 157.5),
    ("sud", 180.0),
    ("sudsudouest", 202.5),
    ("sudouest", 225.0),
    ("ouestsudouest", 247.5),
    ("ouest", 270.0),
    ("ouestnordouest", 292.5),
    ("nordouest", 315.0),
    ("nordnordouest", 337.5),
];

/// Bearing in degrees of a French compass direction: "nord-est", "au sud",
/// "à l'ouest-nord-ouest", "Nord Est". `None` if it is not one.
pub fn french_bearing(text: &str) -> Option<f64> {
    let key = fold(text);
    // "au nord" → "aunord", "à l'est" → "alest", "l'ouest" → "louest".
    ["", "au", "al", "a", "l"]
        .iter()
        .filter_map(|prefix| key.strip_prefix(prefix))
        .find_map(|rest| POINTS.iter().find(|(k, _)| *k == rest).map(|(_, b)| *b))
}

/// Half the width of a 16-point compass sector, degrees.
pub const SECTOR_HALF_WIDTH_DEG: f64 = 11.25;

/// The point `distance_km` from (lat, lon) in direction `bearing` (degrees),
/// or the reference itself when no direction is given (then the place lies
/// anywhere on a circle of that radius, which is the uncertainty).
/// `reference_uncertainty_km` is how well the reference itself is known.
pub fn offset(
    lat: f64,
    lon: f64,
    distance_km: f64,
    bearing: Option<f64>,
    reference_uncertainty_km: f64,
) -> Estimate {
    let distance_km = distance_km.max(0.0);
    match bearing {
        Some(b) => {
            let (la, lo) = destination(lat, lon, b, distance_km);
            let across = distance_km * SECTOR_HALF_WIDTH_DEG.to_radians().sin();
            let along = 0.1 * distance_km;
            Estimate {
                lat: la,
                lon: lo,
                uncertainty_km: (across * across + along * along).sqrt() + reference_uncertainty_km,
            }
        }
        None => Estimate {
            lat,
            lon,
            uncertainty_km: distance_km * 1.1 + reference_uncertainty_km,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodesy::{bearing_deg, distance_km};

    #[test]
    fn all_sixteen_points_parse() {
        let cases = [
            ("nord", 0.0),
            ("nord-nord-est", 22.5),
            ("Nord-Est", 45.0),
            ("est-nord-est", 67.5),
            ("à l'est", 90.0),
            ("est-sud-est", 112.5),
            ("sud-est", 135.0),
            ("sud-sud-est", 157.5),
            ("au sud", 180.0),
            ("sud-sud-ouest", 202.5),
            ("sud-ouest", 225.0),
            ("ouest-sud-ouest", 247.5),
            ("à l'ouest", 270.0),
            ("ouest-nord-ouest", 292.5),
            ("au nord-ouest", 315.0),
            ("nord-nord-ouest", 337.5),
        ];
        for (t, b) in cases {
            assert_eq!(french_bearing(t), Some(b), "{t}");
        }
        assert_eq!(french_bearing("northeast"), None);
        assert_eq!(french_bearing(""), None);
    }

    #[test]
    fn offset_lands_at_the_stated_distance_and_bearing() {
        let e = offset(16.27167, -0.04472, 125.0, Some(45.0), 1.0);
        let d = distance_km(16.27167, -0.04472, e.lat, e.lon);
        assert!((d - 125.0).abs() < 0.05, "{d}");
        assert!((bearing_deg(16.27167, -0.04472, e.lat, e.lon) - 45.0).abs() < 0.05);
        // The OSM node of Amasrakad lies inside the uncertainty circle.
        let to_osm = distance_km(e.lat, e.lon, 17.0820983, 0.7628297);
        assert!(
            to_osm < e.uncertainty_km,
            "{to_osm} vs {}",
            e.uncertainty_km
        );
    }

    #[test]
    fn uncertainty_grows_with_distance() {
        let near = offset(11.3, -5.7, 30.0, Some(0.0), 1.0);
        let far = offset(11.3, -5.7, 300.0, Some(0.0), 1.0);
        assert!(far.uncertainty_km > 9.0 * (near.uncertainty_km - 1.0));
        let ring = offset(11.3, -5.7, 30.0, None, 1.0);
        assert_eq!((ring.lat, ring.lon), (11.3, -5.7));
        assert!(ring.uncertainty_km >= 30.0);
    }
}
