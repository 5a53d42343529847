//! Incidents as FlatGeobuf, the binary format QGIS and GDAL open natively,
//! with a packed Hilbert R-tree so that a viewer reads only the features on
//! screen: written by [`write_fgb`], read back (sahel's files and other
//! point layers, with the same property names as GeoJSON) by [`read_fgb`].
//!
//! The columns are the same flat properties as the GeoJSON output (see
//! [`crate::io::incidents::properties`]); each column's type is the
//! narrowest that fits every value (whole numbers → Long, other numbers →
//! Double, otherwise String), and `date_start`/`date_end` are dates.
//! FlatGeobuf has no null geometry in an indexed file, so incidents without
//! a location are left out and counted in the returned number.
//!
//! ```
//! use sahel::model::*;
//! let inc = Incident { id: "a-1".into(), date: None,
//!     location: Some(Location { lat: 14.49, lon: -4.19, precision: LocationPrecision::Exact, uncertainty_km: 1.0,
//!         name_written: "Mopti".into(), name_resolved: None, region: None, cercle: None,
//!         region_current: None, cercle_current: None, country: None }),
//!     event_type: EventType::Attack, actors: vec![], fatalities: Casualties::exact(3),
//!     wounded: Casualties::unknown(), sources: vec![], notes: vec![] };
//! let mut out = Vec::new();
//! let left_out = sahel::io::fgb::write_fgb(&[inc], sahel::admin::AdminLocator::embedded(), &mut out).unwrap();
//! assert_eq!(left_out, 0);
//! assert_eq!(&out[..3], b"fgb");
//! ```

use super::columns::{column_types, field_scalar, field_type, value_scalar, Col, Scalar};
use super::{Error, Result};
use crate::admin::AdminLocator;
use crate::io::record::{Record, FIELD_NAMES};
use crate::model::Incident;
use flatbuffers::FlatBufferBuilder;
use flatgeobuf::packed_r_tree::{calc_extent, NodeItem, PackedRTree};
use flatgeobuf::{Column, Geometry, GeometryArgs, Header, HeaderArgs};
use flatgeobuf::{ColumnArgs, ColumnType, Crs, CrsArgs, Feature, FeatureArgs, GeometryType};
use flatgeobuf::{FallibleStreamingIterator, FeatureProperties, FgbReader};
use geozero::{ColumnValue, PropertyProcessor};
use serde_json::{Map, Value};
use std::io::Write;

/// Writes the incidents that have a location as a FlatGeobuf point layer
/// (EPSG:4326, spatial index included); returns how many were left out for
/// lack of a location.
pub fn write_fgb(incidents: &[Incident], admin: &AdminLocator, w: &mut dyn Write) -> Result<usize> {
    write_fgb_with(incidents, admin, w, |_, _| {})
}

/// The FlatGeobuf column type of a field.
fn fgb_type(c: Col) -> ColumnType {
    match c {
        Col::Long => ColumnType::Long,
        Col::Double => ColumnType::Double,
        Col::Bool => ColumnType::Bool,
        Col::Text => ColumnType::String,
        Col::Date => ColumnType::DateTime,
    }
}

/// Appends one property as FlatGeobuf stores it: the column's number
/// (u16), then the value, little-endian, text as a u32 length and its
/// bytes.
fn push_property(out: &mut Vec<u8>, column: usize, value: Scalar<'_>) {
    out.extend_from_slice(&(column as u16).to_le_bytes());
    match value {
        Scalar::Long(n) => out.extend_from_slice(&n.to_le_bytes()),
        Scalar::Double(x) => out.extend_from_slice(&x.to_le_bytes()),
        Scalar::Bool(b) => out.push(u8::from(b)),
        Scalar::Text(t) => {
            out.extend_from_slice(&(t.len() as u32).to_le_bytes());
            out.extend_from_slice(t.as_bytes());
        }
    }
}

