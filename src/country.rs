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

/// A part of a country as the press names it: "dans le nord du pays",
/// "l'ouest du Niger". Each part is the set of (pre-reform) regions the
/// press of the time puts in it; the parts overlap, as usage does ("le
/// centre" of Mali is Mopti and Ségou, and Mopti is "le nord" in some
/// copy).
///
/// ```
/// use sahel::country::{Compass, Country};
/// let north = Compass::parse("nord").unwrap();
/// assert!(north.contains(Country::BurkinaFaso, "Sahel"));
/// assert!(!north.contains(Country::BurkinaFaso, "Centre-Ouest"));
/// assert!(Compass::parse("sud-ouest").unwrap().contains(Country::Niger, "Dosso"));
/// assert_eq!(Compass::parse("loin"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Compass {
    /// "le nord".
    North,
    /// "le nord-est".
    NorthEast,
    /// "l'est".
    East,
    /// "le sud-est".
    SouthEast,
    /// "le sud".
    South,
    /// "le sud-ouest".
    SouthWest,
    /// "l'ouest".
    West,
    /// "le nord-ouest".
    NorthWest,
    /// "le centre".
    Centre,
}

impl Compass {
    /// The part named by a French compass word ("nord", "Nord-Est",
    /// "centre"); accents and case do not matter.
    pub fn parse(word: &str) -> Option<Compass> {
        Some(match fold(word).as_str() {
            "nord" => Compass::North,
            "nordest" => Compass::NorthEast,
            "est" => Compass::East,
            "sudest" => Compass::SouthEast,
            "sud" => Compass::South,
            "sudouest" => Compass::SouthWest,
            "ouest" => Compass::West,
            "nordouest" => Compass::NorthWest,
            "centre" => Compass::Centre,
            _ => return None,
        })
    }

    /// The regions of `country` (as the boundary data names them) that
    /// this part covers.
    pub fn regions(self, country: Country) -> &'static [&'static str] {
        use Compass::*;
        match (country, self) {
            (Country::Mali, North) => &["Tombouctou", "Gao", "Kidal", "Mopti"],
            (Country::Mali, NorthEast) => &["Gao", "Kidal"],
            (Country::Mali, East) => &["Gao", "Kidal"],
            (Country::Mali, NorthWest) => &["Tombouctou", "Kayes"],
            // Reporting calls the lakes and Niger bend of Tombouctou's
            // south (Léré, Niafunké) "le centre du pays" too.
            (Country::Mali, Centre) => &["Mopti", "Ségou", "Tombouctou"],
            (Country::Mali, South) => &["Sikasso", "Koulikoro", "Bamako", "Ségou"],
            (Country::Mali, SouthEast) => &["Sikasso", "Mopti", "Ségou"],
            (Country::Mali, SouthWest) => &["Sikasso", "Koulikoro", "Kayes", "Bamako"],
            (Country::Mali, West) => &["Kayes", "Koulikoro"],
            (Country::BurkinaFaso, North) => &["Sahel", "Nord", "Centre-Nord"],
            (Country::BurkinaFaso, NorthEast) => &["Sahel", "Est", "Centre-Nord"],
            (Country::BurkinaFaso, NorthWest) => &["Nord", "Boucle du Mouhoun"],
            (Country::BurkinaFaso, East) => &["Est", "Centre-Est"],
            (Country::BurkinaFaso, SouthEast) => &["Est", "Centre-Est"],
            (Country::BurkinaFaso, Centre) => &[
                "Centre",
                "Plateau-Central",
                "Centre-Nord",
                "Centre-Ouest",
                "Centre-Sud",
                "Centre-Est",
            ],
            (Country::BurkinaFaso, South) => &["Centre-Sud", "Sud-Ouest", "Centre-Est", "Cascades"],
            (Country::BurkinaFaso, SouthWest) => &["Sud-Ouest", "Cascades", "Hauts-Bassins"],
            (Country::BurkinaFaso, West) => &["Boucle du Mouhoun", "Hauts-Bassins", "Cascades"],
            (Country::Niger, North) => &["Agadez", "Tahoua"],
            (Country::Niger, NorthEast) => &["Agadez", "Diffa"],
            (Country::Niger, NorthWest) => &["Agadez", "Tahoua", "Tillabéri"],
            (Country::Niger, West) => &["Tillabéri", "Dosso", "Niamey", "Tahoua"],
            (Country::Niger, SouthWest) => &["Tillabéri", "Dosso", "Niamey"],
            (Country::Niger, East) => &["Diffa", "Zinder"],
            (Country::Niger, SouthEast) => &["Diffa", "Zinder"],
            (Country::Niger, South) => &["Maradi", "Zinder", "Dosso"],
            (Country::Niger, Centre) => &["Tahoua", "Maradi", "Zinder", "Agadez"],
        }
    }

    /// The part in English words, for explanations ("north-east").
    pub fn label(self) -> &'static str {
        match self {
            Compass::North => "north",
            Compass::NorthEast => "north-east",
            Compass::East => "east",
            Compass::SouthEast => "south-east",
            Compass::South => "south",
            Compass::SouthWest => "south-west",
            Compass::West => "west",
            Compass::NorthWest => "north-west",
            Compass::Centre => "centre",
        }
    }

    /// Whether `region` of `country` lies in this part.
    pub fn contains(self, country: Country, region: &str) -> bool {
        self.regions(country)
            .iter()
            .any(|r| fold(r) == fold(region))
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
