//! `sahel gazetteer build`: derives the embedded gazetteer from open data.
//!
//! Inputs (in a data directory laid out like `../shared/data`):
//! - `gazetteer/ML.txt`: GeoNames Mali dump (CC BY 4.0);
//! - `gazetteer/opendatamali_localites_mali.csv`: Localités du Mali (PDDL);
//! - `gazetteer/osm_mali_places_2019.tsv`: OpenStreetMap place nodes (ODbL);
//! - `boundaries/mli_adm2_geoboundaries.geojson`: cercles (CC BY 4.0).
//!
//! Outputs (in `gazetteer/`): `places.tsv` (GeoNames and Localités merged),
//! `osm_places.tsv` (OSM rows, kept apart under their own licence, each
//! saying which place it confirms), `cercles.geojson`.
//!
//! Merging: a Localités or OSM row confirms an existing place when one of
//! its names folds to one of the place's names (or is a one-letter variant
//! of a long name) and the two points are close (6 km, 15 km for the
//! Localités rows rounded to 0.1°). Every point is checked against the
//! cercle polygons; rows further than [`crate::admin::BORDER_MARGIN_DEG`]
//! outside Mali are dropped (SOURCES.md lists GeoNames and Localités rows
//! with impossible coordinates).

use super::{Place, OSM_HEADER, PLACES_HEADER};
use crate::admin::AdminLocator;
use crate::files::write_atomic;
use crate::fold::{edit_distance, fold, skeleton};
use crate::geodesy::{distance_km, round_to};
use anyhow::{anyhow, bail, Context, Result};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// GeoNames feature codes kept: populated places, admin units, and the
/// spots conflict reports name (airports, camps, wells, lakes, wadis,
/// forests and reserves, named areas, a few relief features).
const KEEP_CODES: &[&str] = &[
    "A.ADM1", "A.ADM2", "A.ADM3", "S.AIRP", "S.AIRF", "S.AIRH", "S.CMP", "S.MILB", "S.INSM",
    "S.FT", "S.PSTB", "S.PSTP", "H.WLL", "H.WLLS", "H.WLLQ", "H.WTRH", "H.SPNG", "H.LK", "H.LKI",
    "H.LKS", "H.LKN", "H.LKSI", "H.LKSN", "H.PND", "H.PNDI", "H.RSV", "H.WAD", "H.WADS", "V.FRST",
    "V.FRSTF", "L.RESF", "L.RESN", "L.RESW", "L.RES", "L.LCTY", "L.AREA", "L.RGN", "T.MT", "T.MTS",
    "T.CLF", "T.SCRP", "T.PASS",
];

/// What the build did, for the command's summary.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// GeoNames rows read / kept / dropped as outside Mali.
    pub geonames: (usize, usize, usize),
    /// Localités village rows with coordinates / merged into a GeoNames
    /// place / added / dropped as outside Mali.
    pub localites: (usize, usize, usize, usize),
    /// OSM rows / confirming a place / standalone / dropped.
    pub osm: (usize, usize, usize, usize),
    /// Places written to `places.tsv`.
    pub places: usize,
    /// Coordinates corrected or rows dropped by the consistency checks.
    pub cleaning: Vec<Cleaning>,
}

impl std::fmt::Display for BuildReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (gr, gk, gd) = self.geonames;
        let (lr, lm, la, ld) = self.localites;
        let (or, om, os, od) = self.osm;
        writeln!(
            f,
            "GeoNames: {gr} rows, {gk} kept, {gd} dropped (outside Mali)"
        )?;
        writeln!(f, "Localités du Mali: {lr} located villages, {lm} merged into GeoNames places, {la} added, {ld} dropped (outside Mali)")?;
        let n = |src: &str, act: &str| {
            self.cleaning
                .iter()
                .filter(|c| c.source.starts_with(src) && c.action.starts_with(act))
                .count()
        };
        writeln!(
            f,
            "Checks: Localités {} longitude signs and {} latitudes corrected, {} contradicted rows dropped; GeoNames {} corrected",
            n("localites:", "lon_sign"),
            n("localites:", "lat_"),
            n("localites:", "dropped"),
            n("geonames:", "")
        )?;
        writeln!(f, "OpenStreetMap: {or} nodes, {om} confirm a place, {os} standalone, {od} dropped (outside Mali)")?;
        write!(f, "places.tsv: {} places", self.places)
    }
}

/// Runs the whole derivation from `data` (e.g. `../shared/data`) into
/// `out` (e.g. `gazetteer/`).
pub fn build(data: &Path, out: &Path) -> Result<BuildReport> {
    let read = |rel: &str| -> Result<String> {
        let p = data.join(rel);
        std::fs::read_to_string(&p).with_context(|| {
            format!(
                "{}: cannot read (is --data the shared data directory?)",
                p.display()
            )
        })
    };
    let admin = AdminLocator::from_geojson(
        &read("boundaries/mli_adm2_geoboundaries.geojson")?,
        "geoboundaries",
        "boundaries/mli_adm2_geoboundaries.geojson",
    )?;
    if admin.cercles().len() != 50 {
        bail!(
            "expected 50 cercles in the boundary file, found {}",
            admin.cercles().len()
        );
    }
    let mut report = BuildReport::default();
    let mut places = geonames(&read("gazetteer/ML.txt")?, &admin, &mut report)?;
    let osm_text = read("gazetteer/osm_mali_places_2019.tsv")?;
    let osm_evidence = osm_points(&osm_text)?;
    let mut evidence = osm_points(&osm_text)?;
    for p in places.iter().filter(|p| matches!(p.class(), 'P' | 'A')) {
        evidence.add(p.all_names().map(str::to_string).collect(), p.lat, p.lon);
    }
    let rows = read_localites(&read("gazetteer/opendatamali_localites_mali.csv")?, &admin)?;
    let (points, mut log) = check_localites(&rows, &admin, &evidence);
    check_geonames(&mut places, &rows, &mut log, &osm_evidence, &admin);
    report.cleaning = log;
    let mut grid = Grid::new(&places);
    localites(&rows, &points, &admin, &mut places, &mut grid, &mut report)?;
    let osm = osm(&osm_text, &admin, &places, &grid, &mut report)?;
    report.places = places.len();

    std::fs::create_dir_all(out).with_context(|| format!("{}: cannot create", out.display()))?;
    write_atomic(&out.join("cercles.geojson"), admin.to_geojson().as_bytes())?;
    write_atomic(&out.join("places.tsv"), places_tsv(&places).as_bytes())?;
    write_atomic(&out.join("osm_places.tsv"), osm.as_bytes())?;
    write_atomic(
        &out.join("cleaning.tsv"),
        cleaning_tsv(&report.cleaning).as_bytes(),
    )?;
    write_atomic(
        &out.join("admin_reforms.tsv"),
        reforms_tsv(&read("boundaries/mali_admin_reforms.tsv")?, &places, &admin)?.as_bytes(),
    )?;
    let bm = basemap(data)?;
    write_atomic(&out.join("basemap.json"), bm.as_bytes())?;
    Ok(report)
}

