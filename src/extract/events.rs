//! Event cues: which words say that something happened, and what.
//!
//! A cue is *anaphoric* when it points back at an event already told
//! ("cette attaque", "l'assaut", "ces frappes"): it adds to that event and
//! never starts a new one by itself. A cue is *generic* when it names a
//! kind of event in general ("des attaques quasi quotidiennes").
//!
//! ```
//! use sahel::extract::events::find_cues;
//! use sahel::model::EventType;
//! let c = find_cues("le JNIM a tendu une embuscade à un convoi près de Bodio");
//! assert_eq!(c[0].event_type, EventType::Ambush);
//! assert!(!c[0].anaphoric);
//! ```

use crate::model::EventType;
use regex::Regex;
use std::sync::OnceLock;

/// An event cue in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// The event type it signals.
    pub event_type: EventType,
    /// Byte range in the sentence.
    pub span: (usize, usize),
    /// Whether it refers back to an event already told.
    pub anaphoric: bool,
    /// The words as written.
    pub text: String,
}

/// Cues by decreasing specificity: the first type found wins for a
/// sentence ("véhicule suicide bourré d'explosifs" is a suicide attack,
/// not an IED).
const CUES: &[(EventType, &str)] = &[
    (
        EventType::SuicideAttack,
        r"v[ée]hicules? (?:pi[ée]g[ée]s? )?(?:suicide|kamikaze)|attentats?[- ]suicides?|attaques? suicides?|kamikazes?|\bVBIED\b|\bSVBIED\b|s['’]est fait exploser",
    ),
    (
        EventType::DroneStrike,
        r"frappes? (?:a[ée]rienne )?(?:de|par) drones?|frappes? de drone|par (?:des|un) drones?|drones? arm[ée]s?|attaques? (?:de|au) drones?|bombardements? (?:de|par) drones?",
    ),
    (
        EventType::RocketOrMortar,
        r"tirs? (?:de |d['’])(?:roquettes?|obus|mortiers?)|roquettes?|\bobus\b|au mortier|mortiers?|tirs indirects",
    ),
    (
        EventType::Ied,
        r"engins? explosifs?(?: improvis[ée]s?)?|\bEEI\b|\bIED\b|\bmines?\b(?: artisanales?)?|\bbombes?\b|a saut[ée] sur|explosion d['’]un engin",
    ),
    (EventType::Ambush, r"embuscades?|tendu un guet-apens"),
    (
        EventType::Airstrike,
        r"frappes? a[ée]riennes?|raids? a[ée]riens?|bombardements? a[ée]riens?|frappes? (?:de|par) (?:l['’]aviation|h[ée]licopt[èe]res?)|vecteurs a[ée]riens|\bfrappes?\b",
    ),
    (
        EventType::Siege,
        r"\bblocus\b|\bsi[èe]ges?\b|assi[ée]g[ée]e?s?",
    ),
    (
        EventType::Kidnapping,
        r"enl[èe]vements?|enlev[ée]e?s?|kidnapp\w*|pris en otages?|\botages?\b|\brapts?\b",
    ),
    (
        EventType::Massacre,
        r"\bmassacres?\b|\btueries?\b|massacr[ée]e?s?",
    ),
    (
        EventType::Clash,
        r"affrontements?|accrochages?|combats? (?:entre|opposant)|se sont affront[ée]s",
    ),
    (
        EventType::Attack,
        r"\battaqu[ée]e?s?\b|\battaquer\b|\battaquait\b|\battaquent\b|\battaques?\b|\bassauts?\b|\bpris d['’]assaut|\braids?\b|\bcibl[ée]e?s?\b|\bvis[ée]e?s?\b|\bprise d['’]un camp|\boffensives?\b|\battentats?\b|\ba frapp[ée]|\bont frapp[ée]|\bincursions?|\bfusillades?\b",
    ),
];

fn compiled() -> &'static Vec<(EventType, Regex)> {
    static RE: OnceLock<Vec<(EventType, Regex)>> = OnceLock::new();
    RE.get_or_init(|| {
        CUES.iter()
            .map(|(t, p)| (*t, Regex::new(&format!("(?i){p}")).expect("cue regex")))
            .collect()
    })
}

fn anaphora() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)(?:\bcette|\bcet|\bces(?:\s+(?:deux|trois|quatre|nouvelles?|derni[èe]res?))?|\bl['’]|\bce|\bdont l['’]|\bcette même|\bla même|\bleur)\s*$").expect("regex"))
}

/// Words that make an event sentence a general statement rather than the
/// report of one event.
fn generic() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)\bnotamment\b|\br[ée]guli[èe]rement\b|\bsouvent\b|quasi quotidiennes?|\bà plusieurs reprises\b|\bplusieurs localités\b|\bà la tête des\b|\bces derni(?:ers|ères) (?:mois|années|semaines)\b|\bdepuis des (?:années|mois)\b|\ben proie\b").expect("regex"))
}

/// Words that place a sentence in the past of the story, without a date
/// of its own ("avait déjà été visé par le passé").
fn background() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)\bpar le passé\b|\bdans le passé\b|\bavait déjà\b|\bavaient déjà\b|\bà maintes reprises\b|\bce n['’]est pas la première fois\b").expect("regex"))
}

