//! Deaths and wounded in French reporting, as ranges.
//!
//! Figures count only with a word that says people died ("tués", "morts",
//! "la mort de", "tuant") or were wounded; prisoners, vehicles and aircraft
//! are not casualties, and "tués ou blessés" without separate figures is
//! no death toll. Qualifiers make ranges: "au moins 16" is a floor,
//! "entre 40 et 85" a range, "une trentaine" about 25–35, "des dizaines"
//! a vague 20–99.
//!
//! ```
//! use sahel::extract::casualties::find_casualties;
//! use sahel::model::Casualties;
//! let c = find_casualties("L'attaque a fait au moins 16 morts et 10 blessés.");
//! assert_eq!(c.deaths, Some(Casualties::at_least(16)));
//! assert_eq!(c.wounded, Some(Casualties::exact(10)));
//! ```

use crate::model::Casualties;
use regex::Regex;
use std::sync::OnceLock;

/// Figures found in one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceToll {
    /// Deaths, if the sentence gives a figure (or says there were none).
    pub deaths: Option<Casualties>,
    /// Wounded, likewise.
    pub wounded: Option<Casualties>,
    /// The figure is a claim ("revendique", "affirme avoir tué").
    pub claimed: bool,
    /// The words that gave the figures.
    pub evidence: Vec<String>,
}

const NUM: &str = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|trente|quarante|cinquante|soixante|cent|une\s+(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)|(?:des|plusieurs)\s+(?:dizaines|centaines))";
const QUAL: &str =
    r"(?:au\s+moins|plus\s+de|pres\s+de|environ|quelque|pas\s+moins\s+de|au\s+total|entre\s+)?";
const PEOPLE: &str = r"(?:soldats?|militaires?|civils?|personnes?|villageois|habitants?|assaillants?|terroristes?|jihadistes?|djihadistes?|combattants?|hommes|femmes|enfants|policiers?|gendarmes?|douaniers?|membres?|elements?|passagers?|fideles|bergers?|commercants?|orpailleurs?|victimes?|agents?|gardes?|chasseurs?|dozos?|casques bleus|eleves|personnels?(?:\s+civils?)?)";

fn patterns() -> &'static [(Kind, Regex)] {
    static RE: OnceLock<Vec<(Kind, Regex)>> = OnceLock::new();
    RE.get_or_init(|| {
        let n = format!(r"(?P<q>{QUAL})\s*\b(?P<n>{NUM})(?:\s+(?:et|a)\s+(?P<n2>\d+))?");
        let p = |k: Kind, s: String| (k, Regex::new(&format!("(?i-u){s}")).expect("toll regex"));
        vec![
            // "tuant 41 soldats", "tuant entre 40 et 85 soldats", "avoir tue 10 militaires"
            p(Kind::Death, format!(r"\b(?:tuant|tue|tuee|tues|abattu|abattant|coutant la vie a|fait)\s+{n}\s+(?:de\s+|d')?(?:nos\s+|leurs\s+)?{PEOPLE}")),
            // "21 militaires maliens tues", "14 civils tues", "16 soldats ont ete tues"
            p(Kind::Death, format!(r"{n}\s+(?:de\s+|d')?{PEOPLE}(?:\s+\w+){{0,2}}?\s+(?:ont\s+ete\s+|avaient\s+ete\s+|auraient\s+ete\s+|sont\s+)?(?:tues?e?s?|morts?|abattus|executes|massacres|ont\s+peri|ont\s+perdu\s+la\s+vie|perissent|ont\s+trouve\s+la\s+mort)\b")),
            // "au moins 16 morts", "un bilan de 20 morts", "fait 3 victimes"
            p(Kind::Death, format!(r"{n}\s+(?:morts|tues|deces|victimes\s+mortelles)\b")),
            // "la mort de 41 soldats", "revendique la mort de 10 soldats"
            p(Kind::Death, format!(r"\bla\s+mort\s+(?:de\s+|d'){n}\s+(?:\w+\s+)?{PEOPLE}")),
            // "10 blesses", "blessant 17 autres", "en blessant 53 autres"
            p(Kind::Wounded, format!(r"{n}\s+(?:autres\s+)?(?:blesses|blessees)\b")),
            p(Kind::Wounded, format!(r"\bblessant\s+{n}\s+(?:autres|{PEOPLE})")),
            p(Kind::Wounded, format!(r"{n}\s+{PEOPLE}(?:\s+[!-~]+){{0,2}}?\s+(?:ont\s+ete\s+|a\s+ete\s+|aurait\s+ete\s+|auraient\s+ete\s+)?bless[ee]e?s?\b")),
        ]
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Death,
    Wounded,
}

fn zero_toll() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i-u)\baucune\s+victime\b|\bsans\s+faire\s+de\s+victimes?\b|\bpas\s+de\s+victimes?\b|\baucun\s+(?:mort|deces|blesse)\b|\bn['']a\s+fait\s+aucune\s+victime\b").expect("regex"))
}

