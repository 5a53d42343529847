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

mod basemap;
mod cleaning;
mod communes;
mod reforms;
#[cfg(test)]
mod tests;

pub use basemap::basemap;
use cleaning::*;
pub use cleaning::{Cleaning, CLEANING_HEADER};
use reforms::*;

use super::{Place, OSM_HEADER, PLACES_HEADER};
use crate::admin::AdminLocator;
use crate::country::Country;
use crate::files::write_atomic;
use crate::fold::{edit_distance, fold, skeleton};
use crate::gazetteer::{Error, Result};
use crate::geodesy::{distance_km, round_to};
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

/// Where a neighbour's sources are, and where its derived files go.
struct NeighbourSources {
    country: Country,
    geonames: &'static str,
    osm: &'static str,
    boundaries: &'static str,
    units: usize,
    places_out: &'static str,
    osm_out: &'static str,
}

/// Burkina Faso and Niger, built the same way from their sources.
const NEIGHBOURS: [NeighbourSources; 2] = [
    NeighbourSources {
        country: Country::BurkinaFaso,
        geonames: "gazetteer/BF.txt",
        osm: "gazetteer/osm_bfa_places_2019.tsv",
        boundaries: "boundaries/bfa_adm2_geoboundaries.geojson",
        units: 45,
        places_out: super::PLACES_BF_FILE,
        osm_out: super::OSM_BF_FILE,
    },
    NeighbourSources {
        country: Country::Niger,
        geonames: "gazetteer/NE.txt",
        osm: "gazetteer/osm_ner_places_2019.tsv",
        boundaries: "boundaries/ner_adm2_geoboundaries.geojson",
        units: 67,
        places_out: super::PLACES_NE_FILE,
        osm_out: super::OSM_NE_FILE,
    },
];

/// What the build did, for the command's summary.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// GeoNames rows read / kept / dropped as outside Mali.
    pub geonames: (usize, usize, usize),
    /// Localités village rows with coordinates / merged into a GeoNames
    /// place / added / dropped as outside Mali.
    pub localites: (usize, usize, usize, usize),
    /// Communes placed at their villages' median (no place bears their
    /// name near them).
    pub communes: usize,
    /// OSM rows / confirming a place / standalone / dropped.
    pub osm: (usize, usize, usize, usize),
    /// Places written to `places.tsv`.
    pub places: usize,
    /// Coordinates corrected or rows dropped by the consistency checks.
    pub cleaning: Vec<Cleaning>,
    /// The same counts for Burkina Faso and Niger (GeoNames and OSM only).
    pub neighbours: Vec<(Country, BuildReport)>,
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
        writeln!(
            f,
            "Communes: {} placed at their villages' median",
            self.communes
        )?;
        writeln!(f, "OpenStreetMap: {or} nodes, {om} confirm a place, {os} standalone, {od} dropped (outside Mali)")?;
        write!(f, "places.tsv: {} places", self.places)?;
        for (c, r) in &self.neighbours {
            let (gr, gk, gd) = r.geonames;
            let (or, om, os, od) = r.osm;
            write!(
                f,
                "\n{}: GeoNames {gr} rows, {gk} kept, {gd} dropped (outside the country or listed by a previous country); OpenStreetMap {or} nodes, {om} confirm a place, {os} standalone, {od} dropped (outside the country or listed by a previous country); {} places",
                c.name(),
                r.places
            )?;
        }
        Ok(())
    }
}

