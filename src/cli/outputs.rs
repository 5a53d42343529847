//! Where incidents go: the output formats by extension or `--format`.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

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
    /// GeoPackage (SQLite, with a spatial index; QGIS's own format).
    /// Incidents without a location are kept with an empty geometry.
    Gpkg,
    /// GeoParquet 1.1 (WKB points, bbox covering, row groups in Hilbert
    /// order): for DuckDB, geopandas, BigQuery and Sedona.
    Parquet,
}

impl Format {
    /// The format an output path's extension names: `.geojson` (or no
    /// extension, or `-`), `.csv`, `.json`, `.fgb`, `.gpkg`, `.parquet`. Any other extension is
    /// refused, so that a `.shp` or `.gpkg` never silently holds GeoJSON.
    pub(crate) fn of_path(p: &Path) -> Result<Format> {
        match p
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .as_deref()
        {
            None | Some("geojson") => Ok(Format::Geojson),
            Some("csv") => Ok(Format::Csv),
            Some("json") => Ok(Format::Json),
            Some("fgb") => Ok(Format::Fgb),
            Some("gpkg") => Ok(Format::Gpkg),
            Some("parquet" | "geoparquet") => Ok(Format::Parquet),
            Some(ext) => bail!(
                "{}: sahel does not write .{ext} files; it writes .geojson, .csv, .json (its own incidents), .fgb (FlatGeobuf), .gpkg (GeoPackage) and .parquet (GeoParquet); convert with ogr2ogr for other formats, or give --format",
                p.display()
            ),
        }
    }

    /// The file extension of the format.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Geojson => "geojson",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Fgb => "fgb",
            Format::Gpkg => "gpkg",
            Format::Parquet => "parquet",
        }
    }
}

/// `-o` as the user meant it: a path ending in `/`, or naming a directory
/// that exists, means the file `default_name` in that directory (created
/// if needed). `-` and other paths are kept.
pub(crate) fn output_path(out: &Path, default_name: &str) -> Result<PathBuf> {
    if out.as_os_str() == "-" {
        return Ok(out.to_path_buf());
    }
    let slash = out
        .as_os_str()
        .to_string_lossy()
        .ends_with(std::path::is_separator);
    if slash {
        std::fs::create_dir_all(out)
            .with_context(|| format!("{}: cannot create the directory", out.display()))?;
    }
    if slash || out.is_dir() {
        return Ok(out.join(default_name));
    }
    Ok(out.to_path_buf())
}

/// Where and how `-o` and `--format` write incidents: `-o DIR/` gets
/// `incidents.<ext>` inside it, and without `--format` the extension
/// decides.
pub(crate) fn incidents_output(out: &Path, format: Option<Format>) -> Result<(PathBuf, Format)> {
    let name = format!(
        "incidents.{}",
        format.unwrap_or(Format::Geojson).extension()
    );
    let output = output_path(out, &name)?;
    let format = match format {
        Some(f) => f,
        None => Format::of_path(&output)?,
    };
    Ok((output, format))
}

/// Writes incidents in a format; `extra` adds properties per incident to
/// GeoJSON and FlatGeobuf (a query's distance).
pub(crate) fn write_incidents(
    out: &Path,
    format: Format,
    incidents: &[sahel::model::Incident],
    admin: &sahel::admin::AdminLocator,
    extra: impl FnMut(usize, &mut sahel::io::record::Record<'_>),
) -> Result<()> {
    use sahel::io::incidents::{write_csv, write_geojson_with, write_json};
    let mut left_out = 0;
    if matches!(format, Format::Gpkg) {
        // SQLite builds its file in place, beside the output.
        sahel::io::gpkg::write_gpkg_file(incidents, admin, out, extra)?;
        return Ok(());
    }
    sahel::files::with_atomic_writer(out, |w| match format {
        Format::Geojson => write_geojson_with(incidents, admin, w, extra),
        Format::Csv => write_csv(incidents, admin, w),
        Format::Json => write_json(incidents, w),
        Format::Fgb => {
            left_out = sahel::io::fgb::write_fgb_with(incidents, admin, w, extra)?;
            Ok(())
        }
        Format::Gpkg => sahel::io::gpkg::write_gpkg_with(incidents, admin, w, extra),
        Format::Parquet => sahel::io::geoparquet::write_geoparquet_with(incidents, admin, w, extra),
    })?;
    if left_out > 0 {
        eprintln!(
            "note: {left_out} incident(s) without a location left out of {} (FlatGeobuf layers are points)",
            out.display()
        );
    }
    // Beside a CSV file, its column types, which GDAL and QGIS read.
    if matches!(format, Format::Csv) && out.as_os_str() != "-" {
        let csvt = out.with_extension("csvt");
        sahel::files::with_atomic_writer(&csvt, |w| {
            writeln!(w, "{}", sahel::io::schema::csvt_line()).map_err(sahel::io::Error::from)
        })?;
    }
    Ok(())
}

/// `sahel convert`'s flags.
#[derive(clap::Args)]
pub(crate) struct ConvertArgs {
    /// Output file; its extension names the format (.geojson, .csv, .json,
    /// .fgb, .gpkg, .parquet), or give --format; `-` for standard output.
    #[arg(short, long, value_name = "OUT")]
    pub(crate) output: PathBuf,
    /// Output format (default: from the output file's extension; GeoJSON
    /// for `-`).
    #[arg(long, value_enum)]
    pub(crate) format: Option<Format>,
    #[command(flatten)]
    pub(crate) input: super::inputs::InputArgs,
}

/// `sahel convert`.
pub(crate) fn convert(g: &sahel::gazetteer::Gazetteer, a: &ConvertArgs) -> Result<()> {
    let (output, format) = incidents_output(&a.output, a.format)?;
    let incidents = super::inputs::load(g, &a.input)?;
    write_incidents(&output, format, &incidents, g.admin(), |_, _| {})?;
    if output.as_os_str() != "-" {
        eprintln!(
            "{} incidents written to {}",
            incidents.len(),
            output.display()
        );
    }
    Ok(())
}
