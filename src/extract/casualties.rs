//! Deaths and wounded in French reporting, as ranges.
//!
//! Figures count only with a word that says people died ("tués", "morts",
//! "la mort de", "tuant") or were wounded; prisoners, vehicles and aircraft
//! are not casualties, and "tués ou blessés" without separate figures is
//! no death toll. Qualifiers make ranges: "au moins 16" is a floor,
//! "entre 40 et 85" a range, "une trentaine" about 25–35, "des dizaines"
//! at least 20.
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
    /// Deaths, if the sentence gives a figure (or says there were none):
    /// the groups summed ("17 soldats et 4 civils tués" is 21).
    pub deaths: Option<Casualties>,
    /// Wounded, likewise.
    pub wounded: Option<Casualties>,
    /// Deaths by group, as the sentence gives them, for summing over the
    /// sentences of one account.
    pub death_groups: Vec<(Group, Casualties)>,
    /// Death figures of an earlier report the text says were replaced.
    pub superseded_groups: Vec<(Group, Casualties)>,
    /// The figure is a claim ("revendique", "affirme avoir tué").
    pub claimed: bool,
    /// The words that gave the figures.
    pub evidence: Vec<String>,
    /// Every death figure is "N autres" with no figure before it in the
    /// sentence ("Deux autres ont succombé à leurs blessures"): more dead
    /// of the count an earlier sentence told.
    pub adds_to_told: bool,
    /// The sentence opens its count on a revision ("bilan revu à la
    /// hausse : 17 morts", [`revised_toll`]): its figures replace those of
    /// their group told before.
    pub revises: bool,
    /// Death figures told as a round approximation ("une dizaine de
    /// soldats" is 10): a precise figure for the same group close to one
    /// of them replaces it (see [`precise_over_approximate`]).
    pub approximate: Vec<(Group, Casualties)>,
    /// Deaths of an earlier event the sentence counts from ("deux jours
    /// après la mort de 26 civils"): not the told event's, but the one
    /// whose day the sentence counts back to.
    pub earlier: Option<Casualties>,
}

impl SentenceToll {
    /// Whether the sentence counts at least one dead: not "aucune
    /// victime", nor a count with no floor.
    pub(crate) fn someone_died(&self) -> bool {
        self.deaths.is_some_and(|d| d.low.is_some_and(|n| n > 0))
    }
}

/// Who a figure counts: tolls over different groups add up ("six soldats
/// tués ... 20 assaillants neutralisés" is 26 dead), figures over one group
/// are the same count told again, or contested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// Everyone ("morts", "personnes", "victimes").
    All,
    /// Soldiers, gendarmes, police, militia members on the state's side.
    Forces,
    /// Civilians.
    Civilians,
    /// The attackers ("assaillants", "terroristes neutralisés").
    Attackers,
}

const NUM: &str = concat!(
    r"(?:\d{1,3}(?:[ .]\d{3})+\b|\d+|",
    r"(?:(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf)[- ])?cents?(?:[- ](?:(?:vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?)(?:(?:-|\s+)et(?:-|\s+)(?:un|une|onze)|[- ](?:dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|un|une))?|dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize|dix|deux|trois|quatre|cinq|six|sept|huit|neuf|un|une))?|(?:soixante-dix|quatre-vingt-dix|vingt|trente|quarante|cinquante|soixante|quatre-vingts?)(?:(?:-|\s+)et(?:-|\s+)(?:un|une|onze)|[- ](?:dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|un|une))?|dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize|dix|deux|trois|quatre|cinq|six|sept|huit|neuf|un|une)",
    r"|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)s?|(?:des|plusieurs)\s+(?:dizaines|centaines)|plusieurs|quelques|(?:de\s+)?nombreu(?:x|ses)|un\s+(?:grand\s+nombre|nombre\s+important))"
);
/// A day told between a killing's noun and its victims ("la mort, ce lundi
/// 15 mars, de 58 personnes", "la mort, dans la nuit du 26 au 27 avril,
/// de trois bergers"): read past. It goes into `format!` as a value, so
/// its braces are single.
const DAY_ASIDE: &str = r"(?:\s*,?\s+(?:ce\s+|le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|dernier))?(?:\s+\d{1,2}(?:er)?\s+[a-z]+(?:\s+\d{4})?)?|\d{1,2}(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?:\s+\d{4})?|dans\s+la\s+nuit\s+(?:de|du)\s+[a-z0-9]+(?:\s+\d{1,2})?\s+(?:a|au)\s+[a-z0-9]+(?:\s+\d{1,2})?(?:\s+[a-z]+)?)\s*,?)?";

/// A plural adjective of nationality or kind after the people counted
/// ("soldats américains", "militaires nigériens", "forces spéciales"):
/// the count goes on after it ("4 soldats américains et 5 militaires
/// nigériens").
const NATIONALITY: &str = r"(?:[a-z]{3,}(?:ains|aines|iens|iennes|ais|aises|ois|oises|eens|eennes)|burkinabes?|nigerians|speciales|speciaux|russes|turcs|belges)";
const QUAL: &str = r"(?:au\s+moins|plus\s+de|plus\s+d'|\+\s*de\s|pres\s+de|pres\s+d'|environ|quelque|pas\s+moins\s+de|au\s+total|entre|jusqu'a|une\s+cinquantaine\s+de|un\s+total\s+de)?";
const FORCES: &str = r"personnels?\s+#?(?:fama|militaires?)|soldats?\s+de\s+la\s+paix|soldats?|commandos|officiers?|sous-officiers?|commandants?|capitaines?|lieutenants?|adjudants?|sergents?|caporaux|caporal|colonels?|recrues?|militaires?|policiers?|gendarmes?|douaniers?|gardiens?|surveillants?(?:\s+de\s+prison)?|gardiens?\s+de\s+prison|agents?\s+penitentiaires?|gardes?|casques?\s+bleus?|elements?\s+des\s+(?:fama|forces)|elements?\s+(?:du|de\s+la|de\s+l'|des)\s*(?:detachement|unite|groupement|escadron|brigade|garnison|poste|camp|bataillon|regiment|compagnie)|membres?\s+des\s+(?:forces|fds|fama)|eaux\s+et\s+forets|(?:combattants\s+)?volontaires?\s+pour\s+la\s+defense\s+de\s+la\s+patrie(?:\s*\(vdp[\x20-\x27\x2a-\x7e]{0,40}\))?|(?:combattants\s+)?volontaires|supplet(?:ifs|ives?)(?:\s+civils)?|vdp|gn|fama|militaires\s+maliens|agents?\s+de\s+(?:securite|police)|forestiers?|mercenaires?\s+(?:russes|de\s+wagner|du\s+groupe\s+wagner|d'africa\s+corps)|paramilitaires?|wagner|instructeurs?\s+russes|russes|fds|cb";
const CIVILIANS: &str = r"civils?|pasteurs?|pretres?|catechistes?|abbes?|(?:sapeurs?-)?pompiers?|benevoles?|journalistes?|envoyes?\s+speciaux|imams?|maires?|enseignants?|marabouts?|prefets?|sous-prefets?|humanitaires?|collaborateurs?|employes?|contractuels?|salaries?|fonctionnaires?|medecins?|infirmiers?|infirmieres?|secouristes?|sages-femmes?|ingenieurs?|techniciens?|agriculteurs?|artisans?|pelerins?|deplaces|refugies|accompagnateurs?|travailleurs?|touristes?|expatries?|ressortissants?|ouvriers?|etudiants?|jeunes?|vieillards?|personnalites?|religieux|guides?|transporteurs?|camionneurs?|apprentis?|convoyeurs?|villageois|habitants?|concitoyens?|compatriotes?|femmes?|jeunes? filles?|filles?|enfants?|fils|freres|soeurs|cousins?|cousines?|neveux|epouses|nourrissons?|bebes?|garcons?|fillettes?|otages?|detenus|prisonniers?|professeurs?|instituteurs?|institutrices?|vigiles?|bergers?|commercants?|commercantes?|marchands?|marchandes?|boutiquiers?|mineurs?|macons?|bouchers?|tailleurs?|mecaniciens?|vendeurs?|vendeuses?|orpailleurs?|passagers?|fideles|paysans?|cultivateurs?|eleveurs?|chauffeurs?|conducteurs?|forains?|voyageurs?|notables?|chasseurs?\s+(?:dozos?|donsos?|traditionnels?)|chasseurs?|dozos?|koglweogos?|miliciens?|pecheurs?|eleves?|personnels?(?:\s+civils?)?|agents?|chefs?\s+de\s+village|elus?|conseillers?|touaregs?|peuls?|peulhs?|peuhls?|dogons?|bambaras?|songhais?|mossis?|fulanis?|haoussas?|zarmas?|djermas?|daoussahaks?|imghads?|francais|francaises?|espagnols?|irlandais|irlandaises?|allemands?|italiens?|americains?|canadiens?|britanniques?|roumains?|chinois|indiens?|sud-africains?|suisses?|belges?|australiens?|autrichiens?|togolais|ivoiriens?|senegalais|beninois|ghaneens?|nigerians?|marocains?|algeriens?|libyens?|tchadiens?|mauritaniens?|guineens?|camerounais|maliens?|maliennes?|nigeriens?|nigeriennes?|burkinabes?|polonais|roumaines?|libanais";
const ATTACKERS: &str = r"groupes?\s+armes\s+terroristes|(?:presumes?|suspects?)\s+(?:terroristes?|jihadistes?|djihadistes?)|assaillants?|attaquants?|agresseurs?|militants?|membres\s+armes|elements\s+(?:armes|terroristes|ennemis|jihadistes|djihadistes)|elements\s+(?:de\s+la\s+secte|de\s+boko\s+haram)|entre\s+eux|entre\s+elles|terroristes?|jihadistes?|djihadistes?|combattants?|islamistes?|insurges?|rebelles?|hommes\s+armes|individus\s+armes|ennemis?|bandits?|gat|hani|ganes?|malfaiteurs?|malfrats?|fuyards?|braqueurs?|kamikazes?|mercenaires?|criminels?|narco-?terroristes?";
/// Titles of one person the group lists do not name, for counts of one
/// ("ont assassiné le cheikh", "le prêtre et cinq fidèles").
const TITLES: &str =
    "cheikh|pasteur|pretre|cure|catechiste|depute|commissaire|directeur|directrice";
const ALL: &str = r"personnes?|hommes?|victimes?|morts?|individus?|membres?|elements?|tues|corps|cadavres|collegues?|camarades?|compagnons?|freres\s+d'armes";

/// Whether the people a count's words name did the killing: the words
/// end on an active killing verb ("deux individus armés ont assassiné"),
/// or on "et tué" in the singular after more than one ("ont enlevé huit
/// personnes à Kani et tué le chef": the verb goes on with the subject's
/// deeds; the eight were taken, not killed).
fn killers_counted(words: &str, count: Casualties) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let words = words.trim_end();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:ont|a|avaient|avait|auraient|aurait)\s+(?:(?:aussi|egalement|encore|froidement|sauvagement)\s+)?(?:tue|abattu|execute|egorge|massacre|assassine|neutralise|elimine)$")
            .expect("regex")
    })
    .is_match(words)
        || (count.low.is_some_and(|n| n > 1)
            && ["et tue", "et abattu", "et execute", "et egorge", "et assassine"]
                .iter()
                .any(|w| words.ends_with(w)))
}

/// The group the last people word before "d'entre eux" names, within
/// the sentence's last 160 bytes.
fn referent_group(before: &str) -> Option<Group> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(r"(?i-u)\b(?:{FORCES}|{CIVILIANS}|{ATTACKERS})\b"))
            .expect("regex")
    });
    let tail = crate::fold::tail(before, 160);
    re.find_iter(tail)
        .filter(|w| !w.as_str().starts_with("entre"))
        .last()
        .map(|w| group_of(w.as_str()))
}

/// "membres de « GAT »", "éléments de l'EIGS", "membres du JNIM": people
/// of an armed group (folded text: the group word, then what follows it).
fn of_an_armed_group(word: &str, after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r#"(?i-u)^\s*(?:de|du|des|d')\s*(?:la\s+|l')?\x22?\s*(?:gat|jnim|eigs|ei|eis|ists|iswap|boko|aqmi|mujao|ansar|daech|daesh|hani|ganes?|katiba|secte|etat\s+islamique|groupes?\s+(?:armes|terroristes|jihadistes|djihadistes|islamistes)|terroristes|jihadistes|djihadistes)\b"#)
            .expect("armed group regex")
    });
    let w = word.trim();
    (w.starts_with("membre") || w.starts_with("element"))
        && re.is_match(crate::fold::head(after, 50))
}

/// Whether the words after a count put its dead in another event than
/// the one told: "dans une autre attaque", "lors d'un autre incident",
/// "au cours d'une seconde embuscade" (folded text).
fn in_another_event(rest: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"^(?:[a-z]+\s+){0,2}?(?:dans|lors\s+d'|au\s+cours\s+d')\s*(?:une?|l')\s*(?:autres?|seconde?|deuxieme)\s+(?:attaques?|embuscades?|incidents?|assauts?|explosions?|incursions?|attentats?|raids?|frappes?)\b")
            .expect("regex")
    })
    .is_match(crate::fold::head(rest, 80))
}

/// What one group word counts.
fn group_of(word: &str) -> Group {
    static RE: OnceLock<[Regex; 3]> = OnceLock::new();
    let re = RE.get_or_init(|| {
        [FORCES, CIVILIANS, ATTACKERS].map(|p| {
            crate::extract::compile::regex(&format!(r"(?i-u)^(?:{p})\b")).expect("group regex")
        })
    });
    let w = word.trim();
    if re[0].is_match(w) {
        Group::Forces
    } else if re[1].is_match(w) {
        Group::Civilians
    } else if re[2].is_match(w) {
        Group::Attackers
    } else {
        Group::All
    }
}

/// Whether the count at `at` tells bodies found ("après la découverte
/// des corps de onze militaires") in a sentence that raises its toll to a
/// new total ("s'élève désormais à 28", "porté à 28"): a part of the total
/// (folded text).
fn found_part_of_a_new_total(text: &str, at: usize) -> bool {
    static FOUND: OnceLock<Regex> = OnceLock::new();
    static TOTAL: OnceLock<Regex> = OnceLock::new();
    let found = FOUND.get_or_init(|| {
        crate::extract::compile::regex(r"\b(?:decouverte|retrouve\w*|decouvert\w*)\s+(?:des\s+|les\s+|de\s+)?(?:corps\s+(?:sans\s+vie\s+)?(?:de|des|d')\s*)?$")
            .expect("regex")
    });
    // The new total is told in the same clause, near the count: a window
    // keeps the check from reading the whole text at every count.
    let near = {
        let before = crate::fold::tail(&text[..at], 300);
        let after = crate::fold::head(&text[at..], 300);
        &text[at - before.len()..at + after.len()]
    };
    found.is_match(crate::fold::tail(&text[..at], 60))
        && TOTAL
            .get_or_init(|| {
                crate::extract::compile::regex(
                    r"\b(?:desormais|porte a|portant a|passe a|s'eleve a|revu a la hausse)\b",
                )
                .expect("regex")
            })
            .is_match(near)
}

/// Whether the count at `start..end` opens a clause on "où" and closes on
/// a time of its own before this one ("où 33 personnes ont été tuées fin
/// juillet", "où dix soldats avaient déjà été tués en février"): an earlier
/// event's dead (folded text).
fn where_earlier(text: &str, start: usize, end: usize) -> bool {
    static TIME: OnceLock<Regex> = OnceLock::new();
    let lead = crate::fold::tail(&text[..start], 12)
        .trim_end()
        .trim_end_matches(',')
        .trim_end();
    if !(lead.ends_with(" ou") || lead.ends_with(",ou") || lead.ends_with(" ou deja")) {
        return false;
    }
    TIME.get_or_init(|| {
        crate::extract::compile::regex(r"^\s*(?:(?:deja|aussi)\s+)?(?:(?:fin|debut|mi-?|courant)\s*(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|en\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|(?:19|20)\d\d)|le\s+mois\s+(?:dernier|passe)|l'an(?:nee)?\s+(?:dernier|derniere|passee?)|la\s+semaine\s+(?:derniere|passee)|(?:[a-z]+\s+)?(?:jours?|semaines?|mois|ans)\s+(?:plus\s+tot|plutot|auparavant))\b")
            .expect("regex")
    })
    .is_match(crate::fold::head(&text[end..], 40))
}

/// "corps de chauffeurs", "dépouilles de soldats": the people whose
/// bodies a count of bodies names right after it (folded text).
fn whose_bodies(after: &str) -> Option<Group> {
    let after = after.trim_start();
    let rest = ["des ", "de ", "d'"]
        .iter()
        .find_map(|of| after.strip_prefix(of))?;
    let word = rest.split_whitespace().next()?;
    match group_of(word) {
        Group::All => None,
        g => Some(g),
    }
}

/// "au CSPS", "à l'hôpital de Djibo", "lors de leur évacuation": where or
/// when the wounded died, right after their count's verb (folded text).
fn died_in_care(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"^\s*(?:(?:au|a\s+l'|a\s+la|dans\s+(?:un|une|le|la|l'))\s*(?:csps|cma|csp|cm|hopital|centre\s+(?:de\s+sante|medical|hospitalier)|chr|chu|dispensaire|infirmerie|formation\s+sanitaire)\b|(?:plus\s+tard|des\s+suites|en\s+cours\s+d'evacuation|lors\s+de\s+(?:leur|son)\s+evacuation|pendant\s+(?:leur|son)\s+evacuation)\b)")
            .expect("regex")
    })
    .is_match(crate::fold::head(after, 60))
}

/// "…, et quatre autres au niveau de l'état-major": a count of others
/// after a comma, with no verb of its own, within a few words of a death
/// figure already read (`starts`) and read by no pattern (`taken`); not
/// when they were wounded, taken or freed (folded text).
fn elided_others(
    text: &str,
    starts: &[usize],
    taken: &crate::fold::Claimed,
) -> Vec<(usize, Casualties)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    if starts.is_empty() || !text.contains("autres") {
        return Vec::new();
    }
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(r"[,;]\s*(?:et\s+)?(?P<n>{NUM})\s+autres\b"))
            .expect("regex")
    });
    // A verb of their own ("et trois autres sont morts dans un accident")
    // tells their fate, which the patterns read or set aside.
    const OWN_VERB: [&str; 11] = [
        "sont ",
        "ont ",
        "a ",
        "avaient ",
        "etaient ",
        "furent ",
        "seraient ",
        "auraient ",
        "se ",
        "y ",
        "qui ",
    ];
    const OTHER_FATE: [&str; 6] = ["bless", "enlev", "libere", "disparu", "captur", "arret"];
    re.captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0).expect("match");
            let after = crate::fold::head(&text[m.end()..], 40);
            let own_verb = OWN_VERB.iter().any(|w| after.trim_start().starts_with(w));
            let other_fate = OTHER_FATE.iter().any(|w| after.contains(w));
            let told_just_before = starts
                .iter()
                .any(|&s| s < m.start() && m.start() - s <= 120);
            if own_verb || other_fate || !told_just_before || taken.overlaps(m.start(), m.end()) {
                return None;
            }
            Some((m.start(), parse_count("", c.name("n")?.as_str(), None)?))
        })
        .collect()
}

/// "(8 militaires, 32 VDP)", "(17 soldats et 36 VDP)": a breakdown
/// in brackets, right after a count, into the forces' own kinds (folded
/// text).
fn forces_breakdown(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"^\s*\(\s*(?:dont\s+)?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:militaires?|soldats?|gendarmes?|policiers?|vdp|volontaires?|douaniers?|fds|gardes?)\b")
            .expect("regex")
    })
    .is_match(crate::fold::head(after, 60))
}

/// "du côté terroriste, trois personnes ...": the side named just before
/// a count over everyone (folded text), or before the verb that counts
/// them ("du côté des assaillants, on dénombre deux morts").
fn side_before(before: &str) -> Option<Group> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:du\s+)?cote\s+(?:(?:des|de\s+l'|de\s+la|du)\s*)?(\w+)\s*[,:]?\s*(?:(?:on|l'on)(?:\s+a)?(?:\s+(?:denombre|compte|deplore|enregistre|signale|note|recense))?\s*|il\s+y\s+(?:a|aurait)\s*(?:eu\s*)?|il\s+(?:est|a\s+ete)\s+(?:denombre|compte|enregistre|signale|note|recense)\s*)?$")
            .expect("side regex")
    });
    let c = re.captures(crate::fold::tail(before, 60));
    // The sentence's opening side is looked for only when no side stands
    // right before the count.
    let opening;
    let side = match &c {
        Some(c) => c.get(1).map_or("", |m| m.as_str()),
        None => {
            opening = sentence_opens_on_a_side(before)?;
            opening.as_str()
        }
    };
    if [
        "ennemi",
        "adverse",
        "terroris",
        "jihadist",
        "djihadist",
        "assaillant",
        "attaquant",
        "agresseur",
        "rebelle",
        "insurg",
        "islamist",
        "bandit",
    ]
    .iter()
    .any(|w| side.starts_with(w))
    {
        return Some(Group::Attackers);
    }
    if ["ami", "armee", "forces", "militaire"]
        .iter()
        .any(|w| side.starts_with(w))
    {
        return Some(Group::Forces);
    }
    None
}

/// "Côté victimes militaires, plus tôt dans la soirée, la gendarmerie
/// publiait un bilan de 15 hommes tués": a sentence that opens on a side,
/// and names no other before the count, counts that side's dead (folded
/// text before the count). The side's word.
fn sentence_opens_on_a_side(before: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let window = crate::fold::tail(before, 160);
    let at = window.rfind("cote ")?;
    let head = window[..at].trim_end();
    let head = head.strip_suffix("du").unwrap_or(head).trim_end();
    let opens = if head.is_empty() {
        window.len() == before.len()
    } else {
        head.ends_with(['.', ';', ':'])
    };
    if !opens {
        return None;
    }
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^cote\s+(?:(?:des|de\s+l'|de\s+la|du)\s*)?(?:(?:victimes|pertes|bilan)\s+)?(\w+)\s*,")
            .expect("regex")
    })
    .captures(&window[at..])
    .map(|c| c[1].to_string())
}

/// The side whose own dead a sentence counts "de son côté", "pour sa
/// part": the forces when the words before name them, else the armed
/// group or movement that speaks (folded text).
fn own_side_told(text: &str) -> Option<Group> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:deplore\w*|a\s+perdu|ont\s+perdu|compte\w*|enregistre\w*|reconnai\w*|reconnu|admet\w*|a\s+eu|ont\s+eu)\s+(?:de\s+son\s+cote|de\s+leur\s+cote|pour\s+sa\s+part|pour\s+leur\s+part)\b")
            .expect("regex")
    });
    let m = re.find(text)?;
    let subject = crate::fold::tail(&text[..m.start()], 60);
    let forces = [
        "armee",
        "fama",
        "forces",
        "militaires",
        "soldats",
        "etat-major",
        "gouvernement",
        "fds",
    ];
    Some(if forces.iter().any(|w| subject.contains(w)) {
        Group::Forces
    } else {
        Group::Attackers
    })
}