/// Like [`write_fgb`], with extra properties per incident (`extra(position,
/// record)`), as for the GeoJSON writer.
///
/// The features are written from memory in the order of the spatial index
/// (the crate's Hilbert sort), with the crate's FlatBuffers tables and
/// packed R-tree: the crate's own writer spools every feature to a
/// temporary file and reads each back with a seek, which took 18 s for a
/// million incidents.
pub fn write_fgb_with(
    incidents: &[Incident],
    admin: &AdminLocator,
    w: &mut dyn Write,
    mut extra: impl FnMut(usize, &mut Record<'_>),
) -> Result<usize> {
    let fail = |e: std::io::Error| Error::from(e);
    // The columns: the first record's fields (every record has the same
    // ones, one writer makes them).
    let mut names: Option<Vec<String>> = None;
    let mut own_columns: Vec<Option<usize>> = Vec::new();
    // Each placed incident's point, its own fields already stored, and
    // what the command added (stored once the added columns' types are
    // known).
    let mut points: Vec<(f64, f64)> = Vec::new();
    let mut stored: Vec<u8> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    let mut added: Vec<Map<String, Value>> = Vec::new();
    for (n, i) in incidents.iter().enumerate() {
        let Some(l) = i.location.as_ref() else {
            continue;
        };
        let mut r = Record::of(i, admin);
        extra(n, &mut r);
        let names = names.get_or_insert_with(|| {
            let v: Vec<String> = r.iter().map(|(k, _)| k.to_string()).collect();
            // Where each of the record's own fields goes; none where an
            // added field of the same name replaces it.
            own_columns = FIELD_NAMES
                .iter()
                .map(|f| {
                    (!r.is_added(f))
                        .then(|| v.iter().position(|k| k == f))
                        .flatten()
                })
                .collect();
            v
        });
        for ((f, name), column) in r.own_fields().zip(FIELD_NAMES).zip(&own_columns) {
            if let (Some(c), Some(v)) = (column, field_scalar(f, field_type(name))) {
                push_property(&mut stored, *c, v);
            }
        }
        debug_assert_eq!(names.len(), FIELD_NAMES.len() + r.added().len());
        points.push((l.lon, l.lat));
        ends.push(stored.len());
        added.push(r.take_added());
    }
    let left_out = incidents.len() - points.len();
    let names = names.unwrap_or_else(|| FIELD_NAMES.iter().map(|s| s.to_string()).collect());
    let types = column_types(&names, &added);
    // The spatial index's order.
    let mut nodes: Vec<NodeItem> = points
        .iter()
        .enumerate()
        .map(|(k, &(x, y))| {
            let mut node = NodeItem::create(k as u64);
            node.expand_xy(x, y);
            node
        })
        .collect();
    let extent = calc_extent(&nodes);
    let index_node_size = PackedRTree::DEFAULT_NODE_SIZE;
    if !nodes.is_empty() {
        super::hilbert::sort(&mut nodes, &extent);
    }
    let layer = Layer {
        names: &names,
        types: &types,
        points: &points,
        stored: &stored,
        ends: &ends,
        added: &added,
    };
    let mut feature = FeatureBuilder::default();
    // Each feature's size, for the index's offsets. A point feature's
    // layout depends only on the length of its properties, so each length
    // is built once, not each feature twice.
    let mut sizes: std::collections::HashMap<usize, u64> = Default::default();
    let mut offset = 0u64;
    let mut index_nodes = nodes.clone();
    for node in &mut index_nodes {
        let props = layer.properties(node.offset as usize, &mut feature.props);
        let size = *sizes
            .entry(props)
            .or_insert_with(|| feature.finish((0.0, 0.0)).len() as u64);
        node.offset = offset;
        offset += size;
    }
    w.write_all(&[b'f', b'g', b'b', flatgeobuf::VERSION, b'f', b'g', b'b', 0])
        .map_err(fail)?;
    w.write_all(&header(
        &names,
        &types,
        &extent,
        points.len(),
        index_node_size,
    ))
    .map_err(fail)?;
    if !index_nodes.is_empty() {
        let tree = PackedRTree::build(&index_nodes, &extent, index_node_size)
            .map_err(|e| Error::FlatGeobuf(e.to_string()))?;
        tree.stream_write(&mut &mut *w).map_err(fail)?;
    }
    let mut written = 0u64;
    for (node, indexed) in nodes.iter().zip(&index_nodes) {
        // The index must point at each feature's first byte.
        if written != indexed.offset {
            return Err(Error::FlatGeobuf(format!(
                "feature {} sized {} bytes ahead of writing, found at {written}",
                node.offset, indexed.offset
            )));
        }
        let bytes = layer.feature(node.offset as usize, &mut feature);
        written += bytes.len() as u64;
        w.write_all(bytes).map_err(fail)?;
    }
    Ok(left_out)
}

/// The features of a layer, as [`write_fgb_with`] holds them.
struct Layer<'a> {
    names: &'a [String],
    types: &'a [Col],
    points: &'a [(f64, f64)],
    /// The records' own fields as stored, one after the other.
    stored: &'a [u8],
    /// Where each record's stored fields end.
    ends: &'a [usize],
    added: &'a [Map<String, Value>],
}

