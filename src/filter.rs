//! Which incidents a command looks at: a date range, event types, actors
//! and areas, all optional. The boundaries are passed in, never looked up
//! behind the caller's back.
//!
//! ```
//! use sahel::filter::Filter;
//! use sahel::model::EventType;
//! let f = Filter { types: vec![EventType::Ambush], ..Default::default() };
//! let mut inc = sahel::report::example_incidents(sahel::gazetteer::Gazetteer::embedded());
//! inc.retain(|i| f.accepts(i, sahel::admin::AdminLocator::embedded()));
//! assert!(inc.iter().all(|i| i.event_type == EventType::Ambush));
//! ```

use crate::admin::{AdminLocator, RegionHint};
use crate::country::Country;
use crate::fold::fold;
use crate::geodesy::distance_km;
use crate::model::{EventType, Incident};
use chrono::NaiveDate;
use geo::{Contains, MultiPolygon, Point};

/// An area an incident must lie in: a region, cercle or newer region of
/// the boundary data (by the incident's region and cercle, compared
/// without case or accents), or a circle (newer regions with no cercle
/// mapping, such as Taoudénit).
#[derive(Debug, Clone, PartialEq)]
pub enum RegionArea {
    /// By the incident's region or cercle names.
    Admin {
        /// What the user named.
        hint: RegionHint,
        /// Folded region names that lie wholly in the area.
        regions: Vec<String>,
        /// Folded cercle names that lie in the area.
        cercles: Vec<String>,
        /// The area's cercle polygons, for incidents that carry a point but
        /// no region or cercle name.
        shapes: Vec<MultiPolygon<f64>>,
    },
    /// Within `km` of a point.
    Circle {
        /// Latitude of the centre.
        lat: f64,
        /// Longitude of the centre.
        lon: f64,
        /// Radius.
        km: f64,
    },
}

impl RegionArea {
    /// The area of a region hint, by the given boundaries.
    /// [`RegionHint::NearTown`] hints need a place: use
    /// [`RegionArea::Circle`] for them.
    ///
    /// ```
    /// use sahel::admin::AdminLocator;
    /// use sahel::filter::RegionArea;
    /// let admin = AdminLocator::embedded();
    /// let area = RegionArea::admin(admin.region_hint("Bandiagara").unwrap(), admin);
    /// match area {
    ///     RegionArea::Admin { cercles, .. } => assert_eq!(cercles, ["bandiagara", "bankass", "koro"]),
    ///     _ => unreachable!(),
    /// }
    /// ```
    pub fn admin(hint: RegionHint, admin: &AdminLocator) -> RegionArea {
        let inside: Vec<_> = admin.cercles_in(&hint).collect();
        let cercles = inside.iter().map(|c| fold(&c.name)).collect();
        let shapes = inside.iter().map(|c| c.shape.clone()).collect();
        let regions = match &hint {
            crate::admin::RegionHint::Region(r) => vec![fold(r)],
            _ => vec![],
        };
        RegionArea::Admin {
            hint,
            regions,
            cercles,
            shapes,
        }
    }

    /// Whether an incident lies in the area.
    pub fn contains(&self, i: &Incident) -> bool {
        let Some(l) = &i.location else { return false };
        match self {
            RegionArea::Admin {
                regions,
                cercles,
                shapes,
                ..
            } => match (&l.region, &l.cercle) {
                (None, None) => {
                    let p = Point::new(l.lon, l.lat);
                    shapes.iter().any(|s| s.contains(&p))
                }
                (r, c) => {
                    r.as_deref().is_some_and(|r| regions.contains(&fold(r)))
                        || c.as_deref().is_some_and(|c| cercles.contains(&fold(c)))
                }
            },
            RegionArea::Circle { lat, lon, km } => distance_km(*lat, *lon, l.lat, l.lon) <= *km,
        }
    }
}

/// Conditions on incidents besides place: a date range, event types,
/// actors and regions, all optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Incidents that may have happened on or after this day.
    pub from: Option<NaiveDate>,
    /// ... on or before this day.
    pub to: Option<NaiveDate>,
    /// One of these types (empty: any).
    pub types: Vec<EventType>,
    /// Involving one of these actors, by normalised name, case-insensitive
    /// (empty: any).
    pub actors: Vec<String>,
    /// In one of these areas (empty: anywhere).
    pub regions: Vec<RegionArea>,
    /// In one of these countries (empty: any); see [`incident_country`].
    pub countries: Vec<Country>,
}

/// The country of an incident: the one its location carries (from its
/// source, or the place it resolved to), else the boundary polygon its
/// point falls in, by the boundaries given. `None` without a location or
/// outside the three countries.
///
/// ```
/// use sahel::admin::AdminLocator;
/// use sahel::country::Country;
/// use sahel::filter::incident_country;
/// let inc = sahel::report::example_incidents(sahel::gazetteer::Gazetteer::embedded());
/// assert!(inc.iter().all(|i| incident_country(i, AdminLocator::embedded()) == Some(Country::Mali)));
/// ```
pub fn incident_country(i: &Incident, admin: &AdminLocator) -> Option<Country> {
    let code = admin.country_code(i.location.as_ref()?)?;
    Country::parse(&code)
}

