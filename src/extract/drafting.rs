//! Drafting: the sentences of an article, read in order, into drafts of
//! incidents. A sentence that reports an event at a new place starts one;
//! a sentence naming a place already reported adds to its incident; a
//! sentence with no place adds to the incident being told; what comes
//! before the first place waits in the lead.

use super::article::Article;
use super::casualties::{self, find_casualties};
use super::dates::{self, DateAnchor, DateContext};
use super::draft::{add_unique, Draft};
use super::events::{self, best_type};
use super::merge::{near_each_other, near_each_other_km};
use super::places::{area_kind, area_rank, PlaceMention};
use super::sentence::{read_sentence, SentenceFacts};
use super::statements::Statement;
use super::typing::{pluperfect, plural_event, plural_places};
use crate::fold::fold;
use crate::gazetteer::Gazetteer;
use crate::model::{DatePrecision, EventType, IncidentDate};
use chrono::Datelike;
use regex::Regex;
use std::sync::OnceLock;

/// The state of the reading of one article.
pub(super) struct Drafting<'a> {
    article: &'a Article,
    g: &'a Gazetteer,
    ctx: DateContext,
    drafts: Vec<Draft>,
    /// The incident being told.
    current: Option<usize>,
    /// Facts told before the first place (the lead often gives the toll
    /// first).
    lead: Vec<SentenceFacts>,
    /// An event announced without a place ("deux autres attaques, menées
    /// samedi matin") that the next sentence places: its date, whether the
    /// text anchored it, its type.
    announced: Option<(Option<IncidentDate>, bool, Option<EventType>)>,
    /// The region a placeless sentence set the next account in ("Dans la
    /// Boucle du Mouhoun, les forces ont pris l'initiative le 6 novembre"),
    /// for the places the next sentence names.
    announced_region: Option<String>,
    /// The dead an announcing sentence counted, for the event the next
    /// sentence places.
    announced_toll: Option<SentenceFacts>,
    /// The first place the body names, for an article whose event
    /// sentences name none.
    first_place: Option<(String, bool)>,
    /// The first road the body names ("sur l'axe Niono-Alatona"), while
    /// it names no settlement: the site of a placeless account, which a
    /// road places better than a headline's town or a region.
    first_road: Option<PlaceMention>,
    /// The headline's place, when the headline only counted the dead there
    /// ("Trois casques bleus tués à Kidal"): the body's account is placed
    /// there if it names no site of its own.
    heading_place: Option<(String, bool)>,
    /// The number of the sentence `first_place` came from.
    first_place_no: usize,
    /// The day that sentence told, if any ("Des hommes armés ont surgi
    /// dans l'église de Silgadji le 28 avril. Ils ont tué six fidèles."):
    /// the day of the account its place is lent to.
    first_place_date: Option<(Option<IncidentDate>, bool, String)>,
    /// The capital "la capitale" names: the article's country's.
    capital: &'static str,
    /// The sentence before was a tally over many events ("610 incidents de
    /// sécurité"): "Ils ont, au total, occasionné la mort de 567
    /// personnes" goes on with it.
    after_tally: bool,
    /// The headline denies what others reported: claims told in the
    /// conditional are the allegation, not events.
    denying: bool,
    /// Death tolls the body gives over a period or many events ("avoir
    /// neutralisé durant la période allant du 20 mai au 2 juin 20
    /// terroristes"): the headline that gives the same figure gives that
    /// total, not the first operation's toll. Read when a headline first
    /// gives a figure.
    body_totals: Option<Vec<u32>>,
    /// The headline's death figures by group, and its total.
    heading_toll: Vec<(casualties::Group, crate::model::Casualties)>,
    /// Each body sentence's exact death toll, and its figures by group.
    body_tolls: Vec<u32>,
    body_groups: Vec<(casualties::Group, crate::model::Casualties)>,
    /// The one site a sentence named without telling an event there ("À
    /// Balehedé, un convoi de carburant a été localisé"), and its number:
    /// the next sentence's event that points back to it ("Il a été
    /// anéanti par une frappe") happened there.
    /// The flag says the sentence opened an account of its own ("Jeudi
    /// matin, les forces ont également localisé un regroupement dans la
    /// zone de Balliata"): the next sentence's event happened there even
    /// when it does not point back ("Des frappes ont permis de
    /// neutraliser une trentaine de terroristes").
    site_told_before: Option<SiteToldBefore>,
    /// The number of the sentence that recalled an earlier event in the
    /// pluperfect as an aside, and that event's draft: the next sentence
    /// in the pluperfect ("3 policiers y avaient péri") goes on with it.
    aside: Option<(usize, usize)>,
    /// The number of the last sentence that recalled, in the pluperfect
    /// and on a day of its own, an earlier event with no place to draft
    /// it at: the next sentence in the pluperfect ("Neuf soldats avaient
    /// perdu la vie lors de l'opération") goes on with that event too.
    untold_aside: Option<usize>,
    /// The number of the last sentence that said the place was hit again
    /// ("C'est la deuxième fois que cette base est attaquée en six mois"):
    /// the next one, told in the pluperfect, tells the earlier attack.
    said_again_at: Option<usize>,
    /// The text of the body's sentences (not the headlines'), split once
    /// for the readings that need the whole body before it is read.
    body: std::cell::OnceCell<Vec<&'a str>>,
}

/// The body's sentences of `article`, split the first time they are asked.
fn body_of<'a, 'c>(
    cell: &'c std::cell::OnceCell<Vec<&'a str>>,
    article: &'a Article,
) -> &'c [&'a str] {
    cell.get_or_init(|| {
        article
            .sentences()
            .into_iter()
            .filter(|s| !s.heading)
            .map(|s| s.text)
            .collect()
    })
}