fn clean(s: &str) -> String {
    s.replace(['\t', '|', '\n', '\r'], " ").trim().to_string()
}

fn places_tsv(places: &[Place]) -> String {
    let mut s = String::with_capacity(places.len() * 100);
    s.push_str(PLACES_HEADER);
    s.push('\n');
    for p in places {
        let _ = writeln!(
            s,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            p.id,
            clean(&p.name),
            p.names
                .iter()
                .map(|n| clean(n))
                .collect::<Vec<_>>()
                .join("|"),
            p.lat,
            p.lon,
            p.feature,
            p.population,
            p.region.as_deref().unwrap_or(""),
            p.cercle.as_deref().unwrap_or(""),
            p.sources.join(","),
            p.precision_km
        );
    }
    s
}

/// Latin-script names only: the matcher folds to ASCII, and Arabic or
/// Cyrillic forms would fold to nothing.
fn is_latin(n: &str) -> bool {
    n.chars().all(|c| {
        c.is_ascii()
            || ('\u{00C0}'..='\u{024F}').contains(&c)
            || ('\u{1E00}'..='\u{1EFF}').contains(&c)
            || "’ʼ‘".contains(c)
    })
}

/// GeoNames alternate names also hold codes (IATA/ICAO, postal, wiki
/// links): not names anyone writes in a dispatch.
fn is_code(n: &str) -> bool {
    n.chars().any(|c| c.is_ascii_digit())
        || n.starts_with("http")
        || (n.len() <= 4 && n.chars().all(|c| c.is_ascii_uppercase()))
}

fn geonames(text: &str, admin: &AdminLocator, report: &mut BuildReport) -> Result<Vec<Place>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 19 {
            bail!("ML.txt:{}: expected 19 fields, found {}", i + 1, f.len());
        }
        report.geonames.0 += 1;
        let feature = format!("{}.{}", f[6], f[7]);
        // Terrain and water features (T, H) are all kept: conflict data
        // names depressions, wetlands, hills, dunes and streams; they rank
        // low unless the name or the hints call for them.
        if !matches!(f[6], "P" | "T" | "H") && !KEEP_CODES.contains(&feature.as_str()) {
            continue;
        }
        let lat: f64 = f[4]
            .parse()
            .map_err(|_| anyhow!("ML.txt:{}: bad latitude {:?}", i + 1, f[4]))?;
        let lon: f64 = f[5]
            .parse()
            .map_err(|_| anyhow!("ML.txt:{}: bad longitude {:?}", i + 1, f[5]))?;
        let Some(hit) = admin.locate(lat, lon) else {
            report.geonames.2 += 1;
            continue;
        };
        let name = f[1].to_string();
        let mut seen = vec![fold(&name)];
        let mut names = Vec::new();
        for n in std::iter::once(f[2]).chain(f[3].split(',')) {
            let n = n.trim();
            let k = fold(n);
            if k.len() < 2 || !is_latin(n) || is_code(n) || seen.contains(&k) {
                continue;
            }
            seen.push(k);
            names.push(n.to_string());
        }
        report.geonames.1 += 1;
        out.push(Place {
            id: format!("gn:{}", f[0]),
            name,
            names,
            lat,
            lon,
            feature,
            population: f[14].parse().unwrap_or(0),
            region: Some(hit.region.to_string()),
            cercle: Some(hit.cercle.to_string()),
            sources: vec![format!("geonames:{}", f[0])],
            precision_km: 1.0,
        });
    }
    Ok(out)
}

/// Spatial buckets of 0.15° so that a 15 km search looks at 3×3 cells.
struct Grid {
    cells: HashMap<(i32, i32), Vec<usize>>,
}

const CELL_DEG: f64 = 0.15;

impl Grid {
    fn new(places: &[Place]) -> Grid {
        let mut g = Grid {
            cells: HashMap::new(),
        };
        for (i, p) in places.iter().enumerate() {
            g.insert(i, p.lat, p.lon);
        }
        g
    }
    fn cell(lat: f64, lon: f64) -> (i32, i32) {
        (
            (lat / CELL_DEG).floor() as i32,
            (lon / CELL_DEG).floor() as i32,
        )
    }
    fn insert(&mut self, i: usize, lat: f64, lon: f64) {
        self.cells.entry(Grid::cell(lat, lon)).or_default().push(i);
    }
    fn around(&self, lat: f64, lon: f64) -> impl Iterator<Item = usize> + '_ {
        let (a, b) = Grid::cell(lat, lon);
        (-1..=1)
            .flat_map(move |da| (-1..=1).map(move |db| (a + da, b + db)))
            .flat_map(|c| self.cells.get(&c).into_iter().flatten().copied())
    }
}

