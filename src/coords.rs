//! Coordinates with their names: a point as latitude and longitude, and a
//! box as its west, south, east and north edges. sahel's texts give
//! latitude first; GeoJSON, plotting and geo's `Point` give longitude
//! first. Named fields keep the two orders from being confused.
//!
//! ```
//! use sahel::coords::{BBox, LatLon};
//! let gao = LatLon::new(16.27, -0.05);
//! let mali: BBox = "-12.6,9.9,4.6,25.3".parse().unwrap();
//! assert!(mali.contains(gao));
//! assert_eq!(geo::Point::from(gao).x(), -0.05);
//! ```

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A point in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct LatLon {
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
}

impl LatLon {
    /// The point at `lat`, `lon`.
    pub const fn new(lat: f64, lon: f64) -> LatLon {
        LatLon { lat, lon }
    }

    /// Great-circle distance to `other`, km.
    ///
    /// ```
    /// use sahel::coords::LatLon;
    /// let d = LatLon::new(12.65, -8.0).distance_km(LatLon::new(16.27, -0.05));
    /// assert!((d - 960.0).abs() < 30.0);
    /// ```
    pub fn distance_km(self, other: LatLon) -> f64 {
        crate::geodesy::distance_km(self.lat, self.lon, other.lat, other.lon)
    }
}

impl From<LatLon> for geo::Point<f64> {
    fn from(p: LatLon) -> geo::Point<f64> {
        geo::Point::new(p.lon, p.lat)
    }
}

impl From<geo::Point<f64>> for LatLon {
    fn from(p: geo::Point<f64>) -> LatLon {
        LatLon::new(p.y(), p.x())
    }
}

/// A box in degrees, by its edges (GeoJSON's bbox order: west, south,
/// east, north).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BBox {
    /// Western edge, degrees east.
    pub min_lon: f64,
    /// Southern edge, degrees north.
    pub min_lat: f64,
    /// Eastern edge, degrees east.
    pub max_lon: f64,
    /// Northern edge, degrees north.
    pub max_lat: f64,
}

impl BBox {
    /// The box with these edges.
    pub const fn new(min_lon: f64, min_lat: f64, max_lon: f64, max_lat: f64) -> BBox {
        BBox {
            min_lon,
            min_lat,
            max_lon,
            max_lat,
        }
    }

    /// Width, degrees of longitude.
    pub fn width(&self) -> f64 {
        self.max_lon - self.min_lon
    }

    /// Height, degrees of latitude.
    pub fn height(&self) -> f64 {
        self.max_lat - self.min_lat
    }

    /// Whether `p` is inside or on an edge.
    pub fn contains(&self, p: LatLon) -> bool {
        (self.min_lon..=self.max_lon).contains(&p.lon)
            && (self.min_lat..=self.max_lat).contains(&p.lat)
    }

    /// The smallest box holding both.
    ///
    /// ```
    /// use sahel::coords::BBox;
    /// let u = BBox::new(0.0, 0.0, 1.0, 1.0).union(&BBox::new(2.0, -1.0, 3.0, 0.5));
    /// assert_eq!(u, BBox::new(0.0, -1.0, 3.0, 1.0));
    /// ```
    pub fn union(&self, other: &BBox) -> BBox {
        BBox::new(
            self.min_lon.min(other.min_lon),
            self.min_lat.min(other.min_lat),
            self.max_lon.max(other.max_lon),
            self.max_lat.max(other.max_lat),
        )
    }

    /// The box grown by `deg` degrees on every side.
    pub fn grown(&self, deg: f64) -> BBox {
        BBox::new(
            self.min_lon - deg,
            self.min_lat - deg,
            self.max_lon + deg,
            self.max_lat + deg,
        )
    }
}

impl fmt::Display for BBox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{},{},{},{}",
            self.min_lon, self.min_lat, self.max_lon, self.max_lat
        )
    }
}

/// Why a text is not a box.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BBoxError {
    /// Not four numbers separated by commas.
    #[error("{0:?}: expected min_lon,min_lat,max_lon,max_lat")]
    Syntax(String),
    /// Four numbers, but not a box on the Earth with min < max.
    #[error("{0:?}: expected min_lon,min_lat,max_lon,max_lat with min < max, in degrees")]
    Edges(String),
}

impl FromStr for BBox {
    type Err = BBoxError;

    /// `min_lon,min_lat,max_lon,max_lat`, as GDAL's `-spat` and QGIS's
    /// extent give it.
    fn from_str(s: &str) -> Result<BBox, BBoxError> {
        let v: Vec<f64> = s
            .split(',')
            .map(|x| x.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| BBoxError::Syntax(s.to_string()))?;
        let [w, south, e, n] = v[..] else {
            return Err(BBoxError::Edges(s.to_string()));
        };
        if w >= e || south >= n || south < -90.0 || n > 90.0 || w < -180.0 || e > 180.0 {
            return Err(BBoxError::Edges(s.to_string()));
        }
        Ok(BBox::new(w, south, e, n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_parse_in_geojson_order_and_refuse_inverted_edges() {
        let b: BBox = "-5, 13, -1, 16".parse().unwrap();
        assert_eq!(b, BBox::new(-5.0, 13.0, -1.0, 16.0));
        assert!(b.contains(LatLon::new(14.48, -4.18)), "Mopti");
        assert!(!b.contains(LatLon::new(16.27, -0.05)), "Gao is east of it");
        assert!(matches!(
            "-1,13,-5,16".parse::<BBox>(),
            Err(BBoxError::Edges(_))
        ));
        assert!(matches!(
            "a,b,c,d".parse::<BBox>(),
            Err(BBoxError::Syntax(_))
        ));
        assert!(matches!("1,2,3".parse::<BBox>(), Err(BBoxError::Edges(_))));
        assert_eq!(b.to_string().parse::<BBox>().unwrap(), b);
    }

    #[test]
    fn points_convert_to_geo_longitude_first() {
        let p: geo::Point<f64> = LatLon::new(16.27, -0.05).into();
        assert_eq!((p.x(), p.y()), (-0.05, 16.27));
        assert_eq!(LatLon::from(p), LatLon::new(16.27, -0.05));
    }
}
