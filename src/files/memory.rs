//! How much memory this process may use, and a check made before a
//! command starts: a run that would pass its limit is refused with the
//! figures, instead of aborting minutes later on a failed allocation.
//!
//! Two limits are read: the address-space limit (`ulimit -v`) and the
//! memory cgroup the process runs in (v2 `memory.max`, v1
//! `memory.limit_in_bytes`, less what the group already uses).
//!
//! ```
//! use sahel::files::memory::{check, Limit, LimitSource};
//! use std::path::PathBuf;
//! let group = Limit { bytes: 500_000_000, source: LimitSource::Cgroup(PathBuf::from("/sys/fs/cgroup/memory.max")) };
//! assert!(check("report", 450_000_000, Some(&group)).is_ok());
//! let e = check("report", 900_000_000, Some(&group)).unwrap_err();
//! assert!(e.to_string().contains("about 900.0 MB of memory"), "{e}");
//! assert!(e.to_string().contains("500.0 MB (cgroup /sys/fs/cgroup/memory.max)"), "{e}");
//! // Address space holds the allocator's reserve besides: half again.
//! let ulimit = Limit { bytes: 500_000_000, source: LimitSource::AddressSpace };
//! let e = check("report", 450_000_000, Some(&ulimit)).unwrap_err();
//! assert!(e.to_string().contains("about 675.0 MB of address space"), "{e}");
//! assert!(check("report", 900_000_000, None).is_ok());
//! ```

use super::{human_bytes, Error, Result};
use std::path::{Path, PathBuf};

/// Where a memory limit comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LimitSource {
    /// The process's address-space limit (`ulimit -v`, `RLIMIT_AS`).
    AddressSpace,
    /// A memory cgroup's limit, less what its processes already use.
    Cgroup(PathBuf),
}

impl std::fmt::Display for LimitSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimitSource::AddressSpace => f.write_str("ulimit -v"),
            LimitSource::Cgroup(p) => write!(f, "cgroup {}", p.display()),
        }
    }
}

/// The memory this process may still take, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limit {
    /// Bytes.
    pub bytes: u64,
    /// Which limit it is.
    pub source: LimitSource,
}

/// Figures at or above this are "no limit" (cgroup v1 writes 2^63 rounded
/// down to a page).
const UNLIMITED: u64 = 1 << 60;

/// The tightest memory limit on this process, if any.
pub fn limit() -> Option<Limit> {
    [address_space_limit(), cgroup_limit()]
        .into_iter()
        .flatten()
        .min_by_key(|l| l.bytes)
}

/// Refuses a command (`what`) whose estimated need (resident bytes)
/// passes the limit. With no limit, or a need within it, it is `Ok`.
///
/// An address-space limit counts what the allocator has reserved and not
/// yet returned besides what is resident: `report` on 100,000 incidents,
/// 495 MB resident at its peak, aborted under `ulimit -v` 600 MB and ran
/// under 700 MB. Against that limit the need counts half again.
pub fn check(what: &str, need: u64, limit: Option<&Limit>) -> Result<()> {
    let Some(l) = limit else {
        return Ok(());
    };
    let (need, of) = match l.source {
        LimitSource::AddressSpace => (need.saturating_add(need / 2), "of address space"),
        LimitSource::Cgroup(_) => (need, "of memory"),
    };
    if need > l.bytes {
        return Err(Error::NotEnoughMemory {
            what: what.to_string(),
            need: format!("{} {of}", human_bytes(need)),
            limit: format!("{} ({})", human_bytes(l.bytes), l.source),
        });
    }
    Ok(())
}

#[cfg(unix)]
fn address_space_limit() -> Option<Limit> {
    let mut r = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes one rlimit into the struct it is given.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut r) } == 0;
    // rlim_t is u64 on Linux and i64 or u64 elsewhere.
    #[allow(clippy::unnecessary_cast)]
    let bytes = r.rlim_cur as u64;
    (ok && r.rlim_cur != libc::RLIM_INFINITY && bytes < UNLIMITED).then_some(Limit {
        bytes,
        source: LimitSource::AddressSpace,
    })
}

#[cfg(not(unix))]
fn address_space_limit() -> Option<Limit> {
    None
}