/// How well two names agree: 0 same folded name, 1 same skeleton, 2 one
/// edit apart (long names only); `None` otherwise.
fn name_agreement(a: &str, b: &str) -> Option<u8> {
    let (fa, fb) = (fold(a), fold(b));
    if fa.is_empty() || fb.is_empty() {
        return None;
    }
    if fa == fb {
        return Some(0);
    }
    if skeleton(a) == skeleton(b) {
        return Some(1);
    }
    if fa.len() >= 6 && fb.len() >= 6 && edit_distance(&fa, &fb) <= 1 {
        return Some(2);
    }
    None
}

/// The place a row from another source confirms: the best name agreement,
/// then the nearest, within `max_km` (tighter for fuzzy name agreement).
fn find_match(
    places: &[Place],
    grid: &Grid,
    names: &[String],
    lat: f64,
    lon: f64,
    max_km: f64,
    classes: &[char],
) -> Option<usize> {
    let mut best: Option<(u8, f64, usize)> = None;
    for i in grid.around(lat, lon) {
        let p = &places[i];
        if !classes.contains(&p.class()) {
            continue;
        }
        let d = distance_km(lat, lon, p.lat, p.lon);
        if d > max_km.max(p.precision_km + 4.0) {
            continue;
        }
        let agree = names
            .iter()
            .flat_map(|n| p.all_names().filter_map(move |m| name_agreement(n, m)))
            .min();
        let Some(a) = agree else { continue };
        if a > 0 && d > 6.0 {
            continue;
        }
        if best.is_none_or(|(ba, bd, _)| (a, d) < (ba, bd)) {
            best = Some((a, d, i));
        }
    }
    best.map(|(_, _, i)| i)
}

/// "OGOSSAGOU-PEULH" → "Ogossagou-Peulh", "N'TILLIT" → "N'Tillit".
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, ' ' | '-' | '\'' | '’' | '(');
    }
    out
}

fn decimals(s: &str) -> usize {
    s.trim().split_once('.').map_or(0, |(_, d)| d.len())
}

/// One Localités village row as read, before any check.
struct LocRow {
    code: String,
    name: String,
    /// Index of the stated cercle in the boundary data.
    cercle: Option<usize>,
    /// The commune's code (`parent_code`).
    commune: String,
    lat: f64,
    lon: f64,
    coarse: bool,
}

/// What the build did to one source row's coordinates (`cleaning.tsv`).
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaning {
    /// `localites:CODE` or `geonames:ID`.
    pub source: String,
    /// The row's name.
    pub name: String,
    /// The cercle the row states (Localités) or that the evidence names.
    pub stated_cercle: String,
    /// Coordinates as published.
    pub raw: (f64, f64),
    /// `lon_sign`, `lat_plus_1`, `lat_minus_1` or `dropped`.
    pub action: &'static str,
    /// Coordinates kept (the raw ones for `dropped`).
    pub fixed: (f64, f64),
    /// Why, in a few words.
    pub reason: String,
}

/// Header of `cleaning.tsv`.
pub const CLEANING_HEADER: &str =
    "source\tname\tstated_cercle\traw_lat\traw_lon\taction\tlat\tlon\treason";

fn cleaning_tsv(rows: &[Cleaning]) -> String {
    let mut s = String::from(CLEANING_HEADER);
    s.push('\n');
    for c in rows {
        let _ = writeln!(
            s,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            c.source,
            clean(&c.name),
            c.stated_cercle,
            c.raw.0,
            c.raw.1,
            c.action,
            c.fixed.0,
            c.fixed.1,
            clean(&c.reason)
        );
    }
    s
}

/// Points of the other sources (GeoNames, OSM) by name, to confirm or
/// contradict a row.
struct Evidence {
    items: Vec<(Vec<String>, f64, f64)>,
    cells: HashMap<(i32, i32), Vec<usize>>,
}

impl Evidence {
    fn new() -> Evidence {
        Evidence {
            items: Vec::new(),
            cells: HashMap::new(),
        }
    }
    fn add(&mut self, names: Vec<String>, lat: f64, lon: f64) {
        self.cells
            .entry(Grid::cell(lat, lon))
            .or_default()
            .push(self.items.len());
        self.items.push((names, lat, lon));
    }
    /// Whether a point of another source with an agreeing name lies within
    /// `km` (at most 15 km) of (lat, lon).
    fn supports(&self, name: &str, lat: f64, lon: f64, km: f64) -> bool {
        let (a, b) = Grid::cell(lat, lon);
        (-1..=1)
            .flat_map(|da| (-1..=1).map(move |db| (a + da, b + db)))
            .flat_map(|c| self.cells.get(&c).into_iter().flatten())
            .any(|&i| {
                let (names, la, lo) = &self.items[i];
                distance_km(lat, lon, *la, *lo) <= km
                    && names.iter().any(|n| name_agreement(name, n).is_some())
            })
    }
}