impl<'a> Drafting<'a> {
    /// A reading of `article`, a story about `country` (whose capital
    /// "la capitale" is).
    pub(super) fn new(
        article: &'a Article,
        g: &'a Gazetteer,
        country: crate::country::Country,
    ) -> Drafting<'a> {
        Drafting {
            article,
            g,
            ctx: DateContext::looking_back(article.published, &article.text),
            drafts: Vec::new(),
            current: None,
            lead: Vec::new(),
            announced: None,
            announced_region: None,
            announced_toll: None,
            first_place: None,
            first_road: None,
            heading_place: None,
            first_place_no: 0,
            first_place_date: None,
            capital: country.capital().name,
            after_tally: false,
            denying: false,
            body_totals: None,
            heading_toll: Vec::new(),
            body_tolls: Vec::new(),
            body_groups: Vec::new(),
            site_told_before: None,
            aside: None,
            untold_aside: None,
            said_again_at: None,
            body: std::cell::OnceCell::new(),
        }
    }

    /// "29 terroristes neutralisés" in the headline, then 5 neutralised at
    /// Saraféré and 24 near Tanga: a headline figure the body never
    /// states, and that two or more of the body's figures add up to, is
    /// the sum of several incidents' tolls, not the first one's. When the
    /// parts are all the incident's own (29 killed from the air and 8 on
    /// the ground), the headline's total stays.
    fn drop_headline_sums(&mut self) {
        let Some(total) = casualties::total_deaths(&self.heading_toll)
            .and_then(|c| c.low.filter(|&n| n > 1 && c.high == Some(n)))
        else {
            return;
        };
        if self.body_tolls.contains(&total) {
            return;
        }
        if !sums_to(self.body_tolls.iter().copied(), total) {
            return;
        }
        let heading: Vec<_> = self
            .heading_toll
            .iter()
            .filter(|g| !self.body_groups.contains(g))
            .copied()
            .collect();
        for d in &mut self.drafts {
            let own = d
                .death_groups
                .iter()
                .filter(|g| !heading.contains(g))
                .filter_map(|(_, c)| c.low.filter(|_| c.high == c.low));
            if !sums_to(own, total) {
                d.death_groups.retain(|g| !heading.contains(g));
            }
        }
    }

    /// The figures the body's sentences give over a period (see
    /// `body_totals`), read from the whole article the first time a
    /// headline asks: the headline comes before them.
    fn body_totals(&mut self) -> &[u32] {
        let body = body_of(&self.body, self.article);
        self.body_totals.get_or_insert_with(|| {
            let mut out = Vec::new();
            for text in body {
                let folded = crate::fold::ascii_lower_1to1(text);
                if super::events::statistic_in(&folded) {
                    // The figure may stand apart from its verb ("avoir
                    // neutralisé durant la période ... « 20 terroristes »"),
                    // where no toll pattern reads it: every number counts.
                    out.extend(
                        folded
                            .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                            .filter_map(|w| {
                                w.parse::<u32>().ok().or_else(|| crate::french::number(w))
                            }),
                    );
                }
            }
            out
        })
    }

    /// A new paragraph begins (see [`DateContext::new_paragraph`]).
    pub(super) fn new_paragraph(&mut self) {
        self.ctx.new_paragraph();
    }

    /// Reads the article's sentence number `no`; `heading` says it is read
    /// as a headline.
    pub(super) fn sentence(&mut self, no: usize, text: &str, heading: bool) {
        // "DIM", a writer's initials signing the piece (read as a
        // heading, having no full stop): no place.
        if is_signature(text) {
            return;
        }
        if !heading && says_again(text) {
            self.said_again_at = Some(no);
        }
        let current = self.current.map(|i| &self.drafts[i].place);
        let (mut facts, kind) = read_sentence(no, text, heading, &mut self.ctx, self.g, current);
        // "Toumour (75 km au nord de Diffa), nuit de vendredi à samedi :
        // éléments de Boko Haram – 5 tués, 2 blessés": a log line that
        // counts dead at a place records a killing, even with no word
        // for the event.
        if self.article.hints.line
            && facts.cues.is_empty()
            && !facts.places.groups.is_empty()
            && !facts.statistic
            && facts.toll.someone_died()
        {
            facts.cues.push(super::events::Cue {
                event_type: EventType::Attack,
                span: (text.len(), text.len()),
                anaphoric: false,
                hypothetical: false,
                rank: super::events::BARE_KILLING_RANK,
                text: String::new(),
            });
        }
        // "des attaques similaires avaient déjà visé le camp": the kind of
        // the event just told (drones, mines), not a plain attack.
        if let Some(kind) = self
            .current
            .map(|i| self.drafts[i].event_type)
            .filter(|&t| t != EventType::Attack)
        {
            if like_the_last(text) {
                for c in facts
                    .cues
                    .iter_mut()
                    .filter(|c| c.event_type == EventType::Attack)
                {
                    c.event_type = kind;
                }
            }
        }
        let exact = facts
            .toll
            .deaths
            .and_then(|d| d.low.filter(|&n| n > 1 && d.high == Some(n)));
        if let Some(n) = exact.filter(|_| heading) {
            if self.body_totals().contains(&n) {
                facts.statistic = true;
            }
        }
        if !facts.statistic {
            if heading {
                self.heading_toll
                    .extend(facts.toll.death_groups.iter().copied());
            } else {
                // (Not a total over several events, "une attaque à Kidal et
                // une autre près de Tombouctou ont causé la mort de 9": the
                // headline's 9 is still a sum, its groups the headline's.)
                let exact = facts
                    .toll
                    .deaths
                    .and_then(|c| c.low.filter(|_| c.high == c.low))
                    .filter(|_| !facts.summary);
                self.body_tolls.extend(exact);
                if !facts.summary {
                    self.body_groups
                        .extend(facts.toll.death_groups.iter().copied());
                }
            }
        }
        for p in facts.places.groups.iter_mut().flatten() {
            if p.lookup == super::places::CAPITAL {
                p.lookup = self.capital.to_string();
            }
        }
        // A settlement first; an area ("la commune de Gorgadji est située
        // ...") only while no settlement has been named.
        // Never an office's town ("le gouverneur de Ségou s'est rendu sur
        // place"): the officer came from there.
        if self.first_place.as_ref().is_none_or(|(_, area)| *area)
            && !heading
            && !facts.places.office_only
        {
            let mut named = facts.places.groups.iter().flatten().filter(|p| mappable(p));
            let found = named
                .clone()
                .find(|p| !p.area)
                .or_else(|| named.next())
                .map(|p| (p.lookup.clone(), p.area));
            let road = || {
                facts
                    .places
                    .groups
                    .iter()
                    .flatten()
                    .find(|p| p.known && !p.estimate && p.road_to.is_some())
            };
            let told = || {
                let told = facts.first_date();
                (!told.2.is_empty() && told.0.is_some()).then_some(told)
            };
            if let Some(f) = found.filter(|f| self.first_place.is_none() || !f.1) {
                self.first_place = Some(f);
                self.first_place_no = no;
                self.first_place_date = told();
            } else if let Some(r) = road().filter(|_| {
                self.first_place.is_none() && self.first_road.is_none() && !facts.places.abroad
            }) {
                let mut r = r.clone();
                r.span = (0, 0);
                self.first_road = Some(r);
                self.first_place_no = no;
                self.first_place_date = told();
            }
        }
        if heading && self.heading_place.is_none() {
            self.heading_place = facts
                .places
                .groups
                .iter()
                .flatten()
                .find(|p| mappable(p))
                .map(|p| (p.lookup.clone(), p.area));
        }
        // "Le ministère dément des accusations de massacre": under such a
        // headline, what the text tells in the conditional ("un massacre
        // aurait été commis", "auraient tué plus de 100 personnes") is the
        // allegation denied, not an event.
        if heading && denies_allegations(text) {
            self.denying = true;
            return;
        }
        if self.denying && alleged(text) {
            return;
        }
        let mut has_places = !facts.places.groups.is_empty();
        let site_before = self.site_told_before.take();
        if !has_places && !heading && facts.licensing_at(false) {
            if let Some((_, group, _, day)) = site_before
                .filter(|(n, _, opens, _)| n + 1 == no && (*opens || points_back(&facts.text)))
            {
                // Its day too, when this sentence tells none ("… ont
                // surgi dans l'église de Silgadji, le 28 avril. Ils ont
                // tué six fidèles.").
                if facts.dates.is_empty() {
                    facts.dates.extend(day.map(|(d, mut m)| {
                        m.span = (0, 0);
                        (d, m)
                    }));
                }
                // Read as if the sentence named it, where it starts.
                let group = group
                    .into_iter()
                    .map(|mut p| {
                        p.span = (0, 0);
                        p
                    })
                    .collect();
                facts.places.groups.push(group);
                has_places = true;
            }
        }
        // The direction of the estimate being told, from its reference.
        if let Some(i) = self.current.filter(|_| !heading) {
            let (d, anchored, _) = facts.first_date();
            if d.is_none() || self.drafts[i].date_compatible(d, anchored) {
                self.drafts[i].take_direction(&facts.text);
            }
        }
        // A tally's figures told on in the next sentence, by a pronoun or
        // "au total", are no event either.
        let tally_goes_on = self.after_tally && !has_places && goes_on(&facts.text);
        self.after_tally = kind.tally || tally_goes_on;
        if tally_goes_on {
            return;
        }
        // "Samedi 21 février 2026 :", a line of its own in a communiqué:
        // the day of the events told under it, which closes the account
        // told above it. So is "4 avril 2015" on a line of its own, with
        // no stop, in a chronology (not the headline).
        if (!heading || no > 0) && date_heading(&facts) {
            let (d, a, _) = facts.first_date();
            self.announced = Some((d, a, None));
            self.current = None;
            return;
        }
        // A recall with a time of its own ("avait déjà été attaqué il y
        // a un an", "... en mai dernier", "... dans la nuit du 8 au 9
        // mai", the year left to the reader) tells that earlier event.
        let explicit = facts.dates.iter().any(|(_, m)| {
            matches!(
                m.anchor,
                DateAnchor::Absolute { .. }
                    | DateAnchor::Span { .. }
                    | DateAnchor::YearsAgo(_)
                    | DateAnchor::MonthsAgo(_)
                    | DateAnchor::LastNamedMonth(_)
                    // "avaient déjà été abattus dans la nuit de vendredi
                    // à samedi": this week's day, an event of its own.
                    | DateAnchor::Weekday(_)
                    | DateAnchor::LastWeekday(_)
                    | DateAnchor::DaysAgo(_)
            )
        });
        if kind.background && !explicit {
            return;
        }
        let generic = kind.generic;
        // "Cette attaque survient cinq jours après celle du village de
        // Madougou": the earlier event counted back to is another attack,
        // told by "celle", even when the only word for it points back.
        // (A place of its own, not "dans le même secteur".)
        let current_place = self.current.map(|i| fold(&self.drafts[i].place.lookup));
        // So are "celles survenues à Koulogon, le 1er janvier (plus de 30
        // morts) et Ogossagou, le 23 mars", told after the event with days
        // of their own.
        // (A day, not a month: "depuis le putsch fin septembre 2022, après
        // celle de Déou … en février" dates nothing for sure.)
        // (The dates first: the pattern runs only on a sentence with a day.)
        let recalled = facts.dates.iter().any(|(d, m)| {
            matches!(m.anchor, DateAnchor::Absolute { .. })
                && !m.report
                && d.is_some_and(|d| d.precision == DatePrecision::Day)
        }) && after_those(&facts.text);
        let lagged_other = (facts.dates.iter().any(|(_, m)| m.counted_back) || recalled)
            && facts.cues.iter().any(|c| !c.hypothetical)
            && facts
                .places
                .groups
                .iter()
                .flatten()
                .any(|p| p.span.1 > 0 && Some(fold(&p.lookup)) != current_place);
        // (A figure over a period with no event of its own, "Tillabéri et
        // Tahoua abritaient 61.042 réfugiés", places no event announced
        // before it.)
        // "Des déplacements ont été notés depuis les villages de A, B et
        // C vers Rollo": where people fled from and to, with no event
        // word, places no event announced before.
        let announced = self.announced.is_some()
            && !(facts.statistic && facts.cues.iter().all(|c| c.hypothetical))
            && !(facts.cues.is_empty() && tells_displacement(&facts.text));
        // "des massacres commis samedi", then "le ministre a parlé de 70
        // morts à Tchoma Bangou et 30 à Zaroumadareye": dead counted place
        // by place, after an event told with no place, are that event's
        // sites. (Counts after an incident placed break down its area.)
        let counted_sites = has_places
            && !heading
            && facts.cues.is_empty()
            && facts.places.groups.len() >= 2
            && counted_sum(&facts).is_some()
            && self.drafts.is_empty()
            && self.lead.iter().any(|l| l.licensing());
        let licensed = facts.licensing_at(self.drafts.is_empty())
            || announced
            || lagged_other
            || counted_sites;
        // A year alone does not anchor a generic sentence to one event
        // ("En 2021, des djihadistes avaient multiplié les assauts dans la
        // zone de Banibangou").
        let year_only = !facts.dates.is_empty()
            && facts
                .dates
                .iter()
                .all(|(d, _)| d.is_some_and(|d| d.precision == DatePrecision::Year));
        let unanchored = facts.dates.is_empty() || (generic && year_only);
        let anchored = !unanchored || self.announced.as_ref().is_some_and(|a| a.1);
        // "Il s'agit de X, égorgé, ... et d'un berger originaire de la
        // commune de Timiniri": the victims of the event being told.
        // Not "Il s'agit de l'attaque la plus meurtrière depuis celle du 19
        // août …": an earlier event recalled.
        let victims_named =
            self.current.is_some() && names_the_victims(&facts.text) && !lagged_other;
        // "15 personnes ont été tuées dans deux villages de Barsalogho",
        // then "13 ... dans le village de Sagho et 2 autres à Toékodogo":
        // counts per village that add up to the area's toll break it down.
        if has_places
            && !heading
            && self.breaks_down_the_area(&facts)
            && self.split_counts(&facts, true)
        {
            return;
        }
        // "au moins 223 civils … dans deux villages", then "44 personnes
        // dans le village de Nondin, ainsi que 179 autres … dans le village
        // voisin de Soro": the lead's toll is the sum of the places' own.
        if has_places && !heading && self.drafts.is_empty() && self.lead_broken_down(&facts) {
            for l in &mut self.lead {
                l.toll.deaths = None;
                l.toll.death_groups.clear();
            }
        }
        // "Le bilan de l'attaque de dimanche … 206 morts dans les localités
        // de Bakorat …", then "Cette attaque survient cinq jours après le
        // massacre perpétré à Dareydey": the lead told the story's event,
        // and the only place of this sentence is the earlier one counted
        // back to. The lead is its own incident, not the earlier one's.
        if has_places
            && lagged_other
            && facts.places.groups.len() == 1
            && self.drafts.is_empty()
            && self.lead.iter().any(|l| l.licensing())
        {
            self.flush_lead(Some(no));
        }
        // "«Dimanche, le véhicule d'une mission d'escorte a sauté sur une
        // mine», then "Deux militaires ont été tués dans cet incident
        // survenu à Dioura": an event the story placed only where it was
        // told takes the place the next sentence gives it, on its day.
        if has_places && !heading && facts.places.groups.len() == 1 {
            if let Some(i) = self.current.filter(|&i| self.drafts[i].later_here) {
                let (d, _, words) = facts.first_date();
                let site = facts.places.groups[0]
                    .iter()
                    .find(|p| p.known && !p.area && !p.estimate && p.road_to.is_none());
                let cur = &self.drafts[i];
                let same_day = words.is_empty() || d == cur.date;
                // A draft with no kind of its own yet takes the one told.
                let told_kind = facts.cue_type();
                let same_kind = cur.kind_untold || told_kind.is_none_or(|t| t == cur.event_type);
                if let Some(p) =
                    site.filter(|_| same_day && same_kind && !pluperfect(&facts.text) && !generic)
                {
                    let p = p.clone();
                    let kind = told_kind.filter(|_| self.drafts[i].kind_untold);
                    let d = &mut self.drafts[i];
                    if let Some(t) = kind {
                        d.event_type = t;
                        d.kind_untold = false;
                        d.evidence.push(("type".into(), facts.cue_words()));
                    }
                    d.move_to(&p);
                    d.place.near = p.near;
                    d.later_here = false;
                    d.absorb(&facts);
                    return;
                }
            }
        }
        if has_places && licensed && (anchored || !generic) && !victims_named {
            let first_new = self.drafts.len();
            // The story goes on after the events it recalled.
            let story = self.current.filter(|_| recalled && lagged_other);
            self.start(facts, &kind, heading);
            if story.is_some() {
                self.current = story;
                // "... après celle du camp d'Inates, le 10 décembre.
                // L'assaut avait tué 71 soldats": the next sentence in
                // the pluperfect goes on with the event recalled.
                if self.drafts.len() > first_new {
                    self.aside = Some((no, first_new));
                }
            }
            self.announced = None;
            if let Some(told) = self.announced_toll.take() {
                // Not when this sentence tells a day of its own, apart
                // from the announced one: it is another event.
                let (td, ta, _) = told.first_date();
                if let Some(d) = self
                    .drafts
                    .get_mut(first_new)
                    .filter(|d| d.date_compatible(td, ta))
                {
                    d.absorb(&told);
                }
            }
            if let Some(r) = self.announced_region.take() {
                for d in &mut self.drafts[first_new..] {
                    d.region.get_or_insert_with(|| r.clone());
                }
            }
            return;
        }
        // "Le bilan de la première attaque est de 5 morts", then "Elle a
        // été perpétrée ce lundi sur l'axe Niono-Alatona": a sentence that
        // only points back places the lead's account, which a later event
        // told at another place ("suivie d'une autre ... à Pongonon") must
        // not take.
        if has_places
            && !licensed
            && !heading
            && facts.places.groups.len() == 1
            && self.drafts.is_empty()
            && self.first_place_no == no
            && !facts.places.office_only
            && self.lead.iter().any(|l| l.licensing())
            && points_back(&facts.text)
        {
            self.flush_lead(None);
        }
        if has_places && !licensed && !heading && facts.places.groups.len() == 1 {
            let group = &facts.places.groups[0];
            if group
                .iter()
                .all(|p| !p.area && !p.estimate && p.road_to.is_none())
            {
                let opens = opens_an_account(&facts.text);
                let day = facts
                    .dates
                    .iter()
                    .find(|(d, m)| d.is_some() && !m.report)
                    .cloned();
                self.site_told_before = Some((no, group.clone(), opens, day));
            }
        }
        // An event told abroad ("quatorze soldats avaient été tués à Kafolo
        // en Côte d'Ivoire") adds nothing to the one told here.
        if !has_places && facts.places.abroad {
            return;
        }
        self.add(facts, has_places, generic);
    }

    /// A sentence that tells an event at places: new incidents, or more
    /// about those already told at these places.
    fn start(&mut self, facts: SentenceFacts, kind: &Statement, heading: bool) {
        let (g, article) = (self.g, self.article);
        // "Deux casques bleus avaient été tués le 23 mai près d'Aguelhok",
        // after a lead that told the story's event with no place: the
        // earlier event recalled is not the lead's; the lead's account is
        // placed first, where the headline or the body put it.
        let recalled = pluperfect(&facts.text)
            && facts
                .dates
                .iter()
                .any(|(_, m)| matches!(m.anchor, DateAnchor::Absolute { .. }));
        if recalled && self.drafts.is_empty() && self.lead.iter().any(|l| l.licensing()) {
            self.flush_lead(Some(facts.no));
        }
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
                DateAnchor::Absolute { .. }
                    | DateAnchor::DayThisMonth(_)
                    | DateAnchor::DaysAfter(_)
                    | DateAnchor::DaysAgo(_)
            ) && m.span.0 <= 12
        });
        let told_before = self
            .current
            .filter(|_| !opens_dated && pluperfect(&facts.text));
        if self.one_per_date(&facts) {
            return;
        }
        let (mut date, mut date_anchored, mut date_words) = facts.first_date();
        if date_words.is_empty() {
            if let Some((d, a, _)) = &self.announced {
                (date, date_anchored, date_words) =
                    (*d, *a, "(announced in the previous sentence)".into());
            } else if let Some(d) = self
                .lead
                .iter()
                .rev()
                .find_map(|l| l.dates.iter().find(|(_, m)| !m.report))
            {
                // A date told in the sentence before the one that names
                // the place.
                (date, date_anchored, date_words) = (d.0, true, d.1.text.clone());
            } else if let Some((d, m)) = &facts.report_date {
                // The day of a report ("a annoncé lundi", "Publié le 10
                // janvier") stands for the event's until the text tells
                // it: in brackets, it is an assumed date, which a told one
                // replaces. A report day that cannot be resolved (no
                // publication date) leaves the account undated, as before.
                let words = if d.is_some() {
                    format!("(reported) {}", m.text)
                } else {
                    m.text.clone()
                };
                (date, date_anchored, date_words) = (*d, true, words);
            }
        }
        // Dead counted place by place with no event word of their own
        // are the sites of the event told: they take its type.
        let told_type = || {
            (facts.cues.is_empty() && counted_sum(&facts).is_some())
                .then(|| {
                    self.lead
                        .iter()
                        .filter(|l| l.licensing())
                        .find_map(SentenceFacts::cue_type)
                })
                .flatten()
        };
        let cue_type = facts
            .cue_type()
            .or_else(|| self.announced.as_ref().and_then(|a| a.2))
            .or_else(told_type);
        let cue_words = facts.cue_words();
        // With several place groups, each gets the figures of its own
        // part of the sentence.
        let starts: Vec<usize> = facts.places.groups.iter().map(|g| g[0].span.0).collect();
        // Each group's part runs from the clause that leads to it ("...
        // à Kobou, avant d'en abattre quatre autres au niveau de
        // Tin-Akoff"): the figures of that clause are its own.
        let cuts = clause_cuts(&facts.text, &starts);
        let mut tolls: Vec<casualties::SentenceToll> = (0..starts.len())
            .map(|k| {
                if starts.len() == 1 {
                    facts.toll.clone()
                } else {
                    let from = if k == 0 { 0 } else { cuts[k] };
                    let to = cuts.get(k + 1).copied().unwrap_or(facts.text.len());
                    find_casualties(&facts.text[from..to])
                }
            })
            .collect();
        // "17 morts à Gangafané et 26 à Yoro", "dont sept à Ségué et deux à
        // Sonfounou": a count told before each place is that place's dead.
        let counts = facts.counts_before_places();
        let counted_here = counts.is_some();
        // "deux attaques : à Koulponsgo, 9 morts; à Kaya, 3 VDP tués":
        // a count of events whose places each carry a toll of their own.
        let own_tolls =
            starts.len() > 1 && tolls.iter().filter(|t| t.deaths.is_some()).count() >= 2;
        for (t, c) in tolls.iter_mut().zip(counts.into_iter().flatten()) {
            if let Some(c) = c {
                t.deaths = Some(c);
                t.death_groups = vec![(casualties::Group::All, c)];
            }
        }
        // "attaquent simultanément les FDS à Banibangou et le village
        // d'Intoussane ; au moins 16 soldats et 4 civils tués": places
        // listed with no event told between them, then one toll after the
        // last, set off by a stop or a comma: the toll is the whole list's,
        // and goes with the first place, as a list named in one group does.
        // The list runs back from the last place to the first with no event
        // told in between ("Banibangou, 04/05 : ... attaquent les FDS à
        // Banibangou et le village d'Intoussane": from the second group).
        let list_from = (starts.len() > 1 && !counted_here).then(|| {
            let last = starts[starts.len() - 1];
            // Nor words that tell them in turn ("d'abord entre Dia et
            // Diafarabé, puis entre Koumara et Macina": two events).
            let in_turn = |from: usize| {
                let between =
                    crate::fold::ascii_lower_1to1(facts.text.get(from..last).unwrap_or(""));
                [
                    " puis ",
                    "ensuite",
                    "avant d",
                    "apres ",
                    "tandis qu",
                    "alors qu",
                ]
                .iter()
                .any(|w| between.contains(w))
            };
            // Nor an event noun or a day of its own ("et l'incursion du 2
            // septembre dans le village de Koutou").
            let cue_between = |from: usize| {
                in_turn(from)
                    || facts
                        .dates
                        .iter()
                        .any(|(_, m)| m.span.0 > from && m.span.0 < last)
                    || facts
                        .cues
                        .iter()
                        .any(|c| c.span.0 > from && c.span.0 < last)
            };
            (0..starts.len() - 1).find(|&j| !cue_between(starts[j]))
        });
        let list_from = list_from.flatten();
        let listed_only = list_from == Some(0);
        // The group the list's toll was moved to, if it was.
        let mut list_toll_at = None;
        if let Some(j) = list_from.filter(|&j| tolls[j].deaths.is_none()) {
            let last = tolls.len() - 1;
            let end = facts.places.groups[last].last().map_or(0, |p| p.span.1);
            // (Not a relative clause of the last place: ", où trois
            // personnes ont été tuées".)
            let set_off = facts.text.get(end..).is_some_and(|t| {
                let t = t.trim_start();
                t.starts_with([',', ';', ':', '.', '(', '-', '–'])
                    && !opens_with(
                        t.trim_start_matches([',', ' ']),
                        &["ou ", "qui ", "dont ", "lequel", "laquelle", "lesquel"],
                    )
            });
            let before_last = find_casualties(facts.text.get(cuts[j]..cuts[last]).unwrap_or(""));
            if set_off && tolls[last].deaths.is_some() && before_last.deaths.is_none() {
                tolls.swap(j, last);
                list_toll_at = Some(j);
            }
        }
        // A village no gazetteer has, in a sentence that tells an event
        // of its own with a toll or a date ("incursion à Gadabo, 3
        // civils tués"): an incident the reader would count, whose
        // point stays unknown. A known place of the same sentence
        // locates it better ("à l'entrée du village de Dansan, sur
        // l'axe Boni-Douentza"). Read once per sentence (per group, a
        // sentence naming thousands of places would be quadratic). So is
        // whether it tells another attack than the one being told.
        let another = another_attack(&facts.text);
        // Not the list of the victims of the event told ("Il s'agit de
        // X, égorgé, ... et d'un berger du village de Goni").
        // Whether the sentence names a place the gazetteer knows.
        let names_known = facts.places.groups.iter().flatten().any(|p| p.known);
        let unknown_site_told = facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical)
            && !names_the_victims(&facts.text)
            && (facts.toll.deaths.is_some()
                || !facts.dates.is_empty()
                || article.hints.line
                || another)
            && !names_known;
        let known_here: Option<String> = facts
            .places
            .groups
            .iter()
            .flatten()
            .find(|p| mappable(p) && !p.area)
            .map(|p| p.lookup.clone());
        // Where each cue ends, in text order, and whether it did not
        // happen: looked up for each group rather than scanned.
        let mut cue_ends: Vec<(usize, bool)> = facts
            .cues
            .iter()
            .map(|c| (c.span.1, c.hypothetical))
            .collect();
        cue_ends.sort_unstable();
        // The draft of the list's first place, for the places listed after
        // it ("contre la prison de Ouallam, le poste de Mangaïzé et une
        // patrouille à Bani Bangou").
        let mut list_head = None;
        let mut made_sibling = false;
        let drafts_before = self.drafts.len();
        // The first incident this sentence made, which a later place with
        // an earlier day of its own does not take the story from.
        let mut first_made: Option<usize> = None;
        // The drafts of places an earlier event was counted back to.
        let mut counted_back_heads: Vec<usize> = Vec::new();
        for (k, (group, toll)) in facts.places.groups.iter().zip(&tolls).enumerate() {
            // (A list this sentence started: a place already told, as one
            // end of a road, is an account of its own.)
            if list_from.is_some_and(|j| k == j + 1) {
                list_head = self.current.filter(|&h| h >= drafts_before);
            }
            // "a démenti une attaque contre un convoi près de Ber, tout en
            // confirmant ... une attaque contre le camp de Ténenkou": a place
            // told right after an event that did not happen is not a site.
            let cues_before = cue_ends.partition_point(|&(end, _)| end <= group[0].span.0);
            if cues_before > 0 && cue_ends[cues_before - 1].1 {
                continue;
            }
            // "à Tamalat mardi, puis à Inchinane mercredi": each place
            // takes the date told in its own part of the sentence.
            let (mut date, mut date_anchored, mut date_words) =
                (date, date_anchored, date_words.clone());
            let mut counted_back = false;
            let mut own_dated = false;
            if starts.len() > 1 {
                if let Some((d, m)) = own_date(&facts, &starts, k, group) {
                    own_dated = true;
                    (date, date_anchored, date_words) = (*d, true, m.text.clone());
                    counted_back = m.counted_back;
                } else if k > 0 {
                    // The lag between the previous place and this one
                    // counts back to this one, asides and all.
                    let prev_end = facts.places.groups[k - 1].last().map_or(0, |p| p.span.1);
                    counted_back = facts.dates.iter().any(|(_, m)| {
                        m.counted_back && m.span.0 >= prev_end && m.span.1 <= starts[k]
                    });
                }
            } else {
                // "Il intervient trois jours après la mort de 12 passagers
                // tués par une mine près de Mondoro": the one place is the
                // earlier event's.
                counted_back = facts
                    .dates
                    .first()
                    .is_some_and(|(_, m)| m.counted_back && m.span.1 <= starts[0])
                    // "quelques jours après la tuerie de 17 civils à
                    // Tambarga": a lag with no figure dates nothing, but
                    // the dead it counts back to are still the place's.
                    || (facts.dates.is_empty() && facts.toll.earlier.is_some());
            }
            // "Soumpi ... survient deux jours après la mort de 26 civils
            // tués par l'explosion d'une mine à Boni": the place the
            // sentence counts back to takes the dead counted from.
            let lagged;
            let toll = match tolls.iter().find_map(|t| t.earlier).or(facts.toll.earlier) {
                Some(e) if counted_back && toll.deaths.is_none() => {
                    lagged = casualties::SentenceToll {
                        deaths: Some(e),
                        death_groups: vec![(casualties::Group::All, e)],
                        ..Default::default()
                    };
                    &lagged
                }
                _ => toll,
            };
            // "Presque au même moment, la position de Bourem essuyait une
            // attaque", after the boat hit on the 7th: the time is the
            // event's being told, so an incident already told at Bourem on
            // another day is not this one.
            if date_words.is_empty() && date.is_none_or(|_| !date_anchored) {
                if let Some(i) = self.current.filter(|_| same_time_as_told(&facts.text)) {
                    let d = &self.drafts[i];
                    if d.date.is_some() && d.anchored {
                        // The opening words are the date's evidence.
                        let head = facts.text.trim_start();
                        let words = head.split(',').next().unwrap_or(head);
                        (date, date_anchored, date_words) =
                            (d.date, true, crate::fold::head(words, 40).to_string());
                    }
                }
            }
            // "Raid sur Dioura, bombardement de Bandiagara et siège de
            // Boni": each place takes the cue told before it (back to the
            // previous place), else the one after it.
            let cue_type = group_cue_type(&facts, &starts, k, group, cue_type);
            // A headline without a date waits for the body's.
            if heading && facts.dates.is_empty() {
                (date, date_anchored, date_words) = (None, false, String::new());
            }
            // Members already reported join their incident; they also
            // lend their date to the others ("à Amasine et Amasrakad").
            let mut inherited = None;
            let mut fresh: Vec<&PlaceMention> = Vec::new();
            let mut split_off = false;
            // The incident of the list's first member already told takes
            // its toll: "11 civils tués à Dambam, Gudba et Tokabangou" is
            // one count, also when a later sentence has made one of them an
            // incident of its own.
            let mut counted_in: Option<usize> = None;
            // "Jeudi 9 juin, une attaque contre le détachement de Seytenga
            // a fait dix morts", in the story of the massacre there in
            // the night of the 11th to the 12th: a new event told on a day
            // of its own, two days or more from the incident's, is another
            // one at the same place (a night or "la veille" stays within a
            // day).
            let told_day = (!heading
                && !date_words.is_empty()
                && !date_words.starts_with('(')
                && facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical))
            .then_some(date)
            .flatten()
            .filter(|x| x.precision == DatePrecision::Day);
            for p in group {
                let pk = fold(&p.lookup);
                let existing = self.drafts.iter().position(|d| {
                    d.names_key(&pk)
                        && d.date_compatible(date, date_anchored)
                        && told_day.is_none_or(|x| d.days_apart(&x) < 2)
                });
                // "9 morts (7 à Ségué et 2 à Sonfounou)": a place named
                // beside another's incident, now with a count of its own,
                // is an incident of its own.
                // So is one named alone with its own dead ("À Ouatagouna,
                // quatorze habitants ont été tués").
                let own_dead = counted_here
                    || (toll.deaths.is_some() && group.len() == 1 && starts.len() == 1);
                // So is one a headline listed beside another ("à Mansila et
                // à Aorema") whose own event a sentence tells with its own
                // day ("Plus tôt dans la nuit du 3 au 4 mai, des assaillants
                // ont visé une position à Aorema").
                let own_event = !heading
                    && group.len() == 1
                    && starts.len() == 1
                    && !facts.dates.is_empty()
                    && !date_words.is_empty()
                    && !date_words.starts_with('(')
                    && facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical);
                // And so is one where the sentence tells another attack
                // ("Au cours des opérations, l'unité a été prise à partie
                // dans les environs du village de Tokambangou").
                let another_there = !heading && another;
                // "Quinze femmes enlevées vendredi à Toumour", then "le 20
                // novembre, huit civils massacrés à Toumour": the same
                // place on another day told, with an event of another
                // kind, is another incident there.
                let existing = existing.filter(|&i| {
                    let d = &self.drafts[i];
                    let own_day = own_event
                        && date_anchored
                        && date.is_some_and(|x| x.precision == crate::model::DatePrecision::Day);
                    let other_day = d.dated
                        && d.date.is_some_and(|x| {
                            x.precision == crate::model::DatePrecision::Day
                                && date.is_some_and(|y| !x.overlaps(&y))
                        });
                    // Words that only say people were killed, with dead of
                    // their own, tell a killing: an event of the rest's kind.
                    let killing = facts
                        .toll
                        .deaths
                        .is_some_and(|c| c.low.is_some_and(|n| n > 0))
                        .then_some(EventType::Attack);
                    // Or told as earlier, of any kind: "Le 9 juin, quelques
                    // jours plus tôt, c'était la brigade de Seytenga qui
                    // avait été la cible d'une attaque", in the story of
                    // the massacre there on the 12th.
                    let earlier = || told_as_earlier(&facts.text);
                    // "Ces attaques interviennent quelques semaines après
                    // le massacre de Banibangou", of attacks told at
                    // Banibangou and elsewhere: the event counted back from
                    // them is another, even when the lag fixes only its
                    // year. (One told on its own day weeks before them may
                    // be that event.)
                    let told_on = self
                        .current
                        .and_then(|c| self.drafts[c].date)
                        .filter(|x| x.precision <= DatePrecision::Month);
                    let counted_from_this = counted_back
                        && d.dated
                        && date.is_some_and(|y| y.precision > DatePrecision::Day)
                        && d.date.is_some_and(|x| {
                            x.precision == DatePrecision::Day
                                && told_on.is_some_and(|t| (t.start - x.start).num_days() < 7)
                        });
                    !counted_from_this
                        && !(own_day
                            && other_day
                            && (earlier()
                                || cue_type
                                    .or(killing)
                                    .is_some_and(|t| kind_apart(t) != kind_apart(d.event_type))))
                });
                let existing = match existing {
                    Some(i)
                        if !self.drafts[i].same_name(&pk)
                            && (own_dead
                                || another_there
                                || (own_event
                                    && p.road_to.is_none()
                                    && self.drafts[i].also.iter().any(|a| fold(a) == pk))) =>
                    {
                        self.drafts[i].detach(&pk);
                        split_off = true;
                        None
                    }
                    e => e,
                };
                match existing {
                    Some(i) => {
                        let d = &mut self.drafts[i];
                        d.refine_date(date, &date_words);
                        d.upgrade_type(cue_type, &cue_words);
                        // Where the incident's own place lies: not where
                        // another place it lists does ("à Aorema dans la
                        // zone de Ouahigouya" says nothing of Mansila).
                        let own_place = d.same_name(&pk);
                        d.site_from_its_town(p);
                        if d.place.relative.is_none() && own_place {
                            d.place.relative = p.relative.clone();
                        }
                        // "dans l'extrême nord du pays, à Koutoukou": the
                        // body says which part of the country the
                        // headline's place lies in.
                        if d.place.compass.is_none() && own_place {
                            d.place.compass = p.compass;
                        }
                        if counted_in.is_none_or(|c| c == i) {
                            d.absorb_with(&facts, toll);
                            counted_in = Some(i);
                        } else {
                            d.absorb_with(&facts, &casualties::SentenceToll::default());
                        }
                        if facts.places.region.is_some() {
                            d.region = facts.places.region.clone();
                        }
                        inherited = inherited.or(Some((d.date, d.anchored)));
                        self.current = Some(i);
                    }
                    None => fresh.push(p),
                }
            }
            // A headline only previewed the event: the body's list of
            // places is one event ("les bases de Boulikessi et Mondoro").
            // A body that tells the event in the area around the headline's
            // town ("à Tillabéry", then "dans la région de Tillabéry")
            // settles nothing: a later sentence may still say where.
            if let Some(i) = self.current.filter(|&i| {
                let d = &self.drafts[i];
                d.provisional
                    && !heading
                    && fresh.len() < group.len()
                    && !(!d.place.area
                        && !d.place.near
                        && !kind.generic
                        && (facts.toll.deaths.is_some() || !facts.dates.is_empty())
                        && group
                            .iter()
                            .all(|p| p.area && d.same_name(&fold(&p.lookup))))
            }) {
                let d = &mut self.drafts[i];
                d.provisional = false;
                // "Niafunké vient de renouer avec les attaques", after a
                // headline on one attack: no list of places shares its toll.
                let several_told = !fresh.is_empty()
                    || d.sentences
                        .first()
                        .is_some_and(|h| super::typing::names_events(h));
                if plural_event(&facts) && several_told {
                    // "des attaques coordonnées contre sept localités :
                    // Niono, ..., Kayes" after a headline on one of them:
                    // one incident per place, as the body tells it.
                    d.listed = true;
                    // The headline's and this sentence's figures are the
                    // whole list's.
                    d.joint_groups = d.death_groups.clone();
                    let siblings: Vec<Draft> = fresh.drain(..).map(|p| d.sibling_at(p)).collect();
                    self.drafts.extend(siblings);
                } else {
                    d.also.extend(fresh.drain(..).map(|p| p.lookup.clone()));
                }
            }
            let Some(first) = fresh.first() else { continue };
            // "un chef coutumier tué dans la nuit de samedi à dimanche,
            // dans la région de Tillabéri", then "dans la nuit du samedi 30
            // novembre au dimanche 1er décembre, ... le chef du village de
            // Dan Marké": the event told again, on the same day, at a place
            // within the area that alone placed it.
            // So does "dans la zone de Téra", then "aux abords du village
            // de Fonéko": a site near the town that only placed it near.
            let zoomed = self.current.filter(|&i| {
                let d = &self.drafts[i];
                // A site near the town a draft was only placed near: not a
                // draft on a road or estimated from a distance, and not
                // another victim or charge told as such ("un autre engin a
                // explosé à X", "un berger avait lui aussi été assassiné, à
                // Y"). The words are folded only for a draft that passed
                // the cheaper checks, the gazetteer's distance last.
                let near_only =
                    d.place.near && !d.place.estimate && d.place.road_to.is_none() && !first.near;
                let told_as_another = || {
                    told_as_earlier(&facts.text)
                        || another_of_the_same(&facts.text)
                        || crate::fold::ascii_lower_1to1(&facts.text).contains(" aussi ")
                };
                // ("Une autre attaque a eu lieu le même matin à Kelbo" is
                // not the one told in the province.)
                (d.place.area || near_only)
                    && !heading
                    && !another
                    && fresh.len() == 1
                    && !first.area
                    && !date_words.is_empty()
                    && date.is_some_and(|x| x.precision == crate::model::DatePrecision::Day)
                    && d.date == date
                    && cue_type
                        .is_none_or(|t| t == d.event_type || d.event_type == EventType::Attack)
                    && (d.place.area || !told_as_another())
                    && near_each_other_km(g, &d.place.lookup, &first.lookup, area_reach_km(d))
            });
            if let Some(i) = zoomed {
                let d = &mut self.drafts[i];
                d.move_to(first);
                d.upgrade_type(cue_type, &cue_words);
                d.absorb_with(&facts, toll);
                self.current = Some(i);
                continue;
            }
            // "Ansongo : Une mine fait 3 morts", then "Les faits se sont
            // produits, le jeudi 11 octobre, à 80 km au sud-est de
            // Talataye": words that only point back say where and when
            // the headline's event was, even with a day of their own.
            // A body sentence with one new place whose words only point
            // back at draft `d`, of a compatible date, within `km` of it.
            let points_back_to = |d: &Draft, km: f64| {
                !heading
                    && fresh.len() == 1
                    && !facts.cues.is_empty()
                    && facts.cues.iter().all(|c| c.anaphoric && !c.hypothetical)
                    && d.date_compatible(date, date_anchored)
                    && near_each_other_km(g, &d.place.lookup, &first.lookup, km)
            };
            let placed_back = self.current.filter(|&i| {
                let d = &self.drafts[i];
                d.heading && d.provisional && points_back_to(d, 300.0)
            });
            if let Some(i) = placed_back {
                let d = &mut self.drafts[i];
                // "Massacre à Tillia", then "le bilan de l'attaque (région
                // de Tahoua)": the area around the headline's site says no
                // better where.
                let coarser = first.area && !d.place.area && !d.place.estimate;
                if !coarser {
                    d.move_to(first);
                }
                d.refine_date(date, &date_words);
                d.absorb_with(&facts, toll);
                self.current = Some(i);
                continue;
            }
            // "à Namsiguia", then "l'incident s'est produit sur l'axe
            // Bourzanga-Djibo": words that only point back name the road
            // the site lies on, which places the event no better.
            let road_back = self.current.filter(|&i| {
                let d = &self.drafts[i];
                first.road_to.is_some()
                    && d.place.road_to.is_none()
                    && !d.place.area
                    && points_back_to(d, 100.0)
            });
            if let Some(i) = road_back {
                let d = &mut self.drafts[i];
                d.also.push(first.lookup.clone());
                d.absorb_with(&facts, toll);
                continue;
            }
            // "une offensive contre un camp à Soumpi dans le cercle de
            // Nianfunké", then "l'attaque contre Nianfunké a fait 14 morts":
            // words that only point back, naming the cercle the site lies
            // in by its town, tell the same event.
            let in_its_cercle = self.current.filter(|&i| {
                let d = &self.drafts[i];
                date_words.is_empty()
                    && !another
                    && fresh.len() == 1
                    && !facts.cues.is_empty()
                    && facts.cues.iter().all(|c| c.anaphoric && !c.hypothetical)
                    && d.place.within.as_deref().is_some_and(|w| {
                        w.strip_prefix("cercle de ")
                            .is_some_and(|town| fold(town) == fold(&first.lookup))
                    })
            });
            if let Some(i) = in_its_cercle {
                let d = &mut self.drafts[i];
                d.upgrade_type(cue_type, &cue_words);
                d.absorb_with(&facts, toll);
                continue;
            }
            // No time of its own and a place a few km from the incident
            // being told ("la première attaque dans la capitale"): the
            // same event, seen from further away.
            // A sentence naming another kind of event ("tirs de mortier
            // sur la caserne de Molodo" after an attack on Niono) tells
            // another event.
            if date_words.is_empty() && !split_off && !another {
                if let Some(i) = self
                    .current
                    .filter(|&i| cue_type.is_none_or(|t| t == self.drafts[i].event_type))
                {
                    if near_each_other(g, &self.drafts[i].place.lookup, &first.lookup) {
                        let d = &mut self.drafts[i];
                        // "... à 45 km au sud de Fada N'Gourma", then "la
                        // cible d'une attaque au niveau de la localité de
                        // Kikideni": the village the account names is where
                        // the estimate was reaching for.
                        if d.provisional
                            && (d.place.estimate || d.place.area)
                            && first.known
                            && !first.area
                            && !first.estimate
                            && !first.near
                            && first.road_to.is_none()
                            && !facts.cues.is_empty()
                        {
                            d.move_to(first);
                        }
                        d.absorb_with(&facts, toll);
                        continue;
                    }
                }
            }
            // Unknown names only in a group with a known one, a region
            // to place them in, or a distance from a known town
            // ("Dogofryba, localité située à 5 km au nord de Diabaly").
            let measured_from_known = group.iter().any(|p| {
                p.relative
                    .as_ref()
                    .is_some_and(|r| super::places::knows(g, &r.reference))
            });
            // So does the commune the text sets it in ("deux à Ndidja,
            // dans la commune de Djibo, et deux autres à Fetokoba").
            let seated = group.iter().any(|p| {
                p.seat
                    .as_deref()
                    .or(p.within.as_deref())
                    .is_some_and(|u| super::places::knows(g, u))
            });
            // So does its own count in a breakdown beside a known village
            // ("dont 70 à Tchombangou et 30 à Zaroumdareye").
            let counted_beside_known = counted_here && toll.deaths.is_some() && names_known;
            // So does the word of a settlement, told as what an event befell
            // ("ont attaqué le village de Tchiambongou"): the next sentence
            // may give its region.
            let named_village = !heading
                && facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical)
                && village_named(&facts.text[..first.span.0]);
            if !first.known
                && !group.iter().any(|p| p.known)
                && !seated
                && facts.places.region.is_none()
                && !unknown_site_told
                && !measured_from_known
                && !counted_beside_known
                && !named_village
            {
                continue;
            }
            let (d, a) = match (date_words.is_empty(), inherited) {
                (true, Some((d, a))) => (d, a),
                (true, None) => {
                    // "au même moment", "également": the story's date.
                    let cur = self
                        .current
                        .map(|i| (self.drafts[i].date, self.drafts[i].anchored));
                    cur.unwrap_or((article.published, article.published.is_some()))
                }
                _ => (date, date_anchored),
            };
            let (d, a) = if heading && date_words.is_empty() {
                (None, false)
            } else {
                (d, a)
            };
            // "Plus de trente civils tués à Silgadji", then "ont encerclé ce
            // village de la commune de Tongomayel, dans la province du
            // Soum": the body's first account, placed only by an area that
            // holds the headline's village, is at that village.
            let headline_village = self
                .heading_place
                .as_ref()
                .filter(|(name, area)| {
                    !area
                        && first.area
                        && !heading
                        && self.drafts.is_empty()
                        && near_each_other_km(g, name, &first.lookup, 100.0)
                })
                .map(|(name, _)| PlaceMention {
                    written: name.clone(),
                    lookup: name.clone(),
                    known: true,
                    ..Default::default()
                });
            let settled = headline_village.is_some();
            let mut dr = Draft::new(
                headline_village.unwrap_or_else(|| (*first).clone()),
                d,
                a,
                cue_type.unwrap_or(EventType::Attack),
            );
            dr.provisional = heading || (first.area && !settled) || first.estimate;
            dr.another = another;
            dr.heading = heading;
            dr.recalled = recalled;
            dr.counted_here = counted_here;
            dr.dated = !date_words.is_empty() && !date_words.starts_with('(');
            dr.also = fresh.iter().skip(1).map(|p| p.lookup.clone()).collect();
            dr.evidence.push(("place".into(), dr.place.written.clone()));
            if !date_words.is_empty() {
                dr.evidence.push(("date".into(), date_words.clone()));
            }
            dr.evidence.push(("type".into(), cue_words.clone()));
            // "Un mois après l'attaque d'Inates, ... à Chinégodar": the
            // earlier attack counted back to is not what the headline or
            // the sentences before told; they wait for the next place.
            let lead = if counted_back && k + 1 < starts.len() {
                Vec::new()
            } else {
                std::mem::take(&mut self.lead)
            };
            for l in lead {
                // A lead's total over several operations is no one
                // incident's toll; nor is the toll of a lead sentence
                // that tells its own day ("Le 21 mai, un renseignement a
                // permis de neutraliser 2 terroristes", before "le 28 mai,
                // une reconnaissance offensive ... à Dangaténé").
                // So is a lead's week or month that the event's day lies
                // outside ("La semaine écoulée, 12 personnes avaient été
                // abattues", before an attack on Thursday).
                let own_day = l.dates.iter().any(|(d, m)| {
                    let day_apart = matches!(m.anchor, DateAnchor::Absolute { .. })
                        && d.is_some_and(|d| {
                            d.precision == DatePrecision::Day
                                && dr
                                    .date
                                    .is_some_and(|x| x.precision == DatePrecision::Day && x != d)
                        });
                    let period_apart =
                        matches!(m.anchor, DateAnchor::LastWeek | DateAnchor::LastMonth)
                            && !m.report
                            && d.zip(dr.date).is_some_and(|(d, x)| {
                                x.precision == DatePrecision::Day
                                    && (x.start < d.start || x.end > d.end)
                            });
                    day_apart || period_apart
                });
                // A lead over events of several kinds ("deux attaques
                // distinctes et l'explosion d'une mine") tells no one
                // incident's kind either.
                if l.summary && several_kinds(&l) {
                    continue;
                }
                if l.summary || own_day {
                    dr.absorb_with(&l, &casualties::SentenceToll::default());
                } else {
                    dr.absorb(&l);
                    // "l'attaque de deux villages dans lesquels 105 civils
                    // ont été tués": the figure is both villages', which
                    // gives way to each one's own.
                    if super::typing::several_sites(&l.text) {
                        super::draft::add_unique(
                            &mut dr.joint_groups,
                            l.toll.death_groups.iter().copied(),
                        );
                    }
                }
                dr.upgrade_type(l.cue_type(), &l.cue_words());
            }
            // (Not a count heading a line before its colon, "Deux attaques
            // distinctes le 3 août : embuscade ... Nampala, 2 soldats tués":
            // what follows the colon tells one of them.)
            // (Read only for a sentence that counts several events.)
            let headed = || {
                facts.text[..first.span.0]
                    .rfind(':')
                    .is_some_and(|c| !super::events::counts_several(&facts.text[c..]))
            };
            // A count of events over no list is no one incident's toll;
            // but the toll of "deux attentats simultanés contre le camp
            // d'Agadez et le site d'Areva à Arlit : une vingtaine de morts"
            // is the list's, moved to its first site above.
            if kind.counts_several
                && !own_tolls
                && !headed()
                && list_toll_at != Some(k)
                && !(fresh.len() == 1 && all_at(&facts.text[..first.span.0]))
            {
                dr.absorb_with(&facts, &casualties::SentenceToll::default());
            } else {
                dr.absorb_with(&facts, toll);
            }
            dr.origin = facts.no;
            dr.beside = known_here.clone();
            // "des attaques simultanées contre Kayes, Nioro du Sahel et
            // Diboli", "des frappes à Amasine et Amasrakad": a plural
            // event noun over a list is one incident per place; the
            // toll, given for all, stays with the first.
            let told_apart = fresh.len() > 1
                && (plural_event(&facts)
                    || super::typing::each_with_its_a(
                        &facts.text[..first.span.0],
                        fresh
                            .windows(2)
                            .map(|w| facts.text.get(w[0].span.1..w[1].span.0).unwrap_or("")),
                    ));
            let split =
                if fresh.len() > 1 && (told_apart || plural_places(&facts.text[..first.span.0])) {
                    let mut v = Vec::new();
                    dr.listed = true;
                    dr.told_apart = told_apart;
                    // The figures told so far (a placeless headline's,
                    // this sentence's) are the whole list's.
                    dr.joint_groups = dr.death_groups.clone();
                    for p in fresh.iter().skip(1) {
                        v.push(dr.sibling_at(p));
                    }
                    dr.also.clear();
                    v
                } else {
                    vec![]
                };
            if let Some(h) = list_head.filter(|_| list_from.is_some_and(|j| k > j)) {
                made_sibling = true;
                dr.list_head = Some(h);
            }
            self.drafts.push(dr);
            let head = self.drafts.len() - 1;
            // What the next sentences tell belongs to the first place;
            // not to a place told after it with an earlier day of its own
            // ("une frappe jeudi à Tongomayel contre le chef responsable
            // de l'attaque de Silgadji …, en janvier 2020"), an event
            // recalled in passing.
            let recalled_in_passing = own_dated
                && first_made.is_some_and(|f| {
                    matches!((self.drafts[f].date, self.drafts[head].date),
                        (Some(a), Some(b)) if b.end < a.start)
                });
            if !recalled_in_passing {
                self.current = told_before.or(Some(head));
            }
            first_made.get_or_insert(head);
            if counted_back {
                counted_back_heads.push(head);
            }
            // "L'attaque de Pansi intervient quelques jours après celle
            // perpétrée à Sebba. Le 10 février, un groupe armé avait fait
            // irruption dans la ville ...": the earlier event counted back
            // to is told on in the pluperfect.
            if told_before.is_some() || counted_back {
                self.aside = Some((facts.no, head));
            }
            self.drafts.extend(split.into_iter().map(|mut s| {
                s.list_head = Some(head);
                s
            }));
        }
        // What the next sentences tell of a list ("Bilan conjoint : 9 FDS
        // tués") belongs to its first place, as for a list in one group.
        // Not when the first is an earlier event the sentence counts back
        // to ("Trois jours après l'embuscade de Déou, les soldats de
        // Tin-Akoff ont été visés lundi").
        if let Some(i) =
            list_head.filter(|h| listed_only && made_sibling && !counted_back_heads.contains(h))
        {
            self.current = Some(i);
        }
    }

    /// Several explicit dates and one place: one incident per date. Returns
    /// whether the sentence was read so.
    fn one_per_date(&mut self, facts: &SentenceFacts) -> bool {
        // Several explicit dates and one place: one event per date
        // ("La Terrasse (avril 2015), Radisson Blu (novembre 2015)").
        // Days listed together at one named site ("Sanakadougou ... à deux
        // reprises, le jeudi 9 et le dimanche 12 février") are one event
        // each too; at an area they may be events at several sites, which
        // the sentences after tell ("le premier ... à Tanwalbougou").
        let one_site = facts.places.groups.len() == 1
            && facts.places.groups[0].len() == 1
            && !facts.places.groups[0][0].area;
        let mut absolute: Vec<(Option<IncidentDate>, &dates::DateMention, bool)> = Vec::new();
        for (d, m) in &facts.dates {
            match d {
                Some(range) if one_site && !m.listed.is_empty() => {
                    for &day in &m.listed {
                        let on = chrono::NaiveDate::from_ymd_opt(
                            chrono::Datelike::year(&range.start),
                            chrono::Datelike::month(&range.start),
                            day,
                        );
                        absolute.push((on.map(IncidentDate::day), m, true));
                    }
                }
                _ if m.anchor.is_absolute() => absolute.push((*d, m, false)),
                _ => {}
            }
        }
        if absolute.len() > 1 && facts.places.groups.len() == 1 && facts.places.groups[0].len() == 1
        {
            let place = &facts.places.groups[0][0];
            let mut prev_end = 0;
            let mut first = true;
            let mut segment_cues: Vec<events::Cue> = Vec::new();
            for (d, m, listed) in absolute {
                // The days of one list share the words told before it.
                if !listed || first {
                    segment_cues = facts
                        .cues
                        .iter()
                        .filter(|c| c.span.0 >= prev_end && c.span.1 <= m.span.0)
                        .cloned()
                        .collect();
                }
                prev_end = m.span.1;
                let t = best_type(&segment_cues).unwrap_or(EventType::Attack);
                let mut dr = Draft::new(place.clone(), d, true, t);
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
                // "le 9 et le 12 février, ... sept civils tués": one toll
                // told for days listed together is their total, given to
                // the first day.
                if listed && !first {
                    dr.absorb_with(facts, &Default::default());
                } else {
                    dr.absorb(facts);
                }
                first = false;
                dr.origin = facts.no;
                self.drafts.push(dr);
                self.current = Some(self.drafts.len() - 1);
            }
            return true;
        }
        false
    }

    /// A sentence that starts no incident: it adds to the incident whose
    /// place it names, or to the one being told, or waits in the lead.
    fn add(&mut self, facts: SentenceFacts, has_places: bool, generic: bool) {
        let g = self.g;
        if self.split_counts(&facts, false) || self.split_named_beside(&facts) {
            return;
        }
        if !has_places && (self.relief_hit(&facts) || self.reprisal(&facts)) {
            return;
        }
        // No new event here: add to the incident whose place it names, or
        // to the one being told.
        let named = facts.places.groups.iter().flatten().find_map(|p| {
            let pk = fold(&p.lookup);
            self.drafts.iter().position(|d| d.names_key(&pk))
        });
        // "L'attaque a eu lieu samedi 1er mai, selon le gouvernorat de la
        // région de Tahoua": an area around the incident being told names
        // no other site.
        let around_current = has_places
            && self.current.is_some_and(|i| {
                facts.places.groups.iter().flatten().all(|p| {
                    p.area && near_each_other_km(g, &self.drafts[i].place.lookup, &p.lookup, 300.0)
                })
            });
        let mut target = match named {
            Some(i) if facts.cues.iter().all(|c| c.anaphoric) || Some(i) == self.current => Some(i),
            _ if !has_places || around_current => self.current,
            _ => None,
        };
        // "… lors de cette dernière attaque", after an earlier attack
        // recalled: the latest of the events told, not the one told last.
        if !has_places && this_latest(&facts.text) {
            let latest = self
                .drafts
                .iter()
                .enumerate()
                .filter_map(|(i, d)| d.date.map(|x| (x.end, i)))
                .max()
                .map(|(_, i)| i);
            if latest.is_some() && target.is_some() {
                target = latest;
            }
        }
        // "Le poste avait déjà été attaqué dans la nuit du 31 mai au 1er
        // juin 2016. Trois policiers y avaient péri.": the pluperfect goes
        // on with the earlier event recalled, not the story's.
        let mut on_aside = false;
        if let Some((_, i)) = self.aside.filter(|&(n, _)| n + 1 == facts.no) {
            // So does "Ce jour-là, au moins 160 civils ont été tués":
            // the day just recalled.
            if !has_places && (pluperfect(&facts.text) || that_day(&facts.text)) {
                target = Some(i);
                on_aside = pluperfect(&facts.text)
                    && self.drafts[i]
                        .date
                        .is_some_and(|d| d.precision > DatePrecision::Day);
            }
        }
        if self.untold_aside.is_some_and(|n| n + 1 == facts.no)
            && !has_places
            && pluperfect(&facts.text)
        {
            self.untold_aside = Some(facts.no);
            target = None;
        }
        // "En rappel, ce poste avait déjà été attaqué dans la nuit du 31 mai
        // au 1er juin 2016": the place told, struck before on a day of its
        // own; the next sentence in the pluperfect goes on with it.
        if let Some(i) = target.filter(|_| !has_places && struck_here_before(&facts.text)) {
            if self.earlier_event_here(i, &facts) {
                self.aside = Some((facts.no, self.drafts.len() - 1));
                return;
            }
        }
        // "L'attaque a eu lieu dans la localité de Kompienbiga, à une
        // douzaine de kilomètres de Pama", of an incident the headline
        // placed at Pama: the village is the site, the town its reference.
        if let Some(i) = target.filter(|_| facts.cues.iter().any(|c| !c.hypothetical)) {
            let site =
                facts.places.groups.iter().flatten().find(|p| {
                    p.known && !p.area && !p.estimate && measured_from(p, &self.drafts[i])
                });
            if let Some(p) = site {
                let d = &mut self.drafts[i];
                let old = d.move_to(p);
                d.also.retain(|a| fold(a) != fold(&p.lookup));
                d.also.push(old.lookup);
            }
        }
        // "L'attaque a eu lieu dans le village de Kokoloko, à environ 120 km
        // à l'ouest de Niamey": a sentence back on the incident's own place
        // says where that place lies.
        if let Some(i) = target.filter(|&i| self.drafts[i].place.relative.is_none()) {
            let told = facts.places.groups.iter().flatten().find(|p| {
                let pk = fold(&p.lookup);
                p.relative.is_some() && self.drafts[i].same_name(&pk)
            });
            if let Some(p) = told {
                self.drafts[i].place.relative = p.relative.clone();
            }
        }
        // "Attaque à Ménaka", then "l'attaque du campement nomade à 45 km
        // de la ville de Ménaka": the town named first is the reference
        // of the site, which lies that far from it.
        if let (Some(i), [only]) = (target, facts.places.groups.as_slice()) {
            if let [p] = only.as_slice() {
                self.drafts[i].site_from_its_town(p);
            }
        }
        // "Des hommes armés ont surgi samedi à Diallassagou": the incident
        // being told was placed only by its headline, an area, a distance
        // or a nearby town, and this sentence names a place within reach
        // of it.
        if target.is_none() && named.is_none() {
            if let (Some(i), Some(p)) = (
                self.current,
                facts.places.groups.first().and_then(|g| g.first()),
            ) {
                let d = &self.drafts[i];
                let (d0, a0, _) = facts.first_date();
                // So was one placed only "près de Bamako", when the
                // sentence tells the event again: "l'attaque a eu lieu au
                // poste de contrôle de Santiguila" says where (a town the
                // displaced fled to or a health centre does not).
                let retold = !facts.cues.is_empty() && !facts.places.office_only;
                // Words that point back ("Les faits se sont produits sur
                // l'axe Boré-Konna", under "Mopti : ...") tell where the
                // headline's event was, anywhere in its region.
                let pointing_back = facts.cues.iter().any(|c| c.anaphoric && !c.hypothetical);
                // An incident placed only in an area ("dans la région de
                // Tillabéry"), then "les soldats se trouvaient près de
                // Banibangou": anywhere the area reaches.
                let reach = if pointing_back && d.provisional {
                    300.0
                } else if d.place.area {
                    area_reach_km(d).max(100.0)
                } else {
                    100.0
                };
                // "Cette attaque ... avait eu lieu à Intangom": told in the
                // pluperfect, an earlier event recalled, not this one's place.
                // Nor does a figure over months ("ces derniers mois, le
                // département voisin de Banibangou enregistre des attaques"),
                // nor an office's town ("le gouverneur de Ségou s'est rendu
                // sur place").
                if (d.provisional || (d.place.near && !p.near && retold))
                    && !pluperfect(&facts.text)
                    && !facts.statistic
                    && !facts.places.office_only
                    && p.known
                    && !p.area
                    && d.date_compatible(d0, a0)
                    && near_each_other_km(g, &d.place.lookup, &p.lookup, reach)
                {
                    let d = &mut self.drafts[i];
                    let old = d.move_to(p);
                    if !old.area && !old.estimate {
                        d.also.push(old.lookup);
                    }
                    d.also.extend(
                        facts.places.groups[0]
                            .iter()
                            .skip(1)
                            .map(|p| p.lookup.clone()),
                    );
                    target = Some(i);
                }
            }
        }
        // "une embuscade dans la région de Tahoua", then "... dans le
        // département de Tillia": a finer area for the event being told.
        if named.is_none() && facts.places.groups.is_empty() {
            if let (Some(i), Some(f)) = (self.current, facts.places.fallback.as_ref()) {
                let d = &self.drafts[i];
                let (d0, a0, _) = facts.first_date();
                if d.place.area
                    && f.area
                    && area_rank(&area_kind(&f.written)) < area_rank(&area_kind(&d.place.written))
                    && d.date_compatible(d0, a0)
                    && near_each_other_km(g, &d.place.lookup, &f.lookup, 300.0)
                {
                    let d = &mut self.drafts[i];
                    d.place = f.clone();
                    d.evidence.push(("place".into(), f.written.clone()));
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
        // "Dans la même région, trois soldats ont été tués dans une attaque
        // dans la nuit de mardi à mercredi", after Tuesday's kidnapping at
        // Farabougou: another event somewhere in the region, on a time of
        // its own, is not more of the one told.
        if let Some(i) = target.filter(|_| !has_places && elsewhere_in_the_area(&facts.text)) {
            let (d, a, words) = facts.first_date();
            if !words.is_empty()
                && d.is_some()
                && (self.drafts[i].date != d || !self.drafts[i].date_compatible(d, a))
                && facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical)
            {
                target = None;
            }
        }
        // "En début de semaine, des attaques simultanées ont fait au moins
        // une quarantaine de morts": other events, told together on a time
        // of their own with no place, add nothing to the one told.
        if let Some(i) = target.filter(|_| !has_places && facts.toll.deaths.is_some()) {
            let (d, _, _) = facts.first_date();
            let own_time = d.is_some() && d != self.drafts[i].date;
            if own_time
                && facts.cues.iter().all(|c| !c.anaphoric)
                && several_other_events(&facts.text)
            {
                target = None;
            }
        }
        // "Le 19 août, quinze soldats avaient été tués dans la même zone":
        // an earlier event recalled with its own day is not the one told.
        if let Some(i) = target.filter(|_| !has_places && pluperfect(&facts.text)) {
            let (d, anchored, _) = facts.first_date();
            // So is "La veille, un raid avait causé la mort de 30 soldats":
            // the day before the one told, with an event of its own.
            let day_before_with_own_event = facts.cues.iter().any(|c| !c.anaphoric)
                && facts
                    .dates
                    .iter()
                    .any(|(_, m)| matches!(m.anchor, DateAnchor::DaysAfter(n) if n < 0));
            let own_day = day_before_with_own_event
                || facts.dates.iter().any(|(_, m)| {
                    matches!(
                        m.anchor,
                        DateAnchor::Absolute { .. } | DateAnchor::LastNamedMonth(_)
                    )
                });
            // "Le mois précédent, une dizaine de personnes avaient été
            // tuées dans une mosquée": a time before the one told, with
            // no date of its own to compare.
            if d.is_none() && period_before_the_story(&facts.text) {
                target = None;
                self.untold_aside = Some(facts.no);
            }
            // Two days the text gave apart ("le 19 mars, l'armée avait
            // rapporté ..." after "ce 21 mars"): the earlier day is its own,
            // which the leeway between sources' dates does not cover.
            let cur = &self.drafts[i];
            let other_day = cur.dated
                && d.zip(cur.date).is_some_and(|(d, c)| {
                    d.precision == DatePrecision::Day
                        && c.precision == DatePrecision::Day
                        && !d.overlaps(&c)
                });
            if own_day && d.is_some() && (other_day || !cur.date_compatible(d, anchored)) {
                target = None;
                self.untold_aside = Some(facts.no);
            }
        }
        // "C'est la seconde fois que ce poste est attaqué en l'espace de
        // six mois. Cet acte terroriste avait occasionné le décès de 18
        // soldats": the earlier attack's dead, not the told one's.
        let earlier_told = self.said_again_at.is_some_and(|n| n + 1 == facts.no);
        // "C'est la deuxième fois que ce poste est visé. En juillet
        // dernier, 18 militaires ont été tués.": with a day of its own,
        // the earlier attack is an incident at the same place.
        // (An event with no dead too: "… Le mois dernier, des hommes
        // armés avaient incendié le marché.")
        let told = || facts.cues.iter().any(|c| !c.hypothetical) || facts.toll.someone_died();
        if let Some(i) = self
            .current
            .filter(|_| earlier_told && !has_places && told())
        {
            if self.earlier_event_here(i, &facts) {
                return;
            }
        }
        if earlier_told && !has_places && pluperfect(&facts.text) {
            target = None;
        }
        // "La dernière attaque survenue dans ce camp remonte au 13 novembre
        // 2016": the earlier attack on the place of the story, on its own
        // day.
        if let Some(i) = target.filter(|_| !has_places && last_one_here(&facts.text)) {
            if self.earlier_event_here(i, &facts) {
                return;
            }
        }
        // "Aussi, quatre soldats ont été tués dans une embuscade en 2017
        // dans la même région", after a massacre of January 2021, or "en
        // décembre dernier" in a story of June: an event of another year,
        // told in any tense, is not the one told.
        if let Some(i) = target.filter(|_| !has_places) {
            let cur = self.drafts[i].date;
            let other_year = facts.dates.iter().any(|(d, m)| {
                !m.report
                    && (m.anchor.is_absolute() || matches!(m.anchor, DateAnchor::LastNamedMonth(_)))
                    && d.zip(cur).is_some_and(|(d, cur)| {
                        d.end.year() < cur.start.year() || d.start.year() > cur.end.year()
                    })
            });
            // "En novembre, les autorités ont annoncé la mort de 69
            // membres d'un comité", in a story of February: what was
            // reported in a year before the event told happened before it.
            // (Its year may be left to the reader: a month named before
            // the story's is of the year before.)
            let reported_before = facts.report_date.as_ref().is_some_and(|(d, m)| {
                matches!(
                    m.anchor,
                    DateAnchor::Absolute { .. } | DateAnchor::LastNamedMonth(_)
                ) && d
                    .zip(cur)
                    .is_some_and(|(d, cur)| d.end.year() < cur.start.year())
            });
            if other_year || reported_before {
                target = None;
            }
        }
        // "Dans la même journée, une autre attaque a fait cinq morts": a
        // second event with dead of its own, after one already counted,
        // is not more of the first, even on its day and with no place of
        // its own; the first one's place is the best guess the text gives.
        // A hospital's town ("admis à l'hôpital de Sévaré") is no place
        // of its own.
        // So is "Nuit du 9 au 10 janvier, nouvelle attaque", after the
        // attack of the 4th: another event on a day of its own, even with
        // no dead counted.
        let (d0, _, _) = facts.first_date();
        let own_day = |cur: &Draft| {
            d0.is_some_and(|d| {
                d.precision == DatePrecision::Day
                    && cur
                        .date
                        .is_some_and(|c| c.start != d.start && c.end != d.end)
            })
        };
        let killed = facts.toll.someone_died();
        // (The day first: the pattern runs only when the sentence has one
        // of its own.)
        let again =
            || self.current.is_some_and(|i| own_day(&self.drafts[i])) && struck_again(&facts.text);
        if (!has_places || facts.places.office_only)
            && !generic
            && ((another_attack(&facts.text) && killed) || again())
        {
            let counted = self
                .current
                .filter(|&i| self.drafts[i].dead_told() || own_day(&self.drafts[i]));
            if let Some(i) = counted {
                let (d, a, words) = facts.first_date();
                let cur = &self.drafts[i];
                let (d, a) = if d.is_some() {
                    (d, a)
                } else {
                    (cur.date, cur.anchored)
                };
                let mut dr = cur.another_event_here(d, a, words, &facts);
                dr.counted_here = true;
                dr.place.near = true;
                self.drafts.push(dr);
                self.current = Some(self.drafts.len() - 1);
                return;
            }
        }
        // "Pour rappel, en mai dernier, des conflits dans la même localité
        // avaient fait 24 morts": a recall with a time of its own is an
        // earlier event, never more of the one told; at the story's place
        // when the text says so.
        if let Some(i) = target.filter(|_| !has_places && recalls(&facts.text)) {
            let (d, a, words) = facts.first_date();
            let cur = &self.drafts[i];
            if d.is_some() && !words.is_empty() && cur.date != d {
                if at_the_same_place(&facts.text) && facts.toll.deaths.is_some() {
                    let mut dr = cur.another_event_here(d, a, words, &facts);
                    dr.counted_here = true;
                    self.drafts.push(dr);
                    return;
                }
                target = None;
            }
        }
        // "Le lendemain, une moto a heurté une mine à proximité du même
        // village": an event of its own, on another day, at the place of
        // the one being told.
        // So is "la veille, un autre véhicule avait aussi sauté sur un
        // engin explosif", even told in the pluperfect: another charge on
        // another day, where the story is.
        if !has_places
            && !generic
            && facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical)
            && ((at_the_same_place(&facts.text) && !pluperfect(&facts.text))
                || another_of_the_same(&facts.text)
                || opens_on_earlier(&facts.text))
        {
            if let Some(i) = self.current {
                let (d, a, words) = facts.first_date();
                let cur = &self.drafts[i];
                // "Pour rappel, en mai dernier, des conflits dans la même
                // localité ont fait 24 morts", in a story of August: a
                // month or a year of its own, apart from the story's day.
                let another_day = d.is_some_and(|x| {
                    if x.precision == crate::model::DatePrecision::Day {
                        cur.date != Some(x)
                    } else {
                        !cur.date_compatible(Some(x), a)
                    }
                });
                if another_day && !words.is_empty() {
                    let mut dr = cur.another_event_here(d, a, words, &facts);
                    dr.counted_here = true;
                    self.drafts.push(dr);
                    self.current = Some(self.drafts.len() - 1);
                    return;
                }
            }
        }
        // "Ce lundi matin, un engin explosif a fait détonation dans le
        // village où les parents des victimes étaient réunis", after the
        // account of Sunday's attack: a sentence that opens on a day of its
        // own and tells an event of another kind, with no place of its
        // own, is that event, where the story is.
        if !has_places && !generic && !pluperfect(&facts.text) {
            if let Some(i) = self.current {
                let cur = &self.drafts[i];
                let (d, a, words) = facts.first_date();
                let opens_on_day = facts
                    .dates
                    .first()
                    .is_some_and(|(od, m)| m.span.0 <= 12 && !m.report && od.is_some() && *od == d);
                let day =
                    |x: Option<IncidentDate>| x.is_some_and(|x| x.precision == DatePrecision::Day);
                let kind = facts.cues.iter().all(|c| !c.anaphoric && !c.hypothetical)
                    && facts.cue_type().is_some_and(|t| t != cur.event_type);
                if opens_on_day && kind && cur.dated && day(cur.date) && day(d) && d != cur.date {
                    // Placed by the story only: a later sentence may say
                    // where ("survenu dans le cercle de Bankass").
                    let mut dr = cur.another_event_here(d, a, words, &facts);
                    dr.place.near = true;
                    dr.provisional = true;
                    dr.later_here = true;
                    self.drafts.push(dr);
                    self.current = Some(self.drafts.len() - 1);
                    return;
                }
            }
        }
        // "les FAMa ont neutralisé 17 terroristes, selon un communiqué publié
        // le 19 janvier", in a story of 28 January: a report older than the
        // day told speaks of an earlier event, in the report's month; a
        // later sentence may say where.
        if !has_places && !generic {
            if let Some(dr) = self.reported_before_the_story(&facts) {
                self.drafts.push(dr);
                self.current = Some(self.drafts.len() - 1);
                return;
            }
        }
        // "Dans la Boucle du Mouhoun, les forces ont pris l'initiative, le
        // 6 novembre 2024." while another day is told: the day and region
        // of the account the next sentence places.
        let areas_only = facts.places.groups.iter().flatten().all(|p| p.area);
        if areas_only && !generic && facts.toll.deaths.is_none() && !self.drafts.is_empty() {
            if let Some(r) = facts.places.region.clone() {
                if self.another_day_told(&facts) {
                    let (d, a, _) = facts.first_date();
                    self.announced = Some((d, a, facts.cue_type()));
                    self.announced_region = Some(r);
                    return;
                }
            }
        }
        // A placeless sentence with its own event and time ("deux autres
        // attaques, menées samedi matin") announces what the next one places.
        if !has_places
            && facts.cues.iter().any(|c| !c.anaphoric)
            && !facts.dates.is_empty()
            && !self.drafts.is_empty()
            && !generic
            && (announces_others(&facts.text)
                || self.another_day_told(&facts)
                || self.earlier_time_told(&facts)
                || turns_to_another_event(&facts.text))
        {
            let (d, a, _) = facts.first_date();
            self.announced = Some((d, a, facts.cue_type()));
            if facts.toll.deaths.is_none() {
                return;
            }
            // "Le 3 décembre 2021, trente-trois forains ont été tués", then
            // "leur bus a été intercepté ... à la foire de Bandiagara": the
            // dead are those of the event the next sentence places.
            // So are those of "Par ailleurs, deux soldats ont été tués
            // dimanche par l'explosion d'une mine".
            if self.another_day_told(&facts)
                || self.earlier_time_told(&facts)
                || turns_to_another_event(&facts.text)
            {
                self.announced_toll = Some(facts);
                return;
            }
        }
        // "Dinangourou est sous blocus depuis le 2 mai. Dimanche, six
        // villageois ... ont été tués": a siege is a state; a placeless
        // sentence telling an event of another kind on a day of its own
        // is a new event at the besieged place.
        if let Some(i) = target.filter(|&i| self.during_siege(i, &facts, has_places)) {
            let (d, _, w) = facts.first_date();
            let dr = self.drafts[i].another_event_here(d, true, w, &facts);
            // A headline's count of these dead ("Dinangourou sous blocus, six
            // villageois tués") previewed this event, not the siege.
            let told = dr.death_groups.clone();
            self.drafts[i].death_groups.retain(|g| !told.contains(g));
            self.drafts.push(dr);
            self.current = Some(self.drafts.len() - 1);
            return;
        }
        // "Mi-août, sept gendarmes ont été tués dans l'explosion d'un
        // engin", after the story of a night in September: a sentence
        // that opens on a day or month of its own, apart from the told
        // one's, and names no place, is an earlier event recalled.
        if let Some(i) = target.filter(|_| !has_places) {
            let (d, anchored, _) = facts.first_date();
            let cur = &self.drafts[i];
            // (An account the text gave no day yet takes this one: "C'est à
            // Béléhédé que ... sont évoqués. Le 28 février 2022, une
            // trentaine de commerçants sont tués". One that took the
            // story's day from an earlier sentence has a day.)
            if opening_date(&facts).is_some()
                && self.has_its_day(cur)
                && cur.date.is_some()
                && d.is_some()
                && !cur.date_compatible(d, anchored)
                && facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical)
            {
                return;
            }
        }
        match target {
            Some(i) => {
                let (d, _, w) = facts.first_date();
                // A day and month without a year ("mercredi 6 septembre",
                // "le 6 septembre") names a day of the story's year: it
                // refines a week or a month it falls in, and nothing else
                // ("le 8 septembre dernier, le Conseil de défense ...").
                let yearless_day = |m: &dates::DateMention| {
                    matches!(
                        m.anchor,
                        DateAnchor::Absolute {
                            precision: DatePrecision::Day,
                            end_day: None,
                            ..
                        }
                    )
                };
                let finer_within = d.is_some_and(|d| {
                    d.precision == DatePrecision::Day
                        && self.drafts[i]
                            .date
                            .is_some_and(|c| c.precision > DatePrecision::Day && c.overlaps(&d))
                });
                // Not a day recalled ("le commissaire avait été tué le 1er
                // février") or told of another kind of event ("leur
                // véhicule a sauté sur une mine le 1er mai").
                // "Le 10 février, un groupe armé avait fait irruption dans
                // la ville avant d'enlever sept personnes", of an attack
                // dated by the publication: it tells the attack too.
                let same_kind_told = facts
                    .cues
                    .iter()
                    .any(|c| !c.hypothetical && c.event_type == self.drafts[i].event_type);
                // (The recalled event told on in the pluperfect, its day
                // and kind closer: "Le 10 février, un groupe armé avait
                // fait irruption ... avant d'enlever sept personnes".)
                let same_story = on_aside
                    || ((!pluperfect(&facts.text) || (same_kind_told && !self.drafts[i].dated))
                        && (same_kind_told
                            || facts.cue_type().is_none_or(|t| {
                                let d = self.drafts[i].event_type;
                                let air =
                                    |k| matches!(k, EventType::Airstrike | EventType::DroneStrike);
                                // "L'attaque a été perpétrée samedi 1er mai", of
                                // an ambush: the general word points back.
                                // So do "l'offensive", "les combats" told of it.
                                let pointing_back = (t == EventType::Attack
                                    && facts.cues.iter().all(|c| c.anaphoric || c.event_type == t))
                                    || (t == EventType::Clash
                                        && !facts.cues.is_empty()
                                        && facts.cues.iter().all(|c| c.anaphoric));
                                // "tués mardi après une attaque près de X. Le 14
                                // mai, une colonne a été prise à partie": the
                                // attack told closer, as an ambush or a bomb.
                                let closer = d == EventType::Attack
                                    && matches!(
                                        t,
                                        EventType::Ambush
                                            | EventType::Ied
                                            | EventType::SuicideAttack
                                    );
                                t == d || (air(t) && air(d)) || pointing_back || closer
                            })));
                // An account dated only by the publication takes the day a
                // later sentence gives it, up to that date ("ont perdu 2
                // de leurs éléments, à l'issue de l'agression, le 12
                // septembre", in a story of the 17th).
                // The sentence must tell the event (its toll or a word for
                // it): a burial's day or a campaign's start is not its day.
                let tells_it =
                    !facts.statistic && (!facts.cues.is_empty() || facts.toll.deaths.is_some());
                let assumed_before = d.is_some_and(|d| {
                    d.precision == DatePrecision::Day
                        && tells_it
                        && !self.drafts[i].dated
                        && self.drafts[i].date.is_some_and(|c| d.start <= c.end)
                });
                // So does a weekday or "hier" told of the event, for an
                // account dated by the publication only ("L'attaque a eu
                // lieu dimanche", "Le pasteur a été enlevé dimanche
                // dernier", "L'incident s'est déroulé hier").
                let by_publication = self.drafts[i].date == self.article.published;
                let weekday = |m: &dates::DateMention| {
                    assumed_before
                        && by_publication
                        && matches!(
                            m.anchor,
                            DateAnchor::Weekday(_)
                                | DateAnchor::LastWeekday(_)
                                | DateAnchor::DaysAgo(_)
                        )
                };
                let single_day_refinement = facts.dates.iter().all(|(_, m)| m.anchor.is_absolute())
                    || self.drafts[i].date.is_none()
                    || ((finer_within || assumed_before)
                        && same_story
                        && facts
                            .dates
                            .iter()
                            .all(|(_, m)| yearless_day(m) || weekday(m)));
                // A tally's period ("80 attaques et 133 morts depuis début
                // 2015") is no day of this event.
                if single_day_refinement && !facts.statistic {
                    self.drafts[i].refine_date(d, &w);
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
                // Not a general statement ("la secte multiplie les attaques
                // et les opérations de kamikazes"): it tells no kind of
                // this event.
                if !generic
                    && (facts.cues.iter().any(|c| c.anaphoric && !c.hypothetical)
                        || (!self.drafts[i].kind_named && means)
                        || (self.drafts[i].event_type == EventType::Airstrike
                            && facts.cue_type() == Some(EventType::DroneStrike)))
                {
                    self.drafts[i].upgrade_type(facts.cue_type(), &facts.cue_words());
                }
                // "au total", "les deux attaques": a figure over the
                // several incidents told for that day is none of them.
                let same_day = || {
                    self.drafts
                        .iter()
                        .enumerate()
                        .any(|(j, d)| j != i && d.date == self.drafts[i].date)
                };
                // "le bilan cumulé a évolué de 4 à 16 morts": the words say
                // the figure is over several events, even before the next
                // one is placed.
                // But one list of villages struck together ("contre les
                // villages de A, B et C ... Bilan cumulé : 132 civils
                // tués") is one event: its toll is the list's.
                let one_list = self
                    .drafts
                    .iter()
                    .filter(|d| d.listed && !d.sibling)
                    .count()
                    == 1
                    // (Not a headline's list, "Attaques de Boni et de
                    // Hombori", whose places the story then tells apart.)
                    && self
                        .drafts
                        .iter()
                        .all(|d| (d.listed || d.sibling) && !d.heading);
                if (facts.summary && same_day()) || (cumulative_toll(&facts.text) && !one_list) {
                    self.drafts[i].absorb_with(&facts, &casualties::SentenceToll::default());
                } else {
                    self.drafts[i].absorb(&facts);
                }
                // "À Makani, le bilan est encore plus lourd.": a sentence
                // that opens on the place of an incident told before turns
                // the story back to it; the sentences after tell of it.
                let opens_on_it = facts
                    .places
                    .groups
                    .iter()
                    .flatten()
                    .next()
                    .is_some_and(|p| p.span.0 <= 4 && self.drafts[i].names_key(&fold(&p.lookup)));
                if opens_on_it && !self.drafts[i].heading && !pluperfect(&facts.text) {
                    self.current = Some(i);
                }
            }
            // Not a recall ("Pour rappel, en mai dernier, ..."): an
            // earlier event, not the lead of the story to come.
            None if self.drafts.is_empty()
                && (facts.licensing()
                    || facts.toll.deaths.is_some()
                    || !facts.actors.is_empty())
                && !generic
                && !recalls(&facts.text) =>
            {
                self.lead.push(facts)
            }
            // "Le Burkina Faso a été la cible ce dimanche 11 mai d'une série
            // d'attaques coordonnées": the day of the attacks the next
            // sentences place, with no toll of any one of them.
            None if self.drafts.is_empty()
                && generic
                && facts.licensing()
                && facts.dates.iter().any(|(d, m)| {
                    !m.report && d.is_some_and(|d| d.precision == DatePrecision::Day)
                }) =>
            {
                let mut facts = facts;
                facts.summary = true;
                self.lead.push(facts)
            }
            None => {}
        }
    }

    /// Whether the sentence counts dead place by place, on the day of the
    /// incident being told, at places other than its own, and its counts
    /// add up to that incident's toll (told for an area or a commune's
    /// seat).
    fn breaks_down_the_area(&self, facts: &SentenceFacts) -> bool {
        let Some(d) = self.current.map(|i| &self.drafts[i]) else {
            return false;
        };
        // Places of its own: "13 à Sagho et 2 à Toékodogo", not the
        // incident's place again.
        if facts
            .places
            .groups
            .iter()
            .any(|g| d.names_key(&fold(&g[0].lookup)))
        {
            return false;
        }
        let (date, anchored, _) = facts.first_date();
        if date.is_some() && !d.date_compatible(date, anchored) {
            return false;
        }
        // "Deux attaques ont eu lieu dans la province du Koulpélogo. Elles
        // ont fait une dizaine de morts à Kaongo, lundi, puis une dizaine à
        // X, mercredi": an area told with no dead of its own is broken down
        // by any counts per place.
        let area_untold = d.place.area && d.death_groups.is_empty();
        counted_sum(facts).is_some_and(|sum| {
            area_untold
                || d.death_groups
                    .iter()
                    .any(|(_, c)| c.low == Some(sum) && c.high == Some(sum))
        })
    }

    /// An earlier event the sentence tells at the place of draft `i`, on a
    /// day of its own that the draft's date does not cover, as an incident
    /// of its own there; whether there was one.
    fn earlier_event_here(&mut self, i: usize, facts: &SentenceFacts) -> bool {
        let (d, a, words) = facts.first_date();
        let cur = &self.drafts[i];
        if d.is_none() || words.is_empty() || cur.date_compatible(d, a) {
            return false;
        }
        let mut dr = cur.another_event_here(d, a, words, facts);
        dr.counted_here = true;
        self.drafts.push(dr);
        true
    }

    /// Whether the counts this sentence tells before each of its places
    /// add up to the dead its lead counted with no place (an exact count
    /// or a floor: "au moins 223").
    fn lead_broken_down(&self, facts: &SentenceFacts) -> bool {
        if facts.places.groups.len() < 2 || self.lead.iter().all(|l| l.toll.deaths.is_none()) {
            return false;
        }
        counted_sum(facts).is_some_and(|sum| {
            self.lead
                .iter()
                .filter_map(|l| l.toll.deaths)
                .any(|c| c.low == Some(sum) && c.high.is_none_or(|h| h == sum))
        })
    }

    /// "Le maire parle de 8 morts (5 à Ségué et 3 à Sonfounou)": counts
    /// told before each of several places already reported go to each
    /// place's incident; a place that was only named beside another's
    /// becomes an incident of its own. Returns whether it did.
    ///
    /// `breakdown`: the counts add up to the current incident's toll
    /// ([`Drafting::breaks_down_the_area`]), which gives way to them.
    fn split_counts(&mut self, facts: &SentenceFacts, breakdown: bool) -> bool {
        let groups = &facts.places.groups;
        let Some(counts) = facts.counts_before_places() else {
            return false;
        };
        let keys: Vec<String> = groups.iter().map(|g| fold(&g[0].lookup)).collect();
        let found: Vec<Option<usize>> = keys
            .iter()
            .map(|k| self.drafts.iter().position(|d| d.names_key(k)))
            .collect();
        // "trois villages du cercle d'Ansongo ... Il s'agit de Ouattagouna :
        // 10 morts, de Karou : 17 morts": places first named with their
        // own counts are the sites of the incident told for their area.
        // The area's incident moves to the first; the others are its
        // siblings, and the area's total gives way to their counts.
        let mut area = self
            .current
            .filter(|&i| {
                let d = &self.drafts[i];
                d.place.area || d.provisional || breakdown
            })
            .filter(|_| found.iter().all(Option::is_none));
        let template = found.iter().flatten().next().copied().or(area);
        let Some(template) = template else {
            return false;
        };
        let starts: Vec<usize> = groups.iter().map(|g| g[0].span.0).collect();
        for (k, ((group, count), (key, i))) in groups
            .iter()
            .zip(counts)
            .zip(keys.iter().zip(found))
            .enumerate()
        {
            let toll = casualties::SentenceToll {
                deaths: count,
                death_groups: count
                    .map(|c| vec![(casualties::Group::All, c)])
                    .unwrap_or_default(),
                ..Default::default()
            };
            let Some(i) = i else {
                // "une dizaine de morts à Kaongo, lundi, puis une dizaine à
                // X, mercredi": a place counted apart keeps the day of its
                // clause.
                let own_day = own_date(facts, &starts, k, group).and_then(|(d, m)| {
                    d.filter(|d| d.precision == DatePrecision::Day)
                        .map(|d| (d, m.text.as_str()))
                });
                if let Some(a) = area.take() {
                    let d = &mut self.drafts[a];
                    let told = d.death_groups.clone();
                    add_unique(&mut d.joint_groups, told);
                    d.move_to(&group[0]);
                    d.counted_here = true;
                    d.absorb_with(facts, &toll);
                    if let Some((day, words)) = own_day {
                        d.take_clause_day(day, words);
                    }
                } else {
                    let mut own = self.drafts[template].sibling_at(&group[0]);
                    own.absorb_with(facts, &toll);
                    if let Some((day, words)) = own_day {
                        own.take_clause_day(day, words);
                    }
                    self.drafts.push(own);
                }
                continue;
            };
            if self.drafts[i].key() == *key {
                self.drafts[i].counted_here = true;
                self.drafts[i].absorb_with(facts, &toll);
                continue;
            }
            self.drafts[i].detach(key);
            let mut own = self.drafts[i].sibling_at(&group[0]);
            own.absorb_with(facts, &toll);
            self.drafts.push(own);
        }
        true
    }

    /// "le détachement allé au secours à Gouari est tombé dans une
    /// embuscade, au cours de laquelle 7 militaires ont été tués", in the
    /// account of an attack on Gouari: a relief force hit on its way is
    /// another incident, near the site it was going to, with its own dead
    /// (which the site's account does not take). Returns whether it was.
    fn relief_hit(&mut self, facts: &SentenceFacts) -> bool {
        let Some(i) = self.current else { return false };
        let Some(kind) = facts
            .cues
            .iter()
            .filter(|c| !c.hypothetical && !c.anaphoric)
            .find_map(|c| {
                matches!(c.event_type, EventType::Ambush | EventType::Ied).then_some(c.event_type)
            })
        else {
            return false;
        };
        let cur = &self.drafts[i];
        if cur.relief
            || cur.event_type == kind
            || facts.toll.deaths.is_none()
            || !relief_force(&facts.text)
        {
            return false;
        }
        let key = cur.key();
        if let Some(j) = self.drafts.iter().position(|d| d.relief && d.key() == key) {
            self.drafts[j].absorb(facts);
            return true;
        }
        let mut own = cur.offshoot(kind);
        own.relief = true;
        own.origin = facts.no;
        own.absorb(facts);
        self.drafts.push(own);
        true
    }

    /// "En représailles, une cinquantaine de Peuls avaient été tués": the
    /// reprisal for the incident being told is another event, near its
    /// place and on its day unless told otherwise: a massacre, or the kind
    /// the sentence names ("des frappes en représailles"). Returns whether
    /// it did.
    fn reprisal(&mut self, facts: &SentenceFacts) -> bool {
        let Some(i) = self.current else { return false };
        let killed = facts.toll.someone_died();
        // The attackers the army says it killed in reprisal ("En
        // représailles, l'armée a indiqué avoir tué une cinquantaine de
        // terroristes") are the toll of its response to the same event.
        let attackers_only = facts
            .toll
            .death_groups
            .iter()
            .all(|(g, _)| *g == casualties::Group::Attackers);
        if !killed
            || attackers_only
            || self.drafts[i].reprisal
            || !crate::fold::ascii_lower_1to1(&facts.text).contains("represailles")
            || facts.cues.iter().any(|c| c.hypothetical)
        {
            return false;
        }
        let kind = facts
            .cues
            .iter()
            .map(|c| c.event_type)
            .find(|t| !matches!(t, EventType::Attack | EventType::Massacre))
            .unwrap_or(EventType::Massacre);
        let (d, anchored, _) = facts.first_date();
        let mut own = self.drafts[i].offshoot(kind);
        // "Vendredi, en représailles, ...", after Thursday's attack: the
        // day told is the reprisal's own, even the day after.
        let told_apart = d.is_some_and(|d| {
            d.precision == DatePrecision::Day && own.date.is_some_and(|o| o.start != d.start)
        });
        if d.is_some() && (told_apart || !own.date_compatible(d, anchored)) {
            own.date = d;
        }
        own.reprisal = true;
        own.origin = facts.no;
        own.absorb(facts);
        self.drafts.push(own);
        true
    }

    /// "à Karou, à Ouatagouna et dans le hameau voisin de Dirga ... À
    /// Ouatagouna, quatorze habitants ont été tués": a place first named
    /// beside another's incident, then given its own dead, is an incident
    /// of its own. Returns whether it did.
    fn split_named_beside(&mut self, facts: &SentenceFacts) -> bool {
        let [group] = facts.places.groups.as_slice() else {
            return false;
        };
        if facts.toll.deaths.is_none() || group.len() != 1 {
            return false;
        }
        let key = fold(&group[0].lookup);
        let Some(i) = self
            .drafts
            .iter()
            .position(|d| d.names_key(&key) && !d.same_name(&key))
        else {
            return false;
        };
        self.drafts[i].detach(&key);
        let mut own = self.drafts[i].sibling_at(&group[0]);
        own.absorb(facts);
        self.drafts.push(own);
        self.current = Some(self.drafts.len() - 1);
        true
    }

    /// "Bilan très lourd après une violente attaque, le 17 février 2023,
    /// contre des militaires" while a story of the 20th is told: a day
    /// written in full, with its year, that is not the current incident's
    /// dates another event, which the next sentence places.
    fn another_day_told(&self, facts: &SentenceFacts) -> bool {
        // An account dated only by the publication ("Une attaque a été
        // perpétrée à Sebba", then "Le 10 février, un groupe armé avait
        // fait irruption dans la ville") takes the day told; it is not
        // another day's event.
        // Unless the sentence tells a new event with dead of its own
        // after an account that counted its dead ("Jeudi dernier, une
        // double attaque ... a fait un bilan de 64 morts").
        let new_event = facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical);
        let own_event =
            |i: usize| self.drafts[i].dead_told() && facts.toll.deaths.is_some() && new_event;
        let Some(cur) = self
            .current
            .filter(|&i| self.drafts[i].dated || own_event(i))
            .and_then(|i| self.drafts[i].date)
        else {
            return false;
        };
        let (d, _, _) = facts.first_date();
        let day = |x: &IncidentDate| x.precision == DatePrecision::Day;
        // The sentence's first date, when it is the event's.
        let opening = facts.dates.first().filter(|(_, m)| !m.report);
        // "Samedi, cinq soldats ont été tués ..." after an account of
        // Sunday 22 May, in a story dated only by its month: a weekday
        // other than the account's is another day, resolved or not.
        // Only a sentence that opens on that weekday and names an event
        // of its own: "les combats ont repris mardi soir" goes on with
        // the account. A weekday the publication date resolves is read
        // as before.
        let other_weekday = opening.is_some_and(|(_, m)| {
            m.span.0 <= 3
                && d.is_none_or(|d| !day(&d))
                && new_event
                && matches!(m.anchor, DateAnchor::Weekday(w) if day(&cur)
                    && chrono::Datelike::weekday(&cur.start) != w)
        });
        if other_weekday {
            return true;
        }
        // A day of its own, written with its year, or "Jeudi dernier, une
        // double attaque ... a fait 64 morts" after an account of Tuesday:
        // an earlier week's day, opening the sentence on an event of its
        // own.
        let opens_on_its_day = opening.is_some_and(|(_, m)| {
            m.anchor.is_absolute()
                || (m.span.0 <= 3 && new_event && matches!(m.anchor, DateAnchor::LastWeekday(_)))
        });
        opens_on_its_day && day(&cur) && d.is_some_and(|d| day(&d) && d.start != cur.start)
    }

    /// The draft of an event a sentence dates only by a report older than
    /// the day of the story told ("selon un communiqué publié le 19
    /// janvier"): dated to the report's month, placed by the story until a
    /// later sentence says where.
    fn reported_before_the_story(&self, facts: &SentenceFacts) -> Option<Draft> {
        let cur = &self.drafts[self.current?];
        let told = cur
            .date
            .filter(|d| cur.dated && d.precision == DatePrecision::Day)?;
        let happened = facts.toll.deaths.is_some()
            || facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical);
        if !happened || !facts.dates.is_empty() {
            return None;
        }
        let report = facts
            .report_date
            .as_ref()
            .and_then(|(d, _)| *d)
            .filter(|d| d.precision == DatePrecision::Day)?
            .start;
        if report >= told.start {
            return None;
        }
        // "Un premier décompte avancé lundi faisait état de 95 morts": an
        // earlier count of the same event, not another one.
        let folded = crate::fold::ascii_lower_1to1(&facts.text);
        if ["bilan", "decompte", "chiffre", "etat de"]
            .iter()
            .any(|w| folded.contains(w))
        {
            return None;
        }
        let month = IncidentDate::month(report.year(), report.month());
        let mut dr = cur.another_event_here(month, true, String::new(), facts);
        dr.evidence.retain(|(k, v)| k != "date" || !v.is_empty());
        dr.place.near = true;
        dr.provisional = true;
        dr.later_here = true;
        dr.another = true;
        dr.kind_untold = facts.cue_type().is_none();
        Some(dr)
    }

    /// "Début novembre, 37 personnes avaient péri au cours d'une attaque",
    /// in the story of a church attacked on 1 December: a sentence that
    /// opens on a day or month of its own, before the told account's, and
    /// tells an event, tells an earlier one, which the next sentence may
    /// place ("Cette attaque avait eu lieu sur la route entre Fada et la
    /// mine").
    fn earlier_time_told(&self, facts: &SentenceFacts) -> bool {
        let Some(i) = self.current else { return false };
        let cur = &self.drafts[i];
        let Some(told) = cur.date.filter(|_| self.has_its_day(cur)) else {
            return false;
        };
        let (d, _, _) = facts.first_date();
        opening_date(facts).is_some_and(|m| !m.report)
            && facts.cues.iter().any(|c| !c.anaphoric && !c.hypothetical)
            && d.is_some_and(|d| (told.start - d.end).num_days() > 3)
    }

    /// Whether `d`'s date comes from the text: its own words, or the story's
    /// day an earlier sentence gave, not the publication date.
    fn has_its_day(&self, d: &Draft) -> bool {
        d.dated || d.date != self.article.published
    }

    /// Whether a placeless sentence tells, on a day of its own, an event of
    /// another kind than the siege the draft `i` is.
    fn during_siege(&self, i: usize, facts: &SentenceFacts, has_places: bool) -> bool {
        let d = &self.drafts[i];
        let (day, anchored, _) = facts.first_date();
        d.event_type == EventType::Siege
            && !has_places
            && facts
                .cues
                .iter()
                .any(|c| !c.anaphoric && !c.hypothetical && c.event_type != EventType::Siege)
            && day.is_some_and(|x| x.precision == crate::model::DatePrecision::Day)
            && !d.date_compatible(day, anchored)
    }

    /// The incidents of the article, once every sentence is read.
    pub(super) fn into_drafts(mut self) -> Vec<Draft> {
        let article = self.article;
        if self.drafts.is_empty() && !self.lead.is_empty() {
            self.flush_lead(None);
        }
        self.drop_headline_sums();
        self.fold_untold_siblings();
        // "Embuscade à Tillabéri, 14 morts" over a body that names only
        // "la région de Tillabéri" and places the event in a commune of
        // it: the headline's town, still the headline's incident's place
        // when the story is told, stands for the region.
        if self.drafts.iter().any(|d| d.heading && !d.place.area) {
            let regions = regions_only(&article.text, body_of(&self.body, article));
            for d in self.drafts.iter_mut().filter(|d| d.heading) {
                let p = &mut d.place;
                if !p.area
                    && !p.estimate
                    && p.road_to.is_none()
                    && p.relative.is_none()
                    && regions.contains(&fold(&p.lookup))
                {
                    p.area = true;
                }
            }
        }
        // "deux frappes de drones", then "la première frappe a eu lieu
        // jeudi soir à Tangatta": in a story whose only aircraft are
        // drones, each strike it tells is a drone's.
        if self
            .drafts
            .iter()
            .any(|d| d.event_type == EventType::Airstrike)
            && super::typing::only_drones_fly(&article.text)
        {
            for d in &mut self.drafts {
                if d.event_type == EventType::Airstrike {
                    d.event_type = EventType::DroneStrike;
                }
            }
        }
        // An incident the text gave no date: the story's (the first dated
        // incident's), else the publication date.
        let story_date = self.drafts.iter().find(|d| d.dated).and_then(|d| d.date);
        for d in &mut self.drafts {
            if d.region.is_none() {
                d.region = article.hints.region.clone();
            }
            if d.date.is_none() {
                d.date = story_date.or(article.published);
            }
        }
        self.drafts
    }

    /// "Attaques simultanées contre Ouatagouna, Karou, Dirgua et Daoutegeft
    /// : 51 civils tués": the places of a list that share one toll, and of
    /// which the text tells nothing more, are one incident at the first
    /// place, the others its other places. A place a later sentence tells
    /// of on its own ("À Karou, les assaillants ont brûlé le marché"), or
    /// that has dead of its own, stays an incident of its own; so do all
    /// when the list has no toll.
    fn fold_untold_siblings(&mut self) {
        let drafts = &self.drafts;
        // Told of on its own: in a sentence the list's head does not hold,
        // or in another sentence that names it ("À Bapho, un hélicoptère a
        // été endommagé, tandis qu'à Niono ...").
        let own_account = |d: &Draft, h: usize| {
            d.sentences.iter().any(|s| !drafts[h].sentences.contains(s))
                || drafts
                    .iter()
                    .flat_map(|o| &o.sentences)
                    .any(|s| !d.sentences.contains(s) && s.contains(d.place.written.as_str()))
        };
        let folds: Vec<(usize, usize)> = drafts
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                let h = d
                    .list_head
                    .filter(|&h| h < i && !drafts[h].death_groups.is_empty())?;
                // ("Six jours après l'attaque de Zantiguila qui a fait six
                // morts, c'est le poste de Kolokani qui a été attaqué ce
                // jeudi": a day of its own, apart from the head's.)
                let own_day = d.dated
                    && drafts[h].dated
                    && matches!((d.date, drafts[h].date), (Some(a), Some(b))
                        if a.precision == DatePrecision::Day
                            && b.precision == DatePrecision::Day
                            && !a.overlaps(&b));
                let alone = own_account(d, h)
                    || own_day
                    || !d.death_groups.is_empty()
                    || d.wounded.is_some();
                (!alone).then_some((i, h))
            })
            .collect();
        let mut folded = vec![false; self.drafts.len()];
        for (i, h) in folds {
            let (name, kind) = (
                self.drafts[i].place.lookup.clone(),
                self.drafts[i].event_type,
            );
            let head = &mut self.drafts[h];
            if !head.also.contains(&name) {
                head.also.push(name);
            }
            // The kind told nearest to any of its places is the list's
            // ("Axe Fada-Kantchari, à hauteur du village de Bougui : un
            // minibus heurte une mine").
            head.upgrade_type(Some(kind), "(a place of its list)");
            folded[i] = true;
        }
        let mut k = 0;
        self.drafts.retain(|_| {
            k += 1;
            !folded[k - 1]
        });
    }

    /// The lead's account, told before any place, as an incident: a log
    /// line or spreadsheet row whose text tells an event but names no
    /// place takes the place (or region) its columns give.
    /// `before_recalled`: the number of the sentence being read, when it
    /// recalls an earlier event.
    fn flush_lead(&mut self, before_recalled: Option<usize>) {
        let article = self.article;
        // Else, in an article, the place its first sentences named
        // ("... au marché de Diafarabé ... Ils ont été égorgés").
        let mut from_first_place = false;
        // The road, when it is what places the account.
        let mut road = None;
        let hinted = article
            .hints
            .place
            .clone()
            .map(|p| (p, false))
            .or_else(|| {
                // Before an earlier event recalled, the body's first
                // place may be that event's: the headline's stands.
                // Never the place of the recalled event itself.
                if let Some(no) = before_recalled {
                    self.heading_place.clone().or_else(|| {
                        self.first_place
                            .clone()
                            .filter(|_| self.first_place_no != no)
                    })
                } else {
                    from_first_place = self.first_place.is_some() || self.first_road.is_some();
                    self.first_place.clone().or_else(|| {
                        road = self.first_road.clone();
                        road.as_ref()
                            .map(|r| (r.lookup.clone(), false))
                            .or_else(|| self.heading_place.clone())
                    })
                }
            })
            .or_else(|| article.hints.region.clone().map(|r| (r, true)));
        // "Une douzaine de soldats ont été tués mardi dans le nord du
        // pays": an event with its toll but no place the gazetteer
        // knows is still an incident, placed nowhere rather than lost.
        // An incident line needs no toll: it is a record of one event
        // ("une unité a été prise à partie par des individus à motos").
        let line = article.hints.line;
        let placeless = || {
            self.lead
                .iter()
                .find(|l| l.licensing())
                .is_some_and(|l| {
                    l.cues.iter().any(|c| !c.hypothetical)
                        && (line
                            || self.lead.iter().any(|l| {
                                l.toll.someone_died()
                                    || l.toll.wounded.is_some_and(|w| w.low.is_some_and(|n| n > 0))
                            }))
                })
                .then(|| (String::new(), true))
        };
        if let Some((name, area)) = hinted.or_else(placeless) {
            if let Some(first) = self.lead.iter().find(|l| l.licensing()) {
                // A headline tells the event without its day; the body
                // gives it.
                // A day on a line of its own before it ("Koumbri, 4
                // septembre 2023.") stands when the account tells none.
                let announced = self.announced.as_ref().map(|(d, _, _)| {
                    (*d, true, "(announced in the previous sentence)".to_string())
                });
                // The sentence that lent its place lends its day too.
                let placing = self
                    .first_place_date
                    .clone()
                    .filter(|_| from_first_place && self.first_place_no < first.no);
                let (d, _, w) = std::iter::once(first)
                    .chain(&self.lead)
                    .map(|l| l.first_date())
                    .find(|(_, _, w)| !w.is_empty())
                    .or(announced)
                    .or(placing)
                    .unwrap_or_else(|| first.first_date());
                let mut dr = Draft::new(
                    road.unwrap_or_else(|| PlaceMention {
                        written: name.clone(),
                        lookup: name,
                        span: (0, 0),
                        known: true,
                        near: area,
                        area,
                        ..Default::default()
                    }),
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
                for l in self.lead.drain(..) {
                    dr.upgrade_type(l.cue_type(), &l.cue_words());
                    dr.absorb(&l);
                }
                self.drafts.push(dr);
                self.current = Some(self.drafts.len() - 1);
            }
        }
    }
}

