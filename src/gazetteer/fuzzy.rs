//! Typo-tolerant search: a bounded edit-distance automaton run over a
//! flattened trie of all name keys.
//!
//! The automaton keeps the band of one row of the (restricted
//! Damerau–)Levenshtein table as its state, so it needs no construction per
//! query (building a full Levenshtein DFA for two edits took longer than
//! the search itself), and the search skips a subtree as soon as no key
//! below it can come within `max_edits`. A swap of two neighbouring letters
//! counts as one edit, as a typist would expect.
//!
//! Why not an `fst` with a Levenshtein automaton: we measured both on the
//! gazetteer's 31k keys. Per visited node, decoding fst's compact nodes cost
//! about four times what this preorder array costs, and the search visits
//! a thousand nodes for a ten-letter name with two typos (see
//! BENCHMARKS.md).
//!
//! ```
//! use sahel::gazetteer::fuzzy::{BoundedEdits, KeyTrie};
//! let keys = ["bandiagara", "boni", "tessalit"];
//! let trie = KeyTrie::from_sorted(&keys);
//! let aut = BoundedEdits::new("tesalit", 1).unwrap();
//! assert_eq!(trie.search(&aut, b"t"), vec![(2, 1)]); // "tessalit", one edit
//! ```

/// Longest pattern the automaton accepts (folded place names are shorter).
pub const MAX_PATTERN: usize = 200;

/// Largest edit budget (the band of the edit table is `2 × 2 + 1` cells).
pub const MAX_EDITS: u8 = 2;

const W: usize = 2 * MAX_EDITS as usize + 1;

/// Matches keys within `max_edits` insertions, deletions, substitutions or
/// adjacent transpositions of the pattern.
#[derive(Debug, Clone)]
pub struct BoundedEdits<'a> {
    pattern: &'a [u8],
    max_edits: u8,
}

/// The band of one row of the edit table around the diagonal (cells further
/// from it are always over budget), the same band of the previous row (for
/// transpositions), the last byte read and the number of bytes read. Band
/// offset `o` at depth `d` is pattern position `d + o - MAX_EDITS`. Twelve
/// bytes: the fst copies states at every node it visits.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    cur: [u8; W],
    prev: [u8; W],
    last: u8,
    depth: u8,
}

impl<'a> BoundedEdits<'a> {
    /// `None` when the pattern is longer than [`MAX_PATTERN`] or the budget
    /// exceeds [`MAX_EDITS`].
    pub fn new(pattern: &'a str, max_edits: u8) -> Option<Self> {
        (pattern.len() <= MAX_PATTERN && max_edits <= MAX_EDITS).then_some(BoundedEdits {
            pattern: pattern.as_bytes(),
            max_edits,
        })
    }

    /// The edit distance of a full key, capped at `max_edits + 1`.
    pub fn distance(&self, key: &[u8]) -> u8 {
        let mut s = self.start();
        for &b in key {
            s = self.accept(&s, b);
        }
        self.at(&s.cur, s.depth as usize, self.pattern.len())
    }

    fn cap(&self) -> u8 {
        self.max_edits + 1
    }

    /// Value of pattern position `i` in a band stored for `depth`.
    fn at(&self, band: &[u8; W], depth: usize, i: usize) -> u8 {
        let o = i + MAX_EDITS as usize;
        if o < depth || o - depth >= W {
            self.cap()
        } else {
            band[o - depth]
        }
    }
}

