//! The `sahel` binary as a user runs it: output, exit codes, error messages,
//! and no half-written files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn sahel(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(args)
        .output()
        .expect("run sahel")
}

fn sahel_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Runs a command that must succeed and print JSON; the JSON.
fn sahel_json(args: &[&str]) -> serde_json::Value {
    let o = sahel(args);
    assert!(o.status.success(), "{args:?}: {}", text(&o.stderr));
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", text(&o.stdout)))
}

/// An ACLED-style CSV of `rows` (written for the tests) in a new temporary
/// directory, with the columns of ACLED's export that sahel reads.
fn acled_file(rows: &[&str]) -> (tempfile::TempDir, std::path::PathBuf) {
    let d = tmp();
    let csv = d.path().join("events.csv");
    let mut text = String::from("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,source\n");
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    std::fs::write(&csv, text).unwrap();
    (d, csv)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn lookup_json_has_the_documented_fields() {
    let v = sahel_json(&["gazetteer", "lookup", "Diabaly", "--json", "--limit", "3"]);
    let arr = v.as_array().unwrap();
    assert!(!arr.is_empty() && arr.len() <= 3);
    for k in [
        "name",
        "lat",
        "lon",
        "region",
        "cercle",
        "feature",
        "score",
        "population",
        "km_to_bamako",
        "reasons",
    ] {
        assert!(arr[0].get(k).is_some(), "missing {k}");
    }
    assert_eq!(arr[0]["name"], "Diabali");
    assert_eq!(arr[0]["cercle"], "Niono");
}

#[test]
fn lookup_table_explains_the_ranking() {
    let o = sahel(&[
        "gazetteer",
        "lookup",
        "Banankoro",
        "--near",
        "Bamako",
        "--within",
        "30",
    ]);
    assert!(o.status.success());
    let out = text(&o.stdout);
    let first = out.lines().nth(1).unwrap();
    assert!(first.contains("within 30 km"), "{first}");
    assert!(out.contains("more; --limit N"), "{out}");
}

#[test]
fn lookup_near_coordinates() {
    let v = sahel_json(&[
        "gazetteer",
        "lookup",
        "Dioura",
        "--near",
        "14.3,-9.85",
        "--json",
    ]);
    assert_eq!(v[0]["region"], "Kayes");
}

#[test]
fn lookup_bad_input_fails_clearly() {
    for (args, needle) in [
        (vec!["gazetteer", "lookup", ""], "empty place name"),
        (
            vec!["gazetteer", "lookup", "Gao", "--region", "Narnia"],
            "unknown region",
        ),
        (
            vec![
                "gazetteer",
                "lookup",
                "Gao",
                "--near",
                "Bamako",
                "--within",
                "0",
            ],
            "--within",
        ),
        (
            vec!["gazetteer", "lookup", "Gao", "--near", "200,3"],
            "latitude",
        ),
        (
            vec!["gazetteer", "lookup", "Gao", "--near", "Xqzwvvv"],
            "not in the gazetteer",
        ),
        (
            vec!["gazetteer", "lookup", "Gao", "--limit", "0"],
            "--limit",
        ),
    ] {
        assert_fails(&args, &[needle]);
    }
}

#[test]
fn unknown_name_is_not_an_error() {
    let o = sahel(&["gazetteer", "lookup", "Xqzwvvv"]);
    assert!(o.status.success());
    assert!(text(&o.stdout).contains("no place matches"));
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn geocode_writes_every_row_to_a_file() {
    let d = tmp();
    let input = d.path().join("in.csv");
    std::fs::write(
        &input,
        "id;lieu;region\n1;Dioura;Mopti\n2;Boulkessi;\n3;;\n4;Nowhere Xq;\n",
    )
    .unwrap();
    let out = d.path().join("out.csv");
    let o = sahel(&[
        "geocode",
        input.to_str().unwrap(),
        "--name-column",
        "lieu",
        "--region-column",
        "region",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let s = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), 5);
    // The input already has a "region" column: ours is suffixed.
    assert_eq!(
        lines[0],
        "id;lieu;region;lat;lon;matched_name;region_sahel;cercle;region_current;cercle_current;match;score;candidates;runner_up;runner_up_km;ambiguous;reasons;country"
    );
    assert!(lines[1].contains(";Ténenkou;"), "{}", lines[1]);
    assert!(
        lines[2].contains(";Boulikessi;Mopti;Douentza;Douentza;Douentza;alternate;"),
        "{}",
        lines[2]
    );
    assert!(lines[4].contains(";unresolved;"), "{}", lines[4]);
    assert!(
        text(&o.stderr).contains("geocoded 2 of 4 rows"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn geocode_never_aborts_on_an_unknown_hint() {
    // Anderamboukane is a 2016 cercle (known); Atlantide is not: a warning
    // naming it, and the row is still geocoded with its region.
    let o = sahel_stdin(
        &[
            "geocode",
            "-",
            "--name-column",
            "name",
            "--region-column",
            "region",
            "--cercle-column",
            "cercle",
            "--commune-column",
            "commune",
        ],
        "name,region,cercle,commune\nMénaka,Gao,Anderamboukane,\nKidal,Kidal,Atlantide,\nTessit,Gao,Ansongo,Tessit\n",
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("Atlantide") && !err.contains("Anderamboukane"),
        "{err}"
    );
    let out = text(&o.stdout);
    assert!(out.contains(",Kidal,Kidal,exact,"), "{out}");
    // Tessit with its hints: east of the meridian, in Ansongo cercle.
    let tessit = out.lines().nth(3).unwrap();
    assert!(
        tessit.contains(",15.2") && tessit.contains(",0.") && tessit.contains(",Gao,Ansongo,"),
        "{tessit}"
    );
}

#[test]
fn lookup_json_says_how_sure() {
    let v = sahel_json(&["gazetteer", "lookup", "Banankoro", "--json"]);
    assert!(v[0]["candidates"].as_u64().unwrap() >= 20);
    assert_eq!(v[0]["ambiguous"], true);
    assert!(v[0]["runner_up_km"].as_f64().unwrap() > 10.0);
    // Burkina Faso's capital is a place of its own country.
    let v = sahel_json(&["gazetteer", "lookup", "Ouagadougou", "--json"]);
    assert_eq!(v[0]["country"], "BF");
    assert_eq!(v[0]["region"], "Centre");
    assert!(v[0]["km_to_capital"].as_f64().unwrap() < 5.0);
    // A town beyond the three countries is said to be foreign.
    let o = sahel(&["gazetteer", "lookup", "Nouakchott"]);
    assert!(
        text(&o.stdout).contains("Mauritanie"),
        "{}",
        text(&o.stdout)
    );
    // --country picks the homonym of that country.
    let v = sahel_json(&[
        "gazetteer",
        "lookup",
        "Koutougou",
        "--country",
        "NE",
        "--json",
    ]);
    assert_eq!(v[0]["country"], "NE");
    let v = sahel_json(&[
        "gazetteer",
        "lookup",
        "Koutougou",
        "--country",
        "burkinabè",
        "--json",
    ]);
    assert_eq!(v[0]["country"], "BF");
    let o = sahel(&["gazetteer", "lookup", "Gao", "--country", "Tchad"]);
    assert!(!o.status.success());
    assert!(text(&o.stderr).contains("Tchad"));
}

#[test]
fn geocode_reads_stdin_and_writes_stdout() {
    let o = sahel_stdin(
        &["geocode", "-", "--name-column", "name"],
        "name\nKidal\nSévaré\n",
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("Kidal,18.4"), "{out}");
    assert!(out.lines().count() == 3);
}

#[test]
fn geocode_reads_windows_1252() {
    let d = tmp();
    let input = d.path().join("latin1.csv");
    std::fs::write(&input, b"nom\nS\xe9gou\nNiafunk\xe9\n").unwrap();
    let o = sahel(&["geocode", input.to_str().unwrap(), "--name-column", "nom"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(
        out.contains("Ségou,13.4") && out.contains("Niafunké,15.9"),
        "{out}"
    );
}

/// The command fails with a message holding every needle, and no panic.
fn assert_fails(args: &[&str], needles: &[&str]) {
    let o = sahel(args);
    assert!(!o.status.success(), "{args:?} should fail");
    let err = text(&o.stderr);
    for n in needles {
        assert!(err.contains(n), "{args:?}: missing {n:?} in {err}");
    }
    assert!(!err.contains("panicked"), "{args:?}: {err}");
}

/// [`assert_fails`], and neither the output nor a temporary file is left.
fn assert_fails_without_output(args: &[&str], out: &Path, needles: &[&str]) {
    assert_fails(args, needles);
    assert!(!out.exists(), "no output file after a failure");
    let leftovers: Vec<PathBuf> = std::fs::read_dir(out.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".sahel-")
        })
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn geocode_bad_input_fails_before_writing() {
    let d = tmp();
    let out = d.path().join("out.csv");
    let o = out.to_str().unwrap();
    let missing_col = d.path().join("a.csv");
    std::fs::write(&missing_col, "id,place\n1,Gao\n").unwrap();
    assert_fails_without_output(
        &[
            "geocode",
            missing_col.to_str().unwrap(),
            "--name-column",
            "lieu",
            "-o",
            o,
        ],
        &out,
        &["a.csv", "\"lieu\"", "\"place\""],
    );
    let ragged = d.path().join("b.csv");
    std::fs::write(&ragged, "id,place\n1,Gao\n2,Kidal,extra\n").unwrap();
    assert_fails_without_output(
        &[
            "geocode",
            ragged.to_str().unwrap(),
            "--name-column",
            "place",
            "-o",
            o,
        ],
        &out,
        &["b.csv:3"],
    );
    let empty = d.path().join("c.csv");
    std::fs::write(&empty, "").unwrap();
    assert_fails_without_output(
        &[
            "geocode",
            empty.to_str().unwrap(),
            "--name-column",
            "place",
            "-o",
            o,
        ],
        &out,
        &["c.csv", "empty"],
    );
    assert_fails_without_output(
        &[
            "geocode",
            "/no/such/file.csv",
            "--name-column",
            "place",
            "-o",
            o,
        ],
        &out,
        &["/no/such/file.csv"],
    );
}

#[test]
fn user_gazetteer_dir_adds_places() {
    let d = tmp();
    std::fs::write(
        d.path().join("mine.tsv"),
        "name\talt_names\tlat\tlon\tfeature\tprecision_km\tsource\nCamp Tessit Ouest\tTessit Camp\t15.01\t0.99\tS.MILB\t1\tmy notes 2026\n",
    )
    .unwrap();
    let v = sahel_json(&[
        "--gazetteer",
        d.path().to_str().unwrap(),
        "gazetteer",
        "lookup",
        "Tessit Camp",
        "--json",
    ]);
    assert_eq!(v[0]["name"], "Camp Tessit Ouest");
    assert_eq!(v[0]["region"], "Gao");
    assert!(v[0]["sources"][0]
        .as_str()
        .unwrap()
        .contains("my notes 2026"));

    std::fs::write(
        d.path().join("bad.tsv"),
        "name\talt_names\tlat\tlon\tfeature\tprecision_km\tsource\nX\t\t99\t0\tP.PPL\t\tme\n",
    )
    .unwrap();
    assert_fails(
        &[
            "--gazetteer",
            d.path().to_str().unwrap(),
            "gazetteer",
            "lookup",
            "Gao",
        ],
        &["bad.tsv:2"],
    );
}

#[test]
fn user_corrections_pin_and_alias_names_with_their_source() {
    let d = tmp();
    std::fs::write(
        d.path().join("fixes.tsv"),
        "action\tname\ttarget\tarea\tlat\tlon\tsource\n\
         pin\tTessit\t\t\t15.2017\t0.2933\tfield GPS 2026\n\
         alias\tDoro Koira\tGao\tGao\t\t\tlocal usage\n",
    )
    .unwrap();
    let dir = d.path().to_str().unwrap();
    let v = sahel_json(&[
        "--gazetteer",
        dir,
        "gazetteer",
        "lookup",
        "Tessit",
        "--json",
    ]);
    assert_eq!(v[0]["lat"], 15.2017);
    assert!(v[0]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r.as_str().unwrap().contains("field GPS 2026")));
    assert_eq!(v[0]["region_current"], "Gao");
    assert_eq!(v[0]["cercle_current"], "Tessit");
    let v = sahel_json(&[
        "--gazetteer",
        dir,
        "gazetteer",
        "lookup",
        "Doro Koira",
        "--json",
    ]);
    assert_eq!(v[0]["name"], "Gao");
    // The project's own alias, with no user file.
    let v = sahel_json(&["gazetteer", "lookup", "Jenne", "--json"]);
    assert_eq!(v[0]["cercle"], "Djenné");
    std::fs::write(
        d.path().join("zbad.tsv"),
        "action\tname\ttarget\tarea\tlat\tlon\tsource\npin\tX\t\t\t48.85\t2.35\tme\n",
    )
    .unwrap();
    assert_fails(
        &["--gazetteer", dir, "gazetteer", "lookup", "Gao"],
        &["zbad.tsv:2", "outside Mali"],
    );
}

#[test]
fn report_runs_on_the_embedded_examples() {
    let d = tmp();
    let out = d.path().join("out");
    let o = sahel(&["report", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    for f in [
        "incidents.geojson",
        "incidents.csv",
        "incidents.fgb",
        "incidents.gpkg",
        "clusters.geojson",
        "cluster_members.geojson",
        "map.png",
        "trend.png",
        "report.md",
    ] {
        assert!(out.join(f).exists(), "{f} written");
    }
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("incidents.geojson")).unwrap())
            .unwrap();
    assert!(v["features"].as_array().unwrap().len() >= 10);
    // French by default, every heading; English on request.
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(
        md.starts_with("# Incidents armés au Mali")
            && md.contains("## Par région")
            && md.contains("## Foyers")
            && md.contains("| attaque |"),
        "{md}"
    );
    let o = sahel(&["report", "-o", out.to_str().unwrap(), "--lang", "en"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(
        md.contains("## By region") && md.contains("## Clusters") && md.contains("| attack |"),
        "{md}"
    );
    // Articles given on the command line replace the examples.
    let art = d.path().join("a.txt");
    std::fs::write(&art, "date 2024-02-12\nDes hommes armés ont attaqué dimanche le poste de Niono, tuant 3 gendarmes.").unwrap();
    let out2 = d.path().join("out2");
    let o = sahel(&[
        "report",
        art.to_str().unwrap(),
        "-o",
        out2.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(std::fs::read_to_string(out2.join("report.md"))
        .unwrap()
        .contains("1 incidents"));
}

#[test]
fn help_teaches() {
    let o = sahel(&["--help"]);
    let h = text(&o.stdout);
    for w in ["report", "gazetteer", "geocode", "Examples"] {
        assert!(h.contains(w), "{h}");
    }
    let o = sahel(&["gazetteer", "lookup", "--help"]);
    assert!(text(&o.stdout).contains("--within"));
}

/// Regenerating the gazetteer from ../shared gives the committed files, so
/// the embedded data is what the build command derives.
#[test]
fn gazetteer_build_reproduces_the_committed_data() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if !shared.join("gazetteer/ML.txt").exists() {
        eprintln!("skipping: {} not found", shared.display());
        return;
    }
    let d = tmp();
    let o = sahel(&[
        "gazetteer",
        "build",
        "--data",
        shared.to_str().unwrap(),
        "--out",
        d.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("dropped (outside Mali)"));
    for f in [
        "places.tsv",
        "osm_places.tsv",
        "cercles.geojson",
        "basemap.json",
        "cleaning.tsv",
    ] {
        let fresh = std::fs::read(d.path().join(f)).unwrap();
        let committed = std::fs::read(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("gazetteer")
                .join(f),
        )
        .unwrap();
        assert!(
            fresh == committed,
            "gazetteer/{f} differs from what `sahel gazetteer build` derives: rerun it"
        );
    }
    assert_fails(
        &[
            "gazetteer",
            "build",
            "--data",
            "/no/such/dir",
            "--out",
            d.path().to_str().unwrap(),
        ],
        &["/no/such/dir"],
    );
}

#[test]
fn extract_reports_bad_files_and_processes_the_others() {
    let d = tmp();
    std::fs::write(d.path().join("a.txt"), "date 2024-02-12\nDes hommes armés ont attaqué dimanche le poste de Niono, tuant 3 gendarmes.").unwrap();
    std::fs::write(d.path().join("b.txt"), "").unwrap();
    std::fs::write(d.path().join("c.txt"), b"\x00\x01\x02binary").unwrap();
    std::fs::write(
        d.path().join("d.txt"),
        "La météo sera clémente demain à Bamako.",
    )
    .unwrap();
    let out = d.path().join("out.geojson");
    let o = sahel(&[
        "extract",
        d.path().to_str().unwrap(),
        "/no/such/article.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "some inputs failed");
    let err = text(&o.stderr);
    for needle in [
        "b.txt: empty file",
        "c.txt: binary file",
        "/no/such/article.txt: cannot read",
        "d.txt: no incident found",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in {err}");
    }
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(v["features"].as_array().unwrap().len(), 1);
    assert_eq!(v["features"][0]["properties"]["fatalities_low"], 3);
    assert_eq!(v["features"][0]["properties"]["date"], "2024-02-11");
}

#[test]
fn extract_with_no_readable_input_writes_no_file() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.geojson");
    let o = sahel(&[
        "extract",
        "/no/such/article.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("/no/such/article.txt: cannot read"));
    // An empty collection would read as "no incident in these articles".
    assert!(
        !out.exists(),
        "an output was written although nothing was read"
    );
}

#[test]
fn extract_reads_stdin_with_a_publication_date() {
    let o = sahel_stdin(
        &[
            "extract",
            "-",
            "--published",
            "2024-09-18",
            "--format",
            "csv",
        ],
        "Les jihadistes ont attaqué mardi le camp de Kati.",
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.starts_with("event_id,event_date"), "{out}");
    assert!(out.contains("2024-09-17") && out.contains("Kati"), "{out}");
    let bad = sahel_stdin(&["extract", "-", "--published", "hier"], "x");
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("--published"));
}

#[test]
fn extract_explain_shows_the_words() {
    let o = sahel_stdin(
        &["extract", "-", "--explain", "-o", "/dev/null"],
        "date 2023-11-10\nLe camp de Goundam a été la cible de tirs de mortier vendredi.",
    );
    assert!(o.status.success());
    let err = text(&o.stderr);
    assert!(
        err.contains("rocket_or_mortar")
            && err.contains("tirs de mortier")
            && err.contains("vendredi"),
        "{err}"
    );
}

#[test]
fn extract_decodes_windows_1252_and_html() {
    let d = tmp();
    std::fs::write(
        d.path().join("w.txt"),
        b"date 2022-05-02\nUne embuscade a vis\xe9 samedi un convoi pr\xe8s de Douentza.",
    )
    .unwrap();
    std::fs::write(d.path().join("h.html"), "<html><body><h1>Titre</h1><p>date 2021-01-04</p><p>Le 3 janvier 2021, des frappes a&eacute;riennes ont touch&eacute; le village de Bounti.</p></body></html>").unwrap();
    let v = sahel_json(&[
        "extract",
        d.path().to_str().unwrap(),
        "--format",
        "json",
        "--no-merge",
    ]);
    let places: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["location"]["name_written"].as_str().unwrap())
        .collect();
    assert!(
        places.contains(&"Douentza") && places.contains(&"Bounti"),
        "{places:?}"
    );
}

/// Extracts the example dispatches into `out` (format by its extension).
fn extract_examples(out: &Path) {
    let dispatches = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/dispatches");
    let o = sahel(&[
        "extract",
        dispatches.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
}

fn sample_geojson(d: &Path) -> PathBuf {
    let out = d.join("inc.geojson");
    extract_examples(&out);
    out
}

#[test]
fn near_and_nearest_answer_in_km() {
    let d = tmp();
    let inc = sample_geojson(d.path());
    let v = sahel_json(&[
        "near",
        inc.to_str().unwrap(),
        "--at",
        "Mopti",
        "--radius",
        "150",
        "--json",
    ]);
    let arr = v.as_array().unwrap();
    assert!(!arr.is_empty());
    let dists: Vec<f64> = arr
        .iter()
        .map(|x| x["distance_km"].as_f64().unwrap())
        .collect();
    assert!(dists.windows(2).all(|w| w[0] <= w[1]), "sorted by distance");
    assert!(dists.iter().all(|&x| x <= 150.0));
    // Filters: only massacres.
    let o = sahel(&[
        "near",
        inc.to_str().unwrap(),
        "--at",
        "Mopti",
        "--radius",
        "150",
        "--type",
        "massacre",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["event_type"] == "massacre"));
    let o = sahel(&[
        "nearest",
        inc.to_str().unwrap(),
        "--at",
        "14.0,-4.0",
        "-k",
        "2",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    let out = d.path().join("near.geojson");
    let o = sahel(&[
        "near",
        inc.to_str().unwrap(),
        "--at",
        "Gao",
        "--radius",
        "200",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(v["features"][0]["properties"]["distance_km"].is_number());
}

#[test]
fn cluster_writes_hulls_and_points() {
    let d = tmp();
    let inc = sample_geojson(d.path());
    let out = d.path().join("clusters.geojson");
    let members = d.path().join("members.geojson");
    let o = sahel(&[
        "cluster",
        inc.to_str().unwrap(),
        "--eps",
        "80",
        "--min-points",
        "2",
        "-o",
        out.to_str().unwrap(),
        "--members",
        members.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("clusters"));
    let read = |p: &std::path::Path| -> Vec<serde_json::Value> {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
        v["features"].as_array().unwrap().clone()
    };
    // One geometry type per file, as GIS layers need.
    let f = read(&out);
    assert!(!f.is_empty());
    assert!(f.iter().all(|x| x["geometry"]["type"] == "Polygon"));
    let points = read(&members);
    assert!(points.iter().all(|x| x["geometry"]["type"] == "Point"));
    assert!(
        points.iter().any(|x| x["properties"]["cluster"].is_null()),
        "noise kept and marked"
    );
    for x in f.iter().filter(|x| x["geometry"]["type"] == "Polygon") {
        let ring = x["geometry"]["coordinates"][0].as_array().unwrap();
        assert!(
            ring.len() >= 4 && ring.first() == ring.last(),
            "closed rings"
        );
    }
}

#[test]
fn index_commands_reject_bad_input() {
    let d = tmp();
    let inc = sample_geojson(d.path());
    let i = inc.to_str().unwrap();
    for (args, needle) in [
        (
            vec!["near", i, "--at", "Mopti", "--radius", "0"],
            "--radius",
        ),
        (
            vec!["near", i, "--at", "Mopti", "--radius", "-5"],
            "--radius",
        ),
        (
            vec!["near", i, "--at", "Mopti", "--radius", "99999"],
            "--radius",
        ),
        (
            vec!["near", i, "--at", "Xqzwvvv", "--radius", "10"],
            "not in the gazetteer",
        ),
        (
            vec!["near", i, "--at", "95,200", "--radius", "10"],
            "latitude",
        ),
        (
            vec![
                "near", i, "--at", "Mopti", "--radius", "10", "--from", "demain",
            ],
            "--from",
        ),
        (
            vec![
                "near", i, "--at", "Mopti", "--radius", "10", "--type", "bombing",
            ],
            "--type",
        ),
        (vec!["cluster", i, "--eps", "0"], "--eps"),
        (
            vec!["cluster", i, "--eps", "10", "--min-points", "0"],
            "--min-points",
        ),
        (vec!["nearest", i, "--at", "Gao", "-k", "0"], "-k"),
    ] {
        assert_fails(&args, &[needle]);
    }
}

#[test]
fn map_and_trend_commands() {
    let d = tmp();
    let inc = sample_geojson(d.path());
    let i = inc.to_str().unwrap();
    let png = d.path().join("m.png");
    let o = sahel(&[
        "map",
        i,
        "-o",
        png.to_str().unwrap(),
        "--size",
        "1000x750",
        "--color-by",
        "actor",
        "--title",
        "Test map",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    let svg = d.path().join("zoom.svg");
    let o = sahel(&[
        "map",
        i,
        "-o",
        svg.to_str().unwrap(),
        "--bbox=-6,12.5,-1,16.5",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(std::fs::read_to_string(&svg).unwrap().contains("Mopti"));
    // Every overlay at once, zoomed to two regions.
    let o = sahel(&[
        "map",
        i,
        "-o",
        svg.to_str().unwrap(),
        "--region",
        "Mopti",
        "--region",
        "Ségou",
        "--clusters",
        "--eps",
        "150",
        "--min-points",
        "2",
        "--ring",
        "Mopti,100",
        "--ring",
        "Ségou,40",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let body = std::fs::read_to_string(&svg).unwrap();
    assert!(
        body.contains("100 km de Mopti")
            && body.contains("40 km de Ségou")
            && body.contains(" incidents, "),
        "overlays labelled, every ring"
    );
    let o = sahel(&[
        "map",
        i,
        "-o",
        svg.to_str().unwrap(),
        "--choropleth",
        "incidents",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(std::fs::read_to_string(&svg)
        .unwrap()
        .contains("Incidents par région"));
    let v = sahel_json(&["trend", i, "--json"]);
    assert!(
        v["slope_km_per_year"].is_number()
            && v["mann_kendall"]["p"].is_number()
            && v["n"].as_u64().unwrap() > 5
    );
    let t = d.path().join("t.png");
    let o = sahel(&[
        "trend",
        i,
        "-o",
        t.to_str().unwrap(),
        "--origin",
        "Mopti",
        "--window",
        "3",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(t.exists());
    for (args, needle) in [
        (
            vec![
                "map",
                i,
                "-o",
                d.path().join("m.jpg").to_str().unwrap().to_string().leak(),
            ],
            ".png, .svg or .html",
        ),
        (
            vec!["map", i, "-o", "/nonexistent-dir/m.png"],
            "/nonexistent-dir",
        ),
        (vec!["map", i, "-o", "x.png", "--bbox", "1,2,3"], "--bbox"),
        (vec!["map", i, "-o", "x.png", "--size", "10x10"], "--size"),
        (vec!["map", i, "-o", "x.png", "--ring", "Mopti"], "--ring"),
        (
            vec![
                "map", i, "-o", "x.png", "--ring", "Mopti,50", "--ring", "Mopti",
            ],
            "--ring",
        ),
        (
            vec!["map", i, "-o", "x.png", "--ring", "Mopti,loin"],
            "--ring",
        ),
        (
            vec!["map", i, "-o", "x.png", "--ring", "Mopti,-5"],
            "--ring",
        ),
        (vec!["map", i, "-o", "x.png", "--ring", "Qwzxq,50"], "Qwzxq"),
        (
            vec!["map", i, "-o", "x.png", "--region", "Atlantide"],
            "--region",
        ),
        (
            vec!["map", i, "-o", "x.png", "--choropleth", "people"],
            "--choropleth",
        ),
        (vec!["trend", i], "-o FILE"),
        (vec!["trend", i, "--json", "-o", "-"], "standard output"),
        (vec!["trend", i, "--json", "--window", "0"], "--window"),
    ] {
        assert_fails(&args, &[needle]);
    }
}

#[test]
fn ucdp_samples_are_read() {
    let events = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/events");
    if !events.join("ucdp_ged231_sample_mali_bf_ne.csv").exists() {
        eprintln!("skipping: {} not found", events.display());
        return;
    }
    let f = events.join("ucdp_ged231_sample_mali_bf_ne.csv");
    let v = sahel_json(&[
        "near",
        f.to_str().unwrap(),
        "--at",
        "Mopti",
        "--radius",
        "400",
        "--json",
    ]);
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"ged-431002"),
        "Denga-Ouro, north of Mopti: {ids:?}"
    );
    // The global sample (1000 rows, every continent) reads whole.
    let g = events.join("ucdp_ged231_sample1000_global.csv");
    let v = sahel_json(&[
        "nearest",
        g.to_str().unwrap(),
        "--at",
        "Bamako",
        "-k",
        "3",
        "--json",
    ]);
    assert_eq!(v.as_array().unwrap().len(), 3);
}

#[test]
fn every_analysis_command_reads_stdin_and_writes_stdout() {
    let d = tmp();
    let gj = sample_geojson(d.path());
    let geojson = std::fs::read_to_string(&gj).unwrap();
    // GeoJSON on standard input, told from its first byte.
    let o = sahel_stdin(
        &["near", "-", "--at", "Mopti", "--radius", "300", "--json"],
        &geojson,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    // Progress bars are for terminals only: a pipe sees none.
    assert!(text(&o.stderr).is_empty(), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(!v.as_array().unwrap().is_empty());
    // CSV on standard input, told from its header.
    let csv = d.path().join("inc.csv");
    extract_examples(&csv);
    let o = sahel_stdin(
        &[
            "cluster",
            "-",
            "--eps",
            "150",
            "--min-points",
            "2",
            "-o",
            "-",
        ],
        &std::fs::read_to_string(&csv).unwrap(),
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    // Standard output holds the GeoJSON alone (the table goes elsewhere).
    let v: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&o.stdout)));
    assert!(v["features"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["geometry"]["type"] == "Polygon" && f["properties"]["size"].is_number()));
    // An article on standard input.
    let o = sahel_stdin(
        &["nearest", "-", "--at", "Sikasso", "-k", "1", "--json"],
        "date 2024-03-18\nLe JNIM a attaqué samedi le camp de Danderesso, tuant 10 soldats.",
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["place"], "Dandéresso");
    assert_eq!(v[0]["id"], "stdin-1");
    // Images to standard output are PNG.
    for cmd in ["map", "trend"] {
        let o = sahel(&[cmd, gj.to_str().unwrap(), "-o", "-"]);
        assert!(o.status.success(), "{cmd}: {}", text(&o.stderr));
        assert!(o.stdout.starts_with(b"\x89PNG\r\n"), "{cmd} wrote no PNG");
    }
}

#[test]
fn a_reader_that_stops_early_is_not_a_crash() {
    let d = tmp();
    let gj = sample_geojson(d.path());
    // Enough lines that the output does not fit in the pipe's buffer.
    let many: Vec<&str> = std::iter::repeat_n(gj.to_str().unwrap(), 400).collect();
    let mut args = vec!["near", "--at", "Mopti", "--radius", "2000"];
    args.extend(many);
    let mut child = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert!(!text(&o.stderr).contains("panicked"), "{}", text(&o.stderr));
    assert!(o.status.code() != Some(101));
}

#[test]
fn extract_writes_flatgeobuf_by_extension() {
    let d = tmp();
    let out = d.path().join("inc.fgb");
    extract_examples(&out);
    let b = std::fs::read(&out).unwrap();
    assert_eq!(&b[..4], b"fgb\x03");
    assert!(b.windows(9).any(|w| w == b"Boulikess"));
}

#[test]
fn a_bad_record_stops_the_command_before_it_writes() {
    let d = tmp();
    let csv = d.path().join("bad.csv");
    std::fs::write(
        &csv,
        "event_id_cnty,event_date,latitude,longitude,fatalities\n\
         MLI1,2024-03-16,14.49,-4.19,3\n\
         MLI2,2024-03-17,14.49,-400,1\n\
         MLI3,2024-03-18,14.3,-4.0,2\n",
    )
    .unwrap();
    let out = d.path().join("near.geojson");
    let args = [
        "near",
        csv.to_str().unwrap(),
        "--at",
        "Mopti",
        "--radius",
        "100",
        "-o",
        out.to_str().unwrap(),
    ];
    assert_fails_without_output(&args, &out, &["bad.csv:3", "longitude", "--skip-invalid"]);
    // Asked to, sahel reports the row, skips it and goes on.
    let mut skip = args.to_vec();
    skip.push("--skip-invalid");
    let o = sahel(&skip);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("1 invalid row(s) skipped"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(v["features"].as_array().unwrap().len(), 2);
    // The main job too: it stops, or with --skip-invalid maps the rest.
    let rep = d.path().join("rep");
    assert_fails(
        &["report", csv.to_str().unwrap(), "-o", rep.to_str().unwrap()],
        &["bad.csv:3"],
    );
    assert!(!rep.join("incidents.geojson").exists());
    let o = sahel(&[
        "report",
        csv.to_str().unwrap(),
        "-o",
        rep.to_str().unwrap(),
        "--skip-invalid",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(std::fs::read_to_string(rep.join("report.md"))
        .unwrap()
        .contains("2 incidents"));
    // A GeoJSON feature out of range stops a map before any image exists.
    let gj = d.path().join("bad.geojson");
    std::fs::write(
        &gj,
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[14.5,-4.2]},"properties":{}},{"type":"Feature","geometry":{"type":"Point","coordinates":[-4.2,95]},"properties":{}}]}"#,
    )
    .unwrap();
    let png = d.path().join("m.png");
    assert_fails_without_output(
        &["map", gj.to_str().unwrap(), "-o", png.to_str().unwrap()],
        &png,
        &["bad.geojson: feature 1", "out of range"],
    );
}

#[test]
fn extract_reads_spreadsheets_of_incident_lines() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("journal.csv");
    // Semicolons and Windows-1252, as spreadsheets save them in Bamako.
    let rows = "n°;date;région;description\n\
                1;14/03/2022;Mopti;Embuscade contre un convoi FAMa à 45 km au sud-est de Hombori : 4 soldats tués\n\
                2;15/03/2022;Mopti;Marché hebdomadaire fermé par précaution\n\
                3;16/03/2022;Ségou;\"Assassinat d'un conseiller communal à Ténenkou ; le même jour, enlèvement de deux commerçants à Diafarabé\"\n";
    // Latin-1 and Windows-1252 agree on these letters.
    let bytes: Vec<u8> = rows
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 letter"))
        .collect();
    assert!(std::str::from_utf8(&bytes).is_err(), "not UTF-8");
    std::fs::write(&input, &bytes).unwrap();
    let out = dir.path().join("out.csv");
    let o = sahel(&[
        "extract",
        input.to_str().unwrap(),
        "--text-column",
        "description",
        "--date-column",
        "date",
        "--region-column",
        "région",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("3 incidents from 3 rows (1 rows gave none)"),
        "{}",
        text(&o.stderr)
    );
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(&out)
        .unwrap();
    let h: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&h[..5], ["n°", "date", "région", "description", "row"]);
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    // Every input row is kept; the empty one with blank incident cells.
    assert_eq!(recs.len(), 4);
    let col = |name: &str| h.iter().position(|c| c == name).unwrap();
    assert_eq!(&recs[0][col("row")], "2");
    assert_eq!(&recs[0][col("event_type")], "ambush");
    assert_eq!(&recs[0][col("fatalities")], "4");
    assert_eq!(&recs[0][col("event_date")], "2022-03-14");
    assert_eq!(&recs[0][col("geo_precision")], "estimated");
    assert_eq!(&recs[1][col("event_id")], "");
    assert_eq!(
        &recs[1][col("description")],
        "Marché hebdomadaire fermé par précaution"
    );
    let places: Vec<&str> = recs[2..].iter().map(|r| &r[col("place_written")]).collect();
    assert_eq!(places, ["Ténenkou", "Diafarabé"]);
    assert!(recs[2..].iter().all(|r| &r[col("row")] == "4"));

    // GeoJSON: the row and the input's columns as properties.
    let j = sahel_json(&[
        "extract",
        input.to_str().unwrap(),
        "--text-column",
        "description",
        "--date-column",
        "date",
    ]);
    let f = &j["features"][0]["properties"];
    assert_eq!(f["row"], 2);
    assert_eq!(f["n°"], "1");
    assert_eq!(f["id"], "journal-row2-1");

    // A bad date names the file and the line; --skip-invalid reads on.
    std::fs::write(
        &input,
        "date,texte\n2022-03-14,Tirs sur le camp de Ber\nhier,Tirs sur le camp de Léré\n",
    )
    .unwrap();
    let args = [
        "extract",
        input.to_str().unwrap(),
        "--text-column",
        "texte",
        "--date-column",
        "date",
    ];
    assert_fails(&args, &["journal.csv:3", "\"hier\""]);
    let mut skip = args.to_vec();
    skip.push("--skip-invalid");
    let j = sahel_json(&skip);
    assert_eq!(j["features"].as_array().unwrap().len(), 2);
    // A missing column lists the columns there are.
    assert_fails(
        &[
            "extract",
            input.to_str().unwrap(),
            "--text-column",
            "description",
        ],
        &["no column \"description\"", "\"texte\""],
    );
}

#[test]
fn country_filter_and_report_cover_the_three_countries() {
    // ACLED-style rows written for this test: one event in each country.
    let (d, csv) = acled_file(&[
        "BFA1,2024-06-11,2024,1,Battles,Armed clash,JNIM,Military Forces of Burkina Faso,Burkina Faso,Sahel,Soum,Djibo,14.0994,-1.6255,1,17,,Radio",
        "NIG1,2023-03-18,2023,1,Battles,Armed clash,IS Sahel,Military Forces of Niger,Niger,Tillaberi,Ayerou,Ayorou,14.7308,0.9174,1,7,,Radio",
        "MLI1,2024-02-03,2024,1,Battles,Armed clash,JNIM,Military Forces of Mali,Mali,Mopti,Bankass,Bankass,14.0786,-3.5203,1,4,,Radio",
    ]);
    let png = d.path().join("bf.png");
    let o = sahel(&[
        "map",
        csv.to_str().unwrap(),
        "--country",
        "BF",
        "-o",
        png.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("1 incidents drawn"),
        "{}",
        text(&o.stderr)
    );
    let out = d.path().join("rep");
    let o = sahel(&[
        "report",
        csv.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(
        md.starts_with("# Conflict incidents in the Central Sahel"),
        "{md}"
    );
    for row in [
        "| Mali | 1 |",
        "| Burkina Faso | 1 |",
        "| Niger | 1 |",
        "| Sahel (BF) | 1 |",
    ] {
        assert!(md.contains(row), "{row} missing:\n{md}");
    }
    assert!(md.contains("Bamako, Ouagadougou, Niamey"), "{md}");
    // The GeoJSON carries each incident's country.
    let gj = std::fs::read_to_string(out.join("incidents.geojson")).unwrap();
    for c in [
        "\"country\":\"BF\"",
        "\"country\":\"NE\"",
        "\"country\":\"ML\"",
    ] {
        assert!(gj.contains(c), "{c}");
    }
}

#[test]
fn acled_actor_labels_answer_to_sahel_names_and_associated_actors_count() {
    // ACLED-style rows written for this test, with ACLED's labels: the
    // army with its years, the JNIM and Islamic State labels, and Wagner
    // only as an associated actor.
    let d = tmp();
    let csv = d.path().join("events.csv");
    std::fs::write(
        &csv,
        "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,source\n\
         MLI1,2024-02-03,2024,1,Battles,Armed clash,Military Forces of Mali (2021-),Wagner Group,JNIM: Group for Support of Islam and Muslims,,Mali,Mopti,Bankass,Bankass,14.0786,-3.5203,1,4,,Radio\n\
         MLI2,2024-03-03,2024,1,Violence against civilians,Attack,Islamic State (Sahel),,Civilians (Mali),,Mali,Menaka,Menaka,Tidermene,16.5,2.2,1,9,,Radio\n",
    )
    .unwrap();
    let ids = |actor: &str| -> Vec<String> {
        let v = sahel_json(&[
            "near",
            "--at",
            "Bankass",
            "--radius",
            "1500",
            "--actor",
            actor,
            csv.to_str().unwrap(),
            "--json",
        ]);
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("FAMa"), ["MLI1"]);
    assert_eq!(ids("JNIM"), ["MLI1"]);
    assert_eq!(ids("Wagner"), ["MLI1"], "assoc_actor_1 is kept");
    assert_eq!(ids("EIGS"), ["MLI2"]);
    // ACLED's own label is kept beside the normalised name.
    let v = sahel_json(&[
        "near",
        "--at",
        "Bankass",
        "--radius",
        "10",
        csv.to_str().unwrap(),
        "--json",
    ]);
    let mentions = v[0]["actor_mentions"].as_str().unwrap();
    assert!(
        mentions.contains("Military Forces of Mali (2021-)"),
        "{mentions}"
    );
}

#[test]
fn incidents_placed_only_to_their_region_are_not_points_in_km_queries() {
    // ACLED-style rows written for this test: an attack in Sévaré, one
    // known only to the Mopti region (geo_precision 3, placed at a point
    // 60 km away with 100 km of uncertainty), and a pair in Bandiagara.
    let (_dir, csv) = acled_file(&[
        "MLI1,2024-02-03,2024,1,Battles,Armed clash,JNIM,Military Forces of Mali,Mali,Mopti,Mopti,Sevare,14.5333,-4.0833,1,4,,Radio",
        "MLI2,2024-02-04,2024,1,Battles,Armed clash,JNIM,Military Forces of Mali,Mali,Mopti,,Mopti,14.3,-3.6,3,2,,Radio",
        "MLI3,2024-02-05,2024,1,Battles,Armed clash,JNIM,Military Forces of Mali,Mali,Mopti,Bandiagara,Bandiagara,14.35,-3.61,1,1,,Radio",
    ]);
    let near = |extra: &[&str]| -> Vec<(String, bool)> {
        let mut args = vec![
            "near",
            "--at",
            "Sévaré",
            "--radius",
            "10",
            csv.to_str().unwrap(),
            "--json",
        ];
        args.extend_from_slice(extra);
        sahel_json(&args)
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                (
                    v["id"].as_str().unwrap().to_string(),
                    v["placed_only_to_region"].as_bool().unwrap_or(false),
                )
            })
            .collect()
    };
    assert_eq!(near(&[]), [("MLI1".to_string(), false)]);
    assert_eq!(
        near(&["--include-imprecise"]),
        [("MLI1".to_string(), false), ("MLI2".to_string(), true)]
    );
    // The table says they exist, without listing them.
    let o = sahel(&[
        "near",
        "--at",
        "Sévaré",
        "--radius",
        "10",
        csv.to_str().unwrap(),
    ]);
    let out = text(&o.stdout);
    assert!(
        out.contains("1 more incidents are placed only to their region"),
        "{out}"
    );
    assert!(!out.contains("MLI2"), "{out}");
    // Clustering leaves it out and says so: the two Bandiagara-area
    // points are not joined by the region's centre.
    let v = sahel_json(&[
        "cluster",
        "--eps",
        "30",
        "--min-points",
        "2",
        csv.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(v["region_level_left_out"], 1);
    assert_eq!(v["clusters"].as_array().unwrap().len(), 0, "{v}");
    let v = sahel_json(&[
        "cluster",
        "--eps",
        "30",
        "--min-points",
        "2",
        "--include-imprecise",
        csv.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(v["clusters"].as_array().unwrap().len(), 1, "{v}");
}

#[test]
fn trend_measures_violent_events_unless_the_types_are_chosen() {
    // ACLED-style rows written for this test: a year of monthly attacks
    // around Mopti, and a protest in Bamako every month. Counted with the
    // attacks, the protests would pull the median toward the capital.
    let mut rows = Vec::new();
    for m in 1..=12 {
        rows.push(format!("A{m},2023-{m:02}-05,2023,1,Battles,Armed clash,JNIM,Military Forces of Mali,Mali,Mopti,Mopti,Sevare,14.5333,-4.0833,1,2,,Radio"));
        rows.push(format!("P{m},2023-{m:02}-20,2023,1,Protests,Peaceful protest,Protesters (Mali),,Mali,Bamako,Bamako,Bamako,12.6392,-8.0029,1,0,,Radio"));
    }
    let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
    let (_dir, csv) = acled_file(&refs);
    let csv = csv.to_str().unwrap();
    let v = sahel_json(&["trend", csv, "--json"]);
    assert_eq!(v["n"], 12, "{v}");
    assert_eq!(v["non_violent_left_out"], 12);
    assert_eq!(v["violent_only"], true);
    assert_eq!(v["monthly"].as_array().unwrap().len(), 12);
    assert!(v["slope_ci_km_per_year"].is_array(), "{v}");
    let every = sahel_json(&["trend", csv, "--json", "--type", "other", "--type", "clash"]);
    assert_eq!(
        (every["n"].as_u64(), every["violent_only"].as_bool()),
        (Some(24), Some(false))
    );
    // The chart says what it measured.
    let d = tmp();
    let svg = d.path().join("t.svg");
    let o = sahel(&["trend", csv, "-o", svg.to_str().unwrap(), "--lang", "en"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let chart = std::fs::read_to_string(&svg).unwrap();
    assert!(
        chart.contains("violent events only (12 protests"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn an_article_and_an_acled_row_of_the_same_event_are_one_incident() {
    // Both written for this test: a dispatch on an attack on Dioura's camp,
    // and an ACLED-style row for it the next day, a few km off, with
    // another toll; and a second row, a clash at Dioura a week later.
    let (dir, csv) = acled_file(&[
        "MLI7,2025-05-24,2025,1,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,Military Forces of Mali (2021-),Mali,Mopti,Tenenkou,Dioura,14.86,-5.23,1,45,,Radio",
        "MLI8,2025-05-31,2025,1,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,Military Forces of Mali (2021-),Mali,Mopti,Tenenkou,Dioura,14.86,-5.23,1,2,,Radio",
    ]);
    let article = dir.path().join("dioura.txt");
    std::fs::write(
        &article,
        "Le camp militaire de Dioura, dans la région de Mopti, a été attaqué le 23 mai 2025 par des hommes armés, tuant 41 soldats.",
    )
    .unwrap();
    let (a, c) = (article.to_str().unwrap(), csv.to_str().unwrap());
    let near = |extra: &[&str]| -> Vec<serde_json::Value> {
        let mut args = vec!["near", "--at", "Dioura", "--radius", "30", a, c, "--json"];
        args.extend_from_slice(extra);
        sahel_json(&args).as_array().unwrap().clone()
    };
    let merged = near(&[]);
    assert_eq!(merged.len(), 2, "{merged:#?}");
    let both = merged
        .iter()
        .find(|v| v.to_string().contains("dioura.txt"))
        .expect("the article's incident");
    let text = both.to_string();
    assert!(text.contains("events.csv"), "both sources kept: {text}");
    assert_eq!(
        (
            both["fatalities_low"].as_u64(),
            both["fatalities_high"].as_u64()
        ),
        (Some(41), Some(45)),
        "{text}"
    );
    assert_eq!(near(&["--keep-sources-apart"]).len(), 3);
}

#[test]
fn convert_round_trips_through_every_layer_format() {
    let d = tmp();
    let gj = d.path().join("a.geojson");
    let o = sahel(&["extract", "examples/dispatches", "-o", gj.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let first: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&gj).unwrap()).unwrap();
    let n = first["features"].as_array().unwrap().len();
    let mut formats = vec!["gpkg", "fgb", "csv", "json"];
    if cfg!(feature = "geoparquet") {
        formats.push("parquet");
    }
    for ext in formats {
        let mid = d.path().join(format!("b.{ext}"));
        let o = sahel(&["convert", gj.to_str().unwrap(), "-o", mid.to_str().unwrap()]);
        assert!(o.status.success(), "{ext}: {}", text(&o.stderr));
        let back = sahel(&["convert", mid.to_str().unwrap(), "-o", "-"]);
        assert!(back.status.success(), "{ext}: {}", text(&back.stderr));
        let v: serde_json::Value = serde_json::from_slice(&back.stdout).unwrap();
        let features = v["features"].as_array().unwrap();
        // FlatGeobuf layers hold placed incidents only.
        let placed = first["features"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| !f["geometry"].is_null())
            .count();
        let expected = if ext == "fgb" { placed } else { n };
        assert_eq!(features.len(), expected, "{ext}");
        // The same deaths in all, whatever the format did to the order.
        let deaths = |v: &serde_json::Value| -> i64 {
            v["features"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| ext != "fgb" || !f["geometry"].is_null())
                .map(|f| f["properties"]["fatalities_low"].as_i64().unwrap_or(0))
                .sum()
        };
        assert_eq!(deaths(&v), deaths(&first), "{ext}");
    }
    // Standard input is told apart by its first bytes.
    for ext in ["gpkg", "parquet"] {
        let file = d.path().join(format!("b.{ext}"));
        if !file.exists() {
            continue;
        }
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_sahel"))
            .args(["convert", "-", "-o", "-"])
            .stdin(std::fs::File::open(&file).unwrap())
            .output()
            .unwrap();
        assert!(o.status.success(), "{ext}: {}", text(&o.stderr));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(
            v["features"].as_array().unwrap().len(),
            n,
            "{ext} from stdin"
        );
    }
}

/// `convert` run on standard input, which it reads whole: what a stream
/// must match.
fn convert_whole(input: &Path, args: &[&str]) -> Vec<u8> {
    let o = Command::new(env!("CARGO_BIN_EXE_sahel"))
        .arg("convert")
        .arg("-")
        .args(args)
        .stdin(std::fs::File::open(input).unwrap())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    o.stdout
}

#[test]
fn convert_streams_text_layers_and_writes_what_a_whole_read_writes() {
    let d = tmp();
    let gj = d.path().join("a.geojson");
    let o = sahel(&["extract", "examples/dispatches", "-o", gj.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let csv = d.path().join("a.csv");
    for (args, out) in [
        (vec!["--format", "csv"], &csv),
        (vec!["--type", "attack"], &d.path().join("attacks.geojson")),
    ] {
        let mut full = vec!["convert", gj.to_str().unwrap(), "-o", out.to_str().unwrap()];
        full.extend(&args);
        let o = sahel(&full);
        assert!(o.status.success(), "{args:?}: {}", text(&o.stderr));
        let mut whole_args = vec!["-o", "-"];
        whole_args.extend(&args);
        assert_eq!(
            std::fs::read(out).unwrap(),
            convert_whole(&gj, &whole_args),
            "{args:?}: the stream wrote other bytes than a whole read"
        );
    }
    // And back from the CSV, read as a stream too.
    let back = d.path().join("back.geojson");
    let o = sahel(&[
        "convert",
        csv.to_str().unwrap(),
        "-o",
        back.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(
        std::fs::read(&back).unwrap(),
        convert_whole(&csv, &["-o", "-", "--format", "geojson"])
    );
}

#[test]
fn extract_without_merging_streams_the_incidents_a_whole_run_finds() {
    let d = tmp();
    let streamed = d.path().join("s.geojson");
    let whole = d.path().join("w.json");
    for out in [&streamed, &whole] {
        let o = sahel(&[
            "extract",
            "examples/dispatches",
            "--no-merge",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", text(&o.stderr));
    }
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&streamed).unwrap()).unwrap();
    let w: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&whole).unwrap()).unwrap();
    let ids_s: Vec<&str> = s["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    let ids_w: Vec<&str> = w
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert!(ids_s.len() > 5);
    assert_eq!(ids_s, ids_w);
    // Nothing readable: no file, streamed or not.
    let out = d.path().join("none.geojson");
    assert_fails_without_output(
        &[
            "extract",
            "absent-article.txt",
            "--no-merge",
            "-o",
            out.to_str().unwrap(),
        ],
        &out,
        &["absent-article.txt", "nothing written"],
    );
}

#[test]
fn a_bad_feature_in_the_middle_of_a_stream_leaves_no_output() {
    let d = tmp();
    let gj = d.path().join("bad.geojson");
    let good = r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[-0.05,16.27]},"properties":{"event_date":"2024-03-16","fatalities":3}}"#;
    let bad = r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[-0.05,96.27]},"properties":{"event_date":"2024-03-16"}}"#;
    std::fs::write(
        &gj,
        format!(r#"{{"type":"FeatureCollection","features":[{good},{good},{bad},{good}]}}"#),
    )
    .unwrap();
    let out = d.path().join("out.csv");
    assert_fails_without_output(
        &["convert", gj.to_str().unwrap(), "-o", out.to_str().unwrap()],
        &out,
        &["bad.geojson", "feature 2"],
    );
}

#[test]
fn an_acled_event_told_in_two_rows_is_one_incident_in_a_stream() {
    let (d, csv) = acled_file(&[
        "MLI101,2024-03-16,2024,1,Battles,Armed clash,JNIM,Military Forces of Mali (2021-),Mali,Mopti,Djenne,Djenne,13.9,-4.55,1,5,,Studio",
        "MLI101,2024-03-16,2024,1,Battles,Armed clash,JNIM,Wagner Group,Mali,Mopti,Djenne,Djenne,13.9,-4.55,1,5,,Studio",
        "MLI102,2024-03-18,2024,1,Battles,Armed clash,EIGS,Military Forces of Mali (2021-),Mali,Gao,Ansongo,Ansongo,15.66,0.5,1,2,,RFI",
    ]);
    let out = d.path().join("out.geojson");
    let o = sahel(&[
        "convert",
        csv.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let f = v["features"].as_array().unwrap();
    assert_eq!(f.len(), 2);
    assert!(
        f[0]["properties"]["actors"]
            .as_str()
            .unwrap()
            .contains("Wagner"),
        "{}",
        f[0]["properties"]
    );
}

#[test]
fn extract_refuses_an_incident_layer_and_points_to_convert() {
    let d = tmp();
    let gj = d.path().join("a.geojson");
    std::fs::write(&gj, r#"{"type":"FeatureCollection","features":[]}"#).unwrap();
    assert_fails(
        &["extract", gj.to_str().unwrap()],
        &["a.geojson", "sahel convert"],
    );
}