/// The side a count names right after its figure: "du côté des
/// rebelles", "dans les rangs de l'armée", "côté ennemi" (folded text).
fn side_after(after: &str) -> Option<Group> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^[\s,]*(?:\w+\s+){0,2}?(?:(?:et\s+)?\d+\s+blesses\s+)?(?:(?:ont|a)\s+ete\s+\w+\s+)?(?:du\s+cote\s+(?:des|de\s+l'|de\s+la|du)|dans\s+les\s+rangs\s+(?:des|de\s+l'|de\s+la|du)|parmi\s+les|cote)\s*(\w+)")
            .expect("side regex")
    });
    let c = re.captures(crate::fold::head(after, 60))?;
    let side = c[1].trim();
    // "parmi les civils et les militaires": both sides, a count over all.
    // Not "89 morts côté ami et 77 côté ennemi": another count follows.
    let rest = after[c.get(1).expect("side").end()..].trim_start();
    let next_count = rest
        .trim_start_matches(|ch: char| ch == ',' || ch.is_whitespace())
        .trim_start_matches("et ")
        .starts_with(|ch: char| ch.is_ascii_digit());
    // "parmi les civils, les militaires et ...": a comma that lists
    // another side; not ", selon le gouvernement".
    let lists_another = |r: &str| {
        let r = r.trim_start_matches(|ch: char| ch == ',' || ch.is_whitespace());
        let r = ["et les ", "les ", "des ", "et "]
            .iter()
            .find_map(|w| r.strip_prefix(w))
            .unwrap_or(r);
        group_of(r.split_whitespace().next().unwrap_or("")) != Group::All
    };
    if (rest.starts_with("et ")
        || rest.starts_with("ainsi que")
        || (rest.starts_with(',') && lists_another(rest)))
        && !next_count
    {
        return None;
    }
    if side.starts_with("ennemi") || side.starts_with("adverse") {
        return Some(Group::Attackers);
    }
    // "du côté des Nigériens", in a Nigerien report: the army's side,
    // though "trois Maliens" tués are people of any kind.
    if side.starts_with("ami")
        || side.starts_with("armee")
        || side.starts_with("forces")
        || ["maliens", "nigeriens", "burkinabe"]
            .iter()
            .any(|w| side.starts_with(w))
    {
        return Some(Group::Forces);
    }
    // Group words may take two words ("casques bleus").
    let two: String = after[c.get(1).expect("side").start()..]
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    match group_of(&two) {
        Group::All => None,
        g => Some(g),
    }
}

/// Stems of the words a bracket counts the dead or wounded with ("(dont
/// 2 morts)", "(3 tués, 4 blessés)"): such a bracket is part of the toll.
const TOLL_STEMS: [&str; 6] = ["mort", "tue", "bless", "deced", "peri", "neutralis"];

/// Words that say people died, in every voice ("tués", "ont péri",
/// "neutralisés", "retrouvés morts").
const DIED: &str = r"(?:mortellement\s+(?:touchee?s?|atteinte?s?|blessee?s?|fauchee?s?)|mise?s?\s+hors\s+de\s+combat|tombes?(?:\s+au\s+champ\s+d'honneur|\s+en\s+heros)?|tues?e?s?|morts?|mortes|mouraient|moururent|meurent|abattu(?:e|s|es)?|executee?s?|egorgee?s?|massacree?s?|assassinee?s?|neutralisee?s?|eliminee?s?|decedee?s?|calcinee?s?|brulee?s?\s+(?:vifs?|vives?)|pulverisee?s?|carbonisee?s?|peri|ont\s+peri|ont\s+perdu\s+la\s+vie|a\s+perdu\s+la\s+vie|perdue?s?\s+la\s+vie|perissent|ont\s+trouve\s+la\s+mort|a\s+trouve\s+la\s+mort|trouve\s+la\s+mort|sans\s+vie|retrouves?\s+morts?|succombe|ont\s+succombe|a\s+succombe|meurent|meurt|restee?s?\s+sur\s+(?:le\s+carreau|le\s+terrain|le\s+champ\s+de\s+bataille))";

fn patterns() -> &'static [(Kind, Regex)] {
    static RE: OnceLock<Vec<(Kind, Regex)>> = OnceLock::new();
    RE.get_or_init(|| {
        let people = format!(r"(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS}|{ALL})");
        // "entre 6 et 9", "200 à 300"; "une quarantaine, voire une
        // centaine", "dix ou douze": the second figure is the high one.
        let n = format!(r"(?P<q>{QUAL})\s*\b(?P<n>{NUM})(?:\s+(?:et|a)\s+(?P<n2>\d+|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)|quinze|vingt|trente|quarante|cinquante|soixante|cent)|,?\s+(?:voire|ou\s+meme|ou)\s+(?P<n3>\d+|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent))?");
        // "17 soldats, 4 civils et": earlier groups of a list whose last
        // member carries the verb ("Cinq hommes et deux garçons").
        // "et leur chauffeur", "et son fils", after "la vie à un
        // policier" "et à un civil": one more person after a count,
        // without a number (see `one_more`).
        // "et plusieurs autres soldats nigériens", "ainsi que d'autres
        // civils": at least two more, how many more not said.
        // "Cinq soldats et trois autres ont été tués": that many more.
        let plus = format!(r"(?P<plus>\s+et\s+(?:leur|son|sa|le|la|l'|un|une)\s*[a-z-]+|\s+et\s+(?:a\s+|au\s+)(?:leur\s+|son\s+|sa\s+|la\s+|l'|un\s+|une\s+)?[a-z-]+|\s+(?:et|ainsi\s+que)\s+(?:plusieurs\s+|d'|(?P<plusn>{NUM})\s+)autres(?:\s+[a-z-]+){{0,2}})");
        // Bodies found or gathered are deaths.
        let found = "(?:exhumee?s|relevee?s|decouverte?s|retrouvee?s|denombree?s|recuperee?s|repechee?s|recensee?s|ramassee?s|rassemblee?s|inhumee?s|enterree?s|identifiee?s|abandonnee?s)";
        // "ont tué six soldats et 34 VDP": more groups after the first,
        // each with its count (read by `list_members`).
        let after = format!(r"(?P<after>(?:\s*(?:,|et|ainsi\s+que)\s*(?:de\s+|d')?(?:ses\s+|leurs\s+)?(?:{QUAL})\s*\b(?:{NUM})\s+(?:de\s+|d')?(?:ses\s+|leurs\s+|nos\s+)?(?:{FORCES}|{CIVILIANS}|{ATTACKERS}|personnes)\b(?:\s+{NATIONALITY})?)*)");
        let list = format!(r"(?P<list>(?:(?:{QUAL})\s*\b(?:{NUM})\s+(?:de\s+|d'(?:autres\s+)?)?(?:ses\s+|leurs\s+|nos\s+)?(?:(?:heros|braves|vaillants)\s+)?(?:{FORCES}|{CIVILIANS}|{ATTACKERS}|personnes|hommes)(?:\s*\([\x20-\x27\x2a-\x7e]{{1,80}}\)|\s+-\s+[\x20-\x2c\x2e-\x7e]{{3,60}}?\s+-)?(?:\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+)?[a-z]+)??(?:\s+(?:d'une|d'un|de\s+la|de\s+l'|du|des|de|d')\s*[a-z]+(?:\s+(?:de\s+|d')?[a-z]+){{0,2}}?)??(?:\s*,\s*de\s+nationalite\s+[a-z]+\s*,)?\s*(?:,|et|ainsi\s+que)\s*(?:de\s+)?)*)");
        // These patterns are large (every number word, every group of
        // people): a lazy DFA cache of the default size thrashes on them
        // and extraction spent most of its time rebuilding states.
        let p = |k: Kind, s: String| {
            (
                k,
                crate::extract::compile::regex_with_room(&format!("(?i-u){s}"), 64 << 20)
                    .expect("toll regex"),
            )
        };
        vec![
            // "tuant 41 soldats", "ont tué 22 villageois", "a coûté la vie à six soldats",
            // "tuant cinq membres des milices et un élu" (the group's
            // qualifier before the list goes on),
            // "neutralisé 7 terroristes", "causant la mort de 3 civils"
            p(Kind::Death, format!(r"\b(?:(?:mis|mettant|mettre|mettent|mettaient|mettait)\s+hors\s+(?:d'etat\s+de\s+nuire|de\s+combat)|tuant|tue|tuee|tues|tuer|tuent|abat|abattu|abattant|abattre|abattent|execute|executant|executent|executer|egorge|egorgeant|egorgent|egorger|massacre|massacrant|massacrent|massacrer|assassine|assassines|assassinent|assassiner|neutralise|neutralisant|neutraliser|neutralisent|elimine|eliminant|eliminer|eliminent|coutant\s+la\s+vie(?:\s+(?:[a-z]+\s+){{0,2}}?a)?|coute\s+la\s+vie(?:\s+(?:[a-z]+\s+){{0,2}}?a)?|(?:ote|otant|oter|otent)\s+la\s+vie\s+a|(?:ete|fut|furent|revelee?s?|reveles)\s+fatale?s?\s+a|fatals\s+a|causant\s+la\s+(?:mort|perte)\s+(?:de|d')|cause\s+la\s+(?:mort|perte)\s+(?:de|d')|entrainant\s+la\s+(?:mort|perte)\s+(?:de|d')|entraine\s+la\s+(?:mort|perte)\s+(?:de|d'))(?:\s*,\s*(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+\d{{1,2}}(?:er)?\s+[a-z]+(?:\s+\d{{4}})?)?\s*,)?[\s\x22']+(?:(?:(?:(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|hier|ce\s+matin|cette\s+nuit|cette\s+semaine|ce\s+week-end)(?:\s+(?:matin|soir|apres-midi|nuit|dernier|passe))?(?:\s+\d{{1,2}}(?:er)?\s+[a-z]+(?:\s+\d{{4}})?)?|dans\s+la\s+nuit\s+(?:de|du)\s+[a-z]+(?:\s+\d{{1,2}})?\s+(?:a|au)\s+[a-z]+(?:\s+\d{{1,2}})?(?:\s+[a-z]+)?|le\s+\d{{1,2}}(?:er)?\s+[a-z]+(?:\s+\d{{4}})?)[\s,\x22']+)?(?:(?:a|dans)\s+(?:(?:le|la)\s+(?:village|localite|ville|commune)\s+(?:de\s+|d'))?[a-z][a-z'-]+[\s,]+)?(?:(?:sommairement|froidement|lachement|atrocement|sauvagement|par\s+balles?|sur\s+place|sur\s+le\s+coup|a\s+bout\s+portant|de\s+sang-froid|par\s+egorgement)\s+)?(?:(?:un|une)\s+(?:groupe|bande|colonne|cellule)(?:\s+armee?)?\s+(?:de\s+|d'))?{n}\s+(?:autres\s+)?(?:de\s+|d'entre\s+|d'|des\s+)?(?:nos\s+|leurs\s+|ses\s+)?{people}(?:\s+(?:nationa(?:l|le|ux|les)|municipa(?:l|le|ux|les)|communa(?:l|le|ux|les)|locale?s?|locaux))?(?:\s+{NATIONALITY})?(?:\s+(?:des|du|de\s+la|de\s+l')\s*[a-z-]+(?:\s+(?:de|d'|du|des)\s*[a-z-]+)?(?:\s+{NATIONALITY}){{0,2}})?{plus}?{after}")),
            // "le MSA a perdu au moins dix hommes", "les rebelles ont eux
            // aussi perdu plusieurs éléments", "ont eux-mêmes perdu 17
            // hommes": a side's own dead.
            p(Kind::Death, format!(r"\b(?:(?:a|ont|avons|avions|avoir|avait|avaient|aurait|auraient)\s+(?:(?:aussi|egalement|encore|eux\s+aussi|eux-memes|elle-meme|lui-meme|de\s+leur\s+cote|pour\s+leur\s+part|quant\s+a\s+eux)\s+)?perdu|perd|perdent)\s+(?P<lost>){n}\s+(?:(?:de\s+|d')?(?:ses\s+|leurs\s+|nos\s+)?{people}|(?:des|de)\s+(?:leurs|siens|notres)\b)")),
            // "21 militaires maliens tués", "16 soldats ont été tués", "17 soldats et 4 civils tués"
            p(Kind::Death, format!(r"{list}(?:les\s+|ses\s+|leurs\s+)?{n}\s+(?:de\s+|d'(?:autres\s+)?)?(?:ses\s+|leurs\s+|nos\s+)?(?:(?:heros|braves|vaillants)\s+)?{people}(?:(?:\s*,\s*(?:{FORCES}|{CIVILIANS}))*\s+et\s+(?:{FORCES}|{CIVILIANS})\b)?(?:(?:\s+[a-z'-]+){{0,3}}?{plus}|(?:\s+[a-z'-]+){{0,3}}?(?:\s+(?:de\s+la|de\s+l'|du|des)\s*[a-z]+)?)(?:(?:\s*,\s*|\s+)(?:dont|parmi\s+(?:eux|lesquels|lesquelles))\s+[\x20-\x2b\x2d-\x7e]{{1,60}},|\s*,\s*(?:{QUAL})\s*\b(?:{NUM})\s+[\x20-\x2b\x2d-\x7e]{{1,60}},|\s+dont\s+(?:le|la|l'|un|une|leur|son|sa|des)\s*[a-z']+(?:\s+[a-z0-9']+){{0,8}}?|\s+dont\s+(?:\d{{1,3}}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+[a-z']{{3,}}(?:\s+[a-z']+){{0,3}}?|\s*,\s*dont\s+(?:{QUAL})\s*\b(?:{NUM})\s+[a-z']+(?:\s+[a-z']+){{0,2}}?|\s*\([\x20-\x27\x2a-\x7e]{{1,40}}\))?\s+(?:(?:ont|avaient|auraient|aurait|a)\s+(?:(?:aussi|egalement|encore)\s+)?ete\s+|sont\s+|seraient\s+|(?:ont|avaient)\s+(?:aussi|egalement|encore)\s+|ont\s+|avaient\s+|y\s+ont\s+)?(?:(?:tous|aussi|egalement)\s+)?{DIED}\b")),
            // "au moins 16 morts", "un mort", "une dizaine de morts", "3 décès"
            // "5 morts côté FAMa, 3 côté terroristes": each side's dead,
            // as logs and communiqués tally them.
            p(Kind::Death, format!(r"{n}\s+(?:(?:morts?|tues?)\s+)?(?:du\s+|de\s+|dans\s+le\s+)?cote\s+(?:des\s+|de\s+l'|du\s+|de\s+la\s+)?(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS}|fama|amis?|ennemis?)\b")),
            // "une famille de 7 tuée": the family's members.
            p(Kind::Death, format!(r"\bune\s+famille\s+(?:entiere\s+)?de\s+{n}\s+(?:personnes\s+|membres\s+)?(?:a\s+ete\s+|aurait\s+ete\s+)?(?:tuee|massacree|decimee|assassinee|executee|abattue|calcinee)\b")),
            // "une famille entière a été tuée": its members, two at
            // least, not the one a singular verb would say.
            p(Kind::Death, r"\b(?P<n>(?:toute\s+)?(?:une|la|sa|leur)\s+famille)\s+(?:entiere\s+)?(?:a\s+ete\s+|aurait\s+ete\s+)?(?:tuee|massacree|decimee|assassinee|executee|abattue|calcinee|egorgee|exterminee)\b".to_string()),
            // "trois soldats blessés, dont un mortellement": one died. So
            // did "11 militaires blessés dont 1 décédé".
            p(Kind::Death, format!(r"\bdont\s+{n}\s+(?:\w+\s+)?(?:mortellement|decedee?s?|(?:a|ont)\s+(?:depuis\s+)?succombe|(?:est|sont)\s+(?:depuis\s+)?decedee?s?)\b")),
            // A log's "Bilan : 15 corps, 3 blessés" counts bodies (not "19
            // corps d'assaillants", counted with the attackers, nor "un corps
            // laissé sur le terrain" of one already counted); so does "une
            // trentaine de corps abandonnés par les assaillants".
            p(Kind::Death, format!(r"{n}\s+(?:de\s+|d')?(?:(?:morts?|tues?|decedee?s?|deces|martyrs?|victimes\s+mortelles|pertes\s+en\s+vies?\s+humaines?|cadavres|corps\s+sans\s+vie|corps\s+(?:(?:terroristes|ennemis|jihadistes|djihadistes)\s+)?(?:abandonnes|retrouves|decouverts|denombres|ramasses)\b)\b|corps(?:\s*[,;.)]|\s*$|\s+et\s))")),
            // "la mort de 41 soldats", "l'assassinat d'un élu", "l'exécution
            // de trois bergers", "le décès de deux gendarmes", "les corps de
            // douze bergers"
            p(Kind::Death, format!(r"\b(?:la\s+mort|(?:les|des)\s+(?:corps|cadavres|depouilles)(?:\s+sans\s+vie)?|(?:l'|les\s+|un\s+)?assassinats?(?:\s+(?:cibles?|barbares?|odieux|laches?))?|(?:l'|les\s+|une\s+|des\s+)?executions?(?:\s+(?:sommaires?|extrajudiciaires?))?|le\s+meurtre|le\s+deces|l'egorgement|(?:la\s+|une\s+)?neutralisation|l'elimination){DAY_ASIDE}\s+(?:de\s+|d'|des\s+){n}\s*(?:\s\w+\s+|\sd')?{people}{after}")),
            // "le massacre de quelque 160 Peuls", "la tuerie de 30
            // villageois": the noun counts the dead, whoever they were
            // (things are checked in code).
            // The day and the place may come between ("le massacre le 23
            // mars dernier à Ogossagou de quelque 160 Peuls").
            p(Kind::Death, format!(r"\b(?:(?:(?:le|du|au|un)\s+)?massacre|les\s+massacres|(?:(?:la|une)\s+)?tuerie)(?:,?\s+(?:le\s+\d{{1,2}}(?:er)?\s+[a-z]+(?:\s+\d{{4}})?(?:\s+dernier)?|(?:a|au|dans\s+le\s+village\s+(?:de\s+|d'))\s*[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)){{1,2}},?\s+(?:de\s+|d'){n}\s+(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS}|{ALL}|[a-z]{{3,}}(?:s|x))\b")),
            p(Kind::Death, format!(r"\b(?:(?:(?:le|du|au|un)\s+)?massacre|les\s+massacres|(?:(?:la|une)\s+)?tuerie)\s+(?:de\s+|d'){n}\s+(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS}|{ALL}|[a-z]{{3,}}(?:s|x))\b")),
            // "et trois autres ont succombé à leurs blessures", "2
            // blessés décédés dans la soirée": more dead of the group just
            // counted (added in code); "Ladji et trois
            // autres volontaires pour la défense de la patrie ont été
            // tués" names them.
            p(Kind::Death, format!(r"\b{n}\s+(?P<more>autres?|(?:des\s+)?blesses)(?:\s+(?:{FORCES}|{CIVILIANS}))?\s+(?:ont\s+ete\s+|ont\s+|sont\s+|seraient\s+|auraient\s+|a\s+ete\s+|est\s+|aurait\s+ete\s+)?(?:{DIED})\b")),
            // "avant d'en abattre quatre autres au niveau du village":
            // "en" stands for the people just counted; more of them died.
            p(Kind::Death, format!(r"\ben\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?:tue|tuer|abattu|abattre|execute|executer|egorge|egorger|assassine|assassiner|neutralise|neutraliser)\s+{n}\s+(?P<more>autres)\b")),
            // "le maire de Djibo, tué avec trois autres personnes": the
            // one just named and three more.
            p(Kind::Death, format!(r"\b(?:tue|tuee|abattu|abattue|assassine|assassinee|execute|executee|egorge|egorgee)\s+(?:[a-z]+\s+){{0,2}}?avec\s+{n}\s+(?P<more>autres)\b")),
            // "ont laissé 24 corps sur le terrain", "récupéré dix-neuf corps d'assaillants"
            // Bodies left on the ground, recovered or counted after a fight
            // are the attackers' ("ont laissé 24 corps sur le terrain").
            p(Kind::Death, format!(r"\b(?:laiss\w*|recupere\w*|denombre\w*)\s+{n}\s+(?:corps|cadavres|morts?)(?:\s+(?:d'assaillants|de\s+terroristes|d'ennemis|de\s+jihadistes|sans\s+vie))?")),
            p(Kind::Death, format!(r"\b(?:retrouve\w*|compte\w*|decouv\w*|exhume\w*|releve\w*)(?:\s+[a-z]+){{0,2}}?\s+{n}\s+(?:de\s+)?(?P<p>corps|cadavres)(?:\s+(?:d'assaillants|de\s+terroristes|d'ennemis|de\s+jihadistes|sans\s+vie))?")),
            // "Deux envoyés spéciaux de RFI, X et Y, ont été tués": the
            // verb far from its subject (the gap is checked in code).
            p(Kind::Death, format!(r"{n}\s+(?:de\s+|d')?{people}(?P<gap>,?(?:\s+[\x21-\x2d\x2f-\x3a\x3c-\x7e]+){{1,16}}?)\s+(?:ont|a|avaient|avait|auraient|aurait|sont|est|seraient|serait)\s+(?:(?:aussi|egalement|encore|elles?\s+aussi|eux\s+aussi)\s+)?(?:ete\s+)?(?:tous\s+)?(?:(?:froidement|lachement|sauvagement|sommairement)\s+)?(?:tues?e?s?|abattu(?:e|s|es)?|executes?|assassines?|egorges?|massacres?|peri|perdu\s+la\s+vie|trouve\s+la\s+mort|retrouve(?:e|s|es)?\s+(?:sans\s+vie|morte?s?))\b")),
            // "25 corps ont été exhumés", "deux corps de civils découverts":
            // bodies found are deaths.
            p(Kind::Death, format!(r"{n}\s+(?:corps|cadavres)\s+(?:de\s+|d')(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS})(?:\s+[a-z]+){{0,3}}?\s+(?:ont\s+ete\s+|ont\s+|avaient\s+ete\s+|a\s+ete\s+|sont\s+)?{found}\b")),
            p(Kind::Death, format!(r"{n}\s+(?P<p>corps|cadavres)(?:\s+[a-z]+){{0,3}}?\s+(?:ont\s+ete\s+|ont\s+|avaient\s+ete\s+|a\s+ete\s+|sont\s+)?{found}\b")),
            // "des inconnus ont abattu le policier", "tuant le chef du
            // village": one person, named by a definite article; "tuant le
            // pasteur, deux de ses fils et trois fidèles": and the groups
            // counted after.
            // "des hommes armés tuent le maire", as log lines tell it.
            p(Kind::Death, format!(r"\b(?:tuant|tue|tuee|tuent|abattu|abattant|abattent|abat|execute|executant|executent|egorge|egorgent|assassine|assassinant|assassinent|neutralise|neutralisant|neutralisent)\s+(?P<n>l'une?\s+(?:des|de\s+(?:ses|leurs|nos))|le|la|l'|son|sa|leur)\s*(?:premier\s+|premiere\s+|jeune\s+|vieux\s+|vieil\s+)?(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS}|adjoints?|chefs?|cadres?|responsables?|leaders?|{TITLES}|cheick|directeur|directrice|conseillere?|fils|fille|frere|soeur|pere|mere|epouse|mari|neveu|oncle)\b(?P<people>(?:(?:\s+[a-z']+){{0,5}}?\s*,\s*(?:son|sa|leur|le|la|l')\s*[a-z-]+(?:\s+[a-z-]+)??)*(?:\s+[a-z']+){{0,5}}?\s+(?:et|ainsi\s+que)\s+(?:(?:son|sa|leur|le|la|l')\s*[a-z-]+|(?:un|une)\s+(?:{FORCES}|{CIVILIANS}|{TITLES}|chef|adjoint|directeur|directrice))\b)?{after}")),
            // "le premier adjoint au maire de Fatoma a été tué", "son
            // chauffeur a été tué", "seul l'assaillant est tué", "un berger
            // avait lui aussi été assassiné": one person
            // (the words between are checked in code).
            p(Kind::Death, format!(r"\b(?P<n>le|la|l'|son|sa|leur|un|une)\s*(?:premier\s+|premiere\s+|jeune\s+|vieux\s+|vieil\s+|brave\s+|pauvre\s+|paisible\s+|autre\s+|ancien\s+|ancienne\s+|dangereux\s+|redoutable\s+|ex-)?(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS}|adjoints?|chefs?|cadres?|responsables?|leaders?|malfrats?|motocyclistes?|occupants?|fils|fille|frere|soeur|pere|mere|epouse|mari|neveu|niece|oncle|cousin|cousine)(?P<gap>(?:\s+[\x21-\x2d\x2f-\x3a\x3c-\x7e]+){{0,12}}?)\s+(?:(?:a|aurait|avait)\s+(?:(?:lui|elle)\s+aussi\s+|egalement\s+|aussi\s+|deja\s+)?ete\s+|est\s+|fut\s+|s'est\s+)?(?:tue|tuee|abattu|abattue|execute|executee|assassine|assassinee|egorge|egorgee|neutralise|mort|morte|decede|decedee|a\s+peri|a\s+succombe|(?:a\s+perdu|perdait|perdit)\s+la\s+vie|(?:a\s+trouve|trouvait|trouva)\s+la\s+mort)\b")),
            // "l'assassinat du préfet d'Oursi", "le corps d'un agent
            // humanitaire (retrouvé)", "le meurtre de la
            // conseillère": one person, named by an office.
            // "occasionnant le décès de son épouse", "provoquant la mort
            // d'un gendarme": one person too.
            p(Kind::Death, format!(r"\b(?:(?:l'|un\s+)?(?:assassinat|meurtre|egorgement|execution)|la\s+mort|le\s+deces|(?:(?:le|son)\s+|^\s*)corps(?:\s+sans\s+vie)?)\s+(?P<n>du|de\s+la|de\s+l'|de\s+son|de\s+sa|de\s+leur|d'un|d'une)\s*(?:premier\s+|premiere\s+|jeune\s+|vieux\s+|vieil\s+)?(?P<p>{FORCES}|{CIVILIANS}|adjoints?|chefs?|cadres?|responsables?|leaders?|prefets?|sous-prefets?|maires?|commissaires?|directeurs?|directrices?|conseill\w+|pasteurs?|pretres?|cures?|catechistes?|deputes?|notables?|commercants?|chauffeur|epouse|mari|fils|fille|frere|soeur|pere|mere|neveu|niece|oncle|cousin|cousine|enfant|bebe|nourrisson)\b(?P<plus>(?:\s+[a-z]+)?\s+et\s+(?:du|de\s+la|de\s+l'|de\s+son|de\s+sa|de\s+leur|d'un|d'une)\s*[a-z-]+)?")),
            // "quatre militaires ont été tués, ainsi qu'un civil": one more
            // group after the verb (the words before are checked in code).
            p(Kind::Death, format!(r"\bainsi\s+qu(?:e\s+|')\s*{n}\s+(?:de\s+|d')?{people}")),
            // "Il est mort sur le coup", "elle a succombé": one person.
            p(Kind::Death, r"\b(?P<n>il|elle)\s+(?:(?:a\s+ete\s+|aurait\s+ete\s+|est\s+|s'est\s+)(?:tue|tuee|abattu|abattue|execute|executee|assassine|assassinee|mort|morte|decede|decedee)|a\s+(?:succombe|peri|perdu\s+la\s+vie|trouve\s+la\s+mort))\b".to_string()),
            // "Deux kamikazes se sont fait exploser": they died.
            // "5 jihadistes, probablement du Mujao, se sont fait exploser":
            // an aside between commas may part them from the verb.
            p(Kind::Death, format!(r"{n}\s+(?P<p>kamikazes?|assaillants?|attaquants?|hommes|individus|d'entre\s+eux|jihadistes?|djihadistes?|terroristes?|islamistes?|combattants?)(?:\s*,[\x20-\x2b\x2d\x2f-\x3a\x3c-\x7e]{{1,110}}(?:,[\x20-\x2b\x2d\x2f-\x3a\x3c-\x7e]{{1,80}})?,)?\s+(?:[\x21-\x2b\x2d\x2f-\x3a\x3c-\x7e]+\s+){{0,6}}?(?:se\s+sont|s'est|se\s+fait|se\s+font)\s+(?:fait\s+)?(?:exploser|sauter)\b")),
            // "4 occupants tués", "deux motocyclistes abattus", "quelque 160
            // Peuls avaient été tués": a count of people the lists above do
            // not name (things are checked in code).
            p(Kind::Death, format!(r"{n}\s+(?P<p>[a-z]{{3,}}(?:s|x))(?:\s+[a-z']+){{0,5}}?\s+(?:ont\s+ete\s+|avaient\s+ete\s+|auraient\s+ete\s+|a\s+ete\s+|sont\s+|seraient\s+|ont\s+|avaient\s+)?(?:tous\s+)?(?:tues|tuees|abattus|abattues|executes|egorges|assassines|neutralises|pulverises|carbonises|se\s+sont\s+fait\s+tuer|peri|morts|perdu\s+la\s+vie|trouve\s+la\s+mort)\b")),
            // "ont débarqué neuf passagers pour les exécuter", "enlevé
            // cinq bergers avant de les égorger": the people taken are
            // the dead (things are checked in code).
            p(Kind::Death, format!(r"{n}\s+(?P<p>[a-z]{{3,}}(?:s|x))(?:\s+[a-z']+){{0,4}}?\s+(?:pour|avant\s+de|avant\s+d'|puis|et)\s+(?:de\s+)?les\s+(?:executer|tuer|abattre|egorger|massacrer|assassiner|executerent|tuerent|abattirent|egorgerent|ont\s+(?:executes|tues|abattus|egorges|assassines)|a\s+(?:executes|tues|abattus|egorges))\b")),
            // "une frappe a fait 17 victimes civiles": victims of a
            // killing are its dead.
            p(Kind::Death, format!(r"\b(?:a\s+fait|ont\s+fait|faisant|causant|a\s+cause)\s+{n}\s+(?:de\s+)?victimes(?:\s+civiles)?\b")),
            // "on déplore six victimes, dont deux femmes, et quatre autres
            // blessés": victims set against the wounded are the dead.
            p(Kind::Death, format!(r"{n}\s+victimes\b[\x00-\x2d\x2f-\x3a\x3c-\x7f]{{0,50}}?\b(?:et|ainsi\s+que|outre)\s+(?:[a-z0-9]+\s+)?(?:autres\s+)?blesses\b")),
            // "cinq de ces personnes ont été retrouvées mortes"
            p(Kind::Death, format!(r"{n}\s+(?:de\s+ces\s+|d'entre\s+(?:eux|elles)\s+)?(?:{people}\s+)?(?:[a-z']+\s+){{0,3}}?(?:ont\s+ete\s+|sont\s+|avaient\s+ete\s+|etaient\s+|ont\s+)?retrouve(?:e|s|es)?\s+(?:morte?s?|sans\s+vie|tuee?s?)\b")),
            // "le chef des VDP de la commune ainsi que sa femme ont été
            // tués", "le maire et son fils ont été tués": one person named
            // by an article, and a relative or companion with them.
            p(Kind::Death, format!(r"\b(?P<n>le|la|l'|un|une|son|sa|leur)\s*(?:premier\s+|premiere\s+|jeune\s+|vieux\s+|vieil\s+)?(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS}|adjoints?|chefs?|cadres?|responsables?|leaders?)(?P<gap>(?:,?\s+[\x21-\x2b\x2d-\x7e]+){{0,16}}?),?(?P<plus>\s+(?:et|ainsi\s+que)\s+(?:leur|son|sa)\s+(?:jeune\s+|petit\s+|petite\s+|grand\s+|grande\s+|propre\s+)?[a-z-]+),?\s+(?:ont\s+ete\s+|ont\s+|sont\s+|auraient\s+ete\s+|avaient\s+ete\s+)?(?:tous\s+(?:deux\s+)?|les\s+deux\s+)?(?:tues|tuees|abattus|assassines|executes|egorges|morts|decedes)\b")),
            // "M. Amadou Diallo a été tué", "le secrétaire du sous-préfet a
            // été assassiné": a verb in the singular passive kills one
            // person, whoever the subject is (a count nearer the verb, read
            // by the patterns above, takes its place).
            p(Kind::Death, r"\b(?P<n>a\s+ete)\s+(?:(?:froidement|lachement|sauvagement|sommairement|atrocement|egalement|aussi)\s+)?(?:tue|tuee|assassine|assassinee|abattu|abattue|execute|executee|egorge|egorgee)\b".to_string()),
            // "Idrissa Oumarou, enseignant et conseiller communal, abattu
            // lundi soir": a log line's singular participle after an
            // apposition, "a été" left out, kills one person.
            p(Kind::Death, r"(?P<n>,)\s+(?:(?:froidement|lachement|sauvagement|sommairement|atrocement)\s+)?(?:tue|tuee|assassine|assassinee|abattu|abattue|execute|executee|egorge|egorgee)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|le\s+\d|ce\s|cette\s|dans\s|par\s|a\s|au\s|pres\s|chez\s|devant\s|sur\s|en\s|vers\s|alors\s|$)".to_string()),
            // "Dogo, 22/04 : chef de village (63 ans) abattu chez lui",
            // "1er adjoint au maire tué par des individus armés": a log
            // line's office with no article, its participle singular.
            p(Kind::Death, r"(?:^|[:;,]\s*|\s-\s)(?P<n>)(?:(?:le|la|l'|un|une)\s*)?(?:1er\s+|premier\s+|2e\s+|deuxieme\s+|jeune\s+|ancien\s+)?(?:chef|maire|adjoint|imam|conseiller|conseillere|elu|elue|enseignant|enseignante|professeur|instituteur|institutrice|prefet|sous-prefet|commissaire|gendarme|policier|soldat|militaire|douanier|gardien|vigile|berger|commercant|notable|marabout|pasteur|cure|pretre|catechiste|infirmier|medecin|directeur|agent|garde|guide|chauffeur|secretaire|president|depute|juge|cadi|muezzin|tante|oncle|epouse|frere|soeur|fils|pere|mere|neveu|niece|cousin|cousine|civil|kamikaze|assaillant|terroriste|jihadiste|djihadiste)\b(?P<gap>(?:[\x20-\x27\x2a\x2b\x2d\x2f\x3c-\x7e]|\([\x20-\x28\x2a-\x7e]{0,20}\)){0,100}?),?\s+(?:(?:froidement|lachement|sauvagement)\s+)?(?:abattu|abattue|tue|tuee|assassine|assassinee|execute|executee|egorge|egorgee|a\s+trouve\s+la\s+mort|a\s+perdu\s+la\s+vie|a\s+peri|a\s+succombe)\b".to_string()),
            // "l'attaque a coûté la vie au fils du chef", "à un soldat":
            // one person, named by an article.
            p(Kind::Death, format!(r"\b(?:coute|coutant|couter|coutait|coutera)\s+la\s+vie\s+(?P<n>au|a\s+la|a\s+l'|a\s+un|a\s+une|a\s+son|a\s+sa|a\s+leur)\s*(?:premier\s+|premiere\s+|jeune\s+|vieux\s+|vieil\s+)?(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS}|adjoint|chef|cadre|responsable|leader|{TITLES}|fils|fille|frere|soeur|pere|mere|epouse|mari|neveu|niece|oncle|cousin|cousine|directeur|directrice|conseillere?)\b(?P<people>(?:(?:\s+[a-z]+){{0,3}}?\s*,\s*(?:a\s+|au\s+)(?:la\s+|l'|un\s+|une\s+|son\s+|sa\s+|leur\s+)?[a-z-]+)*(?:\s+[a-z]+){{0,3}}?\s+(?:et|ainsi\s+que)\s+(?:a\s+|au\s+)(?:la\s+|l'|un\s+|une\s+|son\s+|sa\s+|leur\s+)?[a-z-]+\b)?")),
            // "L'homme est mort", "un homme a été abattu": one person,
            // with the verb right after (not "l'homme qui a tué ...").
            p(Kind::Death, r"\b(?P<n>l'|un)\s*(?P<p>homme)\s+(?:a\s+ete\s+|est\s+|aurait\s+ete\s+)?(?:tue|abattu|execute|assassine|egorge|mort|decede|a\s+succombe|a\s+peri)\b".to_string()),
            // "après avoir neutralisé vendredi 12 avril le chef terroriste
            // X", "a abattu un jihadiste": one person, the verb first.
            p(Kind::Death, r"\b(?:neutralise|neutralisant|abattu|abattant|elimine|eliminant|tue|tuant)\s+(?:[a-z0-9,']+\s+){0,6}?(?P<n>le|un)\s+(?:dangereux\s+|redoutable\s+|celebre\s+|fameux\s+|grand\s+)?(?:(?:chef|emir|leader|cadre|commandant|lieutenant|responsable)\s+)?(?P<p>terroriste|jihadiste|djihadiste)\b".to_string()),
            // "Au premier contact, cinq (5) ont été neutralisés": a
            // number alone as the subject, its people told before.
            p(Kind::Death, format!(r"(?:^|[,;:]\s*|\bet\s+){n}\s+(?:d'entre\s+eux\s+)?(?:(?:ont\s+(?:tous\s+)?ete|sont|furent)\s+)?(?:(?P<neut>neutralises|elimines|mis\s+hors\s+d'etat\s+de\s+nuire)|tuee?s?|abattue?s?|executee?s?|egorgee?s?|assassinee?s?)\b")),
            // "a annoncé avoir tué, par des frappes aériennes réussies, une
            // vingtaine de terroristes": an active verb, then an aside on
            // how or where, then the count.
            p(Kind::Death, format!(r"\b(?:a|ont|avoir|ayant|avait|avaient|aurait|auraient)\s+(?:tue|neutralise|abattu|elimine|execute)\s*,\s*(?:par|dans|lors|au\s+cours|pendant|durant|avec|grace|a\s+l'aide)\b[\x20-\x2b\x2d\x2f-\x3a\x3c-\x7f]{{1,70}},\s*{n}\s+(?:\w+\s+)?{people}")),
            // "Le seul mort est le kamikaze", "la seule victime mortelle
            // est un gendarme": one death, whoever it was.
            p(Kind::Death, r"\b(?P<n>le|la)\s+seule?\s+(?:mort|tue|deces|victime\s+mortelle|perte\s+en\s+vie\s+humaine)\b".to_string()),
            // "une attaque dans laquelle sont morts trois militaires": the
            // subject after its verb.
            p(Kind::Death, format!(r"\b(?:sont\s+morts?|sont\s+decedee?s|ont\s+peri|ont\s+ete\s+tuee?s|ont\s+trouve\s+la\s+mort|ont\s+perdu\s+la\s+vie)\s+{n}\s+(?:de\s+|d')?(?:nos\s+|leurs\s+|ses\s+)?{people}\b")),
            // "au cours de laquelle a péri un douanier": one, the subject
            // after its verb.
            p(Kind::Death, format!(r"\b(?:a\s+peri|est\s+mort|est\s+morte|est\s+decedee?|a\s+ete\s+tuee?|a\s+trouve\s+la\s+mort|a\s+perdu\s+la\s+vie)\s+(?P<n>un|une)\s+{people}\b")),
            // "un forgeron emmené par quatre hommes armés, retrouvé plus
            // tard mort en brousse": one person found dead (a count told
            // with it, read above, takes its place).
            p(Kind::Death, r"(?P<n>)\b(?:est\s+|a\s+ete\s+|fut\s+)?retrouvee?\s+(?:plus\s+tard\s+|ensuite\s+|le\s+lendemain\s+|quelques\s+heures\s+plus\s+tard\s+)?(?:mort|morte|sans\s+vie|assassinee?|tuee?|egorgee?|abattue?|executee?)\b".to_string()),
            // "il ouvre le feu et est abattu": a log line's singular passive
            // in the present kills one person.
            p(Kind::Death, r"(?P<n>)\bet\s+est\s+(?:(?:froidement|lachement|sauvagement|mortellement)\s+)?(?:abattu|abattue|tue|tuee|assassine|assassinee|execute|executee|egorge|egorgee|neutralise)\b".to_string()),
            // "corps d'au moins 30 soldats et 22 VDP retrouvés", "les corps
            // de 12 civils ont été découverts": the bodies named first,
            // their count after.
            p(Kind::Death, format!(r"\b(?:les\s+)?(?:corps|cadavres|depouilles)\s+(?:de\s+|d'){n}\s+(?:de\s+|d')?{people}{after}(?:\s+[a-z]+){{0,3}}?\s+(?:ont\s+ete\s+|ont\s+|avaient\s+ete\s+|a\s+ete\s+|sont\s+)?{found}\b")),
            // "le gendarme de garde, blessé, est décédé le lendemain": one
            // person wounded who then died.
            p(Kind::Death, format!(r"\b(?P<n>le|la|l'|un|une|son|sa)\s*(?P<p>{FORCES}|{CIVILIANS}|chef|mdl|sergent|caporal)\b(?:\s+[a-z']+){{0,3}}?\s*,\s*(?:grievement\s+|mortellement\s+)?blessee?,\s+(?:est\s+decedee?|est\s+morte?|a\s+succombe|a\s+rendu\s+l'ame|a\s+peri)\b")),
            // "10 blesses", "blessant 17 autres", "1 mort et 11 blessés"
            p(Kind::Wounded, format!(r"{n}\s+(?:autres\s+)?(?:blesses?|blessees?)\b")),
            p(Kind::Wounded, format!(r"\b(?:blessant|(?:(?:a|ont|et)\s+)?(?:grievement\s+|legerement\s+)?blesse)\s+(?:grievement\s+|legerement\s+)?{n}\s+(?:autres|{people})")),
            p(Kind::Wounded, format!(r"{n}\s+{people}(?:\s+[!-~]+){{0,2}}?\s+(?:ont\s+ete\s+|a\s+ete\s+|aurait\s+ete\s+|auraient\s+ete\s+|sont\s+)?(?:grievement\s+|legerement\s+)?bless[ee]e?s?\b")),
            // "enlevé lundi soir ; son corps retrouvé mardi": the one
            // abducted was found dead.
            p(Kind::Death, r"\b(?P<n>son|sa)\s+(?:corps|cadavre|depouille)(?:\s+sans\s+vie)?(?:\s+(?:a|avait)\s+ete|\s+est)?\s+(?:retrouvee?|decouverte?|repechee?)\b".to_string()),
            // Security logs count in the military's English: "9 FDS KIA",
            // "3 gendarmes des forces spéciales KIA", "une trentaine de
            // KIA"; "2 WIA".
            p(Kind::Death, format!(r"{n}\s+(?:de\s+)?(?:{people}(?:\s+[a-z']+){{0,3}}?\s+)?kia\b")),
            p(Kind::Wounded, format!(r"{n}\s+(?:de\s+)?(?:{people}(?:\s+[a-z']+){{0,3}}?\s+)?wia\b")),
            // "aucun des 5 soldats du véhicule de tête n'a survécu": all
            // those counted died.
            p(Kind::Death, format!(r"\baucune?\s+des\s+{n}\s+(?:[a-z'-]+\s+){{0,6}}?n'(?:a|ont|avait|aurait)\s+survecu\b")),
            // "Fatalités : 16", "Nombre de morts : 3", "Tués : 2": a log's
            // field of the dead, the figure alone after its colon.
            p(Kind::Death, format!(r"\b(?:fatalites|nombre\s+de\s+(?:morts|tues|deces)|morts|tues|deces)\s*:\s*{n}\s*(?:$|[.;,(]|-\s)")),
            // "une quinzaine de corps de terroristes ont été retrouvés":
            // the count before the bodies, their people after.
            p(Kind::Death, format!(r"{n}\s+(?:de\s+)?(?:corps|cadavres|depouilles)(?:\s+(?:de|d')\s*(?:leurs\s+|ses\s+)?{people})?(?:\s+[a-z']+){{0,2}}?\s+(?:ont\s+ete\s+|ont\s+|avaient\s+ete\s+|sont\s+)?{found}\b")),
        ]
    })
}

