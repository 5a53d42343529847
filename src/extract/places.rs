//! Finding place names in a sentence.
//!
//! A place is a capitalised name after a locative word ("à Dioura", "camp
//! de Niafounké", "près de Bodio", "vers Gao") or continuing a list of
//! them ("les bases de Boulikessi et Mondoro"), which the gazetteer knows.
//! A name the gazetteer does not know is kept only after "à" and in an
//! event sentence (it may be a village no gazetteer has). Reference places
//! of relative phrases ("à 30 km de Sikasso") and region names ("dans la
//! région de Mopti") are hints, not places; so are names after a title
//! ("le colonel ..."), country and organisation names.
//!
//! ```
//! use sahel::extract::places::find_places;
//! use sahel::gazetteer::Gazetteer;
//! let f = find_places("le JNIM a attaqué les bases de Boulikessi et Mondoro, dans la région de Mopti.", Gazetteer::embedded());
//! assert_eq!(f.groups.len(), 1);
//! let names: Vec<&str> = f.groups[0].iter().map(|p| p.written.as_str()).collect();
//! assert_eq!(names, ["Boulikessi", "Mondoro"]);
//! assert_eq!(f.region.as_deref(), Some("Mopti"));
//! ```

mod vocabulary;

use crate::country::{Compass, Country};
use crate::gazetteer::relative::{find_relatives, DistanceKind, RelativePhrase};
use crate::gazetteer::{Gazetteer, MatchKind};
use regex::Regex;
use std::sync::OnceLock;
use vocabulary::{is_stop, FUNCTION_WORDS};

/// A place name as found in a sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceMention {
    /// As written ("Boulikessi", "route Bandiagara-Goundaka", "la capitale").
    pub written: String,
    /// The name to look up (Bamako for "la capitale").
    pub lookup: String,
    /// Byte range in the sentence.
    pub span: (usize, usize),
    /// Whether the gazetteer knows it.
    pub known: bool,
    /// "près de X": the event was near, not at, the place.
    pub near: bool,
    /// For a road between two towns: the second town.
    pub road_to: Option<String>,
    /// A relative phrase that locates this place ("à 125 km au nord-est de Gao").
    pub relative: Option<RelativePhrase>,
    /// The text names only an area for the event ("dans le cercle de
    /// Bankass", "la région de Kita"): the place stands for the area.
    pub area: bool,
    /// The text gives only a distance from a reference ("à 40 km au sud de
    /// Tombouctou"): the point is estimated from [`PlaceMention::relative`].
    pub estimate: bool,
    /// The area the text sets it in, right after its name ("Soro,
    /// province du Yatenga", "Ganida (commune de Sokoura)" gives none: a
    /// commune is no admin unit here): a namesake outside it is another
    /// place.
    pub within: Option<String>,
    /// The commune or département the text sets it in ("Soro ... dans le
    /// district de Thiou"): a namesake far from that seat is another
    /// place.
    pub seat: Option<String>,
    /// The part of a country its sentence sets events in ("dans le nord
    /// du pays": no country; "l'ouest du Niger": Niger).
    pub compass: Option<(Option<Country>, Compass)>,
}

/// The places and location hints of one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentencePlaces {
    /// Place names, in groups of names joined by "et" or commas.
    pub groups: Vec<Vec<PlaceMention>>,
    /// Region or cercle named ("dans la région de Mopti", "région de
    /// Koutiala", "cercle de Bankass"): a cercle keeps its word, so it is
    /// never read as the 2016/2023 region of the same name.
    pub region: Option<String>,
    /// Commune named ("commune de Socoura").
    pub commune: Option<String>,
    /// When the sentence names no place of its own: the area it names, or
    /// the point a relative phrase with no village gives.
    pub fallback: Option<PlaceMention>,
    /// "ce village", "cette localité": the sentence points back to the
    /// place being told (byte range of the words).
    pub this_place: Option<(usize, usize)>,
    /// The sentence's only place is an office's or a hospital's town ("le
    /// maire de Fatoma", "évacués au centre de santé de Bankass"): a guess
    /// for a sentence that tells an event, not a new site for one that
    /// goes on about the event being told.
    pub office_only: bool,
    /// A name the sentence sets abroad ("à Kafolo en Côte d'Ivoire"): with
    /// no place here, the sentence tells of an event elsewhere.
    pub abroad: bool,
}

/// "ce village", "cette localité", "ce hameau": a place named before.
fn this_place_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u:\b)(?:[Cc]e|[Cc]ette)\s+(?:village|localité|hameau|commune|ville|bourgade|campement|cité|agglomération|garnison|site)(?:[\s,.;:!?)]|$)")
            .expect("regex")
    })
}

/// Whether an area name is only described, not the site: "ce village du
/// cercle de Douentza" places a village told before in its cercle.
fn describes_this_place(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:ce|cette)\s+(?:village|localite|hameau|commune|ville|bourgade|campement|cite|agglomeration|garnison|site)(?:\s+[a-z]+){0,2}?\s*,?\s*(?:du|de\s+la|de\s+l'|dans\s+le|dans\s+la|situee?\s+dans\s+(?:le|la))\s*$")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(before))
}

const NAME: &str = r"[\p{Lu}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*(?:\s+(?:[\p{Lu}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*))?(?:\s+du\s+Sahel)?";

fn name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(NAME).expect("regex"))
}

fn trigger_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)(?:^|[\s(])(?P<t>à|a|ainsi\s+qu['’]à|de|d['’]|près\s+d(?:e|['’])|non\s+loin\s+d(?:e|['’])|aux\s+environs\s+d(?:e|['’])|vers|sur|entre|dans|contre|attaqu(?:[ée]e?s?|ent)|cibl[ée]e?s?|vis[ée]e?s?|frapp[ée]e?s?|investi|assi[ée]g[ée]e?s?|occup[ée]e?s?|bombard[ée]e?s?|incendi[ée]e?s?|pill[ée]e?s?|saccag[ée]e?s?|(?:re)?pris|encercl[ée]e?s?|envahi|razzi[ée]e?s?|mis\s+à\s+sac|touch[ée]e?s?|endeuill[ée]e?s?|secou[ée]e?s?|ravag[ée]e?s?|frappant|visant|ciblant|attaquant|puis|la\s+localit[ée]|le\s+village|le\s+hameau|le\s+quartier|le\s+campement)(?:[\s,]+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|matin|soir|ce|cette|nuit|dernier|derni[èe]re|t[ôo]t|matin[ée]e|soir[ée]e|apr[èe]s-midi|dans\s+la|aussi|également|encore|de\s+nouveau|à\s+nouveau|simultan[ée]ment|successivement|tour\s+à\s+tour|coup\s+sur\s+coup|presque|quasi))*[\s,]*$").expect("regex")
    })
}

fn region_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i:(?-u:\b)(?P<k>région|cercle|province|département|(?:sous-)?préfecture|district|commune(?:\s+rurale)?|zone|secteur|cne|dpt|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d{{1,2}})\s+(?:villages|localités|hameaux))(?:\s+(?:nigérienne|malienne|burkinabè|burkinabée|voisine|frontalière|septentrionale|méridionale|orientale|occidentale|centrale|sahélienne))?(?:\s*\([\p{{L}} ]{{1,20}}\))?\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|d['’]))(?P<r>Boucle\s+du\s+Mouhoun|Centre[\s-]+(?i:nord|est|ouest|sud)\b|{NAME})"
        ))
        .expect("regex")
    })
}

/// Several administrative areas named together: a scope, not a site.
fn plural_areas_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?i:(?-u:\b)(?:les|des|ces|aux|deux|trois|quatre|cinq|plusieurs)\s+(?:régions?|cercles?|provinces?|départements?|districts|états(?:\s+fédérés)?|wilayas|pays)(?:\s+(?:voisins|voisines|frontaliers|frontalières|nigérians|maliens|burkinabè))?\s+)(?:(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|d['’])?{NAME}(?:\s*,\s*|\s+et\s+|\s+ou\s+)?)+"
        ))
        .expect("regex")
    })
}

/// "dans le nord du pays", "à l'extrême nord-est du Mali", "dans l'ouest
/// nigérien": the part of a country the sentence is set in.
fn compass_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)\b(?:dans|au|à)\s+l(?:e\s+|['’]\s*)(?:extrême[-\s]+)?(?P<c>nord(?:[-\s]+(?:est|ouest))?|sud(?:[-\s]+(?:est|ouest))?|est|ouest|centre)\s+(?:du\s+pays\b|du\s+(?P<n>Mali|Burkina(?:\s+Faso)?|Niger)\b|(?P<a>malien|burkinab[èe]|nigérien)\b)")
            .expect("regex")
    })
}

/// The part of a country a sentence names, and the country when it names
/// one.
fn compass_of(sentence: &str) -> Option<(Option<Country>, Compass)> {
    let c = compass_re().captures(sentence)?;
    let part = Compass::parse(&c["c"])?;
    let country = c
        .name("n")
        .or(c.name("a"))
        .and_then(|m| Country::parse(m.as_str()));
    Some((country, part))
}

fn unit_after_article_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(
            r"(?-u:\b)(?i:dans)\s+(?P<a>(?i:le|la|l['’]))\s*(?P<r>Boucle\s+du\s+Mouhoun|{NAME})"
        ))
        .expect("regex")
    })
}

