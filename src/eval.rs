//! Scoring the extractor against a hand-annotated gold file (`sahel eval`).
//!
//! The gold file is an object with an `incidents` array whose items have
//! `article`, `date` (YYYY-MM-DD, YYYY-MM, YYYY or null), `places`,
//! `main_place`, `region`, `event_type`, `actors`, `fatalities_low` and
//! `fatalities_high` (other fields are ignored), as in
//! `../shared/seeds/gold.json`.
//!
//! An extracted incident matches a gold one when it comes from the same
//! article, its place is within 25 km of the gold main place (resolved
//! through the gazetteer with the gold region; for a road, of any of its
//! places) or has the same folded name, and the dates agree at the gold
//! precision. Pairs are matched greedily, best agreement first, one to one.

use crate::fold::fold;
use crate::gazetteer::Gazetteer;
use crate::geodesy::distance_km;
use crate::model::{DatePrecision, Incident};
use serde::{Deserialize, Serialize};

/// One gold incident (the fields eval reads). Real-world gold files are
/// taken as they come: every field but `article` may be missing or null,
/// and fields eval does not read (`country`, `target`, `notes` ...) are
/// ignored.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldIncident {
    /// Gold id (for reports).
    #[serde(default, deserialize_with = "lenient_string")]
    pub id: Option<String>,
    /// Article file name (for incident lines: `FILE.csv:LINE`).
    pub article: String,
    /// Date at its precision, or null.
    #[serde(default, deserialize_with = "lenient_string")]
    pub date: Option<String>,
    /// Places named.
    #[serde(default, deserialize_with = "lenient_strings")]
    pub places: Vec<String>,
    /// The main place, or null when the text gives only an area or a
    /// relative position.
    #[serde(default, deserialize_with = "lenient_string")]
    pub main_place: Option<String>,
    /// Region.
    #[serde(default, deserialize_with = "lenient_string")]
    pub region: Option<String>,
    /// Where the event happened, when the annotator fixed it; otherwise the
    /// main place is resolved through the gazetteer.
    #[serde(default, deserialize_with = "lenient_number")]
    pub lat: Option<f64>,
    /// Longitude that goes with `lat`.
    #[serde(default, deserialize_with = "lenient_number")]
    pub lon: Option<f64>,
    /// A relative position when no place is named ("à 40 km au sud de
    /// Tombouctou"): with a direction, the place is scored against the
    /// point it estimates rather than against the reference town.
    #[serde(default, deserialize_with = "lenient_string")]
    pub relative: Option<String>,
    /// Event type (null: not scored).
    #[serde(default, deserialize_with = "lenient_string")]
    pub event_type: Option<String>,
    /// Actors.
    #[serde(default, deserialize_with = "lenient_strings")]
    pub actors: Vec<String>,
    /// Lowest death figure.
    #[serde(default, deserialize_with = "lenient_count")]
    pub fatalities_low: Option<u32>,
    /// Highest death figure (null with a low figure: open range).
    #[serde(default, deserialize_with = "lenient_count")]
    pub fatalities_high: Option<u32>,
}

/// A string, or null; a number or boolean is taken as its text.
fn lenient_string<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) if s.trim().is_empty() => None,
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    })
}

/// A list of strings, a single string, or null.
fn lenient_strings<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Vec<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) if !s.trim().is_empty() => vec![s],
        serde_json::Value::Array(v) => v
            .into_iter()
            .filter_map(|x| match x {
                serde_json::Value::String(s) => Some(s),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .collect(),
        _ => vec![],
    })
}

/// A number, a numeric string ("12", "12.5"), or null.
fn lenient_number<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<f64>, D::Error> {
    let v: Option<f64> = match serde_json::Value::deserialize(d)? {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        _ => None,
    };
    Ok(v.filter(|x| x.is_finite()))
}

/// A count: a non-negative whole number (3, 3.0, "3"), or null.
fn lenient_count<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<u32>, D::Error> {
    let v = lenient_number(d)?;
    Ok(v.filter(|x| *x >= 0.0 && *x <= f64::from(u32::MAX))
        .map(|x| x.round() as u32))
}

#[derive(Debug, Deserialize)]
struct GoldFile {
    incidents: Vec<GoldIncident>,
}

