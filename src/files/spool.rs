//! Round trips through a temporary file, for libraries that read and write
//! only named files (SQLite) or want a sink of their own (Parquet): the
//! bytes come from or go to any stream, standard input and output included.
//!
//! ```
//! let mut out = Vec::new();
//! sahel::files::spool_out(&mut out, |path| std::fs::write(path, b"layer")).unwrap();
//! assert_eq!(out, b"layer");
//! let n = sahel::files::spool_in(b"abc", |path| std::fs::read(path).map(|b| b.len())).unwrap();
//! assert_eq!(n, 3);
//! ```

use std::io::Write;
use std::path::Path;

/// Runs `build` on the path of a new temporary file, then copies that file
/// to `w`. The temporary file is removed whatever happens.
pub fn spool_out<E: From<std::io::Error>>(
    w: &mut dyn Write,
    build: impl FnOnce(&Path) -> Result<(), E>,
) -> Result<(), E> {
    let file = tempfile::NamedTempFile::new()?;
    build(file.path())?;
    let mut f = std::fs::File::open(file.path())?;
    std::io::copy(&mut f, w)?;
    Ok(())
}

/// Writes `bytes` to a new temporary file and runs `read` on its path.
pub fn spool_in<T, E: From<std::io::Error>>(
    bytes: &[u8],
    read: impl FnOnce(&Path) -> Result<T, E>,
) -> Result<T, E> {
    let mut file = tempfile::NamedTempFile::new()?;
    file.write_all(bytes)?;
    file.flush()?;
    read(file.path())
}
