//! Reading the gazetteer's tab-separated files: the embedded places,
//! OpenStreetMap nodes and supplement, and users' supplement files. Every
//! error names the file and line.

use super::{Place, OSM_HEADER, PLACES_HEADER, SUPPLEMENT_HEADER};
use crate::admin::AdminLocator;
use crate::country::Country;
use crate::fold::fold;
use crate::gazetteer::{Error, Result};

pub(super) fn parse_f64(s: &str, what: &str, origin: &str, line: usize) -> Result<f64> {
    s.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| Error::line(origin, line, format!("{what} {s:?} is not a number")))
}

pub(super) fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

pub(super) fn split_list(s: &str, sep: char) -> Vec<String> {
    s.split(sep)
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// The `N` tab-separated fields of a line, or how many it has instead
/// (one slice per field, no allocation: the embedded files have 80k lines).
pub(super) fn fields<const N: usize>(line: &str) -> std::result::Result<[&str; N], usize> {
    let mut out = [""; N];
    let mut n = 0;
    for f in line.split('\t') {
        if n < N {
            out[n] = f;
        }
        n += 1;
    }
    if n == N {
        Ok(out)
    } else {
        Err(n)
    }
}

pub(super) fn check_header(text: &str, expected: &str, origin: &str) -> Result<()> {
    let first = text.lines().next().unwrap_or("");
    if first.trim_end_matches('\r') != expected {
        return Err(Error::line(
            origin,
            1,
            format!("unexpected header {first:?}; expected {expected:?}"),
        ));
    }
    Ok(())
}

/// Parses `places.tsv` (or a neighbour's `places_bf.tsv`, `places_ne.tsv`):
/// every row is in `country`.
pub fn parse_places(text: &str, origin: &str, country: Country) -> Result<Vec<Place>> {
    let mut out = Vec::with_capacity(row_count(text));
    parse_places_into(&mut out, text, origin, country)?;
    Ok(out)
}

/// The number of lines of a file, header included: an upper bound on its
/// rows, so that the places are allocated once (growing a vector of 75,000
/// places copied it four times, and fresh memory is slow to fault in).
pub fn row_count(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count() + 1
}

/// [`parse_places`] appending to `out`.
pub fn parse_places_into(
    out: &mut Vec<Place>,
    text: &str,
    origin: &str,
    country: Country,
) -> Result<()> {
    check_header(text, PLACES_HEADER, origin)?;
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.is_empty() {
            continue;
        }
        let f = fields::<11>(line).map_err(|n| {
            Error::line(
                origin,
                i + 1,
                format!("expected 11 tab-separated fields, found {n}"),
            )
        })?;
        out.push(Place {
            id: f[0].to_string(),
            name: f[1].to_string(),
            names: split_list(f[2], '|'),
            lat: parse_f64(f[3], "lat", origin, i + 1)?,
            lon: parse_f64(f[4], "lon", origin, i + 1)?,
            feature: f[5].to_string(),
            population: f[6].parse().unwrap_or(0),
            region: opt(f[7]),
            cercle: opt(f[8]),
            country,
            sources: split_list(f[9], ','),
            precision_km: parse_f64(f[10], "precision_km", origin, i + 1)?,
        });
    }
    Ok(())
}

/// Maps an OSM `place=*` value to a GeoNames-style feature.
pub fn osm_feature(place: &str) -> &'static str {
    match place {
        "suburb" | "quarter" | "neighbourhood" => "P.PPLX",
        "locality" | "islet" => "L.LCTY",
        _ => "P.PPL",
    }
}