impl BoundedEdits<'_> {
    /// The state before any byte is read.
    pub fn start(&self) -> Row {
        let cap = self.cap();
        let mut cur = [cap; W];
        for (o, c) in cur.iter_mut().enumerate() {
            // Position i = o - MAX_EDITS at depth 0 costs i deletions.
            if let Some(i) = o.checked_sub(MAX_EDITS as usize) {
                if i <= self.pattern.len() {
                    *c = (i as u8).min(cap);
                }
            }
        }
        Row {
            cur,
            prev: [cap; W],
            last: 0,
            depth: 0,
        }
    }

    /// Whether the bytes read so far are a key within budget.
    pub fn is_match(&self, s: &Row) -> bool {
        self.at(&s.cur, s.depth as usize, self.pattern.len()) <= self.max_edits
    }

    /// Whether some continuation can still come within budget.
    #[inline]
    pub fn can_match(&self, s: &Row) -> bool {
        s.cur.iter().any(|&v| v <= self.max_edits)
    }

    /// The state after reading `byte`.
    #[inline]
    pub fn accept(&self, s: &Row, byte: u8) -> Row {
        let p = self.pattern;
        let m = p.len() as isize;
        let cap = self.cap();
        let d = s.depth as isize + 1;
        let k = MAX_EDITS as isize;
        let mut next = [cap; W];
        // Cell o holds pattern position i = d + o - k; only 0 <= i <= m exist.
        let o_lo = (k - d).max(0) as usize;
        let o_hi = (m + k - d).min(W as isize - 1);
        if o_hi >= o_lo as isize {
            for o in o_lo..=o_hi as usize {
                let i = (d + o as isize - k) as usize;
                let v = if i == 0 {
                    (d as usize).min(cap as usize) as u8
                } else {
                    // Old band (depth d-1): position i-1 is offset o, i is o+1.
                    let pc = p[i - 1];
                    let mut v = s.cur[o] + u8::from(pc != byte);
                    if o + 1 < W {
                        v = v.min(s.cur[o + 1] + 1);
                    }
                    if o > 0 {
                        v = v.min(next[o - 1] + 1);
                    }
                    // Band at depth d-2: position i-2 is offset o.
                    if i > 1 && pc == s.last && p[i - 2] == byte {
                        v = v.min(s.prev[o] + 1);
                    }
                    v
                };
                next[o] = v.min(cap);
            }
        }
        Row {
            cur: next,
            prev: s.cur,
            last: byte,
            depth: d.min(u8::MAX as isize) as u8,
        }
    }
}

/// A trie of keys flattened in preorder: a node's children follow it, and
/// `end` points past its subtree, so a search skips a dead subtree with one
/// jump and otherwise reads memory in order. Built from sorted keys in one
/// pass.
#[derive(Debug, Clone, Default)]
pub struct KeyTrie {
    nodes: Vec<Node>,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    label: u8,
    depth: u8,
    /// Index of the key ending here, or `u32::MAX`.
    key: u32,
    /// Index past the last node of this subtree.
    end: u32,
}

const NO_KEY: u32 = u32::MAX;

impl KeyTrie {
    /// Builds the trie of `keys`, which must be sorted and unique; key `i`
    /// of the input is reported as `i` by [`KeyTrie::search`].
    pub fn from_sorted<S: AsRef<[u8]>>(keys: &[S]) -> KeyTrie {
        let mut nodes: Vec<Node> = Vec::with_capacity(keys.len() * 4);
        // Open nodes along the current key, by depth - 1.
        let mut open: Vec<usize> = Vec::new();
        let mut prev: &[u8] = &[];
        for (ki, key) in keys.iter().enumerate() {
            let key = key.as_ref();
            debug_assert!(ki == 0 || prev < key, "keys sorted and unique");
            let lcp = prev
                .iter()
                .zip(key)
                .take_while(|(a, b)| a == b)
                .count()
                .min(255);
            while open.len() > lcp {
                let n = open.pop().expect("non-empty");
                nodes[n].end = nodes.len() as u32;
            }
            for (d, &b) in key.iter().enumerate().skip(lcp).take(255 - lcp) {
                open.push(nodes.len());
                nodes.push(Node {
                    label: b,
                    depth: (d + 1) as u8,
                    key: NO_KEY,
                    end: 0,
                });
            }
            if let Some(&last) = open.last() {
                if open.len() == key.len() {
                    nodes[last].key = ki as u32;
                }
            }
            prev = key;
        }
        while let Some(n) = open.pop() {
            nodes[n].end = nodes.len() as u32;
        }
        KeyTrie { nodes }
    }

