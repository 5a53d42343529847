//! `sahel report`: the main job.

use super::inputs::*;
use anyhow::Result;
use clap::Args;
use sahel::gazetteer::Gazetteer;
use std::path::PathBuf;

#[derive(Args)]
pub(crate) struct ReportArgs {
    /// Articles (.txt, .html, directories, `-`) or incident files
    /// (.geojson, sahel .json, .csv from sahel, ACLED or UCDP GED), in any
    /// mix. None: the example dispatches embedded in sahel.
    pub(crate) inputs: Vec<PathBuf>,
    /// Output directory (created if needed).
    #[arg(short, long, default_value = "output")]
    pub(crate) output: PathBuf,
    #[command(flatten)]
    pub(crate) clusters: super::clustering::ClusterFlags,
    /// Language of the map, the chart and report.md: fr (default) or en.
    #[arg(long, default_value = "fr", value_name = "fr|en")]
    pub(crate) lang: sahel::render::lang::Lang,
    /// Layout of CSV inputs (default: detected from the header).
    #[arg(long, value_name = "sahel|acled|ucdp")]
    pub(crate) input_format: Option<String>,
    /// Report malformed rows of CSV inputs and skip them, instead of
    /// stopping before anything is written.
    #[arg(long)]
    pub(crate) skip_invalid: bool,
    /// Keep the accounts of one event from different inputs apart (see
    /// `sahel near --help`).
    #[arg(long)]
    pub(crate) keep_sources_apart: bool,
    /// Print how long each step took and the peak memory after it, to see
    /// what to trim on a big input.
    #[arg(long)]
    pub(crate) timings: bool,
}

/// `sahel report`.
pub(crate) fn report(g: &Gazetteer, a: ReportArgs) -> Result<()> {
    let o = sahel::report::ReportOptions {
        inputs: a.inputs,
        output: a.output,
        clusters: a.clusters.method()?,
        lang: a.lang,
        read: read_options(&a.input_format, a.skip_invalid, a.keep_sources_apart)?,
    };
    let s = sahel::report::run(g, &o)?;
    report_skipped(&s.skipped);
    report_merged(s.merged_across_sources);
    eprintln!(
        "{} incidents, {} clusters ({})",
        s.incidents, s.clusters, s.method
    );
    for f in &s.files {
        eprintln!("wrote {}", f.display());
    }
    if a.timings {
        for step in &s.steps {
            let peak = step
                .peak_bytes
                .map(|b| format!("{:>8.0} MB peak", b as f64 / 1e6))
                .unwrap_or_default();
            let lane = match step.lane {
                0 => String::new(),
                n => format!("[lane {n}] "),
            };
            eprintln!(
                "{:>32} {:>8.2} s {peak}",
                format!("{lane}{}", step.name),
                step.seconds
            );
        }
    }
    Ok(())
}
