//! Reading incidents back: sahel's JSON, GeoJSON FeatureCollections of
//! points (sahel's own properties, or foreign ones such as `date`,
//! `event_date`, `fatalities`), CSV (sahel, ACLED, UCDP: see
//! [`crate::io::csv_in`]), and articles (extracted on the fly).
//!
//! Every analysis command reads its inputs through [`read_inputs`], so a
//! new format is added in one place.
//!
//! ```
//! let gj = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-4.18,14.48]},"properties":{"event_date":"2024-03-16","fatalities":3,"event_type":"attack"}}]}"#;
//! let v = sahel::io::read::incidents_from_geojson(gj, "x.geojson").unwrap();
//! assert_eq!(v[0].fatalities.low, Some(3));
//! assert_eq!(v[0].date.unwrap().to_string(), "2024-03-16");
//! ```

use crate::extract::article::{parse_published, read_articles};
use crate::extract::{extract_article, merge_incidents};
use crate::gazetteer::Gazetteer;
use crate::model::{
    Actor, Casualties, DatePrecision, EventType, Incident, IncidentDate, Location,
    LocationPrecision, Source,
};
use anyhow::{anyhow, bail, Context, Result};
use chrono::NaiveDate;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn parse_day(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let s = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn num(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) if !s.trim().is_empty() => s.trim().parse().ok(),
        _ => None,
    }
}

fn string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn count(v: Option<&Value>, what: &str, origin: &str) -> Result<Option<u32>> {
    match num(v) {
        None => Ok(None),
        Some(x) if x >= 0.0 && x.fract() == 0.0 && x < 1e9 => Ok(Some(x as u32)),
        Some(x) => bail!("{origin}: {what} {x} is not a count of people"),
    }
}

