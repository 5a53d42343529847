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
    /// Whether it names an event that did not (or not yet) happen ("pour
    /// prévenir de nouvelles attaques", "si les jihadistes attaquaient").
    pub hypothetical: bool,
    /// Position of its pattern in the cue list (lower is more specific).
    pub rank: usize,
    /// The words as written.
    pub text: String,
}

/// Cues by decreasing specificity: the first type found wins for a
/// sentence ("véhicule suicide bourré d'explosifs" is a suicide attack,
/// not an IED; an ambush opened with IEDs is an ambush, as the seeds code
/// the one of Bodio). A clash ranks below an attack, so "violents affrontements"
/// inside the account of an attack on a camp keep it an attack; words that
/// only say people were killed ("ont tué", "abattus", "exécutés") rank
/// last, so the noun of the account decides its type. Patterns run on a
/// lowercase ASCII copy of the text.
const CUES: &[(EventType, &str)] = &[
    (
        EventType::SuicideAttack,
        r"v[e]hicules?[- ](?:pi[e]g[e]s?[- ])?(?:suicides?|kamikazes?)|attentats?[- ]suicides?|attaques? suicides?|kamikazes?|\bvbied\b|\bsvbied\b|commandos? suicides?|s'est fait (?:exploser|sauter)|se sont fait(?:s)? (?:exploser|sauter)|ceintures? (?:explosives?|d'explosifs)|voitures? pi[e]g[e]es?|v[e]hicules?[- ]pi[e]g[e]s?|(?:v[e]hicules?|voitures?|camions?)[- ]b[e]liers?|(?:\b4x4|pick-?ups?|camions?(?:-citernes?)?|ambulances?|motos?) pi[e]g[e]e?s?|(?:bourr|charg)[e]e?s? d'explosifs|\b(?:a|ont|avait|avaient|ayant|aurait|auraient) fait exploser (?:(?:sa|leurs?) (?:charges?|ceintures?|bombes?)|(?:la|les) (?:charges?|ceintures?|bombes?)(?: explosives?)? (?:qu'(?:il|elle|ils|elles) portai\w+|sur (?:lui|elle|eux|elles)))\b",
    ),
    (
        EventType::DroneStrike,
        r"\b(?:drones?\b(?:\s+[a-z'-]+){0,4}?\s+|(?:un|le|des|les) drones?\b[\x20-\x2b\x2d-\x2f\x3c-\x7f]{0,20},[\x20-\x2b\x2d\x2f-\x7f]{1,100}?,\s*)(?:a|ont|aurait|auraient) (?:frapp|bombard|cibl|vis|largu)\w*|\bdrones?\b(?:\s+[a-z'-]+){0,4}?\s+larguant\b|frappes? (?:a[e]riennes? )?(?:de|par) drones?|frappes? de drone|par (?:des|un) drones?|drones? arm[e]s?|drones? kamikazes?|attaques? (?:de|au|par) drones?|bombardements? (?:de|par) drones?|tirs? de drones?|frappes? d'un drone|^\s*(?:[0-9/]{4,10}\s*:\s*)?drones?\s+(?:sur|contre)\b",
    ),
    (
        EventType::RocketOrMortar,
        r"tirs? (?:de |d')(?:roquettes?|obus|mortiers?)|roquettes?|\bobus\b|au mortier|mortiers?|tirs indirects|tirs d'artillerie",
    ),
    // An attack on a moving column ("l'attaque d'un convoi escorté",
    // "un convoi ... attaqué", "une colonne de renfort prise pour cible",
    // "une attaque contre des camions-citernes") is an ambush, whatever
    // word the text used.
    (
        EventType::Ambush,
        r"embuscades?|ambuscades?|guet-apens|\battaques?\b[\x20-\x2b\x2d\x2f-\x39\x3c-\x7f]{0,80}?\b(?:d'un|du|des|un|le|les|contre (?:un|le|les|une|la|des|leur|son)|visant (?:un|le|les|une|la|des)) (?:convois?|escortes?|camions?-citernes|citernes)\b|\b(?:convois?|escortes?|colonnes?|citernes|missions? de (?:releve|ravitaillement|escorte))\b[\x20-\x2b\x2d\x2f-\x39\x3c-\x7f]{0,50}?\b(?:attaqu[e]e?s?|pris pour cible|prises? pour cible|pris a partie|prises? a partie|intercepte?e?s?|essuy\w* (?:des |de |d')?(?:tirs|coups de feu|rafales)|(?:la |les )?cibles? d'(?:une|des) (?:attaques?|tirs))\b",
    ),
    (
        EventType::Ied,
        r"engins? explosifs?(?: improvis[e]s?)?|(?:cadavres?|corps) pi[e]g[e]s?|engins? (?:artisana(?:l|ux)|improvis[e]s?)|\beei\b|\bied\b|\bmines?\b(?: artisanales?)?|\bbombes?\b|a saut[e] sur|ont saut[e] sur|\bsaut[e]e?s?(?: [a-z]+){0,2} sur (?:un |une )?(?:engin|mine|eei|ied)\b|explosion d'un engin|\bexplosion\b|\ba explos[e]\b|\bont explos[e]\b|a heurt[e] (?:une|un) (?:mine|engin)|a roul[e] sur (?:une|un) (?:mine|engin)",
    ),
    (
        EventType::Airstrike,
        r"\b(?:attaqu|vis|cibl|frapp|pilonn|foudroy|neutralis|bombard|detrui|trait)[a-z]* par (?:des |les |l'|un |une |nos |leurs )?(?:avions?|aviation|h[e]licopt[e]res?|vecteurs a[e]riens|appuis? a[e]riens?|moyens a[e]riens)|(?:gr[a]ce [a]|avec|sous) (?:un |l'|l')?appui a[e]rien|\bmissiles?\b|\bcampagnes? a[e]riennes?|frappes? a[e]riennes?|attaques? a[e]riennes?|raids? a[e]riens?|bombardements? a[e]riens?|\bbombardements?\b|\bbombard[e]e?s?\b|\bbombardant\b|\bbombardent\b|frappes? (?:de|par) (?:l'aviation|h[e]licopt[e]res?|avions?)|vecteurs a[e]riens|(?:la|une|des|ces|cette|les|de|deux|trois|plusieurs|nouvelles?|s[e]ries? de|d') ?(?:(?:premi[e]re|deuxi[e]me|seconde|troisi[e]me|derni[e]re|autre|nouvelle)s? )?frappes?\b|\bfrappes (?:ont|a)\b|action a[e]roport[e]e|aviation militaire|\b(?:avions?|l'aviation|h[e]licopt[e]res?|vecteurs a[e]riens)\b[\x20-\x2b\x2d\x2f-\x39\x3c-\x7f]{0,40}?\b(?:(?:ont|a|avaient|avait) (?:(?:d'abord|ensuite|aussi|egalement) )?(?:pris pour cible|frapp[e]|bombard[e]|pilonn[e]|vis[e]|cibl[e]|trait[e])|(?:frapp|bombard|pilonn|vis|cibl)(?:aient|ait)\b)|\b(?:pilotes?|aeronefs?)\b[\x20-\x2b\x2d\x2f-\x39\x3c-\x7f]{0,30}?\b(?:pulveris|frapp|bombard|detrui|neutralis|foudroy|cibl|pilonn)[a-z]*",
    ),
    (
        EventType::Siege,
        // Encircled as a state ("le village est encerclé depuis mai"), not
        // the move of an attack ("ils ont encerclé les habitations avant
        // de tirer").
        r"\bblocus\b|\boccupee?s?\s+depuis\b|\bcoupee?s?\s+(?:de\s+l'exterieur|du\s+reste\s+du\s+pays|du\s+monde)\b|\bembargo (?:total|impose par (?:les |des )?(?:jihadistes|djihadistes|terroristes|groupes armes|gat|hommes armes))\b|\bsous embargo\b|\bsi[e]ges?\b|assi[e]g[e]e?s?|\b(?:est|sont|etait|etaient|reste|restent|demeure|demeurent|vit|vivent)\s+(?:toujours\s+|encore\s+|desormais\s+|completement\s+|totalement\s+)?encercl[e]e?s?\b|\b(?:toujours|encore|desormais)\s+encercl[e]e?s?\b|\bencercl[e]e?s?(?:\s+[a-z']+){0,6}\s+depuis\b|\bencerclement\b",
    ),
    (
        EventType::Kidnapping,
        r"enl[e]vements?|\benlev[e]e?s?\b|\bs[e]questr(?:e|es|ee|ees|ant|ation)\b|\benlevaient\b|\benl[e]vent\b|\bont enlev[e]|kidnapp\w*|pris en otages?|prise d'otages?|\botages?\b|\brapts?\b|ravisseurs?|(?:emmen|conduit)\w* vers une destination inconnue|\b(?:emmene|emmenee|emmenes|emmenees|embarquee?s?|ligotee?s?)\b(?:\s+(?:et\s+)?[a-z']+){0,4}?\s+par\s+(?:des\s+|de\s+presumes\s+|\d+\s+|deux\s+|trois\s+|quatre\s+|cinq\s+|plusieurs\s+)?(?:hommes|individus|inconnus|jihadistes|djihadistes|terroristes|assaillants|bandits|ravisseurs)\b|\b(?:arrestations?|arretee?s?|interpellee?s?)\b(?:\s+[a-z0-9'-]+){0,5}?\s+par\s+(?:des\s+|de\s+presumes\s+|les\s+)?(?:hommes armes|individus armes|jihadistes|djihadistes|terroristes|chasseurs|dozos?|donsos?|miliciens|rebelles|bandits)\b",
    ),
    (
        EventType::Massacre,
        r"\bmassacres?\b|\btueries?\b|massacr[e]e?s?|\btu[e]e?s en masse\b|\bcarnage\b|\bh[e]catombe\b|\bmassacrant\b|\bmassacrent\b|\bex[e]cutions\b|\bex[e]cutions? (?:sommaires?|extrajudiciaires?)|\bviolences? (?:inter-?)?(?:communautaires?|ethniques?)\b",
    ),
    (
        EventType::Attack,
        r"\b(?:a|ont|avait|avaient) (?:connu|vecu|revecu|subi) (?:\w+ )?l'horreur\b|\b(?:journee|jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|nuit|soiree|matinee) (?:sanglante?|meurtriere?)\b|\brepouss[e]e?s? (?:des|les) (?:assaillants|terroristes|jihadistes|djihadistes|hommes armes|agresseurs|ennemis|bandits)\b|\b(?:ont|a|auraient|aurait) pris le contr[o]le (?:de|du|d'|des)|\bprennent le contr[o]le (?:de|du|d'|des)|\bprise de contr[o]le\b|\bs'en (?:est|sont|etait|etaient|serait|seraient) prise?s?\b|\bs'en prennent\b|\bs'en prend\b|\battaqu[e]e?s?\b|\battaquer\b|\battaquait\b|\battaquent\b|\battaqu(?:a|erent|era|eront)\b|\battaques?\b|\bassauts?\b|\bpris d'assaut|\braids?\b|\bcibl[e]e?s?\b|\bvis[e]e?s?\b|\bprise (?:d'un|du|de la|de l'|d'une) (?:camp|base|poste|garnison|position|ville|localite|caserne)\b|\battentats?\b|\ba frapp[e]|\bont frapp[e]|\bfrappe\b|\b(?:ete|sont|etaient|etait|est) frapp[e]e?s?\b|\bfrappent\b|\bincursions?|\boccupee?s?\b(?:\s+[a-z'-]+){0,8}?\s+par\s+(?:des\s+|les\s+)?(?:individus|hommes|jihadistes|djihadistes|terroristes|rebelles|assaillants|groupes)\b|\bfusillades?\b|\b(?:fait|faire|font|faisant|firent) irruption|\bharcel\w*|\b(?:ont|a|avaient|avait) (?:d'abord )?encercl[e]\b|\bencerclent\b|\bencercle (?:vers|le|la|les|l')\b|\bexactions?\b|\bincendi[e]e?s?\b|\b(?:(?:a|ont|avait|avaient) tent[e]|tente|tentent|tentait|tentaient) d(?:e (?:detruire|faire sauter|prendre|s'emparer|incendier|piller|s'introduire|penetrer|forcer)|'attaquer|'enlever|'investir)\b|\bbrul[e]e?s?\b|\bbrulant\b|\bont brule\b|\bincendiaires?\b|mis le feu|mis a sac|mise a sac|\bpill[e]e?s?\b|\bsaccag[e]e?s?\b|\b(?:saccagent|pillent|visent|ciblent|prennent d'assaut|prend d'assaut)\b|\bdynamit(?:e|ee|es|ees|ent)\b|\bpulveris(?:e|ee|es|ees|ent|ant|ait|aient|er)\b|\bfeu nourri\b|\b(?:prend|prennent|s'emparent|s'empare)\s+(?:du|de la|de l'|le|la|l')\s*(?:camp|base|poste|garnison|caserne|ville|localite|village)\b|ouvert le feu|\bouvrent le feu\b|\bouvre (?:le )?feu\b|\bincendient\b|\bont tir[e] sur|\ba tir[e] sur|\btirent sur (?:les?|la|l'|des|un|une|leurs?|sa|son|ses)\b|\btirs? (?:(?:sans distinction|a l'aveugle|indiscrimines?|aveugles?) )?(?:sur|contre)|\btirs? (?:nourris|d'armes)|\bcoups de feu\b|\bessuy\w* (?:des |de |d'|un |une |les |plusieurs )?(?:tirs?|coups de feu|rafales?|feux?)\b|\bpilonn[e]e?s?\b|\b(?:visite|descente (?:meurtriere |sanglante |musclee )?)(?:de |d'|des )(?:[a-z]+ ){0,2}?(?:(?:hommes|individus|inconnus) armes|assaillants|jihadistes|djihadistes|terroristes|bandits)\b|\bmitraill\w*|cribl[e]s? de balles|\bexecutions?\b|\bfaits (?:se sont (?:produits|deroules)|ont eu lieu|sont survenus)\b|\bincident (?:s'est produit|a eu lieu|est survenu|s'est deroule)\b|\b(?:cela|ceci|ca) s'est (?:passe|produit|deroule)\b|\b(?:drame|tragedie|scene|evenements?) (?:s'est|se sont) (?:produite?s?|deroulee?s?|passee?s?)\b|\b(?:drame|tragedie) (?:a eu lieu|est survenue?)\b|\bactes? terroristes?\b|\b(?:une|un) (?:action|acte|agression) (?:de (?:la )?meme nature|similaire|du meme type|du meme genre|identique)\b",
    ),
    (
        EventType::Clash,
        r"\b(?:a|ont|avoir|avait) repris (?:le contr[o]le (?:de |du |d'))?(?:la localit[e]|la ville|le village|la commune|le camp|la base)\b[\x20-\x2b\x2d\x2f-\x39\x3c-\x7f]{0,40}?\bdes mains\b|affrontements?|accrochages?|\bescarmouches?\b|\binflig\w* (?:une |de )?(?:(?:lourdes?|cuisantes?|severes?|s[e]v[e]res?) )?d[e]faites?\b|\bchass(?:e|ent|ant|aient|ait|erent) (?:[a-z0-9'-]+ ){1,6}?(?:de la ville|de la localit[e]|de leurs positions|de ses positions)\b|\boffensives?\b|\baccroch[e]e?s?\b|combats?\b|se sont affront[e]s|[e]changes? de tirs|\bheurts\b|\bbataille\b|\bont oppos[e]\b|\bse sont (?:ensuite |alors )?oppos[e]s\b|\bprise? a partie\b|\bpris a partie\b|\b(?:bases?|camps?|repaires?|sanctuaires?|plots?|refuges?)\s+(?:terroristes?|jihadistes?|djihadistes?|ennemis?|logistiques?)\b[\x20-\x2b\x2d\x2f-\x39\x3c-\x7f]{0,40}?\b(?:detruit\w*|aneanti\w*|demantel\w*)|\b(?:detruit|aneanti|demantele)\w*\s+(?:[a-z']+\s+){0,4}?(?:bases?|camps?|repaires?|sanctuaires?|plots?|refuges?|caches?)\s+(?:terroristes?|jihadistes?|djihadistes?|ennemis?|logistiques?)\b",
    ),
    (
        // An army operation told as having taken place ("l'opération s'est
        // déroulée le 2 février à Foïla", "une opération a été conduite
        // dans le village de X"), as bulletins and their one-line echoes
        // tell strikes and sweeps without a word for what happened. Named
        // operations ("l'opération Barkhane a été lancée en 2014") and
        // civilian ones (distributions, vaccination) have other words
        // between the noun and the verb. So is a communiqué's "ont mené
        // une reconnaissance contre des positions terroristes".
        EventType::Other,
        r"\b(?:l'|cette |une |la derniere |la nouvelle )operation (?:(?:militaire|aerienne|terrestre|aeroterrestre|antiterroriste|offensive|de ratissage|de securisation|de reconnaissance(?: offensive)?|de ciblage|d'envergure|de fouille|combinee) )?(?:s'est (?:deroulee|derouler)|a eu lieu|a ete (?:menee|conduite|lancee|executee|effectuee|realisee))\b|\b(?:les|ces) operations (?:(?:militaires|aeriennes|terrestres|aeroterrestres|antiterroristes|offensives|de ratissage|de securisation|de reconnaissance(?: offensive)?|de ciblage|d'envergure|de fouille|combinees) )?(?:se sont deroulees|ont eu lieu|ont ete (?:menees|conduites|lancees|executees|effectuees|realisees))\b|\b(?:a|ont|avait|avaient) (?:mene|conduit|effectue|execute|lance) une (?:operation de )?reconnaissance(?: offensive)? (?:contre|sur|vers) (?:des|les|une|un|la|le|l')\b",
    ),
    (
        // Killing without a noun for the event, or a hold-up ("braquage"),
        // men who "ont ratissé" villages, bodies found ("la découverte des
        // corps", "un charnier"): an attack unless the account says more
        // (a robber the army killed is a clash). So is an entry of a
        // chronology, a place, its day and "bilan :" ("Nampala, le 5
        // janvier, bilan : 8 morts ; Dioura, dans la nuit du 6 au 7
        // janvier, bilan : 2 morts").
        EventType::Attack,
        r"(?:^|; )[a-z'-]+(?: [a-z'-]+){0,2}, (?:le (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\d{1,2}(?:er)? |dans la nuit du \d{1,2}(?:er)? au \d{1,2}(?:er)? )(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?: \d{4})?, bilan ?:|\bintercept\w*\s+(?:un|une|des|les|le|la|deux|trois|quatre|plusieurs|\d+)\s+(?:[a-z']+\s+)?(?:vehicules?|bus|minibus|cars|autocars?|camions?|camionnettes?|convois?|voyageurs|passagers|transports?)\b|\b(?:vehicules?|bus|minibus|cars|autocars?|camions?|convois?|voyageurs|passagers)\s+(?:[a-z']+\s+){0,3}?intercept[e]e?s?\b|\b(?:intercept|arraisonn)[e]e?s? (?:[a-z0-9]+ ){0,4}?par (?:des|les|un|une|de|deux|trois|quatre|cinq|plusieurs|\d+) (?:[a-z]+ )?(?:individus|hommes|elements|assaillants|terroristes|jihadistes|djihadistes|bandits|inconnus|gat|hani|ganes?)\b|\barraisonn\w*\s+(?:un|une|des|les|le|la|deux|trois|plusieurs|\d+)\s+(?:[a-z']+\s+)?(?:vehicules?|bus|minibus|cars?|autocars?|camions?|convois?|pinasses?|bateaux?|pirogues?)\b|\bsurpri(?:s|se|ses)\s+(?:[a-z']+\s+){0,3}?par\s+(?:un|une|des|les)\s+(?:commandos?|hommes armes|individus armes|assaillants|terroristes|jihadistes|djihadistes|elements armes|combattants)\b|\bbless[e]e?s? par balles?\b|\bbless[e]e?s? par (?:des |les |deux |trois |plusieurs )?(?:hommes armes|individus armes|inconnus|assaillants|bandits|terroristes|jihadistes|djihadistes)\b|\b(?:cause|causant|provoque|provoquant|entraine|entrainant|occasionne|occasionnant) la mort (?:de|d'|du)\b|\b(?:ont|a|auraient|aurait) bless[e]\b|\bont tu[e]\b|\ba tu[e]\b|\bet tu[e] (?:au moins |plus de |pres de |pres d')?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|plusieurs|de nombreux|des|une? (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine))\b|\b(?:avoir|ayant|aurait|auraient|avait|avaient) tu[e]\b|\btuant\b|\bavant d(?:e |')(?:les |en )?(?:tuer|ex[e]cuter|abattre|[e]gorger|massacrer|assassiner)\b|\b(?:ete|sont|etaient) tu[e]e?s\b|\b(?:a|aurait) ete tu[e]e?\b|\btu[e]e?s? par\b|\bex[e]cut[e]e?s?\b|\b[e]gorg[e]e?s?\b|\b[e]gorgeant\b|\babattu(?:e|s|es)?\b|\babattant\b|\babat(?:tent)? (?:[a-z]+ ){0,3}?(?:terroristes|assaillants|jihadistes|djihadistes|hommes|soldats|militaires|civils|personnes|bandits|elements|combattants)\b|\bassassin[e]e?s?\b|\bassassinant\b|\bassassinent\b|\btuent\b|\bex[e]cutent\b|\b[e]gorgent\b|coute la vie|coutant la vie|\b(?:ote|otant|oter|otent) la vie\b|\b(?:ete|fut|furent|revelee?s?|reveles) fatale?s? (?:a|aux)\b|\bfatals (?:a|aux)\b|trouv[e] la mort|perdue?s? la vie|\b(?:ont|a|avait|avaient|aurait|auraient|ayant) p[e]ri\b|\bneutralis[e]e?s?\b|\b(?:permis|permettant|conduit|abouti|aboutissant) (?:de |d'|a (?:la |l')?)(?:neutraliser|neutralisation|abattre|eliminer|elimination)\b|hors d'etat de nuire|\bhors de combat\b|\b(?:a|ont|avoir|ayant|avait|avaient|aurait|auraient) (?:[a-z]+ )?[e]limin[e]\b|\b[e]liminant\b|\b(?:ont|avaient|auraient) ete [e]limin[e]s\b|\bsont [e]limin[e]s\b|\b(?:terroristes|assaillants|jihadistes|djihadistes|combattants|elements|bandits|ennemis|insurges|islamistes) [e]limin[e]s\b|\bretrouv[e]e?s? morte?s?\b|\bcalcin[e]e?s?\b|\bd[e]capit[e]e?s?\b|\bassassinats?\b|\bmeurtres?\b|\bbraquages?\b|\bbraqu[e]e?s?\b|\bbraqu(?:ent|ant|aient|ait)\b|\bvols? (?:de [a-z]+ )?a main armee\b|\bont ratiss[e]\b|\bratissant\b|\bd[e]couverte\b[\x20-\x2d\x2f-\x7e]{0,40}?\b(?:des|de|d'un|d'une) (?:\d+ |[a-z]+ )?(?:corps|cadavres|d[e]pouilles|charniers?|fosses? communes?)\b|\b(?:corps|cadavres|d[e]pouilles)\b[\x20-\x2d\x2f-\x7e]{0,60}?\b(?:ont|a|avaient|auraient) [e]t[e] (?:retrouv[e]e?s?|d[e]couverte?s?|exhum[e]e?s?)\b|(?:^|\b(?:le|les|des|son) )(?:corps|cadavres|d[e]pouilles)(?: sans vie)? (?:de |d'|du |des )[\x20-\x2d\x2f-\x7e]{0,60}?\b(?:retrouv|d[e]couvert)e?s?\b|\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|plusieurs) (?:corps|cadavres|d[e]pouilles)(?: sans vie)?(?: (?:de |d')[a-z]+(?: [a-z]+)?)? (?:ont ete |avaient ete |)(?:retrouv|d[e]couvert)e?s?\b",
    ),
    (
        // A count of people and a bare participle ("six employés ... tués
        // sur le chantier"), as log lines tell a killing. Last: a headline
        // does not start an incident with it (see [`BARE_KILLING_RANK`]).
        EventType::Attack,
        r"\bd[e]plor\w* la mort (?:de|d')|\b(?:civils|soldats|militaires|personnes|villageois|gendarmes|policiers|douaniers|chauffeurs?|bergers|passagers|employ[e]s|commer[c]ants|[e]l[e]ves|fid[e]les|orpailleurs|habitants|femmes|enfants|[e]leveurs|cultivateurs|paysans|casques bleus|volontaires|vdp|agents|chasseurs|p[e]cheurs|dozos|notables|imams|marabouts|ouvriers|mineurs|vendeurs|conducteurs|transporteurs|camionneurs|voyageurs|forains|otages|agriculteurs|jeunes|hommes|chefs|[e]lus|conseillers|enseignants|humanitaires|journalistes|touristes|expatri[e]s|ressortissants|miliciens|suppl[e]tifs|fonctionnaires|gardes|militants|terroristes|jihadistes|djihadistes|assaillants|combattants|insurg[e]s)(?: (?:[a-z']+ ){0,3}?|, ?(?:dont|notamment|parmi eux|en majorite) [a-z0-9' ]{3,60}, )tu[e]e?s\b|\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente) (?:soldats|militaires|gendarmes|policiers|douaniers|civils|villageois|casques bleus|vdp|volontaires) (?:[a-z']+ ){0,2}?morts\b|\b(?:un|une|1|l'une? des|une? des) (?:[a-z']+ )?(?:douanier|gendarme|policier|soldat|militaire|civil|villageois|commer[c]ante?|chef|[e]lue?|conseill[e]re?|imam|enseignante?|berger|chauffeur|garde|agent|pasteur|pr[e]fet|maire|marabout|notable|casque bleu|humanitaire|journaliste|[e]leveur|orpailleur|passager|volontaire|vdp|chasseur|p[e]cheur|dozo|ouvrier|mineur|vendeuse?|conducteur|transporteur|camionneur|voyageur|forain|otage|agriculteur|cultivateur|paysan|jeune|homme|fonctionnaire|infirmi[e]re?|m[e]decin|commissaire|sous-pr[e]fet|cat[e]chiste|pr[e]tre|cur[e]|milicien|suppl[e]tif)s? (?:[a-z']+ ){0,4}?tu[e]e?\b",
    ),
];

