//! Date expressions in French news text.
//!
//! [`find_dates`] finds the expressions in a sentence; [`DateContext`]
//! resolves the relative ones (weekdays, "deux jours plus tard", "la
//! semaine dernière") against the publication date and the dates the
//! article has already given.
//!
//! ```
//! use sahel::extract::dates::{find_dates, DateContext};
//! use sahel::model::IncidentDate;
//! use chrono::NaiveDate;
//! let pubd = IncidentDate::day(NaiveDate::from_ymd_opt(2024, 3, 18).unwrap());
//! let ctx = DateContext::new(Some(pubd));
//! let m = &find_dates("Le camp a été attaqué samedi matin.")[0];
//! assert_eq!(ctx.resolve(&m.anchor).unwrap().to_string(), "2024-03-16");
//! ```

use crate::model::{DatePrecision, IncidentDate};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::sync::OnceLock;

/// What a date expression says.
#[derive(Debug, Clone, PartialEq)]
pub enum DateAnchor {
    /// A date fixed by the text itself (day, day range, month or year);
    /// `year_given` is false for "le 26 mai" (the year comes from context).
    Absolute {
        /// Start day (for a month: the 1st).
        start: (Option<i32>, u32, u32),
        /// End day of a range ("16-17 mars").
        end_day: Option<u32>,
        /// Day, week (range), month or year.
        precision: DatePrecision,
    },
    /// A weekday ("samedi", "dans la nuit de samedi à dimanche": Sunday).
    Weekday(Weekday),
    /// That weekday of the week before publication, never the day of
    /// publication itself ("lundi dernier" read on a Monday).
    LastWeekday(Weekday),
    /// Days across months ("du 26 juin au 10 juillet 2022"): first and
    /// last day, each with its year when told.
    Span {
        /// Year (when told), month and day of the first day.
        start: (Option<i32>, u32, u32),
        /// Year (when told), month and day of the last day.
        end: (Option<i32>, u32, u32),
    },
    /// Days after (positive) or before the previous event ("deux jours plus
    /// tard", "le lendemain", "la veille").
    DaysAfter(i64),
    /// The week before publication ("la semaine dernière").
    LastWeek,
    /// Days before publication ("il y a trois jours").
    DaysAgo(i64),
    /// The Saturday and Sunday before publication ("le week-end dernier").
    LastWeekend,
    /// The calendar month before publication ("le mois dernier").
    LastMonth,
    /// The first days of the week of publication, Monday to the day
    /// before publication ("en début de semaine", "en début de cette
    /// semaine"); told on a Monday, that Monday.
    EarlyThisWeek,
    /// A day of the month of publication ("le 15 courant", "le 3 du mois
    /// en cours"), as army communiqués date events.
    DayThisMonth(u32),
    /// The last month of this number before publication ("en août
    /// dernier": August of the same year when published later in the
    /// year, of the year before otherwise).
    LastNamedMonth(u32),
    /// The year this many years before publication ("il y a près d'un
    /// an", "l'année dernière", "il y a deux ans"): told to the year only,
    /// as "près d'un an" may fall in either calendar year's month.
    YearsAgo(i32),
    /// The month this many months before publication ("il y a deux
    /// mois").
    MonthsAgo(u32),
}

/// A date expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// What it says.
    pub anchor: DateAnchor,
    /// Byte range in the sentence.
    pub span: (usize, usize),
    /// The words as written.
    pub text: String,
    /// The date of a report, not of the event: it follows a verb of
    /// saying ("a annoncé lundi", "a revendiqué mercredi", "communiqué en
    /// date du 7 janvier", "publié samedi").
    pub report: bool,
    /// The lag of an earlier event counted back from the one told
    /// ("survenue un jour après celle de Banikani"): it dates that event
    /// and fixes no day for the sentences after it.
    pub counted_back: bool,
    /// The days of the month listed with "et" ("le 9 et le 12 février":
    /// 9 and 12), empty for any other date. The anchor is then the range
    /// from the first to the last; told of one site, each day is an event
    /// of its own.
    pub listed: Vec<u32>,
}

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

pub(super) fn month_number(w: &str) -> Option<u32> {
    let w = w.to_lowercase();
    // "sept.", "janv.": a month cut short.
    let w = match w.strip_suffix('.') {
        Some(short) => match short {
            "janv" => "janvier",
            "fév" | "fev" | "févr" | "fevr" => "février",
            "avr" => "avril",
            "juil" => "juillet",
            "sept" => "septembre",
            "oct" => "octobre",
            "nov" => "novembre",
            "déc" | "dec" => "décembre",
            other => other,
        }
        .to_string(),
        None => w,
    };
    let w = w
        .replace("fevrier", "février")
        // "févier": a slip seen in print.
        .replace("févier", "février")
        .replace("fevier", "février")
        .replace("aout", "août")
        .replace("decembre", "décembre");
    MONTHS.iter().position(|m| *m == w).map(|i| i as u32 + 1)
}

/// The weekday a French name or a log's three-letter abbreviation ("dim"
/// in "dim. après-midi") names.
pub(super) fn weekday(w: &str) -> Option<Weekday> {
    Some(match w.to_lowercase().as_str() {
        "lundi" | "lun" => Weekday::Mon,
        "mardi" | "mar" => Weekday::Tue,
        "mercredi" | "mer" => Weekday::Wed,
        "jeudi" | "jeu" => Weekday::Thu,
        "vendredi" | "ven" => Weekday::Fri,
        "samedi" | "sam" => Weekday::Sat,
        "dimanche" | "dim" => Weekday::Sun,
        _ => return None,
    })
}

fn small_number(w: &str) -> Option<i64> {
    crate::french::number(w).map(i64::from)
}

const MONTH_RE: &str =
    "janvier|f[ée]vr?ier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre";
pub(super) const DAY_RE: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
/// Months cut short with a stop, as logs and tables write them ("2 sept.",
/// "14 janv. 2020").
const MONTH_ABBR: &str = r"(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\.";
/// The months as a word after a day starts them (lower case, with and
/// without accents).
const MONTHS_AFTER: [&str; 15] = [
    "janv", "fév", "fev", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept", "oct",
    "nov", "déc", "dec",
];

/// Who is counted right after a number ("vendredi 16 fidèles", "lundi 12
/// soldats"): the number is no day of the month. Folded stems.
const COUNTED_PEOPLE: [&str; 23] = [
    "mort",
    "tue",
    "blesse",
    "personne",
    "civil",
    "soldat",
    "militaire",
    "fidele",
    "villageois",
    "terroriste",
    "assaillant",
    "attaquant",
    "corps",
    "victime",
    "enfant",
    "femme",
    "homme",
    "gendarme",
    "policier",
    "vdp",
    "habitant",
    "passager",
    "otage",
];

fn patterns() -> &'static [Regex; 11] {
    static RE: OnceLock<[Regex; 11]> = OnceLock::new();
    RE.get_or_init(|| {
        [
            // "le 23 mai 2025", "16-17 mars 2024", "1er avril", "lundi 18
            // mars", "le premier novembre 2016"
            crate::extract::compile::regex(&format!(r"(?i)(?-u:\b)(?:(?:{DAY_RE}),?\s+(?:(?:matin|soir|midi|après-midi|nuit),?\s+)?)?(\d{{1,2}}|premier)(?:er)?(?:\s*(?:-|–|au|et|à)\s*(?:(?:{DAY_RE})\s+)?(\d{{1,2}}))?\s+((?:{MONTH_RE})(?-u:\b)|{MONTH_ABBR})(?:\s+(\d{{4}}))?")).expect("regex"),
            // "en juin 2024", "(avril 2015)", "novembre 2015"
            crate::extract::compile::regex(&format!(r"(?i)(?-u:\b)({MONTH_RE})\s+(\d{{4}})(?-u:\b)")).expect("regex"),
            // "en 2020", "courant 2019" (not "depuis 2014")
            crate::extract::compile::regex(r"(?i)(?-u:\b)(en|courant|début|fin|mi-)\s*(\d{4})(?-u:\b)").expect("regex"),
            // "dans la nuit de samedi à dimanche", "une attaque de nuit,
            // de jeudi à vendredi"
            // "le soir entre mercredi et jeudi": a night too
            crate::extract::compile::regex(&format!(r"(?i)(?-u:\b)(?:nuit|soir|soirée)(?:\s*,)?\s+(?:de|du|entre)\s+({DAY_RE})\s+(?:à|au|et)\s+({DAY_RE})(?-u:\b)")).expect("regex"),
            // "samedi", "samedi matin", "ce dimanche"
            crate::extract::compile::regex(&format!(r"(?i)(?-u:\b)({DAY_RE})(?-u:\b)")).expect("regex"),
            // "deux jours plus tard", "le lendemain", "la veille", "la semaine dernière"
            crate::extract::compile::regex(r"(?i)(?-u:\b)(?:(\w+)\s+jours?\s+plus\s+tard|(\w+)\s+jours?\s+(?:auparavant|plus\s+tôt)|(le\s+lendemain)|(la\s+veille)|(la\s+semaine\s+(?:dernière|passée|écoulée))|(le\s+mois\s+(?:dernier|passé|écoulé))|(24|48|72|vingt-quatre|quarante-huit|quelques|une|deux|trois|quatre|cinq|six|\d{1,2})\s+heures?\s+plus\s+tard|(24|48|72|vingt-quatre|quarante-huit|quelques|une|deux|trois|quatre|cinq|six|\d{1,2})\s+heures?\s+(?:auparavant|plus\s+tôt)|(le\s+week-end\s+(?:dernier|passé)|ce\s+week-end|le\s+week-end\s+du\s+\d|durant\s+le\s+week-end|pendant\s+le\s+week-end))(?:(?-u:\b)|[\s,.;:)]|$)").expect("regex"),
            // "le 07/02/2025", "12.03.2024", "3-4-2021"
            crate::extract::compile::regex(r"(?-u:\b)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?-u:\b)").expect("regex"),
            // "il y a trois jours", "il y a une semaine"
            crate::extract::compile::regex(r"(?i)(?-u:\b)il\s+y\s+a\s+(\w+)\s+(jours?|semaines?)(?-u:\b)").expect("regex"),
            // "fin mars", "mi-janvier", "début août 2021"
            crate::extract::compile::regex(&format!(r"(?i)(?-u:\b)(début|fin|mi|courant|au\s+début\s+du\s+mois\s+de|à\s+la\s+fin\s+du\s+mois\s+de|(?:à\s+la\s+)?mi-mois\s+de|(?:première|1re|1ère|deuxième|seconde|2e|2ème)\s+(?:moitié|quinzaine)\s+(?:du\s+mois\s+)?(?:de\s+|d['’]))\s*-?\s*({MONTH_RE})(?-u:\b)(?:\s+(\d{{4}}))?")).expect("regex"),
            // "hier", "avant-hier"
            crate::extract::compile::regex(r"(?i)(?-u:\b)(avant-hier|hier)(?-u:\b)(?:\s*\(\s*(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*\))?").expect("regex"),
            // "en août dernier", "au mois de janvier passé": the last such
            // month before publication
            crate::extract::compile::regex(&format!(r"(?i)(?-u:\b)(?:en|au\s+mois\s+d['’]|au\s+mois\s+de|courant)\s*({MONTH_RE})\s+(?:dernier|passé)(?-u:\b)")).expect("regex"),
        ]
    })
}

/// "24 heures plus tôt", "quarante-huit heures plus tard": whole days;
/// fewer hours, the same day.
fn hours_as_days(h: &str) -> Option<i64> {
    match h.to_lowercase().as_str() {
        "24" | "vingt-quatre" => Some(1),
        "48" | "quarante-huit" => Some(2),
        "72" => Some(3),
        // "quelques heures plus tôt", "trois heures plus tard": the same
        // day, as far as the text tells.
        "quelques" | "une" | "deux" | "trois" | "quatre" | "cinq" | "six" => Some(0),
        n => n.parse::<i64>().ok().filter(|&n| n < 24).map(|_| 0),
    }
}

/// A short line that credits a source ("Source : …", "Sources: …").
fn is_credit_line(sentence: &str) -> bool {
    let t = sentence.trim_start();
    let Some(head) = t.get(..6) else {
        return false;
    };
    head.eq_ignore_ascii_case("source")
        && t.len() < 80
        && t[6..]
            .trim_start_matches(['s', 'S'])
            .trim_start()
            .starts_with(':')
}

/// Whether the words after a night's dates put the event before midnight
/// ("dans la nuit du jeudi 19 au vendredi 20, vers 23 heures"; "en début
/// de soirée"). A night is dated by the day it ended in unless the text
/// gives an evening hour: then the event belongs to the first day.
fn night_before_midnight(after: &str) -> bool {
    static HOUR: OnceLock<Regex> = OnceLock::new();
    let hour = HOUR.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)(?:(?:(?-u:\b)(?:vers|aux\s+environs\s+de|aux\s+alentours\s+de|autour\s+de|peu\s+avant|peu\s+après|dès)|(?:^|\s)à)\s+(\d{1,2})\s*(?:h|heures?)|(en\s+(?:début\s+de\s+)?soirée|dans\s+la\s+soirée|à\s+la\s+tombée\s+de\s+la\s+nuit|au\s+crépuscule|(?:après|pendant|durant|lors\s+de|à\s+l['’]heure\s+de)\s+la\s+prière\s+(?:du\s+crépuscule|du\s+soir|de\s+(?:maghreb|maghrib|icha|isha))))")
            .expect("regex")
    });
    // Only the clause right after the dates speaks of this night.
    let Some(c) = hour.captures(crate::fold::head(after, 120)) else {
        return false;
    };
    if c.get(2).is_some() {
        return true;
    }
    c[1].parse::<u32>().is_ok_and(|h| (12..=23).contains(&h))
}

/// Whether an evening hour comes right before a night's dates ("vers 22h
/// dans la nuit du samedi 23 au dimanche 24"): the event belongs to the
/// first day, as with the hour told after them.
fn evening_before_night(before: &str) -> bool {
    static HOUR: OnceLock<Regex> = OnceLock::new();
    let hour = HOUR.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)(?:(?-u:\b)(?:vers|aux\s+environs\s+de|aux\s+alentours\s+de|autour\s+de|peu\s+avant|peu\s+après|dès)|(?:^|\s)à)\s+(\d{1,2})\s*(?:h|heures?)(?:\s*\d{2})?\s*,?\s*(?:(?:dans|durant|pendant)\s+)?(?:la\s+)?(?:nuit\s+(?:du|de)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$")
            .expect("regex")
    });
    hour.captures(crate::fold::tail(before, 70))
        .is_some_and(|c| c[1].parse::<u32>().is_ok_and(|h| (12..=23).contains(&h)))
}