fn claim() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i-u)\brevendiqu\w*|\baffirme\w*\s+avoir\s+tue|\bdit\s+avoir\s+tue|\bassure\w*\s+avoir\s+tue|\bselon\s+le\s+(?:JNIM|GSIM|FLA|EIGS)").expect("regex"))
}

fn parse_count(q: &str, n: &str, n2: Option<&str>) -> Option<Casualties> {
    let q = q.to_lowercase();
    let q = q.trim();
    let (low, high) = if let Some((l, h)) = crate::french::approx(n) {
        (l, h)
    } else {
        let v = n.parse::<u32>().ok().or_else(|| crate::french::number(n))?;
        (v, v)
    };
    if let Some(n2) = n2.and_then(|x| x.parse::<u32>().ok()) {
        return Some(Casualties::range(low, n2));
    }
    Some(match q {
        "au moins" | "pas moins de" | "plus de" => Casualties::at_least(low),
        "près de" | "environ" | "quelque" => {
            Casualties::range(low * 9 / 10, (high * 11).div_ceil(10))
        }
        _ if low == high => Casualties::exact(low),
        _ => Casualties::range(low, high),
    })
}

/// Finds the deaths and wounded a sentence reports.
pub fn find_casualties(sentence: &str) -> SentenceToll {
    let mut toll = SentenceToll::default();
    // Most sentences name no casualty: a substring check spares them the
    // regexes, which dominate extraction time otherwise.
    let text = crate::fold::ascii_lower_1to1(sentence);
    const WORDS: [&str; 11] = [
        "tue", "tuant", "tuer", "mort", "bless", "victime", "peri", "abatt", "execut", "massacr",
        "deces",
    ];
    if !WORDS.iter().any(|w| text.contains(w)) && !text.contains("coutant") {
        return toll;
    }
    // Matches are found in the ASCII text; evidence is quoted from the
    // original (same character positions).
    let original = |s: usize, e: usize| {
        sentence[crate::fold::char_to_byte(sentence, s)..crate::fold::char_to_byte(sentence, e)]
            .trim()
            .to_string()
    };
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (kind, re) in patterns() {
        for c in re.captures_iter(&text) {
            let m = c.get(0).expect("match");
            if taken.iter().any(|&(s, e)| m.start() < e && s < m.end()) {
                continue;
            }
            // "tués ou blessés" gives no separate death toll.
            let rest = text[m.end()..].trim_start();
            if *kind == Kind::Death && rest.starts_with("ou bless") {
                continue;
            }
            let q = c.name("q").map_or("", |x| x.as_str());
            let Some(count) = parse_count(q, &c["n"], c.name("n2").map(|x| x.as_str())) else {
                continue;
            };
            taken.push((m.start(), m.end()));
            toll.evidence.push(original(m.start(), m.end()));
            let slot = match kind {
                Kind::Death => &mut toll.deaths,
                Kind::Wounded => &mut toll.wounded,
            };
            *slot = Some(match slot {
                Some(prev) => prev.union(&count),
                None => count,
            });
        }
    }
    if let Some(m) = zero_toll().find(&text) {
        toll.evidence.push(original(m.start(), m.end()));
        toll.deaths.get_or_insert(Casualties::exact(0));
        if m.as_str().to_lowercase().contains("victime") {
            toll.wounded.get_or_insert(Casualties::exact(0));
        }
    }
    toll.claimed = toll.deaths.is_some() && claim().is_match(&text);
    toll
}