/// Whether the words after a taking name livestock ("du bétail", "300
/// têtes de bétail", "des boeufs").
fn livestock(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^\s*(?:de |d'|du |des |le |les |\d[\d .]* |plus de \d+ |plusieurs |une? )?(?:centaines? de |dizaines? de |milliers? de |tetes? (?:de |d')|troupeaux? (?:de |d')|animaux )*(?:betail|boeufs?|bovins|ovins|caprins|animaux|troupeaux?|vaches|moutons|chevres|chameaux|anes|tetes de)\b")
            .expect("regex")
    })
    .is_match(after)
}

/// The rank of the cue that is only a count of people and "tués".
pub const BARE_KILLING_RANK: usize = CUES.len() - 1;

/// Room for the cue automata: the patterns with bounded gaps ("une
/// attaque ... contre un convoi") make many lazy-DFA states, and with the
/// default cache the DFA was rebuilt over and over (half the extraction
/// time).
const CUE_DFA_BYTES: usize = 64 << 20;

fn compiled() -> &'static Vec<(EventType, Regex)> {
    static RE: OnceLock<Vec<(EventType, Regex)>> = OnceLock::new();
    RE.get_or_init(|| {
        CUES.iter()
            .map(|(t, p)| {
                let re =
                    crate::extract::compile::regex_with_room(&format!("(?i-u){p}"), CUE_DFA_BYTES)
                        .expect("cue regex");
                (*t, re)
            })
            .collect()
    })
}

