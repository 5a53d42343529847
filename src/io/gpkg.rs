//! Incidents as a GeoPackage, the OGC's SQLite format and QGIS's default
//! for saved layers: written by [`write_gpkg_with`], read back (sahel's
//! files and other point layers in WGS 84) by [`read_gpkg`].
//!
//! The file holds one point layer, `incidents`, with the same flat fields
//! as the GeoJSON and FlatGeobuf outputs, typed as they are there (dates as
//! `DATE`, counts as `INTEGER`), the spatial reference EPSG:4326, and the
//! R-tree spatial index (`rtree_incidents_geom`, with the triggers that keep
//! it current when QGIS edits the layer). Incidents without a location are
//! kept, with a null geometry. SQLite comes built into sahel (the
//! `rusqlite` crate's bundled library), so nothing is needed on the machine.
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
//! sahel::io::gpkg::write_gpkg(&[inc], sahel::admin::AdminLocator::embedded(), &mut out).unwrap();
//! assert_eq!(&out[..16], b"SQLite format 3\0");
//! let back = sahel::io::gpkg::read_gpkg_bytes(&out, "mem.gpkg").unwrap();
//! assert_eq!(back[0].fatalities.low, Some(3));
//! assert_eq!(back[0].location.as_ref().unwrap().lat, 14.49);
//! ```

use super::columns::{Col, Plan, Scalar};
use super::{Error, Result};
use crate::admin::AdminLocator;
use crate::io::geojson_in::{incident_from_point, Prop, Props};
use crate::io::record::Record;
use crate::model::Incident;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};
use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

/// The layer's table name: what QGIS lists when it opens the file.
pub const TABLE: &str = "incidents";
const GEOMETRY: &str = "geom";
const FID: &str = "fid";
const WGS84: i32 = 4326;

/// EPSG:4326 as GeoPackage readers expect it (OGC WKT 1), with latitude
/// first as the EPSG register defines the axes.
const WGS84_WKT: &str = concat!(
    r#"GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,"#,
    r#"AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,"#,
    r#"AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],"#,
    r#"AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]"#
);

/// An SQLite failure while a GeoPackage is written (its R-tree too).
pub(super) fn sql_error(e: rusqlite::Error) -> Error {
    Error::GeoPackage(e.to_string())
}

/// `"name"` with inner quotes doubled: field names come from the user's
/// files too.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn sql_type(c: Col) -> &'static str {
    match c {
        Col::Long => "INTEGER",
        Col::Double => "REAL",
        Col::Bool => "BOOLEAN",
        Col::Text => "TEXT",
        Col::Date => "DATE",
    }
}

/// A point as a GeoPackage geometry: the `GP` header (version 0,
/// little-endian, no envelope, the layer's SRS), then the point as WKB.
fn point_blob(lon: f64, lat: f64, out: &mut Vec<u8>) {
    out.clear();
    out.extend_from_slice(b"GP");
    out.push(0);
    out.push(0b0000_0001);
    out.extend_from_slice(&WGS84.to_le_bytes());
    super::wkb::push_point(lon, lat, out);
}