/// Where each place group's part of a sentence begins: at the last clause
/// boundary (", ", "; ", " et ", " puis ", " tandis que ", " alors que ")
/// between the previous group and this one, or at the group itself when
/// there is none. The first group's part always begins at the sentence's
/// start.
fn clause_cuts(text: &str, starts: &[usize]) -> Vec<usize> {
    const BOUNDARIES: [&str; 6] = [", ", "; ", " et ", " puis ", " tandis que ", " alors que "];
    starts
        .iter()
        .enumerate()
        .map(|(k, &start)| {
            let Some(&prev) = k.checked_sub(1).and_then(|j| starts.get(j)) else {
                return 0;
            };
            let between = text.get(prev..start).unwrap_or("");
            BOUNDARIES
                .iter()
                .filter_map(|b| {
                    between
                        .rmatch_indices(b)
                        .find(|&(i, _)| *b != " et " || !joins_counts(between, i))
                        .map(|(i, _)| i)
                })
                .max()
                .map_or(start, |i| prev + i)
        })
        .collect()
}

/// The names (folded) that the body writes as a region ("dans la région
/// de Tillabéri", "la région de Tillabéri, située à la frontière") and
/// never as a town ("à Tillabéri", "la ville de Tillabéri"; "dans la
/// localité de Banibangou, à Tillabéri" sets the village in the region).
fn regions_only(text: &str, body: &[&str]) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    if !text.contains("gion d") {
        return Vec::new();
    }
    // Case is ignored in "région de" only: the name is capitalised.
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?i:\br[ée]gion\s+(?:de\s+|du\s+|d['’]))(\p{Lu}[\p{L}'’-]+)",
        )
        .expect("regex")
    });
    let mut names: Vec<String> = body
        .iter()
        .flat_map(|t| re.captures_iter(t).map(|c| c[1].to_string()))
        .collect();
    names.sort();
    names.dedup();
    // A story names a few regions; each name is searched for in the whole
    // body, so a text of thousands of them must not be read thousands of
    // times.
    names.truncate(12);
    names
        .into_iter()
        .filter(|name| {
            body.iter().all(|t| {
                t.match_indices(name.as_str()).all(|(at, _)| {
                    let before = crate::fold::ascii_lower_1to1(crate::fold::tail(&t[..at], 24));
                    // ", à Tillabéri" after a village sets it in the region.
                    let town = !before.ends_with(", a ")
                        && ["a ", "ville de ", "localite de ", "commune de ", "pres de "]
                            .iter()
                            .any(|w| before.ends_with(w));
                    !town
                })
            })
        })
        .map(|n| fold(&n))
        .collect()
}

