//! Batch geocoding of a spreadsheet of place names (`sahel geocode`).
//!
//! Every input row and column is kept; six columns are appended: `lat`,
//! `lon`, `matched_name`, `region`, `cercle` and `match` (`exact`,
//! `alternate`, `fuzzy`, `supplement`, `foreign` for a town of a
//! neighbouring country, given with its country in `region`, or `unresolved`). A region and/or
//! cercle column, when given, is used as a hint for each row. Comma and
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
//! assert!(out.starts_with("id,lieu,region,lat,lon,matched_name,region_sahel,cercle,match\n"));
//! assert!(out.contains("Diabali"));
//! assert_eq!(stats.resolved, 2);
//! ```

use super::{Gazetteer, Hints, MatchKind};
use anyhow::{anyhow, bail, Context, Result};
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
    /// Report rows with an unknown region or cercle and geocode them
    /// without that hint, instead of stopping.
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
pub const APPENDED: [&str; 6] = ["lat", "lon", "matched_name", "region", "cercle", "match"];

fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else if first.matches('\t').count() > first.matches(',').count() {
        b'\t'
    } else {
        b','
    }
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
    if text.trim().is_empty() {
        bail!("{origin}: empty file (expected a CSV with a header line)");
    }
    let delim = detect_delimiter(text);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .with_context(|| format!("{origin}: cannot read the header line"))?
        .clone();
    let find = |name: &str, flag: &str| -> Result<usize> {
        headers
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| {
                anyhow!(
                    "{origin}: no column {name:?} (given by {flag}); the columns are: {}",
                    headers
                        .iter()
                        .map(|h| format!("{h:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
    };
    let name_col = find(&opts.name_column, "--name-column")?;
    let region_col = opts
        .region_column
        .as_deref()
        .map(|c| find(c, "--region-column"))
        .transpose()?;
    let cercle_col = opts
        .cercle_column
        .as_deref()
        .map(|c| find(c, "--cercle-column"))
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
    let mut hint_cache: HashMap<String, Option<Hints>> = HashMap::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            anyhow!("{origin}:{line}: malformed CSV row: {e}")
        })?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        stats.rows += 1;
        let name = rec.get(name_col).unwrap_or("").trim();
        // The cercle is more precise than the region: use it when both exist.
        let hint_text = cercle_col
            .and_then(|c| rec.get(c))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .or_else(|| {
                region_col
                    .and_then(|c| rec.get(c))
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            });
        let hints = match hint_text {
            None => Hints::default(),
            Some(h) => {
                let cached = hint_cache
                    .entry(h.to_string())
                    .or_insert_with(|| g.hints(Some(h), None, None).ok());
                match cached {
                    Some(hints) => hints.clone(),
                    None if opts.skip_invalid => {
                        stats.warnings.push(format!("{origin}:{line}: unknown region or cercle {h:?}; geocoded without it"));
                        Hints::default()
                    }
                    None => bail!("{origin}:{line}: unknown region or cercle {h:?} (use --skip-invalid to geocode such rows without the hint)"),
                }
            }
        };
        let best = if name.is_empty() || crate::fold::fold(name).is_empty() {
            None
        } else {
            g.resolve(name, &hints)
                .ok()
                .and_then(|c| c.into_iter().next())
        };
        let mut row: Vec<String> = rec.iter().map(str::to_string).collect();
        match best {
            Some(c) => {
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
                row.push(kind.to_string());
            }
            None => match g.foreign(name).filter(|_| !name.is_empty()) {
                // A neighbour's town: say where it is, but it is no Malian
                // place and does not count as resolved.
                Some(f) => {
                    *counts.entry("foreign").or_default() += 1;
                    row.push(format!("{:.5}", f.lat));
                    row.push(format!("{:.5}", f.lon));
                    row.push(f.name.clone());
                    row.push(f.country_name().to_string());
                    row.push(String::new());
                    row.push("foreign".into());
                }
                None => {
                    *counts.entry("unresolved").or_default() += 1;
                    row.extend(["", "", "", "", ""].map(String::from));
                    row.push("unresolved".into());
                }
            },
        }
        w.write_record(&row)?;
    }
    w.flush()?;
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
            "a,place,b,lat,lon,matched_name,region,cercle,match"
        );
        assert!(lines[1].starts_with("1,Gao,x,16.2"), "{}", lines[1]);
        assert!(lines[1].ends_with(",Gao,Gao,Gao,exact"), "{}", lines[1]);
        assert!(lines[2].ends_with(",,,,,,unresolved"));
        assert!(lines[3].starts_with("3,Xqzwvv,z,") && lines[3].ends_with("unresolved"));
        assert_eq!(s.rows, 4);
        assert_eq!(s.resolved, 1);
    }

    #[test]
    fn semicolon_files_stay_semicolon() {
        let (out, _) = run("lieu;n\nKidal;1\n", &opts("lieu")).unwrap();
        assert!(
            out.starts_with("lieu;n;lat;lon;matched_name;region;cercle;match\nKidal;1;18.4"),
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
        let kinds: Vec<&str> = out
            .lines()
            .skip(1)
            .map(|l| l.rsplit(',').next().unwrap())
            .collect();
        assert_eq!(kinds, ["alternate", "fuzzy", "supplement", "exact"]);
        assert_eq!(s.resolved, 4);
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let e = run("a,b\n1,2\n", &opts("place")).unwrap_err().to_string();
        assert!(
            e.contains("t.csv") && e.contains("\"place\"") && e.contains("\"a\""),
            "{e}"
        );
        let e = run("", &opts("place")).unwrap_err().to_string();
        assert!(e.contains("empty"), "{e}");
        let e = run("place,b\nGao,1\nKidal\n", &opts("place"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("t.csv:3"), "{e}");
        let o = GeocodeOptions {
            region_column: Some("r".into()),
            ..opts("place")
        };
        let e = run("place,r\nGao,Gao\nKidal,Narnia\n", &o)
            .unwrap_err()
            .to_string();
        assert!(e.contains("t.csv:3") && e.contains("Narnia"), "{e}");
        let skip = GeocodeOptions {
            skip_invalid: true,
            ..o
        };
        let (out, s) = run("place,r\nGao,Gao\nKidal,Narnia\n", &skip).unwrap();
        assert_eq!(s.warnings.len(), 1);
        assert!(out.lines().nth(2).unwrap().contains("Kidal"));
    }

    #[test]
    fn neighbours_towns_stay_foreign() {
        let (out, s) = run("n\nOuagadougou\nNiamey\nDjibo\nTillaberi\n", &opts("n")).unwrap();
        let l: Vec<&str> = out.lines().collect();
        assert!(
            l[1].ends_with(",Ouagadougou,Burkina Faso,,foreign"),
            "{}",
            l[1]
        );
        assert!(l[2].ends_with(",Niamey,Niger,,foreign"), "{}", l[2]);
        assert!(l[3].ends_with(",Djibo,Burkina Faso,,foreign"), "{}", l[3]);
        assert!(l[4].contains("Tillabéri,Niger"), "{}", l[4]);
        assert_eq!(s.resolved, 0);
    }

    #[test]
    fn existing_output_column_names_are_not_duplicated() {
        let (out, _) = run("name,lat\nGao,x\n", &opts("name")).unwrap();
        assert!(out.starts_with("name,lat,lat_sahel,lon,"), "{out}");
    }
}
