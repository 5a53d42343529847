//! Name folding: the keys under which place names are compared.
//!
//! Malian place names reach us in many spellings: with or without accents
//! (Ségou/Segou), with hyphens, apostrophes or spaces (N'Tillit, Ti-n-Essako,
//! Tin Essako), in upper case (the Localités list), with French or English
//! letter habits (Diabaly/Diabali, Djenné/Jenne). Folding removes the
//! differences that never distinguish two places, so that an exact-key lookup
//! already covers most variants and the fuzzy matcher only has to deal with
//! real typos.
//!
//! ```
//! use sahel::fold::{fold, skeleton, base_name};
//! assert_eq!(fold("Ti-n-Essako"), fold("Tin Essako"));
//! assert_eq!(fold("N'Tillit"), "ntillit");
//! assert_eq!(fold("Œuvre"), "oeuvre");
//! assert_eq!(skeleton("Diabaly"), skeleton("Diabali"));
//! assert_eq!(base_name("Ogossagou-Peulh").as_deref(), Some("ogossagou"));
//! ```

use unicode_normalization::UnicodeNormalization;

/// Folds a name to its comparison key: lower case, accents and ligatures
/// removed, every character that is not a letter or digit dropped.
///
/// Returns an empty string for names with no Latin letters or digits (the
/// Arabic and Cyrillic alternate names of GeoNames fold to nothing and are
/// not indexed).
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    fold_into(name, &mut out);
    out
}

/// [`fold`] into a caller-provided buffer (the hot path of exact lookups
/// reuses one buffer instead of allocating per query).
pub fn fold_into(name: &str, out: &mut String) {
    out.clear();
    // Fast path: pure ASCII needs no Unicode decomposition.
    if name.is_ascii() {
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase() as char);
            }
        }
        return;
    }
    for c in name.nfd() {
        match c {
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' => out.push('d'),
            'ł' | 'Ł' => out.push('l'),
            // The letters of Bambara, Fulfulde and Dogon spellings
            // ("Kɔrɔ", "Saƞa", "Ɲɔnɔ"): open vowels and nasals as French
            // spellings of the same names write them.
            'ɔ' | 'Ɔ' => out.push('o'),
            'ɛ' | 'Ɛ' => out.push('e'),
            'ɲ' | 'Ɲ' => out.push_str("ny"),
            'ŋ' | 'Ŋ' | 'ƞ' | 'Ƞ' => out.push_str("ng"),
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
            // Combining marks (accents after NFD), punctuation, spaces and
            // non-Latin scripts are all dropped.
            _ => {}
        }
    }
}

/// A coarser key that also merges the spelling habits of French, English and
/// local transcriptions, so that "Diabaly" meets "Diabali" and "Djenné" meets
/// "Jenne" without counting as a typo.
///
/// Rules (applied to the [`fold`]ed name): `y`→`i`, `dj`→`j`, `ou`→`u`,
/// `w`→`u`, `kh`→`k`, `gh`→`g`, `ph`→`f`, `c`→`k` (and `qu`/`q`→`k`),
/// `z`→`s`, `n` before `b` or `p` → `m` (French writes "Kompiembiga" where a
/// transcription has "Kompienbiga"), `h` dropped, doubled letters
/// collapsed, a final `e` dropped.
pub fn skeleton(name: &str) -> String {
    skeleton_of_folded(&fold(name))
}

/// [`skeleton`] of a name already [`fold`]ed (indexing folds each name once
/// and derives its skeleton from that).
///
/// ```
/// use sahel::fold::{fold, skeleton, skeleton_of_folded};
/// assert_eq!(skeleton_of_folded(&fold("Djenné")), skeleton("Djenné"));
/// ```
pub fn skeleton_of_folded(f: &str) -> String {
    let b = f.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        let (emit, step): (Option<u8>, usize) = match (c, next) {
            (b'd', Some(b'j')) => (Some(b'j'), 2),
            (b'o', Some(b'u')) => (Some(b'u'), 2),
            (b'q', Some(b'u')) => (Some(b'k'), 2),
            (b'k', Some(b'h')) | (b'g', Some(b'h')) => (Some(c), 2),
            (b'p', Some(b'h')) => (Some(b'f'), 2),
            (b'n', Some(b'b' | b'p')) => (Some(b'm'), 1),
            (b'y', _) => (Some(b'i'), 1),
            (b'w', _) => (Some(b'u'), 1),
            (b'c', _) | (b'q', _) => (Some(b'k'), 1),
            (b'z', _) => (Some(b's'), 1),
            (b'h', _) => (None, 1),
            _ => (Some(c), 1),
        };
        if let Some(e) = emit {
            if out.last() != Some(&e) {
                out.push(e);
            }
        }
        i += step;
    }
    if out.len() > 3 && out.last() == Some(&b'e') {
        out.pop();
    }
    String::from_utf8(out).expect("skeleton is ASCII")
}

