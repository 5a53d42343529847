//! Writing incidents: GeoJSON (RFC 7946), CSV with ACLED-like columns, and
//! sahel's own JSON.
//!
//! GIS tools read flat, typed properties best, so every field of
//! [`Incident`] becomes one property or column: actors and sources are
//! joined with `; `, dates are split into start, end and precision.
//!
//! ```
//! use sahel::model::*;
//! let inc = Incident { id: "a-1".into(), date: None, location: None, event_type: EventType::Attack,
//!     actors: vec![], fatalities: Casualties::exact(3), wounded: Casualties::unknown(), sources: vec![], notes: vec![] };
//! let mut out = Vec::new();
//! sahel::io::incidents::write_geojson(&[inc], sahel::admin::AdminLocator::embedded(), &mut out).unwrap();
//! let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
//! assert_eq!(v["features"][0]["properties"]["fatalities_low"], 3);
//! ```

use super::Result;
use crate::admin::AdminLocator;
use crate::geodesy::round_to as round;
use crate::io::flat::join;
use crate::io::record::{source_files, source_sentences, Record, Roles};
use crate::io::schema;
use crate::model::{Casualties, Incident, Location, Name};
use serde_json::{Map, Value};
use std::io::Write;

/// The flat properties of an incident (the GeoJSON properties; the CSV
/// columns are the same meanings under ACLED-like names). Writers stream
/// [`Record`]s instead of building this map.
pub fn properties(i: &Incident, admin: &AdminLocator) -> Map<String, Value> {
    Record::of(i, admin).to_map()
}

/// Writes a GeoJSON FeatureCollection: lon/lat order, 5 decimals (about a
/// metre), one Feature per incident with its `id`; incidents with no
/// location get a null geometry.
///
/// ```
/// use sahel::io::{geojson_in::incidents_from_geojson, incidents::write_geojson};
/// let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-0.05,16.27]},"properties":{"event_date":"2024-03-16","fatalities":3,"event_type":"ambush"}}]}"#;
/// let incidents = incidents_from_geojson(text, "in.geojson").unwrap();
/// let mut out = Vec::new();
/// write_geojson(&incidents, sahel::admin::AdminLocator::embedded(), &mut out).unwrap();
/// let back = incidents_from_geojson(std::str::from_utf8(&out).unwrap(), "out.geojson").unwrap();
/// assert_eq!(back[0].fatalities, incidents[0].fatalities);
/// assert_eq!(back[0].location.as_ref().unwrap().lat, 16.27);
/// ```
pub fn write_geojson(
    incidents: &[Incident],
    admin: &AdminLocator,
    w: &mut dyn Write,
) -> Result<()> {
    write_geojson_with(incidents, admin, w, |_, _| {})
}

/// Like [`write_geojson`], with extra properties added per incident
/// (`extra(position, properties)`): a query's distance, a cluster id.
pub fn write_geojson_with(
    incidents: &[Incident],
    admin: &AdminLocator,
    w: &mut dyn Write,
    mut extra: impl FnMut(usize, &mut Record<'_>),
) -> Result<()> {
    let mut out = GeojsonWriter::begin(w, admin)?;
    for (n, i) in incidents.iter().enumerate() {
        out.push_with(i, |r| extra(n, r))?;
    }
    out.finish()
}

/// A GeoJSON FeatureCollection written one incident at a time, as
/// [`write_geojson`] writes it: for commands that stream (`convert`), so
/// that nothing waits in memory.
///
/// ```
/// use sahel::io::incidents::GeojsonWriter;
/// use sahel::model::*;
/// let inc = Incident { id: "a-1".into(), date: None, location: None, event_type: EventType::Attack,
///     actors: vec![], fatalities: Casualties::exact(3), wounded: Casualties::unknown(), sources: vec![], notes: vec![] };
/// let mut out = Vec::new();
/// let mut w = GeojsonWriter::begin(&mut out, sahel::admin::AdminLocator::embedded()).unwrap();
/// w.push(&inc).unwrap();
/// w.push(&inc).unwrap();
/// w.finish().unwrap();
/// let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(v["features"].as_array().unwrap().len(), 2);
/// ```
pub struct GeojsonWriter<'w> {
    w: &'w mut dyn Write,
    admin: &'w AdminLocator,
    written: usize,
    // The buffer `write_feature` serialises each feature into.
    feature: Vec<u8>,
}

