//! Flags and helpers shared by every command that reads incidents:
//! inputs, filters, areas, boxes and rings.

use anyhow::{bail, Result};
use clap::Args;
use sahel::coords::BBox;
use sahel::gazetteer::Gazetteer;
use std::path::PathBuf;

/// What a command reads and which incidents it keeps: flattened into every
/// command that reads incidents.
#[derive(Args)]
pub(crate) struct InputArgs {
    /// Incident files (.geojson, sahel .json, .fgb, .gpkg, .parquet, .csv
    /// from sahel, ACLED or UCDP GED) or articles (.txt, .html, directories
    /// of them), in any mix; `-` reads standard input (GeoJSON, JSON,
    /// FlatGeobuf, GeoPackage, GeoParquet, CSV or an article, told apart by
    /// its first bytes).
    #[arg(required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    /// Only incidents that may have happened on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub(crate) from: Option<String>,
    /// ... on or before this day.
    #[arg(long, value_name = "DATE")]
    pub(crate) to: Option<String>,
    /// Only this event type (attack, ambush, ied, drone_strike, airstrike,
    /// rocket_or_mortar, suicide_attack, siege, massacre, kidnapping, clash,
    /// other); repeat for several.
    #[arg(long = "type", value_name = "T")]
    pub(crate) types: Vec<String>,
    /// Only incidents involving this actor (JNIM, EIGS, FLA, FAMa, Wagner ...);
    /// repeat for several.
    #[arg(long = "actor", value_name = "A")]
    pub(crate) actors: Vec<String>,
    /// Only incidents in this region: an old region (Mopti), a 2016/2023
    /// region (Ménaka, Bandiagara, Taoudénit ...) or a cercle; repeat for
    /// several. `map` also zooms to them.
    #[arg(long = "region", value_name = "R")]
    pub(crate) regions: Vec<String>,
    /// Only incidents in this country: ML (Mali), BF (Burkina Faso) or NE
    /// (Niger), or its name; repeat for several. An incident's country is
    /// the one its source gives, else its point's.
    #[arg(long = "country", value_name = "ML|BF|NE")]
    pub(crate) countries: Vec<sahel::country::Country>,
    /// Layout of CSV inputs (default: detected from the header).
    #[arg(long, value_name = "sahel|acled|ucdp")]
    pub(crate) input_format: Option<String>,
    /// Report malformed rows of CSV inputs and skip them, instead of
    /// stopping before anything is written.
    #[arg(long)]
    pub(crate) skip_invalid: bool,
    /// Keep the accounts of one event from different inputs (an article
    /// and an ACLED row, say) as separate incidents. By default they are
    /// merged into one incident that keeps every source: same type of
    /// event, dates within 2 days, places within their uncertainty.
    #[arg(long)]
    pub(crate) keep_sources_apart: bool,
}

/// Says how many incidents were the same event as one of another input.
pub(crate) fn report_merged(n: usize) {
    if n > 0 {
        eprintln!(
            "{n} incidents were the same event as an incident of another input and were merged into it (--keep-sources-apart keeps them apart)"
        );
    }
}

pub(crate) fn filter_of(f: &InputArgs, g: &Gazetteer) -> Result<sahel::filter::Filter> {
    let day = |s: &Option<String>, flag: &str| -> Result<Option<chrono::NaiveDate>> {
        s.as_deref()
            .map(|d| {
                chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                    .map_err(|_| anyhow::anyhow!("{flag} {d:?}: expected YYYY-MM-DD"))
            })
            .transpose()
    };
    let types = f
        .types
        .iter()
        .map(|t| {
            t.parse::<sahel::model::EventType>()
                .map_err(|e| anyhow::anyhow!("--type: {e}"))
        })
        .collect::<Result<Vec<_>>>()?;
    let regions = f
        .regions
        .iter()
        .map(|r| region_area(g, r))
        .collect::<Result<Vec<_>>>()?;
    Ok(sahel::filter::Filter {
        from: day(&f.from, "--from")?,
        to: day(&f.to, "--to")?,
        types,
        actors: f.actors.clone(),
        regions,
        countries: f.countries.clone(),
    })
}

