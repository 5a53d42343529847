//! Tests of the gazetteer build.

use super::*;

#[test]
fn title_case_handles_apostrophes_and_hyphens() {
    assert_eq!(title_case("OGOSSAGOU-PEULH"), "Ogossagou-Peulh");
    assert_eq!(title_case("N'TILLIT"), "N'Tillit");
    assert_eq!(title_case("SÉGOU"), "Ségou");
}

#[test]
fn names_agree_on_spelling_variants_only() {
    assert_eq!(name_agreement("Dioura", "DIOURA"), Some(0));
    assert_eq!(name_agreement("Diabaly", "Diabali"), Some(1));
    assert_eq!(
        name_agreement("Ogassagou-Dogon", "Ogossagou-Dogon"),
        Some(2)
    );
    assert_eq!(name_agreement("Ogossagou-Dogon", "Ogossagou-Peulh"), None);
    assert_eq!(name_agreement("Sare", "Sara"), None);
}

#[test]
fn codes_and_scripts_are_not_names() {
    assert!(is_code("GAQ"));
    assert!(is_code("ML-7"));
    assert!(!is_code("Gao"));
    assert!(is_latin("Ségou"));
    assert!(!is_latin("تاودني"));
}

fn loc(code: &str, name: &str, cercle: &str, commune: &str, lat: f64, lon: f64) -> LocRow {
    let admin = AdminLocator::embedded();
    LocRow {
        code: code.into(),
        name: name.into(),
        cercle: admin.cercles().iter().position(|c| c.name == cercle),
        commune: commune.into(),
        lat,
        lon,
        coarse: false,
    }
}

#[test]
fn slips_are_fixed_only_when_the_stated_cercle_agrees() {
    let admin = AdminLocator::embedded();
    let rows = vec![
        // Tessit as Localités publishes it: west of Greenwich, in Gao
        // cercle, while the row says Ansongo.
        loc("72061932", "Tessit", "Ansongo", "72061000", 15.23, -0.29),
        // The ghost Ménaka of Tombouctou region: the town is at +2.40.
        loc("74045761", "Menaka", "Ménaka", "74045000", 15.92, -2.4),
        // Off by one degree of latitude: Balaguina-Habé of Timiri
        // (Bandiagara) published in Mopti cercle.
        loc(
            "52077035",
            "Balaguina-Habe",
            "Bandiagara",
            "52077000",
            14.98,
            -4.04,
        ),
        // Right as published: Dioura, Ténenkou.
        loc("57000001", "Dioura", "Ténenkou", "57000000", 14.83, -5.25),
        // In Kati's row list but 200 km away with no slip that explains it.
        loc("25000001", "Nowhere", "Kati", "25000000", 14.93, -7.97),
    ];
    let (points, log) = check_localites(&rows, admin, &Evidence::new(), &Evidence::new());
    assert_eq!(points[0], Some((15.23, 0.29)));
    assert_eq!(points[1], Some((15.92, 2.4)));
    assert_eq!(points[2], Some((13.98, -4.04)));
    assert_eq!(points[3], Some((14.83, -5.25)));
    assert_eq!(points[4], None);
    let actions: Vec<(&str, &str)> = log.iter().map(|c| (c.source.as_str(), c.action)).collect();
    assert_eq!(
        actions,
        [
            ("localites:72061932", "lon_sign"),
            ("localites:74045761", "lon_sign"),
            ("localites:52077035", "lat_minus_1"),
            ("localites:25000001", "dropped"),
        ]
    );
    assert_eq!(admin.locate(15.92, 2.4).map(|h| h.cercle), Some("Ménaka"));
}

#[test]
fn a_mirror_confirmed_by_another_source_wins_inside_a_straddling_cercle() {
    let admin = AdminLocator::embedded();
    // Gao cercle lies on both sides of the meridian: only the other
    // source (an OSM Kobé east of Gao) tells which side is right.
    let rows = vec![loc("71013499", "Kobe", "Gao", "71013000", 16.06, -0.12)];
    let (points, _) = check_localites(&rows, admin, &Evidence::new(), &Evidence::new());
    assert_eq!(points[0], Some((16.06, -0.12)), "nothing says otherwise");
    let mut ev = Evidence::new();
    ev.add(vec!["Kobé".into()], 16.0484, 0.1113);
    let (points, log) = check_localites(&rows, admin, &ev, &Evidence::new());
    assert_eq!(points[0], Some((16.06, 0.12)));
    assert!(log[0].reason.contains("mirrored point"), "{:?}", log[0]);
}

