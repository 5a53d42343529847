//! Reading incident CSVs: sahel's own, ACLED exports (the API/export
//! layout, one row per actor in some exports, and the HDX layout with an
//! HXL tag row), and UCDP GED. The layout is detected from the header, or
//! forced.
//!
//! ```
//! use sahel::io::csv_in::{read_incident_csv, Layout};
//! let csv = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,source\n\
//! MLI1,2024-03-16,2024,1,Battles,Armed clash,JNIM,Military Forces of Mali,Sikasso,Sikasso,Danderesso,11.486,-5.482,1,10,,Radio\n";
//! let r = read_incident_csv(csv, "a.csv", None, false).unwrap();
//! assert_eq!(r.layout, Layout::Acled);
//! assert_eq!(r.incidents[0].fatalities.low, Some(10));
//! ```

use super::country_code;
use super::{Error, Result};
use crate::io::flat::split;
use crate::io::schema;
use crate::model::{
    Actor, ActorRole, Casualties, DatePrecision, EventType, Incident, IncidentDate, Interner,
    Location, LocationPrecision, Source,
};
use chrono::NaiveDate;
use std::collections::HashMap;

/// CSV layouts sahel reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// sahel's own CSV (`sahel extract --format csv`).
    Sahel,
    /// ACLED export (event_id_cnty ...), with or without an HXL row.
    Acled,
    /// UCDP Georeferenced Event Dataset.
    Ucdp,
}

impl std::str::FromStr for Layout {
    type Err = Error;
    fn from_str(s: &str) -> Result<Layout> {
        match s.to_ascii_lowercase().as_str() {
            "sahel" => Ok(Layout::Sahel),
            "acled" => Ok(Layout::Acled),
            "ucdp" | "ged" => Ok(Layout::Ucdp),
            _ => Err(Error::UnknownLayoutName(s.to_string())),
        }
    }
}

/// What a CSV gave.
#[derive(Debug, Clone)]
pub struct CsvRead {
    /// The layout read.
    pub layout: Layout,
    /// Incidents.
    pub incidents: Vec<Incident>,
    /// Rows reported and skipped (only with `skip_invalid`).
    pub skipped: Vec<String>,
}

fn detect(headers: &[String]) -> Option<Layout> {
    let has = |c: &str| headers.iter().any(|h| h == c);
    if has("event_id_cnty") {
        Some(Layout::Acled)
    } else if has("where_prec") && has("date_start") && has("best") {
        Some(Layout::Ucdp)
    } else if has("event_id") && has("time_precision") && has("latitude") {
        Some(Layout::Sahel)
    } else {
        None
    }
}

/// FNV-1a, for the few short column names of a CSV header.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    crate::io::iso_day(s)
        .or_else(|| NaiveDate::parse_from_str(s, "%d %B %Y").ok())
        .or_else(|| NaiveDate::parse_from_str(s, "%d-%B-%Y").ok())
        .or_else(|| NaiveDate::parse_from_str(s, "%m/%d/%Y").ok())
}

fn coord(s: &str, what: &str, range: f64) -> Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{what} {s:?} is not a number"))?;
    if !v.is_finite() || v.abs() > range {
        return Err(format!("{what} {v} out of range"));
    }
    Ok(v)
}

fn count(s: &str, what: &str) -> Result<Option<u32>, String> {
    let s = s.trim();
    if s.is_empty() || s.eq_ignore_ascii_case("na") {
        return Ok(None);
    }
    let v: f64 = s
        .parse()
        .map_err(|_| format!("{what} {s:?} is not a number"))?;
    if v < 0.0 || v.fract() != 0.0 || !v.is_finite() {
        return Err(format!("{what} {v} is not a count of people"));
    }
    Ok(Some(v as u32))
}

