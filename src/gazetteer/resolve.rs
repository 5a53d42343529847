//! Ranking the places a name can mean, with context, and saying why.
//!
//! A score is the product of three parts:
//! - how the name matched (exact 1.0, alternate 0.9, base name 0.8,
//!   spelling variant 0.75, one typo 0.7, two typos 0.55);
//! - a prior on the place: capital and admin seats first, then villages,
//!   admin units, airports and camps, wells, wadis and relief last; more
//!   population and more agreeing sources rank higher;
//! - the hints: a region or cercle (a place outside is kept but scores
//!   ×0.02), a reference point with an optional maximum distance ("à moins
//!   de 30 km de Bamako"), and the other places of the same text (a place
//!   close to them is more likely).
//!
//! ```
//! use sahel::gazetteer::{Gazetteer, Hints};
//! let g = Gazetteer::embedded();
//! let hints = g.hints(Some("Mopti"), None, None).unwrap();
//! let best = &g.resolve("Dioura", &hints).unwrap()[0];
//! assert_eq!(best.place.cercle.as_deref(), Some("Ténenkou"));
//! assert!(best.reasons.iter().any(|r| r.contains("région de Mopti")));
//! ```

use super::{Gazetteer, MatchKind, NameMatch, Place};
use crate::admin::RegionHint;
use crate::country::{Compass, Country};
use crate::fold::fold;
use crate::gazetteer::{Error, Result};
use crate::geodesy::distance_km;
use serde::Serialize;

/// A reference point: "near Bamako", optionally "within 30 km".
#[derive(Debug, Clone, PartialEq)]
pub struct NearHint {
    /// Latitude of the reference.
    pub lat: f64,
    /// Longitude of the reference.
    pub lon: f64,
    /// Maximum distance the text allows, km.
    pub within_km: Option<f64>,
    /// How to name the reference in explanations.
    pub label: String,
}

/// Context that helps pick among homonyms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hints {
    /// Region or cercle the text names.
    pub region: Option<RegionHint>,
    /// A reference point with an optional maximum distance.
    pub near: Option<NearHint>,
    /// Points of other places resolved in the same text.
    pub context: Vec<crate::coords::LatLon>,
    /// The country the data says (a `--country` flag, an ACLED `country`
    /// column): a place in another country is kept but scores like one
    /// outside the hinted region.
    pub country: Option<Country>,
    /// The country a text is mainly about ("au Burkina Faso", "l'armée
    /// nigérienne"): places elsewhere score ×[`OTHER_COUNTRY`], a gentle
    /// push that a named region or nearby places can overrule.
    pub prefer_country: Option<Country>,
    /// The part of a country the text sets the event in ("dans le nord du
    /// pays"): places of that country outside it score
    /// ×[`OUTSIDE_PART`], a push that a named region overrules.
    pub part: Option<(Country, Compass)>,
    /// A border the text sets the event near, and how near, km ("près de
    /// la frontière malienne", "à 8 km de la frontière nigérienne"):
    /// places of another country farther from it score ×[`OUTSIDE_PART`].
    pub border: Option<(Country, f64)>,
}

impl Hints {
    /// Whether `p`, in another country than the border's, lies farther
    /// than the hint allows from that country: none of sixteen points on a
    /// circle around it of that radius falls inside it.
    fn far_from_border(&self, admin: &crate::admin::AdminLocator, p: &Place) -> bool {
        let Some((c, km)) = self.border.filter(|(c, _)| *c != p.country) else {
            return false;
        };
        let reach = km * 1.5 + 20.0;
        !(0..16).any(|i| {
            let at = crate::gazetteer::offset::offset(
                p.lat,
                p.lon,
                reach,
                Some(f64::from(i) * 22.5),
                0.0,
            );
            admin.locate_in(c, at.lat, at.lon).is_some_and(|h| h.inside)
        })
    }

    /// Whether `p` lies in the country of the part of a country the text
    /// names ("dans le nord du pays") but outside that part.
    fn outside_part(&self, p: &Place) -> bool {
        self.part.is_some_and(|(c, part)| {
            c == p.country && !p.region.as_deref().is_some_and(|r| part.contains(c, r))
        })
    }