impl Layer<'_> {
    /// Feature `k` (in incident order), built in `b`.
    fn feature<'b>(&self, k: usize, b: &'b mut FeatureBuilder) -> &'b [u8] {
        self.properties(k, &mut b.props);
        b.finish(self.points[k])
    }

    /// Feature `k`'s properties as stored, in `props`; returns their length.
    fn properties(&self, k: usize, props: &mut Vec<u8>) -> usize {
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        props.clear();
        props.extend_from_slice(&self.stored[start..self.ends[k]]);
        for (name, v) in &self.added[k] {
            let Some(c) = self.names.iter().position(|n| n == name) else {
                continue;
            };
            let mut text = String::new();
            if let Some(v) = value_scalar(v, self.types[c], &mut text) {
                push_property(props, c, v);
            }
        }
        props.len()
    }
}

/// The layer's header, built in the order the crate's writer builds it.
fn header(
    names: &[String],
    types: &[Col],
    extent: &NodeItem,
    features: usize,
    index_node_size: u16,
) -> Vec<u8> {
    let mut fbb = FlatBufferBuilder::new();
    let crs = CrsArgs {
        code: 4326,
        ..Default::default()
    };
    let mut args = HeaderArgs {
        name: Some(fbb.create_string("incidents")),
        geometry_type: GeometryType::Point,
        index_node_size,
        crs: Some(Crs::create(&mut fbb, &crs)),
        title: Some(fbb.create_string("sahel incidents")),
        ..Default::default()
    };
    let columns: Vec<_> = names
        .iter()
        .zip(types)
        .map(|(name, t)| {
            let c = ColumnArgs {
                name: Some(fbb.create_string(name)),
                type_: fgb_type(*t),
                nullable: true,
                ..Default::default()
            };
            Column::create(&mut fbb, &c)
        })
        .collect();
    args.columns = Some(fbb.create_vector(&columns));
    args.envelope =
        Some(fbb.create_vector(&[extent.min_x, extent.min_y, extent.max_x, extent.max_y]));
    args.features_count = features as u64;
    let h = Header::create(&mut fbb, &args);
    fbb.finish_size_prefixed(h, None);
    fbb.finished_data().to_vec()
}

/// Builds one point feature at a time, reusing its buffers.
#[derive(Default)]
struct FeatureBuilder {
    fbb: FlatBufferBuilder<'static>,
    props: Vec<u8>,
}

