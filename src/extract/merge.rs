//! Merging: drafts of one article that tell one event, and incidents of
//! several articles that report one event.

use super::casualties;
use super::draft::{add_unique, Draft};
use super::events::specificity_rank;
use super::Extracted;
use crate::coords::LatLon;
use crate::fold::fold;
use crate::gazetteer::{Gazetteer, Hints};
use crate::geodesy::distance_km;
use crate::model::{DatePrecision, EventType, Incident, Location};

/// Adds what `d` tells to `keep` (two accounts of one event); `also`
/// records `d`'s place as another place of the event.
pub(super) fn merge_draft(keep: &mut Draft, d: Draft, also: bool) {
    if also {
        keep.also.push(d.place.lookup.clone());
        keep.also.extend(d.also);
    }
    keep.upgrade_type(Some(d.event_type), "");
    keep.kind_named |= d.kind_named;
    for a in d.actors {
        if !keep.actors.iter().any(|x| x.name == a.name) {
            keep.actors.push(a);
        }
    }
    add_unique(&mut keep.death_groups, d.death_groups);
    add_unique(&mut keep.earlier_groups, d.earlier_groups);
    add_unique(&mut keep.joint_groups, d.joint_groups);
    add_unique(&mut keep.approximate, d.approximate);
    keep.wounded = match (keep.wounded, d.wounded) {
        (Some(a), Some(b)) => Some(a.union(&b)),
        (a, b) => a.or(b),
    };
    keep.deaths_claimed |= d.deaths_claimed;
    add_unique(&mut keep.attested_groups, d.attested_groups);
    keep.other_account = match (keep.other_account, d.other_account) {
        (Some(a), Some(b)) => Some(a.union(&b)),
        (a, b) => a.or(b),
    };
    keep.denied |= d.denied;
    for s in d.sentences {
        if !keep.sentences.contains(&s) {
            keep.sentences.push(s);
        }
    }
}

/// Whether the best places for two names are within 15 km.
pub(super) fn near_each_other(g: &Gazetteer, a: &str, b: &str) -> bool {
    near_each_other_km(g, a, b, 15.0)
}

/// Whether the best places for two names are within `km`.
pub(super) fn near_each_other_km(g: &Gazetteer, a: &str, b: &str, km: f64) -> bool {
    // The second name is read next to the first, as the final resolution
    // reads every place next to the others: a village's homonym in another
    // country must not keep two accounts of one event apart.
    let top = |n: &str, context: Vec<LatLon>| {
        g.resolve(
            n,
            &Hints {
                context,
                ..Default::default()
            },
        )
        .ok()
        .and_then(|c| c.into_iter().next())
        .map(|c| LatLon::new(c.place.lat, c.place.lon))
    };
    let Some(x) = top(a, vec![]) else {
        return false;
    };
    matches!(top(b, vec![x]), Some(y) if x.distance_km(y) <= km)
}

/// Whether one of an account's sentences sets its site by a distance from
/// a town ("le village de Kogo, situé à 8 kilomètres au sud de Ouargaye"):
/// the account is of what happened near that town. "près de" is not
/// enough: a headline names two events, one "près de" its town.
fn sets_beside(sentences: &[String], town: &str) -> bool {
    let town = crate::fold::ascii_lower_1to1(town);
    !town.trim().is_empty()
        && sentences.iter().any(|s| {
            let s = crate::fold::ascii_lower_1to1(s);
            s.match_indices(town.as_str()).any(|(at, _)| {
                let before = crate::fold::tail(&s[..at], 40);
                let whole_word = !s[at + town.len()..].starts_with(|c: char| c.is_alphanumeric());
                whole_word
                    && (before.ends_with(" de ") || before.ends_with(" d'"))
                    && [" km ", "kilometre"].iter().any(|w| before.contains(w))
            })
        })
}

/// Whether one of an account's sentences names the road from `from` to
/// `to` ("(Axe Kantchari-Fada)", "sur la route Kantchari-Fada").
fn names_road(sentences: &[String], from: &str, to: &str) -> bool {
    let (from, to) = (
        crate::fold::ascii_lower_1to1(from),
        crate::fold::ascii_lower_1to1(to),
    );
    let road = format!("{}-{}", from.trim(), to.trim());
    road.len() > 3
        && sentences
            .iter()
            .any(|s| crate::fold::ascii_lower_1to1(s).contains(road.as_str()))
}

