//! One-off measurements the criterion benches do not give: DBSCAN with
//! peak memory, and the median of single 50 km radius queries, on N
//! Mali-like points: `cargo run --release --example index_probe -- N`.
#[path = "../benches/index.rs"]
#[allow(dead_code)]
mod bench;
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let pts = bench::mali_like(n, 42);
    let t = Instant::now();
    let idx = sahel::index::SpatialIndex::from_points(&pts);
    let build = t.elapsed();
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
    let db = t.elapsed();
    let rss = std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap_or("")
        .split_whitespace()
        .nth(1)
        .unwrap_or("?")
        .to_string();
    println!(
        "n={n}: build {build:?}, DBSCAN eps 10 km min 5 {db:?}, {} clusters, peak RSS {rss} kB",
        c.clusters
    );
    let near = bench::mali_like(1000, 7);
    let mut r = bench::Rng(9);
    let spread: Vec<sahel::coords::LatLon> = (0..1000)
        .map(|_| sahel::coords::LatLon::new(10.2 + r.unit() * 14.7, -12.2 + r.unit() * 16.4))
        .collect();
    for (name, qs) in [("near towns", &near), ("spread over Mali", &spread)] {
        let mut times = Vec::new();
        let mut found = Vec::new();
        for &sahel::coords::LatLon { lat: a, lon: b } in qs.iter() {
            let t = Instant::now();
            found.push(idx.within(a, b, 50.0).len());
            times.push(t.elapsed().as_secs_f64() * 1e6);
        }
        times.sort_by(|a, b| a.total_cmp(b));
        found.sort_unstable();
        println!(
            "  50 km radius, queries {name}: median {:.1} µs, p90 {:.1} µs, median {} results",
            times[500], times[900], found[500]
        );
    }
}
