//! Incidents in and out of files: GeoJSON, CSV (sahel, ACLED, UCDP),
//! FlatGeobuf, GeoPackage, GeoParquet and sahel's JSON. The bytes themselves (atomic writes,
//! decoding, standard input) are [`crate::files`]'.

mod columns;
pub mod csv_in;
mod error;
pub mod fgb;
pub mod flat;
mod geojson_halves;
pub mod geojson_in;
#[cfg(feature = "geoparquet")]
pub mod geoparquet;
/// GeoParquet in a build without the `geoparquet` feature: every call says
/// so.
#[cfg(not(feature = "geoparquet"))]
#[path = "geoparquet_off.rs"]
pub mod geoparquet;
pub mod gpkg;
pub mod hilbert;
pub mod incidents;
pub mod record;
pub mod rows;
pub mod schema;
pub mod sqlite_rtree;
pub mod wkb;

pub use error::{Error, Result};

/// `YYYY-MM-DD` at the start of `s` (a time may follow: `2024-03-16
/// 00:00:00.000`, `2024-03-16T10:00Z`). Hand-rolled: chrono's format
/// parser was a tenth of the time of reading a big CSV.
pub(crate) fn iso_day(s: &str) -> Option<chrono::NaiveDate> {
    let b = s.trim().as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || (b.len() > 10 && b[10].is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    chrono::NaiveDate::from_ymd_opt(n(0..4)? as i32, n(5..7)?, n(8..10)?)
}

/// A country as data sets write it ("Burkina Faso", "MLI", "Niger") as
/// sahel's two-letter code: ISO 3166-1 alpha-2 for the three countries and
/// their neighbours, the name as given for any other.
pub(crate) fn country_code(s: &str) -> String {
    let s = s.trim();
    if let Some(c) = crate::country::Country::parse(s) {
        return c.code().to_string();
    }
    const OTHERS: &[(&str, &str)] = &[
        ("algeria", "DZ"),
        ("algerie", "DZ"),
        ("mauritania", "MR"),
        ("mauritanie", "MR"),
        ("senegal", "SN"),
        ("guinea", "GN"),
        ("guinee", "GN"),
        ("cotedivoire", "CI"),
        ("ivorycoast", "CI"),
        ("nigeria", "NG"),
        ("chad", "TD"),
        ("tchad", "TD"),
        ("benin", "BJ"),
        ("togo", "TG"),
        ("ghana", "GH"),
        ("libya", "LY"),
        ("libye", "LY"),
    ];
    let k = crate::fold::fold(s);
    OTHERS
        .iter()
        .find(|(n, _)| *n == k)
        .map_or_else(|| s.to_string(), |(_, c)| c.to_string())
}