/// For each toll pattern, in order, words of which every match holds at
/// least one (each pattern needs its verb or noun of death or wounding).
/// A pattern none of whose words is in the sentence cannot match and is
/// not run: a few substring checks cost less than scanning the sentence
/// with the automaton of every pattern at once.
const GATES: [&[&str]; 55] = [
    &[
        "^tu",
        "abat",
        "execut",
        "egorg",
        "massacr",
        "assassin",
        "neutralis",
        "elimin",
        "cout",
        "caus",
        "entrain",
        "nuire",
        "hors de combat",
        "la vie",
        "fatal",
    ],
    &["perd"],
    &[
        "tomb",
        "^tu",
        "mort",
        "abattu",
        "execut",
        "egorg",
        "massacr",
        "assassin",
        "neutralis",
        "elimin",
        "deced",
        "calcin",
        "pulveris",
        "carbonis",
        "brule",
        "peri",
        "perdu",
        "vie",
        "succomb",
        "carreau",
        "hors de combat",
        "sur le terrain",
        "champ de bataille",
        "meur",
        "mour",
    ],
    &["cote"],
    &["famille"],
    &["famille"],
    &["mortellement", "deced", "succomb"],
    &[
        "mort", "tue", "deces", "deced", "victimes", "pertes", "cadavres", "corps", "martyr",
    ],
    &[
        "mort",
        "corps",
        "cadavres",
        "depouilles",
        "assassinat",
        "execution",
        "meurtre",
        "deces",
        "egorgement",
        "neutralisation",
        "elimination",
    ],
    &["massacre", "tuerie"],
    &["massacre", "tuerie"],
    &["autre", "blesses"],
    &["autres"],
    &["avec"],
    &["laiss", "recupere", "denombre"],
    &["corps", "cadavres"],
    &[
        "^tu", "abattu", "execut", "assassin", "egorg", "massacr", "peri", "perdu", "mort",
        "sans vie",
    ],
    &["corps", "cadavres"],
    &["corps", "cadavres"],
    &["^tu", "abatt", "execut", "egorg", "assassin", "neutralis"],
    &[
        "^tu",
        "abattu",
        "execut",
        "assassin",
        "egorg",
        "neutralis",
        "mort",
        "deced",
        "peri",
        "succomb",
        "carreau",
        "hors de combat",
        "sur le terrain",
        "champ de bataille",
        "perd",
    ],
    &[
        "assassinat",
        "meurtre",
        "egorgement",
        "execution",
        "mort",
        "deces",
        "corps",
    ],
    &["ainsi"],
    &[
        "^tu", "abattu", "execut", "assassin", "mort", "deced", "succomb", "peri", "perdu",
    ],
    &["exploser", "sauter"],
    &[
        "tues",
        "tuees",
        "abattu",
        "execut",
        "egorg",
        "assassin",
        "neutralis",
        "pulveris",
        "carbonis",
        "fait tuer",
        "peri",
        "mort",
        "perdu",
    ],
    &[
        "les execut",
        "les tu",
        "les abat",
        "les egorg",
        "les massacr",
        "les assassin",
        "executes",
        "tues",
        "abattus",
        "egorges",
        "assassines",
    ],
    &["victimes"],
    &["victimes"],
    &["retrouv"],
    &[
        "tues", "tuees", "abattus", "assassin", "execut", "egorg", "mort", "deced",
    ],
    &["^tue", "abatt", "execut", "egorg", "assassin"],
    &["abatt", "assassin", "^tue", "execut", "egorg"],
    &[
        "abatt",
        "assassin",
        "^tue",
        "execut",
        "egorg",
        "trouve la mort",
        "perdu la vie",
        "peri",
        "succomb",
    ],
    &["vie"],
    &["homme"],
    &["neutralis", "abatt", "elimin", "^tu"],
    &[
        "neutralis",
        "elimin",
        "^tu",
        "abattu",
        "nuire",
        "execut",
        "egorg",
        "assassin",
    ],
    &["^tu", "neutralis", "abattu", "elimin", "execut"],
    &["seul"],
    &[
        "morts",
        "decede",
        "peri",
        "tue",
        "trouve la mort",
        "perdu la vie",
    ],
    &[
        "peri",
        "mort",
        "decede",
        "tue",
        "trouve la mort",
        "perdu la vie",
    ],
    &["retrouv"],
    &["abatt", "^tue", "assassin", "execut", "egorg", "neutralis"],
    &[
        "retrouv", "decouv", "exhum", "releve", "denombr", "recuper", "repech", "recens", "ramass",
        "rassembl", "inhum", "enterr", "identifi",
    ],
    &["deced", "succomb", "mort", "rendu l'ame", "peri"],
    &["bless"],
    &["bless"],
    &["bless"],
    &["retrouv", "decouv", "repech"],
    &["kia"],
    &["wia"],
    &["survecu"],
    &["fatalite", "mort", "tues", "deces"],
    &["corps", "cadavre", "depouille"],
];

