//! What one sentence says: its dates, event cues, places, actors, figures
//! and the kind of statement it is, read once.

use super::casualties::{self, find_casualties_in};
use super::dates::{self, find_dates, DateAnchor, DateContext};
use super::events::{self, best_type};
use super::places::{self, PlaceMention};
use super::{actors, statements};
use crate::gazetteer::Gazetteer;
use crate::model::{Actor, DatePrecision, EventType, IncidentDate};

/// What one sentence says.
pub(super) struct SentenceFacts {
    /// Number of the sentence in the article.
    pub(super) no: usize,
    pub(super) text: String,
    pub(super) dates: Vec<(Option<IncidentDate>, dates::DateMention)>,
    pub(super) cues: Vec<events::Cue>,
    pub(super) places: places::SentencePlaces,
    pub(super) actors: Vec<Actor>,
    pub(super) toll: casualties::SentenceToll,
    pub(super) denial: bool,
    /// A figure over a period ("depuis l'arrivée de la mission").
    pub(super) statistic: bool,
    /// It gives an earlier toll that a later one replaced.
    pub(super) superseded: bool,
    /// Its figures are a total over several events ("au cours de
    /// plusieurs opérations", "dans deux attaques distinctes").
    pub(super) summary: bool,
    /// It gives another side's account ([`casualties::another_version`]).
    pub(super) other_version: bool,
    /// The day a report in the sentence was made, when it gives no other
    /// date: the best guess for the event told with it.
    pub(super) report_date: Option<(Option<IncidentDate>, dates::DateMention)>,
}