/// [`not_a_site`]'s phrases that run longer: where a source speaks from
/// ("depuis la grande ville sahélienne voisine de Dori"), where attackers
/// were seen before ("aperçus du côté de Koulongo") or fled ("ont pris la
/// fuite vers le nord et les régions voisines de Tillabéri"), where people
/// fled to ("entraîné l'afflux de centaines de personnes vers Sikasso"),
/// where the wounded or the dead were flown ("évacués ce vendredi matin
/// par hélicoptère vers Ouagadougou"), a man's nickname ("Soumaïla Ganamé
/// dit Ladji Yoro"), the home of an escort's or a patrol's unit ("escorté
/// par des gendarmes de l'escadron de Fada", "composée des éléments du
/// détachement de Ouallam"),
/// the town of a ceremony in the victims' honour ("l'armée leur a rendu
/// hommage au cours d'une cérémonie à Bamako"; not a wedding attacked),
/// the way a distance points ("à 12 km au nord de Téra, vers Bankilaré"),
/// where a speaker spoke ("en marge d'une réunion ministérielle de l'Otan
/// à Bruxelles", "lors d'une conférence de presse à Bamako", "a annoncé
/// samedi à Abidjan que …", "le bilan fait jeudi 22 mai à Ouagadougou
/// par le porte-parole").
fn not_a_site_far() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)(?:\bkm\s+(?:au|a\s+l')\s*(?:nord|sud|est|ouest)[a-z-]*\s+(?:de|d'|du)\s*[a-z' -]{2,30},\s*(?:vers|en\s+direction\s+de|direction|sur\s+la\s+route\s+de|sur\s+l'axe\s+menant\s+a) ?$|\b(?:afflux|fuite|exode|flux|deplacements?)\b[\x20-\x2d\x2f-\x7f]{0,60}?\bvers (?:(?:les |la |le |l')?(?:communes?|villes?|localites?|villages?|sites?|provinces?|centres?-villes?|chefs?-lieux) (?:de |d'|du ))?$|\b(?:vagues? de deplacements?|deplacements? (?:massifs? )?(?:de|des|d') ?(?:populations?|habitants|personnes|familles|milliers|centaines))\b[\x20-\x2d\x2f-\x7f]{0,60}?\bdans (?:les|la|le) (?:communes?|villes?|localites?|villages?|provinces?|sites?) (?:de|d'|du) ?$|\b(?:convoi|colonne)s?(?: (?:de|du|d'|des|militaires?|logistiques?|civils?|humanitaires?|commerciaux|commercial|ravitaillement|vivres|carburant|camions?|vehicules?|escorte|fama|fds|vdp))* (?:vers|pour|a destination de) ?$|\bevacuee?s?\b[\x20-\x2d\x2f-\x7f]{0,60}?\b(?:vers|sur) ?$|\b(?:dit|alias|surnomme) (?:[a-z'-]+ ){0,2}$|\b(?:ont|a|avaient|avait|ayant) fui (?:[a-z'-]+ ){0,3}?vers ?$|\b(?:fuir|fuient|fuyaient|fuyant|fuit) (?:[a-z'-]+ ){0,3}?(?:vers|en direction de) ?$|\b(?:hommages?|honneurs|deuil)\b[\x20-\x2d\x2f-\x7f]{0,60}?\bceremonie\b[\x20-\x2d\x2f-\x7f]{0,20}? (?:a|au)|\bceremonie (?:d'hommage|funebre|funeraire|d'inhumation|militaire|officielle|d'adieu|de levee du corps)\b[\x20-\x2d\x2f-\x7f]{0,30}? (?:a|au)|\bevacuations?\b[\x20-\x2d\x2f-\x7f]{0,60}\b(?:sur|vers|jusqu'a)|\b(?:evacue\w*|transfere\w*|achemine\w*|heliporte\w*|transporte\w*|conduits?|ramene\w*)(?: [a-z'-]+){0,2}? (?:vers|sur|a|dans|jusqu'a) (?:une |un |la |le |l'|les )?(?:autres? |nouvelles? )?(?:bases?|camps?|hopital|centres?|positions?|postes?|structures?|infirmerie)(?: [a-z'-]+){0,3}? (?:dans (?:la|le) (?:localite|ville|village|commune) |situee?s? (?:dans (?:la|le) (?:localite|ville|village|commune) )?|sise?s? )?(?:de|d'|du|a)|\b(?:transport|trajet|voyage|navette|acheminement)s?(?: (?:de|d'|des|du) ?[a-z'-]+(?: [a-z'-]+)?)? (?:de|d'|depuis)|\b(?:transport|trajet|voyage|navette|acheminement)s?\b[\x20-\x2d\x2f-\x7f]{0,50} (?:de|d') [a-z'-]+(?: [a-z'-]+)? (?:a|vers|pour)|\bdepuis(?: [a-z'-]+){0,4} (?:ville|localite|commune|cite|chef-lieu)(?: [a-z'-]+){0,3} (?:de|d'|du)|\b(?:apercu\w*|signale\w*|repere\w*) (?:du cote |aux alentours |dans les environs |a proximite |non loin |pres )?(?:de|d'|du|a|dans|vers)|\b(?:escorte\w* par|compose\w* d(?:es|e|')|appartenant a|relevant d[ue])[\x20-\x2d\x2f-\x7f]{0,60}\b(?:detachement|escadron|brigade|bataillon|compagnie|groupement|unite|garnison|contingent)\b[\x20-\x2d\x2f-\x7f]{0,40} (?:de|d'|du)|\b(?:la fuite|fui\w*|fuyant|replie\w*|repli|retire\w*|decroche\w*|reparti\w*|repartir|repart\w*|rebrouss\w*) (?:vers|en direction)(?: [a-z'\x22-]+){0,7} (?:de|d'|du|a)|\b(?:en marge|lors|au cours|a l'issue|a l'occasion) (?:d'une?|du|de la|de l'|des) (?:[a-z'-]+ ){0,3}?(?:reunion|conference|point de presse|point-presse|sommet|session|rencontre|seance|forum|entretien|interview|emission|audience)s?\b[\x20-\x2d\x2f-\x7f]{0,50}? (?:a|au)|\b(?:annonce|declare|affirme|indique|assure|confirme|precise|explique|estime|deplore|reconnu|souligne|bilan (?:fait|dresse|donne|presente|livre|communique))e?s?(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin|dernier|le|\d{1,2}(?:er)? [a-z]+|\d{4}))* (?:a|depuis))\s*$").expect("regex")
    })
}

/// Words right before a name that make it something other than the site
/// of the event: where a source speaks from, an office, a hospital, where
/// victims came from or were taken, where the wounded died later ("décédé
/// le lendemain à Ouagadougou"), where the missing turned up, a convoy's
/// origin or destination, a capital standing for its government ("un
/// mouvement favorable à Bamako"), the town of a tribute or a funeral,
/// where a road or a town's exit leads ("au poste de contrôle de la route
/// vers Ménaka"), a boat's or a bus's name in quotes ("le bateau
/// « Tombouctou »", "le navire civil « Tombouctou »"; a boat's without
/// them too: "l'attaque du bateau Tombouctou"), where some of the dead
/// came from ("18 tués dont trois du village de X"), the villages
/// attackers came from ("venus des villages maliens de Bidi"), where a
/// relief force was going ("partie au secours à Nampala", "en route pour
/// intervenir à Boni"), where attackers were driven back to ("assaillants
/// repoussés vers Kouna").
fn not_a_site() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)(?:\bdont (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt) (?:\(\d+\) )?(?:(?:du village|de la localite|de la commune|du hameau) )?(?:de|d'|du)|\b(?:bateau|navire|baleiniere|pinasse|ferry|bus|car|autocar|vol|avion)s? ?\x22 ?|\b(?:bateau|navire|baleiniere|pinasse|ferry)(?: [a-z]+)? (?:\x22 ?)?$|\b(?:sortie|entree|route|piste|chemin)s? (?:nord |sud |est |ouest )?(?:de la ville )?(?:vers|en direction de|direction)|\b(?:le|du|au) (?:chef|maire|prefet|sous-prefet|imam|cadi|notable|president|depute)(?: (?:de|du|d'|des) [a-z' -]{1,30})?, *|\b(?:obseques|funerailles|hommages?|honneurs)\b[\x20-\x2d\x2f-\x7f]{0,30}? (?:a|au)|\bde retour (?:a|au|dans)|\boriginaires? (?:du village|de la localite|de la commune|du hameau|de la ville) (?:de|d')|\bsources?\b[\x00-\x2b\x2d\x2f-\x39\x3c-\x7f]{0,40}\b(?:a|de|depuis)|\bbasee?s? a|\b(?:jointe?s?|contactee?s?|interrogee?s?) (?:par (?:telephone|l'afp|rfi|[a-z'-]+(?: [a-z'-]+)?) )?(?:a|depuis)|\bjointe? depuis|\bcorrespondante? (?:a|de)|\benvoyee? speciale? a|\b(?:procureur|pole judiciaire|radio|universite|diocese|eveque|eveche|archeveche|paroisse|association|jeunesse|president|directeur|responsables?|etat-major|zone de defense) (?:de|d'|du)|\brefuge (?:a|dans|vers|sur)|\b(?:evacue\w*|heliporte\w*|transporte\w*|transportai\w*|transfere\w*|achemine\w*|refugie\w*|deplace\w*|fui\w*|fuyant|repart\w*|rebrouss\w*|rallie\w*|regagne\w*|rentre\w*|replie\w*|repli|conduits?|ramene\w*|inhume\w*|enterre\w*|admis\w*|hospitalise\w*|soigne\w*|pris en charge|prises? en charge|libere\w*|relache\w*|reapparu\w*)(?: (?:des|de|les) (?:populations?|habitants|familles|personnes))?(?: (?:ce|cet|hier|le) (?:matin|soir|apres-midi|nuit|lendemain)| hier| aujourd'hui| ensuite| d'urgence| rapidement)? (?:vers|sur|a|dans|en direction de|jusqu'a)|\ben (?:provenance|partance) (?:de|d')|\b(?:repousse\w*|refoule\w*|pourchasse\w*|poursuivi\w*)(?: [a-z'-]+){0,3}? (?:vers|en direction de|jusqu'a)|\b(?:decede\w*|mort|morte|succombe) (?:le (?:\d{1,2}|lendemain)|plus tard|des suites de ses blessures|peu apres|quelques (?:heures|jours) plus tard)(?: [a-z]+)? (?:a|au)|\b(?:menant|conduisant|allant|qui (?:mene|menent|conduit|conduisent|va|vont)) (?:a|vers|jusqu'a)|\barrive\w* (?:de|d'|du)|\bkatiba\w* (?:du |de |d')?|\bliberation (?:du|de la|de l'|de)|\b(?:favorables?|hostiles?|loyale?s?|loyaux|oppose\w*) a|\ballie\w* (?:de|d')|\bsoutenu\w* par|\bravitaill\w*(?: (?:la|le|les) (?:ville|localite|camp|garnison|populations?|base))? (?:de|d'|du)|\bravitaill(?:e|er|ait|aient|ant|ent|es|ee|ees|erait|eraient)(?: (?:la|le|les) (?:ville|localite|camp|garnison|populations?|base))? a|\ba destination (?:de|d')|\ben direction (?:de|d'|du)|\b(?:apres une|d'une|en|de) mission (?:a|au|dans|en|de|d'|du)|\b(?:d'une|de) mission (?:d'escorte |de ravitaillement |de securisation |de reconnaissance )?vers|\bconfreres? (?:de|d'|du)|\b(?:au pouvoir|en place) a|\b(?:repli|redeploiement)s? (?:sur|vers) (?:les |la |le |l')?(?:positions?|bases?|camps?|postes?)(?: [a-z'-]+){0,2} (?:de|d'|du)|\bjusqu'(?:a|au|aux)(?: la sortie| l'entree| la limite| l'oree| les portes)?(?: de| d'| du)?|\b(?:en route (?:pour|vers)|se rendai\w+ a|se rendant a|allant a|a destination de|en partance pour) (?:la |le |l')?(?:foire|marche)(?: hebdomadaire| aux bestiaux| a betail)? (?:de|d'|du)|\b(?:partis?|parties?|quittant|quitte\w*) (?:de la |du |de l'|des |la |le )(?:foire|marche)(?: hebdomadaire| aux bestiaux| a betail)? (?:de|d'|du)|\b(?:ramene\w*|transporte\w*|achemine\w*|evacue\w*|remis\w*|rapatrie\w*) (?:le|la|les|des) (?:corps|depouilles?|blesses|victimes|restes)\b[a-z' -]{0,40} (?:a|vers|sur|dans|jusqu'a)|\b(?:la |le )?(?:riviere|fleuve) (?:de |d'|du )?|\b(?:plaine|plateau|falaise|vallee|delta|massif)s? (?:de|d'|du)|\b(?:voyage|roul|circul)\w* (?:vers|pour)|\bse (?:rendant|rendai\w+|rendent|rend) (?:a|au|dans|vers|en)|\bse dirige\w* (?:vers|sur|en direction de)|\bquitt\w+ (?:la |le |l')?(?:ville|localite|commune|garnison|camp(?: militaire)?|base|village) (?:de|d'|du)|\ben route (?:pour|vers)|\ben renfort (?:a|au|vers|pour|sur)|\b(?:au|porter) secours (?:a|au|de|d'|des|du) |\bpour (?:intervenir (?:a|au|sur|dans)|secourir) |\brenforts? (?:envoy\w+ |achemin\w+ |depeche\w+ )?(?:a|au|vers|pour|sur)|\b(?:se rendai\w+|se dirigeai\w+|quitt\w+|partis? de|partie de|allai\w+ de|allant de|circulai\w+ de|circulant de|roulai\w+ de|roulant de|venant de|venus? de|venue de|de retour de|revenai\w+ de|revenant de|rentrai\w+ de|rentrant de|retour de|allant a|allait a|en partance pour|direction)|\b(?:rallier|regagner|rejoindre|relier|reliant)|\b(?:rallier|relier|reliant|quitt\w+|partis? de|partie de|venant de|venus? de|en provenance de|en partance de|allai\w+ de|allant de|circulai\w+ de|circulant de|roulai\w+ de|roulant de) [a-z'-]+(?: [a-z'-]+)? (?:a|pour|vers|et)|\bdepuis|\b(?:a destination|en direction|en partance pour|en route (?:pour|vers)|se rendai\w+ (?:a|dans|vers)|se dirigeai\w+ vers|allant (?:a|vers)|ravitaill\w+|refuge (?:a|dans|vers|sur))(?: de| d'| du)? (?:la |le |l')?(?:ville|localite|commune|garnison|camp(?: militaire)?|base|village) (?:de|d'|du)|\b(?:venue?s?|venant|arrivee?s?|partie?s?) ?\x22? des (?:villes|villages?|localites?|hameaux|campements?)(?: [a-z'-]+)? ?\x22? ?(?:de|d'))\s*$\s*$").expect("regex")
    })
}

/// "« … », a déclaré un responsable à Bamako", "», explique X,
/// administrateur de l'association à Mopti": the tail of a sentence that
/// names who spoke tells where the speaker is, not where the event was
/// (folded text, anchored at its end). Not when the tail goes on to tell
/// something ("…, a-t-il ajouté, précisant que l'attaque à Gao …").
fn attribution(wide: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r#"(?i-u)"\s*,\s*(?:a-t-(?:il|elle|on)\s+|(?:a|ont|avait|avaient)\s+)?(?:declare|affirme|explique|raconte|confie|ajoute|precise|souligne|assure|indique|temoigne|rapporte|dit|confirme|estime|deplore|martele|poursuit|conclut|commente|insiste|rappelle)\w*\b[\x00-\x21\x23-\x7f]{0,80}$"#).expect("regex")
    });
    re.find(wide).is_some_and(|m| {
        let said = m.as_str();
        !said.contains(" que ")
            && !said.contains(" qu'")
            && ![
                "ajoutant",
                "precisant",
                "indiquant",
                "soulignant",
                "expliquant",
            ]
            .iter()
            .any(|w| said.contains(w))
    })
}

/// "Kafolo en Côte d'Ivoire", "Bordj Badji Mokhtar, en Algérie", "Fada
/// (Tchad)": a name the text sets in a country other than the three is a
/// place abroad, never a namesake here.
fn abroad(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^\s*,?\s*(?:\(|en |au |aux |dans le (?:nord|sud|nord-est|nord-ouest|sud-est|sud-ouest|centre|est|ouest) (?:de la |du |de l'|d'))\s*(?:cote d[ '\x60]?ivoire|ghana|togo|benin|algerie|mauritanie|tchad|nigeria|guinee|senegal|libye|cameroun|maroc|soudan)\b").expect("regex")
    });
    let head = crate::fold::ascii_lower_1to1(crate::fold::head(after, 48));
    re.is_match(&head)
}

/// "un forgeron de Soumouni (Ké-Macina) venu chercher ses animaux": the
/// town a person came from, told after the name, is no site.
fn came_from(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^\s*(?:\([\x20-\x27\x2a-\x7e]{1,40}\)\s*)?,?\s*(?:qui\s+(?:etait|etaient)\s+)?(?:venue?s?\s+(?:chercher|acheter|vendre|rendre|voir|rejoindre|pour|au|a\s+la|a\s+l'|en|de|d'|du)|arrivee?s?\s+(?:de|d'|du))\b").expect("regex")
    });
    re.is_match(&crate::fold::ascii_lower_1to1(crate::fold::head(after, 60)))
}

/// "A Bamako, s'est ouvert lundi le procès de l'attaque de Kati": the
/// town where a court sits, told right before the trial it holds, is no
/// site of the attack judged.
fn court_seat(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^\s*,?\s*(?:(?:s'est|se sont|s'etait|s'ouvre|s'ouvrira|se tient|se tiendra)\s+(?:ouverte?s?\s+|tenue?s?\s+)?[\x20-\x2d\x2f-\x7f]{0,50}?\b(?:le|la|les)\s+(?:proces|audiences?|sessions? (?:de la cour|d'assises|speciale))\b|(?:le|la)\s+(?:cour d'assises|cour d'appel|tribunal|chambre criminelle)\b)").expect("regex")
    });
    re.is_match(&crate::fold::ascii_lower_1to1(crate::fold::head(after, 90)))
}

/// "une milice proche de Bamako", "un chef rebelle proche de Niamey", "la
/// milice touarègue Imghad (GATIA), proche de Bamako": a group close to
/// the government the capital stands for, not near the
/// town (a village "proche de Bamako" is near it). So are "les autorités
/// de Niamey", "le pouvoir de Bamako", "la junte de Ouagadougou".
fn close_to_the_government() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:milices?|groupes?|mouvements?|factions?|coalitions?|partis?|chefs?|responsables?|cadres?|dirigeants?|leaders?|officiers?|notables?)\b[a-z' -]{0,30}\bproches? (?:de|du pouvoir de|des autorites de)\s*$|\([a-z0-9-]{2,12}\)\s*,\s*proches? (?:de|du pouvoir de|des autorites de)\s*$|\b(?:allies?|alliees?|fideles?|loyaux|loyalistes?) (?:a|au)\s*$|\b(?:autorites|pouvoir|gouvernement|regime|junte|dirigeants) (?:de|d')\s*$").expect("regex")
    })
}

/// Words before a name that tell where people came from or where a toll
/// was reported, not where an event happened: a numbered unit's home
/// town ("14 militaires tués (11e RIC de Dori"), the dead a bracket
/// counts by home ("25 morts (15 VDP communaux de Nouna") or tells who
/// they were ("1 mort (conducteur de camion d'Essakane)"), the post that reported
/// the dead ("Constat de la brigade d'Arbinda : 12 morts"). No site, and
/// no fallback for one either (folded text, anchored at its end).
fn told_from_elsewhere() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)(?:\b\d{1,3}(?:e|er|eme) (?:ric|rcas|rcs|bir|bia|gtia|regiment|bataillon|compagnie|escadron|groupement|legion)(?: [a-z'-]+){0,3}?|\b(?:constat|rapport|compte rendu|communique|selon|d'apres)\w* (?:de la |du |de l'|des )(?:brigade|gendarmerie|commissariat|police|prefecture|mairie|hopital|centre de sante|district sanitaire)(?: [a-z'-]+){0,2}?|\(\s*(?:dont\s+)?\d{1,3} (?:vdp|volontaires|militaires|soldats|gendarmes|policiers|douaniers|gardes|civils|habitants|eleveurs|commercants|orpailleurs)(?: [a-z]+){0,2}?|\b(?:morts?|tuee?s?|blessee?s?|victimes?|deces)\s*\(\s*(?:[a-z'-]+ ){0,4}?[a-z'-]+) (?:de|d'|du)\s*$")
            .expect("regex")
    })
}

/// Words that make a name a person's office or origin ("le maire de
/// Fatoma", "originaires de Diafarabé", "l'hôpital de Sévaré"): not the
/// site when the sentence names another place, the best guess otherwise.
/// "Le commandant de compagnie de Kati" too: a company or a legion covers
/// a cercle or more (the commander of a post or a camp is at its site,
/// often the one attacked).
fn office_of() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(r"(?i-u)\b(?:(?:gouverneur|gouvernorat|haut-commissa\w*|haut commissa\w*|prefet|sous-prefet|maire|depute|elue?s?|conseill\w*|{CARE}|imam|cadi|chef de village|chefs de village|notables?|ressortissants?|originaires?|natifs?|commandant|chef|habitants?|residents?|route|piste|direction|chemin|bilan officiel|autorites|porte-parole) (?:de|d'|du)|(?:elue?s?|conseill\w*) (?:communa(?:l|le|ux|les)|municipa(?:l|le|ux|les)|regiona(?:l|le|ux|les)|locale?s?|locaux) (?:de|d'|du)|(?:residents?|habitants?|ressortissants?|elus?|maires?|chefs?|prefets?|notables?) (?:de la|du|d'une?) (?:commune|localite|ville|village|cercle|departement) (?:voisine?s? )?(?:de|d')|(?:commandant|chef|adjoint|responsable|commissaire)s? (?:adjoint |en second )?(?:de la |de l'|du |de |d')(?:compagnie|bataillon|escadron|groupement|legion|secteur|zone|region)(?: militaire| de gendarmerie| territoriale?)? (?:de|d'|du))\s*$")).expect("regex")
    })
}

/// "le détachement de Sambera a déployé une unité", "la brigade de Kaya,
/// aussitôt alertée, a dépêché une équipe", "une unité du détachement de
/// Toéni, composée de gendarmes et de soldats, a mené une action offensive
/// contre une base à Worou", "des gendarmes de l'escadron de la
/// gendarmerie mobile (EGM) de Fada, en mission d'escorte": the town a
/// unit was sent from, which the sentence names as its home, is no more
/// the site than an office's town (and the best guess only when nothing
/// else is named). `tail` is the folded text before the name, `after` the
/// original text after it.
fn unit_home(tail: &str, after: &str) -> bool {
    static UNIT: OnceLock<Regex> = OnceLock::new();
    static SENT: OnceLock<Regex> = OnceLock::new();
    let unit = UNIT.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:detachement|poste|base|garnison|camp|brigade|unite|escadron|compagnie|bataillon|contingent|groupement)(?: militaire| de gendarmerie| de police| (?:de la |de l')?(?:gendarmerie|garde|police)(?: [a-z]+)?(?: \([a-z]{2,6}\))?)? (?:de|d'|du)\s*$").expect("regex")
    });
    if !unit.is_match(tail) {
        return false;
    }
    let sent = SENT.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:,[^,]{0,110},\s*)?(?:a|ont|avait|avaient)\s+(?:(?:aussitot|immediatement|rapidement|alors|ensuite|aussi)\s+)?(?:deploye|envoye|depeche|mobilise|engage|dirige|mis en route|fait mouvement|mene|conduit|lance)\b|,?\s*(?:en (?:mission|patrouille|escorte|operation)|qui (?:escortai|patrouillai|effectuai|se rendai|rentrai|revenai)\w*)\b)").expect("regex")
    });
    sent.is_match(&crate::fold::ascii_lower_1to1(crate::fold::head(
        after, 120,
    )))
}

