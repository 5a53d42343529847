//! What can go wrong turning files and spreadsheet rows into articles.

/// An error from reading articles or incident lines.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A publication date that is not `YYYY-MM-DD` or `YYYY-MM`.
    #[error("{0:?} is not a date: expected YYYY-MM-DD or YYYY-MM")]
    NotADate(String),
    /// A file with NUL bytes: not text.
    #[error("{0}: binary file, not an article (skipped)")]
    Binary(String),
    /// A file with no text.
    #[error("{0}: empty file (skipped)")]
    Empty(String),
    /// A spreadsheet of incident lines that cannot be read as a whole.
    #[error("{origin}: {problem}")]
    File {
        /// The file.
        origin: String,
        /// What is wrong.
        problem: String,
    },
    /// One row of a spreadsheet that cannot be read.
    #[error("{origin}:{line}: {problem}")]
    Line {
        /// The file.
        origin: String,
        /// Its 1-based line number.
        line: u64,
        /// What is wrong.
        problem: String,
    },
    /// A date cell the row reader does not understand.
    #[error("{origin}:{line}: date {value:?} not understood (expected YYYY-MM-DD, DD/MM/YYYY, YYYY-MM-DD/YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY or \"14 mars 2022\")")]
    RowDate {
        /// The file.
        origin: String,
        /// Its 1-based line number.
        line: u64,
        /// The cell.
        value: String,
    },
    /// A column the caller named is not in the header.
    #[error(transparent)]
    MissingColumn(#[from] crate::files::MissingColumn),
}

/// `Result` with the extractor's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
