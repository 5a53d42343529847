//! Which of the three countries a text is about, and what its generic
//! mentions ("l'armée", "la garde nationale") mean there.
//!
//! A dispatch from Djibo says "au Burkina Faso" or "l'armée burkinabè"; one
//! from Tillabéri says "au Niger" or "les soldats nigériens". Counting those
//! mentions gives the country the places of the text most likely lie in.
//! It is a preference, not a rule: a Malian article may name "la frontière
//! nigérienne" once, and its places stay Malian because "Mali" and
//! "malien" come more often, or because a region the text names decides.
//!
//! ```
//! use sahel::country::Country;
//! use sahel::extract::country::text_country;
//! let t = "Des hommes armés ont attaqué un détachement de l'armée burkinabè près de Djibo, dans le nord du Burkina Faso.";
//! assert_eq!(text_country(t), Some(Country::BurkinaFaso));
//! // The river Niger is not the country.
//! assert_eq!(text_country("Une pirogue a chaviré sur le fleuve Niger, près de Mopti, au Mali."), Some(Country::Mali));
//! assert_eq!(text_country("Le village a été attaqué."), None);
//! ```

use crate::country::Country;
use crate::model::Actor;

/// Counts the mentions of each country (names, adjectives, capitals) in a
/// text and returns the one named most, if one is named more than the
/// others.
pub fn text_country(text: &str) -> Option<Country> {
    let folded = crate::fold::ascii_lower_1to1(text);
    let mut counts = [0usize; 3];
    // Only the last four words are kept: a vector of every word took eight
    // times the text's size on a text of short words.
    let mut recent: [&str; 4] = [""; 4];
    let words = folded
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    for w in words {
        // "près de la frontière burkinabè", "la frontière avec le Niger":
        // a text set near a border names the country it is not in.
        let border = recent
            .iter()
            .any(|p| p.starts_with("frontier") || *p == "transfrontalier");
        let before = |k: usize| recent[4 - k];
        // "près du Burkina Faso", "voisin du Mali": a country named as the
        // neighbour is not the one the text is in (a town "près de Niamey"
        // still is).
        let neighbour = matches!(before(1), "du" | "de" | "le" | "au")
            && matches!(
                before(2),
                "pres"
                    | "proche"
                    | "voisin"
                    | "voisins"
                    | "voisine"
                    | "voisines"
                    | "limitrophe"
                    | "limitrophes"
                    | "vers"
            );
        let c = match w {
            "mali" | "burkina" if neighbour => None,
            "mali" | "malien" | "malienne" | "maliens" | "maliennes" | "bamako" | "fama"
            | "famas" => Some(Country::Mali),
            "burkina" | "burkinabe" | "burkinabes" | "ouagadougou" | "ouaga" | "vdp" => {
                Some(Country::BurkinaFaso)
            }
            "nigerien" | "nigerienne" | "nigeriens" | "nigeriennes" | "niamey" => {
                Some(Country::Niger)
            }
            // "le fleuve Niger", "la boucle du Niger", "le delta
            // (intérieur) du Niger" are in Mali.
            "niger" => {
                let river = before(1) == "fleuve"
                    || (before(1) == "du" && matches!(before(2), "boucle" | "delta" | "interieur"));
                (!river && !neighbour).then_some(Country::Niger)
            }
            // Regions whose names no other country's places bear: "la
            // région de Tillabéri" sets the text in Niger as "nigérien" does.
            "tillaberi" | "tahoua" | "diffa" | "agadez" | "maradi" | "zinder" => {
                Some(Country::Niger)
            }
            "tombouctou" | "kidal" | "menaka" | "mopti" | "koulikoro" => Some(Country::Mali),
            "ouahigouya" | "yatenga" | "soum" | "oudalan" | "seno" | "loroum" | "sanmatenga" => {
                Some(Country::BurkinaFaso)
            }
            _ => None,
        };
        if let Some(c) = c.filter(|_| !border) {
            counts[c as usize] += 1;
        }
        recent.rotate_left(1);
        recent[3] = w;
    }
    let (best, &n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    let tie = counts.iter().enumerate().any(|(i, m)| i != best && *m == n);
    (n > 0 && !tie).then(|| Country::ALL[best])
}

/// The armed forces of a country, under the names [`super::actors`] gives.
fn army(c: Country) -> &'static str {
    match c {
        Country::Mali => "FAMa",
        Country::BurkinaFaso => "Burkinabè army",
        Country::Niger => "FAN",
    }
}