pub(crate) fn read_options(
    input_format: &Option<String>,
    skip_invalid: bool,
    keep_sources_apart: bool,
) -> Result<sahel::sources::ReadOptions> {
    let csv_layout = input_format
        .as_deref()
        .map(str::parse::<sahel::io::csv_in::Layout>)
        .transpose()
        .map_err(|e| anyhow::anyhow!("--input-format: {e}"))?;
    Ok(sahel::sources::ReadOptions {
        csv_layout,
        skip_invalid,
        keep_sources_apart,
    })
}

/// Reads the inputs and keeps the incidents the filters accept.
pub(crate) fn load(g: &Gazetteer, f: &InputArgs) -> Result<Vec<sahel::model::Incident>> {
    let filter = filter_of(f, g)?;
    let opts = read_options(&f.input_format, f.skip_invalid, f.keep_sources_apart)?;
    let read = sahel::sources::read_inputs_with(&f.inputs, g, &opts)?;
    report_skipped(&read.skipped);
    report_merged(read.merged_across_sources);
    let all = read.incidents;
    Ok(all
        .into_iter()
        .filter(|i| filter.accepts(i, g.admin()))
        .collect())
}

/// The area a `--region` names: by the boundaries, or a circle around
/// the capital of a newer region that has none.
pub(crate) fn region_area(g: &Gazetteer, name: &str) -> Result<sahel::filter::RegionArea> {
    use sahel::admin::RegionHint;
    let hint = g
        .admin()
        .region_hint(name)
        .map_err(|e| anyhow::anyhow!("--region: {e}"))?;
    Ok(match hint {
        RegionHint::NearTown {
            town, radius_km, ..
        } => {
            let (lat, lon, _) = centre(g, &town)?;
            sahel::filter::RegionArea::Circle {
                lat,
                lon,
                km: radius_km,
            }
        }
        h => sahel::filter::RegionArea::admin(h, g.admin()),
    })
}

pub(crate) fn centre(g: &Gazetteer, at: &str) -> Result<(f64, f64, String)> {
    let r = g.reference_point(at, None)?;
    Ok((r.lat, r.lon, r.label))
}

pub(crate) fn parse_bbox(s: &str) -> Result<BBox> {
    s.parse::<BBox>().map_err(|e| anyhow::anyhow!("--bbox {e}"))
}

/// `PLACE,KM` or `LAT,LON,KM` for `--ring`.
pub(crate) fn parse_ring(g: &Gazetteer, s: &str) -> Result<sahel::render::map::Ring> {
    let (place, km) = s
        .rsplit_once(',')
        .ok_or_else(|| anyhow::anyhow!("--ring {s:?}: expected PLACE,KM or LAT,LON,KM"))?;
    let km: f64 = km
        .trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("--ring {s:?}: {km:?} is not a distance in km"))?;
    if !(km > 0.0 && km <= 2500.0) {
        bail!("--ring {s:?}: the radius must be more than 0 and at most 2500 km");
    }
    let (lat, lon, label) = centre(g, place.trim())?;
    Ok(sahel::render::map::Ring {
        lat,
        lon,
        km,
        label,
    })
}

/// The box around the areas of `--region` flags, with a margin.
pub(crate) fn regions_bbox(g: &Gazetteer, names: &[String]) -> Result<BBox> {
    let mut b: Option<BBox> = None;
    for n in names {
        let e = match region_area(g, n)? {
            sahel::filter::RegionArea::Admin { hint, .. } => g
                .admin()
                .extent(&hint)
                .ok_or_else(|| anyhow::anyhow!("--region {n:?}: no boundary to zoom to"))?,
            sahel::filter::RegionArea::Circle { lat, lon, km } => {
                let dlat = km / 111.2;
                let dlon = km / (111.2 * lat.to_radians().cos());
                BBox::new(lon - dlon, lat - dlat, lon + dlon, lat + dlat)
            }
        };
        b = Some(match b {
            None => e,
            Some(a) => a.union(&e),
        });
    }
    let b = b.ok_or_else(|| anyhow::anyhow!("no region given"))?;
    Ok(b.grown((b.width().max(b.height()) * 0.06).max(0.1)))
}

/// Tells the user which malformed rows `--skip-invalid` skipped.
pub(crate) fn report_skipped(skipped: &[String]) {
    for s in skipped {
        eprintln!("skipped: {s}");
    }
    if !skipped.is_empty() {
        eprintln!("{} invalid row(s) skipped", skipped.len());
    }
}