/// Words without one of which a sentence gives no figure at all. A word
/// marked `^` counts only at the start of a word: "^tu" is "tués",
/// "tuant", not the "tu" of "situé", "effectué" or "actuel", which let
/// most sentences through.
const WORDS: [&str; 45] = [
    // "le MSA a perdu dix hommes", "l'armée perd huit soldats" name no
    // other death word.
    "perd",
    "deced",
    "tombe",
    "corps",
    "depouille",
    "^tu",
    "mort",
    "bless",
    "victime",
    "peri",
    "abat",
    "execut",
    "massacr",
    "deces",
    "neutralis",
    "egorg",
    "assassin",
    "la vie",
    "fatal",
    "perte",
    "sans vie",
    "succomb",
    // "13 assaillants sont restés sur le carreau".
    "carreau",
    "hors de combat",
    "sur le terrain",
    "champ de bataille",
    "cadavre",
    "calcin",
    // "deux poseurs de mines pulvérisés", "carbonisés".
    "pulveris",
    "carbonis",
    // "quatre villageois brûlés vifs".
    "brule",
    // "ont éliminé une dizaine de combattants", "l'élimination de".
    "elimin",
    "nuire",
    "hors de combat",
    // "71 militaires meurent", "des civils mouraient".
    "meur",
    "mour",
    // "21 martyrs dont un civil": army communiqués' word for their dead.
    "martyr",
    // "plus de peur que de mal", "dégâts matériels uniquement": no one
    // hurt.
    "peur que de mal",
    "degats materiels",
    "mortellement",
    // "un kamikaze se fait exploser".
    "exploser",
    // A security log's "9 FDS KIA, 2 WIA".
    "kia",
    "wia",
    // "aucun des 5 soldats n'a survécu".
    "survecu",
    // "Fatalités : 16".
    "fatalite",
];

/// Asides inside the words between a figure and its verb: a relative
/// clause set off by commas, a day of the month.
fn gap_asides() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r",\s*qui\s+[^,;]*,|\b(?:le\s+)?\d{1,2}(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b")
            .expect("gap asides")
    })
}

/// [`WORDS`], then the gate of each pattern, found in one pass.
fn gates() -> &'static super::gates::Gates {
    static GATES_SEARCH: OnceLock<super::gates::Gates> = OnceLock::new();
    GATES_SEARCH.get_or_init(|| {
        let groups: Vec<&[&str]> = std::iter::once(&WORDS[..]).chain(GATES).collect();
        super::gates::Gates::new(&groups)
    })
}

/// Whether a gate word is in the (lowercase ASCII) text, one word at a
/// time: the tests' reference for [`gates`].
#[cfg(test)]
pub(super) fn gate_hit(text: &str, w: &str) -> bool {
    match w.strip_prefix('^') {
        Some(w) => text
            .match_indices(w)
            .any(|(i, _)| i == 0 || !text.as_bytes()[i - 1].is_ascii_alphabetic()),
        None => text.contains(w),
    }
}

/// The toll patterns as one set: one pass says which can match (used by
/// the test that checks [`GATES`]).
#[cfg(test)]
fn pattern_set() -> &'static regex::RegexSet {
    static RE: OnceLock<regex::RegexSet> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::set_with_room(
            patterns().iter().map(|(_, re)| re.as_str()),
            256 << 20,
        )
        .expect("toll set")
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Death,
    Wounded,
}

/// Words that say no one died: "aucune victime", "sans faire de
/// victime", "ni blessé ni dégât", "dégâts matériels uniquement".
fn zero_toll() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(r"(?i-u)\baucune\s+victime\b|\bplus\s+de\s+peur\s+que\s+de\s+mal\b|\bsans\s+faire\s+de\s+(?:victimes?|morts?|pertes?)\b|\bsans\s+(?:faire\s+)?(?:de\s+)?pertes?\s+(?:en|de)\s+vies?\s+humaines?|\bpas\s+(?:eu\s+)?de\s+(?:victimes?|morts?|pertes?\s+en\s+vies?(?:\s+humaines?)?)\b|\baucune\s+perte\s+(?:en|de)\s+vies?\b|\baucun\s+(?:mort|deces|blesse)\b|\bn['']a\s+fait\s+aucune\s+victime\b|\baucune\s+perte\s+(?:en\s+vies?\s+humaines?|humaine)|\bn'a\s+pas\s+fait\s+de\s+victimes?\b|\bn'(?:ont|avait|avaient)\s+pas\s+fait\s+de\s+(?:victimes?|morts?)\b|\bn'ont\s+fait\s+aucune\s+victime\b|\bsans\s+victimes?\b|\bpas\s+de\s+bless[ee]s?\b|\bni\s+(?:mort|victime|perte\s+en\s+vies?(?:\s+humaines?)?)s?\b|\bni\s+tuee?s?\s+ni\b|\bni\s+bless[ee]s?\s+ni\s+(?:degats?|dommages?)\b|\b(?:pas|sans|aucun)\s+(?:fait\s+|eu\s+|faire\s+)?(?:de\s+)?morts?\s+d'hommes?\b|\bdegats\s+materiels\s+(?:uniquement|seulement)\b|\b(?:uniquement|seulement|que)\s+des\s+degats\s+materiels\b").expect("regex"))
}

fn claim() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(r"(?i-u)\brevendiqu\w*|\b(?:affirme\w*|dit|disent|assur\w*)\s+avoir\s+(?:tue|fait|cause|inflige)\b|\bselon\s+le\s+(?:JNIM|GSIM|FLA|EIGS)").expect("regex"))
}

/// Operations or strikes told before, or several of them ("ces
/// opérations", "différentes frappes"): a vague figure over them is not
/// one incident's. "Des frappes aériennes qui ont permis de neutraliser
/// plusieurs terroristes", the reaction to one attack, is that attack's.
fn over_several_operations() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:ces|plusieurs|differentes|diverses) (?:operations|frappes|raids|missions|offensives|bombardements|interventions)\b")
            .expect("regex")
    })
}

/// Reads a count with its qualifier. Approximations take their nominal
/// value ("une dizaine" is 10, "près de 20" is 20), as conflict data sets
/// code them; vague plurals are floors ("plusieurs" is at least 2) or,
/// until [`total_deaths`] reads them as floors, ranges ("des dizaines" is
/// 20–99, at least 20 in the end).
fn parse_count(q: &str, n: &str, n2: Option<&str>) -> Option<Casualties> {
    let q = q.to_lowercase();
    let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut n = n.split_whitespace().collect::<Vec<_>>().join(" ");
    // "une dizaines de morts": a slip of the keyboard, read as written
    // without it.
    if n.starts_with("une ") && n.ends_with("aines") {
        n.pop();
    }
    // "de nombreux assaillants ont été neutralisés": at least two, as
    // "plusieurs".
    // So is "un nombre important de terroristes neutralisés".
    if n == "plusieurs"
        || n == "quelques"
        || n.ends_with("nombreux")
        || n.ends_with("nombreuses")
        || n.ends_with(" nombre")
        || n.ends_with("nombre important")
        || n.ends_with(" famille")
    {
        return Some(Casualties::at_least(2));
    }
    // "le policier", "son chauffeur": one person; so is the subject of
    // "a été tué".
    // "coûté la vie au fils", "à un soldat": one person too.
    let n = match n.strip_prefix("a ") {
        Some(rest) if !rest.starts_with("ete") => rest.to_string(),
        _ if n == "au" => "le".to_string(),
        _ => n,
    };
    if matches!(
        n.as_str(),
        "le" | "la"
            | "a ete"
            | ","
            | ""
            | "l'"
            | "son"
            | "sa"
            | "leur"
            | "il"
            | "elle"
            | "du"
            | "de la"
            | "de l'"
            | "de son"
            | "de sa"
            | "de leur"
            | "d'un"
            | "d'une"
    ) || n.starts_with("l'un")
    {
        return Some(Casualties::exact(1));
    }
    let vague = matches!(
        n.as_str(),
        "des dizaines" | "plusieurs dizaines" | "des centaines" | "plusieurs centaines"
    );
    let (low, high) = if let Some((l, h)) = crate::french::approx(&n) {
        if vague {
            (l, h)
        } else {
            let mid = (l + h) / 2;
            (mid, mid)
        }
    } else {
        // "1 200", "1.200": thousands grouped.
        let v = crate::french::thousands(&n)
            .or_else(|| n.parse::<u32>().ok())
            .or_else(|| crate::french::number(&n))?;
        (v, v)
    };
    let second = n2.and_then(|x| {
        x.parse::<u32>()
            .ok()
            .or_else(|| parse_count("", x, None).and_then(|c| c.high))
    });
    if let Some(n2) = second.filter(|&h| h > low) {
        return Some(Casualties::range(low, n2));
    }
    Some(match q.as_str() {
        // "+ de 20 morts": a log's shorthand for "plus de".
        "au moins" | "pas moins de" | "plus de" | "plus d'" | "+ de" | "+de" => {
            Casualties::at_least(low)
        }
        _ if low == high => Casualties::exact(low),
        _ => Casualties::range(low, high),
    })
}

/// Two figures for one group, read as one count: two floors are the
/// higher ("plus de 200 civils" in the headline, "au moins 223 villageois"
/// in the body is at least 223); other figures that differ are contested,
/// and give their range.
fn same_count(a: Casualties, b: Casualties) -> Casualties {
    let floor = |c: &Casualties| c.low.is_some() && c.high.is_none();
    match (a.low, b.low) {
        (Some(x), Some(y)) if floor(&a) && floor(&b) => Casualties::at_least(x.max(y)),
        _ => a.union(&b),
    }
}

/// Adds tolls of different groups.
pub(super) fn add(a: Casualties, b: Casualties) -> Casualties {
    let low = match (a.low, b.low) {
        (Some(x), Some(y)) => Some(x.saturating_add(y)),
        (x, y) => x.or(y),
    };
    let high = match (a.high, b.high) {
        (Some(x), Some(y)) => Some(x.saturating_add(y)),
        _ => None,
    };
    Casualties { low, high }
}

/// The death toll of figures given by group: figures over one group are
/// one count told again or contested (their range), different groups add
/// up, and a total over everyone stands unless the groups add up to more.
pub fn total_deaths(groups: &[(Group, Casualties)]) -> Option<Casualties> {
    if groups.is_empty() {
        return None;
    }
    // A vague figure ("des dizaines de civils", "plusieurs personnes") for
    // a group that also has a figure gives way to it: it is the lede's or
    // a witness's summary of the same count.
    let vague = |c: &Casualties| {
        *c == Casualties::at_least(2)
            || *c == Casualties::range(20, 99)
            || *c == Casualties::range(200, 999)
    };
    let precise = |g: Group| groups.iter().any(|(h, c)| *h == g && !vague(c));
    // "L'armée dit avoir neutralisé plusieurs terroristes", where others
    // count fourteen civilians killed: the claim with no number is the
    // army's account of the same dead, not more of them. Alone, or beside
    // soldiers killed, "plusieurs assaillants neutralisés" is at least two.
    let claim_over_civilians = |g: Group, c: &Casualties| {
        g == Group::Attackers && *c == Casualties::at_least(2) && precise(Group::Civilians)
    };
    // A vague plural left standing says how many at least, not at most:
    // "des dizaines de morts" is 20 or more, as conflict data sets and
    // annotators code it (its range only told it apart until here).
    // "Des centaines de civils victimes" in a headline, then the army's
    // "203 terroristes tués": dozens or hundreds that the precise counts
    // of the other sides already reach are those counts told loosely
    // (often by another side), not more dead.
    // The army's "des dizaines de terroristes neutralisés" beside its own
    // "34 soldats tués" is another side's dead, which only counts of the
    // attackers (or of everyone) can have told loosely.
    let precise_sum = |of: &dyn Fn(Group) -> bool| -> u32 {
        groups
            .iter()
            .filter(|(g, c)| of(*g) && !vague(c) && c.low == c.high)
            .filter_map(|(_, c)| c.low)
            .sum()
    };
    let covered = |g: Group, c: &Casualties| {
        let told = if g == Group::Attackers {
            precise_sum(&|h| matches!(h, Group::Attackers | Group::All))
        } else {
            precise_sum(&|_| true)
        };
        c.low.is_some_and(|l| l >= 20 && told >= l)
    };
    let kept: Vec<(Group, Casualties)> = groups
        .iter()
        .filter(|(g, c)| {
            (!vague(c) || (!precise(*g) && !covered(*g, c))) && !claim_over_civilians(*g, c)
        })
        .map(|&(g, c)| match c.low {
            Some(l) if vague(&c) && l >= 20 => (g, Casualties::at_least(l)),
            _ => (g, c),
        })
        .collect();
    let mut by: Vec<(Group, Casualties)> = Vec::new();
    for (g, c) in &kept {
        match by.iter_mut().find(|(x, _)| x == g) {
            Some((_, cur)) => *cur = same_count(*cur, *c),
            None => by.push((*g, *c)),
        }
    }
    // A total and its parts ("37 terroristes neutralisés" in the headline,
    // then 29 killed from the air and 8 on the ground): the total.
    for (g, cur) in &mut by {
        let exact: Vec<u32> = kept
            .iter()
            .filter(|(x, _)| x == g)
            .filter_map(|(_, c)| (c.low.is_some() && c.low == c.high).then_some(c.low?))
            .collect();
        let all = kept.iter().filter(|(x, _)| x == g).count();
        if let Some(&max) = exact.iter().max() {
            let rest: u32 = exact.iter().sum::<u32>() - max;
            if exact.len() >= 3 && exact.len() == all && rest == max {
                *cur = Casualties::exact(max);
            }
        }
    }
    let of = |g: Group| by.iter().find(|(x, _)| *x == g).map(|(_, c)| *c);
    let all = of(Group::All);
    // The victims' side: a total over everyone ("24 morts") or the groups
    // that make it up, whichever says more.
    let victims = [of(Group::Forces), of(Group::Civilians)]
        .into_iter()
        .flatten()
        .reduce(add);
    let victims = match (all, victims) {
        (Some(a), Some(s)) if s.low.unwrap_or(0) > a.high.or(a.low).unwrap_or(0) => Some(s),
        (Some(a), _) => Some(a),
        (None, s) => s,
    };
    // "Une attaque a fait au total dix-sept morts", then "3 militaires
    // tués" and "14 terroristes tués": a total over both sides that its
    // parts add up to exactly.
    let parts = [
        of(Group::Forces),
        of(Group::Civilians),
        of(Group::Attackers),
    ]
    .into_iter()
    .flatten()
    .reduce(add);
    if let (Some(a), Some(p)) = (all, parts) {
        if of(Group::Attackers).is_some() && a.low.is_some() && a == p {
            return Some(a);
        }
    }
    // Attackers killed are told apart ("... et dix-sept assaillants
    // neutralisés"): they add to the toll.
    match (victims, of(Group::Attackers)) {
        (Some(v), Some(a)) => Some(add(v, a)),
        (v, a) => v.or(a),
    }
}

/// Drops each figure an approximation gave ("une dizaine", 10) for a group
/// that another figure counts precisely and close to it (from four fifths
/// to one and a half times the round number): the headline's "une dizaine
/// de personnes tuées" and the body's "au moins 12 morts" are one count,
/// and the body's is the one told.
///
/// ```
/// use sahel::extract::casualties::{precise_over_approximate, Group};
/// use sahel::model::Casualties;
/// let told = [(Group::All, Casualties::exact(10)), (Group::All, Casualties::at_least(12))];
/// let approximate = [(Group::All, Casualties::exact(10))];
/// let kept = precise_over_approximate(&told, &approximate);
/// assert_eq!(kept, vec![(Group::All, Casualties::at_least(12))]);
/// ```
pub fn precise_over_approximate(
    groups: &[(Group, Casualties)],
    approximate: &[(Group, Casualties)],
) -> Vec<(Group, Casualties)> {
    let round = |e: &(Group, Casualties)| approximate.contains(e);
    let close = |g: Group, a: u32| {
        groups.iter().any(|e| {
            e.0 == g
                && !round(e)
                && e.1
                    .low
                    .is_some_and(|v| v * 5 >= a * 4 && v * 2 < a * 3 && v != a)
        })
    };
    groups
        .iter()
        .filter(|e| !(round(e) && e.1.low.is_some_and(|a| close(e.0, a))))
        .copied()
        .collect()
}

/// The high figure of a count told as a range: digits after "et"/"à"
/// (`n2`), or a figure after "voire"/"ou" (`n3`).
fn second_figure<'t>(c: &regex::Captures<'t>) -> Option<&'t str> {
    c.name("n2").or(c.name("n3")).map(|x| x.as_str())
}

/// Whether the clause before "ont perdu N hommes" opens on the attackers
/// ("les terroristes ont eux-mêmes perdu"; folded text).
fn lost_by_attackers(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i-u)(?:^|[,;:(]\s*|\b(?:les|des|ces|l')\s*)(?:{ATTACKERS})\b[\x20-\x2b\x2d-\x7e]{{0,40}}$"
        ))
        .expect("regex")
    })
    .is_match(before)
}

/// Whether the words right before a count deny it ("dément la mort de",
/// "a formellement démenti la mort de", "nie avoir tué"; folded text).
fn denied_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:dement(?:ent)?|a\s+(?:\w+\s+)?dementi|ont\s+(?:\w+\s+)?dementi|dementant|nie(?:nt)?|a\s+nie|rejette(?:nt)?|infirme(?:nt)?)(?:\s+(?:formellement|categoriquement))?(?:\s*(?:avoir\s+\w+|la|le|l'|mort|deces|perte|de|d'))*$")
            .expect("denial regex")
    })
    .is_match(crate::fold::tail(before, 48).trim_end())
}

/// "au moins 30 morts selon des sources sécuritaires, 58 selon le
/// gouvernement": adds a second source's figure for the same dead to the
/// group of the sentence's first figure.
pub(super) fn add_second_source(text: &str, toll: &mut SentenceToll) {
    if let (Some(n), Some(&(group, _))) = (second_sources_figure(text), toll.death_groups.first()) {
        toll.death_groups.push((group, n));
        toll.deaths = total_deaths(&toll.death_groups);
    }
}

/// The figure a second source gives after a death toll and its source
/// ("… morts selon des sources locales, 58 selon le gouvernement").
fn second_sources_figure(text: &str) -> Option<Casualties> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)\b(?:morts?|tué(?:e|s|es)?|décès|victimes|civils|personnes|villageois|soldats|militaires|[a-zé]+s)\b[^.;]{0,60}?\bselon\b[^.;\d]{0,60}?(?:[,;]\s*(?:et\s+|mais\s+)?|\s(?:et|mais)\s+)(?P<q>(?:plus|près|pres)\s+(?:de\s+|d['’])|au\s+moins\s+|environ\s+)?(?P<n>\d{1,4}|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine))(?:\s+(?:de|d['’])\s*[a-zé]+)?\s*,?\s+(?:selon|d['’]après)\b")
            .expect("regex")
    });
    if !text.contains("selon") {
        return None;
    }
    let c = re.captures(text)?;
    // A figure in words is read as the first toll is: "plus d'une
    // centaine" is at least 100.
    let q = c.name("q").map_or("", |m| m.as_str());
    let q = q.to_lowercase().replace('’', "'").replace('è', "e");
    parse_count(&q, &c.name("n")?.as_str().to_lowercase(), None)
}

/// Where a clause starts that tells the toll of an earlier event the
/// sentence dates its own by ("au lendemain d'une autre attaque qui a fait
/// quatre morts", "une semaine après une embuscade qui avait coûté la vie
/// à …"), or of the one whose anniversary nears ("quelques jours avant
/// l'anniversaire du massacre qui avait fait plus de cent morts").
pub(super) fn earlier_event_clause(text: &str) -> Option<usize> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)(?:(?:\bau\s+lendemain|\bla\s+veille|\baprès|\bapres|\bsuite\s+à)\s+(?:d['’]une|d['’]un|une|un|celle|celui)|\banniversaire\s+(?:du|des|de\s+la|de\s+l['’]))\b[^.;]{0,80}?\bqui\s+(?:a|avait|aurait|avaient|ont)\s+(?:fait|coûté|coute|causé|cause)\b")
            .expect("regex")
    });
    if !text.contains("qui") {
        return None;
    }
    re.find(text).map(|m| m.start())
}

/// Finds the deaths and wounded a sentence reports.
pub fn find_casualties(sentence: &str) -> SentenceToll {
    find_casualties_in(&crate::fold::FoldedText::new(sentence))
}

/// `text` with the matches of `re` replaced (by as many spaces, or by
/// text of the same length, so that positions still map to the sentence);
/// `text` itself when nothing matched.
fn blanked<'t>(
    text: std::borrow::Cow<'t, str>,
    re: &regex::Regex,
    with: impl regex::Replacer,
) -> std::borrow::Cow<'t, str> {
    match re.replace_all(&text, with) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o),
    }
}

/// The figure another source gives right after a count of the dead, in
/// brackets or after a comma: "morts (22 selon un habitant)", "morts,
/// entre 100 et 200 selon RFI".
fn attributed_figure(folded: &str) -> Option<Casualties> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\b(?:morts?|tues?|victimes)\s*(?:\(|,)\s*(?:entre\s+)?(\d{1,4})(?:\s+(?:et|a)\s+(\d{1,4}))?\s+(?:morts?\s+|tues?\s+)?selon\b")
            .expect("regex")
    });
    // Most sentences quote no source: the word is looked for first.
    if !folded.contains("selon") {
        return None;
    }
    let c = re.captures(folded)?;
    let a: u32 = c[1].parse().ok()?;
    let b: u32 = c.get(2).and_then(|m| m.as_str().parse().ok()).unwrap_or(a);
    (a <= b).then(|| Casualties::range(a, b))
}

/// Spaces as long as the whole match: words blanked out of the count
/// keep every other figure at its place (for [`blanked`]).
fn blank_match(c: &regex::Captures) -> String {
    " ".repeat(c[0].len())
}