/// Whether a date mention is a night's two days ("nuit du mercredi 6 au
/// jeudi 7 février", "nuit du 31 janvier au 1er février").
fn is_night(sentence: &str, m: &DateMention) -> bool {
    let before = crate::fold::tail(&sentence[..m.span.0], 16).to_lowercase();
    (before.contains("nuit") || m.text.to_lowercase().contains("nuit"))
        && (m.text.contains(" au ") || m.text.contains(" à "))
}

/// First days (month, day) of the nights a text puts before midnight:
/// the night's date resolves to its first day, which is written first.
fn evening_nights(text: &str) -> Vec<(u32, u32)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| crate::extract::compile::regex(r"(?i)nuit\s+d").expect("regex"));
    let mut out = Vec::new();
    for m in re.find_iter(text) {
        let mut from = m.start().saturating_sub(60);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = crate::fold::head(&text[from..], 260);
        for d in find_dates(window) {
            let DateAnchor::Absolute {
                start: (_, month, day),
                end_day: None,
                precision: DatePrecision::Day,
            } = d.anchor
            else {
                continue;
            };
            let days: Vec<u32> = d
                .text
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|w| w.parse().ok())
                .filter(|n| (1..=31).contains(n))
                .collect();
            if days.len() < 2 || days[0] == days[1] || !is_night(window, &d) {
                continue;
            }
            if days[0] == day {
                out.push((month, day));
            }
            // "Dans la nuit du 1er au 2 septembre, le poste a été attaqué.
            // Selon des témoins, l'attaque s'est passée peu après 22h.":
            // the hour told of the event in the next sentence.
            if days[1] == day {
                let after = crate::fold::head(&text[from + d.span.1.min(window.len())..], 400);
                if evening_told_after(after) {
                    let first_month = if days[0] > day {
                        (month + 10) % 12 + 1
                    } else {
                        month
                    };
                    out.push((first_month, days[0]));
                }
            }
        }
    }
    out
}

/// Whether the sentence after a night's dates tells the event's hour, in
/// the evening: "L'attaque s'est passée peu après 22h", "les faits se
/// sont produits vers 21 heures".
fn evening_told_after(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)^[^.]*\.\s*[^.]{0,60}?(?:l['’](?:attaque|assaut|incident|embuscade)|les\s+faits|les\s+tirs)\s+(?:s['’]est\s+(?:passée?|produite?|déroulée?)|se\s+sont\s+(?:passés|produits|déroulés)|a\s+eu\s+lieu|ont\s+eu\s+lieu|est\s+survenue?|ont\s+(?:commencé|éclaté|retenti)|a\s+(?:commencé|débuté))\s+([^.]{0,30})")
            .expect("regex")
    });
    re.captures(after)
        .is_some_and(|c| night_before_midnight(c.get(1).map_or("", |m| m.as_str())))
}

/// Finds the date expressions of a sentence, in text order. Dates after
/// "depuis" (since) are not event dates and are skipped.
pub fn find_dates(sentence: &str) -> Vec<DateMention> {
    match unbracketed_days(sentence) {
        Some(plain) => find_dates_in(&plain),
        None => find_dates_in(sentence),
    }
}

/// "à dimanche 22", "au 22" after a night's first day written in full:
/// the day the night ended.
fn night_end_after(after: &str) -> Option<u32> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i)^\s*(?:à|a|au)\s+(?:(?:{DAY_RE})\s+)?(\d{{1,2}})(?:er)?(?-u:\b)"
        ))
        .expect("regex")
    });
    let c = re.captures(crate::fold::head(after, 40))?;
    c[1].parse().ok()
}

/// "dans la nuit de samedi (21 septembre) à dimanche (22)": the sentence
/// with the brackets around a weekday's date blanked out, so that the
/// date reads as written without them. Each bracket becomes a space, so
/// every byte keeps its place.
fn unbracketed_days(sentence: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    if !sentence.contains('(') {
        return None;
    }
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*(\()\d{1,2}(?:er)?(?:\s+\p{L}+(?:\s+\d{4})?)?(\))")
            .expect("regex")
    });
    let mut bytes = sentence.as_bytes().to_vec();
    let mut any = false;
    for c in re.captures_iter(sentence) {
        for g in [1, 2] {
            if let Some(m) = c.get(g) {
                bytes[m.start()] = b' ';
                any = true;
            }
        }
    }
    // Only ASCII brackets were replaced by ASCII spaces.
    any.then(|| String::from_utf8(bytes).expect("brackets replaced by spaces"))
}

/// Two or more days of one month listed with "et" ("les jeudi 8 et samedi
/// 11 février", "le 9 et le 12 février 2023", "les 3, 5 et 8 mars").
fn listed_days() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i)(?-u:\b)(?:(?:les?|l')\s+)?(?P<list>(?:(?:{DAY_RE})\s+)?\d{{1,2}}(?:er)?(?:\s*,\s*(?:le\s+)?(?:(?:{DAY_RE})\s+)?\d{{1,2}}(?:er)?)*\s+et\s+(?:le\s+)?(?:(?:{DAY_RE})\s+)?\d{{1,2}}(?:er)?\s+(?P<month>{MONTH_RE})(?-u:\b)(?:\s+(?P<year>\d{{4}}))?)"
        ))
        .expect("regex")
    })
}

/// The day numbers of a list of days.
fn day_numbers() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(r"\d{1,2}").expect("regex"))
}

