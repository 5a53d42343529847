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
            let crate::coords::LatLon { lat: la, lon: lo } = destination(lat, lon, b, distance_km);
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

/// A place name that is an offset from another place: "Gao 50km W",
/// "50 km NE of Ménaka", "à 30 km au nord de Douentza".
#[derive(Debug, Clone, PartialEq)]
pub struct NameOffset {
    /// The reference place as written.
    pub reference: String,
    /// Distance, km.
    pub km: f64,
    /// Bearing in degrees, when a direction is given.
    pub bearing: Option<f64>,
    /// The direction as a compass abbreviation (`N`, `WSW` ...), or
    /// `from` when none is given.
    pub direction: String,
}

/// Bearing of an English or French compass abbreviation (`N`, `NE`, `W`,
/// `O`, `SSO` ...).
fn abbreviation_bearing(dir: &str) -> Option<(f64, String)> {
    let d = dir.to_ascii_uppercase().replace('O', "W");
    const ABBR: [&str; 16] = [
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW",
        "NW", "NNW",
    ];
    ABBR.iter()
        .position(|a| *a == d)
        .map(|i| (i as f64 * 22.5, d.clone()))
}

/// Reads an offset written in a place-name cell: "Gao 50km W",
/// "Douentza 30 km N", "50 km NE of Ménaka", "à 50 km à l'ouest de
/// Douentza". `None` for an ordinary name.
///
/// ```
/// use sahel::gazetteer::offset::parse_name_offset;
/// let o = parse_name_offset("Gao 50km W").unwrap();
/// assert_eq!((o.reference.as_str(), o.km, o.bearing), ("Gao", 50.0, Some(270.0)));
/// let o = parse_name_offset("à 30 km au nord de Douentza").unwrap();
/// assert_eq!((o.reference.as_str(), o.bearing), ("Douentza", Some(0.0)));
/// assert!(parse_name_offset("Ogossagou-Peulh").is_none());
/// ```
pub fn parse_name_offset(name: &str) -> Option<NameOffset> {
    use regex::Regex;
    use std::sync::OnceLock;
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    let after = AFTER.get_or_init(|| {
        Regex::new(r"(?i)^\s*(?P<r>.+?)[\s,(]+(?P<km>\d+(?:[.,]\d+)?)\s*kms?\.?\s*(?P<d>[NSEWO]{1,3})\.?\)?\s*$")
            .expect("regex")
    });
    let before = BEFORE.get_or_init(|| {
        Regex::new(r"(?i)^\s*(?P<km>\d+(?:[.,]\d+)?)\s*kms?\.?\s*(?P<d>[NSEWO]{1,3})\.?\s+(?:of|de|d'|du)\s*(?P<r>.+?)\s*$")
            .expect("regex")
    });
    for re in [after, before] {
        if let Some(c) = re.captures(name) {
            let (bearing, dir) = abbreviation_bearing(&c["d"])?;
            let km: f64 = c["km"].replace(',', ".").parse().ok()?;
            return Some(NameOffset {
                reference: c["r"].trim().to_string(),
                km,
                bearing: Some(bearing),
                direction: dir,
            });
        }
    }
    let r = super::relative::parse_relative(name)?;
    // The phrase must be the whole cell, not part of a longer name.
    if name[..r.span.0].trim().is_empty() && name[r.reference_span.1..].trim().is_empty() {
        let dir = match r.bearing {
            Some(b) => {
                const ABBR: [&str; 16] = [
                    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W",
                    "WNW", "NW", "NNW",
                ];
                ABBR[((b / 22.5).round() as usize) % 16].to_string()
            }
            None => "from".to_string(),
        };
        return Some(NameOffset {
            reference: r.reference.clone(),
            km: r.km,
            bearing: r.bearing,
            direction: dir,
        });
    }
    None
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
    fn offsets_written_as_place_names_are_read() {
        for (cell, r, km, b) in [
            ("Gao 50km W", "Gao", 50.0, 270.0),
            ("Douentza 30km N", "Douentza", 30.0, 0.0),
            ("Ménaka 20 km SO", "Ménaka", 20.0, 225.0),
            ("50 km NE of Tessit", "Tessit", 50.0, 45.0),
            ("à 50 km à l'ouest de Boni", "Boni", 50.0, 270.0),
        ] {
            let o = parse_name_offset(cell).unwrap_or_else(|| panic!("{cell}"));
            assert_eq!(
                (o.reference.as_str(), o.km, o.bearing),
                (r, km, Some(b)),
                "{cell}"
            );
        }
        for plain in ["Gao", "Kel Essouk", "Tin-Essako", "Route Gao-Ansongo"] {
            assert!(parse_name_offset(plain).is_none(), "{plain}");
        }
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
