//! Writes N synthetic incidents (the benchmarks' fixed-seed generator) as
//! GeoJSON, to time whole commands on big inputs:
//! `cargo run --release --example synthetic -- 100000 s100k.geojson`.
#[path = "../benches/common/mod.rs"]
mod common;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let out = std::path::PathBuf::from(args.next().unwrap_or_else(|| "synthetic.geojson".into()));
    let inc = common::incidents(n, 11);
    sahel::files::with_atomic_writer(&out, |w| {
        sahel::io::incidents::write_geojson(&inc, sahel::admin::AdminLocator::embedded(), w)
    })?;
    eprintln!("{n} incidents written to {}", out.display());
    Ok(())
}