    /// Whether the country the data or the text names is not `p`'s.
    fn other_country(&self, p: &Place) -> bool {
        self.country.is_some_and(|c| c != p.country)
            || self.prefer_country.is_some_and(|c| c != p.country)
    }
}

/// A ranked candidate.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate<'g> {
    /// The place.
    pub place: &'g Place,
    /// Ranking score (higher is better; comparable within one query).
    pub score: f64,
    /// How the name matched.
    pub matched: MatchKind,
    /// Typos between the query and the matched name.
    pub edits: u8,
    /// Distance to the [`NearHint`] reference, km.
    pub distance_km: Option<f64>,
    /// Why it ranks where it does, one short phrase per factor.
    pub reasons: Vec<String>,
}

/// Prior weight of a feature: where conflict events are reported.
pub(super) fn feature_prior(p: &Place) -> f64 {
    match (p.class(), p.code()) {
        ('P', "PPLC") => 1.0,
        ('P', "PPLA") => 0.95,
        ('P', "PPLA2") => 0.9,
        ('P', "PPLA3") => 0.85,
        ('P', "PPLQ") | ('P', "PPLW") => 0.4,
        ('P', "PPLX") => 0.55,
        ('P', _) => 0.7,
        ('A', _) => 0.6,
        ('S', "CMP") => 0.45,
        ('S', _) => 0.55,
        ('L', "RGN") | ('L', "AREA") => 0.45,
        ('L', _) => 0.4,
        ('V', _) => 0.35,
        ('H', "WAD") | ('H', "WADS") => 0.25,
        ('H', "STM") | ('H', "STMI") | ('H', "MRSH") | ('H', "WTLD") | ('H', "WTLDI") => 0.2,
        ('H', _) => 0.3,
        ('T', _) => 0.2,
        _ => 0.2,
    }
}

fn match_quality(kind: MatchKind, edits: u8) -> f64 {
    match kind {
        MatchKind::Exact => 1.0,
        MatchKind::Alternate => 0.9,
        MatchKind::Base => 0.8,
        MatchKind::Variant => 0.75,
        MatchKind::Fuzzy if edits <= 1 => 0.7,
        MatchKind::Fuzzy => 0.55,
    }
}

/// Multiplier for a place outside the hinted region.
pub const OUTSIDE_REGION: f64 = 0.02;

/// Multiplier for a place that bears its cercle's or département's name.
pub const SEAT_OF_ITS_UNIT: f64 = 1.25;

/// Multiplier for a place outside the part of its country the text names
/// ("le nord du pays").
pub const OUTSIDE_PART: f64 = 0.3;

/// Multiplier for a place outside the country a text is mainly about.
pub const OTHER_COUNTRY: f64 = 0.4;

impl Gazetteer {
    /// Builds hints from command-line style strings: a region or cercle
    /// name, a reference given as a place name or `LAT,LON`, and a maximum
    /// distance from it. Unknown regions and places are errors.
    pub fn hints(
        &self,
        region: Option<&str>,
        near: Option<&str>,
        within_km: Option<f64>,
    ) -> Result<Hints> {
        let region = region.map(|r| self.admin().region_hint(r)).transpose()?;
        if let Some(w) = within_km {
            if !(w > 0.0 && w <= 2500.0) {
                return Err(Error::WithinOutOfRange(w));
            }
            if near.is_none() {
                return Err(Error::WithinWithoutNear);
            }
        }
        let near = near
            .map(|n| self.reference_point(n, within_km))
            .transpose()?;
        Ok(Hints {
            region,
            near,
            ..Default::default()
        })
    }

    /// [`Gazetteer::hints`] with a country (`--country`): its code, name or
    /// adjective. A region of another country is an error.
    pub fn hints_in(
        &self,
        country: Option<&str>,
        region: Option<&str>,
        near: Option<&str>,
        within_km: Option<f64>,
    ) -> Result<Hints> {
        let mut h = self.hints(region, near, within_km)?;
        if let Some(c) = country {
            let c: Country = c.parse()?;
            if let Some(r) = &h.region {
                if let Some(rc) = self.region_country(r) {
                    if rc != c {
                        return Err(Error::AreaInOtherCountry {
                            area: r.label(),
                            in_country: rc,
                            asked: c,
                        });
                    }
                }
            }
            h.country = Some(c);
        }
        Ok(h)
    }

