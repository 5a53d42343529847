//! The 2016 and 2023 reforms: the units they made, each with the pre-2016
//! cercle it was carved from, and where a point lies in today's scheme.

use super::hint::NEW_REGIONS;
use super::*;

/// Regions and cercles of the 2016 and 2023 reforms with the pre-2016 cercle
/// each was carved from (derived from `mali_admin_reforms.tsv` by
/// `sahel gazetteer build`).
pub const EMBEDDED_REFORMS: &str = include_str!("../../gazetteer/admin_reforms.tsv");

/// Header of `admin_reforms.tsv`.
pub const REFORMS_HEADER: &str =
    "unit\tlevel\treform_year\tregion\tseat\tcarved_from\tbasis\tseat_lat\tseat_lon";

/// A region or cercle created (or continued) by the 2016 or 2023 reform.
#[derive(Debug, Clone, PartialEq)]
pub struct ReformUnit {
    /// Its name ("Andéramboukane").
    pub name: String,
    /// `true` for a region, `false` for a cercle.
    pub is_region: bool,
    /// 2016 or 2023.
    pub year: u16,
    /// The region it belongs to after that reform.
    pub region: String,
    /// Its seat (chef-lieu), empty when unknown.
    pub seat: String,
    /// Pre-2016 cercles it was carved from (cercles: the old cercle of its
    /// seat; regions: the old cercles named, if any).
    pub carved_from: Vec<String>,
    /// Where its seat lies (cercles whose seat the build found).
    pub seat_point: Option<Point<f64>>,
}

/// Parses `admin_reforms.tsv` (columns [`REFORMS_HEADER`]).
pub fn parse_reforms(text: &str, origin: &str) -> Result<Vec<ReformUnit>> {
    let mut lines = text.lines();
    if lines.next().map(|l| l.trim_end_matches('\r')) != Some(REFORMS_HEADER) {
        return Err(Error::Data(crate::files::DataError::at_line(
            origin,
            1,
            format!("expected the header {REFORMS_HEADER:?}"),
        )));
    }
    let mut out = Vec::new();
    for (i, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 9 {
            return Err(Error::Data(crate::files::DataError::at_line(
                origin,
                i + 2,
                format!("expected 9 tab-separated fields, found {}", f.len()),
            )));
        }
        let year = f[2].trim().parse().map_err(|_| {
            Error::Data(crate::files::DataError::at_line(
                origin,
                i + 2,
                format!("reform year {:?} is not a year", f[2]),
            ))
        })?;
        out.push(ReformUnit {
            name: f[0].trim().to_string(),
            is_region: f[1].trim() == "region",
            year,
            region: f[3].trim().to_string(),
            seat: f[4].trim().to_string(),
            carved_from: f[5]
                .split(['|'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            seat_point: match (f[7].trim(), f[8].trim()) {
                ("", "") => None,
                (lat, lon) => match (lat.parse::<f64>(), lon.parse::<f64>()) {
                    (Ok(lat), Ok(lon)) => Some(Point::new(lon, lat)),
                    _ => {
                        return Err(Error::Data(crate::files::DataError::at_line(
                            origin,
                            i + 2,
                            format!("seat point {lat:?},{lon:?} is not a pair of numbers"),
                        )))
                    }
                },
            },
        });
    }
    Ok(out)
}

impl AdminLocator {
    /// The region and cercle of a point in today's scheme (the 2016 and
    /// 2023 reforms), from its pre-2016 region and cercle.
    ///
    /// No polygon exists for the new units, so the rule is: among the
    /// cercles carved from the point's pre-2016 cercle (what remains of
    /// the old cercle counts as one of them), the one whose seat is
    /// nearest. With one such cercle the answer is as exact as the
    /// pre-2016 polygon; with several it is a nearest-seat estimate, wrong
    /// only near the unknown new boundary. An old cercle that no new
    /// cercle came from keeps its name, in the 2023 region made from it
    /// (Tominian → San) or else its old region.
    ///
    /// ```
    /// use sahel::admin::AdminLocator;
    /// let a = AdminLocator::embedded();
    /// // Tessit lies in the old Ansongo cercle; since 2023 it is a cercle.
    /// let now = a.current("Gao", "Ansongo", 15.2, 0.29);
    /// assert_eq!((now.region, now.cercle), ("Gao", "Tessit"));
    /// // Koutiala town: region Sikasso before 2023, Koutiala since.
    /// assert_eq!(a.current("Sikasso", "Koutiala", 12.39, -5.46).region, "Koutiala");
    /// ```
    pub fn current<'a>(
        &'a self,
        old_region: &'a str,
        old_cercle: &'a str,
        lat: f64,
        lon: f64,
    ) -> CurrentAdmin<'a> {
        let key = fold(old_cercle);
        let p = Point::new(lon, lat);
        let mut best: Option<(f64, &ReformUnit)> = None;
        let mut among = 0;
        let units = self.reforms.iter().zip(&self.reform_sources);
        for (u, from) in units.clone().filter(|(u, _)| !u.is_region) {
            // Superseded units (a later reform lists them again) have no
            // sources here, so they count once, as in 2023.
            let Some(seat) = u.seat_point.filter(|_| from.contains(&key)) else {
                continue;
            };
            among += 1;
            let d = Haversine.distance(p, seat);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, u));
            }
        }
        if let Some((_, u)) = best {
            return CurrentAdmin {
                region: &u.region,
                cercle: &u.name,
                basis: if among == 1 {
                    CurrentBasis::Same
                } else {
                    CurrentBasis::NearestSeat { among }
                },
            };
        }
        let region = units
            .filter(|(u, _)| u.is_region)
            .find(|(_, from)| from.contains(&key))
            .map(|(u, _)| u.name.as_str())
            .or_else(|| {
                NEW_REGIONS
                    .iter()
                    .find(|(_, cs)| cs.iter().any(|c| fold(c) == key))
                    .map(|(n, _)| *n)
            })
            .unwrap_or(old_region);
        CurrentAdmin {
            region,
            cercle: old_cercle,
            basis: CurrentBasis::Same,
        }
    }

    /// A location's region and cercle in today's scheme: those it carries,
    /// else computed from its point (see [`AdminLocator::current`]); `None`
    /// far outside Mali. Outputs ask for them when they write, so reading
    /// a large file that lacks them (ACLED, UCDP, older sahel files) costs
    /// no point-in-polygon test per incident.
    ///
    /// ```
    /// use sahel::admin::AdminLocator;
    /// use sahel::model::{Location, LocationPrecision};
    /// let l = Location { lat: 16.27, lon: -0.05, precision: LocationPrecision::Exact,
    ///     uncertainty_km: 1.0, name_written: "Gao".into(), name_resolved: None,
    ///     region: None, cercle: None, region_current: None, cercle_current: None,
    ///     country: None };
    /// let (region, cercle) = AdminLocator::embedded().current_names(&l);
    /// assert_eq!((region.as_deref(), cercle.as_deref()), (Some("Gao"), Some("Gao")));
    /// ```
    pub fn current_names(&self, loc: &Location) -> (Option<Name>, Option<Name>) {
        if let (Some(r), Some(c)) = (&loc.region_current, &loc.cercle_current) {
            return (Some(r.clone()), Some(c.clone()));
        }
        let now = self
            .locate(loc.lat, loc.lon)
            .map(|hit| self.current(hit.region, hit.cercle, loc.lat, loc.lon));
        (
            loc.region_current
                .clone()
                .or_else(|| now.map(|n| Name::from(n.region))),
            loc.cercle_current
                .clone()
                .or_else(|| now.map(|n| Name::from(n.cercle))),
        )
    }
}
