//! Relative location phrases: "à moins de 30km de Bamako", "à une
//! trentaine de kilomètres de Sikasso", "à 125 kilomètres au nord-est de
//! Gao", "à quelques dizaines de kilomètres de Niafounké".
//!
//! [`parse_relative`] reads the phrase; [`Gazetteer::relative_hint`] turns
//! it into a [`NearHint`] (an estimated point and radius when a direction is
//! given, the reference and a maximum distance otherwise), which
//! [`Gazetteer::resolve`] uses to pick among homonyms or which stands for a
//! place that no gazetteer has.
//!
//! ```
//! use sahel::gazetteer::relative::{parse_relative, DistanceKind};
//! let r = parse_relative("à 125 kilomètres au nord-est de Gao").unwrap();
//! assert_eq!((r.km, r.kind, r.bearing), (125.0, DistanceKind::About, Some(45.0)));
//! assert_eq!(r.reference, "Gao");
//! let r = parse_relative("à moins de 30km de Bamako").unwrap();
//! assert_eq!((r.km, r.kind), (30.0, DistanceKind::AtMost));
//! ```

use super::offset::{french_bearing, offset, Estimate};
use super::{Gazetteer, Hints, NearHint};
use crate::gazetteer::{Error, Result};
use regex::Regex;
use std::sync::OnceLock;

/// How the distance is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DistanceKind {
    /// "à moins de 30 km": at most.
    AtMost,
    /// "à plus de 30 km": at least.
    AtLeast,
    /// "à 30 km", "à une trentaine de km", "à environ 30 km".
    About,
    /// "à quelques dizaines de km": a vague range.
    Vague,
}

/// A parsed relative location.
#[derive(Debug, Clone, PartialEq)]
pub struct RelativePhrase {
    /// Distance, km (the middle of vague ranges).
    pub km: f64,
    /// How the distance is qualified.
    pub kind: DistanceKind,
    /// Compass bearing, degrees, when a direction is given.
    pub bearing: Option<f64>,
    /// The reference place as written.
    pub reference: String,
    /// The phrase as matched.
    pub text: String,
    /// Byte range of the phrase in the text searched.
    pub span: (usize, usize),
    /// Byte range of the reference place's name.
    pub reference_span: (usize, usize),
}

/// Approximate numbers: "une trentaine" is about 30.
fn approx_number(word: &str) -> Option<f64> {
    crate::french::approx(&format!("une {word}")).map(|(l, h)| f64::from(l + h) / 2.0)
}

fn number_word(word: &str) -> Option<f64> {
    crate::french::number(word).map(f64::from)
}

/// A distance written as one word, in lower case: digits, a number word or
/// an approximation ("8", "dix", "trentaine").
///
/// ```
/// use sahel::gazetteer::relative::distance_word;
/// assert_eq!(distance_word("8"), Some(8.0));
/// assert_eq!(distance_word("dix"), Some(10.0));
/// assert_eq!(distance_word("trentaine"), Some(30.0));
/// assert_eq!(distance_word("loin"), None);
/// ```
pub fn distance_word(word: &str) -> Option<f64> {
    word.parse()
        .ok()
        .or_else(|| number_word(word))
        .or_else(|| approx_number(word))
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)
            (?i:(?:(?:^|\b|\s)(?:à|a|et|situ[ée]e?s?\s+à)\s+|\(\s*|,\s*)
            (?:[«\x22“]\s*)?
            (?:(?:seulement|à\s+peine|a\s+peine|juste)\s+)?
            (?P<qual>moins\s+d(?:e|['’])|plus\s+d(?:e|['’])|environ|env\.|~|près\s+d(?:e|['’])|pres\s+d(?:e|['’])|quelque|)\s*
            (?:
                (?:quelques\s+)?(?P<num>\d{1,3}(?:[.\x20\u{a0}]\d{3})+\b|\d+(?:[.,]\d+)?)
              | (?P<word>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quarante|cinquante|cent)
              | une\s+(?P<approx>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\s+de
              | (?P<vague>quelques\s+(?:dizaines\s+de|centaines\s+de)?)
            )
            \s*(?:km|kms|kilom[èe]tres?)\b(?:\s+environ)?
            (?:\s*[»\x22”])?
            (?:\s+(?:au|à\s+l'|à\s+l’|a\s+l'|a\s+l’|à|a)\s*(?P<dir>(?:nord|sud|est|ouest)(?:[\s-](?:nord|sud|est|ouest)){0,2}))?
            (?:\s+à\s+vol\s+d'oiseau)?
            \s+(?:de\s+la\s+(?:ville|commune|localité)\s+(?:de\s+|d'|d’)|de\s+la\s+capitale(?:\s+(?:malienne|burkinabè|burkinabé|burkinabe|nigérienne|nigerienne))?\s*,?\s+|du\s+(?:village|chef-lieu)\s+(?:de\s+|d'|d’)|du\s+centre\s+de\s+|de\s+|d'|d’|du\s+|))
            (?P<ref>[\p{Lu}][\p{L}'’-]*(?:[\s-][\p{Lu}][\p{L}'’-]*){0,2})
            ",
        )
        .expect("valid regex")
    })
}