fn find_dates_in(sentence: &str) -> Vec<DateMention> {
    let re = patterns();
    // "Source : Le 22 Septembre": a credit line names a newspaper, and
    // Malian titles are dates.
    if is_credit_line(sentence) {
        return Vec::new();
    }
    // Cheap substring checks decide which patterns can match at all.
    let lower = sentence.to_lowercase();
    let has_month = MONTHS.iter().any(|m| lower.contains(m))
        || lower.contains("fevrier")
        || lower.contains("févier")
        || lower.contains("fevier")
        || lower.contains("aout")
        || lower.contains("decembre")
        || [
            "janv.", "fév.", "févr.", "fev.", "fevr.", "avr.", "juil.", "sept.", "oct.", "nov.",
            "déc.", "dec.",
        ]
        .iter()
        .any(|m| lower.contains(m));
    let has_year = sentence
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    let has_weekday = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]
    .iter()
    .any(|d| lower.contains(d));
    let has_relative = [
        "jour",
        "lendemain",
        "veille",
        "semaine",
        "heures",
        "mois",
        "week-end",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let has_numeric = sentence.contains('/') || sentence.contains('.') || sentence.contains('-');
    let mut out: Vec<DateMention> = Vec::new();
    let mut taken = crate::fold::Claimed::new(sentence.len());
    // Only the last few bytes matter: lowercasing the whole prefix for
    // each date made long texts quadratic.
    let since = |start: usize| {
        let mut cut = start.saturating_sub(24);
        while !sentence.is_char_boundary(cut) {
            cut += 1;
        }
        let before = sentence[cut..start].trim_end().to_lowercase();
        // "depuis début 2013", "depuis fin mars": since then too.
        let before = ["début", "debut", "fin", "mi-"]
            .iter()
            .find_map(|w| before.strip_suffix(w))
            .map_or(before.as_str(), str::trim_end);
        before.ends_with("depuis") || since_a_turn(crate::fold::tail(&sentence[..start], 60))
    };
    // "la mission, lancée en juillet 2013", "créé en 2012": when an
    // institution began, not when the event happened. Only a month or a
    // year ("l'opération lancée le 3 mai" dates an event).
    let founded = |start: usize| {
        // "nommé à la tête du département de Torodi en août 2023": when an
        // official took up the post, a few words before the month.
        if took_up_a_post(crate::fold::tail(&sentence[..start], 80)) {
            return true;
        }
        let before = crate::fold::ascii_lower_1to1(crate::fold::tail(&sentence[..start], 48));
        let before = before.trim_end();
        // "depuis le début des violences en 2015": when the crisis began.
        if before.ends_with(" en")
            && [
                "debut des violences",
                "debut de la crise",
                "debut du conflit",
                "debut de la guerre",
                "debut de l'insurrection",
            ]
            .iter()
            .any(|w| before.contains(w))
        {
            return true;
        }
        let before = ["en", "au mois de", "des", "depuis"]
            .iter()
            .find_map(|w| {
                before
                    .strip_suffix(w)
                    .filter(|b| b.is_empty() || b.ends_with(' '))
            })
            .unwrap_or(before)
            .trim_end();
        let word = before.rsplit(' ').next().unwrap_or("");
        [
            "lance",
            "cree",
            "deploye",
            "fonde",
            "signe",
            "instaure",
            "institue",
            "adopte",
            "ne",
            "installe",
            "place",
            "etabli",
            "constitue",
            "forme",
            "nomme",
            "elu",
        ]
        .iter()
        .any(|w| {
            word.strip_prefix(w)
                .is_some_and(|rest| matches!(rest, "" | "e" | "s" | "es"))
        }) && (word != "place" || before.ends_with("en place"))
    };
    let push = |out: &mut Vec<DateMention>,
                taken: &mut crate::fold::Claimed,
                span: (usize, usize),
                anchor: DateAnchor| {
        if taken.overlaps(span.0, span.1) {
            return;
        }
        taken.claim(span.0, span.1);
        out.push(DateMention {
            anchor,
            span,
            text: sentence[span.0..span.1].to_string(),
            report: false,
            counted_back: false,
            listed: Vec::new(),
        });
    };
    // "en début de semaine": the first days of this week.
    if lower.contains("début de") && lower.contains("semaine") {
        static EARLY: OnceLock<Regex> = OnceLock::new();
        let re = EARLY.get_or_init(|| {
            crate::extract::compile::regex(r"(?i)(?-u:\b)(?:en|au)\s+début\s+de\s+(?:cette\s+|la\s+)?semaine(?:\s+en\s+cours)?(?-u:\b)")
                .expect("regex")
        });
        for m in re.find_iter(sentence) {
            // "au début de la semaine dernière" is another week.
            let after = crate::fold::head(sentence[m.end()..].trim_start(), 12).to_lowercase();
            if after.starts_with("derni")
                || after.starts_with("pass")
                || after.starts_with("prochaine")
            {
                continue;
            }
            push(
                &mut out,
                &mut taken,
                (m.start(), m.end()),
                DateAnchor::EarlyThisWeek,
            );
        }
    }
    // A day of the month told without its month ("le 15 courant", "le
    // samedi 27"): a day of the story's month.
    let push_day_this_month = |out: &mut Vec<DateMention>,
                               taken: &mut crate::fold::Claimed,
                               m: regex::Match,
                               day: &str| {
        if let Some(d) = day.parse::<u32>().ok().filter(|d| (1..=31).contains(d)) {
            push(
                out,
                taken,
                (m.start(), m.end()),
                DateAnchor::DayThisMonth(d),
            );
        }
    };
    // "le 15 courant", "le 3 du mois en cours": a day of this month.
    if lower.contains("courant") || lower.contains("en cours") {
        static CURRENT: OnceLock<Regex> = OnceLock::new();
        let re = CURRENT.get_or_init(|| {
            crate::extract::compile::regex(r"(?i)(?-u:\b)(?:le|du|au)\s+(\d{1,2})(?:er)?\s+(?:courant|du\s+mois\s+(?:courant|en\s+cours))(?-u:\b)")
                .expect("regex")
        });
        for c in re.captures_iter(sentence) {
            push_day_this_month(&mut out, &mut taken, c.get(0).expect("match"), &c[1]);
        }
    }
    // "Le 23, deux attentats-suicides visent …": a sentence that opens on
    // a day alone, set off by a comma, as chronologies write the days of
    // their month.
    {
        static OPENING_DAY: OnceLock<Regex> = OnceLock::new();
        let re = OPENING_DAY.get_or_init(|| {
            crate::extract::compile::regex(r"(?i)^\s*(?:(?:puis|et|d[èe]s)\s+)?le\s+(\d{1,2})(?:er)?(?:\s+au\s+(?:soir|matin))?\s*,")
                .expect("regex")
        });
        if let Some(c) = re.captures(sentence) {
            push_day_this_month(&mut out, &mut taken, c.get(0).expect("match"), &c[1]);
        }
    }
    // "Nuit du 3 au 4 à 20h50": a log's night told without its month, a
    // night of the story's month, dated as a night with its month is.
    if lower.contains("nuit du") {
        static NIGHT: OnceLock<Regex> = OnceLock::new();
        let re = NIGHT.get_or_init(|| {
            crate::extract::compile::regex(&format!(
                r"(?i)(?-u:\b)nuit\s+du\s+(?:(?:{DAY_RE})\s+)?(\d{{1,2}})(?:er)?\s+au\s+(?:(?:{DAY_RE})\s+)?(\d{{1,2}})(?:er)?(?-u:\b)"
            ))
            .expect("regex")
        });
        for c in crate::fold::captures_fast(re, sentence) {
            let m = c.get(0).expect("match");
            let next = crate::fold::head(sentence[m.end()..].trim_start(), 8).to_lowercase();
            let (Ok(first), Ok(last)) = (c[1].parse::<u32>(), c[2].parse::<u32>()) else {
                continue;
            };
            // One night: the next day, or the first of the next month.
            let one_night = last == first + 1 || (last == 1 && first >= 28);
            if !one_night
                || MONTHS_AFTER.iter().any(|w| next.starts_with(w))
                || next.starts_with(['/', '.', '-'])
            {
                continue;
            }
            let evening = night_before_midnight(&sentence[m.end()..])
                || evening_before_night(&sentence[..m.start()]);
            // The night's first day when the text puts the event before
            // midnight; a first day late in the month stays in it only
            // then (the last day alone would name the next month).
            if evening {
                push_day_this_month(&mut out, &mut taken, m, &c[1]);
            } else if last > first {
                push_day_this_month(&mut out, &mut taken, m, &c[2]);
            }
        }
    }
    // "Un jour avant, le samedi 27, tôt le matin": a weekday and a day
    // with no month.
    if has_weekday {
        static WEEKDAY_DAY: OnceLock<Regex> = OnceLock::new();
        let re = WEEKDAY_DAY.get_or_init(|| {
            crate::extract::compile::regex(&format!(
                r"(?i)(?-u:\b)(?:{DAY_RE})\s+(\d{{1,2}})(?:er)?(?-u:\b)"
            ))
            .expect("regex")
        });
        for c in crate::fold::captures_fast(re, sentence) {
            let m = c.get(0).expect("match");
            // The next word only: lowercasing the rest of the sentence for
            // each match would make long texts quadratic.
            let next = crate::fold::head(sentence[m.end()..].trim_start(), 8).to_lowercase();
            // "la nuit de lundi 27 à mardi 28 février": the first of two
            // days the month follows.
            let to_weekday = || {
                let after = crate::fold::head(sentence[m.end()..].trim_start(), 16).to_lowercase();
                ["à ", "a "].iter().any(|w| {
                    after.strip_prefix(w).is_some_and(|rest| {
                        [
                            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                        ]
                        .iter()
                        .any(|d| rest.starts_with(d))
                    })
                })
            };
            let month_or_time = MONTHS_AFTER.iter().any(|w| next.starts_with(w))
                || next.starts_with(['/', '.', 'h', '-', '–', ':'])
                || next.starts_with("au ")
                || next.starts_with("et ")
                || to_weekday();
            // "ont tué vendredi 16 fidèles": a count after the day's name.
            let counted = {
                let word = crate::fold::fold(
                    crate::fold::head(sentence[m.end()..].trim_start(), 16)
                        .split(|ch: char| !ch.is_alphabetic())
                        .next()
                        .unwrap_or(""),
                );
                COUNTED_PEOPLE.iter().any(|w| word.starts_with(w))
            };
            if !month_or_time && !counted {
                push_day_this_month(&mut out, &mut taken, m, &c[1]);
            }
        }
    }
    // "du 26 juin au 10 juillet 2022": one span, before its two days are
    // read apart.
    for c in crate::fold::captures_fast(span_pattern(), if has_month { sentence } else { "" }) {
        let m = c.get(0).expect("match");
        let num = |k: usize| c.get(k).and_then(|x| x.as_str().parse::<u32>().ok());
        let year = |k: usize| c.get(k).and_then(|x| x.as_str().parse::<i32>().ok());
        let (Some(d1), Some(m1), Some(d2), Some(m2)) =
            (num(1), month_number(&c[2]), num(4), month_number(&c[5]))
        else {
            continue;
        };
        if m1 == m2 || !(1..=31).contains(&d1) || !(1..=31).contains(&d2) {
            continue;
        }
        // "du 31 décembre 2018 au 1er janvier": a year given once is the
        // year of its own day; across the new year the other is the next
        // (or the last).
        let wraps = m2 < m1;
        let first_year = year(3).or(year(6).map(|y| if wraps { y - 1 } else { y }));
        let last_year = year(6).or(year(3).map(|y| if wraps { y + 1 } else { y }));
        // "dans la nuit du 31 mars au 1er avril": dated by the day the
        // night ended in, as a night within one month is.
        let night = after_night(&sentence[..m.start()]);
        let anchor = if night
            && (night_before_midnight(&sentence[m.end()..])
                || evening_before_night(&sentence[..m.start()]))
        {
            DateAnchor::Absolute {
                start: (first_year, m1, d1),
                end_day: None,
                precision: DatePrecision::Day,
            }
        } else if night {
            DateAnchor::Absolute {
                start: (last_year, m2, d2),
                end_day: None,
                precision: DatePrecision::Day,
            }
        } else {
            DateAnchor::Span {
                start: (year(3), m1, d1),
                end: (last_year, m2, d2),
            }
        };
        push(&mut out, &mut taken, (m.start(), m.end()), anchor);
    }
    // "du 18 au 21 octobre", "entre le lundi 18 et le mercredi 21 octobre
    // 2021": days of one month, the span of an operation or a feud. ("dans
    // la nuit du 12 au 13" is one night, read below as the day it ended.)
    for c in crate::fold::captures_fast(same_month_span(), if has_month { sentence } else { "" }) {
        let m = c.get(0).expect("match");
        let night = after_night(&sentence[..m.start()]);
        let num = |k: usize| c.get(k).and_then(|x| x.as_str().parse::<u32>().ok());
        let (Some(d1), Some(d2), Some(mo)) = (num(1), num(2), month_number(&c[3])) else {
            continue;
        };
        if night || d1 >= d2 || d2 > 31 || d2 - d1 > 14 {
            continue;
        }
        let year = c.get(4).and_then(|x| x.as_str().parse::<i32>().ok());
        push(
            &mut out,
            &mut taken,
            (m.start(), m.end()),
            DateAnchor::Span {
                start: (year, mo, d1),
                end: (year, mo, d2),
            },
        );
    }
    // "les jeudi 8 et samedi 11 février", "le 9 et le 12 février", "les 3,
    // 5 et 8 mars": days listed with "et" are separate days (a span is
    // written "du 8 au 11" or "entre le 8 et le 11"). One mention, the
    // range from the first to the last, keeps the days; the month and
    // year are the last's.
    if has_month && lower.contains(" et ") {
        for c in listed_days().captures_iter(sentence) {
            let m = c.get(0).expect("match");
            let before =
                crate::fold::ascii_lower_1to1(crate::fold::tail(&sentence[..m.start()], 12));
            let before = before.trim_end();
            if before.ends_with("entre") || before.ends_with("nuit du") || since(m.start()) {
                continue;
            }
            let Some(month) = month_number(&c["month"]) else {
                continue;
            };
            let year = c.name("year").and_then(|y| y.as_str().parse().ok());
            let days: Vec<(u32, (usize, usize))> = day_numbers()
                .find_iter(&sentence[m.start()..c.name("month").expect("month").start()])
                .filter_map(|d| {
                    let n = d.as_str().parse().ok()?;
                    Some((n, (m.start() + d.start(), m.start() + d.end())))
                })
                .collect();
            // Days in order, within a month: otherwise not a list of days.
            // Days that follow each other ("les 16 et 17 mars") are one
            // span of fighting, read as a range below.
            if days.len() < 2
                || days.windows(2).any(|w| w[0].0 >= w[1].0)
                || days.windows(2).all(|w| w[0].0 + 1 == w[1].0)
                || days.iter().any(|d| !(1..=31).contains(&d.0))
            {
                continue;
            }
            let (first, last) = (days[0].0, days[days.len() - 1].0);
            let at = out.len();
            push(
                &mut out,
                &mut taken,
                (c.name("list").expect("list").start(), m.end()),
                DateAnchor::Absolute {
                    start: (year, month, first),
                    end_day: Some(last),
                    precision: DatePrecision::Week,
                },
            );
            if let Some(mention) = out.get_mut(at) {
                mention.listed = days.iter().map(|d| d.0).collect();
            }
        }
    }
    for c in crate::fold::captures_fast(&re[0], if has_month { sentence } else { "" }) {
        let m = c.get(0).expect("match");
        let day: u32 = if c[1].eq_ignore_ascii_case("premier") {
            1
        } else {
            c[1].parse().unwrap_or(0)
        };
        let end_day = c.get(2).and_then(|d| d.as_str().parse().ok());
        let Some(month) = month_number(&c[3]) else {
            continue;
        };
        let year = c.get(4).and_then(|y| y.as_str().parse().ok());
        if !(1..=31).contains(&day) || since(m.start()) {
            continue;
        }
        // "dans la nuit du 9 au 10 juin": the night's events are dated
        // by the day they ended in, as with "la nuit de samedi à dimanche".
        let night = {
            let mut cut = m.start().saturating_sub(12);
            while !sentence.is_char_boundary(cut) {
                cut += 1;
            }
            let b = sentence[cut..m.start()].trim_end().to_lowercase();
            b.ends_with("nuit du") || b.ends_with("nuit de")
        };
        let (day, end_day) = match end_day {
            Some(_)
                if night
                    && (night_before_midnight(&sentence[m.end()..])
                        || evening_before_night(&sentence[..m.start()])) =>
            {
                (day, None)
            }
            Some(e) if night && e > day => (e, None),
            _ => (day, end_day),
        };
        // "dans la nuit de samedi 21 septembre à dimanche 22": the night
        // ends on the day after "à", in the same month or the next.
        let (day, month) = match night_end_after(&sentence[m.end()..]) {
            Some(next) if night && end_day.is_none() && next == day + 1 => (next, month),
            Some(1) if night && end_day.is_none() && day >= 28 => (1, month % 12 + 1),
            _ => (day, month),
        };
        let precision = if end_day.is_some() {
            DatePrecision::Week
        } else {
            DatePrecision::Day
        };
        push(
            &mut out,
            &mut taken,
            (m.start(), m.end()),
            DateAnchor::Absolute {
                start: (year, month, day),
                end_day,
                precision,
            },
        );
    }
    for c in crate::fold::captures_fast(&re[1], if has_month && has_year { sentence } else { "" }) {
        let m = c.get(0).expect("match");
        let (Some(month), Ok(year)) = (month_number(&c[1]), c[2].parse::<i32>()) else {
            continue;
        };
        if since(m.start()) || founded(m.start()) {
            continue;
        }
        // "début juin 2016", "mi-janvier 2023": the tail of a part of the
        // month, which the part-of-month pattern below reads.
        let window = crate::fold::tail(&sentence[..m.end()], m.len() + 40);
        if re[8].find_iter(window).any(|p| p.end() == window.len()) {
            continue;
        }
        push(
            &mut out,
            &mut taken,
            (m.start(), m.end()),
            DateAnchor::Absolute {
                start: (Some(year), month, 1),
                end_day: None,
                precision: DatePrecision::Month,
            },
        );
    }
    for c in crate::fold::captures_fast(&re[2], if has_year { sentence } else { "" }) {
        let m = c.get(2).expect("year");
        let Ok(year) = m.as_str().parse::<i32>() else {
            continue;
        };
        // "engagé depuis début 2013": since then.
        if !(1960..=2100).contains(&year)
            || founded(m.start())
            || since(c.get(0).expect("match").start())
        {
            continue;
        }
        push(
            &mut out,
            &mut taken,
            (m.start(), m.end()),
            DateAnchor::Absolute {
                start: (Some(year), 1, 1),
                end_day: None,
                precision: DatePrecision::Year,
            },
        );
    }
    // Two weekday patterns, the day's name in a different group of each.
    for (pattern, group) in [(&re[3], 2), (&re[4], 1)] {
        for c in crate::fold::captures_fast(pattern, if has_weekday { sentence } else { "" }) {
            let m = c.get(0).expect("match");
            // "la nuit de samedi à dimanche, vers 22 heures": Saturday.
            let group = if group == 2
                && (night_before_midnight(&sentence[m.end()..])
                    || evening_before_night(&sentence[..m.start()]))
            {
                1
            } else {
                group
            };
            if let Some(w) = weekday(&c[group]) {
                // "lundi dernier": the week before publication.
                let rest = &sentence[m.end()..];
                let last = ["dernier", "passé"].iter().find_map(|w| {
                    let t = rest.trim_start();
                    (t.len() >= w.len()
                        && t.is_char_boundary(w.len())
                        && t[..w.len()].eq_ignore_ascii_case(w)
                        && !t[w.len()..].starts_with(char::is_alphanumeric))
                    .then(|| rest.len() - t.len() + w.len())
                });
                let (end, anchor) = match last {
                    Some(n) => (m.end() + n, DateAnchor::LastWeekday(w)),
                    None => (m.end(), DateAnchor::Weekday(w)),
                };
                push(&mut out, &mut taken, (m.start(), end), anchor);
            }
        }
    }
    // "Kidal – dim. après-midi :", "sam. soir", "mar. 19h30": a log's
    // weekday cut short (a figure after it is the day of the month, read
    // elsewhere, unless an hour follows it).
    if sentence.contains('.') {
        static ABBR: OnceLock<Regex> = OnceLock::new();
        let abbr = ABBR.get_or_init(|| {
            crate::extract::compile::regex(r"(?i)(?-u:\b)(lun|mar|mer|jeu|ven|sam|dim)\.\s+(?:matin|soir|midi|après-midi|apres-midi|nuit|vers|à|a|en|:|-|–|,|~|\d{1,2}\s?h(?:\d{2})?\b)")
                .expect("regex")
        });
        for c in crate::fold::captures_fast(abbr, sentence) {
            let Some(w) = weekday(&c[1]) else { continue };
            let g = c.get(1).expect("day");
            push(
                &mut out,
                &mut taken,
                (g.start(), g.end() + 1),
                DateAnchor::Weekday(w),
            );
        }
    }
    // "Cette attaque est survenue un jour après celle du village de
    // Banikani ... et trois jours après le massacre de Gouari": the event
    // named after is that many days before the one told. Read before the
    // other counts of days, which would take the words for a day after.
    // A lag pushed is marked as counting back to the event named after it.
    // A date of the earlier event a lag counts back to.
    let push_counted_back = |out: &mut Vec<DateMention>,
                             taken: &mut crate::fold::Claimed,
                             span: (usize, usize),
                             anchor: DateAnchor| {
        let told = out.len();
        push(out, taken, span, anchor);
        if let Some(lag) = out.get_mut(told) {
            lag.counted_back = true;
        }
    };
    for c in crate::fold::captures_fast(lag_pattern(), if has_relative { sentence } else { "" }) {
        // "intervient au lendemain d'une attaque": one day.
        if let Some(m) = c.get(4) {
            push_counted_back(
                &mut out,
                &mut taken,
                (m.start(), m.end()),
                DateAnchor::DaysAfter(-1),
            );
            continue;
        }
        let m = c.get(1).expect("lag");
        // "quelques semaines après les massacres de Banibangou et Tilia":
        // weeks or months not counted may reach back into another month;
        // the year is all the words fix.
        let uncounted = ["quelques", "plusieurs"]
            .iter()
            .any(|w| c[2].eq_ignore_ascii_case(w));
        if uncounted && (c[3].starts_with('s') || c[3].starts_with('m')) {
            push_counted_back(
                &mut out,
                &mut taken,
                (m.start(), m.end()),
                DateAnchor::YearsAgo(0),
            );
            continue;
        }
        // "un mois après le massacre d'Inates": that month, no day. Not
        // "moins de trois mois après", nor when the earlier event's own
        // day follows ("un mois après celle d'Inates le 10 décembre").
        if c[3].starts_with('m') {
            let qualifier = sentence[c.get(0).expect("match").start()..m.start()].to_lowercase();
            let vague = ["moins", "plus", "pres", "près"]
                .iter()
                .any(|w| qualifier.contains(w));
            let own_day = out
                .iter()
                .any(|d| d.span.0 >= m.end() && d.anchor.is_absolute())
                || patterns()[0].is_match(&sentence[m.end()..]);
            if vague || own_day {
                continue;
            }
            if let Some(n) = small_number(&c[2]).and_then(|n| u32::try_from(n).ok()) {
                push_counted_back(
                    &mut out,
                    &mut taken,
                    (m.start(), m.end()),
                    DateAnchor::MonthsAgo(n),
                );
            }
            continue;
        }
        // "quelques jours après le massacre de Dareydey": the earlier
        // event's month, no day.
        if c[3].starts_with('j') && c[2].eq_ignore_ascii_case("quelques") {
            push_counted_back(
                &mut out,
                &mut taken,
                (m.start(), m.end()),
                DateAnchor::MonthsAgo(0),
            );
            continue;
        }
        // "72 heures après l'explosion": whole days only.
        // "trois semaines après celle de Boni": that many weeks.
        let days = match small_number(&c[2]) {
            Some(n) if c[3].starts_with('h') => (n >= 24 && n % 24 == 0).then_some(n / 24),
            Some(n) if c[3].starts_with('s') => Some(n * 7),
            n => n,
        };
        if let Some(n) = days {
            push_counted_back(
                &mut out,
                &mut taken,
                (m.start(), m.end()),
                DateAnchor::DaysAfter(-n),
            );
        }
    }
    // "Un mois après l'attaque d'Inates, 25 soldats ont été tués ce jeudi 9
    // janvier à Chinégodar": a sentence that opens on a lag and tells its
    // own day counts back to the attack it names.
    let own_day = out.iter().any(|m| {
        matches!(
            m.anchor,
            DateAnchor::Absolute { .. } | DateAnchor::Weekday(_) | DateAnchor::LastWeekday(_)
        )
    });
    if own_day && has_relative {
        if let Some(c) = opening_lag_pattern().captures(sentence) {
            let m = c.get(1).expect("lag");
            let unit = match crate::fold::fold(&c[3]).as_str() {
                "mois" => 30,
                w if w.starts_with("semaine") => 7,
                _ => 1,
            };
            if let Some(n) = small_number(&c[2]) {
                push_counted_back(
                    &mut out,
                    &mut taken,
                    (m.start(), m.end()),
                    DateAnchor::DaysAfter(-(n * unit)),
                );
            }
        }
    }
    for c in crate::fold::captures_fast(&re[5], if has_relative { sentence } else { "" }) {
        let m = c.get(0).expect("match");
        let anchor = if let Some(n) = c.get(1).and_then(|n| small_number(n.as_str())) {
            DateAnchor::DaysAfter(n)
        } else if let Some(n) = c.get(2).and_then(|n| small_number(n.as_str())) {
            DateAnchor::DaysAfter(-n)
        } else if c.get(3).is_some() {
            DateAnchor::DaysAfter(1)
        } else if c.get(4).is_some() {
            DateAnchor::DaysAfter(-1)
        } else if c.get(5).is_some() {
            DateAnchor::LastWeek
        } else if c.get(6).is_some() {
            DateAnchor::LastMonth
        } else if let Some(h) = c.get(7).and_then(|h| hours_as_days(h.as_str())) {
            DateAnchor::DaysAfter(h)
        } else if let Some(h) = c.get(8).and_then(|h| hours_as_days(h.as_str())) {
            DateAnchor::DaysAfter(-h)
        } else if c
            .get(9)
            .is_some_and(|w| !w.as_str().ends_with(char::is_numeric))
        {
            DateAnchor::LastWeekend
        } else {
            continue;
        };
        push(&mut out, &mut taken, (m.start(), m.end()), anchor);
    }
    for c in crate::fold::captures_fast(&re[6], if has_numeric { sentence } else { "" }) {
        let m = c.get(0).expect("match");
        // "(28/09-04/10)", a week from day to day, is no day of 2004: a
        // date keeps one separator throughout.
        let sep = |g: usize| sentence[c.get(g).expect("group").end()..].chars().next();
        if sep(1) != sep(2) {
            continue;
        }
        let (Ok(d), Ok(mo), Ok(mut y)) = (
            c[1].parse::<u32>(),
            c[2].parse::<u32>(),
            c[3].parse::<i32>(),
        ) else {
            continue;
        };
        if y < 100 {
            y += 2000;
        }
        if NaiveDate::from_ymd_opt(y, mo, d).is_none() || !(1960..=2100).contains(&y) {
            continue;
        }
        push(
            &mut out,
            &mut taken,
            (m.start(), m.end()),
            DateAnchor::Absolute {
                start: (Some(y), mo, d),
                end_day: None,
                precision: DatePrecision::Day,
            },
        );
    }
    // "le 24/01 au matin", "dimanche 3/12", "Nuit du 23 au 24/01": a log
    // line's day and month, in the story's year.
    let slash = sentence.contains('/');
    // "Nuit du 31/03 au 01/04": the night is dated by the day it ended
    // in, as "la nuit du 31 mars au 1er avril" is.
    for c in crate::fold::captures_fast(numeric_night(), if slash { sentence } else { "" }) {
        let m = c.get(1).expect("days");
        let num = |k: usize| c[k].parse::<u32>().ok();
        let (Some(d1), Some(m1), Some(d2), Some(m2)) = (num(2), num(3), num(4), num(5)) else {
            continue;
        };
        let (Some(began), Some(ended)) = (day_and_month(m1, d1), day_and_month(m2, d2)) else {
            continue;
        };
        let anchor = if night_before_midnight(&sentence[m.end()..]) {
            began
        } else {
            ended
        };
        push(&mut out, &mut taken, (m.start(), m.end()), anchor);
    }
    for c in crate::fold::captures_fast(day_month_pattern(), if slash { sentence } else { "" }) {
        let m = c.get(1).expect("day");
        let (Ok(d), Ok(mo)) = (c[2].parse::<u32>(), c[3].parse::<u32>()) else {
            continue;
        };
        let Some(anchor) = day_and_month(mo, d) else {
            continue;
        };
        push(&mut out, &mut taken, (m.start(), m.end()), anchor);
    }
    for c in crate::fold::captures_fast(&re[7], if has_relative { sentence } else { "" }) {
        let m = c.get(0).expect("match");
        let Some(n) = small_number(&c[1]) else {
            continue;
        };
        let days = if c[2].to_lowercase().starts_with("semaine") {
            n * 7
        } else {
            n
        };
        push(
            &mut out,
            &mut taken,
            (m.start(), m.end()),
            DateAnchor::DaysAgo(days),
        );
    }
    // "il y a près d'un an", "l'année dernière", "il y a deux mois": an
    // earlier event recalled, to the year or the month.
    if lower.contains("il y a") || lower.contains("derni") || lower.contains("pass") {
        for c in crate::fold::captures_fast(years_ago_pattern(), sentence) {
            let m = c.get(0).expect("match");
            let anchor = match (c.get(1), c.get(2)) {
                (Some(n), Some(unit)) => {
                    let Some(n) = small_number(n.as_str()).filter(|&n| (1..=30).contains(&n))
                    else {
                        continue;
                    };
                    if unit.as_str().to_lowercase().starts_with('m') {
                        if n > 11 {
                            continue;
                        }
                        DateAnchor::MonthsAgo(n as u32)
                    } else {
                        DateAnchor::YearsAgo(n as i32)
                    }
                }
                _ => DateAnchor::YearsAgo(1),
            };
            push(&mut out, &mut taken, (m.start(), m.end()), anchor);
        }
    }
    // "en août dernier": the last such month before publication. "En
    // janvier, ... avaient été tués": that month, of the publication's year
    // unless it comes after the publication's month.
    let last = lower.contains("dernier") || lower.contains("passé");
    for (pattern, on, last_one) in [
        (&re[10], last, true),
        (month_alone_pattern(), has_month, false),
    ] {
        for c in crate::fold::captures_fast(pattern, if on { sentence } else { "" }) {
            let m = c.get(0).expect("match");
            if founded(m.start()) {
                continue;
            }
            if let Some(month) = month_number(&c[1]) {
                let anchor = if last_one {
                    DateAnchor::LastNamedMonth(month)
                } else {
                    DateAnchor::Absolute {
                        start: (None, month, 1),
                        end_day: None,
                        precision: DatePrecision::Month,
                    }
                };
                push(&mut out, &mut taken, (m.start(), m.end()), anchor);
            }
        }
    }
    if lower.contains("hier") {
        for c in crate::fold::captures_fast(&re[9], sentence) {
            // "hier (samedi)": a quote's "yesterday", which the reporter
            // named; the weekday says the day, whatever day the quote
            // was spoken.
            if c.get(2).is_some() {
                continue;
            }
            let m = c.get(0).expect("match");
            let days = if c[1].len() > 4 { 2 } else { 1 };
            push(
                &mut out,
                &mut taken,
                (m.start(), m.end()),
                DateAnchor::DaysAgo(days),
            );
        }
    }
    for c in crate::fold::captures_fast(&re[8], if has_month { sentence } else { "" }) {
        let m = c.get(0).expect("match");
        let Some(month) = month_number(&c[2]) else {
            continue;
        };
        let year = c.get(3).and_then(|y| y.as_str().parse().ok());
        // "début juin" is the first ten days, "mi-janvier" the middle
        // ten, "fin mars" the rest; "courant mai" the whole month.
        let q = crate::fold::fold(&c[1]);
        let (first, last) =
            if q.starts_with("premiere") || q.starts_with("1re") || q.starts_with("1ere") {
                // "la première moitié / quinzaine de mars"
                (1, Some(15))
            } else if q.starts_with("deuxieme") || q.starts_with("seconde") || q.starts_with("2e") {
                (16, Some(31))
            } else if q.starts_with("debut") || q.starts_with("audebut") {
                (1, Some(10))
            } else if q.starts_with("mi") || q.starts_with("alami") {
                (11, Some(20))
            } else if q.starts_with("fin") || q.starts_with("alafin") {
                (21, Some(31))
            } else {
                (1, None)
            };
        push(
            &mut out,
            &mut taken,
            (m.start(), m.end()),
            DateAnchor::Absolute {
                start: (year, month, first),
                end_day: last,
                precision: if last.is_some() {
                    DatePrecision::Week
                } else {
                    DatePrecision::Month
                },
            },
        );
    }
    out.sort_by_key(|m| m.span.0);
    // "dans la nuit du dimanche au lundi 09 janvier": the weekdays stand
    // beside the day they name, which says it better.
    let days: Vec<(usize, usize)> = out
        .iter()
        .filter(|m| {
            matches!(
                m.anchor,
                DateAnchor::Absolute {
                    precision: DatePrecision::Day,
                    ..
                }
            )
        })
        .map(|m| m.span)
        .collect();
    // So does a weekday set off by a comma ("mercredi, le 22 mai 2024",
    // "mercredi dernier, 22 mai").
    out.retain(|m| {
        !matches!(
            m.anchor,
            DateAnchor::Weekday(_) | DateAnchor::LastWeekday(_)
        ) || !days.iter().any(|&(a, b)| {
            m.span.0 < b
                && (a <= m.span.1 + 1
                    || matches!(
                        sentence.get(m.span.1..a).map(|between| {
                            // "de dimanche à ce lundi 27 novembre"
                            let between = between.trim();
                            between.strip_suffix(" ce").unwrap_or(between)
                        }),
                        Some("au" | "à" | "a" | "et" | "-" | "–" | "," | ", le" | ",le")
                    ))
        })
    });
    let before = |m: &DateMention| {
        let mut cut = m.span.0.saturating_sub(100);
        while !sentence.is_char_boundary(cut) {
            cut += 1;
        }
        crate::fold::ascii_lower_1to1(&sentence[cut..m.span.0])
    };
    // A day to come ("un sommet prévu de jeudi à lundi") dates nothing told;
    // nor does the end of a period ("la plus meurtrière jusqu'à jeudi"; a
    // span "du 3 jusqu'au 9" is one mention).
    out.retain(|m| {
        let b = before(m);
        let end = b.trim_end();
        !(planned().is_match(&b) || end.ends_with("jusqu'a") || end.ends_with("jusqu'au"))
    });
    for m in &mut out {
        let before = before(m);
        m.report = report_verb().is_match(&before)
            || dateline_date(sentence, m.span)
            || byline_date(sentence, m.span)
            || opens_a_saying(sentence, m.span)
            || later_than_the_event(&sentence[m.span.1..])
            || a_court_sitting(&before, &sentence[m.span.1..]);
    }
    // "Page FAMa ce samedi : position attaquée hier", "MSECU 11/01 :
    // jeudi, ...": a log's or a page's own day heads the line before a
    // colon; the day told after it is the event's.
    if out.len() >= 2 && source_heading(sentence, out[0].span) {
        out[0].report = true;
    }
    out
}