impl FeatureBuilder {
    /// The size-prefixed feature of a point and the properties in `props`.
    fn finish(&mut self, (x, y): (f64, f64)) -> &[u8] {
        self.fbb.reset();
        let xy = self.fbb.create_vector(&[x, y]);
        let g = Geometry::create(
            &mut self.fbb,
            &GeometryArgs {
                xy: Some(xy),
                ..Default::default()
            },
        );
        let properties = Some(self.fbb.create_vector(&self.props));
        let f = Feature::create(
            &mut self.fbb,
            &FeatureArgs {
                geometry: Some(g),
                properties,
                ..Default::default()
            },
        );
        self.fbb.finish_size_prefixed(f, None);
        self.fbb.finished_data()
    }
}

/// Collects a feature's properties for the shared incident conversion.
struct Collect(
    Vec<(
        std::borrow::Cow<'static, str>,
        crate::io::geojson_in::Prop<'static>,
    )>,
);

impl PropertyProcessor for Collect {
    fn property(&mut self, _i: usize, name: &str, v: &ColumnValue) -> geozero::error::Result<bool> {
        use crate::io::geojson_in::Prop;
        let p = match v {
            ColumnValue::Bool(b) => Prop::Bool(*b),
            ColumnValue::Byte(x) => Prop::Num(f64::from(*x)),
            ColumnValue::UByte(x) => Prop::Num(f64::from(*x)),
            ColumnValue::Short(x) => Prop::Num(f64::from(*x)),
            ColumnValue::UShort(x) => Prop::Num(f64::from(*x)),
            ColumnValue::Int(x) => Prop::Num(f64::from(*x)),
            ColumnValue::UInt(x) => Prop::Num(f64::from(*x)),
            ColumnValue::Long(x) => Prop::Num(*x as f64),
            ColumnValue::ULong(x) => Prop::Num(*x as f64),
            ColumnValue::Float(x) => Prop::Num(f64::from(*x)),
            ColumnValue::Double(x) => Prop::Num(*x),
            ColumnValue::String(t) | ColumnValue::Json(t) | ColumnValue::DateTime(t) => {
                Prop::Str(t.to_string().into())
            }
            ColumnValue::Binary(_) => Prop::Null,
        };
        self.0.push((name.to_string().into(), p));
        Ok(false)
    }
}

fn file_error(origin: &str, problem: String) -> Error {
    Error::File {
        origin: origin.to_string(),
        problem,
    }
}

fn feature_error(origin: &str, index: usize, problem: String) -> Error {
    Error::Feature {
        origin: origin.to_string(),
        index,
        problem,
    }
}

/// Checks a feature's property bytes against the header's columns before
/// the `flatgeobuf` crate decodes them: it indexes the bytes without bounds
/// checks and would panic on a damaged file.
fn check_properties(
    f: &flatgeobuf::FgbFeature,
    types: &[ColumnType],
    n: usize,
    origin: &str,
) -> Result<()> {
    let damaged = || feature_error(origin, n, "damaged properties".into());
    let Some(props) = f.fbs_feature().properties() else {
        return Ok(());
    };
    let bytes = props.bytes();
    let mut at = 0;
    // The crate's own loop condition.
    while at + 1 < bytes.len() {
        let idx = usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
        at += 2;
        let size = match types.get(idx).copied().ok_or_else(damaged)? {
            ColumnType::Byte | ColumnType::UByte | ColumnType::Bool => 1,
            ColumnType::Short | ColumnType::UShort => 2,
            ColumnType::Int | ColumnType::UInt | ColumnType::Float => 4,
            ColumnType::Long | ColumnType::ULong | ColumnType::Double => 8,
            ColumnType::String | ColumnType::Json | ColumnType::DateTime | ColumnType::Binary => {
                let len = bytes.get(at..at + 4).ok_or_else(damaged)?;
                4 + u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize
            }
            _ => return Err(damaged()),
        };
        if at.checked_add(size).is_none_or(|end| end > bytes.len()) {
            return Err(damaged());
        }
        at += size;
    }
    Ok(())
}