/// Merges `osm_places.tsv` into the places: rows with `merge_into` add their
/// names and source to that place (and their finer coordinates when the place
/// only had coarse ones); the others become places of their own.
pub fn merge_osm(
    places: &mut Vec<Place>,
    text: &str,
    origin: &str,
    country: Country,
) -> Result<()> {
    check_header(text, OSM_HEADER, origin)?;
    // The places the file merges into, found in one pass over the places
    // (keyed by slices of the file: no copy of the 80k ids).
    let mut index: foldhash::HashMap<&str, usize> = text
        .lines()
        .skip(1)
        .filter_map(|line| line.rsplit('\t').next())
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| (t, usize::MAX))
        .collect();
    for (i, p) in places.iter().enumerate() {
        if let Some(slot) = index.get_mut(p.id.as_str()) {
            *slot = i;
        }
    }
    const OSM_PRECISION_KM: f64 = 0.5;
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.is_empty() {
            continue;
        }
        let f = fields::<10>(line).map_err(|n| {
            Error::line(
                origin,
                i + 1,
                format!("expected 10 tab-separated fields, found {n}"),
            )
        })?;
        let lat = parse_f64(f[3], "lat", origin, i + 1)?;
        let lon = parse_f64(f[4], "lon", origin, i + 1)?;
        let source = format!("osm:{}", f[0]);
        let names: Vec<String> = [f[1], f[2]].iter().filter_map(|s| opt(s)).collect();
        if let Some(target) = opt(f[9]) {
            let &t = index
                .get(target.as_str())
                .filter(|&&t| t != usize::MAX)
                .ok_or_else(|| {
                    Error::line(
                        origin,
                        i + 1,
                        format!("merge_into {target:?} is not a place id"),
                    )
                })?;
            let p = &mut places[t];
            for n in names {
                let key = fold(&n);
                if key != fold(&p.name) && !p.names.iter().any(|x| fold(x) == key) {
                    p.names.push(n);
                }
            }
            p.sources.push(source);
            if p.precision_km > 2.0 * OSM_PRECISION_KM {
                p.lat = lat;
                p.lon = lon;
                p.precision_km = OSM_PRECISION_KM;
            }
        } else {
            let mut names = names.into_iter();
            let name = names
                .next()
                .ok_or_else(|| Error::line(origin, i + 1, "no name"))?;
            places.push(Place {
                id: format!("osm:{}", f[0]),
                name,
                names: names.collect(),
                lat,
                lon,
                feature: osm_feature(f[5]).to_string(),
                population: f[6].parse().unwrap_or(0),
                region: opt(f[7]),
                cercle: opt(f[8]),
                country,
                sources: vec![source],
                precision_km: OSM_PRECISION_KM,
            });
        }
    }
    Ok(())
}

/// Merges a supplement file: a row whose name (or alternate name) is a place
/// within 10 km adds its names and source to it and moves it to the
/// supplement's coordinates; other rows become new places. Region and cercle
/// come from point in polygon; a row outside Mali is an error.
pub fn merge_supplement(
    places: &mut Vec<Place>,
    text: &str,
    origin: &str,
    admin: &AdminLocator,
) -> Result<()> {
    check_header(text, SUPPLEMENT_HEADER, origin)?;
    for (i, line) in text.lines().enumerate().skip(1) {
        let line_no = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 7 {
            return Err(Error::line(
                origin,
                line_no,
                format!(
                    "expected 7 tab-separated fields ({SUPPLEMENT_HEADER}), found {}",
                    f.len()
                ),
            ));
        }
        let name = opt(f[0]).ok_or_else(|| Error::line(origin, line_no, "empty name"))?;
        let alts = split_list(f[1], '|');
        let lat = parse_f64(f[2], "lat", origin, line_no)?;
        let lon = parse_f64(f[3], "lon", origin, line_no)?;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(Error::line(
                origin,
                line_no,
                format!("coordinates {lat},{lon} out of range"),
            ));
        }
        let hit = admin.locate(lat, lon).ok_or_else(|| {
            Error::line(
                origin,
                line_no,
                format!("{name} at {lat},{lon} is outside Mali, Burkina Faso and Niger"),
            )
        })?;
        let feature = opt(f[4]).unwrap_or_else(|| "P.PPL".into());
        let precision_km = if f[5].trim().is_empty() {
            2.0
        } else {
            parse_f64(f[5], "precision_km", origin, line_no)?
        };
        let source_text = opt(f[6])
            .ok_or_else(|| Error::line(origin, line_no, "every supplement row needs a source"))?;
        let source = format!("supplement:{source_text}");
        let keys: Vec<String> = std::iter::once(&name)
            .chain(alts.iter())
            .map(|n| fold(n))
            .collect();
        // A box of 0.1° of latitude (11 km) and as many km of longitude
        // skips the great-circle distance for all but a few places.
        let lon_span = 0.1 / lat.to_radians().cos().max(0.1);
        let existing = places.iter().position(|p| {
            (p.lat - lat).abs() <= 0.1
                && (p.lon - lon).abs() <= lon_span
                && crate::geodesy::distance_km(p.lat, p.lon, lat, lon) <= 10.0
                && p.all_names().any(|n| keys.contains(&fold(n)))
        });
        match existing {
            Some(j) => {
                let p = &mut places[j];
                // The curated spelling becomes the display name.
                if fold(&p.name) != fold(&name) {
                    let old = std::mem::replace(&mut p.name, name.clone());
                    p.names.retain(|n| fold(n) != fold(&name));
                    p.names.insert(0, old);
                }
                for n in std::iter::once(name).chain(alts) {
                    if !p.all_names().any(|x| fold(x) == fold(&n)) {
                        p.names.push(n);
                    }
                }
                p.lat = lat;
                p.lon = lon;
                p.precision_km = precision_km;
                p.region = Some(hit.region.to_string());
                p.cercle = Some(hit.cercle.to_string());
                p.country = hit.country;
                p.sources.push(source);
            }
            None => places.push(Place {
                names: alts,
                feature,
                ..Place::located(
                    format!("sup:{}", places.len()),
                    name,
                    (lat, lon),
                    &hit,
                    source,
                    precision_km,
                )
            }),
        }
    }
    Ok(())
}