/// "une unité du détachement de Namissiguima est tombée dans une
/// embuscade à Kogolbarao-Go", "une patrouille de la brigade de Kaya":
/// part of a unit named by its home; the home is the best guess only when
/// nothing else is named (folded text before the name).
fn part_of_a_unit() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:unite|elements?|patrouille|equipe|section|escouade|colonne)s? (?:mixtes? |speciales? |d'intervention )?(?:du |de la |de l'|des )(?:detachement|poste|camp|base|brigade|escadron|compagnie|garnison|groupement|bataillon|contingent)s?(?: militaires?| mixtes?| de gendarmerie| de police| de la gendarmerie| avances?)? (?:de|d'|du)\s*$")
            .expect("regex")
    })
}

/// "près d'un camp de réfugiés à Bosso", "le site de déplacés de
/// Barsalogho": a camp's town is a site, though "réfugiés à" alone tells
/// where people fled (folded text before the name).
fn camp_of_the_displaced(tail: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:camps?|sites?) (?:de |des |d')(?:refugies|deplaces(?: internes)?|pdi)\s+(?:a|de|d'|du)\s*$")
            .expect("regex")
    })
    .is_match(tail)
}

/// "un détachement de l'armée basé à Nassoumbou": where a unit is based,
/// unlike where a source is ("une source basée à Ménaka"), is where an
/// attack on it happened. So is "aux abords de sa base à Kidal": the
/// noun after its article, which folding spells as the participle.
/// `wide` is the folded text before the name.
fn unit_based_at(wide: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:detachement|unite|camp|poste|base|garnison|caserne|brigade|escadron|compagnie|bataillon|contingent)s?\b[\x20-\x2b\x2d\x2f-\x7f]{0,50}\bbasee?s? a\s*$|\b(?:la|sa|leur|une|notre|cette|ses|leurs|nos|ces) (?:(?:propre|principale|grande|petite) )?bases? (?:militaires? )?a\s*$")
            .expect("regex")
    })
    .is_match(wide)
}

/// "des combattants fidèles à Bamako": loyal to a government named by its
/// town, not there; but "des fidèles à Salmossi", the worshippers of its
/// mosque, were (the word after an article or a count is the noun).
/// `tail`: the folded words right before the name.
fn loyal_to(tail: &str) -> bool {
    let Some(before) = ["fidele a", "fideles a", "fidele au", "fideles au"]
        .iter()
        .find_map(|w| tail.trim_end().strip_suffix(w))
    else {
        return false;
    };
    let word = before.split_whitespace().last().unwrap_or("");
    let noun = matches!(
        word,
        "des" | "les" | "aux" | "ses" | "leurs" | "nos" | "ces" | "de" | "plusieurs" | "quelques"
    ) || word.bytes().all(|b| b.is_ascii_digit())
        || crate::french::number(word).is_some();
    !noun
}

/// Places of care: the offices whose town is where the wounded were taken.
const CARE: &str = "hopital(?: de reference| regional| national| general| militaire| principal| de district)?|chu|centre de sante(?: communautaire| de reference| de district)?|centre medical|centre hospitalier|district sanitaire|cscom|csref|csps|cma|chr|csi|dispensaire|infirmerie|clinique|maternite|morgue";

/// A place of care right before a name ("admises au district sanitaire
/// de"): one of [`office_of`]'s offices, never the best guess for a site.
fn care_of() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(&format!(r"(?i-u)\b(?:{CARE}) (?:de|d'|du)\s*$"))
            .expect("regex")
    })
}

/// "le village de", "la localité de", "le camp militaire de": the next
/// name is a settlement.
fn settlement_of() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:(?:village|hameau|campement)(?: (?:dogon|peulh?|peuhl|bambara|bozo|touareg|tamasheq|songhai|sonrai|mossi|fulani|haoussa|djerma|zarma|kurumba|gourmantche|chretien|musulman|voisin|natal))?|localite|bourgade|site d'orpaillage|camp(?: militaire)?|poste(?: militaire| de police| de gendarmerie)?|base(?: militaire)?|detachement(?: militaire)?|garnison|caserne|brigade(?: de gendarmerie)?) (?:de|d')\s*$")
            .expect("regex")
    })
}

/// Words after "zone de", "secteur de", "environs de", "près de la ville
/// de": the event was in the area, not at the place.
fn area_words() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)(?:\bzone|\bsecteur|\benvirons|\balentours|\bperipherie|\babords|\bpres|\bnon loin|\bproximite|\bparages|\bau (?:nord|sud)(?:-(?:est|ouest))?|\ba l'(?:est|ouest))\s+(?:de|d'|du)(?:\s*(?:la\s+|le\s+|l')?(?:ville|localite|commune|cite|bourgade|agglomeration|chef-lieu)(?:\s+(?:rurale|urbaine))?\s+(?:de|d'|du))?\s*$").expect("regex")
    })
}

/// Whether the words between a place and the next name make the next a
/// reference for the first: ", non loin de", ", au sud-ouest de", "sur
/// l'axe de" (the road that leads to it), also past the commune the
/// village belongs to (", commune de Dimbal, près de").
fn reference_after_site(between: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    between.len() < 60
        && RE
            .get_or_init(|| {
                crate::extract::compile::regex(r"(?i-u)^\s*,?\s*(?:(?:dans\s+)?(?:la\s+|le\s+)?(?:commune|cercle|province|departement|prefecture)\s+(?:rurale\s+)?(?:de\s+|d'|du\s+)[a-z'-]+(?:\s+[a-z'-]+)?\s*,\s*)?(?:(?:une\s+|la\s+|le\s+)?(?:localite|village|ville|commune|hameau|bourgade|campement)\s+)?(?:(?:situee?s?|localisee?s?|qui\s+se\s+trouve|qui\s+est|sis|sise)\s+)?(?:(?:tout\s+)?pres|non\s+loin|a\s+proximite|aux\s+environs|a\s+quelques\s+(?:encablures|kilometres|km)|dans\s+(?:la\s+zone|le\s+secteur|les\s+environs|les\s+parages)|(?:la\s+)?zone|(?:le\s+)?secteur|au\s+(?:nord|sud)(?:-(?:est|ouest))?|a\s+l'(?:est|ouest)|sur\s+(?:l'axe|la\s+route|la\s+piste))\s+(?:de|d'|du)(?:\s*(?:la\s+|le\s+|l')?(?:mine|site|camp|base|poste|barrage|foret|carriere|ville|localite|commune|village|hameau|frontiere)(?:\s+d'or|\s+auriferes?|\s+rurale|\s+urbaine)?\s+(?:de|d'|du))?\s*$")
                    .expect("regex")
            })
            .is_match(&crate::fold::ascii_lower_1to1(between))
}

/// ", un peu plus au nord, ou de ", " et vers ": what joins another member
/// to a list whose first name was no site ("en direction de Torodi, un
/// peu plus au nord, ou de Niamey"), with a short aside at most.
fn listed_after_aside(between: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    between.len() < 60
        && RE
            .get_or_init(|| {
                crate::extract::compile::regex(r"(?i-u)^\s*(?:,[a-z0-9' -]{1,35},)?\s*(?:ou|et)\s+(?:de|d'|du|a|au|vers|en\s+direction\s+de)\s*$")
                    .expect("regex")
            })
            .is_match(&crate::fold::ascii_lower_1to1(between))
}

/// A verb of telling right before "à" ("a déclaré à", "ont confié à"):
/// what follows is who was told, not where (folded text before a name).
fn said_to() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:declare|annonce|confie|indique|explique|dit|affirme|precise|raconte|rapporte|assure|souligne|revele|ajoute|temoigne|parle|repondu|ecrit|adresse|envoye|transmis|remis|livre|demande|propose|donne|rendu|joint|interroge)\w*\s+(?:[a-z'-]+\s+){0,2}?a\s*$")
            .expect("regex")
    })
}

/// ", une ville", ", la commune", ",", ", la plus grande ville du nord du
/// Mali,": what stands between a town's name and a relative phrase that
/// describes the town ("Torodi, une ville située à 60 km de Niamey").
fn apposition_of_town(between: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    between.len() < 72
        && RE
            .get_or_init(|| {
                crate::extract::compile::regex(r"(?i-u)^\s*[,(]?\s*(?:(?:une|la|cette|l')\s*)?(?:(?:plus\s+)?(?:grande|petite|principale|importante|grosse)\s+)?(?:ville|localite|commune|bourgade|village|chef-lieu|agglomeration)?(?:\s+(?:du|de\s+la|de\s+l'|des|de|d')\s*[a-z'-]+){0,3}\s*,?\s*$")
                    .expect("regex")
            })
            .is_match(&crate::fold::ascii_lower_1to1(between))
}

/// Whether the words after a relative phrase name a site already told,
/// the phrase standing in apposition before it: ", ce camp", "en direction
/// de la frontière, cette localité".
fn locates_one_told_before(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)^[\x20-\x2b\x2d-\x7f]{0,70},\s*(?:ce|cet|cette)\s+(?:meme\s+)?(?:camp|village|localite|ville|poste|commune|site|base|garnison|position|bourgade|hameau|chef-lieu)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(crate::fold::head(after, 120)))
}

/// Whether a name that ends "entre X et Y" is one of the sides that fight
/// there (the army, a militia, an armed group), written like a town: a
/// name of the actor table ([`super::actors::is_actor_word`]), or a side
/// the table does not name alone (its patterns want "Ansarul Islam", "Dan
/// Na Ambassagou", "FDS burkinabè").
fn names_a_side(name: &str) -> bool {
    // "Dan Na Ambassagou" is the militia; "Dan Issa" a village of Niger.
    if crate::fold::fold(name).starts_with("danna") {
        return true;
    }
    let first = name.split_whitespace().next().unwrap_or("");
    super::actors::is_actor_word(first)
        || [
            "fds",
            "faca",
            "donso",
            "donsos",
            "hcua",
            "cma",
            "msa",
            "ansarul",
            "ansar",
            "katiba",
            "plateforme",
        ]
        .contains(&crate::fold::fold(first).as_str())
}

/// A road or a stretch between two places: "l'axe Boni-Hombori", "entre
/// Taroum (son point de départ) et le village de Tizegorou", "un car
/// reliant Dori à Arbinda".
fn road_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i:(?-u:\b)(?:(?:la\s+|l['’])?(?:route|axe|tronçon|piste|voie|RN\s?\d+|RN\d+)\s+(?:nationale\s+|routier\s+|principal\s+)?(?:\d+\s+)?(?:reliant\s+|entre\s+|de\s+|qui\s+relie\s+)?|entre\s+(?:les\s+(?:localités|villages|villes)\s+(?:de\s+)?|(?:la\s+(?:ville|localité|commune)|le\s+village)\s+(?:de\s+|d['’]))?|(?:se\s+rendant|allant|circulant|roulant|voyageant|faisant\s+route|en\s+route|qui\s+(?:se\s+rendait|allait|circulait|roulait|reliait))\s+de\s+|(?:ayant|qui\s+avait|qui\s+a|après\s+avoir)\s+quitté\s+|(?:reliant|qui\s+reli(?:e|ait)|(?:assurant|faisant)\s+la\s+liaison)\s+))(?P<a>[\p{Lu}][\p{L}'’]+(?:-[\p{Lu}][\p{L}'’]+)?(?:\s[\p{Lu}][\p{L}'’]+)?)\s*(?:[-–]|\set\s|\s\([^()]{1,40}\)\s+et\s|,\s(?:près|non\sloin|dans\sla|dans\sle|à\s\d+\skm|au\s(?:nord|sud|centre)|à\sl['’](?:est|ouest))[^,.;:()]{0,60},\s+et\s|\sà\s(?:destination\s+(?:de\s+|d['’])(?:la\s+garnison\s+(?:de\s+|d['’]))?)?|\spour\s)\s*(?:(?:la\s+(?:ville|localité|commune)|le\s+village)\s+(?:de\s+|d['’]))?(?P<b>[\p{Lu}][\p{L}'’]+(?:-[\p{Lu}][\p{L}'’]+)?(?:\s[\p{Lu}]['’][\p{L}]+)?)").expect("regex")
    })
}

/// Whether the words before a locating verb (its last `verb_words` words
/// of `before`) end on a name: "Gossi, localité" and "Gossi" do, "un poste
/// de douane," does not.
fn named_before(before: &str, verb_words: usize) -> bool {
    let mut head = before.trim_end();
    for _ in 0..verb_words {
        head = head.rsplit_once(' ').map_or("", |(h, _)| h);
    }
    let mut head = head.trim_end_matches([' ', ',']);
    for noun in [
        "localité",
        "village",
        "ville",
        "commune",
        "hameau",
        "bourgade",
    ] {
        if let Some(h) = head.strip_suffix(noun) {
            head = h
                .trim_end()
                .trim_end_matches(" une")
                .trim_end_matches(" la")
                .trim_end_matches(" le")
                .trim_end_matches([' ', ',']);
            break;
        }
    }
    // The last word only: a scan of the whole prefix for each road would
    // grow with the square of a long sentence.
    head.rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// "comme Djibo et Titao", "comme à Boni": names a comparison sets beside
/// the event.
fn likened_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let name = r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*";
        crate::extract::compile::regex(&format!(
            r"\b[Cc]omme\s+(?:à\s+|a\s+|au\s+)?{name}(?:\s*,\s*(?:à\s+)?{name})*(?:\s+(?:et|ou)\s+(?:à\s+)?{name})?"
        ))
        .expect("regex")
    })
}

/// The rest of a list of names after its first, each with what its
/// brackets say: "(Rollo centre), Bourzanga (village de Zana) et de
/// Ouindigui".
fn list_after_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let name = r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*";
        let brackets = r"(?:\s*\([^()]{0,80}\))?";
        crate::extract::compile::regex(&format!(
            r"^{brackets}(?:\s*(?:,\s*et|,|et)\s+(?:de\s+|d['’]|du\s+)?{name}{brackets})*"
        ))
        .expect("regex")
    })
}

/// Armed groups' names that hold a place name ("Boko Haram").
fn group_name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(r"(?i)\bboko[\s-]+haram\b").expect("regex"))
}

/// A road between two named towns, as written: the event lies somewhere on
/// it (`road_to` the far end).
fn road_mention(written: String, a: End<'_>, b: End<'_>) -> PlaceMention {
    PlaceMention {
        written,
        lookup: a.0.to_string(),
        span: (a.1, b.1 + b.0.len()),
        known: true,
        near: true,
        road_to: Some(b.0.to_string()),
        ..Default::default()
    }
}

/// One end of a road: its name as written and where it starts.
type End<'s> = (&'s str, usize);

fn end_of(m: regex::Match<'_>) -> End<'_> {
    (m.as_str(), m.start())
}

/// A road's two ends that the gazetteer knows. A chain of hyphens
/// ("l'axe Douentza-Bambara-Maoudé") can be cut in more than one place,
/// and the regex's greedy cut ("Douentza-Bambara" and "Maoudé") is not
/// always the one that names two towns.
fn known_ends<'s>(
    g: &Gazetteer,
    sentence: &'s str,
    a: regex::Match<'s>,
    b: regex::Match<'s>,
) -> Option<(End<'s>, End<'s>)> {
    if knows(g, a.as_str()) && knows(g, b.as_str()) {
        return Some((end_of(a), end_of(b)));
    }
    let chain = &sentence[a.start()..b.end()];
    if chain.contains(char::is_whitespace) || chain.matches('-').count() < 2 {
        return None;
    }
    chain.match_indices('-').find_map(|(cut, _)| {
        let (x, y) = (&chain[..cut], &chain[cut + 1..]);
        (knows(g, x) && knows(g, y)).then_some(((x, a.start()), (y, a.start() + cut + 1)))
    })
}

/// A trip's two ends: "un convoi quittant Douentza pour Boni", "qui devait
/// rallier Intillit à Gao", "parti de Gao pour Ansongo".
fn trip_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i:(?-u:\b)(?:quittant|qui\s+quittait|ayant\s+quitt[ée]|parti(?:e|s|es)?\s+de|(?:qui\s+devait\s+|devant\s+)?rallier|en\s+partance\s+de)\s+)(?P<a>[\p{Lu}][\p{L}'’]+(?:-[\p{Lu}][\p{L}'’]+)?(?:\s[\p{Lu}][\p{L}'’]+)?)\s+(?:pour|à|vers|et)\s+(?P<b>[\p{Lu}][\p{L}'’]+(?:-[\p{Lu}][\p{L}'’]+)?(?:\s[\p{Lu}]['’][\p{L}]+)?)").expect("regex")
    })
}

/// Words that end on a distance's "de" ("à 200 km au nord de"): the name
/// after them is a reference point.
fn distance_from() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?i-u)\b(?:km|kms|kilometres?)\b[a-z' -]{0,25}\b(?:de|d')\s*$",
        )
        .expect("regex")
    })
}

