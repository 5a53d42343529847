//! Median time of one 50 km radius query on N points, for queries near towns
//! and spread over Mali: `cargo run --release --example radius_median -- N`.
#[path = "../benches/index.rs"]
#[allow(dead_code)]
mod bench;
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let pts = bench::mali_like(n, 42);
    let idx = sahel::index::SpatialIndex::from_points(&pts);
    let near = bench::mali_like(1000, 7);
    let mut r = bench::Rng(9);
    let spread: Vec<(f64, f64)> = (0..1000)
        .map(|_| (10.2 + r.unit() * 14.7, -12.2 + r.unit() * 16.4))
        .collect();
    for (name, qs) in [("near towns", &near), ("spread over Mali", &spread)] {
        let mut times = Vec::new();
        let mut found = Vec::new();
        for &(a, b) in qs.iter() {
            let t = std::time::Instant::now();
            let h = idx.within(a, b, 50.0);
            times.push(t.elapsed().as_secs_f64() * 1e6);
            found.push(h.len());
        }
        times.sort_by(|a, b| a.total_cmp(b));
        found.sort();
        println!(
            "n={n} {name}: median {:.1} µs, p90 {:.1} µs; median {} results per query",
            times[500], times[900], found[500]
        );
    }
}
