//! The gazetteer: Malian place names to coordinates, region and cercle.
//!
//! The data lives in `gazetteer/` (derived from GeoNames, the Localités du
//! Mali list, OpenStreetMap and a curated supplement by
//! `sahel gazetteer build`, see [`build`]) and is embedded in the binary, so
//! sahel works from any directory without `../shared`. Users add their own
//! places with `--gazetteer DIR` ([`Gazetteer::add_supplement_dir`]).
//!
//! One [`Place`] is one real place with all its names and the sources that
//! agree on it. Lookups fold names ([`crate::fold`]), then try exact and
//! alternate names, village base names, spelling variants and, only when
//! none of those hit, typos ([`Gazetteer::matches`]). Ranking with context
//! is in [`resolve`].
//!
//! ```
//! use sahel::gazetteer::Gazetteer;
//! let g = Gazetteer::embedded();
//! let hits = g.matches("Tombouctou");
//! assert!(hits.iter().any(|m| g.place(m.place).name == "Timbuktu"));
//! ```

pub mod build;
pub mod corrections;
mod error;
pub mod fuzzy;
pub mod geocode;
pub mod offset;
pub mod relative;
pub mod resolve;
pub mod seat;
mod tsv;

use crate::admin::AdminLocator;
use crate::country::Country;
use crate::fold::{base_name, fold, fold_into, skeleton, skeleton_of_folded, typo_budget};
use foldhash::HashMapExt;
use serde::Serialize;
use smallvec::SmallVec;
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

pub use error::{Error, Result};
pub use resolve::{Candidate, Hints, NearHint};
use tsv::{check_header, opt, parse_f64, parse_places_into, row_count, split_list};
pub use tsv::{merge_osm, merge_supplement, osm_feature, parse_places};

/// GeoNames + Localités du Mali places (CC BY 4.0 / PDDL).
pub const EMBEDDED_PLACES: &str = include_str!("../../gazetteer/places.tsv");
/// OpenStreetMap place nodes (ODbL 1.0), kept in their own file.
pub const EMBEDDED_OSM: &str = include_str!("../../gazetteer/osm_places.tsv");
/// The project's curated supplement.
pub const EMBEDDED_SUPPLEMENT: &str = include_str!("../../gazetteer/supplement.tsv");

/// Burkina Faso's GeoNames places, same columns as `places.tsv`.
pub const PLACES_BF_FILE: &str = "places_bf.tsv";
/// Burkina Faso's OpenStreetMap nodes, same columns as `osm_places.tsv`.
pub const OSM_BF_FILE: &str = "osm_places_bf.tsv";
/// Niger's GeoNames places.
pub const PLACES_NE_FILE: &str = "places_ne.tsv";
/// Niger's OpenStreetMap nodes.
pub const OSM_NE_FILE: &str = "osm_places_ne.tsv";
/// Burkina Faso's and Niger's GeoNames (CC BY 4.0) and OSM (ODbL 1.0)
/// places, each pair with its country.
pub const EMBEDDED_NEIGHBOURS: [(Country, &str, &str, &str, &str); 2] = [
    (
        Country::BurkinaFaso,
        include_str!("../../gazetteer/places_bf.tsv"),
        "gazetteer/places_bf.tsv",
        include_str!("../../gazetteer/osm_places_bf.tsv"),
        "gazetteer/osm_places_bf.tsv",
    ),
    (
        Country::Niger,
        include_str!("../../gazetteer/places_ne.tsv"),
        "gazetteer/places_ne.tsv",
        include_str!("../../gazetteer/osm_places_ne.tsv"),
        "gazetteer/osm_places_ne.tsv",
    ),
];

/// Towns outside the three countries, known as foreign.
pub const EMBEDDED_FOREIGN: &str = include_str!("../../gazetteer/foreign.tsv");

/// Header of `foreign.tsv`.
pub const FOREIGN_HEADER: &str = "name\talt_names\tlat\tlon\tcountry\tsource";

/// Header of `places.tsv`.
pub const PLACES_HEADER: &str =
    "id\tname\tnames\tlat\tlon\tfeature\tpopulation\tregion\tcercle\tsources\tprecision_km";
/// Header of `osm_places.tsv`.
pub const OSM_HEADER: &str =
    "osm_id\tname\tname_en\tlat\tlon\tplace\tpopulation\tregion\tcercle\tmerge_into";
/// Header of supplement files.
pub const SUPPLEMENT_HEADER: &str = "name\talt_names\tlat\tlon\tfeature\tprecision_km\tsource";

/// One place, with every name it is known by.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// Stable id: `gn:<geonameid>`, `loc:<code>`, `osm:<node id>` or
    /// `sup:<n>`, after the source that created the entry.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Other names and spellings (alternate names, other sources' spellings).
    pub names: Vec<String>,
    /// Latitude (WGS84).
    pub lat: f64,
    /// Longitude (WGS84).
    pub lon: f64,
    /// GeoNames-style `class.code`, e.g. `P.PPLA`, `S.AIRP`, `H.WLL`.
    pub feature: String,
    /// Population where a source gives one, else 0.
    pub population: u64,
    /// Region (point in polygon against the boundaries).
    pub region: Option<String>,
    /// Cercle in Mali, province in Burkina Faso, département in Niger
    /// (point in polygon).
    pub cercle: Option<String>,
    /// The country, from the source's country code (GeoNames and OSM
    /// files are per country), else from the polygons.
    pub country: Country,
    /// Sources that agree on this place: `geonames:ID`, `localites:CODE`,
    /// `osm:ID`, `supplement:SOURCE`.
    pub sources: Vec<String>,
    /// How far (km) the coordinates may be off: 1 km for GeoNames, 1–8 km
    /// for the coarse Localités coordinates, 0.5 km for OSM.
    pub precision_km: f64,
}