/// The lookup of "la capitale" with no country said: the capital of the
/// article's country, which the article's reading puts in its place.
pub(crate) const CAPITAL: &str = "la capitale";

fn capital_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)(?-u:\b)la\s+capitale(?P<q>\s+(?:malienne|burkinab[eè]|nig[ée]rienne|du\s+Mali|du\s+Burkina(?:\s+Faso)?|du\s+Niger|r[ée]gionale|provinciale|d[ée]partementale|[ée]conomique|politique|administrative|spirituelle|historique|de\s+(?:la|sa|cette)\s+(?:r[ée]gion|province)|du\s+(?:cercle|d[ée]partement|pays\s+dogon)|de\s+l'\w+|du\s+\p{Lu}\p{L}+|de\s+\p{Lu}\p{L}+))?(?-u:\b)|(?-u:\b)Bamako(?-u:\b)")
            .expect("regex")
    })
}

/// Whether the words before two towns joined by a hyphen name what
/// travelled between them ("Embuscade contre convoi FAMa Gossi-Gao", "un
/// bus de transport Gao-Ansongo"): the towns are the road's ends.
fn convoy_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)(?:^|\s)(?:convois?|colonnes?|bus|minibus|autocars?|cars?|camions?)(?:\s+(?:de\s+|d')?[a-z]+){0,2}\s*$")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(crate::fold::tail(before, 40)))
}

/// "20 millions de Naira", "2 milliards de FCFA": a sum in a currency,
/// however it is capitalised (folded text before the name).
fn amount_of(tail: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?i-u)\b(?:\d+|millions?|milliards?|mille|milliers)\s+(?:de|d')\s*$",
        )
        .expect("regex")
    })
    .is_match(tail)
}

/// Whether the words before a name open a title within the sentence ("…
/// Le Souffle de", "selon La Voix du"): an article with its capital after
/// a lower-case word, then a capitalised noun and "de".
fn title_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"\p{Ll}[,:]?\s+(?:Le|La|Les|L['’])\s*\p{Lu}\p{Ll}+\s+(?:de|du|des|d['’])\s*$",
        )
        .expect("regex")
    })
    .is_match(crate::fold::tail(before, 60))
}

/// A line in capitals with its small words in lower case ("ATTAQUE contre
/// le POSTE de DJIBASSO"): names are runs of capitalised words, and in
/// capitals every word is one, so "DE DJIBASSO" would be read as one name.
/// Every byte keeps its place (each letter lowered is as long in lower
/// case), so spans found in the copy are the sentence's.
fn small_words_lowered(sentence: &str) -> String {
    const SMALL: &[&str] = &[
        "DE", "DU", "DES", "D", "LE", "LA", "LES", "L", "UN", "UNE", "ET", "OU", "A", "AU", "AUX",
        "EN", "DANS", "SUR", "SOUS", "PAR", "POUR", "CONTRE", "VERS", "ENTRE", "AVEC", "SANS",
        "CHEZ", "PRES", "PUIS", "DONT", "QUI", "QUE", "NE", "PAS", "SES", "SON", "SA", "LEUR",
        "LEURS", "CE", "CETTE", "CES", "À", "PRÈS",
    ];
    let mut out = String::with_capacity(sentence.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if SMALL.contains(&word.as_str()) {
            out.push_str(&word.to_lowercase());
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for ch in sentence.chars() {
        if ch.is_alphabetic() {
            word.push(ch);
        } else {
            flush(&mut word, &mut out);
            out.push(ch);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Finds the places of a sentence. `g` decides which names are places.
pub fn find_places(sentence: &str, g: &Gazetteer) -> SentencePlaces {
    find_places_in(sentence, g, false)
}

/// A place name at the head of a dateline ("BAMAKO (AFP) -", "Gao, 3 mars
/// -"): where the copy was filed, not the event.
fn dateline(sentence: &str, s: usize, e: usize) -> bool {
    let head = sentence[..s].trim();
    let after = sentence[e..].trim_start();
    // "(Ouagadougou) Au moins 12 soldats …": the town alone in brackets
    // before the first words.
    // "(Niamey et les 2 jours) - Quatre soldats …": a newsroom credit in
    // brackets before a dash, whose name may hold a town.
    if head == "(" {
        return after.starts_with(')') || bracketed_credit(after);
    }
    if !head.is_empty() {
        return false;
    }
    let shouting = !sentence[s..e].contains(char::is_lowercase);
    after.starts_with(['-', '–', '—'])
        || agency_then_dash(after, shouting)
        || (after.starts_with(',') && dash_within(after, 60))
        || country_then_credit(after)
        || day_then_credit(after)
}

/// "Sévaré, 15 mars (AMAP) Un convoi …": the day the copy was filed, then
/// the agency in brackets, with no dash.
fn day_then_credit(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"^,\s*\d{1,2}(?:er)?\s+\p{L}+(?:\s+\d{4})?\s*\(\p{Lu}[^()]{0,28}\)",
        )
        .expect("regex")
    })
    .is_match(crate::fold::head(after, 60))
}

/// "Ouagadougou, Burkina Faso (Agence X) Une trentaine de personnes":
/// the town's country, then the newsroom in brackets, with no dash.
fn country_then_credit(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    let rest = rest.trim_start();
    ["Burkina Faso", "Mali", "Niger"].iter().any(|c| {
        rest.strip_prefix(c).is_some_and(|r| {
            let r = r.trim_start();
            r.starts_with('(') && crate::fold::head(r, 40).contains(')')
        })
    })
}

/// Whether the rest of a bracket that opens a text closes within a few
/// words and a dash follows: "(Niamey et les 2 jours) -".
fn bracketed_credit(after: &str) -> bool {
    crate::fold::head(after, 40)
        .split_once(')')
        .is_some_and(|(inside, rest)| {
            !inside.contains(['(', '.', ',', ';', ':']) && rest.trim_start().starts_with(['-', '–'])
        })
}

/// "Dim. 14/11", "Sam. 3 mai": a weekday cut short before a date, which a
/// village may spell (Dim, in Burkina Faso).
fn weekday_abbreviation(name: &str, after: &str) -> bool {
    // "Dim. 26/05", and in a log in capitals "DIM 26/05" with no stop
    // (Dim is also a village of the Nord, BF).
    let lower = name.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    let caps = name.bytes().all(|b| b.is_ascii_uppercase());
    let day_next = |r: &str| r.trim_start().starts_with(|c: char| c.is_ascii_digit());
    // After the stop, a time ("Dim. ~22h") or a lower-case word ("Dim.
    // soir") as well: a village's name ending a sentence is followed by a
    // capital.
    let time_next = |r: &str| {
        r.trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || c == '~' || c.is_lowercase())
    };
    // With no stop, a date in figures ("Sam 16/03/2024 00h50").
    let numeric_date_next = |r: &str| {
        let r = r.trim_start();
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && r[digits..].starts_with('/')
    };
    name.len() == 3
        && super::dates::weekday(name).is_some()
        && match after.strip_prefix('.') {
            Some(r) => (lower || caps) && time_next(r),
            None => {
                after.starts_with(' ')
                    && ((caps && day_next(after)) || (lower && numeric_date_next(after)))
            }
        }
}

/// News agencies' acronyms, as datelines credit them ("GAO (AMAP) -").
pub(super) const AGENCY_ACRONYMS: [&str; 20] = [
    "AFP", "AMAP", "AIB", "ANP", "APA", "PANA", "MAP", "AP", "ATP", "ACP", "APS", "ABI", "AA",
    "DPA", "EFE", "ANSA", "UPI", "ACI", "AIP", "REUTERS",
];

/// "(AFP)", "(Reuters) -", "(AMAP)": an agency's name in brackets after a
/// dateline's town (`shouting`: a town written in capitals, whose line
/// writes an area in brackets in capitals too).
fn agency_then_dash(after: &str, shouting: bool) -> bool {
    // Look only a few bytes ahead: a text of unclosed brackets must not
    // be searched to its end for every name.
    let Some((name, rest)) = crate::fold::head(after, 24)
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
    else {
        return false;
    };
    let word = !name.is_empty()
        && name.len() <= 12
        && name.starts_with(|c: char| c.is_uppercase())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == ' ');
    let rest = rest.trim_start();
    // Agencies written in mixed case are few; any other word in brackets
    // is an area ("Batié (Noumbiel) – nuit du 21 au 22 août"), and the
    // town before it the site.
    // In a line all in capitals ("OURSI (OUDALAN) – LUNDI …") every word
    // in brackets is in capitals: only the agencies' own acronyms are
    // agencies there.
    let capitals = name.chars().all(|c| !c.is_lowercase());
    let agency = if shouting {
        AGENCY_ACRONYMS.contains(&name.trim())
    } else {
        capitals || AGENCIES.contains(&crate::fold::fold(name.trim()).as_str())
    };
    word && agency && (capitals || rest.starts_with(['-', '–']))
}

/// "le Mouvement islamique de l'Azawad (MIA)": a capitalised acronym in
/// brackets names an organisation, even when a place is spelt the same;
/// so does one after an elided article ("L'EI a revendiqué").
fn acronym(sentence: &str, s: usize, e: usize) -> bool {
    let name = &sentence[s..e];
    let capitals = |n: &str| n.len() >= 2 && n.chars().all(|c| c.is_uppercase() || c == '-');
    // "L'EI a revendiqué", "l'EIGS": an organisation's initials after an
    // elided article are no village (Léï).
    let elided = ["L'", "L’", "l'", "l’"]
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .is_some_and(capitals);
    elided || (sentence[..s].ends_with('(') && sentence[e..].starts_with(')') && capitals(name))
}

/// Whether a dash that ends a dateline ("Kati, 19 mar (AMAP) -") comes
/// within the first `n` bytes.
fn dash_within(after: &str, n: usize) -> bool {
    // "Gorom-Gorom, 5 août 2021 (AIB)-11 civils": no space after the
    // agency's bracket.
    let Some(k) = [" -", " –", " —", ")-", ")–"]
        .iter()
        .filter_map(|d| after.find(d))
        .min()
        .filter(|&k| k < n)
    else {
        return false;
    };
    // A dateline's middle is a date or an agency: "Toumour, nuit de
    // vendredi à samedi: éléments de Boko Haram – 5 tués", a log line
    // naming its site, has words and a colon before its dash.
    // Nor is "Fatoma, à 10 km de Sévaré –": a distance says where the
    // site lies, which no dateline does.
    let middle = &after[..k];
    middle.contains(|c: char| c.is_ascii_digit() || c == '(')
        && !middle.contains([':', ';'])
        && !middle.contains(" km")
        && !middle.contains("kilom")
}

/// Whether the words before a name introduce the members of a list of
/// places: "plusieurs villages, notamment A, B et C", "les localités
/// touchées sont A et B", "à savoir A et B".
fn listed_after(before: &str) -> bool {
    let lower = crate::fold::tail(before, 48).to_lowercase();
    lower.ends_with(" notamment")
        || examples_of_places(before)
        || lower.ends_with(" à savoir")
        || lower.ends_with(" a savoir")
        || (lower.ends_with(" sont")
            && [
                "village",
                "localité",
                "localite",
                "hameau",
                "commune",
                "site",
            ]
            .iter()
            .any(|w| lower.contains(w)))
}

/// Whether the words before a name end on a plural noun of settlements
/// and a word that gives examples of them ("des villes comme", "des
/// localités telles que"): the names after are places of that kind.
fn examples_of_places(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:villes|villages|localites|hameaux|campements|bourgades|communes|agglomerations)(?: [a-z]+)? (?:comme|tel(?:le)?s que)\s*$")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(crate::fold::tail(before, 48)))
}

/// News agencies whose names are written in mixed case, folded.
const AGENCIES: [&str; 7] = [
    "belga", "reuters", "xinhua", "anadolu", "apanews", "sputnik", "ecofin",
];

/// Whether a name without a locative word is a place of the event: a
/// settlement or locality the gazetteer knows as written (or by an
/// alternate), that is not a
/// common French word, at the head of a sentence or headline, after a
/// comma, colon, dash or "dont", and not followed by another capitalised
/// word (a person's name).
fn free_place(
    g: &Gazetteer,
    sentence: &str,
    before: &str,
    end: usize,
    name: &str,
    heading: bool,
) -> bool {
    let key = crate::fold::fold(name);
    if key.len() < 3 || FUNCTION_WORDS.contains(&key.as_str()) {
        return false;
    }
    let b = before.trim_end();
    // "(Belga) Un Casque bleu a été tué…", "… de source militaire.
    // (Belga)": a news agency credited in brackets, which a village may
    // spell (Belga, in Burkina Faso).
    if b.ends_with('(') && sentence[end..].starts_with(')') && AGENCIES.contains(&key.as_str()) {
        return false;
    }
    // Only the last word matters (lowercasing the whole prefix for each
    // name was quadratic on long sentences).
    let lower_b = crate::fold::tail(b, 8).to_lowercase();
    // "au quartier « Château »": a quarter of the town being told, in
    // quotes, which a village elsewhere may spell.
    if b.ends_with(['«', '"', '“'])
        && crate::fold::ascii_lower_1to1(crate::fold::tail(b.trim_end_matches(['«', '"', '“']), 12))
            .trim_end()
            .ends_with("quartier")
    {
        return false;
    }
    let context = b.is_empty()
        || distance_in_brackets(&sentence[end..])
        || b.ends_with([',', ':', '(', '«', '"', '–', '-', ';'])
        || ends_on_a_day(b)
        // "Oudalan/Tin-Akoff - soir du 13/05": a log line that opens on
        // the province, then the place (not "NIGER/TILLABERI", the
        // country and the region in capitals).
        || (b.ends_with('/')
            && !b.contains(char::is_whitespace)
            && name.chars().any(char::is_lowercase))
        || lower_b.ends_with(" dont")
        || lower_b.ends_with(" et")
        || lower_b.ends_with(" ou")
        || heading
        || listed_after(b);
    if !context {
        return false;
    }
    let next = sentence[end..].trim_start();
    // "Djibo PM : ...": a log's half of the day, not a person's name.
    let half_day = ["PM", "AM"].iter().any(|w| {
        next.strip_prefix(w)
            .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
    });
    if next.chars().next().is_some_and(char::is_uppercase) && !half_day {
        return false;
    }
    let next = if half_day {
        next[2..].trim_start()
    } else {
        next
    };
    // Exact and alternate names only: a typo search for every capitalised
    // word at the head of a sentence would dominate extraction time.
    // Localities count as well: GeoNames files some villages and mining
    // sites of the Sahel that way (Inata).
    let mut buf = String::new();
    let matches = g.exact(name, &mut buf);
    let named = |settled: fn(char, &str) -> bool| {
        matches.iter().any(|p| {
            let place = g.place(p.place);
            p.kind <= MatchKind::Alternate && settled(place.class(), &place.feature)
        })
    };
    named(|class, feature| class == 'P' || feature == "L.LCTY")
        // Any settled feature, a camp too, when an attack is what befell
        // it ("Tassiri attaqué par des hommes armés"): the words after the
        // name are read only for such a feature.
        || (named(|class, _| matches!(class, 'S' | 'L')) && befallen(next))
        // A village spelt one letter off ("Dondioulou visé dans la nuit",
        // Doundioulou), when an attack befell it: the typo search runs
        // only for such a name, not for every capitalised word.
        || (matches.is_empty()
            && key.len() >= 7
            && (befallen(next) || ticker_head(b, next))
            && g.matches(name).iter().any(|m| {
                // A spelling variant ("Tombouktou") is nearer still.
                (m.kind == MatchKind::Variant || (m.kind == MatchKind::Fuzzy && m.edits <= 1))
                    && g.place(m.place).class() == 'P'
            }))
}

/// Whether the words before an area's unit are all the sentence says
/// before it, and set the scene ("Dans la", "Au sein du"; not a
/// headline's label, "Cercle de Koro : 38 morts à ...").
fn opens_on_unit(before: &str) -> bool {
    let f = crate::fold::ascii_lower_1to1(before);
    let f = f.trim();
    let Some(f) = f
        .strip_prefix("dans")
        .or_else(|| f.strip_prefix("au sein de"))
        .or_else(|| f.strip_prefix("au sein du"))
    else {
        return false;
    };
    matches!(f.trim_start(), "" | "la" | "le" | "l'" | "les")
}

/// "Inadjatafane (Gourma-Rharous) - lundi …", "27/10 Chinbarkawane (proche
/// Mali) : 17 morts": the name a log line opens on, or puts right after
/// its day, followed by its area in brackets or a colon, is the line's
/// site, whichever way the writer spelt it.
fn ticker_head(before: &str, next: &str) -> bool {
    (before.is_empty() || ends_on_a_day(before))
        && (next.starts_with('(')
            || next.starts_with(':')
            || next.starts_with(['-', '–'])
            // "11/07 18h20 Tombouktou, rocade ... :": after a log's day.
            || (!before.is_empty() && next.starts_with(',')))
}