/// Whether a sentence tells attacks of the same kind as the one before
/// ("des attaques similaires", "une attaque du même type").
fn like_the_last(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:attaques?|attentats?|frappes?|raids?) (?:similaires?|identiques?|du meme (?:type|genre)|de meme nature|de ce (?:type|genre))\b|\b(?:similaires?|memes) (?:attaques|frappes|attentats)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// "C'est la deuxième fois que cette base est attaquée", "attaqué pour la
/// troisième fois": the place was hit before.
fn says_again(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?i-u)\b(?:deuxieme|seconde|troisieme|quatrieme|[2-9]e|[2-9]eme) fois\b",
        )
        .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// The dead a sentence counts right before each of its places ("13 à
/// Sagho et 2 autres à Toékodogo"), added up, when every count is exact
/// and they make at least two.
fn counted_sum(facts: &SentenceFacts) -> Option<u32> {
    let counts = facts.counts_before_places()?;
    counts
        .iter()
        .map(|c| c.and_then(|c| c.low.filter(|&n| c.high == Some(n))))
        .sum::<Option<u32>>()
        .filter(|&n| n >= 2)
}

/// A sentence that named a site and told no event there: its number, the
/// site, whether it opens an account ("Des hommes armés ont fait irruption
/// à ..."), and the day it told.
type SiteToldBefore = (
    usize,
    Vec<PlaceMention>,
    bool,
    Option<(Option<IncidentDate>, dates::DateMention)>,
);

