//! An incident as one flat record: the typed fields that GeoJSON and
//! FlatGeobuf write as properties, borrowed from the incident where they
//! can be.
//!
//! The writers used to build a `serde_json::Map` per incident: 26 keys
//! allocated as strings in a B-tree, then serialised and dropped. On a
//! million incidents that was most of the time of writing a file, and the
//! FlatGeobuf writer held every map at once (2.8 GB). A record is a sorted
//! array of static names and values that borrow the incident's strings, so
//! a writer can stream one incident at a time.
//!
//! ```
//! use sahel::io::record::{Field, Record};
//! use sahel::model::*;
//! let inc = Incident { id: "a-1".into(), date: None, location: None, event_type: EventType::Attack,
//!     actors: vec![], fatalities: Casualties::exact(3), wounded: Casualties::unknown(), sources: vec![], notes: vec![] };
//! let r = Record::of(&inc, sahel::admin::AdminLocator::embedded());
//! assert_eq!(r.get("fatalities_low"), Some(&Field::Int(3)));
//! // Serialised, it is the GeoJSON properties object, keys in order.
//! let v = serde_json::to_value(&r).unwrap();
//! assert_eq!(v["event_type"], "attack");
//! ```

use super::flat::join;
use super::schema;
use crate::admin::AdminLocator;
use crate::model::{Actor, Incident};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// One field's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Field<'a> {
    /// Not known.
    Null,
    /// Text, borrowed from the incident where it can be.
    Text(Cow<'a, str>),
    /// A count.
    Int(i64),
    /// A measure (`null` when not finite, as JSON has no NaN).
    Real(f64),
}

impl Field<'_> {
    /// The field as a JSON value.
    pub fn to_value(&self) -> Value {
        match self {
            Field::Null => Value::Null,
            Field::Text(s) => Value::String(s.to_string()),
            Field::Int(n) => Value::from(*n),
            Field::Real(x) => serde_json::Number::from_f64(*x).map_or(Value::Null, Value::Number),
        }
    }
}

impl Serialize for Field<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Field::Null => s.serialize_unit(),
            Field::Text(t) => s.serialize_str(t),
            Field::Int(n) => s.serialize_i64(*n),
            Field::Real(x) if x.is_finite() => s.serialize_f64(*x),
            Field::Real(_) => s.serialize_unit(),
        }
    }
}

/// The fields of every record, sorted by name: the properties a GIS tool
/// sees for each incident.
pub const FIELD_NAMES: [&str; 26] = [
    schema::ACTOR_MENTIONS,
    schema::ACTORS,
    schema::CERCLE,
    schema::CERCLE_CURRENT,
    schema::COUNTRY,
    schema::DATE,
    schema::DATE_END,
    schema::DATE_PRECISION,
    schema::DATE_START,
    schema::EVENT_TYPE,
    schema::FATALITIES_HIGH,
    schema::FATALITIES_LOW,
    schema::GEO_PRECISION,
    schema::ID,
    schema::NOTES,
    schema::PERPETRATORS,
    schema::PLACE,
    schema::PLACE_WRITTEN,
    schema::REGION,
    schema::REGION_CURRENT,
    schema::SOURCE_SENTENCES,
    schema::SOURCES,
    schema::TARGETS,
    schema::UNCERTAINTY_KM,
    schema::WOUNDED_HIGH,
    schema::WOUNDED_LOW,
];

/// An incident's flat fields, plus any a command adds (a query's distance,
/// a cluster number, a spreadsheet's own columns).
#[derive(Debug, Clone)]
pub struct Record<'a> {
    /// Values in the order of [`FIELD_NAMES`].
    values: Vec<Field<'a>>,
    /// Added fields; one with a field's name replaces it.
    extra: Map<String, Value>,
}

fn text(s: &str) -> Field<'_> {
    Field::Text(Cow::Borrowed(s))
}

fn owned<'a>(s: String) -> Field<'a> {
    Field::Text(Cow::Owned(s))
}

fn opt_text(s: Option<&str>) -> Field<'_> {
    s.map_or(Field::Null, text)
}

fn count<'a>(n: Option<u32>) -> Field<'a> {
    n.map_or(Field::Null, |n| Field::Int(i64::from(n)))
}

