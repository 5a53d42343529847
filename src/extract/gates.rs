//! Word gates: cheap tests that spare a sentence the costly regexes.
//!
//! Each toll or cue pattern can match only where one of a few word stems
//! occurs ("embuscade", "convoi" for an ambush). Asking for each stem with
//! `str::contains` scanned a sentence once per stem, about a hundred times;
//! [`Gates`] finds every stem in one Aho–Corasick pass and answers for all
//! the groups at once.
//!
//! ```
//! use sahel::extract::gates::Gates;
//! let gates = Gates::new(&[&["embuscade", "convoi"], &["^tu", "mort"]]);
//! assert_eq!(gates.open("une embuscade contre un convoi"), vec![true, false]);
//! // "^" ties a stem to the start of a word: "tués" opens, "statue" does not.
//! assert_eq!(gates.open("deux soldats tues"), vec![false, true]);
//! assert_eq!(gates.open("la statue"), vec![false, false]);
//! ```

use aho_corasick::{AhoCorasick, AhoCorasickKind};

/// Groups of word stems, each group open when any of its stems occurs in
/// a text. A stem written `^stem` must start a word (the byte before it is
/// not a letter). Texts are expected folded to ASCII lower case.
#[derive(Debug, Clone)]
pub struct Gates {
    searcher: AhoCorasick,
    /// Per stem: whether it must start a word.
    word_start: Vec<bool>,
    /// Per group: the stems that open it.
    groups: Vec<Vec<usize>>,
}

impl Gates {
    /// The gates of `groups`, in order.
    pub fn new(groups: &[&[&str]]) -> Gates {
        let mut stems: Vec<(&str, bool)> = Vec::new();
        let groups = groups
            .iter()
            .map(|group| {
                group
                    .iter()
                    .map(|w| {
                        let stem = match w.strip_prefix('^') {
                            Some(s) => (s, true),
                            None => (*w, false),
                        };
                        stems.iter().position(|s| *s == stem).unwrap_or_else(|| {
                            stems.push(stem);
                            stems.len() - 1
                        })
                    })
                    .collect()
            })
            .collect();
        Gates {
            // A full DFA: the stems are few, and it is searched for every
            // sentence.
            searcher: AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::DFA))
                .build(stems.iter().map(|(s, _)| s))
                .expect("gate stems are a small fixed list"),
            word_start: stems.iter().map(|(_, w)| *w).collect(),
            groups,
        }
    }

    /// Which groups are open in `text`, in the order they were given.
    pub fn open(&self, text: &str) -> Vec<bool> {
        let mut seen = vec![false; self.word_start.len()];
        let bytes = text.as_bytes();
        // Overlapping search: "^tu" must be seen at "tues" even where
        // another stem ("stu…") starts a byte earlier.
        for m in self.searcher.find_overlapping_iter(text) {
            let id = m.pattern().as_usize();
            if !self.word_start[id] || m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphabetic()
            {
                seen[id] = true;
            }
        }
        self.groups
            .iter()
            .map(|g| g.iter().any(|&i| seen[i]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gates answer as one `contains` per stem would.
    #[test]
    fn gates_agree_with_a_search_per_stem() {
        let groups: &[&[&str]] = &[
            &["^tu", "mort"],
            &["tomb", "^tu"],
            &["la vie", "perte"],
            &["stu"],
        ];
        let gates = Gates::new(groups);
        for text in [
            "",
            "tu",
            "statue",
            "ils ont tue",
            "est tombe",
            "a coute la vie a six",
            "stutu",
            "(tues)",
            "l'tues",
        ] {
            let one_by_one: Vec<bool> = groups
                .iter()
                .map(|g| {
                    g.iter().any(|w| match w.strip_prefix('^') {
                        Some(w) => text
                            .match_indices(w)
                            .any(|(i, _)| i == 0 || !text.as_bytes()[i - 1].is_ascii_alphabetic()),
                        None => text.contains(w),
                    })
                })
                .collect();
            assert_eq!(gates.open(text), one_by_one, "{text:?}");
        }
    }

    #[test]
    fn a_stem_shared_by_two_groups_opens_both() {
        let gates = Gates::new(&[&["convoi"], &["embuscade", "convoi"], &["drone"]]);
        assert_eq!(gates.open("le convoi"), vec![true, true, false]);
    }
}