/// Finds the first relative-location phrase in `text`.
pub fn parse_relative(text: &str) -> Option<RelativePhrase> {
    find_relatives(text).into_iter().next()
}

/// Every relative-location phrase in `text`, in order.
pub fn find_relatives(text: &str) -> Vec<RelativePhrase> {
    let lower = text.to_lowercase();
    if !lower.contains("km") && !lower.contains("kilom") {
        return Vec::new();
    }
    pattern()
        .captures_iter(text)
        .filter_map(|c| from_captures(&c))
        .collect()
}

/// "30", "2,5" (a decimal comma), and "1.500" or "1 500", thousands
/// grouped as French writes them: "à plus de 1.500 km au nord-est de
/// Bamako" is 1,500 km, not 1.5.
fn parse_distance(n: &str) -> Option<f64> {
    match crate::french::thousands(n) {
        Some(v) => Some(f64::from(v)),
        None => n.replace(',', ".").parse().ok(),
    }
}

fn from_captures(c: &regex::Captures) -> Option<RelativePhrase> {
    let qual = c.name("qual").map_or("", |m| m.as_str()).to_lowercase();
    let (km, mut kind) = if let Some(n) = c.name("num") {
        (parse_distance(n.as_str())?, DistanceKind::About)
    } else if let Some(w) = c.name("word") {
        (
            number_word(&w.as_str().to_lowercase())?,
            DistanceKind::About,
        )
    } else if let Some(a) = c.name("approx") {
        (
            approx_number(&a.as_str().to_lowercase())?,
            DistanceKind::About,
        )
    } else if let Some(v) = c.name("vague") {
        let v = v.as_str().to_lowercase();
        let km = if v.contains("centaines") {
            300.0
        } else if v.contains("dizaines") {
            40.0
        } else {
            5.0
        };
        (km, DistanceKind::Vague)
    } else {
        return None;
    };
    if qual.starts_with("moins") {
        kind = DistanceKind::AtMost;
    } else if qual.starts_with("plus") {
        kind = DistanceKind::AtLeast;
    }
    // "un poste situé à une trentaine de kilomètres du Mali", "à 20 km de
    // l'Algérie": a distance from a country is a distance from its border,
    // which no point stands for (and "Mali" is also a village's name).
    if is_country(&c["ref"]) {
        return None;
    }
    let bearing = c.name("dir").and_then(|d| french_bearing(d.as_str()));
    Some(RelativePhrase {
        km,
        kind,
        bearing,
        reference: c["ref"].trim().to_string(),
        text: c[0].trim_start_matches(',').trim().to_string(),
        span: (c.get(0)?.start(), c.get(0)?.end()),
        reference_span: (c.name("ref")?.start(), c.name("ref")?.end()),
    })
}

/// A country of the Sahel or one of its neighbours, named as a noun.
fn is_country(reference: &str) -> bool {
    let folded = crate::fold::fold(reference);
    crate::country::Country::parse(&folded).is_some()
        || matches!(
            folded.as_str(),
            "algerie"
                | "mauritanie"
                | "senegal"
                | "guinee"
                | "cotedivoire"
                | "ghana"
                | "togo"
                | "benin"
                | "nigeria"
                | "tchad"
                | "libye"
        )
}

impl RelativePhrase {
    /// How far from the reference the place may be, km.
    pub fn max_km(&self) -> f64 {
        match self.kind {
            DistanceKind::AtMost => self.km,
            DistanceKind::About => self.km * 1.3 + 5.0,
            DistanceKind::Vague => self.km * 2.5,
            DistanceKind::AtLeast => self.km * 3.0,
        }
    }

    /// The estimated point from a reference at (lat, lon), with its radius.
    pub fn estimate(&self, lat: f64, lon: f64, reference_uncertainty_km: f64) -> Estimate {
        match self.bearing {
            Some(_) => offset(lat, lon, self.km, self.bearing, reference_uncertainty_km),
            None => Estimate {
                lat,
                lon,
                uncertainty_km: self.max_km() + reference_uncertainty_km,
            },
        }
    }
}