/// What can stop an evaluation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A gold file that does not parse.
    #[error("{origin}: not a gold file ({expected})")]
    Gold {
        /// The file.
        origin: String,
        /// The shape expected.
        expected: &'static str,
        /// Why it does not parse.
        #[source]
        source: serde_json::Error,
    },
    /// A gold incident whose article is not in the articles directory.
    #[error("gold article {article} not found in {}", dir.display())]
    MissingArticle {
        /// The article's file name.
        article: String,
        /// The directory searched.
        dir: std::path::PathBuf,
    },
}

/// `Result` with this module's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Reads a gold file: an object with an `incidents` array, or the array
/// itself. Fields left out or null are accepted; unknown fields are
/// ignored.
///
/// ```
/// let gold = sahel::eval::read_gold(r#"{"incidents":[{"article":"a.txt","date":"2024-03","main_place":null,"country":"ML"}]}"#, "gold.json").unwrap();
/// assert_eq!(gold[0].article, "a.txt");
/// assert_eq!(gold[0].main_place, None);
/// ```
pub fn read_gold(text: &str, origin: &str) -> Result<Vec<GoldIncident>> {
    if text.trim_start().starts_with('[') {
        return serde_json::from_str(text).map_err(|source| Error::Gold {
            origin: origin.to_string(),
            expected: "an array of incidents, each with an \"article\"",
            source,
        });
    }
    let g: GoldFile = serde_json::from_str(text).map_err(|source| Error::Gold {
        origin: origin.to_string(),
        expected: "an object with an \"incidents\" array, each with an \"article\"",
        source,
    })?;
    Ok(g.incidents)
}

/// The scores `sahel eval` prints.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Scores {
    /// Gold incidents.
    pub gold: usize,
    /// Extracted incidents.
    pub extracted: usize,
    /// Matched pairs.
    pub matched: usize,
    /// matched / extracted.
    pub precision: f64,
    /// matched / gold.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
    /// Among matched pairs: share with the right date (at gold precision).
    pub date_accuracy: f64,
    /// ... the right event type.
    pub type_accuracy: f64,
    /// ... the right region.
    pub region_accuracy: f64,
    /// ... a death toll inside the gold range (or both unknown).
    pub toll_accuracy: f64,
    /// ... a place within 25 km of the gold place (or the same name).
    pub place_accuracy: f64,
    /// Per gold incident: the extracted id it matched, or null.
    pub pairs: Vec<(String, Option<String>)>,
    /// Mismatches worth reading, one line each.
    pub problems: Vec<String>,
}