/// Reads a GeoJSON FeatureCollection of points as incidents.
pub fn incidents_from_geojson(text: &str, origin: &str) -> Result<Vec<Incident>> {
    let v: Value =
        serde_json::from_str(text).with_context(|| format!("{origin}: not valid JSON"))?;
    if v.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        bail!("{origin}: expected a GeoJSON FeatureCollection");
    }
    let features = v
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| anyhow!("{origin}: no \"features\" array"))?;
    let mut out = Vec::with_capacity(features.len());
    for (n, f) in features.iter().enumerate() {
        let at = format!("{origin}: feature {n}");
        let empty = serde_json::Map::new();
        let p = f
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let location = match f.get("geometry") {
            None | Some(Value::Null) => None,
            Some(g) => {
                if g.get("type").and_then(Value::as_str) != Some("Point") {
                    bail!("{at}: geometry is not a Point");
                }
                let c = g
                    .get("coordinates")
                    .and_then(Value::as_array)
                    .ok_or_else(|| anyhow!("{at}: Point without coordinates"))?;
                let (lon, lat) = match (
                    c.first().and_then(Value::as_f64),
                    c.get(1).and_then(Value::as_f64),
                ) {
                    (Some(a), Some(b)) => (a, b),
                    _ => bail!("{at}: coordinates are not numbers"),
                };
                if !(lat.is_finite()
                    && lon.is_finite()
                    && (-90.0..=90.0).contains(&lat)
                    && (-180.0..=180.0).contains(&lon))
                {
                    bail!("{at}: coordinates {lon},{lat} out of range (GeoJSON is lon, lat)");
                }
                let precision = match p.get("geo_precision").and_then(Value::as_str) {
                    Some("near") => LocationPrecision::Near,
                    Some("estimated") => LocationPrecision::Estimated,
                    Some("region") => LocationPrecision::Region,
                    _ => LocationPrecision::Exact,
                };
                Some(Location {
                    lat,
                    lon,
                    precision,
                    uncertainty_km: num(p.get("uncertainty_km")).unwrap_or(1.0),
                    name_written: string(p.get("place_written"))
                        .or_else(|| string(p.get("location")))
                        .or_else(|| string(p.get("name")))
                        .unwrap_or_default(),
                    name_resolved: string(p.get("place")),
                    region: string(p.get("region")).or_else(|| string(p.get("admin1"))),
                    cercle: string(p.get("cercle")).or_else(|| string(p.get("admin2"))),
                })
            }
        };
        let start = string(p.get("date_start"))
            .or_else(|| string(p.get("event_date")))
            .or_else(|| string(p.get("date")));
        let date = match start {
            None => None,
            Some(s) => {
                let d = match (parse_day(&s), parse_published(&s)) {
                    (Some(d), _) => d,
                    (None, Ok(m)) => m.start,
                    (None, Err(_)) => {
                        bail!("{at}: date {s:?} does not parse (expected YYYY-MM-DD)")
                    }
                };
                let end = string(p.get("date_end"))
                    .and_then(|e| parse_day(&e))
                    .unwrap_or(d);
                let precision = match p.get("date_precision").and_then(Value::as_str) {
                    Some("week") => Some(DatePrecision::Week),
                    Some("month") => Some(DatePrecision::Month),
                    Some("year") => Some(DatePrecision::Year),
                    Some("day") => Some(DatePrecision::Day),
                    _ => None,
                };
                let mut id = IncidentDate::range(d, end);
                if let Some(pr) = precision {
                    id.precision = pr;
                } else if s.len() == 7 {
                    id = parse_published(&s).map_err(|e| anyhow!("{at}: {e}"))?;
                }
                Some(id)
            }
        };
        let event_type = match string(p.get("event_type")) {
            Some(t) => t.parse().unwrap_or(EventType::Other),
            None => EventType::Other,
        };
        let mut fatalities = Casualties {
            low: count(p.get("fatalities_low"), "fatalities_low", &at)?,
            high: count(p.get("fatalities_high"), "fatalities_high", &at)?,
        };
        if !fatalities.is_known() {
            if let Some(f) = count(p.get("fatalities"), "fatalities", &at)? {
                fatalities = Casualties::exact(f);
            }
        }
        let wounded = Casualties {
            low: count(p.get("wounded_low"), "wounded_low", &at)?,
            high: count(p.get("wounded_high"), "wounded_high", &at)?,
        };
        let actors = string(p.get("actors"))
            .map(|a| {
                a.split(';')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(|x| Actor::new(x, x))
                    .collect()
            })
            .unwrap_or_default();
        let id = match f.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => string(p.get("id")).unwrap_or_else(|| {
                format!(
                    "{}-{n}",
                    Path::new(origin)
                        .file_stem()
                        .map_or("f".into(), |s| s.to_string_lossy().into_owned())
                )
            }),
        };
        let sources = string(p.get("sources"))
            .map(|s| {
                s.split(';')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(|x| Source {
                        file: x.to_string(),
                        sentence: String::new(),
                    })
                    .collect()
            })
            .unwrap_or_else(|| {
                vec![Source {
                    file: origin.to_string(),
                    sentence: String::new(),
                }]
            });
        let notes = string(p.get("notes")).map(|n| vec![n]).unwrap_or_default();
        out.push(Incident {
            id,
            date,
            location,
            event_type,
            actors,
            fatalities,
            wounded,
            sources,
            notes,
        });
    }
    Ok(out)
}

/// Reads incidents from any mix of inputs: `.geojson` files, sahel's
/// `.json` incident arrays, and articles (`.txt`, `.html`, directories of
/// them, `-` for standard input), which are extracted and merged.
pub fn read_inputs(inputs: &[PathBuf], g: &Gazetteer) -> Result<Vec<Incident>> {
    read_inputs_with(inputs, g, &ReadOptions::default())
}

/// How to read inputs.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Force the CSV layout instead of detecting it from the header.
    pub csv_layout: Option<crate::io::csv_in::Layout>,
    /// Report malformed rows and skip them instead of stopping.
    pub skip_invalid: bool,
}

