//! A watch list for security teams: which incidents happened within a
//! radius of each of their sites (bases, warehouses, roads), and which of
//! them are new since the last check.
//!
//! Sites come from a small CSV ([`read_sites`]): a name the gazetteer
//! resolves, or a latitude and longitude, and a radius of its own if the
//! site wants one. "New" means not seen by an earlier run ([`SeenState`],
//! a JSON file of incident ids, so that a daily job reports each incident
//! once), or dated on or after a day ([`NewSince::Date`]).
//!
//! ```
//! use sahel::watch::{watch, NewSince, Site};
//! use sahel::coords::LatLon;
//! use sahel::model::*;
//! let near_gao = Incident { id: "x-1".into(), date: None,
//!     location: Some(Location { lat: 16.30, lon: -0.05, precision: LocationPrecision::Exact, uncertainty_km: 1.0,
//!         name_written: "Gao".into(), name_resolved: None, region: None, cercle: None,
//!         region_current: None, cercle_current: None, country: None }),
//!     event_type: EventType::Attack, actors: vec![], fatalities: Casualties::exact(3),
//!     wounded: Casualties::unknown(), sources: vec![], notes: vec![] };
//! let site = Site { name: "Base Gao".into(), at: LatLon::new(16.27, -0.04), place: None, radius_km: 50.0, line: 2 };
//! let found = watch(&[near_gao], &[site], &NewSince::Everything);
//! assert_eq!(found[0].inside.len(), 1);
//! assert!(found[0].inside[0].distance_km < 5.0);
//! assert!(found[0].inside[0].new);
//! ```

use crate::coords::LatLon;
use crate::gazetteer::Gazetteer;
use crate::geodesy::bearing_deg;
use crate::index::{placed_only_to_region, region_level_overlapping, SpatialIndex};
use crate::model::Incident;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What can go wrong reading sites or the state of earlier runs.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A line of the sites file is not a site.
    #[error("{origin}:{line}: {problem}")]
    Site {
        /// The sites file.
        origin: String,
        /// Its 1-based line.
        line: usize,
        /// What is wrong.
        problem: String,
    },
    /// The sites file as a whole.
    #[error("{origin}: {problem}")]
    Sites {
        /// The sites file.
        origin: String,
        /// What is wrong.
        problem: String,
    },
    /// The state file exists but is not sahel's.
    #[error("{}: not a sahel watch state file ({problem}); remove it to start again", path.display())]
    State {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        problem: String,
    },
    /// Reading or writing a file failed.
    #[error(transparent)]
    Files(#[from] crate::files::Error),
}

/// `Result` with this module's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A place to watch.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// The site's name, as the file gives it.
    pub name: String,
    /// Where it is.
    pub at: LatLon,
    /// The gazetteer's place it was found at, when it was found by name.
    pub place: Option<String>,
    /// The radius watched, km.
    pub radius_km: f64,
    /// Its line in the sites file (for messages).
    pub line: usize,
}

/// Which incidents count as new.
#[derive(Debug, Clone, PartialEq)]
pub enum NewSince {
    /// All of them (the first check).
    Everything,
    /// Those that may have happened on or after this day.
    Date(chrono::NaiveDate),
    /// Those whose id an earlier run has not seen.
    NotSeen(BTreeSet<String>),
}

impl NewSince {
    fn is_new(&self, i: &Incident) -> bool {
        match self {
            NewSince::Everything => true,
            NewSince::Date(d) => i.date.is_none_or(|x| x.end >= *d),
            NewSince::NotSeen(seen) => !seen.contains(&i.id),
        }
    }
}

/// An incident near a site.
#[derive(Debug, Clone, PartialEq)]
pub struct Sighting {
    /// The incident's position in the input.
    pub index: usize,
    /// Great-circle distance from the site, km.
    pub distance_km: f64,
    /// Initial bearing from the site to the incident, degrees from north.
    pub bearing_deg: f64,
    /// Whether it is new ([`NewSince`]).
    pub new: bool,
}

/// What one site sees.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteReport {
    /// The site.
    pub site: Site,
    /// Incidents placed within the radius, newest first.
    pub inside: Vec<Sighting>,
    /// Incidents known only to their region whose uncertainty reaches the
    /// radius: perhaps inside, perhaps not, newest first.
    pub perhaps: Vec<Sighting>,
}

impl SiteReport {
    /// How many of the site's incidents are new, certain or not.
    pub fn new_count(&self) -> usize {
        self.inside
            .iter()
            .chain(&self.perhaps)
            .filter(|s| s.new)
            .count()
    }
}

