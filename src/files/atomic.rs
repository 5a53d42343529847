//! Outputs written whole or not at all: to a temporary file beside the
//! target, flushed to the disk, renamed over the target, and the directory
//! flushed too, so that a kill, a crash or a power cut leaves either the
//! old file or the new one.
//!
//! Temporary files are named `.sahel-<pid>-…` (see [`super::stale`]), so a
//! later run can recognise and remove those a killed run left behind.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("out.txt");
//! sahel::files::write_atomic(&path, b"hello").unwrap();
//! assert_eq!(std::fs::read_to_string(&path).unwrap(), "hello");
//! ```

use super::{stale, Direct, Error, Result, WriteStep};
use std::io::Write;
use std::path::Path;

pub(super) fn write_error(
    path: &Path,
    step: WriteStep,
) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Write {
        path: path.to_path_buf(),
        step,
        source,
    }
}

/// Writes `bytes` to `path` through a temporary file and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    with_atomic_writer(path, |w| {
        w.write_all(bytes)
            .map_err(write_error(path, WriteStep::Write { written: 0 }))
    })
}

/// A writer that counts the bytes that reached the file and keeps the
/// first error, so that a failure deep inside a format's writer (a full
/// disk under the CSV or PNG encoder) is reported with the file's name and
/// how far it got, whatever error type the writer turned it into.
struct Tracked<W> {
    inner: W,
    written: u64,
    failed: Option<std::io::Error>,
}

impl<W: Write> Tracked<W> {
    fn keep<T>(&mut self, r: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &r {
            if self.failed.is_none() && e.kind() != std::io::ErrorKind::Interrupted {
                self.failed = Some(match e.raw_os_error() {
                    Some(code) => std::io::Error::from_raw_os_error(code),
                    None => std::io::Error::new(e.kind(), e.to_string()),
                });
            }
        }
        r
    }
}

impl<W: Write> Write for Tracked<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let r = self.inner.write(buf);
        if let Ok(n) = r {
            self.written += n as u64;
        }
        self.keep(r)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let r = self.inner.flush();
        self.keep(r)
    }
}

/// Runs `f` with a writer on a temporary file next to `path`; renames it
/// over `path` only if `f` succeeds. A `path` of `-` writes to stdout.
/// `f` may fail with any error that a files [`Error`] converts into; a
/// failure to write the bytes themselves is reported as
/// [`Error::Write`], naming `path` and how much had been written.
pub fn with_atomic_writer<F, E>(path: &Path, f: F) -> Result<(), E>
where
    F: FnOnce(&mut dyn Write) -> Result<(), E>,
    E: From<Error>,
{
    if path.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        f(&mut lock)?;
        lock.flush().map_err(Error::WriteStdout)?;
        return Ok(());
    }
    // A device, pipe or socket (/dev/null, a FIFO a script reads) is written
    // in place: renaming a file over it would replace the device itself.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(write_error(path, WriteStep::Open))?;
        return write_tracked(path, &mut file, f);
    }
    let tmp = temp_beside(path)?;
    write_staged(path, tmp.as_file(), f)?;
    publish(path, tmp, tmp_file_of)?;
    Ok(())
}

/// A new temporary file in `path`'s directory, named so that a later run
/// can tell it was left behind (see [`super::stale`]).
fn temp_beside(path: &Path) -> Result<tempfile::NamedTempFile> {
    let dir = directory_of(path);
    stale::remove_stale_once(dir);
    tempfile::Builder::new()
        .prefix(&stale::temp_prefix())
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| write_error(path, WriteStep::CreateIn(dir.to_path_buf()))(plain(e)))
}

/// The temporary file's own handle, for [`publish`] to flush.
fn tmp_file_of(tmp: &tempfile::NamedTempFile) -> std::io::Result<std::fs::File> {
    tmp.as_file().try_clone()
}

/// Flushes the finished temporary file to the disk (through the handle
/// `file_of` gives), makes it readable as an ordinary output, renames it
/// over `path` and flushes the directory.
fn publish(
    path: &Path,
    tmp: tempfile::NamedTempFile,
    file_of: impl Fn(&tempfile::NamedTempFile) -> std::io::Result<std::fs::File>,
) -> Result<()> {
    file_of(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(write_error(path, WriteStep::Sync))?;
    // tempfile creates files readable by their owner only; outputs are
    // ordinary files that others (and GIS tools run as other users) read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644));
    }
    tmp.persist(path)
        .map_err(|e| write_error(path, WriteStep::Replace)(e.error))?;
    sync_directory(directory_of(path));
    Ok(())
}

/// Runs `build` on the path of a new, empty temporary file next to `path`
/// and renames it over `path` only if `build` succeeds: for writers that
/// need a file of their own rather than a stream (SQLite). A `path` of `-`
/// or a device gets the finished file copied to it, as
/// [`with_atomic_writer`] would write it.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("layer.bin");
/// sahel::files::with_atomic_path(&path, |tmp| {
///     std::fs::write(tmp, b"built in place").map_err(sahel::io::Error::from)
/// }).unwrap();
/// assert_eq!(std::fs::read(&path).unwrap(), b"built in place");
/// ```
pub fn with_atomic_path<F, E>(path: &Path, build: F) -> Result<(), E>
where
    F: FnOnce(&Path) -> Result<(), E>,
    E: From<Error>,
{
    let in_place = path.as_os_str() != "-"
        && !std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if !in_place {
        // Built in the system's temporary directory, then copied.
        return with_atomic_writer(path, |w| {
            let failed = |e| E::from(write_error(path, WriteStep::Write { written: 0 })(e));
            let tmp = tempfile::NamedTempFile::new().map_err(|e| {
                E::from(write_error(path, WriteStep::CreateIn(std::env::temp_dir()))(plain(e)))
            })?;
            build(tmp.path())?;
            let mut file = std::fs::File::open(tmp.path()).map_err(failed)?;
            std::io::copy(&mut file, w).map_err(failed)?;
            Ok(())
        });
    }
    let tmp = temp_beside(path)?;
    build(tmp.path())?;
    // The builder wrote through its own handle: the file is opened again
    // to flush what it wrote.
    publish(path, tmp, |t| std::fs::File::open(t.path()))?;
    Ok(())
}

