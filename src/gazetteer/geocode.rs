//! Batch geocoding of a spreadsheet of place names (`sahel geocode`).
//!
//! Every input row and column is kept; fourteen columns are appended: `lat`,
//! `lon`, `matched_name`, `region` and `cercle` (the pre-2016 map of the
//! boundary data, as older data sets use it), `region_current` and
//! `cercle_current` (today's map, after the 2016 and 2023 reforms), `match` (`exact`,
//! `alternate`, `fuzzy`, `supplement`, `foreign` for a town of a
//! neighbouring country, given with its country in `region`, `offset` for
//! "Gao 50km W", or `unresolved`), then how sure the pick is: `score`,
//! `candidates`, `runner_up`, `runner_up_km`, `ambiguous` and `reasons`.
//! Region, cercle and commune columns, when given, are hints for each row;
//! an unknown one is a warning and is left out for that row only. Comma and
//! semicolon separated files are both read (the separator is detected from
//! the header line and kept in the output).
//!
//! ```
//! use sahel::gazetteer::{Gazetteer, geocode::{geocode_csv, GeocodeOptions}};
//! let input = "id,lieu,region\n1,Dioura,Mopti\n2,Diabaly,\n";
//! let mut out = Vec::new();
//! let opts = GeocodeOptions { name_column: "lieu".into(), region_column: Some("region".into()), ..Default::default() };
//! let stats = geocode_csv(Gazetteer::embedded(), input, "input.csv", &mut out, &opts).unwrap();
//! let out = String::from_utf8(out).unwrap();
//! assert!(out.starts_with("id,lieu,region,lat,lon,matched_name,region_sahel,cercle,region_current,cercle_current,match,score,"));
//! assert!(out.contains("Diabali"));
//! assert_eq!(stats.resolved, 2);
//! ```

use super::resolve::confidence;
use super::{Gazetteer, Hints, MatchKind, NearHint};
use crate::admin::RegionHint;
use crate::country::Country;

/// How far (km) from its commune's seat a village may lie and count as in
/// the commune.
pub const COMMUNE_RADIUS_KM: f64 = 25.0;
use crate::gazetteer::{Error, Result};
use std::collections::HashMap;
use std::io::Write;