/// Actors named in the given cells, each cell with the role its column
/// gives (empty cells skipped; ACLED's `assoc_actor` cells list several,
/// separated by ";"), under the names the extractor uses, with the
/// dataset's label kept as the mention; a label told twice is one actor.
fn actors_of<'a>(
    names: &mut Interner,
    cells: impl IntoIterator<Item = (&'a str, Option<ActorRole>)>,
) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    let labels = cells
        .into_iter()
        .flat_map(|(c, role)| c.split(';').map(move |l| (l.trim(), role)));
    for (label, role) in labels {
        if label.is_empty() {
            continue;
        }
        let name = crate::dataset_actors::normalise(label);
        if !out.iter().any(|a| a.name == name && a.mention == label) {
            out.push(Actor {
                role,
                ..Actor::new(names.name(&name), names.name(label))
            });
        }
    }
    out
}

/// ACLED sub-event types to sahel's event types.
fn acled_type(event_type: &str, sub: &str, notes: &str) -> EventType {
    let n = notes.to_lowercase();
    match sub.to_lowercase().as_str() {
        "armed clash" | "government regains territory" | "non-state actor overtakes territory" => {
            EventType::Clash
        }
        "remote explosive/landmine/ied" => EventType::Ied,
        "air/drone strike" if n.contains("drone") => EventType::DroneStrike,
        "air/drone strike" => EventType::Airstrike,
        "shelling/artillery/missile attack" => EventType::RocketOrMortar,
        "suicide bomb" => EventType::SuicideAttack,
        "abduction/forced disappearance" => EventType::Kidnapping,
        "attack" => EventType::Attack,
        _ if event_type
            .to_lowercase()
            .contains("violence against civilians") =>
        {
            EventType::Attack
        }
        _ => EventType::Other,
    }
}

/// Reads a CSV of incidents. `origin` names the file in messages; `force`
/// overrides layout detection; with `skip_invalid`, bad rows are reported
/// in `skipped` instead of stopping.
pub fn read_incident_csv(
    text: &str,
    origin: &str,
    force: Option<Layout>,
    skip_invalid: bool,
) -> Result<CsvRead> {
    read_incident_csv_with(text, origin, force, skip_invalid, &mut |_| {})
}

/// Whether a header line is that of a CSV sahel reads as incidents
/// (sahel, ACLED or UCDP), comma separated.
pub fn is_incident_header(line: &str) -> bool {
    let headers: Vec<String> = line
        .trim_start_matches('\u{feff}')
        .split(',')
        .map(|h| h.trim().trim_matches('"').to_string())
        .collect();
    detect(&headers).is_some()
}

/// [`read_incident_csv`], calling `progress(bytes read)` every few
/// thousand rows.
pub fn read_incident_csv_with(
    text: &str,
    origin: &str,
    force: Option<Layout>,
    skip_invalid: bool,
    progress: &mut dyn FnMut(u64),
) -> Result<CsvRead> {
    let opts = CsvStream {
        force,
        skip_invalid,
        window: None,
    };
    // Every incident stays queued to the end, then the queue (filled from
    // its front, so in one piece) becomes the list without a copy.
    let (read, queue) = read_csv(text.as_bytes(), origin, &opts, progress, None)?;
    Ok(CsvRead {
        layout: read.layout,
        incidents: Vec::from(queue),
        skipped: read.skipped,
    })
}

/// How [`for_each_incident_csv`] reads.
#[derive(Debug, Clone, Copy)]
pub struct CsvStream {
    /// The layout, when not detected from the header.
    pub force: Option<Layout>,
    /// Report bad rows in `skipped` instead of stopping.
    pub skip_invalid: bool,
    /// How many incidents wait before they are handed on (`None`: all,
    /// until the end). ACLED tells some events in several rows, one per
    /// actor; rows of one event that lie further apart than this become
    /// separate incidents. Exports keep them together.
    pub window: Option<usize>,
}

/// What [`for_each_incident_csv`] read besides the incidents.
#[derive(Debug, Clone)]
pub struct CsvStreamed {
    /// The layout read.
    pub layout: Layout,
    /// Rows reported and skipped (only with `skip_invalid`).
    pub skipped: Vec<String>,
}