/// The single-slip corrections tried on a contradicted point, most likely
/// first: a lost minus sign on the longitude, a latitude one degree off.
fn alternatives(lat: f64, lon: f64) -> [(&'static str, f64, f64); 3] {
    [
        ("lon_sign", lat, -lon),
        ("lat_plus_1", lat + 1.0, lon),
        ("lat_minus_1", lat - 1.0, lon),
    ]
}

/// How far (degrees) a point may lie outside its stated cercle and still
/// count as in it: the rounding of the coordinates plus a little for the
/// boundary data.
fn cercle_tolerance(coarse: bool) -> f64 {
    if coarse {
        0.07
    } else {
        0.02
    }
}

/// Beyond this distance (degrees, about 33 km) from its stated cercle, an
/// uncorrectable row that no other source confirms is dropped.
const CONTRADICTED_DEG: f64 = 0.3;

fn read_localites(text: &str, admin: &AdminLocator) -> Result<Vec<LocRow>> {
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let headers = rdr.headers().context("localités: no header")?.clone();
    let col = |n: &str| {
        headers
            .iter()
            .position(|h| h == n)
            .ok_or_else(|| anyhow!("localités: no column {n:?}"))
    };
    let (c_code, c_cercle, c_parent, c_vfq, c_lon, c_lat) = (
        col("code")?,
        col("cercle")?,
        col("parent_code")?,
        col("vfq")?,
        col("longitude")?,
        col("latitude")?,
    );
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.with_context(|| format!("localités: line {}", i + 2))?;
        let vfq = rec.get(c_vfq).unwrap_or("").trim();
        let (slat, slon) = (rec.get(c_lat).unwrap_or(""), rec.get(c_lon).unwrap_or(""));
        let (Ok(lat), Ok(lon)) = (slat.trim().parse::<f64>(), slon.trim().parse::<f64>()) else {
            continue;
        };
        if vfq.is_empty() || !lat.is_finite() || !lon.is_finite() {
            continue;
        }
        let stated = rec.get(c_cercle).unwrap_or("").trim();
        let cercle = admin.cercles().iter().position(|c| {
            Some(c.name.as_str()) == admin.cercle_named(stated).map(|x| x.name.as_str())
        });
        out.push(LocRow {
            code: rec.get(c_code).unwrap_or("").trim().to_string(),
            name: title_case(vfq),
            cercle,
            commune: rec.get(c_parent).unwrap_or("").trim().to_string(),
            lat,
            lon,
            coarse: decimals(slat).min(decimals(slon)) <= 1,
        });
    }
    Ok(out)
}

