//! Event typing rules read over a whole account: the type a draft ends
//! with, whatever single word its sentences used.

use super::casualties;
use super::draft::Draft;
use super::sentence::SentenceFacts;
use crate::model::{Casualties, EventType};
use regex::Regex;
use std::sync::OnceLock;

/// Whether a list of places opens on a plural noun of inhabited places
/// ("les villages de Kafolo et d'Alidougou", "les localités de A, B et
/// C", "dans les communes rurales de A, B et C"): several villages
/// struck, one incident each. Bases are left alone: "les bases de A et
/// B" may be one operation.
///
/// `before` is the text of the sentence up to the list's first place.
pub(super) fn plural_places(before: &str) -> bool {
    let t = crate::fold::ascii_lower_1to1(crate::fold::tail(before, 40));
    let t = t.trim_end();
    // "des villes comme Tessit, Ntillit et Aguelhoc": examples of a kind.
    let Some(head) = [" de", " d'", " comme", " telles que", " tels que"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
    else {
        return false;
    };
    // "entre les localités de Dougouma et d'Ingané": one site between two.
    let head = head.strip_suffix(" rurales").unwrap_or(head);
    [
        "villages",
        "villes",
        "localites",
        "hameaux",
        "campements",
        "communes",
    ]
    .iter()
    .find_map(|w| head.strip_suffix(w))
    .is_some_and(|lead| !lead.trim_end().ends_with("entre les"))
}

/// Whether a sentence tells of several sites or events together
/// ("l'attaque de deux villages de l'ouest du pays", "dans plusieurs
/// localités", "aux attaques qui ont eu lieu dimanche"): a figure it gives
/// is theirs together, no one site's.
pub(super) fn several_sites(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|[2-9]|\d\d) (?:villages|localites|hameaux|campements|communes|sites|positions|attaques|embuscades|attentats|assauts|incursions)\b|\b(?:aux|les|ces) attaques (?:qui|simultanees|coordonnees)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(text))
}

/// Whether each place of a list takes its own "à" ("les camps de la
/// Minusma à Kidal et à Ansongo ont essuyé des tirs"): one site each, as
/// "à Kidal et Ansongo" would not say. `before` are the words before the
/// first place, `between` those between consecutive places.
pub(super) fn each_with_its_a<'a>(
    before: &str,
    mut between: impl Iterator<Item = &'a str>,
) -> bool {
    let lead = crate::fold::ascii_lower_1to1(crate::fold::tail(before, 8));
    let lead = lead.trim_end();
    (lead.ends_with(" a") || lead == "a")
        && !lead.ends_with("entre a")
        && between.all(|b| {
            let b = crate::fold::ascii_lower_1to1(b);
            matches!(b.trim(), "et a" | ", a" | ", et a")
        })
}

/// Whether the aircraft a text names are all drones ("frappes de drones",
/// "un drone de l'armée"), with no plane or helicopter beside them.
/// ("Chasseurs" alone are the dozo hunters of so many stories; fighter
/// jets are "avions de chasse" or "chasseurs-bombardiers".)
pub(super) fn only_drones_fly(text: &str) -> bool {
    let folded = crate::fold::ascii_lower_1to1(text);
    folded.contains("drone")
        && ![
            "avion",
            "aviation",
            "helico",
            "aeronef",
            "sukho",
            "mig-",
            "l-39",
            "tucano",
            "bombardier",
        ]
        .iter()
        .any(|w| folded.contains(w))
}

