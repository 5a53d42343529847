//! The type of each field in a typed layer (FlatGeobuf, GeoPackage): fixed
//! by the schema for sahel's own fields, and the narrowest that fits every
//! value for the fields a command adds.

use crate::io::record::Field;
use serde_json::Value;

/// A column's type, whatever the format calls it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Col {
    Long,
    Double,
    Bool,
    Text,
    Date,
}

pub(crate) fn column_type<'a>(name: &str, values: impl Iterator<Item = &'a Value>) -> Col {
    // Dates, counts and distances have one type in every file (see
    // `schema::fixed_type`).
    match crate::io::schema::fixed_type(name) {
        Some(crate::io::schema::FieldType::Date) => return Col::Date,
        Some(crate::io::schema::FieldType::Integer) => return Col::Long,
        Some(crate::io::schema::FieldType::Real) => return Col::Double,
        None => {}
    }
    let mut t: Option<Col> = None;
    for v in values {
        let this = match v {
            Value::Null => continue,
            Value::Bool(_) => Col::Bool,
            Value::Number(n) if n.is_i64() || n.is_u64() => Col::Long,
            Value::Number(_) => Col::Double,
            _ => Col::Text,
        };
        t = Some(match (t, this) {
            (None, x) => x,
            (Some(a), b) if a == b => a,
            (Some(Col::Long), Col::Double) | (Some(Col::Double), Col::Long) => Col::Double,
            _ => Col::Text,
        });
    }
    t.unwrap_or(Col::Text)
}

/// The column type of one of the record's own fields: fixed by the schema
/// (text unless it is a date, a count or a measure).
pub(crate) fn field_type(name: &str) -> Col {
    match crate::io::schema::fixed_type(name) {
        Some(crate::io::schema::FieldType::Date) => Col::Date,
        Some(crate::io::schema::FieldType::Integer) => Col::Long,
        Some(crate::io::schema::FieldType::Real) => Col::Double,
        None => Col::Text,
    }
}

/// A value ready to store.
pub(crate) enum Scalar<'a> {
    Long(i64),
    Double(f64),
    Bool(bool),
    Text(&'a str),
}

/// A record's field in its column's type (`None`: not stored, as null).
pub(crate) fn field_scalar<'a>(f: &'a Field<'_>, t: Col) -> Option<Scalar<'a>> {
    match (f, t) {
        (Field::Null, _) => None,
        (Field::Int(n), Col::Double) => Some(Scalar::Double(*n as f64)),
        (Field::Int(n), _) => Some(Scalar::Long(*n)),
        (Field::Real(x), _) if !x.is_finite() => None,
        (Field::Real(x), _) => Some(Scalar::Double(*x)),
        (Field::Text(s), _) => Some(Scalar::Text(s)),
    }
}

/// An added JSON value in its column's type; a value of another type is
/// stored as its JSON text.
pub(crate) fn value_scalar<'a>(v: &'a Value, t: Col, text: &'a mut String) -> Option<Scalar<'a>> {
    Some(match (t, v) {
        (_, Value::Null) => return None,
        (Col::Long, Value::Number(n)) => Scalar::Long(n.as_i64().unwrap_or(0)),
        (Col::Double, Value::Number(n)) => Scalar::Double(n.as_f64().unwrap_or(f64::NAN)),
        (Col::Bool, Value::Bool(b)) => Scalar::Bool(*b),
        (_, Value::String(s)) => Scalar::Text(s),
        (_, other) => {
            *text = other.to_string();
            Scalar::Text(text)
        }
    })
}

/// The type of each column: the schema's for the record's own fields, the
/// one that fits every value for a field a command added (or replaced).
pub(crate) fn column_types(names: &[String], added: &[serde_json::Map<String, Value>]) -> Vec<Col> {
    use crate::io::record::FIELD_NAMES;
    names
        .iter()
        .map(|k| match FIELD_NAMES.binary_search(&k.as_str()) {
            Ok(_) if added.iter().all(|a| !a.contains_key(k)) => field_type(k),
            _ => column_type(k, added.iter().map(|a| a.get(k).unwrap_or(&Value::Null))),
        })
        .collect()
}

