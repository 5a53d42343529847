//! Reading GeoJSON FeatureCollections of points as incidents: sahel's own
//! files (every property read back) and foreign ones (`date`,
//! `event_date`, `fatalities`, `location`, `admin1` ... where present).
//!
//! Features are parsed one at a time straight into [`Incident`]s by a serde
//! visitor: no JSON tree of the whole file is ever built, so memory is the
//! file's bytes plus the incidents, and strings without escapes are
//! borrowed from the input rather than copied.
//!
//! ```
//! let gj = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-4.18,14.48]},"properties":{"event_date":"2024-03-16","fatalities":3,"event_type":"attack"}}]}"#;
//! let v = sahel::io::geojson_in::incidents_from_geojson(gj, "x.geojson").unwrap();
//! assert_eq!(v[0].fatalities.low, Some(3));
//! assert_eq!(v[0].date.unwrap().to_string(), "2024-03-16");
//! ```

use super::country_code;
use super::{Error, Result};
use crate::io::flat::split;
use crate::io::iso_day as parse_day;
use crate::io::schema;
use crate::model::{
    Actor, Casualties, EventType, Incident, IncidentDate, Interner, Location, LocationPrecision,
    Name, Source,
};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::path::Path;

/// A JSON value, as much of it as sahel reads: nested objects and arrays
/// are skipped without being built.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Prop<'a> {
    Null,
    Bool(bool),
    Num(f64),
    Str(Cow<'a, str>),
    /// An array or object, kept as JSON (rare in incident layers, so its
    /// cost does not matter).
    Nested(Box<serde_json::Value>),
}