/// Ethnic or quarter suffixes that distinguish twin villages in central
/// Mali: "Ogossagou-Peulh" and "Ogossagou-Dogon" are both "Ogossagou" in the
/// news.
const VILLAGE_SUFFIXES: &[&str] = &[
    "peulh", "peul", "dogon", "bambara", "bozo", "marka", "sonrai", "sonrhai", "songhai", "coura",
    "koura", "kora", "foulbe", "haoussa", "touareg", "rimaibe", "rimaybe", "maure", "somono",
    "diawando", "sarakole", "soninke", "minianka", "mossi", "centre",
];

/// The folded name without its village suffix ("Gondo-Gourou-Dogon" →
/// "gondogourou"), or `None` when the name has no such suffix.
pub fn base_name(name: &str) -> Option<String> {
    // Most names are one word: answer those without allocating (this runs
    // on every name when the gazetteer is indexed).
    if !name.contains(['-', ' ', '_']) {
        return None;
    }
    let words: Vec<&str> = name
        .split(['-', ' ', '_'])
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 {
        return None;
    }
    let last = fold(words[words.len() - 1]);
    if !VILLAGE_SUFFIXES.contains(&last.as_str()) && !is_part_number(&last) {
        return None;
    }
    let base = fold(&words[..words.len() - 1].join(" "));
    (base.len() >= 3 && !GENERIC_BASES.contains(&base.as_str())).then_some(base)
}

/// The number of one part of a split village ("Kabonga 1", "Nioko II"): the
/// news writes the village without it.
fn is_part_number(word: &str) -> bool {
    matches!(word, "i" | "ii" | "iii" | "iv")
        || (word.len() == 1 && word.as_bytes()[0].is_ascii_digit() && word != "0")
}

/// Bases that are words, not places: "Commune I" of Bamako is not a village
/// called "Commune".
const GENERIC_BASES: &[&str] = &[
    "commune", "region", "secteur", "quartier", "cite", "zone", "cercle", "site", "camp",
];

/// Lower case and one ASCII character per character: accents dropped
/// ("é" → "e"), typographic quotes and apostrophes made plain, anything
/// else non-ASCII replaced by a space. Char `i` of the result is char `i`
/// of the input, so a match found in the folded text maps back to the
/// original with [`char_to_byte`]. Regexes run much faster on ASCII text.
///
/// ```
/// assert_eq!(sahel::fold::ascii_lower_1to1("Tués à Ménaka « hier »"), "tues a menaka \" hier \"");
/// ```
pub fn ascii_lower_1to1(s: &str) -> String {
    let table = latin_table();
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            out.push(b.to_ascii_lowercase());
            i += 1;
            continue;
        }
        // French text is ASCII and Latin-1 letters almost throughout: a
        // table answers those; decomposing each accented letter anew was
        // a twentieth of extraction time.
        let c = s[i..].chars().next().expect("a character starts here");
        out.push(match table.get(c as usize) {
            Some(&a) => a,
            None => one_ascii(c) as u8,
        });
        i += c.len_utf8();
    }
    String::from_utf8(out).expect("one ASCII byte per character")
}

/// [`one_ascii`] of every character below U+0180 (ASCII, Latin-1 and
/// Latin Extended-A), computed once from it.
fn latin_table() -> &'static [u8; 0x180] {
    static TABLE: std::sync::OnceLock<[u8; 0x180]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [b' '; 0x180];
        for (i, slot) in t.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(i as u32) {
                *slot = one_ascii(c) as u8;
            }
        }
        t
    })
}

/// The one ASCII character [`ascii_lower_1to1`] gives for `c` (always
/// ASCII: a letter or digit of its decomposition, or a space).
fn one_ascii(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        '’' | '‘' | 'ʼ' => '\'',
        '«' | '»' | '“' | '”' => '"',
        '–' | '—' => '-',
        'œ' | 'Œ' => 'o',
        'æ' | 'Æ' => 'a',
        'ɔ' | 'Ɔ' => 'o',
        'ɛ' | 'Ɛ' => 'e',
        'ɲ' | 'Ɲ' | 'ŋ' | 'Ŋ' | 'ƞ' | 'Ƞ' => 'n',
        _ => c
            .to_lowercase()
            .flat_map(|l| l.nfd())
            .find(|d| d.is_ascii_alphanumeric())
            .unwrap_or(' '),
    }
}