/// Checks every Localités row against its own stated cercle and the other
/// sources, fixing single slips (a lost longitude sign, a latitude one
/// degree off) when the fixed point lies in the stated cercle. Returns, per
/// row, the point to use (`None`: dropped) and the log of what changed.
fn check_localites(
    rows: &[LocRow],
    admin: &AdminLocator,
    evidence: &Evidence,
) -> (Vec<Option<(f64, f64)>>, Vec<Cleaning>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Verdict {
        Keep,
        /// Kept, with evidence that the published point is right.
        Confirmed,
        Fix(&'static str, f64, f64),
        /// Both the point and its mirror lie in the stated cercle and no
        /// source tells them apart: decided by the commune's other rows.
        Pending,
        Drop,
    }
    let mut verdicts = Vec::with_capacity(rows.len());
    let mut reasons: Vec<String> = Vec::with_capacity(rows.len());
    for r in rows {
        let Some(ci) = r.cercle else {
            let v = if admin.locate(r.lat, r.lon).is_some() {
                Verdict::Keep
            } else {
                Verdict::Drop
            };
            verdicts.push(v);
            reasons.push("outside Mali".into());
            continue;
        };
        let c = &admin.cercles()[ci];
        let tol = cercle_tolerance(r.coarse);
        let km = if r.coarse { 12.0 } else { 5.0 };
        let in_cercle = |lat: f64, lon: f64| {
            admin.locate(lat, lon).is_some() && admin.distance_to_cercle_deg(lat, lon, c) <= tol
        };
        let raw_ok = in_cercle(r.lat, r.lon);
        let fixes: Vec<(&'static str, f64, f64)> = alternatives(r.lat, r.lon)
            .into_iter()
            .filter(|&(_, la, lo)| in_cercle(la, lo))
            .collect();
        let (v, why) = if !raw_ok {
            if let Some(&(op, la, lo)) = fixes.first() {
                (
                    Verdict::Fix(op, la, lo),
                    format!("published point outside its cercle ({})", c.name),
                )
            } else if evidence.supports(&r.name, r.lat, r.lon, km) {
                (Verdict::Confirmed, String::new())
            } else if admin.locate(r.lat, r.lon).is_some()
                && admin.distance_to_cercle_deg(r.lat, r.lon, c) <= CONTRADICTED_DEG
            {
                (Verdict::Keep, String::new())
            } else {
                (
                    Verdict::Drop,
                    format!(
                        "published point far from its cercle ({}) and no single slip explains it",
                        c.name
                    ),
                )
            }
        } else {
            match fixes.iter().find(|f| f.0 == "lon_sign") {
                Some(&(op, la, lo)) if r.lon != 0.0 => {
                    let at_raw = evidence.supports(&r.name, r.lat, r.lon, km);
                    let at_mirror = evidence.supports(&r.name, la, lo, km);
                    match (at_raw, at_mirror) {
                        (false, true) => (
                            Verdict::Fix(op, la, lo),
                            "another source has it at the mirrored point".to_string(),
                        ),
                        (true, false) => (Verdict::Confirmed, String::new()),
                        _ => (Verdict::Pending, String::new()),
                    }
                }
                _ => (Verdict::Keep, String::new()),
            }
        };
        verdicts.push(v);
        reasons.push(why);
    }
    // Communes whose rows were mostly mirrored: their undecided rows were
    // too. Evidence for the published side: rows confirmed by another
    // source, or whose mirror falls outside the cercle.
    let mut votes: HashMap<&str, (usize, usize)> = HashMap::new();
    for (r, v) in rows.iter().zip(&verdicts) {
        let e = votes.entry(r.commune.as_str()).or_default();
        match v {
            Verdict::Fix("lon_sign", ..) => e.0 += 1,
            Verdict::Confirmed => e.1 += 1,
            Verdict::Keep if r.lon < 0.0 && r.cercle.is_some() => {
                // Only rows whose cercle straddles the meridian say anything
                // about a mirror.
                let c = &admin.cercles()[r.cercle.unwrap_or(0)];
                if c.shape
                    .0
                    .iter()
                    .any(|p| p.exterior().0.iter().any(|q| q.x > 0.0))
                {
                    e.1 += 1;
                }
            }
            _ => {}
        }
    }
    for (i, r) in rows.iter().enumerate() {
        // A row far from its cercle in a commune whose rows were mirrored:
        // mirrored too when that brings it near the cercle.
        if verdicts[i] == Verdict::Drop && r.lon < 0.0 {
            let (east, west) = votes.get(r.commune.as_str()).copied().unwrap_or((0, 0));
            let near = r.cercle.is_some_and(|c| {
                admin.locate(r.lat, -r.lon).is_some()
                    && admin.distance_to_cercle_deg(r.lat, -r.lon, &admin.cercles()[c])
                        <= CONTRADICTED_DEG
            });
            if near && east > west {
                reasons[i] = format!(
                    "{east} of the commune's rows were mirrored, {west} confirmed as published"
                );
                verdicts[i] = Verdict::Fix("lon_sign", r.lat, -r.lon);
            }
        }
        if verdicts[i] == Verdict::Pending {
            let (east, west) = votes.get(r.commune.as_str()).copied().unwrap_or((0, 0));
            verdicts[i] = if east > west {
                reasons[i] = format!(
                    "{east} of the commune's rows were mirrored, {west} confirmed as published"
                );
                Verdict::Fix("lon_sign", r.lat, -r.lon)
            } else {
                Verdict::Keep
            };
        }
    }
    let mut points = Vec::with_capacity(rows.len());
    let mut log = Vec::new();
    for ((r, v), why) in rows.iter().zip(verdicts).zip(reasons) {
        let stated = r
            .cercle
            .map(|c| admin.cercles()[c].name.clone())
            .unwrap_or_default();
        match v {
            Verdict::Fix(op, la, lo) => {
                let (la, lo) = (round_to(la, 6), round_to(lo, 6));
                log.push(Cleaning {
                    source: format!("localites:{}", r.code),
                    name: r.name.clone(),
                    stated_cercle: stated,
                    raw: (r.lat, r.lon),
                    action: op,
                    fixed: (la, lo),
                    reason: why,
                });
                points.push(Some((la, lo)));
            }
            Verdict::Drop => {
                if r.cercle.is_some() && admin.locate(r.lat, r.lon).is_some() {
                    log.push(Cleaning {
                        source: format!("localites:{}", r.code),
                        name: r.name.clone(),
                        stated_cercle: stated,
                        raw: (r.lat, r.lon),
                        action: "dropped",
                        fixed: (r.lat, r.lon),
                        reason: why,
                    });
                }
                points.push(None);
            }
            _ => points.push(Some((r.lat, r.lon))),
        }
    }
    (points, log)
}

/// GeoNames rows that carry the same slip as a corrected Localités row
/// (same name, same published point), or whose mirror an OpenStreetMap node
/// of the same name confirms while nothing confirms the published point.
fn check_geonames(
    places: &mut [Place],
    rows: &[LocRow],
    log: &mut Vec<Cleaning>,
    osm: &Evidence,
    admin: &AdminLocator,
) {
    let loc_fixes: Vec<(usize, Cleaning)> = log
        .iter()
        .filter(|c| c.action != "dropped")
        .filter_map(|c| {
            let code = c.source.strip_prefix("localites:")?;
            let i = rows.iter().position(|r| r.code == code)?;
            Some((i, c.clone()))
        })
        .collect();
    let mut extra = Vec::new();
    for p in places.iter_mut().filter(|p| p.id.starts_with("gn:")) {
        let mut fix: Option<(&'static str, f64, f64, String, String)> = None;
        for (i, c) in &loc_fixes {
            let r = &rows[*i];
            let same_point =
                distance_km(p.lat, p.lon, r.lat, r.lon) <= if r.coarse { 12.0 } else { 4.0 };
            if !same_point || !p.all_names().any(|n| name_agreement(n, &r.name).is_some()) {
                continue;
            }
            let (la, lo) = match c.action {
                "lon_sign" => (p.lat, -p.lon),
                "lat_plus_1" => (p.lat + 1.0, p.lon),
                _ => (p.lat - 1.0, p.lon),
            };
            if admin
                .locate(la, lo)
                .is_some_and(|h| h.cercle == c.stated_cercle)
            {
                fix = Some((
                    c.action,
                    la,
                    lo,
                    c.stated_cercle.clone(),
                    format!("same slip as {} ({})", c.source, c.reason),
                ));
                break;
            }
        }
        if fix.is_none() && p.lon != 0.0 {
            let (la, lo) = (p.lat, -p.lon);
            if let Some(h) = admin.locate(la, lo) {
                let at_mirror = p.all_names().any(|n| osm.supports(n, la, lo, 5.0));
                let at_raw = p.all_names().any(|n| osm.supports(n, p.lat, p.lon, 10.0));
                if at_mirror && !at_raw {
                    fix = Some((
                        "lon_sign",
                        la,
                        lo,
                        h.cercle.to_string(),
                        "an OpenStreetMap node of the same name lies at the mirrored point".into(),
                    ));
                }
            }
        }
        if let Some((op, la, lo, cercle, why)) = fix {
            let hit = admin.locate(la, lo).expect("checked above");
            extra.push(Cleaning {
                source: p.sources[0].clone(),
                name: p.name.clone(),
                stated_cercle: cercle,
                raw: (p.lat, p.lon),
                action: op,
                fixed: (la, lo),
                reason: why,
            });
            p.lat = la;
            p.lon = lo;
            p.region = Some(hit.region.to_string());
            p.cercle = Some(hit.cercle.to_string());
        }
    }
    log.extend(extra);
}

fn localites(
    rows: &[LocRow],
    points: &[Option<(f64, f64)>],
    admin: &AdminLocator,
    places: &mut Vec<Place>,
    grid: &mut Grid,
    report: &mut BuildReport,
) -> Result<()> {
    for (r, pt) in rows.iter().zip(points) {
        report.localites.0 += 1;
        let Some((lat, lon)) = *pt else {
            // Contradicted rows are counted in the cleaning log.
            if admin.locate(r.lat, r.lon).is_none() {
                report.localites.3 += 1;
            }
            continue;
        };
        let Some(hit) = admin.locate(lat, lon) else {
            report.localites.3 += 1;
            continue;
        };
        let (code, name) = (&r.code, r.name.clone());
        let (max_km, precision) = if r.coarse { (15.0, 8.0) } else { (6.0, 1.5) };
        match find_match(
            places,
            grid,
            std::slice::from_ref(&name),
            lat,
            lon,
            max_km,
            &['P', 'A'],
        ) {
            Some(j) => {
                let p = &mut places[j];
                if !p.all_names().any(|n| fold(n) == fold(&name)) {
                    p.names.push(name);
                }
                p.sources.push(format!("localites:{code}"));
                report.localites.1 += 1;
            }
            None => {
                places.push(Place {
                    id: format!("loc:{code}"),
                    name,
                    names: vec![],
                    lat,
                    lon,
                    feature: "P.PPL".into(),
                    population: 0,
                    region: Some(hit.region.to_string()),
                    cercle: Some(hit.cercle.to_string()),
                    sources: vec![format!("localites:{code}")],
                    precision_km: precision,
                });
                grid.insert(places.len() - 1, lat, lon);
                report.localites.2 += 1;
            }
        }
    }
    Ok(())
}

/// OSM place nodes as evidence (names and points only).
fn osm_points(text: &str) -> Result<Evidence> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |n: &str| {
        header
            .iter()
            .position(|h| *h == n)
            .ok_or_else(|| anyhow!("osm: no column {n:?}"))
    };
    let (c_name, c_en, c_lat, c_lon) = (col("name")?, col("name_en")?, col("lat")?, col("lon")?);
    let mut ev = Evidence::new();
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != header.len() {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (f[c_lat].parse::<f64>(), f[c_lon].parse::<f64>()) else {
            continue;
        };
        let names: Vec<String> = [f[c_name], f[c_en]]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if !names.is_empty() {
            ev.add(names, lat, lon);
        }
    }
    Ok(ev)
}

fn osm(
    text: &str,
    admin: &AdminLocator,
    places: &[Place],
    grid: &Grid,
    report: &mut BuildReport,
) -> Result<String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |n: &str| {
        header
            .iter()
            .position(|h| *h == n)
            .ok_or_else(|| anyhow!("osm: no column {n:?}"))
    };
    let (c_id, c_place, c_name, c_en, c_lat, c_lon, c_pop) = (
        col("osm_id")?,
        col("place")?,
        col("name")?,
        col("name_en")?,
        col("lat")?,
        col("lon")?,
        col("population")?,
    );
    let mut out = String::new();
    out.push_str(OSM_HEADER);
    out.push('\n');
    for (i, line) in lines.enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != header.len() {
            bail!("osm: line {}: expected {} fields", i + 2, header.len());
        }
        report.osm.0 += 1;
        let lat: f64 = f[c_lat]
            .parse()
            .map_err(|_| anyhow!("osm: line {}: bad lat", i + 2))?;
        let lon: f64 = f[c_lon]
            .parse()
            .map_err(|_| anyhow!("osm: line {}: bad lon", i + 2))?;
        let Some(hit) = admin.locate(lat, lon) else {
            report.osm.3 += 1;
            continue;
        };
        let names: Vec<String> = [f[c_name], f[c_en]]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if names.is_empty() {
            continue;
        }
        let m = find_match(places, grid, &names, lat, lon, 6.0, &['P', 'A', 'L', 'S']);
        match m {
            Some(_) => report.osm.1 += 1,
            None => report.osm.2 += 1,
        }
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            f[c_id],
            clean(f[c_name]),
            clean(f[c_en]),
            lat,
            lon,
            f[c_place],
            f[c_pop].trim(),
            hit.region,
            hit.cercle,
            m.map(|j| places[j].id.as_str()).unwrap_or("")
        );
    }
    Ok(out)
}