/// Whether the words before a name end on the verb of an attack that
/// befell it: "a attaqué", "ont pris pour cible", "a visé" (folded).
fn struck_right_before(tail: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\b(?:ont|a|avaient|avait)\s+(?:attaque|vise|cible|pris\s+pour\s+cible|pris\s+d'assaut|frappe|incendie|investi)\s*$")
            .expect("regex")
    })
    .is_match(tail)
}

/// Whether the words after a name say it is a settlement: ", localité
/// voisine", ", un village de la commune de Dassa".
fn settlement_in_apposition(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)^\s*,\s*(?:un\s+|le\s+|petit\s+|petite\s+|une\s+)?(?:village|localite|hameau|bourgade|campement)\b")
            .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(crate::fold::head(after, 40)))
}

/// Whether the words after a line's first name are a bracket that holds
/// a place the gazetteer knows, then a colon or a dash: "(Bourzanga) -",
/// "(Soum) :".
fn bracketed_known_area(g: &Gazetteer, after: &str) -> bool {
    let Some(inner) = after.trim_start().strip_prefix('(') else {
        return false;
    };
    let Some(close) = crate::fold::head(inner, 60).find(')') else {
        return false;
    };
    let rest = inner[close + 1..].trim_start();
    rest.starts_with([':', '-', '\u{2013}']) && knows(g, inner[..close].trim())
}

