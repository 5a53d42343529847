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

use crate::extract::article::{article_from_bytes, read_articles, Article};
use crate::extract::{extract_article, merge_incidents};
use crate::files::read_bytes;
use crate::gazetteer::Gazetteer;
use crate::io::csv_in::{is_incident_header, read_incident_csv_with};
use crate::io::geojson_in::incidents_from_geojson_bytes;
use crate::model::Incident;
use anyhow::{bail, Context, Result};
use std::path::PathBuf;

pub use crate::io::geojson_in::incidents_from_geojson;

/// Reads incidents from any mix of inputs: `.geojson` files, sahel's
/// `.json` incident arrays, CSV (sahel, ACLED, UCDP), FlatGeobuf, and articles
/// (`.txt`, `.html`, directories of them), which are extracted and merged.
/// `-` reads standard input and tells the kind from its first bytes: `{`
/// GeoJSON, `[` sahel JSON, FlatGeobuf's magic number, a known CSV header
/// (or any, with the CSV layout forced), otherwise an article.
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

/// What a file holds, from its extension (or, for standard input, its
/// first bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    GeoJson,
    FlatGeobuf,
    SahelJson,
    Csv,
    Article,
}

fn kind_of_bytes(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"fgb\x03") {
        return Kind::FlatGeobuf;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace());
    match start.map(|i| text[i]) {
        Some(b'{') => Kind::GeoJson,
        Some(b'[') => Kind::SahelJson,
        _ => {
            let first = text.split(|&b| b == b'\n').next().unwrap_or(b"");
            if is_incident_header(&String::from_utf8_lossy(first)) {
                Kind::Csv
            } else {
                Kind::Article
            }
        }
    }
}

/// [`read_inputs`] with options; skipped rows are reported on stderr with
/// their count. Long reads show a progress bar when stderr is a terminal.
pub fn read_inputs_with(
    inputs: &[PathBuf],
    g: &Gazetteer,
    o: &ReadOptions,
) -> Result<Vec<Incident>> {
    let mut out = Vec::new();
    let mut article_paths = Vec::new();
    let mut stdin_articles: Vec<Article> = Vec::new();
    let mut skipped = 0;
    for p in inputs {
        let name = p.display().to_string();
        let ext = p
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let (kind, bytes) = match ext.as_str() {
            "geojson" => (Kind::GeoJson, read_bytes(p)?),
            "json" => {
                let b = read_bytes(p)?;
                (kind_of_bytes(&b), b)
            }
            "csv" => (Kind::Csv, read_bytes(p)?),
            "fgb" => (Kind::FlatGeobuf, read_bytes(p)?),
            _ if p.as_os_str() == "-" => {
                let b = read_bytes(p)?;
                match kind_of_bytes(&b) {
                    // A header sahel does not know, with the layout forced.
                    Kind::Article if o.csv_layout.is_some() => (Kind::Csv, b),
                    k => (k, b),
                }
            }
            _ => {
                article_paths.push(p.clone());
                continue;
            }
        };
        match kind {
            Kind::GeoJson => {
                let bar = crate::progress::counter(&format!("features read from {name}"));
                let v = incidents_from_geojson_bytes(&bytes, &name, &mut |n| {
                    bar.set_position(n as u64)
                })?;
                bar.finish_and_clear();
                out.extend(v);
            }
            Kind::FlatGeobuf => out.extend(crate::io::fgb::read_fgb(&bytes, &name)?),
            Kind::SahelJson => {
                let v: Vec<Incident> = serde_json::from_slice(&bytes)
                    .with_context(|| format!("{name}: not a sahel incident array"))?;
                out.extend(v);
            }
            Kind::Csv => {
                let text = crate::files::decode_owned(bytes).0;
                let bar = crate::progress::bytes(text.len() as u64, &format!("reading {name}"));
                let r =
                    read_incident_csv_with(&text, &name, o.csv_layout, o.skip_invalid, &mut |b| {
                        bar.set_position(b)
                    })?;
                bar.finish_and_clear();
                for s in &r.skipped {
                    eprintln!("skipped: {s}");
                }
                skipped += r.skipped.len();
                out.extend(r.incidents);
            }
            Kind::Article => {
                stdin_articles.push(
                    article_from_bytes(&name, &name, &bytes, None).map_err(anyhow::Error::msg)?,
                );
            }
        }
    }
    if skipped > 0 {
        eprintln!("{skipped} invalid row(s) skipped");
    }
    if !article_paths.is_empty() || !stdin_articles.is_empty() {
        let (mut arts, problems) = read_articles(&article_paths, None);
        if let Some(p) = problems.first() {
            bail!("{p}");
        }
        arts.extend(stdin_articles);
        let bar = crate::progress::bar(arts.len() as u64, "articles");
        let mut ex = Vec::new();
        for a in &arts {
            ex.extend(extract_article(a, g));
            bar.inc(1);
        }
        bar.finish_and_clear();
        out.extend(merge_incidents(ex).into_iter().map(|e| e.incident));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geojson_round_trip_keeps_every_field() {
        let g = Gazetteer::embedded();
        let mut inc = crate::report::example_incidents(g);
        // Lists whose items contain the separators must survive too.
        inc[0].notes = vec!["JNIM: 10 morts; armée: aucun".into(), "x | y".into()];
        inc[0].sources.push(crate::model::Source {
            file: r"C:\dépêches\b.txt".into(),
            sentence: "Une phrase | avec une barre; et un point-virgule.".into(),
        });
        let mut first = Vec::new();
        crate::io::incidents::write_geojson(&inc, &mut first).unwrap();
        let back = incidents_from_geojson(std::str::from_utf8(&first).unwrap(), "t").unwrap();
        assert_eq!(back.len(), inc.len());
        for (a, b) in inc.iter().zip(&back) {
            // Coordinates are written to 5 decimals (about a metre).
            let mut a = a.clone();
            if let Some(l) = a.location.as_mut() {
                l.lat = crate::geodesy::round_to(l.lat, 5);
                l.lon = crate::geodesy::round_to(l.lon, 5);
            }
            assert_eq!(&a, b, "incident {} changed on the way", a.id);
        }
        let mut second = Vec::new();
        crate::io::incidents::write_geojson(&back, &mut second).unwrap();
        assert_eq!(
            String::from_utf8(first).unwrap(),
            String::from_utf8(second).unwrap()
        );
    }

    #[test]
    fn standard_input_kind_is_sniffed() {
        assert_eq!(kind_of_bytes(b"  {\"type\":1}"), Kind::GeoJson);
        assert_eq!(kind_of_bytes(b"\xEF\xBB\xBF[]"), Kind::SahelJson);
        assert_eq!(
            kind_of_bytes(b"event_id,event_date,time_precision,latitude,longitude\n"),
            Kind::Csv
        );
        assert_eq!(
            kind_of_bytes("date 2024-03-18\nLe JNIM a attaqué Boni.".as_bytes()),
            Kind::Article
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
