//! Extraction: French news articles to [`Incident`]s.
//!
//! An article is read sentence by sentence ([`article`]). Each sentence
//! gives date expressions ([`dates`]), event cues ([`events`]), places
//! ([`places`]), actors ([`actors`]) and figures ([`casualties`]). A
//! sentence that reports an event at a new place (a non-anaphoric cue or
//! an explicit date, a place, and a time anchor or a specific statement)
//! starts an incident; a sentence naming a place already reported adds to
//! that incident; a sentence with no place adds to the incident being told.
//! Places are resolved at the end, with every hint the article gave
//! (region, relative distance, the other places). [`merge_incidents`] then
//! joins the reports of one event from several articles.
//!
//! ```
//! use sahel::extract::{extract_article, article::Article};
//! use sahel::gazetteer::Gazetteer;
//! let a = Article::from_text("x.txt", "date 2025-05-30\nLe 23 mai 2025, le JNIM a attaqué le camp militaire de Dioura, dans la région de Mopti, tuant 41 soldats.");
//! let inc = extract_article(&a, Gazetteer::embedded());
//! assert_eq!(inc.len(), 1);
//! assert_eq!(inc[0].incident.location.as_ref().unwrap().cercle.as_deref(), Some("Ténenkou"));
//! assert_eq!(inc[0].incident.fatalities.low, Some(41));
//! ```

pub mod actors;
pub mod article;
pub mod casualties;
pub mod country;
pub mod dates;
pub mod events;
pub mod places;
pub mod rows;
pub mod statements;

use crate::fold::fold;
use crate::gazetteer::relative::RelativePhrase;
use crate::gazetteer::{Gazetteer, Hints, NearHint};
use crate::geodesy::distance_km;
use crate::model::{
    Actor, Casualties, DatePrecision, EventType, Incident, IncidentDate, Location,
    LocationPrecision, Source,
};
use article::Article;
use casualties::find_casualties;
use dates::{find_dates, DateAnchor, DateContext};
use events::{best_type, find_cues, specificity_rank};
use places::PlaceMention;

/// An incident with the words that gave each of its fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// The incident.
    pub incident: Incident,
    /// Per field ("date", "place", "type", "toll", "actors"), the words
    /// that decided it.
    pub evidence: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
struct Draft {
    place: PlaceMention,
    /// Other places named with it ("Boulikessi et Mondoro").
    also: Vec<String>,
    region: Option<String>,
    date: Option<IncidentDate>,
    /// The text anchored the date, even if the context could not resolve
    /// it (a weekday with no publication date).
    anchored: bool,
    event_type: EventType,
    actors: Vec<Actor>,
    /// Death figures by group, from every sentence of the account.
    death_groups: Vec<(casualties::Group, Casualties)>,
    /// Figures of an earlier report that a later one replaced.
    earlier_groups: Vec<(casualties::Group, Casualties)>,
    deaths_claimed: bool,
    denied: bool,
    wounded: Option<Casualties>,
    sentences: Vec<String>,
    /// Numbers of the article's sentences kept in `sentences`.
    sentence_nos: Vec<usize>,
    evidence: Vec<(String, String)>,
    /// Index of the sentence that started it.
    origin: usize,
    /// Every event type its sentences named.
    seen: Vec<EventType>,
    /// Some sentence named a kind of event, not only a killing ("ont
    /// abattu sept terroristes").
    kind_named: bool,
    /// Its date comes from words of the text, not from the publication
    /// date or the story's date.
    dated: bool,
    /// Started by the headline, or placed only by an area or a distance:
    /// it stands for a more precise account of the same event nearby, if
    /// the article gives one.
    provisional: bool,
    /// The folded place and other places, with the names they were folded
    /// from (see [`Draft::names_key`]).
    keys: std::cell::RefCell<FoldedNames>,
}

/// A draft's place and other places as last folded, and their folded forms.
type FoldedNames = Option<(String, Vec<String>, Vec<String>)>;

impl Draft {
    fn new(
        place: PlaceMention,
        date: Option<IncidentDate>,
        anchored: bool,
        event_type: EventType,
    ) -> Draft {
        Draft {
            place,
            also: vec![],
            region: None,
            date,
            anchored,
            event_type,
            actors: vec![],
            death_groups: vec![],
            earlier_groups: vec![],
            deaths_claimed: false,
            denied: false,
            wounded: None,
            sentences: vec![],
            sentence_nos: vec![],
            evidence: vec![],
            origin: 0,
            seen: vec![event_type],
            kind_named: false,
            dated: false,
            provisional: false,
            keys: std::cell::RefCell::new(None),
        }
    }

    fn key(&self) -> String {
        fold(&self.place.lookup)
    }

    /// Whether the folded name `k` is this incident's place or one of its
    /// other places. The folded names are kept from one call to the next
    /// while the place and the other places stay the same (folding them
    /// anew for every mention of every sentence was a tenth of the time).
    fn names_key(&self, k: &str) -> bool {
        let mut cache = self.keys.borrow_mut();
        let fresh = cache
            .as_ref()
            .is_some_and(|(lookup, also, _)| *lookup == self.place.lookup && *also == self.also);
        if !fresh {
            let mut keys = vec![self.key()];
            keys.extend(self.also.iter().map(|a| fold(a)));
            *cache = Some((self.place.lookup.clone(), self.also.clone(), keys));
        }
        cache
            .as_ref()
            .is_some_and(|(_, _, keys)| keys.iter().any(|x| x == k))
    }

    /// Whether a date read with a mention of this incident's place can be
    /// the same event.
    fn date_compatible(&self, d: Option<IncidentDate>, anchored: bool) -> bool {
        match (self.date, d) {
            (Some(a), Some(b)) => {
                a.overlaps(&b)
                    || (a.start - b.end).num_days().abs() <= 3
                    || (b.start - a.end).num_days().abs() <= 3
            }
            // An unresolved weekday is recent; an explicit old date is not it.
            (None, Some(_)) => !self.anchored,
            (_, None) => !anchored || self.date.is_none(),
        }
    }

