//! # sahel
//!
//! Geospatial analysis of armed-conflict incidents in Mali, Burkina Faso and
//! Niger, offline.
//!
//! Data flows one way, and each layer imports only from those below it:
//! - files: [`files`] (atomic writes, decoding, stdin), [`progress`];
//! - model: [`model`] (incidents), [`coords`] (named points and boxes), [`country`] (ML, BF, NE),
//!   [`dataset_actors`] (ACLED and UCDP actor labels normalised), [`fold`]
//!   (name folding), [`french`] (number words), [`geodesy`] (great-circle km);
//! - gazetteer: [`admin`] (regions and cercles, pre-2016 and current),
//!   [`gazetteer`] (place names to coordinates, ranked with context);
//! - extract: [`extract`] (French text to incidents);
//! - io and sources: [`io`] (formats), [`sources`] (any input to
//!   incidents), [`eval`] (scoring against gold);
//! - analysis: [`index`] (km queries), [`filter`], [`cluster`], [`trend`],
//!   [`stats`];
//! - render: [`render`] (maps and charts), [`report`] (the main job).
#![warn(missing_docs)]

pub mod actor_roles;
pub mod admin;
pub mod cluster;
pub mod coords;
pub mod country;
pub mod dataset_actors;
pub mod eval;
pub mod extract;
pub mod files;
pub mod filter;
pub mod fold;
pub mod french;
pub mod gazetteer;
pub mod geodesy;
pub mod index;
pub mod io;
pub mod model;
pub mod progress;
pub mod render;
pub mod report;
pub mod sources;
pub mod stats;
#[cfg(test)]
mod testing;
pub mod timings;
pub mod trend;
pub mod watch;