    /// The country of a region hint's area (`None` for areas given only by
    /// a town).
    pub fn region_country(&self, h: &RegionHint) -> Option<Country> {
        self.admin().cercles_in(h).next().map(|c| c.country)
    }

    /// A reference point from `LAT,LON` or a place name (its best match).
    pub fn reference_point(&self, text: &str, within_km: Option<f64>) -> Result<NearHint> {
        if let Some((a, b)) = text.split_once(',') {
            if let (Ok(lat), Ok(lon)) = (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                    return Err(Error::PointOutOfRange(text.to_string()));
                }
                return Ok(NearHint {
                    lat,
                    lon,
                    within_km,
                    label: format!("{lat},{lon}"),
                });
            }
        }
        let best = self
            .resolve(text, &Hints::default())?
            .into_iter()
            .next()
            .ok_or_else(|| Error::UnknownReference(text.to_string()))?;
        Ok(NearHint {
            lat: best.place.lat,
            lon: best.place.lon,
            within_km,
            label: best.place.name.clone(),
        })
    }

    /// Ranks every place `name` can mean, best first. Errors on an empty
    /// or absurd name; an unknown name gives an empty list. A name that
    /// carries its kind, as UCDP's `where_coordinates` does ("Djibo town",
    /// "Koulopagaré village", "Soum province"), is looked up without it
    /// when it is unknown as written.
    ///
    /// ```
    /// use sahel::gazetteer::{Gazetteer, Hints};
    /// let g = Gazetteer::embedded();
    /// let c = g.resolve("Nara town", &Hints::default()).unwrap();
    /// assert_eq!(c[0].place.name, "Nara");
    /// ```
    pub fn resolve(&self, name: &str, hints: &Hints) -> Result<Vec<Candidate<'_>>> {
        let found = self.resolve_as_written(name, hints)?;
        if !found.is_empty() {
            return Ok(found);
        }
        let trimmed = name.trim();
        match trimmed.rsplit_once(' ') {
            Some((head, kind))
                if !head.trim().is_empty()
                    && matches!(
                        crate::fold::fold(kind).as_str(),
                        "village"
                            | "town"
                            | "city"
                            | "area"
                            | "region"
                            | "district"
                            | "province"
                            | "department"
                            | "departement"
                            | "cercle"
                            | "commune"
                            | "ville"
                    ) =>
            {
                self.resolve_as_written(head, hints)
            }
            _ => Ok(found),
        }
    }

    fn resolve_as_written(&self, name: &str, hints: &Hints) -> Result<Vec<Candidate<'_>>> {
        let trimmed = name.trim();
        if trimmed.is_empty() {
            return Err(Error::EmptyName);
        }
        if trimmed.chars().count() > 120 {
            return Err(Error::TooLong(trimmed.chars().count()));
        }
        if fold(trimmed).is_empty() {
            return Err(Error::NoLetters(trimmed.to_string()));
        }
        let near_town = match &hints.region {
            Some(RegionHint::NearTown {
                town, radius_km, ..
            }) => {
                let r = self.reference_point(town, Some(*radius_km))?;
                Some((r, *radius_km))
            }
            _ => None,
        };
        let mut found = self.matches(trimmed);
        // "Soumbi (Tombouctou)": when every place of that name lies
        // outside the area the text names, a one-typo namesake inside it
        // (Soumpi) is a candidate too; the scores below decide. So when the
        // name outside is only another's alternate: "Dan Marké 2, commune
        // de Sanam (département d'Abala)" is the Damarké of Abala, not the
        // Wala Dan Marké of Maradi.
        if let Some(h) = hints.region.as_ref().filter(|_| near_town.is_none()) {
            let inside = |m: &NameMatch| {
                let p = self.place(m.place);
                h.contains(p.region.as_deref(), p.cercle.as_deref())
            };
            if !found.is_empty()
                && found
                    .iter()
                    .all(|m| m.kind != MatchKind::Fuzzy && !inside(m))
            {
                let typos: Vec<NameMatch> = self
                    .fuzzy(&fold(trimmed))
                    .into_iter()
                    .filter(|m| m.edits == 1 && inside(m))
                    .collect();
                found.extend(typos);
            }
        }
        let mut out: Vec<Candidate> = found
            .into_iter()
            .map(|m| {
                let p = self.place(m.place);
                let mut reasons = Vec::new();
                let mut score = match_quality(m.kind, m.edits);
                reasons.push(match m.kind {
                    MatchKind::Exact => "exact name".to_string(),
                    MatchKind::Alternate => "alternate name".to_string(),
                    MatchKind::Base => "name without village suffix".to_string(),
                    MatchKind::Variant => "spelling variant".to_string(),
                    MatchKind::Fuzzy => format!("{} typo(s) from {:?}", m.edits, m.key),
                });
                score *= feature_prior(p);
                reasons.push(p.feature_label().to_string());
                if p.population > 0 {
                    score *= 1.0 + 0.05 * (1.0 + p.population as f64).log10();
                    reasons.push(format!("population {}", p.population));
                }
                // A place named as its own cercle (Mali) or département
                // (Niger) is that unit's seat: "la commune de Banibangou"
                // is the seat of the Banibangou département, not a hamlet
                // of Gothèye.
                // Burkina Faso's provinces are not named after their
                // seats (the Soum's is Djibo): there a village named as
                // its province is only a village.
                if p.country != Country::BurkinaFaso
                    && p.cercle
                        .as_deref()
                        .is_some_and(|c| fold(c) == fold(&p.name))
                {
                    score *= SEAT_OF_ITS_UNIT;
                    reasons.push("seat of its cercle or département".to_string());
                }
                if p.sources.len() > 1 {
                    score *= 1.0 + 0.04 * (p.sources.len().min(4) - 1) as f64;
                    reasons.push(format!("{} sources agree", p.sources.len()));
                }
                let mut outside_by_spelling = false;
                if let Some(h) = &hints.region {
                    let inside = match &near_town {
                        Some((r, radius)) => distance_km(p.lat, p.lon, r.lat, r.lon) <= *radius,
                        None => h.contains(p.region.as_deref(), p.cercle.as_deref()),
                    };
                    if inside {
                        reasons.push(format!("in {}", h.label()));
                    } else {
                        // The nearest to the hinted area wins among places
                        // outside it.
                        let d = self.distance_to_area_km(p.lat, p.lon, h, near_town.as_ref());
                        score *= OUTSIDE_REGION * (-d / 25.0).exp().max(1e-6);
                        outside_by_spelling =
                            matches!(m.kind, MatchKind::Variant | MatchKind::Fuzzy);
                        reasons.push(format!(
                            "{d:.0} km outside {} (in {}, cercle de {})",
                            h.label(),
                            p.region.as_deref().unwrap_or("?"),
                            p.cercle.as_deref().unwrap_or("?")
                        ));
                    }
                }
                if let Some(c) = hints.country.filter(|c| *c != p.country) {
                    score *= OUTSIDE_REGION;
                    outside_by_spelling |= matches!(m.kind, MatchKind::Variant | MatchKind::Fuzzy);
                    reasons.push(format!("in {}, not in {}", p.country.name(), c.name()));
                } else if let Some(c) = hints.prefer_country.filter(|c| *c != p.country) {
                    score *= OTHER_COUNTRY;
                    reasons.push(format!(
                        "in {}, the text is about {}",
                        p.country.name(),
                        c.name()
                    ));
                }
                if let Some((c, part)) = hints.part.filter(|_| hints.outside_part(p)) {
                    score *= OUTSIDE_PART;
                    reasons.push(format!(
                        "outside the {} of {} the text names",
                        part.label(),
                        c.name()
                    ));
                }
                if let Some((c, _)) = hints
                    .border
                    .filter(|_| hints.far_from_border(self.admin(), p))
                {
                    score *= OUTSIDE_PART;
                    reasons.push(format!(
                        "far from the border of {} the text names",
                        c.name()
                    ));
                }
                let mut distance = None;
                if let Some(n) = &hints.near {
                    let d = distance_km(p.lat, p.lon, n.lat, n.lon);
                    distance = Some(d);
                    match n.within_km {
                        Some(w) if d <= w + p.precision_km => {
                            score *= 1.0 + 0.2 * (1.0 - d / w).max(0.0);
                            reasons.push(format!("{d:.0} km from {} (within {w:.0} km)", n.label));
                        }
                        Some(w) => {
                            score *= (-(d - w) / w.max(10.0)).exp().max(0.005);
                            reasons.push(format!("{d:.0} km from {} (beyond {w:.0} km)", n.label));
                        }
                        None => {
                            score *= (-d / 250.0).exp().max(0.005);
                            reasons.push(format!("{d:.0} km from {}", n.label));
                        }
                    }
                }
                if let Some(dmin) = hints
                    .context
                    .iter()
                    .map(|c| distance_km(p.lat, p.lon, c.lat, c.lon))
                    .min_by(|a, b| a.total_cmp(b))
                {
                    score *= 0.8 + 0.2 * (-dmin / 75.0).exp();
                    // A namesake across the Sahel from every other place of
                    // the text (the Bague of Kita in a story of Diffa, 2,400
                    // km east) is hardly the one meant.
                    if dmin > 500.0 {
                        score *= (-(dmin - 500.0) / 1000.0).exp();
                    }
                    reasons.push(format!("{dmin:.0} km from other places in the text"));
                }
                if p.is_curated() {
                    score *= 1.5;
                    reasons.push("curated".to_string());
                }
                (
                    outside_by_spelling,
                    Candidate {
                        place: p,
                        score,
                        matched: m.kind,
                        edits: m.edits,
                        distance_km: distance,
                        reasons,
                    },
                )
            })
            // A spelling variant or typo outside the hinted area is not the
            // place meant: such matches were right 0 times in 18.
            .filter(|(outside, _)| !outside)
            .map(|(_, c)| c)
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.place.id.cmp(&b.place.id))
        });
        self.apply_pin(trimmed, hints, &mut out);
        Ok(out)
    }

    /// Moves a pinned place to the front. The last pin of the name whose
    /// area the hints allow wins: a pin without an area holds unless the
    /// region hint excludes the pinned place; a pin with an area holds only
    /// when the region hint includes it.
    fn apply_pin(&self, name: &str, hints: &Hints, out: &mut Vec<Candidate<'_>>) {
        if self.pins.is_empty() {
            return;
        }
        let key = fold(name);
        // A spelling one typo from a pinned name ("Koutoukou" for
        // Koutougou) means what the pin says too, unless a pin or a place
        // bears it as written.
        let within_one = super::fuzzy::BoundedEdits::new(&key, 1);
        let one_typo = |pin_key: &str| {
            within_one
                .as_ref()
                .is_some_and(|b| b.distance(pin_key.as_bytes()) == 1)
        };
        let exact = self.pins.iter().any(|p| p.key == key)
            || out.iter().any(|c| c.matched != MatchKind::Fuzzy);
        let typo_pins = self
            .pins
            .iter()
            .rev()
            .filter(|p| !exact && key.len() >= 6 && one_typo(&p.key));
        for pin in self
            .pins
            .iter()
            .rev()
            .filter(|p| p.key == key)
            .chain(typo_pins)
        {
            let Some(i) = out
                .iter()
                .position(|c| c.place.id == pin.place_id && (c.edits <= 1 || pin.key == key))
            else {
                continue;
            };
            let p = out[i].place;
            // A pin names the press's usual referent; the country or the
            // part of a country the text names still picks a namesake.
            if hints.other_country(p) || hints.outside_part(p) {
                continue;
            }
            let inside = hints
                .region
                .as_ref()
                .map(|h| h.contains(p.region.as_deref(), p.cercle.as_deref()));
            let holds = match (&pin.area, inside) {
                (None, inside) => inside != Some(false),
                (Some(_), inside) => inside == Some(true),
            };
            if !holds {
                continue;
            }
            let mut c = out.remove(i);
            c.score = c.score.max(out.first().map_or(0.0, |b| b.score * 1.01));
            c.reasons
                .push(format!("pinned by a correction ({})", pin.source));
            out.insert(0, c);
            return;
        }
    }
}