/// For each cue pattern, in the order of `CUES`, words of which every
/// match holds at least one. A pattern none of whose words is in the
/// sentence cannot match and is not run: a few substring checks cost less
/// than one scan with the automaton of every cue pattern at once.
const CUE_GATES: [&[&str]; 14] = [
    &[
        "suicide", "kamikaze", "vbied", "exploser", "sauter", "ceinture", "piege", "bourr",
        "charge", "belier",
    ],
    &["drone"],
    &["roquette", "obus", "mortier", "indirect", "artillerie"],
    &[
        "embuscade",
        "ambuscade",
        "guet",
        "convoi",
        "escorte",
        "colonne",
        "citerne",
        "mission",
    ],
    &[
        "engin",
        "eei",
        "ied",
        "mine",
        "bombe",
        "saute",
        "explosion",
        "explose",
        "heurte",
        "roule",
        "piege",
    ],
    &[
        "frappe",
        "bombard",
        "aerien",
        "aeroporte",
        "aviation",
        "avion",
        "helicoptere",
        "vecteurs",
        "missile",
        "pilote",
        "aeronef",
    ],
    &[
        "blocus", "embargo", "siege", "assieg", "encercl", "occupe", "coupe",
    ],
    &[
        "enlev",
        "emmen",
        "embarque",
        "ligote",
        "kidnapp",
        "otage",
        "rapt",
        "ravisseur",
        "inconnue",
        "sequestr",
        "arrest",
        "arrete",
        "interpelle",
    ],
    &[
        "massacr",
        "tuerie",
        "carnage",
        "hecatombe",
        "execution",
        "masse",
        "communautaire",
        "ethnique",
    ],
    &[
        "attaqu",
        "repouss",
        "assaut",
        "raid",
        "cible",
        "vise",
        "prise",
        "attentat",
        "frapp",
        "incursion",
        "occupe",
        "fusillade",
        "irruption",
        "encercl",
        "harcel",
        "exaction",
        "incendi",
        "tente d",
        "tentent d",
        "tentait d",
        "tentaient d",
        "feu",
        "sac",
        "pill",
        "saccag",
        "dynamit",
        "pulveris",
        "visent",
        "ciblent",
        "prend",
        "empar",
        "tir",
        "mitraill",
        "crible",
        "execution",
        "essuy",
        "pilonn",
        "brul",
        "visite",
        "descente",
        "s'en ",
        "controle",
        "faits ",
        "incident ",
        "s'est passe",
        "s'est produit",
        "s'est deroule",
        "se sont produit",
        "se sont deroule",
        "se sont passe",
        "drame a eu",
        "drame est survenu",
        "tragedie a eu",
        "tragedie est survenu",
        "actes terror",
        "acte terror",
        "similaire",
        "meme nature",
        "meme type",
        "meme genre",
        "identique",
        "sanglant",
        "meurtrier",
        "horreur",
    ],
    &[
        "affront",
        "escarmouch",
        "defaite",
        "chass",
        "accroch",
        "offensive",
        "combat",
        "echange",
        "heurts",
        "bataille",
        "oppos",
        "partie",
        "mains",
        "detruit",
        "aneanti",
        "demantel",
    ],
    &["operation", "reconnaissance"],
    &[
        "^tu",
        "bless",
        "execut",
        "egorg",
        "abat",
        "assassin",
        "coute",
        "coutant",
        "la vie",
        "fatal",
        "mort",
        "perdu",
        "peri",
        "neutralis",
        "nuire",
        "hors de combat",
        "elimin",
        "retrouv",
        "calcin",
        "decapit",
        "meurtre",
        "braqu",
        "intercept",
        "arraisonn",
        "surpri",
        "main armee",
        "ratiss",
        "decouverte",
        "corps",
        "cadavre",
        "depouille",
        "bilan",
    ],
    &["^tu", "deplor", "morts"],
];

/// [`CUE_GATES`], found in one pass.
fn cue_gates() -> &'static super::gates::Gates {
    static SEARCH: OnceLock<super::gates::Gates> = OnceLock::new();
    SEARCH.get_or_init(|| super::gates::Gates::new(&CUE_GATES))
}

/// All cue patterns at once: one pass says which of them can match (used
/// by the test that checks [`CUE_GATES`]).
#[cfg(test)]
fn cue_set() -> &'static regex::RegexSet {
    static RE: OnceLock<regex::RegexSet> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::set_with_room(
            CUES.iter().map(|(_, p)| format!("(?i-u){p}")),
            4 * CUE_DFA_BYTES,
        )
        .expect("cue set")
    })
}