impl<'de: 'a, 'a> Deserialize<'de> for Prop<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Prop<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Prop<'a>, E> {
                Ok(Prop::Null)
            }
            fn visit_none<E>(self) -> Result<Prop<'a>, E> {
                Ok(Prop::Null)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Prop<'a>, E> {
                Ok(Prop::Bool(b))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Prop<'a>, E> {
                Ok(Prop::Num(n as f64))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Prop<'a>, E> {
                Ok(Prop::Num(n as f64))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Prop<'a>, E> {
                Ok(Prop::Num(n))
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Prop<'a>, E> {
                Ok(Prop::Str(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Prop<'a>, E> {
                Ok(Prop::Str(Cow::Owned(s.to_string())))
            }
            fn visit_string<E>(self, s: String) -> Result<Prop<'a>, E> {
                Ok(Prop::Str(Cow::Owned(s)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Prop<'a>, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = a.next_element::<serde_json::Value>()? {
                    v.push(x);
                }
                Ok(Prop::Nested(Box::new(serde_json::Value::Array(v))))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Prop<'a>, A::Error> {
                let mut m = serde_json::Map::new();
                while let Some((k, x)) = a.next_entry::<String, serde_json::Value>()? {
                    m.insert(k, x);
                }
                Ok(Prop::Nested(Box::new(serde_json::Value::Object(m))))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A feature's properties, in file order (a couple of dozen keys: a linear
/// search beats hashing them).
#[derive(Default)]
pub(crate) struct Props<'a>(pub(crate) Vec<(Cow<'a, str>, Prop<'a>)>);

impl<'de: 'a, 'a> Deserialize<'de> for Props<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Props<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of properties or null")
            }
            fn visit_unit<E>(self) -> Result<Props<'a>, E> {
                Ok(Props::default())
            }
            fn visit_none<E>(self) -> Result<Props<'a>, E> {
                Ok(Props::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Props<'a>, A::Error> {
                let mut v = Vec::with_capacity(24);
                // Keys go through `Prop` too: serde's own `Cow` always
                // copies, `Prop` borrows when the key has no escapes.
                while let Some((k, p)) = a.next_entry::<Prop<'a>, Prop<'a>>()? {
                    if let Prop::Str(k) = k {
                        v.push((k, p));
                    }
                }
                Ok(Props(v))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl Props<'_> {
    fn get(&self, key: &str) -> Option<&Prop<'_>> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn num(&self, key: &str) -> Option<f64> {
        match self.get(key)? {
            Prop::Num(n) => Some(*n),
            Prop::Str(s) if !s.trim().is_empty() => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// A non-empty text, borrowed where the property is one (numbers are
    /// written out: some exports store ids and years as numbers).
    fn text(&self, key: &str) -> Option<Cow<'_, str>> {
        match self.get(key)? {
            Prop::Str(s) if !s.trim().is_empty() => Some(Cow::Borrowed(s)),
            Prop::Num(n) => Some(Cow::Owned(number_text(*n))),
            _ => None,
        }
    }

    /// [`Props::text`] as an owned string.
    fn string(&self, key: &str) -> Option<String> {
        self.text(key).map(Cow::into_owned)
    }

    /// [`Props::text`] as a shared name: the texts that repeat from
    /// feature to feature (places, regions, countries).
    fn name(&self, key: &str, names: &mut Interner) -> Option<Name> {
        self.text(key).map(|t| names.name(&t))
    }

    fn str(&self, key: &str) -> Option<&str> {
        match self.get(key)? {
            Prop::Str(s) => Some(s),
            _ => None,
        }
    }

    fn count(&self, key: &str, at: &At) -> Result<Option<u32>> {
        // A count written as words is no number: say so rather than read
        // it as unknown. The usual marks of a missing value stay missing.
        let n = match self.get(key) {
            Some(Prop::Num(n)) => Some(*n),
            Some(Prop::Str(s)) => {
                let t = s.trim();
                match t.parse::<f64>() {
                    Ok(n) => Some(n),
                    Err(_)
                        if t.is_empty()
                            || ["na", "n/a", "null", "none", "-", "?", "inconnu", "unknown"]
                                .iter()
                                .any(|m| t.eq_ignore_ascii_case(m)) =>
                    {
                        None
                    }
                    Err(_) => return Err(at.err(format!("{key} {t:?} is not a count of people"))),
                }
            }
            _ => None,
        };
        match n {
            None => Ok(None),
            Some(x) if x >= 0.0 && x.fract() == 0.0 && x < 1e9 => Ok(Some(x as u32)),
            Some(x) => Err(at.err(format!("{key} {x} is not a count of people"))),
        }
    }
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

#[derive(Deserialize)]
struct RawGeometry<'a> {
    #[serde(rename = "type", borrow)]
    kind: Cow<'a, str>,
    #[serde(default, borrow)]
    coordinates: Option<Vec<Prop<'a>>>,
}

#[derive(Deserialize)]
pub(crate) struct RawFeature<'a> {
    #[serde(default, borrow)]
    id: Option<Prop<'a>>,
    #[serde(default, borrow)]
    geometry: Option<RawGeometry<'a>>,
    #[serde(default, borrow)]
    properties: Props<'a>,
}

/// Where a feature sits, for error messages: "file: feature 12".
struct At<'a> {
    origin: &'a str,
    n: usize,
}

impl At<'_> {
    fn err(&self, problem: String) -> Error {
        Error::Feature {
            origin: self.origin.to_string(),
            index: self.n,
            problem,
        }
    }
}

fn location(g: &RawGeometry, p: &Props, at: &At, names: &mut Interner) -> Result<Location> {
    if g.kind != "Point" {
        return Err(at.err(format!("geometry is a {}, not a Point", g.kind)));
    }
    let c = g
        .coordinates
        .as_ref()
        .ok_or_else(|| at.err("Point without coordinates".into()))?;
    let (lon, lat) = match (c.first(), c.get(1)) {
        (Some(Prop::Num(a)), Some(Prop::Num(b))) => (*a, *b),
        _ => return Err(at.err("coordinates are not numbers".into())),
    };
    if !(lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon))
    {
        return Err(at.err(format!(
            "coordinates {lon},{lat} out of range (GeoJSON is lon, lat)"
        )));
    }
    let precision = p
        .str(schema::GEO_PRECISION)
        .and_then(schema::geo_precision_from)
        .unwrap_or(LocationPrecision::Exact);
    Ok(Location {
        lat,
        lon,
        precision,
        uncertainty_km: p.num(schema::UNCERTAINTY_KM).unwrap_or(1.0),
        name_written: [schema::PLACE_WRITTEN, schema::csv::LOCATION, "name"]
            .into_iter()
            .find_map(|k| p.name(k, names))
            .unwrap_or_default(),
        name_resolved: p.name(schema::PLACE, names),
        region: p
            .name(schema::REGION, names)
            .or_else(|| p.name(schema::csv::ADMIN1, names)),
        cercle: p
            .name(schema::CERCLE, names)
            .or_else(|| p.name(schema::csv::ADMIN2, names)),
        region_current: p.name(schema::REGION_CURRENT, names),
        cercle_current: p.name(schema::CERCLE_CURRENT, names),
        country: p
            .text(schema::COUNTRY)
            .map(|c| names.name(&country_code(&c))),
    })
}

