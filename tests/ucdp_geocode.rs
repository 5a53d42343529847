//! Geocoding real event records of the three countries: the UCDP GED rows
//! of Mali, Burkina Faso and Niger in the shared 1,000-event sample, by
//! their place name (`where_coordinates`, "Koulopagaré village"), region
//! and province columns and country, against UCDP's own coordinates.
//! Skips, saying why, when `../shared` is absent.

use sahel::gazetteer::geocode::{geocode_csv, GeocodeOptions};
use sahel::gazetteer::Gazetteer;
use sahel::geodesy::distance_km;
use std::path::PathBuf;

fn sample() -> Option<String> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/events/ucdp_ged231_sample1000_global.csv");
    match std::fs::read_to_string(&p) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!("skipping: {} not found (needs ../shared)", p.display());
            None
        }
    }
}

#[test]
fn ucdp_events_of_the_three_countries_geocode_within_10_km() {
    let Some(text) = sample() else { return };
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    let mut input = String::from("country,adm_1,adm_2,where_coordinates,where_prec,lat,lon\n");
    let mut by_country = std::collections::BTreeMap::new();
    for r in rdr.records() {
        let r = r.unwrap();
        let country = &r[col("country")];
        if !matches!(country, "Mali" | "Burkina Faso" | "Niger") {
            continue;
        }
        *by_country.entry(country.to_string()).or_insert(0) += 1;
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record([
            country,
            &r[col("adm_1")],
            &r[col("adm_2")],
            &r[col("where_coordinates")],
            &r[col("where_prec")],
            &r[col("latitude")],
            &r[col("longitude")],
        ])
        .unwrap();
        input.push_str(&String::from_utf8(w.into_inner().unwrap()).unwrap());
    }
    assert!(
        by_country.len() == 3,
        "the sample has events of the three countries: {by_country:?}"
    );
    let opts = GeocodeOptions {
        name_column: "where_coordinates".into(),
        region_column: Some("adm_1".into()),
        cercle_column: Some("adm_2".into()),
        country_column: Some("country".into()),
        ..Default::default()
    };
    let mut out = Vec::new();
    geocode_csv(Gazetteer::embedded(), &input, "ucdp", &mut out, &opts).unwrap();
    let mut rdr = csv::Reader::from_reader(out.as_slice());
    let h = rdr.headers().unwrap().clone();
    let names: Vec<&str> = h.iter().collect();
    // Our appended columns come after the input's (lat, lon are taken).
    let ours = |n: &str| {
        names
            .iter()
            .rposition(|x| *x == n || *x == format!("{n}_sahel"))
            .unwrap()
    };
    let (mut placed, mut near, mut wrong_country) = (0, 0, Vec::new());
    for r in rdr.records() {
        let r = r.unwrap();
        // UCDP's where_prec 3 and more is a region or larger: no point to
        // compare with.
        if r[4].parse::<u32>().unwrap_or(9) > 2 {
            continue;
        }
        placed += 1;
        let (Ok(lat), Ok(lon)) = (r[ours("lat")].parse::<f64>(), r[ours("lon")].parse::<f64>())
        else {
            continue;
        };
        let (ulat, ulon): (f64, f64) = (r[5].parse().unwrap(), r[6].parse().unwrap());
        if distance_km(lat, lon, ulat, ulon) <= 10.0 {
            near += 1;
        }
        let code = sahel::country::Country::parse(&r[0]).unwrap().code();
        if &r[ours("country")] != code {
            wrong_country.push(r[3].to_string());
        }
    }
    assert!(
        placed >= 10,
        "{placed} events placed at village or town level"
    );
    assert!(
        near as f64 >= 0.9 * placed as f64,
        "{near} of {placed} within 10 km of UCDP's point"
    );
    assert!(wrong_country.is_empty(), "{wrong_country:?}");
}
