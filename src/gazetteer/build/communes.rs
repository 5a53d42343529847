//! Mali's communes that no place of their name stands for.
//!
//! Reports place events by commune ("dans la commune de Dogofry", "la
//! commune rurale de Dangol-Boré"), and about a third of Mali's 703
//! communes bear a name no village has: the commune of Dogofry (Niono)
//! has Dogofryba K12 and forty other villages, but no Dogofry. Localités du
//! Mali lists each commune with its villages and their points, so such a
//! commune is placed at the median of its villages, as an `A.ADM3` unit
//! whose uncertainty is how far its villages spread. A commune whose name a
//! place near its villages already bears (its seat, most often) adds
//! nothing: that place is where a reader looks.

use super::{title_case, LocRow};
use crate::admin::AdminLocator;
use crate::fold::{fold, skeleton};
use crate::gazetteer::Place;
use crate::geodesy::{distance_km, round_to};
use std::collections::HashMap;

/// A place of the commune's name (or a spelling of it) within this distance, plus the spread
/// of its villages, of their median is the commune's seat or namesake.
const SEAT_KM: f64 = 40.0;

/// The fewest located villages that place a commune: one or two points
/// say little about where a commune lies.
const MIN_VILLAGES: usize = 3;

/// Commune names that are also common words or names of wider areas in
/// French reporting ("le Sahel", "la télé", an association "Benkadi"):
/// spotting them as places would misplace more events than it places.
const NOT_NAMES: &[&str] = &["sahel", "tele", "sony", "benkadi", "mande"];

/// One commune row of Localités du Mali.
#[derive(Debug)]
pub(super) struct CommuneRow {
    /// The 8-digit code, ending in `000`.
    pub code: String,
    /// The name, title-cased.
    pub name: String,
}

/// The commune a row of Localités du Mali is, if it is one: a code
/// ending in `000` under a cercle, a commune name and no village (fields
/// trimmed; read with the villages, in one pass over the file).
pub(super) fn commune_row(code: &str, name: &str, vfq: &str) -> Option<CommuneRow> {
    let is_commune = code.len() == 8 && code.ends_with("000") && !code.ends_with("000000");
    (is_commune && vfq.is_empty() && !name.is_empty()).then(|| CommuneRow {
        code: code.to_string(),
        name: title_case(name),
    })
}

/// Whether a commune's name can stand for it: not a stand-in ("Non encore
/// affecté"), not the town commune of a seat ("Commune de Kita", "Kayes
/// commune", whose town is already a place), and not a common word.
fn names_a_place(name: &str) -> bool {
    let lower = name.to_lowercase();
    !(lower.starts_with("commune ")
        || lower.ends_with(" commune")
        || lower.starts_with("non encore")
        || NOT_NAMES.contains(&fold(name).as_str()))
}

/// The median of values (upper median for an even count).
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Adds the communes no nearby place names, at their villages' median.
/// Returns how many were added.
pub(super) fn communes(
    communes: &[CommuneRow],
    rows: &[LocRow],
    points: &[Option<(f64, f64)>],
    admin: &AdminLocator,
    places: &mut Vec<Place>,
) -> usize {
    // Villages' cleaned points by commune code.
    let mut villages: HashMap<&str, Vec<(f64, f64)>> = HashMap::new();
    for (r, pt) in rows.iter().zip(points) {
        if let Some(pt) = pt {
            villages.entry(r.commune.as_str()).or_default().push(*pt);
        }
    }
    // Settled places by the skeleton of each name, for the seat check
    // (the GeoNames Dogofri stands for the commune of Dogofry).
    let mut by_name: HashMap<String, Vec<(f64, f64)>> = HashMap::new();
    for p in places.iter().filter(|p| matches!(p.class(), 'P' | 'A')) {
        for n in p.all_names() {
            by_name.entry(skeleton(n)).or_default().push((p.lat, p.lon));
        }
    }
    let mut added = 0;
    for c in communes.iter().filter(|c| names_a_place(&c.name)) {
        let Some(pts) = villages.get(c.code.as_str()) else {
            continue;
        };
        if pts.len() < MIN_VILLAGES {
            continue;
        }
        let lat = median(pts.iter().map(|p| p.0).collect());
        let lon = median(pts.iter().map(|p| p.1).collect());
        let mut d: Vec<f64> = pts
            .iter()
            .map(|&(a, o)| distance_km(lat, lon, a, o))
            .collect();
        d.sort_by(f64::total_cmp);
        // Three villages in four lie within this distance.
        let spread = d[(d.len() * 3) / 4];
        // A wide commune's seat lies farther from its villages' median
        // (Ménaka town, 60 km from the median of its commune's camps).
        let seated = by_name.get(&skeleton(&c.name)).is_some_and(|at| {
            at.iter()
                .any(|&(a, o)| distance_km(lat, lon, a, o) <= SEAT_KM + spread)
        });
        if seated {
            continue;
        }
        let Some(hit) = admin.locate(lat, lon) else {
            continue;
        };
        let mut p = Place::located(
            format!("loc:{}", c.code),
            c.name.clone(),
            (round_to(lat, 5), round_to(lon, 5)),
            &hit,
            format!("localites:{}", c.code),
            round_to(spread.clamp(3.0, 40.0), 1),
        );
        p.feature = "A.ADM3".into();
        places.push(p);
        added += 1;
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commune_rows_are_read_and_stand_ins_left_out() {
        let csv = "code,region,cercle,commune,vfq,gps,longitude,latitude,parent_code\r\n\
                   45000000,SÉGOU,NIONO,,,,,,40000000\r\n\
                   45008000,SÉGOU,NIONO,DOGOFRY,,,,,45000000\r\n\
                   45008001,SÉGOU,NIONO,DOGOFRY,DOGOFRYBA K12,\"-6.03, 14.78\",-6.03,14.78,45008000\r\n\
                   45009000,SÉGOU,NIONO,NON ENCORE AFFECTE,,,,,45000000\r\n";
        let mut rdr = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<CommuneRow> = rdr
            .records()
            .filter_map(|r| {
                let r = r.unwrap();
                commune_row(r[0].trim(), r[3].trim(), r[4].trim())
            })
            .collect();
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Dogofry", "Non Encore Affecte"]);
        assert!(names_a_place("Dogofry"));
        assert!(!names_a_place("Non Encore Affecte"));
        assert!(!names_a_place("Commune De Kita"));
        assert!(!names_a_place("Kayes Commune"));
        assert!(!names_a_place("Sahel"));
    }

    #[test]
    fn the_embedded_gazetteer_places_communes_no_village_names() {
        use crate::gazetteer::{Gazetteer, Hints};
        let g = Gazetteer::embedded();
        let best = |name: &str| g.resolve(name, &Hints::default()).unwrap()[0].place.clone();
        // Dangol-Boré: a commune of Douentza, at its villages.
        let p = best("Dangol-Boré");
        assert_eq!(
            (p.feature.as_str(), p.cercle.as_deref()),
            ("A.ADM3", Some("Douentza"))
        );
        assert!(p.precision_km >= 3.0 && p.precision_km <= 40.0, "{p:?}");
        // A commune named after its seat adds nothing: Ménaka is the town.
        assert_eq!(best("Ménaka").class(), 'P');
        // A spelling of an existing village stands for its commune: the
        // GeoNames Dogofri of Niono, not a second point beside it.
        assert!(g
            .places()
            .iter()
            .filter(|p| p.feature == "A.ADM3")
            .all(|p| p.name != "Dogofry" || p.cercle.as_deref() == Some("Nara")));
    }

    #[test]
    fn median_takes_the_middle_value() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), 3.0);
    }
}