/// Incidents read and not yet handed on, oldest first, so that a later
/// row of the same ACLED event can still add its actors.
struct Pending<'e> {
    queue: std::collections::VecDeque<Incident>,
    /// The position in the file's incidents of the queue's first.
    first: usize,
    window: usize,
    /// Where incidents go; none: they stay queued.
    each: Option<&'e mut dyn FnMut(Incident) -> Result<()>>,
}

impl Pending<'_> {
    fn next_position(&self) -> usize {
        self.first + self.queue.len()
    }

    fn get_mut(&mut self, position: usize) -> Option<&mut Incident> {
        position
            .checked_sub(self.first)
            .and_then(|k| self.queue.get_mut(k))
    }

    /// Queues an incident; hands on the oldest once the window is full,
    /// forgetting its ACLED id.
    fn push(&mut self, i: Incident, ids: &mut HashMap<String, usize>) -> Result<()> {
        self.queue.push_back(i);
        while self.queue.len() > self.window {
            self.hand_on(ids)?;
        }
        Ok(())
    }

    fn hand_on(&mut self, ids: &mut HashMap<String, usize>) -> Result<()> {
        if let Some(i) = self.queue.pop_front() {
            if ids.get(&i.id) == Some(&self.first) {
                ids.remove(&i.id);
            }
            self.first += 1;
            if let Some(each) = self.each.as_mut() {
                each(i)?;
            }
        }
        Ok(())
    }
}

/// Reads a CSV of incidents (as [`read_incident_csv`]) and hands each one
/// to `each` as it is read, in the file's order: memory stays that of
/// `window` incidents, whatever the file's size.
///
/// ```
/// use sahel::io::csv_in::{for_each_incident_csv, CsvStream};
/// let text = "event_id_cnty,event_date,latitude,longitude,fatalities,actor1\n\
///             MLI1,2024-03-16,16.27,-0.05,3,JNIM\nMLI2,2024-03-17,14.49,-4.19,0,FAMa\n";
/// let mut ids = Vec::new();
/// let opts = CsvStream { force: None, skip_invalid: false, window: Some(1) };
/// for_each_incident_csv(text.as_bytes(), "acled.csv", &opts, &mut |_| {}, &mut |i| { ids.push(i.id); Ok(()) }).unwrap();
/// assert_eq!(ids, ["MLI1", "MLI2"]);
/// ```
pub fn for_each_incident_csv(
    input: impl std::io::Read,
    origin: &str,
    opts: &CsvStream,
    progress: &mut dyn FnMut(u64),
    each: &mut dyn FnMut(Incident) -> Result<()>,
) -> Result<CsvStreamed> {
    read_csv(input, origin, opts, progress, Some(each)).map(|(read, _)| read)
}