/// Runs the whole derivation from `data` (e.g. `../shared/data`) into
/// `out` (e.g. `gazetteer/`).
pub fn build(data: &Path, out: &Path) -> Result<BuildReport> {
    let read = |rel: &str| -> Result<String> { Ok(crate::files::read_text(&data.join(rel))?) };
    let admin = AdminLocator::from_geojson(
        &read("boundaries/mli_adm2_geoboundaries.geojson")?,
        "geoboundaries",
        "boundaries/mli_adm2_geoboundaries.geojson",
    )?;
    if admin.cercles().len() != 50 {
        return Err(Error::file(
            "boundaries/mli_adm2_geoboundaries.geojson",
            format!("expected 50 cercles, found {}", admin.cercles().len()),
        ));
    }
    let mut report = BuildReport::default();
    let mut places = geonames(
        &read("gazetteer/ML.txt")?,
        "ML.txt",
        None,
        &admin,
        &mut report,
    )?;
    let osm_text = read("gazetteer/osm_mali_places_2019.tsv")?;
    let osm_evidence = osm_points(&osm_text)?;
    let mut evidence = osm_points(&osm_text)?;
    for p in places.iter().filter(|p| matches!(p.class(), 'P' | 'A')) {
        evidence.add(p.all_names().map(str::to_string).collect(), p.lat, p.lon);
    }
    let loc_text = read("gazetteer/opendatamali_localites_mali.csv")?;
    let (rows, commune_rows) = read_localites(&loc_text, &admin)?;
    let (points, mut log) = check_localites(&rows, &admin, &evidence, &osm_evidence);
    check_geonames(&mut places, &rows, &mut log, &osm_evidence, &admin);
    report.cleaning = log;
    let mut grid = Grid::new(&places);
    localites(&rows, &points, &admin, &mut places, &mut grid, &mut report)?;
    report.communes = communes::communes(&commune_rows, &rows, &points, &admin, &mut places);
    let mut taken = std::collections::HashSet::new();
    let osm_rows = osm(
        &osm_text,
        None,
        &admin,
        &places,
        &grid,
        &mut taken,
        &mut report,
    )?;
    report.places = places.len();

    // Burkina Faso and Niger: GeoNames and OSM, each row in its source's
    // country (the boundary files of the three countries overlap along
    // their borders, so the source's country code decides, and the
    // polygons only give the region and province or département).
    let mut all_units = admin.clone();
    let mut neighbours = Vec::new();
    // GeoNames lists some border features (streams, wells) in two
    // countries' dumps under one id: the first country keeps it.
    let mut ids: std::collections::HashSet<String> = places.iter().map(|p| p.id.clone()).collect();
    for n in NEIGHBOURS {
        let units =
            AdminLocator::from_geojson(&read(n.boundaries)?, "geoboundaries", n.boundaries)?;
        if units.cercles().len() != n.units {
            return Err(Error::file(
                n.boundaries,
                format!(
                    "expected {} units, found {}",
                    n.units,
                    units.cercles().len()
                ),
            ));
        }
        let mut r = BuildReport::default();
        let mut found = geonames(
            &read(n.geonames)?,
            n.geonames,
            Some(n.country),
            &units,
            &mut r,
        )?;
        let before = found.len();
        found.retain(|p| ids.insert(p.id.clone()));
        r.geonames.1 -= before - found.len();
        r.geonames.2 += before - found.len();
        let grid = Grid::new(&found);
        let nodes = osm(
            &read(n.osm)?,
            Some(n.country),
            &units,
            &found,
            &grid,
            &mut taken,
            &mut r,
        )?;
        r.places = found.len();
        neighbours.push((n, found, nodes, r));
        all_units.extend(units);
    }

    std::fs::create_dir_all(out).map_err(|source| crate::files::Error::Stage {
        dir: out.to_path_buf(),
        source,
    })?;
    write_atomic(
        &out.join("cercles.geojson"),
        all_units.to_geojson().as_bytes(),
    )?;
    write_atomic(&out.join("places.tsv"), places_tsv(&places).as_bytes())?;
    write_atomic(&out.join("osm_places.tsv"), osm_rows.as_bytes())?;
    for (n, found, nodes, r) in neighbours {
        write_atomic(&out.join(n.places_out), places_tsv(&found).as_bytes())?;
        write_atomic(&out.join(n.osm_out), nodes.as_bytes())?;
        report.neighbours.push((n.country, r));
    }
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

/// The positions of `names` in a tab-separated header line.
fn columns<const N: usize>(header: &str, names: [&str; N], origin: &str) -> Result<[usize; N]> {
    let header: Vec<&str> = header.split('\t').collect();
    let mut out = [0; N];
    for (o, n) in out.iter_mut().zip(names) {
        *o = header
            .iter()
            .position(|h| *h == n)
            .ok_or_else(|| Error::file(origin, format!("no column {n:?}")))?;
    }
    Ok(out)
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

fn geonames(
    text: &str,
    file: &str,
    within: Option<Country>,
    admin: &AdminLocator,
    report: &mut BuildReport,
) -> Result<Vec<Place>> {
    let mut out = Vec::new();
    let mut counts = (0, 0, 0);
    for (i, line) in text.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 19 {
            return Err(Error::line(
                file,
                i + 1,
                format!("expected 19 fields, found {}", f.len()),
            ));
        }
        counts.0 += 1;
        let feature = format!("{}.{}", f[6], f[7]);
        // Terrain and water features (T, H) are all kept: conflict data
        // names depressions, wetlands, hills, dunes and streams; they rank
        // low unless the name or the hints call for them.
        if !matches!(f[6], "P" | "T" | "H") && !KEEP_CODES.contains(&feature.as_str()) {
            continue;
        }
        let lat: f64 = f[4]
            .parse()
            .map_err(|_| Error::line(file, i + 1, format!("bad latitude {:?}", f[4])))?;
        let lon: f64 = f[5]
            .parse()
            .map_err(|_| Error::line(file, i + 1, format!("bad longitude {:?}", f[5])))?;
        let hit = admin.locate_for(within, lat, lon);
        let Some(hit) = hit else {
            counts.2 += 1;
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
        counts.1 += 1;
        out.push(Place {
            names,
            feature,
            population: f[14].parse().unwrap_or(0),
            ..Place::located(
                format!("gn:{}", f[0]),
                name,
                (lat, lon),
                &hit,
                format!("geonames:{}", f[0]),
                1.0,
            )
        });
    }
    report.geonames = counts;
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

/// The village rows with a point, and the commune rows, of Localités du
/// Mali.
fn read_localites(
    text: &str,
    admin: &AdminLocator,
) -> Result<(Vec<LocRow>, Vec<communes::CommuneRow>)> {
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| Error::file("localités", format!("no header: {e}")))?
        .clone();
    let col = |n: &str| {
        headers
            .iter()
            .position(|h| h == n)
            .ok_or_else(|| Error::file("localités", format!("no column {n:?}")))
    };
    let (c_code, c_cercle, c_commune, c_parent, c_vfq, c_lon, c_lat) = (
        col("code")?,
        col("cercle")?,
        col("commune")?,
        col("parent_code")?,
        col("vfq")?,
        col("longitude")?,
        col("latitude")?,
    );
    let (mut out, mut commune_rows) = (Vec::new(), Vec::new());
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| Error::line("localités", i + 2, e.to_string()))?;
        let vfq = rec.get(c_vfq).unwrap_or("").trim();
        let field = |c: usize| rec.get(c).unwrap_or("").trim();
        if let Some(c) = communes::commune_row(field(c_code), field(c_commune), vfq) {
            commune_rows.push(c);
            continue;
        }
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
    Ok((out, commune_rows))
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
                places.push(Place::located(
                    format!("loc:{code}"),
                    name,
                    (lat, lon),
                    &hit,
                    format!("localites:{code}"),
                    precision,
                ));
                grid.insert(places.len() - 1, lat, lon);
                report.localites.2 += 1;
            }
        }
    }
    Ok(())
}