/// Whether a sentence tells its event in the pluperfect ("avait essuyé",
/// "avaient été tués"). An earlier report in the pluperfect ("avait fait
/// état de 17 morts", "avait annoncé") is not: it tells what was said of
/// the event, unless what it reported was an act ("avait rapporté avoir
/// tué").
pub(super) fn pluperfect(text: &str) -> bool {
    let t = crate::fold::ascii_lower_1to1(text);
    if !t.contains(" avai") {
        return false;
    }
    // An earlier report of the same event ("le ministère avait fait état
    // de 17 morts", "l'armée avait annoncé") recalls what was said, not
    // an earlier event.
    const REPORTING: [&str; 14] = [
        "fait etat",
        "annonce",
        "indique",
        "declare",
        "evoque",
        "rapporte",
        "parle ",
        "signale",
        "affirme",
        "precise",
        "communique",
        "confirme",
        "dit ",
        "avance",
    ];
    [" avait ", " avaient "].iter().any(|aux| {
        t.match_indices(aux).any(|(at, _)| {
            let next = &t[at + aux.len()..];
            let next = next.strip_prefix("alors ").unwrap_or(next);
            // "l'armée avait rapporté avoir tué 45 combattants": an act
            // reported then, an earlier event.
            !REPORTING.iter().any(|w| {
                next.strip_prefix(w).is_some_and(|rest| {
                    !rest
                        .trim_start_matches(['e', 's'])
                        .trim_start()
                        .starts_with("avoir")
                })
            })
        })
    })
}

/// Whether the sentence's event noun is plural ("des attaques", "les
/// frappes", "assauts simultanés", "une double attaque").
pub(super) fn plural_event(facts: &SentenceFacts) -> bool {
    // Any word of the cue: "frappes aériennes", "attentats-suicides".
    facts
        .cues
        .iter()
        .any(|c| !c.hypothetical && names_events(&c.text))
        || {
            // "une double attaque", "un double assaut": two events.
            let t = crate::fold::ascii_lower_1to1(&facts.text);
            t.contains("simultane") || t.contains("double attaque") || t.contains("double assaut")
        }
}

/// Whether words name events in the plural ("des attaques", "frappes
/// aériennes"). Accents kept: "attaqués" (a participle) is not "attaques".
pub(super) fn names_events(words: &str) -> bool {
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
    words
        .split(|ch: char| ch.is_whitespace() || ch == '-')
        .any(|w| PLURALS.contains(&w.to_lowercase().as_str()))
}

/// Whether the account says people were executed ("exécuté quelque 300
/// civils", "des prisonniers exécutés"): with ten dead or more, a massacre.
pub(super) fn executions(d: &Draft) -> bool {
    d.sentences
        .iter()
        .any(|s| crate::fold::ascii_lower_1to1(s).contains("execut"))
}

/// Whether the account tells people put to death unarmed: summary
/// executions ("exécutions sommaires", "ont exécuté sommairement sept
/// villageois") or civilians executed ("l'exécution de civils à
/// Tinabaw", "ont exécuté cinq Peuls").
pub(super) fn civilians_executed(d: &Draft) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\bexecut\w*\s+sommair\w*|\bexecutions?\s+(?:sommaires?|extrajudiciaires?)|\bexecutions?\s+(?:de|d')\s*(?:\w+\s+)?(?:civils|villageois|habitants|bergers|paysans|peuls|personnes)\b|\bexecute\w*\s+(?:\w+\s+){0,2}(?:civils|villageois|habitants|bergers|paysans|peuls|personnes)\b")
            .expect("regex")
    });
    d.sentences
        .iter()
        .any(|s| re.is_match(&crate::fold::ascii_lower_1to1(s)))
}

/// Whether the account tells a hostage-taking ("prise d'otages"), which
/// with deaths is an attack, unlike an abduction followed by a killing.
pub(super) fn hostage_taking(d: &Draft) -> bool {
    d.sentences.iter().any(|s| {
        let f = crate::fold::ascii_lower_1to1(s);
        f.contains("prise d'otage") || f.contains("pris en otage")
    })
}

/// Whether the account tells a captive killed by those who held them
/// ("un enseignant détenu depuis octobre, abattu hier par ses
/// ravisseurs"): the killing is the event, the abduction its past.
pub(super) fn killed_by_captors(d: &Draft) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\b(?:abattue?s?|executee?s?|tuee?s?|assassinee?s?|egorgee?s?)\s+(?:[a-z0-9']+\s+){0,4}?par\s+(?:ses|leurs|son|sa)\s+(?:ravisseurs|geoliers|ravisseur|geolier)\b")
            .expect("regex")
    });
    d.sentences
        .iter()
        .any(|s| re.is_match(&crate::fold::ascii_lower_1to1(s)))
}

