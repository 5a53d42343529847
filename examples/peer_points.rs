//! Writes the seeded Mali-like points the peer benchmark uses, and times
//! sahel on them: `cargo run --release --example peer_points -- N DIR`.
//! Writes DIR/points_N.csv and DIR/queries.csv, then prints one JSON line
//! with sahel's timings (index build, 1000 radius queries of 50 km, DBSCAN
//! eps 10 km / min 5), measured in this process.
#[path = "../benches/index.rs"]
#[allow(dead_code)]
mod bench;
use std::io::Write;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).expect("N");
    let dir = std::path::PathBuf::from(args.next().expect("DIR"));
    let pts = bench::mali_like(n, 42);
    let queries = bench::mali_like(1000, 7);
    let write = |name: &str, v: &[sahel::coords::LatLon]| {
        let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join(name)).unwrap());
        writeln!(f, "lat,lon").unwrap();
        for p in v {
            writeln!(f, "{:.7},{:.7}", p.lat, p.lon).unwrap();
        }
    };
    write(&format!("points_{n}.csv"), &pts);
    write("queries.csv", &queries);
    let t = Instant::now();
    let idx = sahel::index::SpatialIndex::from_points(&pts);
    let build = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let found: usize = queries
        .iter()
        .map(|q| idx.within(q.lat, q.lon, 50.0).len())
        .sum();
    let radius = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let c = sahel::cluster::dbscan(
        &idx,
        None,
        &sahel::cluster::Params {
            eps_km: 10.0,
            min_points: 5,
            days: None,
        },
    )
    .unwrap();
    let db = t.elapsed().as_secs_f64();
    let noise = c.labels.iter().filter(|l| l.is_none()).count();
    println!(
        "{{\"tool\":\"sahel\",\"n\":{n},\"build_s\":{build:.6},\"radius_1000_s\":{radius:.6},\"radius_found\":{found},\"dbscan_s\":{db:.6},\"clusters\":{},\"noise\":{noise}}}",
        c.clusters
    );
}