/// A sentence with its [`ascii_lower_1to1`] copy and the map back from
/// the copy's character positions to the sentence's bytes: built once per
/// sentence for the readers that match on the copy (cues, figures,
/// statement kinds).
#[derive(Debug, Clone)]
pub struct FoldedText<'a> {
    /// The sentence as written.
    pub original: &'a str,
    /// [`ascii_lower_1to1`] of it.
    pub folded: String,
    /// Character positions of `folded` to bytes of `original`.
    pub bytes: CharBytes,
}

impl<'a> FoldedText<'a> {
    /// Folds `original` once.
    pub fn new(original: &'a str) -> FoldedText<'a> {
        FoldedText {
            original,
            folded: ascii_lower_1to1(original),
            bytes: CharBytes::new(original),
        }
    }

    /// The original text under a span of the folded copy.
    pub fn original_of(&self, start: usize, end: usize) -> &'a str {
        &self.original[self.bytes.byte(start)..self.bytes.byte(end)]
    }
}

/// Maps character positions of a text to byte offsets, built once so that
/// many lookups stay linear in the text (finding the n-th character anew
/// for each match made long texts quadratic).
///
/// ```
/// let m = sahel::fold::CharBytes::new("à Gao");
/// assert_eq!(m.byte(2), 3);
/// assert_eq!(m.byte(5), 6);
/// ```
#[derive(Debug, Clone)]
pub struct CharBytes {
    /// Byte offset of each character, and the text's length last; empty
    /// for an ASCII text, where both are the same.
    offsets: Vec<usize>,
    len: usize,
}

impl CharBytes {
    /// The map for `s`.
    pub fn new(s: &str) -> CharBytes {
        let offsets = if s.is_ascii() {
            Vec::new()
        } else {
            s.char_indices().map(|(b, _)| b).chain([s.len()]).collect()
        };
        CharBytes {
            offsets,
            len: s.len(),
        }
    }

    /// Byte offset of the `char_index`-th character (the text's length
    /// past the end).
    pub fn byte(&self, char_index: usize) -> usize {
        if self.offsets.is_empty() {
            char_index.min(self.len)
        } else {
            self.offsets.get(char_index).copied().unwrap_or(self.len)
        }
    }
}

/// Byte ranges already claimed in a text, answered in time proportional to
/// the range asked about (a list of ranges scanned for each match made
/// texts full of matches quadratic).
#[derive(Debug, Clone)]
pub struct Claimed(Vec<bool>);

impl Claimed {
    /// Nothing claimed yet in a text of `len` bytes.
    pub fn new(len: usize) -> Claimed {
        Claimed(vec![false; len])
    }

    /// Whether any byte is claimed.
    pub fn any(&self) -> bool {
        self.0.contains(&true)
    }

    /// Whether any byte of `start..end` is claimed.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.0[start.min(self.0.len())..end.min(self.0.len())]
            .iter()
            .any(|&b| b)
    }

    /// Claims `start..end`.
    pub fn claim(&mut self, start: usize, end: usize) {
        let n = self.0.len();
        self.0[start.min(n)..end.min(n)].fill(true);
    }

    /// Releases `start..end`.
    pub fn release(&mut self, start: usize, end: usize) {
        let n = self.0.len();
        self.0[start.min(n)..end.min(n)].fill(false);
    }
}

/// The last `max` bytes of `s` (fewer, to stay on a character boundary).
pub fn tail(s: &str, max: usize) -> &str {
    let mut cut = s.len().saturating_sub(max);
    while !s.is_char_boundary(cut) {
        cut += 1;
    }
    &s[cut..]
}

/// The first `max` bytes of `s` or fewer, cut at a character boundary:
/// the words right after a match, without scanning the rest of a long
/// text.
pub fn head(s: &str, max: usize) -> &str {
    let mut cut = s.len().min(max);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[..cut]
}

/// The captures of every match of `re` in `text`: `captures_iter`, whose
/// engine finds each match with its lazy DFA first and reads groups only
/// within it. (This used to find each match with `find_iter` and search
/// for it again with `captures_at`: the same matches, found twice.)
///
/// ```
/// let re = regex::Regex::new(r"(\d+) morts").unwrap();
/// let n: Vec<String> = sahel::fold::captures_fast(&re, "3 morts, puis 12 morts")
///     .map(|c| c[1].to_string())
///     .collect();
/// assert_eq!(n, ["3", "12"]);
/// ```
pub fn captures_fast<'r, 't>(
    re: &'r regex::Regex,
    text: &'t str,
) -> impl Iterator<Item = regex::Captures<'t>> + use<'r, 't> {
    re.captures_iter(text)
}

