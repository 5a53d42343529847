//! # sahel
//!
//! Geospatial analysis of armed-conflict incidents in Mali, offline.
//!
//! Data flows one way: text → [`model::Incident`]s → index and clusters →
//! outputs. Modules, one concept each:
//! - [`fold`]: name folding (accents, hyphens, spelling habits);
//! - [`admin`]: regions and cercles (point in polygon, newer region names);
//! - [`gazetteer`]: place names to coordinates, ranked with context;
//! - [`geodesy`]: great-circle distances and destinations in km;
//! - [`model`]: the incident model every part shares;
//! - [`io`]: safe (atomic) output and tolerant text decoding.
#![warn(missing_docs)]

pub mod admin;
pub mod cluster;
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
pub mod trend;
