//! Corrections to the gazetteer: aliases, pins and suppressions, each with
//! its source.
//!
//! The open sources sahel is built from miss some spellings ("Jenne" for
//! Djenné), rank some homonyms badly, and keep a few bad rows. A
//! corrections file fixes these without editing the data:
//!
//! | action | effect |
//! |---|---|
//! | `alias` | `name` becomes another name of `target` |
//! | `pin` | `name` means `target` (or a new point at `lat`,`lon`): it is ranked first whenever the hints allow it |
//! | `suppress` | `target` is removed; with a `name` too, only that name is taken from it; with a `name` alone, every place of that name (in `area`) is removed |
//!
//! `target` is a place id (`gn:2460596`, `loc:…`, `osm:…`, as `gazetteer
//! lookup --json` shows) or a place name, read in `area` (a region or
//! cercle) when one is given. A pin with an `area` applies only when the
//! query's region hint holds the pinned place; to pin a name everywhere to
//! one of its homonyms, give the homonym's id and no area. Every row needs a `source`. The project's own corrections are
//! `gazetteer/corrections.tsv`; a user's (in `--gazetteer DIR`, any `.tsv`
//! file with this header) come after them, so a user's pin of a name wins
//! over the project's.
//!
//! ```
//! use sahel::gazetteer::{Gazetteer, Hints};
//! // "Jenne" is an English spelling of Djenné: an alias in the project's
//! // own corrections.
//! let g = Gazetteer::embedded();
//! let best = &g.resolve("Jenne", &Hints::default()).unwrap()[0];
//! assert_eq!(best.place.cercle.as_deref(), Some("Djenné"));
//! ```

use super::resolve::feature_prior;
use super::tsv::{check_header, opt, parse_f64};
use super::Place;
use crate::admin::{AdminLocator, RegionHint};
use crate::fold::fold;
use crate::gazetteer::{Error, Result};

/// Header of a corrections file.
pub const CORRECTIONS_HEADER: &str = "action\tname\ttarget\tarea\tlat\tlon\tsource";

/// The project's curated corrections.
pub const EMBEDDED_CORRECTIONS: &str = include_str!("../../gazetteer/corrections.tsv");

/// A pinned name, kept by the gazetteer and applied by
/// [`super::Gazetteer::resolve`].
#[derive(Debug, Clone, PartialEq)]
pub struct Pin {
    /// The folded name pinned.
    pub key: String,
    /// The id of the place it means.
    pub place_id: String,
    /// Applies only to queries hinted inside this area.
    pub area: Option<RegionHint>,
    /// Where the correction comes from, for the reasons shown to users.
    pub source: String,
}

