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
    if matches!(format, Format::Csv) {
        write_csvt_beside(out)?;
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

/// Whether `convert` streams: GeoJSON or CSV out of GeoJSON or CSV files
/// (see `sources::streamable`), one incident at a time in bounded memory.
/// The other layers need every incident before they write (a spatial
/// index, row groups), and merging several inputs needs them all too.
pub(crate) fn convert_streams(a: &ConvertArgs) -> bool {
    let Ok((_, format)) = incidents_output(&a.output, a.format) else {
        return false;
    };
    let opts = sahel::sources::ReadOptions {
        csv_layout: None,
        skip_invalid: a.input.skip_invalid,
        keep_sources_apart: a.input.keep_sources_apart,
    };
    matches!(format, Format::Geojson | Format::Csv)
        && sahel::sources::streamable(&a.input.inputs, &opts)
}

/// `convert` as a stream: each incident read, filtered and written before
/// the next is read.
fn convert_stream(
    g: &sahel::gazetteer::Gazetteer,
    a: &ConvertArgs,
    output: &Path,
    format: Format,
) -> Result<()> {
    let filter = super::inputs::filter_of(&a.input, g)?;
    let i = &a.input;
    let opts = super::inputs::read_options(&i.input_format, i.skip_invalid, i.keep_sources_apart)?;
    let admin = g.admin();
    let (mut written, mut skipped) = (0usize, Vec::new());
    sahel::files::with_atomic_writer(output, |w| -> Result<()> {
        let mut out = IncidentStream::begin(w, format, admin)?;
        skipped = sahel::sources::for_each_input_incident(&i.inputs, &opts, &mut |inc| {
            if !filter.accepts(&inc, admin) {
                return Ok(());
            }
            written += 1;
            out.push(&inc)
        })?;
        out.finish()
    })?;
    super::inputs::report_skipped(&skipped);
    if matches!(format, Format::Csv) {
        write_csvt_beside(output)?;
    }
    if output.as_os_str() != "-" {
        eprintln!("{written} incidents written to {}", output.display());
    }
    Ok(())
}

/// Incidents written one at a time, in GeoJSON or CSV: for the commands
/// that stream.
pub(crate) enum IncidentStream<'w> {
    Geojson(sahel::io::incidents::GeojsonWriter<'w>),
    // Boxed: the CSV writer carries its buffer's state.
    Csv(Box<sahel::io::incidents::CsvWriter<'w>>),
}

impl<'w> IncidentStream<'w> {
    /// Starts the file; any format but CSV is written as GeoJSON.
    pub(crate) fn begin(
        w: &'w mut dyn std::io::Write,
        format: Format,
        admin: &'w sahel::admin::AdminLocator,
    ) -> sahel::io::Result<Self> {
        use sahel::io::incidents::{CsvWriter, GeojsonWriter};
        Ok(match format {
            Format::Csv => IncidentStream::Csv(Box::new(CsvWriter::begin(w, admin)?)),
            _ => IncidentStream::Geojson(GeojsonWriter::begin(w, admin)?),
        })
    }

    pub(crate) fn push(&mut self, i: &sahel::model::Incident) -> sahel::io::Result<()> {
        match self {
            IncidentStream::Geojson(out) => out.push(i),
            IncidentStream::Csv(out) => out.push(i),
        }
    }

    pub(crate) fn finish(self) -> Result<()> {
        match self {
            IncidentStream::Geojson(out) => out.finish()?,
            IncidentStream::Csv(out) => out.finish()?,
        }
        Ok(())
    }
}

/// Beside a CSV file, its column types, which GDAL and QGIS read (none
/// beside standard output).
pub(crate) fn write_csvt_beside(out: &Path) -> Result<()> {
    if out.as_os_str() == "-" {
        return Ok(());
    }
    let csvt = out.with_extension("csvt");
    sahel::files::with_atomic_writer(&csvt, |w| {
        writeln!(w, "{}", sahel::io::schema::csvt_line()).map_err(sahel::io::Error::from)
    })?;
    Ok(())
}

/// `sahel convert`.
pub(crate) fn convert(g: &sahel::gazetteer::Gazetteer, a: &ConvertArgs) -> Result<()> {
    let (output, format) = incidents_output(&a.output, a.format)?;
    if convert_streams(a) {
        return convert_stream(g, a, &output, format);
    }
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
