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

use regex::{Regex, RegexBuilder};

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