/// Whether two incidents were placed at one point (the same seat; two
/// neighbouring villages may lie under a kilometre apart).
fn same_point(a: &Option<Location>, b: &Option<Location>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if distance_km(a.lat, a.lon, b.lat, b.lon) < 0.05)
}

/// Joins drafts that tell one event, given where each was placed: two
/// places of one sentence a few km apart, or a provisional draft (headline,
/// area, distance) and a precise account nearby.
pub(super) fn join_twins(
    mut drafts: Vec<Draft>,
    mut located: Vec<Option<Location>>,
) -> (Vec<Draft>, Vec<Option<Location>>) {
    // Two places of one sentence a few km apart ("l'école de gendarmerie
    // de Faladié et l'aéroport de Bamako") are one event; so are a
    // headline's incident and the body's account of it nearby.
    let mut i = 0;
    while i < drafts.len() {
        let near = |j: usize, km: f64| matches!((&located[i], &located[j]), (Some(a), Some(b)) if distance_km(a.lat, a.lon, b.lat, b.lon) <= km.max(a.uncertainty_km).max(b.uncertainty_km));
        let area = |k: usize| {
            located[k]
                .as_ref()
                .is_some_and(|l| l.precision == crate::model::LocationPrecision::Region)
        };
        // Two areas: the wider is the looser ("la région de Tahoua" beside
        // "le département de Tillia").
        let wider = |a: usize, b: usize| match (&located[a], &located[b]) {
            (Some(x), Some(y)) => area(a) && area(b) && x.uncertainty_km > y.uncertainty_km,
            _ => false,
        };
        // A village the gazetteer knows, placed only by the area the text
        // sets it in because its namesakes all lie elsewhere (a village
        // it does not know may be the other place of the sentence).
        let placed_by_area = |k: usize| !drafts[k].place.area && drafts[k].place.known && area(k);
        // A headline's "près de X" beside an exact place of the body.
        let near_headline = |a: usize, b: usize| {
            drafts[a].heading
                && !drafts[b].heading
                && matches!(
                    (&located[a], &located[b]),
                    (Some(x), Some(y)) if x.precision == crate::model::LocationPrecision::Near
                        && y.precision == crate::model::LocationPrecision::Exact
                )
        };
        // The lede's "près de Torodi" beside the body's "entre Boni et
        // Torodi" or "(52 km au sud-ouest de Torodi)": the body says where
        // near the town it was.
        let near_its_town = |a: usize, b: usize| {
            let (n, p) = (&drafts[a].place, &drafts[b].place);
            let near_town = n.near
                && !n.area
                && !n.estimate
                && n.road_to.is_none()
                && matches!(&located[a], Some(x) if x.precision == crate::model::LocationPrecision::Near);
            near_town && {
                let town = fold(&n.lookup);
                let road_end = p
                    .road_to
                    .as_deref()
                    .is_some_and(|to| fold(to) == town || fold(&p.lookup) == town);
                road_end
                    || p.relative
                        .as_ref()
                        .is_some_and(|r| fold(&r.reference) == town)
                    || sets_beside(&drafts[b].sentences, &n.lookup)
            }
        };
        // A headline's "l'axe Kantchari-Fada" and the body's "entre
        // Sakoani et Matiacoali (Axe Kantchari-Fada)": the body names the
        // headline's road as where its stretch lies.
        let on_its_road = |a: usize, b: usize| {
            let road = &drafts[a].place;
            drafts[a].heading
                && !drafts[b].heading
                && road
                    .road_to
                    .as_deref()
                    .is_some_and(|to| names_road(&drafts[b].sentences, &road.lookup, to))
        };
        let twin = (0..i)
            .find(|&j| {
                drafts[j].origin == drafts[i].origin
                    && drafts[j].date == drafts[i].date
                    && !(drafts[j].counted_here && drafts[i].counted_here)
                    // Listed villages stay apart unless nothing tells
                    // them apart (both placed at their commune's seat).
                    && if drafts[j].listed && drafts[i].listed
                        // A village placed only at its cercle's seat is
                        // 50 km "near" every other site of the sentence:
                        // "contre Tintan dans le cercle de Bandiagara" is
                        // not the Tillé of the same sentence.
                        || placed_by_area(i)
                        || placed_by_area(j)
                    {
                        // (A village the gazetteer lacks, placed beside
                        // the one it is listed with, is still another
                        // when the text counts one event each.)
                        same_point(&located[i], &located[j])
                            && (drafts[i].place.known == drafts[j].place.known
                                || !(drafts[i].told_apart && drafts[j].told_apart))
                    } else {
                        // "au marché de Tchinberkaouane, à proximité du ranch
                        // d'Ekrafane": a place told as near another in the
                        // same sentence says where the other lies.
                        let by = |a: usize, b: usize| {
                            drafts[a].place.near
                                && !drafts[a].place.area
                                && !drafts[a].place.estimate
                                && !drafts[b].place.near
                                && !drafts[b].place.area
                        };
                        near(j, if by(i, j) || by(j, i) { 40.0 } else { 15.0 })
                    }
            })
            .or_else(|| {
                // A provisional incident (headline, area, distance) and a
                // precise account nearby, of a compatible date, in either
                // order: the precise one stays.
                // Two accounts of the body, one in an area, each with dead
                // of its own and not the same count ("neuf personnes tuées"
                // at the market of Madougou, "deux jeunes assassinés" in
                // the commune of Sangha), are two events.
                let counted_apart = |j: usize| {
                    let dead = |k: usize| {
                        casualties::total_deaths(&drafts[k].death_groups)
                            .filter(|c| c.low.is_some_and(|n| n > 0))
                    };
                    // So are "une première attaque ... douze personnes
                    // tuées" and "ont ciblé un autre campement à Inékar,
                    // faisant cinq morts": the text says it is another.
                    !drafts[i].heading
                        && !drafts[j].heading
                        && (drafts[i].place.area
                            || drafts[j].place.area
                            || drafts[i].another
                            || drafts[j].another)
                        && matches!((dead(i), dead(j)), (Some(a), Some(b)) if a != b)
                };
                // Two kinds of event told on two days ("dimanche, une
                // attaque", "lundi, une mine"), each with its day, are two
                // events, however near.
                let days_apart = |j: usize| {
                    let day = |k: usize| {
                        drafts[k]
                            .date
                            .filter(|d| drafts[k].dated && d.precision == DatePrecision::Day)
                    };
                    (drafts[i].later_here || drafts[j].later_here)
                        && drafts[i].event_type != drafts[j].event_type
                        && matches!((day(i), day(j)), (Some(a), Some(b)) if a != b)
                };
                // A region and a commune inside it, both named as areas,
                // are one account at two scales even when both are still
                // provisional (a headline's region, the body's commune).
                let scales_apart = |a: usize, b: usize| {
                    area(a) && !area(b) && drafts[a].place.area && drafts[b].place.area
                };
                // "Une autre attaque a eu lieu à Kelbo" after an attack
                // told only by its province: the text says the later
                // one is not the earlier one.
                (0..i).find(|&j| {
                    (drafts[j].provisional != drafts[i].provisional
                        || scales_apart(j, i)
                        || scales_apart(i, j)
                        || on_its_road(j, i)
                        || on_its_road(i, j))
                        && !(counted_apart(j) || days_apart(j))
                        && !drafts[i].another
                        // The places of one list, told as one site each
                        // ("deux attaques simultanées à Bahn et Yensé"),
                        // even when one could only be estimated.
                        && !(drafts[j].listed
                            && drafts[i].listed
                            && drafts[j].origin == drafts[i].origin)
                        && drafts[j].recalled == drafts[i].recalled
                        && drafts[j].date_compatible(drafts[i].date, drafts[i].anchored)
                        && (near(j, 60.0)
                            || on_its_road(j, i)
                            || on_its_road(i, j)
                            || within_area(&located[i], &located[j])
                            || headline_names_the_cercle(
                                &drafts[i],
                                &located[i],
                                &drafts[j],
                                &located[j],
                            ))
                })
            })
            .or_else(|| {
                // "dans le cercle de Yorosso" and "le poste de Koury" (in
                // Yorosso) on one day: one event told at two scales, unless
                // the text counted each apart.
                // Each counted with the same toll, they are one count told
                // twice ("seize soldats tués dans la région de Tahoua", then
                // "16 morts" in the département of Tillia).
                let same_toll = |j: usize| {
                    let toll = |k: usize| casualties::total_deaths(&drafts[k].death_groups);
                    toll(i).is_some() && toll(i) == toll(j)
                };
                // "Dix-neuf civils tués dans un village de la région de
                // Tillabéri" in the lede, then the village of the region,
                // placed no closer, with its 19 dead two days before the
                // story: one event too.
                let same_region = |j: usize| {
                    area(i)
                        && area(j)
                        && matches!((&located[i], &located[j]), (Some(a), Some(b))
                            if a.region.is_some() && a.region == b.region
                                && a.uncertainty_km == b.uncertainty_km)
                        && (drafts[i].place.area != drafts[j].place.area)
                };
                (0..i).find(|&j| {
                    (!(drafts[j].counted_here && drafts[i].counted_here) || same_toll(j))
                        && !drafts[i].another
                        && drafts[j].date.is_some()
                        && (drafts[j].date == drafts[i].date
                            || (same_toll(j)
                                && drafts[j].date_compatible(drafts[i].date, drafts[i].anchored)))
                        && (named_area(&located[i]) || named_area(&located[j]))
                        && (within_area(&located[i], &located[j]) || same_toll(j) && same_region(j))
                })
            })
            .or_else(|| {
                // A headline's "près de Niamey", told again in the lede,
                // then the body's "à l'entrée du village de Goubé": the
                // headline placed the event near the town the body names
                // the village of.
                (0..i).find(|&j| {
                    let (n, p) = if near_headline(i, j) {
                        (i, j)
                    } else if near_headline(j, i) {
                        (j, i)
                    } else {
                        return false;
                    };
                    !(drafts[n].counted_here && drafts[p].counted_here)
                        && kinds_agree(drafts[n].event_type, drafts[p].event_type)
                        // The body's account gives its day, within the
                        // headline's span.
                        && match (drafts[n].date, drafts[p].date) {
                            (Some(a), Some(b)) => {
                                b.precision == crate::model::DatePrecision::Day && a.overlaps(&b)
                            }
                            _ => false,
                        }
                        && near(j, 60.0)
                })
            })
            .or_else(|| {
                (0..i).find(|&j| {
                    (near_its_town(i, j) || near_its_town(j, i))
                        && !(drafts[j].counted_here && drafts[i].counted_here)
                        && kinds_agree(drafts[i].event_type, drafts[j].event_type)
                        && drafts[i].date.is_some()
                        && drafts[i].date == drafts[j].date
                })
            });
        // The looser of two accounts of one event joins the other: a
        // provisional draft (headline, area, distance) beside a precise
        // one, or, both precise, an area beside a place inside it.
        let looser = |a: usize, b: usize| {
            if area(a) && area(b) {
                // Of two at one scale, the one the text named as an area
                // ("un village de la région de X") is the looser.
                wider(a, b) || (!wider(b, a) && drafts[a].place.area && !drafts[b].place.area)
            } else {
                // A region beside a commune inside it is the looser, even
                // when the commune is still provisional (a headline's "à
                // Tillabéri" read as the region, the body's "dans la
                // commune de Sanam").
                let wider_than = |a: usize, b: usize| {
                    area(a)
                        && !area(b)
                        && drafts[b].place.area
                        && matches!((&located[a], &located[b]), (Some(x), Some(y)) if x.uncertainty_km > y.uncertainty_km)
                };
                (!drafts[b].provisional
                    && ((drafts[a].provisional && !wider_than(b, a)) || (area(a) && !area(b))))
                    || (drafts[b].provisional && wider_than(a, b))
                    || near_headline(a, b)
                    || near_its_town(a, b)
                    || on_its_road(a, b)
            }
        };
        match twin {
            Some(j) if looser(i, j) => {
                let d = drafts.remove(i);
                located.remove(i);
                merge_draft(&mut drafts[j], d, false);
            }
            Some(j) if looser(j, i) => {
                // Keep the precise account's place and date; take the
                // looser one's facts.
                let precise = drafts.remove(i);
                let loose = std::mem::replace(&mut drafts[j], precise);
                located[j] = located.remove(i);
                merge_draft(&mut drafts[j], loose, false);
            }
            Some(j) => {
                let d = drafts.remove(i);
                located.remove(i);
                merge_draft(&mut drafts[j], d, true);
            }
            None => i += 1,
        }
    }
    // "après l'attaque du poste de Tominian" with no day of its own, then
    // the attack on Tominian's post told with its day: one event, on the
    // day told, unless the text said it was another or counted each.
    let mut i = 0;
    while i < drafts.len() {
        let dead = |k: usize| {
            casualties::total_deaths(&drafts[k].death_groups)
                .filter(|c| c.low.is_some_and(|n| n > 0))
        };
        let same_site = |j: usize| {
            let (a, b) = (&drafts[i], &drafts[j]);
            a.dated != b.dated
                && !a.heading
                && !b.heading
                && !a.place.area
                && !b.place.area
                && !a.place.estimate
                && !b.place.estimate
                && a.place.road_to.is_none()
                && b.place.road_to.is_none()
                && a.key() == b.key()
                && !(a.another || b.another || a.later_here || b.later_here)
                && kinds_agree(a.event_type, b.event_type)
                && !matches!((dead(i), dead(j)), (Some(x), Some(y)) if x != y)
        };
        match (0..i).find(|&j| same_site(j)) {
            Some(j) => {
                let d = drafts.remove(i);
                let at = located.remove(i);
                if d.dated {
                    // The account with its day keeps its place and date.
                    let undated = std::mem::replace(&mut drafts[j], d);
                    located[j] = at;
                    merge_draft(&mut drafts[j], undated, false);
                } else {
                    merge_draft(&mut drafts[j], d, false);
                }
            }
            None => i += 1,
        }
    }
    // A headline that no sentence of the body told again ("Des attaques
    // repoussées à Tombouctou" over an account of the attack at Ber; "une
    // attaque aux portes de Niamey" over the village hit) sums up a body
    // incident of its date, wherever it puts it: the one of its kind,
    // else the nearest.
    let told_once = |d: &Draft| d.heading && d.sentence_nos.len() <= 1;
    let mut i = 0;
    while i < drafts.len() {
        if !told_once(&drafts[i]) {
            i += 1;
            continue;
        }
        let distance = |j: usize| match (&located[i], &located[j]) {
            (Some(a), Some(b)) => distance_km(a.lat, a.lon, b.lat, b.lon),
            _ => f64::MAX,
        };
        let body = (0..drafts.len())
            .filter(|&j| {
                j != i
                    && !told_once(&drafts[j])
                    && !drafts[j].provisional
                    && drafts[j].date_compatible(drafts[i].date, drafts[i].anchored)
            })
            .min_by(|&a, &b| {
                let other_kind = |j: usize| drafts[j].event_type != drafts[i].event_type;
                other_kind(a)
                    .cmp(&other_kind(b))
                    .then(distance(a).total_cmp(&distance(b)))
            });
        match body {
            Some(j) => {
                let d = drafts.remove(i);
                located.remove(i);
                let j = if j > i { j - 1 } else { j };
                merge_draft(&mut drafts[j], d, false);
            }
            None => i += 1,
        }
    }
    (drafts, located)
}

