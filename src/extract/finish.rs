//! Finishing: each draft's place resolved with every hint the article
//! gave, drafts of one event joined, and the incidents written.

use super::article::Article;
use super::casualties;
use super::country;
use super::draft::Draft;
use super::merge::join_twins;
use super::typing::final_type;
use super::Extracted;
use crate::coords::LatLon;
use crate::gazetteer::relative::RelativePhrase;
use crate::gazetteer::seat::UnitLevel::{Cercle, Region};
use crate::gazetteer::{Gazetteer, Hints, NearHint};
use crate::geodesy::distance_km;
use crate::model::{Casualties, EventType, Incident, Location, LocationPrecision, Name, Source};

/// Resolves places and writes the incidents.
pub(super) fn finish(
    article: &Article,
    g: &Gazetteer,
    drafts: Vec<Draft>,
    countries: Countries,
) -> Vec<Extracted> {
    // The one region that every incident naming a region names ("dans la
    // région de Tillabéri"): a place told without an area of its own is
    // no typo of a village in another region.
    // An earlier event recalled with its day ("le 25 janvier, 39 civils
    // avaient été tués à Silgadji, province du Soum") does not set the
    // story's area.
    let mut named = drafts
        .iter()
        .filter(|d| !d.recalled)
        .filter_map(|d| d.region.as_deref());
    let article_area = named
        .next()
        .filter(|first| {
            let key = crate::fold::fold(first);
            named.all(|r| crate::fold::fold(r) == key)
        })
        .and_then(|r| g.admin().region_hint(r).ok());
    let area = article_area.as_ref();
    // First pass without context, then with the other places of the text.
    let first: Vec<Option<Location>> = drafts
        .iter()
        .map(|d| resolve_point(g, d, &[], &[], countries, area))
        .collect();
    // The communes, cercles and départements the story names as places
    // ("la commune rurale de Dan Issa, département de Madarounfa"): where
    // it is set, for a village whose namesakes all lie elsewhere.
    let named_areas: Vec<LatLon> = drafts
        .iter()
        .zip(&first)
        .filter(|(d, _)| {
            d.place.area
                && matches!(
                    super::places::area_kind(&d.place.written).as_str(),
                    "commune" | "district" | "cercle" | "departement" | "province"
                )
        })
        .filter_map(|(_, l)| l.as_ref().map(|l| LatLon::new(l.lat, l.lon)))
        .collect();
    // Only a story set in one part of a country: areas named hundreds of
    // kilometres apart say nowhere in particular.
    let local = named_areas.iter().all(|a| {
        named_areas
            .iter()
            .all(|b| distance_km(a.lat, a.lon, b.lat, b.lon) <= STORY_SPAN_KM)
    });
    let named_areas: &[LatLon] = if local { &named_areas } else { &[] };
    // Every other place of the text is context, including those of
    // incidents merged below (the Bamako of "Faladié et Bamako").
    let located: Vec<Option<Location>> = (0..drafts.len())
        .map(|i| {
            let mut context: Vec<LatLon> = first
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .filter_map(|(_, l)| l.as_ref().map(|l| LatLon::new(l.lat, l.lon)))
                .collect();
            context.extend(named_around(g, &drafts[i]));
            // Without context the first answer stands (an article of one
            // incident is resolved once).
            if context.is_empty() {
                first[i].clone()
            } else {
                resolve_point(g, &drafts[i], &context, named_areas, countries, area)
            }
        })
        .collect();
    let located = beside_known(&drafts, located);
    let (drafts, located) = join_twins(drafts, located);
    // "les villages de Lamana et Ngoumao": a listed village that nothing
    // places is no incident of its own (its name stays in the text).
    let (drafts, located): (Vec<Draft>, Vec<Option<Location>>) = drafts
        .into_iter()
        .zip(located)
        .filter(|(d, l)| !(d.sibling && l.is_none()))
        .unzip();
    let stem = match article.file.as_str() {
        "-" => "stdin".to_string(),
        // A spreadsheet row, "log.csv:12": the file's stem and the line.
        f if article.hints.line
            && f.rsplit_once(':')
                .is_some_and(|(_, n)| n.parse::<u64>().is_ok()) =>
        {
            let (file, line) = f.rsplit_once(':').expect("checked");
            let stem = std::path::Path::new(file)
                .file_stem()
                .map_or("rows".into(), |s| s.to_string_lossy().into_owned());
            format!("{stem}-row{line}")
        }
        f => std::path::Path::new(f)
            .file_stem()
            .map_or("article".into(), |s| s.to_string_lossy().into_owned()),
    };
    let mut out = Vec::new();
    // The type of the first place of a list the incidents after it were
    // split from ("des attaques simultanées contre A et B, 51 civils
    // tués"): the toll stays with the first, the kind of event is all of
    // theirs, unless the text told another for one of them ("les tirs
    // d'obus sur Tombouctou").
    let mut list_type = None;
    for (i, (d, location)) in drafts.into_iter().zip(located).enumerate() {
        let mut notes = Vec::new();
        let told = casualties::precise_over_approximate(&d.own_death_groups(), &d.approximate);
        let mut deaths = casualties::total_deaths(&told)
            .or_else(|| casualties::total_deaths(&d.earlier_groups))
            .unwrap_or_default();
        if d.deaths_claimed && d.denied && deaths.low.is_some_and(|l| l > 0) {
            notes.push(format!(
                "contested toll: a claim of {} dead; the other side says the attack was repelled",
                deaths.high.or(deaths.low).unwrap_or(0)
            ));
            // The dead no one claims (the army's count of attackers
            // killed) stand whatever the claim is worth.
            let attested = casualties::total_deaths(&d.attested_groups)
                .and_then(|c| c.low)
                .unwrap_or(0);
            deaths = Casualties {
                low: Some(attested.min(deaths.low.unwrap_or(0))),
                high: deaths.high.or(deaths.low),
            };
        }
        if let Some(other) = d
            .other_account
            .filter(|o| deaths.is_known() && *o != deaths)
        {
            notes.push(format!(
                "contested toll: another account gives {}",
                other.high.or(other.low).unwrap_or(0)
            ));
            deaths = deaths.union(&other);
        }
        let wounded = d.wounded.unwrap_or_default();
        // (Not where the account says the toll is not known yet: "Bilan
        // provisoire non communiqué, nombreux blessés".)
        if !deaths.is_known() && wounded.is_known() && !d.sentences.iter().any(|s| toll_untold(s)) {
            deaths = Casualties::exact(0);
            notes.push("no death reported, only wounded".into());
        }
        if !d.also.is_empty() {
            notes.push(format!("also at: {}", d.also.join(", ")));
        }
        let mut evidence = d.evidence.clone();
        if !d.actors.is_empty() {
            evidence.push((
                "actors".into(),
                d.actors
                    .iter()
                    .map(|a| a.mention.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
            ));
        }
        let mut event_type = final_type(&d, deaths);
        if d.listed && !d.sibling {
            list_type = Some((d.event_type, event_type));
        } else if let Some((head_told, head_type)) = list_type.filter(|_| d.sibling) {
            // A sibling told with the same words as the head of its list
            // ("a tué 32 civils ... a enlevé 24 autres" over two villages)
            // is the same kind of event as the head, which has the toll.
            if !deaths.is_known() && (event_type == EventType::Attack || d.event_type == head_told)
            {
                event_type = head_type;
            }
        }
        let mut actors = d.actors;
        country::localise_actors(
            &mut actors,
            location
                .as_ref()
                .and_then(|l| l.country.as_deref())
                .and_then(crate::country::Country::parse)
                .or(countries.given)
                .or(countries.text),
        );
        crate::actor_roles::infer_roles(event_type, &mut actors);
        let incident = Incident {
            id: format!("{stem}-{}", i + 1),
            date: d.date,
            location,
            event_type,
            actors,
            fatalities: deaths,
            wounded,
            sources: d
                .sentences
                .into_iter()
                .map(|s| Source {
                    file: article.file.as_str().into(),
                    sentence: s,
                })
                .collect(),
            notes,
        };
        out.push(Extracted { incident, evidence });
    }
    out
}

/// Whether a sentence says its toll is not known ("bilan non communiqué",
/// "pertes non précisées", "aucun bilan n'est encore disponible").
fn toll_untold(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:bilan|pertes|nombre de (?:morts|victimes|tues))(?: [a-z]+){0,2} (?:non|pas encore|toujours pas|encore non) (?:communique|connu|precise|disponible|etabli|confirme)e?s?\b|\bbilan (?:inconnu|indisponible|non disponible)\b|\baucun bilan\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// A town named after a preposition in a story's sentences ("en provenance
/// de Bankass", "entre Bankass et Bandiagara", "le tronçon Bankass-Bandiagara",
/// "sur l'axe Gao-Ansongo").
fn named_town_re() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?:^|[\s(])(?:de|d['’]|à|entre|et|vers|depuis|sur|axe|l['’]axe|tronçon)\s+(?P<name>\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*)")
            .expect("regex")
    })
}

