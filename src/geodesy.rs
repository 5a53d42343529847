//! Great-circle helpers in kilometres, on top of geo's `Haversine`.
//!
//! ```
//! use sahel::geodesy::distance_km;
//! // Bamako to Gao is about 970 km as the crow flies.
//! let d = distance_km(12.65, -8.0, 16.27167, -0.04472);
//! assert!((d - 960.0).abs() < 30.0, "{d}");
//! ```

use crate::coords::LatLon;
use geo::{Bearing, Destination, Distance, Haversine, Point};

/// Mean Earth radius used by geo's `Haversine` (metres).
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle distance in km between two lat/lon points.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    Haversine.distance(Point::new(lon1, lat1), Point::new(lon2, lat2)) / 1000.0
}

/// Initial bearing in degrees (0 = north, clockwise) from the first point to
/// the second.
pub fn bearing_deg(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    Haversine.bearing(Point::new(lon1, lat1), Point::new(lon2, lat2))
}

/// The point `distance_km` away from (lat, lon) on `bearing` degrees.
///
/// ```
/// // "À 125 km au nord-est de Gao".
/// let p = sahel::geodesy::destination(16.27, -0.05, 45.0, 125.0);
/// assert!(p.lat > 16.27 && p.lon > -0.05);
/// assert!((sahel::geodesy::distance_km(16.27, -0.05, p.lat, p.lon) - 125.0).abs() < 0.01);
/// ```
pub fn destination(lat: f64, lon: f64, bearing: f64, distance_km: f64) -> LatLon {
    Haversine
        .destination(Point::new(lon, lat), bearing, distance_km * 1000.0)
        .into()
}

/// `x` rounded to `digits` decimals (coordinates in outputs: 5 decimals is
/// about a metre, 3 about 100 m).
pub fn round_to(x: f64, digits: i32) -> f64 {
    let f = 10f64.powi(digits);
    (x * f).round() / f
}

/// Bamako, the reference point of distance-to-capital figures.
pub const BAMAKO: LatLon = LatLon::new(12.65, -8.0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destination_and_distance_agree() {
        let LatLon { lat, lon } = destination(16.27167, -0.04472, 45.0, 125.0);
        let back = distance_km(16.27167, -0.04472, lat, lon);
        assert!((back - 125.0).abs() < 0.01, "{back}");
        let b = bearing_deg(16.27167, -0.04472, lat, lon);
        assert!((b - 45.0).abs() < 0.01, "{b}");
        assert!(lat > 16.27167 && lon > -0.04472, "north-east of Gao");
    }

    #[test]
    fn a_degree_of_longitude_shrinks_northwards() {
        let south = distance_km(11.3, -5.7, 11.3, -4.7);
        let north = distance_km(20.2, 1.0, 20.2, 2.0);
        assert!(south > 108.0 && south < 110.0, "{south}");
        assert!(north > 103.5 && north < 105.0, "{north}");
    }
}
