//! Actor names as ACLED and UCDP write them ("Military Forces of Mali
//! (2021-)", "Islamic State (Sahel)", "JNIM: Group for Support of Islam
//! and Muslims") mapped to the names the extractor gives the same groups
//! (FAMa, EIGS, JNIM), so that `--actor FAMa` finds them in every source.
//!
//! The rules look for a group's own words, not for exact strings: ACLED
//! suffixes the years of a government ("(2021-)") and a country to
//! civilians and militias ("Civilians (Mali)"), and changes its labels
//! between releases.
//!
//! ```
//! use sahel::dataset_actors::normalise;
//! assert_eq!(normalise("Military Forces of Mali (2021-)"), "FAMa");
//! assert_eq!(normalise("Islamic State (Sahel)"), "EIGS");
//! assert_eq!(normalise("Civilians (Burkina Faso)"), "civilians");
//! assert_eq!(normalise("Unidentified Armed Group (Mali)"), "Unidentified Armed Group (Mali)");
//! ```

use crate::fold::ascii_lower_1to1;

/// Each rule: the normalised name and the words one of which a dataset's
/// label must contain (folded to lower-case ASCII). First match wins, so
/// the specific rules come before the general ones (the Islamic State's
/// West Africa province before its Sahel one, the VDP before Burkina
/// Faso's army).
const RULES: &[(&str, &[&str])] = &[
    (
        "JNIM",
        &[
            "jnim",
            "jama'at nusrat",
            "jamaat nusrat",
            "support of islam and muslims",
            "ansar dine",
            "katiba macina",
            "macina liberation front",
            "al qaeda in the islamic maghreb",
            "aqim",
        ],
    ),
    (
        "Boko Haram/ISWAP",
        &[
            "boko haram",
            "west africa province",
            "islamic state (west africa",
            "iswap",
            "jamaatu ahli",
        ],
    ),
    (
        "EIGS",
        &[
            "islamic state (sahel",
            "islamic state (greater sahara",
            "islamic state in the greater sahara",
            "sahel province",
            "isgs",
            "is sahel",
            "issp",
        ],
    ),
    (
        "Ansarul Islam",
        &["ansaroul islam", "ansarul islam", "ansaru islam"],
    ),
    (
        "VDP",
        &[
            "vdp",
            "volunteers for the defense of the homeland",
            "volunteers for the defence of the homeland",
        ],
    ),
    ("Koglweogo", &["koglweogo"]),
    (
        "Dan Na Ambassagou",
        &["dan na ambassagou", "dana ambassagou"],
    ),
    ("Dozos", &["dozo"]),
    ("FLA", &["azawad liberation front", "fla:"]),
    (
        "CSP",
        &["csp-psd", "csp-dpa", "permanent strategic framework"],
    ),
    (
        "MNLA",
        &["mnla", "national movement for the liberation of azawad"],
    ),
    ("GATIA", &["gatia", "imghad tuareg"]),
    (
        "Wagner/Africa Corps",
        &["wagner", "africa corps", "military forces of russia"],
    ),
    (
        "Barkhane",
        &["barkhane", "serval", "takuba", "military forces of france"],
    ),
    ("MINUSMA", &["minusma", "united nations multidimensional"]),
    (
        "FAMa",
        &[
            "military forces of mali",
            "government of mali",
            "gendarmerie of mali",
            "national guard of mali",
        ],
    ),
    (
        "Burkinabè army",
        &[
            "military forces of burkina faso",
            "government of burkina faso",
            "gendarmerie of burkina faso",
        ],
    ),
    (
        "FAN",
        &[
            "military forces of niger",
            "government of niger",
            "national guard of niger",
            "gendarmerie of niger",
        ],
    ),
    ("civilians", &["civilians"]),
];

/// The normalised name of an actor label from ACLED or UCDP, or the label
/// itself (trimmed) when no rule knows it.
pub fn normalise(label: &str) -> String {
    let label = label.trim();
    // UCDP names the Islamic State "IS" alone. In these three countries
    // that is its Sahel province, except around Diffa (Niger), where it is
    // the West Africa province: a label cannot tell them apart.
    if label == "IS" {
        return "EIGS".to_string();
    }
    let folded = ascii_lower_1to1(label);
    RULES
        .iter()
        .find(|(_, words)| words.iter().any(|w| contains_word(&folded, w)))
        .map_or_else(|| label.to_string(), |(name, _)| (*name).to_string())
}

/// `needle` in `hay` at word boundaries (so "vdp" is not found inside a
/// longer word, while "fla:" still matches ACLED's "FLA: Azawad ...").
fn contains_word(hay: &str, needle: &str) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_ascii_alphanumeric());
    hay.match_indices(needle).any(|(i, m)| {
        boundary(hay[..i].chars().next_back()) && boundary(hay[i + m.len()..].chars().next())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acled_and_ucdp_labels_of_the_same_groups_meet() {
        for (label, want) in [
            ("Military Forces of Mali (2021-)", "FAMa"),
            ("Military Forces of Mali (2012-2013)", "FAMa"),
            ("Government of Mali", "FAMa"),
            ("Police Forces of Mali (2021-)", "Police Forces of Mali (2021-)"),
            ("JNIM: Group for Support of Islam and Muslims", "JNIM"),
            ("JNIM", "JNIM"),
            ("Islamic State (Sahel)", "EIGS"),
            ("Islamic State (Greater Sahara)", "EIGS"),
            ("IS", "EIGS"),
            ("ISIS", "ISIS"),
            ("Islamic State (West Africa) - Lake Chad Faction", "Boko Haram/ISWAP"),
            ("Islamic State West Africa Province", "Boko Haram/ISWAP"),
            ("Wagner Group", "Wagner/Africa Corps"),
            ("Africa Corps", "Wagner/Africa Corps"),
            ("Military Forces of Burkina Faso (2022-)", "Burkinabè army"),
            ("VDP: Volunteers for the Defense of the Homeland", "VDP"),
            ("Military Forces of Niger (2023-)", "FAN"),
            ("Ansaroul Islam", "Ansarul Islam"),
            ("Dan Na Ambassagou", "Dan Na Ambassagou"),
            ("Dozo Communal Militia (Mali)", "Dozos"),
            ("Civilians (Mali)", "civilians"),
            ("Civilians", "civilians"),
            ("Operation Barkhane", "Barkhane"),
            ("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)", "MINUSMA"),
            ("FLA: Azawad Liberation Front", "FLA"),
            ("Unidentified Armed Group (Mali)", "Unidentified Armed Group (Mali)"),
        ] {
            assert_eq!(normalise(label), want, "{label}");
        }
    }

    #[test]
    fn short_names_match_only_as_words() {
        assert_eq!(normalise("Mouvement VDP de Djibo"), "VDP");
        assert_eq!(normalise("Avdpx militia"), "Avdpx militia");
        assert_eq!(normalise("  JNIM  "), "JNIM");
    }
}