/// "Ansongo : 24 civils tués" over "à Amalaou-laou, cercle d'Ansongo": a
/// provisional draft (a headline's rubric) named after the cercle or
/// region the precise one lies in.
fn headline_names_the_cercle(
    a: &Draft,
    la: &Option<Location>,
    b: &Draft,
    lb: &Option<Location>,
) -> bool {
    // "Une attaque à Diffa fait six morts" over "à Toumour, dans la
    // région de Diffa": the region's name serves as well.
    // Not "à 20 km de Douentza": a distance is measured from the town,
    // not from the cercle that bears its name.
    let names = |d: &Draft, precise: &Option<Location>| {
        d.place.relative.is_none()
            && precise.as_ref().is_some_and(|l| {
                [l.cercle.as_deref(), l.region.as_deref()]
                    .into_iter()
                    .flatten()
                    .any(|c| fold(c) == fold(&d.place.lookup))
            })
    };
    (a.provisional && names(a, lb)) || (b.provisional && names(b, la))
}

/// Whether a location is an area the text named as one ("le cercle de
/// Yorosso", "la région de Gao"), not a village placed only to its region
/// for want of its own point.
fn named_area(l: &Option<Location>) -> bool {
    l.as_ref().is_some_and(|l| {
        l.precision == crate::model::LocationPrecision::Region && {
            let w = fold(&l.name_written);
            [
                "cercle",
                "region",
                "province",
                "departement",
                "commune",
                "zone",
            ]
            .iter()
            .any(|a| w.starts_with(a))
        }
    })
}

