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
        r"v[ee]hicules? (?:pi[ee]g[ee]s? )?(?:suicide|kamikaze)|attentats?[- ]suicides?|attaques? suicides?|kamikazes?|\bVBIED\b|\bSVBIED\b|s'est fait exploser",
    ),
    (
        EventType::DroneStrike,
        r"frappes? (?:a[ee]rienne )?(?:de|par) drones?|frappes? de drone|par (?:des|un) drones?|drones? arm[ee]s?|attaques? (?:de|au) drones?|bombardements? (?:de|par) drones?",
    ),
    (
        EventType::RocketOrMortar,
        r"tirs? (?:de |d')(?:roquettes?|obus|mortiers?)|roquettes?|\bobus\b|au mortier|mortiers?|tirs indirects",
    ),
    (
        EventType::Ied,
        r"engins? explosifs?(?: improvis[ee]s?)?|\bEEI\b|\bIED\b|\bmines?\b(?: artisanales?)?|\bbombes?\b|a saut[ee] sur|explosion d'un engin",
    ),
    (EventType::Ambush, r"embuscades?|tendu un guet-apens"),
    (
        EventType::Airstrike,
        r"frappes? a[ee]riennes?|raids? a[ee]riens?|bombardements? a[ee]riens?|frappes? (?:de|par) (?:l'aviation|h[ee]licopt[ee]res?)|vecteurs a[ee]riens|\bfrappes?\b",
    ),
    (
        EventType::Siege,
        r"\bblocus\b|\bsi[ee]ges?\b|assi[ee]g[ee]e?s?",
    ),
    (
        EventType::Kidnapping,
        r"enl[ee]vements?|enlev[ee]e?s?|kidnapp\w*|pris en otages?|\botages?\b|\brapts?\b",
    ),
    (
        EventType::Massacre,
        r"\bmassacres?\b|\btueries?\b|massacr[ee]e?s?",
    ),
    (
        EventType::Clash,
        r"affrontements?|accrochages?|combats? (?:entre|opposant)|se sont affront[ee]s",
    ),
    (
        EventType::Attack,
        r"\battaqu[ee]e?s?\b|\battaquer\b|\battaquait\b|\battaquent\b|\battaques?\b|\bassauts?\b|\bpris d'assaut|\braids?\b|\bcibl[ee]e?s?\b|\bvis[ee]e?s?\b|\bprise d'un camp|\boffensives?\b|\battentats?\b|\ba frapp[ee]|\bont frapp[ee]|\bincursions?|\bfusillades?\b",
    ),
];

fn compiled() -> &'static Vec<(EventType, Regex)> {
    static RE: OnceLock<Vec<(EventType, Regex)>> = OnceLock::new();
    RE.get_or_init(|| {
        CUES.iter()
            .map(|(t, p)| (*t, Regex::new(&format!("(?i-u){p}")).expect("cue regex")))
            .collect()
    })
}

fn anaphora() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i-u)(?:\bcette|\bcet|\bces(?:\s+(?:deux|trois|quatre|nouvelles?|derni[ee]res?))?|\bl'|\bce|\bdont l'|\bcette meme|\bla meme|\bleur)\s*$").expect("regex"))
}

/// Words that make an event sentence a general statement rather than the
/// report of one event.
fn generic() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i-u)\bnotamment\b|\br[ee]guli[ee]rement\b|\bsouvent\b|quasi quotidiennes?|\ba plusieurs reprises\b|\bplusieurs localites\b|\ba la tete des\b|\bces derni(?:ers|eres) (?:mois|annees|semaines)\b|\bdepuis des (?:annees|mois)\b|\ben proie\b").expect("regex"))
}

/// Words that place a sentence in the past of the story, without a date
/// of its own ("avait déjà été visé par le passé").
fn background() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i-u)\bpar le passe\b|\bdans le passe\b|\bavait deja\b|\bavaient deja\b|\ba maintes reprises\b|\bce n'est pas la premiere fois\b").expect("regex"))
}

/// Event cues of a sentence, in text order.
pub fn find_cues(sentence: &str) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    // Patterns run on an ASCII copy (much faster); spans are mapped back
    // to the original by character position.
    let folded = crate::fold::ascii_lower_1to1(sentence);
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (t, re) in compiled() {
        for m in re.find_iter(&folded) {
            if taken.iter().any(|&(s, e)| m.start() < e && s < m.end()) {
                continue;
            }
            taken.push((m.start(), m.end()));
            // A cue right after a demonstrative or definite article points back.
            let before = &folded[m.start().saturating_sub(30)..m.start()];
            let anaphoric = anaphora().is_match(before);
            let (s, e) = (
                crate::fold::char_to_byte(sentence, m.start()),
                crate::fold::char_to_byte(sentence, m.end()),
            );
            out.push(Cue {
                event_type: *t,
                span: (s, e),
                anaphoric,
                text: sentence[s..e].to_string(),
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
    generic().is_match(&crate::fold::ascii_lower_1to1(sentence))
}

/// Whether a sentence tells the past of the story without a date.
pub fn is_background(sentence: &str) -> bool {
    background().is_match(&crate::fold::ascii_lower_1to1(sentence))
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