    /// Number of trie nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the trie is empty.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Indexes of the keys that start with `prefix` and are within the
    /// automaton's budget, with their distances.
    pub fn search(&self, aut: &BoundedEdits, prefix: &[u8]) -> Vec<(u32, u8)> {
        let mut hits = Vec::new();
        // States by depth; keys are at most 255 bytes deep.
        let mut states = [aut.start(); 257];
        let mut top = 0usize;
        // Walk down to the prefix node, one sibling jump at a time.
        let (mut i, mut end) = (0usize, self.nodes.len());
        for &b in prefix {
            loop {
                if i >= end {
                    return hits;
                }
                let n = self.nodes[i];
                if n.label == b {
                    break;
                }
                i = n.end as usize;
            }
            let n = self.nodes[i];
            let st = aut.accept(&states[top], b);
            if n.key != NO_KEY && aut.is_match(&st) {
                hits.push((n.key, aut.distance_of(&st)));
            }
            top += 1;
            states[top] = st;
            end = n.end as usize;
            i += 1;
        }
        if !aut.can_match(&states[top]) {
            return hits;
        }
        while i < end {
            let n = self.nodes[i];
            let d = n.depth as usize;
            let st = aut.accept(&states[d - 1], n.label);
            if !aut.can_match(&st) {
                i = n.end as usize;
                continue;
            }
            if n.key != NO_KEY && aut.is_match(&st) {
                hits.push((n.key, aut.distance_of(&st)));
            }
            states[d] = st;
            i += 1;
        }
        hits
    }
}

impl BoundedEdits<'_> {
    /// The distance of the key read so far (capped at `max_edits + 1`).
    pub fn distance_of(&self, s: &Row) -> u8 {
        self.at(&s.cur, s.depth as usize, self.pattern.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn osa(a: &str, b: &str) -> usize {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn distance_matches_the_textbook_table() {
        let words = [
            "tessalit",
            "tesalit",
            "tessailt",
            "boulkessi",
            "boulikessi",
            "gao",
            "",
            "diabali",
            "diabaly",
            "adiabali",
        ];
        for a in words {
            let aut = BoundedEdits::new(a, 2).unwrap();
            for b in words {
                assert_eq!(
                    aut.distance(b.as_bytes()) as usize,
                    osa(a, b).min(3),
                    "{a} vs {b}"
                );
            }
        }
    }

    #[test]
    fn trie_search_equals_a_scan() {
        let mut keys = vec![
            "boulkessi",
            "boulikessi",
            "boulkassoumbougou",
            "bourem",
            "boni",
            "bouli",
            "bou",
            "tessalit",
            "tessit",
            "b",
        ];
        keys.sort();
        let trie = KeyTrie::from_sorted(&keys);
        for (q, k, prefix) in [
            ("boulkesi", 1u8, "b"),
            ("boulikessi", 2, "bo"),
            ("tesalit", 2, "t"),
            ("bo", 1, "b"),
            ("zzz", 1, "z"),
        ] {
            let aut = BoundedEdits::new(q, k).unwrap();
            let mut got: Vec<(&str, u8)> = trie
                .search(&aut, prefix.as_bytes())
                .into_iter()
                .map(|(i, d)| (keys[i as usize], d))
                .collect();
            got.sort();
            let want: Vec<(&str, u8)> = keys
                .iter()
                .filter(|x| x.starts_with(prefix) && osa(q, x) <= k as usize)
                .map(|x| (*x, osa(q, x) as u8))
                .collect();
            assert_eq!(got, want, "{q} within {k} under {prefix:?}");
        }
    }

    #[test]
    fn long_patterns_and_budgets_are_refused() {
        assert!(BoundedEdits::new(&"a".repeat(MAX_PATTERN + 1), 1).is_none());
        assert!(BoundedEdits::new("abc", 3).is_none());
    }

    #[test]
    fn one_edit_budget_is_exact_too() {
        let words = [
            "boni", "bonie", "bni", "obni", "boin", "mopti", "mpoti", "moptii", "opti",
        ];
        for a in words {
            let aut = BoundedEdits::new(a, 1).unwrap();
            for b in words {
                assert_eq!(
                    aut.distance(b.as_bytes()) as usize,
                    osa(a, b).min(2),
                    "{a} vs {b}"
                );
            }
        }
    }
}
