//! Gazetteer benchmarks: load, exact lookup, fuzzy lookup, batch geocoding.
//!
//! Run: `cargo bench --bench gazetteer`. Names are drawn from the gazetteer
//! with a fixed-seed generator, so every run measures the same work.

use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use sahel::gazetteer::geocode::{geocode_csv, GeocodeOptions};
use sahel::gazetteer::{Gazetteer, Hints};

// The allocator the `sahel` binary runs with, so that the load is measured
// as users see it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A small deterministic generator (SplitMix64): no dependency, fixed seed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn names(g: &Gazetteer, n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed);
    (0..n)
        .map(|_| g.places()[rng.below(g.len())].name.clone())
        .collect()
}

/// Names with one letter replaced, and long enough to get a typo budget.
fn typos(g: &Gazetteer, n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let name = &g.places()[rng.below(g.len())].name;
        let chars: Vec<char> = name.chars().collect();
        if chars.len() < 7 || !name.is_ascii() {
            continue;
        }
        let mut c = chars.clone();
        let i = 1 + rng.below(c.len() - 2);
        c[i] = if c[i] == 'x' { 'q' } else { 'x' };
        out.push(c.into_iter().collect());
    }
    out
}

fn bench(c: &mut Criterion) {
    let g = Gazetteer::embedded();

    c.bench_function("load_embedded", |b| {
        // Dropping the gazetteer is not part of loading it.
        b.iter_with_large_drop(|| black_box(Gazetteer::load_embedded().unwrap()))
    });

    let exact = names(g, 10_000, 42);
    let mut group = c.benchmark_group("lookup");
    group.throughput(Throughput::Elements(exact.len() as u64));
    group.bench_function("exact_10k", |b| {
        let mut buf = String::new();
        b.iter(|| {
            let mut hits = 0usize;
            for n in &exact {
                hits += g.exact(n, &mut buf).len();
            }
            black_box(hits)
        })
    });
    let fuzzy = typos(g, 1_000, 7);
    group.throughput(Throughput::Elements(fuzzy.len() as u64));
    group.bench_function("fuzzy_1k", |b| {
        b.iter(|| {
            let mut hits = 0usize;
            for n in &fuzzy {
                hits += g.fuzzy(&sahel::fold::fold(n)).len();
            }
            black_box(hits)
        })
    });
    group.bench_function("resolve_ranked_1k", |b| {
        let h = Hints::default();
        b.iter(|| {
            let mut hits = 0usize;
            for n in &exact[..1000] {
                hits += g.resolve(n, &h).unwrap().len();
            }
            black_box(hits)
        })
    });
    group.finish();

    // Baseline, side by side: the same typo budgets checked by scanning
    // every key (what the trie saves).
    let mut group = c.benchmark_group("lookup_baseline");
    group.sample_size(10);
    group.throughput(Throughput::Elements(fuzzy.len() as u64));
    group.bench_function("fuzzy_scan_1k", |b| {
        b.iter(|| {
            let mut hits = 0usize;
            for n in &fuzzy {
                let key = sahel::fold::fold(n);
                let budget = sahel::fold::typo_budget(key.len());
                let aut = sahel::gazetteer::fuzzy::BoundedEdits::new(&key, budget).unwrap();
                hits += g
                    .keys()
                    .iter()
                    .filter(|k| aut.distance(k.as_bytes()) <= budget)
                    .count();
            }
            black_box(hits)
        })
    });
    group.finish();

    let mut csv = String::from("id,name,region\n");
    let mut rng = Rng(3);
    let regions = [
        "Mopti",
        "Ségou",
        "Gao",
        "",
        "Kayes",
        "Tombouctou",
        "Sikasso",
        "",
    ];
    for (i, n) in names(g, 8_000, 11)
        .iter()
        .chain(typos(g, 2_000, 13).iter())
        .enumerate()
    {
        csv.push_str(&format!(
            "{i},\"{n}\",{}\n",
            regions[rng.below(regions.len())]
        ));
    }
    let opts = GeocodeOptions {
        name_column: "name".into(),
        region_column: Some("region".into()),
        ..Default::default()
    };
    let mut group = c.benchmark_group("geocode");
    group.sample_size(10);
    group.throughput(Throughput::Elements(10_000));
    group.bench_function("batch_10k", |b| {
        b.iter_batched(
            Vec::new,
            |mut out| {
                geocode_csv(g, &csv, "bench.csv", &mut out, &opts).unwrap();
                black_box(out.len())
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
