//! The incident model that every part of sahel shares.
//!
//! Data flows one way: text → [`Incident`]s → index/clusters → outputs. The
//! GeoJSON and CSV properties that sahel writes are the fields documented
//! here, flattened (see each field's doc for its column name).
//!
//! ```
//! use sahel::model::*;
//! use chrono::NaiveDate;
//!
//! let inc = Incident {
//!     id: "dioura-2025-05-23".into(),
//!     date: Some(IncidentDate::day(NaiveDate::from_ymd_opt(2025, 5, 23).unwrap())),
//!     location: None,
//!     event_type: EventType::Attack,
//!     actors: vec![Actor::new("JNIM", "les djihadistes du JNIM")],
//!     fatalities: Casualties::exact(41),
//!     wounded: Casualties::unknown(),
//!     sources: vec![],
//!     notes: vec![],
//! };
//! let json = serde_json::to_string(&inc).unwrap();
//! let back: Incident = serde_json::from_str(&json).unwrap();
//! assert_eq!(inc, back);
//! ```

mod name;

pub use name::{Interner, Name};

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One armed-conflict event: something that happened at one place and time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    /// Stable identifier (`id` property), unique within one output file.
    pub id: String,
    /// When it happened, with the precision the text allows (`date_start`,
    /// `date_end`, `date_precision`); `None` when the text gives no anchor.
    pub date: Option<IncidentDate>,
    /// Where it happened (`latitude`, `longitude`, `geo_precision`,
    /// `uncertainty_km`, `place_written`, `place`, `region`, `cercle`);
    /// `None` when no place could be resolved.
    pub location: Option<Location>,
    /// What kind of event it was (`event_type`).
    pub event_type: EventType,
    /// Who took part, perpetrators and targets alike (`actors`, joined by
    /// `; ` in flat outputs).
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Deaths (`fatalities_low`, `fatalities_high`).
    #[serde(default)]
    pub fatalities: Casualties,
    /// Wounded (`wounded_low`, `wounded_high`).
    #[serde(default)]
    pub wounded: Casualties,
    /// Where each part of the incident was read (`sources`).
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Free-text remarks: contested figures, both versions of a claim, what
    /// was merged (`notes`).
    #[serde(default)]
    pub notes: Vec<String>,
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// The day is known.
    Day,
    /// Known to within a week (or a range of a few days, such as a weekend).
    Week,
    /// Only the month is known.
    Month,
    /// Only the year is known.
    Year,
}

/// A date or date range with its precision. `start == end` for a single day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentDate {
    /// First possible day.
    pub start: NaiveDate,
    /// Last possible day (inclusive).
    pub end: NaiveDate,
    /// How precisely the date is known.
    pub precision: DatePrecision,
}

impl IncidentDate {
    /// A single known day.
    pub fn day(d: NaiveDate) -> Self {
        IncidentDate {
            start: d,
            end: d,
            precision: DatePrecision::Day,
        }
    }

    /// A day (`YYYY-MM-DD`) or a month (`YYYY-MM`), as publication dates
    /// and data sets write them; `None` for anything else.
    ///
    /// ```
    /// use sahel::model::{DatePrecision, IncidentDate};
    /// assert_eq!(IncidentDate::parse_iso("2024-03").unwrap().precision, DatePrecision::Month);
    /// assert!(IncidentDate::parse_iso("hier").is_none());
    /// ```
    pub fn parse_iso(s: &str) -> Option<Self> {
        let s = s.trim();
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Some(IncidentDate::day(d));
        }
        let (y, m) = s.split_once('-')?;
        let (y, m) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
        IncidentDate::month(y, m).filter(|_| y > 1900)
    }

    /// A whole month (`None` for an invalid month).
    pub fn month(year: i32, month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        Some(IncidentDate {
            start,
            end: next - Duration::days(1),
            precision: DatePrecision::Month,
        })
    }

    /// A whole year.
    pub fn year(year: i32) -> Option<Self> {
        Some(IncidentDate {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            precision: DatePrecision::Year,
        })
    }

    /// A range of days; precision is `Day` for one day, `Week` up to 7 days,
    /// `Month` up to 31, `Year` beyond.
    pub fn range(start: NaiveDate, end: NaiveDate) -> Self {
        let (start, end) = if end < start {
            (end, start)
        } else {
            (start, end)
        };
        let span = (end - start).num_days();
        let precision = match span {
            0 => DatePrecision::Day,
            1..=6 => DatePrecision::Week,
            7..=30 => DatePrecision::Month,
            _ => DatePrecision::Year,
        };
        IncidentDate {
            start,
            end,
            precision,
        }
    }

    /// The middle day of the range (used to plot and sort).
    pub fn midpoint(&self) -> NaiveDate {
        self.start + Duration::days((self.end - self.start).num_days() / 2)
    }

    /// Whether two dates can describe the same day.
    pub fn overlaps(&self, other: &IncidentDate) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