impl Gazetteer {
    /// The hint a relative phrase gives: with a direction, the estimated
    /// point and its uncertainty radius; without, the reference and the
    /// maximum distance. The reference is resolved with `reference_hints`
    /// (the region of the text, say).
    pub fn relative_hint(&self, r: &RelativePhrase, reference_hints: &Hints) -> Result<NearHint> {
        let reference = self
            .resolve(&r.reference, reference_hints)?
            .into_iter()
            .next()
            .ok_or_else(|| Error::UnknownRelativeReference {
                reference: r.reference.clone(),
                phrase: r.text.clone(),
            })?;
        Ok(Self::hint_from(r, reference.place))
    }

    /// As [`Gazetteer::relative_hint`], for a phrase that follows a named
    /// place ("le village de Dosso Kourégou, situé à 13 km de Kokorou"):
    /// of the reference's namesakes, the one with a namesake of `place`
    /// within the stated distance is the reference meant, even if another
    /// ranks first by spelling (a Kokorou of Mali against the Kokoro of
    /// Niger's Téra).
    pub fn relative_hint_placing(
        &self,
        r: &RelativePhrase,
        reference_hints: &Hints,
        place: &str,
    ) -> Result<NearHint> {
        let references = self.resolve(&r.reference, reference_hints)?;
        let places = self.resolve(place, &Hints::default()).unwrap_or_default();
        let reach = r.max_km().max(5.0) * 1.5;
        let joint = super::resolve::beside(&references, &places, reach, |p| {
            p.matched <= super::MatchKind::Variant || p.edits <= 1
        })
        // A reference spelled unlike the gazetteer ("non loin de Goundaga"
        // for Goundaka) is the namesake beside a village the text names by
        // its exact name, not the best typo match across the country.
        .or_else(|| {
            // Only for a reference the gazetteer does not know as written.
            if references
                .iter()
                .any(|c| c.matched <= super::MatchKind::Variant)
            {
                return None;
            }
            super::resolve::first_beside(
                references
                    .iter()
                    .take(10)
                    .filter(|c| c.matched <= super::MatchKind::Fuzzy && c.edits <= 1),
                &places,
                reach,
                |p| p.matched <= super::MatchKind::Alternate,
            )
        });
        match joint.or(references.first()) {
            Some(c) => Ok(Self::hint_from(r, c.place)),
            None => Err(Error::UnknownRelativeReference {
                reference: r.reference.clone(),
                phrase: r.text.clone(),
            }),
        }
    }