/// The system's reason alone: `tempfile` adds the path of the temporary
/// file it tried to make, a name the user never gave and that never existed.
fn plain(e: std::io::Error) -> std::io::Error {
    let code = e.raw_os_error().or_else(|| {
        e.get_ref()
            .and_then(|inner| inner.source())
            .and_then(|s| s.downcast_ref::<std::io::Error>())
            .and_then(std::io::Error::raw_os_error)
    });
    match code {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::from(e.kind()),
    }
}

/// Runs `f` on a buffered, tracked writer over `file` and flushes it.
fn write_tracked<F, E>(path: &Path, file: impl Write, f: F) -> Result<(), E>
where
    F: FnOnce(&mut dyn Write) -> Result<(), E>,
    E: From<Error>,
{
    let mut tracked = Tracked {
        inner: file,
        written: 0,
        failed: None,
    };
    let mut buf = std::io::BufWriter::with_capacity(1 << 16, &mut tracked);
    let r = f(&mut buf).and_then(|()| {
        buf.flush()
            .map_err(|e| E::from(write_error(path, WriteStep::Write { written: 0 })(e)))
    });
    drop(buf);
    outcome(path, r, tracked.failed, tracked.written)
}

/// Runs `f` on a [`Direct`] writer over the temporary file and writes
/// what it left in its buffer.
fn write_staged<F, E>(path: &Path, file: &std::fs::File, f: F) -> Result<(), E>
where
    F: FnOnce(&mut dyn Write) -> Result<(), E>,
    E: From<Error>,
{
    let mut tracked = Tracked {
        inner: Direct::new(file),
        written: 0,
        failed: None,
    };
    let r = f(&mut tracked).and_then(|()| {
        let end = tracked.inner.finish();
        tracked
            .keep(end)
            .map_err(|e| E::from(write_error(path, WriteStep::Write { written: 0 })(e)))
    });
    let written = tracked.inner.written();
    outcome(path, r, tracked.failed, written)
}

/// The result of a tracked write: when the bytes themselves could not be
/// written (`failed`), the error names the file and the `written` bytes
/// that had reached it, whatever the format's writer made of the error.
fn outcome<E: From<Error>>(
    path: &Path,
    r: Result<(), E>,
    failed: Option<std::io::Error>,
    written: u64,
) -> Result<(), E> {
    match (r, failed) {
        (Ok(()), _) => Ok(()),
        (Err(_), Some(source)) => Err(Error::Write {
            path: path.to_path_buf(),
            step: WriteStep::Write { written },
            source,
        }
        .into()),
        (Err(e), None) => Err(e),
    }
}

/// The directory a file `path` is in (`.` for a bare name).
pub(super) fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Flushes a directory's entries to the disk, so a rename survives a power
/// cut. Not every system can open a directory for this; where it cannot,
/// the rename is still atomic, only not yet durable.
pub(super) fn sync_directory(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_writer_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let r = with_atomic_writer(&path, |w| {
            w.write_all(b"partial").map_err(Error::WriteStdout)?;
            Err(Error::WriteStdout(std::io::Error::other("boom")))
        });
        assert!(r.is_err());
        assert!(!path.exists());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "temporary file removed"
        );
    }

    #[test]
    fn failed_writer_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomic(&path, b"old").unwrap();
        let _ = with_atomic_writer(&path, |_| {
            Err(Error::WriteStdout(std::io::Error::other("boom")))
        });
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_written_in_place_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        write_atomic(Path::new("/dev/null"), b"discarded").unwrap();
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device(),
            "/dev/null is still a device"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_device_is_reported_with_the_file_name_and_the_bytes_written() {
        // /dev/full fails every write with "no space left on device"; the
        // format's writer wraps it in its own error, which must not hide
        // the file's name.
        let mut wrote = 0;
        let r: Result<(), Error> = with_atomic_writer(Path::new("/dev/full"), |w| {
            for _ in 0..100 {
                // A writer that keeps no path in its error.
                w.write_all(&[b'x'; 10_000]).map_err(Error::WriteStdout)?;
                wrote += 10_000;
            }
            Ok(())
        });
        let e = r.unwrap_err();
        let text = format!("{}: {}", e, std::error::Error::source(&e).unwrap());
        assert!(text.starts_with("/dev/full: "), "{text}");
        assert!(text.contains("No space left"), "{text}");
        assert!(wrote > 0, "the buffer took the first writes");
    }

    #[test]
    fn unwritable_directory_is_a_clear_error() {
        let e = write_atomic(Path::new("/nonexistent-dir/x.csv"), b"x").unwrap_err();
        let text = format!("{e}");
        assert!(text.contains("/nonexistent-dir/x.csv"), "{text}");
        assert!(
            text.contains("cannot create a file in /nonexistent-dir"),
            "{text}"
        );
    }

    #[test]
    fn temporary_files_carry_the_process_id() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        let mut seen = Vec::new();
        let _ = with_atomic_writer(&path, |_| -> Result<()> {
            seen = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            Ok(())
        });
        assert_eq!(seen.len(), 1);
        assert!(
            seen[0].starts_with(&format!(".sahel-{}-", std::process::id())),
            "{seen:?}"
        );
    }
}