#[test]
fn a_point_the_independent_map_confirms_is_not_moved_into_its_cercle() {
    let admin = AdminLocator::embedded();
    // Three villages of Kassa (Koro) as Localités publishes them, north of
    // what the boundary file gives Koro: one degree south would be inside.
    let rows = vec![
        loc("56041781", "Saou", "Koro", "56041000", 14.74, -3.06),
        loc("56041001", "Amba", "Koro", "56041000", 14.79, -2.97),
        loc("56041313", "Berdossou", "Koro", "56041000", 14.73, -3.06),
    ];
    let (points, log) = check_localites(&rows, admin, &Evidence::new(), &Evidence::new());
    assert_eq!(points[0], Some((13.74, -3.06)), "nothing says otherwise");
    assert_eq!(log.len(), 3);
    // OpenStreetMap has Saou and Amba where published: those two stay, and
    // Berdossou, of the same commune, with them.
    let mut osm = Evidence::new();
    osm.add(vec!["Saou".into()], 14.7429, -3.0575);
    osm.add(vec!["Amba".into()], 14.7916, -2.9707);
    let (points, log) = check_localites(&rows, admin, &osm, &osm);
    assert_eq!(points[0], Some((14.74, -3.06)));
    assert_eq!(points[1], Some((14.79, -2.97)));
    assert_eq!(points[2], Some((14.73, -3.06)));
    assert!(log.is_empty(), "{log:?}");
    // A slip the map confirms stays fixed, whatever the commune's others.
    let mut osm = Evidence::new();
    osm.add(vec!["Saou".into()], 14.7429, -3.0575);
    osm.add(vec!["Amba".into()], 14.7916, -2.9707);
    osm.add(vec!["Berdossou".into()], 13.73, -3.06);
    let (points, _) = check_localites(&rows, admin, &osm, &osm);
    assert_eq!(points[2], Some((13.73, -3.06)));
}

#[test]
fn geonames_rows_outside_mali_are_dropped() {
    let admin = AdminLocator::embedded();
    let mut report = BuildReport::default();
    let row = |id: &str, name: &str, lat: &str, lon: &str| {
        format!("{id}\t{name}\t{name}\t\t{lat}\t{lon}\tP\tPPL\tML\t\t00\t\t\t\t0\t\t300\tAfrica/Bamako\t2020-01-01")
    };
    // Tiko's longitude is a sign error (SOURCES.md); Dioura is fine.
    let text = [
        row("2449677", "Tiko", "12.13333", "8.4"),
        row("2458636", "Dioura", "14.8252", "-5.2547"),
    ]
    .join("\n");
    let places = geonames(&text, "ML.txt", None, admin, &mut report).unwrap();
    assert_eq!(places.len(), 1);
    assert_eq!(places[0].cercle.as_deref(), Some("Ténenkou"));
    assert_eq!(report.geonames, (2, 1, 1));
    let short = geonames("1\tX", "ML.txt", None, admin, &mut report)
        .unwrap_err()
        .to_string();
    assert!(short.contains("ML.txt:1"), "{short}");
}

#[test]
fn a_point_beside_its_communes_villages_is_not_a_degree_off() {
    let admin = AdminLocator::embedded();
    // N'Gara (Ségou): most villages lie in the cercle as published; Mani,
    // a few km from them, falls just outside the boundary file's line.
    let rows = vec![
        loc(
            "41035001",
            "Bougou Koura",
            "Ségou",
            "41035000",
            13.26,
            -6.54,
        ),
        loc("41035889", "N'Gara", "Ségou", "41035000", 13.31, -6.51),
        loc("41035671", "Mani", "Ségou", "41035000", 13.25, -6.57),
    ];
    let (points, log) = check_localites(&rows, admin, &Evidence::new(), &Evidence::new());
    assert_eq!(points[2], Some((13.25, -6.57)), "{log:?}");
    assert!(log.is_empty(), "{log:?}");
    // Alone in its commune, the same row is moved as before.
    let (points, _) = check_localites(&rows[2..], admin, &Evidence::new(), &Evidence::new());
    assert_eq!(points[0], Some((14.25, -6.57)));
}
