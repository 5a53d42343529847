//! French number words, shared by the date, toll and distance readers.
//!
//! ```
//! use sahel::french::{number, approx};
//! assert_eq!(number("Quatorze"), Some(14));
//! assert_eq!(number("41"), Some(41));
//! assert_eq!(approx("une trentaine"), Some((25, 35)));
//! ```

/// A regex (lowercase ASCII, accents folded) for cardinals in words up to
/// 999: "cinquante et un", "quatre-vingt-dix", "deux cents", "dix-sept".
pub const NUMBER_WORDS: &str = r"(?:(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf)[- ])?cents?(?:[- ](?:(?:vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?)(?:(?:-|\s+)et(?:-|\s+)(?:un|une|onze)|[- ](?:dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|un|une))?|dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize|dix|deux|trois|quatre|cinq|six|sept|huit|neuf|un|une))?|(?:soixante-dix|quatre-vingt-dix|vingt|trente|quarante|cinquante|soixante|quatre-vingts?)(?:(?:-|\s+)et(?:-|\s+)(?:un|une|onze)|[- ](?:dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|un|une))?|dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize|dix|deux|trois|quatre|cinq|six|sept|huit|neuf|un|une)";

/// A cardinal written in words ("deux", "Quatorze", "dix-sept", "cinquante
/// et un", "quatre-vingt-dix", "deux cents") or digits.
pub fn number(w: &str) -> Option<u32> {
    let w = w.trim().to_lowercase();
    if let Ok(n) = w.parse() {
        return Some(n);
    }
    if w.contains(['-', ' ']) && !matches!(w.as_str(), "dix-sept" | "dix-huit" | "dix-neuf") {
        return compound(&w);
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

/// Adds up the words of a compound cardinal.
fn compound(w: &str) -> Option<u32> {
    let mut total: u32 = 0;
    let mut current: u32 = 0;
    let mut any = false;
    for t in w.split(['-', ' ']).filter(|t| !t.is_empty() && *t != "et") {
        match t {
            "cent" | "cents" => current = current.max(1) * 100,
            "mille" => {
                total += current.max(1) * 1000;
                current = 0;
            }
            "vingt" | "vingts" if current % 100 == 4 => current += 76,
            _ => current += number(t)?,
        }
        any = true;
    }
    any.then_some(total + current)
}

/// Digits with their thousands grouped as French writes them, by a dot
/// or a space ("1.500", "1 200", "12 000"); none for plain digits or a
/// decimal ("1.5", "2,5"), which are read as written.
///
/// ```
/// use sahel::french::thousands;
/// assert_eq!(thousands("1.500"), Some(1500));
/// assert_eq!(thousands("1\u{a0}200"), Some(1200));
/// assert_eq!(thousands("1.5"), None);
/// assert_eq!(thousands("30"), None);
/// ```
pub fn thousands(n: &str) -> Option<u32> {
    let separators = ['.', ' ', '\u{a0}'];
    let mut groups = n.split(separators);
    let first = groups.next()?;
    let grouped = n.contains(separators)
        && (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if !grouped {
        return None;
    }
    n.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
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
        assert_eq!(number("cinquante et un"), Some(51));
        assert_eq!(number("trente-cinq"), Some(35));
        assert_eq!(number("quatre-vingt-dix"), Some(90));
        assert_eq!(number("quatre-vingt-douze"), Some(92));
        assert_eq!(number("soixante-dix-sept"), Some(77));
        assert_eq!(number("deux cent trente"), Some(230));
        let re = regex::Regex::new(&format!("^{NUMBER_WORDS}$")).unwrap();
        for w in [
            "cinquante et un",
            "vingt-deux",
            "quatre-vingts",
            "cent douze",
            "dix-sept",
            "trois",
            // Units after a space, as many newsrooms write them.
            "quatre-vingt neuf",
            "vingt cinq",
        ] {
            assert!(re.is_match(w), "{w}");
        }
        assert_eq!(number("quatre-vingt neuf"), Some(89));
        assert_eq!(number("vingt cinq"), Some(25));
        assert_eq!(approx("une  quinzaine"), Some((13, 17)));
        assert_eq!(approx("des dizaines"), Some((20, 99)));
        assert_eq!(approx("trente"), None);
    }
}