impl Filter {
    /// Whether an incident passes. An incident without a date passes a
    /// date filter only when none is set. The boundaries place incidents
    /// that carry no country for a country filter.
    pub fn accepts(&self, i: &Incident, admin: &AdminLocator) -> bool {
        if self.from.is_some() || self.to.is_some() {
            let Some(d) = i.date else { return false };
            if self.from.is_some_and(|f| d.end < f) || self.to.is_some_and(|t| d.start > t) {
                return false;
            }
        }
        if !self.types.is_empty() && !self.types.contains(&i.event_type) {
            return false;
        }
        if !self.actors.is_empty()
            && !i.actors.iter().any(|a| {
                self.actors.iter().any(|x| {
                    x.eq_ignore_ascii_case(&a.name)
                        || a.name.to_lowercase().starts_with(&x.to_lowercase())
                })
            })
        {
            return false;
        }
        if !self.regions.is_empty() && !self.regions.iter().any(|r| r.contains(i)) {
            return false;
        }
        if !self.countries.is_empty()
            && !incident_country(i, admin).is_some_and(|c| self.countries.contains(&c))
        {
            return false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters() {
        use crate::model::*;
        let admin = crate::admin::AdminLocator::embedded();
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        let inc = Incident {
            id: "a".into(),
            date: Some(IncidentDate::day(d(2024, 3, 16))),
            location: Some(Location {
                lat: 11.48,
                lon: -5.48,
                precision: LocationPrecision::Exact,
                uncertainty_km: 1.0,
                name_written: "Danderesso".into(),
                name_resolved: None,
                region: Some("Sikasso".into()),
                cercle: None,
                region_current: None,
                cercle_current: None,
                country: None,
            }),
            event_type: EventType::Attack,
            actors: vec![Actor::new("JNIM", "Jnim")],
            fatalities: Casualties::unknown(),
            wounded: Casualties::unknown(),
            sources: vec![],
            notes: vec![],
        };
        assert!(Filter::default().accepts(&inc, admin));
        assert!(Filter {
            from: Some(d(2024, 1, 1)),
            ..Default::default()
        }
        .accepts(&inc, admin));
        assert!(!Filter {
            from: Some(d(2024, 4, 1)),
            ..Default::default()
        }
        .accepts(&inc, admin));
        assert!(!Filter {
            types: vec![EventType::Ambush],
            ..Default::default()
        }
        .accepts(&inc, admin));
        assert!(Filter {
            actors: vec!["jnim".into()],
            ..Default::default()
        }
        .accepts(&inc, admin));
        assert!(!Filter {
            actors: vec!["EIGS".into()],
            ..Default::default()
        }
        .accepts(&inc, admin));
        let area = |r: &str| RegionArea::admin(admin.region_hint(r).unwrap(), admin);
        assert!(Filter {
            regions: vec![area("sikasso")],
            ..Default::default()
        }
        .accepts(&inc, admin));
        assert!(!Filter {
            regions: vec![area("Gao")],
            ..Default::default()
        }
        .accepts(&inc, admin));
        // Several regions: any of them.
        assert!(Filter {
            regions: vec![area("Gao"), area("Sikasso")],
            ..Default::default()
        }
        .accepts(&inc, admin));
        // A newer region, by the cercles it was carved from.
        let mut bandiagara = inc.clone();
        let l = bandiagara.location.as_mut().unwrap();
        (l.region, l.cercle) = (Some("Mopti".into()), Some("Bankass".into()));
        assert!(Filter {
            regions: vec![area("Bandiagara")],
            ..Default::default()
        }
        .accepts(&bandiagara, admin));
        assert!(!Filter {
            regions: vec![area("Bandiagara")],
            ..Default::default()
        }
        .accepts(&inc, admin));
        // A circle (Taoudénit has no cercle mapping).
        assert!(Filter {
            regions: vec![RegionArea::Circle {
                lat: 11.3,
                lon: -5.5,
                km: 30.0
            }],
            ..Default::default()
        }
        .accepts(&inc, admin));
    }

    #[test]
    fn an_incident_with_a_point_but_no_names_is_placed_by_the_polygons() {
        use crate::model::*;
        let admin = crate::admin::AdminLocator::embedded();
        let mut inc = crate::testing::incidents()
            .into_iter()
            .find(|i| {
                i.location
                    .as_ref()
                    .is_some_and(|l| l.region.as_deref() == Some("Mopti"))
            })
            .unwrap();
        let l: &mut Location = inc.location.as_mut().unwrap();
        (l.region, l.cercle) = (None, None);
        let area = |r: &str| RegionArea::admin(admin.region_hint(r).unwrap(), admin);
        assert!(area("Mopti").contains(&inc));
        assert!(!area("Gao").contains(&inc));
    }
}