impl fmt::Display for IncidentDate {
    /// `2025-05-23`, `2019-03` (month), `2024` (year) or `2024-03-16/2024-03-17`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            DatePrecision::Day if self.start == self.end => write!(f, "{}", self.start),
            // The whole month only: "début janvier" (1–10) is a range.
            DatePrecision::Month
                if self.start.day() == 1
                    && self.start.month() == self.end.month()
                    && self
                        .end
                        .succ_opt()
                        .is_none_or(|next| next.month() != self.end.month()) =>
            {
                write!(f, "{}", self.start.format("%Y-%m"))
            }
            DatePrecision::Year
                if self.start.ordinal() == 1 && self.start.year() == self.end.year() =>
            {
                write!(f, "{}", self.start.year())
            }
            _ => write!(f, "{}/{}", self.start, self.end),
        }
    }
}

/// How precisely a location is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationPrecision {
    /// The named place itself (town, village, camp).
    Exact,
    /// Near the named place ("près de Bodio", a road between two towns).
    Near,
    /// Estimated from a distance and direction ("à 125 km au nord-est de
    /// Gao") or from a distance alone.
    Estimated,
    /// Only the region (or cercle) is known; the point is a representative
    /// point of it.
    Region,
}

/// Where an incident happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// How the point was obtained.
    pub precision: LocationPrecision,
    /// Radius in km within which the incident most likely happened.
    pub uncertainty_km: f64,
    /// The place name as the source wrote it ("Diabaly").
    pub name_written: Name,
    /// The gazetteer name it resolved to ("Diabali"), if any.
    pub name_resolved: Option<Name>,
    /// Region in the pre-2016 scheme of the boundary data (8 regions and
    /// Bamako, e.g. "Mopti"): the scheme of older data sets.
    pub region: Option<Name>,
    /// Cercle in the pre-2016 scheme (50 cercles, e.g. "Ténenkou").
    pub cercle: Option<Name>,
    /// Region in today's scheme, after the 2016 and 2023 reforms
    /// (e.g. "Bandiagara", "Ménaka").
    #[serde(default)]
    pub region_current: Option<Name>,
    /// Cercle in today's scheme (e.g. "Tessit"; see
    /// `AdminLocator::current` for how it is decided).
    #[serde(default)]
    pub cercle_current: Option<Name>,
    /// Country, ISO 3166-1 alpha-2 (`ML`, `BF`, `NE`; other codes for
    /// events outside the three that a data set carries).
    #[serde(default)]
    pub country: Option<Name>,
}

/// The event types sahel distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Assault on a camp, post, town or people (the general case).
    Attack,
    /// Ambush of a convoy or patrol.
    Ambush,
    /// Improvised explosive device, mine or bomb.
    Ied,
    /// Strike by a drone.
    DroneStrike,
    /// Strike by a manned aircraft or helicopter (or unspecified air strike).
    Airstrike,
    /// Rockets, shells or mortar fire.
    RocketOrMortar,
    /// Suicide bombing or suicide vehicle.
    SuicideAttack,
    /// Blockade or siege of a town.
    Siege,
    /// Mass killing of civilians.
    Massacre,
    /// Abduction or hostage taking.
    Kidnapping,
    /// Armed clash between two armed groups.
    Clash,
    /// Anything else.
    Other,
}

impl EventType {
    /// Every event type, in the order of the model.
    pub const ALL: [EventType; 12] = [
        EventType::Attack,
        EventType::Ambush,
        EventType::Ied,
        EventType::DroneStrike,
        EventType::Airstrike,
        EventType::RocketOrMortar,
        EventType::SuicideAttack,
        EventType::Siege,
        EventType::Massacre,
        EventType::Kidnapping,
        EventType::Clash,
        EventType::Other,
    ];