fn date(p: &Props, at: &At) -> Result<Option<IncidentDate>> {
    let Some(s) = p
        .string(schema::DATE_START)
        .or_else(|| p.string(schema::csv::EVENT_DATE))
        .or_else(|| p.string(schema::DATE))
    else {
        return Ok(None);
    };
    let d = match parse_day(&s) {
        Some(d) => d,
        None => match IncidentDate::parse_iso(&s) {
            Some(m) => m.start,
            None => return Err(at.err(format!("date {s:?} does not parse (expected YYYY-MM-DD)"))),
        },
    };
    let end = match p.string(schema::DATE_END) {
        None => d,
        Some(e) => parse_day(&e).ok_or_else(|| {
            at.err(format!(
                "date_end {e:?} does not parse (expected YYYY-MM-DD)"
            ))
        })?,
    };
    let precision = p
        .str(schema::DATE_PRECISION)
        .and_then(schema::date_precision_from);
    let mut id = IncidentDate::range(d, end);
    if let Some(pr) = precision {
        id.precision = pr;
    } else if s.trim().len() == 7 {
        id = IncidentDate::parse_iso(&s).ok_or_else(|| {
            at.err(format!(
                "{:?} is not a date: expected YYYY-MM-DD or YYYY-MM",
                s.trim()
            ))
        })?;
    }
    Ok(Some(id))
}

/// Pairs two flat lists item by item (names with mentions, files with
/// sentences); when the second is missing or of another length, each
/// item goes with `fallback(item)`.
/// The actors with the roles the `perpetrators` and `targets` fields
/// give them (by name; a name in neither keeps no role).
pub(crate) fn with_roles(
    mut actors: Vec<Actor>,
    perpetrators: &[String],
    targets: &[String],
) -> Vec<Actor> {
    for a in &mut actors {
        if perpetrators.iter().any(|p| a.name == *p) {
            a.role = Some(crate::model::ActorRole::Perpetrator);
        } else if targets.iter().any(|t| a.name == *t) {
            a.role = Some(crate::model::ActorRole::Target);
        }
    }
    actors
}

/// Sources from the `sources` and `source_sentences` fields: one file for
/// several sentences means they all come from it.
pub(crate) fn sources_from(
    names: &mut Interner,
    files: Vec<String>,
    sentences: Vec<String>,
) -> Vec<Source> {
    let files = match files.as_slice() {
        [one] if sentences.len() > 1 => vec![one.clone(); sentences.len()],
        _ => files,
    };
    paired(files, sentences, |_| String::new())
        .into_iter()
        .map(|(file, sentence)| Source {
            file: names.name(&file),
            sentence,
        })
        .collect()
}

pub(crate) fn paired(
    first: Vec<String>,
    second: Vec<String>,
    fallback: impl Fn(&str) -> String,
) -> Vec<(String, String)> {
    if second.len() == first.len() {
        first.into_iter().zip(second).collect()
    } else {
        first
            .into_iter()
            .map(|a| {
                let b = fallback(&a);
                (a, b)
            })
            .collect()
    }
}