/// Where the towns named in a draft's own sentences lie, besides its place
/// ("deux cars en provenance de Bankass ... près de Parou", "une localité
/// située entre Bankass et Bandiagara"): where the story is, which chooses
/// between namesakes of its place (Parou near Bankass, not the Parou of
/// Tominian). A name whose namesakes lie far apart tells nothing and is
/// left out, as are the capitals, more often the source's town than the
/// story's.
fn named_around(g: &Gazetteer, d: &Draft) -> Vec<LatLon> {
    use crate::gazetteer::MatchKind;
    let own = crate::fold::fold(&d.place.lookup);
    let capitals = [
        crate::country::Country::Mali,
        crate::country::Country::BurkinaFaso,
        crate::country::Country::Niger,
    ]
    .map(|c| crate::fold::fold(c.capital().name));
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for sentence in &d.sentences {
        for m in named_town_re().captures_iter(sentence) {
            let whole = &m["name"];
            // "Bankass-Bandiagara": each end of the road.
            let parts: Vec<&str> = if whole.contains('-') && !super::places::knows(g, whole) {
                whole.split('-').collect()
            } else {
                vec![whole]
            };
            for name in parts {
                let key = crate::fold::fold(name);
                if key.is_empty() || key == own || capitals.contains(&key) || seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let places: Vec<&crate::gazetteer::Place> = g
                    .matches(name)
                    .iter()
                    .filter(|m| m.kind <= MatchKind::Alternate)
                    .map(|m| g.place(m.place))
                    .collect();
                let Some(first) = places.first() else {
                    continue;
                };
                if places
                    .iter()
                    .all(|p| distance_km(p.lat, p.lon, first.lat, first.lon) <= 50.0)
                {
                    out.push(LatLon::new(first.lat, first.lon));
                }
            }
        }
    }
    out
}

