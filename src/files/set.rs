//! A set of outputs that readers see whole: the files of one `report`.
//!
//! The files are written into a staging directory beside the target, and
//! the finished set is swapped in with one rename, so that a reader (QGIS,
//! a script, a web server) sees the old set or the new set, never new
//! incidents beside an old map. A lock file in the target keeps two runs
//! from writing into it at once: the second fails at once, naming the
//! first.
//!
//! Files in the target that are not part of the set (the user's own) are
//! carried into the new directory as hard links, so they stay as they
//! were. Where the whole directory cannot be swapped (it holds
//! subdirectories, it is a symbolic link, a mount point, or the working
//! directory), the finished files are renamed in one after another
//! instead: each file is still whole, and the window in which old and new
//! files sit side by side is the few microseconds between renames.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let target = dir.path().join("out");
//! let mut set = sahel::files::set::StagedSet::begin(&target).unwrap();
//! sahel::files::write_atomic(&set.path("a.txt"), b"one").unwrap();
//! sahel::files::write_atomic(&set.path("b.txt"), b"two").unwrap();
//! let files = set.commit().unwrap();
//! assert_eq!(files, [target.join("a.txt"), target.join("b.txt")]);
//! assert_eq!(std::fs::read_to_string(target.join("b.txt")).unwrap(), "two");
//! ```

use super::{atomic::sync_directory, stale, Error, Result};
use std::path::{Path, PathBuf};

/// The lock file's name in a target directory.
pub const LOCK_NAME: &str = ".sahel-lock";

/// A set of files being written for `target`; see the module's
/// documentation. Dropped without [`StagedSet::commit`], it removes what
/// it staged and leaves the target as it was.
#[derive(Debug)]
pub struct StagedSet {
    target: PathBuf,
    staging: PathBuf,
    whole: bool,
    names: Vec<String>,
    committed: bool,
    _lock: DirLock,
}

fn stage_error(dir: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Stage {
        dir: dir.to_path_buf(),
        source,
    }
}

impl StagedSet {
    /// Creates `target` if needed, locks it against other sahel runs and
    /// makes an empty staging directory for the new set.
    pub fn begin(target: &Path) -> Result<StagedSet> {
        std::fs::create_dir_all(target).map_err(stage_error(target))?;
        let lock = DirLock::take(target)?;
        let whole = can_swap_whole(target);
        let (parent, name) = parent_and_name(target);
        stale::remove_stale(&parent);
        stale::remove_stale(target);
        let staging = if whole {
            parent.join(format!("{}{}-staging", stale::temp_prefix(), name))
        } else {
            target.join(format!("{}staging", stale::temp_prefix()))
        };
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir(&staging).map_err(stage_error(&staging))?;
        Ok(StagedSet {
            target: target.to_path_buf(),
            staging,
            whole,
            names: Vec::new(),
            committed: false,
            _lock: lock,
        })
    }

    /// Where to write the set's file `name` (in the staging directory).
    /// The order of the calls is the order [`StagedSet::commit`] returns.
    pub fn path(&mut self, name: &str) -> PathBuf {
        if !self.names.iter().any(|n| n == name) {
            self.names.push(name.to_string());
        }
        self.staging.join(name)
    }

    /// `e` with a staged file's path replaced by the path it will have in
    /// the target, for messages.
    pub fn as_target(&self, e: Error) -> Error {
        match e {
            Error::Write { path, step, source } => {
                let path = match path.strip_prefix(&self.staging) {
                    Ok(rest) => self.target.join(rest),
                    Err(_) => path,
                };
                Error::Write { path, step, source }
            }
            other => other,
        }
    }

    /// Swaps the finished set in; returns the files' final paths.
    pub fn commit(mut self) -> Result<Vec<PathBuf>> {
        let finals: Vec<PathBuf> = self.names.iter().map(|n| self.target.join(n)).collect();
        if self.whole && self.swap_whole().is_ok() {
            self.committed = true;
            return Ok(finals);
        }
        for (name, to) in self.names.iter().zip(&finals) {
            let from = self.staging.join(name);
            std::fs::rename(&from, to).map_err(|source| Error::Write {
                path: to.clone(),
                step: super::WriteStep::Replace,
                source,
            })?;
        }
        sync_directory(&self.target);
        Ok(finals)
    }

    /// Carries the target's other files into the staging directory and
    /// exchanges the two directories.
    fn swap_whole(&mut self) -> std::io::Result<()> {
        for entry in std::fs::read_dir(&self.target)? {
            let entry = entry?;
            let name = entry.file_name();
            let ours = name
                .to_str()
                .is_some_and(|n| self.names.iter().any(|s| s == n));
            if !ours {
                std::fs::hard_link(entry.path(), self.staging.join(&name))?;
            }
        }
        exchange(&self.staging, &self.target)?;
        // The old set is now at the staging path.
        let _ = std::fs::remove_dir_all(&self.staging);
        self.committed = true;
        let (parent, _) = parent_and_name(&self.target);
        sync_directory(&parent);
        Ok(())
    }
}

impl Drop for StagedSet {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

/// The directory holding `dir` and `dir`'s own name, for a path given as
/// `out`, `a/out/`, `.` or `/abs/out`.
fn parent_and_name(dir: &Path) -> (PathBuf, String) {
    let full = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let parent = full
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("/"));
    let name = full
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (parent, name)
}