/// Gives generic mentions of the state's forces ("l'armée", "la garde
/// nationale", "les FDS"), which the actor patterns read as Mali's, to the
/// army of the country the text is about.
///
/// ```
/// use sahel::country::Country;
/// use sahel::extract::actors::find_actors;
/// use sahel::extract::country::localise_actors;
/// let mut a = find_actors("L'armée a repoussé l'attaque.");
/// localise_actors(&mut a, Some(Country::Niger));
/// assert_eq!(a[0].name, "FAN");
/// ```
pub fn localise_actors(actors: &mut Vec<Actor>, country: Option<Country>) {
    let Some(c) = country.filter(|c| *c != Country::Mali) else {
        return;
    };
    let generic = |a: &Actor| {
        let m = crate::fold::fold(&a.mention);
        a.name == "FAMa"
            && !m.contains("mali")
            && !m.contains("fama")
            && (m.starts_with("larmee")
                || m.starts_with("armee")
                || m.starts_with("gardenationale")
                || m.starts_with("etatmajor")
                || m == "fds")
    };
    let target = army(c);
    let already = actors.iter().any(|a| a.name == target);
    if already {
        actors.retain(|a| !generic(a));
    } else {
        for a in actors.iter_mut().filter(|a| generic(a)) {
            a.name = target.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::actors::find_actors;

    fn extract(text: &str) -> Vec<crate::model::Incident> {
        let a = crate::extract::article::Article::from_text("t.txt", text);
        crate::extract::extract_article(&a, crate::gazetteer::Gazetteer::embedded())
            .into_iter()
            .map(|e| e.incident)
            .collect()
    }

    #[test]
    fn an_attack_near_djibo_is_placed_and_attributed_in_burkina_faso() {
        let v = extract(
            "date 2024-06-14\nBurkina : un détachement attaqué près de Djibo\n\n\
             Des hommes armés ont attaqué mardi un détachement militaire à Djibo, dans la province du Soum, \
             au nord du Burkina Faso. Douze soldats et cinq volontaires pour la défense de la patrie \
             (VDP) ont été tués, selon des sources sécuritaires. Le JNIM a revendiqué l'attaque.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        let l = v[0].location.as_ref().unwrap();
        assert_eq!(l.country.as_deref(), Some("BF"));
        assert_eq!(
            (l.region.as_deref(), l.cercle.as_deref()),
            (Some("Sahel"), Some("Soum"))
        );
        let names: Vec<&str> = v[0].actors.iter().map(|a| a.name.as_str()).collect();
        assert!(
            names.contains(&"VDP") && names.contains(&"JNIM"),
            "{names:?}"
        );
        // The two groups add up, the volunteers named in full.
        assert_eq!(v[0].fatalities.low, Some(17));
    }

    #[test]
    fn an_ambush_near_tillaberi_is_placed_and_attributed_in_niger() {
        let v = extract(
            "date 2023-03-20\nNiger : une patrouille tombe dans une embuscade dans la région de Tillabéri\n\n\
             Sept soldats nigériens ont été tués samedi dans une embuscade tendue par des hommes armés \
             à Ayorou, dans la région de Tillabéri. L'armée a riposté et mis en fuite les assaillants, \
             selon un communiqué de l'état-major des armées.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        let l = v[0].location.as_ref().unwrap();
        assert_eq!(l.country.as_deref(), Some("NE"));
        assert_eq!(l.region.as_deref(), Some("Tillabéri"));
        assert_eq!(v[0].event_type, crate::model::EventType::Ambush);
        let names: Vec<&str> = v[0].actors.iter().map(|a| a.name.as_str()).collect();
        assert!(
            names.contains(&"FAN") && !names.contains(&"FAMa"),
            "{names:?}"
        );
        assert_eq!(v[0].fatalities.low, Some(7));
    }

    #[test]
    fn a_border_names_the_country_the_text_is_not_in() {
        let t =
            "Les FAMa ont neutralisé quatre terroristes à Tiéré, près de la frontière burkinabè.";
        assert_eq!(text_country(t), Some(Country::Mali));
        let t = "Des hommes armés ont attaqué un village proche de la frontière avec le Niger.";
        assert_eq!(text_country(t), None);
        // A country the text sets its place "near" is the neighbour.
        let t = "Niger : cinq civils tués près du Burkina Faso";
        assert_eq!(text_country(t), Some(Country::Niger));
        let t = "Burkina : une attaque dans une localité voisine du Mali";
        assert_eq!(text_country(t), Some(Country::BurkinaFaso));
    }

    #[test]
    fn a_region_of_one_country_counts_for_it() {
        let t = "Mali : attaque d'un camp. Le Niger a fermé sa frontière. L'attaque a eu lieu dans la région de Mopti.";
        assert_eq!(text_country(t), Some(Country::Mali));
        assert_eq!(
            text_country("dans la province du Soum"),
            Some(Country::BurkinaFaso)
        );
    }

    #[test]
    fn a_village_near_a_town_of_the_texts_country_is_placed_there() {
        // "Kokorou" is also a village of Mali spelled exactly so; the Niger
        // one is the reference of a Nigerien text, whose headline also
        // names Burkina Faso as the neighbour.
        let v = extract(
            "date 2024-07-18\nNiger : sept civils tués dans une attaque près du Burkina Faso\n\n\
             Des hommes à moto ont attaqué cette semaine le village de Dosso Kourégou, situé à \
             environ 13 km au nord-ouest de Kokorou, tuant sept civils, selon l'armée.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        let l = v[0].location.as_ref().unwrap();
        assert_eq!(l.country.as_deref(), Some("NE"), "{l:?}");
        assert_eq!(l.region.as_deref(), Some("Tillabéri"), "{l:?}");
    }

    #[test]
    fn the_country_named_most_wins() {
        let t = "Au Niger, l'attaque a visé un poste près d'Inates. Les soldats nigériens ont riposté. La frontière malienne est proche.";
        assert_eq!(text_country(t), Some(Country::Niger));
        let t = "L'armée malienne a repris Boni. Le Mali et le Burkina Faso coopèrent; les FAMa patrouillent au Mali.";
        assert_eq!(text_country(t), Some(Country::Mali));
        // A tie says nothing.
        assert_eq!(text_country("Le Mali et le Niger."), None);
        assert_eq!(
            text_country("Les pêcheurs du delta intérieur du Niger"),
            None
        );
    }

    #[test]
    fn generic_forces_become_the_countrys_army() {
        let mut a = find_actors("La garde nationale a perdu trois hommes.");
        localise_actors(&mut a, Some(Country::Niger));
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].name, "FAN");
        // Named forces stay what they are.
        let mut a = find_actors("L'armée malienne et des soldats burkinabè.");
        localise_actors(&mut a, Some(Country::BurkinaFaso));
        let names: Vec<&str> = a.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["FAMa", "Burkinabè army"]);
        // In Mali nothing changes.
        let mut a = find_actors("L'armée a riposté.");
        localise_actors(&mut a, Some(Country::Mali));
        assert_eq!(a[0].name, "FAMa");
        // "la garde nationale du Niger" is named by both patterns: one actor.
        let mut a = find_actors("la garde nationale du Niger");
        localise_actors(&mut a, Some(Country::Niger));
        let names: Vec<&str> = a.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["FAN"]);
    }
}
