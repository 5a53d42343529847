//! GeoParquet in a build without the `geoparquet` feature (`cargo build
//! --no-default-features`): the same functions, each refusing with a
//! message that says how to get them.

use super::{Error, Result};
use crate::admin::AdminLocator;
use crate::io::record::Record;
use crate::model::Incident;
use std::io::Write;
use std::path::Path;

fn missing() -> Error {
    Error::GeoParquet(
        "this sahel was built without GeoParquet (the `geoparquet` cargo feature, on by default)"
            .into(),
    )
}

/// Refuses: built without GeoParquet.
pub fn write_geoparquet(_: &[Incident], _: &AdminLocator, _: &mut dyn Write) -> Result<()> {
    Err(missing())
}

/// Refuses: built without GeoParquet.
pub fn write_geoparquet_with(
    _: &[Incident],
    _: &AdminLocator,
    _: &mut dyn Write,
    _: impl FnMut(usize, &mut Record<'_>),
) -> Result<()> {
    Err(missing())
}

/// Refuses: built without GeoParquet.
pub fn read_geoparquet(_: &Path, _: &str) -> Result<Vec<Incident>> {
    Err(missing())
}

/// Refuses: built without GeoParquet.
pub fn read_geoparquet_bytes(_: &[u8], _: &str) -> Result<Vec<Incident>> {
    Err(missing())
}