/// The incident of feature number `n` of `origin`, and whether its id is
/// that number (the feature had none of its own).
pub(crate) fn feature_incident(
    f: RawFeature,
    origin: &str,
    n: usize,
    names: &mut Interner,
) -> Result<(Incident, bool)> {
    let given = given_id(&f);
    let numbered = given.is_none();
    Ok((
        incident_with_id(f, &At { origin, n }, names, given)?,
        numbered,
    ))
}

/// The feature's own id: its `id` member, else its `id` property.
pub(crate) fn given_id(f: &RawFeature) -> Option<String> {
    match &f.id {
        Some(Prop::Str(s)) => Some(s.to_string()),
        Some(Prop::Num(n)) => Some(number_text(*n)),
        _ => f.properties.string(schema::ID),
    }
}

/// The id of feature `n` of `origin` that has none of its own.
pub(crate) fn numbered_id(origin: &str, n: usize) -> String {
    let stem = Path::new(origin)
        .file_stem()
        .map_or("f".into(), |s| s.to_string_lossy().into_owned());
    format!("{stem}-{n}")
}

fn incident(f: RawFeature, at: &At, names: &mut Interner) -> Result<Incident> {
    let given = given_id(&f);
    incident_with_id(f, at, names, given)
}

/// [`incident`], the feature's own id (if any) already read.
fn incident_with_id(
    f: RawFeature,
    at: &At,
    names: &mut Interner,
    given: Option<String>,
) -> Result<Incident> {
    let p = &f.properties;
    let location = match &f.geometry {
        None => None,
        Some(g) => Some(location(g, p, at, names)?),
    };
    let event_type = p
        .str(schema::EVENT_TYPE)
        .map_or(EventType::Other, |t| t.parse().unwrap_or(EventType::Other));
    let mut fatalities = Casualties {
        low: p.count(schema::FATALITIES_LOW, at)?,
        high: p.count(schema::FATALITIES_HIGH, at)?,
    };
    if !fatalities.is_known() {
        if let Some(n) = p.count(schema::csv::FATALITIES, at)? {
            fatalities = Casualties::exact(n);
        }
    }
    let wounded = Casualties {
        low: p.count(schema::WOUNDED_LOW, at)?,
        high: p.count(schema::WOUNDED_HIGH, at)?,
    };
    let actor_names = p
        .str(schema::ACTORS)
        .map(|s| split(s, ';'))
        .unwrap_or_default();
    let mentions = p
        .str(schema::ACTOR_MENTIONS)
        .map(|s| split(s, ';'))
        .unwrap_or_default();
    let perpetrators = p
        .str(schema::PERPETRATORS)
        .map(|s| split(s, ';'))
        .unwrap_or_default();
    let targets = p
        .str(schema::TARGETS)
        .map(|s| split(s, ';'))
        .unwrap_or_default();
    let actors = with_roles(
        paired(actor_names, mentions, str::to_string)
            .into_iter()
            .map(|(name, mention)| Actor::new(names.name(&name), names.name(&mention)))
            .collect(),
        &perpetrators,
        &targets,
    );
    let files = p
        .str(schema::SOURCES)
        .map(|s| split(s, ';'))
        .unwrap_or_default();
    let sentences = p
        .str(schema::SOURCE_SENTENCES)
        .map(|s| split(s, '|'))
        .unwrap_or_default();
    let mut sources = sources_from(names, files, sentences);
    if sources.is_empty() && p.get(schema::SOURCES).is_none() {
        sources.push(Source {
            file: names.name(at.origin),
            sentence: String::new(),
        });
    }
    let id = given.unwrap_or_else(|| numbered_id(at.origin, at.n));
    Ok(Incident {
        id,
        date: date(p, at)?,
        location,
        event_type,
        actors,
        fatalities,
        wounded,
        sources,
        notes: notes(p),
    })
}

