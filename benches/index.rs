//! Spatial index and DBSCAN benchmarks on Mali-like synthetic points.
//!
//! Run: `cargo bench --bench index`. Points are scattered (normal, σ ≈ 25 km)
//! around 30 real towns with a fixed seed, so every run measures the same
//! data.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use sahel::cluster::{dbscan, Params};
use sahel::index::SpatialIndex;

/// SplitMix64: a small fixed-seed generator.
pub struct Rng(pub u64);
impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.unit().max(1e-300), self.unit());
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

/// Towns that conflict data cluster around (lat, lon).
const TOWNS: [(f64, f64); 30] = [
    (12.65, -8.0),
    (14.48, -4.18),
    (16.27, -0.04),
    (16.77, -3.01),
    (18.44, 1.41),
    (13.45, -6.26),
    (11.32, -5.67),
    (14.45, -11.44),
    (15.92, 2.40),
    (14.35, -3.61),
    (15.0, -2.0),
    (14.80, -1.30),
    (15.93, -3.99),
    (14.25, -5.99),
    (14.69, -6.02),
    (15.17, -7.28),
    (12.74, -8.07),
    (13.96, -3.57),
    (14.82, -5.25),
    (15.28, -1.70),
    (20.20, 1.01),
    (19.46, 0.86),
    (16.41, -3.67),
    (13.30, -4.90),
    (12.39, -5.46),
    (14.15, -3.05),
    (15.08, -2.22),
    (14.57, -2.90),
    (16.72, 0.35),
    (17.08, 0.76),
];

pub fn mali_like(n: usize, seed: u64) -> Vec<(f64, f64)> {
    let mut r = Rng(seed);
    (0..n)
        .map(|_| {
            let (la, lo) = TOWNS[(r.next_u64() % TOWNS.len() as u64) as usize];
            // σ ≈ 25 km in latitude; longitude degrees are ~4% shorter here.
            (la + r.normal() * 0.225, lo + r.normal() * 0.235)
        })
        .collect()
}

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
                        .map(|&(la, lo)| idx.within(la, lo, 50.0).len())
                        .sum::<usize>()
                })
            },
        );
        // The same radius from points spread evenly over Mali (most of the
        // country is far from the towns): far fewer results per query.
        let mut r = Rng(9);
        let spread: Vec<(f64, f64)> = (0..1000)
            .map(|_| (10.2 + r.unit() * 14.7, -12.2 + r.unit() * 16.4))
            .collect();
        g.bench_with_input(
            BenchmarkId::new("radius_50km_spread_x1000", n),
            &spread,
            |b, q| {
                b.iter(|| {
                    q.iter()
                        .map(|&(la, lo)| idx.within(la, lo, 50.0).len())
                        .sum::<usize>()
                })
            },
        );
        g.bench_with_input(BenchmarkId::new("nearest_10_x1000", n), &queries, |b, q| {
            b.iter(|| {
                q.iter()
                    .map(|&(la, lo)| idx.nearest(la, lo, 10).len())
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