/// Whether forces on the move were struck where they passed ("un convoi
/// FAMa accroché", "des gardes qui escortaient des travailleurs ont été
/// attaqués sur la route"), as annotators code an ambush; not an attack
/// on a camp, post or village.
pub(super) fn convoy_attacked(d: &Draft) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\b(?:(?:un|le|du|d'un) convoi|une escorte|(?:qui )?escortai(?:en)?t)\b[\x00-\x2d\x2f-\x7f]{0,60}?\b(?:accroche|attaque|cible|vise|pris (?:a partie|pour cible))|\b(?:attaque|accroche|cible|vise)\w* (?:un|le|du|d'un) convoi\b|\bintercept\w* (?:un|une|des|les|le|la|deux|trois|quatre|plusieurs|\d+) (?:[a-z']+ )?(?:vehicules?|bus|minibus|camions?|camionnettes?|convois?)\b|\b(?:vehicules?|bus|minibus|camions?|convois?) (?:[a-z']+ ){0,3}?intercepte")
            .expect("regex")
    });
    let base = [
        "camp ",
        "base ",
        "poste ",
        "garnison",
        "caserne",
        "village",
        "campement",
    ];
    d.sentences.iter().any(|s| {
        let f = crate::fold::ascii_lower_1to1(s);
        re.is_match(&f) && !base.iter().any(|w| f.contains(w))
    })
}

/// Whether the army is the one that attacked ("les forces armées ont
/// lancé une attaque", "les FAMa ont neutralisé un poste", "une patrouille
/// a attaqué une base terroriste"), with no civilian among the dead.
pub(super) fn army_attacked(d: &Draft) -> bool {
    use casualties::Group;
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\b(?:l'armee|les forces armees|les forces de defense et de securite|les fds|les fama|les forces combattantes|les militaires|les soldats|les troupes|une patrouille|les unites|les forces speciales|les vdp|les forces (?:maliennes|burkinabe|nigeriennes))\b(?P<gap>[\x00-\x2d\x2f-\x7f]{0,80}?)\b(?:ont|a) (?:lance une (?:attaque|offensive)|attaque\b|neutralise\b|mene une (?:attaque|offensive))")
            .expect("regex")
    });
    let civilians_died = d
        .death_groups
        .iter()
        .any(|(g, c)| *g == Group::Civilians && c.low.unwrap_or(0) > 0);
    // The gap names no other subject ("les soldats tués par les
    // terroristes qui ont attaqué").
    let army_subject = |f: &str| {
        re.captures_iter(f).any(|c| {
            let gap = c.name("gap").map_or("", |m| m.as_str());
            ![
                "qui ",
                "par ",
                "terroris",
                "jihad",
                "djihad",
                "assaillant",
                "attaquant",
                "hommes armes",
            ]
            .iter()
            .any(|w| gap.contains(w))
        })
    };
    !civilians_died
        && d.sentences.iter().any(|s| {
            let f = crate::fold::ascii_lower_1to1(s);
            // The pattern's gap is costly; most sentences lack its verbs.
            (f.contains("attaque") || f.contains("neutralise") || f.contains("offensive"))
                && army_subject(&f)
        })
}

/// Whether an account names no kind of event, only killings, and every
/// death it counts is on the attackers' side.
pub(super) fn army_kills_only(d: &Draft) -> bool {
    use casualties::Group;
    !d.kind_named
        && !d.death_groups.is_empty()
        && d.death_groups
            .iter()
            .all(|(g, c)| *g == Group::Attackers && c.low.unwrap_or(0) > 0)
}

