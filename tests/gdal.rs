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

fn field_type<'a>(info: &'a str, field: &str) -> Option<&'a str> {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}: ")))
        .and_then(|t| t.split_whitespace().next())
}

#[test]
fn gdal_reads_sahel_geojson() {
    if Command::new("ogrinfo").arg("--version").output().is_err() {
        eprintln!("skipping: ogrinfo not found (install gdal-bin to run this test)");
        return;
    }
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out");
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(["report", "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let incidents: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("incidents.geojson")).unwrap())
            .unwrap();
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
    assert_eq!(field_type(&info, "cluster"), Some("Integer"));
}