/// [`find_casualties`] in a sentence already folded.
pub fn find_casualties_in(folded: &crate::fold::FoldedText) -> SentenceToll {
    let mut toll = SentenceToll::default();
    // "un (01) soldat", "dix (10) assaillants": the digits repeat the word.
    // "a neutralisé (01) terroriste": with no word before them, the digits
    // are the count, and only the brackets go.
    let text: std::borrow::Cow<str> = if folded.folded.contains('(') {
        let f = &folded.folded;
        paren_digits().replace_all(f, |c: &regex::Captures| {
            let m = c.get(0).expect("match");
            let word = f[..m.start()].split_whitespace().next_back().unwrap_or("");
            if crate::french::number(word).is_some() || word.parse::<u32>().is_ok() {
                " ".repeat(m.len())
            } else {
                m.as_str().replace(['(', ')'], " ")
            }
        })
    } else {
        std::borrow::Cow::Borrowed(&folded.folded)
    };
    // "une vengeance suite à la mort de deux jihadistes", "pour venger la
    // mort de trois bergers": the dead that moved the attackers, killed
    // before, in another event.
    let text = if text.contains("veng") || text.contains("represailles") {
        static CAUSE: OnceLock<Regex> = OnceLock::new();
        let cause = CAUSE.get_or_init(|| {
            crate::extract::compile::regex(r"(?i-u)\b(?:vengeances?|represailles|venger)\b(?:\s+(?:suite|apres|a|de|pour|en|contre))*\s+(?:la\s+mort|l'assassinat|le\s+meurtre|l'execution|la\s+neutralisation)\s+(?:de|d'|des)\s*[a-z0-9' -]{1,60}")
                .expect("regex")
        });
        blanked(text, cause, blank_match)
    } else {
        text
    };
    // "20 gendarmes + 4 jihadistes tués": a log's plus joins two groups,
    // as "et" would (not "+ de 20 morts", which means "plus de").
    let text = if text.contains(" + ") {
        static PLUS: OnceLock<Regex> = OnceLock::new();
        let plus =
            PLUS.get_or_init(|| crate::extract::compile::regex(r" \+ ([0-9])").expect("regex"));
        blanked(text, plus, " , $1")
    } else {
        text
    };
    // "trente-cinq civils, dont 31 femmes, et sept militaires ont été
    // tués": a breakdown set off by commas inside a list says who the
    // first group were; blanked, the list reads on to its verb.
    let text: std::borrow::Cow<str> = if text.contains("dont ") {
        static ASIDE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let aside = ASIDE.get_or_init(|| {
            crate::extract::compile::regex(r"(?i-u)(?P<aside>,\s*dont\s+[\x20-\x2b\x2d-\x7e]{1,40},)(?P<et>\s*et\s+(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|plusieurs)\b)")
                .expect("regex")
        });
        blanked(text, aside, |c: &regex::Captures| {
            format!("{}{}", " ".repeat(c["aside"].len()), &c["et"])
        })
    } else {
        text
    };
    // "35 civils (dont 31 femmes), 4 soldats et 3 gendarmes tués": a
    // breakdown in brackets says who a group were, not more dead (unless
    // it counts the dead among victims: "5 victimes (dont 2 morts)").
    let text = if text.contains("(dont ") {
        static BRACKET: OnceLock<Regex> = OnceLock::new();
        let bracket = BRACKET.get_or_init(|| {
            crate::extract::compile::regex(r"\(dont\s+[ -'*-~]{1,40}\)").expect("regex")
        });
        blanked(text, bracket, |c: &regex::Captures| {
            let inside = &c[0];
            if TOLL_STEMS.iter().any(|w| inside.contains(w)) {
                inside.to_string()
            } else {
                " ".repeat(inside.len())
            }
        })
    } else {
        text
    };
    // "l'imam du village de Dohouré (à 10 km de Baraboulé) et un
    // habitant abattus", "deux bergers de Touni (Soum) et ...": where a
    // place lies, in brackets, is no part of the count.
    let text = if text.contains('(') {
        static WHERE: OnceLock<Regex> = OnceLock::new();
        let aside = WHERE.get_or_init(|| {
            crate::extract::compile::regex(r"\((?:a\s+)?(?:environ\s+|pres\s+de\s+|moins\s+de\s+|plus\s+de\s+|quelques\s+|une\s+(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\s+de\s+|~\s*)?(?:\d+\s*)?(?:km|kilometres?)\s+(?:[a-z-]+\s+){0,3}?(?:de|d'|du)\s*[a-z' -]{2,30}\)|\((?:province|commune(?:\s+rurale)?|cercle|departement|region)\s+(?:de\s+|d'|du\s+)[a-z' -]{2,30}\)|\([a-z][a-z'-]{2,20}(?:\s+[a-z][a-z'-]{2,20})?\)")
                .expect("regex")
        });
        blanked(text, aside, |c: &regex::Captures| {
            let inside = &c[0];
            let words = inside.trim_matches(['(', ')']);
            // Not "(trois)", "(civils)", "(tués)": words of the count.
            let counts = words
                .split_whitespace()
                .any(|w| crate::french::number(w).is_some() || group_of(w) != Group::All)
                || TOLL_STEMS
                    .iter()
                    .chain(&["victime", "dont"])
                    .any(|w| words.contains(w));
            if counts && !inside.contains("km") && !inside.contains("kilometre") {
                inside.to_string()
            } else {
                " ".repeat(inside.len())
            }
        })
    } else {
        text
    };
    // "l'opération avait pour objectif de neutraliser « une vingtaine
    // d'individus armés »", "ont tenté d'abattre le maire": what was aimed
    // at or tried is no one killed.
    const AIMED: [&str; 8] = [
        "tuer",
        "neutraliser",
        "eliminer",
        "abattre",
        "executer",
        "assassiner",
        "massacrer",
        "egorger",
    ];
    let text = if AIMED.iter().any(|w| text.contains(w)) {
        static AIM: OnceLock<Regex> = OnceLock::new();
        let aim = AIM.get_or_init(|| {
            crate::extract::compile::regex(r"(?i-u)\b(?:(?:pour|dans\s+le|avec\s+pour)\s+(?:objectif|but|mission)\s+(?:de\s+|d')|(?:dans|avec)\s+l'intention\s+(?:de\s+|d')|afin\s+(?:de\s+|d')|en\s+vue\s+(?:de\s+|d')|(?:visant|cherchant|chercher|cherchaient|cherchait)\s+a\s+|(?:ont|a|avaient|avait)\s+tente\s+(?:de\s+|d')|(?:tentaient|tentait|tenter)\s+(?:de\s+|d'))(?:tuer|neutraliser|eliminer|abattre|executer|assassiner|massacrer|egorger)\b[\x20-\x2b\x2d\x2f-\x39\x3c-\x7e]{0,80}")
                .expect("regex")
        });
        blanked(text, aim, blank_match)
    } else {
        text
    };
    // "3 policiers dont un officier, 2 douaniers et 5 civils tués", "35
    // civils dont 31 femmes et 7 FDS tués": a
    // breakdown of one group followed by a count of another kind of
    // people (not a rank or an age group, which would carry the
    // breakdown on) and a list that runs on to its verb says who the
    // first were; blanked, the list reads on. ("6 civils dont 4 membres
    // d'un comité d'autodéfense, un policier retraité et …" breaks the six
    // down.)
    // So does "tuant au moins 17 civils dont quatre enfants ainsi que trois
    // combattants", the verb told first: "ainsi que" or "et" then a count
    // of another kind of people ends the breakdown.
    let text: std::borrow::Cow<str> = if text.contains("dont ") {
        static PEER_ASIDE: OnceLock<Regex> = OnceLock::new();
        let verb_after = PEER_ASIDE.get_or_init(|| {
            crate::extract::compile::regex(&format!(
                r"(?i-u)\b(?:(?P<total>\d{{1,4}})\s+)?(?P<head>{PEERS})(?P<aside>\s*,?\s*dont\s+(?P<part>{NUM})\s+[a-z']+(?:\s+[a-z']+)?)(?P<next>\s*(?:,|\bet\b)\s*(?P<more>{NUM})\s+(?P<other>{PEERS})\b(?:\s*\([\x20-\x28\x2a-\x7e]{{1,40}}\))?(?:\s*(?:,|\bet\b)\s*(?:{NUM})\s+[a-z']+|\s+dont\s+(?:{NUM})\s+[a-z']+(?:\s+[a-z']+)?)*\s+(?:(?:ont\s+ete|sont)\s+)?{DIED})"
            ))
            .expect("regex")
        });
        static PEER_AFTER: OnceLock<Regex> = OnceLock::new();
        let verb_first = PEER_AFTER.get_or_init(|| {
            let peers = format!("{PEERS}|combattants?");
            crate::extract::compile::regex(&format!(
                r"(?i-u)\b(?:(?P<total>\d{{1,4}})\s+)?(?P<head>{peers})(?P<aside>\s+dont\s+(?P<part>{NUM})\s+[a-z']+(?:\s+[a-z']+)?)(?P<next>\s+(?:\bet\b|ainsi\s+que)\s+(?P<more>{NUM})\s+(?P<other>{peers})\b)"
            ))
            .expect("regex")
        });
        let text = blanked(text, verb_after, blank_peer_aside);
        blanked(text, verb_first, blank_peer_aside)
    } else {
        text
    };
    // "7 FDS (4 militaires, 3 gendarmes) tués": a breakdown in brackets
    // right after a count says who they were, and counts no one more.
    // Blanked, with the positions kept.
    let text: std::borrow::Cow<str> = if text.contains('(') {
        static BROKEN_DOWN: OnceLock<Regex> = OnceLock::new();
        let re = BROKEN_DOWN.get_or_init(|| {
            crate::extract::compile::regex(&format!(
                r"(?i-u)(?P<counted>\b(?:{NUM})\s+(?:{FORCES}|{CIVILIANS}|{ATTACKERS}|personnes)\s*)(?P<br>\((?:\s*(?:{NUM})\s+[a-z']+(?:\s+[a-z']+)?\s*(?:,|\bet\b)?)+\s*\))"
            ))
            .expect("regex")
        });
        blanked(text, re, |c: &regex::Captures| {
            format!("{}{}", &c["counted"], " ".repeat(c["br"].len()))
        })
    } else {
        text
    };
    // "Deux adolescents de 15 ans sont morts", "7 commerçants de 20 à 40
    // ans tués": an age is never a count,
    // and between the count and its noun it hid the toll. Blanked, with
    // the positions kept.
    let text: std::borrow::Cow<str> = if text.contains(" ans") {
        static AGE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let age = AGE.get_or_init(|| {
            crate::extract::compile::regex(
                r"(?i-u)\b(?:agee?s? )?(?:de |d'une? |entre )?(?:\d{1,3} (?:a|et) )?\d{1,3} ans\b",
            )
            .expect("regex")
        });
        blanked(text, age, blank_match)
    } else {
        text
    };
    // "chiffrant le bilan à une \"trentaine de morts\"": quotation marks
    // (all folded to '"') cut no count; blanked, with the positions kept.
    let text: std::borrow::Cow<str> = if text.contains('"') {
        std::borrow::Cow::Owned(text.replace('"', " "))
    } else {
        text
    };
    // Most sentences name no casualty: a substring check spares them the
    // regexes, which dominate extraction time otherwise.
    // Group 0 is WORDS, then one group per pattern.
    let open = gates().open(&text);
    // "Le bilan a été porté à 79" names no dead but revises their count.
    let revision = revised_toll(&text);
    if !open[0] && revision.is_none() {
        return toll;
    }
    // Matches are found in the ASCII text; evidence is quoted from the
    // original (same character positions).
    let original = |s: usize, e: usize| folded.original_of(s, e).trim().to_string();
    let mut taken = crate::fold::Claimed::new(text.len());
    let mut wounded: Vec<Casualties> = Vec::new();
    // Where each death figure starts, and figures of "N autres" to add to
    // the one before them.
    let mut starts: Vec<usize> = Vec::new();
    // The flag: the count comes "avec" someone just named ("tué avec
    // trois autres personnes"), who is one more when no figure came before.
    let mut more_of: Vec<(usize, Casualties, bool)> = Vec::new();
    for (i, (kind, re)) in patterns().iter().enumerate() {
        if !open[i + 1] {
            continue;
        }
        // Where earlier patterns claimed figures, most matches of the later,
        // looser ones fall on them ("4 occupants tués" after "ont tué 4
        // occupants"): their spans are found first, and the groups read only
        // for the others (reading groups is the costly part).
        let found: Vec<regex::Captures> = if taken.any() {
            re.find_iter(&text)
                .filter(|m| !taken.overlaps(m.start(), m.end()))
                .filter_map(|m| re.captures_at(&text, m.start()))
                .collect()
        } else {
            crate::fold::captures_fast(re, &text).collect()
        };
        let mut found: std::collections::VecDeque<regex::Captures> = found.into();
        while let Some(c) = found.pop_front() {
            let m = c.get(0).expect("match");
            if taken.overlaps(m.start(), m.end()) {
                continue;
            }
            // "tués ou blessés" gives no separate death toll; "tombés dans
            // une embuscade" is no death at all.
            let rest = text[m.end()..].trim_start();
            if *kind == Kind::Death
                && (rest.starts_with("ou bless")
                    || (m
                        .as_str()
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.starts_with("tombe"))
                        && ["dans", "entre", "aux mains", "sous le controle", "en panne"]
                            .iter()
                            .any(|w| rest.starts_with(w))))
            {
                continue;
            }
            // "Quatre soldats ont été tués dans l'explosion ..., et trois
            // civils sont morts dans une autre attaque": the dead of
            // another event than the one the sentence told first (a
            // sentence that tells only the other one keeps them).
            if *kind == Kind::Death
                && in_another_event(rest)
                && ["tue", "mort", "peri", "abattu", "neutralis", "la vie"]
                    .iter()
                    .any(|w| crate::fold::tail(&text[..m.start()], 300).contains(w))
            {
                taken.claim(m.start(), m.end());
                continue;
            }
            // A figure from an earlier report that a later one replaced
            // ("un premier bilan faisait état de 95 morts ; ... désormais
            // 35"): kept apart, used only when nothing newer is given.
            let window = crate::fold::tail(&text[..m.start()], 200);
            let clause = window
                .rfind([';', '.'])
                .map_or(window, |i| &window[i + 1..]);
            // So is one a revision later in the sentence raises or lowers
            // ("Bilan gouv. 12 morts ; bilan revu à la hausse : 17 morts",
            // "1er bilan 50 morts, porté à 79").
            let earlier = is_superseded(clause)
                || (*kind == Kind::Death
                    && revision.as_ref().is_some_and(|r| r.whole.start >= m.end()));
            // "intervenue deux jours après que cinq autres sont morts",
            // "deux semaines après la mort de six personnes": an earlier
            // event's dead, counted from this one.
            if lagged_earlier(clause) {
                if *kind == Kind::Death {
                    let q = c.name("q").map_or("", |x| x.as_str());
                    if let Some(n) = c
                        .name("n")
                        .and_then(|n| parse_count(q, n.as_str(), second_figure(&c)))
                    {
                        toll.earlier = Some(toll.earlier.map_or(n, |e| add(e, n)));
                        taken.claim(m.start(), m.end());
                    }
                }
                continue;
            }
            // "ainsi qu'un civil" adds to a death told just before it.
            // Not after the wounded told since ("un casque bleu a été tué,
            // sept autres blessés ainsi que sept soldats français": the
            // French were wounded).
            if m.as_str().starts_with("ainsi") {
                let before = crate::fold::tail(&text[..m.start()], 30);
                let died_at = [
                    "tue",
                    "mort",
                    "peri",
                    "abattu",
                    "neutralis",
                    "la vie",
                    "tombe",
                ]
                .iter()
                .filter_map(|w| before.rfind(w))
                .max();
                let Some(died_at) = died_at else {
                    continue;
                };
                if before.rfind("bless").is_some_and(|w| w > died_at) {
                    continue;
                }
            }
            // A long gap must not hold another figure or another verb:
            // "10 soldats ont été blessés et 3 civils tués" is not 10 dead.
            if let Some(gap) = c.name("gap") {
                // "26 passagers, qui se rendaient à la foire, ont tous
                // perdu la vie": a relative clause set off by commas is
                // an aside, not another subject.
                let aside = gap
                    .as_str()
                    .trim_start()
                    .strip_prefix(',')
                    .and_then(|r| r.trim_end().strip_suffix(','))
                    .is_some_and(|r| {
                        r.trim_start().starts_with("qui ")
                            && !r.contains(',')
                            && !r.bytes().any(|b| b.is_ascii_digit())
                    });
                // "un passager a été blessé et est décédé peu après": the
                // one wounded died.
                let died_of_wounds = wounded_then_died().is_match(gap.as_str());
                // "un douanier qui se trouvait à proximité a été tué": a
                // short relative clause without commas, about the subject.
                // So is one after an adjective ("cinq gendarmes maliens qui
                // escortaient un convoi").
                let clause = gap.as_str().trim_start();
                let clause = clause
                    .split_once(' ')
                    .filter(|(w, r)| {
                        r.starts_with("qui ") && w.bytes().all(|b| b.is_ascii_lowercase())
                    })
                    .map_or(clause, |(_, r)| r);
                let relative = clause.starts_with("qui ")
                    && !gap.as_str().contains([',', ';'])
                    && !gap.as_str().bytes().any(|b| b.is_ascii_digit())
                    && !gap.as_str().split_whitespace().any(|w| {
                        matches!(w, "et" | "ou" | "mais" | "dont") || w.starts_with("bless")
                    });
                // What is left once asides are set apart: a relative
                // clause between commas ("le fils du chef, qui tentait
                // d'alerter les FDS, a été abattu") and a date ("portés
                // disparus le 5 août") say nothing of the count.
                let rest = gap_asides().replace_all(gap.as_str(), " ");
                let g = if aside || died_of_wounds || relative || is_breakdown(gap.as_str()) {
                    ""
                } else {
                    rest.as_ref()
                };
                // "selon plusieurs habitants, des soldats ont été tués":
                // the count is of the sources, not of the dead.
                let source = {
                    let lead = crate::fold::tail(&text[..m.start()], 12).trim_end();
                    lead.ends_with("selon") || lead.ends_with("d'apres")
                };
                if source
                    || has_figure(g)
                    || gap_breakers().is_match(g)
                    || (singular(&c["n"])
                        && g.split_whitespace()
                            .any(|w| w == "a" || w == "et" || w == "ou"))
                {
                    continue;
                }
            }
            // "s'élève désormais à 28 soldats tués après la découverte des
            // corps de onze militaires": the bodies found are a part of the
            // new total, not more dead nor a rival count.
            if *kind == Kind::Death && found_part_of_a_new_total(&text, m.start()) {
                continue;
            }
            // "dans la zone de Banibangou, où 33 personnes ont été tuées fin
            // juillet": the dead of an earlier event at the place, told with
            // their own time.
            if *kind == Kind::Death && where_earlier(&text, m.start(), m.end()) {
                continue;
            }
            // "dont le numéro 2 de la katiba": a rank, not a count.
            let n_at = c.name("n").map_or(m.start(), |n| n.start());
            if crate::fold::tail(&text[..n_at], 10)
                .trim_end()
                .ends_with("numero")
            {
                continue;
            }
            // "cinq autres sont morts dans un accident de la circulation":
            // not killed in the conflict.
            let after = text.get(m.end()..(m.end() + 40).min(text.len()));
            if matches!(kind, Kind::Death) && after.is_some_and(|a| a.contains("accident")) {
                continue;
            }
            let q = c.name("q").map_or("", |x| x.as_str());
            let Some(count) = parse_count(q, &c["n"], second_figure(&c)) else {
                continue;
            };
            // "une dizaine de morts de chaque côté": the figure is each
            // side's, so the toll is twice it.
            let count = if each_side(&text[m.end()..]) {
                add(count, count)
            } else {
                count
            };
            taken.claim(m.start(), m.end());
            toll.evidence.push(original(m.start(), m.end()));
            match kind {
                // The wounded of the first report, when the revision
                // counts them again.
                Kind::Wounded
                    if revision.as_ref().is_some_and(|r| {
                        r.whole.start >= m.end() && text[r.whole.start..].contains("bless")
                    }) => {}
                Kind::Wounded => wounded.push(count),
                Kind::Death => {
                    if c.name("p").is_some_and(|p| things().is_match(p.as_str())) {
                        continue;
                    }
                    // "faisant deux victimes, dont un mort et un blessé":
                    // victims the sentence then breaks down into dead and
                    // wounded; the dead are the breakdown's.
                    // "a fait de nombreuses victimes": many hurt, not a
                    // count of dead.
                    if m.as_str().ends_with("victimes")
                        && (c.name("n").is_some_and(|n| n.as_str().contains("nombreu"))
                            || victims_broken_down(&text[m.end()..]))
                    {
                        taken.release(m.start(), m.end());
                        toll.evidence.pop();
                        continue;
                    }
                    // "Deux individus armés ont assassiné le chef": the
                    // killers, not the dead.
                    if killers_counted(m.as_str(), count) {
                        taken.release(m.start(), m.end());
                        toll.evidence.pop();
                        continue;
                    }
                    // "trois mois après le massacre de 160 Peuls": the toll
                    // of the earlier event the sentence measures from.
                    if m.as_str().contains("massacre") || m.as_str().contains("tuerie") {
                        let lead = crate::fold::tail(&text[..m.start()], 12).trim_end();
                        if ["apres", "depuis", "avant"]
                            .iter()
                            .any(|w| lead.ends_with(w))
                        {
                            taken.release(m.start(), m.end());
                            toll.evidence.pop();
                            continue;
                        }
                    }
                    // "L'armée dément la mort de 40 militaires": dead
                    // the sentence says there were not.
                    if denied_before(&text[..m.start()]) {
                        taken.release(m.start(), m.end());
                        toll.evidence.pop();
                        continue;
                    }
                    // "ont laissé 24 corps", "auraient laissé un mort sur
                    // le terrain": the attackers' dead.
                    let before = crate::fold::tail(&text[..m.start()], 12).trim_end();
                    // So are "une trentaine de corps abandonnés par les
                    // assaillants", "30 corps terroristes abandonnés", "ont
                    // abandonné 24 corps".
                    let left_behind = ["laiss", "recuper", "denombr"]
                        .iter()
                        .any(|w| m.as_str().starts_with(w))
                        || [
                            "laisse",
                            "laisses",
                            "laissant",
                            "laisser",
                            "abandonne",
                            "abandonnant",
                            "abandonner",
                        ]
                        .iter()
                        .any(|w| before.ends_with(w))
                        || m.as_str().contains("abandonnes");
                    // Those who blew themselves up were the attackers.
                    let bombers =
                        m.as_str().ends_with("exploser") || m.as_str().ends_with("sauter");
                    let bodies_of = left_behind
                        .then(|| whose_bodies(&text[m.end()..]))
                        .flatten();
                    // "Les terroristes ont eux-mêmes perdu 17 hommes", "ont
                    // pour leur part perdu 40 des leurs": the side the
                    // clause opens on; else the army's.
                    let losing_side = || {
                        if lost_by_attackers(crate::fold::tail(&text[..m.start()], 60)) {
                            Group::Attackers
                        } else {
                            Group::Forces
                        }
                    };
                    let group = match c.name("p") {
                        Some(_) if bombers => Group::Attackers,
                        Some(_) if c.name("lost").is_some() => losing_side(),
                        // "Ils ont attaché tout le monde ... Dix d'entre eux
                        // ont été exécutés": the captives, not the gunmen.
                        Some(p)
                            if p.as_str().starts_with("entre")
                                && (m.as_str().contains("execut")
                                    || crate::fold::head(&text[m.end()..], 30)
                                        .contains("execut")) =>
                        {
                            Group::All
                        }
                        // "Les soldats les ont poursuivis mais sont tombés
                        // dans une embuscade qui a coûté la vie à cinq
                        // d'entre eux": those the clause before named; told
                        // of no one, anyone (the army's "neutralisation de
                        // 15 d'entre eux" is of the attackers).
                        Some(p)
                            if p.as_str().starts_with("entre")
                                && !m.as_str().contains("neutralis") =>
                        {
                            let killers_words = ["tu", "abat", "neutralis", "elimin"]
                                .iter()
                                .any(|w| m.as_str().starts_with(w));
                            referent_group(&text[..m.start()]).unwrap_or(if killers_words {
                                // "L'armée affirme avoir tué cinq d'entre
                                // eux": the side that killed counts its
                                // enemies.
                                Group::Attackers
                            } else {
                                Group::All
                            })
                        }
                        // "89 morts côté ami": the communiqué's own side.
                        Some(p) if matches!(p.as_str(), "ami" | "amis") => Group::Forces,
                        // "tuant 15 membres de GAT": of an armed group.
                        Some(p) => match group_of(p.as_str()) {
                            Group::All if of_an_armed_group(p.as_str(), &text[p.end()..]) => {
                                Group::Attackers
                            }
                            // "retrouver 19 corps de terroristes": whose
                            // bodies the words after them say.
                            Group::All if matches!(p.as_str(), "corps" | "cadavres") => {
                                whose_bodies(&text[p.end()..]).unwrap_or(Group::All)
                            }
                            // "65 victimes civiles", "12 victimes
                            // militaires": the adjective names the side.
                            Group::All if p.as_str().starts_with("victime") => {
                                let next = text[p.end()..].trim_start();
                                if next.starts_with("civil") {
                                    Group::Civilians
                                } else if next.starts_with("militaire") {
                                    Group::Forces
                                } else {
                                    Group::All
                                }
                            }
                            g => g,
                        },
                        // "dénombré 15 corps de chauffeurs": whose bodies
                        // the words after say.
                        None if bodies_of.is_some() => bodies_of.unwrap_or(Group::All),
                        None if left_behind || c.name("neut").is_some() => Group::Attackers,
                        None if c.name("lost").is_some() => losing_side(),
                        // "21 martyrs": the communiqué's own fallen.
                        None if m.as_str().contains("martyr") => Group::Forces,
                        // "a fait 65 victimes civiles": the adjective the
                        // count ends on names the side.
                        None if m.as_str().ends_with("victimes civiles") => Group::Civilians,
                        None if m.as_str().ends_with("victimes militaires") => Group::Forces,
                        None => Group::All,
                    };
                    // "une centaine de morts du côté des rebelles": a
                    // count over everyone that names its side after it,
                    // unless the side is named right before it ("côté ami
                    // 89 morts, côté ennemi 77 morts": the next side is
                    // the next count's).
                    let group = match group {
                        // "07 hommes du côté des terroristes ont été tués":
                        // or between the count and its verb.
                        Group::All => side_before(&text[..m.start()])
                            .or_else(|| c.name("gap").and_then(|g| side_after(&text[g.start()..])))
                            .or_else(|| side_after(&text[m.end()..]))
                            .unwrap_or(Group::All),
                        g => g,
                    };
                    // "40 combattants tués (8 militaires, 32 VDP)": the
                    // breakdown says whose fighters they were.
                    let group = match group {
                        Group::Attackers | Group::All
                            if forces_breakdown(&text[m.end()..])
                                || c.name("p")
                                    .is_some_and(|p| forces_breakdown(&text[p.end()..])) =>
                        {
                            Group::Forces
                        }
                        g => g,
                    };
                    // "Ces opérations ont permis de neutraliser plusieurs
                    // terroristes": a claim with no number over several
                    // strikes or operations is no figure for any one of them.
                    if group == Group::Attackers
                        && count == Casualties::at_least(2)
                        && c["n"].starts_with(['p', 'q'])
                        && over_several_operations().is_match(&text)
                    {
                        taken.release(m.start(), m.end());
                        toll.evidence.pop();
                        continue;
                    }
                    if earlier {
                        toll.superseded_groups.push((group, count));
                        continue;
                    }
                    // "54 morts, dont 53 militaires": a part of a total.
                    let lead_in = &text[m.start().saturating_sub(24)..m.start()];
                    // The clause before the figure, back to the last stop,
                    // read only after a subset word.
                    let clause_before = || {
                        let window = crate::fold::tail(&text[..m.start()], 80);
                        window
                            .rfind([';', '.'])
                            .map_or(window, |i| &window[i + 1..])
                    };
                    // "deux colonnes de motos, soit plus d'une centaine de
                    // terroristes": "soit" restates things, not the dead,
                    // when its clause counted none.
                    let restates_things = |clause: &str| {
                        clause.trim_end().ends_with("soit")
                            && ![
                                "mort",
                                "tue",
                                "neutralis",
                                "abattu",
                                "victime",
                                "bless",
                                "deced",
                                "peri",
                                "pertes",
                            ]
                            .iter()
                            .any(|w| clause.contains(w))
                    };
                    // "a subi des pertes, notamment plusieurs morts": no
                    // count before it, so no total it is part of ("dont le
                    // chauffeur a péri" is a relative clause).
                    let no_total_before = |clause: &str| {
                        lead_in.trim_end().ends_with("notamment")
                            && !counted_words().is_match(clause)
                    };
                    // "35 civils dont 31 femmes et 7 FDS tués": soldats are
                    // no part of a count of civilians, but a group of
                    // their own.
                    let other_side = || {
                        let before = crate::fold::tail(&text[..m.start()], 60);
                        let Some(k) = before.rfind(" dont ") else {
                            return false;
                        };
                        let total = before[..k].rsplit(char::is_whitespace).next().unwrap_or("");
                        let total = group_of(total);
                        total != Group::All && group != Group::All && total != group
                    };
                    let part_of_total = subset().is_match(lead_in)
                        && !victims_before(lead_in)
                        && {
                            let clause = clause_before();
                            !restates_things(clause) && !no_total_before(clause)
                        }
                        && !other_side();
                    if part_of_total {
                        // "06 blessés dont 01 civil, 07 assaillants
                        // neutralisés": the part is the first group only;
                        // the groups after the comma are read on their own.
                        if let Some(comma) = m.as_str().find(',') {
                            taken.release(m.start(), m.end());
                            toll.evidence.pop();
                            // Read by this same pattern from the comma on
                            // ("plusieurs dizaines de terroristes
                            // neutralisés" after "dont 1 civil,").
                            if let Some(again) = re.captures_at(&text, m.start() + comma + 1) {
                                found.push_front(again);
                            }
                        }
                        continue;
                    }
                    // "et trois autres ont succombé": added to the figure
                    // told before it, once every figure is read.
                    // So does "avant d'abattre 7 autres habitants".
                    // "onze ont été tuées par balles et une autre a été
                    // égorgée": one more.
                    let more = c.name("more").is_some()
                        || c.name("p").is_some_and(|p| p.as_str() == "autres")
                        || (m.as_str().starts_with("a ete")
                            && crate::fold::tail(&text[..m.start()], 12)
                                .trim_end()
                                .ends_with(" autre"))
                        || c.name("n")
                            .is_some_and(|n| text[n.end()..].trim_start().starts_with("autres "))
                        || (c.name("p").is_none() && died_just_before(&text[..m.start()]))
                        // "… et abattu le directeur ; un habitant a
                        // également été tué": one more.
                        || m.as_str().contains(" egalement ete ")
                        || m.as_str().contains(" aussi ete ")
                        // "Trois civils sont également morts des suites
                        // de leurs blessures": three more, of the wounded.
                        // (Not "quatre soldats ont également péri", a
                        // group of its own.)
                        || (m.as_str().contains(" sont egalement ")
                            && crate::fold::head(&text[m.end()..], 40).contains("blessures"))
                        // "12 tués sur place, 3 décédés au CSPS": those
                        // who died after, where they were cared for.
                        || (m.as_str().contains("decede") && died_in_care(&text[m.end()..]));
                    if more {
                        // "tué avec trois autres", "Ladji et trois autres
                        // volontaires ont été tués": the one just named
                        // and three more.
                        let with_named = m.as_str().contains(" avec ")
                            || c.name("n").is_some_and(|n| {
                                crate::fold::tail(&text[..n.start()], 12)
                                    .trim_end()
                                    .ends_with(" et")
                            });
                        more_of.push((m.start(), count, with_named));
                        continue;
                    }
                    // "selon un élu, 7 gendarmes tués": a source, not a
                    // member of the list.
                    let sourced = |l: &regex::Match| {
                        let before = text[..l.start()].trim_end();
                        before.ends_with("selon")
                            || before.ends_with("apres")
                            || before.ends_with("pour")
                    };
                    // The members of one list are different people: "un
                    // soldat de la paix et un militaire malien ont été
                    // tués" is two soldiers, not one count told twice.
                    let mut members = vec![(group, count)];
                    // "ont assassiné le cheikh, son fils aîné et son
                    // cousin": one more person for each named after the
                    // first, with the first one's group.
                    if let Some(people) = c.name("people") {
                        // Each ", son fils" and the closing "et son cousin".
                        let more = people.as_str().matches(',').count() + 1;
                        add_member(&mut members, group, Casualties::exact(more as u32));
                    }
                    // "deux commerçants et leur chauffeur": one more person,
                    // named without a number.
                    if let Some(w) = c.name("plus") {
                        if let Some(more) = c.name("plusn") {
                            // Not "et deux autres blessés".
                            let wounded = w.as_str().contains("bless")
                                || text[w.end()..].trim_start().starts_with("bless");
                            if let Some(more) =
                                parse_count("", more.as_str(), None).filter(|_| !wounded)
                            {
                                add_member(&mut members, group, more);
                            }
                        } else if w.as_str().contains("autres") {
                            add_member(&mut members, group, Casualties::at_least(2));
                        } else if let Some(one) = one_more(w.as_str(), group) {
                            add_member(&mut members, one, Casualties::exact(1));
                        }
                    }
                    // "et 34 VDP" after the count, "17 soldats, 4 civils
                    // et" before it: more groups of the same dead.
                    if let Some(after) = c.name("after") {
                        add_listed(&mut members, after.as_str());
                    }
                    // "Six Français sont morts ainsi que leur guide et leur
                    // chauffeur": one more for each companion named after
                    // the verb.
                    for noun in companions_after(&text[m.end()..]) {
                        if let Some(one) = one_more(noun, group) {
                            add_member(&mut members, one, Casualties::exact(1));
                        }
                    }
                    if let Some(list) = c
                        .name("list")
                        .filter(|l| !l.as_str().trim().is_empty() && !sourced(l))
                    {
                        add_listed(&mut members, list.as_str());
                    }
                    // "le prêtre et cinq fidèles tués": one person named
                    // by an article before the list, with it.
                    if let Some(l) = c.name("list") {
                        if let Some(g) = one_person_before(&text[..l.start()]) {
                            add_member(&mut members, g, Casualties::exact(1));
                        }
                    }
                    // "38 personnes - 14 hommes, 14 femmes et 10 enfants
                    // avaient été massacrés": the list breaks down a total
                    // told just before it, which stands when the parts do
                    // not exceed it (some may go unnamed).
                    if let Some((g, total)) = total_before(&text[..m.start()]) {
                        let parts = total_deaths(&members).and_then(|d| d.low).unwrap_or(0);
                        if total.low.is_some_and(|t| parts <= t) {
                            members = vec![(g, total)];
                        }
                    }
                    let approximate = crate::french::approx(c["n"].trim()).is_some()
                        && count.low.is_some()
                        && count.low == count.high;
                    if approximate {
                        toll.approximate.push(members[0]);
                    }
                    // "cinq membres des milices et deux élus": a list's
                    // people of no named side are others than its named
                    // groups, so they add to them rather than stand as a
                    // total over everyone.
                    if members.len() > 1 {
                        if let Some(k) = members.iter().position(|(g, _)| *g == Group::All) {
                            let (_, n) = members.remove(k);
                            add_member(&mut members, Group::Civilians, n);
                        }
                    }
                    for member in members {
                        starts.push(m.start());
                        toll.death_groups.push(member);
                    }
                }
            }
        }
    }
    // "quatre assaillants ont été abattus à l'ambassade, et quatre autres
    // au niveau de l'état-major": more of the figure just told, with its
    // verb left out.
    for (at, count) in elided_others(&text, &starts, &taken) {
        more_of.push((at, count, false));
    }
    // Figures in text order, to find the one told last before each "N
    // autres" without a scan per figure.
    let mut order: Vec<usize> = (0..starts.len()).collect();
    order.sort_by_key(|&i| starts[i]);
    let mut alone = 0;
    for (at, count, with_named) in more_of {
        let before = order
            .partition_point(|&i| starts[i] < at)
            .checked_sub(1)
            .map(|k| order[k]);
        match before {
            Some(i) => toll.death_groups[i].1 = add(toll.death_groups[i].1, count),
            None if with_named => {
                toll.death_groups
                    .push((Group::All, add(count, Casualties::exact(1))));
            }
            None => {
                toll.death_groups.push((Group::All, count));
                alone += 1;
            }
        }
    }
    toll.adds_to_told = alone > 0 && alone == toll.death_groups.len();
    // "10 corps retrouvés jeudi soir, 4 autres ce vendredi matin, bilan 14
    // morts": the sentence's closing total over everyone stands for the
    // counts told on the way to it.
    if starts.len() == toll.death_groups.len() && toll.death_groups.len() > 1 {
        let last = (0..starts.len())
            .max_by_key(|&i| starts[i])
            .expect("counts");
        let (g, total) = toll.death_groups[last];
        let closing = g == Group::All
            && crate::fold::tail(&text[..starts[last]], 16)
                .trim_end()
                .trim_end_matches(':')
                .trim_end()
                .ends_with("bilan");
        let others_within = toll
            .death_groups
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != last)
            .all(|(_, (_, c))| c.low.zip(total.low).is_some_and(|(n, t)| n <= t));
        if closing && others_within {
            toll.death_groups = vec![(g, total)];
        }
    }
    // "Le Mnla déplore de son côté deux morts": the other side's own dead,
    // after those of the side told before; they add to them.
    if let Some(side) = own_side_told(&text) {
        for (g, _) in toll
            .death_groups
            .iter_mut()
            .filter(|(g, _)| *g == Group::All)
        {
            *g = side;
        }
    }
    // Alone in its sentence, a revision only of a toll: "Le bilan a été
    // porté à 79."
    let of_a_toll = |r: &Revision| {
        toll.death_groups.is_empty()
            && ["bilan", "nombre de morts", "nombre de victimes"]
                .iter()
                .any(|w| text[..r.whole.start].contains(w))
    };
    // "porté à 79": the revised toll written with no noun, after the dead
    // it replaces. Bodies found since ("après découverte de 29 corps") are
    // part of it.
    if let Some(r) = revision
        .as_ref()
        .filter(|r| !toll.superseded_groups.is_empty() || of_a_toll(r) || r.from)
    {
        let at = r.figure.start;
        let bare = !starts.iter().any(|&s| s <= at && at <= s + 2);
        let parts = total_deaths(&toll.death_groups)
            .and_then(|d| d.high.or(d.low))
            .unwrap_or(0);
        if let Some(n) = text[r.figure.clone()]
            .parse::<u32>()
            .ok()
            .filter(|&n| bare && parts <= n)
        {
            toll.death_groups = vec![(Group::All, Casualties::exact(n))];
            toll.evidence.push(original(r.whole.start, r.whole.end));
        }
    }
    if let Some(m) = zero_toll().find(&text) {
        toll.evidence.push(original(m.start(), m.end()));
        // "ni blessé ni dégât": nothing happened to anyone.
        let unharmed = m.as_str().starts_with("ni bless");
        if toll.death_groups.is_empty() && (!m.as_str().contains("bless") || unharmed) {
            toll.death_groups.push((Group::All, Casualties::exact(0)));
        }
        if m.as_str().contains("victime") || m.as_str().contains("bless") {
            wounded.push(Casualties::exact(0));
        }
    }
    // "Plus de 10.000 morts", "plus de 2.000 morts" since 2015: the worst
    // massacres here are counted in hundreds (a collective's claim for
    // Barsalogho passes a thousand); two thousand counts a war, not an
    // event.
    toll.death_groups
        .retain(|(_, c)| c.low.is_none_or(|n| n < 2000));
    toll.revises = revision.as_ref().is_some_and(|r| {
        toll.superseded_groups.is_empty() && starts.iter().all(|&at| at >= r.whole.start)
    });
    // "Une vingtaine de morts (22 selon un habitant)", "des dizaines de
    // morts, entre 100 et 200 selon RFI": another source's figure for the
    // one count told.
    if let [(_, told)] = toll.death_groups.as_mut_slice() {
        if let Some(other) = attributed_figure(&text) {
            *told = match told.high {
                // A vague count ("des dizaines") gives way to figures.
                None if told.low.is_none_or(|l| other.low.is_some_and(|o| o >= l)) => other,
                _ => Casualties {
                    low: told.low.zip(other.low).map(|(a, b)| a.min(b)).or(told.low),
                    high: told.high.zip(other.high).map(|(a, b)| a.max(b)),
                },
            };
        }
    }
    toll.deaths = total_deaths(&toll.death_groups);
    toll.wounded = wounded.into_iter().reduce(|a, b| {
        if a == Casualties::exact(0) {
            b
        } else if b == Casualties::exact(0) {
            a
        } else {
            add(a, b)
        }
    });
    toll.claimed = toll.deaths.is_some() && claim().is_match(&text);
    toll
}