/// The border a sentence sets its event near, and how near, km: "près de
/// la frontière malienne" (50 km), "à 8 km de la frontière nigérienne",
/// "à une trentaine de kilomètres de la frontière avec le Burkina".
pub(super) fn border_near(text: &str) -> Option<(crate::country::Country, f64)> {
    use crate::country::Country;
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:(?:pres|non loin|proche|a proximite) de |a |vers |le long de )(?:(?:environ |quelque |quelques |une |un )?([0-9]+|[a-z]+) ?(?:de )?(?:km|kilometres?) de )?la frontiere (?:avec (?:le |la |l')?)?(malienne|mali|nigerienne|niger|burkinabe|burkina)\b")
            .expect("regex")
    });
    // Most sentences name no border: the fold and the pattern are kept for
    // those that hold its letters ("frontière" in any case).
    if !text
        .as_bytes()
        .windows(5)
        .any(|w| w.eq_ignore_ascii_case(b"ronti"))
    {
        return None;
    }
    let folded = crate::fold::ascii_lower_1to1(text);
    let c = re.captures(&folded)?;
    let country = match &c[2] {
        "malienne" | "mali" => Country::Mali,
        "nigerienne" | "niger" => Country::Niger,
        _ => Country::BurkinaFaso,
    };
    let km = match c.get(1).map(|m| m.as_str()) {
        None => 50.0,
        Some("quelques") => 10.0,
        Some(w) => crate::gazetteer::relative::distance_word(w).unwrap_or(50.0),
    };
    Some((country, km))
}

/// The compass point a phrase gives with no distance ("au nord-est de
/// Kidal", "à l'ouest de Boni"), as a bearing in degrees.
fn direction_in(text: &str) -> Option<f64> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"\b(?:au\s+(?:nord|sud)(?:-(?:est|ouest))?|a\s+l'(?:est|ouest))\b",
        )
        .expect("regex")
    });
    let folded = crate::fold::ascii_lower_1to1(text);
    re.find(&folded)
        .and_then(|m| crate::gazetteer::offset::french_bearing(m.as_str()))
}

fn region_hints(g: &Gazetteer, d: &Draft) -> Hints {
    let region = d
        .region
        .as_deref()
        .and_then(|r| g.admin().region_hint(r).ok());
    Hints {
        region,
        ..Default::default()
    }
}

/// The country an input gives (a spreadsheet's column, `--country`) and
/// the one its text is mainly about.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Countries {
    given: Option<crate::country::Country>,
    text: Option<crate::country::Country>,
}

impl Countries {
    /// Read once per article: the text's country is a scan of all of it.
    pub(super) fn of(article: &Article) -> Countries {
        Countries {
            given: article.hints.country,
            text: country::text_country(&article.text),
        }
    }

    /// The country the article is about: the one given, else its text's,
    /// else Mali.
    pub(super) fn main(&self) -> crate::country::Country {
        self.named().unwrap_or_default()
    }

    /// The country given, else the text's, if either says one.
    pub(super) fn named(&self) -> Option<crate::country::Country> {
        self.given.or(self.text)
    }
}

/// How far from a known village one the gazetteer lacks, named with it,
/// may lie: the villages of one commune or one raid.
const BESIDE_KM: f64 = 30.0;

/// A village the gazetteer lacks, placed at best in its region, named in
/// the sentence of a place that is an incident of its own ("73 à Tchoma
/// Bangou et 32 à Zaroumadareye"): villages told together are neighbours,
/// so it lies near where that incident was placed, which its own words
/// (an area, the story's other places) decided.
fn beside_known(drafts: &[Draft], mut located: Vec<Option<Location>>) -> Vec<Option<Location>> {
    // Known places' points by name, first one told first (a look-up per
    // draft, not a scan of every draft for each).
    let mut placed: std::collections::HashMap<String, Location> = Default::default();
    for (d, l) in drafts.iter().zip(&located) {
        if let Some(l) = l
            .as_ref()
            .filter(|l| l.precision != LocationPrecision::Region)
        {
            if d.place.known {
                placed
                    .entry(crate::fold::fold(&d.place.lookup))
                    .or_insert_with(|| l.clone());
            }
        }
    }
    // The last precisely placed incident told before each draft: "Le
    // lendemain, le convoi de renfort est tombé dans une embuscade au niveau
    // de la localité de Paroukou", after the attack on Sokoura, happened
    // near Sokoura, wherever the gazetteer lacks Paroukou.
    // (Known places are never moved below, so their points stay as read.)
    // A name spotted as a typo of a village that the article's area rules
    // out is placed as one the gazetteer lacks.
    let mut last = None;
    for (i, d) in drafts.iter().enumerate() {
        let told = last;
        if d.place.known && located[i].is_some() {
            if located[i]
                .as_ref()
                .is_some_and(|l| l.precision != LocationPrecision::Region)
            {
                last = Some(i);
            }
            continue;
        }
        let coarse = located[i]
            .as_ref()
            .is_none_or(|l| l.precision == LocationPrecision::Region);
        if !coarse {
            continue;
        }
        // A village named beside a known one lies near it; one told after
        // a precisely placed incident, and placed nowhere, near that one.
        // (The sentence's first known place may be the draft's own name,
        // ruled out above.)
        let beside = d
            .beside
            .as_deref()
            .filter(|b| crate::fold::fold(b) != crate::fold::fold(&d.place.lookup));
        let after_told = || {
            told.filter(|_| located[i].is_none())
                .and_then(|j| located[j].clone())
        };
        let near = match beside {
            // (The known village may have been placed under another
            // spelling, "Tchombangou" for "Tchambangou": then the
            // incident told before stands for it.)
            Some(beside) => placed
                .get(&crate::fold::fold(beside))
                .cloned()
                .or_else(after_told),
            None if !d.place.written.trim().is_empty() => after_told(),
            None => None,
        };
        if let Some(l) = near {
            located[i] = Some(Location {
                precision: LocationPrecision::Estimated,
                uncertainty_km: l.uncertainty_km.max(BESIDE_KM),
                name_written: d.place.written.as_str().into(),
                name_resolved: None,
                ..l
            });
        }
    }
    located
}