/// Whether a sentence tells people displaced ("des déplacements ont été
/// notés depuis", "les habitants ont fui vers", "se sont réfugiés à").
fn tells_displacement(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\bdeplacements?\b(?: [a-z'-]+){0,4}? (?:ont ete|a ete|sont|est) (?:notee?s?|enregistree?s?|signalee?s?|observee?s?|constatee?s?)\b|\b(?:ont|a) (?:fui|quitte)\b|\bse sont (?:deplacee?s|refugiee?s|replie(?:e?s)?)\b|\bmouvements? de populations?\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// Whether a sentence's subject, object or an adverb points back to what
/// the sentence before named ("Il a été intercepté", "Les criminels qui
/// s'y abritaient", "ses occupants", "les avions les ont frappés").
fn points_back(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^\s*(?:il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|celles-ci)\s|\bs'y\b|\by\s+(?:ont|a|avaient|avait|sont|etaient|etait)\b|\b(?:ses|leurs)\s+occupants\b|\b(?:les|l')\s*(?:ont|a|avaient|avait)\s+(?:[a-z]+\s+)?(?:frapp|attaqu|cibl|neutralis|abattu|tue|execut|pilonn|bombard|pourchass|encercl|surpri|decim)|\b(?:vont|va|allaient|allait|de|pour)\s+les\s+(?:frapper|attaquer|cibler|neutraliser|abattre|tuer|executer|pilonner|bombarder|decimer)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// Whether the " et " at `at` joins two counts of one list ("“63
/// terroristes” et 25 personnes ont été tués à Chinégodar"): no clause
/// starts there.
fn joins_counts(text: &str, at: usize) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    const WORDS: &str = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent";
    let before = BEFORE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i)(?:\d+|\b(?:{WORDS})s?)\s+[\p{{L}}-]+\s*[”»\x22]?\s*$"
        ))
        .expect("regex")
    });
    let after = AFTER.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i)^\s*(?:au moins\s+|plus de\s+|près de\s+)?(?:\d+|(?:{WORDS})s?\b)\s+[\p{{L}}-]+"
        ))
        .expect("regex")
    });
    before.is_match(crate::fold::tail(&text[..at], 60))
        && after.is_match(crate::fold::head(&text[at + 4..], 60))
}