/// [`read_inputs`] with options; skipped rows are reported on stderr with
/// their count.
pub fn read_inputs_with(
    inputs: &[PathBuf],
    g: &Gazetteer,
    o: &ReadOptions,
) -> Result<Vec<Incident>> {
    let mut out = Vec::new();
    let mut articles = Vec::new();
    let mut skipped = 0;
    for p in inputs {
        let ext = p
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "geojson" => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("{}: cannot read", p.display()))?;
                out.extend(incidents_from_geojson(&text, &p.display().to_string())?);
            }
            "json" => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("{}: cannot read", p.display()))?;
                if text.trim_start().starts_with('[') {
                    let v: Vec<Incident> = serde_json::from_str(&text)
                        .with_context(|| format!("{}: not a sahel incident array", p.display()))?;
                    out.extend(v);
                } else {
                    out.extend(incidents_from_geojson(&text, &p.display().to_string())?);
                }
            }
            "csv" => {
                let text = crate::io::read_text(p)?;
                let r = crate::io::csv_in::read_incident_csv(
                    &text,
                    &p.display().to_string(),
                    o.csv_layout,
                    o.skip_invalid,
                )?;
                for s in &r.skipped {
                    eprintln!("skipped: {s}");
                }
                skipped += r.skipped.len();
                out.extend(r.incidents);
            }
            _ => articles.push(p.clone()),
        }
    }
    if skipped > 0 {
        eprintln!("{skipped} invalid row(s) skipped");
    }
    if !articles.is_empty() {
        let (arts, problems) = read_articles(&articles, None);
        if let Some(p) = problems.first() {
            bail!("{p}");
        }
        let mut ex = Vec::new();
        for a in &arts {
            ex.extend(extract_article(a, g));
        }
        out.extend(merge_incidents(ex).into_iter().map(|e| e.incident));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_through_sahel_geojson() {
        let g = Gazetteer::embedded();
        let a = crate::extract::article::Article::from_text(
            "a.txt",
            "date 2024-03-18\nLe JNIM a attaqué samedi le camp de Danderesso, tuant 10 soldats.",
        );
        let inc: Vec<Incident> = extract_article(&a, g)
            .into_iter()
            .map(|e| e.incident)
            .collect();
        let mut buf = Vec::new();
        crate::io::incidents::write_geojson(&inc, &mut buf).unwrap();
        let back = incidents_from_geojson(std::str::from_utf8(&buf).unwrap(), "t").unwrap();
        assert_eq!(back.len(), 1);
        let (x, y) = (&inc[0], &back[0]);
        assert_eq!(
            (x.id.as_str(), x.date, x.event_type, x.fatalities),
            (y.id.as_str(), y.date, y.event_type, y.fatalities)
        );
        let (lx, ly) = (x.location.as_ref().unwrap(), y.location.as_ref().unwrap());
        assert!((lx.lat - ly.lat).abs() < 1e-5 && (lx.lon - ly.lon).abs() < 1e-5);
        assert_eq!(
            (lx.region.as_deref(), lx.precision),
            (ly.region.as_deref(), ly.precision)
        );
    }

    #[test]
    fn bad_features_are_reported_by_number() {
        let bad = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}},{"type":"Feature","geometry":{"type":"Point","coordinates":[200,14]},"properties":{}}]}"#;
        let e = incidents_from_geojson(bad, "x.geojson")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("x.geojson: feature 1") && e.contains("out of range"),
            "{e}"
        );
        let nan = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,14]},"properties":{"date":"hier"}}]}"#;
        let e = incidents_from_geojson(nan, "y.geojson")
            .unwrap_err()
            .to_string();
        assert!(e.contains("feature 0") && e.contains("hier"), "{e}");
        assert!(incidents_from_geojson("[]", "z").is_err());
    }
}