impl SentenceFacts {
    pub(super) fn first_date(&self) -> (Option<IncidentDate>, bool, String) {
        // "Quatre jours plus tôt, le mardi 21 janvier": a day counted from
        // the story, then the day itself, which wins.
        // So does "deux jours plus tard, dans la nuit du 24 au 25 février",
        // but not "trois jours après l'attaque du 5 mars", counted from it.
        let counted_then_told = match self.dates.as_slice() {
            [(_, a), (Some(_), b), ..] => {
                matches!(a.anchor, DateAnchor::DaysAfter(_) | DateAnchor::DaysAgo(_))
                    && matches!(
                        b.anchor,
                        DateAnchor::Absolute { .. } | DateAnchor::Span { .. }
                    )
                    && b.span.0 >= a.span.1
                    && b.span.0 - a.span.1 <= 24
                    && self.text.get(a.span.1..b.span.0).is_some_and(|between| {
                        !["apres", "après", "avant", "depuis", "suite"]
                            .iter()
                            .any(|w| between.contains(w))
                    })
            }
            _ => false,
        };
        if counted_then_told {
            let (d, m) = &self.dates[1];
            return (*d, true, m.text.clone());
        }
        // "En 2015, le poste de Déou a été attaqué dans la nuit du 24
        // juin": the year, then the day in that year, resolved as if the
        // year were written with it.
        if let [(Some(y), a), rest @ ..] = self.dates.as_slice() {
            let year_only = matches!(
                a.anchor,
                DateAnchor::Absolute {
                    precision: DatePrecision::Year,
                    ..
                }
            );
            let day_in_year = || {
                rest.iter().find_map(|(_, m)| match m.anchor {
                    DateAnchor::Absolute {
                        start: (None, month, day),
                        precision: DatePrecision::Day,
                        end_day,
                    } if !m.report => {
                        let told = DateAnchor::Absolute {
                            start: (Some(chrono::Datelike::year(&y.start)), month, day),
                            end_day,
                            precision: DatePrecision::Day,
                        };
                        DateContext::new(None)
                            .resolve(&told)
                            .map(|d| (d, m.text.clone()))
                    }
                    _ => None,
                })
            };
            if year_only {
                // "la pire depuis le regain des attaques en 2015, ... celle
                // d'Inates le 10 décembre": a year that starts a period is
                // no year of the day told after it, and dates nothing: the
                // next date told does.
                let since = crate::fold::ascii_lower_1to1(crate::fold::tail(
                    self.text.get(..a.span.0).unwrap_or(""),
                    60,
                ))
                .contains("depuis");
                if !since {
                    if let Some((d, words)) = day_in_year() {
                        return (Some(d), true, words);
                    }
                } else if let Some((d, m)) = rest.first() {
                    return (*d, true, m.text.clone());
                }
            }
        }
        // "jeudi (13.10.22)", "jeudi le 26 mai": a weekday that could not
        // be placed (the article gives only its month), then the day itself.
        if let [(w, a), (Some(d), b), ..] = self.dates.as_slice() {
            if matches!(a.anchor, DateAnchor::Weekday(_))
                && w.is_none_or(|w| w.precision != DatePrecision::Day)
                && matches!(b.anchor, DateAnchor::Absolute { .. })
                && b.span.0 >= a.span.1
                && b.span.0 - a.span.1 <= 4
            {
                return (Some(*d), true, b.text.clone());
            }
        }
        // "Blocus JNIM (depuis le 3/09) - Samedi 13/09 : convoi attaqué":
        // a day that starts a state ("depuis le"), then the event's own.
        if let [(_, a), (Some(d), b), ..] = self.dates.as_slice() {
            let since = crate::fold::ascii_lower_1to1(crate::fold::tail(
                self.text.get(..a.span.0).unwrap_or(""),
                12,
            ))
            .trim_end()
            .ends_with("depuis le");
            // (Right after it: "depuis le 2 juillet, où 39 femmes ont été
            // enlevées …, et l'incursion du 2 septembre" dates an event
            // by its state's first day.)
            if since
                && !b.report
                && d.precision == DatePrecision::Day
                && b.span.0 >= a.span.1
                && b.span.0 - a.span.1 <= 12
            {
                return (Some(*d), true, b.text.clone());
            }
        }
        // "Après avoir massacré des civils à Aklaz les vendredi 27 et samedi
        // 28, ces extrémistes ont récidivé ce mardi 1er mai": the days of
        // the clause that opened on what was done before are not the day
        // of the event the sentence tells; its later day, past a comma, is.
        if let [(Some(first), a), rest @ ..] = self.dates.as_slice() {
            // (Folded only when a later date could follow.)
            let opens_before = || {
                crate::fold::ascii_lower_1to1(self.text.get(..a.span.0).unwrap_or(""))
                    .contains("apres avoir")
            };
            if !rest.is_empty() && opens_before() {
                let later = rest.iter().find(|(d, m)| {
                    !m.report
                        && d.is_some_and(|d| d.start > first.end)
                        && self
                            .text
                            .get(a.span.1..m.span.0)
                            .is_some_and(|between| between.contains(','))
                });
                if let Some((d, m)) = later {
                    return (*d, true, m.text.clone());
                }
            }
        }
        match self.dates.first() {
            Some((d, m)) => (*d, true, m.text.clone()),
            None => (None, false, String::new()),
        }
    }
    /// Whether the sentence reports an event of its own. `first` says no
    /// incident has been told yet: then "l'attaque" points at the event
    /// the reader is about to be told of, not back.
    ///
    /// A sentence with no place that tells the day of an event it points
    /// back to ("Les opérations ont eu lieu le dimanche 28 août") licenses
    /// one, as a sentence with a dated year does: it dates the account the
    /// next sentence places.
    pub(super) fn licensing_at(&self, first: bool) -> bool {
        self.cues
            .iter()
            .any(|c| !c.hypothetical && (!c.anaphoric || first || self.names_its_place(c)))
            || (self.dates.iter().any(|(_, m)| {
                m.anchor.is_absolute() || (self.places.groups.is_empty() && names_a_day(m))
            }) && self.cues.iter().any(|c| !c.hypothetical))
    }