/// The time the layer last changed, as `gpkg_contents` wants it:
/// `SOURCE_DATE_EPOCH` when set (reproducible builds' convention, so that
/// two runs on the same incidents give the same bytes), else now.
fn last_change() -> String {
    let t = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .unwrap_or_else(chrono::Utc::now);
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Writes the incidents as a GeoPackage (see the module's notes).
pub fn write_gpkg(incidents: &[Incident], admin: &AdminLocator, w: &mut dyn Write) -> Result<()> {
    write_gpkg_with(incidents, admin, w, |_, _| {})
}

/// Like [`write_gpkg`], with extra fields per incident (`extra(position,
/// record)`), as for the other writers. SQLite writes to a file, so the
/// layer is built in a temporary file and then copied to `w`: standard
/// output works, and the destination is written whole or not at all. To
/// write a file, [`write_gpkg_file`] saves the copy.
pub fn write_gpkg_with(
    incidents: &[Incident],
    admin: &AdminLocator,
    w: &mut dyn Write,
    extra: impl FnMut(usize, &mut Record<'_>),
) -> Result<()> {
    crate::files::spool_out(w, |path| build(path, incidents, admin, extra))
}

/// Writes the incidents as a GeoPackage at `path`, built in place beside
/// it and renamed over it when whole (`-` writes to standard output);
/// `extra` as for [`write_gpkg_with`]. A million incidents make a 330 MB
/// layer: built where it stays, it is not written twice.
pub fn write_gpkg_file(
    incidents: &[Incident],
    admin: &AdminLocator,
    path: &Path,
    extra: impl FnMut(usize, &mut Record<'_>),
) -> Result<()> {
    crate::files::with_atomic_path(path, |tmp| build(tmp, incidents, admin, extra))
}

/// Builds the layer in the (new or empty) file at `path`.
fn build(
    path: &Path,
    incidents: &[Incident],
    admin: &AdminLocator,
    extra: impl FnMut(usize, &mut Record<'_>),
) -> Result<()> {
    let plan = Plan::of(incidents, admin, extra);
    let (names, types) = (&plan.names, &plan.types);
    let mut db = Connection::open(path).map_err(sql_error)?;
    // The file is written once, start to end, and thrown away if that
    // fails: no journal to keep.
    db.execute_batch(
        "PRAGMA application_id = 1196444487; PRAGMA user_version = 10200;
         PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
         PRAGMA cache_size = -262144;",
    )
    .map_err(sql_error)?;
    let tx = db.transaction().map_err(sql_error)?;
    create_metadata(&tx)?;
    let columns: Vec<String> = names
        .iter()
        .zip(types)
        .map(|(n, t)| format!("{} {}", quoted(n), sql_type(*t)))
        .collect();
    tx.execute_batch(&format!(
        "CREATE TABLE {TABLE} ({FID} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {GEOMETRY} POINT, {});",
        columns.join(", ")
    ))
    .map_err(sql_error)?;
    let bounds = insert_features(&tx, incidents, admin, &plan)?;
    register_layer(&tx, bounds)?;
    tx.commit().map_err(sql_error)?;
    db.close().map_err(|(_, e)| sql_error(e))?;
    Ok(())
}

/// The tables every GeoPackage has: spatial references, contents, geometry
/// columns and extensions.
fn create_metadata(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
             organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
             definition TEXT NOT NULL, description TEXT);
         CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
             identifier TEXT UNIQUE, description TEXT DEFAULT '',
             last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
             min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
             CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
         CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
             geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,
             m TINYINT NOT NULL,
             CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
             CONSTRAINT uk_gc_table_name UNIQUE (table_name),
             CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
             CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
         CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT,
             extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
             CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));",
    )
    .map_err(sql_error)?;
    let mut srs = tx
        .prepare("INSERT INTO gpkg_spatial_ref_sys VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .map_err(sql_error)?;
    // The three rows the standard requires.
    for (name, id, org, def, desc) in [
        (
            "WGS 84 geodetic",
            WGS84,
            "EPSG",
            WGS84_WKT,
            "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
        ),
        (
            "Undefined cartesian SRS",
            -1,
            "NONE",
            "undefined",
            "undefined cartesian coordinate reference system",
        ),
        (
            "Undefined geographic SRS",
            0,
            "NONE",
            "undefined",
            "undefined geographic coordinate reference system",
        ),
    ] {
        srs.execute(rusqlite::params![name, id, org, id, def, desc])
            .map_err(sql_error)?;
    }
    Ok(())
}

/// The layer's extent, west, south, east, north.
type Bounds = Option<[f64; 4]>;

/// Inserts every incident, its point in the R-tree too; returns the extent.
///
/// The index is packed from the points in Hilbert order
/// ([`super::sqlite_rtree`]): at a million incidents, inserting them one by
/// one into SQLite's R-tree took about 3.5 s.
fn insert_features(
    tx: &rusqlite::Transaction<'_>,
    incidents: &[Incident],
    admin: &AdminLocator,
    plan: &Plan,
) -> Result<Bounds> {
    tx.execute_batch(&format!(
        "CREATE VIRTUAL TABLE rtree_{TABLE}_{GEOMETRY} USING rtree(id, minx, maxx, miny, maxy);"
    ))
    .map_err(sql_error)?;
    let marks = vec!["?"; plan.names.len() + 2].join(", ");
    let mut insert = tx
        .prepare(&format!("INSERT INTO {TABLE} VALUES ({marks})"))
        .map_err(sql_error)?;
    let mut blob = Vec::with_capacity(29);
    for (n, i) in incidents.iter().enumerate() {
        let fid = n as i64 + 1;
        insert.raw_bind_parameter(1, fid).map_err(sql_error)?;
        match &i.location {
            Some(l) => {
                point_blob(l.lon, l.lat, &mut blob);
                insert
                    .raw_bind_parameter(2, blob.as_slice())
                    .map_err(sql_error)?;
            }
            None => insert
                .raw_bind_parameter(2, rusqlite::types::Null)
                .map_err(sql_error)?,
        }
        let r = Record::of(i, admin);
        let fields: Vec<_> = r.own_fields().collect();
        for c in 0..plan.names.len() {
            let mut text = String::new();
            bind(&mut insert, c + 3, plan.value(n, c, &fields, &mut text))?;
        }
        insert.raw_execute().map_err(sql_error)?;
    }
    let (nodes, extent) = super::columns::hilbert_nodes(incidents);
    let points: Vec<_> = nodes
        .iter()
        .map(|node| super::sqlite_rtree::Entry {
            id: node.offset as i64 + 1,
            x: node.min_x,
            y: node.min_y,
        })
        .collect();
    drop(nodes);
    super::sqlite_rtree::load(tx, &format!("rtree_{TABLE}_{GEOMETRY}"), &points)?;
    Ok(extent.map(|e| [e.min_x, e.min_y, e.max_x, e.max_y]))
}

fn bind(s: &mut rusqlite::Statement<'_>, at: usize, v: Option<Scalar<'_>>) -> Result<()> {
    let r = match v {
        None => s.raw_bind_parameter(at, rusqlite::types::Null),
        Some(Scalar::Long(n)) => s.raw_bind_parameter(at, n),
        Some(Scalar::Double(x)) => s.raw_bind_parameter(at, x),
        Some(Scalar::Bool(b)) => s.raw_bind_parameter(at, i64::from(b)),
        Some(Scalar::Text(t)) => s.raw_bind_parameter(at, t),
    };
    r.map_err(sql_error)
}

/// Lists the layer in the contents, its geometry column and its spatial
/// index, and adds the triggers that keep the index current when another
/// program edits the layer (they are added after the rows, which sahel
/// indexes itself: they call functions only GIS programs define).
fn register_layer(tx: &rusqlite::Transaction<'_>, bounds: Bounds) -> Result<()> {
    let [w, s, e, n] = bounds.map_or([None; 4], |b| b.map(Some));
    tx.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change,
             min_x, min_y, max_x, max_y, srs_id)
         VALUES (?1, 'features', ?1, 'Armed-conflict incidents written by sahel', ?2, ?3, ?4, ?5, ?6, ?7)",
        rusqlite::params![TABLE, last_change(), w, s, e, n, WGS84],
    )
    .map_err(sql_error)?;
    tx.execute(
        "INSERT INTO gpkg_geometry_columns VALUES (?1, ?2, 'POINT', ?3, 0, 0)",
        rusqlite::params![TABLE, GEOMETRY, WGS84],
    )
    .map_err(sql_error)?;
    tx.execute(
        "INSERT INTO gpkg_extensions VALUES (?1, ?2, 'gpkg_rtree_index',
             'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        rusqlite::params![TABLE, GEOMETRY],
    )
    .map_err(sql_error)?;
    let t = TABLE;
    let g = GEOMETRY;
    let rt = format!("rtree_{t}_{g}");
    // Insert, update (four cases: geometry set or emptied, id changed or
    // not) and delete, as the R-tree extension defines them.
    let box_of = |row: &str| {
        format!("ST_MinX({row}.{g}), ST_MaxX({row}.{g}), ST_MinY({row}.{g}), ST_MaxY({row}.{g})")
    };
    let present = |row: &str| format!("{row}.{g} NOT NULL AND NOT ST_IsEmpty({row}.{g})");
    let absent = |row: &str| format!("({row}.{g} IS NULL OR ST_IsEmpty({row}.{g}))");
    let sql = format!(
        "CREATE TRIGGER {rt}_insert AFTER INSERT ON {t} WHEN ({new_present})
         BEGIN INSERT OR REPLACE INTO {rt} VALUES (NEW.{FID}, {new_box}); END;
         CREATE TRIGGER {rt}_update1 AFTER UPDATE OF {g} ON {t}
             WHEN OLD.{FID} = NEW.{FID} AND ({new_present})
         BEGIN INSERT OR REPLACE INTO {rt} VALUES (NEW.{FID}, {new_box}); END;
         CREATE TRIGGER {rt}_update2 AFTER UPDATE OF {g} ON {t}
             WHEN OLD.{FID} = NEW.{FID} AND {new_absent}
         BEGIN DELETE FROM {rt} WHERE id = OLD.{FID}; END;
         CREATE TRIGGER {rt}_update3 AFTER UPDATE ON {t}
             WHEN OLD.{FID} != NEW.{FID} AND ({new_present})
         BEGIN DELETE FROM {rt} WHERE id = OLD.{FID};
               INSERT OR REPLACE INTO {rt} VALUES (NEW.{FID}, {new_box}); END;
         CREATE TRIGGER {rt}_update4 AFTER UPDATE ON {t}
             WHEN OLD.{FID} != NEW.{FID} AND {new_absent}
         BEGIN DELETE FROM {rt} WHERE id IN (OLD.{FID}, NEW.{FID}); END;
         CREATE TRIGGER {rt}_delete AFTER DELETE ON {t} WHEN OLD.{g} NOT NULL
         BEGIN DELETE FROM {rt} WHERE id = OLD.{FID}; END;",
        new_present = present("NEW"),
        new_absent = absent("NEW"),
        new_box = box_of("NEW"),
    );
    tx.execute_batch(&sql).map_err(sql_error)
}