/// Applies the corrections of one file to `places`, in file order, and
/// returns the pins it makes. Errors name the file, the line and what is
/// wrong; nothing is half-applied when an error is returned by parsing
/// (rows are checked before any is applied).
pub fn apply_corrections(
    places: &mut Vec<Place>,
    text: &str,
    origin: &str,
    admin: &AdminLocator,
) -> Result<Vec<Pin>> {
    check_header(text, CORRECTIONS_HEADER, origin)?;
    let rows = parse_rows(text, origin, admin)?;
    let mut pins = Vec::new();
    for r in rows {
        let at = At {
            origin,
            line: r.line,
        };
        let source = format!("correction:{}", r.source);
        match r.action {
            Action::Alias => {
                let name = r.name.clone().expect("checked");
                let i = find_target(places, r.target.as_deref().expect("checked"), &r.area)
                    .ok_or_else(|| not_found(&at, &r))?;
                add_name(&mut places[i], &name, &source);
            }
            Action::Pin => {
                let name = r.name.clone().expect("checked");
                let i = match (&r.target, r.point) {
                    (Some(t), _) => {
                        find_target(places, t, &r.area).ok_or_else(|| not_found(&at, &r))?
                    }
                    (None, Some((lat, lon))) => {
                        let hit = admin.locate(lat, lon).ok_or_else(|| {
                            at.err(format!("pin of {name:?} at {lat},{lon} lies outside Mali, Burkina Faso and Niger"))
                        })?;
                        places.push(Place::located(
                            format!("pin:{}:{}", fold(&name), places.len()),
                            name.clone(),
                            (lat, lon),
                            &hit,
                            source.clone(),
                            1.0,
                        ));
                        places.len() - 1
                    }
                    (None, None) => unreachable!("checked"),
                };
                add_name(&mut places[i], &name, &source);
                pins.push(Pin {
                    key: fold(&name),
                    place_id: places[i].id.clone(),
                    area: r.area.clone(),
                    source: r.source.clone(),
                });
            }
            Action::Suppress => match (&r.target, &r.name) {
                (Some(t), name) => {
                    let i = find_target(places, t, &r.area).ok_or_else(|| not_found(&at, &r))?;
                    match name {
                        // Only that name is wrong: the place keeps the others.
                        Some(n) if fold(n) != fold(&places[i].name) => {
                            let key = fold(n);
                            places[i].names.retain(|x| fold(x) != key);
                        }
                        _ => {
                            places.remove(i);
                        }
                    }
                }
                (None, Some(n)) => {
                    let key = fold(n);
                    let before = places.len();
                    places.retain(|p| {
                        !(p.all_names().any(|x| fold(x) == key) && in_area(p, &r.area))
                    });
                    if places.len() == before {
                        return Err(at.err(format!(
                            "suppress {n:?}: no place of that name{}",
                            area_words(&r.area)
                        )));
                    }
                }
                (None, None) => unreachable!("checked"),
            },
        }
    }
    Ok(pins)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Action {
    Alias,
    Pin,
    Suppress,
}

struct Row {
    line: usize,
    action: Action,
    name: Option<String>,
    target: Option<String>,
    area: Option<RegionHint>,
    point: Option<(f64, f64)>,
    source: String,
}

fn parse_rows(text: &str, origin: &str, admin: &AdminLocator) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let line_no = i + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = At {
            origin,
            line: line_no,
        };
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 7 {
            return Err(at.err(format!(
                "expected 7 tab-separated fields ({CORRECTIONS_HEADER}), found {}",
                f.len()
            )));
        }
        let action = match f[0].trim() {
            "alias" => Action::Alias,
            "pin" => Action::Pin,
            "suppress" => Action::Suppress,
            other => {
                return Err(at.err(format!(
                    "unknown action {other:?}: expected alias, pin or suppress"
                )))
            }
        };
        let (name, target) = (opt(f[1]), opt(f[2]));
        let area = opt(f[3])
            .map(|a| {
                admin
                    .region_hint(&a)
                    .or_else(|_| admin.cercle_hint(&a))
                    .map_err(|_| at.err(format!("unknown area {a:?}: expected a region or cercle")))
            })
            .transpose()?;
        let point = match (opt(f[4]), opt(f[5])) {
            (None, None) => None,
            (Some(a), Some(b)) => {
                let lat = parse_f64(&a, "lat", origin, line_no)?;
                let lon = parse_f64(&b, "lon", origin, line_no)?;
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                    return Err(at.err(format!("coordinates {lat},{lon} out of range")));
                }
                Some((lat, lon))
            }
            _ => return Err(at.err("give both lat and lon, or neither")),
        };
        let source = opt(f[6]).ok_or_else(|| at.err("every correction needs a source"))?;
        match action {
            Action::Alias if name.is_none() || target.is_none() => {
                return Err(
                    at.err("alias needs a name and a target (the place it is another name of)")
                )
            }
            Action::Pin if name.is_none() => return Err(at.err("pin needs the name it pins")),
            Action::Pin if target.is_some() == point.is_some() => {
                return Err(at.err("pin needs either a target or a lat/lon point, not both"))
            }
            Action::Suppress if name.is_none() && target.is_none() => {
                return Err(at.err("suppress needs a target, a name, or both"))
            }
            Action::Alias | Action::Suppress if point.is_some() => {
                return Err(at.err("only a pin takes a lat/lon point"))
            }
            _ => {}
        }
        rows.push(Row {
            line: line_no,
            action,
            name,
            target,
            area,
            point,
            source,
        });
    }
    Ok(rows)
}