    fn refine_date(&mut self, d: Option<IncidentDate>, words: &str) {
        let Some(d) = d else { return };
        // A date the text gives beats one assumed (the publication date
        // for an undated account); a finer one beats a coarser one.
        let told = !words.is_empty() && !words.starts_with('(');
        let better = match self.date {
            None => true,
            Some(_) if told && !self.dated => true,
            Some(cur) => d.precision < cur.precision && cur.overlaps(&d),
        };
        if better {
            self.date = Some(d);
            self.anchored = true;
            self.dated |= told;
            self.evidence.push(("date".into(), words.to_string()));
        }
    }

    fn upgrade_type(&mut self, t: Option<EventType>, words: &str) {
        if let Some(t) = t {
            if !self.seen.contains(&t) {
                self.seen.push(t);
            }
            if specificity_rank(t) < specificity_rank(self.event_type) {
                self.event_type = t;
                self.evidence.push(("type".into(), words.to_string()));
            }
        }
    }

    fn absorb(&mut self, s: &SentenceFacts) {
        self.absorb_with(s, &s.toll);
    }

    /// Like [`Draft::absorb`], with the toll of the part of the sentence
    /// that is about this incident ("l'une à Banankoro ..., blessé,
    /// l'autre à Mahou").
    fn absorb_with(&mut self, s: &SentenceFacts, toll: &casualties::SentenceToll) {
        // Sentences come in order: one already kept is the last one kept
        // (comparing texts here made a sentence naming a place thousands
        // of times quadratic).
        // What the sentence says as a whole (its cues, its actors) is read
        // once: a sentence naming a place thousands of times is absorbed
        // once per place, and reading its cues each time was quadratic.
        if self.sentence_nos.last() != Some(&s.no) {
            self.sentence_nos.push(s.no);
            self.sentences.push(s.text.clone());
            // Every kind of event the account names ("attaquée ...
            // enlevés"), for deciding its type at the end; words that only
            // say people were killed name no kind.
            for t in s
                .cues
                .iter()
                .filter_map(|c| best_type(std::slice::from_ref(c)))
            {
                self.kind_named = true;
                if !self.seen.contains(&t) {
                    self.seen.push(t);
                }
            }
            for a in &s.actors {
                if !self.actors.iter().any(|x| x.name == a.name) {
                    self.actors.push(a.clone());
                }
            }
        }
        // A background figure ("74 Casques bleus tués depuis 2013") or an
        // earlier toll a later one replaced ("un premier bilan faisait état
        // de ...") is not this incident's toll.
        let stale = s.statistic
            || (s.superseded && !self.death_groups.is_empty() && toll.superseded_groups.is_empty());
        if !s.statistic {
            add_unique(
                &mut self.earlier_groups,
                toll.superseded_groups.iter().copied(),
            );
        }
        if toll.deaths.is_some() && !stale {
            add_unique(&mut self.death_groups, toll.death_groups.iter().copied());
            self.deaths_claimed |= toll.claimed;
        }
        if let Some(w) = toll.wounded.filter(|_| !stale) {
            self.wounded = Some(match self.wounded {
                Some(cur) => cur.union(&w),
                None => w,
            });
        }
        for e in &toll.evidence {
            self.evidence.push(("toll".into(), e.clone()));
        }
        self.denied |= s.denial;
        if self.region.is_none() {
            self.region = s.places.region.clone();
        }
    }
}

/// What one sentence says.
struct SentenceFacts {
    /// Number of the sentence in the article.
    no: usize,
    text: String,
    dates: Vec<(Option<IncidentDate>, dates::DateMention)>,
    cues: Vec<events::Cue>,
    places: places::SentencePlaces,
    actors: Vec<Actor>,
    toll: casualties::SentenceToll,
    denial: bool,
    /// A figure over a period ("depuis l'arrivée de la mission").
    statistic: bool,
    /// It gives an earlier toll that a later one replaced.
    superseded: bool,
    /// Its figures are a total over several events ("au cours de
    /// plusieurs opérations", "dans deux attaques distinctes").
    summary: bool,
    /// The day a report in the sentence was made, when it gives no other
    /// date: the best guess for the event told with it.
    report_date: Option<(Option<IncidentDate>, dates::DateMention)>,
}

impl SentenceFacts {
    fn first_date(&self) -> (Option<IncidentDate>, bool, String) {
        match self.dates.first() {
            Some((d, m)) => (*d, true, m.text.clone()),
            None => (None, false, String::new()),
        }
    }
    /// Whether the sentence reports an event of its own. `first` says no
    /// incident has been told yet: then "l'attaque" points at the event
    /// the reader is about to be told of, not back.
    fn licensing_at(&self, first: bool) -> bool {
        self.cues
            .iter()
            .any(|c| !c.hypothetical && (!c.anaphoric || first || self.names_its_place(c)))
            || (self.dates.iter().any(|(_, m)| m.anchor.is_absolute())
                && self.cues.iter().any(|c| !c.hypothetical))
    }