impl Place {
    /// A populated place (`P.PPL`) from one source, at a point a locator
    /// placed: region, cercle and country come from the hit. Sources that
    /// know more (names, feature, population) set them on the result.
    pub fn located(
        id: String,
        name: String,
        (lat, lon): (f64, f64),
        hit: &crate::admin::AdminHit<'_>,
        source: String,
        precision_km: f64,
    ) -> Place {
        Place {
            id,
            name,
            names: Vec::new(),
            lat,
            lon,
            feature: "P.PPL".into(),
            population: 0,
            region: Some(hit.region.to_string()),
            cercle: Some(hit.cercle.to_string()),
            country: hit.country,
            sources: vec![source],
            precision_km,
        }
    }

    /// Feature class letter (`P`, `A`, `S`, `H`, `L`, `T`, `V`).
    pub fn class(&self) -> char {
        self.feature.chars().next().unwrap_or('?')
    }

    /// Feature code without class (`PPLA`).
    pub fn code(&self) -> &str {
        self.feature
            .split_once('.')
            .map_or(&self.feature, |(_, c)| c)
    }

    /// A readable feature description for tables.
    pub fn feature_label(&self) -> &'static str {
        match (self.class(), self.code()) {
            ('P', "PPLC") => "capital",
            ('P', "PPLA") => "region seat",
            ('P', "PPLA2") => match self.country {
                Country::Mali => "cercle seat",
                Country::BurkinaFaso => "province seat",
                Country::Niger => "département seat",
            },
            ('P', "PPLA3") => "commune seat",
            ('P', "PPLQ") | ('P', "PPLW") => "abandoned place",
            ('P', "PPLX") => "quarter",
            ('P', _) => "populated place",
            ('A', "ADM1") => "region",
            ('A', "ADM2") => match self.country {
                Country::Mali => "cercle",
                Country::BurkinaFaso => "province",
                Country::Niger => "département",
            },
            ('A', _) => "commune",
            ('S', "AIRP") | ('S', "AIRF") | ('S', "AIRH") => "airport",
            ('S', "CMP") => "camp",
            ('S', _) => "military/police site",
            ('H', "WLL") | ('H', "WLLS") | ('H', "WLLQ") | ('H', "WTRH") | ('H', "SPNG") => "well",
            ('H', "WAD") | ('H', "WADS") => "wadi",
            ('H', "STM") | ('H', "STMI") | ('H', "STMS") => "stream",
            ('H', "SWMP") | ('H', "MRSH") | ('H', "WTLD") | ('H', "WTLDI") => "wetland",
            ('T', "DPR") => "depression",
            ('T', "DUNE") | ('T', "DUNS") | ('T', "ERG") => "dune",
            ('T', "HLL") | ('T', "HLLS") => "hill",
            ('H', _) => "lake/pond",
            ('V', _) => "forest",
            ('L', "RGN") | ('L', "AREA") => "area",
            ('L', "LCTY") => "locality",
            ('L', _) => "reserve",
            ('T', _) => "relief",
            _ => "other",
        }
    }

    /// Whether the curated supplement (or a user file) named this place: its
    /// display name is then the supplement's.
    pub fn is_curated(&self) -> bool {
        self.sources.iter().any(|s| s.starts_with("supplement:"))
            || self.sources.iter().any(|s| s.starts_with("correction:"))
    }

    /// All names, display name first.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.names.iter().map(String::as_str))
    }
}

/// How a name matched a place, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The place's display name, folded.
    Exact,
    /// One of its other names.
    Alternate,
    /// Its name without a village suffix ("Ogossagou" for Ogossagou-Peulh).
    Base,
    /// The same spelling skeleton ("Diabaly" for Diabali).
    Variant,
    /// Within the typo budget of one of its names.
    Fuzzy,
}

impl MatchKind {
    /// The word used in geocoding output (`exact`, `alternate`, `fuzzy`).
    pub fn as_str(&self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Alternate | MatchKind::Base => "alternate",
            MatchKind::Variant | MatchKind::Fuzzy => "fuzzy",
        }
    }
}

/// A place matched by name, before ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct NameMatch {
    /// Index of the place ([`Gazetteer::place`]).
    pub place: u32,
    /// How it matched.
    pub kind: MatchKind,
    /// Edits between the query and the matched key (0 unless fuzzy).
    pub edits: u8,
    /// The folded key that matched.
    pub key: String,
}

/// One entry of the name index: a place and how the key names it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Posting {
    /// Index of the place.
    pub place: u32,
    /// How the key names it.
    pub kind: MatchKind,
}

/// A town outside Mali (a neighbour's capital or main town): never
/// matched onto a Malian village by spelling variant or typo.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ForeignPlace {
    /// Display name.
    pub name: String,
    /// Other spellings.
    pub names: Vec<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// ISO 3166-1 alpha-2 country code (`BF`, `NE`, ...).
    pub country: String,
    /// Where the row comes from.
    pub source: String,
}

