//! Checking each source row against its own region and cercle and the
//! other sources: mirrored longitudes and one-degree latitude slips are
//! corrected, other contradicted rows dropped, and every change logged.

use super::*;
use crate::coords::LatLon;

/// Header of `cleaning.tsv`.
pub const CLEANING_HEADER: &str =
    "source\tname\tstated_cercle\traw_lat\traw_lon\taction\tlat\tlon\treason";

/// Beyond this distance (degrees, about 33 km) from its stated cercle, an
/// uncorrectable row that no other source confirms is dropped.
pub(super) const CONTRADICTED_DEG: f64 = 0.3;

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
    pub raw: LatLon,
    /// `lon_sign`, `lat_plus_1`, `lat_minus_1` or `dropped`.
    pub action: &'static str,
    /// Coordinates kept (the raw ones for `dropped`).
    pub fixed: LatLon,
    /// Why, in a few words.
    pub reason: String,
}

pub(super) fn cleaning_tsv(rows: &[Cleaning]) -> String {
    let mut s = String::from(CLEANING_HEADER);
    s.push('\n');
    for c in rows {
        let _ = writeln!(
            s,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            c.source,
            clean(&c.name),
            c.stated_cercle,
            c.raw.lat,
            c.raw.lon,
            c.action,
            c.fixed.lat,
            c.fixed.lon,
            clean(&c.reason)
        );
    }
    s
}

/// Points of the other sources (GeoNames, OSM) by name, to confirm or
/// contradict a row.
pub(super) struct Evidence {
    pub(super) items: Vec<(Vec<String>, f64, f64)>,
    pub(super) cells: HashMap<(i32, i32), Vec<usize>>,
}

impl Evidence {
    pub(super) fn new() -> Evidence {
        Evidence {
            items: Vec::new(),
            cells: HashMap::new(),
        }
    }
    pub(super) fn add(&mut self, names: Vec<String>, lat: f64, lon: f64) {
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
pub(super) fn alternatives(lat: f64, lon: f64) -> [(&'static str, f64, f64); 3] {
    [
        ("lon_sign", lat, -lon),
        ("lat_plus_1", lat + 1.0, lon),
        ("lat_minus_1", lat - 1.0, lon),
    ]
}

/// How far (degrees) a point may lie outside its stated cercle and still
/// count as in it: the rounding of the coordinates plus a little for the
/// boundary data.
pub(super) fn cercle_tolerance(coarse: bool) -> f64 {
    if coarse {
        0.07
    } else {
        0.02
    }
}

/// How near (km) another source's point of the same name must lie to
/// confirm a row's point: the rounding of the coordinates and a little.
fn evidence_km(coarse: bool) -> f64 {
    if coarse {
        12.0
    } else {
        5.0
    }
}

/// Checks every Localités row against its own stated cercle and the other
/// sources, fixing single slips (a lost longitude sign, a latitude one
/// degree off) when the fixed point lies in the stated cercle. Returns, per
/// row, the point to use (`None`: dropped) and the log of what changed.
///
/// `osm` is the independent mapping alone (GeoNames often republishes the
/// Localités point, slip and all): a point it confirms where published, and
/// not where the slip would move it, is kept although it lies outside its
/// stated cercle, and so are the other rows of a commune where such points
/// outnumber confirmed slips. The villages of Kassa (Koro) lie north of
/// what the boundary file gives Koro, and OSM has Kassa, Saou and Amba at
/// their published points: a one-degree "fix" put them 111 km south.
pub(super) fn check_localites(
    rows: &[LocRow],
    admin: &AdminLocator,
    evidence: &Evidence,
    osm: &Evidence,
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
    // Per commune: rows outside the stated cercle that OSM confirms as
    // published, and rows whose slip OSM confirms.
    let mut slip_votes: HashMap<&str, (usize, usize)> = HashMap::new();
    // Whether each row's published point lies in its stated cercle.
    let mut inside: Vec<bool> = Vec::with_capacity(rows.len());
    for r in rows {
        let Some(ci) = r.cercle else {
            let v = if admin.locate(r.lat, r.lon).is_some() {
                Verdict::Keep
            } else {
                Verdict::Drop
            };
            verdicts.push(v);
            reasons.push("outside Mali".into());
            inside.push(false);
            continue;
        };
        let c = &admin.cercles()[ci];
        let tol = cercle_tolerance(r.coarse);
        let km = evidence_km(r.coarse);
        let in_cercle = |lat: f64, lon: f64| {
            admin.locate(lat, lon).is_some() && admin.distance_to_cercle_deg(lat, lon, c) <= tol
        };
        let raw_ok = in_cercle(r.lat, r.lon);
        inside.push(raw_ok);
        let fixes: Vec<(&'static str, f64, f64)> = alternatives(r.lat, r.lon)
            .into_iter()
            .filter(|&(_, la, lo)| in_cercle(la, lo))
            .collect();
        let (v, why) = if !raw_ok {
            if let Some(&(op, la, lo)) = fixes.first() {
                let at_raw = osm.supports(&r.name, r.lat, r.lon, km);
                let at_fix = osm.supports(&r.name, la, lo, km);
                let e = slip_votes.entry(r.commune.as_str()).or_default();
                e.0 += usize::from(at_raw && !at_fix);
                e.1 += usize::from(at_fix && !at_raw);
                if at_raw && !at_fix {
                    (Verdict::Confirmed, String::new())
                } else {
                    (
                        Verdict::Fix(op, la, lo),
                        format!("published point outside its cercle ({})", c.name),
                    )
                }
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
        // A slip no source confirms, in a commune whose points outside the
        // stated cercle the independent mapping confirms as published: the
        // boundary is off there, not the point.
        if let Verdict::Fix(op, la, lo) = verdicts[i] {
            let (raw, fixed) = slip_votes
                .get(r.commune.as_str())
                .copied()
                .unwrap_or((0, 0));
            let km = evidence_km(r.coarse);
            if op.starts_with("lat_") && raw > fixed && !osm.supports(&r.name, la, lo, km) {
                verdicts[i] = Verdict::Keep;
            }
            // A point beside villages of its own commune that lie in the
            // cercle is off the boundary by the boundary's error, not by a
            // degree: N'Gara's villages (Ségou) sit together at 13.2-13.3°
            // and five of them fell just outside.
            let beside = |lat: f64, lon: f64| {
                rows.iter().zip(&inside).any(|(o, &ok)| {
                    ok && o.commune == r.commune && distance_km(lat, lon, o.lat, o.lon) <= 15.0
                })
            };
            if op.starts_with("lat_") && beside(r.lat, r.lon) && !beside(la, lo) {
                verdicts[i] = Verdict::Keep;
            }
        }
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
                    raw: LatLon::new(r.lat, r.lon),
                    action: op,
                    fixed: LatLon::new(la, lo),
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
                        raw: LatLon::new(r.lat, r.lon),
                        action: "dropped",
                        fixed: LatLon::new(r.lat, r.lon),
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
pub(super) fn check_geonames(
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
                raw: LatLon::new(p.lat, p.lon),
                action: op,
                fixed: LatLon::new(la, lo),
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
