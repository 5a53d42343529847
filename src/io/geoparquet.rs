//! Incidents as GeoParquet 1.1, the columnar format DuckDB, geopandas,
//! BigQuery and Apache Sedona share: written by [`write_geoparquet_with`],
//! read back by [`read_geoparquet`].
//!
//! The columns are the flat fields of the other formats (dates as
//! `DATE`, counts as `INT64`), the point as WKB in `geometry`, and a
//! `bbox` struct column that the `geo` metadata names as its covering, so
//! that engines skip row groups by their statistics. Rows are sorted along
//! a Hilbert curve over the layer's extent and cut into row groups of
//! [`ROW_GROUP_ROWS`], so that each row group covers a compact area.
//! Incidents without a location come last, with a null geometry. The
//! coordinates are longitude/latitude on WGS 84 (OGC:CRS84, GeoParquet's
//! default, so no `crs` is written).
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
//! sahel::io::geoparquet::write_geoparquet(&[inc], sahel::admin::AdminLocator::embedded(), &mut out).unwrap();
//! assert_eq!(&out[..4], b"PAR1");
//! let back = sahel::io::geoparquet::read_geoparquet_bytes(&out, "mem.parquet").unwrap();
//! assert_eq!(back[0].fatalities.low, Some(3));
//! assert_eq!(back[0].location.as_ref().unwrap().lon, -4.19);
//! ```

use super::columns::{Col, Plan, Scalar};
use super::{Error, Result};
use crate::admin::AdminLocator;
use crate::io::geojson_in::{incident_from_point, Prop, Props};
use crate::io::record::Record;
use crate::model::Incident;
use arrow_array::builder::{
    BinaryBuilder, BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, StringBuilder,
};
use arrow_array::{Array, ArrayRef, RecordBatch, StructArray};
use arrow_schema::{DataType, Field, Fields, Schema};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;
use std::borrow::Cow;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

/// Rows per row group: small enough that a radius query over a million
/// incidents reads a few groups, large enough that each compresses well.
pub const ROW_GROUP_ROWS: usize = 65_536;
const GEOMETRY: &str = "geometry";
const BBOX: &str = "bbox";

fn parquet_error(e: impl std::fmt::Display) -> Error {
    Error::GeoParquet(e.to_string())
}

fn arrow_type(c: Col) -> DataType {
    match c {
        Col::Long => DataType::Int64,
        Col::Double => DataType::Float64,
        Col::Bool => DataType::Boolean,
        Col::Text => DataType::Utf8,
        Col::Date => DataType::Date32,
    }
}

fn bbox_fields() -> Fields {
    ["xmin", "ymin", "xmax", "ymax"]
        .into_iter()
        .map(|n| Field::new(n, DataType::Float64, false))
        .collect()
}