/// "Ce vendredi 17 février, soit une semaine après l'attaque, l'armée a
/// mis à jour le bilan": a day the words after it set after the event, so
/// the day something was said of it, not its own.
fn later_than_the_event(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^\s*,?\s*soit\s+(?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|\d{1,2})\s+(?:jours?|semaines?|mois)|le\s+lendemain)\s+(?:apres|de)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(crate::fold::head(after, 60)))
}

/// Whether a date is a court's day: a trial that opened or a verdict
/// given then ("s'est ouvert ce mardi 27 octobre le procès des attentats
/// de 2015", "condamnés le 12 mars"). The attacks judged are older.
fn a_court_sitting(before: &str, after: &str) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let before = crate::fold::tail(before, 60);
    BEFORE
        .get_or_init(|| {
            crate::extract::compile::regex(r"(?-u)\b(?:proces|audience|verdict|jugement|cour d'assises|tribunal)\b(?:\s+[a-z'-]+){0,6}?\s+(?:s'est\s+)?(?:ouvert|ouverte|tenue?|rendue?|livre|prononcee?|reprise?|poursuivie?)\s*,?\s*(?:ce|le|dans\s+la\s+journee\s+du)?\s*$|\b(?:condamnee?s?|acquittee?s?|jugee?s?)(?:\s+[a-z'-]+){0,6}?\s+(?:ce|le)\s*$")
                .expect("regex")
        })
        .is_match(before)
        || AFTER
            .get_or_init(|| {
                crate::extract::compile::regex(r"(?i-u)^[\x20-\x7f]{0,12}?\s*,?\s*(?:le|la|l')\s*(?:proces|audience|verdict|cour d'assises)\b")
                    .expect("regex")
            })
            .is_match(&crate::fold::ascii_lower_1to1(crate::fold::head(after, 40)))
}