fn anaphora() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(r"(?i-u)(?:\bcette|\bcet|\bces(?:\s+(?:deux|trois|quatre|nouvelles?|derni[ee]res?))?|\b(?:les|des) (?:deux|trois|quatre)|\bl'|\bce|\bdont l'|\bcette meme|\bla meme|\bleur|\bc'est (?:la|le) (?:premiere?|deuxieme|seconde?|troisieme|quatrieme|cinquieme|\w+ieme))\s*$").expect("regex"))
}

/// Words after "cette embuscade" that tell another event of its kind
/// after or before it: "a été suivie d'une autre", "fut précédée par
/// une autre".
fn followed_by_another() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)^\s+(?:a|avait|aurait|fut|est)\s+(?:ete\s+)?(?:suivie?|precedee?)\s+(?:d'une?|par\s+une?|de\s+deux|de\s+trois)\s+autres?\b")
            .expect("regex")
    })
}

/// Words after "l'embuscade", "l'attaque" that give its day: "du mardi 14
/// mai", "du 3 mars".
fn on_its_day() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)^\s+(?:\w+\s+)?du\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:1er|\d{1,2})\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b")
            .expect("regex")
    })
}

/// Words after "l'enlèvement", "l'exécution" that count its victims: "de
/// 12 hommes", "de trois bergers" (not "des 12 hommes", told before).
fn by_its_count() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)^\s+de\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s+(?:personnes|civils|hommes|villageois|bergers|commercants|passagers|enseignants|eleves|femmes|jeunes|soldats|militaires|travailleurs|fideles|orpailleurs|agents)\b")
            .expect("regex")
    })
}

/// Words after "l'attaque", "l'assaut" that say who did it, unknown
/// until then ("d'un groupe armé", "de présumés jihadistes").
fn by_someone() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)^\s+(?:(?:meurtri\w*|sanglante?|violente?|terroriste|jihadiste|djihadiste|armee|simultanee|complexe|coordonnee|massive)\s+)?(?:d'une?\s|de\s+plusieurs\s|d'(?:hommes|individus|inconnus|assaillants|islamistes|elements|ex-rebelles)\b|de\s+(?:presumes\s+|pretendus\s+)?(?:jihadistes|djihadistes|terroristes|bandits|combattants|groupes|rebelles|miliciens|chasseurs|dozos)\b)")
            .expect("regex")
    })
}

/// Words before a cue that make it an event that did not happen: a purpose,
/// a condition, a threat or a fear; and charges found, seized or defused
/// ("découvre du matériel de fabrication d'engins explosifs", "a
/// désamorcé une mine"), which did not go off; and captors named in a
/// release ("libéré par ses ravisseurs samedi"), which is no new event.
fn hypothetical() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(r"(?i-u)(?:\bpour (?:prevenir|eviter|empecher|contrer|dejouer|parer a|faire face a|repondre a)|\bafin d'(?:eviter|empecher)|\ben cas d'|\bsi (?:les|des|le|la|un|une)\b[\x00-\x2b\x2d\x2f-\x7f]{0,30}$|\brisques? d[e']|\bmenaces? d[e']|\bpourrai\w*\b|\bcrai(?:n|gn)\w*\b|\beventuel\w*\b|\bplans? d[e']|\bprojets? d[e']|\bmenac\w+ d[e']|\bpreparai\w*\b|\bprojetai\w*\b|\bs'appret\w*\b|\blutte contre\b|\bvigilance\b|\breclam\w*|\bsollicit\w*|\bexig\w*|\bdemand\w*|\bappel\w* (?:a|au|aux)|\b(?:fabrication|confection) d[e']|\b(?:saisi|decouv|desamorc)\w*|\bfake news\b|\bfausses? (?:informations?|nouvelles?|alertes?)\b|\bdement(?:i|ent|ait)\b|\b(?:libere|relache|relaxe)e?s? (?:par|des mains de) (?:ses|leurs|les|son|sa)\b)[\x00-\x2d\x2f-\x7f]{0,25}$").expect("regex"))
}

/// Whether the words before a participle name people already known, by a
/// definite article ("les cinq humanitaires nigériens", "leurs parents").
fn held_ones(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:les|ses|leurs|nos|ces)\s+(?:[a-z'-]+\s+){0,5}$")
            .expect("regex")
    })
    .is_match(crate::fold::tail(before, 60))
}

/// Whether the words after a participle give its day ("le 2 juillet",
/// "vendredi dernier (16/07/21)", folded text).
fn taken_on_a_day(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)^\s*(?:le\s+\d|\(?\d{1,2}/\d{1,2}|(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)")
            .expect("regex")
    })
    .is_match(after)
}

/// Whether what "dément" denies is only a toll ("la mort de 30 soldats",
/// "formellement le bilan"), not the event (folded text).
fn denies_only_the_dead(what: &str) -> bool {
    let what = what.strip_prefix("formellement ").unwrap_or(what);
    [
        "la mort",
        "le bilan",
        "le chiffre",
        "les pertes",
        "le nombre",
    ]
    .iter()
    .any(|d| what.starts_with(d))
}

/// Words that tell hostages set free or found safe (folded text).
fn released() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?:(?:ont|a|avaient|avait|auraient|aurait)\s+ete\s+|sont\s+|est\s+)?(?:liberee?s?|relachee?s?|libere|liberation)\b|\bsaine?s?\s+et\s+sau(?:f|fs|ve|ves)\b")
            .expect("regex")
    })
}

/// Words right after a cue that make it an event still to come.
fn not_yet() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)^(?:\s+[a-z]+)?\s+(?:imminente?s?|en preparation|projetee?s?|planifiee?s?|redoutee?s?|annoncee?s? (?:pour|dans))\b")
            .expect("regex")
    })
}

/// Words that make an event sentence a general statement rather than the
/// report of one event.
fn generic() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(GENERIC).expect("regex"))
}

/// Words that place a sentence in the past of the story, without a date
/// of its own ("avait déjà été visé par le passé").
fn background() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(BACKGROUND).expect("regex"))
}

/// A general statement, not the report of one event.
pub(crate) const GENERIC: &str = r"(?i-u)\br[ee]guli[ee]rement\b|\bsouvent\b|\bon ne compte plus\b|\b(?:a|avait|aurait|ont|avaient) (?:dirige|commandite|orchestre|planifie|participe a) (?:plusieurs|de nombreuses|des|nombre d') ?(?:attaques|operations|embuscades|attentats|enlevements|assauts)\b|\b(?:presque|quasiment) tous les jours\b|quasi quotidiennes?|\ba plusieurs reprises\b|\ba (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+) reprises (?:[a-z']+ ){0,4}?depuis\b|\bplusieurs localites\b|\ba la tete des\b|\bces (?:seul(?:e?s) )?derni(?:ers|eres) (?:mois|annees|semaines)\b|\bdepuis des (?:annees|mois)\b|\ben proie\b|\bdepuis le debut\b|\bdepuis janvier\b|\bdepuis (?:l'arrivee|sa creation|le deploiement|la creation|leur arrivee|son deploiement|l'installation)\b|\bau cours de l'annee\b|\bchaque annee\b|\bpar an\b|\bdes milliers\b|\bplusieurs milliers\b|\bcentaines de milliers\b|\bla crise\b|\ble conflit a\b|\bles violences ont\b|\bbilan annuel\b|\bces dernieres annees\b|\bde plus en plus\b|\bmultiplient\b|\bmultiplication\b|\bcouvre-feux?\b|\bmultiplie\b|\bse multipli\w+\b|\brecrudescence\b|\bpersistan\w+\b|\bnombreuses attaques\b|\bfrequentes?\b|\bsouvent\b|\bhabituel\w*\b|\bvague d'attaques\b|\b(?:deviennent|devenues?|devenus|sont) (?:presque |quasi-?|desormais )?quotidienn?es?\b|\bquotidiennement\b|\bmonnaie courante\b|\brecurrent(?:e|s|es)\b|\bserie d'(?:attaques|assassinats|enlevements|exactions|attentats|incursions)\b|\bse caracteris\w+ par\b|\betat d'urgence\b|\bdesobeissance civile\b|\bauteurs? d'(?:incursions|attaques|exactions)\b|\b(?:font|menent|mene|multiplient) des (?:incursions|attaques|raids)\b|\bces attaques viennent\b|\bet d'autres (?:regions|localites|villes|zones|pays|provinces)\b|\bmodes? (?:d'action|operatoires?)\b|\bcapacites? de nuisance\b|\b(?:sont|est|demeurent|demeure|restent|reste) (?:parmi )?(?:les|la) plus (?:touchee?s|frappee?s|affectee?s|exposee?s|meurtrie?s)\b|\bplusieurs (?:attaques|incursions|attentats)(?: [a-z]+)? (?:y )?ont ete (?:enregistrees|perpetrees|signalees)\b|\b(?:est|sont|etait|etaient) (?:egalement |aussi |deja )?responsables? (?:de|d') ?(?:plusieurs|nombreuses|de nombreuses|multiples|nombre d') ?(?:attaques|operations|embuscades|attentats|enlevements|assauts|massacres|exactions|tueries)\b";

/// The past of the story, without a date.
pub(crate) const BACKGROUND: &str = r"(?i-u)\bpar le passe\b|\bdans le passe\b|\bavait deja\b|\bavaient deja\b|\ba maintes reprises\b|\bce n'est pas la premiere fois\b";

/// A figure over a period.
pub(crate) const STATISTIC: &str = r"(?i-u)\bdans \d{2,} (?:incidents|attaques|attentats|evenements)\b|\bentre (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) et (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?: (?:19|20)\d\d)?\b|\bdepuis (?:19|20)\d\d\b|\bdeplaces internes\b|\bd'un million\b|\b\d{1,3}[. ]?\d{3} (?:refugies|deplaces|personnes deplacees)\b|\bmillions? de (?:deplaces|personnes|refugies)\b|\b(?:en|pour|durant|pendant) (?:l'annee )?(?:19|20)\d\d\s*(?:[,.;:)]|$|(?:au|en|dans|selon|dont)\b)|\bau (?:mali|burkina|niger)\b[\x00-\x2d\x2f-\x3a\x3c-\x7f]{0,40}\bet au (?:mali|burkina|niger)\b|\bdepuis le debut\b|\ben des (?:endroits|lieux|localites) differents\b|\ben (?:differents|divers) (?:endroits|lieux)\b(?: (?:du pays|de la region|des regions|de la province|des provinces|du cercle|du centre|du nord|du sud|de l'est|de l'ouest)|\s*[,.;:)]|$| et\b| a\b| au\b| dans\b| en\b)|\bdepuis la fin (?:officielle )?(?:des hostilites|du conflit|de la crise|de la guerre|de la rebellion)\b|\bdepuis janvier\b|\bdepuis (?:le mois de |debut |fin |mi-)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) (?:19|20)\d\d\b|\bdepuis (?:l'arrivee|sa creation|le deploiement|la creation|leur arrivee|son deploiement|l'installation)\b|\bau cours de l'annee\b|\bchaque annee\b|\bpar an\b|\bdes milliers\b|\bplusieurs milliers\b|\bbilan annuel\b|\bces (?:seul(?:e?s) )?(?:deux |trois |quatre |cinq |six )?dernier(?:e?s) (?:mois|annees|semaines)\b|\bdepuis des (?:annees|mois)\b|\bdepuis (?:le |l')?(?:printemps|ete|automne|hiver|debut de l'annee|plusieurs (?:mois|annees|semaines)|des semaines)\b|\bcouvre-feux\b|\b(?:la |une )?(?:montee|recrudescence|multiplication|hausse|intensification) des (?:attaques|violences|incidents|exactions)\b|\bde (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) (?:19|20)\d\d a (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) (?:19|20)\d\d\b|\b(?:de|entre) (?:19|20)\d\d (?:a|et) (?:19|20)\d\d\b|\b(?:premier|second|deuxieme|dernier) (?:semestre|trimestre)\b|\bont deja (?:ete )?(?:tue|fait|coute)|\bdepuis le mois d(?:e\b|')|\bla periode (?:allant )?du\b|\bdepuis (?:plus de |pres de |pres d'|environ |une )?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|une dizaine d'|quelques|plusieurs) ?(?:ans|annees|decennies)\b|\bsoit (?:plus de |pres de |pres d'|environ |moins de )?(?:la moitie|le tiers|le quart|les deux tiers|les trois quarts) (?:des|du|de)\b|\b(?:porte|portant|portent) a (?:plus de |pres de )?\d+ le (?:nombre|bilan|total)\b|\bautres (?:attaques|attentats|embuscades)(?: \w+)? dont (?:certaines|certains|plusieurs)\b";