impl<'w> GeojsonWriter<'w> {
    /// Writes the collection's opening.
    pub fn begin(w: &'w mut dyn Write, admin: &'w AdminLocator) -> Result<Self> {
        writeln!(w, "{{\"type\":\"FeatureCollection\",\"features\":[")?;
        Ok(GeojsonWriter {
            w,
            admin,
            written: 0,
            feature: Vec::with_capacity(1024),
        })
    }

    /// Writes one incident's feature.
    pub fn push(&mut self, i: &Incident) -> Result<()> {
        self.push_with(i, |_| {})
    }

    /// Writes one incident's feature, `extra` adding to its properties.
    pub fn push_with(&mut self, i: &Incident, extra: impl FnOnce(&mut Record<'_>)) -> Result<()> {
        let mut properties = Record::of(i, self.admin);
        extra(&mut properties);
        write_feature(
            &mut *self.w,
            &mut self.feature,
            self.written > 0,
            &Feature::of(i, properties),
        )?;
        self.written += 1;
        Ok(())
    }

    /// Closes the collection.
    pub fn finish(self) -> Result<()> {
        if self.written > 0 {
            self.w.write_all(b"\n")?;
        }
        writeln!(self.w, "]}}")?;
        Ok(())
    }
}

/// A GeoJSON Feature as sahel writes it, keys in order.
#[derive(serde::Serialize)]
pub(crate) struct Feature<'a> {
    geometry: Option<PointGeometry>,
    id: &'a str,
    properties: Record<'a>,
    #[serde(rename = "type")]
    kind: &'static str,
}

impl<'a> Feature<'a> {
    /// The feature of an incident: its point (lon, lat, 5 decimals) or a
    /// null geometry.
    pub(crate) fn of(i: &'a Incident, properties: Record<'a>) -> Feature<'a> {
        Feature {
            geometry: i.location.as_ref().map(|l| PointGeometry {
                coordinates: [round(l.lon, 5), round(l.lat, 5)],
                kind: "Point",
            }),
            id: &i.id,
            properties,
            kind: "Feature",
        }
    }
}

#[derive(serde::Serialize)]
struct PointGeometry {
    coordinates: [f64; 2],
    #[serde(rename = "type")]
    kind: &'static str,
}

/// CSV columns, ACLED names where the meaning is the same.
pub use super::schema::CSV_COLUMNS;

/// The single figure of the `fatalities` and `wounded` columns: the low
/// one, as ACLED publishes its most conservative figure (the range is in
/// `fatalities_low` and `fatalities_high`). Empty when no low figure is
/// known.
fn conservative(c: &Casualties) -> String {
    c.low.map(|n| n.to_string()).unwrap_or_default()
}

/// Today's region and cercle of a location, computed from its point when
/// it does not carry them.
fn current_names(l: Option<&Location>, admin: &AdminLocator) -> (Option<Name>, Option<Name>) {
    l.map_or((None, None), |l| admin.current_names(l))
}

/// The country code of a location (see `AdminLocator::country_code`).
fn country_code_of(l: Option<&Location>, admin: &AdminLocator) -> Option<Name> {
    admin.country_code(l?)
}

/// Writes one CSV row per incident (see [`CSV_COLUMNS`]).
pub fn write_csv(incidents: &[Incident], admin: &AdminLocator, w: &mut dyn Write) -> Result<()> {
    let mut c = CsvWriter::begin(w, admin)?;
    for i in incidents {
        c.push(i)?;
    }
    c.finish()
}

/// The CSV of [`write_csv`] written one incident at a time (see
/// [`GeojsonWriter`]).
pub struct CsvWriter<'w> {
    c: csv::Writer<&'w mut dyn Write>,
    admin: &'w AdminLocator,
}