/// The 16-point compass direction of a bearing ("NE", "SSW").
///
/// ```
/// assert_eq!(sahel::watch::compass(44.0), "NE");
/// assert_eq!(sahel::watch::compass(359.0), "N");
/// ```
pub fn compass(bearing: f64) -> &'static str {
    const POINTS: [&str; 16] = [
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW",
        "NW", "NNW",
    ];
    let k = ((bearing.rem_euclid(360.0) + 11.25) / 22.5) as usize % 16;
    POINTS[k]
}

/// Each site's incidents: within its radius, and known only to a region
/// that reaches it, newest first.
pub fn watch(incidents: &[Incident], sites: &[Site], new: &NewSince) -> Vec<SiteReport> {
    let idx = SpatialIndex::from_incidents_where(incidents, |i| !placed_only_to_region(i));
    let sighting = |site: &Site, index: usize, distance_km: f64| {
        let i = &incidents[index];
        let l = i.location.as_ref().expect("indexed incidents are placed");
        Sighting {
            index,
            distance_km,
            bearing_deg: bearing_deg(site.at.lat, site.at.lon, l.lat, l.lon),
            new: new.is_new(i),
        }
    };
    // Newest first; among equals, nearest first.
    let newest_first = |v: &mut Vec<Sighting>| {
        v.sort_by(|a, b| {
            let day = |s: &Sighting| incidents[s.index].date.map(|d| d.end);
            day(b)
                .cmp(&day(a))
                .then(a.distance_km.total_cmp(&b.distance_km))
        })
    };
    sites
        .iter()
        .map(|site| {
            let (lat, lon) = (site.at.lat, site.at.lon);
            let mut inside: Vec<Sighting> = idx
                .within(lat, lon, site.radius_km)
                .into_iter()
                .map(|h| sighting(site, h.index, h.distance_km))
                .collect();
            let mut perhaps: Vec<Sighting> =
                region_level_overlapping(incidents, lat, lon, site.radius_km)
                    .into_iter()
                    .map(|h| sighting(site, h.index, h.distance_km))
                    .collect();
            newest_first(&mut inside);
            newest_first(&mut perhaps);
            SiteReport {
                site: site.clone(),
                inside,
                perhaps,
            }
        })
        .collect()
}

/// The column of the header that has one of these names (compared without
/// case or accents).
fn column(header: &csv::StringRecord, names: &[&str]) -> Option<usize> {
    header.iter().position(|h| {
        let h = crate::fold::fold(h);
        names.iter().any(|n| crate::fold::fold(n) == h)
    })
}

/// The place a site's words name: all of them ("Sévaré"), else the
/// shortest ending that is a known place ("Base Sévaré", "Entrepôt PAM
/// Gao"): teams name their sites after the town they are in.
fn place_of(g: &Gazetteer, words: &str) -> Option<crate::gazetteer::NearHint> {
    if let Ok(p) = g.reference_point(words, None) {
        return Some(p);
    }
    // An ending only when it is the place's very name: spelling
    // tolerance on a part of a label finds villages nobody meant.
    let w: Vec<&str> = words.split_whitespace().collect();
    (1..w.len()).find_map(|k| {
        let part = w[k..].join(" ");
        g.reference_point(&part, None)
            .ok()
            .filter(|p| crate::fold::fold(&p.label) == crate::fold::fold(&part))
    })
}