/// The limit of the memory cgroup named in `/proc/self/cgroup`, or of the
/// nearest parent group that sets one.
fn cgroup_limit() -> Option<Limit> {
    let table = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    cgroup_limit_in(Path::new("/sys/fs/cgroup"), &table)
}

/// [`cgroup_limit`] with the cgroup mount and `/proc/self/cgroup` given,
/// so that tests can lay out a tree of their own.
fn cgroup_limit_in(root: &Path, table: &str) -> Option<Limit> {
    let mut best: Option<Limit> = None;
    for line in table.lines() {
        let mut parts = line.splitn(3, ':');
        let (_, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
        let path = path.trim_start_matches('/');
        let (base, max_file, used_file) = if controllers.is_empty() {
            (root.to_path_buf(), "memory.max", "memory.current")
        } else if controllers.split(',').any(|c| c == "memory") {
            (
                root.join("memory"),
                "memory.limit_in_bytes",
                "memory.usage_in_bytes",
            )
        } else {
            continue;
        };
        // Inside a container the group's own path is often not mounted:
        // the mount's root is then the group itself.
        let mut dir = base.join(path);
        if !dir.is_dir() {
            dir = base.clone();
        }
        loop {
            if let Some(max) = read_number(&dir.join(max_file)).filter(|&m| m < UNLIMITED) {
                let used = read_number(&dir.join(used_file)).unwrap_or(0);
                let left = max.saturating_sub(used);
                if best.as_ref().is_none_or(|b| left < b.bytes) {
                    best = Some(Limit {
                        bytes: left,
                        source: LimitSource::Cgroup(dir.join(max_file)),
                    });
                }
            }
            if dir == base || !dir.pop() {
                break;
            }
        }
    }
    best
}

/// A file holding one number ("max" is no number).
fn read_number(path: &Path) -> Option<u64> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// Reads a whole file into memory, reserving its size first so that a
/// file too large for the memory left is an error naming it rather than
/// an abort.
pub(super) fn read_reserved(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let read_error = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut file = std::fs::File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    let mut bytes = Vec::new();
    let want = usize::try_from(size).unwrap_or(usize::MAX);
    // One spare byte: read_to_end probes for the end past the size.
    bytes
        .try_reserve_exact(want.saturating_add(1))
        .map_err(|_| Error::TooLarge {
            path: path.to_path_buf(),
            size: human_bytes(size),
        })?;
    file.read_to_end(&mut bytes).map_err(read_error)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_v2_group_limit_is_read_less_its_use() {
        let root = tempfile::tempdir().unwrap();
        let group = root.path().join("user.slice/job");
        std::fs::create_dir_all(&group).unwrap();
        std::fs::write(group.join("memory.max"), "536870912\n").unwrap();
        std::fs::write(group.join("memory.current"), "36870912\n").unwrap();
        // A parent with no limit ("max") does not count.
        std::fs::write(root.path().join("user.slice/memory.max"), "max\n").unwrap();
        let l = cgroup_limit_in(root.path(), "0::/user.slice/job\n").unwrap();
        assert_eq!(l.bytes, 500_000_000);
        assert_eq!(l.source, LimitSource::Cgroup(group.join("memory.max")));
    }

    #[test]
    fn a_v1_limit_at_the_mount_root_is_read_and_no_limit_is_none() {
        let root = tempfile::tempdir().unwrap();
        let mem = root.path().join("memory");
        std::fs::create_dir_all(&mem).unwrap();
        std::fs::write(mem.join("memory.limit_in_bytes"), "9223372036854771712\n").unwrap();
        std::fs::write(mem.join("memory.usage_in_bytes"), "1000\n").unwrap();
        let table = "4:memory:/process_api/abc\n1:cpu:/\n";
        assert_eq!(cgroup_limit_in(root.path(), table), None);
        std::fs::write(mem.join("memory.limit_in_bytes"), "2000000000\n").unwrap();
        assert_eq!(
            cgroup_limit_in(root.path(), table).unwrap().bytes,
            1_999_999_000
        );
    }

    #[test]
    fn a_file_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, "Attaque à Gao.").unwrap();
        assert_eq!(read_reserved(&p).unwrap(), "Attaque à Gao.".as_bytes());
        let e = read_reserved(&dir.path().join("absent.txt")).unwrap_err();
        assert!(e.to_string().contains("absent.txt"));
    }
}