/// A place by id, or the most likely place of that name (in `area`).
fn find_target(places: &[Place], target: &str, area: &Option<RegionHint>) -> Option<usize> {
    if let Some(i) = places.iter().position(|p| p.id == target) {
        return Some(i);
    }
    let key = fold(target);
    // One buffer for the folded names: this scans every place.
    let mut buf = String::new();
    let mut named = |p: &Place| {
        p.all_names().any(|n| {
            crate::fold::fold_into(n, &mut buf);
            buf == key
        })
    };
    places
        .iter()
        .enumerate()
        .filter(|(_, p)| in_area(p, area) && named(p))
        .max_by(|(_, a), (_, b)| {
            let w = |p: &Place| feature_prior(p) * (1.0 + (1.0 + p.population as f64).log10());
            w(a).total_cmp(&w(b))
        })
        .map(|(i, _)| i)
}

fn in_area(p: &Place, area: &Option<RegionHint>) -> bool {
    area.as_ref()
        .is_none_or(|a| a.contains(p.region.as_deref(), p.cercle.as_deref()))
}

fn area_words(area: &Option<RegionHint>) -> String {
    area.as_ref()
        .map_or(String::new(), |a| format!(" in {}", a.label()))
}

/// A line of a corrections file, for errors.
struct At<'a> {
    origin: &'a str,
    line: usize,
}

impl At<'_> {
    fn err(&self, problem: impl Into<String>) -> Error {
        Error::line(self.origin, self.line, problem)
    }
}

fn not_found(at: &At, r: &Row) -> Error {
    at.err(format!(
        "target {:?} is no place id and no place name{}",
        r.target.as_deref().unwrap_or(""),
        area_words(&r.area)
    ))
}

