//! Extraction throughput and linearity, on one core.
//!
//! Run: `cargo bench --bench extract`.
//! - `extract/examples_*`: the example dispatches in `examples/dispatches/`,
//!   repeated to about 1 MB (per-article and per-byte cost both show).
//! - `extract/corpus_*`: the test corpus (`tests/corpus/`: wire and local
//!   dispatches, and the incident lines as one article each), once.
//! - `linear/<pattern>/<bytes>`: texts that used to grow quadratically,
//!   at N and 2N bytes side by side; time per byte should stay flat (a
//!   ratio near 2 between the two sizes).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use sahel::extract::article::{Article, ArticleHints};
use sahel::extract::extract_article;
use sahel::gazetteer::Gazetteer;
use std::path::Path;

fn read_dir(dir: &Path) -> Vec<Article> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            Article::from_text(
                &f.file_name().unwrap().to_string_lossy(),
                &std::fs::read_to_string(f).unwrap(),
            )
        })
        .collect()
}

fn examples() -> Vec<Article> {
    let base = read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/dispatches"));
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

fn corpus() -> Vec<Article> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut out = read_dir(&root.join("wire/articles"));
    out.extend(read_dir(&root.join("local/articles")));
    let lines = std::fs::read_to_string(root.join("lines/lines.csv")).unwrap();
    let opts = sahel::extract::rows::RowOptions {
        text_column: "description".into(),
        date_column: Some("date".into()),
        ..Default::default()
    };
    let t = sahel::extract::rows::read_rows(&lines, "lines.csv", &opts).unwrap();
    out.extend(t.rows.into_iter().map(|r| r.article));
    out
}

fn throughput(c: &mut Criterion) {
    let g = Gazetteer::embedded();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for (name, articles) in [("examples", examples()), ("corpus", corpus())] {
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(
            format!("{name}_{}_articles_{}kB", articles.len(), bytes / 1000),
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
    }
    group.finish();
}

/// Patterns that made earlier versions quadratic: one sentence with no
/// stop, entities in HTML, a place named over and over, tolls, stops with
/// no space, dates, a locative list, a place after a comma with no
/// locative word, "la capitale" beside a town, a toll before each place.
const PATTERNS: [(&str, &str); 10] = [
    (
        "no_stop",
        "des hommes armés ont attaqué le village puis sont partis ",
    ),
    ("entities", "&amp;"),
    ("attack_of_gao", "l'attaque de Gao, "),
    ("tolls", "10 morts et 5 blessés "),
    ("x_dot", "x."),
    ("dates", "le 3 mai 2020 "),
    ("a_gao", "à Gao, "),
    ("gao_comma", "Gao, la ville "),
    ("capital", "Niamey, la capitale "),
    ("count_place", "dont 7 à Gao et 2 à Ansongo "),
];

fn linear(c: &mut Criterion) {
    let g = Gazetteer::embedded();
    let mut group = c.benchmark_group("linear");
    group.sample_size(10);
    for (name, pattern) in PATTERNS {
        for bytes in [256_000usize, 512_000] {
            let body = pattern.repeat(bytes / pattern.len());
            let a = if name == "entities" {
                Article::from_text(
                    "t.html",
                    &format!("<html><body><p>{body}</p></body></html>"),
                )
            } else {
                let mut a = Article::from_text("t.txt", &format!("date 2024-01-01\n{body}"));
                a.hints = ArticleHints::default();
                a
            };
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_with_input(BenchmarkId::new(name, bytes), &a, |b, a| {
                b.iter(|| black_box(extract_article(a, g).len()))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, throughput, linear);
criterion_main!(benches);