/// Whether a draft's toll is ten or more civilians and no one under arms.
pub(super) fn mass_killing_of_civilians(d: &Draft) -> bool {
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
    // "... les localités de Gangafani et de Yoro ... tous membres de la
    // communauté dogon": villages, or a community, were the target.
    // Each sentence folded once for the three checks below.
    let folded: Vec<String> = d
        .sentences
        .iter()
        .map(|s| crate::fold::ascii_lower_1to1(s))
        .collect();
    let villages = folded.iter().any(|f| {
        f.contains("village")
            || f.contains("hameau")
            || f.contains("localites")
            || f.contains("communaute")
    });
    // "des hommes armés ont mitraillé puis incendié le véhicule", "un car
    // de transport intercepté": passengers shot on the road are the
    // victims of an attack on a vehicle, as the corpora code it.
    let vehicle = folded.iter().any(|f| {
        [
            "vehicule",
            "camion",
            "car de transport",
            "minibus",
            " bus ",
            "autocar",
            "passagers",
        ]
        .iter()
        .any(|w| f.contains(w))
    });
    // "un détachement des FDS a fait l'objet d'une attaque ... 21
    // martyrs dont un civil": soldiers attacked at their post, whose dead
    // the communiqué counts with a civilian among them. So is a log's
    // "camp FAMa attaqué ... 26 morts".
    static TROOPS_ATTACKED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let troops_attacked_re = TROOPS_ATTACKED.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\b(?:detachement|patrouille|poste|camp|base|garnison|caserne|position)s?(?: [a-z'-]+){0,6} (?:a|ont|avait|avaient) (?:fait l'objet d'une (?:attaque|embuscade)|ete (?:attaquee?s?|la cible|ciblee?s?|visee?s?)|essuye)|\bmartyrs?\b|\b(?:camp|poste|base|garnison|caserne|position|detachement|patrouille)s? (?:(?:militaire|fama|fds|des fds|des fama|de l'armee|de gendarmerie|de la gendarmerie|de police|avance|mixte)s? )?(?:attaquee?s?|ciblee?s?|visee?s?|assaillie?s?)\b|\bpris d(?:'|’)assaut(?: [a-z'-]+){0,10}? (?:detachement|poste|camp|base|garnison|caserne|position)s?\b|\bdont (?:\d+|[a-z-]+) (?:gendarmes|soldats|militaires|policiers|vdp|gardes|douaniers)\b|\b(?:attaques?|assauts?) (?:terroristes? )?(?:du|de la|de l'|d'un|d'une|contre (?:le|la|l'|un|une|les)) ?(?:camp|poste|base|garnison|caserne|position|detachement|patrouille|brigade|commissariat|escadron)s?\b|\bdans nos rangs\b")
            .expect("regex")
    });
    let troops_attacked = folded.iter().any(|f| troops_attacked_re.is_match(f));
    !armed
        && !vehicle
        && !fought
        && !troops_attacked
        && (civilians >= 10 || (all >= 10 && victims_are_civilians) || (all >= 20 && villages))
}

/// The type an account ends with: an attack that killed ten civilians or
/// more is a massacre, an attack in which only attackers died a clash, an
/// abduction in which people were killed an attack.
pub(super) fn final_type(d: &Draft, deaths: Casualties) -> EventType {
    // A hostage-taking or raid in which people were killed is told as an
    // attack; the abduction is part of it ("prise d'otages : 20 otages et
    // 2 assaillants tués", "attaquée : 4 morts, plusieurs membres
    // enlevés").
    let told = if d.event_type == EventType::Kidnapping
        && deaths.low.is_some_and(|l| l > 0)
        && (d.seen.contains(&EventType::Attack) || hostage_taking(d) || killed_by_captors(d))
    {
        EventType::Attack
    } else {
        d.event_type
    };
    // An attack that killed ten civilians or more, and no one under
    // arms, is a massacre whatever word the text used; so is one in which
    // villagers were also carried off ("a tué 32 civils ... a enlevé 24
    // autres personnes").
    if told == EventType::Attack
        && (mass_killing_of_civilians(d)
            || (executions(d) && deaths.low.is_some_and(|l| l >= 10))
            || civilians_executed(d))
    {
        EventType::Massacre
    } else if told == EventType::Attack && convoy_attacked(d) {
        EventType::Ambush
    } else if told == EventType::Attack && (army_kills_only(d) || army_attacked(d)) {
        // "une patrouille dit avoir abattu sept terroristes": no kind of
        // event named, and only the attackers died: a fight the army
        // reports, a clash. So is an attack the army made ("les forces
        // armées ont lancé une attaque ciblée"), as ACLED codes battles.
        EventType::Clash
    } else {
        told
    }
}
