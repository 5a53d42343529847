//! A draft incident: what the sentences of one account have told so far.

use super::casualties;
use super::events::{best_type, specificity_rank};
use super::places::PlaceMention;
use super::sentence::SentenceFacts;
use crate::fold::fold;
use crate::model::{Actor, Casualties, DatePrecision, EventType, IncidentDate};
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone)]
pub(super) struct Draft {
    pub(super) place: PlaceMention,
    /// Other places named with it ("Boulikessi et Mondoro").
    pub(super) also: Vec<String>,
    pub(super) region: Option<String>,
    pub(super) date: Option<IncidentDate>,
    /// The text anchored the date, even if the context could not resolve
    /// it (a weekday with no publication date).
    pub(super) anchored: bool,
    pub(super) event_type: EventType,
    pub(super) actors: Vec<Actor>,
    /// Death figures by group, from every sentence of the account.
    pub(super) death_groups: Vec<(casualties::Group, Casualties)>,
    /// Figures of an earlier report that a later one replaced.
    pub(super) earlier_groups: Vec<(casualties::Group, Casualties)>,
    /// Figures a sentence gave for several sites together ("deux
    /// attentats à Ménaka et Gossi, dans lesquels les 5 auteurs sont
    /// morts"), kept by the first site only until it has figures of its own.
    pub(super) joint_groups: Vec<(casualties::Group, Casualties)>,
    /// Told as another event than the one before ("un autre campement").
    pub(super) another: bool,
    /// Told on a day of its own after the account before it, placed only by
    /// that account ("Ce lundi, un engin explosif a fait détonation dans le
    /// village"): a later event at the story's place.
    pub(super) later_here: bool,
    /// Started by a sentence that named no kind of event ("les FAMa ont
    /// neutralisé 17 terroristes"): its kind is a default the next
    /// sentence may set.
    pub(super) kind_untold: bool,
    /// A relief force hit on its way to the site of the account it was
    /// told in ("le détachement allé au secours à Gouari est tombé dans
    /// une embuscade"): another incident, near that site.
    pub(super) relief: bool,
    /// A reprisal for the account it was told in ("En représailles, une
    /// cinquantaine de Peuls avaient été tués"): another incident, near
    /// that account's site.
    pub(super) reprisal: bool,
    /// The death figures told as round approximations ("une dizaine").
    pub(super) approximate: Vec<(casualties::Group, Casualties)>,
    pub(super) deaths_claimed: bool,
    /// The death figures of tolls that are no one's claim ("14 terroristes
    /// neutralisés" from the army, beside the group's "des dizaines de
    /// morts"): what a contested toll cannot fall below.
    pub(super) attested_groups: Vec<(casualties::Group, Casualties)>,
    /// The dead as another side's account gives them
    /// ([`super::casualties::another_version`]): a contested figure for
    /// the dead already counted.
    pub(super) other_account: Option<Casualties>,
    pub(super) denied: bool,
    pub(super) wounded: Option<Casualties>,
    pub(super) sentences: Vec<String>,
    /// Numbers of the article's sentences kept in `sentences`.
    pub(super) sentence_nos: Vec<usize>,
    pub(super) evidence: Vec<(String, String)>,
    /// Index of the sentence that started it.
    pub(super) origin: usize,
    /// Every event type its sentences named.
    pub(super) seen: Vec<EventType>,
    /// Some sentence named a kind of event, not only a killing ("ont
    /// abattu sept terroristes").
    pub(super) kind_named: bool,
    /// Its date comes from words of the text, not from the publication
    /// date or the story's date.
    pub(super) dated: bool,
    /// Started by the headline, or placed only by an area or a distance:
    /// it stands for a more precise account of the same event nearby, if
    /// the article gives one.
    pub(super) provisional: bool,
    /// Started by the headline.
    pub(super) heading: bool,
    /// The sentence gave this place its own count ("sept à Ségué et deux
    /// à Sonfounou"): a neighbour with its own count is another incident.
    pub(super) counted_here: bool,
    /// One of the places a plural event lists ("des attaques simultanées
    /// contre A et B"): each is its own incident, however close.
    pub(super) listed: bool,
    /// The list's events are counted one per place ("deux attaques
    /// simultanées à A et B", "à A et à B"): a village the gazetteer lacks,
    /// placed beside the other, is still its own incident.
    pub(super) told_apart: bool,
    /// Split off the first place of such a list: placed nowhere, it adds
    /// nothing a reader could map, and is dropped.
    pub(super) sibling: bool,
    /// The draft (by its number) of the list's first place, for a place
    /// split off a list.
    pub(super) list_head: Option<usize>,
    /// Started by an earlier event recalled with its own day ("avaient été
    /// tués le 23 mai"): never the story's event, whatever its place.
    pub(super) recalled: bool,
    /// A place the gazetteer knows, named in the sentence that started
    /// it: where a village the gazetteer lacks is looked for
    /// ("73 à Tchoma Bangou et 32 à Zaroumadareye").
    pub(super) beside: Option<String>,
    /// The folded place and other places, with the names they were folded
    /// from (see [`Draft::names_key`]).
    pub(super) keys: std::cell::RefCell<FoldedNames>,
}

