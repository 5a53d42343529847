//! What can go wrong reading boundary and reform files, or naming an area.

/// What can go wrong reading boundary and reform files, or naming an area.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A boundary or reform file, at a line or one of its features, is
    /// not what it should be.
    #[error(transparent)]
    Data(#[from] crate::files::DataError),
    /// An empty name where a region or cercle was expected.
    #[error("empty region name")]
    EmptyRegionName,
    /// A name that is no region and no cercle.
    #[error("unknown region {name:?}: expected a region ({}) or a cercle name", known.join(", "))]
    UnknownRegion {
        /// The name given.
        name: String,
        /// The regions known, to suggest.
        known: Vec<String>,
    },
    /// A name that is no cercle, old or new.
    #[error(
        "unknown cercle {0:?}: not a cercle of the 2015 boundaries nor of the 2016/2023 reforms"
    )]
    UnknownCercle(String),
}

/// `Result` with this module's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