/// The non-empty names of an OSM row (`name`, `name_en`).
fn osm_names(name: &str, name_en: &str) -> Vec<String> {
    [name, name_en]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// OSM place nodes as evidence (names and points only).
fn osm_points(text: &str) -> Result<Evidence> {
    let mut lines = text.lines();
    let head = lines.next().unwrap_or("");
    let width = head.split('\t').count();
    let [c_name, c_en, c_lat, c_lon] = columns(head, ["name", "name_en", "lat", "lon"], "osm")?;
    let mut ev = Evidence::new();
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != width {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (f[c_lat].parse::<f64>(), f[c_lon].parse::<f64>()) else {
            continue;
        };
        let names = osm_names(f[c_name], f[c_en]);
        if !names.is_empty() {
            ev.add(names, lat, lon);
        }
    }
    Ok(ev)
}

/// Derives an `osm_places*.tsv` file. Nodes whose id is in `taken` are
/// left out: the per-country OSM files overlap along borders, and a node
/// belongs to the first country that lists it (Mali, Burkina Faso, Niger).
fn osm(
    text: &str,
    within: Option<Country>,
    admin: &AdminLocator,
    places: &[Place],
    grid: &Grid,
    taken: &mut std::collections::HashSet<String>,
    report: &mut BuildReport,
) -> Result<String> {
    let mut lines = text.lines();
    let head = lines.next().unwrap_or("");
    let width = head.split('\t').count();
    let [c_id, c_place, c_name, c_en, c_lat, c_lon, c_pop] = columns(
        head,
        [
            "osm_id",
            "place",
            "name",
            "name_en",
            "lat",
            "lon",
            "population",
        ],
        "osm",
    )?;
    let mut out = String::new();
    out.push_str(OSM_HEADER);
    out.push('\n');
    for (i, line) in lines.enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != width {
            return Err(Error::line(
                "osm",
                i + 2,
                format!("expected {width} fields"),
            ));
        }
        report.osm.0 += 1;
        if !taken.insert(f[c_id].to_string()) {
            report.osm.3 += 1;
            continue;
        }
        let lat: f64 = f[c_lat]
            .parse()
            .map_err(|_| Error::line("osm", i + 2, "bad lat"))?;
        let lon: f64 = f[c_lon]
            .parse()
            .map_err(|_| Error::line("osm", i + 2, "bad lon"))?;
        let hit = admin.locate_for(within, lat, lon);
        let Some(hit) = hit else {
            report.osm.3 += 1;
            continue;
        };
        let names = osm_names(f[c_name], f[c_en]);
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