/// What to read from the input.
#[derive(Debug, Clone, Default)]
pub struct GeocodeOptions {
    /// Column holding the place names.
    pub name_column: String,
    /// Optional column holding a region name per row.
    pub region_column: Option<String>,
    /// Optional column holding a cercle name per row.
    pub cercle_column: Option<String>,
    /// Optional column holding a commune name per row (its seat pulls the
    /// pick towards it).
    pub commune_column: Option<String>,
    /// Optional column holding a country per row (ACLED's and UCDP's
    /// `country`: "Burkina Faso", "Niger", or a code).
    pub country_column: Option<String>,
    /// The country of every row (`--country`), when no column says it.
    pub country: Option<Country>,
    /// Kept for compatibility: an unknown region, cercle or commune is now
    /// always a warning, never an error.
    pub skip_invalid: bool,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GeocodeStats {
    /// Data rows read.
    pub rows: usize,
    /// Rows given coordinates.
    pub resolved: usize,
    /// Rows by match kind.
    pub by_match: Vec<(String, usize)>,
    /// Problems reported and skipped (with `skip_invalid`).
    pub warnings: Vec<String>,
}

/// Columns appended to every row.
pub const APPENDED: [&str; 15] = [
    "lat",
    "lon",
    "matched_name",
    "region",
    "cercle",
    "region_current",
    "cercle_current",
    "match",
    "score",
    "candidates",
    "runner_up",
    "runner_up_km",
    "ambiguous",
    "reasons",
    "country",
];

/// The separator a header line uses: the most frequent of `,`, `;` and
/// tab (a comma on a tie).
///
/// ```
/// use sahel::gazetteer::geocode::detect_delimiter;
/// assert_eq!(detect_delimiter("a;b;c\n1;2;3"), b';');
/// assert_eq!(detect_delimiter("a\tb\n"), b'\t');
/// ```
pub fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.matches(c).count();
    [(b',', count(',')), (b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .max_by_key(|&(d, n)| (n, d == b','))
        .map_or(b',', |(d, _)| d)
}

/// Geocodes `text` (a CSV with a header) into `out`. `origin` names the
/// input in error messages.
pub fn geocode_csv(
    g: &Gazetteer,
    text: &str,
    origin: &str,
    out: &mut dyn Write,
    opts: &GeocodeOptions,
) -> Result<GeocodeStats> {
    geocode_stream(g, text.as_bytes(), origin, out, opts)
}

/// [`geocode_csv`] reading from `input` as it writes: each row is read,
/// geocoded and written before the next, so a file of any size takes the
/// same memory. Cells that are not UTF-8 are read as Windows-1252.
///
/// ```
/// use sahel::gazetteer::{geocode::{geocode_stream, GeocodeOptions}, Gazetteer};
/// let g = Gazetteer::embedded();
/// let opts = GeocodeOptions { name_column: "lieu".into(), ..Default::default() };
/// let mut out = Vec::new();
/// geocode_stream(&g, &b"lieu;note\nS\xe9gou;x\n"[..], "lieux.csv", &mut out, &opts).unwrap();
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.starts_with("lieu;note;lat;lon"));
/// assert!(text.contains("Ségou;x;13.4"));
/// ```
pub fn geocode_stream(
    g: &Gazetteer,
    input: impl std::io::Read,
    origin: &str,
    out: &mut dyn Write,
    opts: &GeocodeOptions,
) -> Result<GeocodeStats> {
    use std::io::{BufRead, Read};
    let mut input = std::io::BufReader::with_capacity(1 << 20, input);
    // The lines up to the first that holds text, to tell an empty file and
    // to read the separator off the first line; they are read again by the
    // CSV reader, chained before the rest.
    let mut head = Vec::new();
    let first = loop {
        let n = input
            .read_until(b'\n', &mut head)
            .map_err(|e| Error::file(origin, format!("cannot read: {e}")))?;
        let text = crate::files::decode_borrowed(&head).0;
        if n == 0 || !text.trim().is_empty() {
            break text.into_owned();
        }
    };
    if first.trim().is_empty() {
        return Err(Error::file(
            origin,
            "empty file (expected a CSV with a header line)",
        ));
    }
    let delim = detect_delimiter(&first);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .from_reader(std::io::Cursor::new(head).chain(input));
    let headers = crate::files::decoded_row(
        rdr.byte_headers()
            .map_err(|e| Error::file(origin, format!("cannot read the header line: {e}")))?
            .clone(),
    );
    let lines = crate::files::CsvLines::after_header(rdr.position());
    let names: Vec<&str> = headers.iter().collect();
    let find = |name: &str, role: &'static str| -> Result<usize> {
        Ok(crate::files::MissingColumn::position(
            origin, &names, name, role,
        )?)
    };
    let name_col = find(&opts.name_column, "name")?;
    let region_col = opts
        .region_column
        .as_deref()
        .map(|c| find(c, "region"))
        .transpose()?;
    let cercle_col = opts
        .cercle_column
        .as_deref()
        .map(|c| find(c, "cercle"))
        .transpose()?;
    let commune_col = opts
        .commune_column
        .as_deref()
        .map(|c| find(c, "commune"))
        .transpose()?;
    let country_col = opts
        .country_column
        .as_deref()
        .map(|c| find(c, "country"))
        .transpose()?;

    let mut w = csv::WriterBuilder::new().delimiter(delim).from_writer(out);
    let mut out_headers: Vec<String> = headers.iter().map(str::to_string).collect();
    for a in APPENDED {
        // Never produce two columns with one name: suffix ours.
        let name = if out_headers.iter().any(|h| h == a) {
            format!("{a}_sahel")
        } else {
            a.to_string()
        };
        out_headers.push(name);
    }
    w.write_record(&out_headers)?;