/// Whether the words after a name give the area it lies in: ", dans la
/// région de Diffa", ", commune de Sanam", "(cercle de Bankass)".
fn area_follows(after: &str) -> bool {
    let after = crate::fold::ascii_lower_1to1(crate::fold::head(after, 40));
    let after = after
        .trim_start_matches([',', '(', ' '])
        .trim_start_matches("dans ")
        .trim_start_matches("la ")
        .trim_start_matches("le ");
    [
        "region de",
        "region du",
        "commune de",
        "commune d'",
        "cercle de",
        "cercle d'",
        "province de",
        "province du",
        "departement de",
        "departement d'",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}

/// "09/08 Tankoualou, attaque contre le détachement": a log's day and
/// month, then the place.
fn ends_on_a_day(before: &str) -> bool {
    // "11/07 18h20 Tombouktou": the hour after the day.
    let before = before.trim_end();
    let before = match before.rsplit_once(char::is_whitespace) {
        Some((head, hour)) if is_an_hour(hour) => head.trim_end(),
        _ => before,
    };
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let mut parts = last.split('/');
    let (Some(d), Some(m)) = (parts.next(), parts.next()) else {
        return false;
    };
    let digits =
        |p: &str, n: usize| !p.is_empty() && p.len() <= n && p.bytes().all(|b| b.is_ascii_digit());
    digits(d, 2) && digits(m, 2) && parts.all(|y| digits(y, 4)) && last.len() <= 10
}

/// "18h20", "6h", "17:45": an hour as a log writes it.
fn is_an_hour(word: &str) -> bool {
    let Some((h, m)) = word.split_once(['h', 'H', ':']) else {
        return false;
    };
    !h.is_empty()
        && h.len() <= 2
        && h.bytes().all(|b| b.is_ascii_digit())
        && m.len() <= 2
        && m.bytes().all(|b| b.is_ascii_digit())
}

/// "Yirgou-Foulbè", "Dablo-Peulh": a village's quarter named after the
/// people who live there; the village is the name before the hyphen.
fn quarter_of(name: &str) -> Option<&str> {
    let (village, quarter) = name.rsplit_once('-')?;
    let quarter = crate::fold::fold(quarter);
    (village.chars().count() >= 3
        && matches!(
            quarter.as_str(),
            "foulbe" | "peulh" | "peul" | "peuhl" | "mossi" | "rimaibe" | "silmimossi" | "bella"
        ))
    .then_some(village)
}

/// "son village natal Silgadji (30km de Bourzanga)": a distance in
/// brackets right after a name says where that place lies, which makes
/// the name a place however it was introduced.
fn distance_in_brackets(after: &str) -> bool {
    let Some(inside) = after.trim_start().strip_prefix('(') else {
        return false;
    };
    let inside = inside.trim_start();
    let inside = ["à ", "a ", "environ "]
        .iter()
        .find_map(|w| inside.strip_prefix(w))
        .unwrap_or(inside);
    let digits = inside.len()
        - inside
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    digits > 0 && {
        let unit = inside[digits..].trim_start();
        unit.starts_with("km") || unit.starts_with("kilom")
    }
}

/// Whether the words after a name say an attack befell it ("attaqué par
/// des hommes armés", "a été ciblé"), past a bracket that says where it
/// lies ("Tassiri (près de la mine d'Essakane) attaqué").
fn befallen(next: &str) -> bool {
    let next = next
        .strip_prefix('(')
        .and_then(|r| crate::fold::head(r, 90).split_once(')'))
        .map_or(next, |(_, rest)| rest.trim_start());
    let head = crate::fold::ascii_lower_1to1(crate::fold::head(next, 24));
    let head = head
        .trim_start_matches("a ete ")
        .trim_start_matches("est ")
        .trim_start_matches("a ");
    [
        "attaque",
        "cible",
        "vise",
        "frappe",
        "encercle",
        "assiege",
        "incendie",
        "pille",
        "endeuille",
        "pris d'assaut",
    ]
    .iter()
    .any(|w| head.starts_with(w))
}

/// Like [`find_places`]; in a headline (`heading`) a known name needs no
/// locative word.
pub fn find_places_in(sentence: &str, g: &Gazetteer, heading: bool) -> SentencePlaces {
    if sentence.contains(char::is_lowercase) {
        return places_of(sentence, g, heading, false);
    }
    let recased = small_words_lowered(sentence);
    let mut out = places_of(&recased, g, heading, true);
    // The words as the line wrote them ("À 1 KM AU NORD DU CAMP"), looked
    // for from where the mention starts (a search from the line's start
    // for each mention would be quadratic on a long line).
    let as_written = |written: &mut String, from: usize| {
        let from = (0..=from.min(recased.len()))
            .rev()
            .find(|&i| recased.is_char_boundary(i))
            .unwrap_or(0);
        if let Some(i) = recased[from..].find(written.as_str()).map(|i| i + from) {
            *written = sentence[i..i + written.len()].to_string();
        }
    };
    for p in out.groups.iter_mut().flatten().chain(out.fallback.as_mut()) {
        as_written(&mut p.written, p.span.0.saturating_sub(4));
    }
    out
}

/// [`find_places_in`] on a sentence whose capitals are names, or, when
/// `shouting`, a line in capitals with its small words lowered.
fn places_of(sentence: &str, g: &Gazetteer, heading: bool, shouting: bool) -> SentencePlaces {
    let mut out = SentencePlaces::default();
    // Spans that are hints, not places.
    let mut masked: Vec<(usize, usize)> = Vec::new();
    let relatives = find_relatives(sentence);
    for r in &relatives {
        masked.push(r.reference_span);
    }
    // "dans les régions de Mopti et de Ségou", "les départements de
    // Madarounfa et Guidan Roumdji": areas named as the scope of a
    // statement, not where one event happened.
    for m in plural_areas_re().find_iter(sentence) {
        masked.push((m.start(), m.end()));
    }
    // "trois éléments de Boko haram": a group's name, however it is
    // capitalised, is not the village of Boko.
    if sentence.contains("oko") {
        for m in group_name_re().find_iter(sentence) {
            masked.push((m.start(), m.end()));
        }
    }
    // "La ville était, comme Djibo et Titao, soumise à un blocus": towns
    // named to compare, not where the event was.
    // Not "des villes comme Tessit et Aguelhoc": examples of the places
    // the sentence tells of.
    if sentence.contains("comme ") {
        for m in likened_re().find_iter(sentence) {
            if !examples_of_places(&sentence[..m.start() + "comme".len()]) {
                masked.push((m.start(), m.end()));
            }
        }
    }
    let mut area: Option<(String, String, (usize, usize), String)> = None;
    // Cercles, provinces, departments and regions named, with where their
    // words start: the place right before one lies in it.
    let mut units: Vec<(usize, String, bool)> = Vec::new();
    for c in crate::fold::captures_fast(region_re(), sentence) {
        let r = c.name("r").expect("group");
        // A "sous-préfecture de Boura" is the town's office: the name is
        // read as any other.
        let kind = area_kind(&c["k"]);
        if kind == "sousprefecture" {
            continue;
        }
        let name = r.as_str().trim().to_string();
        // "le déplacement des populations vers les communes de Rollo (Rollo
        // centre), Bourzanga et de Ouindigui": where the displaced went,
        // the whole list, is no area of the event.
        let whole_start = c.get(0).expect("match").start();
        if not_a_site_far().is_match(&crate::fold::ascii_lower_1to1(crate::fold::tail(
            &sentence[..whole_start],
            90,
        ))) {
            // (A few hundred bytes: a list read to the end of a long
            // sentence for every unit would be quadratic.)
            let listed = list_after_re()
                .find(crate::fold::head(&sentence[r.end()..], 400))
                .map_or(0, |m| m.end());
            masked.push((r.start(), r.end() + listed));
            continue;
        }
        // "trois villages de l'Anzourou": an area only when the gazetteer
        // can place its name; otherwise the villages named later place
        // the account.
        if counts_villages(&c["k"]) && !knows(g, &name) {
            continue;
        }
        // "la région de l'Est", "la région du Sahel": Burkina Faso's
        // regions bear the names of compass points.
        let compass_region = kind == "region"
            && matches!(
                crate::fold::fold(&name).as_str(),
                "est"
                    | "nord"
                    | "centre"
                    | "sahel"
                    | "centrenord"
                    | "centreest"
                    | "centreouest"
                    | "centresud"
                    | "sudouest"
            );
        if is_stop(&name) && !compass_region {
            continue;
        }
        if matches!(
            kind.as_str(),
            "cercle" | "province" | "departement" | "district" | "region"
        ) || kind.starts_with("commune")
        {
            let unit = unit_of(&kind, &name);
            // A commune, département or district can be a seat to be near.
            let seat_kind =
                kind.starts_with("commune") || kind == "departement" || kind == "district";
            units.push((c.get(0).expect("match").start(), unit, seat_kind));
        }
        masked.push((r.start(), r.end()));
        if kind.starts_with("commune") {
            out.commune.get_or_insert(name.clone());
        } else if kind == "cercle" {
            // The cercle is the finer hint.
            out.region = Some(unit_of(&kind, &name));
        } else if kind == "zone" || kind == "secteur" {
            // "dans la zone de Ménaka": near the town, not a hint.
            masked.pop();
            continue;
        } else if out.region.is_none() {
            out.region = Some(name.clone());
        }
        // The finest area named stands for the place: commune, then
        // cercle, then region.
        let whole_start = c.get(0).expect("match").start();
        let described = describes_this_place(crate::fold::tail(&sentence[..whole_start], 48));
        if !described
            && area
                .as_ref()
                .is_none_or(|(_, k, _, _)| area_rank(&kind) < area_rank(k))
        {
            let whole = c.get(0).expect("match").as_str().trim().to_string();
            area = Some((name, kind, (r.start(), r.end()), whole));
        }
    }
    // "dans le Soum", "dans le Gourma": a province or cercle named with
    // only its article, which a village elsewhere may share.
    for c in crate::fold::captures_fast(unit_after_article_re(), sentence) {
        let r = c.name("r").expect("group");
        let name = r.as_str().trim();
        if is_stop(name) || masked.iter().any(|&(a, b)| r.start() < b && a < r.end()) {
            continue;
        }
        // Provinces and cercles only: "dans le Centre-Nord" is a story's
        // setting more often than an event's place.
        let kind = match g.admin().region_hint(name) {
            Ok(crate::admin::RegionHint::Cercle(_)) => "province",
            // It still says where the story's villages lie, for their
            // namesakes ("Dans la Boucle du Mouhoun, ... dans les zones de
            // Daboura et de Sami"); a bare point of the compass
            // ("dans le Nord") may be any country's.
            Ok(crate::admin::RegionHint::Region(_))
                if !matches!(name, "Nord" | "Sud" | "Est" | "Ouest" | "Centre") =>
            {
                if out.region.is_none() {
                    out.region = Some(name.to_string());
                }
                continue;
            }
            _ => continue,
        };
        units.push((c.get(0).expect("match").start(), name.to_string(), false));
        masked.push((r.start(), r.end()));
        // Finer than a region the sentence also names ("dans le Macina,
        // région de Ségou"), as a cercle written out is.
        let coarser = |k: &str| area_rank(kind) < area_rank(k);
        if out.region.as_deref().is_none_or(|r| {
            matches!(
                g.admin().region_hint(r),
                Ok(crate::admin::RegionHint::Region(_))
            )
        }) {
            out.region = Some(name.to_string());
        }
        if area.as_ref().is_none_or(|(_, k, _, _)| coarser(k)) {
            let whole = sentence[c.name("a").expect("group").start()..r.end()].to_string();
            area = Some((
                name.to_string(),
                kind.to_string(),
                (r.start(), r.end()),
                whole,
            ));
        }
    }
    let is_masked =
        |s: usize, e: usize, masked: &[(usize, usize)]| masked.iter().any(|&(a, b)| s < b && a < e);

    let mut mentions: Vec<(PlaceMention, bool)> = Vec::new(); // (mention, continues previous group)
                                                              // Roads first: "la route Bandiagara-Goundaka".
    for c in crate::fold::captures_fast(road_re(), sentence) {
        let (a, b) = (c.name("a").expect("a"), c.name("b").expect("b"));
        if is_masked(a.start(), b.end(), &masked) {
            continue;
        }
        // "un affrontement entre Fama et Dan Nan Ambassagou": two sides,
        // not two towns.
        if [a.as_str(), b.as_str()].iter().any(|n| names_a_side(n)) {
            masked.push((a.start(), b.end()));
            continue;
        }
        let Some((a, b)) = known_ends(g, sentence, a, b) else {
            // "sur l'axe Barsalogho-Guendbila": a road whose far end the
            // gazetteer lacks lies near the end it knows.
            let m = c.get(0).expect("match");
            let road = crate::fold::ascii_lower_1to1(m.as_str());
            let travelled = ["axe", "route", "troncon", "piste"].iter().any(|w| {
                road.trim_start()
                    .trim_start_matches("la ")
                    .trim_start_matches("l'")
                    .starts_with(w)
            });
            // "l'axe Dargol-Bangno-Tchékirey-Goundey": each stop of a
            // chain of hyphens is a town of the road.
            let chain = &sentence[a.start()..b.end()];
            let mut known: Vec<End<'_>> = Vec::new();
            if !chain.contains(char::is_whitespace) {
                let mut at = a.start();
                for stop in chain.split('-') {
                    if knows(g, stop) {
                        known.push((stop, at));
                    }
                    at += stop.len() + 1;
                }
            } else {
                known.extend(
                    [a, b]
                        .into_iter()
                        .filter(|e| knows(g, e.as_str()))
                        .map(end_of),
                );
            }
            // Its first and last known stops are the ends, unless the
            // last is a namesake far off: then the road lies near the
            // first.
            if known.len() >= 2
                && !super::merge::near_each_other_km(g, known[0].0, known[known.len() - 1].0, 80.0)
            {
                known.truncate(1);
            }
            if travelled && known.len() >= 2 && chain.matches('-').count() >= 2 {
                masked.push((a.start(), b.end()));
                let (first, last) = (known[0], known[known.len() - 1]);
                mentions.push((road_mention(chain.to_string(), first, last), false));
            } else if travelled && known.len() == 1 && !sentence[a.end()..b.start()].contains(' ') {
                masked.push((a.start(), b.end()));
                mentions.push((
                    PlaceMention {
                        written: chain.to_string(),
                        lookup: known[0].0.to_string(),
                        span: (a.start(), b.end()),
                        known: true,
                        near: true,
                        ..Default::default()
                    },
                    false,
                ));
            }
            continue;
        };
        let m = c.get(0).expect("match");
        masked.push((a.1, b.1 + b.0.len()));
        // "Gossi, localité située entre Gao et Hombori": the two towns
        // say where the place named before lies; that place is the site.
        // Not so of a place with no name ("un poste de douane, situé entre
        // les villes de Bittou et Cinkansé"): the road is all there is.
        let lead = crate::fold::ascii_lower_1to1(crate::fold::tail(&sentence[..m.start()], 40));
        let lead = lead.trim_end();
        let locating = [
            "situee",
            "situe",
            "situees",
            "situes",
            "se trouvant",
            "se trouve",
            "localisee",
            "localise",
            // "une ville stratégique à cheval entre Tessalit et Anefis".
            "a cheval",
            "a mi-chemin",
        ]
        .iter()
        .find(|w| lead.ends_with(*w));
        if let Some(w) = locating {
            // "à cheval entre": always a place's whereabouts, never a road.
            if w.starts_with("a ") || named_before(&sentence[..m.start()], w.split(' ').count()) {
                continue;
            }
        }
        let w = sentence[m.start()..m.end()].trim_start_matches(|ch: char| !ch.is_alphabetic());
        let written = w
            .strip_prefix("la ")
            .or_else(|| w.strip_prefix("l'"))
            .or_else(|| w.strip_prefix("l’"))
            .unwrap_or(w);
        mentions.push((road_mention(written.to_string(), a, b), false));
    }
    // "une mission de l'armée sur Kwala-Mourdiah": two towns joined by a
    // hyphen, which no place bears as a whole, are the road between them.
    if sentence.contains('-') {
        for m in name_re().find_iter(sentence) {
            // "convoi FAMa Gossi-Gao": a capitalised word before the two
            // towns is read with them as one name; the towns are its last
            // word.
            let mut start = m.start() + (m.as_str().len() - m.as_str().trim_start().len());
            let mut whole = m.as_str().trim();
            if let Some(k) = whole.rfind(' ') {
                start += k + 1;
                whole = &whole[k + 1..];
            }
            let Some((a, b)) = whole.split_once('-') else {
                continue;
            };
            let joined = a.starts_with(char::is_uppercase)
                && b.starts_with(char::is_uppercase)
                && !a.contains([' ', '-'])
                && !b.contains([' ', '-']);
            // Only where a road is travelled ("sur", "entre", "vers"): "l'hôpital
            // de Mopti-Sévaré", "le pont de Parou-Songobia" name one place.
            let lead = crate::fold::ascii_lower_1to1(crate::fold::tail(&sentence[..start], 12));
            let travelled = [
                " sur", " entre", " vers", " axe", " routier", " route", " troncon", " piste",
            ]
            .iter()
            .any(|w| lead.trim_end().ends_with(w))
                || convoy_before(&sentence[..start]);
            if !joined || !travelled || is_masked(start, m.end(), &masked) {
                continue;
            }
            // "blessés évacués vers Mopti-Sévaré": where the wounded were
            // taken is no road of the event.
            let wide = crate::fold::ascii_lower_1to1(crate::fold::tail(&sentence[..start], 90));
            if not_a_site_far().is_match(&wide) {
                continue;
            }
            if knows(g, whole)
                || !knows(g, a)
                || !knows(g, b)
                || !super::merge::near_each_other_km(g, a, b, 200.0)
            {
                continue;
            }
            let (ea, eb) = ((a, start), (b, start + a.len() + 1));
            masked.push((start, start + whole.len()));
            mentions.push((road_mention(whole.to_string(), ea, eb), false));
        }
    }
    let mut last_end: Option<usize> = None;
    let mut dropped_end: Option<usize> = None;
    let mut offices: Vec<(String, (usize, usize))> = Vec::new();
    // End of the last place kept, for telling a reference in apposition.
    let mut prev_site: Option<usize> = None;
    // Where each road found above ends: "entre Kaniéra et Lakamané, dans
    // le secteur de Kayes" names the area of the road, not a second site.
    let road_ends: Vec<usize> = mentions.iter().map(|(p, _)| p.span.1).collect();
    for m in name_re().find_iter(sentence) {
        let (mut s, mut e) = (m.start(), m.end());
        // "À Gao, ..." at the head of a sentence: the capital À is the
        // preposition, not part of the name.
        let mut text = m.as_str();
        for p in [
            "À ",
            "A ",
            "Au ",
            "Aux ",
            "En ",
            "Dans ",
            "Près de ",
            "Vers ",
            "Entre ",
        ] {
            if let Some(rest) = text.strip_prefix(p) {
                s += p.len();
                text = rest;
                break;
            }
        }
        // "Djibo PM : ...": a log's half of the day after the site.
        if let Some(rest) = text
            .strip_suffix(" PM")
            .or_else(|| text.strip_suffix(" AM"))
        {
            e -= text.len() - rest.len();
            text = rest;
        }
        // "Arbinda (Soum)", "Bourasso (Kossi)": an area in brackets right
        // after a place says where that place lies; it is no site. So
        // after a distance's town ("à 30 km au sud d'Arbinda (Soum)"),
        // which is masked and so no previous place.
        let right_after_bracket = sentence[..s].trim_end().ends_with('(');
        if last_end.is_some_and(|le| sentence[le..s].trim() == "(")
            || (right_after_bracket && bracketed_after_name(&sentence[..s]))
        {
            let area = ["province", "cercle", "departement", "region"]
                .iter()
                .map(|k| unit_of(k, text.trim()))
                .find(|u| g.admin().region_hint(u).is_ok());
            if let Some(unit) = area {
                units.push((s, unit, false));
                continue;
            }
        }
        // "Faso7", "G5": a name run into a figure is a brand or a force,
        // not a place.
        if is_masked(s, e, &masked) || sentence[e..].starts_with(|c: char| c.is_ascii_digit()) {
            last_end = None;
            continue;
        }
        let name = text.trim();
        // "Nioro du Sahel": the gazetteer may know the town by its first
        // word only.
        // "Yirgou-Foulbè": the Fulani quarter of Yirgou, which gazetteers
        // file under the village's name unless they know the quarter
        // (Ogossagou-Peulh).
        let core = name.strip_suffix(" du Sahel").unwrap_or(name);
        let core = quarter_of(core).filter(|_| !knows(g, core)).unwrap_or(core);
        let before = &sentence[..s];
        let continues = last_end.is_some_and(|le| {
            let between = &sentence[le..s];
            matches!(
                between.trim(),
                "," | "et" | ", et" | "ou" | "&" | "et à" | ", à" | "et de" | "et d'" | "et d’"
            )
        });
        // Only the last few words matter; searching the whole prefix for
        // each name made long sentences quadratic.
        let mut cut = before.len().saturating_sub(40);
        while !before.is_char_boundary(cut) {
            cut += 1;
        }
        // The DFA finds the locative; its words are the match without the
        // space or parenthesis before them (no capture engine needed).
        let preposition = trigger_re().find(&before[cut..]).map(|m| {
            m.as_str()
                .trim_start_matches(|c: char| c.is_whitespace() || c == '(')
                .trim_end()
                .to_lowercase()
        });
        // One fold of the last 90 bytes serves the longer phrases of
        // `not_a_site_far` and, as its end, the last 40 bytes the others
        // read (the fold gives one ASCII byte per character).
        let wide = crate::fold::ascii_lower_1to1(crate::fold::tail(before, 90));
        let tail = &wide[wide.len() - before[cut..].chars().count()..];
        let capital = crate::country::Country::ALL
            .iter()
            .any(|c| c.capital().name == core);
        // The members of a list after a name that is no site ("vers
        // Tillabéri et Tahoua") are none either.
        // So are those that repeat the preposition ("dans les communes de
        // Kelbo, de Arbinda et de Djibo").
        let listed_after_dropped = dropped_end.is_some_and(|de| {
            let between = sentence[de.min(s)..s].trim();
            // "vers Rollo (Rollo centre), Bourzanga": what the brackets
            // say of the name dropped goes with it.
            let between = if between.starts_with('(') {
                between
                    .rfind(')')
                    .map_or(between, |i| between[i + 1..].trim())
            } else {
                between
            };
            let between = ["de", "d'", "d’", "du", "à"]
                .iter()
                .find_map(|p| {
                    between
                        .strip_suffix(p)
                        .filter(|r| r.is_empty() || r.ends_with([' ', ',']))
                })
                .map_or(between, str::trim);
            de <= s
                && (matches!(between, "," | "et" | ", et" | "ou")
                    || listed_after_aside(&sentence[de..s]))
        });
        let set_abroad = abroad(&sentence[e..]);
        out.abroad |= set_abroad;
        if listed_after_dropped
            || set_abroad
            || came_from(&sentence[e..])
            || court_seat(&sentence[e..])
            || not_a_site_far().is_match(&wide)
            || attribution(&wide)
            || (not_a_site().is_match(tail)
                && !unit_based_at(&wide)
                && !camp_of_the_displaced(tail))
            || loyal_to(tail)
            || (capital && close_to_the_government().is_match(tail))
        {
            dropped_end = Some(e);
            last_end = None;
            continue;
        }
        // "des Châteaux d'eau", "Points d'eau": a thing of water, not a
        // place.
        let of_water = ["d'eau", "d’eau"]
            .iter()
            .any(|w| sentence[e..].trim_start().starts_with(w));
        if is_stop(core)
            || of_water
            || dateline(sentence, s, e)
            // (Not "(BOURZANGA)" in a line in capitals: a town the
            // gazetteer knows, too long for a body's initials.)
            || (acronym(sentence, s, e) && !(core.chars().count() >= 5 && knows(g, core)))
            || weekday_abbreviation(core, &sentence[e..])
        {
            last_end = None;
            continue;
        }
        // "à Banguimalam, au sud-ouest de Gossi", "près de Bouka Weré, non
        // loin de Diabaly": a name right after another, introduced as
        // what it is near, only locates the first.
        let before_this = prev_site
            .into_iter()
            .chain(road_ends.iter().copied())
            .filter(|&pe| pe <= s)
            .max();
        if let Some(pe) = before_this.filter(|&pe| reference_after_site(&sentence[pe..s])) {
            // It bounds where the first can be: a namesake of the site
            // far from it is another place ("à Kerena, près de Douentza").
            // The town a road leads to ("à Ansongo, sur la route de
            // Ménaka") may lie a long way off: it places nothing.
            let towards = {
                let between = crate::fold::ascii_lower_1to1(&sentence[pe..s]);
                ["axe", "route", "piste"]
                    .iter()
                    .any(|w| between.contains(w))
            };
            let reference_known = knows(g, core) && !towards;
            // A road keeps its two ends: the area only confirms them.
            if let Some((p, _)) = mentions
                .iter_mut()
                .rev()
                .find(|(p, _)| p.span.1 == pe)
                .filter(|(p, _)| p.relative.is_none() && p.road_to.is_none() && reference_known)
            {
                // "au nord de", "dans la zone de" reach further than "près de".
                let between = crate::fold::ascii_lower_1to1(&sentence[p.span.1..s]);
                let directional = [
                    "au ",
                    "zone",
                    "secteur",
                    "l'est",
                    "l'ouest",
                    "l’est",
                    "l’ouest",
                ]
                .iter()
                .any(|w| between.contains(w));
                p.relative = Some(RelativePhrase {
                    km: if directional { 100.0 } else { 40.0 },
                    kind: DistanceKind::AtMost,
                    bearing: None,
                    reference: core.to_string(),
                    text: sentence[p.span.1..e]
                        .trim_start_matches([',', ' '])
                        .to_string(),
                    span: (p.span.1, e),
                    reference_span: (s, e),
                });
            }
            last_end = None;
            continue;
        }
        // "le département de Bankilaré (Tillabéri)", "à Toéni (Sourou)": a
        // name in brackets right after another names the area the first
        // lies in, a hint and not a second site.
        if bracketed_after_name(before) {
            if out.region.is_none() && knows(g, core) {
                // "(BOURZANGA)" in a line in capitals: the area as the
                // gazetteer spells it, which the region's lookup wants.
                out.region = Some(if core.contains(char::is_lowercase) {
                    core.to_string()
                } else {
                    crate::gazetteer::build::title_case(core)
                });
            }
            last_end = None;
            continue;
        }
        // "2 civils (Kounta) tués": a name in brackets right after people
        // is their tribe or clan, not where they were.
        if bracketed_after_people(before, &sentence[e..]) {
            last_end = None;
            continue;
        }
        // A unit's home town or the post that reported the toll.
        if told_from_elsewhere().is_match(tail) {
            last_end = None;
            continue;
        }
        // "D'après Le Souffle de Maradi": a title, its article capitalised
        // within the sentence, names a newspaper or a radio, not a place;
        // "20 millions de Naira" names a currency.
        if title_before(before) || amount_of(tail) {
            last_end = None;
            continue;
        }
        if office_of().is_match(tail)
            || unit_home(&wide, &sentence[e..])
            || part_of_a_unit().is_match(tail)
        {
            // Where the wounded were taken is never the best guess for
            // the site ("admises au district sanitaire de Ouallam").
            if offices.is_empty() && knows(g, core) && !care_of().is_match(tail) {
                offices.push((core.to_string(), (s, e)));
            }
            last_end = None;
            continue;
        }
        // A known place with no locative word: a subject ("Farabougou est
        // sous blocus"), an apposition or list member ("leur village,
        // Sabéré"; "dont Kayes"), or a headline's name.
        // A line in capitals writes its common nouns as names ("ANTENNES
        // ET CHATEAU D'EAU INCENDIES"): there a name with no locative word
        // is a place only at the head of the line or in a list.
        let shouted_common = shouting && !before.trim().is_empty();
        // "KOMBTEGUIA (BOURZANGA) - 5 corps découverts": a log line opens
        // on its site, a village no gazetteer has, with the town or area
        // it lies in between brackets.
        // So is "un autre groupe a attaqué Bachoukorêpoun, localité
        // voisine": a name the gazetteer lacks, right after the verb of an
        // attack, that the next words say is a settlement.
        // (Asked last in both tests below: most names never need it.)
        let named_site_unknown = || {
            !text.trim().contains(char::is_whitespace)
                && ((preposition.is_none()
                    && (before.trim().is_empty() || ends_on_a_day(before.trim_end()))
                    && bracketed_known_area(g, &sentence[e..]))
                    || (struck_right_before(tail) && settlement_in_apposition(&sentence[e..])))
        };
        if !continues
            && preposition.is_none()
            // "Ogossagou-Peul": a village's quarter is free where the
            // village would be.
            && (shouted_common
                || !free_place(
                    g,
                    sentence,
                    before,
                    e,
                    quarter_of(core).unwrap_or(core),
                    heading,
                ))
            && !named_site_unknown()
        {
            last_end = None;
            continue;
        }
        // "du Tombouctou" (a ferry), "le Kidal" are not towns: French names
        // of towns take no article; the trigger regex never matches "du"/"le".
        let lookup = if core != name && !knows(g, name) {
            core
        } else {
            name
        };
        let known = knows(g, lookup);
        // A village no gazetteer has is told "à Gadabo", "près de
        // Dareydey", "le village de Karma".
        let near_word = preposition
            .as_deref()
            .is_some_and(|p| p.starts_with("près") || p.starts_with("non"));
        let after_a = matches!(preposition.as_deref(), Some("à") | Some("a"))
            || near_word
            || settlement_of().is_match(tail);
        let single_word = !name.contains(char::is_whitespace);
        // "à Chetima Wango, dans la région de Diffa": a name of a few words
        // the gazetteer lacks, told with the area it lies in.
        let with_its_area = || name.split_whitespace().count() <= 3 && area_follows(&sentence[e..]);
        // So is "à Ouro Djaladio", "à Doukou Saraou", "le village de Garin
        // Nabouka": two capitalised words of a village, not a newsroom or
        // a body told something ("a déclaré à Jeune Afrique", "à Radio
        // Oméga"). (Asked only with `after_a`: told after "à" or a
        // settlement's word when not after "près de".)
        let two_words = || {
            !near_word
                && name.split_whitespace().count() == 2
                && name
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) && w.chars().count() >= 3)
                && !name.split_whitespace().any(|w| {
                    matches!(
                        crate::fold::fold(w).as_str(),
                        "radio"
                            | "jeune"
                            | "human"
                            | "france"
                            | "afrique"
                            | "journal"
                            | "agence"
                            | "television"
                            | "tele"
                            | "presse"
                            | "nations"
                            | "unies"
                            | "ansar"
                            | "dine"
                            | "etat"
                            | "islamique"
                            | "boko"
                            | "haram"
                            | "wagner"
                            | "africa"
                            | "corps"
                            | "monsieur"
                            | "madame"
                            | "saint"
                            | "sainte"
                    )
                })
                && !said_to().is_match(tail)
        };
        if !(known
            || continues
            || (after_a && (single_word || with_its_area() || two_words()))
            || named_site_unknown())
        {
            last_end = None;
            continue;
        }
        let near = near_word
            || preposition.as_deref().is_some_and(|p| p.starts_with("aux"))
            || area_words().is_match(tail);
        mentions.push((
            PlaceMention {
                written: name.to_string(),
                lookup: lookup.to_string(),
                span: (s, e),
                known,
                near,
                ..Default::default()
            },
            continues,
        ));
        last_end = Some(e);
        prev_site = Some(e);
    }
    // "la capitale" is the country's capital: the words may say whose
    // ("la capitale nigérienne"); else it stays `CAPITAL`, and the
    // article's reading puts its country's capital in its place. "La capitale régionale", "la
    // capitale du cercle" are another town's title, and "la capitale,
    // Niamey" names its town itself.
    // The names' spans, in order (they do not overlap): each "capitale"
    // is checked against them by binary search, not by a scan of all.
    let mut named: Vec<(usize, usize)> = mentions.iter().map(|(p, _)| p.span).collect();
    named.sort_unstable();
    for c in capital_re().captures_iter(sentence) {
        let m = c.get(0).expect("match");
        let bamako = m.as_str().eq_ignore_ascii_case("bamako");
        let lookup = match c.name("q").map(|q| crate::fold::fold(q.as_str().trim())) {
            _ if bamako => "Bamako",
            None => CAPITAL,
            Some(q) if q.starts_with("mal") || q.ends_with("mali") => "Bamako",
            Some(q) if q.contains("burkin") => "Ouagadougou",
            Some(q) if q.starts_with("nigerienne") || q.ends_with("niger") => "Niamey",
            Some(_) => continue,
        };
        let after = sentence[m.end()..].trim_start_matches([',', ' ']);
        if !bamako && after.starts_with(|ch: char| ch.is_uppercase()) {
            continue;
        }
        // "à l'ouest de Niamey, la capitale": the town is named just before.
        let before = sentence[..m.start()].trim_end();
        if !bamako
            && before.ends_with(',')
            && before[..before.len() - 1]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(|ch: char| ch.is_uppercase()))
        {
            continue;
        }
        let i = named.partition_point(|&(_, end)| end <= m.start());
        if named.get(i).is_some_and(|&(start, _)| start < m.end())
            || is_masked(m.start(), m.end(), &masked)
        {
            continue;
        }
        let lead = crate::fold::tail(&sentence[..m.start()], 40);
        let folded_lead = crate::fold::ascii_lower_1to1(lead);
        // "Djibo, située à 200 km au nord de la capitale": a distance's
        // reference, not a site.
        let folded_wide =
            crate::fold::ascii_lower_1to1(crate::fold::tail(&sentence[..m.start()], 90));
        // "Bamako : prise d'otages à l'hôtel …": a log line's head.
        let heads_the_line = sentence[..m.start()].trim().is_empty()
            && sentence[m.end()..].trim_start().starts_with(':');
        if (bamako && !trigger_re().is_match(lead) && !heads_the_line)
            || distance_from().is_match(&folded_lead)
            || court_seat(&sentence[m.end()..])
            || attribution(&folded_wide)
            || not_a_site_far().is_match(&folded_wide)
            || not_a_site().is_match(&folded_lead)
            || close_to_the_government().is_match(&folded_lead)
            // "admis dans un hôpital de la capitale": where a victim is
            // cared for, not where anything happened.
            || care_of().is_match(&folded_lead)
        {
            continue;
        }
        mentions.push((
            PlaceMention {
                written: m.as_str().to_string(),
                lookup: lookup.to_string(),
                span: (m.start(), m.end()),
                known: true,
                ..Default::default()
            },
            false,
        ));
    }
    // "Un convoi quittant Douentza pour Boni a été attaqué": with no site
    // named, the event lies on the way between the trip's two ends.
    if mentions.is_empty() {
        let trip = crate::fold::captures_fast(trip_re(), sentence).find_map(|c| {
            let (a, b) = (c.name("a").expect("a"), c.name("b").expect("b"));
            (knows(g, a.as_str()) && knows(g, b.as_str())).then(|| {
                road_mention(
                    format!("{}–{}", a.as_str(), b.as_str()),
                    end_of(a),
                    end_of(b),
                )
            })
        });
        mentions.extend(trip.map(|p| (p, false)));
    }
    mentions.sort_by_key(|(p, _)| p.span.0);
    // "près de Tombouctou, plus précisément entre Niafunké et Tonka": the
    // first name only frames the second.
    let mut k = 1;
    while k < mentions.len() {
        let between = &sentence[mentions[k - 1].0.span.1..mentions[k].0.span.0];
        let folded = crate::fold::ascii_lower_1to1(between);
        if between.len() < 60
            && (folded.contains("plus precisement") || folded.contains("plus exactement"))
        {
            mentions.remove(k - 1);
        } else {
            k += 1;
        }
    }
    // Mentions are in text order and do not overlap: the one right before
    // each unit is found by binary search (a scan per unit was quadratic).
    for (start, unit, seat_kind) in units {
        // "Dans la commune rurale de Gazaoua, des bandits ont attaqué le
        // village de Boni": a unit the sentence opens on frames every
        // place named after it; else the place right before it.
        let next = mentions.partition_point(|(p, _)| p.span.0 <= start);
        // "dans la Commune de Sarkin Yamma, précisément dans le village de
        // Gourgoun Hano": a village the gazetteer lacks, named right after
        // the unit, lies in it.
        let unknown_next = mentions
            .get(next)
            .is_some_and(|(p, _)| !p.known && p.span.0 - start < 90);
        let framed = if opens_on_unit(&sentence[..start]) {
            next..mentions.len()
        } else if unknown_next {
            next..next + 1
        } else {
            let i = mentions.partition_point(|(p, _)| p.span.1 <= start);
            let Some(last) = i.checked_sub(1) else {
                continue;
            };
            let between = &sentence[mentions[last].0.span.1..start];
            if !in_apposition(between) {
                continue;
            }
            // "les villages de X et de Y, tous situés dans la commune de Z":
            // the whole list lies there, not only its last name.
            // So does a list a plural noun opens ("les villages de
            // Zorokoro et Kanikombolé, dans le cercle de Bankass").
            let mut head = last;
            while head > 0 && mentions[head].1 {
                head -= 1;
            }
            let all = {
                let f = crate::fold::ascii_lower_1to1(between);
                f.contains("tous ") || f.contains("toutes ")
            } || (head < last
                && opens_on_plural_places(&sentence[..mentions[head].0.span.0]));
            let first = if all { head } else { last };
            first..last + 1
        };
        let area = g.admin().region_hint(&unit).is_ok();
        for (p, _) in &mut mentions[framed] {
            // A unit of the boundary data is an area to keep the place
            // in; a commune or a département of Burkina Faso is only a
            // seat to be near. The first area named is the finest ("Soro,
            // département de Téra, région de Tillabéri").
            if area {
                p.within.get_or_insert_with(|| unit.clone());
            } else if seat_kind {
                p.seat.get_or_insert_with(|| unit.clone());
            }
        }
    }
    // Unknown names need a known sibling or an event context: the caller
    // decides the latter; here an unknown name alone in its group stays.
    // The phrase that tells where the first office's town lies.
    let mut office_relative = None;
    for r in relatives {
        // The relative phrase locates the nearest place written before it.
        // Only a place written shortly before it: "A Sokolo, l'armée fait
        // état de six morts ... neutralisé trois pick-up à 15 km de Sokolo"
        // does not move the town 15 km from itself.
        match mentions
            .iter_mut()
            .rev()
            .find(|(p, _)| p.span.1 <= r.span.0 + 2)
            .filter(|(p, _)| r.span.0.saturating_sub(p.span.1) <= 80)
        {
            // (Not a road's far off: "entre Diédiéni et Kolokani, à une
            // centaine de km de Bamako" says where the road lies, and the
            // stretch between its two towns is finer than a point on a
            // ring; "entre Niama et Balé à 05 km à l'Est de Djenné" is
            // finer than the stretch.)
            Some((p, _)) if p.relative.is_none() && (p.road_to.is_none() || r.km <= 30.0) => {
                p.relative = Some(r)
            }
            Some(_) => {}
            // "le préfet de Torodi, une ville située à 60 km de Niamey":
            // the phrase tells where the office's town is; that town,
            // not a point 60 km from Niamey, is the best guess below, and
            // the phrase picks its namesake ("le chef du village de
            // Bongouro, à 20 km au sud-ouest d'Ayorou" is not the Bongouro
            // of Téra, 70 km away).
            None if offices.first().is_some_and(|(_, span)| {
                span.1 <= r.span.0 && apposition_of_town(&sentence[span.1..r.span.0])
            }) =>
            {
                office_relative.get_or_insert(r);
            }
            None if offices.iter().any(|(_, span)| {
                span.1 <= r.span.0 && apposition_of_town(&sentence[span.1..r.span.0])
            }) => {}
            // "à 40 km au sud de Tombouctou" and no village: the event is
            // at an estimated point.
            // (Not "petite commune du sud-est, à près de 1600 km de Niamey":
            // hundreds of km from a capital say in which part of the
            // country a place lies, and a point that far is no estimate.)
            // (Not "Situé à environ 200 km au nord de Bamako, ce camp a
            // été la cible d'une attaque": the phrase says where a site
            // already told lies, and that site, not a point on the ring,
            // is the event's.)
            None if out.fallback.is_none()
                && knows(g, &r.reference)
                && r.km < if r.bearing.is_some() { 600.0 } else { 300.0 }
                && !locates_one_told_before(&sentence[r.span.1..]) =>
            {
                out.fallback = Some(PlaceMention {
                    // "(6 km de Djibo)" in a log line: the words, not
                    // the brackets around them.
                    written: r
                        .text
                        .trim()
                        .trim_start_matches('(')
                        .trim_end_matches(')')
                        .trim()
                        .to_string(),
                    lookup: r.reference.clone(),
                    span: r.span,
                    known: true,
                    near: true,
                    relative: Some(r),
                    estimate: true,
                    ..Default::default()
                })
            }
            None => {}
        }
    }
    // "à environ 20 km au nord de Bambara-Maoudé, sur l'axe
    // Douentza-Tombouctou": the road says which road the point lies on;
    // the point is the site.
    if let Some(r) = out.fallback.as_ref().filter(|f| f.estimate) {
        let end = r.span.1;
        mentions.retain(|(p, _)| {
            let on_it = p.road_to.is_some()
                && p.span.0 >= end
                && sentence.get(end..p.span.0).is_some_and(|between| {
                    between.len() <= 24 && between.to_lowercase().contains("sur ")
                });
            !on_it
        });
    }
    // "entre Gao et Ansongo, à hauteur de Kobé": the village named right
    // after a road is the point on it where the event happened.
    let mut i = 0;
    while i + 1 < mentions.len() {
        let (this, next) = (&mentions[i].0, &mentions[i + 1].0);
        let between = sentence.get(this.span.1..next.span.0);
        let pinned = this.road_to.is_some()
            && next.known
            && next.road_to.is_none()
            && !next.area
            && between.is_some_and(point_on_the_road);
        // "au niveau du pont de Gagara (commune de Gorom) sur l'axe
        // Markoye-Gorom": the road the site lies on, named after it.
        let lies_on = next.road_to.is_some()
            && this.known
            && this.road_to.is_none()
            && !this.area
            && between.is_some_and(|between| {
                let f = crate::fold::ascii_lower_1to1(between);
                let f = f.trim_end();
                f.len() <= 50
                    && ["sur", "sur l'", "sur la", "sur le"]
                        .iter()
                        .any(|w| f.ends_with(w))
            });
        if pinned {
            let continues = mentions[i].1;
            mentions.remove(i);
            mentions[i].1 = continues;
        } else if lies_on {
            mentions.remove(i + 1);
        } else {
            i += 1;
        }
    }
    // "minibus (Matiakoali -> Fada N'Gourma) sur mine ... à hauteur de
    // Bougui": the ends of a vehicle's route written with an arrow are
    // where it came from and went, when the sentence names another place.
    let arrow = |p: &PlaceMention| {
        let after = sentence[p.span.1..].trim_start();
        let before = sentence[..p.span.0].trim_end();
        ["->", "→", "=>"]
            .iter()
            .any(|a| after.starts_with(a) || before.ends_with(a))
    };
    if mentions.iter().any(|(p, _)| arrow(p)) && mentions.iter().any(|(p, _)| !arrow(p)) {
        mentions.retain(|(p, _)| !arrow(p));
    }
    // "le premier adjoint au maire de Fatoma a été tué": with no other
    // place, the office's town is the best guess for the site, unless an
    // area named in the sentence does not hold it ("dans le département
    // de Tillia, a déclaré un responsable du gouvernorat de Tahoua"; but
    // "les habitants du village d'Ogossagou, dans le cercle de Bankass").
    let office_in_area = |name: &str| {
        area.as_ref().is_none_or(|(area_name, kind, _, _)| {
            let Ok(hint) = g.admin().region_hint(&unit_of(kind, area_name)) else {
                return true;
            };
            g.resolve(name, &crate::gazetteer::Hints::default())
                .ok()
                .and_then(|c| c.into_iter().next())
                .is_some_and(|c| {
                    hint.contains(c.place.region.as_deref(), c.place.cercle.as_deref())
                })
        })
    };
    if mentions.is_empty()
        && out.fallback.is_none()
        && offices
            .first()
            .is_some_and(|(name, _)| office_in_area(name))
    {
        if let Some((name, span)) = offices.into_iter().next() {
            out.office_only = true;
            mentions.push((
                PlaceMention {
                    written: name.clone(),
                    lookup: name,
                    span,
                    known: true,
                    near: true,
                    relative: office_relative,
                    ..Default::default()
                },
                false,
            ));
        }
    }
    if out.fallback.is_none() {
        if let Some((name, _, span, whole)) = area {
            out.fallback = Some(PlaceMention {
                written: whole,
                lookup: name,
                span,
                known: true,
                near: true,
                area: true,
                ..Default::default()
            });
        }
    }
    // "Bankass : des villages attaqués dans la commune de Sokoura",
    // "Douentza : 26 tués près de Boni": a headline's leading name before
    // a colon is the rubric (the cercle or town the news is filed under);
    // it is the site only when the headline names no other.
    // So is a log line's ("Niger - Tillabéri : incursion à Gadabo").
    if mentions.len() > 1 || out.fallback.is_some() {
        // (With the part of the area, "Niger - Tillabéri nord : ...".)
        let rubric = mentions.first().is_some_and(|(p, _)| {
            let after = sentence[p.span.1..].trim_start();
            let after = [
                "nord-est",
                "nord-ouest",
                "sud-est",
                "sud-ouest",
                "nord",
                "sud",
                "est",
                "ouest",
                "centre",
            ]
            .iter()
            .find_map(|w| {
                after
                    .get(..w.len())
                    .filter(|h| h.eq_ignore_ascii_case(w))
                    .map(|_| after[w.len()..].trim_start())
            })
            .unwrap_or(after);
            rubric_prefix(&sentence[..p.span.0]) && after.starts_with(':')
        });
        if rubric {
            let (p, _) = mentions.remove(0);
            if out.region.is_none() {
                out.region = Some(p.lookup);
            }
        }
    }
    for (p, continues) in mentions {
        match out.groups.last_mut() {
            Some(g) if continues => g.push(p),
            _ => out.groups.push(vec![p]),
        }
    }
    // Drop unknown names whose group has no known name and which a
    // capitalised list made up (persons listed after a place).
    for grp in &mut out.groups {
        if grp.iter().any(|p| p.known) {
            grp.retain(|p| p.known || !p.written.contains(' '));
        }
    }
    // A line in capitals capitalises every word ("À L'AUBE", "LE MARCHÉ
    // À BÉTAIL"): there, only names the gazetteer knows are places.
    if shouting {
        for grp in &mut out.groups {
            grp.retain(|p| p.known);
        }
    }
    out.groups.retain(|g| !g.is_empty());
    // "Barsalogho a connu une attaque en janvier dans le village de
    // Yirgou": the town the sentence opens on is the setting, the
    // village the site.
    if out.groups.len() >= 2
        && setting_then_site(sentence, out.groups[0][0].span, out.groups[1][0].span)
    {
        let town = out.groups.remove(0);
        out.commune.get_or_insert(town[0].lookup.clone());
    }
    if let Some(compass) = compass_of(sentence) {
        for p in out.groups.iter_mut().flatten().chain(out.fallback.as_mut()) {
            p.compass = Some(compass);
        }
    }
    if out.groups.is_empty()
        && ["ce ", "Ce ", "cette ", "Cette "]
            .iter()
            .any(|w| sentence.contains(w))
    {
        out.this_place = this_place_re().find(sentence).map(|m| (m.start(), m.end()));
    }
    out
}

