//! A file's bytes without copying them: mapped from the page cache.
//!
//! Reading a 750 MB layer into a fresh buffer made the kernel zero and
//! fill 750 MB of new pages, a third of the time of reading a million
//! incidents; a mapping shares the pages the page cache already holds.
//! Standard input, and files that cannot be mapped (pipes, `/proc`),
//! are read as before.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let p = dir.path().join("a.geojson");
//! std::fs::write(&p, b"{\"type\":\"FeatureCollection\",\"features\":[]}").unwrap();
//! let bytes = sahel::files::mapped::file_bytes(&p).unwrap();
//! assert!(bytes.starts_with(b"{\"type\""));
//! ```

use super::{read_bytes, Error, Result};
use std::borrow::Cow;
use std::ops::Deref;
use std::path::Path;

/// The bytes of an input: a mapping of the file, or a buffer it was read
/// into.
pub enum FileBytes {
    /// The file mapped read-only.
    Mapped(memmap2::Mmap),
    /// Read into memory (standard input, empty and unmappable files).
    Read(Vec<u8>),
}

impl Deref for FileBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            FileBytes::Mapped(m) => m,
            FileBytes::Read(v) => v,
        }
    }
}

impl FileBytes {
    /// The bytes as text (see [`super::decode_borrowed`]).
    pub fn text(&self) -> Cow<'_, str> {
        super::decode_borrowed(self).0
    }
}

/// The bytes of `path` (standard input for `-`), mapped when the file
/// can be.
pub fn file_bytes(path: &Path) -> Result<FileBytes> {
    if path.as_os_str() == "-" {
        return read_bytes(path).map(FileBytes::Read);
    }
    let file = std::fs::File::open(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let regular = file.metadata().is_ok_and(|m| m.is_file() && m.len() > 0);
    if regular {
        // SAFETY: the map is read-only and private to this process. A file
        // truncated by another program while sahel reads it would fault,
        // as it does for every tool that maps its inputs (ripgrep among
        // them); sahel reads its inputs once, at the start of a command.
        if let Ok(map) = unsafe { memmap2::Mmap::map(&file) } {
            #[cfg(unix)]
            let _ = map.advise(memmap2::Advice::Sequential);
            return Ok(FileBytes::Mapped(map));
        }
    }
    read_bytes(path).map(FileBytes::Read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapped_and_read_bytes_are_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.csv");
        std::fs::write(&p, "\u{feff}lieu\nSégou\n").unwrap();
        let b = file_bytes(&p).unwrap();
        assert!(matches!(b, FileBytes::Mapped(_)));
        assert_eq!(b.text(), "lieu\nSégou\n");
        let empty = dir.path().join("e.csv");
        std::fs::write(&empty, "").unwrap();
        assert!(file_bytes(&empty).unwrap().is_empty());
        let latin1 = dir.path().join("l.csv");
        std::fs::write(&latin1, b"S\xe9gou").unwrap();
        assert_eq!(file_bytes(&latin1).unwrap().text(), "Ségou");
    }

    #[test]
    fn a_missing_file_is_named() {
        let e = file_bytes(Path::new("/nonexistent/a.geojson"))
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("/nonexistent/a.geojson"), "{e}");
    }
}
