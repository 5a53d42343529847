//! Rendering benchmarks: the incident map and the trend chart at the
//! default 2000×1500 PNG size, with 100,000 synthetic incidents (fixed
//! seed), beside the empty base map as the yardstick.
//!
//! Run: `cargo bench --bench render`.

use criterion::{criterion_group, criterion_main, Criterion};
use sahel::render::map::{render_map, Choropleth, MapOptions};
use sahel::render::trend::{render_trend, TrendOptions};

#[path = "common/mod.rs"]
mod common;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("out.png");
    let inc = common::incidents(100_000, 11);
    let mut g = c.benchmark_group("render");
    g.sample_size(10);
    g.bench_function("map, base only", |b| {
        b.iter(|| render_map(&[], &MapOptions::default(), &png).unwrap())
    });
    g.bench_function("map, 100k incidents", |b| {
        b.iter(|| render_map(&inc, &MapOptions::default(), &png).unwrap())
    });
    let choro = MapOptions {
        choropleth: Some(Choropleth::Deaths),
        ..Default::default()
    };
    g.bench_function("map, 100k incidents, choropleth", |b| {
        b.iter(|| render_map(&inc, &choro, &png).unwrap())
    });
    g.bench_function("trend, 100k incidents (statistics and chart)", |b| {
        b.iter(|| {
            let (pts, stats) = sahel::trend::trend(
                &inc,
                "Bamako",
                sahel::geodesy::BAMAKO.lat,
                sahel::geodesy::BAMAKO.lon,
                sahel::trend::Scope::Violent,
            );
            render_trend(&pts, &stats, &TrendOptions::default(), &png).unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