    /// The snake_case name used in every output.
    pub fn as_str(&self) -> &'static str {
        match self {
            EventType::Attack => "attack",
            EventType::Ambush => "ambush",
            EventType::Ied => "ied",
            EventType::DroneStrike => "drone_strike",
            EventType::Airstrike => "airstrike",
            EventType::RocketOrMortar => "rocket_or_mortar",
            EventType::SuicideAttack => "suicide_attack",
            EventType::Siege => "siege",
            EventType::Massacre => "massacre",
            EventType::Kidnapping => "kidnapping",
            EventType::Clash => "clash",
            EventType::Other => "other",
        }
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EventType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // The names sahel writes, without allocating (files of a million
        // incidents parse this for every one).
        if let Some(t) = EventType::ALL.iter().find(|t| t.as_str() == s) {
            return Ok(*t);
        }
        let key = s.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        EventType::ALL
            .iter()
            .find(|t| t.as_str() == key)
            .copied()
            .ok_or_else(|| {
                let names: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
                format!(
                    "unknown event type {s:?}; expected one of {}",
                    names.join(", ")
                )
            })
    }
}

/// A party to an incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Normalised name (JNIM, EIGS, FLA, FAMa, Wagner, civilians ...).
    pub name: Name,
    /// How the source named it ("le Groupe de soutien à l'islam et aux
    /// musulmans").
    pub mention: Name,
    /// Whether it acted or was acted upon, when that is known (see
    /// [`crate::actor_roles`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<ActorRole>,
}

/// An actor's part in an incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorRole {
    /// It acted: ACLED's `actor1`.
    Perpetrator,
    /// It was acted upon: ACLED's `actor2`.
    Target,
}

impl Actor {
    /// An actor with its normalised name and the mention as written, and
    /// no role yet.
    pub fn new(name: impl Into<Name>, mention: impl Into<Name>) -> Self {
        Actor {
            name: name.into(),
            mention: mention.into(),
            role: None,
        }
    }

    /// The same actor in `role`.
    pub fn with_role(self, role: ActorRole) -> Self {
        Actor {
            role: Some(role),
            ..self
        }
    }
}

/// A count of people (deaths or wounded) as a range: `low == high` for an
/// exact figure, `high == None` for a floor ("au moins 16"), both `None` when
/// the toll is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Casualties {
    /// Lowest figure reported (or implied).
    pub low: Option<u32>,
    /// Highest figure reported; `None` with `low` set means "at least low".
    pub high: Option<u32>,
}

/// A toll as people write it: `5`, `5–10`, `at least 5`, `at most 5`,
/// `unknown`; with the alternate flag (`{:#}`), the compact form of tables:
/// `5`, `5-10`, `5+`, `≤5`, `?`.
///
/// ```
/// use sahel::model::Casualties;
/// assert_eq!(Casualties::range(5, 10).to_string(), "5–10");
/// assert_eq!(Casualties::at_least(3).to_string(), "at least 3");
/// assert_eq!(format!("{:#}", Casualties::at_least(3)), "3+");
/// assert_eq!(format!("{:#}", Casualties::unknown()), "?");
/// ```
impl fmt::Display for Casualties {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let compact = f.alternate();
        match (self.low, self.high) {
            (Some(l), Some(h)) if l == h => write!(f, "{l}"),
            (Some(l), Some(h)) if compact => write!(f, "{l}-{h}"),
            (Some(l), Some(h)) => write!(f, "{l}–{h}"),
            (Some(l), None) if compact => write!(f, "{l}+"),
            (Some(l), None) => write!(f, "at least {l}"),
            (None, Some(h)) if compact => write!(f, "≤{h}"),
            (None, Some(h)) => write!(f, "at most {h}"),
            (None, None) if compact => write!(f, "?"),
            (None, None) => write!(f, "unknown"),
        }
    }
}

impl Casualties {
    /// No figure known.
    pub fn unknown() -> Self {
        Casualties::default()
    }

    /// One agreed figure.
    pub fn exact(n: u32) -> Self {
        Casualties {
            low: Some(n),
            high: Some(n),
        }
    }

    /// A range of figures (order does not matter).
    pub fn range(a: u32, b: u32) -> Self {
        Casualties {
            low: Some(a.min(b)),
            high: Some(a.max(b)),
        }
    }

    /// At least `n`.
    pub fn at_least(n: u32) -> Self {
        Casualties {
            low: Some(n),
            high: None,
        }
    }

    /// Whether any figure is known.
    pub fn is_known(&self) -> bool {
        self.low.is_some() || self.high.is_some()
    }

