//! Reading and writing a million incidents: GeoJSON, CSV and FlatGeobuf.
//!
//! Run: `cargo bench --bench io` (add `-- 200000` for another count). The
//! incidents are synthetic but shaped like extracted ones (names with
//! accents, actors, a source sentence, ranges), made with a fixed seed.
//! Each read runs three times (the median is shown), each in a child
//! process so that its peak memory (VmHWM, less
//! what the process held before reading: the program and the gazetteer)
//! is its own; it is reported next to the file size. Side by side in the same
//! run: the same GeoJSON parsed into a `serde_json::Value` tree first (the
//! way sahel read it before the streaming visitor), and GDAL's `ogr2ogr`
//! converting it when `ogr2ogr` is installed.
//!
//! A plain `main` rather than criterion: one pass over a file of several
//! hundred MB is already a long, stable measurement.

use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

#[path = "common/mod.rs"]
mod common;

fn peak_rss_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Child mode: read one file the given way, print "seconds peak_mb count".
fn child(how: &str, path: &Path) {
    let g = sahel::gazetteer::Gazetteer::embedded();
    // What the process holds before reading: the program and the embedded
    // gazetteer (which every command loads).
    let base = peak_rss_mb();
    let t = Instant::now();
    let n = match how {
        "sahel" => sahel::sources::read_inputs(&[path.to_path_buf()], g)
            .map(|r| r.incidents)
            .expect("read")
            .len(),
        "value" => {
            let bytes = std::fs::read(path).expect("read");
            let v: serde_json::Value = serde_json::from_slice(&bytes).expect("parse");
            v["features"].as_array().map_or(0, Vec::len)
        }
        _ => panic!("unknown mode {how}"),
    };
    println!("{} {} {n}", t.elapsed().as_secs_f64(), peak_rss_mb() - base);
}

fn measure_read(how: &str, path: &Path) -> (f64, f64, usize) {
    let o = Command::new(std::env::current_exe().unwrap())
        .env("SAHEL_IO_BENCH_CHILD", how)
        .arg(path)
        .output()
        .expect("run child");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s = String::from_utf8_lossy(&o.stdout);
    let v: Vec<&str> = s.split_whitespace().collect();
    (
        v[0].parse().unwrap(),
        v[1].parse().unwrap(),
        v[2].parse().unwrap(),
    )
}

fn mb(path: &Path) -> f64 {
    std::fs::metadata(path).unwrap().len() as f64 / 1e6
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Ok(how) = std::env::var("SAHEL_IO_BENCH_CHILD") {
        child(&how, Path::new(&args[0]));
        return;
    }
    // `cargo bench` passes `--bench`; a number gives the count.
    let n: usize = args
        .iter()
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    // SAHEL_IO_BENCH_DIR=DIR keeps the files there (to profile a read).
    let kept = std::env::var_os("SAHEL_IO_BENCH_DIR").map(std::path::PathBuf::from);
    let tmp = tempfile::tempdir().unwrap();
    let dir_path = kept.unwrap_or_else(|| tmp.path().to_path_buf());
    std::fs::create_dir_all(&dir_path).unwrap();
    struct Dir(std::path::PathBuf);
    impl Dir {
        fn path(&self) -> &Path {
            &self.0
        }
    }
    let dir = Dir(dir_path);
    let t = Instant::now();
    let inc = common::incidents(n, 20261121);
    eprintln!(
        "{n} synthetic incidents made in {:.2} s",
        t.elapsed().as_secs_f64()
    );

    let write = |name: &str, f: &dyn Fn(&mut dyn Write)| {
        let p = dir.path().join(name);
        let t = Instant::now();
        let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(&p).unwrap());
        f(&mut w);
        w.flush().unwrap();
        let s = t.elapsed().as_secs_f64();
        println!(
            "write {name:<17} {:>8.1} MB {:>7.2} s {:>7.0} MB/s",
            mb(&p),
            s,
            mb(&p) / s
        );
        p
    };
    let gj = write("incidents.geojson", &|w| {
        sahel::io::incidents::write_geojson(&inc, sahel::admin::AdminLocator::embedded(), w)
            .unwrap()
    });
    let csv = write("incidents.csv", &|w| {
        sahel::io::incidents::write_csv(&inc, sahel::admin::AdminLocator::embedded(), w).unwrap()
    });
    let fgb = write("incidents.fgb", &|w| {
        sahel::io::fgb::write_fgb(&inc, sahel::admin::AdminLocator::embedded(), w).unwrap();
    });
    drop(inc);

    // Let the writes reach the disk first, so that the reads do not race
    // the kernel's write-back for the CPU; then take the median of three.
    let _ = Command::new("sync").status();
    for (label, how, p) in [
        ("GeoJSON (sahel)", "sahel", &gj),
        ("GeoJSON (Value)", "value", &gj),
        ("CSV (sahel)", "sahel", &csv),
        ("FlatGeobuf (sahel)", "sahel", &fgb),
    ] {
        let mut runs: Vec<(f64, f64, usize)> = (0..3).map(|_| measure_read(how, p)).collect();
        runs.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (s, peak, count) = runs[1];
        assert_eq!(count, n, "{label}: every incident read");
        println!(
            "read  {label:<17} {:>8.1} MB {s:>7.2} s {:>7.0} MB/s  memory {peak:>6.0} MB = {:.2}x the file",
            mb(p),
            mb(p) / s,
            peak / mb(p)
        );
    }
    let t = Instant::now();
    let ogr = Command::new("ogr2ogr")
        .args(["-f", "CSV"])
        .arg(dir.path().join("gdal.csv"))
        .arg(&gj)
        .output();
    match ogr {
        Ok(o) if o.status.success() => {
            let s = t.elapsed().as_secs_f64();
            println!(
                "read  {:<17} {:>8.1} MB {s:>7.2} s {:>7.0} MB/s  (ogr2ogr GeoJSON → CSV, whole command)",
                "GeoJSON (GDAL)",
                mb(&gj),
                mb(&gj) / s
            );
        }
        _ => println!("(ogr2ogr not found or failed: no GDAL figure)"),
    }
}
