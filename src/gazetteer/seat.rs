//! The seat of an administrative unit: the town a cercle, province,
//! département or region is run from.
//!
//! A report that names only an area ("dans la province du Soum", "la région
//! de l'Est") is placed at that area's seat, as ACLED and UCDP code events
//! known only to a province: the seat is where a reader looks, and a point
//! that happens to carry the unit's name can lie anywhere in it (a marsh
//! called Soum lies 95 km from Djibo). Seats are the places GeoNames codes
//! as the capital (`P.PPLC`), a region's seat (`P.PPLA`) or a second-level
//! unit's seat (`P.PPLA2`), filed under the unit by the boundary polygons.
//!
//! ```
//! use sahel::gazetteer::{Gazetteer, seat::UnitLevel};
//! let g = Gazetteer::embedded();
//! let seat = g.seat_of("Soum", UnitLevel::Cercle, None).expect("a province");
//! assert_eq!(seat.name, "Djibo");
//! let seat = g.seat_of("Est", UnitLevel::Region, None).expect("a region");
//! assert_eq!(seat.name, "Fada N'gourma");
//! ```

use super::{Gazetteer, Place};
use crate::country::Country;
use crate::fold::fold;
use std::collections::HashMap;

/// The level of a unit a text names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitLevel {
    /// A cercle (Mali), province (Burkina Faso) or département (Niger).
    Cercle,
    /// A region.
    Region,
}

/// Seats by folded unit name, best first, for both levels.
#[derive(Debug, Default)]
pub(super) struct Seats {
    cercles: HashMap<String, Vec<u32>>,
    regions: HashMap<String, Vec<u32>>,
}

/// How high a seat ranks: the capital, then a region's seat, then a
/// second-level seat; `None` for other places.
fn seat_rank(feature: &str) -> Option<u8> {
    match feature {
        "P.PPLC" => Some(0),
        "P.PPLA" => Some(1),
        "P.PPLA2" => Some(2),
        _ => None,
    }
}

impl Seats {
    /// Files every seat under its cercle and, for the capital and region
    /// seats, under its region.
    pub(super) fn of(places: &[Place]) -> Seats {
        let mut seats = Seats::default();
        for (i, p) in places.iter().enumerate() {
            let Some(rank) = seat_rank(&p.feature) else {
                continue;
            };
            if let Some(c) = &p.cercle {
                seats.cercles.entry(fold(c)).or_default().push(i as u32);
            }
            if rank <= 1 {
                if let Some(r) = &p.region {
                    seats.regions.entry(fold(r)).or_default().push(i as u32);
                }
            }
        }
        for list in seats.cercles.values_mut().chain(seats.regions.values_mut()) {
            list.sort_by_key(|&i| {
                let p = &places[i as usize];
                // Where two towns of one unit are coded as its seat
                // (Gao and Ménaka under the region of Gao, before Ménaka's
                // region was drawn), the larger is the one reports mean.
                (seat_rank(&p.feature), std::cmp::Reverse(p.population))
            });
        }
        seats
    }
}

impl Gazetteer {
    /// The seat of the unit called `unit` at `level` ("Soum" → Djibo,
    /// "Sahel" → Dori), in `country` when it is given. `None` when no unit
    /// of that name has a seat the sources mark; callers then fall back on
    /// the places of that name.
    pub fn seat_of(
        &self,
        unit: &str,
        level: UnitLevel,
        country: Option<Country>,
    ) -> Option<&Place> {
        let seats = self.seats.get_or_init(|| Seats::of(&self.places));
        let table = match level {
            UnitLevel::Cercle => &seats.cercles,
            UnitLevel::Region => &seats.regions,
        };
        table
            .get(&fold(unit))?
            .iter()
            .map(|&i| &self.places[i as usize])
            .find(|p| country.is_none_or(|c| p.country == c))
    }
}

impl Gazetteer {
    /// The seat of the unit called `unit` at the first of `levels` that has
    /// one ("Soum" is a province, "Sahel" a region).
    pub fn seat_among(
        &self,
        unit: &str,
        levels: &[UnitLevel],
        country: Option<Country>,
    ) -> Option<&Place> {
        levels.iter().find_map(|&l| self.seat_of(unit, l, country))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> &'static Gazetteer {
        Gazetteer::embedded()
    }

    #[test]
    fn a_province_is_run_from_its_chef_lieu_not_a_namesake() {
        let seat = g().seat_of("Soum", UnitLevel::Cercle, None).unwrap();
        assert_eq!(
            (seat.name.as_str(), seat.country),
            ("Djibo", Country::BurkinaFaso)
        );
        assert_eq!(
            g().seat_of("Oudalan", UnitLevel::Cercle, None)
                .unwrap()
                .name,
            "Gorom-Gorom"
        );
    }

    #[test]
    fn the_larger_seat_wins_where_two_towns_are_coded_as_seats() {
        assert_eq!(
            g().seat_of("Gao", UnitLevel::Region, None).unwrap().name,
            "Gao"
        );
    }

    #[test]
    fn regions_of_each_country_have_their_seat() {
        assert_eq!(
            g().seat_of("Sahel", UnitLevel::Region, None).unwrap().name,
            "Dori"
        );
        assert_eq!(
            g().seat_of("Tillabéri", UnitLevel::Region, None)
                .unwrap()
                .name,
            "Tillabéri"
        );
        // Taoudenni is also coded a region seat inside the polygon of
        // Tombouctou.
        assert_eq!(
            g().seat_of("Tombouctou", UnitLevel::Region, None)
                .unwrap()
                .name,
            "Timbuktu"
        );
    }

    #[test]
    fn a_unit_of_another_country_gives_no_seat() {
        assert!(g()
            .seat_of("Soum", UnitLevel::Cercle, Some(Country::Mali))
            .is_none());
        assert!(g().seat_of("Nulle Part", UnitLevel::Cercle, None).is_none());
    }
}
