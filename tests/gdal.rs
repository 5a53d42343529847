//! GDAL reads every GeoJSON sahel writes, with the right feature count and
//! field types. Installs nothing: skipped with a message where `ogrinfo`
//! (Debian's gdal-bin, which .ci/run installs) is absent.

use std::path::Path;
use std::process::Command;

fn ogrinfo(path: &Path) -> Option<(String, String)> {
    let o = Command::new("ogrinfo")
        .args(["-ro", "-al", "-so"])
        .arg(path)
        .output()
        .ok()?;
    assert!(
        o.status.success(),
        "ogrinfo failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    Some((
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    ))
}

/// What `ogrinfo` says of an incident layer sahel wrote: no warning, the
/// feature count, WGS 84 points, and the typed fields (dates as `date`).
fn assert_incident_layer(info: &str, err: &str, count: usize, date: &str) {
    assert!(
        !err.to_lowercase().contains("warning") && !err.contains("ERROR"),
        "{err}"
    );
    assert!(info.contains(&format!("Feature Count: {count}")), "{info}");
    assert!(
        info.contains("Geometry: Point") && info.contains("EPSG\",4326"),
        "{info}"
    );
    assert_eq!(field_type(info, "fatalities_low"), Some("Integer64"));
    assert_eq!(field_type(info, "uncertainty_km"), Some("Real"));
    assert_eq!(field_type(info, "date_start"), Some(date));
    assert_eq!(field_type(info, "place"), Some("String"));
}

fn field_type<'a>(info: &'a str, field: &str) -> Option<&'a str> {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}: ")))
        .and_then(|t| t.split_whitespace().next())
}

/// Runs `sahel report` into a temporary directory and reads its GeoJSON
/// back; `None` (with a message) where GDAL is not installed.
fn report() -> Option<(tempfile::TempDir, std::path::PathBuf, serde_json::Value)> {
    if Command::new("ogrinfo").arg("--version").output().is_err() {
        eprintln!("skipping: ogrinfo not found (install gdal-bin to run this test)");
        return None;
    }
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out");
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        // Two incidents make a cluster here, so that clusters.geojson has
        // features whose field types GDAL can read (the default, 3, finds
        // none among the eleven example incidents).
        .args(["report", "--min-points", "2", "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let incidents: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("incidents.geojson")).unwrap())
            .unwrap();
    Some((d, out, incidents))
}

#[test]
fn gdal_reads_sahel_geojson() {
    let Some((_d, out, incidents)) = report() else {
        return;
    };
    let n = incidents["features"].as_array().unwrap().len();

    let (info, err) = ogrinfo(&out.join("incidents.geojson")).unwrap();
    assert!(
        !err.to_lowercase().contains("warning") && !err.contains("ERROR"),
        "{err}"
    );
    assert!(info.contains(&format!("Feature Count: {n}")), "{info}");
    assert!(info.contains("Geometry: Point"));
    assert_eq!(
        field_type(&info, "fatalities_low"),
        Some("Integer"),
        "{info}"
    );
    assert_eq!(field_type(&info, "uncertainty_km"), Some("Real"));
    assert_eq!(field_type(&info, "date_start"), Some("Date"));
    assert_eq!(field_type(&info, "event_type"), Some("String"));

    let clusters: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("clusters.geojson")).unwrap())
            .unwrap();
    let m = clusters["features"].as_array().unwrap().len();
    let (info, err) = ogrinfo(&out.join("clusters.geojson")).unwrap();
    assert!(
        !err.to_lowercase().contains("warning") && !err.contains("ERROR"),
        "{err}"
    );
    assert!(info.contains(&format!("Feature Count: {m}")), "{info}");
    assert!(
        info.contains("Geometry: Polygon"),
        "one geometry type: {info}"
    );
    assert_eq!(field_type(&info, "cluster"), Some("Integer"));
    let (info, err) = ogrinfo(&out.join("cluster_members.geojson")).unwrap();
    assert!(
        !err.to_lowercase().contains("warning") && !err.contains("ERROR"),
        "{err}"
    );
    assert!(info.contains("Geometry: Point"), "{info}");
    assert_eq!(field_type(&info, "cluster"), Some("Integer"));
}