    /// "17 morts à Gangafani et 26 à Yoro": the count told right before
    /// each of several places, when every place has one and the sentence
    /// counts dead.
    pub(super) fn counts_before_places(&self) -> Option<Vec<Option<crate::model::Casualties>>> {
        let groups = &self.places.groups;
        if groups.len() < 2 || self.toll.deaths.is_none() {
            return None;
        }
        // "villages de Ouattagouna : 10 morts, de Karou : 17 morts et de
        // Dirgua : 7 morts": each count right after its place.
        let after = |k: usize| {
            let g = &groups[k];
            let end = groups
                .get(k + 1)
                .map_or(self.text.len(), |n| n[0].span.0)
                .max(g[g.len() - 1].span.1);
            let segment = &self.text[g[g.len() - 1].span.1..end];
            // "Ouattagouna : 10 morts, de Daoutedjeft : 14 morts": a
            // village the gazetteer lacks, with its own count, ends the
            // first one's breakdown.
            let segment = next_label()
                .find(segment)
                .map_or(segment, |m| &segment[..m.start()]);
            // "à Boni (2 morts, 7 blessés, 13 terroristes abattus) et à
            // Tessit (…)": the whole breakdown up to the next place is the
            // place's, not its first figure alone.
            casualties::count_after_place(segment).map(|first| {
                casualties::find_casualties(segment)
                    .deaths
                    .filter(|all| all.low >= first.low)
                    .unwrap_or(first)
            })
        };
        let counted_after: Vec<Option<crate::model::Casualties>> =
            (0..groups.len()).map(after).collect();
        if counted_after.iter().filter(|c| c.is_some()).count() >= 2
            && counted_after[..groups.len() - 1]
                .iter()
                .all(Option::is_some)
        {
            return Some(counted_after);
        }
        let before =
            |g: &Vec<PlaceMention>| casualties::count_before_place(&self.text[..g[0].span.0]);
        // Later places need their own counts before the first's is looked
        // for (that may read the tolls of a whole clause). The last may go
        // without ("20 morts à Ouatagouna, 20 autres à Karou, ainsi que
        // des victimes à Daoutédjef"): it is a site with no figure.
        let mut rest: Vec<Option<crate::model::Casualties>> =
            groups[1..].iter().map(before).collect();
        let last_uncounted = rest.len() >= 2 && rest.last() == Some(&None);
        if rest[..rest.len() - usize::from(last_uncounted)]
            .iter()
            .any(Option::is_none)
        {
            return None;
        }
        // "Vingt civils ont été tués dans le village de X et huit autres
        // dans celui de Y": the first place's count is the toll told
        // before the second place.
        // Up to the clause of the second's own count, not with it ("À
        // Kaya, 3 personnes ont été tuées et 4 autres ont été tuées à
        // Bourzanga": 3 at Kaya, not 7).
        let head = &self.text[..groups[1][0].span.0];
        let own_clause = || {
            head.rfind(" et ")
                .and_then(|cut| casualties::find_casualties(&head[..cut]).deaths)
        };
        let first = before(&groups[0])
            .or_else(own_clause)
            .or_else(|| casualties::find_casualties(head).deaths)?;
        rest.insert(0, Some(first));
        Some(rest)
    }

    pub(super) fn licensing(&self) -> bool {
        self.licensing_at(false)
    }