/// Whether `folded` holds `gate` and then matches the pattern in `cell`:
/// patterns with a long gap are kept out of the statement sets (their
/// automata grew slower on every sentence) and asked only of the sentences
/// holding their word.
fn gated(folded: &str, gate: &str, cell: &'static OnceLock<Regex>, pattern: &str) -> bool {
    folded.contains(gate)
        && cell
            .get_or_init(|| crate::extract::compile::regex(pattern).expect("regex"))
            .is_match(folded)
}

/// "Au moins 14 personnes sont mortes dans différentes attaques ... depuis
/// le 2 novembre": dead counted over several attacks since a day, a tally.
pub(crate) fn attacks_since(folded: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    gated(
        folded,
        "depuis ",
        &RE,
        r"(?-u)\b(?:differentes|diverses|plusieurs|de nombreuses) (?:attaques|attentats|operations|raids|embuscades|incursions)\b[\x00-\x2d\x2f-\x7f]{0,80}\bdepuis (?:le |la |l'|debut |fin |mi-)",
    )
}

/// "Les actions de ciblage ... ont permis de neutraliser une centaine de
/// terroristes": a figure credited to operations in general.
pub(crate) fn operations_in_general(folded: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    gated(
        folded,
        "ont permis de",
        &RE,
        r"(?-u)\bles (?:actions|operations|frappes|missions|offensives)\b[\x00-\x2d\x2f-\x7f]{0,80}\bont permis de (?:neutraliser|tuer|abattre|eliminer)\b",
    )
}

/// "100.000 personnes déplacées ... dans la région de Diffa par des
/// attaques": people displaced by attacks in general, a tally.
pub(crate) fn displaced_by_attacks(folded: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    gated(
        folded,
        "deplace",
        &RE,
        r"(?-u)\bdeplacee?s\b[\x00-\x2d\x2f-\x7f]{0,120}\bpar (?:des|les) (?:attaques|violences|exactions)\b",
    )
}

/// A tally over several areas: "dans les régions de Mopti et Ségou".
/// Not when it says where the places of the event lie ("entre Taroum et
/// Tizegorou, deux villages situés dans les départements de Ouallam et
/// Banibangou"): [`super::statements::classify`] asks both.
pub(crate) const AREAS_TALLY: &str =
    r"(?i-u)\bdans les (?:regions|provinces|cercles|departements) (?:du|de|des|d')";
/// The words that place an event's localities in areas.
/// So do the words that send the displaced there ("provoquant des
/// déplacements vers différentes localités dans les régions du Nord").
pub(crate) const AREAS_PLACED: &str = r"(?i-u)\b(?:situee?s?|localisee?s?|relevant|rattachee?s?|respectivement) dans les (?:regions|provinces|cercles|departements) (?:du|de|des|d')|\b(?:vers|en direction de)(?: [a-z'-]+){0,3} dans les (?:regions|provinces|cercles|departements) (?:du|de|des|d')";
/// A tally: the sentence counts over many events or a span of time and
/// tells none of them ("de 2015 au 15 septembre 2018", "33 attaques pour
/// 133 morts", "à l'échelle nationale", "sur le territoire", "Depuis,
/// plusieurs attentats ont frappé ...", "porte à 30 le nombre de soldats
/// de la paix morts", "selon les statistiques ... recensés au 31
/// octobre, 146 membres ... tués dans des actes hostiles").
pub(crate) const TALLY: &str = r"(?i-u)\bport(?:e|ent|ant|era|ait) (?:ainsi |desormais |donc )?a (?:plus de |pres de |au moins )?\d+ (?:le nombre|le bilan|le total)\b|\ben (?:moins de |l'espace de )?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze) (?:mois|semaines|ans|heures|jours)\b|\b(?:tue|neutralise|abattu|elimine)s? (?:plus de |au moins |pres de )?\d+ [a-z']+(?: [a-z']+){0,5} depuis (?:le |la |l')|\bde (?:19|20)\d\d (?:au|a|jusqu'(?:au|a|en)) ?(?:(?:19|20)\d\d|\d|debut|fin|mi-|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|nos jours|aujourd'hui|ce jour|present)|\ba l'echelle (?:nationale|du pays)\b|\bsur (?:le|l'ensemble du|tout le) territoire\b|\bsur la periode\b|\bdurant la periode(?: [a-z'-]+|\s*[,.;:])|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d+) incidents\b|\b\d{2,} (?:['\x22]{1,2} ?)?(?:attaques|attentats|incidents|evenements)\b|\bdans (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d+) (?:attaques|attentats|operations|raids|embuscades|incursions)\s*(?:[,.;:)]|$|dit\b|selon\b)|\b(?:dizaines?|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaines?) d'(?:attaques|attentats|incidents)\b|\bvictimes des attaques\b|\b(?:different(?:e)?s|plusieurs|diverse?s|divers) (?:zones|regions|localites|parties|endroits|points|coins|secteurs) du (?:pays|territoire)\b|\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs) (?:operations|attaques|frappes|offensives|raids)(?: [a-z'-]+){0,4} en (?:\d+|deux|trois|quatre|cinq|six) (?:jours|semaines|mois)\b|\bdes incidents (?:lies|dus|impliquant)\b|\brecens\w* (?:plus de |pres de |au moins |quelque )?\d[\d .]* (?:morts|tues|victimes|deces|attaques|incidents|evenements)\b|\bla (?:region|zone|province|annee|periode) la plus meurtriere\b|\b(?:recrudescence|multiplication|vague|flambee|serie) (?:d'|des )attaques\b[\x20-\x2d\x2f-\x7f]{0,80}?\b(?:ont fait|ayant fait|qui ont coute)\b|\bdepuis (?:19|20)\d\d\b[\x20-\x2d\x2f-\x7f]{0,160}?\b(?:ont fait|ayant fait|qui ont coute)\b|^\s*sans compter (?:cette|ces|celle|ce|l')|\b\d[\d .]* (?:personnes|civils|morts|soldats|militaires|victimes) (?:[a-z']+ ){0,3}?(?:cette annee|depuis le debut de l'annee|depuis janvier|l'an dernier|l'annee derniere)\b|\bdepuis (?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+) ans|(?:19|20)\d\d)\b[\x20-\x2d\x2f-\x7f]{0,80}?\b(?:confronte|en proie|la cible|le theatre)e?s? (?:aux|a des|a une serie d'|de|d') ?(?:attaques|violences|attentats)\b|\b(?:semaine|mois) (?:ecoule|passe|dernier)e?\b[\x00-\x2d\x2f-\x7f]{0,80}\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d+) (?:attaques|attentats|incidents)\b|\bau cours du mois\b[\x00-\x2d\x2f-\x7f]{0,60}\benregistre|^\s*depuis(?:,| lors\b| cette date\b)[\x00-\x2d\x2f-\x7f]{0,40}\b(?:plusieurs|de nombreu(?:x|ses)|d'autres) (?:attaques|attentats|incidents|embuscades|explosions)\b|\b(?:neutralise|tue|elimine|abattu)s? (?:au cours du|durant le|pendant le|au) mois d(?:e |')(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b|\b(?:neutralise|elimine)s? en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s*(?:\(|$|[.,:;]|selon\b|d'apres\b)|\b(?:perdu la vie|ete tuee?s|trouve la mort|peri)\b[\x20-\x2d\x2f-\x7f]{0,30}?\b(?:(?:au cours de|durant|pendant) (?:la semaine (?:derniere|ecoulee|passee)|les (?:\w+ )?derniers jours)|ces (?:\w+ )?derniers jours)\b|\b(?:au cours|durant|pendant|tout au long) du mois d(?:e |')(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?: (?:19|20)\d\d)? (?:dernier|passe|ecoule)\b[\x00-\x2d\x2f-\x7f]{0,60}?\b\d+ [\x00-\x2d\x2f-\x7f]{0,60}?\b(?:tues|morts|peri|perdu la vie|neutralises)\b|\b(?:pendant|durant|sur|au cours de) (?:la|cette) meme periode\s*,\s*\d+ [\x00-\x2d\x2f-\x7f]{0,50}?\b(?:tues|morts|peri|perdu la vie)\b|\bselon (?:les |des )?statistiques\b|\bdans des actes hostiles\b|\b(?:recense|arrete|comptabilise)e?s? (?:au|a la date du) \d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b";

/// A count of several events ("deux attaques", "une attaque à Kidal et
/// une autre dans la région de Tombouctou").
pub(crate) const COUNTS_SEVERAL: &str = r"(?i-u)\b(?:plusieurs|differentes|diverses|deux|trois|quatre|cinq|les\s+(?:deux|trois|quatre|cinq)|ces\s+(?:deux|trois|quatre|cinq))\s+(?:operations|attaques|assauts|offensives|missions|raids|embuscades|explosions|attentats)\b|\bvastes\s+operations\b|\b(?:lors|au\s+cours)\s+d'operations\b|\bune\s+serie\s+d'operations\b|\b(?:une|la|cette)\s+(?:serie|salve|vague)\s+d'(?:attaques|assauts|attentats|embuscades|incursions)\b|\bune\s+(?:attaque|embuscade|attentat)\b[\x20-\x2d\x2f-\x7e]{1,60}?\bet\s+une\s+autre\b";