fn add_name(p: &mut Place, name: &str, source: &str) {
    let key = fold(name);
    if !p.all_names().any(|n| fold(n) == key) {
        p.names.push(name.to_string());
    }
    if !p.sources.iter().any(|s| s == source) {
        p.sources.push(source.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Gazetteer, Hints};

    fn with(corrections: &str) -> Result<Gazetteer> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("fixes.tsv"),
            format!("{CORRECTIONS_HEADER}\n{corrections}"),
        )
        .unwrap();
        Gazetteer::load_embedded()?.add_supplement_dir(dir.path())
    }

    #[test]
    fn project_aliases_resolve_english_spellings() {
        let g = Gazetteer::embedded();
        for n in ["Jenne", "Jenné", "Djenné"] {
            let c = &g.resolve(n, &Hints::default()).unwrap()[0];
            assert_eq!(c.place.cercle.as_deref(), Some("Djenné"), "{n}");
            assert!(c.place.class() == 'P', "{n}: {:?}", c.place);
        }
    }

    #[test]
    fn a_pin_ranks_first_and_says_why() {
        // Bamba in Bourem cercle, not the Sikasso village of that name.
        let id = Gazetteer::embedded()
            .resolve(
                "Bamba",
                &Gazetteer::embedded()
                    .hints(Some("Bourem"), None, None)
                    .unwrap(),
            )
            .unwrap()[0]
            .place
            .id
            .clone();
        let g = with(&format!("pin\tBamba\t{id}\t\t\t\tanalyst note 2026-11\n")).unwrap();
        let c = &g.resolve("Bamba", &Hints::default()).unwrap()[0];
        assert_eq!(c.place.cercle.as_deref(), Some("Bourem"));
        assert!(c
            .reasons
            .iter()
            .any(|r| r.contains("pinned") && r.contains("analyst note")));
        // A region hint elsewhere still wins over the pin.
        let h = g.hints(Some("Sikasso"), None, None).unwrap();
        let c = &g.resolve("Bamba", &h).unwrap()[0];
        assert_eq!(c.place.region.as_deref(), Some("Sikasso"));
    }

    #[test]
    fn a_pin_holds_for_a_spelling_one_typo_away() {
        // The project pins Koutougou to the Soum's seat; "Koutoukou" is
        // two typos from the city of Koudougou and one from the pin.
        let g = Gazetteer::embedded();
        let c = &g.resolve("Koutoukou", &Hints::default()).unwrap()[0];
        assert_eq!(c.place.cercle.as_deref(), Some("Soum"), "{:?}", c.reasons);
        assert!(c.reasons.iter().any(|r| r.contains("pinned")));
        // A name the gazetteer has as written is not another's typo.
        let c = &g.resolve("Koudougou", &Hints::default()).unwrap()[0];
        assert_eq!(c.place.cercle.as_deref(), Some("Boulkiemdé"));
    }

    #[test]
    fn a_pin_to_a_new_point_outranks_the_embedded_rows() {
        let g = with("pin\tTessit\t\t\t15.20\t0.29\tfield team GPS\n").unwrap();
        let c = &g.resolve("Tessit", &Hints::default()).unwrap()[0];
        assert!((c.place.lat - 15.20).abs() < 1e-9 && (c.place.lon - 0.29).abs() < 1e-9);
        assert!(c.place.id.starts_with("pin:"));
    }

    #[test]
    fn an_area_pin_applies_only_inside_its_area() {
        let g = with("pin\tBamba\tBamba\tBourem\t\t\tnote\n").unwrap();
        let pinned = |h: &Hints| {
            g.resolve("Bamba", h).unwrap()[0]
                .reasons
                .iter()
                .any(|r| r.contains("pinned"))
        };
        assert!(pinned(&g.hints(Some("Gao"), None, None).unwrap()));
        assert!(
            !pinned(&Hints::default()),
            "no hint: an area pin stays silent"
        );
    }

    #[test]
    fn suppress_removes_an_entry_or_one_of_its_names() {
        let g = Gazetteer::embedded();
        let first = g.resolve("Bamba", &Hints::default()).unwrap()[0]
            .place
            .id
            .clone();
        let g2 = with(&format!("suppress\t\t{first}\t\t\t\tbad row\n")).unwrap();
        assert!(g2
            .resolve("Bamba", &Hints::default())
            .unwrap()
            .iter()
            .all(|c| c.place.id != first));
        let g3 = with("suppress\tBamba\t\tSikasso\t\t\tnot a town\n").unwrap();
        assert!(g3
            .resolve("Bamba", &Hints::default())
            .unwrap()
            .iter()
            .all(|c| c.place.region.as_deref() != Some("Sikasso")));
    }

    #[test]
    fn bad_rows_name_the_file_line_and_problem() {
        for (row, says) in [
            ("rename\tX\tY\t\t\t\ts\n", "unknown action"),
            ("alias\tJenne\t\t\t\t\ts\n", "alias needs"),
            ("alias\tJenne\tDjenné\t\t\t\t\n", "needs a source"),
            ("pin\tX\t\t\t\t\ts\n", "either a target or a lat/lon"),
            ("pin\tX\t\t\t15.2\t\ts\n", "both lat and lon"),
            ("pin\tX\t\t\t48.8\t2.3\ts\n", "outside Mali"),
            ("alias\tX\tNowhere Xq\t\t\t\ts\n", "no place name"),
            ("alias\tX\tGao\tNarnia\t\t\ts\n", "unknown area"),
            ("alias\tX\n", "expected 7"),
        ] {
            let e = match with(row) {
                Ok(_) => panic!("{row:?} accepted"),
                Err(e) => format!("{e:#}"),
            };
            assert!(
                e.contains("fixes.tsv:2") && e.contains(says),
                "{row:?}: {e}"
            );
        }
    }
}
