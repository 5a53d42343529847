//! One event read from several sources is one incident. An attack told by
//! an article and coded by ACLED (or UCDP) must not count twice in a table,
//! a cluster or a trend, yet every source must stay visible.
//!
//! Two incidents from different inputs are taken for the same event when
//! their types agree (the same type, or two kinds of assault: attack,
//! ambush, clash, massacre, siege, suicide attack, which datasets and
//! newsrooms label differently), their dates are each known to the week and
//! lie within two days of each other, and their places lie within their
//! uncertainties (at least 10 km apart allowed: a village's coordinates
//! differ from one gazetteer to the next). Incidents of one input are never
//! merged with each other: an ACLED file already lists distinct events, and
//! articles are merged by the extractor. Each incident absorbs at most one
//! incident of each other input, the closest.
//!
//! ```
//! use sahel::model::*;
//! use sahel::sources::same_event::merge_across_sources;
//! use chrono::NaiveDate;
//! let at = |id: &str, lat: f64, lon: f64, day: u32, deaths: u32, file: &str| Incident {
//!     id: id.into(),
//!     date: Some(IncidentDate::day(NaiveDate::from_ymd_opt(2025, 5, day).unwrap())),
//!     location: Some(Location { lat, lon, precision: LocationPrecision::Exact, uncertainty_km: 1.0,
//!         name_written: "Dioura".into(), name_resolved: None, region: None, cercle: None,
//!         region_current: None, cercle_current: None, country: Some("ML".into()) }),
//!     event_type: EventType::Attack, actors: vec![], fatalities: Casualties::exact(deaths),
//!     wounded: Casualties::unknown(), notes: vec![],
//!     sources: vec![Source { file: file.into(), sentence: String::new() }],
//! };
//! let article = vec![at("a1", 14.93, -5.26, 23, 41, "dioura.txt")];
//! let acled = vec![at("MLI1", 14.95, -5.25, 24, 45, "acled.csv"), at("MLI2", 16.27, -0.04, 23, 3, "acled.csv")];
//! let (merged, n) = merge_across_sources(vec![article, acled]);
//! assert_eq!((merged.len(), n), (2, 1));
//! assert_eq!(merged[0].sources.len(), 2, "both sources kept");
//! assert_eq!(merged[0].fatalities, Casualties::range(41, 45), "the figures disagree: a range");
//! ```

use crate::geodesy::distance_km;
use crate::model::{Casualties, EventType, Incident};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};

/// Days two dates may lie apart and still be one event.
pub const DAYS_APART: i64 = 2;
/// The smallest distance allowed between two accounts of one event, km.
pub const MIN_KM_APART: f64 = 10.0;
/// A date spanning more days than this is too vague to match on.
const MAX_SPAN_DAYS: i64 = 7;

/// The groups one after the other. One group, the usual case of a
/// command reading one file, is handed back as it is: collecting a million
/// incidents into a new vector copied 300 MB into fresh memory, a third of
/// the time of reading the file.
pub fn concat(mut groups: Vec<Vec<Incident>>) -> Vec<Incident> {
    if groups.len() == 1 {
        return groups.pop().unwrap_or_default();
    }
    let mut out = Vec::with_capacity(groups.iter().map(Vec::len).sum());
    for g in groups {
        out.extend(g);
    }
    out
}

