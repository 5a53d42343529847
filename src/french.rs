//! French number words, shared by the date, toll and distance readers.
//!
//! ```
//! use sahel::french::{number, approx};
//! assert_eq!(number("Quatorze"), Some(14));
//! assert_eq!(number("41"), Some(41));
//! assert_eq!(approx("une trentaine"), Some((25, 35)));
//! ```

/// A cardinal written in words ("deux", "Quatorze", "dix-sept") or digits.
pub fn number(w: &str) -> Option<u32> {
    let w = w.trim().to_lowercase();
    if let Ok(n) = w.parse() {
        return Some(n);
    }
    Some(match w.as_str() {
        "un" | "une" => 1,
        "deux" => 2,
        "trois" => 3,
        "quatre" => 4,
        "cinq" => 5,
        "six" => 6,
        "sept" => 7,
        "huit" => 8,
        "neuf" => 9,
        "dix" => 10,
        "onze" => 11,
        "douze" => 12,
        "treize" => 13,
        "quatorze" => 14,
        "quinze" => 15,
        "seize" => 16,
        "dix-sept" => 17,
        "dix-huit" => 18,
        "dix-neuf" => 19,
        "vingt" => 20,
        "trente" => 30,
        "quarante" => 40,
        "cinquante" => 50,
        "soixante" => 60,
        "cent" => 100,
        _ => return None,
    })
}

/// An approximate quantity as the range it stands for: "une trentaine"
/// is 25–35, "des dizaines" a vague 20–99.
pub fn approx(phrase: &str) -> Option<(u32, u32)> {
    let p = phrase.trim().to_lowercase();
    let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match p.as_str() {
        "une dizaine" => (8, 12),
        "une douzaine" => (10, 14),
        "une quinzaine" => (13, 17),
        "une vingtaine" => (18, 22),
        "une trentaine" => (25, 35),
        "une quarantaine" => (35, 45),
        "une cinquantaine" => (45, 55),
        "une soixantaine" => (55, 65),
        "une centaine" => (90, 110),
        "des dizaines" | "plusieurs dizaines" => (20, 99),
        "des centaines" | "plusieurs centaines" => (200, 999),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_approximations() {
        assert_eq!(number("dix-sept"), Some(17));
        assert_eq!(number("plusieurs"), None);
        assert_eq!(approx("une  quinzaine"), Some((13, 17)));
        assert_eq!(approx("des dizaines"), Some((20, 99)));
        assert_eq!(approx("trente"), None);
    }
}