#[test]
fn gdal_reads_sahel_flatgeobuf() {
    let Some((d, out, gj)) = report() else {
        return;
    };
    let features = gj["features"].as_array().unwrap();
    let located = features.iter().filter(|f| !f["geometry"].is_null()).count();

    let fgb = out.join("incidents.fgb");
    let (info, err) = ogrinfo(&fgb).unwrap();
    assert_incident_layer(&info, &err, located, "DateTime");

    // The values GDAL reads are those of the GeoJSON, incident by incident.
    let csv = Command::new("ogr2ogr")
        .args(["-f", "CSV", "/vsistdout/"])
        .arg(&fgb)
        .args([
            "-lco",
            "GEOMETRY=AS_XY",
            "-select",
            "id,fatalities_low,place",
        ])
        .output()
        .unwrap();
    assert!(
        csv.status.success(),
        "{}",
        String::from_utf8_lossy(&csv.stderr)
    );
    let text = String::from_utf8(csv.stdout).unwrap();
    let mut rows = 0;
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        let (x, y, id, deaths) = (cells[0], cells[1], cells[2], cells[3]);
        let f = features
            .iter()
            .find(|f| f["id"] == id)
            .unwrap_or_else(|| panic!("{id} not in the GeoJSON"));
        let c = &f["geometry"]["coordinates"];
        // GeoJSON is rounded to 5 decimals, FlatGeobuf keeps every digit.
        assert!((x.parse::<f64>().unwrap() - c[0].as_f64().unwrap()).abs() <= 6e-6);
        assert!((y.parse::<f64>().unwrap() - c[1].as_f64().unwrap()).abs() <= 6e-6);
        assert_eq!(
            deaths.trim_matches('"'),
            f["properties"]["fatalities_low"]
                .to_string()
                .replace("null", "")
        );
        rows += 1;
    }
    assert_eq!(rows, located);

    // A FlatGeobuf that GDAL writes (from sahel's GeoJSON) reads back in
    // sahel with every incident and its toll.
    let gdal_fgb = d.path().join("gdal.fgb");
    let o = Command::new("ogr2ogr")
        .args(["-f", "FlatGeobuf"])
        .arg(&gdal_fgb)
        .arg(out.join("incidents.geojson"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(["near", "--at", "Bamako", "--radius", "2500", "--json"])
        .arg(&gdal_fgb)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let back: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let back = back.as_array().unwrap();
    assert_eq!(back.len(), located);
    for b in back {
        let f = features.iter().find(|f| f["id"] == b["id"]).unwrap();
        assert_eq!(b["fatalities_low"], f["properties"]["fatalities_low"]);
        assert_eq!(b["date_start"], f["properties"]["date_start"]);
    }

    // `near -o x.fgb` keeps the distance as a number.
    let near = d.path().join("near.fgb");
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(["near", "--at", "Mopti", "--radius", "300", "-o"])
        .arg(&near)
        .arg(out.join("incidents.geojson"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (info, _) = ogrinfo(&near).unwrap();
    assert_eq!(field_type(&info, "distance_km"), Some("Real"), "{info}");
}

/// Every field ogrinfo lists, with its type family (Integer64 is an
/// integer, DateTime a date: the formats' own words for the same kind).
fn fields(info: &str) -> Vec<(String, &'static str)> {
    info.lines()
        .filter_map(|l| {
            let (name, rest) = l.split_once(": ")?;
            if name.contains(' ') || name.is_empty() {
                return None;
            }
            let kind = match rest.split_whitespace().next()? {
                "Integer" | "Integer64" => "integer",
                "Real" => "real",
                "Date" | "DateTime" => "date",
                "String" => "text",
                _ => return None,
            };
            Some((name.to_string(), kind))
        })
        .collect()
}

#[test]
fn csv_geojson_and_flatgeobuf_carry_the_same_fields_with_the_same_types() {
    let Some((_d, out, _)) = report() else {
        return;
    };
    let (gj, _) = ogrinfo(&out.join("incidents.geojson")).unwrap();
    let (fgb, _) = ogrinfo(&out.join("incidents.fgb")).unwrap();
    // GDAL types the CSV by the incidents.csvt written beside it.
    let (csv, err) = ogrinfo(&out.join("incidents.csv")).unwrap();
    assert!(!err.contains("ERROR"), "{err}");
    let (gj, fgb, csv) = (fields(&gj), fields(&fgb), fields(&csv));
    assert!(gj.len() >= 25, "{gj:?}");
    for (name, kind) in &gj {
        let in_fgb = fgb.iter().find(|(n, _)| n == name);
        assert_eq!(in_fgb.map(|f| f.1), Some(*kind), "{name} in the FlatGeobuf");
        let column = sahel::io::schema::csv_column_of(name);
        let in_csv = csv.iter().find(|(n, _)| n == column);
        assert_eq!(
            in_csv.map(|f| f.1),
            Some(*kind),
            "{name} ({column}) in the CSV"
        );
    }
}

#[test]
fn gdal_reads_sahel_geopackage_with_its_index_and_types() {
    let Some((_d, out, gj)) = report() else {
        return;
    };
    let features = gj["features"].as_array().unwrap();
    let gpkg = out.join("incidents.gpkg");
    let (info, err) = ogrinfo(&gpkg).unwrap();
    // Every incident, placed or not: a GeoPackage keeps empty geometries.
    assert_incident_layer(&info, &err, features.len(), "Date");
    // GDAL finds and uses the R-tree: a spatial filter around the first
    // placed incident returns it.
    let first = features.iter().find(|f| !f["geometry"].is_null()).unwrap();
    let (x, y) = (
        first["geometry"]["coordinates"][0].as_f64().unwrap(),
        first["geometry"]["coordinates"][1].as_f64().unwrap(),
    );
    let o = Command::new("ogrinfo")
        .args(["-ro", "-al", "-q", "-spat"])
        .args([x - 0.01, y - 0.01, x + 0.01, y + 0.01].map(|v| v.to_string()))
        .arg(&gpkg)
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&o.stdout);
    let id = first["properties"]["id"].as_str().unwrap();
    assert!(listed.contains(id), "{id} inside its own box: {listed}");
    let check = Command::new("ogrinfo")
        .args([
            "-ro",
            "-q",
            "-sql",
            "SELECT HasSpatialIndex('incidents', 'geom')",
        ])
        .arg(&gpkg)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("= 1"),
        "the spatial index is seen: {}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn gdal_reads_sahel_geoparquet_where_it_has_the_driver() {
    let Some((d, _, gj)) = report() else {
        return;
    };
    let formats = Command::new("ogrinfo").arg("--formats").output().unwrap();
    if !String::from_utf8_lossy(&formats.stdout).contains("Parquet") {
        eprintln!("skipping: this GDAL has no Parquet driver (GDAL is built without Arrow here)");
        return;
    }
    let pq = d.path().join("incidents.parquet");
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(["extract", "examples/dispatches", "-o"])
        .arg(&pq)
        .output()
        .unwrap();
    assert!(o.status.success());
    let (info, err) = ogrinfo(&pq).unwrap();
    assert!(!err.to_lowercase().contains("warning"), "{err}");
    let n = gj["features"].as_array().unwrap().len();
    assert!(info.contains(&format!("Feature Count: {n}")), "{info}");
    assert_eq!(field_type(&info, "date_start"), Some("Date"));
    assert_eq!(field_type(&info, "fatalities_low"), Some("Integer64"));
}
