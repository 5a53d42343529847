//! Files at the floor of sahel: writing outputs whole or not at all,
//! decoding text as users' tools save it, and `-` for standard input and
//! output. Nothing here knows what an incident or a place is.
//!
//! Outputs are written to a temporary file in the destination directory and
//! renamed over the target only once complete, so an interrupted or failed
//! run never leaves a half-written file.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("out.txt");
//! sahel::files::write_atomic(&path, b"hello").unwrap();
//! assert_eq!(std::fs::read_to_string(&path).unwrap(), "hello");
//! ```

mod atomic;
mod direct;
pub mod mapped;
pub mod memory;
pub mod set;
mod spool;
pub mod stale;

pub use atomic::{with_atomic_path, with_atomic_writer, write_atomic};
pub use direct::Direct;
pub use spool::{spool_in, spool_out};
use std::path::{Path, PathBuf};

/// What went wrong reading or writing bytes. Each variant names the path
/// (or standard input/output); the operating system's reason is the source.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read.
    #[error("{}: cannot read", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        #[source]
        source: std::io::Error,
    },
    /// A file is larger than the memory left to hold it.
    #[error("{}: cannot hold its {size} in memory; free memory, raise the limit, or split the file", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size, as people read it.
        size: String,
    },
    /// A command would need more memory than this process may take.
    #[error("{what}: these inputs need about {need}, but this process may take only {limit}; raise the limit, pass fewer inputs, or run anyway with --no-memory-check")]
    NotEnoughMemory {
        /// The command.
        what: String,
        /// The estimate, as people read it.
        need: String,
        /// The limit and where it comes from.
        limit: String,
    },
    /// Standard input could not be read.
    #[error("cannot read standard input")]
    ReadStdin(#[source] std::io::Error),
    /// An output could not be written; `step` says at which point.
    #[error("{}: {step}", path.display())]
    Write {
        /// The output asked for (not the temporary file beside it).
        path: PathBuf,
        /// Where the write failed.
        step: WriteStep,
        /// The operating system's reason.
        #[source]
        source: std::io::Error,
    },
    /// Standard output could not be written.
    #[error("cannot write to standard output")]
    WriteStdout(#[source] std::io::Error),
    /// A staging directory or lock for a set of outputs could not be made.
    #[error("{}: cannot prepare the output directory", dir.display())]
    Stage {
        /// The directory.
        dir: PathBuf,
        /// The operating system's reason.
        #[source]
        source: std::io::Error,
    },
    /// Another sahel run is writing into the same output directory.
    #[error("{}: another sahel run{} is writing into this directory; wait for it to finish, or choose another output directory", dir.display(), holder.map(|p| format!(" (process {p})")).unwrap_or_default())]
    Locked {
        /// The directory.
        dir: PathBuf,
        /// The process holding the lock, when it could be read.
        holder: Option<u32>,
    },
}

/// The point at which writing an output failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteStep {
    /// Opening a device or pipe.
    Open,
    /// Creating the temporary file in this directory.
    CreateIn(PathBuf),
    /// Writing the bytes, after `written` of them had reached the file.
    Write {
        /// The bytes written before the failure.
        written: u64,
    },
    /// Flushing the finished file to the disk.
    Sync,
    /// Renaming the finished file over the output.
    Replace,
}

impl std::fmt::Display for WriteStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteStep::Open => f.write_str("cannot open for writing"),
            WriteStep::CreateIn(dir) => write!(f, "cannot create a file in {}", dir.display()),
            WriteStep::Write { written: 0 } => f.write_str("write failed"),
            WriteStep::Write { written } => {
                write!(f, "write failed after {}", human_bytes(*written))
            }
            WriteStep::Sync => f.write_str("cannot flush to the disk"),
            WriteStep::Replace => f.write_str("cannot replace the file"),
        }
    }
}

/// An error and the reasons under it, as one sentence:
/// `a.txt: cannot read: No such file or directory (os error 2)`.
///
/// ```
/// let e = sahel::files::read_bytes(std::path::Path::new("absent.txt")).unwrap_err();
/// assert!(sahel::files::with_reasons(&e).starts_with("absent.txt: cannot read: "));
/// ```
pub fn with_reasons(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut next = e.source();
    while let Some(s) = next {
        out.push_str(": ");
        out.push_str(&s.to_string());
        next = s.source();
    }
    out
}

