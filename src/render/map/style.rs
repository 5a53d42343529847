//! The map's look: palette, choropleth classes, circle sizes and the
//! categories incidents are coloured by, one source for every map.

use super::*;

/// Sequential, colour-blind safe classes (ColorBrewer YlOrRd), light to dark.
pub(in crate::render) const CLASSES: [RGBColor; 5] = [
    RGBColor(255, 255, 178),
    RGBColor(254, 204, 92),
    RGBColor(253, 141, 60),
    RGBColor(240, 59, 32),
    RGBColor(189, 0, 38),
];

/// The colour of class `k` of `n`: spread over the whole ramp, so that the
/// top class is the darkest however few classes there are.
pub(in crate::render) fn class_colour(k: usize, n: usize) -> RGBColor {
    if n <= 1 {
        return CLASSES[CLASSES.len() - 1];
    }
    CLASSES[(k * (CLASSES.len() - 1) + (n - 1) / 2) / (n - 1)]
}

pub(in crate::render) fn class_of(x: f64, classes: &[(f64, f64)]) -> Option<usize> {
    if x <= 0.0 || classes.is_empty() {
        return None;
    }
    Some(
        classes
            .iter()
            .position(|c| x <= c.1)
            .unwrap_or(classes.len() - 1),
    )
}

pub(super) const WATER: RGBColor = RGBColor(127, 178, 213);
pub(super) const LAKE: RGBColor = RGBColor(185, 215, 234);
pub(super) const NEIGHBOUR: RGBColor = RGBColor(232, 230, 225);
pub(super) const NEIGHBOUR_EDGE: RGBColor = RGBColor(185, 181, 173);
pub(super) const MALI: RGBColor = RGBColor(252, 249, 240);
pub(super) const INK: RGBColor = RGBColor(40, 40, 40);
pub(super) const MUTED: RGBColor = RGBColor(120, 120, 120);
/// Regions with nothing to count in choropleth mode.
pub(super) const ZERO_CLASS: RGBColor = RGBColor(245, 243, 238);
/// The radius ring (a dark blue-green, apart from the incident palette).
pub(super) const RING: RGBColor = RGBColor(0, 90, 110);
/// Outside the base map's extent: the neighbours' tone, so that the edge
/// of the data does not show as a line.
pub(super) const BACKGROUND: RGBColor = NEIGHBOUR;

/// Half-diagonal of the diamond of an incident with no deaths.
pub(super) fn no_deaths_half_size(s: f64) -> i32 {
    (8.0 * s).max(4.0) as i32
}

/// Radius in pixels for a death toll: area proportional to deaths.
pub fn radius_px(deaths: f64, unit: f64) -> i32 {
    (unit * (3.0 + 2.2 * deaths.max(0.0).sqrt())).round() as i32
}

/// The colour of each event type, the same on every map and in every
/// legend (a massacre is black whether or not attacks are on the map).
pub fn type_colour(t: EventType) -> RGBColor {
    PALETTE[match t {
        EventType::Attack => 0,
        EventType::Ied => 1,
        EventType::DroneStrike => 2,
        EventType::Airstrike => 3,
        EventType::RocketOrMortar => 4,
        EventType::SuicideAttack => 5,
        EventType::Siege => 6,
        EventType::Massacre => 7,
        EventType::Kidnapping => 8,
        EventType::Other => 9,
        EventType::Ambush => 10,
        EventType::Clash => 11,
    }]
}

/// The main actors' colours, the same on every map; other actors take the
/// colours left, by how often they appear on the map.
const ACTOR_COLOURS: [(&str, usize); 6] = [
    ("JNIM", 0),
    ("FAMa", 1),
    ("EIGS", 7),
    ("Wagner/Africa Corps", 10),
    ("civilians", 9),
    ("Burkinabè army", 5),
];

/// The categories on a map, in legend order, each with its colour.
pub fn categories(incidents: &[&Incident], by: ColorBy) -> Vec<(String, RGBColor)> {
    match by {
        ColorBy::Type => {
            let mut t: Vec<EventType> = incidents.iter().map(|i| i.event_type).collect();
            t.sort();
            t.dedup();
            t.into_iter()
                .map(|t| (t.as_str().to_string(), type_colour(t)))
                .collect()
        }
        ColorBy::Actor => {
            let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
            for i in incidents {
                *counts.entry(category_of(i, by)).or_insert(0) += 1;
            }
            let mut c: Vec<(String, usize)> = counts.into_iter().collect();
            c.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let fixed = |name: &str| {
                ACTOR_COLOURS
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|&(_, k)| k)
            };
            let mut free =
                (0..PALETTE.len()).filter(|k| !ACTOR_COLOURS.iter().any(|&(_, f)| f == *k));
            let mut out = Vec::new();
            let mut rest = 0;
            for (name, n) in c {
                match fixed(&name).or_else(|| free.next()) {
                    Some(k) => out.push((name, PALETTE[k])),
                    None => rest += n,
                }
            }
            // Beyond the palette, the rest share "other".
            if rest > 0 {
                out.push(("other".into(), OTHER_ACTORS));
            }
            out
        }
    }
}

/// Actors beyond the palette (a light grey apart from civilians' grey).
pub(super) const OTHER_ACTORS: RGBColor = RGBColor(190, 190, 190);

pub(super) fn category_of(i: &Incident, by: ColorBy) -> String {
    match by {
        ColorBy::Type => i.event_type.as_str().to_string(),
        ColorBy::Actor => i
            .actors
            .iter()
            .find(|a| a.name != "civilians")
            .or(i.actors.first())
            .map_or("unknown".into(), |a| a.name.to_string()),
    }
}