/// A place that can stand for an account named elsewhere: known to the
/// gazetteer, not a point estimated from a distance, not a road.
fn mappable(p: &PlaceMention) -> bool {
    p.known && !p.estimate && p.road_to.is_none()
}

/// The date of place group `k` in a sentence naming several: the one
/// right after it in its clause ("à Tamalat mardi, puis à Inchinane
/// mercredi"), else the one right before it in its clause ("l'incursion du
/// 2 septembre dans le village de Koutou"), else the first after it before
/// the next place, unless "et", "puis" or a semicolon starts another
/// account in between ("le 2 juillet, où ... à Nguéléwa, et l'incursion du
/// 2 septembre ..."). `None`: the sentence's date.
fn own_date<'f>(
    facts: &'f SentenceFacts,
    starts: &[usize],
    k: usize,
    group: &[PlaceMention],
) -> Option<&'f (Option<IncidentDate>, dates::DateMention)> {
    let text = &facts.text;
    let start = starts[k];
    let end = group.last().map_or(start, |p| p.span.1).max(start);
    let next = starts.get(k + 1).copied().unwrap_or(text.len());
    let prev_end = if k == 0 {
        0
    } else {
        facts.places.groups[k - 1].last().map_or(0, |p| p.span.1)
    };
    let words = |a: usize, b: usize| text.get(a.min(b)..b).unwrap_or("");
    let clause_break = |between: &str| {
        between.contains([',', ';', ':']) || between.contains(" et ") || between.contains(" puis ")
    };
    let account_break = |between: &str| {
        between.contains(';') || between.contains(" et ") || between.contains(" puis ")
    };
    let after = facts
        .dates
        .iter()
        // A lag ("survient deux jours après la mort de") dates the event
        // named after it, never the one before.
        .filter(|(_, m)| m.span.0 >= end && m.span.0 < next && !m.counted_back)
        .find(|(_, m)| !clause_break(words(end, m.span.0)));
    // The nearest date before the place, after the previous place, with
    // no break of the given kind in between.
    let nearest_before = |brk: &dyn Fn(&str) -> bool| {
        facts
            .dates
            .iter()
            .rev()
            .filter(|(_, m)| m.span.1 <= start && m.span.0 >= prev_end)
            .find(|(_, m)| !brk(words(m.span.1, start)))
    };
    let before = nearest_before(&clause_break);
    let later = facts
        .dates
        .iter()
        .filter(|(_, m)| m.span.0 >= start && m.span.0 < next && !m.counted_back)
        .find(|(_, m)| !account_break(words(end, m.span.0)));
    // "l'incursion du 2 septembre, jour de la Tabaski, dans le village de
    // Koutou": an aside may stand between a place and its own date, as
    // long as no other account starts in between.
    let aside = nearest_before(&account_break);
    after.or(before).or(later).or(aside)
}