/// The columns of `mali_admin_reforms.tsv` that sahel uses, with the
/// pre-2016 cercles of each 2023 region listed as carved_from, the seat's
/// point (from the places just built), and one `implied` row for every
/// pre-2016 cercle that lost ground to a new cercle but has no row of its
/// own: what remains of it is still a cercle under its old name.
fn reforms_tsv(text: &str, places: &[Place], admin: &AdminLocator) -> Result<String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |n: &str| {
        header
            .iter()
            .position(|h| *h == n)
            .ok_or_else(|| anyhow!("mali_admin_reforms.tsv: no column {n:?}"))
    };
    let (cu, cl, cy, cr, cs, cc, cb) = (
        col("unit")?,
        col("level")?,
        col("reform_year")?,
        col("region")?,
        col("seat")?,
        col("carved_from")?,
        col("carved_from_basis")?,
    );
    // unit, level, year, region, seat, carved_from, basis
    let mut rows: Vec<[String; 7]> = Vec::new();
    for (i, line) in lines.enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < header.len() {
            bail!(
                "mali_admin_reforms.tsv:{}: expected {} fields",
                i + 2,
                header.len()
            );
        }
        // Regions: "Sikasso region: Koutiala and Yorosso cercles" → the
        // cercles; other region descriptions stay out.
        let carved = if f[cl] == "region" {
            f[cc]
                .split_once(':')
                .filter(|(_, c)| !c.contains("parts"))
                .map(|(_, c)| {
                    c.replace(" cercles", "")
                        .replace(" cercle", "")
                        .replace(" and ", ", ")
                        .split(',')
                        .map(str::trim)
                        .filter(|x| !x.is_empty() && !x.starts_with("old ") && !x.contains("parts"))
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .unwrap_or_default()
        } else {
            f[cc].trim().to_string()
        };
        let basis = f[cb].split_whitespace().next().unwrap_or("").to_string();
        rows.push([
            f[cu].trim().to_string(),
            f[cl].trim().to_string(),
            f[cy].trim().to_string(),
            f[cr].trim().to_string(),
            f[cs].trim().to_string(),
            carved,
            basis,
        ]);
    }
    let olds = |carved: &str| -> Vec<String> {
        carved
            .split('|')
            .flat_map(|c| c.split(" or "))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect()
    };
    // Old cercles that gave ground to a new cercle but have no row.
    let mut implied: Vec<[String; 7]> = Vec::new();
    for r in rows.iter().filter(|r| r[1] == "cercle") {
        for old in olds(&r[5]) {
            // "Nioro du Sahel" continues the old "Nioro".
            let named = rows.iter().chain(&implied).any(|u| {
                u[1] == "cercle"
                    && (fold(&u[0]) == fold(&old)
                        || (u[6] == "continuing" && fold(&u[5]) == fold(&old)))
            });
            if named {
                continue;
            }
            let Some(c) = admin.cercle_named(&old) else {
                continue;
            };
            // What remains stays in the region of the cercle carved from
            // it (Boré and Douentza are both in Douentza region now).
            implied.push([
                c.name.clone(),
                "cercle".into(),
                r[2].clone(),
                r[3].clone(),
                c.name.clone(),
                c.name.clone(),
                "implied".into(),
            ]);
        }
    }
    rows.extend(implied);
    let mut out = String::from(crate::admin::REFORMS_HEADER);
    out.push('\n');
    for r in &rows {
        let seat = if r[1] == "cercle" {
            let name = if r[4].is_empty() { &r[0] } else { &r[4] };
            seat_point(places, admin, name, &olds(&r[5]))
        } else {
            None
        };
        let (lat, lon) = seat.map_or((String::new(), String::new()), |(a, b)| {
            (format!("{a:.5}"), format!("{b:.5}"))
        });
        let _ = writeln!(out, "{}\t{lat}\t{lon}", r.join("\t"));
    }
    Ok(out)
}