/// Whether one of two locations is a region or cercle ("dans la région de
/// Tillabéri") and the other, a place or a smaller area, lies in it: one
/// event told at two scales.
fn within_area(a: &Option<Location>, b: &Option<Location>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let inside = |area: &Location, p: &Location| {
        area.precision == crate::model::LocationPrecision::Region
            && (p.precision != crate::model::LocationPrecision::Region
                || p.uncertainty_km < area.uncertainty_km)
            && if area.uncertainty_km > 60.0 {
                area.region.is_some() && area.region == p.region
            } else {
                area.cercle.is_some() && area.cercle == p.cercle
            }
    };
    inside(a, b) || inside(b, a)
}

/// Joins the reports of one event from several articles: same place (or
/// within 10 km), dates that overlap (or days within 3 days of each other),
/// and types that agree (or one of them the generic "attack"). The merged
/// incident keeps the most precise date, the union of the tolls (21 and 26
/// dead become 21–26) and every source.
pub fn merge_incidents(mut list: Vec<Extracted>) -> Vec<Extracted> {
    let mut out: Vec<Extracted> = Vec::new();
    for e in list.drain(..) {
        let same = out
            .iter()
            .position(|o| same_event(&o.incident, &e.incident));
        match same {
            None => out.push(e),
            Some(i) => {
                let o = &mut out[i];
                let (a, b) = (&mut o.incident, e.incident);
                if let (Some(da), Some(db)) = (a.date, b.date) {
                    if db.precision < da.precision {
                        a.date = Some(db);
                    }
                } else if a.date.is_none() {
                    a.date = b.date;
                }
                if specificity_rank(b.event_type) < specificity_rank(a.event_type) {
                    a.event_type = b.event_type;
                }
                if a.fatalities != b.fatalities
                    && a.fatalities.is_known()
                    && b.fatalities.is_known()
                {
                    a.notes.push(format!(
                        "reports differ on the toll: {} and {}",
                        a.fatalities, b.fatalities
                    ));
                }
                a.fatalities = a.fatalities.union(&b.fatalities);
                a.wounded = a.wounded.union(&b.wounded);
                for actor in b.actors {
                    if !a.actors.iter().any(|x| x.name == actor.name) {
                        a.actors.push(actor);
                    }
                }
                if let (Some(la), Some(lb)) = (&a.location, &b.location) {
                    if lb.uncertainty_km < la.uncertainty_km {
                        a.location = Some(lb.clone());
                    }
                }
                a.notes.push(format!("merged with {}", b.id));
                a.notes.extend(b.notes);
                a.sources.extend(b.sources);
                o.evidence.extend(e.evidence);
            }
        }
    }
    out
}

fn same_event(a: &Incident, b: &Incident) -> bool {
    if a.sources.first().map(|s| &s.file) == b.sources.first().map(|s| &s.file) {
        return false;
    }
    let (Some(la), Some(lb)) = (&a.location, &b.location) else {
        return false;
    };
    let dates = match (a.date, b.date) {
        (Some(x), Some(y)) => x.overlaps(&y) || (x.start - y.start).num_days().abs() <= 3,
        _ => false,
    };
    let types = kinds_agree(a.event_type, b.event_type);
    // The place last: folding the two names allocates, and most pairs
    // already differ in date or type.
    dates
        && types
        && (distance_km(la.lat, la.lon, lb.lat, lb.lon) <= 10.0
            || fold(&la.name_written) == fold(&lb.name_written))
}

/// Two accounts of one event agree on its kind when they name the same,
/// or one of them only "an attack".
fn kinds_agree(a: EventType, b: EventType) -> bool {
    a == b || a == EventType::Attack || b == EventType::Attack
}