/// Whether a date heads a sentence as the day of a source that speaks
/// after a colon: words naming the source before it (a page, a bulletin,
/// an acronym), the colon right after it (or after the bracket that holds
/// the date).
fn source_heading(sentence: &str, (s, e): (usize, usize)) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let source = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)^\s*(?:[\p{L}'’. -]{0,25}\s)?(?:page|communiqu[ée]|bulletin|note|rapport|point|mise\s+à\s+jour|flash|alerte|sitrep|msecu|[\p{Lu}]{3,})(?:\s+[\p{L}'’.-]+){0,3}\s+(?:\(\s*)?(?:(?:du|de\s+ce|ce|le)\s+)?$")
            .expect("regex")
    });
    // "Communiqué FAMa (lundi) : ...", "Bulletin FAN (samedi 5 avril) :":
    // the day in brackets after the source.
    let after = sentence[e..].trim_start();
    let after = after
        .strip_prefix(')')
        .filter(|_| sentence[..s].trim_end().ends_with('('))
        .map_or(after, str::trim_start);
    s <= 40 && after.starts_with(':') && source.is_match(&sentence[..s])
}

/// Words that plan what follows ("un sommet prévu de jeudi à lundi", "à
/// compter du 1er mars", "les deux soldats seront enterrés dimanche"). A
/// ceremony or a trial to come, not any future: a story may tell its past
/// in the future ("il sera retrouvé mort le 5 mai").
fn planned() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A measure's term ("le couvre-feu, prolongé à compter du 1er
        // mars et jusqu'au 14 avril") dates no event either, nor does the
        // day of a mutiny, a coup or a resignation ("suite à une
        // mutinerie militaire le 18 août"): they are no armed attack.
        crate::extract::compile::regex(r"(?-u)\b(?:prevue?s?|programmee?s?|attendue?s?)\s+(?:de\s+|du\s+|pour\s+|le\s+|la\s+|entre\s+|a\s+partir\s+d[eu]\s+)?$|\b(?:sera|seront|va\s+etre|vont\s+etre|doit\s+etre|doivent\s+etre|devrait\s+etre|devraient\s+etre)\s+(?:enterre|inhume|rapatrie|celebre|organise|tenu|juge|presente|honore|decore|remis|recu)e?s?\s+(?:le\s+|ce\s+)?$|\ba\s+compter\s+d[eu]\s*$|\ba\s+compter\s+d[eu]\s[\x20-\x2d\x2f-\x7f]{0,40}\bjusqu'(?:au|a)\s+$|\b(?:mutinerie|coup\s+d'etat|putsch|demission|investiture|prestation\s+de\s+serment|referendum)(?:\s+(?:militaire|manque|avorte|du\s+president|presidentielle?|de\s+(?:la\s+)?junte))?\s*,?\s*(?:du\s+|le\s+|en\s+|de\s+|survenue?\s+le\s+|intervenue?\s+le\s+|survenue?\s+en\s+|intervenue?\s+en\s+)?$")
            .expect("regex")
    })
}

/// A day opening a sentence whose subject then says something ("Dimanche,
/// un habitant avait précisé que ...", "Lundi, le gouverneur a indiqué
/// que ..."): the day of the saying, not of the event it reports.
fn opens_a_saying(sentence: &str, (s, e): (usize, usize)) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let saying = RE.get_or_init(|| {
        crate::extract::compile::regex(r"^\s*,\s*[^,.;:«»]{0,50}?\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:annonce|precise|declare|indique|affirme|explique|confirme|rapporte|assure|ajoute|raconte|temoigne|souligne|fait savoir|deplore|revendique)\b|^\s*,\s*[^.;:«»]{0,60}?\bnous\s+(?:apprend|apprennent|informe|informent|rapporte|rapportent|signale|signalent)\b")
            .expect("regex")
    });
    // "Ce vendredi 26 juillet, notre confrère ... nous apprend".
    if !matches!(sentence[..s].trim(), "" | "Ce" | "ce") {
        return false;
    }
    let mut cut = (e + 90).min(sentence.len());
    while !sentence.is_char_boundary(cut) {
        cut -= 1;
    }
    saying.is_match(&crate::fold::ascii_lower_1to1(&sentence[e..cut]))
}

/// The date of a wire dateline ("NIAMEY, Niger, 5 octobre (Infosplusgabon)
/// -", "Gao, 3 mars (AMAP) -", "Gao, 3 mars (AMAP) Les ..."): when the
/// copy was filed, not the event.
fn dateline_date(sentence: &str, (s, e): (usize, usize)) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let head = RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"^\s*\p{Lu}[\p{L}'’ .-]{1,30},(?:\s*\p{Lu}[\p{L}'’ .-]{1,30},)?\s*$",
        )
        .expect("regex")
    });
    if s > 70 || !head.is_match(&sentence[..s]) {
        return false;
    }
    let after = sentence[e..].trim_start();
    // "Ténenkou, 21 avril (AMAP) Des casques bleus ...": the agency's
    // name in brackets marks the dateline even with no dash after it.
    let (after, credited) = match after.strip_prefix('(') {
        Some(rest) => match rest.split_once(')') {
            Some((agency, rest)) if agency.len() <= 30 => (
                rest.trim_start(),
                agency.chars().next().is_some_and(char::is_uppercase),
            ),
            _ => return false,
        },
        None => (after, false),
    };
    after.starts_with(['-', '–', '—'])
        || (credited && after.chars().next().is_some_and(char::is_uppercase))
}

/// Whether a date is a line's whole point after a site's or an author's
/// name: a byline or a signature ("Laborpresse.net 25 Juin 2019",
/// "Publié le 3 mars 2024", "Par Awa Traoré, le 12 mai 2022", "Rédigé le
/// Samedi 15 Novembre 2025 à 18:13 | Rédigé par …"). It is the
/// day of the writing, not of an event. (A town's dateline, "Tessit, 12
/// août 2024.", is left alone: with no other day, it dates the story.)
fn byline_date(sentence: &str, (s, e): (usize, usize)) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let head = RE.get_or_init(|| {
        crate::extract::compile::regex(r"^\s*(?:(?:[Pp]ar|[Pp]ubli[ée]e?|[Rr][ée]dig[ée]e?|[Mm]ise?\s+[àa]\s+jour)\s+(?:le\s+|par\s+)?(?:(?:\p{Lu}|\d)[\p{L}\p{N}.'’@-]*(?:\s+(?:\p{Lu}|\d)[\p{L}\p{N}.'’@-]*){0,3}\s*[,:–—-]?\s*)?|(?:\p{Lu}|\d)[\p{L}\p{N}'’@-]*\.(?:net|info|com|org|bf|ml|ne|fr|tv)\b(?:\s+(?:\p{Lu}|\d)[\p{L}\p{N}.'’@-]*){0,3}\s*[,:–—-]?\s*)(?:le\s+|du\s+)?$")
            .expect("regex")
    });
    // The hour may follow ("à 18:13"), then more of the byline after a
    // bar ("| Rédigé par …").
    let after = sentence[e..].trim();
    let after = after.split('|').next().unwrap_or(after).trim();
    let after = after
        .strip_prefix("à ")
        .or_else(|| after.strip_prefix("a "))
        .unwrap_or(after);
    s <= 60
        && after
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || ".:hH".contains(c))
        && sentence[..s].chars().any(char::is_alphanumeric)
        && head.is_match(&sentence[..s])
}

/// The earlier event a lag counts back to ("après l'attaque", "après la
/// mort de", "après une action similaire").
const EARLIER_EVENT: &str = r"une attaque|une embuscade|un attentat|une frappe|une action|une agression|un acte|un assaut|un raid|une incursion|un massacre|une tuerie|l['’]attaque|le massacre|l['’]assaut|l['’]embuscade|la tuerie|l['’]explosion|l['’]incursion|les attaques|l['’]attentat|les massacres|les tueries|les embuscades|les attentats|les raids|la mort|le d[ée]c[eè]s|l['’]enl[eè]vement|la frappe|les frappes";

/// "survenue un jour après celle de", "intervient deux jours après
/// l'attaque de": the lag of an earlier event named next.
/// "il y a (près d')un an", "il y a deux ans", "il y a trois mois",
/// "l'année dernière", "l'an passé".
fn years_ago_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)(?-u:\b)(?:il\s+y\s+a\s+(?:(?:près|pres|plus|moins)\s+d['’]\s*|environ\s+|presque\s+|déjà\s+|quelque\s+)?(\w+)\s+(ans?|années?|mois)|l['’]\s*(?:an|année)\s+(?:dernière?|passée?))(?-u:\b)").expect("regex")
    })
}

fn lag_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(r"(?i)(?-u:\b)(?:survenue?s?|intervenue?s?|intervient|interviennent|intervenait|intervenaient|survient|surviennent|survenait|survenaient|a eu lieu|s['’]est produite?|se produit|et)(?:,)?\s+(?:seulement\s+|moins\s+de\s+|plus\s+de\s+|pr[eè]s\s+de\s+)?(?:((\w+)\s+(jours?|heures|semaines?|mois)\s+(?:seulement\s+)?apr[eè]s)\s+|(au\s+lendemain)\s+d(?:e\s+|['’]\s*))(?:celle|celui|{EARLIER_EVENT})"))
            .expect("regex")
    })
}

/// "Un mois après l'attaque d'Inates,", "Trois jours après l'embuscade de
/// Boni,": a lag that opens a sentence, before the earlier event it names.
fn opening_lag_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(r"(?i)^\s*(?:quelques\s+|quelque\s+|à\s+peine\s+|seulement\s+)?((\w+)\s+(jours?|semaines?|mois)\s+(?:seulement\s+|à peine\s+)?apr[eè]s)\s+(?:{EARLIER_EVENT}|le raid)"))
            .expect("regex")
    })
}

/// Whether words end on an appointment, its post named: "nommé à la tête
/// du département de Torodi en", "élu maire de la commune en", "affecté
/// comme commandant de brigade en".
fn took_up_a_post(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"\b(?:nomme|elu|installe|affecte|promu|designe|mute)(?:e|s|es)?\s+(?:a la tete|au poste|au commandement|comme|en tant que|en qualite de|chef|prefet|gouverneur|maire|commandant|depute)\b([^,.;:]*)$")
            .expect("regex")
    })
    .captures(&crate::fold::ascii_lower_1to1(before))
    // Not when a verb of its own comes in between ("le préfet nommé à
    // Torodi a été attaqué en août"): the date is the event's then.
    .is_some_and(|c| {
        let rest = format!("{} ", &c[1]);
        ![" a ", " ont ", " est ", " sont ", " avait ", " avaient "]
            .iter()
            .any(|v| rest.contains(v))
    })
}

/// Whether words end on a turning point counted from ("ses plus lourdes
/// pertes depuis le putsch du", "depuis l'arrivée de la transition en"): a
/// date there is no event's.
fn since_a_turn(before: &str) -> bool {
    if !before.contains("depuis") {
        return false;
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"\bdepuis (?:le |la |l')(?:putsch|coup d'etat|coup de force|coup|arrivee|depart|retrait|installation|prise du pouvoir|prise de pouvoir|debut|fin|signature|election|accord|transition|renversement)(?: [a-z'-]+){0,3} (?:du|de|d'|en)\s*$")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(before))
}