/// How far apart the places of a local story lie, at most (km).
const STORY_SPAN_KM: f64 = 200.0;

/// How far from every place of a local story a namesake lies when it is
/// another village of the same name (km).
const HOMONYM_FAR_KM: f64 = 250.0;

/// Whether `best`, a small village named as written, is the wrong one of
/// several namesakes: the story names communes or départements (`areas`,
/// within [`STORY_SPAN_KM`] of each other, as `finish` keeps them), and
/// every namesake that is a settlement (not a well of that name) lies
/// farther than [`HOMONYM_FAR_KM`] from each of them. A village of Madarounfa named
/// "Karé" is none of the three Karés known (Say, Ténenkou, Ganzourgou).
fn far_homonym(
    best: &crate::gazetteer::Candidate,
    namesakes: &[crate::gazetteer::Candidate],
    areas: &[LatLon],
) -> bool {
    let village = best.place.population < 10_000
        && best.place.feature == "P.PPL"
        && best.matched <= crate::gazetteer::MatchKind::Alternate;
    let exact: Vec<_> = namesakes
        .iter()
        .filter(|c| {
            c.matched <= crate::gazetteer::MatchKind::Alternate && c.place.feature.starts_with("P.")
        })
        .collect();
    village
        && exact.len() >= 2
        && !areas.is_empty()
        && exact.iter().all(|c| {
            areas
                .iter()
                .all(|a| distance_km(a.lat, a.lon, c.place.lat, c.place.lon) > HOMONYM_FAR_KM)
        })
}

/// The seat of the area a draft names as its place ("la province du Soum"
/// is run from Djibo, "la région de l'Est" from Fada N'Gourma), in the
/// text's country; a unit named by its kind ("province", "cercle",
/// "région") may lie in another country. `None` for a commune or district,
/// whose seat is the place of its name, and for a unit no source gives a
/// seat for.
fn area_seat<'g>(
    g: &'g Gazetteer,
    d: &Draft,
    countries: Countries,
) -> Option<&'g crate::gazetteer::Place> {
    let kind = super::places::area_kind(&d.place.written);
    let (levels, kind_named) = match kind.as_str() {
        "commune" | "district" => return None,
        "region" => ([Region, Cercle], true),
        "cercle" | "departement" | "province" => ([Cercle, Region], true),
        _ => ([Cercle, Region], false),
    };
    [Some(countries.named()), kind_named.then_some(None)]
        .into_iter()
        .flatten()
        .find_map(|c| g.seat_among(&d.place.lookup, &levels, c))
}

/// Whether a candidate is a town of some size spelled as the text wrote
/// it ("Ségou", "Bamako"): itself, whatever area a sentence names.
fn town_as_written(c: &crate::gazetteer::Candidate) -> bool {
    c.matched <= crate::gazetteer::MatchKind::Alternate && c.place.population >= 10_000
}