/// The placed incidents as spatial-index nodes (each node's offset is the
/// incident's position), sorted along a Hilbert curve over their extent,
/// and that extent (`None` when none is placed): the order in which the
/// spatial layers write or index them, so that neighbours travel together.
pub(crate) fn hilbert_nodes(
    incidents: &[crate::model::Incident],
) -> (
    Vec<flatgeobuf::packed_r_tree::NodeItem>,
    Option<flatgeobuf::packed_r_tree::NodeItem>,
) {
    use flatgeobuf::packed_r_tree::{calc_extent, NodeItem};
    let mut nodes: Vec<NodeItem> = incidents
        .iter()
        .enumerate()
        .filter_map(|(k, i)| {
            let l = i.location.as_ref()?;
            let mut node = NodeItem::create(k as u64);
            node.expand_xy(l.lon, l.lat);
            Some(node)
        })
        .collect();
    if nodes.is_empty() {
        return (nodes, None);
    }
    let extent = calc_extent(&nodes);
    crate::io::hilbert::sort(&mut nodes, &extent);
    (nodes, Some(extent))
}

/// The columns of a typed layer written from whole incidents, with what a
/// command adds to each (gathered first: an added field's type is the one
/// that fits every value).
pub(crate) struct Plan {
    /// Every column's name, in the records' order.
    pub(crate) names: Vec<String>,
    /// Every column's type.
    pub(crate) types: Vec<Col>,
    /// Which of the record's own fields each column holds (none for a
    /// field only a command adds).
    pub(crate) own: Vec<Option<usize>>,
    /// What the command added to each incident.
    pub(crate) added: Vec<serde_json::Map<String, Value>>,
}

impl Plan {
    /// The columns of `incidents`' records, `extra(position, record)`
    /// adding to each.
    pub(crate) fn of(
        incidents: &[crate::model::Incident],
        admin: &crate::admin::AdminLocator,
        mut extra: impl FnMut(usize, &mut crate::io::record::Record<'_>),
    ) -> Plan {
        use crate::io::record::{Record, FIELD_NAMES};
        let mut names: Vec<String> = FIELD_NAMES.iter().map(|s| s.to_string()).collect();
        let mut added = Vec::with_capacity(incidents.len());
        for (n, i) in incidents.iter().enumerate() {
            let mut r = Record::of(i, admin);
            extra(n, &mut r);
            if n == 0 {
                names = r.iter().map(|(k, _)| k.to_string()).collect();
            }
            added.push(r.take_added());
        }
        let types = column_types(&names, &added);
        let own = names
            .iter()
            .map(|n| FIELD_NAMES.binary_search(&n.as_str()).ok())
            .collect();
        Plan {
            names,
            types,
            own,
            added,
        }
    }

    /// Column `c` of incident `n`, whose own fields are `fields`, in the
    /// column's type (`text` holds a value written as JSON). An added
    /// field replaces the record's own of the same name.
    pub(crate) fn value<'a>(
        &'a self,
        n: usize,
        c: usize,
        fields: &'a [&'a Field<'a>],
        text: &'a mut String,
    ) -> Option<Scalar<'a>> {
        match (self.added[n].get(&self.names[c]), self.own[c]) {
            (Some(v), _) => value_scalar(v, self.types[c], text),
            (None, Some(k)) => field_scalar(fields[k], self.types[c]),
            (None, None) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_types_fit_every_value() {
        use serde_json::json;
        let t = |v: Vec<Value>| column_type("x", v.iter());
        assert_eq!(t(vec![json!(1), Value::Null, json!(3)]), Col::Long);
        assert_eq!(t(vec![json!(1), json!(2.5)]), Col::Double);
        assert_eq!(t(vec![json!(1), json!("a")]), Col::Text);
        assert_eq!(t(vec![Value::Null]), Col::Text);
        assert_eq!(column_type("date_start", std::iter::empty()), Col::Date);
    }

    #[test]
    fn toll_columns_keep_their_type_when_every_value_is_unknown() {
        // Two files, one with wounded counts and one without: the same
        // field type in both, as QGIS merges layers by type.
        let t = |v: Vec<Value>| column_type("wounded_low", v.iter());
        assert_eq!(t(vec![Value::Null, Value::Null]), Col::Long);
        assert_eq!(t(vec![serde_json::json!(4)]), Col::Long);
        assert_eq!(
            column_type("uncertainty_km", [Value::Null].iter()),
            Col::Double
        );
    }
}