/// "24/01", "3/12": a day and a month with no year, where a day is
/// written (after "le", "du", a weekday, a dash, a comma, opening a line, or
/// after the town a log line or its clause opens on: "Léré 15/01 –",
/// "Auparavant, Zimtenga 13/05 :"), not a
/// ratio ("soit 1/3 des postes") nor part of a longer figure ("24/01/2023").
fn day_month_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)(?:^\s*|^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+|,\s*(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,2}\s+|(?-u:\b)(?:le|du|au|et|ce|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun\.?|mar\.?|mer\.?|jeu\.?|ven\.?|sam\.?|dim\.?)\s+|[–—,:]\s*|\s-\s*|\(\s*)((\d{1,2})/(\d{1,2}))(?:$|[^\d/])").expect("regex")
    })
}

/// A day and month written with no year ("24/01"), as a day of the
/// story's year; `None` for a day no year has (a leap year's 29 February
/// is one).
fn day_and_month(month: u32, day: u32) -> Option<DateAnchor> {
    NaiveDate::from_ymd_opt(2024, month, day).map(|_| DateAnchor::Absolute {
        start: (None, month, day),
        end_day: None,
        precision: DatePrecision::Day,
    })
}

/// "Nuit du 31/03 au 01/04": a night's two days written as a log writes
/// them, with no year.
fn numeric_night() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)(?-u:\b)nuit\s+(?:du|de)\s+((\d{1,2})/(\d{1,2})\s+(?:au|à|a)\s+(\d{1,2})/(\d{1,2}))(?:$|[^\d/])").expect("regex")
    })
}

/// "en janvier", "au mois de mars": a month named without its year.
fn month_alone_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i)(?-u:\b)(?:en|au\s+mois\s+d['’]|au\s+mois\s+de)\s*({MONTH_RE})(?-u:\b)"
        ))
        .expect("regex")
    })
}

/// Whether the words before a span end on "nuit" ("dans la nuit du 12 au
/// 13"): one night, not a span of days.
fn after_night(before: &str) -> bool {
    crate::fold::tail(before, 12)
        .trim_end()
        .to_lowercase()
        .ends_with("nuit")
}

/// "du 18 au 21 octobre", "entre le lundi 18 et le mercredi 21 octobre":
/// two days of one month.
fn same_month_span() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let weekday = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?";
        crate::extract::compile::regex(&format!(r"(?i)(?-u:\b)(?:du|entre\s+le)\s+{weekday}(\d{{1,2}})(?:er)?\s+(?:au|et\s+le)\s+{weekday}(\d{{1,2}})\s+({MONTH_RE})(?:\s+(\d{{4}}))?(?-u:\b)")).expect("regex")
    })
}

/// "du 26 juin au 10 juillet 2022", "du samedi 30 novembre au dimanche 1er
/// décembre": two days of different months.
fn span_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(r"(?i)(?-u:\b)du\s+(?:(?:{DAY_RE})\s+)?(\d{{1,2}})(?:er)?\s+({MONTH_RE})(?:\s+(\d{{4}}))?\s+(?:au|jusqu['’]au)\s+(?:(?:{DAY_RE})\s+)?(\d{{1,2}})(?:er)?\s+({MONTH_RE})(?-u:\b)(?:\s+(\d{{4}}))?")).expect("regex")
    })
}

/// A verb of saying, a visit ("une délégation s'est rendue, dimanche 25
/// août, à l'hôpital"), or a document's date, right before a date; a
/// participle in any agreement ("le bulletin des opérations publiés ce
/// vendredi 17 février").
fn report_verb() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)(?:\b(?:annonce|annoncait|revendique|revendiquait|indique|affirme|declare|rapporte|confirme|precise|publie|diffuse|fait savoir|communique|explique|assure|souligne|reconnu|ajoute|signale|informe|rendu public|appris|apprend|rapportait|a fait etat|faisait etat|fait etat|deplore|deplorait|denonce|condamne|accuse|relate|raconte|rendu compte|rendu hommage|decrete|repondu|eu connaissance|pris connaissance|s'est rendue?(?:\s+(?:a|au|aux|dans|en)\s+[a-z'-]+(?:\s+[a-z'-]+){0,3})?|se sont rendue?s|s'est deplacee?|se sont deplacee?s|a visite|ont visite|en visite|(?:interrogee?s?|jointe?s?|contactee?s?|consultee?s?|sollicitee?s?)(?:\s+par\s+(?:l'|le\s+|la\s+)?[a-z]+)?|(?:bilan|chiffre|decompte)(?:\s+[a-z]+){0,2}\s+(?:donne|fourni|avance|livre|etabli|dresse))(?:e|es|s)?(?:\s*,)?(?:\s+(?:ce|le|dans|la|en|soir|matin|meme|aussi|egalement|officiellement|avoir))*|\bparvenue?s?\s+a\s+(?:[a-z'-]+\s+){1,4}(?:ce|le)|\ben\s+date\s+du|\b(?:lue?s?|diffusee?s?|publiee?s?|retransmise?s?)\s+(?:a|sur|par)\s+(?:la\s+|les\s+|l'|le\s+)?(?:radio|television|tele|antenne|ondes|chaine|ortm|ortb|rtb|rtn|rts)(?:\s+[a-z'-]+){0,3}?\s*,?\s+(?:ce\s+|le\s+|dans\s+la\s+nuit\s+de\s+|dans\s+la\s+soiree\s+de\s+)?|\ba\s+partir\s+(?:du|de)(?:\s+ce)?|\bdate\s+du|\bdatant\s+du|\bdate\s+de(?:\s+ce)?|\bcommunique\s+du|\bcommunique\s+(?:publie|diffuse|rendu\s+public|sign[e]|lu)(?:\s+(?:a|sur|par)\s+(?:la\s+|les\s+|l'|le\s+)?[a-z'-]+(?:\s+[a-z'-]+){0,4}?)?\s*,?\s+(?:ce\s+|le\s+)?|\bcommunique\s+(?:publie|diffuse|lu)(?:\s+[a-z'-]+){1,8}?\s*,?\s+(?:dans\s+)?(?:la|l')\s*(?:soiree|matinee|journee|apres-midi|nuit)\s+(?:de\s+|du\s+)(?:ce\s+)?)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?\s*$").expect("regex")
    })
}

impl DateAnchor {
    /// Whether the text fixes the date by itself (a year is given).
    pub fn is_absolute(&self) -> bool {
        matches!(
            self,
            DateAnchor::Absolute {
                start: (Some(_), _, _),
                ..
            } | DateAnchor::Span {
                end: (Some(_), _, _),
                ..
            }
        )
    }
}

/// What relative expressions are resolved against.
#[derive(Debug, Clone, PartialEq)]
pub struct DateContext {
    /// The publication date.
    pub published: Option<IncidentDate>,
    /// The latest date the article fixed (absolute or resolved).
    pub recent: Option<IncidentDate>,
    /// The latest day the article told, a weekday included: "la veille"
    /// and "le lendemain" count from it ("vendredi ... La veille" is
    /// Thursday). Weekdays do not fix `recent`, which later weekdays
    /// resolve against.
    pub last_day: Option<IncidentDate>,
    /// First days (month, day) of the nights the article puts before
    /// midnight somewhere ("dans la nuit du 6 au 7 février ... aux
    /// environs de 22h"): the same night told elsewhere without its hour
    /// is dated by that first day too.
    pub evening_nights: Vec<(u32, u32)>,
    /// The article looks back years from its first lines ("il y a 5
    /// ans"): the year it set stands across paragraphs.
    pub looking_back: bool,
}

impl DateContext {
    /// A context at the start of an article.
    pub fn new(published: Option<IncidentDate>) -> Self {
        DateContext {
            published,
            recent: None,
            last_day: None,
            evening_nights: Vec::new(),
            looking_back: false,
        }
    }

    /// A new paragraph: a day told years before publication ("Le dernier
    /// rapt remonte au 6 juillet 2007") no longer lends its year to the
    /// days written without one ("Le 21 mars, les localités de ... ont été
    /// attaquées", in a story of 2021), which are the publication's.
    pub fn new_paragraph(&mut self) {
        let years_before = match (self.recent, self.published) {
            (Some(r), Some(p)) => p.end.year() - r.end.year(),
            _ => 0,
        };
        if !self.looking_back && years_before >= 2 {
            self.recent = None;
            self.last_day = None;
        }
    }

    /// A year written wrong: "samedi 4 février 2022" in a story published
    /// on 6 February 2023 names a Saturday that only 2023 has, weeks
    /// before publication. The day in the publication's year, `Some`, when
    /// the named weekday fits it and not the year written, the two years
    /// are one apart, and that day falls in the 60 days before publication.
    ///
    /// ```
    /// use sahel::extract::dates::{find_dates, DateContext};
    /// use sahel::model::IncidentDate;
    /// let p = IncidentDate::parse_iso("2023-02-06");
    /// let ctx = DateContext::new(p);
    /// let m = &find_dates("dans la soirée du samedi 4 février 2022")[0];
    /// let d = ctx.resolve(&m.anchor).unwrap();
    /// assert_eq!(ctx.year_slip(m, d).unwrap().to_string(), "2023-02-04");
    /// // The weekday fits the year written: no slip.
    /// let m = &find_dates("le vendredi 4 février 2022")[0];
    /// assert!(ctx.year_slip(m, ctx.resolve(&m.anchor).unwrap()).is_none());
    /// ```
    pub fn year_slip(&self, m: &DateMention, d: IncidentDate) -> Option<IncidentDate> {
        let DateAnchor::Absolute {
            start: (Some(year), _, _),
            ..
        } = m.anchor
        else {
            return None;
        };
        let named = weekday(m.text.split_whitespace().next()?)?;
        let p = self.published?.end;
        if d.precision != DatePrecision::Day
            || d.start.weekday() == named
            || (year - p.year()).abs() != 1
        {
            return None;
        }
        let day = d.start.with_year(p.year())?;
        (day.weekday() == named && day <= p && (p - day).num_days() <= 60)
            .then(|| IncidentDate::day(day))
    }

    /// Whether a date found in `sentence` is a night dated by the day it
    /// ended ("la nuit du 6 au 7 février": the 7th) that the article puts
    /// before midnight elsewhere: then the night's first day, `Some`.
    pub fn evening_night(
        &self,
        sentence: &str,
        m: &DateMention,
        d: IncidentDate,
    ) -> Option<IncidentDate> {
        if self.evening_nights.is_empty() || d.precision != DatePrecision::Day {
            return None;
        }
        if !is_night(sentence, m) {
            return None;
        }
        let first = d.start - Duration::days(1);
        self.evening_nights
            .contains(&(first.month(), first.day()))
            .then(|| IncidentDate::day(first))
    }

    /// A context at the start of an article that looks back on its
    /// first lines ("Bataille d'Aguel'hoc : il y a 5 ans, ..."): days
    /// written without a year are that many years before publication.
    /// It also knows the nights the article puts before midnight
    /// ([`DateContext::evening_nights`]).
    pub fn looking_back(published: Option<IncidentDate>, text: &str) -> Self {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            crate::extract::compile::regex(r"(?i)(?-u:\b)il\s+y\s+a\s+(\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+ans(?-u:\b)")
                .expect("regex")
        });
        let mut ctx = DateContext::new(published);
        ctx.evening_nights = evening_nights(text);
        let head = crate::fold::head(text, 300);
        let years = re.captures(head).and_then(|c| {
            c[1].parse::<i32>()
                .ok()
                .or_else(|| small_number(&c[1].to_lowercase()).map(|n| n as i32))
        });
        if let (Some(p), Some(n)) = (published, years.filter(|n| *n >= 1)) {
            ctx.recent = IncidentDate::year(p.end.year() - n);
            ctx.looking_back = true;
        }
        ctx
    }

    /// The year of the context, for dates written without one.
    fn year(&self) -> Option<i32> {
        self.recent.or(self.published).map(|d| d.end.year())
    }

    /// Resolves an anchor; `None` when the context cannot fix it (a weekday
    /// with no publication date, say).
    pub fn resolve(&self, a: &DateAnchor) -> Option<IncidentDate> {
        match a {
            DateAnchor::Absolute {
                start: (year, month, day),
                end_day,
                precision,
            } => {
                let told_year = year.is_some();
                let year = year.or_else(|| self.year())?;
                match precision {
                    DatePrecision::Year => IncidentDate::year(year),
                    // A month without a year after the publication month is
                    // last year's ("fin décembre" read in January).
                    DatePrecision::Month => match self.published {
                        Some(p) if !told_year && (year, *month) > (p.end.year(), p.end.month()) => {
                            IncidentDate::month(year - 1, *month)
                        }
                        _ => IncidentDate::month(year, *month),
                    },
                    _ => {
                        let start = NaiveDate::from_ymd_opt(year, *month, *day)?;
                        // A date without a year after the publication date
                        // is last year's ("le 28 décembre" read in January).
                        let start = match (self.published, a.is_absolute()) {
                            (Some(p), false) if start > p.end + Duration::days(1) => {
                                NaiveDate::from_ymd_opt(year - 1, *month, *day)?
                            }
                            // The story went past a new year ("le 23
                            // décembre ... Le 2 janvier", read in January):
                            // the next year's day, when it is nearer the last
                            // date told and not after publication.
                            (Some(p), false) => match (self.recent, start.with_year(year + 1)) {
                                (Some(r), Some(next))
                                    if !told_year
                                        && r.precision == DatePrecision::Day
                                        && start < r.start
                                        && next <= p.end + Duration::days(1)
                                        && next - r.end < r.start - start =>
                                {
                                    next
                                }
                                _ => start,
                            },
                            _ => start,
                        };
                        match end_day {
                            // "fin février" ends on the month's last day.
                            Some(e) => Some(IncidentDate::range(
                                start,
                                (0..4).find_map(|k| {
                                    NaiveDate::from_ymd_opt(
                                        start.year(),
                                        start.month(),
                                        e.saturating_sub(k),
                                    )
                                })?,
                            )),
                            None => Some(IncidentDate::day(start)),
                        }
                    }
                }
            }
            DateAnchor::Weekday(w) => {
                // Within a span the article already fixed ("le week-end du
                // 16-17 mars ... samedi"): that day.
                if let Some(r) = self.recent.filter(|r| (r.end - r.start).num_days() <= 7) {
                    let mut d = r.start;
                    while d <= r.end {
                        if d.weekday() == *w {
                            return Some(IncidentDate::day(d));
                        }
                        d += Duration::days(1);
                    }
                    // The most recent such day on or before that span's
                    // end, when the story is told well after it (a report
                    // published weeks later): a bare weekday is then about
                    // the days around the date the text gave. Near the
                    // publication date, a weekday counts back from the
                    // publication ("dimanche 1er juin ... Lundi" read on
                    // Monday 2 June is that Monday, not 26 May).
                    let told_near_publication = self.published.is_some_and(|p| {
                        p.precision == DatePrecision::Day && r.end + Duration::days(7) >= p.end
                    });
                    // The day after the one the text gave ("vendredi 15
                    // janvier ... dans la nuit de vendredi à samedi"): the
                    // story goes on, it does not jump a week back.
                    let next = r.end + Duration::days(1);
                    if r.precision == DatePrecision::Day
                        && next.weekday() == *w
                        && self.published.is_none_or(|p| next <= p.end)
                    {
                        return Some(IncidentDate::day(next));
                    }
                    // With only the month of publication, a day the text gave
                    // in that month does not say which week the weekday is
                    // in ("le 1er février ... Jeudi" read in a February
                    // report may be any Thursday of it): the month, below.
                    let within_month_of_publication = self.published.is_some_and(|p| {
                        p.precision != DatePrecision::Day && r.start >= p.start && r.end <= p.end
                    });
                    if r.precision == DatePrecision::Day
                        && !told_near_publication
                        && !within_month_of_publication
                    {
                        return Some(IncidentDate::day(last_weekday_on_or_before(r.end, *w)));
                    }
                }
                let p = self.published?;
                match p.precision {
                    DatePrecision::Day => {
                        Some(IncidentDate::day(last_weekday_on_or_before(p.end, *w)))
                    }
                    // Only the month of publication is known: that month.
                    _ => Some(p),
                }
            }
            DateAnchor::LastWeekday(w) => match self.published {
                Some(p) if p.precision == DatePrecision::Day => Some(IncidentDate::day(
                    last_weekday_on_or_before(p.end - Duration::days(1), *w),
                )),
                // Without the day of publication, the last day the text
                // fixed stands for the time of writing ("Ce mercredi 28
                // juillet ... Le dimanche dernier" is the 25th).
                _ => match self.recent {
                    // "le mardi 15 janvier dernier ... la journée du mardi
                    // dernier": the day the text gave, named again.
                    Some(r) if r.precision == DatePrecision::Day && r.end.weekday() == *w => {
                        Some(IncidentDate::day(r.end))
                    }
                    Some(r) if r.precision == DatePrecision::Day => {
                        let d = last_weekday_on_or_before(r.end - Duration::days(1), *w);
                        match self.published {
                            // The day told falls in the month of publication
                            // but the weekday before it does not: the story
                            // may have gone on past that day ("Le 2 janvier
                            // ... ce week-end, samedi dernier" in a January
                            // report), so only the month is sure.
                            Some(p) if r.start >= p.start && d < p.start => Some(p),
                            _ => Some(IncidentDate::day(d)),
                        }
                    }
                    _ => self.resolve(&DateAnchor::Weekday(*w)),
                },
            },
            DateAnchor::Span { start, end } => {
                let end_year = end.0.or(start.0).or_else(|| self.year())?;
                let start_year = start.0.unwrap_or(if start.1 <= end.1 {
                    end_year
                } else {
                    end_year - 1
                });
                let first = NaiveDate::from_ymd_opt(start_year, start.1, start.2)?;
                let last = NaiveDate::from_ymd_opt(end_year, end.1, end.2)?;
                Some(IncidentDate::range(first, last))
            }
            DateAnchor::DaysAfter(n) => {
                let base = self.last_day.or(self.recent).or(self.published)?;
                if base.precision == DatePrecision::Day {
                    Some(IncidentDate::day(base.start + Duration::days(*n)))
                } else {
                    Some(base)
                }
            }
            DateAnchor::DaysAgo(n) => {
                let p = self.published?;
                if p.precision == DatePrecision::Day {
                    Some(IncidentDate::day(p.end - Duration::days(*n)))
                } else {
                    Some(p)
                }
            }
            DateAnchor::LastWeek => {
                let p = self
                    .published
                    .filter(|p| p.precision == DatePrecision::Day)?;
                // The calendar week before the one of publication, Monday
                // to Sunday ("la semaine dernière", told on a Tuesday, is
                // not the seven days that ended a week ago).
                let monday =
                    p.end - Duration::days(i64::from(p.end.weekday().num_days_from_monday()));
                Some(IncidentDate::range(
                    monday - Duration::days(7),
                    monday - Duration::days(1),
                ))
            }
            DateAnchor::LastWeekend => {
                let p = self
                    .published
                    .filter(|p| p.precision == DatePrecision::Day)?;
                let sunday = last_weekday_on_or_before(p.end, Weekday::Sun);
                Some(IncidentDate::range(sunday - Duration::days(1), sunday))
            }
            DateAnchor::LastMonth => {
                let p = self.published?;
                let (y, m) = (p.end.year(), p.end.month());
                let (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                IncidentDate::month(y, m)
            }
            DateAnchor::EarlyThisWeek => {
                let p = self.published?;
                // A page dated by its month only: a week of that month
                // (the day a later sentence gives refines it).
                if p.precision != DatePrecision::Day {
                    return IncidentDate::month(p.start.year(), p.start.month());
                }
                let monday = last_weekday_on_or_before(p.end, Weekday::Mon);
                // Told on a Monday, the week has only begun: that day.
                let end = (p.end - Duration::days(1)).max(monday);
                Some(IncidentDate::range(monday, end))
            }
            DateAnchor::DayThisMonth(d) => {
                let p = self.published?;
                // A day after the publication's is the month before's
                // ("le samedi 27" in a story of 2 February).
                let (y, m) = if p.precision == DatePrecision::Day && *d > p.end.day() {
                    if p.end.month() == 1 {
                        (p.end.year() - 1, 12)
                    } else {
                        (p.end.year(), p.end.month() - 1)
                    }
                } else {
                    (p.end.year(), p.end.month())
                };
                NaiveDate::from_ymd_opt(y, m, *d).map(IncidentDate::day)
            }
            DateAnchor::YearsAgo(n) => IncidentDate::year(self.published?.end.year() - n),
            DateAnchor::MonthsAgo(n) => {
                let p = self.published?;
                let months = p.end.year() * 12 + p.end.month0() as i32 - *n as i32;
                IncidentDate::month(months.div_euclid(12), months.rem_euclid(12) as u32 + 1)
            }
            DateAnchor::LastNamedMonth(m) => {
                let p = self.published?;
                let y = p.end.year() - i32::from(*m >= p.end.month());
                IncidentDate::month(y, *m)
            }
        }
    }
}

