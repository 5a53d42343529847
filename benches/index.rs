//! Spatial index and DBSCAN benchmarks on Mali-like synthetic points.
//!
//! Run: `cargo bench --bench index`. Points are scattered (normal, σ ≈ 25 km)
//! around 30 real towns with a fixed seed, so every run measures the same
//! data.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use sahel::cluster::{dbscan, Params};
use sahel::index::SpatialIndex;

#[path = "common/mod.rs"]
mod common;
pub use common::{mali_like, Rng};

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("index");
    g.sample_size(10);
    for n in [10_000usize, 100_000, 1_000_000] {
        let pts = mali_like(n, 42);
        g.bench_with_input(BenchmarkId::new("bulk_load", n), &pts, |b, pts| {
            b.iter(|| black_box(SpatialIndex::from_points(pts).len()))
        });
        let idx = SpatialIndex::from_points(&pts);
        let queries = mali_like(1000, 7);
        g.bench_with_input(
            BenchmarkId::new("radius_50km_x1000", n),
            &queries,
            |b, q| {
                b.iter(|| {
                    q.iter()
                        .map(|&sahel::coords::LatLon { lat: la, lon: lo }| {
                            idx.within(la, lo, 50.0).len()
                        })
                        .sum::<usize>()
                })
            },
        );
        // The same radius from points spread evenly over Mali (most of the
        // country is far from the towns): far fewer results per query.
        let mut r = Rng(9);
        let spread: Vec<sahel::coords::LatLon> = (0..1000)
            .map(|_| sahel::coords::LatLon::new(10.2 + r.unit() * 14.7, -12.2 + r.unit() * 16.4))
            .collect();
        g.bench_with_input(
            BenchmarkId::new("radius_50km_spread_x1000", n),
            &spread,
            |b, q| {
                b.iter(|| {
                    q.iter()
                        .map(|&sahel::coords::LatLon { lat: la, lon: lo }| {
                            idx.within(la, lo, 50.0).len()
                        })
                        .sum::<usize>()
                })
            },
        );
        g.bench_with_input(BenchmarkId::new("nearest_10_x1000", n), &queries, |b, q| {
            b.iter(|| {
                q.iter()
                    .map(|&sahel::coords::LatLon { lat: la, lon: lo }| {
                        idx.nearest(la, lo, 10).len()
                    })
                    .sum::<usize>()
            })
        });
    }
    g.finish();
    let mut g = c.benchmark_group("dbscan");
    g.sample_size(10);
    for n in [10_000usize, 100_000, 1_000_000] {
        let pts = mali_like(n, 42);
        let idx = SpatialIndex::from_points(&pts);
        let p = Params {
            eps_km: 10.0,
            min_points: 5,
            days: None,
        };
        g.bench_with_input(BenchmarkId::new("eps10_min5", n), &idx, |b, idx| {
            b.iter(|| black_box(dbscan(idx, None, &p).unwrap().clusters))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
