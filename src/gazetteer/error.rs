//! What can go wrong loading, building, correcting or asking the gazetteer.

use crate::country::{Country, UnknownCountry};
use std::path::PathBuf;

/// An error from the gazetteer: a data file that does not parse (with its
/// file and line), or a question it cannot answer (an unknown reference
/// place, an area of another country).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing bytes failed.
    #[error(transparent)]
    Files(#[from] crate::files::Error),
    /// A boundary or reform file, or an area name, is wrong.
    #[error(transparent)]
    Admin(#[from] crate::admin::Error),
    /// A country that is not Mali, Burkina Faso or Niger.
    #[error(transparent)]
    Country(#[from] UnknownCountry),
    /// A data file (places, supplement, corrections, a geocoded CSV), at a
    /// line or as a whole, is not what it should be.
    #[error(transparent)]
    Data(#[from] crate::files::DataError),
    /// A directory of supplement files that cannot be listed.
    #[error("{}: cannot read directory", dir.display())]
    ReadDir {
        /// The directory.
        dir: PathBuf,
        /// The operating system's reason.
        #[source]
        source: std::io::Error,
    },
    /// A directory of supplement files with no `.tsv` file in it.
    #[error("{}: no .tsv file found (expected files with the columns {:?})", dir.display(), super::SUPPLEMENT_HEADER)]
    NoTsvIn {
        /// The directory.
        dir: PathBuf,
    },
    /// An empty place name.
    #[error("empty place name")]
    EmptyName,
    /// Text far too long to be a place name.
    #[error("place name of {0} characters: not a place name")]
    TooLong(usize),
    /// A name with no letter or digit.
    #[error("place name {0:?} has no letters or digits")]
    NoLetters(String),
    /// A reference place (for "near" or "within") the gazetteer lacks.
    #[error("reference place {0:?} is not in the gazetteer")]
    UnknownReference(String),
    /// The reference of a relative phrase ("30 km de X") the gazetteer lacks.
    #[error("reference place {reference:?} of {phrase:?} is not in the gazetteer")]
    UnknownRelativeReference {
        /// The reference place as written.
        reference: String,
        /// The whole phrase.
        phrase: String,
    },
    /// `LAT,LON` out of range.
    #[error("{0:?}: latitude must be within ±90 and longitude within ±180")]
    PointOutOfRange(String),
    /// A maximum distance that is not between 0 and 2500 km.
    #[error("{0}: expected a distance in km between 0 and 2500")]
    WithinOutOfRange(f64),
    /// A maximum distance with no reference point to measure from.
    #[error("a maximum distance needs a reference point (within how many km of what?)")]
    WithinWithoutNear,
    /// A region asked for in a country it is not in.
    #[error("{area} is in {}, not in {}", in_country.name(), asked.name())]
    AreaInOtherCountry {
        /// The region or cercle, as labelled.
        area: String,
        /// Its country.
        in_country: Country,
        /// The country asked for.
        asked: Country,
    },
    /// A column the caller named is not in the CSV's header.
    #[error(transparent)]
    MissingColumn(#[from] crate::files::MissingColumn),
    /// Writing the geocoded CSV failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
}

impl Error {
    pub(crate) fn line(origin: &str, line: usize, problem: impl Into<String>) -> Error {
        Error::Data(crate::files::DataError::at_line(origin, line, problem))
    }

    pub(crate) fn file(origin: &str, problem: impl Into<String>) -> Error {
        Error::Data(crate::files::DataError::in_file(origin, problem))
    }
}

/// `Result` with the gazetteer's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