    fn licensing(&self) -> bool {
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
                .any(|p| p.span.0 >= c.span.1 && p.span.0 <= c.span.1 + 25)
    }
    fn cue_type(&self) -> Option<EventType> {
        best_type(&self.cues)
    }
    fn cue_words(&self) -> String {
        self.cues
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Extracts the incidents of one article, in the order they are first told.
pub fn extract_article(article: &Article, g: &Gazetteer) -> Vec<Extracted> {
    let mut ctx = DateContext::new(article.published);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut current: Option<usize> = None;
    // Facts told before the first place (the lead often gives the toll
    // first), and an event announced without a place ("deux autres
    // attaques, menées samedi matin") that the next sentence places.
    let mut lead: Vec<SentenceFacts> = Vec::new();
    let mut announced: Option<(Option<IncidentDate>, bool, Option<EventType>)> = None;
    // The first place the body names, for an article whose event sentences
    // name none.
    let mut first_place: Option<String> = None;

    let sentences = article.sentences();
    // A text that is all headline-like lines (a log entry split in two, a
    // brief with no final period) is read as body text.
    let all_heads = sentences.iter().all(|s| s.heading);
    for (sentence_no, s) in sentences.into_iter().enumerate() {
        let heading = s.heading && !all_heads;
        let mut dates = Vec::new();
        let mut report_date = None;
        for m in find_dates(s.text) {
            let d = ctx.resolve(&m.anchor);
            // Later relative dates count from a fixed day: an absolute one,
            // the day of a report ("a annoncé lundi ... la veille"), or the
            // day "la veille" itself gave ("le lendemain").
            let fixes = matches!(
                m.anchor,
                DateAnchor::Absolute { .. } | DateAnchor::DaysAfter(_) | DateAnchor::DaysAgo(_)
            ) || m.report;
            if fixes && d.is_some_and(|d| d.precision <= DatePrecision::Week) {
                ctx.recent = d;
                ctx.last_day = None;
            }
            if matches!(m.anchor, DateAnchor::Weekday(_))
                && d.is_some_and(|d| d.precision == DatePrecision::Day)
            {
                ctx.last_day = d;
            }
            if m.report {
                report_date = report_date.or(Some((d, m)));
                continue;
            }
            dates.push((d, m));
        }
        let mut places = places::find_places_in(s.text, g, heading);
        // "Ce village ... avait été le théâtre, le 23 mars 2019, du
        // massacre": the place being told, at the sentence's own time.
        if let (true, Some(span), Some(i)) = (places.groups.is_empty(), places.this_place, current)
        {
            let p = &drafts[i].place;
            if p.known && !p.area && !p.estimate && p.road_to.is_none() {
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
        let kind = statements::classify(&crate::fold::ascii_lower_1to1(s.text));
        let facts = SentenceFacts {
            no: sentence_no,
            text: s.text.to_string(),
            cues: find_cues(s.text),
            places,
            actors: actors::find_actors(s.text),
            toll: find_casualties(s.text),
            denial: kind.denial,
            dates,
            report_date,
            statistic: kind.statistic,
            superseded: kind.superseded,
            summary: kind.summary,
        };
        if first_place.is_none() && !heading {
            first_place = facts
                .places
                .groups
                .iter()
                .flatten()
                .find(|p| p.known && !p.area && !p.estimate && p.road_to.is_none())
                .map(|p| p.lookup.clone());
        }
        let explicit = facts.dates.iter().any(|(_, m)| m.anchor.is_absolute());
        if kind.background && !explicit {
            continue;
        }
        let has_places = !facts.places.groups.is_empty();
        let generic = kind.generic;
        let licensed = facts.licensing_at(drafts.is_empty()) || announced.is_some();
        let anchored = !facts.dates.is_empty() || announced.as_ref().is_some_and(|a| a.1);

        if has_places && licensed && (anchored || !generic) {
            // "le poste de Mourdiah, qui avait lui-même essuyé une attaque
            // la veille": an event told in the pluperfect is an aside; the
            // next sentences still tell the story's incident.
            // A sentence that opens on a date of its own ("Le 25 août,
            // ...") starts the next account, whatever its clauses recall.
            // So does one that opens on a day counted from the story's
            // ("La veille, jeudi, Mékoré avait reçu la visite ...").
            let opens_dated = facts.dates.first().is_some_and(|(_, m)| {
                matches!(
                    m.anchor,
                    DateAnchor::Absolute { .. } | DateAnchor::DaysAfter(_) | DateAnchor::DaysAgo(_)
                ) && m.span.0 <= 12
            });
            let told_before = current.filter(|_| !opens_dated && pluperfect(&facts.text));
            // Several explicit dates and one place: one event per date
            // ("La Terrasse (avril 2015), Radisson Blu (novembre 2015)").
            let absolute: Vec<&(Option<IncidentDate>, dates::DateMention)> = facts
                .dates
                .iter()
                .filter(|(_, m)| m.anchor.is_absolute())
                .collect();
            if absolute.len() > 1
                && facts.places.groups.len() == 1
                && facts.places.groups[0].len() == 1
            {
                let place = &facts.places.groups[0][0];
                let mut prev_end = 0;
                for (d, m) in absolute {
                    let segment_cues: Vec<events::Cue> = facts
                        .cues
                        .iter()
                        .filter(|c| c.span.0 >= prev_end && c.span.1 <= m.span.0)
                        .cloned()
                        .collect();
                    prev_end = m.span.1;
                    let t = best_type(&segment_cues).unwrap_or(EventType::Attack);
                    let mut dr = Draft::new(place.clone(), *d, true, t);
                    dr.dated = true;
                    dr.evidence.push(("date".into(), m.text.clone()));
                    dr.evidence.push(("place".into(), place.written.clone()));
                    dr.evidence.push((
                        "type".into(),
                        segment_cues
                            .iter()
                            .map(|c| c.text.clone())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ));
                    dr.absorb(&facts);
                    dr.origin = sentence_no;
                    drafts.push(dr);
                    current = Some(drafts.len() - 1);
                }
                announced = None;
                continue;
            }
            let (mut date, mut date_anchored, mut date_words) = facts.first_date();
            if date_words.is_empty() {
                if let Some((d, a, _)) = &announced {
                    (date, date_anchored, date_words) =
                        (*d, *a, "(announced in the previous sentence)".into());
                } else if let Some(d) = lead.iter().rev().find_map(|l| l.dates.first()) {
                    // A date told in the sentence before the one that names
                    // the place.
                    (date, date_anchored, date_words) = (d.0, true, d.1.text.clone());
                } else if let Some((d, m)) = &facts.report_date {
                    (date, date_anchored, date_words) = (*d, true, m.text.clone());
                }
            }
            let cue_type = facts
                .cue_type()
                .or_else(|| announced.as_ref().and_then(|a| a.2));
            let cue_words = facts.cue_words();
            // With several place groups, each gets the figures of its own
            // part of the sentence.
            let starts: Vec<usize> = facts.places.groups.iter().map(|g| g[0].span.0).collect();
            let tolls: Vec<casualties::SentenceToll> = (0..starts.len())
                .map(|k| {
                    if starts.len() == 1 {
                        facts.toll.clone()
                    } else {
                        let from = if k == 0 { 0 } else { starts[k] };
                        let to = starts.get(k + 1).copied().unwrap_or(facts.text.len());
                        find_casualties(&facts.text[from..to])
                    }
                })
                .collect();
            // A village no gazetteer has, in a sentence that tells an event
            // of its own with a toll or a date ("incursion à Gadabo, 3
            // civils tués"): an incident the reader would count, whose
            // point stays unknown. A known place of the same sentence
            // locates it better ("à l'entrée du village de Dansan, sur
            // l'axe Boni-Douentza"). Read once per sentence (per group, a
            // sentence naming thousands of places would be quadratic).
            let unknown_site_told = facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical)
                && (facts.toll.deaths.is_some() || !facts.dates.is_empty() || article.hints.line)
                && !facts.places.groups.iter().flatten().any(|p| p.known);
            for (k, (group, toll)) in facts.places.groups.iter().zip(&tolls).enumerate() {
                // "à Tamalat mardi, puis à Inchinane mercredi": each place
                // takes the date told in its own part of the sentence.
                let (mut date, mut date_anchored, mut date_words) =
                    (date, date_anchored, date_words.clone());
                if starts.len() > 1 {
                    let to = starts.get(k + 1).copied().unwrap_or(facts.text.len());
                    let lo = facts.dates.partition_point(|(_, m)| m.span.0 < starts[k]);
                    if let Some((d, m)) = facts.dates[lo..].first().filter(|(_, m)| m.span.0 < to) {
                        (date, date_anchored, date_words) = (*d, true, m.text.clone());
                    }
                }
                // "Raid sur Dioura, bombardement de Bandiagara et siège de
                // Boni": each place takes the cue told before it (back to the
                // previous place), else the one after it.
                let cue_type = if starts.len() > 1 {
                    let prev_end = if k == 0 {
                        0
                    } else {
                        facts.places.groups[k - 1].last().map_or(0, |p| p.span.1)
                    };
                    let end = group.last().map_or(starts[k], |p| p.span.1);
                    let next = starts.get(k + 1).copied().unwrap_or(facts.text.len());
                    // Cues are in text order: slice the ones in a..b.
                    let pick = |a: usize, b: usize| {
                        let lo = facts.cues.partition_point(|c| c.span.0 < a);
                        let hi = facts.cues.partition_point(|c| c.span.0 < b);
                        let v: Vec<events::Cue> = facts.cues[lo..hi.max(lo)]
                            .iter()
                            .filter(|c| c.span.1 <= b)
                            .cloned()
                            .collect();
                        best_type(&v)
                    };
                    // A cue after the place belongs to it only within its
                    // clause: in "38 morts à Gangafani et Yoro, une patrouille
                    // prise en embuscade près de Gossi" the ambush is Gossi's.
                    let clause_end = facts.text[end..next]
                        .find([',', ';', ':'])
                        .map_or(next, |i| end + i);
                    // Cues are in text order: is there one at or after the
                    // clause's end? (A scan per place was quadratic on a
                    // sentence naming a place thousands of times.)
                    let later = k + 1 < starts.len()
                        && facts.cues.partition_point(|c| c.span.0 < clause_end) < facts.cues.len();
                    pick(prev_end, starts[k])
                        .or_else(|| pick(end, clause_end))
                        .or(if later { None } else { cue_type })
                } else {
                    cue_type
                };
                // A headline without a date waits for the body's.
                if heading && facts.dates.is_empty() {
                    (date, date_anchored, date_words) = (None, false, String::new());
                }
                // Members already reported join their incident; they also
                // lend their date to the others ("à Amasine et Amasrakad").
                let mut inherited = None;
                let mut fresh: Vec<&PlaceMention> = Vec::new();
                for p in group {
                    let pk = fold(&p.lookup);
                    let existing = drafts
                        .iter()
                        .position(|d| d.names_key(&pk) && d.date_compatible(date, date_anchored));
                    match existing {
                        Some(i) => {
                            let d = &mut drafts[i];
                            d.refine_date(date, &date_words);
                            d.upgrade_type(cue_type, &cue_words);
                            if d.place.relative.is_none() {
                                d.place.relative = p.relative.clone();
                            }
                            d.absorb_with(&facts, toll);
                            if facts.places.region.is_some() {
                                d.region = facts.places.region.clone();
                            }
                            inherited = inherited.or(Some((d.date, d.anchored)));
                            current = Some(i);
                        }
                        None => fresh.push(p),
                    }
                }
                // A headline only previewed the event: the body's list of
                // places is one event ("les bases de Boulikessi et Mondoro").
                if let Some(i) = current
                    .filter(|&i| drafts[i].provisional && !heading && fresh.len() < group.len())
                {
                    let d = &mut drafts[i];
                    d.provisional = false;
                    d.also.extend(fresh.drain(..).map(|p| p.lookup.clone()));
                }
                let Some(first) = fresh.first() else { continue };
                // No time of its own and a place a few km from the incident
                // being told ("la première attaque dans la capitale"): the
                // same event, seen from further away.
                // A sentence naming another kind of event ("tirs de mortier
                // sur la caserne de Molodo" after an attack on Niono) tells
                // another event.
                if date_words.is_empty() {
                    if let Some(i) =
                        current.filter(|&i| cue_type.is_none_or(|t| t == drafts[i].event_type))
                    {
                        if near_each_other(g, &drafts[i].place.lookup, &first.lookup) {
                            drafts[i].absorb_with(&facts, toll);
                            continue;
                        }
                    }
                }
                // Unknown names only in a group with a known one, or with a
                // region to place them in.
                if !first.known
                    && !group.iter().any(|p| p.known)
                    && facts.places.region.is_none()
                    && !unknown_site_told
                {
                    continue;
                }
                let (d, a) = match (date_words.is_empty(), inherited) {
                    (true, Some((d, a))) => (d, a),
                    (true, None) => {
                        // "au même moment", "également": the story's date.
                        let cur = current.map(|i| (drafts[i].date, drafts[i].anchored));
                        cur.unwrap_or((article.published, article.published.is_some()))
                    }
                    _ => (date, date_anchored),
                };
                let (d, a) = if heading && date_words.is_empty() {
                    (None, false)
                } else {
                    (d, a)
                };
                let mut dr = Draft::new(
                    (*first).clone(),
                    d,
                    a,
                    cue_type.unwrap_or(EventType::Attack),
                );
                dr.provisional = heading || first.area || first.estimate;
                dr.dated = !date_words.is_empty() && !date_words.starts_with('(');
                dr.also = fresh.iter().skip(1).map(|p| p.lookup.clone()).collect();
                dr.evidence.push(("place".into(), first.written.clone()));
                if !date_words.is_empty() {
                    dr.evidence.push(("date".into(), date_words.clone()));
                }
                dr.evidence.push(("type".into(), cue_words.clone()));
                for l in lead.drain(..) {
                    // A lead's total over several operations is no one
                    // incident's toll.
                    if l.summary {
                        dr.absorb_with(&l, &casualties::SentenceToll::default());
                    } else {
                        dr.absorb(&l);
                    }
                    dr.upgrade_type(l.cue_type(), &l.cue_words());
                }
                if kind.counts_several {
                    dr.absorb_with(&facts, &casualties::SentenceToll::default());
                } else {
                    dr.absorb_with(&facts, toll);
                }
                dr.origin = sentence_no;
                // "des attaques simultanées contre Kayes, Nioro du Sahel et
                // Diboli", "des frappes à Amasine et Amasrakad": a plural
                // event noun over a list is one incident per place; the
                // toll, given for all, stays with the first.
                let split = if fresh.len() > 1 && plural_event(&facts) {
                    let mut v = Vec::new();
                    for p in fresh.iter().skip(1) {
                        let mut o = dr.clone();
                        o.place = (*p).clone();
                        o.also.clear();
                        o.death_groups.clear();
                        o.earlier_groups.clear();
                        o.wounded = None;
                        o.evidence.retain(|(k, _)| k != "toll" && k != "place");
                        o.evidence.push(("place".into(), p.written.clone()));
                        v.push(o);
                    }
                    dr.also.clear();
                    v
                } else {
                    vec![]
                };
                drafts.push(dr);
                // What the next sentences tell belongs to the first place.
                current = told_before.or(Some(drafts.len() - 1));
                drafts.extend(split);
            }
            announced = None;
            continue;
        }

        // No new event here: add to the incident whose place it names, or
        // to the one being told.
        let named = facts.places.groups.iter().flatten().find_map(|p| {
            let pk = fold(&p.lookup);
            drafts.iter().position(|d| d.names_key(&pk))
        });
        let mut target = match named {
            Some(i) if facts.cues.iter().all(|c| c.anaphoric) || Some(i) == current => Some(i),
            _ if !has_places => current,
            _ => None,
        };
        // "Des hommes armés ont surgi samedi à Diallassagou": the incident
        // being told was placed only by its headline, an area or a
        // distance, and this sentence names a place within reach of it.
        if target.is_none() && named.is_none() {
            if let (Some(i), Some(p)) =
                (current, facts.places.groups.first().and_then(|g| g.first()))
            {
                let d = &drafts[i];
                let (d0, a0, _) = facts.first_date();
                if d.provisional
                    && p.known
                    && !p.area
                    && d.date_compatible(d0, a0)
                    && near_each_other_km(g, &d.place.lookup, &p.lookup, 100.0)
                {
                    let d = &mut drafts[i];
                    let old = std::mem::replace(&mut d.place, p.clone());
                    d.provisional = false;
                    if !old.area && !old.estimate {
                        d.also.push(old.lookup);
                    }
                    d.also.extend(
                        facts.places.groups[0]
                            .iter()
                            .skip(1)
                            .map(|p| p.lookup.clone()),
                    );
                    d.evidence.push(("place".into(), p.written.clone()));
                    target = Some(i);
                }
            }
        }
        // "Par ailleurs, l'armée dit avoir neutralisé dix terroristes lors
        // d'une opération": a placeless sentence that turns to another
        // event of its own is not the one being told.
        if !has_places
            && facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical)
            && turns_to_another_event(&facts.text)
        {
            target = None;
        }
        // A placeless sentence with its own event and time ("deux autres
        // attaques, menées samedi matin") announces what the next one places.
        if !has_places
            && facts.cues.iter().any(|c| !c.anaphoric)
            && !facts.dates.is_empty()
            && !drafts.is_empty()
            && !generic
            && announces_others(&facts.text)
        {
            let (d, a, _) = facts.first_date();
            announced = Some((d, a, facts.cue_type()));
            if facts.toll.deaths.is_none() {
                continue;
            }
        }
        match target {
            Some(i) => {
                let (d, _, w) = facts.first_date();
                let single_day_refinement = facts.dates.iter().all(|(_, m)| m.anchor.is_absolute())
                    || drafts[i].date.is_none();
                if single_day_refinement {
                    drafts[i].refine_date(d, &w);
                }
                // "il s'agit de frappes de drone", "cette embuscade": a closer
                // look at the event being told refines its type.
                // So does the first kind of event the account names after
                // words that only said people were killed ("37 terroristes
                // neutralisés ... les vecteurs aériens ont traité").
                let means = facts.cue_type().is_some_and(|t| {
                    !matches!(
                        t,
                        EventType::Siege | EventType::Kidnapping | EventType::Clash
                    )
                });
                if facts.cues.iter().any(|c| c.anaphoric && !c.hypothetical)
                    || (!drafts[i].kind_named && means)
                    || (drafts[i].event_type == EventType::Airstrike
                        && facts.cue_type() == Some(EventType::DroneStrike))
                {
                    drafts[i].upgrade_type(facts.cue_type(), &facts.cue_words());
                }
                // "au total", "les deux attaques": a figure over the
                // several incidents told for that day is none of them.
                let same_day = || {
                    drafts
                        .iter()
                        .enumerate()
                        .any(|(j, d)| j != i && d.date.is_some() && d.date == drafts[i].date)
                };
                if facts.summary && same_day() {
                    drafts[i].absorb_with(&facts, &casualties::SentenceToll::default());
                } else {
                    drafts[i].absorb(&facts);
                }
            }
            None if drafts.is_empty()
                && (facts.licensing()
                    || facts.toll.deaths.is_some()
                    || !facts.actors.is_empty())
                && !generic =>
            {
                lead.push(facts)
            }
            None => {}
        }
    }
    // A log line or spreadsheet row whose text tells an event but names no
    // place: the place (or region) its columns give.
    if drafts.is_empty() && !lead.is_empty() {
        // Else, in an article, the place its first sentences named
        // ("... au marché de Diafarabé ... Ils ont été égorgés").
        let hinted = article
            .hints
            .place
            .clone()
            .map(|p| (p, false))
            .or_else(|| first_place.clone().map(|p| (p, false)))
            .or_else(|| article.hints.region.clone().map(|r| (r, true)));
        if let Some((name, area)) = hinted {
            if let Some(first) = lead.iter().find(|l| l.licensing()) {
                let (d, _, w) = first.first_date();
                let mut dr = Draft::new(
                    PlaceMention {
                        written: name.clone(),
                        lookup: name,
                        span: (0, 0),
                        known: true,
                        near: area,
                        road_to: None,
                        relative: None,
                        area,
                        estimate: false,
                        within: None,
                    },
                    d.or(article.published),
                    true,
                    first.cue_type().unwrap_or(EventType::Attack),
                );
                dr.evidence.push((
                    "place".into(),
                    "(the row's column, or the text's first place)".into(),
                ));
                dr.provisional = true;
                if !w.is_empty() {
                    dr.evidence.push(("date".into(), w));
                }
                for l in lead.drain(..) {
                    dr.upgrade_type(l.cue_type(), &l.cue_words());
                    dr.absorb(&l);
                }
                drafts.push(dr);
            }
        }
    }
    // An incident the text gave no date: the story's (the first dated
    // incident's), else the publication date.
    let story_date = drafts.iter().find(|d| d.dated).and_then(|d| d.date);
    for d in &mut drafts {
        if d.region.is_none() {
            d.region = article.hints.region.clone();
        }
        if d.date.is_none() {
            d.date = story_date.or(article.published);
        }
    }
    finish(article, g, drafts)
}

/// Whether a sentence tells its event in the pluperfect ("avait essuyé",
/// "avaient été tués").
fn pluperfect(text: &str) -> bool {
    let t = crate::fold::ascii_lower_1to1(text);
    t.contains(" avait ") || t.contains(" avaient ")
}

/// Whether the sentence's event noun is plural ("des attaques", "les
/// frappes", "assauts simultanés").
fn plural_event(facts: &SentenceFacts) -> bool {
    const PLURALS: [&str; 10] = [
        "attaques",
        "assauts",
        "frappes",
        "embuscades",
        "raids",
        "incursions",
        "attentats",
        "explosions",
        "enlèvements",
        "bombardements",
    ];
    // Accents kept: "attaqués" (a participle) is not "attaques".
    facts.cues.iter().any(|c| {
        let w = c
            .text
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        PLURALS.contains(&w.as_str()) && !c.hypothetical
    }) || crate::fold::ascii_lower_1to1(&facts.text).contains("simultane")
}

/// Whether the account says people were executed ("exécuté quelque 300
/// civils", "des prisonniers exécutés"): with ten dead or more, a massacre.
fn executions(d: &Draft) -> bool {
    d.sentences
        .iter()
        .any(|s| crate::fold::ascii_lower_1to1(s).contains("execut"))
}

/// Whether the account tells a hostage-taking ("prise d'otages"), which
/// with deaths is an attack, unlike an abduction followed by a killing.
fn hostage_taking(d: &Draft) -> bool {
    d.sentences.iter().any(|s| {
        let f = crate::fold::ascii_lower_1to1(s);
        f.contains("prise d'otage") || f.contains("pris en otage")
    })
}

/// Whether an account names no kind of event, only killings, and every
/// death it counts is on the attackers' side.
fn army_kills_only(d: &Draft) -> bool {
    use casualties::Group;
    !d.kind_named
        && !d.death_groups.is_empty()
        && d.death_groups
            .iter()
            .all(|(g, c)| *g == Group::Attackers && c.low.unwrap_or(0) > 0)
}

/// Whether a draft's toll is ten or more civilians and no one under arms.
fn mass_killing_of_civilians(d: &Draft) -> bool {
    use casualties::Group;
    let armed = d
        .death_groups
        .iter()
        .any(|(g, c)| matches!(g, Group::Forces | Group::Attackers) && c.low.unwrap_or(0) > 0);
    let most = |group: Group| -> u32 {
        d.death_groups
            .iter()
            .filter(|(g, _)| *g == group)
            .filter_map(|(_, c)| c.low)
            .max()
            .unwrap_or(0)
    };
    let (civilians, all) = (most(Group::Civilians), most(Group::All));
    let victims_are_civilians = d.actors.iter().any(|a| a.name == "civilians")
        && !d.actors.iter().any(|a| {
            matches!(
                a.name.as_str(),
                "FAMa" | "MINUSMA" | "Barkhane" | "Burkinabè army"
            )
        });
    // "livré de violents combats aux hommes du MSA": a fight with armed
    // men who held the place, not a killing of the defenceless.
    let fought = d.seen.contains(&EventType::Clash);
    // "Des hommes armés ont attaqué deux villages ..., tuant au moins 41
    // personnes": twenty dead or more in an attack on villages, no fight.
    let villages = d.sentences.iter().any(|s| {
        let f = crate::fold::ascii_lower_1to1(s);
        f.contains("village") || f.contains("hameau")
    });
    !armed
        && !fought
        && (civilians >= 10 || (all >= 10 && victims_are_civilians) || (all >= 20 && villages))
}

/// Appends the items of `new` that `list` does not hold yet (a figure told
/// twice is one figure).
fn add_unique<T: PartialEq>(list: &mut Vec<T>, new: impl IntoIterator<Item = T>) {
    for x in new {
        if !list.contains(&x) {
            list.push(x);
        }
    }
}

/// Adds what `d` tells to `keep` (two accounts of one event); `also`
/// records `d`'s place as another place of the event.
fn merge_draft(keep: &mut Draft, d: Draft, also: bool) {
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
    keep.wounded = match (keep.wounded, d.wounded) {
        (Some(a), Some(b)) => Some(a.union(&b)),
        (a, b) => a.or(b),
    };
    keep.deaths_claimed |= d.deaths_claimed;
    keep.denied |= d.denied;
    for s in d.sentences {
        if !keep.sentences.contains(&s) {
            keep.sentences.push(s);
        }
    }
}

/// Whether the best places for two names are within 15 km.
fn near_each_other(g: &Gazetteer, a: &str, b: &str) -> bool {
    near_each_other_km(g, a, b, 15.0)
}

/// Whether the best places for two names are within `km`.
fn near_each_other_km(g: &Gazetteer, a: &str, b: &str, km: f64) -> bool {
    // The second name is read next to the first, as the final resolution
    // reads every place next to the others: a village's homonym in another
    // country must not keep two accounts of one event apart.
    let top = |n: &str, context: Vec<(f64, f64)>| {
        g.resolve(
            n,
            &Hints {
                context,
                ..Default::default()
            },
        )
        .ok()
        .and_then(|c| c.into_iter().next())
        .map(|c| (c.place.lat, c.place.lon))
    };
    let Some(x) = top(a, vec![]) else {
        return false;
    };
    matches!(top(b, vec![x]), Some(y) if distance_km(x.0, x.1, y.0, y.1) <= km)
}

/// Whether a sentence opens on words that leave the story being told:
/// "Par ailleurs", "Le même jour", "Dans le même temps", "D'autre part".
fn turns_to_another_event(text: &str) -> bool {
    let t = crate::fold::ascii_lower_1to1(text.trim_start());
    [
        "par ailleurs",
        "le meme jour",
        "dans le meme temps",
        "au meme moment",
        "d'autre part",
        "ailleurs,",
        "en outre",
    ]
    .iter()
    .any(|w| t.starts_with(w))
}

/// "deux autres attaques", "une autre embuscade": the sentence announces
/// events other than the one being told.
fn announces_others(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains(" autre") || t.contains(" autres ")
}

/// Resolves places and writes the incidents.
fn finish(article: &Article, g: &Gazetteer, drafts: Vec<Draft>) -> Vec<Extracted> {
    let countries = Countries {
        given: article.hints.country,
        text: country::text_country(&article.text),
    };
    // First pass without context, then with the other places of the text.
    let first: Vec<Option<(f64, f64)>> = drafts
        .iter()
        .map(|d| resolve_point(g, d, &[], countries).map(|l| (l.lat, l.lon)))
        .collect();
    // Every other place of the text is context, including those of
    // incidents merged below (the Bamako of "Faladié et Bamako").
    let mut located: Vec<Option<Location>> = (0..drafts.len())
        .map(|i| {
            let context: Vec<(f64, f64)> = first
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .filter_map(|(_, p)| *p)
                .collect();
            resolve_point(g, &drafts[i], &context, countries)
        })
        .collect();
    // Two places of one sentence a few km apart ("l'école de gendarmerie
    // de Faladié et l'aéroport de Bamako") are one event; so are a
    // headline's incident and the body's account of it nearby.
    let mut drafts = drafts;
    let mut i = 0;
    while i < drafts.len() {
        let near = |j: usize, km: f64| matches!((&located[i], &located[j]), (Some(a), Some(b)) if distance_km(a.lat, a.lon, b.lat, b.lon) <= km.max(a.uncertainty_km).max(b.uncertainty_km));
        let twin = (0..i)
            .find(|&j| {
                drafts[j].origin == drafts[i].origin
                    && drafts[j].date == drafts[i].date
                    && near(j, 15.0)
            })
            .or_else(|| {
                // A provisional incident (headline, area, distance) and a
                // precise account nearby, of a compatible date, in either
                // order: the precise one stays.
                (0..i).find(|&j| {
                    drafts[j].provisional != drafts[i].provisional
                        && drafts[j].date_compatible(drafts[i].date, drafts[i].anchored)
                        && near(j, 60.0)
                })
            });
        match twin {
            Some(j) if drafts[i].provisional && !drafts[j].provisional => {
                let d = drafts.remove(i);
                located.remove(i);
                merge_draft(&mut drafts[j], d, false);
            }
            Some(j) if drafts[j].provisional && !drafts[i].provisional => {
                // Keep the body's place and date; take the headline's facts.
                let body = drafts.remove(i);
                let h = std::mem::replace(&mut drafts[j], body);
                located[j] = located.remove(i);
                merge_draft(&mut drafts[j], h, false);
            }
            Some(j) => {
                let d = drafts.remove(i);
                located.remove(i);
                merge_draft(&mut drafts[j], d, true);
            }
            None => i += 1,
        }
    }
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
    for (i, (d, location)) in drafts.into_iter().zip(located).enumerate() {
        let mut notes = Vec::new();
        let mut deaths = casualties::total_deaths(&d.death_groups)
            .or_else(|| casualties::total_deaths(&d.earlier_groups))
            .unwrap_or_default();
        if d.deaths_claimed && d.denied && deaths.low.is_some_and(|l| l > 0) {
            notes.push(format!(
                "contested toll: a claim of {} dead; the other side says the attack was repelled",
                deaths.high.or(deaths.low).unwrap_or(0)
            ));
            deaths = Casualties {
                low: Some(0),
                high: deaths.high.or(deaths.low),
            };
        }
        let wounded = d.wounded.unwrap_or_default();
        if !deaths.is_known() && wounded.is_known() {
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
        // An attack that killed ten civilians or more, and no one under
        // arms, is a massacre whatever word the text used.
        let event_type = if d.event_type == EventType::Attack
            && (mass_killing_of_civilians(&d)
                || (executions(&d) && deaths.low.is_some_and(|l| l >= 10)))
        {
            EventType::Massacre
        } else if d.event_type == EventType::Attack && army_kills_only(&d) {
            // "une patrouille dit avoir abattu sept terroristes": no kind of
            // event named, and only the attackers died: a fight the army
            // reports, a clash.
            EventType::Clash
        } else if d.event_type == EventType::Kidnapping
            && deaths.low.is_some_and(|l| l > 0)
            && (d.seen.contains(&EventType::Attack) || hostage_taking(&d))
        {
            // A hostage-taking or raid in which people were killed is told
            // as an attack; the abduction is part of it ("prise d'otages :
            // 20 otages et 2 assaillants tués", "attaquée : 4 morts,
            // plusieurs membres enlevés").
            EventType::Attack
        } else {
            d.event_type
        };
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
                    file: article.file.clone(),
                    sentence: s,
                })
                .collect(),
            notes,
        };
        out.push(Extracted { incident, evidence });
    }
    out
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
struct Countries {
    given: Option<crate::country::Country>,
    text: Option<crate::country::Country>,
}

/// Where a draft happened: the resolved place (a road's midpoint), an
/// estimate from a relative phrase, or the region.
fn resolve_point(
    g: &Gazetteer,
    d: &Draft,
    context: &[(f64, f64)],
    countries: Countries,
) -> Option<Location> {
    let mut hints = region_hints(g, d);
    hints.context = context.to_vec();
    hints.country = countries.given;
    hints.prefer_country = countries.text.filter(|_| countries.given.is_none());
    let rel: Option<(&RelativePhrase, NearHint)> = d
        .place
        .relative
        .as_ref()
        .and_then(|r| g.relative_hint(r, &Hints::default()).ok().map(|h| (r, h)));
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
            name_written: d.place.written.clone(),
            name_resolved: resolved,
            region: hit.as_ref().map(|h| h.region.to_string()),
            cercle: hit.as_ref().map(|h| h.cercle.to_string()),
            region_current: now.map(|n| n.region.to_string()),
            cercle_current: now.map(|n| n.cercle.to_string()),
            country: country
                .or(hit.as_ref().map(|h| h.country))
                .map(|c| c.code().to_string()),
        })
    };
    if d.place.area {
        // "dans le cercle de Bankass", "la région de Kita": the area's seat,
        // with the area's size as the uncertainty.
        let kind = crate::fold::fold(d.place.written.split_whitespace().next().unwrap_or(""));
        let kind = if kind == "commune" || kind.starts_with("commune") {
            "commune".to_string()
        } else {
            kind
        };
        let (precision, unc) = match kind.as_str() {
            "commune" => (LocationPrecision::Near, 15.0),
            "cercle" | "departement" | "province" => (LocationPrecision::Region, 50.0),
            _ => (LocationPrecision::Region, 150.0),
        };
        let seat = g
            .resolve(&d.place.lookup, &hints)
            .ok()
            .and_then(|c| c.into_iter().next())?;
        return located(
            seat.place.lat,
            seat.place.lon,
            precision,
            unc,
            Some(seat.place.name.clone()),
            Some(seat.place.country),
        );
    }
    let best = if d.place.estimate {
        None
    } else {
        g.resolve(&d.place.lookup, &hints)
            .ok()
            .and_then(|c| c.into_iter().next())
    };
    // A name the gazetteer did not know in the text is no typo of another
    // place: only its exact and alternate names, or spelling variants, place it.
    let best = best.filter(|c| {
        d.place.known
            || c.matched <= crate::gazetteer::MatchKind::Variant
            || hints.region.as_ref().is_some_and(|r| {
                !matches!(r, crate::admin::RegionHint::NearTown { .. })
                    && r.contains(c.place.region.as_deref(), c.place.cercle.as_deref())
            })
    });
    // A candidate far outside the relative phrase's circle is a homonym:
    // the estimate is better.
    let best = best.filter(|c| match (&rel, c.distance_km) {
        (Some((_, h)), Some(dist)) => dist <= h.within_km.unwrap_or(f64::MAX) * 1.5,
        _ => true,
    });
    // A typo match outside the region the text names is another place.
    let best = best.filter(|c| {
        let outside = hints.region.as_ref().is_some_and(|r| {
            !matches!(r, crate::admin::RegionHint::NearTown { .. })
                && !r.contains(c.place.region.as_deref(), c.place.cercle.as_deref())
        });
        !(outside && c.matched >= crate::gazetteer::MatchKind::Variant)
    });
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
    let best = best.filter(|c| within.is_none() || inside(c));
    if best.is_none() && d.place.known {
        if let Some(w) = d.place.within.as_deref() {
            let seat = g
                .resolve(
                    w.trim_start_matches("cercle de "),
                    &Hints {
                        region: within.clone(),
                        ..Default::default()
                    },
                )
                .ok()
                .and_then(|c| c.into_iter().next());
            if let Some(seat) = seat {
                return located(
                    seat.place.lat,
                    seat.place.lon,
                    LocationPrecision::Region,
                    50.0,
                    Some(seat.place.name.clone()),
                    Some(seat.place.country),
                );
            }
        }
    }
    if let (Some(b), Some(to)) = (&best, &d.place.road_to) {
        let other = g
            .resolve(
                to,
                &Hints {
                    context: vec![(b.place.lat, b.place.lon)],
                    ..region_hints(g, d)
                },
            )
            .ok()
            .and_then(|c| c.into_iter().next());
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
        let precision = if d.place.near {
            LocationPrecision::Near
        } else {
            LocationPrecision::Exact
        };
        let unc = b.place.precision_km.max(1.0) + if d.place.near { 10.0 } else { 0.0 };
        return located(
            b.place.lat,
            b.place.lon,
            precision,
            unc,
            Some(b.place.name.clone()),
            Some(b.place.country),
        );
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
    let region = d.region.as_deref()?;
    let r = g
        .resolve(region, &Hints::default())
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
    let same_place = distance_km(la.lat, la.lon, lb.lat, lb.lon) <= 10.0
        || fold(&la.name_written) == fold(&lb.name_written);
    let dates = match (a.date, b.date) {
        (Some(x), Some(y)) => x.overlaps(&y) || (x.start - y.start).num_days().abs() <= 3,
        _ => false,
    };
    let types = a.event_type == b.event_type
        || a.event_type == EventType::Attack
        || b.event_type == EventType::Attack;
    same_place && dates && types
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_families;
