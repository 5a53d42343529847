//! Outputs under stress, as a user meets it: a run killed in the middle of
//! writing, two reports into one directory at once, and a full disk. The
//! old files stay whole, no temporary file outlives the next run, and every
//! message names the file.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn sahel(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(args)
        .output()
        .expect("run sahel")
}

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sahel")
}

/// A GeoJSON of `n` incidents spread over central Mali, large enough that
/// writing the report's files takes a noticeable time.
fn many_incidents(dir: &Path, n: usize) -> PathBuf {
    let mut s = String::from("{\"type\":\"FeatureCollection\",\"features\":[");
    for i in 0..n {
        if i > 0 {
            s.push(',');
        }
        // A cheap spread of points, the same on every run.
        let lon = -4.0 + (i * 7919 % 4000) as f64 / 1000.0;
        let lat = 13.0 + (i * 104_729 % 4000) as f64 / 1000.0;
        s.push_str(&format!(
            "{{\"type\":\"Feature\",\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{lon},{lat}]}},\"properties\":{{\"id\":\"t-{i}\",\"date\":\"2021-{:02}-10\",\"event_type\":\"attack\",\"fatalities\":{}}}}}",
            1 + i % 12,
            i % 5
        ));
    }
    s.push_str("]}");
    let path = dir.join(format!("many-{n}.geojson"));
    std::fs::write(&path, s).unwrap();
    path
}

/// `sahel near` selecting every incident of `input` (2,000 km around
/// central Mali) into `out`: a write as large as the input.
fn near_all<'a>(input: &'a Path, out: &'a Path) -> [&'a str; 8] {
    [
        "near",
        input.to_str().unwrap(),
        "--at",
        "14.5,-2.0",
        "--radius",
        "2000",
        "-o",
        out.to_str().unwrap(),
    ]
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn sahel_leftovers(dir: &Path) -> Vec<String> {
    entries(dir)
        .into_iter()
        .filter(|n| n.starts_with(".sahel"))
        .collect()
}

/// The incidents count `report.md` states, and the rows of `incidents.csv`:
/// a whole set agrees.
fn counts(out: &Path) -> (usize, usize) {
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    let stated: usize = md
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| w[1].starts_with("incident"))
        .find_map(|w| w[0].trim_matches('*').replace(',', "").parse().ok())
        .unwrap_or_else(|| panic!("no incident count in report.md:\n{md}"));
    let rows = std::fs::read_to_string(out.join("incidents.csv"))
        .unwrap()
        .lines()
        .count()
        - 1;
    (stated, rows)
}