impl<'w> CsvWriter<'w> {
    /// Writes the header.
    pub fn begin(w: &'w mut dyn Write, admin: &'w AdminLocator) -> Result<Self> {
        let mut c = csv::Writer::from_writer(w);
        c.write_record(CSV_COLUMNS)?;
        Ok(CsvWriter { c, admin })
    }

    /// Writes one incident's row.
    pub fn push(&mut self, i: &Incident) -> Result<()> {
        self.c.write_record(csv_cells(i, self.admin))?;
        Ok(())
    }

    /// Flushes the rows.
    pub fn finish(mut self) -> Result<()> {
        self.c.flush()?;
        Ok(())
    }
}

/// The cells of one incident's CSV row, in the order of [`CSV_COLUMNS`].
pub fn csv_cells(i: &Incident, admin: &AdminLocator) -> Vec<String> {
    let l = i.location.as_ref();
    let (region_now, cercle_now) = current_names(l, admin);
    let files = source_files(i);
    fn s<T: Into<String>>(v: Option<T>) -> String {
        v.map(Into::into).unwrap_or_default()
    }
    let roles = Roles::of(i);
    vec![
        i.id.clone(),
        s(i.date.map(|d| d.midpoint().to_string())),
        s(i.date.map(|d| d.to_string())),
        s(i.date.map(|d| d.start.to_string())),
        s(i.date.map(|d| d.end.to_string())),
        s(i.date
            .map(|d| schema::date_precision_name(d.precision).to_string())),
        i.event_type.as_str().to_string(),
        roles.actor1,
        roles.actor2,
        join(
            &i.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
            ';',
        ),
        join(
            &i.actors
                .iter()
                .map(|a| a.mention.as_str())
                .collect::<Vec<_>>(),
            ';',
        ),
        roles.perpetrators,
        roles.targets,
        s(l.and_then(|l| l.name_resolved.clone().or(Some(l.name_written.clone())))),
        s(l.map(|l| l.name_written.clone())),
        s(country_code_of(l, admin)),
        s(l.and_then(|l| l.region.clone())),
        s(l.and_then(|l| l.cercle.clone())),
        s(region_now),
        s(cercle_now),
        s(l.map(|l| format!("{:.5}", l.lat))),
        s(l.map(|l| format!("{:.5}", l.lon))),
        s(l.map(|l| schema::geo_precision_name(l.precision).to_string())),
        s(l.map(|l| l.uncertainty_km.to_string())),
        conservative(&i.fatalities),
        s(i.fatalities.low.map(|n| n.to_string())),
        s(i.fatalities.high.map(|n| n.to_string())),
        conservative(&i.wounded),
        s(i.wounded.high.map(|n| n.to_string())),
        join(&i.notes, ';'),
        join(&files, ';'),
        source_sentences(i),
    ]
}

/// Writes the incidents as a JSON array in the model's own shape.
pub fn write_json(incidents: &[Incident], w: &mut dyn Write) -> Result<()> {
    serde_json::to_writer_pretty(&mut *w, incidents)?;
    writeln!(w)?;
    Ok(())
}

/// Writes one feature of a collection, after ",\n" unless it is the first
/// (features are separated, not terminated). It is serialised into `buf`
/// and handed to `w` in one call: serde writes token by token, and each
/// token through `dyn Write` would be a virtual call into the caller's
/// buffer.
fn write_feature(
    w: &mut dyn Write,
    buf: &mut Vec<u8>,
    after_another: bool,
    feature: &impl serde::Serialize,
) -> Result<()> {
    buf.clear();
    if after_another {
        buf.extend_from_slice(b",\n");
    }
    serde_json::to_writer(&mut *buf, feature)?;
    w.write_all(buf)?;
    Ok(())
}