/// Merges the incidents of several inputs (one vector per input, in the
/// order given) where they are the same event; returns the incidents, each
/// input's in its order with the absorbed ones gone, and how many were
/// absorbed.
pub fn merge_across_sources(groups: Vec<Vec<Incident>>) -> (Vec<Incident>, usize) {
    if groups.len() < 2 {
        return (concat(groups), 0);
    }
    let mut out: Vec<Incident> = Vec::new();
    // Which input each kept incident came from, and the inputs it has
    // absorbed one incident of.
    let mut origin: Vec<usize> = Vec::new();
    let mut absorbed_from: Vec<HashSet<usize>> = Vec::new();
    let mut by_day: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    let mut merged = 0;
    for (g, group) in groups.into_iter().enumerate() {
        // Matched against the inputs before this one only: the group's
        // own incidents join the index after the whole group is read.
        let mut added = Vec::new();
        for inc in group {
            let target = matchable(&inc).and_then(|(start, end)| {
                let from = start - chrono::Duration::days(MAX_SPAN_DAYS + DAYS_APART);
                let to = end + chrono::Duration::days(DAYS_APART);
                by_day
                    .range(from..=to)
                    .flat_map(|(_, v)| v.iter().copied())
                    .filter(|&k| origin[k] != g && !absorbed_from[k].contains(&g))
                    .filter_map(|k| closeness(&out[k], &inc).map(|c| (k, c)))
                    .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
                    .map(|(k, _)| k)
            });
            match target {
                Some(k) => {
                    absorbed_from[k].insert(g);
                    absorb(&mut out[k], inc);
                    merged += 1;
                }
                None => {
                    added.push(out.len());
                    origin.push(g);
                    absorbed_from.push(HashSet::new());
                    out.push(inc);
                }
            }
        }
        for k in added {
            if let Some((start, _)) = matchable(&out[k]) {
                by_day.entry(start).or_default().push(k);
            }
        }
    }
    (out, merged)
}

/// The date span of an incident that can be matched: dated to the week or
/// better, and placed.
fn matchable(i: &Incident) -> Option<(NaiveDate, NaiveDate)> {
    let d = i.date?;
    i.location.as_ref()?;
    ((d.end - d.start).num_days() <= MAX_SPAN_DAYS).then_some((d.start, d.end))
}

/// Kinds of assault that sources label differently.
fn assault(t: EventType) -> bool {
    use EventType::*;
    matches!(
        t,
        Attack | Ambush | Clash | Massacre | Siege | SuicideAttack
    )
}

/// How close two incidents are as accounts of one event (smaller is
/// closer), or `None` when they cannot be the same event.
fn closeness(a: &Incident, b: &Incident) -> Option<f64> {
    let same_kind =
        a.event_type == b.event_type || (assault(a.event_type) && assault(b.event_type));
    if !same_kind {
        return None;
    }
    let (da, db) = (a.date?, b.date?);
    let gap = (db.start - da.end)
        .num_days()
        .max((da.start - db.end).num_days())
        .max(0);
    if gap > DAYS_APART {
        return None;
    }
    let (la, lb) = (a.location.as_ref()?, b.location.as_ref()?);
    let km = distance_km(la.lat, la.lon, lb.lat, lb.lon);
    let allowed = (la.uncertainty_km + lb.uncertainty_km).max(MIN_KM_APART);
    (km <= allowed).then_some(km / allowed + gap as f64)
}

/// `kept` takes in `other`: the finer place and date, the more specific
/// type, every actor and source, and both tolls as a range when they
/// differ (the note says which source gave which).
fn absorb(kept: &mut Incident, other: Incident) {
    let file = |i: &Incident| {
        i.sources
            .first()
            .map_or_else(|| i.id.clone(), |s| s.file.to_string())
    };
    let (kept_file, other_file) = (file(kept), file(&other));
    if let (Some(a), Some(b)) = (&kept.location, &other.location) {
        if b.uncertainty_km < a.uncertainty_km {
            kept.location = other.location.clone();
        }
    }
    if let (Some(a), Some(b)) = (kept.date, other.date) {
        if b.end - b.start < a.end - a.start {
            kept.date = other.date;
        }
    }
    let generic =
        |t: EventType| matches!(t, EventType::Attack | EventType::Clash | EventType::Other);
    if generic(kept.event_type) && !generic(other.event_type) {
        kept.event_type = other.event_type;
    }
    for a in other.actors {
        if !kept.actors.iter().any(|k| k.name == a.name) {
            kept.actors.push(a);
        }
    }
    if kept.fatalities != other.fatalities && other.fatalities.is_known() {
        if kept.fatalities.is_known() {
            kept.notes.push(format!(
                "deaths: {} in {kept_file}, {} in {other_file}",
                kept.fatalities, other.fatalities
            ));
        }
        kept.fatalities = union(kept.fatalities, other.fatalities);
    }
    if other.wounded.is_known() {
        kept.wounded = union(kept.wounded, other.wounded);
    }
    kept.notes
        .push(format!("same event as {} in {other_file}", other.id));
    kept.notes.extend(other.notes);
    kept.sources.extend(other.sources);
}