/// Whether a count is one person named by an article ("le policier").
fn singular(n: &str) -> bool {
    matches!(n, "le" | "la" | "l'" | "son" | "sa" | "leur" | "un" | "une")
}

/// Nouns of things and times, which a count of the dead never names
/// ("deux drones abattus", "trois engins neutralisés").
fn things() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^(?:vehicules|motos|drones|avions|aeronefs|appareils|helicopteres|engins|mines|bombes|explosifs|camions|citernes|armes|munitions|bases|depots|positions|caches|ans|jours|heures|mois|semaines|kms|kilometres|metres|fois|pick-up|pickups|chameaux|dromadaires|boeufs|vaches|bovins|ovins|caprins|chiens|animaux|tetes|betes|moutons|chevres|anes|projectiles|roquettes|obus|balles|tirs|missiles|bateaux|pirogues)$").expect("regex")
    })
}

/// A figure of any kind in a clause (digits or number words, not "un"):
/// whether a total was told.
fn counted_words() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cents?|dizaines?|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaines?|plusieurs|quelques|nombreu\w+|multiples?)\b").expect("regex")
    })
}

/// Words that make a figure part of a total told just before, and the
/// second part of a breakdown in brackets after a total ("16 morts (13 sur
/// place, 3 décédés de leurs blessures)").
fn subset() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)(?:(?:\bdont|\bparmi\s+(?:lesquels|lesquelles|eux|elles|les\s+victimes|les\s+morts)|\bnotamment|\bsoit)\s*:?\s*(?:au\s+moins\s+)?|\(\s*\d{1,3}\s+(?:tues?\s+|morts?\s+)?sur\s+(?:place|le\s+coup)\s*(?:,|et)\s*)$").expect("regex")
    })
}

/// "Ouattagouna : 10 morts, Karou : 17 morts", "à Karou (17 morts)": the
/// dead counted right after a place, in a breakdown by site. `after` is
/// the text from the end of the place to the next place.
pub(super) fn count_after_place(after: &str) -> Option<Casualties> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"^\s*(?::|\(|,|-|—|–)\s*(?P<q>{QUAL})\s*\b(?P<n>{NUM})\s+(?:morts?|tues?|tuees?|personnes tuees|deces)\b"
        ))
        .expect("regex")
    });
    let head = crate::fold::ascii_lower_1to1(crate::fold::head(after, 60));
    let c = re.captures(&head)?;
    parse_count(&c["q"], &c["n"], None)
}

/// The count told right before a place in a list of places and counts
/// ("17 morts à Gangafané et 26 à Yoro", "dont sept à Ségué et deux à
/// Sonfounou"): `before` is the sentence up to the place.
pub(super) fn count_before_place(before: &str) -> Option<Casualties> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?:^|[\s,;:(])(?P<q>{QUAL})\s*\b(?P<n>{NUM})(?P<others>\s+autres)?(?:\s+(?:de\s+|d')?(?:morts?|tues?|tuees?|victimes?|personnes?|civils?|soldats?|militaires?|villageois|gendarmes?|policiers?|vdp|habitants?))?(?P<trade>\s+(?:{CIVILIANS}|{FORCES})\s+(?:tuee?s?|abattue?s?|executee?s?|egorgee?s?|assassinee?s?))?(?P<passive>\s+(?:ont|sont|avaient)\s+(?:(?:aussi|egalement)\s+)?(?:ete\s+)?(?:tuee?s?|abattue?s?|executee?s?|egorgee?s?|assassinee?s?|morte?s?))?(?:\s*,\s*dont\s+[^,;]{{1,40}},)?\s*,?\s+(?:a|au|dans|sur(?:\s+l'(?:axe)?|\s+la\s+(?:route|voie|piste)(?:\s+(?:de|d'|du))?)?)(?:\s+(?:(?:le|la|l')\s*(?:village|localite|hameau|commune|ville)(?:\s+voisine?)?|celui|celle)\s+(?:de|d'|du))?\s*$"
        ))
        .expect("regex")
    });
    let tail = crate::fold::ascii_lower_1to1(crate::fold::tail(before, 110));
    // "3 bergers tués à Toumour" counts the village's dead; "4 VDP et 2
    // civils tués à Salmossi" is the end of a list, whose sum is read below,
    // and so is "trois soldats et deux civils ont été tués à Kaya" (not
    // "et 4 autres ont été tués à", a count of its own).
    let listed = |c: &regex::Captures| {
        (c.name("trade").is_some() || (c.name("passive").is_some() && c.name("others").is_none()))
            && {
                let head = tail[..c.get(0).map_or(0, |m| m.start())].trim_end();
                head.ends_with(" et") || head.ends_with(',')
            }
    };
    if let Some(c) = re.captures(&tail).filter(|c| !listed(c)) {
        // "enlevée le 7 février 2017 à Karangasso": a year, not a count.
        let year = c["n"].len() == 4
            && c["n"]
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y));
        return (!year)
            .then(|| parse_count(&c["q"], &c["n"], None))
            .flatten();
    }
    // A governor's communiqué: "21 morts, une personne portée disparue,
    // des dégâts matériels importants pour le village de Djiguibombo": the
    // figure of the clause that ends on the village is its dead.
    static FOR: OnceLock<Regex> = OnceLock::new();
    let for_place = FOR.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?:^|[\s,;:(])(?P<q>{QUAL})\s*\b(?P<n>{NUM})\s+(?:morts?|tues?|tuees?|personnes tuees)\b[^0-9;.]{{0,160}}?\bpour (?:le village|la localite|le hameau|la commune|la ville) (?:de|d')\s*$"
        ))
        .expect("regex")
    });
    let wide = crate::fold::ascii_lower_1to1(crate::fold::tail(before, 200));
    if let Some(c) = for_place.captures(&wide) {
        return parse_count(&c["q"], &c["n"], None);
    }
    // "dont 5 VDP et 1 civil tués à Salmossi, 8 VDP et 12 civils de
    // Guessel tués": two groups counted before the place are its dead.
    static SUM: OnceLock<Regex> = OnceLock::new();
    let sum = SUM.get_or_init(|| {
        let group = format!(r"(?:{FORCES}|{CIVILIANS}|{ATTACKERS}|personnes)");
        crate::extract::compile::regex(&format!(
            r"(?:^|[\s,;:(])(?P<q>{QUAL})\s*\b(?P<n>{NUM})\s+{group}\s+(?:et|,)\s+(?P<q2>{QUAL})\s*\b(?P<m>{NUM})\s+{group}(?:\s+(?:tues?|tuees?|morts?))?\s+(?:a|au|dans|de|d')\s*$"
        ))
        .expect("regex")
    });
    let c = sum.captures(&tail)?;
    Some(add(
        parse_count(&c["q"], &c["n"], None)?,
        parse_count(&c["q2"], &c["m"], None)?,
    ))
}

fn paren_digits() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(r"\(\s*\d+\s*\)").expect("regex"))
}

/// Words that end a subject: another count, a verb, a conjunction.
/// Whether words hold a figure of their own: a word that starts with a
/// digit ("3 civils", "12"), not a name with one in it ("la force du G5
/// Sahel", "la RN16").
fn has_figure(words: &str) -> bool {
    words.split_whitespace().any(|w| {
        w.trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
            .starts_with(|c: char| c.is_ascii_digit())
    })
}

/// One person named by an article and joined to a count after it: "le
/// prêtre et", "le chef du village ainsi que". Returns the person's group.
fn one_person_before(before: &str) -> Option<Group> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i-u)\b(?:le|la|l'|son|sa|leur)\s*(?:premier\s+|jeune\s+|vieux\s+)?(?P<p>{FORCES}|{CIVILIANS}|chefs?|{TITLES})(?:-[a-z]+)?(?:\s+(?:du|de\s+la|de\s+l'|des|de|d')\s*[a-z]+){{0,2}}\s+(?:et|ainsi\s+que)\s*$"
        ))
        .expect("regex")
    });
    let c = re.captures(crate::fold::tail(before, 60))?;
    let p = &c["p"];
    // Plurals ("les civils et") are no one person.
    if p.ends_with('s') && !matches!(p, "fils" | "religieux") {
        return None;
    }
    Some(match group_of(p) {
        Group::All => Group::Civilians,
        g => g,
    })
}

/// Whether the words before a count are "et" after other dead ("quatre
/// civils égorgés et deux tués par balles": two more, not the same four
/// told again).
fn died_just_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i-u)\b(?:\d+|{NUM})\s+(?:[a-z'-]+\s+){{0,3}}?(?:{DIED})(?:\s+[a-z'-]+){{0,3}}?\s+et\s*$"
        ))
        .expect("regex")
    })
    .is_match(crate::fold::tail(before, 80))
}

/// Kinds of people a breakdown after "dont" sets apart from the next
/// count ("35 civils dont 31 femmes et 7 FDS tués").
const PEERS: &str = r"soldats?|militaires?|gendarmes?|policiers?|douaniers?|gardes?|vdp|fds|volontaires|civils?|villageois|habitants?|assaillants?|attaquants?|terroristes?|jihadistes?|djihadistes?|chasseurs?|dozos?|forestiers?";