/// How sure a pick is, for outputs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Confidence {
    /// Score of the pick.
    pub score: f64,
    /// Number of candidates.
    pub candidates: usize,
    /// Name of the runner-up, if any.
    pub runner_up: Option<String>,
    /// Distance (km) from the pick to the runner-up.
    pub runner_up_km: Option<f64>,
    /// The runner-up scores at least [`AMBIGUOUS_RATIO`] of the pick and
    /// lies more than [`AMBIGUOUS_KM`] away: another reading of the name is
    /// about as likely and would move the point.
    pub ambiguous: bool,
}

/// Score ratio above which a distant runner-up makes a pick ambiguous.
pub const AMBIGUOUS_RATIO: f64 = 0.7;
/// Distance beyond which a close runner-up makes a pick ambiguous, km.
pub const AMBIGUOUS_KM: f64 = 10.0;

/// Confidence of the first of ranked candidates (`None` when empty).
///
/// ```
/// use sahel::gazetteer::{Gazetteer, Hints, resolve::confidence};
/// let g = Gazetteer::embedded();
/// let c = g.resolve("Banankoro", &Hints::default()).unwrap();
/// let conf = confidence(&c).unwrap();
/// assert!(conf.candidates >= 20 && conf.ambiguous);
/// let c = g.resolve("Tombouctou", &Hints::default()).unwrap();
/// assert!(!confidence(&c).unwrap().ambiguous);
/// ```
pub fn confidence(cands: &[Candidate<'_>]) -> Option<Confidence> {
    let best = cands.first()?;
    let second = cands.get(1);
    let km = second.map(|r| distance_km(best.place.lat, best.place.lon, r.place.lat, r.place.lon));
    Some(Confidence {
        score: best.score,
        candidates: cands.len(),
        runner_up: second.map(|r| r.place.name.clone()),
        runner_up_km: km,
        ambiguous: second.is_some_and(|r| r.score >= AMBIGUOUS_RATIO * best.score)
            && km.is_some_and(|k| k > AMBIGUOUS_KM),
    })
}

/// Of the namesakes of one name (`candidates`, best first), the first that
/// matches it by its own or another name, scores at least half the best,
/// and has within `km` one of `others` (namesakes of a second name the text
/// gives with it) that `accept` allows: "Lossa, commune de Banh" is the
/// Banh with a Lossa nearby, whichever Banh ranks first by itself.
///
/// ```
/// use sahel::gazetteer::{resolve::beside, Gazetteer, Hints, MatchKind};
/// use sahel::geodesy::distance_km;
/// let g = Gazetteer::embedded();
/// let banh = g.resolve("Banh", &Hints::default()).unwrap();
/// let lossa = g.resolve("Lossa", &Hints::default()).unwrap();
/// let seat = beside(&banh, &lossa, 30.0, |v| v.matched <= MatchKind::Variant).unwrap();
/// assert!(lossa.iter().any(|v| distance_km(v.place.lat, v.place.lon, seat.place.lat, seat.place.lon) <= 30.0));
/// ```
pub fn beside<'a, 'g>(
    candidates: &'a [Candidate<'g>],
    others: &[Candidate<'_>],
    km: f64,
    accept: impl Fn(&Candidate<'_>) -> bool,
) -> Option<&'a Candidate<'g>> {
    let top = candidates.first().map_or(0.0, |c| c.score);
    first_beside(
        candidates
            .iter()
            .take(5)
            .filter(|c| c.score >= 0.5 * top && c.matched <= MatchKind::Alternate),
        others,
        km,
        accept,
    )
}

/// The first of `candidates`, in the order given, that has within `km`
/// one of the first ten `others` that `accept` allows: the test
/// [`beside`] makes on the namesakes it keeps, for callers that keep
/// others (a reference matched by one typo only).
pub fn first_beside<'a, 'g: 'a>(
    candidates: impl IntoIterator<Item = &'a Candidate<'g>>,
    others: &[Candidate<'_>],
    km: f64,
    accept: impl Fn(&Candidate<'_>) -> bool,
) -> Option<&'a Candidate<'g>> {
    candidates.into_iter().find(|c| {
        others.iter().take(10).any(|o| {
            accept(o) && distance_km(c.place.lat, c.place.lon, o.place.lat, o.place.lon) <= km
        })
    })
}

impl Gazetteer {
    /// Distance in km from a point to a hinted area (0 inside).
    fn distance_to_area_km(
        &self,
        lat: f64,
        lon: f64,
        h: &RegionHint,
        near_town: Option<&(NearHint, f64)>,
    ) -> f64 {
        if let Some((r, radius)) = near_town {
            return (distance_km(lat, lon, r.lat, r.lon) - radius).max(0.0);
        }
        let admin = self.admin();
        (admin.distance_to_nearest_cercle_deg(lat, lon, admin.cercles_in(h))
            * 111.0
            * lat.to_radians().cos().max(0.5))
        .min(5000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> &'static Gazetteer {
        Gazetteer::embedded()
    }

    fn best<'g>(
        g: &'g Gazetteer,
        name: &str,
        region: Option<&str>,
        near: Option<&str>,
        within: Option<f64>,
    ) -> Candidate<'g> {
        let h = g.hints(region, near, within).unwrap();
        g.resolve(name, &h)
            .unwrap()
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("{name} unresolved"))
    }

    #[test]
    fn capital_and_region_seats_win_without_hints() {
        let g = g();
        let b = best(g, "Bamako", None, None, None);
        assert_eq!(b.place.code(), "PPLC");
        let m = best(g, "Mopti", None, None, None);
        assert_eq!(
            (m.place.class(), m.place.cercle.as_deref()),
            ('P', Some("Mopti"))
        );
    }

    #[test]
    fn a_seat_named_as_its_unit_beats_a_village_namesake() {
        let g = g();
        // Niger's départements bear their seats' names.
        let b = best(g, "Banibangou", Some("Tillabéri"), None, None);
        assert_eq!(b.place.cercle.as_deref(), Some("Banibangou"));
        assert!(
            b.reasons.iter().any(|r| r.contains("seat")),
            "{:?}",
            b.reasons
        );
        let b = best(g, "Bosso", None, None, None);
        assert_eq!(b.place.region.as_deref(), Some("Diffa"));
        // Burkina Faso's provinces do not: the village named Soum is no seat.
        let s = g.resolve("Soum", &Hints::default()).unwrap();
        let village = s.iter().find(|c| c.place.class() == 'P').unwrap();
        assert!(!village.reasons.iter().any(|r| r.contains("seat")));
    }

    #[test]
    fn the_part_of_a_country_named_demotes_places_outside_it() {
        let g = g();
        let h = Hints {
            prefer_country: Some(Country::BurkinaFaso),
            part: Some((Country::BurkinaFaso, Compass::North)),
            ..Default::default()
        };
        let b = &g.resolve("Koutougou", &h).unwrap()[0];
        assert_eq!(b.place.cercle.as_deref(), Some("Soum"));
        // The centre of the country: the village of the Boulkiemdé, although
        // a correction pins the name to the Soum's department seat.
        let h = Hints {
            prefer_country: Some(Country::BurkinaFaso),
            part: Some((Country::BurkinaFaso, Compass::Centre)),
            ..Default::default()
        };
        let b = &g.resolve("Koutougou", &h).unwrap()[0];
        assert_eq!(b.place.cercle.as_deref(), Some("Boulkiemdé"));
        // Nothing said: the pin.
        let h = Hints {
            prefer_country: Some(Country::BurkinaFaso),
            ..Default::default()
        };
        let b = &g.resolve("Koutougou", &h).unwrap()[0];
        assert_eq!(b.place.cercle.as_deref(), Some("Soum"));
    }

    #[test]
    fn distance_hint_picks_the_banankoro_near_bamako() {
        let g = g();
        let b = best(g, "Banankoro", None, Some("Bamako"), Some(30.0));
        let d = distance_km(b.place.lat, b.place.lon, 12.65, -8.0);
        assert!(d <= 30.0, "{d} km: {:?}", b.place);
        assert!(b.reasons.iter().any(|r| r.contains("within 30 km")));
        // Without the hint, a Banankoro far from Bamako may win: the hint
        // is what decides.
        let all = g.resolve("Banankoro", &Hints::default()).unwrap();
        assert!(all.len() >= 20, "the homonyms are all candidates");
    }

    #[test]
    fn new_region_names_select_their_cercles() {
        let g = g();
        let m = best(g, "Mahou", Some("Koutiala"), None, None);
        assert_eq!(m.place.cercle.as_deref(), Some("Yorosso"));
        assert!(m.reasons.iter().any(|r| r.contains("Koutiala")));
    }

    #[test]
    fn region_hint_demotes_homonyms_elsewhere() {
        let g = g();
        let kayes = best(g, "Dioura", Some("Kayes"), None, None);
        assert_eq!(kayes.place.region.as_deref(), Some("Kayes"));
        let mopti = best(g, "Dioura", Some("Mopti"), None, None);
        assert_eq!(mopti.place.region.as_deref(), Some("Mopti"));
    }

    #[test]
    fn no_candidate_inside_means_the_nearest_to_the_area_wins() {
        let g = g();
        // No Dioura in Bankass cercle: the one of Ténenkou (about 100 km
        // away) beats the one of Kayes region, and says how far it is.
        let h = Hints {
            region: Some(g.admin().cercle_hint("Bankass").unwrap()),
            ..Default::default()
        };
        let c = g.resolve("Dioura", &h).unwrap();
        assert_eq!(c[0].place.cercle.as_deref(), Some("Ténenkou"));
        assert!(
            c[0].reasons
                .iter()
                .any(|r| r.contains("km outside cercle de Bankass")),
            "{:?}",
            c[0].reasons
        );
    }

    #[test]
    fn typos_outside_the_hinted_area_are_not_accepted() {
        let g = g();
        // "Tessolit" is a typo of Tessalit (Kidal): not in Ségou region.
        let h = g.hints(Some("Ségou"), None, None).unwrap();
        assert!(g.resolve("Tessolit", &h).unwrap().is_empty());
        let h = g.hints(Some("Kidal"), None, None).unwrap();
        assert_eq!(g.resolve("Tessolit", &h).unwrap()[0].place.name, "Tessalit");
    }

    #[test]
    fn a_typo_inside_the_hinted_area_beats_an_exact_name_outside() {
        let g = g();
        // Soumbi is a village of Kayes; "Soumbi (Tombouctou)" is Soumpi.
        let h = g.hints(Some("Tombouctou"), None, None).unwrap();
        let c = g.resolve("Soumbi", &h).unwrap();
        assert_eq!(c[0].place.name, "Soumpi", "{:?}", c[0].reasons);
        // Without the area, the exact name stands.
        let c = g.resolve("Soumbi", &Hints::default()).unwrap();
        assert_eq!(c[0].place.name, "Soumbi");
        // Nor does another place's alternate name outside the area stop
        // the search: "Dan Marké" in the département of Abala is Damarké.
        let h = Hints {
            region: Some(g.admin().region_hint("département d'Abala").unwrap()),
            ..Default::default()
        };
        // (Damarké, or Dan Marke II beside it, 2.5 km away.)
        let c = g.resolve("Dan Marké", &h).unwrap();
        let name = crate::fold::fold(&c[0].place.name);
        assert!(
            name.starts_with("damarke") || name.starts_with("danmarke"),
            "{name}"
        );
        assert_eq!(c[0].place.cercle.as_deref(), Some("Abala"));
    }

    #[test]
    fn context_places_pull_towards_them() {
        let g = g();
        let mut h = Hints::default();
        // Near Kayes: the Dioura of the west.
        h.context.push(crate::coords::LatLon::new(14.45, -11.44));
        let c = g.resolve("Dioura", &h).unwrap();
        assert_eq!(c[0].place.region.as_deref(), Some("Kayes"));
    }

    #[test]
    fn bad_names_and_hints_are_errors() {
        let g = g();
        assert!(g.resolve("", &Hints::default()).is_err());
        assert!(g.resolve("   ", &Hints::default()).is_err());
        assert!(g.resolve("!!!", &Hints::default()).is_err());
        assert!(g.resolve(&"a".repeat(500), &Hints::default()).is_err());
        assert!(g.resolve("Xqzwvv", &Hints::default()).unwrap().is_empty());
        assert!(g.hints(Some("Narnia"), None, None).is_err());
        assert!(g.hints(None, Some("Bamako"), Some(-3.0)).is_err());
        assert!(g.hints(None, None, Some(30.0)).is_err());
        assert!(g.hints(None, Some("95,3"), None).is_err());
        assert!(g.hints(None, Some("Xqzwvv"), None).is_err());
    }
}