/// Event cues of a sentence, in text order.
pub fn find_cues(sentence: &str) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    for (t, re) in compiled() {
        for m in re.find_iter(sentence) {
            if out
                .iter()
                .any(|c| m.start() < c.span.1 && c.span.0 < m.end())
            {
                continue;
            }
            // "les attaquants" and "l'armée attaquée" aside, a cue right after
            // a demonstrative or definite article points back.
            let before = &sentence[..m.start()];
            let anaphoric = anaphora().is_match(before);
            out.push(Cue {
                event_type: *t,
                span: (m.start(), m.end()),
                anaphoric,
                text: m.as_str().to_string(),
            });
        }
    }
    out.sort_by_key(|c| c.span.0);
    out
}

/// The most specific event type among cues (the order of [`CUES`]).
pub fn best_type(cues: &[Cue]) -> Option<EventType> {
    cues.iter()
        .map(|c| c.event_type)
        .min_by_key(|t| specificity_rank(*t))
}

/// Rank of a type: lower is more specific. Used when two reports of one
/// incident disagree: "attaqué" then "frappes de drone" is a drone strike.
pub fn specificity_rank(t: EventType) -> usize {
    CUES.iter().position(|(x, _)| *x == t).unwrap_or(CUES.len())
}

/// Whether a sentence is a general statement (see [`generic`]).
pub fn is_generic(sentence: &str) -> bool {
    generic().is_match(sentence)
}

/// Whether a sentence tells the past of the story without a date.
pub fn is_background(sentence: &str) -> bool {
    background().is_match(sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> EventType {
        best_type(&find_cues(s)).unwrap_or(EventType::Other)
    }

    #[test]
    fn types_from_french_cues() {
        assert_eq!(
            t("Les jihadistes ont attaqué un camp militaire"),
            EventType::Attack
        );
        assert_eq!(
            t("ont pris d'assaut le campement militaire de Dioura"),
            EventType::Attack
        );
        assert_eq!(
            t("le JNIM a mené un raid contre le camp militaire"),
            EventType::Attack
        );
        assert_eq!(
            t("le camp de Soumpi a été attaqué par des drones"),
            EventType::DroneStrike
        );
        assert_eq!(
            t("Le bilan de ces frappes de drone sur Amasrakad"),
            EventType::DroneStrike
        );
        assert_eq!(
            t("grâce à des frappes aériennes dans la nuit"),
            EventType::Airstrike
        );
        assert_eq!(
            t("la ville de Gao a été ciblée par trois tirs de roquette"),
            EventType::RocketOrMortar
        );
        assert_eq!(
            t("avoir attaqué au mortier un autre camp"),
            EventType::RocketOrMortar
        );
        assert_eq!(
            t("une attaque engagée à l'aide d'un véhicule suicide bourré d'explosifs"),
            EventType::SuicideAttack
        );
        assert_eq!(t("une attaque suicide à Kati"), EventType::SuicideAttack);
        assert_eq!(t("une bombe a explosé sur la route"), EventType::Ied);
        assert_eq!(t("un véhicule a sauté sur une mine"), EventType::Ied);
        assert_eq!(
            t("le JNIM a intensifié son blocus de la ville de Boni"),
            EventType::Siege
        );
        assert_eq!(
            t("l'enlèvement de trois commerçants"),
            EventType::Kidnapping
        );
        assert_eq!(
            t("des affrontements entre le FLA et l'armée"),
            EventType::Clash
        );
        assert_eq!(t("le massacre d'Ogossagou"), EventType::Massacre);
        assert_eq!(t("une embuscade tendue à un convoi"), EventType::Ambush);
        assert_eq!(t("Le gouvernement a pris un décret."), EventType::Other);
    }

    #[test]
    fn anaphoric_cues_point_back() {
        let c =
            find_cues("L'armée n'a pas commenté cette attaque, préférant parler d'autre chose.");
        assert!(c.iter().all(|c| c.anaphoric), "{c:?}");
        let c = find_cues("L'attaque a fait au moins 16 morts.");
        assert!(c[0].anaphoric);
        let c = find_cues("Les jihadistes ont attaqué samedi un camp.");
        assert!(!c[0].anaphoric);
    }

    #[test]
    fn generic_and_background_sentences() {
        assert!(is_generic("Il est à la tête des attaques de plusieurs localités du nord : Aguelhok, Ménaka, Tessalit et Kidal notamment."));
        assert!(!is_generic("Le camp de Dioura a été attaqué dimanche."));
        assert!(is_background("Le camp de Dioura avait déjà été visé par le passé, notamment par les rebelles du FLA."));
        assert!(!is_background("Le camp de Dioura a été visé."));
    }

    #[test]
    fn specificity_orders_types() {
        assert!(specificity_rank(EventType::DroneStrike) < specificity_rank(EventType::Airstrike));
        assert!(specificity_rank(EventType::Ambush) < specificity_rank(EventType::Attack));
    }
}