/// A byte count as people read it: `812 bytes`, `4.2 MB`.
///
/// ```
/// assert_eq!(sahel::files::human_bytes(812), "812 bytes");
/// assert_eq!(sahel::files::human_bytes(4_200_000), "4.2 MB");
/// ```
pub fn human_bytes(n: u64) -> String {
    match n {
        0..1_000 => format!("{n} bytes"),
        1_000..1_000_000 => format!("{:.1} kB", n as f64 / 1e3),
        1_000_000..1_000_000_000 => format!("{:.1} MB", n as f64 / 1e6),
        _ => format!("{:.1} GB", n as f64 / 1e9),
    }
}

/// A problem in a data file the user or the build reads: at a line
/// (`places.tsv:12: ...`) or in the file as a whole (`cercles.geojson:
/// ...`). The gazetteer's, the boundaries' and the spreadsheets' errors
/// share it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}{}: {problem}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct DataError {
    /// The file.
    pub origin: String,
    /// The 1-based line, when the problem is at one.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: String,
}

impl DataError {
    /// A problem at `line` of `origin`.
    pub fn at_line(origin: &str, line: usize, problem: impl Into<String>) -> DataError {
        DataError {
            origin: origin.to_string(),
            line: Some(line),
            problem: problem.into(),
        }
    }

    /// A problem with `origin` as a whole.
    pub fn in_file(origin: &str, problem: impl Into<String>) -> DataError {
        DataError {
            origin: origin.to_string(),
            line: None,
            problem: problem.into(),
        }
    }
}

/// A column a caller named (by a flag, in the command line) that the
/// header of a CSV lacks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: no column {column:?} (the {role} column); the columns are: {}", columns.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>().join(", "))]
pub struct MissingColumn {
    /// The file.
    pub origin: String,
    /// The column asked for.
    pub column: String,
    /// What the column was to hold (`name`, `text`, `date`, `region` ...).
    pub role: &'static str,
    /// The header's columns.
    pub columns: Vec<String>,
}

impl MissingColumn {
    /// The position of column `name` among `headers` (compared without the
    /// spaces around a header), or the error that names the file, the
    /// column, its `role` and the columns there are.
    ///
    /// ```
    /// use sahel::files::MissingColumn;
    /// assert_eq!(MissingColumn::position("a.csv", &["lieu", " date "], "date", "date"), Ok(1));
    /// let e = MissingColumn::position("a.csv", &["lieu"], "region", "region").unwrap_err();
    /// assert_eq!(e.columns, ["lieu"]);
    /// ```
    pub fn position<S: AsRef<str>>(
        origin: &str,
        headers: &[S],
        name: &str,
        role: &'static str,
    ) -> Result<usize, MissingColumn> {
        headers
            .iter()
            .position(|h| h.as_ref().trim() == name)
            .ok_or_else(|| MissingColumn {
                origin: origin.to_string(),
                column: name.to_string(),
                role,
                columns: headers.iter().map(|h| h.as_ref().to_string()).collect(),
            })
    }
}

/// `Result` with this module's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Decodes text as UTF-8 (a leading byte-order mark is dropped), falling
/// back to Windows-1252, the usual encoding of French files saved by older
/// Windows tools. Returns the text and the encoding used.
///
/// ```
/// // "Ségou" as a Windows-1252 file holds it.
/// let (text, encoding) = sahel::files::decode_text(b"S\xe9gou");
/// assert_eq!((text.as_str(), encoding), ("Ségou", "windows-1252"));
/// ```
pub fn decode_text(bytes: &[u8]) -> (String, &'static str) {
    let (text, encoding) = decode_borrowed(bytes);
    (text.into_owned(), encoding)
}

/// [`decode_text`] without a copy when the bytes are UTF-8 already (the
/// byte-order mark is only skipped): what mapped inputs are read with.
pub fn decode_borrowed(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), "utf-8"),
        Err(_) => (
            std::borrow::Cow::Owned(bytes.iter().map(|&b| cp1252(b)).collect()),
            "windows-1252",
        ),
    }
}