    let mut stats = GeocodeStats::default();
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    let mut hint_cache: HashMap<String, std::result::Result<RegionHint, String>> = HashMap::new();
    for rec in rdr.byte_records() {
        let rec = rec.map(crate::files::decoded_row).map_err(|e| {
            let line = e.position().map(|p| lines.line(p)).unwrap_or(0);
            Error::line(origin, line as usize, format!("malformed CSV row: {e}"))
        })?;
        let line = rec.position().map(|p| lines.line(p)).unwrap_or(0);
        stats.rows += 1;
        let name = rec.get(name_col).unwrap_or("").trim();
        let cell = |c: Option<usize>| {
            c.and_then(|c| rec.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let (region_text, cercle_text, commune_text) =
            (cell(region_col), cell(cercle_col), cell(commune_col));
        // Each hint is read on its own: an unknown one is reported and left
        // out, the others still count. The cercle is more precise than the
        // region and wins when both are known.
        let mut warn = |what: &str, h: &str, e: &str| {
            stats.warnings.push(format!(
                "{origin}:{line}: {what} {h:?} ignored for this row: {e}"
            ));
        };
        let region_hint = region_text.and_then(|h| {
            match hint_cache
                .entry(format!("r:{h}"))
                .or_insert_with(|| g.admin().region_hint(h).map_err(|e| e.to_string()))
            {
                Ok(r) => Some(r.clone()),
                Err(e) => {
                    warn("unknown region", h, e);
                    None
                }
            }
        });
        let cercle_hint = cercle_text.and_then(|h| {
            match hint_cache
                .entry(format!("c:{h}"))
                .or_insert_with(|| g.admin().cercle_hint(h).map_err(|e| e.to_string()))
            {
                Ok(r) => Some(r.clone()),
                Err(e) => {
                    warn("unknown cercle", h, e);
                    None
                }
            }
        });
        // A row's country: its column, else --country. A country outside
        // the three ("Mauritania") gives no hint: the name is looked up
        // everywhere and a foreign town is reported as such.
        let country = match cell(country_col) {
            Some(c) => Country::parse(c),
            None => opts.country,
        };
        let region = cercle_hint.or(region_hint).filter(|h| {
            // A region of another country than the row's is a slip in one
            // of the two columns: trust neither over the other.
            let rc = g.region_country(h);
            let clash = matches!((rc, country), (Some(a), Some(b)) if a != b);
            if clash {
                warn(
                    "region",
                    &h.label(),
                    &format!(
                        "in {}, but the row's country is {}",
                        rc.map_or("?", |c| c.name()),
                        country.map_or("?", |c| c.name())
                    ),
                );
            }
            !clash
        });
        let mut hints = Hints {
            region,
            country,
            ..Default::default()
        };
        if let Some(c) = commune_text {
            // The commune's seat, looked up within the other hints.
            let seat = g
                .resolve(c, &hints)
                .ok()
                .and_then(|v| v.into_iter().find(|x| x.matched <= MatchKind::Base));
            match seat {
                Some(s) => {
                    hints.near = Some(NearHint {
                        lat: s.place.lat,
                        lon: s.place.lon,
                        within_km: Some(COMMUNE_RADIUS_KM),
                        label: format!("commune seat {}", s.place.name),
                    })
                }
                None => warn(
                    "unknown commune",
                    c,
                    "no place of that name in the hinted area",
                ),
            }
        }
        let mut row: Vec<String> = rec.iter().map(str::to_string).collect();
        let push_unresolved = |row: &mut Vec<String>, why: String| {
            row.extend(["", "", "", "", "", "", ""].map(String::from));
            row.push("unresolved".into());
            row.extend(["", "0", "", "", "", ""].map(String::from));
            *row.last_mut().expect("pushed") = why;
            row.push(String::new());
        };
        if name.is_empty() || crate::fold::fold(name).is_empty() {
            *counts.entry("unresolved").or_default() += 1;
            push_unresolved(&mut row, "no place name".into());
            w.write_record(&row)?;
            continue;
        }
        // "Gao 50km W", "à 50 km à l'ouest de Douentza": a point offset
        // from a known place.
        if let Some(off) = super::offset::parse_name_offset(name) {
            if let Some(r) = g
                .resolve(&off.reference, &hints)
                .ok()
                .and_then(|c| c.into_iter().next())
            {
                let e = super::offset::offset(
                    r.place.lat,
                    r.place.lon,
                    off.km,
                    off.bearing,
                    r.place.precision_km,
                );
                let hit = g.admin().locate(e.lat, e.lon);
                *counts.entry("offset").or_default() += 1;
                stats.resolved += 1;
                row.push(format!("{:.5}", e.lat));
                row.push(format!("{:.5}", e.lon));
                row.push(format!(
                    "{} km {} of {}",
                    off.km, off.direction, r.place.name
                ));
                row.push(
                    hit.as_ref()
                        .map(|h| h.region.to_string())
                        .unwrap_or_default(),
                );
                row.push(
                    hit.as_ref()
                        .map(|h| h.cercle.to_string())
                        .unwrap_or_default(),
                );
                let now = hit
                    .as_ref()
                    .map(|h| g.admin().current(h.region, h.cercle, e.lat, e.lon));
                row.push(now.map(|n| n.region.to_string()).unwrap_or_default());
                row.push(now.map(|n| n.cercle.to_string()).unwrap_or_default());
                row.push("offset".into());
                row.push(format!("{:.4}", r.score));
                row.push("1".into());
                row.extend([String::new(), String::new()]);
                row.push("false".into());
                row.push(format!(
                    "{} km {} of {} ({}); uncertainty {:.0} km",
                    off.km,
                    off.direction,
                    r.place.name,
                    r.reasons.join(", "),
                    e.uncertainty_km
                ));
                row.push(
                    hit.map(|h| h.country)
                        .unwrap_or(r.place.country)
                        .code()
                        .to_string(),
                );
                w.write_record(&row)?;
                continue;
            }
        }
        let cands = g.resolve(name, &hints).unwrap_or_default();
        match (cands.first(), confidence(&cands)) {
            (Some(c), Some(conf)) => {
                let kind = if c.place.is_curated() && c.matched == MatchKind::Exact {
                    "supplement"
                } else {
                    c.matched.as_str()
                };
                *counts.entry(kind).or_default() += 1;
                stats.resolved += 1;
                row.push(format!("{:.5}", c.place.lat));
                row.push(format!("{:.5}", c.place.lon));
                row.push(c.place.name.clone());
                row.push(c.place.region.clone().unwrap_or_default());
                row.push(c.place.cercle.clone().unwrap_or_default());
                let now = g.current_admin(c.place);
                row.push(now.map(|n| n.region.to_string()).unwrap_or_default());
                row.push(now.map(|n| n.cercle.to_string()).unwrap_or_default());
                row.push(kind.to_string());
                row.push(format!("{:.4}", conf.score));
                row.push(conf.candidates.to_string());
                row.push(conf.runner_up.unwrap_or_default());
                row.push(
                    conf.runner_up_km
                        .map(|k| format!("{k:.1}"))
                        .unwrap_or_default(),
                );
                row.push(conf.ambiguous.to_string());
                row.push(c.reasons.join("; "));
                row.push(c.place.country.code().to_string());
            }
            _ => match g.foreign(name) {
                // A neighbour's town: say where it is, but it is no Malian
                // place and does not count as resolved.
                Some(f) => {
                    *counts.entry("foreign").or_default() += 1;
                    row.push(format!("{:.5}", f.lat));
                    row.push(format!("{:.5}", f.lon));
                    row.push(f.name.clone());
                    row.push(f.country_name().to_string());
                    row.extend(["", "", ""].map(String::from));
                    row.push("foreign".into());
                    row.extend(["", "0", "", "", "false"].map(String::from));
                    row.push(format!(
                        "{}, {}: outside Mali, Burkina Faso and Niger",
                        f.name,
                        f.country_name()
                    ));
                    row.push(f.country.clone());
                }
                None => {
                    *counts.entry("unresolved").or_default() += 1;
                    // Say why: a spelling match outside the hinted area is
                    // refused.
                    let why = match (&hints.region, g.resolve(name, &Hints::default())) {
                        (Some(h), Ok(all)) if !all.is_empty() => format!(
                            "only {} ({}, cercle de {}) matches, by spelling, outside {}",
                            all[0].place.name,
                            all[0].place.region.as_deref().unwrap_or("?"),
                            all[0].place.cercle.as_deref().unwrap_or("?"),
                            h.label()
                        ),
                        _ => "no place of that name".to_string(),
                    };
                    push_unresolved(&mut row, why);
                }
            },
        }
        w.write_record(&row)?;
    }
    w.flush().map_err(csv::Error::from)?;
    let mut by: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    by.sort();
    stats.by_match = by;
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str, opts: &GeocodeOptions) -> Result<(String, GeocodeStats)> {
        let mut out = Vec::new();
        let s = geocode_csv(Gazetteer::embedded(), input, "t.csv", &mut out, opts)?;
        Ok((String::from_utf8(out).unwrap(), s))
    }

    fn opts(name: &str) -> GeocodeOptions {
        GeocodeOptions {
            name_column: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn keeps_every_row_and_column_and_appends_six() {
        let input = "a,place,b\n1,Gao,x\n2,,y\n3,Xqzwvv,z\n4,\"Ségou, ville\",w\n";
        let (out, s) = run(input, &opts("place")).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 5);
        assert_eq!(
            lines[0],
            "a,place,b,lat,lon,matched_name,region,cercle,region_current,cercle_current,match,score,candidates,runner_up,runner_up_km,ambiguous,reasons,country"
        );
        assert!(lines[1].starts_with("1,Gao,x,16.2"), "{}", lines[1]);
        assert!(lines[1].contains(",Gao,Gao,Gao,exact,"), "{}", lines[1]);
        assert!(lines[2].contains(",,,,,,unresolved,"), "{}", lines[2]);
        assert!(lines[3].starts_with("3,Xqzwvv,z,") && lines[3].contains("unresolved"));
        // "Ségou, ville": the town, its kind left aside.
        assert!(lines[4].contains(",Ségou,Ségou,Ségou,"), "{}", lines[4]);
        assert_eq!(s.rows, 4);
        assert_eq!(s.resolved, 2);
    }

    #[test]
    fn semicolon_files_stay_semicolon() {
        let (out, _) = run("lieu;n\nKidal;1\n", &opts("lieu")).unwrap();
        assert!(
            out.starts_with("lieu;n;lat;lon;matched_name;region;cercle;region_current;cercle_current;match;score;candidates;runner_up;runner_up_km;ambiguous;reasons;country\nKidal;1;18.4"),
            "{out}"
        );
    }

    #[test]
    fn region_column_is_a_hint_per_row() {
        let input = "name,reg\nDioura,Kayes\nDioura,Mopti\n";
        let o = GeocodeOptions {
            region_column: Some("reg".into()),
            ..opts("name")
        };
        let (out, _) = run(input, &o).unwrap();
        let l: Vec<&str> = out.lines().collect();
        assert!(l[1].contains(",Kayes,"), "{}", l[1]);
        assert!(l[2].contains(",Mopti,Ténenkou,"), "{}", l[2]);
    }

    #[test]
    fn match_column_says_how() {
        let (out, s) = run("n\nTombouctou\nTessolit\nBoulikessi\nMopti\n", &opts("n")).unwrap();
        let mut rdr = csv::Reader::from_reader(out.as_bytes());
        let kinds: Vec<String> = rdr.records().map(|r| r.unwrap()[8].to_string()).collect();
        assert_eq!(kinds, ["alternate", "fuzzy", "supplement", "exact"]);
        assert_eq!(s.resolved, 4);
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        match run("a,b\n1,2\n", &opts("place")) {
            Err(Error::MissingColumn(crate::files::MissingColumn {
                origin,
                column,
                role: "name",
                columns,
            })) => {
                assert_eq!((origin.as_str(), column.as_str()), ("t.csv", "place"));
                assert_eq!(columns, ["a", "b"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            run("", &opts("place")),
            Err(Error::Data(crate::files::DataError { origin, line: None, .. })) if origin == "t.csv"
        ));
        assert!(matches!(
            run("place,b\nGao,1\nKidal\n", &opts("place")),
            Err(Error::Data(crate::files::DataError { origin, line: Some(3), .. })) if origin == "t.csv"
        ));
        // An unknown region is a warning that names it, never an abort.
        let o = GeocodeOptions {
            region_column: Some("r".into()),
            ..opts("place")
        };
        let (out, s) = run("place,r\nGao,Gao\nKidal,Narnia\n", &o).unwrap();
        assert_eq!(s.warnings.len(), 1);
        assert!(s.warnings[0].contains("t.csv:3") && s.warnings[0].contains("Narnia"));
        assert!(out.lines().nth(2).unwrap().contains(",Kidal,Kidal,exact"));
    }

    #[test]
    fn hints_behave() {
        let o = GeocodeOptions {
            region_column: Some("region".into()),
            cercle_column: Some("cercle".into()),
            commune_column: Some("commune".into()),
            ..opts("name")
        };
        let input = "name,region,cercle,commune\n\
            Bodio,Mopti,Bandiagara,\n\
            Dioura,Mopti,Anderamboukane,\n\
            Ménaka,Gao,Narnia,\n\
            Tessolit,Ségou,,\n\
            Gao 50km W,,,\n\
            Boni,Mopti,Douentza,Atlantide\n";
        let (out, s) = run(input, &o).unwrap();
        let mut rdr = csv::Reader::from_reader(out.as_bytes());
        let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
        // Bandiagara in a cercle column is the cercle.
        assert_eq!(&rows[0][8], "Bandiagara", "{:?}", rows[0]);
        // A 2016 cercle (from Ménaka) is known: no warning for it; no
        // Dioura there, so the nearest one to that area wins with the
        // distance as the reason.
        assert!(rows[1][17].contains("km outside"), "{:?}", rows[1]);
        // An unknown cercle keeps the region hint.
        assert_eq!(&rows[2][7], "Gao", "{:?}", rows[2]);
        assert!(s
            .warnings
            .iter()
            .any(|w| w.contains("Narnia") && w.contains("t.csv:4")));
        // A typo of a Kidal town is refused in Ségou region, with the reason.
        assert_eq!(&rows[3][11], "unresolved");
        assert!(rows[3][17].contains("Tessalit"), "{:?}", rows[3]);
        // An offset from Gao, to the west.
        assert_eq!(&rows[4][11], "offset");
        let lon: f64 = rows[4][5].parse().unwrap();
        assert!(lon < -0.4, "{lon}");
        assert!(s.warnings.iter().any(|w| w.contains("Atlantide")));
        assert_eq!(&rows[5][8], "Douentza");
    }

    #[test]
    fn rows_carry_both_administrative_maps() {
        // Tessit is in Ansongo cercle on the pre-2016 map and a cercle of
        // its own since 2023; Koutiala became a region in 2023; Ménaka a
        // region in 2016.
        let (out, _) = run("n\nTessit\nKoutiala\nMénaka\n", &opts("n")).unwrap();
        let mut rdr = csv::Reader::from_reader(out.as_bytes());
        let h = rdr.headers().unwrap().clone();
        let col = |n: &str| h.iter().position(|x| x == n).unwrap();
        let rows: Vec<Vec<String>> = rdr
            .records()
            .map(|r| {
                let r = r.unwrap();
                ["region", "cercle", "region_current", "cercle_current"]
                    .map(|c| r[col(c)].to_string())
                    .to_vec()
            })
            .collect();
        assert_eq!(rows[0], ["Gao", "Ansongo", "Gao", "Tessit"]);
        assert_eq!(rows[1], ["Sikasso", "Koutiala", "Koutiala", "Koutiala"]);
        assert_eq!(rows[2], ["Gao", "Ménaka", "Ménaka", "Ménaka"]);
    }

    #[test]
    fn towns_of_burkina_and_niger_are_theirs_and_further_ones_foreign() {
        let (out, s) = run(
            "n\nOuagadougou\nNiamey\nDjibo\nTillaberi\nNouakchott\n",
            &opts("n"),
        )
        .unwrap();
        let l: Vec<&str> = out.lines().collect();
        assert!(
            l[1].contains(",Ouagadougou,Centre,Kadiogo,") && l[1].ends_with(",BF"),
            "{}",
            l[1]
        );
        assert!(
            l[2].contains(",Niamey,Niamey,") && l[2].ends_with(",NE"),
            "{}",
            l[2]
        );
        assert!(
            l[3].contains(",Djibo,Sahel,Soum,") && l[3].ends_with(",BF"),
            "{}",
            l[3]
        );
        assert!(
            l[4].contains("Tillabéri,Tillabéri") && l[4].ends_with(",NE"),
            "{}",
            l[4]
        );
        assert!(
            l[5].contains(",foreign,") && l[5].ends_with(",MR"),
            "{}",
            l[5]
        );
        assert_eq!(s.resolved, 4);
    }

    #[test]
    fn acled_style_rows_use_country_region_and_province() {
        // A homonym in each country: the row's country, region and province
        // decide. Rows written for this test in the shape of ACLED exports.
        let input = "country,admin1,admin2,location\n\
            Burkina Faso,Sahel,Soum,Koutougou\n\
            Niger,Tillaberi,Ayerou,Koutougou\n\
            Mali,Gao,Ansongo,Koutougou\n\
            Burkina Faso,Centre-Ouest,Boulkiemde,Koutougou\n\
            Niger,Sahel,,Dori\n";
        let o = GeocodeOptions {
            name_column: "location".into(),
            region_column: Some("admin1".into()),
            cercle_column: Some("admin2".into()),
            country_column: Some("country".into()),
            ..Default::default()
        };
        let (out, s) = run(input, &o).unwrap();
        let mut rdr = csv::Reader::from_reader(out.as_bytes());
        let h = rdr.headers().unwrap().clone();
        let names: Vec<&str> = h.iter().collect();
        let col = |n: &str| names.iter().position(|x| *x == n).unwrap();
        let rows: Vec<[String; 3]> = rdr
            .records()
            .map(|r| {
                let r = r.unwrap();
                ["country_sahel", "region", "cercle"].map(|c| r[col(c)].to_string())
            })
            .collect();
        assert_eq!(rows[0], ["BF", "Sahel", "Soum"]);
        assert_eq!(rows[1], ["NE", "Tillabéri", "Ayérou"]);
        assert_eq!(rows[2], ["ML", "Gao", "Ansongo"]);
        assert_eq!(rows[3], ["BF", "Centre-Ouest", "Boulkiemdé"]);
        // "Sahel" is a region of Burkina Faso, not of Niger: the clash is
        // reported and the row's country decides.
        assert_eq!(rows[4][0], "NE");
        assert!(
            s.warnings
                .iter()
                .any(|w| w.contains("Burkina Faso") && w.contains("Niger")),
            "{:?}",
            s.warnings
        );
    }

    #[test]
    fn existing_output_column_names_are_not_duplicated() {
        let (out, _) = run("name,lat\nGao,x\n", &opts("name")).unwrap();
        assert!(out.starts_with("name,lat,lat_sahel,lon,"), "{out}");
    }
}