    fn hint_from(r: &RelativePhrase, p: &super::Place) -> NearHint {
        let e = r.estimate(p.lat, p.lon, p.precision_km);
        NearHint {
            lat: e.lat,
            lon: e.lon,
            within_km: Some(e.uncertainty_km),
            label: if r.bearing.is_some() {
                format!("the point {:.0} km from {} ({})", r.km, p.name, r.text)
            } else {
                p.name.clone()
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodesy::distance_km;

    #[test]
    fn parses_the_shorthand_of_incident_logs() {
        // "~" for "environ", and the phrase set off by a comma alone.
        let r = parse_relative("Karma, ~15 km de Ouahigouya (Yatenga) : civils tués").unwrap();
        assert_eq!((r.km, r.reference.as_str()), (15.0, "Ouahigouya"));
        assert_eq!(r.text, "~15 km de Ouahigouya");
        let r = parse_relative("embuscade à ~20 km au nord de Boni").unwrap();
        assert_eq!((r.km, r.reference.as_str()), (20.0, "Boni"));
        assert!(r.bearing.is_some());
        // A figure that is no distance stays none.
        assert!(parse_relative("Karma, 15 morts à Ouahigouya").is_none());
    }

    #[test]
    fn thousands_are_grouped_and_decimals_take_a_comma() {
        // "1.500 km" and "1 500 km" are fifteen hundred; "2,5 km" is a
        // decimal, and "1.5 km" too.
        let r = parse_relative("Kidal, à plus de 1.500 km au nord-est de Bamako").unwrap();
        assert_eq!((r.km, r.kind), (1500.0, DistanceKind::AtLeast));
        let r = parse_relative("à 1 200 km de Bamako").unwrap();
        assert_eq!(r.km, 1200.0);
        assert_eq!(parse_relative("à 2,5 km de Gao").unwrap().km, 2.5);
        assert_eq!(parse_relative("à 1.5 km de Gao").unwrap().km, 1.5);
    }

    #[test]
    fn a_distance_from_a_country_places_nothing() {
        assert!(
            parse_relative("un poste militaire situé à une trentaine de kilomètres du Mali")
                .is_none()
        );
        assert!(parse_relative("à 20 km de l'Algérie").is_none());
        // A town still is a reference.
        let r = parse_relative("à 20 km de Niamey").unwrap();
        assert_eq!(r.reference, "Niamey");
    }

    #[test]
    fn parses_the_phrasings_of_the_press() {
        let cases: &[(&str, f64, DistanceKind, Option<f64>, &str)] = &[
            (
                "attaqué à Danderesso, à une trentaine de kilomètres de Sikasso.",
                30.0,
                DistanceKind::About,
                None,
                "Sikasso",
            ),
            (
                "un poste à Banankoro, à moins de 30km de Bamako",
                30.0,
                DistanceKind::AtMost,
                None,
                "Bamako",
            ),
            (
                "deux bourgs à moins d'une centaine de kilomètres de Bamako",
                100.0,
                DistanceKind::AtMost,
                None,
                "Bamako",
            ),
            (
                "à 125 kilomètres au nord-est de Gao",
                125.0,
                DistanceKind::About,
                Some(45.0),
                "Gao",
            ),
            (
                "à quelques dizaines de kilomètres de Niafounké à vol d'oiseau",
                40.0,
                DistanceKind::Vague,
                None,
                "Niafounké",
            ),
            (
                "situé à 40 km à l'ouest de Ménaka",
                40.0,
                DistanceKind::About,
                Some(270.0),
                "Ménaka",
            ),
            (
                "à environ 15 km au sud-sud-ouest de Boni",
                15.0,
                DistanceKind::About,
                Some(202.5),
                "Boni",
            ),
            (
                "à plus de 200 km de Tombouctou",
                200.0,
                DistanceKind::AtLeast,
                None,
                "Tombouctou",
            ),
            ("à 7,5 km de Kati", 7.5, DistanceKind::About, None, "Kati"),
            (
                "à une vingtaine de km du centre de Mopti",
                20.0,
                DistanceKind::About,
                None,
                "Mopti",
            ),
            // Quoted from a communiqué, and in brackets after the village.
            (
                "à « quelque 70 kilomètres de Bamako »",
                70.0,
                DistanceKind::About,
                None,
                "Bamako",
            ),
            // Only the distance quoted, from a source's words.
            (
                "un campement à « une cinquantaine de km » à l'est de Ménaka",
                50.0,
                DistanceKind::About,
                Some(90.0),
                "Ménaka",
            ),
            (
                "aux abords de Koutougou (52km au sud-ouest de Torodi)",
                52.0,
                DistanceKind::About,
                Some(225.0),
                "Torodi",
            ),
            // The capital named by its title, and a "de" the writer left out.
            (
                "dans la région de Mopti, à 460 km au nord-est de la capitale Bamako",
                460.0,
                DistanceKind::About,
                Some(45.0),
                "Bamako",
            ),
            (
                "La localité de Nyamina située à 80 km Koulikoro",
                80.0,
                DistanceKind::About,
                None,
                "Koulikoro",
            ),
        ];
        for (text, km, kind, bearing, reference) in cases {
            let r = parse_relative(text).unwrap_or_else(|| panic!("no phrase in {text:?}"));
            assert_eq!(
                (r.km, r.kind, r.bearing, r.reference.as_str()),
                (*km, *kind, *bearing, *reference),
                "{text}"
            );
        }
        assert!(parse_relative("Le camp de Dioura a été attaqué.").is_none());
        assert!(parse_relative("à 30 km").is_none(), "no reference place");
    }

    #[test]
    fn relative_hint_estimates_the_point() {
        let g = Gazetteer::embedded();
        let r = parse_relative("à 125 kilomètres au nord-est de Gao").unwrap();
        let h = g.relative_hint(&r, &Hints::default()).unwrap();
        let d = distance_km(h.lat, h.lon, 16.27167, -0.04472);
        assert!((d - 125.0).abs() < 2.0, "{d}");
        // It picks the Amasrakad north-east of Gao, not the one west of it.
        let hints = Hints {
            near: Some(h),
            ..Default::default()
        };
        let best = &g.resolve("Amasrakad", &hints).unwrap()[0];
        assert!(best.place.lon > 0.5, "{:?}", best.place);
    }
}