impl<'a> Record<'a> {
    /// The record of an incident. Today's region and cercle, and the
    /// country, are computed from the point when the incident does not
    /// carry them.
    pub fn of(i: &'a Incident, admin: &AdminLocator) -> Record<'a> {
        let l = i.location.as_ref();
        let date = |f: &dyn Fn(&crate::model::IncidentDate) -> String| {
            i.date.as_ref().map_or(Field::Null, |d| owned(f(d)))
        };
        let roles = Roles::of(i);
        // Today's names: the stored ones borrowed, else computed once.
        let (region_now, cercle_now) = match l {
            Some(l) => match (&l.region_current, &l.cercle_current) {
                (Some(r), Some(c)) => (text(r), text(c)),
                _ => {
                    let (r, c) = admin.current_names(l);
                    (
                        r.map_or(Field::Null, |r| owned(r.into())),
                        c.map_or(Field::Null, |c| owned(c.into())),
                    )
                }
            },
            None => (Field::Null, Field::Null),
        };
        let country = match l {
            Some(l) => match &l.country {
                Some(c) => text(c),
                None => admin
                    .country_code(l)
                    .map_or(Field::Null, |c| owned(c.into())),
            },
            None => Field::Null,
        };
        let values = vec![
            owned(join_names(&i.actors, |a| &a.mention)),
            owned(join_names(&i.actors, |a| &a.name)),
            opt_text(l.and_then(|l| l.cercle.as_deref())),
            cercle_now,
            country,
            date(&|d| d.to_string()),
            date(&|d| d.end.to_string()),
            i.date.as_ref().map_or(Field::Null, |d| {
                text(schema::date_precision_name(d.precision))
            }),
            date(&|d| d.start.to_string()),
            text(i.event_type.as_str()),
            count(i.fatalities.high),
            count(i.fatalities.low),
            l.map_or(Field::Null, |l| {
                text(schema::geo_precision_name(l.precision))
            }),
            text(&i.id),
            owned(join(&i.notes, ';')),
            owned(roles.perpetrators),
            opt_text(l.and_then(|l| l.name_resolved.as_deref())),
            opt_text(l.map(|l| l.name_written.as_str())),
            opt_text(l.and_then(|l| l.region.as_deref())),
            region_now,
            owned(source_sentences(i)),
            owned(join(&source_files(i), ';')),
            owned(roles.targets),
            l.map_or(Field::Null, |l| Field::Real(l.uncertainty_km)),
            count(i.wounded.high),
            count(i.wounded.low),
        ];
        Record {
            values,
            extra: Map::new(),
        }
    }

    /// One of the record's own fields ([`FIELD_NAMES`]); added fields are
    /// in [`Record::added`].
    pub fn get(&self, name: &str) -> Option<&Field<'a>> {
        FIELD_NAMES
            .binary_search(&name)
            .ok()
            .map(|k| &self.values[k])
    }

    /// Adds a field (replacing one of the same name).
    pub fn insert(&mut self, name: impl Into<String>, v: Value) {
        self.extra.insert(name.into(), v);
    }

    /// Whether the record has a field of this name.
    pub fn contains_key(&self, name: &str) -> bool {
        FIELD_NAMES.binary_search(&name).is_ok() || self.extra.contains_key(name)
    }

    /// Whether a field of this name was added.
    pub fn is_added(&self, name: &str) -> bool {
        self.extra.contains_key(name)
    }

    /// The added fields.
    pub fn added(&self) -> &Map<String, Value> {
        &self.extra
    }

    /// Takes the added fields out.
    pub fn take_added(&mut self) -> Map<String, Value> {
        std::mem::take(&mut self.extra)
    }

    /// The record's own fields, in the order of [`FIELD_NAMES`] (added
    /// ones left out).
    pub fn own_fields(&self) -> impl Iterator<Item = &Field<'a>> + '_ {
        self.values.iter()
    }

    /// The fields in name order, added ones in their place: what a writer
    /// writes.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Item<'_, 'a>)> + '_ {
        Merge {
            base: FIELD_NAMES.iter().zip(&self.values).peekable(),
            extra: self.extra.iter().peekable(),
        }
    }

    /// The record as a JSON object (the properties of a GeoJSON feature).
    pub fn to_map(&self) -> Map<String, Value> {
        self.iter()
            .map(|(k, v)| {
                let v = match v {
                    Item::Field(f) => f.to_value(),
                    Item::Added(v) => v.clone(),
                };
                (k.to_string(), v)
            })
            .collect()
    }
}

/// A field as [`Record::iter`] gives it.
#[derive(Debug, Clone, Copy)]
pub enum Item<'r, 'a> {
    /// One of [`FIELD_NAMES`].
    Field(&'r Field<'a>),
    /// One a command added.
    Added(&'r Value),
}

impl Serialize for Item<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Item::Field(f) => f.serialize(s),
            Item::Added(v) => v.serialize(s),
        }
    }
}

/// Two sorted sequences of fields merged by name; on a tie the added
/// field wins, as an insertion into a map would.
struct Merge<B: Iterator, E: Iterator> {
    base: std::iter::Peekable<B>,
    extra: std::iter::Peekable<E>,
}