/// The point of a cercle seat: a place of that name inside one of the old
/// cercles the new one was carved from, else in their old region; the
/// exact name first, then its spelling skeleton, then one or two typos
/// (sources spell the new seats in many ways: Talataye/Telataï,
/// Taoudénit/Taoudenni). Populated places and admin seats rank first.
fn seat_point(
    places: &[Place],
    admin: &AdminLocator,
    seat: &str,
    carved_from: &[String],
) -> Option<(f64, f64)> {
    let key = fold(seat);
    let sk = skeleton(seat);
    let in_cercles = |p: &Place| {
        p.cercle
            .as_deref()
            .is_some_and(|c| carved_from.iter().any(|o| fold(o) == fold(c)))
    };
    let regions: Vec<&str> = carved_from
        .iter()
        .filter_map(|o| admin.cercle_named(o).map(|c| c.region.as_str()))
        .collect();
    let in_regions = |p: &Place| p.region.as_deref().is_some_and(|r| regions.contains(&r));
    let rank = |p: &Place| {
        let feature = match (p.class(), p.code()) {
            ('P', "PPLA" | "PPLC") => 6,
            ('P', "PPLA2") => 5,
            ('P', "PPLA3") => 4,
            ('P', _) => 3,
            ('A', _) => 2,
            _ => 1,
        };
        (feature, p.population, p.sources.len())
    };
    let names_match = |p: &Place, tier: u8| {
        p.all_names().any(|n| match tier {
            0 => fold(n) == key,
            1 => sk.len() >= 4 && skeleton(n) == sk,
            _ => key.len() >= 6 && edit_distance(&fold(n), &key) <= 2,
        })
    };
    for tier in 0..3u8 {
        let areas: [&dyn Fn(&Place) -> bool; 2] = [&in_cercles, &in_regions];
        for inside in areas {
            let best = places
                .iter()
                .filter(|p| matches!(p.class(), 'P' | 'A' | 'L'))
                .filter(|p| inside(p) && names_match(p, tier))
                .max_by_key(|p| rank(p));
            if let Some(p) = best {
                return Some((p.lat, p.lon));
            }
        }
    }
    None
}

/// A ring simplified for drawing at country scale (Douglas-Peucker, 0.01°
/// ≈ 1 km, then 3 decimals): base maps need shape, not survey precision.
fn ring_json(ring: &geo::LineString<f64>) -> Option<serde_json::Value> {
    use geo::Simplify;
    let s = ring.simplify(0.01);
    let mut pts: Vec<[f64; 2]> = Vec::new();
    for c in s.0 {
        let p = [round_to(c.x, 3), round_to(c.y, 3)];
        if pts.last() != Some(&p) {
            pts.push(p);
        }
    }
    (pts.len() >= 4).then(|| serde_json::json!(pts))
}

