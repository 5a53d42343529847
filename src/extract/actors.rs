//! Armed actors named in French reporting on Mali, Burkina Faso and Niger,
//! normalised.
//!
//! ```
//! use sahel::extract::actors::find_actors;
//! let a = find_actors("Le Groupe de soutien à l'islam et aux musulmans (GSIM) a attaqué l'armée malienne.");
//! let names: Vec<&str> = a.iter().map(|a| a.name.as_str()).collect();
//! assert_eq!(names, ["JNIM", "FAMa"]);
//! ```

use crate::model::Actor;
use regex::Regex;
use std::sync::OnceLock;

/// Normalised name and the pattern of its mentions.
const ACTORS: &[(&str, &str)] = &[
    (
        "JNIM",
        r"\bJ\.?N\.?I\.?M\b|\bJnim\b|\bGSIM\b|\bGroupe de soutien (?:a|a) l'islam et aux musulmans|\bAnsar ?(?:Dine|Eddine|dine)\b|\bAnsardine\b|\bKatiba (?:Macina|Serma|Gourma)\b|\bFront de liberation du Macina\b|\bal-Qa[ii]da\b|\bAl-Qa[ii]da\b|\bAQMI\b",
    ),
    (
        "EIGS",
        r"\bEIGS\b|\bEIS\b|\bISSP\b|\bEI-Sahel\b|\bEI Sahel\b|\bprovince (?:du|au) Sahel de l'Etat islamique\b|\betat islamique (?:au|dans le Grand) Sah(?:el|ara)\b|\bEtat islamique (?:au|dans le Grand) Sah(?:el|ara)\b|\borganisation (?:e|E)tat islamique\b|\b(?:e|E)tat islamique\b|\bDaesh\b",
    ),
    ("FLA", r"\bFLA\b|\bFront de liberation de l'Azawad\b"),
    (
        "CSP",
        r"\bCSP(?:-PSD|-DPA)?\b|\bCadre strategique permanent\b",
    ),
    (
        "MNLA",
        r"\bMNLA\b|\bMouvement national (?:pour|de) la liberation de l'Azawad\b",
    ),
    (
        "GATIA",
        r"\bGATIA\b|\bGroupe d'autodefense touareg Imghad\b",
    ),
    (
        "FAMa",
        r"\bl'armee malienne\b|\bFAMa\b|\bFAMAs?\b|\bFamas?\b|\b[Aa]rmee malienne\b|\b[Ff]orces armees maliennes\b|\b(?:soldats|militaires) maliens\b|\bgendarmerie malienne\b|\bgarde nationale\b|\barmee du Mali\b|\betat-major (?:general )?des armees\b|\bl'armee\b",
    ),
    (
        "Wagner/Africa Corps",
        r"\bWagner\b|\bAfrica Corps\b|\b(?:mercenaires|paramilitaires|instructeurs|militaires) russes\b",
    ),
    (
        "Barkhane",
        r"\bBarkhane\b|\bforce francaise\b|\barmee francaise\b|\bServal\b|\bTakuba\b",
    ),
    (
        "MINUSMA",
        r"\bMINUSMA\b|\bMinusma\b|\b[Cc]asques bleus\b|\bmission de l'ONU\b",
    ),
    (
        "Burkinabè army",
        r"\barmee burkinab[eee]\b|\bforces (?:armees |de defense et de securite )?(?:nationales )?burkinab[eee]s?\b|\b(?:soldats|militaires) burkinab[eee]s?\b|\bFDS burkinab[eee]s?\b|\bgendarmerie (?:nationale )?burkinab[eee]\b|\bbataillons? d'intervention rapide\b",
    ),
    (
        "VDP",
        r"\bVDP\b|\bvolontaires pour la defense de la patrie\b",
    ),
    (
        "FAN",
        r"\bFAN\b|\bforces armees nigeriennes\b|\barmee nigerienne\b|\b(?:soldats|militaires) nigeriens\b|\bFDS nigeriennes\b|\bforces de defense et de securite nigeriennes\b|\bgarde nationale (?:du Niger|nigerienne)\b|\bgendarmerie (?:nationale )?nigerienne\b",
    ),
    (
        "Ansarul Islam",
        r"\bAnsar(?:ul|oul|ou|u)[ -]?Islam\b|\bAnsar al-Islam\b",
    ),
    ("Koglweogo", r"\bkoglweogo\b|\bkoglweogos\b"),
    (
        "Boko Haram/ISWAP",
        r"\bBoko Haram\b|\bISWAP\b|\bEIAO\b|\bEtat islamique en Afrique de l'Ouest\b",
    ),
    ("Dozos", r"\b[Dd]ozos?\b|\bchasseurs traditionnels\b"),
    (
        "Dan Na Ambassagou",
        r"\bDan Na Ambassagou\b|\bDana Ambassagou\b",
    ),
    (
        "civilians",
        // "les fidèles réunis pour la prière": worshippers.
        r"\bcivils?\b|\bvillageois\b|\bpopulation civile\b|\bfemmes et (?:des )?enfants\b|\bhabitants\b|\bpassagers\b|\bfid(?:e|è)les\b",
    ),
];