/// Kinds of event a story never tells as one: a kidnapping, a blast, a
/// strike from the air, and the rest (an attack, an ambush, a massacre, a
/// clash, which one account may call by several names).
fn kind_apart(t: EventType) -> u8 {
    match t {
        EventType::Kidnapping => 1,
        EventType::Ied => 2,
        EventType::DroneStrike | EventType::Airstrike => 3,
        _ => 0,
    }
}

/// The type of the event at the `k`th place group of a sentence, given the
/// type of the sentence as a whole (`cue_type`).
fn group_cue_type(
    facts: &SentenceFacts,
    starts: &[usize],
    k: usize,
    group: &[PlaceMention],
    cue_type: Option<EventType>,
) -> Option<EventType> {
    if starts.len() > 1 {
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
        // "À Tinzaouatène, à Amasrakad puis Douna, à Kidal… nombreux sont
        // les cas de frappes de drone": with no cue among the places, the
        // one after the list is each one's.
        // (Asked only when a cue comes after this place's clause.)
        let among = || {
            let list_end = facts
                .places
                .groups
                .last()
                .and_then(|g| g.last())
                .map_or(0, |p| p.span.1);
            let first_end = facts.places.groups[0].last().map_or(0, |p| p.span.1);
            facts.cues.partition_point(|c| c.span.0 < first_end)
                < facts.cues.partition_point(|c| c.span.0 < list_end)
        };
        pick(prev_end, starts[k])
            .or_else(|| pick(end, clause_end))
            .or(if later && among() { None } else { cue_type })
    } else {
        cue_type
    }
}