fn polygons_json(g: &geojson::Geometry) -> Result<serde_json::Value> {
    let mp: geo::MultiPolygon<f64> = match &g.value {
        geojson::GeometryValue::Polygon { .. } => {
            geo::MultiPolygon(vec![(&g.value).try_into().map_err(|e| anyhow!("{e}"))?])
        }
        geojson::GeometryValue::MultiPolygon { .. } => {
            (&g.value).try_into().map_err(|e| anyhow!("{e}"))?
        }
        _ => bail!("not a polygon"),
    };
    let polys: Vec<serde_json::Value> =
        mp.0.iter()
            .filter_map(|p| {
                let ext = ring_json(p.exterior())?;
                let mut rings = vec![ext];
                rings.extend(p.interiors().iter().filter_map(ring_json));
                Some(serde_json::json!(rings))
            })
            .collect();
    Ok(serde_json::json!(polys))
}

/// Derives `basemap.json` from Natural Earth (countries, rivers, lakes,
/// populated places; public domain) and geoBoundaries (regions; CC BY 4.0),
/// simplified for maps of Mali.
pub fn basemap(data: &Path) -> Result<String> {
    let read = |rel: &str| -> Result<geojson::FeatureCollection> {
        let p = data.join(rel);
        let text =
            std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read", p.display()))?;
        match text
            .parse::<geojson::GeoJson>()
            .with_context(|| format!("{}: not GeoJSON", p.display()))?
        {
            geojson::GeoJson::FeatureCollection(fc) => Ok(fc),
            _ => bail!("{}: not a FeatureCollection", p.display()),
        }
    };
    let prop = |f: &geojson::Feature, k: &str| -> String {
        f.properties
            .as_ref()
            .and_then(|p| p.get(k))
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    let mut countries = Vec::new();
    for f in read("basemap/ne_10m_countries_clip.geojson")?.features {
        let Some(g) = &f.geometry else { continue };
        countries.push(serde_json::json!({"name": prop(&f, "name"), "iso": prop(&f, "iso_a3"), "polygons": polygons_json(g)?}));
    }
    let mut regions = Vec::new();
    for f in read("boundaries/mli_adm1_geoboundaries.geojson")?.features {
        let Some(g) = &f.geometry else { continue };
        regions.push(serde_json::json!({"name": crate::admin::display_name(&prop(&f, "shapeName")), "polygons": polygons_json(g)?}));
    }
    let mut rivers = Vec::new();
    for f in read("basemap/ne_10m_rivers_clip.geojson")?.features {
        let Some(g) = &f.geometry else { continue };
        let lines: Vec<Vec<[f64; 2]>> = match &g.value {
            geojson::GeometryValue::LineString { coordinates } => vec![coordinates
                .iter()
                .map(|p| [round_to(p.as_slice()[0], 3), round_to(p.as_slice()[1], 3)])
                .collect()],
            geojson::GeometryValue::MultiLineString { coordinates } => coordinates
                .iter()
                .map(|l| {
                    l.iter()
                        .map(|p| [round_to(p.as_slice()[0], 3), round_to(p.as_slice()[1], 3)])
                        .collect()
                })
                .collect(),
            _ => continue,
        };
        rivers.push(serde_json::json!({"name": prop(&f, "name"), "lines": lines}));
    }
    let mut lakes = Vec::new();
    for f in read("basemap/ne_10m_lakes_clip.geojson")?.features {
        let Some(g) = &f.geometry else { continue };
        // This Natural Earth conversion lost the "é" of Lac Débo.
        let name = match prop(&f, "name").as_str() {
            "Lake Dbo" => "Lac Débo".to_string(),
            n => n.to_string(),
        };
        lakes.push(serde_json::json!({"name": name, "polygons": polygons_json(g)?}));
    }
    let mut towns = Vec::new();
    for f in read("basemap/ne_10m_populated_places_clip.geojson")?.features {
        let p = f.properties.as_ref();
        let num = |k: &str| {
            p.and_then(|p| p.get(k))
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0)
        };
        let country = prop(&f, "ADM0_A3");
        let capital = num("ADM0CAP") > 0.0;
        if country != "MLI" && !capital {
            continue;
        }
        towns.push(serde_json::json!({"name": prop(&f, "NAME"), "lat": round_to(num("LATITUDE"), 3), "lon": round_to(num("LONGITUDE"), 3), "pop": num("POP_MAX") as u64, "capital": capital, "country": country}));
    }
    let v = serde_json::json!({"countries": countries, "regions": regions, "rivers": rivers, "lakes": lakes, "towns": towns});
    Ok(serde_json::to_string(&v)? + "\n")
}

#[cfg(test)]
mod tests {
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
        let (points, log) = check_localites(&rows, admin, &Evidence::new());
        assert_eq!(points[0], Some((15.23, 0.29)));
        assert_eq!(points[1], Some((15.92, 2.4)));
        assert_eq!(points[2], Some((13.98, -4.04)));
        assert_eq!(points[3], Some((14.83, -5.25)));
        assert_eq!(points[4], None);
        let actions: Vec<(&str, &str)> =
            log.iter().map(|c| (c.source.as_str(), c.action)).collect();
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
        let (points, _) = check_localites(&rows, admin, &Evidence::new());
        assert_eq!(points[0], Some((16.06, -0.12)), "nothing says otherwise");
        let mut ev = Evidence::new();
        ev.add(vec!["Kobé".into()], 16.0484, 0.1113);
        let (points, log) = check_localites(&rows, admin, &ev);
        assert_eq!(points[0], Some((16.06, 0.12)));
        assert!(log[0].reason.contains("mirrored point"), "{:?}", log[0]);
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
        let places = geonames(&text, admin, &mut report).unwrap();
        assert_eq!(places.len(), 1);
        assert_eq!(places[0].cercle.as_deref(), Some("Ténenkou"));
        assert_eq!(report.geonames, (2, 1, 1));
        let short = geonames("1\tX", admin, &mut report)
            .unwrap_err()
            .to_string();
        assert!(short.contains("ML.txt:1"), "{short}");
    }
}
