//! `sahel map` and `sahel trend`: pictures.

use super::inputs::*;
use super::outputs::output_path;
use anyhow::{bail, Result};
use clap::Args;
use sahel::gazetteer::Gazetteer;
use std::path::PathBuf;

#[derive(Args)]
pub(crate) struct MapArgs {
    /// Output: FILE.png or FILE.svg for a picture, FILE.html for an
    /// interactive map in one file that works offline (click an incident
    /// for its sentence; filter by date, type and actor); `-` writes PNG to
    /// standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: PathBuf,
    /// Colour the incidents by event type or by actor.
    #[arg(long, value_enum, default_value_t = ColorByArg::Type)]
    pub(crate) color_by: ColorByArg,
    /// Zoom to a box: min_lon,min_lat,max_lon,max_lat (e.g. the centre,
    /// Mopti–Ségou: -7,13,-2.5,15.8). `--region` zooms too.
    #[arg(long, value_name = "BOX", allow_hyphen_values = true)]
    pub(crate) bbox: Option<String>,
    /// Outline clusters (see `sahel cluster`) with their hulls and
    /// a label each: id, incidents, deaths.
    #[arg(long)]
    pub(crate) clusters: bool,
    /// How --clusters finds them (the same defaults as `sahel cluster`).
    #[command(flatten)]
    pub(crate) method: super::clustering::ClusterFlags,
    /// Draw a ring of KM around a place, as for `sahel near`: PLACE,KM or
    /// LAT,LON,KM (e.g. Bamako,100). Repeat for several rings
    /// (`--ring Gao,50 --ring Gao,150 --ring Ménaka,100`).
    #[arg(long, value_name = "PLACE,KM", allow_hyphen_values = true)]
    pub(crate) ring: Vec<String>,
    /// Shade the regions by incidents or deaths instead of drawing each
    /// incident.
    #[arg(long, value_enum, value_name = "WHAT", conflicts_with = "density")]
    pub(crate) choropleth: Option<ChoroplethArg>,
    /// Count the incidents in hexagons KM wide (25 without a value) and
    /// shade them, instead of a circle per incident: for maps of thousands
    /// of incidents, where circles hide each other. Past 20,000 incidents
    /// in view the map does this by itself, with hexagons fitted to the
    /// view (25 km for all of Mali), unless --markers is given.
    #[arg(long, value_name = "KM", num_args = 0..=1, default_missing_value = "25")]
    pub(crate) density: Option<f64>,
    /// Draw a circle for every incident, however many are in view.
    #[arg(long, conflicts_with_all = ["density", "choropleth"])]
    pub(crate) markers: bool,
    /// Title.
    #[arg(long)]
    pub(crate) title: Option<String>,
    /// Image size WIDTHxHEIGHT in pixels.
    #[arg(long, default_value = "2000x1500")]
    pub(crate) size: String,
    /// Language of titles, legends and notes: fr (default) or en.
    #[arg(long, default_value = "fr", value_name = "fr|en")]
    pub(crate) lang: sahel::render::lang::Lang,
    #[command(flatten)]
    pub(crate) input: InputArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum ChoroplethArg {
    /// Deaths reported (low figures).
    Deaths,
    /// Number of incidents.
    Incidents,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum ColorByArg {
    /// Event type.
    Type,
    /// First actor (not counting civilians).
    Actor,
}

#[derive(Args)]
pub(crate) struct TrendArgs {
    /// Output image: FILE.png or FILE.svg, `-` for PNG on standard output
    /// (not needed with --json).
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Distances are measured from this place (a name such as Bamako,
    /// Djibo or Niamey, or LAT,LON); `capital`, the default, measures each
    /// incident from its own country's capital (Bamako, Ouagadougou,
    /// Niamey).
    #[arg(long, default_value = "capital", allow_hyphen_values = true)]
    pub(crate) origin: String,
    /// Rolling median window in months.
    #[arg(long, default_value_t = 6)]
    pub(crate) window: u32,
    /// Print the statistics (slope km/yr, tau, p, counts) as JSON.
    #[arg(long)]
    pub(crate) json: bool,
    /// Image size WIDTHxHEIGHT in pixels.
    #[arg(long, default_value = "2000x1500")]
    pub(crate) size: String,
    /// Language of titles, legends and notes: fr (default) or en.
    #[arg(long, default_value = "fr", value_name = "fr|en")]
    pub(crate) lang: sahel::render::lang::Lang,
    /// Draw a circle for every incident, however many. Past 20,000
    /// incidents the chart counts them by month and distance band instead,
    /// in cells shaded by count, as circles that many cover each other.
    #[arg(long)]
    pub(crate) markers: bool,
    #[command(flatten)]
    pub(crate) input: InputArgs,
}

/// `sahel map`.
pub(crate) fn map(g: &Gazetteer, a: MapArgs) -> Result<()> {
    let size = sahel::render::parse_size(&a.size)?;
    let mut bbox = a.bbox.as_deref().map(parse_bbox).transpose()?;
    if bbox.is_none() && !a.input.regions.is_empty() {
        bbox = Some(regions_bbox(g, &a.input.regions)?);
    }
    let rings = a
        .ring
        .iter()
        .map(|r| parse_ring(g, r))
        .collect::<Result<Vec<_>>>()?;
    if let Some(km) = a.density {
        if !(1.0..=500.0).contains(&km) {
            bail!("--density {km}: expected a hexagon width of 1 to 500 km");
        }
    }
    if is_html(&a.output) && (a.choropleth.is_some() || a.density.is_some()) {
        bail!(
            "{}: --choropleth and --density draw pictures (.png, .svg); the interactive map draws every incident, with filters",
            a.output.display()
        );
    }
    let output = output_path(&a.output, "map.png")?;
    let ext = output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    if output.as_os_str() != "-" && !matches!(ext.as_deref(), Some("png" | "svg" | "html" | "htm"))
    {
        bail!(
            "{}: sahel map writes .png, .svg or .html (an interactive map); {}",
            output.display(),
            ext.map_or("the name has no extension".to_string(), |e| format!(
                ".{e} is none of them"
            ))
        );
    }
    let incidents = load(g, &a.input)?;
    let clusters = if a.clusters {
        let (_, summaries, used) =
            sahel::cluster::cluster_by(&incidents, &a.method.method()?, false)?;
        eprintln!("{} clusters ({used})", summaries.len());
        summaries
    } else {
        Vec::new()
    };
    let color_by = match a.color_by {
        ColorByArg::Type => sahel::render::map::ColorBy::Type,
        ColorByArg::Actor => sahel::render::map::ColorBy::Actor,
    };
    let o = sahel::render::map::MapOptions {
        size,
        title: a.title,
        color_by,
        bbox,
        clusters,
        rings,
        choropleth: a.choropleth.map(|c| match c {
            ChoroplethArg::Deaths => sahel::render::map::Choropleth::Deaths,
            ChoroplethArg::Incidents => sahel::render::map::Choropleth::Incidents,
        }),
        // The user's --gazetteer places are labelled too.
        towns: sahel::render::map::towns_of(g),
        boundaries: Some(g.admin()),
        lang: a.lang,
        density_km: a.density,
        markers_limit: (!a.markers).then_some(sahel::render::map::MARKERS_LIMIT),
    };
    if is_html(&output) {
        return html_map(&incidents, &o, &output);
    }
    let shown = sahel::render::map::render_map(&incidents, &o, &output)?;
    let left_out = shown.left_out(|k| k.to_string());
    let left_out = if left_out.is_empty() {
        String::new()
    } else {
        format!(" ({})", left_out.join(", "))
    };
    eprintln!(
        "{} incidents drawn to {}{left_out}",
        shown.shown,
        output.display()
    );
    Ok(())
}

fn is_html(p: &std::path::Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// `sahel map -o FILE.html`.
fn html_map(
    incidents: &[sahel::model::Incident],
    o: &sahel::render::map::MapOptions,
    output: &std::path::Path,
) -> Result<()> {
    use sahel::render::map::html::{write_html_map, COMFORTABLE_MARKERS};
    let mut summary = Default::default();
    sahel::files::with_atomic_writer(output, |w| {
        summary = write_html_map(incidents, o, w)?;
        Ok::<_, sahel::io::Error>(())
    })?;
    let s: sahel::render::map::html::HtmlSummary = summary;
    let unplaced = if s.unplaced > 0 {
        format!(" ({} without a place left out)", s.unplaced)
    } else {
        String::new()
    };
    eprintln!(
        "{} incidents on the interactive map {}{unplaced}",
        s.markers,
        output.display()
    );
    if s.markers > COMFORTABLE_MARKERS {
        eprintln!(
            "note: beyond {COMFORTABLE_MARKERS} incidents the page is slow; filter with --from, --to, --region, --country, --type, --actor or --bbox"
        );
    }
    Ok(())
}

/// `sahel trend`.
pub(crate) fn trend(g: &Gazetteer, a: TrendArgs) -> Result<()> {
    let size = sahel::render::parse_size(&a.size)?;
    if a.window == 0 || a.window > 120 {
        bail!("--window {}: expected 1 to 120 months", a.window);
    }
    if a.output.is_none() && !a.json {
        bail!("give -o FILE.png|FILE.svg for the chart, or --json for the statistics");
    }
    if a.json && a.output.as_deref().is_some_and(|o| o.as_os_str() == "-") {
        bail!("--json and -o - would both write to standard output: give -o FILE.png");
    }
    // Violent events only, unless the user chose the types with --type.
    let scope = if a.input.types.is_empty() {
        sahel::trend::Scope::Violent
    } else {
        sahel::trend::Scope::AllTypes
    };
    let (pts, stats) = if a.origin.trim().eq_ignore_ascii_case("capital") {
        let incidents = load(g, &a.input)?;
        sahel::trend::trend_to_capitals(&incidents, g.admin(), scope)
    } else {
        let (lat, lon, label) = centre(g, &a.origin)?;
        let incidents = load(g, &a.input)?;
        sahel::trend::trend(&incidents, &label, lat, lon, scope)
    };
    if let Some(out) = &a.output {
        let out = &output_path(out, "trend.png")?;
        let o = sahel::render::trend::TrendOptions {
            size,
            window_months: a.window,
            title: None,
            lang: a.lang,
            markers_limit: (!a.markers).then_some(sahel::render::trend::MARKERS_LIMIT),
        };
        sahel::render::trend::render_trend(&pts, &stats, &o, out)?;
        eprintln!("{}", sahel::render::trend::subtitle(&stats, a.lang));
    }
    if a.json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
    }
    Ok(())
}
