//! One-off timing of DBSCAN with peak memory: `cargo run --release --example dbscan_time -- N`.
#[path = "../benches/index.rs"]
#[allow(dead_code)]
mod bench;
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let pts = bench::mali_like(n, 42);
    let t = std::time::Instant::now();
    let idx = sahel::index::SpatialIndex::from_points(&pts);
    let tb = t.elapsed();
    let t = std::time::Instant::now();
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
    let td = t.elapsed();
    let rss = std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap_or("")
        .to_string();
    println!(
        "n={n} build {tb:?} dbscan {td:?} clusters {} {rss}",
        c.clusters
    );
}