/// The reader behind both: with no `each`, every incident is returned in
/// the queue.
fn read_csv(
    input: impl std::io::Read,
    origin: &str,
    opts: &CsvStream,
    progress: &mut dyn FnMut(u64),
    each: Option<&mut dyn FnMut(Incident) -> Result<()>>,
) -> Result<(CsvStreamed, std::collections::VecDeque<Incident>)> {
    let (force, skip_invalid) = (opts.force, opts.skip_invalid);
    let streams = each.is_some();
    let mut rdr = csv::ReaderBuilder::new().flexible(false).from_reader(input);
    let header = rdr.byte_headers().map_err(|e| Error::File {
        origin: origin.to_string(),
        problem: format!("cannot read the header: {e}"),
    })?;
    let headers: Vec<String> = crate::files::decoded_row(header.clone())
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let lines = crate::files::CsvLines::after_header(rdr.position());
    let layout = match force.or_else(|| detect(&headers)) {
        Some(l) => l,
        None => {
            return Err(Error::UnknownCsvLayout {
                origin: origin.to_string(),
            })
        }
    };
    // Looked up for every cell: FNV rather than SipHash (no untrusted
    // keys here, and it was a tenth of the reading time).
    let col: HashMap<&str, usize, std::hash::BuildHasherDefault<Fnv>> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.as_str(), i))
        .collect();
    let required: &[&str] = match layout {
        Layout::Sahel => &[
            schema::csv::EVENT_ID,
            schema::csv::EVENT_DATE,
            schema::EVENT_TYPE,
            schema::csv::LATITUDE,
            schema::csv::LONGITUDE,
        ],
        Layout::Acled => &[
            "event_id_cnty",
            "event_date",
            "latitude",
            "longitude",
            "fatalities",
        ],
        Layout::Ucdp => &["id", "date_start", "latitude", "longitude", "best"],
    };
    for r in required {
        if !col.contains_key(r) {
            return Err(Error::File {
                origin: origin.to_string(),
                problem: format!(
                    "missing required column {r:?} for the {layout:?} layout (columns: {})",
                    headers.join(", ")
                ),
            });
        }
    }
    let mut out = Pending {
        queue: Default::default(),
        first: 0,
        window: opts.window.filter(|_| streams).unwrap_or(usize::MAX).max(1),
        each,
    };
    let mut by_acled_id: HashMap<String, usize> = HashMap::new();
    // Regions, places, actors and the file name repeat from row to row:
    // each is stored once (see `model::Interner`).
    let mut names = Interner::default();
    let file = names.name(origin);
    let mut skipped = Vec::new();
    for (n, rec) in rdr
        .byte_records()
        .map(|r| r.map(crate::files::decoded_row))
        .enumerate()
    {
        let mut line = n + 2;
        let rec = match rec {
            Ok(r) => {
                if let Some(p) = r.position() {
                    line = lines.line(p) as usize;
                    if n % 8192 == 0 {
                        progress(p.byte());
                    }
                }
                r
            }
            Err(e) => {
                let e = Error::Line {
                    origin: origin.to_string(),
                    line,
                    problem: format!("malformed CSV row: {e}"),
                };
                if skip_invalid {
                    skipped.push(e.to_string());
                    continue;
                }
                return Err(e);
            }
        };
        let get = |c: &str| col.get(c).and_then(|&i| rec.get(i)).unwrap_or("").trim();
        // HDX exports have an HXL tag row ("#event+code ...") under the header.
        if rec.get(0).is_some_and(|v| v.starts_with('#')) {
            continue;
        }
        let row = (|| -> Result<Option<Incident>, String> {
            let lat = coord(get("latitude"), "latitude", 90.0)?;
            let lon = coord(get("longitude"), "longitude", 180.0)?;
            Ok(Some(match layout {
                Layout::Acled => {
                    let id = get("event_id_cnty").to_string();
                    let d = parse_date(get("event_date")).ok_or_else(|| {
                        format!("event_date {:?} does not parse", get("event_date"))
                    })?;
                    let date = match get("time_precision") {
                        "2" => IncidentDate {
                            start: d,
                            end: d,
                            precision: DatePrecision::Week,
                        },
                        "3" => IncidentDate {
                            start: d,
                            end: d,
                            precision: DatePrecision::Month,
                        },
                        _ => IncidentDate::day(d),
                    };
                    let (precision, unc) = match get("geo_precision") {
                        "2" => (LocationPrecision::Near, 25.0),
                        "3" => (LocationPrecision::Region, 100.0),
                        _ => (LocationPrecision::Exact, 2.0),
                    };
                    // ACLED's actor1 (and its associates) act on actor2.
                    let (acts, undergoes) = (Some(ActorRole::Perpetrator), Some(ActorRole::Target));
                    let actors = actors_of(
                        &mut names,
                        [
                            (get("actor1"), acts),
                            (get("assoc_actor_1"), acts),
                            (get("actor2"), undergoes),
                            (get("assoc_actor_2"), undergoes),
                        ],
                    );
                    let deaths = count(get("fatalities"), "fatalities")?;
                    if let Some(same) = by_acled_id.get(&id).and_then(|&k| out.get_mut(k)) {
                        // One row per actor: the same event again.
                        for a in actors {
                            if !same.actors.iter().any(|x| x.name == a.name) {
                                same.actors.push(a);
                            }
                        }
                        return Ok(None);
                    }
                    by_acled_id.insert(id.clone(), out.next_position());
                    Incident {
                        id,
                        date: Some(date),
                        location: Some(Location {
                            lat,
                            lon,
                            precision,
                            uncertainty_km: unc,
                            name_written: names.name(get("location")),
                            name_resolved: names.opt(get("location")),
                            region: names.opt(get("admin1")),
                            cercle: names.opt(get("admin2")),
                            region_current: None,
                            cercle_current: None,
                            country: names.opt(&country_code(get("country"))),
                        }),
                        event_type: acled_type(
                            get("event_type"),
                            get("sub_event_type"),
                            get("notes"),
                        ),
                        actors,
                        fatalities: deaths.map_or(Casualties::unknown(), Casualties::exact),
                        wounded: Casualties::unknown(),
                        sources: vec![Source {
                            file: file.clone(),
                            sentence: get("source").to_string(),
                        }],
                        notes: Some(get("notes").to_string())
                            .filter(|s| !s.is_empty())
                            .into_iter()
                            .collect(),
                    }
                }
                Layout::Ucdp => {
                    let start = parse_date(get("date_start")).ok_or_else(|| {
                        format!("date_start {:?} does not parse", get("date_start"))
                    })?;
                    let end = parse_date(get("date_end")).unwrap_or(start);
                    let mut date = IncidentDate::range(start, end);
                    date.precision = match get("date_prec") {
                        "1" => DatePrecision::Day,
                        "2" => DatePrecision::Week,
                        "3" | "4" => DatePrecision::Month,
                        "5" => DatePrecision::Year,
                        _ => date.precision,
                    };
                    let (precision, unc) = match get("where_prec") {
                        "1" => (LocationPrecision::Exact, 2.0),
                        "2" => (LocationPrecision::Near, 25.0),
                        "3" => (LocationPrecision::Region, 50.0),
                        "5" => (LocationPrecision::Near, 50.0),
                        _ => (LocationPrecision::Region, 150.0),
                    };
                    let (low, best, high) = (
                        count(get("low"), "low")?,
                        count(get("best"), "best")?,
                        count(get("high"), "high")?,
                    );
                    // One-sided violence: side_a is the perpetrator, side_b
                    // the civilians; in state and non-state conflict
                    // neither side is.
                    let one_sided = get("type_of_violence") == "3";
                    let actors = actors_of(
                        &mut names,
                        [
                            (get("side_a"), one_sided.then_some(ActorRole::Perpetrator)),
                            (get("side_b"), one_sided.then_some(ActorRole::Target)),
                        ],
                    );
                    Incident {
                        id: format!("ged-{}", get("id")),
                        date: Some(date),
                        location: Some(Location {
                            lat,
                            lon,
                            precision,
                            uncertainty_km: unc,
                            name_written: names.name(get("where_coordinates")),
                            name_resolved: None,
                            region: names.opt(get("adm_1").trim_end_matches(" region")),
                            cercle: names.opt(get("adm_2").trim_end_matches(" cercle")),
                            region_current: None,
                            cercle_current: None,
                            country: names.opt(&country_code(get("country"))),
                        }),
                        event_type: if get("type_of_violence") == "3" {
                            EventType::Attack
                        } else {
                            EventType::Clash
                        },
                        actors,
                        fatalities: Casualties {
                            low: low.or(best),
                            high: high.or(best),
                        },
                        wounded: Casualties::unknown(),
                        sources: vec![Source {
                            file: file.clone(),
                            sentence: get("source_headline").to_string(),
                        }],
                        notes: best
                            .map(|b| format!("UCDP best estimate {b}"))
                            .into_iter()
                            .collect(),
                    }
                }
                Layout::Sahel => {
                    let start = parse_date(get(schema::DATE_START))
                        .or_else(|| parse_date(get(schema::csv::EVENT_DATE)));
                    let date = match start {
                        None if get(schema::csv::EVENT_DATE).is_empty() => None,
                        None => {
                            return Err(format!(
                                "event_date {:?} does not parse",
                                get(schema::csv::EVENT_DATE)
                            ))
                        }
                        Some(s) => {
                            let mut d = IncidentDate::range(
                                s,
                                parse_date(get(schema::DATE_END)).unwrap_or(s),
                            );
                            d.precision =
                                schema::date_precision_from(get(schema::csv::TIME_PRECISION))
                                    .unwrap_or(d.precision);
                            Some(d)
                        }
                    };
                    let precision = schema::geo_precision_from(get(schema::GEO_PRECISION))
                        .unwrap_or(LocationPrecision::Exact);
                    Incident {
                        id: get(schema::csv::EVENT_ID).to_string(),
                        date,
                        location: Some(Location {
                            lat,
                            lon,
                            precision,
                            uncertainty_km: get(schema::UNCERTAINTY_KM).parse().unwrap_or(1.0),
                            name_written: names.name(get(schema::PLACE_WRITTEN)),
                            name_resolved: names.opt(get(schema::csv::LOCATION)),
                            region: names.opt(get(schema::csv::ADMIN1)),
                            cercle: names.opt(get(schema::csv::ADMIN2)),
                            region_current: names.opt(get(schema::REGION_CURRENT)),
                            cercle_current: names.opt(get(schema::CERCLE_CURRENT)),
                            country: names.opt(&country_code(get(schema::COUNTRY))),
                        }),
                        event_type: get(schema::EVENT_TYPE).parse()?,
                        actors: super::geojson_in::with_roles(
                            super::geojson_in::paired(
                                split(get(schema::ACTORS), ';'),
                                split(get(schema::ACTOR_MENTIONS), ';'),
                                str::to_string,
                            )
                            .into_iter()
                            .map(|(name, mention)| {
                                Actor::new(names.name(&name), names.name(&mention))
                            })
                            .collect(),
                            &split(get(schema::PERPETRATORS), ';'),
                            &split(get(schema::TARGETS), ';'),
                        ),
                        fatalities: Casualties {
                            low: count(get(schema::FATALITIES_LOW), schema::FATALITIES_LOW)?,
                            high: count(get(schema::FATALITIES_HIGH), schema::FATALITIES_HIGH)?,
                        },
                        wounded: {
                            let low = count(get(schema::csv::WOUNDED), schema::csv::WOUNDED)?;
                            // Files written before the column came give
                            // the low figure only: an exact count.
                            let high = if headers.iter().any(|h| h == schema::WOUNDED_HIGH) {
                                count(get(schema::WOUNDED_HIGH), schema::WOUNDED_HIGH)?
                            } else {
                                low
                            };
                            Casualties { low, high }
                        },
                        sources: super::geojson_in::sources_from(
                            &mut names,
                            split(get(schema::csv::SOURCE), ';'),
                            split(get(schema::SOURCE_SENTENCES), '|'),
                        ),
                        notes: split(get(schema::NOTES), ';'),
                    }
                }
            }))
        })();
        match row {
            Ok(Some(i)) => out.push(i, &mut by_acled_id)?,
            Ok(None) => {}
            Err(problem) => {
                let e = Error::Line {
                    origin: origin.to_string(),
                    line,
                    problem,
                };
                if !skip_invalid {
                    return Err(e);
                }
                skipped.push(e.to_string());
            }
        }
    }
    if streams {
        while !out.queue.is_empty() {
            out.hand_on(&mut by_acled_id)?;
        }
    }
    Ok((CsvStreamed { layout, skipped }, out.queue))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACLED_HEAD: &str = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,source";

    fn streamed(bytes: &[u8], window: usize) -> Vec<Incident> {
        let mut out = Vec::new();
        let opts = CsvStream {
            force: None,
            skip_invalid: false,
            window: Some(window),
        };
        for_each_incident_csv(bytes, "s.csv", &opts, &mut |_| {}, &mut |i| {
            out.push(i);
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn a_stream_gathers_an_events_rows_within_its_window() {
        // Event A's second row comes two incidents later.
        let row = |id: &str, actor: &str| {
            format!("{id},2024-02-01,2024,1,Battles,Armed clash,{actor},,Mopti,Mopti,Sevare,14.53,-4.10,1,1,,Local")
        };
        let csv = [
            ACLED_HEAD.to_string(),
            row("A", "JNIM"),
            row("B", "JNIM"),
            row("C", "JNIM"),
            row("A", "Military Forces of Mali"),
        ]
        .join("\n");
        let whole = read_incident_csv(&csv, "s.csv", None, false)
            .unwrap()
            .incidents;
        assert_eq!(whole.len(), 3);
        // A window that holds A until its second row: the same incidents.
        let wide = streamed(csv.as_bytes(), 4);
        assert_eq!(wide.len(), 3);
        assert_eq!(wide[0].actors.len(), 2);
        assert_eq!(
            wide.iter().map(|i| &i.id).collect::<Vec<_>>(),
            whole.iter().map(|i| &i.id).collect::<Vec<_>>()
        );
        // One that has handed A on already: its late row is an incident
        // of its own, as documented.
        let narrow = streamed(csv.as_bytes(), 1);
        assert_eq!(narrow.len(), 4);
        assert_eq!(narrow[0].actors.len(), 1);
    }

    #[test]
    fn a_stream_reads_windows_1252_cells() {
        let mut bytes = format!("{ACLED_HEAD}\n").into_bytes();
        bytes.extend_from_slice(b"MLI7,2024-02-01,2024,1,Battles,Armed clash,JNIM,,S\xe9gou,San,Tomin\xe9,13.3,-4.9,1,2,,Local\n");
        let got = streamed(&bytes, 8);
        let l = got[0].location.as_ref().unwrap();
        assert_eq!(l.region.as_deref(), Some("Ségou"));
        assert_eq!(l.name_written.as_ref(), "Tominé");
    }

    #[test]
    fn acled_rows_per_actor_are_one_event() {
        // Written for this test in the ACLED layout (no ACLED data).
        let csv = format!("{ACLED_HEAD}\nMLI9,2023-11-10,2023,1,Battles,Armed clash,JNIM,,Tombouctou,Niafunke,Niafunke,15.93,-3.99,1,5,camp attacked,Local\nMLI9,2023-11-10,2023,1,Battles,Armed clash,Military Forces of Mali,,Tombouctou,Niafunke,Niafunke,15.93,-3.99,1,5,camp attacked,Local\nMLI10,10 November 2023,2023,3,Explosions/Remote violence,Air/drone strike,Military Forces of Mali,,Gao,Gao,Amasrakad,17.08,0.76,2,14,drone strike on a village,Local\n");
        let r = read_incident_csv(&csv, "a.csv", None, false).unwrap();
        assert_eq!(r.incidents.len(), 2);
        assert_eq!(r.incidents[0].actors.len(), 2);
        assert_eq!(r.incidents[0].event_type, EventType::Clash);
        assert_eq!(r.incidents[1].event_type, EventType::DroneStrike);
        assert_eq!(r.incidents[1].date.unwrap().precision, DatePrecision::Month);
        assert_eq!(
            r.incidents[1].location.as_ref().unwrap().precision,
            LocationPrecision::Near
        );
    }

    #[test]
    fn hdx_layout_skips_the_hxl_row() {
        let csv = format!("{ACLED_HEAD}\n#event+code,#date,#date+year,#date+precision,#event+type,#event+type+sub,#group+name+first,#group+name+second,#adm1+name,#adm2+name,#loc+name,#geo+lat,#geo+lon,#geo+precision,#affected+killed,#description,#meta+source\nMLI1,2024-03-16,2024,1,Battles,Armed clash,JNIM,,Sikasso,Sikasso,Danderesso,11.486,-5.482,1,10,,R\n");
        let r = read_incident_csv(&csv, "h.csv", None, false).unwrap();
        assert_eq!(r.incidents.len(), 1);
    }

    #[test]
    fn bad_rows_name_the_line_and_can_be_skipped() {
        let csv = format!("{ACLED_HEAD}\nA,2024-03-16,2024,1,Battles,Armed clash,X,,S,S,L,11.4,-5.4,1,3,,R\nB,2024-03-16,2024,1,Battles,Armed clash,X,,S,S,L,111.4,-5.4,1,3,,R\nC,hier,2024,1,Battles,Armed clash,X,,S,S,L,11.4,-5.4,1,3,,R\nD,2024-03-16,2024,1,Battles,Armed clash,X,,S,S,L,NaN,-5.4,1,3,,R\n");
        let e = read_incident_csv(&csv, "a.csv", None, false)
            .unwrap_err()
            .to_string();
        assert!(e.contains("a.csv:3") && e.contains("latitude"), "{e}");
        let r = read_incident_csv(&csv, "a.csv", None, true).unwrap();
        assert_eq!(r.incidents.len(), 1);
        assert_eq!(r.skipped.len(), 3);
        assert!(r.skipped[1].contains("a.csv:4") && r.skipped[1].contains("hier"));
        let missing = "event_id_cnty,event_date\nA,2024-01-01\n";
        let e = read_incident_csv(missing, "m.csv", None, false)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("missing required column") && e.contains("latitude"),
            "{e}"
        );
        let unknown = "a,b\n1,2\n";
        assert!(matches!(
            read_incident_csv(unknown, "u.csv", None, false),
            Err(Error::UnknownCsvLayout { origin }) if origin == "u.csv"
        ));
    }

    #[test]
    fn ucdp_dates_with_or_without_time() {
        let head = "id,type_of_violence,side_a,side_b,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,date_prec,date_start,date_end,best,high,low,source_headline";
        let csv = format!("{head}\n1,3,Government of Mali,Civilians,1,Lere town,Tombouctou region,Niafunke cercle,15.7118,-4.9118,1,1991-05-20 00:00:00.000,1991-05-20 00:00:00.000,20,48,20,x\n2,1,A,B,4,Mopti region,Mopti region,,14.66,-4.0,3,2022-01-01,2022-01-31,5,7,4,y\n");
        let r = read_incident_csv(&csv, "g.csv", None, false).unwrap();
        assert_eq!(r.layout, Layout::Ucdp);
        assert_eq!(r.incidents[0].date.unwrap().to_string(), "1991-05-20");
        assert_eq!(r.incidents[0].fatalities, Casualties::range(20, 48));
        assert_eq!(r.incidents[0].event_type, EventType::Attack);
        assert_eq!(
            r.incidents[1].location.as_ref().unwrap().precision,
            LocationPrecision::Region
        );
        assert_eq!(r.incidents[1].date.unwrap().precision, DatePrecision::Month);
    }

    #[test]
    fn sahel_csv_round_trips() {
        let inc = crate::testing::incidents();
        let mut buf = Vec::new();
        crate::io::incidents::write_csv(&inc, crate::admin::AdminLocator::embedded(), &mut buf)
            .unwrap();
        let r =
            read_incident_csv(std::str::from_utf8(&buf).unwrap(), "s.csv", None, false).unwrap();
        assert_eq!(r.layout, Layout::Sahel);
        assert_eq!(r.incidents.len(), inc.len());
        for (a, b) in inc.iter().zip(&r.incidents) {
            assert_eq!(
                (&a.id, a.event_type, a.fatalities, a.date.map(|d| d.start)),
                (&b.id, b.event_type, b.fatalities, b.date.map(|d| d.start))
            );
            let (la, lb) = (a.location.as_ref().unwrap(), b.location.as_ref().unwrap());
            assert!(
                (la.lat - lb.lat).abs() < 1e-5
                    && la.region == lb.region
                    && la.precision == lb.precision
            );
        }
        let mut again = Vec::new();
        crate::io::incidents::write_csv(
            &r.incidents,
            crate::admin::AdminLocator::embedded(),
            &mut again,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            String::from_utf8(again).unwrap(),
            "CSV → sahel → CSV keeps every field"
        );
    }
}
