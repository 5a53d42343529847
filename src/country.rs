//! The three countries of the Central Sahel that sahel maps: Mali, Burkina
//! Faso and Niger.
//!
//! Outputs carry a country as its ISO 3166-1 alpha-2 code (`ML`, `BF`,
//! `NE`), the code ACLED's `iso` neighbours and GeoNames use. Inputs may
//! name it any way people do: the code, the alpha-3 code of geoBoundaries
//! and UCDP files (`MLI`), the French or English name, or the adjective
//! ("burkinabè", "nigérien").
//!
//! ```
//! use sahel::country::Country;
//! assert_eq!(Country::parse("Burkina Faso"), Some(Country::BurkinaFaso));
//! assert_eq!(Country::parse("nigérienne"), Some(Country::Niger));
//! assert_eq!(Country::parse("MLI").unwrap().code(), "ML");
//! assert_eq!(Country::Niger.capital().name, "Niamey");
//! assert_eq!(Country::parse("Sénégal"), None);
//! ```

use crate::fold::fold;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One of the three countries sahel's gazetteer covers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Country {
    /// Mali (`ML`).
    #[default]
    #[serde(rename = "ML")]
    Mali,
    /// Burkina Faso (`BF`).
    #[serde(rename = "BF")]
    BurkinaFaso,
    /// Niger (`NE`).
    #[serde(rename = "NE")]
    Niger,
}

/// A capital city: the origin of each country's distance trend.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Capital {
    /// Its name.
    pub name: &'static str,
    /// Latitude, WGS84.
    pub lat: f64,
    /// Longitude, WGS84.
    pub lon: f64,
}

impl Country {
    /// The three countries, in the order outputs list them.
    pub const ALL: [Country; 3] = [Country::Mali, Country::BurkinaFaso, Country::Niger];

    /// ISO 3166-1 alpha-2 code.
    pub fn code(self) -> &'static str {
        match self {
            Country::Mali => "ML",
            Country::BurkinaFaso => "BF",
            Country::Niger => "NE",
        }
    }

    /// ISO 3166-1 alpha-3 code (geoBoundaries, UCDP and Natural Earth use it).
    pub fn iso3(self) -> &'static str {
        match self {
            Country::Mali => "MLI",
            Country::BurkinaFaso => "BFA",
            Country::Niger => "NER",
        }
    }

    /// The name, the same in French and English.
    pub fn name(self) -> &'static str {
        match self {
            Country::Mali => "Mali",
            Country::BurkinaFaso => "Burkina Faso",
            Country::Niger => "Niger",
        }
    }

    /// What the second administrative level is called there (Mali's
    /// cercles, Burkina's provinces, Niger's départements).
    pub fn level2(self) -> &'static str {
        match self {
            Country::Mali => "cercle",
            Country::BurkinaFaso => "province",
            Country::Niger => "département",
        }
    }

    /// The capital (town centre, rounded to about 100 m).
    pub fn capital(self) -> Capital {
        match self {
            Country::Mali => Capital {
                name: "Bamako",
                lat: 12.6392,
                lon: -8.0029,
            },
            Country::BurkinaFaso => Capital {
                name: "Ouagadougou",
                lat: 12.3714,
                lon: -1.5197,
            },
            Country::Niger => Capital {
                name: "Niamey",
                lat: 13.5116,
                lon: 2.1254,
            },
        }
    }

    /// Reads a country as people write it: code (`BF`, `BFA`), name
    /// ("Burkina", "Niger") or adjective ("malienne", "burkinabé",
    /// "nigériens"); `None` for anything else.
    pub fn parse(s: &str) -> Option<Country> {
        let k = fold(s);
        match k.as_str() {
            "ml" | "mli" | "mali" | "malien" | "malienne" | "maliens" | "maliennes"
            | "republiquedumali" => Some(Country::Mali),
            "bf" | "bfa" | "burkina" | "burkinafaso" | "burkinabe" | "burkinabes"
            | "hautevolta" => Some(Country::BurkinaFaso),
            "ne" | "ner" | "niger" | "nigerien" | "nigerienne" | "nigeriens" | "nigeriennes"
            | "republiqueduniger" => Some(Country::Niger),
            _ => None,
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A country name sahel does not cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCountry(pub String);

impl fmt::Display for UnknownCountry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown country {:?}: expected ML (Mali), BF (Burkina Faso) or NE (Niger)",
            self.0
        )
    }
}

impl std::error::Error for UnknownCountry {}

impl FromStr for Country {
    type Err = UnknownCountry;
    fn from_str(s: &str) -> Result<Country, UnknownCountry> {
        Country::parse(s).ok_or_else(|| UnknownCountry(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_names_and_adjectives_all_read() {
        for c in Country::ALL {
            assert_eq!(Country::parse(c.code()), Some(c));
            assert_eq!(Country::parse(c.iso3()), Some(c));
            assert_eq!(Country::parse(c.name()), Some(c));
            assert_eq!(c.code().parse::<Country>(), Ok(c));
        }
        assert_eq!(Country::parse("Burkinabè"), Some(Country::BurkinaFaso));
        assert_eq!(Country::parse("NIGÉRIENNES"), Some(Country::Niger));
        assert_eq!(Country::parse("maliens"), Some(Country::Mali));
        // Nigeria is not Niger.
        assert_eq!(Country::parse("Nigeria"), None);
        let e = "Tchad".parse::<Country>().unwrap_err().to_string();
        assert!(e.contains("Tchad") && e.contains("BF"), "{e}");
    }

    #[test]
    fn serialises_as_the_iso_code() {
        assert_eq!(
            serde_json::to_string(&Country::BurkinaFaso).unwrap(),
            "\"BF\""
        );
        let c: Country = serde_json::from_str("\"NE\"").unwrap();
        assert_eq!(c, Country::Niger);
    }
}