    /// "l'attaque de Koulogon": a definite cue followed by its place names
    /// a specific event (unlike "cette attaque", which points back).
    fn names_its_place(&self, c: &events::Cue) -> bool {
        let before = crate::fold::tail(&self.text[..c.span.0], 8)
            .trim_end()
            .to_lowercase();
        let definite = before.ends_with("l'") || before.ends_with("l’");
        // Groups are in text order: look only at those starting just after
        // the cue (a scan over every place for every cue was quadratic).
        let groups = &self.places.groups;
        let first = groups.partition_point(|g| g.last().is_some_and(|p| p.span.0 < c.span.1));
        definite
            && groups[first.saturating_sub(1)..]
                .iter()
                .take(3)
                .flatten()
                .any(|p| {
                    p.span.0 >= c.span.1
                        && (p.span.0 <= c.span.1 + 25
                            || (p.span.0 <= c.span.1 + 45
                                && of_the_site(&self.text[c.span.1..p.span.0])))
                })
    }
    pub(super) fn cue_type(&self) -> Option<EventType> {
        best_type(&self.cues)
    }
    pub(super) fn cue_words(&self) -> String {
        self.cues
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A day and month told of the event ("le dimanche 28 août"), with or
/// without its year; not the day of a report.
fn names_a_day(m: &dates::DateMention) -> bool {
    !m.report
        && matches!(
            m.anchor,
            DateAnchor::Absolute {
                precision: DatePrecision::Day,
                ..
            }
        )
}

/// Whether the words between an event's noun and a place name the site
/// the event hit, in one phrase: "(l'attaque) du détachement militaire de
/// (Koutougou)", "contre le poste de gendarmerie de". Not a clause that
/// goes on ("(l'attaque) ont été prises en charge dans la ville de").
fn of_the_site(between: &str) -> bool {
    let b = crate::fold::ascii_lower_1to1(between);
    let words: Vec<&str> = b.split_whitespace().collect();
    words.len() <= 6
        && !b.contains([',', ';', ':', '(', '.'])
        && words.first().is_some_and(|w| {
            ["du", "de", "des", "contre", "visant"].contains(w) || w.starts_with("d'")
        })
        && words.iter().all(|w| {
            ![
                "a", "ont", "est", "sont", "ete", "avait", "avaient", "dans", "par",
            ]
            .contains(w)
        })
}

/// Reads one sentence. `ctx` carries the dates fixed so far and learns the
/// ones this sentence fixes; `current` is the place of the incident being
/// told.
pub(super) fn read_sentence(
    no: usize,
    text: &str,
    heading: bool,
    ctx: &mut DateContext,
    g: &Gazetteer,
    current: Option<&PlaceMention>,
) -> (SentenceFacts, statements::Statement) {
    let mut dates = Vec::new();
    let mut report_date: Option<(Option<IncidentDate>, dates::DateMention)> = None;
    for m in find_dates(text) {
        let d = ctx.resolve(&m.anchor);
        let d = d.map(|d| ctx.year_slip(&m, d).unwrap_or(d));
        let d = d.map(|d| ctx.evening_night(text, &m, d).unwrap_or(d));
        // Later relative dates count from a fixed day: an absolute one,
        // the day of a report ("a annoncé lundi ... la veille"), or the
        // day "la veille" itself gave ("le lendemain").
        // A day a state began ("sous blocus depuis le 2 mai") fixes nothing:
        // the next weekday is not counted from it.
        let since = crate::fold::tail(&text[..m.span.0], 12)
            .trim_end()
            .to_lowercase()
            .ends_with("depuis le");
        // Nor does an earlier event's lag ("survenue un jour après celle
        // de Banikani, et trois jours après le massacre de Gouari"): both
        // count back from the event told.
        let fixes = (matches!(
            m.anchor,
            DateAnchor::Absolute { .. }
                | DateAnchor::DayThisMonth(_)
                | DateAnchor::Span { .. }
                | DateAnchor::DaysAfter(_)
                | DateAnchor::DaysAgo(_)
        ) || m.report)
            && !since
            && !m.counted_back;
        if fixes && d.is_some_and(|d| d.precision <= DatePrecision::Week) {
            ctx.recent = d;
            ctx.last_day = None;
        }
        if matches!(m.anchor, DateAnchor::Weekday(_))
            && d.is_some_and(|d| d.precision == DatePrecision::Day)
        {
            ctx.last_day = d;
        }
        // The event happened on or before each report's day: the earliest
        // is the nearest guess ("Bamako, 13/09/2023 (MAP) - ... a indiqué
        // mardi soir l'armée": Tuesday the 12th, not the dateline's day).
        if m.report {
            let earlier = match (&report_date, d) {
                (Some((Some(r), _)), Some(d)) => {
                    d.precision == DatePrecision::Day
                        && r.precision == DatePrecision::Day
                        && d.end < r.start
                }
                (None, _) => true,
                _ => false,
            };
            if earlier {
                report_date = Some((d, m));
            }
            continue;
        }
        dates.push((d, m));
    }
    // "Trois jours après l'embuscade de Déou, les soldats de Tin-Akoff ont
    // été visés lundi 20 février": a lag that opens the sentence counts
    // back from the day the sentence goes on to give, not from the days
    // told before it.
    let told_day = |after: usize| {
        dates.iter().find_map(|(d, m)| {
            d.filter(|d| m.span.0 >= after && !m.counted_back && d.precision == DatePrecision::Day)
        })
    };
    // Resolved as any "la veille" is, from that day.
    let lags: Vec<(usize, Option<IncidentDate>)> = dates
        .iter()
        .enumerate()
        .filter(|(_, (_, m))| {
            m.counted_back && m.span.0 <= 3 && matches!(m.anchor, DateAnchor::DaysAfter(_))
        })
        .filter_map(|(k, (_, m))| {
            let from_told = DateContext {
                last_day: Some(told_day(m.span.1)?),
                ..DateContext::new(ctx.published)
            };
            Some((k, from_told.resolve(&m.anchor)))
        })
        .collect();
    for (k, d) in lags {
        dates[k].0 = d;
    }
    let mut places = places::find_places_in(text, g, heading);
    // "l'une des attaques les plus meurtrières après celle du camp de
    // Boni": with no day of its own, the earlier event compared with is
    // no place of this one.
    if dates.is_empty() {
        places.groups.retain(|g| {
            let before = crate::fold::tail(&text[..g[0].span.0], 50);
            !compared_with().is_match(before)
        });
    }
    // "Ce village ... avait été le théâtre, le 23 mars 2019, du
    // massacre": the place being told, at the sentence's own time.
    // Not an earlier event counted back from it ("La tuerie survient
    // trois mois après le massacre de 160 Peuls dans le même secteur").
    let counted_back = dates.iter().any(|(_, m)| m.counted_back);
    if let (true, Some(span), Some(p)) = (places.groups.is_empty(), places.this_place, current) {
        if p.known && !p.area && !p.estimate && p.road_to.is_none() && !counted_back {
            let mut p = p.clone();
            p.span = span;
            p.relative = None;
            places.groups.push(vec![p]);
            places.fallback = None;
        }
    }
    // A sentence that names only an area, or only a distance from a
    // reference, has its event there.
    if places.groups.is_empty() {
        if let Some(f) = places.fallback.take() {
            places.groups.push(vec![f]);
        }
    }
    let folded = crate::fold::FoldedText::new(text);
    let mut cues = events::find_cues_in(&folded);
    // "... et 2 blessés évacués au centre de santé de Bankass": with no
    // event of its own, the sentence goes on about the incident being
    // told, whatever town its hospital is in.
    // So does one whose only place is the town of the official it quotes
    // ("... 06 morts», ajoute un élu communal de Yorosso"): the source is
    // not the site.
    let quoted_official = || {
        places
            .groups
            .first()
            .and_then(|g| g.first())
            .is_some_and(|p| {
                let before =
                    crate::fold::ascii_lower_1to1(crate::fold::tail(&text[..p.span.0], 70));
                saying_before_an_office().is_match(&before)
            })
    };
    if places.office_only
        && current.is_some()
        && (cues.iter().all(|c| c.hypothetical) || quoted_official())
    {
        places.groups.clear();
    }
    // "Plus de 200 civils tués près de X": a headline's count of the dead
    // previews the body's account; it starts no incident of its own.
    if heading {
        cues.retain(|c| c.rank != events::BARE_KILLING_RANK);
    }
    let mut kind = statements::classify(&folded.folded);
    kind.generic |= events::lists_examples(text);
    // A tally ("118 personnes tuées de 2015 au 15 septembre 2018") counts
    // events it does not tell: no event of its own.
    // So is a count over weeks with no place ("du 1er au 28 janvier, au
    // moins 75 personnes ont perdu la vie au Mali"); one operation's span
    // at a place is its date.
    // A figure over a named period with no place ("Entre janvier et
    // octobre 2018, 192 civils ont été tués ou blessés", "En 2018, 107
    // personnes ont été tuées") tells no event either.
    if kind.tally || ((kind.spans_days || kind.statistic) && places.groups.is_empty()) {
        cues.clear();
    }
    let mut toll = match casualties::earlier_event_clause(text) {
        // "… au lendemain d'une autre attaque qui a fait quatre morts":
        // the dead of an earlier event named without a place are not
        // this one's.
        Some(cut) if places.groups.iter().flatten().all(|p| p.span.1 <= cut) => {
            casualties::find_casualties(&text[..cut])
        }
        // "Quelques jours avant l'anniversaire du massacre qui avait fait
        // plus d'une centaine de morts, le village d'Ogossagou …": the
        // clause up to its comma is the earlier event's, the rest this
        // one's.
        Some(cut) => {
            let end = text[cut..].find([',', ';']).map_or(text.len(), |e| cut + e);
            if places
                .groups
                .iter()
                .flatten()
                .any(|p| p.span.0 < end && p.span.1 > cut)
            {
                find_casualties_in(&folded)
            } else {
                let mut rest = text[..cut].to_string();
                rest.push_str(&text[end..]);
                casualties::find_casualties(&rest)
            }
        }
        _ => find_casualties_in(&folded),
    };
    casualties::add_second_source(text, &mut toll);
    // A placeless count over a few days totals the attacks told after.
    let few_days = places.groups.is_empty() && events::spans_a_few_days(&folded.folded);
    let facts = SentenceFacts {
        no,
        text: text.to_string(),
        cues,
        places,
        actors: actors::find_actors(text),
        toll,
        denial: kind.denial,
        dates,
        report_date,
        statistic: kind.statistic || kind.tally || kind.spans_days,
        superseded: kind.superseded,
        summary: kind.summary || few_days,
        other_version: casualties::another_version(&folded.folded),
    };
    (facts, kind)
}

/// "après celle du camp de", "depuis ceux de": an earlier event named
/// to compare this one with, right before a place.
fn compared_with() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)\b(?:après|depuis)\s+(?:celles?|ceux|celui)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|contre|à)(?:\s*[\p{L}'’-]+){0,3}?\s*(?:de|d['’]|du|à)?\s*$")
            .expect("regex")
    })
}

/// ", de Daoutedjeft :", " et celui de Dirgua :": the next place of a list
/// of places and counts, a capitalised name before a colon or a bracket.
fn next_label() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?:[,;]|\bet)\s+(?:(?:de|d'|d’|celui\s+de|celle\s+de|à)\s*)?\p{Lu}[\p{L}'’-]+\s*[:(]",
        )
        .expect("regex")
    })
}

/// A verb of saying, or "selon", before the title of an official whose
/// town follows ("ajoute un élu communal de", "selon le maire de", "a
/// déclaré le préfet de") (folded text).
fn saying_before_an_office() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\b(?:selon|d'apres|ajoute|a ajoute|declare|a declare|indique|a indique|confie|a confie|rapporte|a rapporte|affirme|a affirme|explique|a explique|precise|a precise|raconte|a raconte|temoigne|a temoigne|souligne|a souligne)(?:-t-(?:il|elle))?\s+(?:un|une|le|la|l'|les|des)?\s*(?:[a-z'-]+\s+){0,6}?(?:de|d'|du)\s*$")
            .expect("regex")
    })
}