/// Reads a sites CSV (comma, semicolon or tab): a `name` column (or
/// `site`, `nom`), a `place` column (or `lieu`, `localite`, `ville`),
/// optional `lat`/`lon` (`latitude`, `longitude`) and `radius_km`
/// (`radius`, `rayon`, `rayon_km`, `km`). Without coordinates the place
/// (or the name: "Base Sévaré" is at Sévaré) is found in the gazetteer;
/// without a radius the site takes `default_radius_km`.
pub fn read_sites(
    text: &str,
    origin: &str,
    g: &Gazetteer,
    default_radius_km: f64,
) -> Result<Vec<Site>> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .filter(|d| first.as_bytes().contains(d))
        .unwrap_or(b',');
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes());
    let sites_error = |problem: String| Error::Sites {
        origin: origin.to_string(),
        problem,
    };
    let header = r.headers().map_err(|e| sites_error(e.to_string()))?.clone();
    let name = column(&header, &["name", "site", "nom"]);
    let place = column(&header, &["place", "lieu", "localite", "ville", "town"]);
    let lat = column(&header, &["lat", "latitude"]);
    let lon = column(&header, &["lon", "lng", "long", "longitude"]);
    let radius = column(&header, &["radius_km", "radius", "rayon", "rayon_km", "km"]);
    if name.is_none() && place.is_none() && (lat.is_none() || lon.is_none()) {
        return Err(sites_error(
            "no name column (name, site, nom), no place column (place, lieu, ville) and no lat and lon columns".into(),
        ));
    }
    let mut sites = Vec::new();
    for (k, row) in r.records().enumerate() {
        let line = k + 2;
        let problem = |problem: String| Error::Site {
            origin: origin.to_string(),
            line,
            problem,
        };
        let row = row.map_err(|e| problem(e.to_string()))?;
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).filter(|s| !s.is_empty());
        if row.iter().all(str::is_empty) {
            continue;
        }
        let number = |c: Option<usize>, what: &str| -> Result<Option<f64>> {
            cell(c)
                .map(|s| {
                    s.replace(',', ".")
                        .parse::<f64>()
                        .map_err(|_| problem(format!("{what} {s:?} is not a number")))
                })
                .transpose()
        };
        let radius_km = number(radius, "radius")?.unwrap_or(default_radius_km);
        if !(radius_km > 0.0 && radius_km <= 2500.0) {
            return Err(problem(format!(
                "radius {radius_km} km: expected more than 0 and at most 2500"
            )));
        }
        let label = cell(name).or(cell(place));
        let mut found = None;
        let at = match (number(lat, "latitude")?, number(lon, "longitude")?) {
            (Some(la), Some(lo)) => {
                if !(-90.0..=90.0).contains(&la) || !(-180.0..=180.0).contains(&lo) {
                    return Err(problem(format!(
                        "{la}, {lo} is not a latitude and longitude"
                    )));
                }
                LatLon::new(la, lo)
            }
            (None, None) => {
                let Some(n) = cell(place).or(label) else {
                    return Err(problem("no name and no coordinates".into()));
                };
                let p = place_of(g, n).ok_or_else(|| {
                    problem(format!(
                        "{n:?} names no place the gazetteer knows; give the site's lat and lon"
                    ))
                })?;
                found = Some(p.label.clone());
                LatLon::new(p.lat, p.lon)
            }
            _ => return Err(problem("give both lat and lon, or neither".into())),
        };
        sites.push(Site {
            name: label.map_or_else(|| format!("{}, {}", at.lat, at.lon), str::to_string),
            at,
            place: found,
            radius_km,
            line,
        });
    }
    if sites.is_empty() {
        return Err(sites_error("no site in the file".into()));
    }
    Ok(sites)
}

/// The ids earlier runs have seen, kept in a JSON file between runs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeenState {
    /// The file's format, 1.
    pub version: u32,
    /// When a run last wrote it (RFC 3339).
    pub updated: String,
    /// Every incident id reported so far.
    pub seen: BTreeSet<String>,
}