impl ForeignPlace {
    /// The country's name in French, as used in outputs.
    pub fn country_name(&self) -> &'static str {
        match self.country.as_str() {
            "BF" => "Burkina Faso",
            "NE" => "Niger",
            "MR" => "Mauritanie",
            "SN" => "Sénégal",
            "GN" => "Guinée",
            "CI" => "Côte d'Ivoire",
            "DZ" => "Algérie",
            _ => "hors du Mali, du Burkina Faso et du Niger",
        }
    }
}

/// Parses `foreign.tsv` (columns [`FOREIGN_HEADER`]).
pub fn parse_foreign(text: &str, origin: &str) -> Result<Vec<ForeignPlace>> {
    check_header(text, FOREIGN_HEADER, origin)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let line_no = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 6 {
            return Err(Error::line(
                origin,
                line_no,
                format!(
                    "expected 6 tab-separated fields ({FOREIGN_HEADER}), found {}",
                    f.len()
                ),
            ));
        }
        let country = f[4].trim();
        if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(Error::line(
                origin,
                line_no,
                format!("country {country:?} is not a two-letter ISO code"),
            ));
        }
        out.push(ForeignPlace {
            name: opt(f[0]).ok_or_else(|| Error::line(origin, line_no, "empty name"))?,
            names: split_list(f[1], '|'),
            lat: parse_f64(f[2], "lat", origin, line_no)?,
            lon: parse_f64(f[3], "lon", origin, line_no)?,
            country: country.to_string(),
            source: opt(f[5])
                .ok_or_else(|| Error::line(origin, line_no, "every row needs a source"))?,
        });
    }
    Ok(out)
}

/// The place database with its name indexes.
pub struct Gazetteer {
    places: Vec<Place>,
    /// Folded name → places (exact, alternate and base names).
    keys: NameMap<Postings>,
    /// Spelling skeleton → places.
    skeletons: NameMap<SmallVec<[u32; 2]>>,
    /// Every folded key, sorted, and their trie for typo-tolerant search.
    sorted_keys: Vec<String>,
    trie: fuzzy::KeyTrie,
    admin: &'static AdminLocator,
    /// Towns outside Mali, and their folded names and skeletons.
    foreign: Vec<ForeignPlace>,
    foreign_keys: HashMap<String, usize>,
    /// Pinned names, in the order they were read (a later pin of the same
    /// name wins: users' files come after the project's).
    pins: Vec<corrections::Pin>,
    /// Units' seats, filed on first use ([`Gazetteer::seat_of`]).
    seats: OnceLock<seat::Seats>,
}

/// Hash map keyed by folded names: foldhash, because the default SipHash
/// was a fifth of the time spent indexing names that are not adversarial.
type NameMap<V> = foldhash::HashMap<String, V>;

/// The places a key names: most keys name one place, and a `Vec` per key
/// was 150,000 allocations at every load.
type Postings = SmallVec<[Posting; 2]>;

/// The name keys and spelling skeletons of a run of places.
struct PlaceKeys {
    keys: Vec<(String, Posting)>,
    skeletons: Vec<(String, u32)>,
}

impl PlaceKeys {
    /// Keys of `places`, whose first one has index `first`: the folded
    /// display name (exact), other names (alternate), names without a
    /// village suffix (base), and skeletons of three letters or more.
    fn of(places: &[Place], first: u32) -> PlaceKeys {
        let mut out = PlaceKeys {
            keys: Vec::with_capacity(places.len() * 2),
            skeletons: Vec::with_capacity(places.len() * 2),
        };
        for (i, p) in places.iter().enumerate() {
            let place = first + i as u32;
            for (n, name) in p.all_names().enumerate() {
                let folded = fold(name);
                if folded.is_empty() {
                    continue;
                }
                let s = skeleton_of_folded(&folded);
                if s.len() >= 3 {
                    out.skeletons.push((s, place));
                }
                if let Some(b) = base_name(name) {
                    let kind = MatchKind::Base;
                    out.keys.push((b, Posting { place, kind }));
                }
                let kind = if n == 0 {
                    MatchKind::Exact
                } else {
                    MatchKind::Alternate
                };
                out.keys.push((folded, Posting { place, kind }));
            }
        }
        out
    }
}

