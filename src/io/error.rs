//! What can go wrong reading or writing incidents, with the file and the
//! line or feature where it did.

/// An error from one of the incident readers or writers.
///
/// Every variant that comes from a file names it (`origin`: the path as the
/// user gave it, or `-`), and record-level variants also say where in it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing the bytes failed.
    #[error(transparent)]
    Files(#[from] crate::files::Error),
    /// Writing to an output stream failed.
    #[error("write failed")]
    Io(#[from] std::io::Error),
    /// Writing CSV failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// Writing JSON failed.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// One line of a CSV is not a valid incident.
    #[error("{origin}:{line}: {problem}")]
    Line {
        /// The file.
        origin: String,
        /// Its 1-based line number.
        line: usize,
        /// What is wrong with it.
        problem: String,
    },
    /// One feature of a GeoJSON or FlatGeobuf file is not a valid incident.
    #[error("{origin}: feature {index}: {problem}")]
    Feature {
        /// The file.
        origin: String,
        /// Its 0-based position among the features.
        index: usize,
        /// What is wrong with it.
        problem: String,
    },
    /// The file as a whole is not what it should be (no header, not the
    /// format, a required column missing).
    #[error("{origin}: {problem}")]
    File {
        /// The file.
        origin: String,
        /// What is wrong with it.
        problem: String,
    },
    /// A CSV whose header is none of the layouts sahel knows.
    #[error("{origin}: not a sahel, ACLED or UCDP CSV (no event_id_cnty, no where_prec/date_start/best, no event_id/time_precision column)")]
    UnknownCsvLayout {
        /// The file.
        origin: String,
    },
    /// A layout name that is not sahel, acled or ucdp.
    #[error("unknown input format {0:?}: expected sahel, acled or ucdp")]
    UnknownLayoutName(String),
    /// SQLite failed while writing a GeoPackage.
    #[error("GeoPackage: {0}")]
    GeoPackage(String),
    /// The Parquet writer failed.
    #[error("GeoParquet: {0}")]
    GeoParquet(String),
    /// The FlatGeobuf writer failed.
    #[error("FlatGeobuf: {0}")]
    FlatGeobuf(String),
}

/// `Result` with the incident readers' and writers' [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