/// A FeatureCollection, one feature per line.
pub fn write_feature_collection<F: serde::Serialize>(
    features: impl Iterator<Item = F>,
    w: &mut dyn Write,
) -> Result<()> {
    writeln!(w, "{{\"type\":\"FeatureCollection\",\"features\":[")?;
    let mut feature = Vec::with_capacity(1024);
    for (k, f) in features.enumerate() {
        write_feature(&mut *w, &mut feature, k > 0, &f)?;
    }
    writeln!(w, "\n]}}")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use chrono::NaiveDate;
    use serde_json::json;

    fn sample() -> Incident {
        Incident {
            id: "x-1".into(),
            date: Some(IncidentDate::day(
                NaiveDate::from_ymd_opt(2024, 3, 16).unwrap(),
            )),
            location: Some(Location {
                lat: 11.486471234,
                lon: -5.481571234,
                precision: LocationPrecision::Exact,
                uncertainty_km: 1.0,
                name_written: "Danderesso".into(),
                name_resolved: Some("Dandéresso".into()),
                region: Some("Sikasso".into()),
                cercle: Some("Sikasso".into()),
                region_current: None,
                cercle_current: None,
                country: None,
            }),
            event_type: EventType::Attack,
            actors: vec![
                Actor::new("JNIM", "les jihadistes du Jnim"),
                Actor::new("FAMa", "l'armée malienne"),
            ],
            fatalities: Casualties::range(0, 10),
            wounded: Casualties::unknown(),
            sources: vec![Source {
                file: "a.txt".into(),
                sentence: "Une caserne, attaquée.".into(),
            }],
            notes: vec!["contested".into()],
        }
    }

    #[test]
    fn geojson_is_rfc7946_with_flat_properties() {
        let mut out = Vec::new();
        write_geojson(&[sample()], AdminLocator::embedded(), &mut out).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        let f = &v["features"][0];
        assert_eq!(
            f["geometry"]["coordinates"],
            json!([-5.48157, 11.48647]),
            "lon, lat, 5 decimals"
        );
        assert_eq!(f["id"], "x-1");
        let p = &f["properties"];
        assert_eq!(p["actors"], "JNIM; FAMa");
        assert_eq!(p["date"], "2024-03-16");
        assert_eq!(p["fatalities_high"], 10);
        assert!(p["wounded_low"].is_null());
        assert!(
            p.as_object()
                .unwrap()
                .values()
                .all(|v| !v.is_object() && !v.is_array()),
            "flat"
        );
    }

    #[test]
    fn csv_has_acled_columns() {
        let mut out = Vec::new();
        write_csv(&[sample()], AdminLocator::embedded(), &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        let mut r = csv::Reader::from_reader(s.as_bytes());
        let h = r.headers().unwrap().clone();
        let row = r.records().next().unwrap().unwrap();
        let get = |k: &str| row[h.iter().position(|x| x == k).unwrap()].to_string();
        assert_eq!(get("event_date"), "2024-03-16");
        assert_eq!(get("actor1"), "JNIM");
        assert_eq!(get("latitude"), "11.48647");
        // A toll of "0 to 10": ACLED's conservative figure, not the midpoint.
        assert_eq!(get("fatalities"), "0");
        assert_eq!(get("admin1"), "Sikasso");
    }

    #[test]
    fn csv_fatalities_is_the_low_figure_as_in_acled() {
        // "entre 10 et 20 morts": ACLED's column holds the conservative
        // figure, and the range stays in the low and high columns.
        let mut i = sample();
        i.fatalities = Casualties::range(10, 20);
        i.wounded = Casualties::at_least(4);
        let mut out = Vec::new();
        write_csv(&[i], AdminLocator::embedded(), &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        let mut r = csv::Reader::from_reader(s.as_bytes());
        let h = r.headers().unwrap().clone();
        let row = r.records().next().unwrap().unwrap();
        let get = |k: &str| row[h.iter().position(|x| x == k).unwrap()].to_string();
        assert_eq!(get("fatalities"), "10");
        assert_eq!(get("fatalities_low"), "10");
        assert_eq!(get("fatalities_high"), "20");
        assert_eq!(get("wounded"), "4");
    }
}