impl Gazetteer {
    /// The embedded gazetteer, loaded once per process.
    pub fn embedded() -> &'static Gazetteer {
        static CELL: OnceLock<Gazetteer> = OnceLock::new();
        CELL.get_or_init(|| Gazetteer::load_embedded().expect("embedded gazetteer is valid"))
    }

    /// Parses the embedded data into a fresh gazetteer (use
    /// [`Gazetteer::embedded`] unless you need to add user files).
    pub fn load_embedded() -> Result<Gazetteer> {
        let admin = AdminLocator::embedded();
        // Mali's files are read on this thread and the neighbours' on
        // another: reading is half the load, and the machine has two cores.
        let neighbour_rows: usize = EMBEDDED_NEIGHBOURS
            .iter()
            .map(|(_, p, _, osm, _)| row_count(p) + row_count(osm))
            .sum();
        let (mali, neighbours) = std::thread::scope(|s| {
            let neighbours = s.spawn(|| -> Result<Vec<Place>> {
                let mut out = Vec::with_capacity(neighbour_rows);
                for (country, p, p_origin, osm, osm_origin) in EMBEDDED_NEIGHBOURS {
                    parse_places_into(&mut out, p, p_origin, country)?;
                    // OSM rows merge into places by id, and ids are unique
                    // across the countries (the build drops the second
                    // country's copy of a border place).
                    merge_osm(&mut out, osm, osm_origin, country)?;
                }
                Ok(out)
            });
            let mali = (|| -> Result<Vec<Place>> {
                let mut places = Vec::with_capacity(
                    row_count(EMBEDDED_PLACES)
                        + row_count(EMBEDDED_OSM)
                        + neighbour_rows
                        + row_count(EMBEDDED_SUPPLEMENT),
                );
                parse_places_into(
                    &mut places,
                    EMBEDDED_PLACES,
                    "gazetteer/places.tsv",
                    Country::Mali,
                )?;
                merge_osm(
                    &mut places,
                    EMBEDDED_OSM,
                    "gazetteer/osm_places.tsv",
                    Country::Mali,
                )?;
                Ok(places)
            })();
            let neighbours = neighbours
                .join()
                .expect("reading the neighbours' files does not panic");
            (mali, neighbours)
        });
        let mut places = mali?;
        places.extend(neighbours?);
        merge_supplement(
            &mut places,
            EMBEDDED_SUPPLEMENT,
            "gazetteer/supplement.tsv",
            admin,
        )?;
        let pins = corrections::apply_corrections(
            &mut places,
            corrections::EMBEDDED_CORRECTIONS,
            "gazetteer/corrections.tsv",
            admin,
        )?;
        let mut g = Gazetteer::from_places(places, admin);
        g.pins = pins;
        Ok(g)
    }

    /// A gazetteer over the given places (tests, benchmarks, user data).
    pub fn from_places(places: Vec<Place>, admin: &'static AdminLocator) -> Gazetteer {
        // Folding every name and its skeleton is most of the load time: two
        // threads each take half the places, and the maps are then filled
        // in place order, so the postings are those one pass would give.
        let half = places.len() / 2;
        let (lower, upper) = std::thread::scope(|s| {
            let upper = s.spawn(|| PlaceKeys::of(&places[half..], half as u32));
            let lower = PlaceKeys::of(&places[..half], 0);
            (
                lower,
                upper.join().expect("the indexing thread does not panic"),
            )
        });
        let mut names = lower.keys;
        names.extend(upper.keys);
        let mut spellings = lower.skeletons;
        spellings.extend(upper.skeletons);
        // The sorted keys and their trie are built on a second thread while
        // this one fills the maps.
        let ((sorted_keys, trie), (keys, skeletons)) = std::thread::scope(|s| {
            let sorted = s.spawn(|| {
                let mut sorted: Vec<String> = names.iter().map(|(k, _)| k.clone()).collect();
                sorted.sort_unstable();
                sorted.dedup();
                let trie = fuzzy::KeyTrie::from_sorted(&sorted);
                (sorted, trie)
            });
            let mut keys: NameMap<Postings> = NameMap::with_capacity(names.len());
            for (key, posting) in &names {
                match keys.get_mut(key.as_str()) {
                    // A place's keys arrive together, so a repeat is the
                    // last entry.
                    Some(list) => match list.last_mut() {
                        Some(p) if p.place == posting.place => p.kind = p.kind.min(posting.kind),
                        _ => list.push(*posting),
                    },
                    None => {
                        keys.insert(key.clone(), smallvec::smallvec![*posting]);
                    }
                }
            }
            let mut skeletons: NameMap<SmallVec<[u32; 2]>> =
                NameMap::with_capacity(spellings.len());
            for (key, place) in spellings {
                let list = skeletons.entry(key).or_default();
                if list.last() != Some(&place) {
                    list.push(place);
                }
            }
            let sorted = sorted.join().expect("sorting the name keys does not panic");
            (sorted, (keys, skeletons))
        });
        let mut g = Gazetteer {
            places,
            keys,
            skeletons,
            sorted_keys,
            trie,
            admin,
            foreign: Vec::new(),
            foreign_keys: HashMap::new(),
            pins: Vec::new(),
            seats: OnceLock::new(),
        };
        let foreign = parse_foreign(EMBEDDED_FOREIGN, "gazetteer/foreign.tsv")
            .expect("embedded foreign.tsv is valid");
        g.set_foreign(foreign);
        g
    }

    /// Replaces the list of towns outside Mali.
    pub fn set_foreign(&mut self, foreign: Vec<ForeignPlace>) {
        self.foreign_keys.clear();
        for (i, f) in foreign.iter().enumerate() {
            for n in std::iter::once(&f.name).chain(&f.names) {
                self.foreign_keys.entry(fold(n)).or_insert(i);
                let sk = skeleton(n);
                if sk.len() >= 4 {
                    self.foreign_keys.entry(format!("~{sk}")).or_insert(i);
                }
            }
        }
        self.foreign = foreign;
    }

    /// The town outside Mali, Burkina Faso and Niger this name designates,
    /// if it is one of the neighbours' capitals or main towns (exact name or
    /// spelling variant).
    ///
    /// ```
    /// use sahel::gazetteer::Gazetteer;
    /// let g = Gazetteer::embedded();
    /// assert_eq!(g.foreign("Nouakchott").unwrap().country, "MR");
    /// assert_eq!(g.foreign("Abidjan").unwrap().country_name(), "Côte d'Ivoire");
    /// assert!(g.foreign("Gao").is_none());
    /// assert!(g.foreign("Ouagadougou").is_none(), "a place of Burkina Faso");
    /// ```
    pub fn foreign(&self, name: &str) -> Option<&ForeignPlace> {
        let key = fold(name);
        if key.is_empty() {
            return None;
        }
        self.foreign_keys
            .get(&key)
            .or_else(|| self.foreign_keys.get(&format!("~{}", skeleton(name))))
            .map(|&i| &self.foreign[i])
    }

    /// Adds every `*.tsv` file of `dir`: a supplement of places (same
    /// columns as `gazetteer/supplement.tsv`) or, when its header is
    /// [`corrections::CORRECTIONS_HEADER`], corrections (applied after
    /// every supplement, in file name order), then rebuilds the indexes.
    pub fn add_supplement_dir(self, dir: &Path) -> Result<Gazetteer> {
        let entries = std::fs::read_dir(dir).map_err(|source| Error::ReadDir {
            dir: dir.to_path_buf(),
            source,
        })?;
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Error::NoTsvIn {
                dir: dir.to_path_buf(),
            });
        }
        let admin = self.admin;
        let mut places = self.places;
        let mut pins = self.pins;
        let mut fixes = Vec::new();
        for f in files {
            let text = crate::files::read_text(&f)?;
            let first = text.lines().next().unwrap_or("").trim_end_matches('\r');
            if first == corrections::CORRECTIONS_HEADER {
                fixes.push((f, text));
            } else {
                merge_supplement(&mut places, &text, &f.display().to_string(), admin)?;
            }
        }
        for (f, text) in fixes {
            pins.extend(corrections::apply_corrections(
                &mut places,
                &text,
                &f.display().to_string(),
                admin,
            )?);
        }
        let mut g = Gazetteer::from_places(places, admin);
        g.pins = pins;
        Ok(g)
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Whether the gazetteer is empty.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The place at an index returned by a match.
    pub fn place(&self, idx: u32) -> &Place {
        &self.places[idx as usize]
    }

    /// Every folded name key, sorted (what fuzzy search runs over).
    pub fn keys(&self) -> &[String] {
        &self.sorted_keys
    }

    /// All places.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The boundaries used for regions and cercles.
    pub fn admin(&self) -> &'static AdminLocator {
        self.admin
    }

    /// A place's region and cercle in today's scheme (2016 and 2023
    /// reforms); its `region` and `cercle` fields are the pre-2016 ones.
    ///
    /// ```
    /// use sahel::gazetteer::{Gazetteer, Hints};
    /// let g = Gazetteer::embedded();
    /// let menaka = &g.resolve("Ménaka", &Hints::default()).unwrap()[0];
    /// assert_eq!(menaka.place.region.as_deref(), Some("Gao"));
    /// assert_eq!(g.current_admin(menaka.place).unwrap().region, "Ménaka");
    /// ```
    pub fn current_admin<'a>(&'a self, p: &'a Place) -> Option<crate::admin::CurrentAdmin<'a>> {
        let (r, c) = (p.region.as_deref()?, p.cercle.as_deref()?);
        Some(self.admin.current(r, c, p.lat, p.lon))
    }

    /// Places whose folded name, alternate name or base name equals the
    /// folded query: no ranking, no fuzziness. This is the fast path
    /// (a hash lookup after folding into a reused buffer).
    pub fn exact<'a>(&'a self, name: &str, buf: &mut String) -> &'a [Posting] {
        fold_into(name, buf);
        self.keys
            .get(buf.as_str())
            .map_or(&[][..], |v| v.as_slice())
    }

    /// Every place the name can mean, by tier: exact, alternate and base
    /// names first; if none, spelling variants; if none, typos within the
    /// length-scaled budget. A fuzzy match is never returned when an exact
    /// one exists.
    pub fn matches(&self, name: &str) -> Vec<NameMatch> {
        let key = fold(name);
        if key.is_empty() {
            return Vec::new();
        }
        if let Some(list) = self.keys.get(&key) {
            let mut out: Vec<NameMatch> = list
                .iter()
                .map(|p| NameMatch {
                    place: p.place,
                    kind: p.kind,
                    edits: 0,
                    key: key.clone(),
                })
                .collect();
            out.sort_by_key(|m| (m.kind, m.place));
            return out;
        }
        // A neighbour's town is not a Malian village spelled differently.
        if self.foreign(name).is_some() {
            return Vec::new();
        }
        let sk = skeleton(name);
        if let Some(list) = self.skeletons.get(&sk).filter(|_| sk.len() >= 4) {
            let mut out: Vec<NameMatch> = list
                .iter()
                .map(|&place| NameMatch {
                    place,
                    kind: MatchKind::Variant,
                    edits: 0,
                    key: sk.clone(),
                })
                .collect();
            out.sort_by_key(|m| m.place);
            return out;
        }
        self.fuzzy(&key)
    }

    /// Typo-tolerant search of a folded key: a bounded edit automaton
    /// ([`fuzzy::BoundedEdits`], a swap of neighbouring letters is one edit)
    /// run over the trie of all keys.
    ///
    /// Typos are rarely in the first letter, so the search keeps it fixed.
    /// For the long names allowed two edits it first keeps three letters
    /// fixed, which keeps it to microseconds, and relaxes to the first
    /// letter alone only when that finds nothing as close as one edit;
    /// names allowed one edit are searched under their first letter. Differences in the
    /// first letter itself are spelling habits (Dj/J, Ou/W) that
    /// [`crate::fold::skeleton`] already covers.
    pub fn fuzzy(&self, key: &str) -> Vec<NameMatch> {
        let budget = typo_budget(key.len());
        let Some(aut) = fuzzy::BoundedEdits::new(key, budget).filter(|_| budget > 0) else {
            return Vec::new();
        };
        // Fast path: a longer fixed prefix. If it finds nothing (or, with a
        // two-typo budget, nothing closer than two typos), the typo may sit
        // in that prefix: search again with only the first letter fixed.
        let fixed = if budget >= 2 { 3 } else { 2 };
        let mut hits = self.fuzzy_prefix(&aut, key, &key.as_bytes()[..fixed]);
        // With one typo allowed, a typo in the second letter ("Morkoye"
        // for Markoye) is as likely as one further on: both prefixes are
        // searched, and context chooses among the places found.
        if hits.is_empty() || budget == 1 || hits.iter().all(|(d, _)| *d >= 2) {
            hits = self.fuzzy_prefix(&aut, key, &key.as_bytes()[..1]);
        }
        let mut out = Vec::new();
        for (d, k) in hits {
            for p in &self.keys[&k] {
                out.push(NameMatch {
                    place: p.place,
                    kind: MatchKind::Fuzzy,
                    edits: d,
                    key: k.clone(),
                });
            }
        }
        out.sort_by_key(|m| (m.edits, m.place));
        out.dedup_by_key(|m| m.place);
        out
    }

    /// Keys starting with `prefix` within the automaton's budget.
    fn fuzzy_prefix(
        &self,
        aut: &fuzzy::BoundedEdits,
        key: &str,
        prefix: &[u8],
    ) -> Vec<(u8, String)> {
        self.trie
            .search(aut, prefix)
            .into_iter()
            .map(|(i, d)| (d, &self.sorted_keys[i as usize]))
            // Matching a short key with two edits is too loose: keep the
            // budget relative to the shorter of the two.
            .filter(|(d, k)| *d > 0 && *d <= typo_budget(k.len().min(key.len())))
            .map(|(d, k)| (d, k.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> &'static Gazetteer {
        Gazetteer::embedded()
    }

    #[test]
    fn embedded_gazetteer_is_large_and_located() {
        let g = g();
        assert!(g.len() > 20_000, "{} places", g.len());
        let unlocated = g.places().iter().filter(|p| p.region.is_none()).count();
        assert_eq!(unlocated, 0, "every place has a region");
        // Every place lies in (or within the boundary files' disagreement
        // of) a unit of its own country.
        for p in g.places() {
            assert!(
                g.admin().locate_in(p.country, p.lat, p.lon).is_some(),
                "{p:?}"
            );
        }
        for c in Country::ALL {
            let n = g.places().iter().filter(|p| p.country == c).count();
            assert!(n > 10_000, "{}: {n} places", c.name());
        }
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<&str> = g().places().iter().map(|p| p.id.as_str()).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn french_and_alternate_names_match() {
        let g = g();
        let m = g.matches("Tombouctou");
        assert!(m
            .iter()
            .any(|m| g.place(m.place).name == "Timbuktu" && g.place(m.place).class() == 'P'));
        let m = g.matches("NIAFUNKE");
        assert!(m
            .iter()
            .any(|m| g.place(m.place).cercle.as_deref() == Some("Niafunké")));
    }

    #[test]
    fn exact_beats_fuzzy_and_fuzzy_finds_variants() {
        let g = g();
        // "Kati" exists: no fuzzy hit ("Kafi", "Kaki") may appear.
        assert!(g.matches("Kati").iter().all(|m| m.kind != MatchKind::Fuzzy));
        // The Localités list spells it Diabaly: an alternate name of Diabali.
        let d = g.matches("Diabaly");
        assert!(
            d.iter().any(|m| g.place(m.place).name == "Diabali"),
            "{d:?}"
        );
        // A spelling no source uses still finds the town, as a variant.
        let v = g.matches("Tombouktou");
        assert!(v.iter().all(|m| m.kind == MatchKind::Variant), "{v:?}");
        assert!(v.iter().any(|m| g.place(m.place).name == "Timbuktu"));
        // A typo in a long name: one letter dropped.
        let t = g.matches("Tessolit");
        assert!(
            t.iter().all(|m| m.kind == MatchKind::Fuzzy && m.edits == 1),
            "{t:?}"
        );
        assert!(
            t.iter().any(|m| g.place(m.place).name == "Tessalit"),
            "{t:?}"
        );
    }

    #[test]
    fn typos_early_in_the_name_are_found_too() {
        let g = g();
        for (typo, name) in [
            ("Txssalit", "Tessalit"),
            ("Bnadiagara", "Bandiagara"),
            ("Baxdiagara", "Bandiagara"),
            ("Nifaunké", "Niafunké"),
            // One typo in the second letter, with another place one typo
            // away under the typed first two letters (Morkyé, Niger).
            ("Morkoye", "Markoye"),
        ] {
            let m = g.matches(typo);
            assert!(
                m.iter().any(|m| g.place(m.place).name == name),
                "{typo}: {m:?}"
            );
        }
    }

    #[test]
    fn border_towns_are_in_their_own_country() {
        // Towns of the Liptako-Gourma within a few tens of km of a border,
        // where the three boundary files overlap.
        let g = g();
        for (name, country, region) in [
            ("Ménaka", Country::Mali, "Gao"),
            ("Ansongo", Country::Mali, "Gao"),
            ("Tessit", Country::Mali, "Gao"),
            ("Dori", Country::BurkinaFaso, "Sahel"),
            ("Djibo", Country::BurkinaFaso, "Sahel"),
            ("Ayorou", Country::Niger, "Tillabéri"),
            ("Banibangou", Country::Niger, "Tillabéri"),
        ] {
            let best = &g.resolve(name, &Hints::default()).unwrap()[0];
            assert_eq!(
                (best.place.country, best.place.region.as_deref()),
                (country, Some(region)),
                "{name}: {:?}",
                best.place
            );
            // The point lies in (or within the files' disagreement of) a
            // unit of its own country, not only of a neighbour.
            let hit = g
                .admin()
                .locate_in(country, best.place.lat, best.place.lon)
                .unwrap();
            assert_eq!(hit.country, country);
        }
    }

    #[test]
    fn neighbours_towns_are_never_malian_villages() {
        let g = g();
        // Once Ouarabougou (Kati), Niami (Nioro) and Djigo (Ségou). Towns of
        // Burkina Faso and Niger are now places of their own country.
        for (name, country) in [
            ("Ouagadougou", Country::BurkinaFaso),
            ("Bobo-Dioulasso", Country::BurkinaFaso),
            ("Djibo", Country::BurkinaFaso),
            ("Dori", Country::BurkinaFaso),
            ("Niamey", Country::Niger),
            ("Tillabéri", Country::Niger),
            ("Tahoua", Country::Niger),
            ("Ayorou", Country::Niger),
        ] {
            let best = &g.resolve(name, &Hints::default()).unwrap()[0];
            assert_eq!(best.place.country, country, "{name}: {:?}", best.place);
            assert!(best.matched <= MatchKind::Base, "{name}");
        }
        // Towns further away stay foreign, never a fuzzy Sahel village.
        for name in [
            "Nouakchott",
            "Alger",
            "Algiers",
            "Conakry",
            "Abidjan",
            "Dakar",
        ] {
            let m = g.matches(name);
            assert!(
                m.iter().all(|m| m.kind <= MatchKind::Base),
                "{name}: {:?}",
                m.iter().map(|m| &g.place(m.place).name).collect::<Vec<_>>()
            );
            assert!(g.foreign(name).is_some(), "{name}");
        }
        let bad = format!("{FOREIGN_HEADER}\nX\t\t1\t2\tBurkina\tme\n");
        let e = parse_foreign(&bad, "f.tsv").unwrap_err().to_string();
        assert!(e.contains("f.tsv:2") && e.contains("ISO"), "{e}");
    }

    #[test]
    fn terrain_and_water_features_are_candidates_that_rank_low() {
        let g = g();
        let kinds: std::collections::HashSet<&str> =
            g.places().iter().map(|p| p.feature.as_str()).collect();
        for f in ["T.DPR", "T.HLL", "T.DUNE", "H.STMI", "H.WTLD", "H.MRSH"] {
            assert!(kinds.contains(f), "no {f} kept");
        }
        // A named depression resolves, but a village of the same name wins.
        let dpr = g.places().iter().find(|p| p.feature == "T.DPR").unwrap();
        let c = g.resolve(&dpr.name, &Hints::default()).unwrap();
        assert!(c.iter().any(|c| c.place.id == dpr.id), "{}", dpr.name);
        if let Some(village) = c.iter().position(|c| c.place.class() == 'P') {
            let depression = c.iter().position(|c| c.place.id == dpr.id).unwrap();
            assert!(village < depression, "{}", dpr.name);
        }
    }

    #[test]
    fn short_names_get_no_typos() {
        assert!(g().fuzzy("gaq").is_empty());
    }

    #[test]
    fn village_suffixes_fold_to_the_base_name() {
        let g = g();
        // Both halves of the twin village of Bankass cercle are candidates.
        let m = g.matches("Ogossagou");
        let bankass: Vec<&str> = m
            .iter()
            .map(|m| g.place(m.place))
            .filter(|p| p.cercle.as_deref() == Some("Bankass"))
            .map(|p| p.name.as_str())
            .collect();
        assert!(
            bankass.iter().any(|n| n.ends_with("Peulh"))
                && bankass.iter().any(|n| n.ends_with("Dogon")),
            "{bankass:?}"
        );
        let m = g.matches("Gondogourou");
        assert!(m
            .iter()
            .any(|m| g.place(m.place).cercle.as_deref() == Some("Koro")));
    }

    #[test]
    fn a_split_village_is_found_by_its_name_without_the_number() {
        let g = g();
        let names: Vec<&str> = g
            .matches("Kabonga")
            .iter()
            .map(|m| g.place(m.place).name.as_str())
            .collect();
        assert!(
            names.contains(&"Kabonga 1") && names.contains(&"Kabonga 2"),
            "{names:?}"
        );
    }

    #[test]
    fn sources_are_merged_not_duplicated() {
        let g = g();
        // Dioura (Ténenkou) is in GeoNames and OSM: one place, two sources.
        let dioura: Vec<&Place> = g
            .matches("Dioura")
            .iter()
            .map(|m| g.place(m.place))
            .filter(|p| p.cercle.as_deref() == Some("Ténenkou"))
            .collect();
        assert_eq!(dioura.len(), 1, "{dioura:?}");
        assert!(dioura[0].sources.iter().any(|s| s.starts_with("geonames:")));
        assert!(dioura[0].sources.iter().any(|s| s.starts_with("osm:")));
    }

    #[test]
    fn supplement_adds_boulikessi_with_its_source() {
        let g = g();
        for spelling in ["Boulikessi", "Boulkessi", "boulkéssi"] {
            let m = g.matches(spelling);
            let p = g.place(
                m.first()
                    .unwrap_or_else(|| panic!("{spelling} not found"))
                    .place,
            );
            assert_eq!(p.cercle.as_deref(), Some("Douentza"), "{spelling}");
            assert!(p.sources.iter().any(|s| s.starts_with("supplement:")));
        }
    }

    /// The source rows with mirrored or shifted coordinates that the
    /// build corrects (see `gazetteer/cleaning.tsv`).
    #[test]
    fn known_coordinate_slips_are_corrected() {
        let g = g();
        let best = |name: &str| {
            let c = g.resolve(name, &Hints::default()).unwrap();
            c.into_iter()
                .next()
                .unwrap_or_else(|| panic!("{name} unresolved"))
                .place
        };
        // Tessit: GeoNames 10343856 and Localités both had -0.30.
        let t = best("Tessit");
        assert!(
            (t.lon - 0.29).abs() < 0.03 && (t.lat - 15.22).abs() < 0.02,
            "{t:?}"
        );
        assert_eq!(t.cercle.as_deref(), Some("Ansongo"));
        let b = best("Bazi-Haoussa");
        assert!((b.lon - 0.5).abs() < 0.02, "{b:?}");
        assert_eq!(b.cercle.as_deref(), Some("Ansongo"));
        let bh = best("Balaguina-Habé");
        assert_eq!(bh.cercle.as_deref(), Some("Bandiagara"), "{bh:?}");
        assert!((bh.lat - 13.98).abs() < 0.01);
        for (name, lat, lon) in [
            ("Ansongo", 15.66, 0.50),
            ("Andéramboukane", 15.42, 3.03),
            ("Ouattagouna", 15.18, 0.72),
        ] {
            let p = best(name);
            let d = crate::geodesy::distance_km(p.lat, p.lon, lat, lon);
            assert!(d < 5.0, "{name}: {d} km off: {p:?}");
        }
        // No Ménaka is left in Tombouctou region, the ghost at -2.40.
        let ghosts: Vec<&Place> = g
            .matches("Ménaka")
            .iter()
            .map(|m| g.place(m.place))
            .filter(|p| p.lon < 0.0)
            .collect();
        assert!(ghosts.is_empty(), "{ghosts:?}");
    }

    #[test]
    fn attribution_reports_the_cleaning_counts() {
        let log = include_str!("../../gazetteer/cleaning.tsv");
        let count = |src: &str, act: &str| {
            log.lines()
                .skip(1)
                .filter(|l| {
                    l.starts_with(src) && l.split('\t').nth(5).is_some_and(|a| a.starts_with(act))
                })
                .count()
        };
        let attribution = include_str!("../../gazetteer/ATTRIBUTION.md");
        for (what, n) in [
            (
                "Localités longitudes with a lost minus sign",
                count("localites:", "lon_sign"),
            ),
            (
                "Localités latitudes one degree off",
                count("localites:", "lat_"),
            ),
            (
                "Localités rows dropped as contradicted",
                count("localites:", "dropped"),
            ),
            ("GeoNames rows corrected", count("geonames:", "")),
        ] {
            assert!(n > 0, "{what}");
            assert!(
                attribution.contains(&format!("{what}: {n}")),
                "ATTRIBUTION.md should say \"{what}: {n}\""
            );
        }
    }

    #[test]
    fn bad_supplement_rows_name_file_and_line() {
        let admin = AdminLocator::embedded();
        let mut places = Vec::new();
        let bad = format!("{SUPPLEMENT_HEADER}\nX\t\tabc\t1\tP.PPL\t\tme\n");
        match merge_supplement(&mut places, &bad, "mine.tsv", admin) {
            Err(Error::Data(crate::files::DataError {
                origin,
                line: Some(2),
                problem,
            })) => assert!(origin == "mine.tsv" && problem.contains("lat"), "{problem}"),
            other => panic!("{other:?}"),
        }
        let outside = format!("{SUPPLEMENT_HEADER}\nParis\t\t48.85\t2.35\tP.PPL\t\tme\n");
        let e = merge_supplement(&mut places, &outside, "mine.tsv", admin)
            .unwrap_err()
            .to_string();
        assert!(e.contains("outside Mali"), "{e}");
        let nosource = format!("{SUPPLEMENT_HEADER}\nX\t\t14.5\t-4.2\tP.PPL\t\t\n");
        let e = merge_supplement(&mut places, &nosource, "mine.tsv", admin)
            .unwrap_err()
            .to_string();
        assert!(e.contains("source"), "{e}");
        assert!(matches!(
            merge_supplement(&mut places, "a\tb\n", "mine.tsv", admin),
            Err(Error::Data(crate::files::DataError { line: Some(1), problem, .. })) if problem.contains("header")
        ));
    }
}