/// Whether a sentence opens on a town that "a connu" (or "a enregistré",
/// "a été le théâtre de") an event, then places it "dans le village de"
/// another name: `first` and `second` are the two names' spans.
fn setting_then_site(sentence: &str, first: (usize, usize), second: (usize, usize)) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"^(?:\s+(?:dans|en|au)\s+[^,.;:]{1,40}?)?,?\s+(?:a|avait)\s+(?:deja\s+|egalement\s+|aussi\s+)?(?:connu|enregistre|vecu|subi|ete\s+le\s+theatre\s+d)\b[^.;:]*\b(?:dans|au)\s+(?:le\s+)?(?:village|hameau|localite|quartier|campement)\s+(?:de|d'|du)\s*$")
            .expect("regex")
    });
    let head = crate::fold::ascii_lower_1to1(&sentence[..first.0]);
    let opens = matches!(
        head.trim(),
        "" | "la ville de" | "la commune de" | "la localite de" | "la commune rurale de"
    );
    opens
        && first.1 <= second.0
        && re.is_match(&crate::fold::ascii_lower_1to1(&sentence[first.1..second.0]))
}

/// An area as region hints read it: a cercle keeps its word ("cercle de
/// Nara"), so it is never read as the 2016/2023 region of the same name.
fn unit_of(kind: &str, name: &str) -> String {
    if kind == "cercle" {
        format!("cercle de {name}")
    } else {
        name.to_string()
    }
}

