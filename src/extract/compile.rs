//! How extraction's patterns are compiled.
//!
//! Most patterns are long alternations of French words. The regex crate
//! runs them with a lazy DFA whose states are built as the text needs
//! them, in a cache of 2 MB by default. Many of these patterns need more
//! states than that over a few articles, and a full cache is cleared and
//! the states built again, sentence after sentence: that rebuilding was a
//! third of the time to extract a warm corpus. The cache grows only as
//! states are built, so a higher ceiling costs memory only where a
//! pattern needs it.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

/// Ceiling of one pattern's lazy-DFA cache, per thread.
pub const DFA_CACHE_BYTES: usize = 16 << 20;

/// Compiles an extraction pattern with room for its DFA states.
///
/// ```
/// let re = sahel::extract::compile::regex(r"(?i-u)\battaqu\w*").unwrap();
/// assert!(re.is_match("Le camp a ete attaque"));
/// ```
pub fn regex(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
}

/// Compiles one of the largest patterns (every cue word, every group of
/// people a toll counts) with `bytes` both for its compiled form, which
/// outgrows the default 10 MB, and for its DFA cache.
///
/// ```
/// let re = sahel::extract::compile::regex_with_room(r"(?i-u)\bembuscade", 64 << 20).unwrap();
/// assert!(re.is_match("une embuscade"));
/// ```
pub fn regex_with_room(pattern: &str, bytes: usize) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .size_limit(bytes)
        .dfa_size_limit(bytes)
        .build()
}

/// Like [`regex_with_room`], for patterns asked at once: one scan says
/// which of them match.
pub fn set_with_room<I, S>(patterns: I, bytes: usize) -> Result<RegexSet, regex::Error>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    RegexSetBuilder::new(patterns)
        .size_limit(bytes)
        .dfa_size_limit(bytes)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_as_the_default_builder_does() {
        let re = regex(r"(?i)\b(?P<n>\d+) morts?\b").unwrap();
        let c = re.captures("Le bilan : 12 morts et 3 blessés").unwrap();
        assert_eq!(&c["n"], "12");
        assert!(regex("(unclosed").is_err());
    }
}
