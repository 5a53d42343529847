//! Temporary files and staging directories that a killed run left behind.
//!
//! Everything sahel writes beside an output starts with `.sahel-<pid>-`,
//! the id of the process that wrote it. A run that was killed (or ran out
//! of memory) cannot remove its own; the next run that writes into the same
//! directory removes those whose process no longer exists. It looks in that
//! directory only, and only at names of that shape.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The prefix of this process's temporary names: `.sahel-<pid>-`.
pub fn temp_prefix() -> String {
    format!(".sahel-{}-", std::process::id())
}

/// The process id in a name sahel gave a temporary file or directory
/// (`.sahel-4242-abc.tmp` → 4242), or `None` for any other name.
///
/// ```
/// use sahel::files::stale::writer_of;
/// assert_eq!(writer_of(".sahel-4242-x1y2.tmp"), Some(4242));
/// assert_eq!(writer_of(".sahel-x1y2.tmp"), None);
/// assert_eq!(writer_of("incidents.csv"), None);
/// ```
pub fn writer_of(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(".sahel-")?;
    let (pid, _) = rest.split_once('-')?;
    if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether a process with this id exists. Where this cannot be known, it
/// is assumed to exist, so nothing is removed.
pub fn process_exists(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return true;
        };
        // SAFETY: signal 0 only checks that the process exists and may be
        // signalled; nothing is sent.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// Removes from `dir` the temporary files and staging directories of sahel
/// processes that no longer exist. Returns what was removed. Errors (a
/// directory that cannot be listed, a file another user owns) are ignored:
/// cleaning up is a courtesy, never a reason to fail.
pub fn remove_stale(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(writer_of) else {
            continue;
        };
        if pid == std::process::id() || process_exists(pid) {
            continue;
        }
        let path = entry.path();
        let gone = match entry.file_type() {
            Ok(t) if t.is_dir() => std::fs::remove_dir_all(&path).is_ok(),
            Ok(_) => std::fs::remove_file(&path).is_ok(),
            Err(_) => false,
        };
        if gone {
            removed.push(path);
        }
    }
    removed
}

/// [`remove_stale`] once per directory per process: a report writes many
/// files into one directory.
pub(super) fn remove_stale_once(dir: &Path) {
    static DONE: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let first = DONE
        .lock()
        .map(|mut d| d.get_or_insert_with(HashSet::new).insert(key))
        .unwrap_or(false);
    if first {
        remove_stale(dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A process id that is not running: a child that has exited and been
    /// reaped.
    #[cfg(unix)]
    fn dead_pid() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    #[cfg(unix)]
    #[test]
    fn leftovers_of_dead_processes_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dead_pid();
        let live = std::process::id();
        let names = [
            format!(".sahel-{dead}-abc.tmp"),
            format!(".sahel-{live}-def.tmp"),
            "incidents.csv".to_string(),
            ".sahel-notes.txt".to_string(),
        ];
        for n in &names {
            std::fs::write(dir.path().join(n), b"x").unwrap();
        }
        let staging = dir.path().join(format!(".sahel-{dead}-report-staging"));
        std::fs::create_dir(&staging).unwrap();
        std::fs::write(staging.join("map.png"), b"x").unwrap();
        let removed = remove_stale(dir.path());
        assert_eq!(removed.len(), 2, "{removed:?}");
        assert!(!staging.exists());
        assert!(!dir.path().join(&names[0]).exists());
        for n in &names[1..] {
            assert!(dir.path().join(n).exists(), "{n} kept");
        }
    }

    #[test]
    fn this_process_exists() {
        assert!(process_exists(std::process::id()));
    }
}