fn last_weekday_on_or_before(d: NaiveDate, w: Weekday) -> NaiveDate {
    let back =
        (7 + d.weekday().num_days_from_monday() as i64 - w.num_days_from_monday() as i64) % 7;
    d - Duration::days(back)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> IncidentDate {
        IncidentDate::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    fn one(s: &str, ctx: &DateContext) -> Option<String> {
        let m = find_dates(s);
        assert!(!m.is_empty(), "no date in {s:?}");
        ctx.resolve(&m[0].anchor).map(|d| d.to_string())
    }

    #[test]
    fn a_day_without_a_year_after_a_new_year_is_the_next_years() {
        // Published in January; the story told 23 December first.
        let mut ctx = DateContext::new(Some(IncidentDate::month(2024, 1).unwrap()));
        ctx.recent = Some(day(2023, 12, 23));
        assert_eq!(
            one("Le 2 janvier, des hommes arrêtés", &ctx).unwrap(),
            "2024-01-02"
        );
        // A day earlier in the same year stays in it.
        assert_eq!(
            one("depuis le 20 novembre, un blocus", &ctx).unwrap(),
            "2023-11-20"
        );
        // Not past publication: a report of 10 January on 23 December.
        let mut ctx = DateContext::new(Some(day(2024, 1, 10)));
        ctx.recent = Some(day(2023, 12, 23));
        assert_eq!(one("le 15 janvier, un raid", &ctx).unwrap(), "2023-01-15");
        // A weekday "dernier" told after a day of the month of publication,
        // whose last such day falls in the month before: only the month.
        let mut ctx = DateContext::new(Some(IncidentDate::month(2024, 1).unwrap()));
        ctx.recent = Some(day(2024, 1, 2));
        assert_eq!(
            one("samedi dernier, le village attaqué", &ctx).unwrap(),
            "2024-01"
        );
        ctx.recent = Some(day(2024, 1, 17));
        assert_eq!(
            one("samedi dernier, le village attaqué", &ctx).unwrap(),
            "2024-01-13"
        );
    }

    #[test]
    fn a_log_lines_day_and_month_without_a_year() {
        let ctx = DateContext::new(Some(day(2012, 2, 15)));
        assert_eq!(
            one("le camp est tombé le 24/01 au matin", &ctx).unwrap(),
            "2012-01-24"
        );
        // After the publication's day and month: the year before.
        assert_eq!(
            one("28/09 vers 8h30, une escorte attaquée", &ctx).unwrap(),
            "2011-09-28"
        );
        // A week from day to day is not a day with a two-digit year.
        let week = find_dates("Bulletin (28/09-04/10) : une patrouille prise à partie");
        assert!(week.iter().all(|m| !matches!(
            m.anchor,
            DateAnchor::Absolute {
                start: (Some(_), _, _),
                ..
            }
        )));
        // The night's last day.
        assert_eq!(
            one("Nuit du 23 au 24/01 vers 3h30 : attaques", &ctx).unwrap(),
            "2012-01-24"
        );
        // Neither a full date's parts, a ratio nor an impossible day.
        assert_eq!(
            one("le 24/01/2012, à Aguelhok", &ctx).unwrap(),
            "2012-01-24"
        );
        assert!(find_dates("un tiers, soit 1/3 des postes").is_empty());
        // A visit's day is no event's ("une délégation s'est rendue,
        // dimanche 25 août, dans l'hôpital de Kaya").
        let m =
            find_dates("Une délégation s'est rendue, dimanche 25 août, dans l'hôpital de Kaya.");
        assert!(m.len() == 1 && m[0].report, "{m:?}");
        let m = find_dates(
            "Le président s'est rendu à Bani Bangou samedi 6 novembre, présenter ses condoléances.",
        );
        assert!(m.len() == 1 && m[0].report, "{m:?}");
        let m = find_dates("Le camp a été attaqué dimanche 25 août.");
        assert!(m.len() == 1 && !m[0].report, "{m:?}");
        // Nor is the day a communiqué was read on the air.
        let m = find_dates("« Le 14 mai, une colonne a été prise à partie », selon un communiqué du ministère lu à la radio mercredi soir.");
        assert!(m.len() == 2 && !m[0].report && m[1].report, "{m:?}");
        assert!(find_dates("le score de 45/20 au total").is_empty());
    }

    #[test]
    fn parts_of_months_weekday_times_and_nights_before_a_day() {
        let ctx = DateContext::new(Some(day(2023, 3, 20)));
        // A third of a month, not all of it.
        assert_eq!(
            one("Début juin 2016, l'attaque", &ctx).unwrap(),
            "2016-06-01/2016-06-10"
        );
        assert_eq!(
            one("mi-janvier, des tirs", &ctx).unwrap(),
            "2023-01-11/2023-01-20"
        );
        assert_eq!(
            one("fin février, un raid", &ctx).unwrap(),
            "2023-02-21/2023-02-28"
        );
        assert_eq!(
            one("au début du mois de janvier, la milice", &ctx).unwrap(),
            "2023-01-01/2023-01-10"
        );
        assert_eq!(one("courant janvier, des tirs", &ctx).unwrap(), "2023-01");
        // Halves of a month.
        assert_eq!(
            one(
                "dans la deuxième moitié du mois d'octobre, des gendarmes",
                &ctx
            )
            .unwrap(),
            "2022-10-16/2022-10-31"
        );
        assert_eq!(
            one("la première quinzaine de janvier, des raids", &ctx).unwrap(),
            "2023-01-01/2023-01-15"
        );
        // A month named with its year, in other words, stays the month.
        assert_eq!(
            one("au cours du mois de juin 2016, des tirs", &ctx).unwrap(),
            "2016-06"
        );
        // A time of day between the weekday and the day.
        assert_eq!(one("samedi soir 11 juin 2022", &ctx).unwrap(), "2022-06-11");
        // A night's weekdays before the day they lead to.
        let m = find_dates("Dans la nuit du dimanche au lundi 09 janvier 2023, des tirs");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(ctx.resolve(&m[0].anchor).unwrap().to_string(), "2023-01-09");
        // ... also when the night leads to "ce lundi".
        let m = find_dates("tué dans la nuit de samedi à ce dimanche 4 mai 2025 à Kaya");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(ctx.resolve(&m[0].anchor).unwrap().to_string(), "2025-05-04");
        // "le soir entre mercredi et jeudi" is a night, as "la nuit de
        // mercredi à jeudi" (2023-03-20 is a Monday: the 16th a Thursday).
        let m = find_dates("Les assassinats ont été perpétrés le soir entre mercredi et jeudi");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(ctx.resolve(&m[0].anchor).unwrap().to_string(), "2023-03-16");
        // "hier (samedi)" in a quote is the Saturday named.
        let m = find_dates("« Nos hommes sont tombés hier (samedi) », a-t-il dit dimanche");
        assert!(
            !m.iter().any(|m| matches!(m.anchor, DateAnchor::DaysAgo(_))),
            "{m:?}"
        );
    }

    #[test]
    fn absolute_dates() {
        let ctx = DateContext::new(None);
        assert_eq!(
            one(
                "L'assaut, survenu le 23 mai 2025, en début d'après-midi",
                &ctx
            )
            .unwrap(),
            "2025-05-23"
        );
        assert_eq!(
            one("Le 29 septembre 2019, le JNIM a attaqué", &ctx).unwrap(),
            "2019-09-29"
        );
        assert_eq!(one("le 1er avril 2022 à Gao", &ctx).unwrap(), "2022-04-01");
        assert_eq!(one("En juin 2024, le blocus", &ctx).unwrap(), "2024-06");
        assert_eq!(
            one("le restaurant La Terrasse (avril 2015)", &ctx).unwrap(),
            "2015-04"
        );
        assert_eq!(
            one("le week-end du 16-17 mars 2024 a été chargé", &ctx).unwrap(),
            "2024-03-16/2024-03-17"
        );
        assert_eq!(
            one("Au cours de l'année, en 2020, la junte", &ctx).unwrap(),
            "2020"
        );
    }

    #[test]
    fn days_of_one_month_are_a_span() {
        let ctx = DateContext::new(Some(day(2021, 10, 26)));
        let span = |s: &str| {
            let m = find_dates(s);
            ctx.resolve(&m[0].anchor)
                .map(|d| (d.start.to_string(), d.end.to_string()))
        };
        let want = Some(("2021-10-18".to_string(), "2021-10-21".to_string()));
        assert_eq!(span("entre le lundi 18 et le mercredi 21 octobre"), want);
        assert_eq!(span("du 18 au 21 octobre 2021"), want);
        // One night is the day it ended.
        let m = find_dates("dans la nuit du 12 au 13 octobre");
        assert_eq!(ctx.resolve(&m[0].anchor).unwrap().to_string(), "2021-10-13");
    }

    #[test]
    fn since_is_not_an_event_date() {
        assert!(find_dates("l'une des plus meurtrières depuis 2014").is_empty());
        assert!(find_dates("en proie depuis mars 2012 aux violences").is_empty());
        assert!(find_dates("un pays engagé depuis début 2013 au Mali voisin").is_empty());
        // When an institution began is no event's date.
        let f = find_dates("la mission, lancée en juillet 2013, a perdu 150 hommes");
        assert!(f.is_empty(), "{f:?}");
        assert!(find_dates("le groupe créé en 2017 par Iyad Ag Ghaly").is_empty());
        assert!(
            find_dates("les zones les plus visées depuis le début des violences en 2015")
                .is_empty()
        );
        assert!(find_dates("la force mise en place en mars 2020").is_empty());
        assert_eq!(
            find_dates("l'opération lancée le 3 mai 2024 à Boni").len(),
            1
        );
        assert_eq!(find_dates("attaqués en juillet 2013 à Gao").len(), 1);
    }

    #[test]
    fn a_weekday_after_a_day_the_text_gave() {
        // Read in a report dated only to its month.
        let mut ctx = DateContext::new(Some(IncidentDate::month(2016, 1).unwrap()));
        ctx.recent = Some(day(2016, 1, 15));
        // Friday the 15th, then "samedi": the next day, not a week back.
        assert_eq!(one("samedi", &ctx).unwrap(), "2016-01-16");
        // Another weekday: any of the month (the report's week is not
        // known), never the week before the day the text gave.
        assert_eq!(one("mardi", &ctx).unwrap(), "2016-01");
        // With the day of publication, weekdays count back from it.
        let mut dated = DateContext::new(Some(day(2016, 1, 18)));
        dated.recent = Some(day(2016, 1, 15));
        assert_eq!(one("mardi", &dated).unwrap(), "2016-01-12");
        // "mardi dernier" says the week: the one before the day the text
        // told, which stands for the time of writing.
        assert_eq!(one("mardi dernier", &ctx).unwrap(), "2016-01-12");
    }

    #[test]
    fn an_article_looking_back_dates_its_days_in_that_year() {
        let ctx = DateContext::looking_back(
            Some(IncidentDate::month(2017, 1).unwrap()),
            "Bataille d'Aguel'hoc : il y a 5 ans, le MNLA attaquait\n\nLe 18 janvier, la ville est attaquée.",
        );
        assert_eq!(
            one("Le 18 janvier, la ville est attaquée", &ctx).unwrap(),
            "2012-01-18"
        );
        let ctx = DateContext::looking_back(
            Some(IncidentDate::month(2017, 1).unwrap()),
            "Le 18 janvier, la ville est attaquée.",
        );
        assert_eq!(
            one("Le 18 janvier, la ville est attaquée", &ctx).unwrap(),
            "2017-01-18"
        );
    }

    #[test]
    fn day_and_month_take_the_year_from_context() {
        let ctx = DateContext::new(Some(IncidentDate::month(2025, 5).unwrap()));
        assert_eq!(
            one("Le 26 mai, le camp de Soumpi", &ctx).unwrap(),
            "2025-05-26"
        );
        let jan = DateContext::new(Some(day(2025, 1, 5)));
        assert_eq!(
            one("le 28 décembre, une embuscade", &jan).unwrap(),
            "2024-12-28"
        );
        let mut ctx = DateContext::new(None);
        ctx.recent = Some(IncidentDate::range(
            NaiveDate::from_ymd_opt(2024, 3, 16).unwrap(),
            NaiveDate::from_ymd_opt(2024, 3, 17).unwrap(),
        ));
        assert_eq!(
            one("a perdu son bébé lundi 18 mars", &ctx).unwrap(),
            "2024-03-18"
        );
    }

    #[test]
    fn weekdays_resolve_to_the_last_such_day() {
        let ctx = DateContext::new(Some(day(2024, 9, 18))); // a Wednesday
        assert_eq!(
            one("ont revendiqué mardi une double attaque", &ctx).unwrap(),
            "2024-09-17"
        );
        assert_eq!(one("ce mercredi", &ctx).unwrap(), "2024-09-18");
        assert_eq!(one("jeudi soir", &ctx).unwrap(), "2024-09-12");
        let month_only = DateContext::new(Some(IncidentDate::month(2019, 3).unwrap()));
        assert_eq!(
            one(
                "le campement militaire de Dioura dimanche à l'aube",
                &month_only
            )
            .unwrap(),
            "2019-03"
        );
        assert_eq!(one("mardi", &DateContext::new(None)), None);
    }

    #[test]
    fn a_weekday_near_the_publication_counts_back_from_it_not_from_the_last_date() {
        // Read on Monday 2 June: "dimanche 1er juin" was told, then "Lundi".
        let mut ctx = DateContext::new(Some(day(2025, 6, 2)));
        ctx.recent = Some(day(2025, 6, 1));
        assert_eq!(
            one("Lundi, un autre poste a été visé", &ctx).unwrap(),
            "2025-06-02"
        );
        // "le 11 juin ... jeudi dernier", read on Saturday 13 June.
        let mut ctx = DateContext::new(Some(day(2015, 6, 13)));
        ctx.recent = Some(day(2015, 6, 11));
        assert_eq!(one("jeudi dernier", &ctx).unwrap(), "2015-06-11");
        // A report published weeks after the events it dates: a bare
        // weekday stays near the date the text gave.
        let mut ctx = DateContext::new(Some(day(2023, 6, 1)));
        ctx.recent = Some(day(2023, 3, 12)); // a Sunday
        assert_eq!(one("mardi, ils sont revenus", &ctx).unwrap(), "2023-03-07");
    }

    #[test]
    fn weekdays_inside_a_stated_weekend() {
        let mut ctx = DateContext::new(None);
        let m = find_dates("Au Mali, le week-end du 16-17 mars 2024 a été chargé");
        ctx.recent = ctx.resolve(&m[0].anchor);
        assert_eq!(one("attaqué samedi un camp", &ctx).unwrap(), "2024-03-16");
        assert_eq!(
            one("dans la nuit de samedi à dimanche à Amasrakad", &ctx).unwrap(),
            "2024-03-17"
        );
        assert_eq!(
            one("Dimanche, le Jnim a revendiqué", &ctx).unwrap(),
            "2024-03-17"
        );
    }

    #[test]
    fn years_and_months_ago() {
        let ctx = DateContext::new(Some(day(2021, 3, 10)));
        assert_eq!(
            one("Il y a près d'un an, le village", &ctx).unwrap(),
            "2020"
        );
        assert_eq!(
            one("il y a deux ans, la même position", &ctx).unwrap(),
            "2019"
        );
        assert_eq!(
            one("l'année dernière, contre la gendarmerie", &ctx).unwrap(),
            "2020"
        );
        assert_eq!(
            one("il y a trois mois, un convoi", &ctx).unwrap(),
            "2020-12"
        );
        // Not a span of time: "depuis plus d'un an".
        assert!(find_dates("le village est sous blocus depuis plus d'un an").is_empty());
    }

    #[test]
    fn a_month_with_a_slip_of_the_keyboard() {
        let ctx = DateContext::new(Some(day(2021, 3, 1)));
        assert_eq!(
            one("Dans la nuit du 25 févier 2021, le détachement", &ctx).unwrap(),
            "2021-02-25"
        );
    }

    #[test]
    fn a_credit_line_names_a_newspaper_not_a_date() {
        assert!(find_dates("Source : Le 22 Septembre").is_empty());
        assert!(find_dates("Sources: L'Indépendant du 3 mars 2021").is_empty());
        assert_eq!(find_dates("Le 22 septembre, des tirs à Boni").len(), 1);
    }

    #[test]
    fn early_this_week() {
        // Published on Wednesday 20 March 2024.
        let ctx = DateContext::new(Some(day(2024, 3, 20)));
        let m = find_dates("L'attaque a eu lieu en début de semaine à Boni.");
        assert_eq!(m.len(), 1);
        let d = ctx.resolve(&m[0].anchor).unwrap();
        assert_eq!(
            (d.start.to_string(), d.end.to_string()),
            ("2024-03-18".into(), "2024-03-19".into())
        );
        assert!(find_dates("au début de la semaine dernière, des tirs")
            .iter()
            .all(|m| m.anchor != DateAnchor::EarlyThisWeek));
    }

    #[test]
    fn a_day_of_the_current_month() {
        let ctx = DateContext::new(Some(day(2024, 8, 20)));
        assert_eq!(
            one("Le 15 courant, une unité a été prise à partie", &ctx).unwrap(),
            "2024-08-15"
        );
        assert_eq!(
            one("dans la nuit du 3 du mois en cours, le poste", &ctx).unwrap(),
            "2024-08-03"
        );
        // "courant 2019" and "courant mai" stay what they were.
        assert_eq!(one("courant janvier, des tirs", &ctx).unwrap(), "2024-01");
    }

    #[test]
    fn a_night_with_an_evening_hour_is_its_first_day() {
        let ctx = DateContext::new(Some(day(2021, 3, 25)));
        // No hour: the day the night ended in.
        assert_eq!(
            one("dans la nuit du lundi 8 au mardi 9 mars, le poste", &ctx).unwrap(),
            "2021-03-09"
        );
        // Before midnight: the first day, with or without a space.
        assert_eq!(
            one(
                "dans la nuit du lundi 8 au mardi 9 mars 2021, aux environs de 22heures, le poste",
                &ctx
            )
            .unwrap(),
            "2021-03-08"
        );
        assert_eq!(
            one(
                "la nuit du 30 avril au 1er mai 2020, vers 21 h 15, des tirs",
                &ctx
            )
            .unwrap(),
            "2020-04-30"
        );
        // After midnight: the second day.
        assert_eq!(
            one(
                "dans la nuit du 8 au 9 mars, vers 2 heures du matin, des tirs",
                &ctx
            )
            .unwrap(),
            "2021-03-09"
        );
        let mut ctx = DateContext::new(Some(day(2021, 3, 25)));
        ctx.recent = Some(day(2021, 3, 17)); // a Wednesday
        assert_eq!(
            one(
                "la nuit de mardi à mercredi, en début de soirée, des hommes armés",
                &ctx
            )
            .unwrap(),
            "2021-03-16"
        );
    }

    #[test]
    fn relative_days_and_last_week() {
        let mut ctx = DateContext::new(Some(day(2025, 5, 30)));
        ctx.recent = Some(day(2025, 5, 23));
        assert_eq!(
            one("Deux jours plus tard, le camp de Soumpi", &ctx).unwrap(),
            "2025-05-25"
        );
        assert_eq!(
            one("effectuant le lendemain des allers retours", &ctx).unwrap(),
            "2025-05-24"
        );
        assert_eq!(
            one("la veille, une patrouille", &ctx).unwrap(),
            "2025-05-22"
        );
        assert_eq!(
            // Published on Friday 30 May: the calendar week before.
            one("la semaine dernière, un convoi", &ctx).unwrap(),
            "2025-05-19/2025-05-25"
        );
        assert_eq!(
            one("le mois dernier, une patrouille", &ctx).unwrap(),
            "2025-04"
        );
        assert_eq!(
            one("La semaine écoulée, douze villageois tués", &ctx).unwrap(),
            "2025-05-19/2025-05-25"
        );
        assert_eq!(one("le mois écoulé, un raid", &ctx).unwrap(), "2025-04");
        assert_eq!(one("un raid le mois passé", &ctx).unwrap(), "2025-04");
    }

    #[test]
    fn several_dates_in_one_sentence_keep_their_order() {
        let m = find_dates("les attentats du restaurant La Terrasse (avril 2015), de l'hôtel Radisson Blu (novembre 2015) et l'attaque contre l'hôtel Nord-Sud (mars 2016)");
        let ctx = DateContext::new(None);
        let got: Vec<String> = m
            .iter()
            .map(|m| ctx.resolve(&m.anchor).unwrap().to_string())
            .collect();
        assert_eq!(got, vec!["2015-04", "2015-11", "2016-03"]);
    }
}
