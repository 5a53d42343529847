//! Fixtures for the library's unit tests: a handful of incidents built by
//! hand, one of each kind the readers and writers must carry (every
//! location precision, exact, ranged, floor, zero and unknown tolls, day,
//! month, range and year dates, the three countries, notes and sources with
//! separators in them). Built here rather than extracted, so that the tests
//! of the lower layers do not depend on the extractor.

use crate::model::*;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

#[allow(clippy::too_many_arguments)]
fn place(
    lat: f64,
    lon: f64,
    precision: LocationPrecision,
    uncertainty_km: f64,
    written: &str,
    region: &str,
    cercle: &str,
    country: &str,
) -> Option<Location> {
    let mut l = Location {
        lat,
        lon,
        precision,
        uncertainty_km,
        name_written: written.into(),
        name_resolved: Some(written.into()),
        region: Some(region.into()),
        cercle: Some(cercle.into()),
        region_current: None,
        cercle_current: None,
        country: Some(country.into()),
    };
    // Today's names as the extractor and the readers give them.
    (l.region_current, l.cercle_current) = crate::admin::AdminLocator::embedded().current_names(&l);
    Some(l)
}

fn source(file: &str, sentence: &str) -> Vec<Source> {
    vec![Source {
        file: file.into(),
        sentence: sentence.into(),
    }]
}

/// Six incidents in Mali, Burkina Faso and Niger.
pub(crate) fn incidents() -> Vec<Incident> {
    // Roles as the extractor gives them, so that every format carries them.
    let mut v = incidents_without_roles();
    for i in &mut v {
        crate::actor_roles::infer_roles(i.event_type, &mut i.actors);
    }
    v
}

fn incidents_without_roles() -> Vec<Incident> {
    use LocationPrecision::*;
    vec![
        Incident {
            id: "t-1".into(),
            date: Some(IncidentDate::day(day(2024, 3, 16))),
            location: place(
                14.4843, -4.18296, Exact, 1.0, "Mopti", "Mopti", "Mopti", "ML",
            ),
            event_type: EventType::Attack,
            actors: vec![Actor::new("JNIM", "le JNIM"), Actor::new("FAMa", "l'armée")],
            fatalities: Casualties::range(12, 16),
            wounded: Casualties::exact(3),
            sources: source(
                "a.txt",
                "Le camp de Mopti a été attaqué ; entre 12 et 16 morts.",
            ),
            notes: vec![],
        },
        Incident {
            id: "t-2".into(),
            date: IncidentDate::month(2023, 11),
            location: place(16.27, -0.05, Exact, 2.0, "Gao", "Gao", "Gao", "ML"),
            event_type: EventType::RocketOrMortar,
            actors: vec![],
            fatalities: Casualties::exact(0),
            wounded: Casualties::unknown(),
            sources: source(
                "b.txt",
                "Des obus sont tombés sur l'aéroport, sans faire de victime.",
            ),
            notes: vec!["aucune victime; selon l'armée".into()],
        },
        Incident {
            id: "t-3".into(),
            date: Some(IncidentDate::range(day(2022, 8, 7), day(2022, 8, 8))),
            location: place(
                16.41,
                -3.0,
                Estimated,
                12.0,
                "Tombouctou",
                "Tombouctou",
                "Tombouctou",
                "ML",
            ),
            event_type: EventType::Ambush,
            actors: vec![Actor::new("FAMa", "un convoi de l'armée")],
            fatalities: Casualties::at_least(5),
            wounded: Casualties::unknown(),
            sources: source(
                r"C:\dépêches\c.txt",
                "Une embuscade | à 40 km au sud de Tombouctou.",
            ),
            notes: vec!["au moins 5 morts".into(), "x | y".into()],
        },
        Incident {
            id: "t-4".into(),
            date: Some(IncidentDate::day(day(2022, 3, 9))),
            location: place(
                15.9,
                2.4,
                Region,
                150.0,
                "région de Ménaka",
                "Gao",
                "Ménaka",
                "ML",
            ),
            event_type: EventType::Massacre,
            actors: vec![Actor::new("EIGS", "l'État islamique")],
            fatalities: Casualties::unknown(),
            wounded: Casualties::unknown(),
            sources: source("d.txt", "Des civils ont été tués dans la région de Ménaka."),
            notes: vec![],
        },
        Incident {
            id: "t-5".into(),
            date: Some(IncidentDate::day(day(2023, 2, 17))),
            location: place(14.1, -1.63, Near, 10.0, "Djibo", "Sahel", "Soum", "BF"),
            event_type: EventType::Siege,
            actors: vec![Actor::new("JNIM", "des jihadistes")],
            fatalities: Casualties::range(30, 40),
            wounded: Casualties::range(2, 4),
            sources: source("e.txt", "Près de Djibo, entre 30 et 40 morts."),
            notes: vec![],
        },
        Incident {
            id: "t-6".into(),
            date: IncidentDate::year(2021),
            location: place(
                14.21,
                1.45,
                Exact,
                1.0,
                "Tillabéri",
                "Tillabéri",
                "Tillabéri",
                "NE",
            ),
            event_type: EventType::DroneStrike,
            actors: vec![Actor::new("FDS", "l'armée nigérienne")],
            fatalities: Casualties::exact(7),
            wounded: Casualties::unknown(),
            sources: source(
                "f.txt",
                "Une frappe de drone a tué 7 personnes à Tillabéri.",
            ),
            notes: vec![],
        },
    ]
}

/// A seeded generator for tests that need many random series (splitmix64,
/// normals by Box–Muller): the same seed gives the same series everywhere.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// Uniform in [0, 1).
    pub(crate) fn uniform(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Standard normal.
    pub(crate) fn normal(&mut self) -> f64 {
        let u = self.uniform().max(1e-300);
        let v = self.uniform();
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}