/// The breakdown after "dont" blanked when the count after it is of
/// another kind of people (`head` and `other` of the match), with the
/// positions kept; the match as it is otherwise.
fn blank_peer_aside(c: &regex::Captures) -> String {
    let stem = |w: &str| w.trim_end_matches('s').to_string();
    if stem(&c["head"]) == stem(&c["other"]) {
        return c[0].to_string();
    }
    let start = c.get(0).map_or(0, |m| m.start());
    let mut aside = c
        .name("aside")
        .map_or(0..0, |m| m.start() - start..m.end() - start);
    // "53 combattants dont 17 militaires et 36 VDP ont perdu la vie": both
    // parts blanked, the total reads on to its verb.
    if parts_make_the_total(c) {
        aside.end = c.name("other").map_or(aside.end, |m| m.end() - start);
    }
    format!(
        "{}{}{}",
        &c[0][..aside.start],
        " ".repeat(aside.len()),
        &c[0][aside.end..]
    )
}

/// Whether the count after "dont" and the count after it add up to the
/// total before "dont", a word that holds both kinds ("53 combattants
/// dont 17 militaires et 36 VDP", "12 FDS dont 5 soldats et 7
/// gendarmes"): then both break the total down, and no one is counted
/// twice. ("3 policiers dont un officier, 2 douaniers" adds up by chance:
/// customs officers are no policemen.)
fn parts_make_the_total(c: &regex::Captures) -> bool {
    if !matches!(&c["head"], "combattants" | "fds") {
        return false;
    }
    let count = |name: &str| {
        c.name(name)
            .and_then(|m| parse_count("", m.as_str(), None))
            .and_then(|n| n.low.filter(|_| n.low == n.high))
    };
    match (count("total"), count("part"), count("more")) {
        (Some(total), Some(part), Some(more)) => part + more == total,
        _ => false,
    }
}

/// A total that a colon, a dash, a bracket or "dont" opens on, just
/// before a breakdown: "38 personnes - ", "au moins 12 victimes : ",
/// "six (06) personnes dont un gendarme, deux auxiliaires des douanes et ".
fn total_before(before: &str) -> Option<(Group, Casualties)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i-u)(?P<q>{QUAL})\s*\b(?P<n>\d+|{NUM})(?:\s*\(\d+\))?\s+(?:de\s+|d')?(?P<p>personnes|victimes|civils|villageois|habitants|soldats|militaires)\s*(?:-|:|\(|\bdont\s)\s*(?:(?:\d+|{NUM})(?:\s*\(\d+\))?\s+[a-z]+(?:\s+[a-z'-]+){{0,4}}?\s*(?:,|et)\s*){{0,4}}$"
        ))
        .expect("regex")
    });
    let c = re.captures(crate::fold::tail(before, 140))?;
    if c["n"].starts_with(['p', 'q', 'd']) {
        return None;
    }
    let n = parse_count(&c["q"], &c["n"], None)?;
    Some((group_of(&c["p"]), n))
}

/// Whether the words between a count and its verb only break the count
/// down: "six personnes - un gendarme et cinq civils - ont été tuées",
/// "(dont deux femmes)", ", notamment deux enfants,". The parts are the
/// same people as the count, which stands; a verb inside ("- trois ont
/// été blessés -") makes it another statement.
fn is_breakdown(gap: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(concat!(
            r"(?i)^\s*(?:",
            r"-\s+(?P<dash>[^-;:]{3,90}?)\s+-",
            r"|\((?P<paren>[^();:]{3,90})\)",
            r"|,\s*(?:notamment|dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|soit|a\s+savoir|en\s+majorite|essentiellement|principalement)\s+(?P<comma>[^,;:]{3,90}),",
            r")\s*$"
        ))
        .expect("regex")
    });
    let Some(c) = re.captures(gap) else {
        return false;
    };
    let inner = ["dash", "paren", "comma"]
        .iter()
        .find_map(|k| c.name(k))
        .map_or("", |m| m.as_str());
    static VERB: OnceLock<Regex> = OnceLock::new();
    let verb = VERB.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:ont|sont|est|a\s+ete|avaient|avait|etaient|bless\w*|disparu\w*|enleve\w*)\b")
            .expect("regex")
    });
    !verb.is_match(inner)
}

fn gap_breakers() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|bless\w*|ont|sont|est|mais|qui|dont|tandis|alors|avaient|avait)\b").expect("regex")
    })
}

/// The gap of "un passager a été (grièvement) blessé et est décédé": the
/// same person was wounded, then died.
fn wounded_then_died() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?-u)^\s+(?:a|ont)\s+ete\s+(?:grievement\s+|mortellement\s+)?bless\w*\s+(?:et|puis)$",
        )
        .expect("regex")
    })
}

/// Words of an earlier toll that a later one replaced.
pub(crate) const SUPERSEDED: &str = r"(?i-u)\b(?:premier|precedent|ancien|dernier)s?\s+(?:bilan|decompte|communique|chiffre)s?\b|\bbilan\s+(?:initial|anterieur|precedent)\b|\bauparavant\b[\x00-\x2d\x2f-\x7f]{0,40}\bbilan\b|\bfaisait\s+etat\b|\bfaisaient\s+etat\b|\bavai(?:t|ent)\s+(?:d'abord\s+|alors\s+)?fait\s+etat\b|\bdem(?:ent|enti)\w*\s+(?:formellement\s+|categoriquement\s+)?(?:les?|des|ces|ses)\s+(?:informations?|rumeurs?|allegations?|affirmations?|chiffres?|bilans?)\b|\bavait\s+(?:d'abord|initialement)\b|\binitialement\b|\bdans\s+un\s+premier\s+temps\b|\bdans\s+un\s+premier\s+bilan\b|\b(?:bilan|decompte|chiffre)\b[a-z' ]{0,25}\b(?:alors|jusque-la|jusqu'alors)\b|\bavai(?:t|ent)\s+(?:\w+\s+)?(?:annonce|donne|communique|avance|publie|fourni)\s+un\s+(?:premier\s+)?bilan\b";

/// Words that say an attack failed.
pub(crate) const DENIAL: &str = r"(?i-u)\brepouss[ee]e?s?\b|\bdejou[ee]e?s?\b|\bdement\w*|\bmis en deroute\b|\bcontraint les \w+ au repli\b";

/// Whether a clause ends inside an earlier event counted back from the one
/// told ("deux jours après que", "une semaine après la mort de").
fn lagged_earlier(clause: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"\b(?:jours?|semaines?|mois|heures?|ans?) (?:seulement |a peine )?apres(?: que| qu'| la mort|\s*$| (?:celle|celui)s? (?:de|du|d'|des)\s*$| (?:celle|celui|l'|la |le |les )[^,;]*\bqui\b[^,;]*$)")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(clause))
}

/// Whether a folded sentence gives another side's account of the event
/// ("une tout autre version des événements", "selon la version officielle",
/// "des chiffres que contredisent les habitants"): its figure contests the
/// one told before (the army's 203 "terroristes" against a rights group's
/// 300 civilians are the same dead) instead of adding to it.
pub fn another_version(folded: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    (folded.contains("version") || folded.contains("contredi"))
        && RE
            .get_or_init(|| {
                crate::extract::compile::regex(r"\b(?:autre|officielle)\s+version|\bversion\s+(?:officielle|de\s+l['’](?:armee|etat)|des\s+(?:autorites|militaires)|du\s+gouvernement)|\bversions\s+(?:contradictoires|divergentes)|\bcontredi(?:t|sent|sant)\b")
                    .expect("regex")
            })
            .is_match(folded)
}

/// Where a sentence revises its toll ([`revised_toll`]): the words up to
/// the figure, and the figure.
struct Revision {
    /// Written with the figure it replaces: "s'est alourdi de 11 à 15".
    from: bool,
    whole: std::ops::Range<usize>,
    figure: std::ops::Range<usize>,
}

/// A revision of the toll inside a sentence, up to the first figure it
/// gives ("bilan revu à la hausse : 17", "porté à 79", "porté mardi à
/// 42", "nouveau bilan de
/// 54", "le bilan, d'abord d'une cinquantaine de morts, est passé à
/// 137"): the death figures before it are the earlier report's (folded
/// text). The figure itself is read by the toll patterns, or taken alone
/// when no noun follows it ("porté à 79").
fn revised_toll(text: &str) -> Option<Revision> {
    static RE: OnceLock<Regex> = OnceLock::new();
    if ![
        "revu",
        "revis",
        "porte",
        "nouveau bilan",
        "actualis",
        "alourdi",
        "rehauss",
        "passe",
        "passant",
        "grimpe",
        "puis",
    ]
    .iter()
    .any(|w| text.contains(w))
    {
        return None;
    }
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:(?:bilan|decompte|chiffre)s?\s+(?:a\s+ete\s+|est\s+)?(?:revu|revise|reevalue|actualise|rehausse|corrige|alourdi)e?s?(?:\s+a\s+la\s+(?:hausse|baisse))?|\brevue?s?\s+a\s+la\s+(?:hausse|baisse)|\bnouveau\s+bilan(?:[\x20-\x2d\x2f\x3a\x3c-\x7e]{0,60}?,)?|\b(?:porte|portant|rehausse|alourdi)e?s?(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ensuite|depuis|plus\s+tard|le\s+lendemain))?|\b(?:bilan|decompte|chiffre|nombre\s+de\s+(?:morts|victimes|tues|deces|personnes\s+(?:tuees|decedees)|civils\s+tues))\b[\x20-\x7e]{0,140}?(?P<v>\b(?:est\s+|a\s+)?(?:passe|passant|grimpe|grimpant)(?:\s+(?:desormais|donc|ainsi|finalement))?)|\b(?:(?:premier|provisoire|initial)\s+bilan|bilan\s+(?:provisoire|initial))\b[\x20-\x2d\x2f-\x3a\x3c-\x7e]{0,30}?\bpuis)\s*(?:de\s+(?P<from>\d+)\s+a\s+|(?::|a|de|,))?\s*(?:au\s+moins\s+|plus\s+de\s+|desormais\s+)?(?P<n>\d+)")
            .expect("regex")
    })
    .captures_iter(text)
    .find_map(|c| {
        let (whole, figure) = (c.get(0)?, c.name("n")?);
        // "53 morts (premier bilan 20, puis 32)": earlier figures recalled
        // in brackets after the count that replaced them.
        let before = &text[..whole.start()];
        if before.matches('(').count() > before.matches(')').count() {
            return None;
        }
        let after = text[whole.end()..].trim_start();
        let distance =
            after.starts_with("km") || after.starts_with("kilometre") || after.starts_with('%');
        // "le bilan, d'abord d'une cinquantaine de morts, est passé à 137":
        // the revision starts at its verb; the figure before is the first.
        let start = c.name("v").map_or(whole.start(), |v| v.start());
        (!distance).then(|| Revision {
            from: c.name("from").is_some(),
            whole: start..whole.end(),
            figure: figure.range(),
        })
    })
}

/// Whether a sentence gives an earlier toll that a later one replaced ("un
/// premier bilan faisait état de ...").
pub fn is_superseded(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(SUPERSEDED).expect("regex"))
        .is_match(&crate::fold::ascii_lower_1to1(sentence))
}

/// Whether the words right after a count say it is each side's ("de
/// chaque côté", "dans chacun des deux camps"). "De part et d'autre" is
/// left out: newsrooms write it of a total as often as of each side.
fn each_side(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"^\s*(?:,\s*)?(?:de|dans|pour)\s+(?:chaque\s+(?:cote|camp|partie|bord)|chacun\s+des\s+(?:deux\s+)?(?:camps|cotes|belligerants))\b")
            .expect("regex")
    })
    .is_match(crate::fold::head(after, 48))
}

/// Whether the words after a count of victims break it down ("victimes,
/// dont deux morts et un blessé", "5 victimes (dont 2 morts)").
fn victims_broken_down(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"^\s*(?:\([^)]{0,20}\)\s*)?(?:,|\()?\s*dont\b[^.;]{0,60}?\b(?:morts?|tues?|deces|bless)",
        )
        .expect("regex")
    })
    .is_match(crate::fold::head(after, 90))
}

/// Whether a count's lead-in is "N victimes, dont": the count is the
/// victims' dead, not a part of dead counted before.
fn victims_before(lead_in: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"victimes\s*(?:\([^)]{0,20}\)\s*)?(?:,|\()?\s*dont\s*:?\s*(?:au\s+moins\s+)?$",
        )
        .expect("regex")
    })
    .is_match(lead_in)
}

/// Adds `n` people of `group` to the members of one list: a group named
/// twice is summed, the people of a list being different people.
fn add_member(members: &mut Vec<(Group, Casualties)>, group: Group, n: Casualties) {
    match members.iter_mut().find(|(g, _)| *g == group) {
        Some((_, cur)) => *cur = add(*cur, n),
        None => members.push((group, n)),
    }
}

/// The group of the one person "et leur chauffeur", "et son fils", "et
/// le chef" adds to a count told before it (of `group`), or `None` when
/// the words name no single person ("et leurs chauffeurs", "et le
/// village").
fn one_more(words: &str, group: Group) -> Option<Group> {
    let noun = words.trim().rsplit([' ', '\'']).next().unwrap_or("");
    // Relatives and companions share the group of those they are with.
    const COMPANIONS: [&str; 19] = [
        "chef",
        "fils",
        "frere",
        "epouse",
        "femme",
        "mari",
        "enfant",
        "pere",
        "mere",
        "adjoint",
        "neveu",
        "oncle",
        "guide",
        "apprenti",
        "accompagnateur",
        "chauffeur",
        "interprete",
        "traducteur",
        "collegue",
    ];
    if COMPANIONS.contains(&noun) {
        return Some(group);
    }
    if noun.ends_with(['s', 'x']) {
        return None;
    }
    match group_of(noun) {
        Group::All => None,
        g => Some(g),
    }
}

/// The people named one by one, without a number, right after a count
/// and its verb: "ainsi que leur guide et leur chauffeur" gives "guide"
/// and "chauffeur".
fn companions_after(after: &str) -> Vec<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^\s*,?\s*(?:ainsi\s+que|de\s+meme\s+que|tout\s+comme)\s+(?:leur|son|sa|le|la|l')\s*(?P<a>[a-z-]+)(?:\s+[a-z]+)??(?:\s*(?:,|et)\s*(?:leur|son|sa|le|la|l')\s*(?P<b>[a-z-]+))?")
            .expect("regex")
    });
    re.captures(crate::fold::head(after, 120))
        .map(|c| {
            ["a", "b"]
                .iter()
                .filter_map(|k| c.name(k))
                .map(|m| m.as_str())
                .collect()
        })
        .unwrap_or_default()
}

/// Adds each counted group of a list ("17 soldats, 4 civils et", "et 34
/// VDP") to `members`.
fn add_listed(members: &mut Vec<(Group, Casualties)>, list: &str) {
    // "vingt-quatre personnes - pour la plupart des militaires - et": an
    // aside between dashes says who the count's people are; it counts no
    // one more.
    let without_asides: String;
    let list = if list.contains(" - ") {
        without_asides = list.split(" - ").step_by(2).collect::<Vec<_>>().join(" ");
        without_asides.as_str()
    } else {
        list
    };
    for part in crate::fold::captures_fast(list_members(), list) {
        // "2 soldats blessés, 6 terroristes neutralisés": a member the
        // list says was wounded, missing or taken is no death.
        let rest = &list[part.get(0).expect("match").end()..];
        let own = rest
            .split([','])
            .next()
            .unwrap_or("")
            .split(" et ")
            .next()
            .unwrap_or("");
        if [
            "bless",
            "disparu",
            "enlev",
            "captur",
            "interpell",
            "arret",
            "otage",
        ]
        .iter()
        .any(|w| own.contains(w))
        {
            continue;
        }
        let q = part.name("q").map_or("", |x| x.as_str());
        if let Some(n) = parse_count(q, &part["n"], None) {
            add_member(members, group_of(&part["p"]), n);
        }
    }
}

/// One member of a list of groups ("17 soldats, ").
fn list_members() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i-u)(?P<q>{QUAL})\s*\b(?P<n>{NUM})\s+(?:de\s+|d'(?:autres\s+)?)?(?:ses\s+|leurs\s+|nos\s+)?(?:(?:heros|braves|vaillants)\s+)?(?P<p>{FORCES}|{CIVILIANS}|{ATTACKERS}|personnes|hommes)"
        ))
        .expect("regex")
    })
}

