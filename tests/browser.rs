//! The interactive map (`sahel map -o map.html`) in a real browser:
//! headless Chromium with the network cut, as an analyst on a closed
//! connection would open it. Skipped with a message where Chromium
//! (Debian's `chromium`, which .ci/run installs) is absent.

use std::path::{Path, PathBuf};
use std::process::Command;

fn sahel(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(args)
        .output()
        .unwrap()
}

fn chromium() -> Option<PathBuf> {
    for c in ["chromium", "chromium-browser", "google-chrome"] {
        if Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Some(PathBuf::from(c));
        }
    }
    eprintln!("skipping: chromium not found (apt-get install chromium to run this test)");
    None
}

/// Chromium headless, with every way out closed: no proxy reachable, no
/// name resolves, no background traffic of its own.
fn browser(exe: &Path, profile: &Path) -> Command {
    let mut c = Command::new(exe);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--proxy-server=http://127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=15000",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

/// The page's own self-test (`#selftest`): what the map holds once built,
/// with the errors and requests it saw.
fn self_test(exe: &Path, page: &Path) -> (serde_json::Value, String) {
    let profile = tempfile::tempdir().unwrap();
    let o = browser(exe, profile.path())
        .arg("--dump-dom")
        .arg(format!("file://{}#selftest", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    let start = dom
        .find(r#"<pre id="sahel-selftest">"#)
        .unwrap_or_else(|| panic!("no self-test result in the page; chromium said: {stderr}"));
    let body = &dom[start..];
    let body = &body[body.find('>').unwrap() + 1..body.find("</pre>").unwrap()];
    (serde_json::from_str(body).unwrap(), stderr)
}

#[test]
fn interactive_map_works_offline_in_a_browser() {
    let Some(exe) = chromium() else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let page = d.path().join("map.html");
    let o = sahel(&[
        "map",
        "examples/dispatches",
        "--clusters",
        "--min-points",
        "2",
        "--ring",
        "Gao,100",
        "-o",
        page.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // The incidents the page should show: every placed one.
    let gj = sahel(&["extract", "examples/dispatches"]);
    let gj: serde_json::Value = serde_json::from_slice(&gj.stdout).unwrap();
    let features = gj["features"].as_array().unwrap();
    let placed = features.iter().filter(|f| !f["geometry"].is_null()).count();
    assert!(placed >= 10);

    let (r, stderr) = self_test(&exe, &page);
    assert_eq!(r["errors"], serde_json::json!([]), "console errors: {r}");
    assert_eq!(
        r["requests"],
        serde_json::json!([]),
        "requests left the file: {r}"
    );
    assert!(
        !stderr.contains(":CONSOLE("),
        "the browser logged console messages: {stderr}"
    );
    assert_eq!(r["total"], placed, "{r}");
    assert_eq!(r["markers"], placed, "markers drawn on the map: {r}");
    // The popup shows an incident's own sentence.
    let popup = r["popup_text"].as_str().unwrap();
    let sentences: Vec<&str> = features
        .iter()
        .flat_map(|f| f["properties"]["source_sentences"].as_str())
        .flat_map(|s| s.split("| "))
        .collect();
    assert!(
        sentences
            .iter()
            .any(|s| !s.is_empty() && popup.contains(s.trim())),
        "popup without a source sentence: {popup}"
    );
    // Narrowing the dates to their first half shows fewer incidents.
    let (before, after) = (
        r["count_before"].as_u64().unwrap(),
        r["count_after"].as_u64().unwrap(),
    );
    assert_eq!(before as usize, placed);
    assert!(after < before && after > 0, "{r}");

    // A screenshot, kept under output/ for a person to look at, and not
    // blank: the map, its markers and its panel have many colours.
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("output");
    std::fs::create_dir_all(&out_dir).unwrap();
    let shot = out_dir.join("map-html.png");
    let _ = std::fs::remove_file(&shot);
    let profile = tempfile::tempdir().unwrap();
    let o = browser(&exe, profile.path())
        .args(["--hide-scrollbars", "--window-size=1400,900"])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}#popup", page.display()))
        .output()
        .unwrap();
    assert!(
        shot.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let img = image::open(&shot).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (1400, 900));
    let mut colours = std::collections::HashSet::new();
    for p in img.pixels() {
        colours.insert(p.0);
    }
    assert!(
        colours.len() > 200,
        "a blank page: {} colours",
        colours.len()
    );
}

#[test]
fn interactive_map_refuses_picture_only_options() {
    let d = tempfile::tempdir().unwrap();
    let page = d.path().join("map.html");
    let o = sahel(&[
        "map",
        "examples/dispatches",
        "--choropleth",
        "deaths",
        "-o",
        page.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("map.html") && e.contains("--choropleth"), "{e}");
    assert!(!page.exists(), "nothing written");
}