fn gold_point(g: &Gazetteer, gi: &GoldIncident) -> Vec<(f64, f64)> {
    if let (Some(lat), Some(lon)) = (gi.lat, gi.lon) {
        return vec![(lat, lon)];
    }
    let hints = gi
        .region
        .as_deref()
        .and_then(|r| g.hints(Some(r), None, None).ok())
        .unwrap_or_default();
    if let Some(p) = relative_point(g, gi, &hints) {
        return vec![p];
    }
    let mut names: Vec<&str> = gi.main_place.iter().map(String::as_str).collect();
    names.extend(gi.places.iter().map(String::as_str));
    let pts: Vec<(f64, f64)> = names
        .iter()
        .filter_map(|n| {
            g.resolve(n, &hints)
                .ok()?
                .into_iter()
                .next()
                .map(|c| (c.place.lat, c.place.lon))
        })
        .collect();
    if gi.places.len() == 2 && pts.len() >= 2 {
        // A road between two places: its midpoint counts as well.
        let (a, b) = (pts[pts.len() - 2], pts[pts.len() - 1]);
        let mut v = pts.clone();
        v.push(((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0));
        return v;
    }
    pts
}

/// The point a gold relative position with a direction estimates, when no
/// main place is named: "à 80 km à l'ouest de Séguédine" is 80 km west of
/// Séguédine, not Séguédine. Without a direction the reference stands.
fn relative_point(
    g: &Gazetteer,
    gi: &GoldIncident,
    hints: &crate::gazetteer::Hints,
) -> Option<(f64, f64)> {
    if gi.main_place.is_some() {
        return None;
    }
    let text = gi.relative.as_deref()?;
    // The annotator may write the phrase bare ("40 km au sud de Gao").
    let r = crate::gazetteer::relative::parse_relative(text)
        .or_else(|| crate::gazetteer::relative::parse_relative(&format!("à {text}")))?;
    r.bearing?;
    let hint = g.relative_hint(&r, hints).ok()?;
    Some((hint.lat, hint.lon))
}

/// Whether an extracted date agrees with a gold date at the gold precision.
pub fn date_agrees(gold: Option<&str>, got: Option<&crate::model::IncidentDate>) -> bool {
    let Some(gold) = gold else {
        return got.is_none();
    };
    let Some(got) = got else { return false };
    let d = got.midpoint().to_string();
    match gold.len() {
        10 => {
            let (start, end) = (got.start.to_string(), got.end.to_string());
            (got.precision == DatePrecision::Day && d == gold)
                || (got.precision == DatePrecision::Week
                    && start.as_str() <= gold
                    && end.as_str() >= gold)
        }
        7 => d.starts_with(gold) && got.precision <= DatePrecision::Month,
        4 => d.starts_with(gold),
        _ => false,
    }
}

fn dates_compatible(gold: Option<&str>, got: Option<&crate::model::IncidentDate>) -> bool {
    match (gold, got) {
        (None, _) => true,
        (Some(_), None) => true,
        (Some(g), Some(d)) => {
            let (s, e) = (d.start.to_string(), d.end.to_string());
            // Overlap of the gold period with the extracted one.
            let (gs, ge) = match g.len() {
                10 => (g.to_string(), g.to_string()),
                7 => (format!("{g}-01"), format!("{g}-31")),
                _ => (format!("{g}-01-01"), format!("{g}-12-31")),
            };
            s <= ge && gs <= e
        }
    }
}

fn toll_agrees(gi: &GoldIncident, i: &Incident) -> bool {
    let f = &i.fatalities;
    match (gi.fatalities_low, gi.fatalities_high) {
        (None, None) => !f.is_known(),
        (Some(lo), hi) => {
            let Some(l) = f.low else { return false };
            let within_hi = |x: u32| hi.is_none_or(|h| x <= h);
            l >= lo
                && within_hi(l)
                && f.high.is_none_or(|h| h >= lo && within_hi(h))
                && (hi.is_none() || f.high.is_some())
        }
        (None, Some(hi)) => f.low.is_some_and(|l| l <= hi) && f.high.is_some_and(|h| h <= hi),
    }
}

fn same_region(gold: Option<&str>, i: &Incident, g: &Gazetteer) -> bool {
    let Some(gr) = gold else { return true };
    let Some(l) = &i.location else { return false };
    match g.admin().region_hint(gr) {
        Ok(h) => {
            h.contains(l.region.as_deref(), l.cercle.as_deref())
                || l.region.as_deref().is_some_and(|r| fold(r) == fold(gr))
        }
        Err(_) => false,
    }
}

/// Scores extracted incidents (each tagged with its article file name)
/// against the gold incidents.
pub fn score(g: &Gazetteer, gold: &[GoldIncident], extracted: &[(String, Incident)]) -> Scores {
    // (gold, extracted, cost, whether the place agrees)
    let mut candidates: Vec<(usize, usize, f64, bool)> = Vec::new();
    for (gi_idx, gi) in gold.iter().enumerate() {
        let pts = gold_point(g, gi);
        for (ei, (article, inc)) in extracted.iter().enumerate() {
            if article != &gi.article {
                continue;
            }
            let dist = inc.location.as_ref().map_or(f64::INFINITY, |l| {
                pts.iter()
                    .map(|p| distance_km(p.0, p.1, l.lat, l.lon))
                    .fold(f64::INFINITY, f64::min)
            });
            let same_name = inc.location.as_ref().is_some_and(|l| {
                let w = fold(&l.name_written);
                gi.main_place.as_deref().is_some_and(|m| fold(m) == w)
                    || gi.places.iter().any(|p| fold(p) == w)
            });
            let placed = dist <= 25.0 || same_name;
            let date_ok = date_agrees(gi.date.as_deref(), inc.date.as_ref());
            let type_ok = gi
                .event_type
                .as_deref()
                .is_none_or(|t| inc.event_type.as_str() == t);
            // A pair counts when the place agrees, or (a misplaced
            // incident, or a gold incident with no place) when the article,
            // date and type all do; agreeing places are preferred.
            // Within one article, a pair whose place agrees is the same
            // event even when the date disagrees (a date error, counted in
            // date accuracy), unless the dates cannot overlap at all and
            // the type differs too (two events at one place).
            let compatible = dates_compatible(gi.date.as_deref(), inc.date.as_ref());
            let cost = if placed && (compatible || type_ok) {
                dist.min(25.0)
            } else if compatible && date_ok && type_ok {
                1000.0
            } else {
                continue;
            };
            let bonus = if date_ok { 0.0 } else { 100.0 };
            candidates.push((gi_idx, ei, cost + bonus, placed));
        }
    }
    candidates.sort_by(|a, b| a.2.total_cmp(&b.2));
    let mut gold_used: Vec<Option<(usize, bool)>> = vec![None; gold.len()];
    let mut ext_used = vec![false; extracted.len()];
    for (gi, ei, _, placed) in candidates {
        if gold_used[gi].is_none() && !ext_used[ei] {
            gold_used[gi] = Some((ei, placed));
            ext_used[ei] = true;
        }
    }
    let mut s = Scores {
        gold: gold.len(),
        extracted: extracted.len(),
        ..Default::default()
    };
    let (mut date_ok, mut type_ok, mut region_ok, mut toll_ok, mut place_ok) = (0, 0, 0, 0, 0);
    for (gi, m) in gold.iter().zip(&gold_used) {
        let gid = gi.id.clone().unwrap_or_else(|| {
            format!("{}:{}", gi.article, gi.main_place.as_deref().unwrap_or("?"))
        });
        let Some((ei, p)) = *m else {
            s.problems.push(format!(
                "{gid}: not found ({} {} {})",
                gi.main_place.as_deref().unwrap_or("no place"),
                gi.date.as_deref().unwrap_or("no date"),
                gi.event_type.as_deref().unwrap_or("no type")
            ));
            s.pairs.push((gid, None));
            continue;
        };
        let inc = &extracted[ei].1;
        s.matched += 1;
        let d = date_agrees(gi.date.as_deref(), inc.date.as_ref());
        let t = gi
            .event_type
            .as_deref()
            .is_none_or(|t| inc.event_type.as_str() == t);
        let r = same_region(gi.region.as_deref(), inc, g);
        let k = toll_agrees(gi, inc);
        date_ok += usize::from(d);
        type_ok += usize::from(t);
        region_ok += usize::from(r);
        toll_ok += usize::from(k);
        place_ok += usize::from(p);
        let mut why = Vec::new();
        if !p {
            why.push(format!(
                "place {} more than 25 km from gold {}",
                inc.location
                    .as_ref()
                    .map_or("none".to_string(), |l| l.name_written.to_string()),
                gi.main_place.as_deref().unwrap_or("(gold point)")
            ));
        }
        if !d {
            why.push(format!(
                "date {} vs gold {}",
                inc.date.map(|d| d.to_string()).unwrap_or("none".into()),
                gi.date.as_deref().unwrap_or("none")
            ));
        }
        if !t {
            why.push(format!(
                "type {} vs gold {}",
                inc.event_type,
                gi.event_type.as_deref().unwrap_or("none")
            ));
        }
        if !r {
            why.push(format!(
                "region {:?} vs gold {:?}",
                inc.location.as_ref().and_then(|l| l.region.clone()),
                gi.region
            ));
        }
        if !k {
            why.push(format!(
                "toll {:?}-{:?} vs gold {:?}-{:?}",
                inc.fatalities.low, inc.fatalities.high, gi.fatalities_low, gi.fatalities_high
            ));
        }
        if !why.is_empty() {
            s.problems
                .push(format!("{gid} ~ {}: {}", inc.id, why.join("; ")));
        }
        s.pairs.push((gid, Some(inc.id.clone())));
    }
    for (ei, used) in ext_used.iter().enumerate() {
        if !used {
            let (a, i) = &extracted[ei];
            s.problems.push(format!(
                "extra: {} in {a} ({} {} {})",
                i.id,
                i.location
                    .as_ref()
                    .map(|l| l.name_written.as_str())
                    .unwrap_or("?"),
                i.date.map(|d| d.to_string()).unwrap_or("no date".into()),
                i.event_type
            ));
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    s.precision = ratio(s.matched, s.extracted);
    s.recall = ratio(s.matched, s.gold);
    s.f1 = if s.precision + s.recall > 0.0 {
        2.0 * s.precision * s.recall / (s.precision + s.recall)
    } else {
        0.0
    };
    s.date_accuracy = ratio(date_ok, s.matched);
    s.type_accuracy = ratio(type_ok, s.matched);
    s.region_accuracy = ratio(region_ok, s.matched);
    s.toll_accuracy = ratio(toll_ok, s.matched);
    s.place_accuracy = ratio(place_ok, s.matched);
    s
}

/// Checks that every gold article exists in the directory.
pub fn check_articles(gold: &[GoldIncident], dir: &std::path::Path) -> Result<()> {
    for gi in gold {
        let p = dir.join(&gi.article);
        if !p.exists() {
            return Err(Error::MissingArticle {
                article: gi.article.clone(),
                dir: dir.to_path_buf(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IncidentDate;
    use chrono::NaiveDate;

    #[test]
    fn dates_agree_at_gold_precision() {
        let d = IncidentDate::day(NaiveDate::from_ymd_opt(2019, 3, 17).unwrap());
        let m = IncidentDate::month(2019, 3).unwrap();
        assert!(date_agrees(Some("2019-03-17"), Some(&d)));
        assert!(!date_agrees(Some("2019-03-17"), Some(&m)));
        assert!(date_agrees(Some("2019-03"), Some(&m)));
        assert!(date_agrees(Some("2019-03"), Some(&d)));
        assert!(date_agrees(None, None));
        assert!(!date_agrees(None, Some(&d)));
        assert!(!date_agrees(Some("2019-03"), None));
    }

    fn gi(low: Option<u32>, high: Option<u32>) -> GoldIncident {
        GoldIncident {
            article: "a".into(),
            main_place: Some("Gao".into()),
            event_type: Some("attack".into()),
            fatalities_low: low,
            fatalities_high: high,
            ..Default::default()
        }
    }

    fn inc(c: crate::model::Casualties) -> Incident {
        Incident {
            id: "x".into(),
            date: None,
            location: None,
            event_type: crate::model::EventType::Attack,
            actors: vec![],
            fatalities: c,
            wounded: Default::default(),
            sources: vec![],
            notes: vec![],
        }
    }

    #[test]
    fn toll_inside_gold_range() {
        use crate::model::Casualties as C;
        assert!(toll_agrees(&gi(Some(20), Some(21)), &inc(C::range(20, 21))));
        assert!(toll_agrees(&gi(Some(20), Some(21)), &inc(C::exact(21))));
        assert!(!toll_agrees(
            &gi(Some(20), Some(21)),
            &inc(C::range(20, 26))
        ));
        assert!(toll_agrees(&gi(Some(16), None), &inc(C::at_least(16))));
        assert!(!toll_agrees(&gi(Some(16), None), &inc(C::exact(15))));
        assert!(toll_agrees(&gi(None, None), &inc(C::unknown())));
        assert!(!toll_agrees(&gi(None, None), &inc(C::exact(3))));
        assert!(toll_agrees(&gi(Some(0), Some(10)), &inc(C::range(0, 10))));
    }

    #[test]
    fn relative_gold_scored_at_its_estimated_point() {
        let g = Gazetteer::embedded();
        let mut west = GoldIncident {
            article: "a".into(),
            places: vec!["Tombouctou".into()],
            relative: Some("à 40 km au sud de Tombouctou".into()),
            ..Default::default()
        };
        let town = gold_point(
            g,
            &GoldIncident {
                relative: None,
                ..west.clone()
            },
        )[0];
        let p = gold_point(g, &west);
        assert_eq!(p.len(), 1);
        let d = distance_km(town.0, town.1, p[0].0, p[0].1);
        assert!((d - 40.0).abs() < 2.0, "{d} km from the town");
        assert!(p[0].0 < town.0, "south of the town");
        // Without a direction, or with a named site, the town stands.
        west.relative = Some("à 40 km de Tombouctou".into());
        assert_eq!(gold_point(g, &west), vec![town]);
    }
}
