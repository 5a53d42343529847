//! Where incidents go: the output formats by extension or `--format`.

use anyhow::Result;
use std::path::Path;

#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum Format {
    /// GeoJSON FeatureCollection (RFC 7946), flat properties.
    Geojson,
    /// CSV, ACLED-like columns.
    Csv,
    /// JSON array of incidents in the model's own shape.
    Json,
    /// FlatGeobuf (binary, with a spatial index; QGIS and GDAL open it).
    /// Incidents without a location are left out, with a note.
    Fgb,
}

impl Format {
    pub(crate) fn of_path(p: &Path) -> Format {
        match p
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .as_deref()
        {
            Some("csv") => Format::Csv,
            Some("json") => Format::Json,
            Some("fgb") => Format::Fgb,
            _ => Format::Geojson,
        }
    }
}

/// Writes incidents in a format; `extra` adds properties per incident to
/// GeoJSON and FlatGeobuf (a query's distance).
pub(crate) fn write_incidents(
    out: &Path,
    format: Format,
    incidents: &[sahel::model::Incident],
    admin: &sahel::admin::AdminLocator,
    extra: impl FnMut(usize, &mut serde_json::Map<String, serde_json::Value>),
) -> Result<()> {
    use sahel::io::incidents::{write_csv, write_geojson_with, write_json};
    let mut left_out = 0;
    sahel::files::with_atomic_writer(out, |w| match format {
        Format::Geojson => write_geojson_with(incidents, admin, w, extra),
        Format::Csv => write_csv(incidents, admin, w),
        Format::Json => write_json(incidents, w),
        Format::Fgb => {
            left_out = sahel::io::fgb::write_fgb_with(incidents, admin, w, extra)?;
            Ok(())
        }
    })?;
    if left_out > 0 {
        eprintln!(
            "note: {left_out} incident(s) without a location left out of {} (FlatGeobuf layers are points)",
            out.display()
        );
    }
    Ok(())
}