impl<'r, 'a: 'r, B, E> Iterator for Merge<B, E>
where
    B: Iterator<Item = (&'r &'static str, &'r Field<'a>)>,
    E: Iterator<Item = (&'r String, &'r Value)>,
{
    type Item = (&'r str, Item<'r, 'a>);

    fn next(&mut self) -> Option<Self::Item> {
        let order = match (self.base.peek(), self.extra.peek()) {
            (None, None) => return None,
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (Some((b, _)), Some((e, _))) => (**b).cmp(e.as_str()),
        };
        match order {
            std::cmp::Ordering::Less => self.base.next().map(|(k, v)| (*k, Item::Field(v))),
            std::cmp::Ordering::Greater => {
                self.extra.next().map(|(k, v)| (k.as_str(), Item::Added(v)))
            }
            std::cmp::Ordering::Equal => {
                self.base.next();
                self.extra.next().map(|(k, v)| (k.as_str(), Item::Added(v)))
            }
        }
    }
}

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for (k, v) in self.iter() {
            m.serialize_entry(k, &v)?;
        }
        m.end()
    }
}

fn join_names(actors: &[Actor], f: impl Fn(&Actor) -> &str) -> String {
    join(&actors.iter().map(f).collect::<Vec<_>>(), ';')
}

/// The source files as the flat formats write them: when the sentences
/// come from several files, one file per sentence, so that reading back
/// pairs each sentence with its file; when from one file (the usual case),
/// that file once.
pub(crate) fn source_files(i: &Incident) -> Vec<&str> {
    let mut files: Vec<&str> = i.sources.iter().map(|s| s.file.as_str()).collect();
    if files.windows(2).all(|w| w[0] == w[1]) {
        files.truncate(1);
    }
    files
}

/// The source sentences joined as the flat formats write them.
pub(crate) fn source_sentences(i: &Incident) -> String {
    join(
        &i.sources
            .iter()
            .map(|s| s.sentence.as_str())
            .collect::<Vec<_>>(),
        '|',
    )
}

/// An incident's actors by role, as the flat formats write them: the roles
/// stored, or inferred from the event for actors read without one.
pub(crate) struct Roles {
    pub(crate) actor1: String,
    pub(crate) actor2: String,
    pub(crate) perpetrators: String,
    pub(crate) targets: String,
}

impl Roles {
    pub(crate) fn of(i: &Incident) -> Roles {
        use crate::actor_roles::{actor1, actor2, infer_roles, perpetrators, targets};
        let actors: Cow<[Actor]> = if i.actors.iter().any(|a| a.role.is_none()) {
            let mut v = i.actors.clone();
            infer_roles(i.event_type, &mut v);
            Cow::Owned(v)
        } else {
            Cow::Borrowed(&i.actors)
        };
        fn names<'a>(it: impl Iterator<Item = &'a Actor>) -> String {
            join(&it.map(|a| a.name.as_str()).collect::<Vec<_>>(), ';')
        }
        Roles {
            actor1: actor1(&actors).map_or(String::new(), |a| a.name.to_string()),
            actor2: actor2(&actors).map_or(String::new(), |a| a.name.to_string()),
            perpetrators: names(perpetrators(&actors)),
            targets: names(targets(&actors)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed() -> Incident {
        crate::testing::incidents()
            .into_iter()
            .find(|i| i.location.is_some())
            .unwrap()
    }

    #[test]
    fn names_are_sorted_so_a_record_writes_in_map_order() {
        let mut sorted = FIELD_NAMES;
        sorted.sort_unstable();
        assert_eq!(sorted, FIELD_NAMES);
    }

    #[test]
    fn added_fields_take_their_place_and_replace_a_field_of_the_same_name() {
        let i = placed();
        let mut r = Record::of(&i, AdminLocator::embedded());
        r.insert("distance_km", serde_json::json!(1.5));
        r.insert("notes", serde_json::json!("replaced"));
        let names: Vec<&str> = r.iter().map(|(k, _)| k).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
        assert_eq!(names.iter().filter(|k| **k == "notes").count(), 1);
        let m = r.to_map();
        assert_eq!(m["notes"], "replaced");
        assert_eq!(m["distance_km"], 1.5);
        assert!(r.contains_key("distance_km") && r.contains_key("id"));
        assert!(!r.contains_key("nothing"));
    }

    #[test]
    fn a_measure_that_is_not_finite_is_null() {
        let mut i = placed();
        i.location.as_mut().unwrap().uncertainty_km = f64::NAN;
        let r = Record::of(&i, AdminLocator::embedded());
        let v = serde_json::to_value(&r).unwrap();
        assert!(v["uncertainty_km"].is_null());
        assert!(r.to_map()["uncertainty_km"].is_null());
    }
}