/// The notes property: `a; b` text as sahel writes it, an array of texts
/// one note each, and anything else kept as its JSON text rather than
/// dropped.
fn notes(p: &Props) -> Vec<String> {
    match p.get(schema::NOTES) {
        Some(Prop::Str(s)) => split(s, ';'),
        Some(Prop::Num(n)) => vec![number_text(*n)],
        Some(Prop::Bool(b)) => vec![b.to_string()],
        Some(Prop::Nested(v)) => match v.as_array() {
            Some(items) if items.iter().all(|x| x.is_string()) => items
                .iter()
                .filter_map(|x| x.as_str())
                .filter(|x| !x.trim().is_empty())
                .map(|x| x.trim().to_string())
                .collect(),
            _ => vec![v.to_string()],
        },
        Some(Prop::Null) | None => Vec::new(),
    }
}

/// An incident from a point feature of another format (FlatGeobuf) whose
/// properties are sahel's or foreign ones, read as the GeoJSON ones are.
pub(crate) fn incident_from_point(
    point: Option<(f64, f64)>,
    properties: Props,
    origin: &str,
    n: usize,
    names: &mut Interner,
) -> Result<Incident> {
    let f = RawFeature {
        id: None,
        geometry: point.map(|(lon, lat)| RawGeometry {
            kind: Cow::Borrowed("Point"),
            coordinates: Some(vec![Prop::Num(lon), Prop::Num(lat)]),
        }),
        properties,
    };
    incident(f, &At { origin, n }, names)
}

/// Reads a GeoJSON FeatureCollection of points as incidents.
pub fn incidents_from_geojson(text: &str, origin: &str) -> Result<Vec<Incident>> {
    incidents_from_geojson_bytes(text.as_bytes(), origin, &mut |_| {})
}