/// A draft's place and other places as last folded, and their folded forms.
type FoldedNames = Option<(String, Vec<String>, Vec<String>)>;

impl Draft {
    pub(super) fn new(
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
            joint_groups: vec![],
            another: false,
            later_here: false,
            kind_untold: false,
            relief: false,
            reprisal: false,
            approximate: vec![],
            deaths_claimed: false,
            attested_groups: Vec::new(),
            other_account: None,
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
            heading: false,
            counted_here: false,
            listed: false,
            told_apart: false,
            sibling: false,
            list_head: None,
            recalled: false,
            beside: None,
            keys: std::cell::RefCell::new(None),
        }
    }

    pub(super) fn key(&self) -> String {
        fold(&self.place.lookup)
    }

    /// Places the incident at the site the text names for it, instead of
    /// where it was first put (a headline's town, an area, an estimate);
    /// the place is no longer provisional. Returns the place replaced.
    pub(super) fn move_to(&mut self, p: &PlaceMention) -> PlaceMention {
        self.provisional = false;
        self.evidence.push(("place".into(), p.written.clone()));
        std::mem::replace(&mut self.place, p.clone())
    }

    /// "Attaque à Ménaka", then "l'attaque du campement nomade à 45 km de
    /// Ménaka": the town the incident was placed at by its name is the
    /// reference of the site, which lies that far from it ("à quelques
    /// kilomètres" says no more than "près de"). Returns whether the place
    /// changed.
    pub(super) fn site_from_its_town(&mut self, p: &PlaceMention) -> bool {
        let placed_by_its_name = !self.place.estimate
            && !self.place.area
            && self.place.road_to.is_none()
            && self.place.relative.is_none();
        let far_from_it = p.estimate
            && fold(&p.lookup) == self.key()
            && p.relative.as_ref().is_some_and(|r| r.km >= 10.0);
        if !(placed_by_its_name && far_from_it) {
            return false;
        }
        let old = std::mem::replace(&mut self.place, p.clone());
        self.also.push(old.lookup);
        self.evidence.push(("place".into(), p.written.clone()));
        true
    }

    /// "Un campement à 45 km de Ménaka", then "ce campement, situé à
    /// l'ouest de Ménaka": a direction from the estimate's own reference,
    /// told in another sentence, completes the estimate. Returns whether it
    /// did.
    pub(super) fn take_direction(&mut self, text: &str) -> bool {
        static RE: OnceLock<Regex> = OnceLock::new();
        let Some(r) = self.place.relative.as_mut().filter(|r| r.bearing.is_none()) else {
            return false;
        };
        if !self.place.estimate {
            return false;
        }
        let re = RE.get_or_init(|| {
            crate::extract::compile::regex(r"(?i-u)\b(au (?:nord|sud)(?:-(?:est|ouest))?|a l'(?:est|ouest)) (?:de la ville |de la localite |de la commune |du village )?(?:de |d')([a-z' -]{3,40})")
                .expect("regex")
        });
        let folded = crate::fold::ascii_lower_1to1(text);
        let reference = fold(&r.reference);
        for c in re.captures_iter(&folded) {
            if fold(&c[2]).starts_with(&reference) {
                if let Some(b) = crate::gazetteer::offset::french_bearing(&c[1]) {
                    r.bearing = Some(b);
                    self.evidence.push(("place".into(), c[0].to_string()));
                    return true;
                }
            }
        }
        false
    }

    /// Whether some sentence of the account counted dead (a figure above
    /// zero).
    pub(super) fn dead_told(&self) -> bool {
        self.death_groups
            .iter()
            .any(|(_, c)| c.low.is_some_and(|n| n > 0))
    }

    /// Whether the folded name `k` is this incident's own place, as
    /// written here or one letter apart ([`misspelt`]).
    pub(super) fn same_name(&self, k: &str) -> bool {
        let own = self.key();
        own == k || misspelt(&own, k)
    }

    /// Another event told at this incident's place, on a day of its own
    /// (`words` gave it): its place and region, the sentence's type (an
    /// attack if it names none) and figures.
    pub(super) fn another_event_here(
        &self,
        date: Option<IncidentDate>,
        anchored: bool,
        words: String,
        s: &SentenceFacts,
    ) -> Draft {
        let mut o = Draft::new(
            self.place.clone(),
            date,
            anchored,
            s.cue_type().unwrap_or(EventType::Attack),
        );
        o.dated = true;
        o.region = self.region.clone();
        o.evidence.push(("place".into(), o.place.written.clone()));
        o.evidence.push(("date".into(), words));
        o.evidence.push(("type".into(), s.cue_words()));
        o.absorb(s);
        o.origin = s.no;
        o
    }

    /// The same event at another place of its list ("Karou, Ouatagouna"):
    /// its date, type and actors, but none of its figures or places.
    pub(super) fn sibling_at(&self, place: &PlaceMention) -> Draft {
        let mut o = self.clone();
        o.place = place.clone();
        o.listed = true;
        o.sibling = true;
        o.also.clear();
        o.death_groups.clear();
        o.joint_groups.clear();
        o.earlier_groups.clear();
        o.approximate.clear();
        o.wounded = None;
        o.evidence.retain(|(k, _)| k != "toll" && k != "place");
        o.evidence.push(("place".into(), place.written.clone()));
        o
    }

    /// Another event near this one's site, told within its account with
    /// no place of its own: its date, nothing of what was told of it.
    pub(super) fn offshoot(&self, event_type: EventType) -> Draft {
        let mut o = self.sibling_at(&self.place);
        o.place.near = true;
        o.event_type = event_type;
        o.seen.clear();
        o.kind_named = false;
        o.actors.clear();
        o.sentences.clear();
        o.sentence_nos.clear();
        o.evidence.retain(|(k, _)| k == "place");
        o
    }

    /// Takes the folded name `key` off this incident's other places: the
    /// place turned out to have dead of its own, so it is another incident,
    /// and neighbours with their own counts are not joined again.
    pub(super) fn detach(&mut self, key: &str) {
        self.also.retain(|a| fold(a) != key);
        self.counted_here = true;
    }

    /// Whether the folded name `k` is this incident's place or one of its
    /// other places. The folded names are kept from one call to the next
    /// while the place and the other places stay the same (folding them
    /// anew for every mention of every sentence was a tenth of the time).
    pub(super) fn names_key(&self, k: &str) -> bool {
        let mut cache = self.keys.borrow_mut();
        let fresh = cache
            .as_ref()
            .is_some_and(|(lookup, also, _)| *lookup == self.place.lookup && *also == self.also);
        if !fresh {
            let mut keys = vec![self.key()];
            keys.extend(self.also.iter().map(|a| fold(a)));
            // A road's far end is one of its places too ("entre Kadial et
            // Ténenkou" answers to a headline's "Ténenkou").
            keys.extend(self.place.road_to.iter().map(|a| fold(a)));
            *cache = Some((self.place.lookup.clone(), self.also.clone(), keys));
        }
        cache.as_ref().is_some_and(|(_, _, keys)| {
            keys.iter().any(|x| x == k) || keys.first().is_some_and(|own| misspelt(own, k))
        })
    }

    /// Whether a date read with a mention of this incident's place can be
    /// the same event.
    pub(super) fn date_compatible(&self, d: Option<IncidentDate>, anchored: bool) -> bool {
        match (self.date, d) {
            (Some(a), Some(b)) => {
                // Two days the text told to the day, or a span and a day
                // ("entre le jeudi 25 et le samedi 27", then "le mardi 30"),
                // are a day apart at most; reports of one event give days
                // that far apart, not more.
                let told = |x: &IncidentDate| {
                    matches!(x.precision, DatePrecision::Day | DatePrecision::Week)
                };
                let slack = if self.dated && anchored && told(&a) && told(&b) {
                    1
                } else {
                    3
                };
                a.overlaps(&b)
                    || (a.start - b.end).num_days().abs() <= slack
                    || (b.start - a.end).num_days().abs() <= slack
                    // Dated only by the publication, an account may tell an
                    // event of the days before ("ont perdu deux soldats
                    // dans une attaque", the body giving "le 12 septembre"
                    // in a story of the 17th).
                    || (!self.dated && (0..=10).contains(&(a.start - b.end).num_days()))
            }
            // An unresolved weekday is recent; an explicit old date is not it.
            (None, Some(_)) => !self.anchored,
            (_, None) => !anchored || self.date.is_none(),
        }
    }

    /// Whole days between the day `x` and this draft's date when the text
    /// told that date to the day; 0 when they overlap or the draft's date
    /// is not a told day.
    pub(super) fn days_apart(&self, x: &IncidentDate) -> i64 {
        match self.date {
            Some(a) if self.dated && a.precision == DatePrecision::Day && !a.overlaps(x) => {
                (a.start - x.end)
                    .num_days()
                    .abs()
                    .min((x.start - a.end).num_days().abs())
            }
            _ => 0,
        }
    }

    pub(super) fn refine_date(&mut self, d: Option<IncidentDate>, words: &str) {
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

    /// The day its own clause of a sentence gives this place ("une
    /// dizaine à X, mercredi"), taken over the day the sentence's account
    /// gave; not a weekday read outside a span the account gave ("la
    /// semaine dernière ... mardi"). Unlike [`Draft::refine_date`], a day
    /// replaces a day.
    pub(super) fn take_clause_day(&mut self, day: IncidentDate, words: &str) {
        let fits = self.date.is_none_or(|cur| {
            cur.precision == DatePrecision::Day || (cur.start <= day.start && day.end <= cur.end)
        });
        if fits {
            self.date = Some(day);
            self.anchored = true;
            self.evidence.push(("date".into(), words.to_string()));
        }
    }

    pub(super) fn upgrade_type(&mut self, t: Option<EventType>, words: &str) {
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

    pub(super) fn absorb(&mut self, s: &SentenceFacts) {
        self.absorb_with(s, &s.toll);
    }

    /// Like [`Draft::absorb`], with the toll of the part of the sentence
    /// that is about this incident ("l'une à Banankoro ..., blessé,
    /// l'autre à Mahou").
    pub(super) fn absorb_with(&mut self, s: &SentenceFacts, toll: &casualties::SentenceToll) {
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
        // A siege's own period is its toll ("six villageois tués depuis le
        // début du siège").
        let statistic =
            s.statistic && !(self.event_type == EventType::Siege && siege_period(&s.text));
        let stale = statistic
            || (s.superseded && !self.death_groups.is_empty() && toll.superseded_groups.is_empty());
        if !statistic {
            add_unique(
                &mut self.earlier_groups,
                toll.superseded_groups.iter().copied(),
            );
        }
        // "Il n'y a pas eu de mort" after a sentence that counted the dead
        // speaks of another part of the account (a second attack that was
        // held off), not of the deaths already told.
        let no_death = toll
            .death_groups
            .iter()
            .all(|(_, c)| *c == Casualties::exact(0));
        let dead_told = self.dead_told();
        // "Deux enfants ont péri dans les flammes", after "dix-huit
        // villageois ont été tués": children or women among a larger count
        // already told are part of it, not a competing figure.
        let part_of_told = match toll.death_groups.as_slice() {
            [(casualties::Group::Civilians | casualties::Group::All, c)] => {
                c.high.is_some_and(|n| {
                    self.death_groups.iter().any(|(h, d)| {
                        matches!(h, casualties::Group::Civilians | casualties::Group::All)
                            && d.low.is_some_and(|m| m > n)
                    })
                }) && names_a_part(&s.text)
            }
            _ => false,
        };
        let counts_here = toll.deaths.is_some() && !stale && !part_of_told;
        let contests = counts_here && dead_told && s.other_version;
        if let Some(other) = toll.deaths.filter(|_| contests) {
            self.other_account = Some(self.other_account.map_or(other, |c| c.union(&other)));
        } else if counts_here && !(no_death && dead_told) {
            // "Quatre autres ont succombé à leurs blessures" after the
            // sentence that counted the first dead: more of the same count.
            let last_told = self.death_groups.last_mut().filter(|_| toll.adds_to_told);
            if let (Some(last), Some(more)) = (last_told, toll.deaths) {
                last.1 = casualties::add(last.1, more);
            } else {
                // "Bilan revu à la hausse : 17 morts" after "12 morts": the
                // revised figure replaces the earlier one of its group (of
                // every group, when it counts everyone).
                if toll.revises && dead_told {
                    let all = toll
                        .death_groups
                        .iter()
                        .any(|(g, _)| *g == casualties::Group::All);
                    let (replaced, kept): (Vec<_>, Vec<_>) =
                        self.death_groups.iter().copied().partition(|(g, _)| {
                            all || *g == casualties::Group::All
                                || toll.death_groups.iter().any(|(h, _)| h == g)
                        });
                    add_unique(&mut self.earlier_groups, replaced);
                    self.death_groups = kept;
                }
                add_unique(&mut self.death_groups, toll.death_groups.iter().copied());
                add_unique(&mut self.approximate, toll.approximate.iter().copied());
                if !toll.claimed {
                    add_unique(&mut self.attested_groups, toll.death_groups.iter().copied());
                }
            }
            self.deaths_claimed |= toll.claimed;
        }
        if let Some(w) = toll.wounded.filter(|_| !stale) {
            self.wounded = Some(match self.wounded {
                // A revision counts the wounded again.
                Some(cur) if !toll.revises => cur.union(&w),
                _ => w,
            });
        }
        // A figure that is not this incident's toll is no evidence of it.
        if !stale {
            for e in &toll.evidence {
                self.evidence.push(("toll".into(), e.clone()));
            }
        }
        self.denied |= s.denial;
        if self.region.is_none() {
            self.region = s.places.region.clone();
        }
    }

    /// The death figures of the account: those given for several sites
    /// together give way once the site has figures of its own ("Le seul
    /// mort est le kamikaze").
    pub(super) fn own_death_groups(&self) -> Vec<(casualties::Group, Casualties)> {
        // The same figure in the headline ("5 kamikazes tués") is the
        // list's too, whatever group its words name.
        let joint =
            |g: &(casualties::Group, Casualties)| self.joint_groups.iter().any(|(_, c)| *c == g.1);
        let own = self.death_groups.iter().any(|g| !joint(g));
        if own && !self.joint_groups.is_empty() {
            self.death_groups
                .iter()
                .filter(|g| !joint(g))
                .copied()
                .collect()
        } else {
            self.death_groups.clone()
        }
    }
}

/// Appends the items of `new` that `list` does not hold yet (a figure told
/// twice is one figure).
pub(super) fn add_unique<T: PartialEq>(list: &mut Vec<T>, new: impl IntoIterator<Item = T>) {
    for x in new {
        if !list.contains(&x) {
            list.push(x);
        }
    }
}

/// Whether a sentence counts over the time of a siege ("depuis le début du
/// siège", "depuis le début du blocus").
fn siege_period(text: &str) -> bool {
    let t = crate::fold::ascii_lower_1to1(text);
    [
        "depuis le debut du siege",
        "depuis le debut du blocus",
        "depuis le debut de l'encerclement",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// Whether two folded names of one article are one name written twice, one
/// letter apart ("Kololoko" then "Kokoloko", "Tillabéri" and "Tillabéry"):
/// long names only, with the same first letter, where two distinct
/// villages told in one story are unlikely to differ so little.
pub(super) fn misspelt(a: &str, b: &str) -> bool {
    a.len() >= 7
        && b.len() >= 7
        && a.len().abs_diff(b.len()) <= 1
        && a.as_bytes()[0] == b.as_bytes()[0]
        && a != b
        && crate::fold::edit_distance(a, b) == 1
}

/// Whether a sentence counts children, women or the old: a part of the
/// people a story counts, when it has counted more.
fn names_a_part(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|un|une|\d{1,3})\s+(?:de\s+ces\s+|d'entre\s+eux,?\s+)?(?:jeunes\s+|petits?\s+|petites?\s+)?(?:enfants?|femmes?|fillettes?|garcons?|filles?|nourrissons?|bebes?|vieillards?|personnes\s+agees)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}
