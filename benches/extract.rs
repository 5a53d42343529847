//! Extraction throughput: articles per second and MB/s on one core.
//!
//! Run: `cargo bench --bench extract`. The corpus is the example dispatches
//! in `examples/dispatches/`, repeated to about 1 MB so that per-article
//! overhead and per-byte cost both show.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use sahel::extract::{article::Article, extract_article};
use sahel::gazetteer::Gazetteer;

fn corpus() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/dispatches");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/dispatches")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let base: Vec<Article> = files
        .iter()
        .map(|f| {
            Article::from_text(
                &f.file_name().unwrap().to_string_lossy(),
                &std::fs::read_to_string(f).unwrap(),
            )
        })
        .collect();
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < 1_000_000 {
        for a in &base {
            bytes += a.text.len();
            out.push(a.clone());
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let g = Gazetteer::embedded();
    let articles = corpus();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(
        format!("{}_articles_{}kB", articles.len(), bytes / 1000),
        |b| {
            b.iter(|| {
                let mut n = 0;
                for a in &articles {
                    n += extract_article(a, g).len();
                }
                black_box(n)
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