/// [`decode_text`] on bytes it may keep: UTF-8 without a byte-order mark
/// (the usual case) becomes the string without a copy, which matters for a
/// CSV of hundreds of megabytes.
pub fn decode_owned(bytes: Vec<u8>) -> (String, &'static str) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return decode_text(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(s) => (s, "utf-8"),
        Err(e) => decode_text(e.as_bytes()),
    }
}

/// A CSV row as text: each cell as UTF-8, or as Windows-1252 when it is
/// not UTF-8, so that a file read row by row is decoded as
/// [`decode_text`] decodes a file read whole.
///
/// ```
/// let row = csv::ByteRecord::from(vec![&b"S\xe9gou"[..], "Tominé".as_bytes()]);
/// let text = sahel::files::decoded_row(row);
/// assert_eq!(&text[0], "Ségou");
/// assert_eq!(&text[1], "Tominé");
/// ```
pub fn decoded_row(row: csv::ByteRecord) -> csv::StringRecord {
    csv::StringRecord::from_byte_record(row).unwrap_or_else(|e| {
        let row = e.into_byte_record();
        let mut text: csv::StringRecord = row.iter().map(|cell| decode_borrowed(cell).0).collect();
        text.set_position(row.position().cloned());
        text
    })
}

fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// A file opened to be read as a stream, or standard input for `-`: for
/// the commands that read as they write, whatever the input's size.
///
/// ```
/// let e = sahel::files::open_reader(std::path::Path::new("absent.csv")).err().unwrap();
/// assert!(sahel::files::with_reasons(&e).starts_with("absent.csv: cannot read"));
/// ```
pub fn open_reader(path: &Path) -> Result<Box<dyn std::io::Read>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    let file = std::fs::File::open(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(Box::new(file))
}

/// Reads a file's bytes, or standard input for `-`.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut v).map_err(Error::ReadStdin)?;
        Ok(v)
    } else {
        memory::read_reserved(path)
    }
}

/// The lines CSV records start on, as an editor numbers them.
///
/// The `csv` crate counts a record that follows a `"\r\n"` as starting one
/// line early (rust-csv issue 395): a file saved on Windows would name every
/// bad row by the line above it. Read right after the header, the reader's
/// position tells which count it keeps.
///
/// ```
/// use sahel::files::CsvLines;
/// for (text, line) in [("a,b\r\n1,2\r\n3\r\n", 3), ("a,b\n1,2\n3\n", 3)] {
///     let mut rdr = csv::Reader::from_reader(text.as_bytes());
///     rdr.byte_headers().unwrap();
///     let lines = CsvLines::after_header(rdr.position());
///     let err = rdr.records().nth(1).unwrap().unwrap_err();
///     assert_eq!(lines.line(err.position().unwrap()), line);
/// }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CsvLines {
    shift: u64,
}

impl CsvLines {
    /// Learns the count from the reader's position once the header is read.
    pub fn after_header(pos: &csv::Position) -> CsvLines {
        CsvLines {
            shift: u64::from(pos.line() == 1 && pos.byte() > 0),
        }
    }

    /// The line a record (or an error) at `pos` starts on.
    pub fn line(&self, pos: &csv::Position) -> u64 {
        pos.line() + self.shift
    }
}

/// Reads a file (or standard input for `-`) and decodes it with
/// [`decode_text`].
pub fn read_text(path: &Path) -> Result<String> {
    Ok(decode_owned(read_bytes(path)?).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_and_cp1252_are_decoded() {
        let (s, enc) = decode_text(b"S\xe9gou \x92 Niafunk\xe9 \x9c");
        assert_eq!(enc, "windows-1252");
        assert_eq!(s, "Ségou ’ Niafunké œ");
        let (s, enc) = decode_text("\u{feff}Ségou".as_bytes());
        assert_eq!((s.as_str(), enc), ("Ségou", "utf-8"));
    }

    #[test]
    fn owned_decoding_agrees_with_borrowed() {
        for b in [
            &b"S\xe9gou \x92 Niafunk\xe9 \x9c"[..],
            "\u{feff}Ségou".as_bytes(),
            "Ségou, Mopti".as_bytes(),
            b"",
        ] {
            assert_eq!(decode_owned(b.to_vec()), decode_text(b));
        }
    }
}