fn file_error(origin: &str, problem: impl Into<String>) -> Error {
    Error::File {
        origin: origin.to_string(),
        problem: problem.into(),
    }
}

/// The point of a GeoPackage geometry blob (`None` for an empty one), or
/// what is wrong with it.
fn point_of_blob(b: &[u8]) -> std::result::Result<Option<(f64, f64)>, String> {
    if b.len() < 8 || &b[..2] != b"GP" {
        return Err("the geometry is not a GeoPackage geometry (no GP header)".into());
    }
    let flags = b[3];
    if flags & 0b1_0000 != 0 {
        return Ok(None);
    }
    let envelope = match (flags >> 1) & 0b111 {
        0 => 0,
        1 => 32,
        2 | 3 => 48,
        4 => 64,
        k => return Err(format!("the geometry's envelope code {k} is not defined")),
    };
    super::wkb::point(b.get(8 + envelope..).ok_or("the geometry is cut short")?)
}

/// Reads the point layer of a GeoPackage file as incidents: the layer
/// named `incidents`, or the file's only feature layer. Its coordinates
/// must be WGS 84 (EPSG:4326).
pub fn read_gpkg(path: &Path, origin: &str) -> Result<Vec<Incident>> {
    // A missing or unreadable file is said as for the other formats, not
    // as SQLite's "unable to open database file".
    std::fs::File::open(path).map_err(|source| crate::files::Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let db = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| file_error(origin, format!("cannot open it as a GeoPackage: {e}")))?;
    read_layer(&db, origin)
}