/// Where a draft happened: the resolved place (a road's midpoint), an
/// estimate from a relative phrase, or the region.
fn resolve_point(
    g: &Gazetteer,
    d: &Draft,
    context: &[LatLon],
    named_areas: &[LatLon],
    countries: Countries,
    article_area: Option<&crate::admin::RegionHint>,
) -> Option<Location> {
    // A reference town ("à 20 km de Toumour") is looked up in the
    // country the text is about, as the place itself is.
    let country_hints = Hints {
        country: countries.given,
        prefer_country: countries.text.filter(|_| countries.given.is_none()),
        ..Default::default()
    };
    let mut hints = Hints {
        region: region_hints(g, d).region,
        context: context.to_vec(),
        ..country_hints.clone()
    };
    hints.part = d
        .place
        .compass
        .map(|(c, part)| (c.unwrap_or_else(|| countries.main()), part));
    // "dans la localité de Boni, dans l'Ouest du Niger": the part of a
    // country named with the place sets it in that country, whatever a
    // border named after says (a Boni of Mali lies nearer Burkina Faso).
    if let Some((Some(c), _)) = d.place.compass {
        hints.country.get_or_insert(c);
    }
    hints.border = d.sentences.iter().find_map(|s| border_near(s));
    let rel: Option<(&RelativePhrase, NearHint)> = d.place.relative.as_ref().and_then(|r| {
        // The place named with the phrase picks the reference's
        // namesake it lies near.
        let hint = |h: &Hints| {
            if d.place.estimate {
                g.relative_hint(r, h)
            } else {
                g.relative_hint_placing(r, h, &d.place.lookup)
            }
        };
        // "à 8 km au sud-est de Boni, dans le cercle de Douentza": the
        // reference's namesake in the area the text names, when it has
        // one spelled as written; else the country's.
        // A town of some size spelled so ("à 30 km de Bamako") is itself,
        // whatever area the sentence names for the site.
        // Looked up only when the sentence names an area.
        let town = || {
            g.resolve(&r.reference, &country_hints)
                .ok()
                .and_then(|v| v.into_iter().next())
                .is_some_and(|c| town_as_written(&c))
        };
        let in_area = hints.region.as_ref().filter(|_| !town()).and_then(|area| {
            let h = Hints {
                region: Some(area.clone()),
                ..country_hints.clone()
            };
            let exact = g.resolve(&r.reference, &h).ok()?.into_iter().next()?;
            (exact.matched <= crate::gazetteer::MatchKind::Alternate)
                .then(|| hint(&h).ok())
                .flatten()
        });
        in_area
            .or_else(|| hint(&country_hints).ok())
            .map(|h| (r, h))
    });
    if let Some((_, h)) = &rel {
        hints.near = Some(h.clone());
        // "à moins de 30 km de Bamako" is finer than a region the
        // sentence names, which may be another place's ("..., l'autre à
        // Mahou, région de Koutiala").
        hints.region = None;
    }
    // The country of the place resolved decides where border points lie
    // (the three countries' boundary files overlap); estimates take the
    // polygons'.
    let located = |lat: f64,
                   lon: f64,
                   precision,
                   unc: f64,
                   resolved: Option<String>,
                   country: Option<crate::country::Country>| {
        let hit = g.admin().locate_for(country, lat, lon);
        let now = hit
            .as_ref()
            .map(|h| g.admin().current(h.region, h.cercle, lat, lon));
        Some(Location {
            lat,
            lon,
            precision,
            uncertainty_km: (unc * 10.0).round() / 10.0,
            name_written: d.place.written.as_str().into(),
            name_resolved: resolved.map(Name::from),
            region: hit.as_ref().map(|h| h.region.into()),
            cercle: hit.as_ref().map(|h| h.cercle.into()),
            region_current: now.map(|n| n.region.into()),
            cercle_current: now.map(|n| n.cercle.into()),
            country: country
                .or(hit.as_ref().map(|h| h.country))
                .map(|c| c.code().into()),
        })
    };
    // A gazetteer place as the point, under its own name and country.
    let at_place = |p: &crate::gazetteer::Place, precision, unc: f64| {
        located(
            p.lat,
            p.lon,
            precision,
            unc,
            Some(p.name.clone()),
            Some(p.country),
        )
    };
    if d.place.area {
        // "dans le cercle de Bankass", "la région de Kita": the area's seat,
        // with the area's size as the uncertainty.
        let (precision, unc) = match super::places::area_kind(&d.place.written).as_str() {
            // "le district de Bamako": of a commune's size.
            "commune" | "district" => (LocationPrecision::Near, 15.0),
            // "le Soum", "la Tapoa": a province or cercle named with its
            // article only.
            "cercle" | "departement" | "province" | "le" | "la" | "l" => {
                (LocationPrecision::Region, 50.0)
            }
            _ => (LocationPrecision::Region, 150.0),
        };
        if let Some(seat) = area_seat(g, d, countries) {
            return at_place(seat, precision, unc);
        }
        let seat = g
            .resolve(&d.place.lookup, &hints)
            .ok()
            .and_then(|c| c.into_iter().next())?;
        return at_place(seat.place, precision, unc);
    }
    // The place's namesakes, looked up once, when first needed: they are
    // the candidates, and the villages a commune's seat is checked against.
    let named = std::cell::OnceCell::new();
    // A town of some size spelled exactly as written ("Ségou") is the
    // place, whatever region another sentence names: villages one letter
    // off inside that region ("Sogou", région de Mopti) are not.
    let namesakes = || {
        named.get_or_init(|| {
            let found = g.resolve(&d.place.lookup, &hints).unwrap_or_default();
            let misspelt = found
                .first()
                .is_none_or(|c| c.matched > crate::gazetteer::MatchKind::Variant);
            if hints.region.is_some() && misspelt {
                let anywhere = Hints {
                    region: None,
                    ..hints.clone()
                };
                let exact = g.resolve(&d.place.lookup, &anywhere).unwrap_or_default();
                if exact.first().is_some_and(town_as_written) {
                    return exact;
                }
            }
            found
        })
    };
    let candidates: &[crate::gazetteer::Candidate] =
        if d.place.estimate { &[] } else { namesakes() };
    // A name the gazetteer did not know in the text is no typo of another
    // place: only its exact and alternate names, or spelling variants, place it.
    // But a typo within the circle of a distance the sentence gives is the
    // place ("Nassoubou, à 45 km de Djibo" is the Nassoumbou 35 km from
    // Djibo, not the Nassourou of the Est).
    let named_well = |c: &crate::gazetteer::Candidate| {
        d.place.known
            || c.matched <= crate::gazetteer::MatchKind::Variant
            || rel.as_ref().is_some_and(|(_, h)| {
                c.distance_km
                    .zip(h.within_km)
                    .is_some_and(|(dist, within)| dist <= within)
            })
            || hints.region.as_ref().is_some_and(|r| {
                !matches!(r, crate::admin::RegionHint::NearTown { .. })
                    && r.contains(c.place.region.as_deref(), c.place.cercle.as_deref())
            })
    };
    // The reference town, resolved once for every candidate weighed below.
    let reference = std::cell::OnceCell::new();
    let reference_of = |r: &RelativePhrase| {
        *reference.get_or_init(|| {
            g.resolve(&r.reference, &country_hints)
                .ok()
                .and_then(|v| v.into_iter().next())
                .map(|c| LatLon::new(c.place.lat, c.place.lon))
        })
    };
    // A candidate far outside the relative phrase's circle is a homonym:
    // the estimate is better.
    // But a place named exactly, at about the distance the text gives from
    // the reference, is the place: the press gives road distances and
    // rough bearings ("Sikasso, à 380 km au sud de Bamako" is south-east
    // and 280 km as the crow flies; "Aguelhok, à 80 km au nord de Kidal"
    // is 127 km away).
    let at_the_stated_distance = |c: &crate::gazetteer::Candidate, r: &RelativePhrase| {
        c.matched <= crate::gazetteer::MatchKind::Alternate
            && reference_of(r).is_some_and(|at| {
                let d = distance_km(at.lat, at.lon, c.place.lat, c.place.lon);
                d >= 0.4 * r.km && d <= 1.7 * r.km + 10.0
            })
    };
    // "Tinzaouatène, au nord-est de Kidal": a direction with no distance
    // reaches as far as the desert's towns lie apart; a town named exactly,
    // in that direction and within 450 km, is the place. Only a phrase
    // that gives no distance (a stated one is an estimate's), and never the
    // reference itself.
    let direction = rel
        .as_ref()
        .filter(|(r, _)| r.bearing.is_none())
        .and_then(|(r, _)| direction_in(&r.text));
    let in_the_direction = |c: &crate::gazetteer::Candidate, r: &RelativePhrase| {
        let Some(bearing) = direction else {
            return false;
        };
        c.matched <= crate::gazetteer::MatchKind::Alternate
            && reference_of(r).is_some_and(|at| {
                let off =
                    crate::geodesy::bearing_deg(at.lat, at.lon, c.place.lat, c.place.lon) - bearing;
                let off = (off + 540.0).rem_euclid(360.0) - 180.0;
                let km = distance_km(at.lat, at.lon, c.place.lat, c.place.lon);
                (20.0..=450.0).contains(&km) && off.abs() <= 45.0
            })
    };
    let in_circle = |c: &crate::gazetteer::Candidate| match (&rel, c.distance_km) {
        (Some((r, h)), Some(dist)) => {
            dist <= h.within_km.unwrap_or(f64::MAX) * 1.5
                || at_the_stated_distance(c, r)
                || in_the_direction(c, r)
        }
        _ => true,
    };
    // A typo match outside the region the text names is another place.
    // With no area of its own, the article's, for a typo far from every
    // other place of the article ("Dani Fari" in a report on Tillabéri is
    // not the Dan Fari of Maradi; Abakoïra, just across the region's
    // boundary from Gourma-Rharous, stays).
    let far_from_the_rest = |c: &crate::gazetteer::Candidate| {
        !context.is_empty()
            && context
                .iter()
                .all(|at| distance_km(at.lat, at.lon, c.place.lat, c.place.lon) > 100.0)
    };
    let typo_inside = |c: &crate::gazetteer::Candidate| {
        let area = hints
            .region
            .as_ref()
            .or(article_area.filter(|_| rel.is_none() && far_from_the_rest(c)));
        let outside = area.is_some_and(|r| {
            !matches!(r, crate::admin::RegionHint::NearTown { .. })
                && !r.contains(c.place.region.as_deref(), c.place.cercle.as_deref())
        });
        !(outside && c.matched >= crate::gazetteer::MatchKind::Variant)
    };
    // A place in another country than the area the sentence names is a
    // namesake across the border ("à Zindobon", in a sentence set in the
    // cercle d'Ansongo, is not the Zindobon of Téra in Niger).
    let area_country = hints.region.as_ref().and_then(|r| g.region_country(r));
    let same_country_as_area =
        |c: &crate::gazetteer::Candidate| area_country.is_none_or(|k| k == c.place.country);
    // A village the text sets in its own area ("à Soro, province du
    // Yatenga") is not a namesake elsewhere: with none in that area, the
    // area is the better place.
    let within = d
        .place
        .within
        .as_deref()
        .and_then(|w| g.admin().region_hint(w).ok());
    let inside = |c: &crate::gazetteer::Candidate| {
        within
            .as_ref()
            .is_some_and(|r| r.contains(c.place.region.as_deref(), c.place.cercle.as_deref()))
    };
    // The best candidate the text allows: the top one when it passes every
    // test, else a close second ("Toummour, à l'est de Diffa": the Malian
    // Toumoura ranks first by spelling, the Toumour of Diffa is the one
    // within reach of the reference).
    let top = candidates.first().map_or(0.0, |c| c.score);
    let mut best = candidates
        .iter()
        .take(5)
        .filter(|c| c.score >= 0.75 * top)
        .find(|c| {
            named_well(c)
                && in_circle(c)
                && typo_inside(c)
                && same_country_as_area(c)
                && (within.is_none() || inside(c))
        })
        .cloned();
    // With no namesake inside the area the text names, one spelled so just
    // across its border is still the place: the press sets border villages
    // in the neighbouring region, or in a region of the newer scheme
    // ("Labbezanga, dans la région de Ménaka" lies in Ansongo, near
    // Ménaka's cercles). The best ranked of those within a degree, in the
    // area's country: a namesake across a national border is another place.
    // A cercle or département the text names is small and seldom wrong,
    // but units were redrawn (Niger's départements in 2011: Torodi's
    // villages were Say's): a village just across its boundary, the only
    // one of its name in the country, is still the place.
    let reach_deg = |h: &crate::admin::RegionHint| match h {
        crate::admin::RegionHint::Region(_) | crate::admin::RegionHint::Cercles { .. } => Some(1.0),
        crate::admin::RegionHint::Cercle(_) => Some(0.3),
        _ => None,
    };
    if let (None, Some((area, reach))) = (
        &best,
        within.as_ref().and_then(|h| reach_deg(h).map(|r| (h, r))),
    ) {
        let cercles: Vec<_> = g.admin().cercles_in(area).collect();
        let country = g.region_country(area);
        // Across a cercle's boundary, only the name as written.
        let spelled = if reach < 1.0 {
            crate::gazetteer::MatchKind::Alternate
        } else {
            crate::gazetteer::MatchKind::Variant
        };
        best = candidates
            .iter()
            .take(5)
            .filter(|c| c.score >= 0.75 * top)
            .filter(|c| c.matched <= spelled && in_circle(c))
            .find(|c| {
                country == Some(c.place.country)
                    && g.admin().distance_to_nearest_cercle_deg(
                        c.place.lat,
                        c.place.lon,
                        cercles.iter().copied(),
                    ) <= reach
            })
            .cloned()
            // Only a name borne by one place of that country: a common name
            // ("Soro") outside the area is a namesake, and the area's seat
            // is the better guess.
            .filter(|b| {
                candidates.iter().all(|c| {
                    c.place.country != b.place.country
                        || c.matched > crate::gazetteer::MatchKind::Variant
                        || distance_km(c.place.lat, c.place.lon, b.place.lat, b.place.lon) <= 30.0
                })
            });
    }
    // A village whose every namesake lies hundreds of kilometres from the
    // communes and départements the story names as places is one the
    // gazetteer lacks, not a homonym far away: it is then placed beside the
    // story's last place (`beside_known`).
    let in_named_area = |c: &crate::gazetteer::Candidate| {
        inside(c)
            || hints
                .region
                .as_ref()
                .is_some_and(|r| r.contains(c.place.region.as_deref(), c.place.cercle.as_deref()))
    };
    if rel.is_none()
        && best
            .as_ref()
            .is_some_and(|b| !in_named_area(b) && far_homonym(b, namesakes(), named_areas))
    {
        best = None;
    }
    // "Soro ... situés dans le district de Thiou": a namesake farther from
    // the seat the text gives than a commune reaches is another place, and
    // so is no namesake at all; the seat is then the nearest known point.
    if let Some(seat_name) = d.place.seat.as_deref() {
        let seat = g
            .resolve(
                seat_name,
                &Hints {
                    region: within.clone().or_else(|| hints.region.clone()),
                    part: hints.part,
                    ..country_hints.clone()
                },
            )
            .ok()
            .and_then(|seats| {
                // Of the seat's namesakes, the one with a namesake of the
                // village nearby ("Lossa, commune de Banh": the Banh of the
                // Loroum, not the hamlet Banh 50 km from any Lossa).
                crate::gazetteer::resolve::beside(&seats, namesakes(), 30.0, |v| {
                    v.matched <= crate::gazetteer::MatchKind::Variant
                })
                .or(seats.first())
                .cloned()
            })
            .filter(|s| s.matched <= crate::gazetteer::MatchKind::Alternate);
        if let Some(seat) = seat {
            // Within the seat's own cercle, province or département, a
            // village of a large commune lies far from its seat and is
            // still the place ("Silgadji (commune de Tongomayel)").
            let far = best.as_ref().is_none_or(|b| {
                distance_km(b.place.lat, b.place.lon, seat.place.lat, seat.place.lon) > 30.0
                    && (b.place.cercle.is_none() || b.place.cercle != seat.place.cercle)
            });
            // A village hundreds of kilometres from the only seat of that
            // name, among the story's other places, is the place: the
            // commune is one the gazetteer lacks ("entre Dongali et
            // Kolon-Coura dans la Commune rurale de Séribala", Niono, whose
            // one namesake lies in Yanfolila).
            // (The seat itself, where a first reading put this or a twin
            // incident, is no evidence for the seat.)
            let near_story = |lat: f64, lon: f64| {
                context.iter().any(|c| {
                    let km = distance_km(c.lat, c.lon, lat, lon);
                    km <= 60.0 && distance_km(c.lat, c.lon, seat.place.lat, seat.place.lon) > 1.0
                })
            };
            let village_in_story = best.as_ref().is_some_and(|b| {
                distance_km(b.place.lat, b.place.lon, seat.place.lat, seat.place.lon) > 150.0
                    && near_story(b.place.lat, b.place.lon)
                    && !near_story(seat.place.lat, seat.place.lon)
            });
            // "Bougoumeira (commune du Télé, à 25 km de Goundam)": a
            // village the distance told puts in reach, when the seat's
            // namesake found lies out of it, is the place.
            let reach = |lat: f64, lon: f64, h: &NearHint| {
                distance_km(lat, lon, h.lat, h.lon) <= h.within_km.unwrap_or(50.0) + 15.0
            };
            let placed_by_distance = rel.as_ref().is_some_and(|(_, h)| {
                best.as_ref()
                    .is_some_and(|b| reach(b.place.lat, b.place.lon, h))
                    && !reach(seat.place.lat, seat.place.lon, h)
            });
            if far && !village_in_story && !placed_by_distance {
                // A namesake of the village near that seat ("Namasa,
                // commune de Bourzanga" has one in the Bam) is the place.
                let by_the_seat = namesakes().iter().find(|c| {
                    c.matched <= crate::gazetteer::MatchKind::Variant
                        && (within.is_none() || inside(c))
                        && distance_km(c.place.lat, c.place.lon, seat.place.lat, seat.place.lon)
                            <= 30.0
                });
                if let Some(c) = by_the_seat {
                    let unc = c.place.precision_km.max(1.0);
                    return at_place(c.place, LocationPrecision::Exact, unc);
                }
                return at_place(seat.place, LocationPrecision::Near, 15.0);
            }
        }
    }
    // "Axe Ougarou-Boungou (Tapoa)": the area in brackets may hold only
    // the road's far end; the near end is its namesake closest to that
    // end, within a day's drive.
    if best.is_none() {
        if let (Some(to), Some(area)) = (&d.place.road_to, &within) {
            let far_end = g
                .resolve(
                    to,
                    &Hints {
                        region: Some(area.clone()),
                        ..Default::default()
                    },
                )
                .ok()
                .and_then(|c| c.into_iter().find(|c| inside(c)));
            if let Some(f) = far_end {
                let km = |c: &crate::gazetteer::Candidate| {
                    distance_km(c.place.lat, c.place.lon, f.place.lat, f.place.lon)
                };
                best = candidates
                    .iter()
                    .take(5)
                    .filter(|c| named_well(c) && km(c) <= 100.0)
                    .min_by(|a, b| km(a).total_cmp(&km(b)))
                    .cloned();
            }
        }
    }
    // An area's seat is 50 km from anywhere in it; a relative phrase that
    // says where in it ("le village de Kokoloko, dans la région de
    // Tillabéri, à environ 120 km à l'ouest de Niamey") is finer.
    let finer_than_area = rel
        .as_ref()
        .is_some_and(|(_, h)| h.within_km.is_some_and(|km| km < 50.0));
    // So is a village the gazetteer lacks, set in its area ("Garin
    // Gangou (commune de Dioundiou)"): the area's seat, with its reach.
    if best.is_none() && !finer_than_area {
        if let Some(w) = d.place.within.as_deref() {
            let unit = w.trim_start_matches("cercle de ");
            if let Some(seat) = g.seat_among(unit, &[Cercle, Region], countries.named()) {
                return at_place(seat, LocationPrecision::Region, 50.0);
            }
            let seat = g
                .resolve(
                    unit,
                    &Hints {
                        region: within.clone(),
                        ..Default::default()
                    },
                )
                .ok()
                .and_then(|c| c.into_iter().next());
            if let Some(seat) = seat {
                return at_place(seat.place, LocationPrecision::Region, 50.0);
            }
        }
    }
    if let (Some(b), Some(to)) = (&best, &d.place.road_to) {
        let other = g
            .resolve(
                to,
                &Hints {
                    context: vec![LatLon::new(b.place.lat, b.place.lon)],
                    country: hints.country,
                    prefer_country: hints.prefer_country.or(Some(b.place.country)),
                    ..region_hints(g, d)
                },
            )
            .ok()
            .and_then(|c| c.into_iter().next())
            // A road's far end 600 km away is a namesake (the Tounka of
            // Niger for the Tonka near Niafunké): the near end stands.
            .filter(|o| distance_km(b.place.lat, b.place.lon, o.place.lat, o.place.lon) <= 600.0);
        if let Some(o) = other {
            let (lat, lon) = (
                (b.place.lat + o.place.lat) / 2.0,
                (b.place.lon + o.place.lon) / 2.0,
            );
            let half = distance_km(b.place.lat, b.place.lon, o.place.lat, o.place.lon) / 2.0;
            return located(
                lat,
                lon,
                LocationPrecision::Near,
                half.max(2.0),
                Some(format!("road {}–{}", b.place.name, o.place.name)),
                Some(b.place.country),
            );
        }
    }
    if let Some(b) = best {
        // A commune the gazetteer places at its villages' median is an
        // area: the point is near the event, not at it.
        let precision = if d.place.near || b.place.class() == 'A' {
            LocationPrecision::Near
        } else {
            LocationPrecision::Exact
        };
        let unc = b.place.precision_km.max(1.0) + if d.place.near { 10.0 } else { 0.0 };
        return at_place(b.place, precision, unc);
    }
    if let Some((_, h)) = rel {
        return located(
            h.lat,
            h.lon,
            LocationPrecision::Estimated,
            h.within_km.unwrap_or(50.0),
            None,
            None,
        );
    }
    // The region (or cercle) the text gives, at its capital.
    // The area's own seat or feature, not a village of its name elsewhere
    // ("province du Sourou" is not the Sourou of Kourwéogo).
    let region = d.region.as_deref()?;
    let r = g
        .resolve(region, &region_hints(g, d))
        .ok()?
        .into_iter()
        .next()?;
    let unc = if r.place.feature.starts_with("P.PPLA") && r.place.code() == "PPLA" {
        150.0
    } else {
        60.0
    };
    located(
        r.place.lat,
        r.place.lon,
        LocationPrecision::Region,
        unc,
        None,
        Some(r.place.country),
    )
}