impl SeenState {
    /// The state in `path`; an empty one when the file does not exist yet
    /// (the first run).
    pub fn load(path: &Path) -> Result<SeenState> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(SeenState::default()),
            Err(source) => {
                return Err(crate::files::Error::Read {
                    path: path.to_path_buf(),
                    source,
                }
                .into())
            }
        };
        let state: SeenState = serde_json::from_slice(&bytes).map_err(|e| Error::State {
            path: path.to_path_buf(),
            problem: e.to_string(),
        })?;
        if state.version != 1 {
            return Err(Error::State {
                path: path.to_path_buf(),
                problem: format!("version {}, expected 1", state.version),
            });
        }
        Ok(state)
    }

    /// Adds the ids reported by this run and writes the file whole (or not
    /// at all).
    pub fn save_with(
        &mut self,
        path: &Path,
        reported: impl IntoIterator<Item = String>,
    ) -> Result<()> {
        self.version = 1;
        self.updated = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        self.seen.extend(reported);
        let json = serde_json::to_vec_pretty(self).expect("a set of strings serialises");
        crate::files::write_atomic(path, &json)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn at(
        id: &str,
        lat: f64,
        lon: f64,
        day: &str,
        precision: LocationPrecision,
        unc: f64,
    ) -> Incident {
        let mut i = crate::testing::incidents()[0].clone();
        i.id = id.into();
        i.date = Some(IncidentDate::day(day.parse().unwrap()));
        let l = i.location.as_mut().unwrap();
        (l.lat, l.lon, l.precision, l.uncertainty_km) = (lat, lon, precision, unc);
        i
    }

    fn gao() -> Site {
        Site {
            name: "Gao".into(),
            at: LatLon::new(16.27, -0.04),
            place: None,
            radius_km: 50.0,
            line: 2,
        }
    }

    #[test]
    fn inside_newest_first_with_distance_and_bearing() {
        let v = vec![
            at(
                "old",
                16.30,
                -0.04,
                "2024-01-01",
                LocationPrecision::Exact,
                1.0,
            ),
            at(
                "new",
                16.00,
                -0.04,
                "2024-06-01",
                LocationPrecision::Exact,
                1.0,
            ),
            at(
                "far",
                14.49,
                -4.19,
                "2024-07-01",
                LocationPrecision::Exact,
                1.0,
            ),
        ];
        let r = &watch(&v, &[gao()], &NewSince::Everything)[0];
        let ids: Vec<&str> = r.inside.iter().map(|s| v[s.index].id.as_str()).collect();
        assert_eq!(ids, ["new", "old"]);
        // 0.27° of latitude due south is about 30 km.
        assert!((r.inside[0].distance_km - 30.0).abs() < 1.0);
        assert_eq!(compass(r.inside[0].bearing_deg), "S");
        assert_eq!(compass(r.inside[1].bearing_deg), "N");
    }

    #[test]
    fn region_level_incidents_are_listed_apart_never_dropped() {
        let v = vec![at(
            "region",
            17.5,
            0.5,
            "2024-06-01",
            LocationPrecision::Region,
            200.0,
        )];
        let r = &watch(&v, &[gao()], &NewSince::Everything)[0];
        assert!(r.inside.is_empty());
        assert_eq!(r.perhaps.len(), 1);
        assert_eq!(r.new_count(), 1);
    }

    #[test]
    fn new_means_unseen_or_recent() {
        let v = vec![
            at(
                "a",
                16.30,
                -0.04,
                "2024-01-01",
                LocationPrecision::Exact,
                1.0,
            ),
            at(
                "b",
                16.20,
                -0.04,
                "2024-06-01",
                LocationPrecision::Exact,
                1.0,
            ),
        ];
        let seen = NewSince::NotSeen(["a".to_string()].into());
        let r = &watch(&v, &[gao()], &seen)[0];
        assert_eq!(r.new_count(), 1);
        assert!(r.inside.iter().find(|s| v[s.index].id == "b").unwrap().new);
        let since = NewSince::Date("2024-03-01".parse().unwrap());
        assert_eq!(watch(&v, &[gao()], &since)[0].new_count(), 1);
    }

    #[test]
    fn sites_by_name_or_point_with_their_own_radius() {
        let g = Gazetteer::load_embedded().unwrap();
        let s = read_sites(
            "nom;lat;lon;rayon_km\nBase Gao;16.27;-0,04;30\nBase Mopti;;;\n",
            "sites.csv",
            &g,
            50.0,
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].radius_km, s[0].at.lon), (30.0, -0.04));
        assert_eq!(s[1].radius_km, 50.0);
        assert!(
            (s[1].at.lat - 14.49).abs() < 0.2,
            "Mopti found: {:?}",
            s[1].at
        );
        assert_eq!(s[1].place.as_deref(), Some("Mopti"));
    }

    #[test]
    fn a_bad_site_names_its_line() {
        let g = Gazetteer::load_embedded().unwrap();
        let e = read_sites("name,lat,lon\nA,16,\nB,x,1\n", "s.csv", &g, 50.0).unwrap_err();
        assert_eq!(e.to_string(), "s.csv:2: give both lat and lon, or neither");
        let e = read_sites("name\nZzqxwv Nowhere\n", "s.csv", &g, 50.0).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("s.csv:2: \"Zzqxwv Nowhere\" names no place"),
            "{e}"
        );
        let e = read_sites("x,y\n1,2\n", "s.csv", &g, 50.0).unwrap_err();
        assert!(e.to_string().contains("no name column"), "{e}");
    }

    #[test]
    fn state_round_trips_and_refuses_other_files() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("state.json");
        let mut s = SeenState::load(&p).unwrap();
        assert!(s.seen.is_empty());
        s.save_with(&p, ["x-1".to_string()]).unwrap();
        assert!(SeenState::load(&p).unwrap().seen.contains("x-1"));
        std::fs::write(&p, "[1,2]").unwrap();
        assert!(SeenState::load(&p)
            .unwrap_err()
            .to_string()
            .contains("remove it"));
    }
}
