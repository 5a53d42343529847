//! The 29 place names of the seed articles resolve to the right place, with
//! the hints the seeds give (their region, their "à 30 km de ..." phrases).
//!
//! Reads `../shared/data/gazetteer/name_check.tsv`, `../shared/seeds/gold.json`
//! and the UCDP sample; skipped with a message when `../shared` is absent.

use sahel::fold::fold;
use sahel::gazetteer::relative::{parse_relative, DistanceKind};
use sahel::gazetteer::{Gazetteer, Hints};
use sahel::geodesy::distance_km;
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("data/gazetteer/name_check.tsv").exists() && p.join("seeds/gold.json").exists() {
        Some(p)
    } else {
        eprintln!(
            "skipping: {} not found (the seed name check needs ../shared)",
            p.display()
        );
        None
    }
}

struct GoldContext {
    region: Option<String>,
    relative: Option<String>,
}

/// Region and relative phrase the gold annotation gives for a place name.
fn gold_context(gold: &serde_json::Value, name: &str) -> Option<GoldContext> {
    let key = fold(name);
    gold["incidents"].as_array()?.iter().find_map(|inc| {
        let names = inc["places"].as_array()?;
        if !names
            .iter()
            .any(|n| n.as_str().is_some_and(|n| fold(n) == key))
        {
            return None;
        }
        let is_main = inc["main_place"].as_str().is_some_and(|m| fold(m) == key);
        Some(GoldContext {
            region: inc["region"].as_str().map(str::to_string),
            relative: inc["relative"]
                .as_str()
                .filter(|_| is_main)
                .map(str::to_string),
        })
    })
}

/// Where UCDP puts a village that GeoNames lacks.
fn ucdp_point(shared: &std::path::Path, village: &str) -> Option<(f64, f64)> {
    let text =
        std::fs::read_to_string(shared.join("data/events/ucdp_ged231_sample_mali_bf_ne.csv"))
            .ok()?;
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let h = rdr.headers().ok()?.clone();
    let col = |n: &str| h.iter().position(|x| x == n);
    let (wc, la, lo) = (
        col("where_coordinates")?,
        col("latitude")?,
        col("longitude")?,
    );
    rdr.records().flatten().find_map(|r| {
        if !fold(&r[wc]).starts_with(&fold(village)) {
            return None;
        }
        Some((r[la].parse().ok()?, r[lo].parse().ok()?))
    })
}

#[test]
fn the_29_seed_names_resolve_to_the_right_place() {
    let Some(shared) = shared() else { return };
    let g = Gazetteer::embedded();
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shared.join("seeds/gold.json")).unwrap())
            .unwrap();
    let check = std::fs::read_to_string(shared.join("data/gazetteer/name_check.tsv")).unwrap();
    let mut lines = check.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = |n: &str| header.iter().position(|h| *h == n).unwrap();
    let (c_q, c_lat, c_lon) = (col("query"), col("best_lat"), col("best_lon"));

    let mut failures = Vec::new();
    let mut n = 0;
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        let name = f[c_q];
        n += 1;
        let ctx = gold_context(&gold, name);
        let region = ctx.as_ref().and_then(|c| c.region.clone());
        let relative = ctx
            .as_ref()
            .and_then(|c| c.relative.as_deref())
            .and_then(parse_relative);
        let mut hints = g
            .hints(region.as_deref(), None, None)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Some(r) = &relative {
            hints.near = Some(g.relative_hint(r, &Hints::default()).unwrap());
        }
        let cands = g.resolve(name, &hints).unwrap();
        let Some(best) = cands.first() else {
            failures.push(format!("{name}: unresolved"));
            continue;
        };
        let p = best.place;
        // What "the right place" is: the seed's own constraint when it
        // states one, else the place the name check found (UCDP's point for
        // the village GeoNames lacks).
        let ok = match &relative {
            Some(r) => {
                let near = hints.near.as_ref().unwrap();
                let d = distance_km(p.lat, p.lon, near.lat, near.lon);
                let limit = near.within_km.unwrap();
                let ok = d <= limit;
                if !ok {
                    failures.push(format!(
                        "{name}: {d:.0} km from {} (limit {limit:.0} km, {:?})",
                        near.label, r.kind
                    ));
                }
                ok
            }
            None => {
                let expected = match (f[c_lat].parse::<f64>(), f[c_lon].parse::<f64>()) {
                    (Ok(a), Ok(b)) => (a, b),
                    _ => ucdp_point(&shared, name)
                        .unwrap_or_else(|| panic!("{name}: no expected point")),
                };
                let d = distance_km(p.lat, p.lon, expected.0, expected.1);
                if d > 10.0 {
                    failures.push(format!(
                        "{name}: resolved to {} ({},{}) {d:.0} km from the expected {expected:?}",
                        p.name, p.lat, p.lon
                    ));
                }
                d <= 10.0
            }
        };
        if ok {
            if let Some(r) = &region {
                assert!(
                    best.reasons.iter().any(|x| x.starts_with("in ")),
                    "{name}: region {r} not used: {:?}",
                    best.reasons
                );
            }
        }
    }
    assert_eq!(n, 29, "name_check.tsv lists 29 names");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_seed_specifics_hold() {
    let Some(_) = shared() else { return };
    let g = Gazetteer::embedded();
    // Banankoro near Bamako when the text says "à moins de 30km de Bamako".
    let r = parse_relative("à moins de 30km de Bamako").unwrap();
    assert_eq!(r.kind, DistanceKind::AtMost);
    let hints = Hints {
        near: Some(g.relative_hint(&r, &Hints::default()).unwrap()),
        ..Default::default()
    };
    let b = &g.resolve("Banankoro", &hints).unwrap()[0];
    assert!(distance_km(b.place.lat, b.place.lon, 12.65, -8.0) <= 30.0);
    // Mahou in the Koutiala area; Diabaly found as Diabali; Tombouctou as Timbuktu.
    let m = &g
        .resolve("Mahou", &g.hints(Some("Koutiala"), None, None).unwrap())
        .unwrap()[0];
    assert_eq!(m.place.cercle.as_deref(), Some("Yorosso"));
    let d = &g.resolve("Diabaly", &Hints::default()).unwrap()[0];
    assert_eq!(d.place.name, "Diabali");
    let t = &g.resolve("Tombouctou", &Hints::default()).unwrap()[0];
    assert_eq!(t.place.name, "Timbuktu");
}