/// Waits until `dir` holds an entry made by process `pid`, or `limit`.
fn wait_for_entry_of(dir: &Path, pid: u32, limit: Duration) -> bool {
    let start = Instant::now();
    let prefix = format!(".sahel-{pid}-");
    while start.elapsed() < limit {
        if std::fs::read_dir(dir)
            .map(|rd| {
                rd.flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with(&prefix))
            })
            .unwrap_or(false)
        {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

#[test]
fn a_report_killed_while_writing_leaves_the_old_set_and_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out_s = out.to_str().unwrap();
    // The old set: the embedded examples.
    let o = sahel(&["report", "-o", out_s]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let old = counts(&out);
    assert_eq!(old.0, old.1);
    let before = std::fs::read(out.join("incidents.csv")).unwrap();

    let big = many_incidents(dir.path(), 60_000);
    let mut child = spawn(&["report", big.to_str().unwrap(), "-o", out_s]);
    let pid = child.id();
    // Kill it once it has started to stage the new set.
    assert!(
        wait_for_entry_of(dir.path(), pid, Duration::from_secs(60)),
        "the report never started staging"
    );
    std::thread::sleep(Duration::from_millis(50));
    if child.try_wait().unwrap().is_some() {
        eprintln!("skipped: the report finished before it could be killed (a fast machine)");
        return;
    }
    child.kill().unwrap();
    child.wait().unwrap();

    assert_eq!(
        std::fs::read(out.join("incidents.csv")).unwrap(),
        before,
        "the old incidents are untouched"
    );
    assert_eq!(counts(&out), old, "the old set is whole");

    // The next run removes what the killed one left behind.
    let o = sahel(&["report", "-o", out_s]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(sahel_leftovers(dir.path()), Vec::<String>::new());
    assert_eq!(sahel_leftovers(&out), Vec::<String>::new());
}

#[test]
fn a_killed_single_file_write_leaves_the_old_file_and_the_next_run_cleans_up() {
    let dir = tempfile::tempdir().unwrap();
    let big = many_incidents(dir.path(), 60_000);
    let target = dir.path().join("near.csv");
    std::fs::write(&target, "old\n").unwrap();
    let mut child = spawn(&near_all(&big, &target));
    let pid = child.id();
    let started = wait_for_entry_of(dir.path(), pid, Duration::from_secs(60));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
    if started {
        // A temporary file of the killed run may be there now ...
        let small = dir.path().join("small.csv");
        let o = sahel(&[
            "near",
            big.to_str().unwrap(),
            "--at",
            "14.5,-2.0",
            "--radius",
            "1",
            "-o",
            small.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        // ... and the next write into the directory removes it.
        assert_eq!(sahel_leftovers(dir.path()), Vec::<String>::new());
    }
}

#[test]
fn a_second_report_into_the_same_directory_is_refused_and_the_set_stays_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out_s = out.to_str().unwrap();
    let big = many_incidents(dir.path(), 60_000);
    let mut first = spawn(&["report", big.to_str().unwrap(), "-o", out_s]);
    let start = Instant::now();
    while !out.join(".sahel-lock").exists() && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(5));
    }
    let second = sahel(&["report", "-o", out_s]);
    let status = first.wait().unwrap();
    assert!(status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{err}");
    assert!(
        err.contains(out_s)
            && err.contains("another sahel run")
            && err.contains(&first.id().to_string()),
        "{err}"
    );
    let (stated, rows) = counts(&out);
    assert_eq!(
        (stated, rows),
        (60_000, 60_000),
        "the first run's whole set"
    );
    assert_eq!(sahel_leftovers(&out), Vec::<String>::new());
    assert_eq!(entries(dir.path()).len(), 2, "{:?}", entries(dir.path()));
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_device_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let big = many_incidents(dir.path(), 2_000);
    let o = sahel(&near_all(&big, Path::new("/dev/full")));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.starts_with("error: /dev/full: write failed"), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(
        !err.contains("Custom {") && !err.contains("IoError("),
        "{err}"
    );
}

/// A small file system, where the test may mount one (root, in a
/// container allowed to); `None` otherwise.
#[cfg(target_os = "linux")]
fn small_tmpfs(dir: &Path, size: &str) -> Option<MountGuard> {
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(dir)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    ok.then(|| MountGuard(dir.to_path_buf()))
}

#[cfg(target_os = "linux")]
struct MountGuard(PathBuf);

#[cfg(target_os = "linux")]
impl Drop for MountGuard {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_names_the_file_and_keeps_the_old_set() {
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("small");
    std::fs::create_dir(&mnt).unwrap();
    let Some(_guard) = small_tmpfs(&mnt, "3m") else {
        eprintln!(
            "skipped: cannot mount a small tmpfs here (needs root and a system that allows it)"
        );
        return;
    };
    let out = mnt.join("out");
    let out_s = out.to_str().unwrap();
    let o = sahel(&["report", "-o", out_s]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let old = counts(&out);
    let big = many_incidents(dir.path(), 40_000);
    let o = sahel(&["report", big.to_str().unwrap(), "-o", out_s]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    // Which file meets the full disk first depends on the file system's
    // block accounting, so any file of the set may be the one named; what
    // the user needs is its path in the output directory.
    let named = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .any(|f| err.contains(&format!("{out_s}/{f}:")));
    assert!(named, "names the file: {err}");
    assert_eq!(counts(&out), old, "the old set is whole");
    assert_eq!(sahel_leftovers(&mnt), Vec::<String>::new());
}

/// A sparse file of `len` bytes on paper, using no disk.
fn sparse_file(dir: &Path, name: &str, len: u64) -> PathBuf {
    let path = dir.join(name);
    std::fs::File::create(&path).unwrap().set_len(len).unwrap();
    path
}

/// `sahel ARGS` under an address-space limit (`ulimit -v`, in KiB).
fn sahel_limited(kib: u64, args: &[&str]) -> Output {
    let mut script = format!("ulimit -v {kib} && exec \"$0\"");
    for i in 1..=args.len() {
        script.push_str(&format!(" \"${i}\""));
    }
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_sahel"))
        .args(args)
        .output()
        .expect("run sahel under sh")
}

#[test]
fn a_command_too_large_for_the_memory_limit_is_refused_before_it_starts() {
    let dir = tempfile::tempdir().unwrap();
    let big = sparse_file(dir.path(), "acled.geojson", 600_000_000);
    let out = dir.path().join("out");
    let o = sahel_limited(
        800_000,
        &["report", big.to_str().unwrap(), "-o", out.to_str().unwrap()],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("report: these inputs need about"), "{err}");
    assert!(err.contains("(ulimit -v)"), "{err}");
    assert!(err.contains("--no-memory-check"), "{err}");
    assert!(!out.exists());
}

#[test]
fn a_file_larger_than_the_memory_left_is_an_error_naming_it_not_an_abort() {
    let dir = tempfile::tempdir().unwrap();
    let big = sparse_file(dir.path(), "dump.txt", 3_000_000_000);
    let out = dir.path().join("out.geojson");
    // Told to run anyway, the reader reserves the file's size first and
    // fails cleanly when the limit does not allow it.
    let o = sahel_limited(
        1_000_000,
        &[
            "extract",
            "--no-memory-check",
            big.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("dump.txt: cannot hold its 3.0 GB in memory"),
        "{err}"
    );
    assert!(!out.exists());
    assert!(sahel_leftovers(dir.path()).is_empty());
}