    /// The range covering both (used when two reports of one incident are
    /// merged: 21 and 26 dead become 21–26).
    pub fn union(&self, other: &Casualties) -> Casualties {
        if !self.is_known() {
            return *other;
        }
        if !other.is_known() {
            return *self;
        }
        let low = match (self.low, other.low) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        // An open upper bound stays open only if both are open.
        let high = match (self.high, other.high) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (Some(a), None) => Some(a.max(other.low.unwrap_or(0))),
            (None, Some(b)) => Some(b.max(self.low.unwrap_or(0))),
            (None, None) => None,
        };
        Casualties { low, high }
    }

    /// A single figure for sizing and sums: the midpoint of a range, the
    /// floor of an open range, 0 when unknown.
    pub fn best(&self) -> f64 {
        match (self.low, self.high) {
            (Some(l), Some(h)) => (l as f64 + h as f64) / 2.0,
            (Some(l), None) => l as f64,
            (None, Some(h)) => h as f64,
            (None, None) => 0.0,
        }
    }
}

/// Where (part of) an incident was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// File the text came from (`-` for standard input), or a dataset name.
    pub file: Name,
    /// The sentence that supports the incident.
    pub sentence: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_display_at_their_precision() {
        assert_eq!(IncidentDate::day(d(2025, 5, 23)).to_string(), "2025-05-23");
        assert_eq!(IncidentDate::month(2019, 3).unwrap().to_string(), "2019-03");
        assert_eq!(IncidentDate::month(2024, 12).unwrap().end, d(2024, 12, 31));
        assert_eq!(IncidentDate::year(2015).unwrap().to_string(), "2015");
        let weekend = IncidentDate::range(d(2024, 3, 17), d(2024, 3, 16));
        assert_eq!(weekend.precision, DatePrecision::Week);
        assert_eq!(weekend.to_string(), "2024-03-16/2024-03-17");
        assert!(IncidentDate::month(2024, 13).is_none());
    }

    #[test]
    fn month_overlaps_its_days() {
        let march = IncidentDate::month(2019, 3).unwrap();
        assert!(march.overlaps(&IncidentDate::day(d(2019, 3, 17))));
        assert!(!march.overlaps(&IncidentDate::day(d(2019, 4, 1))));
    }

    #[test]
    fn casualties_union_keeps_both_reports() {
        let merged = Casualties::exact(21).union(&Casualties::exact(26));
        assert_eq!(merged, Casualties::range(21, 26));
        assert_eq!(
            Casualties::unknown().union(&Casualties::exact(3)),
            Casualties::exact(3)
        );
        let floor = Casualties::at_least(16).union(&Casualties::exact(20));
        assert_eq!(floor, Casualties::range(16, 20));
        assert_eq!(Casualties::at_least(16).best(), 16.0);
        assert_eq!(Casualties::range(40, 85).best(), 62.5);
    }

    #[test]
    fn event_types_parse_and_print() {
        for t in EventType::ALL {
            assert_eq!(t.as_str().parse::<EventType>().unwrap(), t);
        }
        assert_eq!(
            "Drone strike".parse::<EventType>().unwrap(),
            EventType::DroneStrike
        );
        assert!("bombing"
            .parse::<EventType>()
            .unwrap_err()
            .contains("drone_strike"));
    }

    #[test]
    fn incident_round_trips_through_json_with_every_field() {
        let inc = Incident {
            id: "x".into(),
            date: Some(IncidentDate::range(d(2024, 3, 16), d(2024, 3, 17))),
            location: Some(Location {
                lat: 17.08,
                lon: 0.76,
                precision: LocationPrecision::Estimated,
                uncertainty_km: 27.5,
                name_written: "Amasrakad".into(),
                name_resolved: Some("Amasrakad".into()),
                region: Some("Gao".into()),
                cercle: Some("Gao".into()),
                region_current: None,
                cercle_current: None,
                country: None,
            }),
            event_type: EventType::DroneStrike,
            actors: vec![
                Actor::new("FAMa", "l'armée malienne"),
                Actor::new("civilians", "des civils"),
            ],
            fatalities: Casualties::at_least(14),
            wounded: Casualties::unknown(),
            sources: vec![Source {
                file: "a.txt".into(),
                sentence: "Quatorze personnes.".into(),
            }],
            notes: vec!["army: terrorists neutralised".into()],
        };
        let json = serde_json::to_string_pretty(&inc).unwrap();
        assert!(json.contains("\"drone_strike\""));
        assert!(json.contains("\"estimated\""));
        let back: Incident = serde_json::from_str(&json).unwrap();
        assert_eq!(back, inc);
    }
}