/// The `geo` file metadata: GeoParquet 1.1, WKB points, the extent and
/// the bbox covering.
fn geo_metadata(extent: Option<[f64; 4]>) -> String {
    let mut column = serde_json::json!({
        "encoding": "WKB",
        "geometry_types": ["Point"],
        "covering": {"bbox": {
            "xmin": [BBOX, "xmin"], "ymin": [BBOX, "ymin"],
            "xmax": [BBOX, "xmax"], "ymax": [BBOX, "ymax"],
        }},
    });
    if let Some(b) = extent {
        column["bbox"] = serde_json::json!(b);
    }
    serde_json::json!({
        "version": "1.1.0",
        "primary_column": GEOMETRY,
        "columns": { GEOMETRY: column },
    })
    .to_string()
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` value.
fn date32(s: &str) -> Option<i32> {
    let d = crate::io::iso_day(s)?;
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
    i32::try_from((d - epoch).num_days()).ok()
}

/// One column being filled.
enum Builder {
    Long(Int64Builder),
    Double(Float64Builder),
    Bool(BooleanBuilder),
    Text(StringBuilder),
    Date(Date32Builder),
}

impl Builder {
    fn new(c: Col) -> Builder {
        match c {
            Col::Long => Builder::Long(Int64Builder::new()),
            Col::Double => Builder::Double(Float64Builder::new()),
            Col::Bool => Builder::Bool(BooleanBuilder::new()),
            Col::Text => Builder::Text(StringBuilder::new()),
            Col::Date => Builder::Date(Date32Builder::new()),
        }
    }

    fn push(&mut self, v: Option<Scalar<'_>>) {
        match (self, v) {
            (Builder::Long(b), Some(Scalar::Long(n))) => b.append_value(n),
            (Builder::Long(b), Some(Scalar::Double(x))) => b.append_value(x as i64),
            (Builder::Double(b), Some(Scalar::Double(x))) => b.append_value(x),
            (Builder::Double(b), Some(Scalar::Long(n))) => b.append_value(n as f64),
            (Builder::Bool(b), Some(Scalar::Bool(x))) => b.append_value(x),
            (Builder::Text(b), Some(Scalar::Text(t))) => b.append_value(t),
            (Builder::Text(b), Some(Scalar::Long(n))) => b.append_value(n.to_string()),
            (Builder::Text(b), Some(Scalar::Double(x))) => b.append_value(x.to_string()),
            (Builder::Text(b), Some(Scalar::Bool(x))) => b.append_value(x.to_string()),
            (Builder::Date(b), Some(Scalar::Text(t))) => b.append_option(date32(t)),
            (Builder::Long(b), _) => b.append_null(),
            (Builder::Double(b), _) => b.append_null(),
            (Builder::Bool(b), _) => b.append_null(),
            (Builder::Text(b), None) => b.append_null(),
            (Builder::Date(b), _) => b.append_null(),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Long(b) => Arc::new(b.finish()),
            Builder::Double(b) => Arc::new(b.finish()),
            Builder::Bool(b) => Arc::new(b.finish()),
            Builder::Text(b) => Arc::new(b.finish()),
            Builder::Date(b) => Arc::new(b.finish()),
        }
    }
}

/// Writes the incidents as GeoParquet (see the module's notes).
pub fn write_geoparquet(
    incidents: &[Incident],
    admin: &AdminLocator,
    w: &mut dyn Write,
) -> Result<()> {
    write_geoparquet_with(incidents, admin, w, |_, _| {})
}

/// Like [`write_geoparquet`], with extra fields per incident (`extra(
/// position, record)`), as for the other writers. The file is built in a
/// temporary file (the Parquet writer wants a sendable sink) and copied to
/// `w`: standard output works, and the destination is written whole or
/// not at all.
pub fn write_geoparquet_with(
    incidents: &[Incident],
    admin: &AdminLocator,
    w: &mut dyn Write,
    extra: impl FnMut(usize, &mut Record<'_>),
) -> Result<()> {
    let plan = Plan::of(incidents, admin, extra);
    // Placed incidents along the Hilbert curve, then the unplaced ones.
    let (nodes, extent) = super::columns::hilbert_nodes(incidents);
    let order: Vec<usize> = nodes
        .iter()
        .map(|n| n.offset as usize)
        .chain(
            incidents
                .iter()
                .enumerate()
                .filter(|(_, i)| i.location.is_none())
                .map(|(k, _)| k),
        )
        .collect();
    let mut fields: Vec<Field> = plan
        .names
        .iter()
        .zip(&plan.types)
        .map(|(n, t)| Field::new(n, arrow_type(*t), true))
        .collect();
    fields.push(Field::new(GEOMETRY, DataType::Binary, true));
    fields.push(Field::new(BBOX, DataType::Struct(bbox_fields()), true));
    let schema = Arc::new(Schema::new(fields));
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        .set_key_value_metadata(Some(vec![KeyValue::new(
            "geo".to_string(),
            geo_metadata(
                extent
                    .as_ref()
                    .map(|e| [e.min_x, e.min_y, e.max_x, e.max_y]),
            ),
        )]))
        .build();
    crate::files::spool_out(w, |path| {
        let sink = std::fs::File::create(path)?;
        let mut writer =
            ArrowWriter::try_new(sink, schema.clone(), Some(props)).map_err(parquet_error)?;
        for chunk in order.chunks(ROW_GROUP_ROWS) {
            let batch = batch_of(incidents, admin, &plan, chunk, &schema)?;
            writer.write(&batch).map_err(parquet_error)?;
        }
        writer.close().map_err(parquet_error)?;
        Ok(())
    })
}

/// The rows `chunk` (positions in `incidents`) as one batch.
fn batch_of(
    incidents: &[Incident],
    admin: &AdminLocator,
    plan: &Plan,
    chunk: &[usize],
    schema: &Arc<Schema>,
) -> Result<RecordBatch> {
    let mut columns: Vec<Builder> = plan.types.iter().map(|t| Builder::new(*t)).collect();
    let mut geometry = BinaryBuilder::new();
    let mut corners: [Float64Builder; 4] = Default::default();
    let mut placed = Vec::with_capacity(chunk.len());
    let mut wkb = Vec::with_capacity(21);
    for &n in chunk {
        let i = &incidents[n];
        let r = Record::of(i, admin);
        let own: Vec<_> = r.own_fields().collect();
        for (c, b) in columns.iter_mut().enumerate() {
            let mut text = String::new();
            b.push(plan.value(n, c, &own, &mut text));
        }
        match &i.location {
            Some(l) => {
                wkb.clear();
                super::wkb::push_point(l.lon, l.lat, &mut wkb);
                geometry.append_value(&wkb);
                for (b, v) in corners.iter_mut().zip([l.lon, l.lat, l.lon, l.lat]) {
                    b.append_value(v);
                }
                placed.push(true);
            }
            None => {
                geometry.append_null();
                // A null struct still holds a value in each child.
                for b in &mut corners {
                    b.append_value(0.0);
                }
                placed.push(false);
            }
        }
    }
    let mut arrays: Vec<ArrayRef> = columns.iter_mut().map(Builder::finish).collect();
    arrays.push(Arc::new(geometry.finish()));
    let children: Vec<ArrayRef> = corners
        .iter_mut()
        .map(|b| Arc::new(b.finish()) as ArrayRef)
        .collect();
    arrays.push(Arc::new(
        StructArray::try_new(bbox_fields(), children, Some(placed.into()))
            .map_err(parquet_error)?,
    ));
    RecordBatch::try_new(schema.clone(), arrays).map_err(parquet_error)
}

fn file_error(origin: &str, problem: impl Into<String>) -> Error {
    Error::File {
        origin: origin.to_string(),
        problem: problem.into(),
    }
}

/// Reads a GeoParquet file's points as incidents: the primary geometry
/// column in WKB, longitude/latitude (OGC:CRS84 or EPSG:4326). A plain
/// Parquet file with a WKB `geometry` column is read too.
pub fn read_geoparquet(path: &Path, origin: &str) -> Result<Vec<Incident>> {
    let file = std::fs::File::open(path).map_err(|source| crate::files::Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let builder = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| file_error(origin, format!("not a Parquet file: {e}")))?;
    let geo: Option<serde_json::Value> = builder
        .metadata()
        .file_metadata()
        .key_value_metadata()
        .and_then(|kv| kv.iter().find(|k| k.key == "geo"))
        .and_then(|k| k.value.as_deref())
        .map(|v| {
            serde_json::from_str(v)
                .map_err(|e| file_error(origin, format!("its geo metadata is not JSON: {e}")))
        })
        .transpose()?;
    let geometry = geo
        .as_ref()
        .and_then(|g| g["primary_column"].as_str())
        .unwrap_or(GEOMETRY)
        .to_string();
    if let Some(column) = geo.as_ref().map(|g| &g["columns"][&geometry]) {
        let encoding = column["encoding"].as_str().unwrap_or("WKB");
        if !encoding.eq_ignore_ascii_case("wkb") {
            return Err(file_error(
                origin,
                format!("geometry column {geometry} is encoded as {encoding}; sahel reads WKB (write it with GEOMETRY_ENCODING=WKB)"),
            ));
        }
        let crs = &column["crs"];
        let lon_lat = crs.is_null()
            || crs["id"]["code"] == 4326
            || crs["id"]["code"] == "CRS84"
            || crs["id"]["code"] == "4326";
        if !lon_lat {
            return Err(file_error(
                origin,
                format!("geometry column {geometry} is not in longitude/latitude (WGS 84); convert it with `ogr2ogr -t_srs EPSG:4326`"),
            ));
        }
    }
    let schema = builder.schema().clone();
    let Some(g_index) = schema.fields().iter().position(|f| *f.name() == geometry) else {
        return Err(file_error(
            origin,
            format!("no geometry column {geometry:?}"),
        ));
    };
    let reader = builder
        .with_batch_size(8192)
        .build()
        .map_err(|e| file_error(origin, e.to_string()))?;
    let mut out = Vec::new();
    let mut shared = crate::model::Interner::default();
    for batch in reader {
        let batch = batch.map_err(|e| file_error(origin, e.to_string()))?;
        read_batch(&batch, g_index, origin, &mut out, &mut shared)?;
    }
    Ok(out)
}

/// [`read_geoparquet`] on a file's bytes (standard input).
pub fn read_geoparquet_bytes(bytes: &[u8], origin: &str) -> Result<Vec<Incident>> {
    crate::files::spool_in(bytes, |path| read_geoparquet(path, origin))
}

fn read_batch(
    batch: &RecordBatch,
    g_index: usize,
    origin: &str,
    out: &mut Vec<Incident>,
    shared: &mut crate::model::Interner,
) -> Result<()> {
    use arrow_array::cast::AsArray;
    use arrow_array::types::*;
    let schema = batch.schema();
    let geometry = batch.column(g_index);
    for row in 0..batch.num_rows() {
        let n = out.len();
        let feature_error = |problem: String| Error::Feature {
            origin: origin.to_string(),
            index: n,
            problem,
        };
        let point = if geometry.is_null(row) {
            None
        } else {
            let bytes = match geometry.data_type() {
                DataType::Binary => geometry.as_binary::<i32>().value(row),
                DataType::LargeBinary => geometry.as_binary::<i64>().value(row),
                DataType::BinaryView => geometry.as_binary_view().value(row),
                t => {
                    return Err(feature_error(format!(
                        "the geometry column is {t}, not WKB"
                    )))
                }
            };
            super::wkb::point(bytes).map_err(feature_error)?
        };
        let mut props: Vec<(Cow<'static, str>, Prop<'static>)> = Vec::new();
        for (c, field) in schema.fields().iter().enumerate() {
            if c == g_index {
                continue;
            }
            let a = batch.column(c);
            let p = if a.is_null(row) {
                Prop::Null
            } else {
                match a.data_type() {
                    DataType::Utf8 => Prop::Str(a.as_string::<i32>().value(row).to_string().into()),
                    DataType::LargeUtf8 => {
                        Prop::Str(a.as_string::<i64>().value(row).to_string().into())
                    }
                    DataType::Utf8View => {
                        Prop::Str(a.as_string_view().value(row).to_string().into())
                    }
                    DataType::Int64 => Prop::Num(a.as_primitive::<Int64Type>().value(row) as f64),
                    DataType::Int32 => {
                        Prop::Num(f64::from(a.as_primitive::<Int32Type>().value(row)))
                    }
                    DataType::Int16 => {
                        Prop::Num(f64::from(a.as_primitive::<Int16Type>().value(row)))
                    }
                    DataType::Float64 => Prop::Num(a.as_primitive::<Float64Type>().value(row)),
                    DataType::Float32 => {
                        Prop::Num(f64::from(a.as_primitive::<Float32Type>().value(row)))
                    }
                    DataType::Boolean => Prop::Bool(a.as_boolean().value(row)),
                    DataType::Date32 => Prop::Str(
                        a.as_primitive::<Date32Type>()
                            .value_as_date(row)
                            .map_or(String::new(), |d| d.to_string())
                            .into(),
                    ),
                    // The bbox covering and other nested columns carry
                    // nothing an incident has.
                    _ => continue,
                }
            };
            props.push((Cow::Owned(field.name().clone()), p));
        }
        out.push(incident_from_point(point, Props(props), origin, n, shared)?);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(incidents: &[Incident]) -> Vec<u8> {
        let mut out = Vec::new();
        write_geoparquet(incidents, AdminLocator::embedded(), &mut out).unwrap();
        out
    }

    #[test]
    fn every_incident_reads_back_with_its_fields() {
        let inc = crate::testing::incidents();
        let back = read_geoparquet_bytes(&written(&inc), "t.parquet").unwrap();
        assert_eq!(back.len(), inc.len());
        for a in &inc {
            // Rows are in Hilbert order: find each by id.
            let b = back.iter().find(|b| b.id == a.id).unwrap();
            assert_eq!(a.fatalities, b.fatalities);
            assert_eq!(a.wounded, b.wounded);
            assert_eq!(a.event_type, b.event_type);
            assert_eq!(a.date, b.date);
            assert_eq!(
                a.location.as_ref().map(|l| (l.lat, l.lon)),
                b.location.as_ref().map(|l| (l.lat, l.lon))
            );
        }
    }

    #[test]
    fn geo_metadata_names_the_covering_and_extent() {
        let inc = crate::testing::incidents();
        let bytes = written(&inc);
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), &bytes).unwrap();
        let b = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(file.path()).unwrap())
            .unwrap();
        let geo = b
            .metadata()
            .file_metadata()
            .key_value_metadata()
            .unwrap()
            .iter()
            .find(|k| k.key == "geo")
            .unwrap()
            .value
            .clone()
            .unwrap();
        let geo: serde_json::Value = serde_json::from_str(&geo).unwrap();
        assert_eq!(geo["version"], "1.1.0");
        let col = &geo["columns"]["geometry"];
        assert_eq!(col["encoding"], "WKB");
        assert_eq!(
            col["covering"]["bbox"]["xmin"],
            serde_json::json!(["bbox", "xmin"])
        );
        let lons: Vec<f64> = inc
            .iter()
            .filter_map(|i| Some(i.location.as_ref()?.lon))
            .collect();
        let west = lons.iter().cloned().fold(f64::MAX, f64::min);
        assert_eq!(col["bbox"][0], west);
        // Dates are DATE, counts INT64.
        let schema = b.schema();
        let t = |n: &str| schema.field_with_name(n).unwrap().data_type().clone();
        assert_eq!(t("date_start"), DataType::Date32);
        assert_eq!(t("fatalities_low"), DataType::Int64);
        assert_eq!(t("uncertainty_km"), DataType::Float64);
    }

    #[test]
    fn rows_follow_a_hilbert_curve_in_row_groups_of_compact_extent() {
        // A grid of incidents across the region: each row group's
        // bounding box is far smaller than the whole.
        let base = crate::testing::incidents()[0].clone();
        let mut v = Vec::new();
        for k in 0..(2 * ROW_GROUP_ROWS) {
            let mut i = base.clone();
            i.id = format!("g-{k}");
            let l = i.location.as_mut().unwrap();
            l.lon = -12.0 + 16.0 * ((k * 7919) % 1000) as f64 / 1000.0;
            l.lat = 10.0 + 14.0 * ((k * 104_729) % 997) as f64 / 997.0;
            v.push(i);
        }
        let bytes = written(&v);
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), &bytes).unwrap();
        let b = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(file.path()).unwrap())
            .unwrap();
        assert_eq!(b.metadata().num_row_groups(), 2);
        // The first row group's points.
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        for batch in b.build().unwrap() {
            let batch = batch.unwrap();
            let bbox = batch
                .column_by_name("bbox")
                .unwrap()
                .as_any()
                .downcast_ref::<StructArray>()
                .unwrap()
                .clone();
            let corner = |k: usize| {
                bbox.column(k)
                    .as_any()
                    .downcast_ref::<arrow_array::Float64Array>()
                    .unwrap()
                    .values()
                    .to_vec()
            };
            xs.extend(corner(0));
            ys.extend(corner(1));
        }
        xs.truncate(ROW_GROUP_ROWS);
        ys.truncate(ROW_GROUP_ROWS);
        let span = |v: &[f64]| {
            v.iter().cloned().fold(f64::MIN, f64::max) - v.iter().cloned().fold(f64::MAX, f64::min)
        };
        // Half the points along a Hilbert curve: half the area, so one
        // side spans about half of the whole (16 degrees wide, 14 high).
        assert!(
            span(&xs) < 0.6 * 16.0 || span(&ys) < 0.6 * 14.0,
            "{} x {}",
            span(&xs),
            span(&ys)
        );
    }
}