/// Events told together, or a total ("au total").
pub(crate) const JOINT: &str = r"(?i-u)\b(?:attaques|assauts|operations|offensives)\s+(?:simultanees|coordonnees|distinctes|paralleles|concertees)\b|\b(?:double|triple)s?\s+(?:attaques?|attentats?|embuscades?)\b|\bau\s+total\b|\ben\s+(?:une|deux|trois|quelques|l'espace\s+d'une|l'espace\s+de\s+(?:deux|trois|quelques))\s+(?:semaines?|jours)\b|\bdans\s+des\s+attaques\b|\bl'ensemble\s+des\s+(?:operations|attaques|sites|localites)\b";

/// Whether the words before "mine" make it the mining company or its
/// site: "5 véhicules de la mine incendiés", "les employés de la mine".
fn of_the_mine(before: &str) -> bool {
    let Some(owner) = before.strip_suffix(" de la ") else {
        return false;
    };
    // "à l'entrée de la mine": the noun past its elided article.
    let noun = owner.rsplit(' ').next().unwrap_or("");
    let noun = noun.strip_prefix("l'").unwrap_or(noun);
    matches!(
        noun,
        "vehicule"
            | "vehicules"
            | "camion"
            | "camions"
            | "employes"
            | "employe"
            | "travailleurs"
            | "agents"
            | "personnel"
            | "ouvriers"
            | "gardiens"
            | "vigiles"
            | "installations"
            | "site"
            | "securite"
            | "direction"
            | "convoi"
            | "bus"
            | "entree"
            | "abords"
    )
}

/// Whether the words after "mine" make it a pit or a quarry.
fn is_a_pit(after: &str) -> bool {
    const PITS: [&str; 9] = [
        " d'or",
        " d'uranium",
        " aurifere",
        " de charbon",
        " de sel",
        " de phosphate",
        " industrielle",
        " d'exploitation",
        " de manganese",
    ];
    PITS.iter().any(|p| after.starts_with(p))
}

/// Event cues of a sentence, in text order.
pub fn find_cues(sentence: &str) -> Vec<Cue> {
    find_cues_in(&crate::fold::FoldedText::new(sentence))
}

/// [`find_cues`] in a sentence already folded.
pub fn find_cues_in(text: &crate::fold::FoldedText) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    // Patterns run on an ASCII copy (much faster); spans are mapped back
    // to the original by character position.
    let (sentence, folded, bytes) = (text.original, &text.folded, &text.bytes);
    let mut taken = crate::fold::Claimed::new(folded.len());
    let open = cue_gates().open(folded);
    // "L'armée a démenti, mercredi, un communiqué ... signalant une
    // attaque": the events after a denial are the ones denied, up to
    // words that turn to what is confirmed ("tout en confirmant avoir
    // neutralisé les auteurs d'une attaque ..."). Found once per
    // sentence, not searched for before each cue.
    // ("démentent les rumeurs faisant état de ...", "dément l'attaque":
    // the events denied; not "dément la mort de 30 soldats lors de
    // l'attaque", which denies the dead, not the attack.)
    let denied = [" a dementi", " ont dementi", " dementent ", " dement "]
        .iter()
        .filter_map(|w| {
            let at = folded.find(w)?;
            (!denies_only_the_dead(&folded[at + w.len()..])).then_some(at)
        })
        .min()
        .map(|from| {
            let rest = &folded[from..];
            let to = [" confirm", " mais ", " en revanche", " cependant", ";"]
                .iter()
                .filter_map(|w| rest.find(w))
                .min()
                .map_or(folded.len(), |k| from + k);
            (from, to)
        });
    // "les otages ont été libérés", "les femmes enlevées ont été
    // retrouvées saines et sauves": a release tells the end of a
    // kidnapping, not a new one. Found once per sentence.
    let released = released().is_match(folded);
    for (rank, (t, re)) in compiled().iter().enumerate() {
        if !open[rank] {
            continue;
        }
        for m in re.find_iter(folded) {
            if taken.overlaps(m.start(), m.end()) {
                continue;
            }
            // "des drones kamikazes": loitering munitions, a drone strike
            // (the drone cue reads them), not a suicide attacker.
            if m.as_str().starts_with("kamikaze")
                && (folded[..m.start()].ends_with("drones ")
                    || folded[..m.start()].ends_with("drone "))
            {
                continue;
            }
            // "l'ex-otage a été admis à l'hôpital", "les anciens otages":
            // a person once held, not a kidnapping.
            if m.as_str().starts_with("otage")
                && [
                    "ex ",
                    "ex-",
                    "ancien ",
                    "anciens ",
                    "ancienne ",
                    "anciennes ",
                ]
                .iter()
                .any(|w| folded[..m.start()].ends_with(w))
            {
                continue;
            }
            // "le pays est miné par les violences": undermined, not mined.
            if m.as_str() == "mine"
                && folded[m.end()..].starts_with(" par ")
                && !["une ", "la ", "des ", "les "]
                    .iter()
                    .any(|w| folded[..m.start()].ends_with(w))
            {
                continue;
            }
            // "Le sommet vise à renforcer la coopération": an aim.
            if m.as_str().starts_with("vis") && folded[m.end()..].starts_with(" a ") {
                continue;
            }
            // "la mine d'or de Boungou", "la mine d'uranium d'Arlit": a
            // place of work, not a buried charge.
            if m.as_str().starts_with("mine")
                && (is_a_pit(&folded[m.end()..]) || of_the_mine(&folded[..m.start()]))
            {
                continue;
            }
            // "la mine de Tambao": a mine named after its place is a pit.
            if m.as_str().starts_with("mine") {
                let end = (m.end() + 6).min(folded.len());
                let after = text.original_of(m.end(), end);
                let named = after
                    .strip_prefix(" de ")
                    .or_else(|| after.strip_prefix(" d'"))
                    .or_else(|| after.strip_prefix(" d’"))
                    .is_some_and(|r| r.starts_with(char::is_uppercase));
                if named {
                    continue;
                }
            }
            // "deux terroristes neutralisés, des engins explosifs
            // improvisés et divers matériels récupérés": charges seized or
            // defused are no explosion.
            if *t == EventType::Ied
                && (seized(folded, m.start(), m.end()) || made_safe_before(folded, m.start()))
            {
                continue;
            }
            // "ont attaqué la base de Djibo, ville sous blocus depuis
            // plusieurs mois": the state of the town the attack struck,
            // told in apposition, not the event.
            if *t == EventType::Siege && the_towns_state(folded, m.start(), m.end()) {
                continue;
            }
            // "ont mis hors d'état de nuire, du 3 au 4 février, trois engins
            // explosifs improvisés": charges made safe, no one killed.
            if (m.as_str().contains("hors d'etat") || m.as_str().starts_with("neutralis"))
                && charges_made_safe(&folded[m.end()..])
            {
                continue;
            }
            // "un lance-roquettes anti-char" among the arms recovered: a
            // weapon named, not rockets fired.
            if *t == EventType::RocketOrMortar && folded[..m.start()].ends_with("lance-") {
                continue;
            }
            // "ont lancé leur offensive avec des tirs simultanés et des
            // engins explosifs": the assault's weapons, not a charge set
            // off on a road.
            if *t == EventType::Ied && as_a_weapon(folded, m.start()) {
                continue;
            }
            // "Il n'y a pas eu de combats", "sans combat", "aucune attaque":
            // the event denied is none.
            if negated(&folded[m.start().saturating_sub(14)..m.start()]) {
                continue;
            }
            taken.claim(m.start(), m.end());
            // A cue right after a demonstrative or definite article points back.
            let before = &folded[m.start().saturating_sub(30)..m.start()];
            // "a subi l'assaut d'un groupe armé", "l'attaque d'hommes
            // armés": the article names the event by its doers, not back.
            let by_its_doers = before.ends_with("l'") && by_someone().is_match(&folded[m.end()..]);
            // "L'embuscade du mardi 14 mai a fait trente morts à Siwili":
            // the article names an event by its own day, which may be
            // another than the one being told.
            let by_its_day = before.ends_with("l'")
                && on_its_day().is_match(crate::fold::head(&folded[m.end()..], 40));
            // "le village a vu l'enlèvement de 12 hommes par des
            // dozos": the article opens an event counted by its victims.
            let by_its_victims = before.ends_with("l'")
                && by_its_count().is_match(crate::fold::head(
                    &folded[m.start() + m.as_str().find(' ').unwrap_or(m.len())..],
                    40,
                ));
            // "Cette embuscade a été suivie d'une autre à Pongonon": the
            // event named back stands for the next one, told by "autre".
            let another_follows = before.ends_with("cette ")
                && followed_by_another().is_match(crate::fold::head(&folded[m.end()..], 50));
            let anaphoric = (anaphora().is_match(before)
                && !another_follows
                && !by_its_doers
                && !by_its_day
                && !by_its_victims)
                || m.as_str().starts_with("ces ")
                // "Les faits se sont produits dimanche": the account told.
                || m.as_str().starts_with("faits ")
                || m.as_str().starts_with("incident ")
                // "Cela s'est passé dans le village de Douna", "le drame
                // s'est produit à Kaya": the account told again.
                || ["cela ", "ceci ", "ca ", "drame ", "tragedie ", "scene ", "evenement"]
                    .iter()
                    .any(|w| m.as_str().starts_with(w))
                || m.as_str().starts_with("cette ");
            let wide = &folded[m.start().saturating_sub(60)..m.start()];
            // "une attaque terroriste imminente": announced, not happened.
            let after = &folded[m.end()..(m.end() + 40).min(folded.len())];
            // (Of hostages already held: "les cinq humanitaires enlevés",
            // "otages"; not "vingt personnes enlevées, dix relâchées".)
            // A kidnapping given its own day ("enlevés le 2 juillet entre
            // Koulogon et Diallassagou ont été libérés") is still told.
            let set_free = released
                && *t == EventType::Kidnapping
                && (m.as_str().starts_with("otage") || held_ones(&folded[..m.start()]))
                && !taken_on_a_day(crate::fold::head(&folded[m.end()..], 40));
            let hypothetical = set_free
                || hypothetical().is_match(wide)
                || not_yet().is_match(after)
                || denied.is_some_and(|(from, to)| from < m.start() && m.start() < to);
            let (s, e) = (bytes.byte(m.start()), bytes.byte(m.end()));
            // "enlèvements du bétail", "ont enlevé 300 têtes de bétail":
            // cattle taken are a raid, not people abducted.
            let event_type = if *t == EventType::Kidnapping && livestock(after) {
                EventType::Attack
            } else {
                *t
            };
            out.push(Cue {
                event_type,
                span: (s, e),
                anaphoric,
                hypothetical,
                rank,
                text: sentence[s..e].to_string(),
            });
        }
    }
    out.sort_by_key(|c| c.span.0);
    // "C'est la deuxième attaque qui vise la commune": the verb of a
    // relative clause on a noun that points back tells the same event.
    for i in 1..out.len() {
        let (prev, next) = (out[i - 1].span.1, out[i].span.0);
        if out[i - 1].anaphoric && prev <= next && relative_clause_opens(&sentence[prev..next]) {
            out[i].anaphoric = true;
        }
    }
    out
}