/// The range covering two tolls; a floor stays a floor.
fn union(a: Casualties, b: Casualties) -> Casualties {
    if !a.is_known() {
        return b;
    }
    if !b.is_known() {
        return a;
    }
    let low = match (a.low, b.low) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    // Either one a floor (no high figure): the whole is a floor.
    let high = match (a.high, b.high) {
        (Some(x), Some(y)) => Some(x.max(y)),
        _ => None,
    };
    Casualties { low, high }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn at(id: &str, lat: f64, lon: f64, day: u32, t: EventType, file: &str) -> Incident {
        Incident {
            id: id.into(),
            date: Some(IncidentDate::day(
                NaiveDate::from_ymd_opt(2024, 3, day).unwrap(),
            )),
            location: Some(Location {
                lat,
                lon,
                precision: LocationPrecision::Exact,
                uncertainty_km: 1.0,
                name_written: id.into(),
                name_resolved: None,
                region: None,
                cercle: None,
                region_current: None,
                cercle_current: None,
                country: Some("ML".into()),
            }),
            event_type: t,
            actors: vec![],
            fatalities: Casualties::unknown(),
            wounded: Casualties::unknown(),
            sources: vec![Source {
                file: file.into(),
                sentence: String::new(),
            }],
            notes: vec![],
        }
    }

    #[test]
    fn one_input_is_never_merged_with_itself() {
        let acled = vec![
            at("a", 14.5, -4.2, 10, EventType::Clash, "acled.csv"),
            at("b", 14.5, -4.2, 10, EventType::Clash, "acled.csv"),
        ];
        let (out, n) = merge_across_sources(vec![acled]);
        assert_eq!((out.len(), n), (2, 0));
    }

    #[test]
    fn type_date_and_place_must_all_agree() {
        let article = vec![at("x", 14.5, -4.2, 10, EventType::Attack, "a.txt")];
        let far = vec![at("far", 15.5, -4.2, 10, EventType::Attack, "d.csv")];
        let late = vec![at("late", 14.5, -4.2, 14, EventType::Attack, "d.csv")];
        let drone = vec![at("drone", 14.5, -4.2, 10, EventType::DroneStrike, "d.csv")];
        for other in [far, late, drone] {
            let (out, n) = merge_across_sources(vec![article.clone(), other]);
            assert_eq!((out.len(), n), (2, 0), "{:?}", out[1].id);
        }
        // An ACLED 'armed clash' and an article's attack, a day apart and
        // 6 km apart, are one event; the article's type is kept.
        let clash = vec![at("MLI9", 14.55, -4.2, 11, EventType::Clash, "acled.csv")];
        let (out, n) = merge_across_sources(vec![article, clash]);
        assert_eq!((out.len(), n), (1, 1));
        assert_eq!(out[0].event_type, EventType::Attack);
        assert!(out[0]
            .notes
            .iter()
            .any(|n| n == "same event as MLI9 in acled.csv"));
    }

    #[test]
    fn each_incident_absorbs_one_incident_of_each_other_input() {
        // Two ACLED rows at the same place and day (two events) and one
        // article: the article takes one of them, the other stays.
        let article = vec![at("x", 14.5, -4.2, 10, EventType::Attack, "a.txt")];
        let acled = vec![
            at("r1", 14.5, -4.2, 10, EventType::Attack, "acled.csv"),
            at("r2", 14.5, -4.2, 10, EventType::Attack, "acled.csv"),
        ];
        let (out, n) = merge_across_sources(vec![article, acled]);
        assert_eq!((out.len(), n), (2, 1));
    }

    #[test]
    fn tolls_join_as_a_range_and_floors_stay_floors() {
        assert_eq!(
            union(Casualties::exact(41), Casualties::exact(45)),
            Casualties::range(41, 45)
        );
        assert_eq!(
            union(Casualties::at_least(10), Casualties::exact(12)),
            Casualties::at_least(10)
        );
        assert_eq!(
            union(Casualties::unknown(), Casualties::exact(3)),
            Casualties::exact(3)
        );
    }
}