fn compiled() -> &'static Vec<(&'static str, Regex)> {
    static RE: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    RE.get_or_init(|| {
        ACTORS
            .iter()
            .map(|(n, p)| {
                (
                    *n,
                    crate::extract::compile::regex(&format!("(?i-u){p}")).expect("actor regex"),
                )
            })
            .collect()
    })
}

/// The actor patterns as one set: one pass says which can match, so a
/// sentence is not scanned once per actor.
fn actor_set() -> &'static regex::RegexSet {
    static RE: OnceLock<regex::RegexSet> = OnceLock::new();
    RE.get_or_init(|| {
        regex::RegexSet::new(ACTORS.iter().map(|(_, p)| format!("(?i-u){p}"))).expect("actor set")
    })
}

/// Actors mentioned in a text, each once, in order of first mention.
pub fn find_actors(text: &str) -> Vec<Actor> {
    // Patterns run on an ASCII copy (much faster); mentions are quoted
    // from the original text at the same character positions.
    let folded = crate::fold::ascii_lower_1to1(text);
    let bytes = crate::fold::CharBytes::new(text);
    let mut found: Vec<(usize, Actor)> = Vec::new();
    let present = actor_set().matches(&folded);
    for (i, (name, re)) in compiled().iter().enumerate() {
        if !present.matched(i) {
            continue;
        }
        // "l'armée" is the Malian army unless another country's is named.
        let m = re.find_iter(&folded).find(|m| {
            let rest = folded[m.end()..].trim_start();
            !(m.as_str().starts_with('l')
                && [
                    "burkinab",
                    "francaise",
                    "nigerienne",
                    "algerienne",
                    "mauritanienne",
                ]
                .iter()
                .any(|c| rest.starts_with(c)))
        });
        if let Some(m) = m {
            let (s, e) = (bytes.byte(m.start()), bytes.byte(m.end()));
            found.push((m.start(), Actor::new(*name, &text[s..e])));
        }
    }
    found.sort_by_key(|(pos, _)| *pos);
    found.into_iter().map(|(_, a)| a).collect()
}

/// Whether a word is (part of) an actor's name, so that it is not taken for
/// a place ("Ansar Dine", "Barkhane", "Wagner").
pub fn is_actor_word(word: &str) -> bool {
    let folded = crate::fold::ascii_lower_1to1(word);
    let present = actor_set().matches(&folded);
    compiled().iter().enumerate().any(|(i, (n, re))| {
        present.matched(i)
            && *n != "civilians"
            && re
                .find(&folded)
                .is_some_and(|m| m.start() == 0 && m.end() == folded.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        find_actors(s)
            .into_iter()
            .map(|a| a.name.to_string())
            .collect()
    }

    #[test]
    fn the_many_names_of_jnim() {
        for s in [
            "le JNIM a revendiqué",
            "les djihadistes du Jnim",
            "Le GSIM (JNIM suivant l'acronyme arabe)",
            "groupe affilié à al-Qaïda",
            "Ansar Dine",
            "la Katiba Macina",
            "le Groupe de soutien à l'islam et aux musulmans",
        ] {
            assert_eq!(names(s), ["JNIM"], "{s}");
        }
    }

    #[test]
    fn other_actors() {
        assert_eq!(names("l'État islamique au Sahel (EIGS)"), ["EIGS"]);
        assert_eq!(names("les rebelles du FLA"), ["FLA"]);
        assert_eq!(
            names("des groupes rebelles du CSP (Cadre stratégique permanent)"),
            ["CSP"]
        );
        assert_eq!(names("Les Famas pris en étau"), ["FAMa"]);
        assert_eq!(
            names("l'armée malienne et le groupe Wagner"),
            ["FAMa", "Wagner/Africa Corps"]
        );
        assert_eq!(
            names("avec l'appui de l'armée burkinabè"),
            ["Burkinabè army"]
        );
        assert_eq!(
            names("des chasseurs dozos et Dan Na Ambassagou"),
            ["Dozos", "Dan Na Ambassagou"]
        );
        assert_eq!(names("14 civils tués"), ["civilians"]);
        assert_eq!(names("La force française Barkhane"), ["Barkhane"]);
        assert_eq!(
            names("des VDP (Volontaires pour la défense de la patrie) et des soldats burkinabè"),
            ["VDP", "Burkinabè army"]
        );
        assert_eq!(
            names("les Forces armées nigériennes (FAN) ont riposté"),
            ["FAN"]
        );
        assert_eq!(names("revendiqué par Ansarul Islam"), ["Ansarul Islam"]);
        assert_eq!(names("un groupe d'autodéfense koglwéogo"), ["Koglweogo"]);
        assert_eq!(
            names("l'État islamique au Sahel (EI-Sahel) a revendiqué"),
            ["EIGS"]
        );
        assert_eq!(
            names("des combattants de Boko Haram à Diffa"),
            ["Boko Haram/ISWAP"]
        );
        assert!(names("Le camp a été attaqué.").is_empty());
    }

    #[test]
    fn actor_words_are_not_places() {
        assert!(is_actor_word("Barkhane"));
        assert!(is_actor_word("Wagner"));
        assert!(!is_actor_word("Dioura"));
    }
}