/// Whether the folded words before a cue deny it ("pas eu de", "sans",
/// "aucun").
fn negated(before: &str) -> bool {
    [
        "pas eu de ",
        "pas eu d'",
        "pas de ",
        "pas d'",
        " sans ",
        "aucun ",
        "aucune ",
        " ni ",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// Whether the words between two cues open a relative clause on the first
/// ("attaque qui a visé", "embuscade terroriste qui a coûté").
fn relative_clause_opens(between: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)^[\s,]*(?:[\w'’-]+\s+){0,2}?qui\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?:(?:été|ete)\s+)?$")
            .expect("regex")
    })
    .is_match(between)
}

/// Whether a siege named at `start..end` of a folded sentence is a town's
/// state told in apposition (", ville sous blocus depuis plusieurs mois")
/// after another event of the sentence.
fn the_towns_state(folded: &str, start: usize, end: usize) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r",\s*(?:une\s+|la\s+)?(?:ville|localite|commune|cite|village|bourgade)\s+(?:[a-z]+\s+)?(?:sous|soumise?\s+a\s+un|victime\s+d'un)\s+$")
            .expect("regex")
    });
    let mut from = start.saturating_sub(40);
    while !folded.is_char_boundary(from) {
        from += 1;
    }
    re.is_match(&folded[from..start]) && folded[end..].trim_start().starts_with("depuis")
}

/// Whether the words after "neutralisé", "mis hors d'état de nuire" open
/// on explosives ("trois engins explosifs improvisés", "une mine"):
/// charges made safe, not people killed.
fn charges_made_safe(after: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    // The explosives head the object, after at most two words ("trois",
    // "mardi une"), past a day set between commas: not "2 spécialistes
    // de pose d'engins explosifs", who are people.
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"^(?:\s*,[^,]{0,40},)?[\s\x22'«»“”]*(?:[a-z0-9]+[\s\x22'«»“”]+){0,2}?(?:engins?\s+explosifs?|mines?|eei|ied|bombes?|obus|explosifs)\b")
            .expect("regex")
    });
    re.is_match(after)
}

/// Whether an explosive named at `start` of a folded sentence is the
/// object of "neutralisé", "mis hors d'état de nuire" just before it
/// ("ont mis hors d'état de nuire, du 3 au 4 février, deux engins").
fn made_safe_before(folded: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(90);
    while !folded.is_char_boundary(from) {
        from += 1;
    }
    let before = &folded[from..start];
    ["hors d'etat de nuire", "neutralise"]
        .iter()
        .filter_map(|w| before.rfind(w).map(|k| from + k + w.len()))
        .max()
        .is_some_and(|end| charges_made_safe(&folded[end..]))
}

/// Whether an explosive named at `start..end` of a folded sentence was
/// found, seized or defused rather than set off ("des engins explosifs
/// récupérés", "ont désamorcé une mine"), within its clause.
fn seized(folded: &str, start: usize, end: usize) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"\b(?:recuper|saisi|decouv|desamorc|detrui|demin)\w*")
            .expect("regex")
    });
    let clause = |s: &str| {
        s.split([',', ';', '.', ':'])
            .next()
            .unwrap_or("")
            .to_string()
    };
    let mut from = start.saturating_sub(40);
    while !folded.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + 60).min(folded.len());
    while !folded.is_char_boundary(to) {
        to -= 1;
    }
    let before: String = folded[from..start]
        .rsplit([',', ';', '.', ':'])
        .next()
        .unwrap_or("")
        .to_string();
    // A list of things seized runs past commas ("des EEI, des armes et
    // des motos récupérés"): up to the next verb of the list's end.
    let after = &folded[end..to];
    // "des engins explosifs neutralisés": defused, right after the noun.
    let defused = after
        .split_whitespace()
        .take(3)
        .any(|w| w.starts_with("neutralis"));
    // ("un car détruit par une mine" was blown up.)
    let blown_up = before
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| w == "par" || w == "sur");
    defused || (re.is_match(&before) && !blown_up) || re.is_match(&clause(after)) || {
        let list_end = after.find(['.', ';', ':']).map_or(after, |k| &after[..k]);
        list_end.contains(" et ")
            && re.is_match(list_end)
            && !list_end.contains(" a ")
            && !list_end.contains(" ont ")
    }
}

/// Whether the explosive named at `start` of a folded sentence is the
/// weapon of an assault told in the same clause ("ont attaqué le poste
/// avec des armes lourdes et des engins explosifs").
fn as_a_weapon(folded: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(80);
    while !folded.is_char_boundary(from) {
        from += 1;
    }
    let clause = folded[from..start]
        .rsplit(['.', ';', ':'])
        .next()
        .unwrap_or("");
    let Some(with) = clause.rfind(" avec ") else {
        return false;
    };
    let assault = [
        "attaqu",
        "offensive",
        "assaut",
        "pris d'assaut",
        "incursion",
    ];
    assault.iter().any(|w| clause[..with].contains(w))
}

/// The most specific event type among cues (the order of `CUES`);
/// hypothetical cues, an operation said to have taken place, and cues
/// that only say people were killed (the last three patterns), do not
/// count.
pub fn best_type(cues: &[Cue]) -> Option<EventType> {
    // Words that only say people were killed name no type: they start an
    // attack, but never turn an account of another type into one.
    cues.iter()
        .filter(|c| !c.hypothetical && c.rank + 3 < CUES.len())
        .min_by_key(|c| c.rank)
        .map(|c| c.event_type)
}

/// Rank of a type: lower is more specific. Used when two reports of one
/// incident disagree: "attaqué" then "frappes de drone" is a drone strike;
/// an attack is never turned into a clash.
pub fn specificity_rank(t: EventType) -> usize {
    CUES.iter().position(|(x, _)| *x == t).unwrap_or(CUES.len())
}

/// Whether a sentence is a general statement (see `generic`).
pub fn is_generic(sentence: &str) -> bool {
    let folded = crate::fold::ascii_lower_1to1(sentence);
    (generic().is_match(&folded) && generic_past_records(&folded)) || lists_examples(sentence)
}

/// Whether a folded sentence the [`GENERIC`] words matched is still general
/// once its records are set aside: "cette attaque, l'une des plus
/// meurtrières de ces dernières années" ranks one event among others, it
/// does not speak of them all.
pub(crate) fn generic_past_records(folded: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let record = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?-u)\bplus (?:meurtri\w*|sanglant\w*|lourd\w*|grave\w*|violent\w*)\b[\x20-\x2d\x2f-\x3a\x3c-\x7f]{0,80}?\bces (?:seul(?:e?s) )?derni(?:ers|eres) (?:mois|annees|semaines)\b")
            .expect("regex")
    });
    if !record.is_match(folded) {
        return true;
    }
    generic().is_match(&record.replace_all(folded, " "))
}

/// "sept attaques simultanées, à Kayes, Nioro et Niono, notamment": events
/// struck together on one day, some of whose places are named, are events,
/// not a general statement with examples.
fn simultaneous(folded: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"\b(?:attaques|assauts|attentats|offensives|raids) (?:quasi[- ])?(?:simultanees|coordonnees|concertees|synchronisees)\b")
            .expect("regex")
    })
    .is_match(folded)
}

/// "notamment Douentza et Boni", "notamment à Ségou", "et Kidal
/// notamment.": places given as examples of something general. "Deux
/// civils, notamment des femmes" only says who the victims were.
pub(super) fn lists_examples(sentence: &str) -> bool {
    let mut rest = sentence;
    while let Some(i) = rest.find("otamment") {
        let before = &rest[..i];
        let after = rest[i + "otamment".len()..].trim_start();
        rest = &rest[i + "otamment".len()..];
        if !(before.ends_with('n') || before.ends_with('N')) {
            continue;
        }
        let word = after
            .split(|c: char| c.is_whitespace() || c == ',')
            .next()
            .unwrap_or("");
        // "blessés évacués notamment par hélico": a means, no example.
        let by_means = word == "par"
            && after["par".len()..]
                .split_whitespace()
                .find(|w| !matches!(*w, "un" | "une" | "des" | "la" | "le" | "l'" | "voie"))
                .is_some_and(|w| {
                    let w = crate::fold::ascii_lower_1to1(w);
                    [
                        "helico",
                        "avion",
                        "aerien",
                        "route",
                        "pirogue",
                        "moto",
                        "vehicule",
                        "ambulance",
                        "camion",
                        "terre",
                        "air",
                    ]
                    .iter()
                    .any(|m| w.starts_with(m))
                });
        let place_word = !by_means
            && matches!(
                word,
                "à" | "au" | "aux" | "dans" | "en" | "sur" | "lors" | "par" | "contre" | "pour"
            );
        let ends = after.is_empty() || after.starts_with(['.', ';', ':', ')']);
        let named = word.chars().next().is_some_and(char::is_uppercase);
        if place_word || ends || named {
            return !simultaneous(&crate::fold::ascii_lower_1to1(sentence));
        }
    }
    false
}

/// Whether a sentence gives a figure over a period rather than an event's
/// toll ("74 Casques bleus tués depuis l'arrivée de la mission", "des
/// milliers de morts chaque année").
pub fn is_statistic(sentence: &str) -> bool {
    statistic_in(&crate::fold::ascii_lower_1to1(sentence))
}

/// [`is_statistic`] of a sentence already folded.
pub(super) fn statistic_in(folded: &str) -> bool {
    operations_in_general(folded) || period_figure_in(folded)
}

/// Whether [`STATISTIC`] names a period in `folded` that is not a record's
/// ("la plus meurtrière depuis 2012").
pub(super) fn period_figure_in(folded: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(STATISTIC).expect("regex"))
        .find_iter(folded)
        .any(|m| {
            let measured_from =
                m.as_str().starts_with("depuis") || m.as_str().starts_with("ces dernier");
            let before = &folded[..m.start()];
            let record = measured_from && is_record(before);
            let captive = measured_from && held_since(before);
            // "qui a pris le pouvoir lors d'un coup d'État en 2023": the
            // year of a coup, no period counted over.
            let near = crate::fold::tail(before, 30);
            let coup = ["coup d'etat", "putsch", "pris le pouvoir"]
                .iter()
                .any(|w| near.contains(w));
            // "un camp de déplacés internes à N'Gala": the site attacked,
            // no count of the displaced.
            let camp = m.as_str().starts_with("deplaces internes")
                && [
                    "camp de ",
                    "camps de ",
                    "site de ",
                    "sites de ",
                    "camp des ",
                    "site des ",
                ]
                .iter()
                .any(|w| before.ends_with(w));
            !(record || captive || coup || camp || one_event_in_a_year(before, m.as_str()))
        })
}