/// Byte offset in `s` of its `char_index`-th character (`s.len()` past the end).
pub fn char_to_byte(s: &str, char_index: usize) -> usize {
    s.char_indices().nth(char_index).map_or(s.len(), |(b, _)| b)
}

/// Levenshtein distance between two folded keys (used to explain fuzzy hits
/// and in tests; the fuzzy search itself runs an automaton over the index).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a = a.as_bytes();
    let b = b.as_bytes();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// How many typos a name of this folded length may carry and still match:
/// none for short names (Gao, Boni, Kati are too easy to confuse), one from
/// five letters, two from nine.
pub fn typo_budget(folded_len: usize) -> u8 {
    match folded_len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("SÉGOU"), "segou");
        assert_eq!(fold("Ségou"), "segou");
        assert_eq!(fold("Niafunké"), fold("Niafunke"));
        assert_eq!(fold("Gourma-Rharous"), "gourmarharous");
        assert_eq!(fold("N’Tillit"), fold("N'Tillit"));
        assert_eq!(fold("Ti-n-Zaouâtene"), fold("Tinzaouatene"));
        assert_eq!(fold("I-n-Tilelt"), fold("In Tilelt"));
        assert_eq!(fold("Abeïbara"), "abeibara");
    }

    #[test]
    fn non_latin_names_fold_to_nothing() {
        assert_eq!(fold("تاودني"), "");
        assert_eq!(fold("Таоденни"), "");
    }

    #[test]
    fn skeleton_merges_transcription_habits() {
        assert_eq!(skeleton("Diabaly"), skeleton("Diabali"));
        assert_eq!(skeleton("Djenné"), skeleton("Jenne"));
        assert_eq!(skeleton("Tombouctou"), skeleton("Tombuktu"));
        assert_ne!(skeleton("Gao"), skeleton("Kati"));
        // The letter before b or p is spelled either way.
        assert_eq!(skeleton("Kompienbiga"), skeleton("Kompiembiga"));
        assert_eq!(skeleton("Sanpelga"), skeleton("Sampelga"));
        assert_ne!(skeleton("Kompienga"), skeleton("Kompiembiga"));
    }

    #[test]
    fn base_name_strips_only_known_suffixes() {
        assert_eq!(
            base_name("Gondo-Gourou-Dogon").as_deref(),
            Some("gondogourou")
        );
        assert_eq!(base_name("OGOSSAGOU-PEULH").as_deref(), Some("ogossagou"));
        assert_eq!(base_name("Mondoro Foulbe").as_deref(), Some("mondoro"));
        assert_eq!(base_name("Kabonga 2").as_deref(), Some("kabonga"));
        assert_eq!(base_name("Nioko II").as_deref(), Some("nioko"));
        assert_eq!(base_name("Commune IV"), None);
        assert_eq!(base_name("Ouaga 2000"), None);
        assert_eq!(base_name("Gourma-Rharous"), None);
        assert_eq!(base_name("Dioura"), None);
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("boulkessi", "boulikessi"), 1);
        assert_eq!(edit_distance("diabaly", "diabali"), 1);
        assert_eq!(edit_distance("gao", "gao"), 0);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn letters_of_malian_spellings_fold_as_french_writes_them() {
        assert_eq!(fold("Kɔrɔ"), "koro");
        assert_eq!(fold("Sɛgu"), "segu");
        assert_eq!(fold("Saƞa"), "sanga");
        assert_eq!(fold("Ɲɔnɔ"), "nyono");
        // One character for one, so that matches map back.
        let folded = ascii_lower_1to1("à Kɔrɔ et Saƞa");
        assert_eq!(folded, "a koro et sana");
        assert_eq!(folded.chars().count(), "à Kɔrɔ et Saƞa".chars().count());
    }

    #[test]
    fn typo_budget_grows_with_length() {
        assert_eq!(typo_budget(3), 0);
        assert_eq!(typo_budget(7), 1);
        assert_eq!(typo_budget(10), 2);
    }

    /// The table gives what the per-character rule gives, for every
    /// character it covers, and the fold stays one character per character.
    #[test]
    fn the_latin_table_agrees_with_the_rule() {
        for i in 0..0x180u32 {
            let c = char::from_u32(i).unwrap();
            assert_eq!(latin_table()[i as usize] as char, one_ascii(c), "{c:?}");
        }
        let s = "Ségou, Ménaka : « Œuvre » — élève Ğ 🙂 ĀŽ";
        let f = ascii_lower_1to1(s);
        assert_eq!(f.chars().count(), s.chars().count());
        assert_eq!(f, "segou, menaka : \" ouvre \" - eleve g   az");
    }
}