/// Whether the army (or another party) says the attack failed, which makes
/// a claimed toll contested.
pub fn is_denial(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i-u)\brepouss[ee]e?s?\b|\bdejou[ee]e?s?\b|\bdement\w*|\bmis en deroute\b|\bcontraint les \w+ au repli\b").expect("regex")).is_match(&crate::fold::ascii_lower_1to1(sentence))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deaths(s: &str) -> Option<Casualties> {
        find_casualties(s).deaths
    }

    #[test]
    fn death_phrasings() {
        assert_eq!(
            deaths("le JNIM a attaqué le camp, tuant 41 soldats."),
            Some(Casualties::exact(41))
        );
        assert_eq!(
            deaths("21 militaires maliens tués, des blessés et des disparus."),
            Some(Casualties::exact(21))
        );
        assert_eq!(
            deaths("tuant entre 40 et 85 soldats maliens."),
            Some(Casualties::range(40, 85))
        );
        assert_eq!(
            deaths("L'attaque a fait au moins 16 morts et 10 blessés."),
            Some(Casualties::at_least(16))
        );
        assert_eq!(
            deaths("tuant plus de 20 soldats maliens selon des élus locaux"),
            Some(Casualties::at_least(20))
        );
        assert_eq!(
            deaths("a causé la mort de 41 soldats maliens"),
            Some(Casualties::exact(41))
        );
        assert_eq!(
            deaths("avec 14 civils tués après qu'une femme"),
            Some(Casualties::exact(14))
        );
        assert_eq!(
            deaths("Quatorze personnes ont été tuées dans le village."),
            Some(Casualties::exact(14))
        );
        assert_eq!(
            deaths("une trentaine de villageois ont été tués"),
            Some(Casualties::range(25, 35))
        );
        assert_eq!(
            deaths("des dizaines de civils tués"),
            Some(Casualties::range(20, 99))
        );
        assert_eq!(
            deaths("Le bilan s'élève à 7 morts."),
            Some(Casualties::exact(7))
        );
        assert_eq!(
            deaths("une bombe a explosé, tuant 11 civils et en blessant 53 autres."),
            Some(Casualties::exact(11))
        );
    }

    #[test]
    fn what_is_not_a_death_toll() {
        assert_eq!(
            deaths("Des dizaines de soldats ont été tués ou blessés, et deux ont été capturés."),
            None
        );
        assert_eq!(
            deaths("des images d'une vingtaine d'hommes prisonniers"),
            None
        );
        assert_eq!(deaths("la destruction de six appareils"), None);
        assert_eq!(deaths("s'être emparé de cinq véhicules"), None);
        assert_eq!(deaths("trois tirs de roquette samedi soir"), None);
        assert_eq!(
            deaths("il y a eu \"des morts\", sans plus de détails"),
            None
        );
        assert_eq!(deaths("Le 17 mars 2019, le JNIM a mené un raid"), None);
    }

    #[test]
    fn wounded_and_zero() {
        let c = find_casualties("tuant 26 soldats maliens et blessant 17 autres.");
        assert_eq!(
            (c.deaths, c.wounded),
            (Some(Casualties::exact(26)), Some(Casualties::exact(17)))
        );
        let c = find_casualties("Aucune victime selon le communiqué de l'armée.");
        assert_eq!(
            (c.deaths, c.wounded),
            (Some(Casualties::exact(0)), Some(Casualties::exact(0)))
        );
        let c = find_casualties("au cours de laquelle « un personnel civil » aurait été blessé");
        assert_eq!(c.wounded, Some(Casualties::exact(1)));
        assert_eq!(c.deaths, None);
    }

    #[test]
    fn claims_and_denials() {
        let c = find_casualties("Ce groupe revendique la mort de 10 soldats maliens, tandis que l'armée malienne assure avoir repoussé l'attaque.");
        assert_eq!(c.deaths, Some(Casualties::exact(10)));
        assert!(c.claimed);
        assert!(is_denial(
            "l'armée malienne assure avoir repoussé l'attaque"
        ));
        assert!(!is_denial("le camp a été attaqué"));
    }
}
