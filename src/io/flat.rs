//! Lists in one flat text field, and back.
//!
//! GIS tools read flat, typed properties best, so an incident's actors,
//! sources and notes travel as one string each ("JNIM; FAMa"). For the
//! round trip to keep every item, an item that itself contains the
//! separator (a note with a semicolon) has it escaped with a backslash;
//! items without one, the usual case, read exactly as written.
//!
//! ```
//! use sahel::io::flat::{join, split};
//! let notes = vec!["JNIM claims 10; army denies".to_string(), "also at: Mondoro".to_string()];
//! let s = join(&notes, ';');
//! assert_eq!(s, r"JNIM claims 10\; army denies; also at: Mondoro");
//! assert_eq!(split(&s, ';'), notes);
//! ```

/// Joins `items` with `sep` followed by a space; `sep` and `\` inside an
/// item are escaped with `\`.
pub fn join<S: AsRef<str>>(items: &[S], sep: char) -> String {
    let len: usize = items.iter().map(|i| i.as_ref().len() + 2).sum();
    let mut out = String::with_capacity(len);
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push(sep);
            out.push(' ');
        }
        // Whole runs between the characters to escape: writers join the
        // lists of every incident, and items almost never hold either.
        let mut rest = item.as_ref();
        let plain = |s: &str| !s.contains(sep) && !s.contains('\\');
        if plain(rest) {
            out.push_str(rest);
            continue;
        }
        while let Some(k) = rest.find([sep, '\\']) {
            out.push_str(&rest[..k]);
            out.push('\\');
            let c = rest[k..].chars().next().unwrap_or(sep);
            out.push(c);
            rest = &rest[k + c.len_utf8()..];
        }
        out.push_str(rest);
    }
    out
}

/// Splits a string written by [`join`]; surrounding spaces of each item
/// are trimmed and empty items dropped, so hand-written lists ("JNIM ;FAMa")
/// read too.
pub fn split(s: &str, sep: char) -> Vec<String> {
    let mut out = Vec::new();
    if !s.contains('\\') {
        // Nothing escaped, the usual case: each item is a slice, copied
        // once.
        for item in s.split(sep) {
            push_item(&mut out, item);
        }
        return out;
    }
    let mut cur = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(n) if n == sep || n == '\\' => cur.push(n),
                Some(n) => {
                    cur.push('\\');
                    cur.push(n);
                }
                None => cur.push('\\'),
            }
        } else if c == sep {
            push_item(&mut out, &cur);
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    push_item(&mut out, &cur);
    out
}

fn push_item(out: &mut Vec<String>, item: &str) {
    let t = item.trim();
    if !t.is_empty() {
        out.push(t.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn plain_lists_read_as_written() {
        assert_eq!(join(&["JNIM", "FAMa"], ';'), "JNIM; FAMa");
        assert_eq!(split("JNIM ;FAMa;; ", ';'), vec!["JNIM", "FAMa"]);
        assert!(split("", ';').is_empty());
    }

    #[test]
    fn windows_paths_keep_their_backslashes() {
        let v = vec![r"C:\dépêches\a.txt".to_string()];
        assert_eq!(split(&join(&v, ';'), ';'), v);
        // A hand-written path without doubled backslashes still reads.
        assert_eq!(split(r"C:\x\a.txt", ';'), vec![r"C:\x\a.txt"]);
    }

    proptest! {
        #[test]
        fn join_then_split_is_identity(items in proptest::collection::vec("[a-zé;|\\\\ ]{0,12}", 0..6)) {
            // Items as sahel stores them: trimmed, non-empty.
            let items: Vec<String> = items.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
            for sep in [';', '|'] {
                prop_assert_eq!(split(&join(&items, sep), sep), items.clone());
            }
        }
    }
}