/// The kind of an area as the words naming it give it, folded: "cercle"
/// for "cercle de Bankass", "commune" for "commune rurale de Sokoura",
/// "le" for "le Soum".
pub(super) fn area_kind(written: &str) -> String {
    let kind = crate::fold::fold(written.split_whitespace().next().unwrap_or(""));
    // "cne de Sanam, dpt d'Abala": a log's abbreviations. "Dans deux
    // villages de Barsalogho": the villages lie in the commune of that
    // name.
    if kind.starts_with("commune") || kind == "cne" || counts_villages(written) {
        "commune".to_string()
    } else if kind == "prefecture" || kind == "dpt" {
        // Niger's "préfecture de Téra" is its département.
        "departement".to_string()
    } else {
        kind
    }
}

/// Whether an area's words count villages ("deux villages", "trois
/// hameaux") rather than name a unit.
fn counts_villages(written: &str) -> bool {
    let folded = crate::fold::fold(written);
    ["villages", "localites", "hameaux"]
        .iter()
        .any(|w| folded.ends_with(w))
}

/// How fine an area of this (folded) kind is: a commune 0; a cercle,
/// département, district or province 1; a region, zone or other 2.
pub(super) fn area_rank(kind: &str) -> u8 {
    match kind {
        k if k.starts_with("commune") => 0,
        "cercle" | "departement" | "district" | "province" => 1,
        _ => 2,
    }
}

/// Whether the words between a place and an area's name set the place in
/// the area: ", province du", " (cercle de", ", dans la région de".
fn in_apposition(between: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    between.len() < 110
        && RE
            .get_or_init(|| {
                // ", dans la", "(", "», un village de la", and a clause
                // that describes it: "; ces
                // deux villages sont situés dans le district de Thiou, dans
                // la" (before "province du Yatenga").
                crate::extract::compile::regex(r"(?i-u)^(?:[\s,(;\x22]|(?u:[«»“”]))*(?:(?:ces?|cette)\s+(?:[a-z]+\s+)?(?:villages?|localites?|hameaux|communes?)\s+(?:est|sont|se\s+trouvent|se\s+trouve)\s+)?(?:(?:(?:une|un|la|le|cette|ce|l')\s*)?(?:localite|ville|commune(?:\s+rurale)?|bourgade|village|hameau|agglomeration)\s+)?(?:(?:tous|toutes)\s+(?:(?:deux|trois|quatre)\s+)?)?(?:(?:situee?s?|localisee?s?)\s+)?(?:(?:dans|de)\s+(?:la|le|l')\s*|du\s+)?(?:(?:district|departement|commune)\s+(?:de|d')\s*(?u:[^,;()]){1,30},\s*(?:dans\s+(?:la|le|l')\s*)?)?$")
                    .expect("regex")
            })
            .is_match(&crate::fold::ascii_lower_1to1(between))
}

/// Whether the words between a road and the next place set that place on
/// the road (", à hauteur de", ", au niveau du village de", ", près de").
fn point_on_the_road(between: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    between.len() < 60
        && RE
            .get_or_init(|| {
                crate::extract::compile::regex(
                    r"(?i-u)^\s*,?\s*(?:(?:plus\s+)?precisement\s+)?(?:a\s+(?:la\s+)?hauteur|au\s+niveau|(?:tout\s+)?pres|non\s+loin|aux\s+abords|a\s+proximite)\s+(?:du\s+village\s+|de\s+la\s+localite\s+)?(?:de\s+|d'|du\s+)\s*$",
                )
                .expect("regex")
            })
            .is_match(&crate::fold::ascii_lower_1to1(between))
}

/// Whether the words before a list of places end on a plural noun of
/// settlements and its "de" ("les villages de", "les localités d'"), so
/// that the list names places of one kind.
fn opens_on_plural_places(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let tail = crate::fold::tail(before, 40);
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?i-u)\b(?:villages|localites|hameaux|campements|bourgades|communes(?:\s+rurales)?)\s+(?:voisins\s+|voisines\s+)?(?:de|d'|du)\s*$",
        )
        .expect("regex")
    })
    .is_match(&crate::fold::ascii_lower_1to1(tail))
}

/// Whether the words before a rubric are only a country and dashes
/// ("Niger - ", "Burkina Faso – "), or nothing.
fn rubric_prefix(before: &str) -> bool {
    before
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | '|'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            matches!(
                crate::fold::fold(w).as_str(),
                "mali" | "niger" | "burkina" | "faso" | "sahel"
            )
        })
}

/// Whether a name stands inside brackets opened right after another
/// capitalised name: "Bankilaré (" before "Tillabéri)", and "Fambita
/// (commune de Kokorou, " before "Téra)": the brackets say where the first
/// place lies.
fn bracketed_after_name(before: &str) -> bool {
    // Only the last words matter (a sentence of one unbroken word would
    // make a scan to its start quadratic).
    let near = crate::fold::tail(before, 60);
    let Some(open) = near.rfind('(') else {
        return false;
    };
    if near[open..].contains(')') {
        return false;
    }
    // "d'Arbinda (": the name after an elided article.
    near[..open]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .and_then(|w| w.rsplit(['\'', '’']).next())
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Whether a name stands alone in brackets right after a word for people
/// ("2 civils (Kounta)", "des éleveurs (Peuls)"): who they were.
fn bracketed_after_people(before: &str, after: &str) -> bool {
    let near = crate::fold::tail(before, 40);
    let Some(head) = near.trim_end().strip_suffix('(') else {
        return false;
    };
    if !after.trim_start().starts_with(')') {
        return false;
    }
    let word = crate::fold::ascii_lower_1to1(head.trim_end().rsplit(' ').next().unwrap_or(""));
    matches!(
        word.as_str(),
        "civil"
            | "civils"
            | "personnes"
            | "victimes"
            | "habitants"
            | "villageois"
            | "eleveurs"
            | "bergers"
            | "commercants"
            | "nomades"
            | "morts"
            | "tues"
            | "hommes"
            | "femmes"
    )
}

/// Whether the gazetteer knows a name well enough to call it a place in
/// running text: exact, alternate, base name or spelling variant; typos
/// only for long names.
pub fn knows(g: &Gazetteer, name: &str) -> bool {
    let m = g.matches(name);
    m.iter().any(|m| {
        m.kind <= MatchKind::Variant
            || (m.kind == MatchKind::Fuzzy && crate::fold::fold(name).len() >= 8 && m.edits <= 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sides_of_a_clash_are_named_like_towns() {
        for side in [
            "Fama",
            "FAN",
            "VDP",
            "JNIM",
            "GSIM",
            "EIGS",
            "Dozos",
            "Koglweogo",
            "MNLA",
            "GATIA",
            "Wagner",
            "Barkhane",
            "MINUSMA",
            "FLA",
            "FDS",
            "CMA",
            "Ansar",
            "Dan Na",
            "Dan Nan",
        ] {
            assert!(names_a_side(side), "{side}");
        }
        for town in ["Gao", "Dan Issa", "Djibo", "Kelbo"] {
            assert!(!names_a_side(town), "{town}");
        }
    }

    fn names(s: &str) -> Vec<Vec<String>> {
        find_places(s, Gazetteer::embedded())
            .groups
            .into_iter()
            .map(|g| g.into_iter().map(|p| p.written).collect())
            .collect()
    }

    #[test]
    fn places_after_locatives() {
        assert_eq!(
            names("Le camp militaire de Dioura a été attaqué."),
            vec![vec!["Dioura"]]
        );
        assert_eq!(
            names("une embuscade à un convoi militaire malien près de Bodio"),
            vec![vec!["Bodio"]]
        );
        assert_eq!(
            names("des frappes dans la région de Gao, à Amasine et Amasrakad, sans préciser"),
            vec![vec!["Amasine", "Amasrakad"]]
        );
        assert_eq!(names("la ville de Gao a été ciblée"), vec![vec!["Gao"]]);
        // A source credited before a colon is not speaking from the place
        // the line goes on to name.
        assert_eq!(
            names("Frappes de drones (sources RFI): à Béléhédé, trente morts"),
            vec![vec!["Béléhédé"]]
        );
    }

    #[test]
    fn hints_are_not_places() {
        let f = find_places("Les jihadistes ont attaqué samedi un camp militaire à Danderesso, région de Sikasso, dans le sud du pays.", Gazetteer::embedded());
        assert_eq!(f.region.as_deref(), Some("Sikasso"));
        assert_eq!(f.groups.len(), 1);
        assert_eq!(f.groups[0][0].written, "Danderesso");
        let f = find_places(
            "un poste de douanes à Banankoro, à moins de 30km de Bamako, au cours de laquelle",
            Gazetteer::embedded(),
        );
        assert_eq!(f.groups.len(), 1, "{f:?}");
        let b = &f.groups[0][0];
        assert_eq!(b.written, "Banankoro");
        assert_eq!(b.relative.as_ref().unwrap().reference, "Bamako");
    }

    #[test]
    fn a_sector_named_after_a_village_is_its_reference() {
        assert_eq!(
            names("deux frappes aériennes ont visé Sébété, secteur de Banamba, le 13 janvier.")
                .concat(),
            ["Sébété"]
        );
    }

    #[test]
    fn towns_that_say_where_a_place_lies_are_no_road() {
        let f = find_places(
            "La deuxième attaque a visé Gossi, localité située entre Gao et Hombori, dans la matinée.",
            Gazetteer::embedded(),
        );
        let sites: Vec<&str> = f
            .groups
            .iter()
            .flatten()
            .map(|p| p.written.as_str())
            .collect();
        assert_eq!(sites, ["Gossi"], "{f:?}");
        // A place with no name is located by the road it lies on.
        let f = find_places(
            "Un poste de douane, situé entre les villes de Bittou et Cinkansé, a subi une attaque.",
            Gazetteer::embedded(),
        );
        assert!(
            f.groups.iter().flatten().any(|p| p.road_to.is_some()),
            "{f:?}"
        );
        // "à quelques encablures de" and a rural commune locate the first.
        assert!(reference_after_site(
            ", à quelques encablures de la commune rurale de "
        ));
        assert!(reference_after_site(", à quelques kilomètres de "));
    }

    #[test]
    fn a_three_byte_name_with_a_capital_accent_is_no_weekday() {
        // "Ça." is three bytes, like "Dim.": no slicing inside the "Ç".
        assert!(names("Ça. 14 personnes ont été tuées à Gao.")
            .concat()
            .contains(&"Gao".to_string()));
        assert!(names("Dim. 14/11 : attaque à Gao.").concat() == ["Gao"]);
    }

    #[test]
    fn roads_between_two_towns() {
        let f = find_places(
            "une bombe a explosé sur la route Bandiagara-Goundaka, tuant 11 civils",
            Gazetteer::embedded(),
        );
        let r = &f.groups[0][0];
        assert_eq!(
            (r.lookup.as_str(), r.road_to.as_deref()),
            ("Bandiagara", Some("Goundaka"))
        );
        assert!(r.written.starts_with("route"));
        // A town with a hyphen at one end: the chain is cut where both
        // sides are towns, not where the regex first cut it.
        let f = find_places(
            "un convoi a sauté sur une mine sur l'axe Douentza-Bambara-Maoudé",
            Gazetteer::embedded(),
        );
        let r = &f.groups[0][0];
        assert_eq!(
            (r.lookup.as_str(), r.road_to.as_deref()),
            ("Douentza", Some("Bambara-Maoudé"))
        );
    }

    #[test]
    fn not_places() {
        assert!(names("Il s'agit de l'ex-colonel Ba Ag Moussa, alias Bamoussa Diarra.").is_empty());
        assert!(names("Le Mali est en proie depuis 2012 aux agissements des groupes.").is_empty());
        assert!(names("la force française Barkhane a multiplié les raids").is_empty());
        assert!(names("Les passagers du Tombouctou, un bateau, ont été attaqués.").is_empty());
        assert!(names("selon des sources à RFI").is_empty());
        // A tribe in brackets after the dead is who they were.
        assert_eq!(
            names("au moins 1 casque bleu et 2 civils (Kounta) tués à Kidal"),
            vec![vec!["Kidal"]]
        );
        // Where reinforcements were going is not where they were hit.
        assert!(
            names("une équipe mixte qui allait en renfort à Pama a sauté sur une mine").is_empty()
        );
        assert!(
            names("la patrouille partie au secours à Nampala est tombée dans une embuscade")
                .is_empty()
        );
        assert!(
            names("les soldats en route pour intervenir à Boni ont sauté sur une mine").is_empty()
        );
        assert!(names("quatre civils enlevés sur l'axe routier qui mène à Ségou").is_empty());
        // Areas named together are a statement's scope.
        assert!(
            names("Les attaques se sont multipliées dans les régions de Mopti et de Ségou.")
                .is_empty()
        );
        assert!(names("des villages des départements de Madarounfa et Guidan Roumdji").is_empty());
        // Also with the noun left in the singular, as typed in haste.
        assert!(names("des villes situées dans les région de Gao et Kidal").is_empty());
        // The seat of a government is not where its troops were hit.
        assert!(names("le chef de la junte au pouvoir à Ouagadougou").is_empty());
        // Where troops would fall back to is not a site either.
        assert!(names("un repli sur les positions onusiennes de Tessalit").is_empty());
        assert!(names("la frontière avec les états fédérés de Sokoto et Zamfara").is_empty());
        assert!(names("Fort heureusement, les avions ont frappé la colonne.").is_empty());
        // A trip's origin and a river are not where the event happened.
        assert!(names("il a été enlevé alors qu'il revenait d'une mission de Mopti").is_empty());
        assert!(names("deux enseignants se rendant à Mopti ont été enlevés").is_empty());
        assert!(
            names("Un convoi qui se rendait à Natiaboani a été la cible d'une attaque").is_empty()
        );
        assert!(
            names("elle a facilité l'évacuation des blessés par voie aérienne sur Gao").is_empty()
        );
        assert!(
            names("au retour d'un convoi assurant le transport de civils de Tougan à Toma")
                .is_empty()
        );
        assert_eq!(
            names("Attaque d'un convoi de forains à Banibangou"),
            vec![vec!["Banibangou"]]
        );
        assert_eq!(
            names("un car de transport en commun a été intercepté près de Songho"),
            vec![vec!["Songho"]]
        );
        assert!(
            names("des habitants ont fui vers Torodi, un peu plus au nord, ou vers Niamey")
                .is_empty()
        );
        assert_eq!(
            names("enlevés en traversant la rivière de Bani à Sofara"),
            vec![vec!["Sofara"]]
        );
    }

    #[test]
    fn a_victims_village_with_its_distance_in_brackets_is_the_village() {
        // "le chef du village de Pétégoli (à 20 km de Baraboulé)": the
        // brackets say where his village lies; the best guess is the
        // village, not a point 20 km from Baraboulé.
        let p = find_places(
            "le chef du village de Pétégoli (à 20 km de Baraboulé) enlevé puis exécuté",
            Gazetteer::embedded(),
        );
        let best = &p.groups[0][0];
        assert_eq!(best.lookup, "Pétégoli");
        assert!(!best.estimate);
    }

    #[test]
    fn the_capital_is_the_one_its_words_name() {
        let lookup = |s: &str| {
            find_places(s, Gazetteer::embedded())
                .groups
                .first()
                .map(|g| g[0].lookup.clone())
        };
        // Whose capital is decided with the article's country.
        assert_eq!(
            lookup("la capitale avait été préservée de l'insécurité").as_deref(),
            Some(CAPITAL)
        );
        assert_eq!(
            lookup("la capitale malienne avait été préservée").as_deref(),
            Some("Bamako")
        );
        assert_eq!(
            lookup("des tirs ont visé la capitale nigérienne").as_deref(),
            Some("Niamey")
        );
        assert_eq!(lookup("des tirs ont visé la capitale régionale"), None);
        // A distance's reference is no site.
        let all = find_places(
            "les camions partis de Ouagadougou pour ravitailler Djibo, ville située à 200 km au nord de la capitale, ont brûlé",
            Gazetteer::embedded(),
        );
        assert!(
            all.groups.iter().flatten().all(|p| p.lookup != CAPITAL),
            "{all:?}"
        );
    }
}
