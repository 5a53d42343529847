//! Synthetic, Mali-shaped data for the benchmarks, from fixed seeds so
//! that every run measures the same thing. Shared by the bench targets
//! (and the examples that include them) through `#[path]`.
#![allow(dead_code)]

use sahel::model::*;

/// SplitMix64: a small fixed-seed generator.
pub struct Rng(pub u64);
impl Rng {
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.unit().max(1e-300), self.unit());
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

/// Towns that conflict data cluster around (lat, lon).
const TOWNS: [(f64, f64); 30] = [
    (12.65, -8.0),
    (14.48, -4.18),
    (16.27, -0.04),
    (16.77, -3.01),
    (18.44, 1.41),
    (13.45, -6.26),
    (11.32, -5.67),
    (14.45, -11.44),
    (15.92, 2.40),
    (14.35, -3.61),
    (15.0, -2.0),
    (14.80, -1.30),
    (15.93, -3.99),
    (14.25, -5.99),
    (14.69, -6.02),
    (15.17, -7.28),
    (12.74, -8.07),
    (13.96, -3.57),
    (14.82, -5.25),
    (15.28, -1.70),
    (20.20, 1.01),
    (19.46, 0.86),
    (16.41, -3.67),
    (13.30, -4.90),
    (12.39, -5.46),
    (14.15, -3.05),
    (15.08, -2.22),
    (14.57, -2.90),
    (16.72, 0.35),
    (17.08, 0.76),
];

pub fn mali_like(n: usize, seed: u64) -> Vec<sahel::coords::LatLon> {
    let mut r = Rng(seed);
    (0..n)
        .map(|_| {
            let (la, lo) = TOWNS[(r.next_u64() % TOWNS.len() as u64) as usize];
            // σ ≈ 25 km in latitude; longitude degrees are ~4% shorter here.
            sahel::coords::LatLon::new(la + r.normal() * 0.225, lo + r.normal() * 0.235)
        })
        .collect()
}

const NAMES: [&str; 8] = [
    "Ségou",
    "Mopti",
    "Ménaka",
    "Niafounké",
    "Boni",
    "Diabaly",
    "Kidal",
    "Sikasso",
];
const ACTORS: [&str; 6] = ["JNIM", "EIGS", "FAMa", "Wagner", "FLA", "civilians"];

/// `n` incidents shaped like extracted ones (accented names, two actors, a
/// source sentence, a death range), on [`mali_like`] points, 2012–2025.
pub fn incidents(n: usize, seed: u64) -> Vec<Incident> {
    let pts = mali_like(n, seed);
    let mut r = Rng(seed ^ 0x5eed);
    let day0 = chrono::NaiveDate::from_ymd_opt(2012, 1, 1).unwrap();
    pts.into_iter()
        .enumerate()
        .map(|(k, sahel::coords::LatLon { lat, lon })| {
            let name = NAMES[r.below(8) as usize];
            let d = day0 + chrono::Duration::days(r.below(5000) as i64);
            let low = r.below(40) as u32;
            let (a, b) = (ACTORS[r.below(6) as usize], ACTORS[r.below(6) as usize]);
            Incident {
                id: format!("synthetic-{k}"),
                date: Some(IncidentDate::day(d)),
                location: Some(Location {
                    lat,
                    lon,
                    precision: LocationPrecision::Exact,
                    uncertainty_km: 1.0,
                    name_written: name.into(),
                    name_resolved: Some(name.into()),
                    region: None,
                    cercle: None,
                    region_current: None,
                    cercle_current: None,
                    country: None,
                }),
                event_type: EventType::ALL[r.below(12) as usize],
                actors: vec![Actor::new(a, a), Actor::new(b, b)],
                // One in ten with an unknown toll.
                fatalities: if r.below(10) == 0 {
                    Casualties::unknown()
                } else {
                    Casualties {
                        low: Some(low),
                        high: Some(low + r.below(5) as u32),
                    }
                },
                wounded: Casualties::unknown(),
                sources: vec![Source {
                    file: format!("depeche-{}.txt", r.below(100_000)).into(),
                    sentence: format!(
                        "Une attaque a visé {name} ; le bilan fait état de {low} morts."
                    ),
                }],
                notes: vec![],
            }
        })
        .collect()
}