/// "un enseignant détenu depuis octobre", "otages depuis 2022": how long
/// a captive has been held, not the period of a tally.
fn held_since(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"\b(?:detenue?s?|retenue?s?|sequestree?s?|enlevee?s?|kidnappee?s?|captivite|otages?|captifs?|captives?)\s*$")
            .expect("regex")
    })
    .is_match(crate::fold::tail(before, 40))
}

/// "quatre soldats avaient été tués dans une embuscade en 2017": a year
/// that dates one event named just before it, not a year's tally.
fn one_event_in_a_year(before: &str, period: &str) -> bool {
    if !period.starts_with("en ") {
        return false;
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"\b(?:(?:dans|lors d'|par) (?:une|un) (?:embuscade|attaque|attentat|assaut|explosion|frappe|raid|incursion)|(?:dans|lors de|par) (?:l'(?:embuscade|attaque|attentat|assaut|explosion|incursion)|la (?:frappe|tuerie)|le (?:massacre|raid)))(?: [a-z'-]+){0,4}\s*$")
            .expect("regex")
    })
    .is_match(crate::fold::tail(before, 80))
}

/// "du 1er au 28 janvier", "entre le 5 et le 11 janvier": a count over
/// most of a week or more is a tally, not one event's toll ("la nuit du
/// 22 au 23 août" is one event).
pub(super) fn spans_days(folded: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?P<w>nuit |journee )?(?:du|entre le) (?P<a>\d{1,2})(?:er)?(?: (?P<m>janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?: (?P<y>(?:19|20)\d\d))?)? (?:au|et le) (?P<b>\d{1,2})(?:er)? (?P<n>janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b(?: (?P<z>(?:19|20)\d\d))?").expect("regex")
    });
    // "du 15 janvier 2016 au 31 août 2017": the years count too.
    let years = |c: &regex::Captures<'_>| -> u32 {
        let y = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
        match (y("y"), y("z")) {
            (Some(a), Some(b)) if b > a => (b - a) * 372,
            _ => 0,
        }
    };
    // Day of a 366-day year: close enough to measure a span.
    let of_year = |day: &str, month: &str| {
        let m = super::dates::month_number(month).unwrap_or(1);
        (m - 1) * 31 + day.parse::<u32>().unwrap_or(0)
    };
    re.captures_iter(folded).any(|c| {
        let end = of_year(&c["b"], &c["n"]) + years(&c);
        let start = of_year(&c["a"], c.name("m").map_or(&c["n"], |m| m.as_str()));
        c.name("w").is_none() && end >= start + 4
    })
}

/// Whether a sentence's count runs over a few days, not one night: "Du
/// samedi 2 au lundi 4 juillet, des hommes armés ont tué plus de 65
/// personnes", "entre le 2 et le 3 juillet" with attacks in the plural.
/// Told with no place, such a count is the total of the attacks the
/// article then tells one by one (a week or more is [`spans_days`]).
///
/// ```
/// # use sahel::extract::events::spans_a_few_days;
/// assert!(spans_a_few_days("du samedi 2 au lundi 4 juillet 2022 des hommes armes ont tue plus de 65 personnes"));
/// assert!(spans_a_few_days("attaques : 65 personnes tuees entre le 2 et 3 juillet 2022"));
/// assert!(!spans_a_few_days("dans la nuit du samedi 2 au dimanche 3 juillet, 12 soldats ont ete tues"));
/// assert!(!spans_a_few_days("l'attaque du 2 au 3 juillet a fait 12 morts"));
/// ```
pub fn spans_a_few_days(folded: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i-u)\b(?P<w>nuit |soiree |journee |journees )?(?:du|entre le) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?P<a>\d{1,2})(?:er)?(?: (?P<m>janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))? (?:au|et le|et) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?P<b>\d{1,2})(?:er)? (?P<n>janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b").expect("regex")
    });
    let of_year = |day: &str, month: &str| {
        let m = super::dates::month_number(month).unwrap_or(1);
        (m - 1) * 31 + day.parse::<u32>().unwrap_or(0)
    };
    let several_attacks = || {
        [
            "attaques",
            "embuscades",
            "attentats",
            "incursions",
            "assauts",
        ]
        .iter()
        .any(|w| folded.contains(w))
    };
    re.captures_iter(folded).any(|c| {
        let end = of_year(&c["b"], &c["n"]);
        let start = of_year(&c["a"], c.name("m").map_or(&c["n"], |m| m.as_str()));
        c.name("w").is_none()
            && end > start
            && end < start + 4
            && (end >= start + 2 || several_attacks())
    })
}

/// Whether the words before "depuis 2012" make it a record ("la plus
/// meurtrière depuis 2012", "la première depuis"): the figure is the
/// event's own, compared with the past.
fn is_record(before: &str) -> bool {
    let near = crate::fold::tail(before, 60);
    [
        "la plus ",
        "le plus ",
        "les plus ",
        "premier",
        "jamais",
        "pire",
        "record",
        "inedit",
    ]
    .iter()
    .any(|w| near.contains(w))
}

/// Whether a sentence's figures are a total over several events: "au
/// cours de plusieurs opérations", "dans deux attaques distinctes", "au
/// total" (the caller decides whether several incidents were told).
pub fn is_summary(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    counts_several(sentence)
        || RE
            .get_or_init(|| crate::extract::compile::regex(JOINT).expect("regex"))
            .is_match(&crate::fold::ascii_lower_1to1(sentence))
}

/// Whether a sentence counts several events ("dans deux attaques
/// distinctes", "au cours de plusieurs opérations"): its figures are over
/// all of them, even where it names one place.
pub fn counts_several(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::extract::compile::regex(COUNTS_SEVERAL).expect("regex"))
        .is_match(&crate::fold::ascii_lower_1to1(sentence))
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
        // A bombing with no word for what dropped it: from the air, as
        // the armies of the three countries bomb; shells say otherwise.
        assert_eq!(
            t("l'armée a bombardé mardi un campement près de Tinzaouaten"),
            EventType::Airstrike
        );
        assert_eq!(
            t("le camp a été bombardé à l'obus toute la nuit"),
            EventType::RocketOrMortar
        );
        // An ordinal between the article and the strike.
        assert_eq!(
            t("une première frappe a visé un pick-up, une seconde les fuyards"),
            EventType::Airstrike
        );
        // Charges found or defused did not go off.
        assert!(find_cues("les soldats ont découvert une mine sur la piste")
            .iter()
            .all(|c| c.hypothetical));
        assert!(
            find_cues("saisie de matériel de fabrication d'engins explosifs")
                .iter()
                .all(|c| c.hypothetical)
        );
        assert_eq!(
            t("leur véhicule a sauté sur une mine près de Boni"),
            EventType::Ied
        );
        // "s'en prendre à": to set upon.
        assert_eq!(
            t("des miliciens s'en sont pris samedi à un hameau peul"),
            EventType::Attack
        );
        assert_eq!(
            t("Des bandits s'en prennent aux passagers d'un car"),
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
        // A mine that is dug for gold is a place, not a charge.
        assert_eq!(
            t("des hommes armés ont attaqué la mine d'or de Boungou"),
            EventType::Attack
        );
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
        // Attacked from the air is a strike, whatever the verb.
        assert_eq!(
            t("une base terroriste a été attaquée par des hélicoptères"),
            EventType::Airstrike
        );
        assert_eq!(t("un missile a détruit le bâtiment"), EventType::Airstrike);
        assert_eq!(
            t("l'armée a débuté une campagne aérienne dans le secteur"),
            EventType::Airstrike
        );
        // A town taken back from armed men was fought for.
        assert_eq!(
            t("L'armée a repris la ville de Boni des mains des individus armés"),
            EventType::Clash
        );
        assert_eq!(t("Le gouvernement a pris un décret."), EventType::Other);
    }

    #[test]
    fn a_cue_matches_only_where_its_gate_words_are() {
        assert_eq!(CUE_GATES.len(), CUES.len());
        for s in [
            "un véhicule piégé kamikaze, un attentat-suicide, deux kamikazes se sont fait exploser",
            "des frappes de drone, des tirs de roquettes et d'obus, des tirs indirects au mortier",
            "une embuscade contre un convoi ; l'attaque d'un convoi escorté ; une colonne prise pour cible",
            "un engin explosif improvisé, une mine, une bombe a explosé, le véhicule a sauté sur une mine",
            "des frappes aériennes, un raid aérien, les vecteurs aériens ont traité, des avions ont frappé",
            "une base attaquée par des avions, grâce à un appui aérien, un missile s'abat, une campagne aérienne",
            "l'armée a repris la localité de Boni des mains des assaillants",
            "le blocus, le siège, la ville assiégée et encerclée ; l'enlèvement, des otages, un rapt",
            "le massacre, une tuerie, un carnage, des exécutions sommaires",
            "ont attaqué, un assaut, pris d'assaut, ciblé, visé, ont fait irruption, avant de faire irruption, ont ouvert le feu, mis à sac",
            "des affrontements, un accrochage, des combats, des échanges de tirs, ont opposé, pris à partie",
            "ont tué, tuant, abattus, égorgés, assassinat, a coûté la vie, trouvé la mort, ont péri, neutralisés",
        ] {
            let folded = crate::fold::ascii_lower_1to1(s);
            for i in cue_set().matches(&folded).iter() {
                assert!(
                    CUE_GATES[i]
                        .iter()
                        .any(|w| super::super::casualties::gate_hit(&folded, w)),
                    "cue pattern {i} matches {s:?} without its gate words"
                );
            }
        }
    }

    #[test]
    fn an_event_named_by_its_doers_is_not_pointed_back_at() {
        let c = find_cues("Dimanche, le camp a subi l'assaut d'un groupe armé.");
        assert!(!c[0].anaphoric, "{c:?}");
        let c = find_cues("un camp a subi l'assaut meurtrier d'un groupe armé arrivé à moto.");
        assert!(!c[0].anaphoric, "{c:?}");
        let c = find_cues("L'attaque de présumés jihadistes a fait trois morts.");
        assert!(!c[0].anaphoric, "{c:?}");
        let c = find_cues("L'attaque a fait trois morts.");
        assert!(c[0].anaphoric, "{c:?}");
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
        // A leader's record, not an event.
        assert!(is_generic(
            "Le chef abattu avait dirigé plusieurs attaques contre des postes à Bané et à Sablogo."
        ));
        // A list of villages a witness says are attacked all the time.
        assert!(is_generic(
            "Diabaly, Nampala, Dogofry… « On ne compte plus les attaques, confie un élu."
        ));
        assert!(is_background("Le camp de Dioura avait déjà été visé par le passé, notamment par les rebelles du FLA."));
        assert!(!is_background("Le camp de Dioura a été visé."));
    }

    #[test]
    fn specificity_orders_types() {
        assert!(specificity_rank(EventType::DroneStrike) < specificity_rank(EventType::Airstrike));
        assert!(specificity_rank(EventType::Ambush) < specificity_rank(EventType::Attack));
    }
}