/// Whether the army (or another party) says the attack failed, which makes
/// a claimed toll contested.
pub fn is_denial(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(DENIAL).expect("regex"))
        .is_match(&crate::fold::ascii_lower_1to1(sentence))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deaths(s: &str) -> Option<Casualties> {
        find_casualties(s).deaths
    }

    #[test]
    fn where_a_place_lies_in_brackets_does_not_break_a_list() {
        // "(à 12 km de Djibo)", "(Soum)": where the village is, not part
        // of the count; "(trois)" and "(dont deux soldats)" still are.
        assert_eq!(
            deaths("le maire du village de Touni (à 12 km de Djibo) et un berger abattus"),
            Some(Casualties::exact(2))
        );
        assert_eq!(
            deaths("deux commerçants de Touni (Soum) et un berger abattus par des hommes armés"),
            Some(Casualties::exact(3))
        );
        assert_eq!(
            deaths(
                "le chef du village de Touni (une vingtaine de km de Djibo) enlevé puis exécuté"
            ),
            Some(Casualties::exact(1))
        );
        assert_eq!(deaths("trois (03) civils tués"), Some(Casualties::exact(3)));
    }

    #[test]
    fn a_figure_after_notamment_with_no_total_before_is_counted() {
        // "a subi des pertes, notamment plusieurs morts": losses with no
        // count, then the count; "dont le chauffeur a péri" stays a
        // relative clause of no count.
        assert_eq!(
            deaths("L'ennemi a lui aussi subi des pertes, notamment plusieurs morts laissés sur le terrain."),
            Some(Casualties { low: Some(2), high: None })
        );
        assert_eq!(
            deaths("Les rebelles ont eux aussi perdu plusieurs éléments dans la bataille."),
            Some(Casualties {
                low: Some(2),
                high: None
            })
        );
        assert_eq!(
            deaths("Au moins 12 soldats ont été tués, notamment 3 officiers."),
            Some(Casualties::at_least(12))
        );
    }

    #[test]
    fn a_logs_plus_joins_two_groups() {
        assert_eq!(
            deaths("camp attaqué ~5h, 20 gendarmes + 4 jihadistes tués, 5 blessés"),
            Some(Casualties::exact(24))
        );
        // "+ de" is "plus de": one floor, not a sum.
        assert_eq!(
            deaths("+ de 20 morts à Gao"),
            Some(Casualties::at_least(20))
        );
        assert_eq!(
            deaths("bilan: +de 30 civils tués"),
            Some(Casualties::at_least(30))
        );
    }

    #[test]
    fn the_dead_of_an_earlier_event_counted_from_are_kept_apart() {
        let t = find_casualties(
            "L'attaque de Soumpi survient deux jours après la mort de 26 civils, dont des mères, tués par l'explosion d'une mine à Boni.",
        );
        assert_eq!(t.deaths, None);
        assert_eq!(t.earlier, Some(Casualties::exact(26)));
    }

    #[test]
    fn bodies_counted_are_of_the_people_named_after_them() {
        // The drivers' bodies, not attackers left behind.
        assert_eq!(
            deaths("Au moins quinze chauffeurs ont été tués jeudi. Nous avons dénombré 15 corps de chauffeurs sur le terrain.")
                .and_then(|c| c.low),
            Some(15)
        );
        assert_eq!(
            deaths("les soldats ont dénombré 12 corps sur le terrain"),
            Some(Casualties::exact(12))
        );
    }

    #[test]
    fn bodies_found_are_a_part_of_the_new_total() {
        assert_eq!(
            deaths("le bilan s'élève désormais à 28 soldats tués après la découverte des corps de onze militaires portés disparus"),
            Some(Casualties::exact(28))
        );
        // Without a new total, the bodies found are the count.
        assert_eq!(
            deaths("après la découverte des corps de onze militaires portés disparus"),
            Some(Casualties::exact(11))
        );
    }

    #[test]
    fn a_toll_the_government_had_announced_before_is_an_earlier_figure() {
        assert!(is_superseded(
            "Dimanche, le gouvernement avait annoncé un bilan provisoire de « 10 morts »"
        ));
        assert!(!is_superseded(
            "le gouvernement a annoncé un bilan de 10 morts"
        ));
    }

    #[test]
    fn dead_told_where_an_earlier_event_happened_are_not_this_ones() {
        assert_eq!(
            deaths("Quinze civils ont péri lundi dans la zone de Banibangou, où 33 personnes ont été tuées fin juillet par des terroristes"),
            Some(Casualties::exact(15))
        );
        assert_eq!(
            deaths("un poste du village de Boni, où dix soldats avaient déjà été tués en février"),
            None
        );
        assert_eq!(
            deaths("cinq militaires avaient péri à Intagom, là où, trois policiers avaient été tués trois mois plus tôt"),
            Some(Casualties::exact(5))
        );
    }

    #[test]
    fn people_named_by_nationality_are_counted() {
        // Foreigners are told by their nationality, not "civils".
        assert_eq!(
            deaths(
                "deux Espagnols, un Irlandais et un membre des FDS ont été tués dans l'embuscade"
            ),
            Some(Casualties::exact(4))
        );
        assert_eq!(
            deaths("trois Chinois tués sur le chantier de Djibo"),
            Some(Casualties::exact(3))
        );
    }

    #[test]
    fn a_breakdown_set_off_by_commas_inside_a_list() {
        assert_eq!(
            deaths("trente-cinq civils, dont 31 femmes, et sept militaires ont été tués à Arbinda"),
            Some(Casualties::exact(42))
        );
    }

    #[test]
    fn each_side_of_a_communique_is_its_own_group() {
        assert_eq!(
            deaths("attaque à Douentza, 01 mort et 15 blessés côté FAMa, côté terroristes 03 morts dont 01 à bord du véhicule piégé et 04 autres neutralisés"),
            Some(Casualties::exact(8))
        );
        assert_eq!(
            deaths("les vecteurs aériens combinés aux forces terrestres ont neutralisé plusieurs des terroristes"),
            Some(Casualties::at_least(2))
        );
    }

    #[test]
    fn long_breakdowns_lists_of_people_and_a_relative_killed() {
        assert_eq!(
            deaths("Au moins quatre personnes dont le chef du village et un conseiller villageois tuées mardi"),
            Some(Casualties::at_least(4))
        );
        assert_eq!(
            deaths("au moins six civils, policiers et gendarmes tués, des blessés"),
            Some(Casualties::at_least(6))
        );
        assert_eq!(
            deaths("des individus armés ont attaqué le village, tuant le fils du chef de village"),
            Some(Casualties::exact(1))
        );
    }

    #[test]
    fn communique_tolls_with_martyrs_parts_and_bare_participles() {
        // A group after the wounded's breakdown is counted on its own.
        assert_eq!(
            deaths("bilan côté FAMa 01 mort et 06 blessés dont 01 civil, 07 assaillants neutralisés, 08 interpellés"),
            Some(Casualties::exact(8))
        );
        // Army communiqués count their dead as martyrs.
        assert_eq!(
            deaths("21 martyrs dont un civil et 9 blessés"),
            Some(Casualties::exact(21))
        );
        // "plusieurs neutralisés": at least two, with no verb before.
        assert_eq!(
            deaths("une frappe contre une dizaine de suspects ; plusieurs neutralisés et des véhicules détruits"),
            Some(Casualties::at_least(2))
        );
        // A breakdown with no figure of its own between count and verb.
        assert_eq!(
            deaths(
                "au moins 35 civils dont des femmes et des enfants ont été tués par l'explosion"
            ),
            Some(Casualties::at_least(35))
        );
        // Soldiers fallen, then civilians killed "dans la fusillade": the
        // fall is no fall into an ambush; both groups count.
        assert_eq!(
            deaths("au moins 70 soldats tombés et une trentaine de civils tués dans la fusillade"),
            Some(Casualties::at_least(100))
        );
        assert_eq!(deaths("six soldats tombés dans une embuscade"), None);
        // Hunters, their kind, then what they were doing: five words
        // before the participle.
        assert_eq!(
            deaths("3 chasseurs dozos qui gardaient les troupeaux tués par des jihadistes"),
            Some(Casualties::exact(3))
        );
        // "éliminés" with no people after the figure, as communiqués
        // write it.
        assert_eq!(
            deaths(
                "un groupe armé frappé près de Gao, plus de dix éliminés et leurs motos détruites"
            ),
            Some(Casualties::at_least(10))
        );
    }

    #[test]
    fn a_breakdown_between_the_count_and_its_verb_keeps_the_count() {
        assert_eq!(
            deaths("Huit personnes - deux policiers et six passagers - ont péri dans l'embuscade."),
            Some(Casualties::exact(8))
        );
        assert_eq!(
            deaths("Quatre villageois (dont un enfant) ont été abattus près du marché."),
            Some(Casualties::exact(4))
        );
        assert_eq!(
            deaths("Cinq orpailleurs, notamment trois jeunes du site, ont été tués à l'aube."),
            Some(Casualties::exact(5))
        );
        // A verb inside is another statement, not a breakdown.
        assert_eq!(
            deaths("Neuf soldats - trois ont été blessés - ont été tués."),
            None
        );
    }

    #[test]
    fn a_total_before_a_dash_stands_over_its_breakdown() {
        assert_eq!(
            deaths("En 2016, 31 personnes - 9 hommes, 12 femmes et 10 enfants avaient été tuées dans ce village."),
            Some(Casualties::exact(31))
        );
        assert_eq!(
            deaths("Bilan : 7 civils : 3 femmes et 4 enfants ont été tués."),
            Some(Casualties::exact(7))
        );
    }

    #[test]
    fn the_wounded_of_a_list_are_no_deaths() {
        assert_eq!(
            deaths("Bilan : 3 gendarmes blessés, 7 assaillants neutralisés."),
            Some(Casualties::exact(7))
        );
        assert_eq!(
            deaths("Bilan : 3 gendarmes, 7 assaillants neutralisés."),
            Some(Casualties::exact(10))
        );
    }

    #[test]
    fn a_woman_and_a_girl_are_counted() {
        assert_eq!(
            deaths("Une femme a été tuée par une balle perdue."),
            Some(Casualties::exact(1))
        );
        assert_eq!(
            deaths("Une femme et son enfant ont été tués par l'explosion."),
            Some(Casualties::exact(2))
        );
        assert_eq!(
            deaths("Trois jeunes filles ont été abattues sur la route du puits."),
            Some(Casualties::exact(3))
        );
    }

    #[test]
    fn one_person_named_before_a_count_joins_it() {
        assert_eq!(
            deaths("Le catéchiste et quatre fidèles ont été tués dans l'église."),
            Some(Casualties::exact(5))
        );
        assert_eq!(
            deaths("Le chef du village ainsi que deux de ses gardes ont été tués."),
            Some(Casualties::exact(3))
        );
        // A plural before "et" is no one person.
        assert_eq!(
            deaths("Les gendarmes et trois civils ont été tués."),
            Some(Casualties::exact(3))
        );
    }

    #[test]
    fn people_named_one_by_one_after_the_verb_are_counted() {
        assert_eq!(
            deaths("Des inconnus ont assassiné l'imam, son frère cadet et son neveu dans la nuit."),
            Some(Casualties::exact(3))
        );
        assert_eq!(
            deaths("Les assaillants ont tué le chef du village et son adjoint avant de fuir."),
            Some(Casualties::exact(2))
        );
        assert_eq!(
            deaths("Un groupe armé a exécuté le pasteur de la paroisse devant les fidèles."),
            Some(Casualties::exact(1))
        );
    }

    #[test]
    fn a_date_or_an_adverb_between_the_verb_and_the_count() {
        assert_eq!(
            deaths("des hommes armés ont tué dans la nuit de vendredi à samedi trois personnes dans le village"),
            Some(Casualties::exact(3))
        );
        assert_eq!(
            deaths("les assaillants ont abattu le 12 mars 2021 quatre bergers près du puits"),
            Some(Casualties::exact(4))
        );
        assert_eq!(
            deaths("trois personnes issues d'une même famille ont aussi été abattues par un autre groupe"),
            Some(Casualties::exact(3))
        );
        assert_eq!(
            deaths("Deux soldats ont également été tués."),
            Some(Casualties::exact(2))
        );
        // The sources counted, not the dead.
        assert_eq!(
            deaths("Selon plusieurs habitants, des soldats ont également été tués."),
            None
        );
    }

    #[test]
    fn present_tense_a_single_dead_and_an_office_assassinated() {
        assert_eq!(
            deaths("71 militaires meurent dans une attaque"),
            Some(Casualties::exact(71))
        );
        assert_eq!(
            deaths("l'explosion a fait deux blessés et un tué (le conducteur du véhicule)"),
            Some(Casualties::exact(1))
        );
        assert_eq!(
            deaths("l'assassinat, jeudi soir, du préfet d'Oursi devant sa porte"),
            None,
            "an aside between the noun and its victim is another pattern"
        );
        assert_eq!(
            deaths("après l'assassinat du préfet d'Oursi devant sa porte"),
            Some(Casualties::exact(1))
        );
    }

    #[test]
    fn one_victim_named_by_what_he_was_or_who_he_was_with() {
        // A father and his son: one man, and one more after "et son".
        assert_eq!(
            deaths("des inconnus armés ont abattu un homme et son fils samedi dernier"),
            Some(Casualties::exact(2))
        );
        assert_eq!(
            deaths("des hommes à moto ont tué l'un des notables de Kouakourou"),
            Some(Casualties::exact(1))
        );
        assert_eq!(
            deaths("Un paisible boutiquier tué lorsque son tricycle a roulé sur une mine"),
            Some(Casualties::exact(1))
        );
    }

    #[test]
    fn a_name_with_a_digit_between_the_count_and_its_verb_is_no_figure() {
        assert_eq!(
            deaths("Six soldats tchadiens de la force conjointe du G5 Sahel ont été tués mardi, après que leur blindé a heurté une mine"),
            Some(Casualties::exact(6))
        );
        assert!(!has_figure(
            "de la force conjointe du G5 Sahel, sur la RN16"
        ));
        assert!(has_figure("dont 3 civils"));
        assert!(has_figure("(12) au total"));
    }

    #[test]
    fn a_group_explained_in_brackets_stays_in_the_list() {
        assert_eq!(
            deaths("On compte trois VDP (Volontaires pour la défense de la patrie, des supplétifs) et cinq civils tués"),
            Some(Casualties::exact(8))
        );
    }

    #[test]
    fn the_life_it_cost_and_the_week_it_took() {
        assert_eq!(
            deaths("L'incursion dans ce hameau a coûté la vie trois bergers"),
            Some(Casualties::exact(3))
        );
        assert_eq!(
            deaths("l'incursion a coûté la vie à au moins cinq bergers"),
            Some(Casualties::at_least(5))
        );
        assert_eq!(
            deaths("l'armée dit avoir neutralisé cette semaine « onze présumés terroristes » près de la frontière"),
            Some(Casualties::exact(11))
        );
        assert_eq!(
            deaths("L'explosion au marché a coûté la vie à un gendarme et à une commerçante."),
            Some(Casualties::exact(2))
        );
        assert_eq!(
            deaths("Ce raid a coûté la vie au chef de village et à son neveu, selon un élu."),
            Some(Casualties::exact(2))
        );
    }

    #[test]
    fn people_of_no_named_side_in_a_list_add_to_the_named_ones() {
        assert_eq!(
            deaths("Les assaillants ont ouvert le feu, tuant quatre membres des comités de veille et deux commerçants."),
            Some(Casualties::exact(6))
        );
        assert_eq!(
            deaths("L'embuscade a tué 3 personnes et un gendarme."),
            Some(Casualties::exact(4))
        );
    }

    #[test]
    fn bodies_named_before_their_count_are_deaths() {
        assert_eq!(
            deaths("Fouille du secteur : corps de 14 gendarmes et 6 VDP découverts près du poste."),
            Some(Casualties::exact(20))
        );
        assert_eq!(
            deaths("Les dépouilles de neuf orpailleurs ont été découvertes au fond d'un puits."),
            Some(Casualties::exact(9))
        );
        // Bodies the attackers left behind.
        assert_eq!(
            deaths("Côté ennemi, 11 corps abandonnés sur le terrain."),
            Some(Casualties::exact(11))
        );
    }

    #[test]
    fn victims_broken_down_into_dead_and_wounded_count_the_dead() {
        assert_eq!(
            deaths("L'embuscade a fait quatre victimes, dont trois morts et un blessé."),
            Some(Casualties::exact(3))
        );
        assert_eq!(
            deaths("Bilan : cinq victimes, dont un mort et quatre blessés."),
            Some(Casualties::exact(1))
        );
    }

    #[test]
    fn a_range_whose_second_figure_is_a_word_or_an_approximation() {
        assert_eq!(
            deaths("Les habitants parlent de trente à une cinquantaine de villageois tués."),
            Some(Casualties::range(30, 50))
        );
        assert_eq!(
            deaths("Entre 12 et vingt civils ont été exécutés."),
            Some(Casualties::range(12, 20))
        );
    }

    #[test]
    fn tens_and_units_apart_are_one_number() {
        assert_eq!(
            deaths("Soixante douze soldats ont été tués dans l'assaut du poste."),
            Some(Casualties::exact(72))
        );
    }

    #[test]
    fn one_wounded_who_then_died_is_a_death() {
        assert_eq!(
            deaths("Le douanier de faction, blessé, est décédé deux jours plus tard."),
            Some(Casualties::exact(1))
        );
        assert_eq!(
            deaths("Un berger, grièvement blessé, a succombé pendant son transfert."),
            Some(Casualties::exact(1))
        );
    }

    #[test]
    fn colleagues_and_comrades_are_people_counted() {
        assert_eq!(
            deaths("Trois de ses collègues ont été tués dans l'assaut."),
            Some(Casualties::exact(3))
        );
        assert_eq!(
            deaths("Deux de leurs camarades sont morts sur le coup."),
            Some(Casualties::exact(2))
        );
    }

    #[test]
    fn the_armys_dozens_of_enemies_add_to_its_own_dead() {
        // Its own losses counted, the enemy's told loosely: another
        // side's dead, at least twenty more.
        assert_eq!(
            deaths(
                "Bilan : 27 militaires tués, 9 blessés ; des dizaines d'assaillants neutralisés."
            ),
            Some(Casualties::at_least(47))
        );
        assert_eq!(
            deaths(
                "Le bilan est de 23 martyrs et de plusieurs dizaines de terroristes neutralisés."
            ),
            Some(Casualties::at_least(43))
        );
    }

    #[test]
    fn a_figure_told_for_each_side_counts_both_sides() {
        assert_eq!(
            deaths("Les combats entre les deux milices ont fait une quinzaine de morts de chaque côté."),
            Some(Casualties::exact(30))
        );
        assert_eq!(
            deaths("Bilan : 6 tués dans chacun des deux camps, d'après un notable."),
            Some(Casualties::exact(12))
        );
        // A total told over both sides stays as it is.
        assert_eq!(
            deaths("Les heurts ont fait 9 morts de part et d'autre."),
            Some(Casualties::exact(9))
        );
    }

    #[test]
    fn a_bomber_blows_himself_up_and_a_wounded_man_dies() {
        let c = find_casualties("un kamikaze se fait exploser à Gao, près de soldats maliens");
        assert_eq!(c.deaths, Some(Casualties::exact(1)));
        let c = find_casualties("trois soldats maliens sont blessés, dont un mortellement");
        assert_eq!(c.deaths, Some(Casualties::exact(1)));
    }

    #[test]
    fn more_fear_than_harm_is_no_victim() {
        let c = find_casualties("Deux obus sont tombés près du camp. Plus de peur que de mal.");
        assert_eq!(c.deaths, Some(Casualties::exact(0)));
    }

    #[test]
    fn a_count_names_its_side_after_the_figure() {
        let groups = |s: &str| find_casualties(s).death_groups;
        assert_eq!(
            groups("Le bilan serait d'une centaine de morts du côté des rebelles.")[0].0,
            Group::Attackers
        );
        assert_eq!(
            groups("On compte douze morts dans les rangs de l'armée.")[0].0,
            Group::Forces
        );
        assert_eq!(groups("Dix morts côté ennemi.")[0].0, Group::Attackers);
        // The side named before the verb that counts.
        assert_eq!(
            groups("Du côté des insurgés, on dénombre neuf morts.")[0].0,
            Group::Attackers
        );
        assert_eq!(
            groups("du côté ennemi il y aurait eu onze morts")[0].0,
            Group::Attackers
        );
        assert_eq!(
            groups("Côté jihadiste, on a recensé vingt-trois morts.")[0].0,
            Group::Attackers
        );
        assert_eq!(groups("L'attaque a fait douze morts.")[0].0, Group::All);
        assert_eq!(
            groups("un bilan de 32 morts parmi les civils et les militaires")[0].0,
            Group::All
        );
        // The headline's rebels and the body's dead on the rebels' side
        // are one count, not two.
        let mut both =
            groups("L'armée affirme avoir tué une centaine de rebelles près de Tessalit");
        both.extend(groups(
            "Le bilan serait d'une centaine de morts du côté des rebelles.",
        ));
        assert_eq!(total_deaths(&both), total_deaths(&both[..1]));
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
            Some(Casualties::exact(30))
        );
        assert_eq!(
            deaths("des dizaines de civils tués"),
            Some(Casualties::at_least(20))
        );
        assert_eq!(
            deaths("Le bilan s'élève à 7 morts."),
            Some(Casualties::exact(7))
        );
        assert_eq!(
            deaths("une bombe a explosé, tuant 11 civils et en blessant 53 autres."),
            Some(Casualties::exact(11))
        );
        // A war's toll is no event's.
        assert_eq!(deaths("Plus de 10.000 morts"), None);
        assert_eq!(deaths("les violences ont fait plus de 2 000 morts"), None);
        // Quotation marks inside a count.
        assert_eq!(
            deaths("un habitant, chiffrant le bilan à une « quarantaine de morts »"),
            Some(Casualties::exact(40))
        );
        // A singular passive: one person, named or not.
        assert_eq!(
            deaths(
                "Le gérant de la boutique, Moussa Traoré, a été froidement abattu devant chez lui"
            ),
            Some(Casualties::exact(1))
        );
        assert_eq!(
            deaths("le trésorier de la mairie de Kona a été assassiné mardi"),
            Some(Casualties::exact(1))
        );
        // Not where a count is told: "ont été tués" stays plural, and a
        // singular with its own count is that count.
        assert_eq!(
            deaths("Un gendarme a été tué et trois civils ont été tués"),
            Some(Casualties::exact(4))
        );
        assert_eq!(deaths("le camp a été attaqué"), None);
        // The count inside the group the strike hit.
        assert_eq!(
            deaths("la frappe a neutralisé un groupe armé d'au moins six individus"),
            Some(Casualties::at_least(6))
        );
        assert_eq!(
            deaths("le drone a neutralisé une colonne d'une vingtaine de combattants"),
            Some(Casualties::exact(20))
        );
    }

    #[test]
    fn tolls_as_newsrooms_write_them() {
        // Several groups after one verb add up.
        assert_eq!(
            deaths("les assaillants ont tué huit soldats et 21 VDP au poste"),
            Some(Casualties::exact(29))
        );
        // A part named between the count and its verb, without commas.
        assert_eq!(
            deaths("52 personnes dont le chef du village ont été tuées lundi"),
            Some(Casualties::exact(52))
        );
        // Feminine participles, an adverb before the count, a slipped plural.
        assert_eq!(
            deaths("onze femmes ont été massacrées au marché"),
            Some(Casualties::exact(11))
        );
        assert_eq!(
            deaths("des soldats ont exécuté sommairement au moins 7 bergers"),
            Some(Casualties::at_least(7))
        );
        assert_eq!(
            deaths("une embuscade faisant une dizaines de morts"),
            Some(Casualties::exact(10))
        );
        // One person named by an article and a relative with them.
        assert_eq!(
            deaths("le chef des volontaires de la commune ainsi que sa femme ont été tués"),
            Some(Casualties::exact(2))
        );
        assert_eq!(
            deaths("le maire et son fils ont été tués mardi"),
            Some(Casualties::exact(2))
        );
        // A person and their relatives counted after a possessive: the
        // person and the count ("ses trois fils" is three more).
        assert_eq!(
            deaths("un cultivateur et ses trois fils ont été abattus à l'aube"),
            Some(Casualties::exact(4))
        );
        assert_eq!(
            deaths("la mine a tué une vendeuse et ses deux filles sur la piste"),
            Some(Casualties::exact(3))
        );
        assert_eq!(
            deaths("le chef de village et ses deux frères ont été tués la nuit"),
            Some(Casualties::exact(3))
        );
        assert_eq!(
            deaths("quatre gendarmes et leurs deux chauffeurs ont été tués"),
            Some(Casualties::exact(6))
        );
        // Self-defence groups' members are people a toll counts.
        assert_eq!(
            deaths("deux gendarmes, un berger et 4 Koglwéogo tués"),
            Some(Casualties::exact(7))
        );
        // "N d'entre ses enfants" is N of them.
        assert_eq!(
            deaths("les hommes armés ont abattu trois d'entre ses fils devant la case"),
            Some(Casualties::exact(3))
        );
        // A titled person whose title is hyphenated, before a list.
        assert_eq!(
            deaths("le député-maire de la commune et deux de ses gardes tués"),
            Some(Casualties::exact(3))
        );
        // Burnt alive is killed.
        assert_eq!(
            deaths("cinq éleveurs brûlés vifs dans leur campement"),
            Some(Casualties::exact(5))
        );
        assert_eq!(
            deaths("deux fillettes ont été brûlées vives"),
            Some(Casualties::exact(2))
        );
        // "et N tués" after other dead is N more, not the same dead.
        assert_eq!(
            deaths("trois bergers égorgés et quatre tués par balles au puits"),
            Some(Casualties::exact(7))
        );
        // Animals and ranks are no deaths.
        assert_eq!(deaths("les assaillants ont tué quatre vaches"), None);
        assert_eq!(
            deaths("la frappe a fait plusieurs morts dont le numéro 2 du groupe"),
            Some(Casualties::at_least(2))
        );
        // "Pas de mort d'homme" is no death.
        assert_eq!(
            deaths("l'incendie du marché n'a pas fait mort d'homme"),
            Some(Casualties::exact(0))
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
    fn a_pattern_matches_only_where_its_gate_words_are() {
        assert_eq!(GATES.len(), patterns().len());
        for s in [
            "tuant 41 soldats et blessant 17 autres",
            "17 soldats, 4 civils et 7 assaillants ont été tués, un mort et 11 blessés",
            "Le MSA a perdu dix hommes ; 19 personnes ont péri et trois autres ont succombé.",
            "la mort de 41 soldats, le massacre de 160 Peuls, une tuerie de 30 villageois",
            "ont laissé 24 corps ; 25 corps ont été exhumés ; deux corps de civils découverts",
            "le chef du village a été abattu ; tuant le maire ; il est mort sur le coup",
            "quatre militaires ont été tués, ainsi qu'un civil ; deux kamikazes se sont fait exploser",
            "quelque 160 Peuls avaient été tués ; 10 blessés ; 3 civils grièvement blessés",
            "a coûté la vie à six soldats, causant la mort de 3 civils, retrouvés sans vie",
            "le seul mort est le kamikaze ; la seule victime mortelle est un soldat",
        ] {
            let text = crate::fold::ascii_lower_1to1(s);
            let set = pattern_set().matches(&text);
            for i in set.iter() {
                assert!(
                    GATES[i].iter().any(|w| gate_hit(&text, w)),
                    "pattern {i} matches {s:?} without its gate words"
                );
            }
        }
    }

    #[test]
    fn the_only_death_is_one() {
        let c = find_casualties("Le seul mort est le kamikaze, qui a fait exploser son véhicule.");
        assert_eq!(c.deaths, Some(Casualties::exact(1)));
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

    #[test]
    fn counts_after_a_nationality_a_unit_none_survived_and_a_breakdown() {
        // "tuant 4 soldats américains et 5 militaires nigériens": the
        // adjective after the first group does not end the list.
        for (text, n) in [
            (
                "une embuscade tendue jeudi, tuant 3 soldats tchadiens et 6 militaires nigériens.",
                9,
            ),
            (
                "tuant 2 soldats des forces spéciales américaines et 7 militaires maliens",
                9,
            ),
            ("ont tué 4 gendarmes burkinabè et 2 civils", 6),
            // A unit's men named by their unit.
            ("Koumbri : 3 éléments de l'unité et 5 VDP tués", 8),
            // "aucun des N ... n'a survécu": all of them died.
            (
                "une mine a explosé ; aucun des 4 occupants du camion n'a survécu",
                4,
            ),
        ] {
            assert_eq!(
                find_casualties(text).deaths,
                Some(Casualties::exact(n)),
                "{text}"
            );
        }
        // "N combattants (X militaires, Y VDP)": the forces' own fighters,
        // whose dead add to the attackers' ("terroristes neutralisés").
        for (text, n) in [
            ("le poste a été attaqué : 30 combattants tués (6 militaires, 24 VDP), au moins 40 terroristes neutralisés", 70),
            ("Bilan : 12 combattants tués (5 soldats et 7 VDP) ; une vingtaine d'assaillants neutralisés", 32),
            // The infinitive of the army's phrase for killing.
            ("les FDS ont réussi à mettre hors d'état de nuire une trentaine de terroristes", 30),
            // "…, et quatre autres au niveau de …": more, the verb left
            // out; not others wounded.
            ("trois assaillants ont été abattus devant la mairie, et deux autres près du marché", 5),
            ("trois soldats ont été tués, et deux autres blessés", 3),
            // "N tués sur place, M décédés au CSPS": M more.
            ("des fidèles attaqués à la mosquée : 9 tués sur place, 2 décédés à l'hôpital de Dori", 11),
        ] {
            assert_eq!(
                find_casualties(text).deaths.and_then(|c| c.low),
                Some(n),
                "{text}"
            );
        }
    }

    #[test]
    fn a_breakdown_that_adds_up_a_log_s_field_of_the_dead_and_a_revision_on_a_later_day() {
        for (text, n) in [
            // The parts after "dont" add up to the total: no one more.
            (
                "Lors des combats de Tougouri, 40 combattants dont 15 soldats et 25 VDP sont tombés",
                40,
            ),
            // They do not: the second group is counted apart.
            ("Lundi, 35 civils dont 31 femmes et 7 FDS ont été tués", 42),
            // A log's field, the figure alone after its colon.
            ("Embuscade contre une patrouille de la garde près de Tillia. Fatalités : 12", 12),
            ("Attaque du poste de Sebba ; nombre de morts : 4", 4),
            // The revision told with its day: the first figure was the
            // earlier report's.
            (
                "attaque du camp de Boulkessi : bilan initial 11 soldats tués, porté jeudi à 29 morts",
                29,
            ),
            // "GN": the National Guard's men.
            ("au retour de la mission, 8 GN tués et 2 blessés", 8),
            // A hyphenated word after the people counted.
            ("obus sur le camp : 1 casque bleu et 2 civils sous-traitants tués", 3),
            // "mis hors de combat": the army's words for killed.
            ("Mardi, l'armée a mis hors de combat une vingtaine de terroristes", 20),
        ] {
            assert_eq!(
                find_casualties(text).deaths.and_then(|c| c.low),
                Some(n),
                "{text}"
            );
        }
        // No colon, no field: "morts" then a figure is not a toll.
        assert_eq!(find_casualties("les morts 3 jours plus tard").deaths, None);
    }
}