/// [`read_gpkg`] on a file's bytes (standard input).
pub fn read_gpkg_bytes(bytes: &[u8], origin: &str) -> Result<Vec<Incident>> {
    crate::files::spool_in(bytes, |path| read_gpkg(path, origin))
}

fn read_layer(db: &Connection, origin: &str) -> Result<Vec<Incident>> {
    let not_gpkg = |e: rusqlite::Error| {
        file_error(
            origin,
            format!("not a GeoPackage (an SQLite file with a gpkg_contents table): {e}"),
        )
    };
    let layers: Vec<String> = db
        .prepare(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name",
        )
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(not_gpkg)?;
    let table = match layers.as_slice() {
        [] => return Err(file_error(origin, "the GeoPackage has no feature layer")),
        [one] => one.clone(),
        many => match many.iter().find(|t| *t == TABLE) {
            Some(t) => t.clone(),
            None => {
                return Err(file_error(
                    origin,
                    format!(
                        "the GeoPackage has {} feature layers ({}) and none is named {TABLE}; extract one with ogr2ogr",
                        many.len(),
                        many.join(", ")
                    ),
                ))
            }
        },
    };
    let (geometry, srs): (String, i64) = db
        .query_row(
            "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?1",
            [&table],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| file_error(origin, format!("layer {table}: no geometry column: {e}")))?;
    if srs != i64::from(WGS84) && srs != 0 {
        return Err(file_error(
            origin,
            format!(
                "layer {table} is in EPSG:{srs}; sahel reads longitude/latitude in WGS 84 (EPSG:4326): convert it with `ogr2ogr -t_srs EPSG:4326 out.gpkg {origin}`"
            ),
        ));
    }
    let mut stmt = db
        .prepare(&format!("SELECT * FROM {}", quoted(&table)))
        .map_err(|e| file_error(origin, format!("layer {table}: {e}")))?;
    let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
    let key: Option<String> = db
        .prepare(&format!("PRAGMA table_info({})", quoted(&table)))
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, i64>(5)?)))?
                .filter_map(|r| r.ok())
                .find(|(_, pk)| *pk == 1)
                .map(|(n, _)| Ok(n))
                .transpose()
        })
        .map_err(|e| file_error(origin, format!("layer {table}: {e}")))?;
    let mut rows = stmt
        .query([])
        .map_err(|e| file_error(origin, format!("layer {table}: {e}")))?;
    let mut out = Vec::new();
    let mut shared = crate::model::Interner::default();
    let mut n = 0;
    let feature_error = |n: usize, problem: String| Error::Feature {
        origin: origin.to_string(),
        index: n,
        problem,
    };
    while let Some(row) = rows.next().map_err(|e| feature_error(n, e.to_string()))? {
        let mut point = None;
        let mut props: Vec<(Cow<'static, str>, Prop<'static>)> = Vec::with_capacity(names.len());
        for (c, name) in names.iter().enumerate() {
            let v = row
                .get_ref(c)
                .map_err(|e| feature_error(n, e.to_string()))?;
            if *name == geometry {
                point = match v {
                    ValueRef::Null => None,
                    ValueRef::Blob(b) => point_of_blob(b).map_err(|p| feature_error(n, p))?,
                    _ => return Err(feature_error(n, format!("{geometry} is not a geometry"))),
                };
                continue;
            }
            if key.as_deref() == Some(name.as_str()) {
                continue;
            }
            let p = match v {
                ValueRef::Null => Prop::Null,
                ValueRef::Integer(i) => Prop::Num(i as f64),
                ValueRef::Real(x) => Prop::Num(x),
                ValueRef::Text(t) => Prop::Str(Cow::Owned(String::from_utf8_lossy(t).into_owned())),
                ValueRef::Blob(_) => Prop::Null,
            };
            props.push((Cow::Owned(name.clone()), p));
        }
        out.push(incident_from_point(
            point,
            Props(props),
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

    fn written(incidents: &[Incident]) -> Vec<u8> {
        let mut out = Vec::new();
        write_gpkg(incidents, AdminLocator::embedded(), &mut out).unwrap();
        out
    }

    #[test]
    fn every_incident_reads_back_with_its_fields() {
        let inc = crate::testing::incidents();
        let back = read_gpkg_bytes(&written(&inc), "t.gpkg").unwrap();
        assert_eq!(back.len(), inc.len());
        for (a, b) in inc.iter().zip(&back) {
            assert_eq!(a.id, b.id);
            assert_eq!(a.fatalities, b.fatalities);
            assert_eq!(a.wounded, b.wounded);
            assert_eq!(a.event_type, b.event_type);
            assert_eq!(a.date, b.date);
            assert_eq!(a.location.is_some(), b.location.is_some());
            if let (Some(x), Some(y)) = (&a.location, &b.location) {
                assert_eq!((x.lat, x.lon), (y.lat, y.lon));
                assert_eq!(x.precision, y.precision);
            }
        }
    }

    #[test]
    fn layer_is_registered_with_its_index_and_reference_system() {
        let inc = crate::testing::incidents();
        let bytes = written(&inc);
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), &bytes).unwrap();
        let db = Connection::open(file.path()).unwrap();
        let app: i64 = db
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(app, 0x4750_4B47, "the GPKG application id");
        let (srs, kind): (i64, String) = db
            .query_row(
                "SELECT srs_id, geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'incidents'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((srs, kind.as_str()), (4326, "POINT"));
        let placed = inc.iter().filter(|i| i.location.is_some()).count() as i64;
        let indexed: i64 = db
            .query_row("SELECT count(*) FROM rtree_incidents_geom", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(indexed, placed);
        // The index finds a placed incident inside its own box.
        let one = inc.iter().find_map(|i| i.location.as_ref()).unwrap();
        let hits: i64 = db
            .query_row(
                "SELECT count(*) FROM rtree_incidents_geom WHERE minx <= ?1 AND maxx >= ?1 AND miny <= ?2 AND maxy >= ?2",
                rusqlite::params![one.lon, one.lat],
                |r| r.get(0),
            )
            .unwrap();
        assert!(hits >= 1);
        let types: Vec<(String, String)> = db
            .prepare("PRAGMA table_info(incidents)")
            .unwrap()
            .query_map([], |r| Ok((r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        let type_of = |n: &str| types.iter().find(|(k, _)| k == n).unwrap().1.clone();
        assert_eq!(type_of("date_start"), "DATE");
        assert_eq!(type_of("fatalities_low"), "INTEGER");
        assert_eq!(type_of("uncertainty_km"), "REAL");
        assert_eq!(type_of("place"), "TEXT");
    }

    #[test]
    fn added_fields_are_typed_by_their_values() {
        let inc = crate::testing::incidents();
        let mut out = Vec::new();
        write_gpkg_with(&inc, AdminLocator::embedded(), &mut out, |n, r| {
            r.insert("distance_km", serde_json::json!(n as f64 + 0.5));
            r.insert("note2", serde_json::json!("x\"y"));
        })
        .unwrap();
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), &out).unwrap();
        let db = Connection::open(file.path()).unwrap();
        let (d, t): (f64, String) = db
            .query_row(
                "SELECT distance_km, note2 FROM incidents WHERE fid = 2",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((d, t.as_str()), (1.5, "x\"y"));
    }

    #[test]
    fn foreign_geometry_blobs_are_read_or_refused() {
        let mut b = Vec::new();
        point_blob(-4.19, 14.49, &mut b);
        assert_eq!(point_of_blob(&b), Ok(Some((-4.19, 14.49))));
        // An envelope before the point (as GDAL writes for other types).
        let mut with_env = b[..8].to_vec();
        with_env[3] = 0b0000_0011;
        with_env.extend(std::iter::repeat_n(0u8, 32));
        with_env.extend_from_slice(&b[8..]);
        assert_eq!(point_of_blob(&with_env), Ok(Some((-4.19, 14.49))));
        // A polygon is refused with its type.
        let mut poly = b.clone();
        poly[9] = 3;
        assert!(point_of_blob(&poly).unwrap_err().contains("not a point"));
        assert!(point_of_blob(b"XX").is_err());
    }

    #[test]
    fn a_file_that_is_not_a_geopackage_is_named_in_the_error() {
        let e = read_gpkg_bytes(b"not sqlite at all", "bad.gpkg").unwrap_err();
        assert!(e.to_string().starts_with("bad.gpkg: "), "{e}");
    }
}
