//! `sahel watch` as a daily job runs it: sites by name or point, the
//! incidents near each, and exit codes that say whether anything is new.

use std::process::Command;

fn sahel(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_daily_job_reports_each_incident_once() {
    let d = tempfile::tempdir().unwrap();
    let sites = d.path().join("sites.csv");
    // A base named after its town, a warehouse given by its point with its
    // own radius, and a town with nothing near it in the examples.
    std::fs::write(
        &sites,
        "nom;lat;lon;rayon_km\nBase Sévaré;;;60\nEntrepôt Gao;16.27;-0.04;30\nKayes;;;\n",
    )
    .unwrap();
    let state = d.path().join("state.json");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "watch",
            sites.to_str().unwrap(),
            "examples/dispatches",
            "--json",
        ];
        args.extend_from_slice(extra);
        let o = sahel(&args);
        let v: serde_json::Value = serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&o.stderr)));
        (o.status.code(), v)
    };
    let (code, first) = run(&["--state", state.to_str().unwrap()]);
    assert_eq!(code, Some(0), "new incidents found: {first}");
    let sites_out = first["sites"].as_array().unwrap();
    assert_eq!(sites_out.len(), 3);
    assert_eq!(sites_out[1]["radius_km"], 30.0);
    assert_eq!(sites_out[2]["radius_km"], 50.0, "the default radius");
    for s in sites_out {
        let r = s["radius_km"].as_f64().unwrap();
        let list = s["incidents"].as_array().unwrap();
        for i in list {
            assert!(i["distance_km"].as_f64().unwrap() <= r);
            assert_eq!(i["new"], true);
        }
        // Newest first.
        let days: Vec<&str> = list
            .iter()
            .map(|i| i["date_end"].as_str().unwrap())
            .collect();
        assert!(days.windows(2).all(|w| w[0] >= w[1]), "{days:?}");
    }
    assert!(first["new"].as_u64().unwrap() >= 2, "{first}");
    // The same run again: the state has seen them all.
    let (code, second) = run(&["--state", state.to_str().unwrap()]);
    assert_eq!(code, Some(1), "nothing new: {second}");
    assert_eq!(second["new"], 0);
    let listed: usize = second["sites"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["incidents"].as_array().unwrap().len())
        .sum();
    assert!(listed >= 2, "still listed, marked not new");
    // --since: only those dated on or after the day are new.
    let (_, since) = run(&["--since", "2024-01-01"]);
    for s in since["sites"].as_array().unwrap() {
        for i in s["incidents"].as_array().unwrap() {
            assert_eq!(i["new"], i["date_end"].as_str().unwrap() >= "2024-01-01");
        }
    }
}

#[test]
fn errors_exit_with_two_and_name_the_line() {
    let d = tempfile::tempdir().unwrap();
    let sites = d.path().join("sites.csv");
    std::fs::write(&sites, "name,lat,lon\nBase,16.2,\n").unwrap();
    let o = sahel(&["watch", sites.to_str().unwrap(), "examples/dispatches"]);
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(
        e.contains("sites.csv:2") && e.contains("lat and lon"),
        "{e}"
    );
    let o = sahel(&["watch", "no-such-sites.csv", "examples/dispatches"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such-sites.csv"));
}