/// [`incidents_from_geojson`] on raw bytes, calling `progress(features
/// read so far)` every few thousand features.
pub fn incidents_from_geojson_bytes(
    bytes: &[u8],
    origin: &str,
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<Incident>> {
    // A big file is read as two halves on two threads; anything unusual
    // (or any bad feature, so that the error names it as before) reads it
    // again in one pass below.
    if let Some(v) = super::geojson_halves::read_in_halves(bytes, origin, progress) {
        return Ok(v);
    }
    // Room for the features the file's size suggests: growing a vector
    // of a million incidents by doubling copies it and touches fresh
    // memory several times over.
    let mut out = Vec::with_capacity(bytes.len() / BYTES_PER_FEATURE);
    for_each_geojson_incident(bytes, origin, progress, &mut |i| {
        out.push(i);
        Ok(())
    })?;
    Ok(out)
}

/// [`incidents_from_geojson`] streamed from a reader: the file is never
/// held whole, so a big layer costs the memory of its incidents only.
pub fn incidents_from_geojson_reader(
    reader: impl std::io::Read,
    origin: &str,
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<Incident>> {
    let mut out = Vec::new();
    for_each_geojson_incident_read(reader, origin, progress, &mut |i| {
        out.push(i);
        Ok(())
    })?;
    Ok(out)
}

/// Reads a GeoJSON FeatureCollection from bytes and hands each incident
/// to `each` as soon as its feature is read, in the file's order: nothing
/// is kept, so memory does not grow with the file. An error from `each`
/// stops the reading and is returned.
///
/// ```
/// let text = br#"{"type":"FeatureCollection","features":[
///   {"type":"Feature","geometry":{"type":"Point","coordinates":[-0.05,16.27]},"properties":{"fatalities":3}},
///   {"type":"Feature","geometry":null,"properties":{"fatalities":1}}]}"#;
/// let mut deaths = 0;
/// sahel::io::geojson_in::for_each_geojson_incident(text, "in.geojson", &mut |_| {}, &mut |i| {
///     deaths += i.fatalities.low.unwrap_or(0);
///     Ok(())
/// }).unwrap();
/// assert_eq!(deaths, 4);
/// ```
pub fn for_each_geojson_incident(
    bytes: &[u8],
    origin: &str,
    progress: &mut dyn FnMut(usize),
    each: &mut dyn FnMut(Incident) -> Result<()>,
) -> Result<()> {
    collection(
        serde_json::Deserializer::from_slice(bytes),
        origin,
        progress,
        each,
    )
}

/// [`for_each_geojson_incident`] from a reader: neither the file nor its
/// incidents are held.
pub fn for_each_geojson_incident_read(
    reader: impl std::io::Read,
    origin: &str,
    progress: &mut dyn FnMut(usize),
    each: &mut dyn FnMut(Incident) -> Result<()>,
) -> Result<()> {
    collection(
        serde_json::Deserializer::from_reader(reader),
        origin,
        progress,
        each,
    )
}

/// About the size of one incident's feature as sahel and ACLED exports
/// write them, to size the vector of incidents before reading.
pub(crate) const BYTES_PER_FEATURE: usize = 700;

fn collection<'de, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    origin: &str,
    progress: &mut dyn FnMut(usize),
    each: &mut dyn FnMut(Incident) -> Result<()>,
) -> Result<()> {
    let failure = RefCell::new(None);
    let collection = Collection {
        origin,
        failure: &failure,
        progress,
        each,
    };
    let parsed = collection.deserialize(&mut de).and_then(|v| {
        de.end()?;
        Ok(v)
    });
    if let Some(e) = failure.into_inner() {
        return Err(e);
    }
    let file = |problem: String| Error::File {
        origin: origin.to_string(),
        problem,
    };
    let (kind, features) = parsed.map_err(|e| file(format!("not valid GeoJSON: {e}")))?;
    match (kind.as_deref(), features) {
        (Some("FeatureCollection"), true) => Ok(()),
        (Some("FeatureCollection"), false) => Err(file("no \"features\" array".into())),
        (Some(other), _) => Err(file(format!(
            "a GeoJSON {other}, expected a FeatureCollection"
        ))),
        (None, _) => Err(file(
            "expected a GeoJSON FeatureCollection (no \"type\")".into(),
        )),
    }
}

/// The top-level object: its `type` and its features, converted and
/// handed on as they are read.
struct Collection<'r, 'p> {
    origin: &'r str,
    failure: &'r RefCell<Option<Error>>,
    progress: &'p mut dyn FnMut(usize),
    each: &'p mut dyn FnMut(Incident) -> Result<()>,
}

/// The collection's `type`, and whether it had a `features` array.
type CollectionParts = (Option<String>, bool);

impl<'de> DeserializeSeed<'de> for Collection<'_, '_> {
    type Value = CollectionParts;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Collection<'_, '_> {
    type Value = CollectionParts;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a GeoJSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut kind = None;
        let mut features = false;
        let Collection {
            origin,
            failure,
            progress,
            each,
        } = self;
        while let Some(key) = a.next_key::<Cow<'de, str>>()? {
            match key.as_ref() {
                "type" => kind = Some(a.next_value::<Cow<'de, str>>()?.into_owned()),
                "features" => {
                    a.next_value_seed(Features {
                        origin,
                        failure,
                        progress: &mut *progress,
                        each: &mut *each,
                    })?;
                    features = true;
                }
                _ => {
                    a.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok((kind, features))
    }
}

struct Features<'r, 'p> {
    origin: &'r str,
    failure: &'r RefCell<Option<Error>>,
    progress: &'p mut dyn FnMut(usize),
    each: &'p mut dyn FnMut(Incident) -> Result<()>,
}

impl<'de> DeserializeSeed<'de> for Features<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Features<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of features")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<(), A::Error> {
        let mut names = Interner::default();
        let mut n = 0;
        loop {
            let at = At {
                origin: self.origin,
                n,
            };
            let f = match a.next_element::<RawFeature<'de>>() {
                Ok(Some(f)) => f,
                Ok(None) => break,
                Err(e) => {
                    *self.failure.borrow_mut() =
                        Some(at.err(format!("not a GeoJSON Feature: {e}")));
                    return Err(de::Error::custom("stopped"));
                }
            };
            if let Err(e) = incident(f, &at, &mut names).and_then(&mut *self.each) {
                *self.failure.borrow_mut() = Some(e);
                return Err(de::Error::custom("stopped"));
            }
            n += 1;
            if n % 8192 == 0 {
                (self.progress)(n);
            }
        }
        (self.progress)(n);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn one(props: &str, geometry: &str) -> Result<Incident> {
        let gj = format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{geometry},"properties":{props}}}]}}"#
        );
        incidents_from_geojson(&gj, "t.geojson").map(|mut v| v.remove(0))
    }

    const PT: &str = r#"{"type":"Point","coordinates":[-4.18,14.48]}"#;

    #[test]
    fn the_usual_marks_of_a_missing_count_read_as_unknown() {
        for mark in ["", "NA", "n/a", "-", "inconnu"] {
            let i = one(&format!(r#"{{"fatalities":"{mark}"}}"#), PT).unwrap();
            assert_eq!(i.fatalities.low, None, "{mark:?}");
        }
        let i = one(r#"{"fatalities":" 12 "}"#, PT).unwrap();
        assert_eq!(i.fatalities.low, Some(12));
    }

    #[test]
    fn foreign_properties_map_onto_the_model() {
        let i = one(
            r#"{"event_date":"2024-03-16 00:00:00","fatalities":"3","location":"Mopti","admin1":"Mopti","id":7}"#,
            PT,
        )
        .unwrap();
        assert_eq!(i.date.unwrap().to_string(), "2024-03-16");
        assert_eq!(i.fatalities, Casualties::exact(3));
        assert_eq!(i.id, "7");
        let l = i.location.unwrap();
        assert_eq!(
            (l.name_written.as_str(), l.region.as_deref()),
            ("Mopti", Some("Mopti"))
        );
        assert_eq!(i.sources[0].file, "t.geojson");
    }

    #[test]
    fn month_dates_and_null_geometry() {
        let i = one(r#"{"date":"2024-03"}"#, "null").unwrap();
        assert_eq!(
            i.date.unwrap().precision,
            crate::model::DatePrecision::Month
        );
        assert!(i.location.is_none());
        assert_eq!(i.event_type, EventType::Other);
    }

    #[test]
    fn escaped_strings_and_nested_values_read() {
        let i = one(
            r#"{"place_written":"S\u00e9gou \"centre\"","extra":{"a":[1,2]},"tags":[1,[2]]}"#,
            PT,
        )
        .unwrap();
        assert_eq!(i.location.unwrap().name_written, "Ségou \"centre\"");
    }

    #[test]
    fn each_bad_feature_is_named() {
        let cases = [
            (
                r#"{}"#,
                r#"{"type":"Point","coordinates":[14.48,-200]}"#,
                "out of range",
            ),
            (
                r#"{}"#,
                r#"{"type":"Point","coordinates":["a",1]}"#,
                "not numbers",
            ),
            (r#"{}"#, r#"{"type":"Point"}"#, "without coordinates"),
            (
                r#"{}"#,
                r#"{"type":"LineString","coordinates":[[1,2],[3,4]]}"#,
                "not a Point",
            ),
            (r#"{"date":"16/03/2024"}"#, PT, "does not parse"),
            (r#"{"date":"2024-02-30"}"#, PT, "does not parse"),
            (r#"{"date":"2024-03-01","date_end":"soon"}"#, PT, "date_end"),
            (r#"{"fatalities":-2}"#, PT, "not a count"),
            (r#"{"fatalities_low":2.5}"#, PT, "not a count"),
            (
                r#"{"fatalities":"beaucoup"}"#,
                PT,
                "\"beaucoup\" is not a count",
            ),
        ];
        for (props, geom, want) in cases {
            match one(props, geom) {
                Err(Error::Feature {
                    origin,
                    index: 0,
                    problem,
                }) => assert!(origin == "t.geojson" && problem.contains(want), "{problem}"),
                other => panic!("{props}: {other:?}"),
            }
        }
    }

    #[test]
    fn bad_documents_say_what_is_wrong() {
        let e = |s: &str| format!("{:#}", incidents_from_geojson(s, "t.geojson").unwrap_err());
        assert!(
            e(r#"{"type":"Feature"}"#).contains("not a FeatureCollection")
                || e(r#"{"type":"Feature"}"#).contains("a GeoJSON Feature")
        );
        assert!(e(r#"{"type":"FeatureCollection"}"#).contains("no \"features\""));
        let cut = e(
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}},"#,
        );
        assert!(cut.contains("feature 1") && cut.contains("EOF"), "{cut}");
        assert!(e("[1,2]").contains("t.geojson"));
        // NaN is not JSON: the parser refuses it, naming the file.
        assert!(e(r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[NaN,1]},"properties":{}}]}"#).contains("t.geojson"));
        assert!(e(r#"{"type":"FeatureCollection","features":[]} trailing"#)
            .contains("not valid GeoJSON"));
    }

    proptest::proptest! {
        /// Whatever the bytes, the reader answers with incidents or an
        /// error naming the file, never a crash.
        #[test]
        fn any_bytes_are_an_answer_not_a_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            if let Err(e) = incidents_from_geojson_bytes(&bytes, "x.geojson", &mut |_| {}) {
                proptest::prop_assert!(e.to_string().contains("x.geojson"));
            }
        }

        /// Features with any mix of property values read or fail cleanly.
        #[test]
        fn any_properties_read_or_fail_cleanly(
            lon in -200.0f64..200.0, lat in -100.0f64..100.0,
            date in "[0-9-]{0,12}", deaths in proptest::prelude::any::<i64>(),
            text in "\\PC{0,20}",
        ) {
            let gj = serde_json::json!({"type": "FeatureCollection", "features": [{"type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"date": date, "fatalities": deaths, "notes": text, "actors": text, "place": text}}]});
            let _ = incidents_from_geojson(&gj.to_string(), "p.geojson");
        }
    }

    #[test]
    fn notes_that_are_not_text_are_kept_not_dropped() {
        let feature = |notes: &str| {
            format!(
                r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{{"type":"Point","coordinates":[-4.2,14.5]}},"properties":{{"date":"2021-03-02","notes":{notes}}}}}]}}"#
            )
        };
        let read = |notes: &str| incidents_from_geojson(&feature(notes), "n.geojson");
        assert_eq!(
            read(r#"["curfew", "road cut"]"#).unwrap()[0].notes,
            ["curfew", "road cut"]
        );
        assert_eq!(
            read(r#"{"source":"radio"}"#).unwrap()[0].notes,
            [r#"{"source":"radio"}"#]
        );
        assert_eq!(read("7").unwrap()[0].notes, ["7"]);
        // Nesting past what any layer holds is an error naming the file,
        // not an empty note.
        let deep = format!("{}1{}", "[".repeat(400), "]".repeat(400));
        let e = read(&deep).unwrap_err().to_string();
        assert!(e.starts_with("n.geojson"), "{e}");
    }

    #[test]
    fn parse_day_is_strict() {
        assert_eq!(
            parse_day("2024-03-16"),
            NaiveDate::from_ymd_opt(2024, 3, 16)
        );
        assert_eq!(
            parse_day("2024-03-16T10:00:00Z"),
            NaiveDate::from_ymd_opt(2024, 3, 16)
        );
        assert_eq!(parse_day("2024-03-161"), None);
        assert_eq!(parse_day("2024-3-16"), None);
        assert_eq!(parse_day("2024-13-01"), None);
    }

    #[test]
    fn geojson_round_trip_keeps_every_field() {
        let mut inc = crate::testing::incidents();
        // Lists whose items contain the separators must survive too.
        inc[0].notes = vec!["JNIM: 10 morts; armée: aucun".into(), "x | y".into()];
        inc[0].sources.push(crate::model::Source {
            file: r"C:\dépêches\b.txt".into(),
            sentence: "Une phrase | avec une barre; et un point-virgule.".into(),
        });
        let mut first = Vec::new();
        crate::io::incidents::write_geojson(
            &inc,
            crate::admin::AdminLocator::embedded(),
            &mut first,
        )
        .unwrap();
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
        crate::io::incidents::write_geojson(
            &back,
            crate::admin::AdminLocator::embedded(),
            &mut second,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(first).unwrap(),
            String::from_utf8(second).unwrap()
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