/// Whether `target` can be replaced as a whole directory: a real
/// directory (not a link) holding only files, which is not the working
/// directory or one of its ancestors (a shell sitting in it would be left
/// in the removed old one), and not the root of a file system.
fn can_swap_whole(target: &Path) -> bool {
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return false;
    };
    if !meta.is_dir() {
        return false;
    }
    let Ok(full) = std::fs::canonicalize(target) else {
        return false;
    };
    if std::env::current_dir()
        .and_then(std::fs::canonicalize)
        .is_ok_and(|cwd| cwd.starts_with(&full))
    {
        return false;
    }
    let Some(parent) = full.parent() else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if std::fs::metadata(parent).is_ok_and(|p| p.dev() != meta.dev()) {
            return false;
        }
    }
    std::fs::read_dir(target).is_ok_and(|entries| {
        entries
            .flatten()
            .all(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
    })
}

/// Exchanges two directories in one step where the system can; elsewhere
/// in two renames (the target is briefly absent, never mixed).
fn exchange(staged: &Path, target: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::ffi::OsStrExt;
        let a = std::ffi::CString::new(staged.as_os_str().as_bytes())?;
        let b = std::ffi::CString::new(target.as_os_str().as_bytes())?;
        // SAFETY: two valid NUL-terminated paths; renameat2 reads them only.
        let r = unsafe {
            libc::syscall(
                libc::SYS_renameat2,
                libc::AT_FDCWD,
                a.as_ptr(),
                libc::AT_FDCWD,
                b.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if r == 0 {
            return Ok(());
        }
    }
    // No exchange here (another system, or a file system without it):
    // move the old set aside, the new one in, and the old one to the
    // staging path where the caller removes it.
    let aside = staged.with_extension("old");
    std::fs::rename(target, &aside)?;
    if let Err(e) = std::fs::rename(staged, target) {
        let _ = std::fs::rename(&aside, target);
        return Err(e);
    }
    std::fs::rename(&aside, staged)
}

/// An exclusive lock on a directory's [`LOCK_NAME`] file, held until
/// dropped, when the file is removed. The file keeps the holder's process
/// id, for the message the next run gives.
#[derive(Debug)]
struct DirLock {
    path: PathBuf,
    _file: std::fs::File,
}

impl DirLock {
    fn take(dir: &Path) -> Result<DirLock> {
        let path = dir.join(LOCK_NAME);
        loop {
            let file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(stage_error(dir))?;
            #[cfg(unix)]
            {
                use std::io::{Seek, Write};
                use std::os::unix::fs::MetadataExt;
                use std::os::unix::io::AsRawFd;
                // SAFETY: a valid open descriptor; flock takes no pointers.
                let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
                if r != 0 {
                    let holder = std::fs::read_to_string(&path)
                        .ok()
                        .and_then(|s| s.trim().parse().ok());
                    return Err(Error::Locked {
                        dir: dir.to_path_buf(),
                        holder,
                    });
                }
                // The holder before us removes the file as it lets go: if
                // the name no longer leads to the file we locked, lock the
                // new one instead.
                let same = match (file.metadata(), std::fs::metadata(&path)) {
                    (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
                    _ => false,
                };
                if !same {
                    continue;
                }
                let mut f = &file;
                let _ = f.set_len(0);
                let _ = f.rewind();
                let _ = writeln!(f, "{}", std::process::id());
            }
            return Ok(DirLock { path, _file: file });
        }
    }
}

impl Drop for DirLock {
    fn drop(&mut self) {
        // Removed while still locked, so that no one locks the old file
        // after us (see the check in `take`).
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_new_set_replaces_the_old_one_and_keeps_the_users_files() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("a.txt"), "old a").unwrap();
        std::fs::write(target.join("notes.md"), "mine").unwrap();
        let mut set = StagedSet::begin(&target).unwrap();
        crate::files::write_atomic(&set.path("a.txt"), b"new a").unwrap();
        // Until the commit, readers see the old set only.
        assert_eq!(
            std::fs::read_to_string(target.join("a.txt")).unwrap(),
            "old a"
        );
        set.commit().unwrap();
        assert_eq!(
            std::fs::read_to_string(target.join("a.txt")).unwrap(),
            "new a"
        );
        assert_eq!(
            std::fs::read_to_string(target.join("notes.md")).unwrap(),
            "mine"
        );
        assert_eq!(names(&target), ["a.txt", "notes.md"], "no lock left");
        assert_eq!(names(dir.path()), ["out"], "no staging left beside it");
    }

    #[test]
    fn an_abandoned_set_leaves_the_old_one_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("a.txt"), "old").unwrap();
        {
            let mut set = StagedSet::begin(&target).unwrap();
            crate::files::write_atomic(&set.path("a.txt"), b"new").unwrap();
            // Dropped: a later file failed.
        }
        assert_eq!(
            std::fs::read_to_string(target.join("a.txt")).unwrap(),
            "old"
        );
        assert_eq!(names(dir.path()), ["out"]);
    }

    #[test]
    fn a_directory_with_subdirectories_gets_its_files_one_by_one() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out");
        std::fs::create_dir_all(target.join("keep")).unwrap();
        std::fs::write(target.join("keep/x"), "x").unwrap();
        let mut set = StagedSet::begin(&target).unwrap();
        crate::files::write_atomic(&set.path("a.txt"), b"new").unwrap();
        set.commit().unwrap();
        assert_eq!(names(&target), ["a.txt", "keep"]);
        assert_eq!(std::fs::read_to_string(target.join("keep/x")).unwrap(), "x");
    }

    #[cfg(unix)]
    #[test]
    fn a_second_writer_is_refused_with_the_first_ones_id() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out");
        let _first = StagedSet::begin(&target).unwrap();
        let e = StagedSet::begin(&target).unwrap_err();
        let text = e.to_string();
        assert!(
            text.contains("out") && text.contains(&std::process::id().to_string()),
            "{text}"
        );
    }
}
