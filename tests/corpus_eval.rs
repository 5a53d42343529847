//! `sahel eval` on the corpus in `tests/corpus/`: dispatches and incident
//! lines written for sahel in the shapes of real French reporting on the
//! Sahel (wire and broadcast copy, Malian press, army communiqués, NGO
//! reports, security logs), annotated by hand in the seeds' gold format.
//!
//! The floors are the figures the extractor reaches today, rounded down:
//! extraction is deterministic, so a change that loses incidents, places,
//! dates, types or tolls on real phrasing fails here.

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn eval(args: &[&str]) -> serde_json::Value {
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .arg("eval")
        .args(args)
        .arg("--json")
        .output()
        .expect("run sahel");
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON scores")
}

/// Asserts each score is at least its floor, printing what went wrong.
fn at_least(name: &str, s: &serde_json::Value, floors: &[(&str, f64)]) {
    let problems = serde_json::to_string_pretty(&s["problems"]).unwrap();
    for (k, floor) in floors {
        let v = s[*k].as_f64().unwrap();
        assert!(v >= *floor, "{name}: {k} {v:.3} < {floor}\n{problems}");
    }
}

fn articles(set: &str) -> serde_json::Value {
    let dir = corpus().join(set);
    eval(&[
        "--gold",
        dir.join("gold.json").to_str().unwrap(),
        "--articles",
        dir.join("articles").to_str().unwrap(),
    ])
}

#[test]
fn wire_and_broadcast_dispatches() {
    let s = articles("wire");
    assert!(s["gold"].as_u64().unwrap() >= 95);
    at_least(
        "wire",
        &s,
        &[
            ("recall", 0.94),
            ("precision", 0.98),
            ("place_accuracy", 0.98),
            ("date_accuracy", 0.90),
            ("type_accuracy", 0.94),
            ("toll_accuracy", 0.92),
        ],
    );
}

#[test]
fn malian_press_communiques_and_reports() {
    let s = articles("local");
    assert!(s["gold"].as_u64().unwrap() >= 145);
    at_least(
        "local",
        &s,
        &[
            ("recall", 0.925),
            ("precision", 0.945),
            ("place_accuracy", 0.955),
            ("date_accuracy", 0.93),
            ("type_accuracy", 0.90),
            ("toll_accuracy", 0.89),
        ],
    );
}

#[test]
fn burkina_and_niger_dispatches() {
    let s = articles("bfne");
    assert!(s["gold"].as_u64().unwrap() >= 41);
    at_least(
        "bfne",
        &s,
        &[
            ("recall", 0.97),
            ("precision", 0.97),
            ("place_accuracy", 0.97),
            ("date_accuracy", 0.97),
            ("type_accuracy", 0.97),
            ("toll_accuracy", 0.97),
        ],
    );
}

#[test]
fn one_line_incident_descriptions() {
    let dir = corpus().join("lines");
    let s = eval(&[
        "--gold",
        dir.join("gold.json").to_str().unwrap(),
        "--articles",
        dir.join("lines.csv").to_str().unwrap(),
        "--text-column",
        "description",
        "--date-column",
        "date",
        "--region-column",
        "region",
    ]);
    assert!(s["gold"].as_u64().unwrap() >= 183);
    at_least(
        "lines",
        &s,
        &[
            ("recall", 0.96),
            ("precision", 0.975),
            ("place_accuracy", 0.98),
            ("date_accuracy", 0.99),
            ("type_accuracy", 0.96),
            ("toll_accuracy", 0.95),
        ],
    );
}

#[test]
fn every_line_with_an_incident_gives_one() {
    // Fewer than 10 % of the one-line descriptions that report an incident
    // may give nothing.
    let dir = corpus().join("lines");
    let out = tempfile::tempdir().unwrap();
    let csv = out.path().join("found.csv");
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(["extract", dir.join("lines.csv").to_str().unwrap()])
        .args(["--text-column", "description", "--date-column", "date"])
        .args(["--region-column", "region", "-o", csv.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).unwrap()).unwrap();
    let with_incident: std::collections::HashSet<String> = gold["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            i["article"]
                .as_str()
                .unwrap()
                .rsplit(':')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut r = csv::Reader::from_path(&csv).unwrap();
    let h = r.headers().unwrap().clone();
    let row = h.iter().position(|c| c == "row").unwrap();
    let id = h.iter().position(|c| c == "event_id").unwrap();
    let mut found = std::collections::HashSet::new();
    for rec in r.records() {
        let rec = rec.unwrap();
        if !rec[id].is_empty() {
            found.insert(rec[row].to_string());
        }
    }
    let missed = with_incident.iter().filter(|l| !found.contains(*l)).count();
    assert!(
        (missed as f64) < 0.1 * with_incident.len() as f64,
        "{missed} of {} lines with an incident gave nothing",
        with_incident.len()
    );
}
