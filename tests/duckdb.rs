//! DuckDB reads sahel's GeoParquet as a geometry layer, with every
//! incident. Uses the Python `duckdb` package: `SAHEL_DUCKDB_PYTHON` names
//! the interpreter that has it (.ci/run makes a venv with it), else
//! `python3`; skipped with a message where neither has it.

use std::process::Command;

fn python_with_duckdb() -> Option<String> {
    let candidates = std::env::var("SAHEL_DUCKDB_PYTHON")
        .into_iter()
        .chain(["python3".to_string()]);
    for p in candidates {
        let ok = Command::new(&p)
            .args(["-c", "import duckdb"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(p);
        }
    }
    eprintln!("skipping: no Python with the duckdb package (pip install duckdb, or set SAHEL_DUCKDB_PYTHON)");
    None
}

#[test]
#[cfg(feature = "geoparquet")]
fn duckdb_reads_sahel_geoparquet() {
    let Some(python) = python_with_duckdb() else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let pq = d.path().join("incidents.parquet");
    let sahel = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_sahel"))
            .args(args)
            .output()
            .unwrap()
    };
    let o = sahel(&["extract", "examples/dispatches", "-o", pq.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let gj: serde_json::Value =
        serde_json::from_slice(&sahel(&["extract", "examples/dispatches"]).stdout).unwrap();
    let features = gj["features"].as_array().unwrap();
    // Count, geometry type, one point as text, the rows a bbox-covering
    // window finds (as a radius query prefilters), and the metadata.
    let script = r#"
import duckdb, json, sys
c = duckdb.connect()
f = sys.argv[1]
n, kind = c.execute(f"select count(*), any_value(typeof(geometry)) from '{f}'").fetchall()[0]
points = dict(c.sql(f"select id, ST_AsText(geometry) from '{f}' where geometry is not null").fetchall())
window = c.execute(f"select count(*) from '{f}' where bbox.xmin >= -5 and bbox.xmax <= -3 and bbox.ymin >= 13.5 and bbox.ymax <= 15.5").fetchall()[0][0]
geo = [v for k, v in c.sql(f"select key, value from parquet_kv_metadata('{f}')").fetchall() if k == b'geo']
print(json.dumps({"n": n, "kind": kind, "points": points, "window": window, "geo": json.loads(geo[0])}))
"#;
    let o = Command::new(&python)
        .args(["-c", script])
        .arg(&pq)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["n"], features.len(), "{r}");
    assert!(r["kind"].as_str().unwrap().starts_with("GEOMETRY"), "{r}");
    assert_eq!(r["geo"]["version"], "1.1.0");
    let mut in_window = 0;
    for f in features {
        let Some(c) = f["geometry"]["coordinates"].as_array() else {
            continue;
        };
        let (x, y) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
        let id = f["properties"]["id"].as_str().unwrap();
        let text = r["points"][id]
            .as_str()
            .unwrap_or_else(|| panic!("{id} in DuckDB: {r}"));
        let nums: Vec<f64> = text
            .trim_start_matches("POINT (")
            .trim_end_matches(')')
            .split(' ')
            .map(|v| v.parse().unwrap())
            .collect();
        // DuckDB writes WKT with six decimals.
        assert!(
            (nums[0] - x).abs() < 1e-5 && (nums[1] - y).abs() < 1e-5,
            "{id}: {text}"
        );
        if (-5.0..=-3.0).contains(&x) && (13.5..=15.5).contains(&y) {
            in_window += 1;
        }
    }
    assert!(in_window > 0);
    assert_eq!(
        r["window"], in_window,
        "the bbox covering finds the same rows"
    );
}