/// The size of a NodeItem of the packed R-tree: four f64 and one u64.
const INDEX_NODE_BYTES: u64 = 40;

/// The bytes of the packed R-tree index for `features` items with
/// `node_size` children per node, as the format lays it out; `None` when
/// the arithmetic overflows (a header no real file has).
fn index_bytes(features: u64, node_size: u16) -> Option<u64> {
    let node_size = u64::from(node_size.max(2));
    let mut level = features;
    let mut nodes = features;
    loop {
        level = level.div_ceil(node_size);
        nodes = nodes.checked_add(level)?;
        if level <= 1 {
            break;
        }
    }
    nodes.checked_mul(INDEX_NODE_BYTES)
}

/// Checks the sizes a FlatGeobuf file claims against its length before the
/// `flatgeobuf` crate reads it: the crate allocates whatever a header or a
/// feature's size prefix says (4 GiB from a 40-byte file) and computes the
/// index size without overflow checks. Returns nothing when every size fits;
/// otherwise an error naming the file, or the feature, and the figures.
fn check_layout(bytes: &[u8], origin: &str, features: u64, node_size: u16) -> Result<()> {
    let len = bytes.len() as u64;
    let u32_at = |at: u64| -> Option<u64> {
        let at = usize::try_from(at).ok()?;
        let b = bytes.get(at..at.checked_add(4)?)?;
        Some(u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
    };
    let header = u32_at(8).ok_or_else(|| file_error(origin, "cut off in its header".into()))?;
    let mut at = 12 + header;
    // Every feature takes at least its 4-byte size prefix.
    if features > len.saturating_sub(at) / 4 {
        return Err(file_error(
            origin,
            format!(
                "the header claims {features} features, more than a file of {len} bytes can hold"
            ),
        ));
    }
    if features > 0 && node_size > 0 {
        let index = index_bytes(features, node_size).unwrap_or(u64::MAX);
        at = at.saturating_add(index);
        if at > len {
            return Err(file_error(
                origin,
                format!("the spatial index of {features} features ({index} bytes) runs past the end of the file ({len} bytes)"),
            ));
        }
    }
    let mut n: u64 = 0;
    while at < len {
        let index = usize::try_from(n).unwrap_or(usize::MAX);
        let size = u32_at(at)
            .ok_or_else(|| feature_error(origin, index, "cut off in its size prefix".into()))?;
        let left = len - at - 4;
        if size > left {
            return Err(feature_error(
                origin,
                index,
                format!("claims {size} bytes, but only {left} are left in the file"),
            ));
        }
        at += 4 + size;
        n += 1;
    }
    if features > 0 && n != features {
        return Err(file_error(
            origin,
            format!("the header claims {features} features, the file holds {n} (cut short?)"),
        ));
    }
    Ok(())
}

/// Reads a FlatGeobuf point layer as incidents: sahel's own files field for
/// field, other layers by the same property names as GeoJSON (`date`,
/// `event_date`, `fatalities` ...). Errors name the file and the feature.
pub fn read_fgb(bytes: &[u8], origin: &str) -> Result<Vec<Incident>> {
    // The crate reserves the header's claimed size (up to 10 MB) before it
    // reads it.
    if let Some(b) = bytes.get(8..12).filter(|_| bytes.starts_with(b"fgb")) {
        let header = u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let len = bytes.len() as u64;
        if 12 + header > len {
            return Err(file_error(
                origin,
                format!("the header claims {header} bytes, but the file has {len} in all"),
            ));
        }
    }
    let mut cursor = std::io::Cursor::new(bytes);
    let reader = FgbReader::open(&mut cursor)
        .map_err(|e| file_error(origin, format!("not a FlatGeobuf file: {e}")))?;
    check_layout(
        bytes,
        origin,
        reader.header().features_count(),
        reader.header().index_node_size(),
    )?;
    let gtype = reader.header().geometry_type();
    if !matches!(gtype, GeometryType::Point | GeometryType::Unknown) {
        return Err(file_error(
            origin,
            format!("a FlatGeobuf layer of {gtype:?}, expected points"),
        ));
    }
    let types: Vec<ColumnType> = reader
        .header()
        .columns()
        .map(|c| c.iter().map(|c| c.type_()).collect())
        .unwrap_or_default();
    let mut iter = reader
        .select_all_seq()
        .map_err(|e| file_error(origin, e.to_string()))?;
    let mut out = Vec::new();
    let mut shared = crate::model::Interner::default();
    let mut n = 0;
    while let Some(f) = iter
        .next()
        .map_err(|e| feature_error(origin, n, e.to_string()))?
    {
        let point = match f.geometry() {
            None => None,
            Some(g) => {
                let xy = g
                    .xy()
                    .ok_or_else(|| feature_error(origin, n, "not a point".into()))?;
                if xy.len() != 2 {
                    return Err(feature_error(origin, n, "not a single point".into()));
                }
                Some((xy.get(0), xy.get(1)))
            }
        };
        check_properties(f, &types, n, origin)?;
        let mut props = Collect(Vec::new());
        f.process_properties(&mut props)
            .map_err(|e| feature_error(origin, n, e.to_string()))?;
        out.push(crate::io::geojson_in::incident_from_point(
            point,
            crate::io::geojson_in::Props(props.0),
            origin,
            n,
            &mut shared,
        )?);
        n += 1;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_and_header_are_written() {
        let inc = crate::testing::incidents();
        let with_loc = inc.iter().filter(|i| i.location.is_some()).count();
        let mut out = Vec::new();
        let left = write_fgb(&inc, AdminLocator::embedded(), &mut out).unwrap();
        assert_eq!(left, inc.len() - with_loc);
        assert_eq!(&out[..4], b"fgb\x03");
        // Every incident's id is in the file (strings are stored as UTF-8).
        for i in inc.iter().filter(|i| i.location.is_some()) {
            let id = i.id.as_bytes();
            assert!(out.windows(id.len()).any(|w| w == id), "{} missing", i.id);
        }
    }

    #[test]
    fn flatgeobuf_round_trip_keeps_every_field() {
        let mut inc = crate::testing::incidents();
        inc[0].notes = vec!["a; b".into(), "c".into()];
        let mut out = Vec::new();
        write_fgb(&inc, AdminLocator::embedded(), &mut out).unwrap();
        let back = read_fgb(&out, "t.fgb").unwrap();
        assert_eq!(back.len(), inc.len());
        // The file is in Hilbert order: match by id. Coordinates are kept
        // to the bit (no rounding in FlatGeobuf).
        for a in &inc {
            let b = back.iter().find(|b| b.id == a.id).unwrap();
            assert_eq!(a, b);
        }
    }

    #[test]
    fn bad_flatgeobuf_is_named() {
        let e = read_fgb(b"fgb\x03\x00\x00junk", "x.fgb")
            .unwrap_err()
            .to_string();
        assert!(e.contains("x.fgb"), "{e}");
        assert!(matches!(
            read_fgb(b"{}", "y.fgb"),
            Err(Error::File { origin, problem }) if origin == "y.fgb" && problem.contains("not a FlatGeobuf")
        ));
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    /// A file of magic bytes and a header claiming `features` and an index
    /// of `node_size`, followed by `tail`.
    fn crafted(features: u64, node_size: u16, tail: &[u8]) -> Vec<u8> {
        let mut fbb = flatbuffers::FlatBufferBuilder::new();
        let header = flatgeobuf::Header::create(
            &mut fbb,
            &flatgeobuf::HeaderArgs {
                geometry_type: GeometryType::Point,
                features_count: features,
                index_node_size: node_size,
                ..Default::default()
            },
        );
        flatgeobuf::finish_size_prefixed_header_buffer(&mut fbb, header);
        let mut out = b"fgb\x03fgb\x00".to_vec();
        out.extend_from_slice(fbb.finished_data());
        out.extend_from_slice(tail);
        out
    }

    #[test]
    fn a_feature_size_past_the_end_is_named_not_allocated() {
        // Found by fuzzing: 40 bytes whose only feature claims 4 GiB.
        let bytes =
            hex("6667620366676200180000001000000000000a0008000000000007000a00000000000001fbffffff");
        let e = read_fgb(&bytes, "tiny.fgb").unwrap_err().to_string();
        assert!(e.starts_with("tiny.fgb: "), "{e}");
        assert!(e.contains("4294967291 bytes"), "{e}");
    }

    #[test]
    fn a_header_claiming_more_features_than_the_file_holds_is_an_error() {
        // 1.8e19 features in a 64-byte file was once read as 0 incidents.
        for node_size in [0, 16] {
            let bytes = crafted(u64::MAX - 7, node_size, &[]);
            let e = read_fgb(&bytes, "claims.fgb").unwrap_err().to_string();
            assert!(e.contains("claims.fgb") && e.contains("features"), "{e}");
        }
        // A count that fits the length but not the features present.
        let bytes = crafted(3, 0, &[0; 8]);
        let e = read_fgb(&bytes, "short.fgb").unwrap_err().to_string();
        assert!(e.contains("short.fgb"), "{e}");
    }

    #[test]
    fn a_file_cut_inside_its_index_or_a_feature_is_an_error() {
        let mut out = Vec::new();
        write_fgb(
            &crate::testing::incidents(),
            AdminLocator::embedded(),
            &mut out,
        )
        .unwrap();
        let whole = read_fgb(&out, "whole.fgb").unwrap().len();
        assert!(whole > 1);
        for cut in [out.len() - 1, out.len() - 30, 200] {
            let e = read_fgb(&out[..cut], "cut.fgb").unwrap_err().to_string();
            assert!(e.starts_with("cut.fgb"), "cut at {cut}: {e}");
        }
    }

    #[test]
    fn a_header_longer_than_the_file_is_an_error() {
        let mut bytes = b"fgb\x03fgb\x00".to_vec();
        bytes.extend_from_slice(&1_000_000u32.to_le_bytes());
        bytes.extend_from_slice(&[0; 20]);
        let e = read_fgb(&bytes, "h.fgb").unwrap_err().to_string();
        assert!(e.contains("h.fgb") && e.contains("1000000 bytes"), "{e}");
    }

    #[test]
    fn index_bytes_match_the_layout_and_never_overflow() {
        // One item: a leaf and the root.
        assert_eq!(index_bytes(1, 16), Some(2 * 40));
        // 17 items, 16 per node: 17 leaves, 2 nodes, 1 root.
        assert_eq!(index_bytes(17, 16), Some((17 + 2 + 1) * 40));
        assert_eq!(index_bytes(u64::MAX, 16), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// A damaged file (cut short, or with bytes changed) is an error,
        /// never a crash.
        #[test]
        fn damaged_files_are_errors_not_panics(cut in 0usize..4000, flips in proptest::collection::vec((0usize..4000, proptest::prelude::any::<u8>()), 0..6)) {
            let inc = crate::testing::incidents();
            let mut out = Vec::new();
            write_fgb(&inc, AdminLocator::embedded(), &mut out).unwrap();
            for (at, b) in flips {
                let n = out.len();
                out[at % n] = b;
            }
            out.truncate(cut.min(out.len()));
            let _ = read_fgb(&out, "damaged.fgb");
        }
    }

    #[test]
    fn an_empty_layer_is_still_a_valid_file() {
        let mut out = Vec::new();
        assert_eq!(
            write_fgb(&[], AdminLocator::embedded(), &mut out).unwrap(),
            0
        );
        assert_eq!(&out[..3], b"fgb");
    }
}