/// Whether a sentence opens on one of `words` (folded, lower case).
fn opens_with(text: &str, words: &[&str]) -> bool {
    // Only the head is folded: the words are short, and folding a whole
    // long sentence for each question was wasted.
    let t = crate::fold::ascii_lower_1to1(crate::fold::head(text.trim_start(), 64));
    words.iter().any(|w| t.starts_with(w))
}

/// [`opens_with`] after any opening quote or dash ("« Pour rappel, ...").
fn opens_past_punctuation_with(text: &str, words: &[&str]) -> bool {
    opens_with(
        text.trim_start_matches(|c: char| !c.is_alphanumeric()),
        words,
    )
}

/// The date a sentence opens on, when it is a day or a month named of its
/// own ("Le 19 août,", "Mi-août,", "Début novembre,"), or a week or month
/// before publication ("La semaine dernière,").
fn opening_date(facts: &SentenceFacts) -> Option<&dates::DateMention> {
    facts.dates.first().map(|(_, m)| m).filter(|m| {
        m.span.0 <= 12
            && matches!(
                m.anchor,
                DateAnchor::Absolute { .. }
                    | DateAnchor::LastNamedMonth(_)
                    | DateAnchor::LastWeek
                    | DateAnchor::LastMonth
            )
    })
}

/// Whether a sentence that names a site without an event there opens an
/// account of its own: it starts on a day ("Jeudi matin,", "Le
/// lendemain,", "Le 12 mars,") or on words that leave the story being
/// told, or says the forces did more ("ont également localisé").
fn opens_an_account(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    turns_to_another_event(text)
        || RE
            .get_or_init(|| {
                crate::extract::compile::regex(r"(?i-u)^\s*(?:(?:dans\s+la\s+(?:nuit|soiree|matinee)\s+d[eu]\s+|ce\s+|le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|le\s+lendemain\b|le\s+\d{1,2}(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)|\b(?:ont|a|avaient|avait)\s+egalement\s+(?:localise|repere|detecte|identifie|surpris|intercepte)\b")
                    .expect("regex")
            })
            .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// Whether a sentence opens on words that leave the story being told:
/// "Par ailleurs", "Le même jour", "Dans le même temps", "D'autre part".
fn turns_to_another_event(text: &str) -> bool {
    same_time_as_told(text)
        || opens_with(
            text,
            &["par ailleurs", "d'autre part", "ailleurs,", "en outre"],
        )
}

/// Whether a sentence opens on the time of the event just told: "Au même
/// moment", "Le même jour", "Dans le même temps".
fn same_time_as_told(text: &str) -> bool {
    opens_with(
        text,
        &[
            "le meme jour",
            "dans le meme temps",
            "au meme moment",
            "presque au meme moment",
            "quasiment au meme moment",
            "pratiquement au meme moment",
            "au meme instant",
            "simultanement,",
        ],
    )
}

/// Whether a sentence opens by going on with the one before: "Ils ont",
/// "Elles", "Ces attaques", "Au total".
fn goes_on(text: &str) -> bool {
    opens_with(
        text,
        &[
            "ils ",
            "elles ",
            "ces attaques",
            "ces incidents",
            "ces violences",
            "celles-ci",
            "ceux-ci",
            "au total",
        ],
    )
}

/// "à proximité du même village", "dans ce même village": the sentence
/// sets its event where the one being told took place.
fn at_the_same_place(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:du|le|au|dans le|sur le|la|dans la|sur la|de la|l'|ce|cette)\s*meme\s+(?:village|localite|endroit|lieu|commune|secteur|zone|axe|site|position|camp|poste|ville|route|troncon|quartier|hameau)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// "ce poste avait déjà été attaqué", "le village avait déjà été la
/// cible": the place being told, struck before.
fn struck_here_before(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:ce|cette|le|la|l')\s*(?:poste|camp|village|localite|ville|base|position|commune|site|marche|brigade|commissariat|caserne|detachement|garnison|mine)\s+(?:avait|a)\s+deja\s+(?:ete\s+)?(?:attaquee?|ciblee?|visee?|frappee?|la cible|l'objet)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// "cette dernière attaque", "ce dernier assaut": the latest event told,
/// whichever the text told last.
fn this_latest(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:cette|ce) dernier(?:e)? (?:attaque|offensive|embuscade|incursion|assaut|combat|accrochage|affrontement)s?\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// "La dernière attaque survenue dans ce camp remonte au …", "la
/// précédente attaque contre ce poste datait du …": the last attack
/// before the story's, at its place. So is the one a writer recalls
/// ("rappelons l'attaque contre la gare routière de la ville en mars"),
/// when the sentence names no place of its own.
fn last_one_here(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:la|une) (?:derniere|precedente) (?:attaque|offensive|embuscade|incursion|attaque terroriste|attaque jihadiste)\b[\x20-\x2d\x2f-\x7f]{0,60}?\b(?:remonte|remontait|datait|date|datant|a eu lieu|avait eu lieu)\s+(?:a|au|du|de|le)\b|\b(?:rappeler|rappelons|rappelle|rappellent|se souvenir de|se souvient de) (?:l'|la |le |les |une |un )?(?:attaque|offensive|embuscade|incursion|assaut|explosion|massacre|tuerie)s?\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// "Déjà dans la nuit du 29 au 30 juillet, deux personnes enlevées",
/// "Auparavant, le 3 mai, ...": a sentence that opens on an earlier time
/// tells an event before the story's, where the story is (the day it
/// gives decides, below).
/// Whether the words before a sentence's one site put every event it
/// counts there ("au moins une dizaine de civils tués lors de deux
/// attaques à Dassa"): the count is that place's.
fn all_at(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:deux|trois|quatre|cinq|plusieurs)\s+(?:attaques|assauts|raids|explosions|attentats|embuscades|incursions)(?:\s+(?:successives|consecutives|meurtrieres|distinctes|simultanees))?\s+(?:a|au|dans\s+(?:le|la)\s+(?:village|localite|ville|commune)\s+(?:de|d')|contre\s+(?:le|la|l')\s*(?:village|localite|ville|commune|camp|poste|base)\s+(?:de|d'))\s*$")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(crate::fold::tail(before, 120)))
}

/// Whether a sentence names events of more than one kind ("deux attaques
/// et l'explosion d'une mine"): words that only say people were killed
/// name no kind.
fn several_kinds(facts: &SentenceFacts) -> bool {
    let mut kinds = facts
        .cues
        .iter()
        .filter(|c| !c.hypothetical)
        .filter_map(|c| super::events::best_type(std::slice::from_ref(c)));
    kinds.next().is_some_and(|first| kinds.any(|k| k != first))
}

/// How far from the name of the area that alone placed an incident a
/// village may lie and still be in it: a commune's villages lie within a
/// few tens of km of its seat ("la commune de Solhan" does not reach the
/// bridge of Gagara, in the next province); a cercle or province, about a
/// hundred; a region, a few hundred.
fn area_reach_km(d: &Draft) -> f64 {
    match super::places::area_rank(&super::places::area_kind(&d.place.written)) {
        0 => 40.0,
        1 => 120.0,
        _ => 300.0,
    }
}

/// "Le mois précédent", "l'année précédente", "la semaine d'avant": a
/// time before the one the story told, counted from it.
fn period_before_the_story(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?i-u)\b(?:(?:le|du|au) mois|l'annee|la semaine|l'an)\s+(?:precedent|precedente|d'avant|d'auparavant)\b",
        )
        .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

fn opens_on_earlier(text: &str) -> bool {
    let head = crate::fold::ascii_lower_1to1(crate::fold::head(text.trim_start(), 16));
    ["deja ", "deja,", "auparavant", "plus tot,"]
        .iter()
        .any(|w| head.starts_with(w))
}

/// Whether a sentence tells its event as earlier than the story's: in the
/// pluperfect ("avait été la cible"), or with "plus tôt", "auparavant" or
/// "précédemment" ("quelques jours plus tôt, c'était la brigade qui ...").
fn told_as_earlier(text: &str) -> bool {
    let t = crate::fold::ascii_lower_1to1(text);
    pluperfect(text)
        || [" plus tot", "auparavant", "precedemment"]
            .iter()
            .any(|w| t.contains(w))
}

/// Whether the words before a name are a settlement's word an event
/// befell: "ont attaqué le village de", "dans la localité de".
fn village_named(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\b(?:attaque\w*|cible\w*|vise\w*|assaut|incursion|irruption|frappe\w*) (?:(?:contre|dans|sur|a) )?(?:le|la|du|de la) (?:village|localite|hameau|campement) (?:de |d')$")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(crate::fold::tail(before, 80)))
}

/// "un autre véhicule", "une autre mine": another of the things the
/// story's event befell or was made of.
fn another_of_the_same(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:un|une) autre (?:vehicule|engin|camion|mine|bombe|explosion|moto|convoi|patrouille)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// Whether some of `figures`, each used once, add up to `total` (more
/// than one of them when none is `total` itself).
fn sums_to(figures: impl Iterator<Item = u32>, total: u32) -> bool {
    // Tolls run to thousands; a figure beyond is no toll to split.
    if total > 100_000 {
        return false;
    }
    let mut reach = vec![false; total as usize + 1];
    reach[0] = true;
    for n in figures.filter(|&n| n > 0 && n < total) {
        for v in (n as usize..=total as usize).rev() {
            reach[v] |= reach[v - n as usize];
        }
    }
    reach[total as usize]
}

/// A headline that denies what others reported ("dément des accusations
/// de massacre", "rejette les allégations de HRW").
fn denies_allegations(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:dement\w*|refute\w*|rejette\w*|conteste\w*)\b[\x00-\x2d\x2f-\x7f]{0,40}\b(?:accusations?|allegations?|informations?|rapport|mises en cause|affirmations?)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// A sentence that tells its event in the conditional of reported claims
/// ("aurait été commis", "auraient tué").
fn alleged(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:aurai(?:t|ent)|seraie?n?t)\s+(?:ete\s+)?(?:\w+\s+)?(?:commis|tue\w*|execute\w*|massacre\w*|abattu\w*|attaque\w*|perpetre\w*|fait)\b|\bpretend\w*\b|\ballegu\w*\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// "Pour rappel", "Rappelons que", "Il faut rappeler que": what follows
/// is told from before the story.
fn recalls(text: &str) -> bool {
    opens_past_punctuation_with(
        text,
        &[
            "pour rappel",
            "rappelons",
            "il faut rappeler",
            "il convient de rappeler",
            "on se souvient",
            "on se rappelle",
            "on rappelle",
        ],
    )
}

/// "le bilan cumulé", "le bilan global", "le bilan consolidé": a toll
/// over several events.
fn cumulative_toll(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?i-u)\bbilans?\s+(?:provisoires?\s+)?(?:cumules?|globa(?:l|ux)|consolides?)\b",
        )
        .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// "Il s'agit de ...", "Parmi les victimes, ...": who the dead of the
/// event told were.
fn names_the_victims(text: &str) -> bool {
    opens_past_punctuation_with(
        text,
        &[
            "il s'agit",
            "parmi les victimes",
            "les victimes sont",
            "les victimes etaient",
        ],
    )
}

/// "Dans la même région", "dans la même province": somewhere in the area
/// of the story, not at its place.
fn elsewhere_in_the_area(text: &str) -> bool {
    let t = crate::fold::ascii_lower_1to1(text);
    [
        "meme region",
        "meme province",
        "meme cercle",
        "meme departement",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// "Ce jour-là", "ce jour là": the day the sentence before told.
fn that_day(text: &str) -> bool {
    let t = crate::fold::ascii_lower_1to1(crate::fold::head(text, 40));
    t.contains("ce jour-la") || t.contains("ce jour la")
}

/// A line that is only a writer's initials ("DIM", "A.T."): a
/// signature, whatever place of the gazetteer it spells.
fn is_signature(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    !t.is_empty()
        && t.chars().count() <= 5
        && t.chars().any(char::is_alphabetic)
        && t.chars().all(|c| c.is_uppercase() || c == '.' || c == ' ')
}

/// "une autre attaque", "un second assaut", "le convoi est à son tour
/// tombé dans une embuscade", "un mois après une action similaire": an
/// event other than the one being told, of the kind an account counts
/// apart.
fn another_attack(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:une (?:autre|seconde|deuxieme|troisieme)|un (?:autre|second|deuxieme|troisieme)) (?:attaque|embuscade|incursion|assaut|raid|tuerie|massacre)\b|\b(?:suivie?s?|precedee?s?) (?:d'une?|par une?) (?:autre|seconde?|deuxieme)\b|\b(?:cible|vise|attaque|frappe|pris pour cible)\w* (?:un|une) (?:autre|second|seconde|deuxieme) (?:campement|village|hameau|camp|poste|convoi|vehicule|localite|site|position|base)\b|\b(?:une|un) (?:attaque|embuscade|incursion|assaut|raid|tuerie|massacre|incident|action|acte|agression) (?:de (?:la )?meme nature|similaire|du meme type|du meme genre|identique)\b|\b(?:au cours|lors) (?:des|de la|du|de l'|de cette|de ces) ?(?:operations?|ratissages?|poursuites?|riposte|intervention|mission)\b[\x20-\x2d\x2f-\x7f]{0,60}\b(?:pris\w* a partie|embuscade|attaque\w*|cible\w*)|\b(?:poursuivant|traquant|en poursuivant|en traquant)\b[\x20-\x2d\x2f-\x7f]{0,60}\b(?:tombe\w* dans une embuscade|pris\w* a partie)|\ba son tour\b(?: [a-z'-]+){0,3} (?:tombe|attaque|cible|vise|frappe|pris pour cible|victime)\w*|\b(?:tombe|attaque|cible|vise|frappe|victime)\w*(?: [a-z'-]+){0,4} a son tour\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// "Nuit du 9 au 10 janvier, nouvelle attaque", "le village a de nouveau
/// été attaqué", "jeudi dernier, une première attaque … avait été
/// repoussée": the place struck again, or before. On a day of its own,
/// another event; without one, often the event told ("je suis triste de
/// signaler une nouvelle attaque").
fn struck_again(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:une|d'une|par une) (?:nouvelle|premiere|precedente|autre) (?:attaque|embuscade|incursion|tuerie)\b|(?:^|[,:;]\s*)nouvelle (?:attaque|embuscade|incursion)\b|\b(?:a|ont|avait|avaient|est|sont|etait|etaient|a ete|ont ete|avait ete|avaient ete) de nouveau (?:ete )?(?:attaque|cible|vise|frappe|pris pour cible)\w*|\b(?:attaque|cible|vise|frappe)\w* (?:a nouveau|de nouveau|pour la (?:seconde|deuxieme|troisieme) fois)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// Whether a place is told by its distance from the draft's own place
/// ("Kompienbiga, à une douzaine de kilomètres de Pama" of a draft at Pama).
fn measured_from(p: &PlaceMention, d: &Draft) -> bool {
    p.relative
        .as_ref()
        .is_some_and(|r| fold(&r.reference) == fold(&d.place.lookup))
}

/// Events named in the plural with no article that points back ("des
/// attaques simultanées", "plusieurs embuscades", "d'autres attentats").
fn several_other_events(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)\b(?:des|deux|trois|quatre|plusieurs|d'autres|de nouvelles|d['’]autres)\s+(?:(?:nouvelles|autres)\s+)?(?:attaques|embuscades|attentats|assauts|incursions|raids)\b")
            .expect("regex")
    })
    .is_match(text)
}

/// "deux autres attaques", "une autre embuscade": the sentence announces
/// events other than the one being told.
fn announces_others(text: &str) -> bool {
    // Other events or sites ("deux autres attaques", "un autre poste"),
    // not other people ("l'enterrement des autres victimes").
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)\bautres?\s+(?:[a-zéèêàç'-]+\s+)?(?:attaques?|attentats?|embuscades?|incidents?|assauts?|frappes?|raids?|incursions?|offensives?|villages?|localités?|localites?|hameaux|postes?|positions?|camps?|bases?|explosions?|enlèvements?|enlevements?|opérations?|operations?|affrontements?|accrochages?|attaquée?s?|visée?s?|ciblée?s?|menée?s?)\b")
            .expect("regex")
    })
    .is_match(text)
}

/// A sentence that is one day and nothing else ("Vendredi 20 février
/// 2026 :", "Le 3 mars -").
fn date_heading(facts: &SentenceFacts) -> bool {
    let [(Some(_), m)] = facts.dates.as_slice() else {
        return false;
    };
    let rest = |t: &str| {
        t.chars()
            .all(|c| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '.' | ','))
    };
    let (s, e) = m.span;
    let before = facts.text.get(..s).unwrap_or("x").trim();
    let before = before
        .strip_suffix("Le")
        .or_else(|| before.strip_suffix("le"))
        .unwrap_or(before);
    // "Koumbri, 4 septembre 2023." opening a log line: a town and a day,
    // as a dateline gives them.
    let town_first = before.strip_suffix(',').is_some_and(|t| {
        let t = t.trim();
        t.chars().next().is_some_and(char::is_uppercase)
            && t.len() <= 30
            && t.chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
    });
    (rest(before) || town_first) && rest(facts.text.get(e..).unwrap_or("x"))
}

/// A force sent to help ("le détachement allé au secours", "les renforts",
/// "en route pour intervenir").
fn relief_force(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)\b(?:renforts?|au secours|porter secours|secourir|pour intervenir|venu(?:e|s|es)? en aide)\b")
            .expect("regex")
    })
    .is_match(text)
}

/// "après celles survenues à", "après celle du village de", "la plus
/// meurtrière depuis celle contre un convoi le 19 août": earlier events of
/// the same kind, named by a pronoun after "après" or "depuis".
fn after_those(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)\b(?:après|depuis)\s+(?:celles?|ceux|celui)\b")
            .expect("regex")
    })
    .is_match(text)
}
