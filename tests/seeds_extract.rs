//! Extract + eval on the five seed articles and their gold annotation
//! (skipped with a message when ../shared is absent).

use std::path::PathBuf;
use std::process::Command;

fn seeds() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if p.join("gold.json").exists() {
        Some(p)
    } else {
        eprintln!(
            "skipping: {} not found (the seed evaluation needs ../shared)",
            p.display()
        );
        None
    }
}

#[test]
fn eval_on_the_seeds_meets_the_bar() {
    let Some(dir) = seeds() else { return };
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args([
            "eval",
            "--gold",
            dir.join("gold.json").to_str().unwrap(),
            "--articles",
            dir.to_str().unwrap(),
            "--json",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let f = |k: &str| s[k].as_f64().unwrap();
    let report = serde_json::to_string_pretty(&s["problems"]).unwrap();
    assert!(f("recall") >= 0.9, "recall {}: {report}", f("recall"));
    assert!(
        f("precision") >= 0.85,
        "precision {}: {report}",
        f("precision")
    );
    for k in [
        "date_accuracy",
        "type_accuracy",
        "region_accuracy",
        "toll_accuracy",
        "place_accuracy",
    ] {
        assert!(f(k) >= 0.85, "{k} {}: {report}", f(k));
    }
}

#[test]
fn the_dioura_attack_of_march_2019_is_merged_across_articles() {
    let Some(dir) = seeds() else { return };
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(["extract", dir.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let dioura_2019: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| {
            i["location"]["name_written"] == "Dioura"
                && i["date"]["start"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with("2019-03")
        })
        .collect();
    assert_eq!(dioura_2019.len(), 1, "one merged incident");
    let i = dioura_2019[0];
    assert_eq!(
        i["date"]["start"], "2019-03-17",
        "the more precise date wins"
    );
    assert_eq!(i["fatalities"]["low"], 20);
    assert_eq!(i["fatalities"]["high"], 26, "both reports kept as a range");
    let files: std::collections::BTreeSet<&str> = i["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 2, "both sources kept");
    // The 2025 attack on the same camp stays apart.
    let all_dioura = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["location"]["name_written"] == "Dioura")
        .count();
    assert_eq!(all_dioura, 2);
}
