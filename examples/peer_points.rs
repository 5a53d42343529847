//! Writes the seeded Mali-like points the peer benchmark uses, and times
//! sahel on them: `cargo run --release --example peer_points -- N DIR`.
//! Writes DIR/points_N.csv and DIR/queries.csv, then prints one JSON line
//! with sahel's timings (index build, 1000 radius queries of 50 km, DBSCAN
//! eps 10 km / min 5, and HDBSCAN with HDBSCAN_MCS / HDBSCAN_MS from the
//! environment, default 50 / 10), measured in this process.
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
    let env = |k: &str, d: usize| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let hp = sahel::cluster::hdbscan::HdbscanParams {
        min_cluster_size: env("HDBSCAN_MCS", 50),
        min_samples: env("HDBSCAN_MS", 10),
    };
    let located: Vec<Option<sahel::coords::LatLon>> = pts.iter().copied().map(Some).collect();
    let t = Instant::now();
    let h = sahel::cluster::hdbscan::hdbscan(&located, &hp).unwrap();
    let hdb = t.elapsed().as_secs_f64();
    let h_noise = h.labels.iter().filter(|l| l.is_none()).count();
    println!(
        "{{\"tool\":\"sahel\",\"n\":{n},\"hdbscan_s\":{hdb:.6},\"hdbscan_clusters\":{},\"hdbscan_noise\":{h_noise},\"hdbscan_mcs\":{},\"hdbscan_ms\":{}}}",
        h.clusters, hp.min_cluster_size, hp.min_samples
    );
    println!(
        "{{\"tool\":\"sahel\",\"n\":{n},\"build_s\":{build:.6},\"radius_1000_s\":{radius:.6},\"radius_found\":{found},\"dbscan_s\":{db:.6},\"clusters\":{},\"noise\":{noise}}}",
        c.clusters
    );
}
