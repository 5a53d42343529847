//! A big GeoJSON FeatureCollection read as two halves on two threads.
//!
//! The split is a guess: the first `{` after the middle of the file that
//! follows `}` and a comma. It is checked, not trusted: the first
//! half must end on exactly that byte after a whole feature and its comma
//! (a guess inside a string never does), and the second half must end on
//! the array's closing bracket, after which the collection closes. Every
//! other case, and any feature that does not convert, returns `None`, and
//! the caller reads the file in one pass as before, so errors name the
//! same feature and the incidents are the same, in the same order.

use super::geojson_in::{feature_incident, numbered_id, RawFeature, BYTES_PER_FEATURE};
use crate::model::{Incident, Interner};
use serde::de::IgnoredAny;
use serde::Deserialize;

/// Below this size one pass is fast enough that a second thread is not
/// worth starting.
const HALVES_FROM_BYTES: usize = 32 << 20;

/// The incidents of `bytes`, read in two halves, or `None` when the file
/// is small or is not laid out as the split expects.
pub(crate) fn read_in_halves(
    bytes: &[u8],
    origin: &str,
    progress: &mut dyn FnMut(usize),
) -> Option<Vec<Incident>> {
    read_in_halves_from(bytes, origin, progress, HALVES_FROM_BYTES)
}

fn read_in_halves_from(
    bytes: &[u8],
    origin: &str,
    progress: &mut dyn FnMut(usize),
    min_bytes: usize,
) -> Option<Vec<Incident>> {
    if bytes.len() < min_bytes {
        return None;
    }
    let (start, collection) = features_array(bytes)?;
    let split = split_point(bytes, start.max(bytes.len() / 2))?;
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| features_until_bracket(bytes, split, origin));
        let first = features_until(bytes, start, split, origin, progress);
        (first, second.join().ok().flatten())
    });
    let mut first = first?;
    let (mut second, numbered, end) = second?;
    // Features without an id of their own are numbered in the file.
    for k in numbered {
        second[k].id = numbered_id(origin, first.len() + k);
    }
    // After the array: the collection's other members, and its end.
    let (tail, closed) = rest_of_object(bytes, end + 1)?;
    if !(collection || tail) || !only_space(&bytes[closed..]) {
        return None;
    }
    first.extend(second);
    progress(first.len());
    Some(first)
}

fn skip_space(bytes: &[u8], mut p: usize) -> usize {
    while p < bytes.len() && bytes[p].is_ascii_whitespace() {
        p += 1;
    }
    p
}

fn only_space(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_whitespace)
}

/// One JSON value of type `T` at `p`, and the byte after it.
fn value_at<'de, T: Deserialize<'de>>(bytes: &'de [u8], p: usize) -> Option<(T, usize)> {
    let mut values = serde_json::Deserializer::from_slice(&bytes[p..]).into_iter::<T>();
    let v = values.next()?.ok()?;
    Some((v, p + values.byte_offset()))
}

/// One member of an object at `p`: its key, whether it is `"type":
/// "FeatureCollection"`, and where its value starts (for `features`,
/// which is not read) or ends.
fn member(bytes: &[u8], p: usize) -> Option<(String, bool, usize)> {
    let (key, after): (String, usize) = value_at(bytes, p)?;
    let p = skip_space(bytes, after);
    if bytes.get(p) != Some(&b':') {
        return None;
    }
    let p = skip_space(bytes, p + 1);
    match key.as_str() {
        "features" => Some((key, false, p)),
        "type" => {
            let (kind, after): (String, usize) = value_at(bytes, p)?;
            Some((key, kind == "FeatureCollection", after))
        }
        _ => {
            let (_, after): (IgnoredAny, usize) = value_at(bytes, p)?;
            Some((key, false, after))
        }
    }
}

/// Where the `features` array's first element may start, and whether the
/// members before it said `"type": "FeatureCollection"`.
fn features_array(bytes: &[u8]) -> Option<(usize, bool)> {
    let mut p = skip_space(bytes, 0);
    if bytes.get(p) != Some(&b'{') {
        return None;
    }
    p += 1;
    let mut collection = false;
    loop {
        let (key, is_collection, after) = member(bytes, skip_space(bytes, p))?;
        if key == "features" {
            return (bytes.get(after) == Some(&b'[')).then_some((after + 1, collection));
        }
        collection |= is_collection;
        p = skip_space(bytes, after);
        if bytes.get(p) != Some(&b',') {
            return None;
        }
        p += 1;
    }
}

/// The first `{` at or after `from` that follows `}` and a comma, as
/// the elements of an array of objects do.
fn split_point(bytes: &[u8], from: usize) -> Option<usize> {
    let last_word = |end: usize| bytes[..end].iter().rposition(|b| !b.is_ascii_whitespace());
    let mut at = from;
    while let Some(k) = memchr::memchr(b'{', &bytes[at..]) {
        let s = at + k;
        if let Some(comma) = last_word(s).filter(|&c| bytes[c] == b',') {
            if last_word(comma).is_some_and(|c| bytes[c] == b'}') {
                return Some(s);
            }
        }
        at = s + 1;
    }
    None
}

/// The features from `start` up to exactly `split`, which must be where
/// the element after a comma starts.
fn features_until(
    bytes: &[u8],
    start: usize,
    split: usize,
    origin: &str,
    progress: &mut dyn FnMut(usize),
) -> Option<Vec<Incident>> {
    // Room for the whole file's incidents: the second half's are moved
    // in after it, without the copy and fresh memory of a second growth.
    let mut out = Vec::with_capacity(bytes.len() / BYTES_PER_FEATURE);
    let mut names = Interner::default();
    let mut p = skip_space(bytes, start);
    while p < split {
        let (f, after): (RawFeature, usize) = value_at(bytes, p)?;
        out.push(feature_incident(f, origin, out.len(), &mut names).ok()?.0);
        if out.len() % 8192 == 0 {
            progress(out.len());
        }
        p = skip_space(bytes, after);
        if bytes.get(p) != Some(&b',') {
            return None;
        }
        p = skip_space(bytes, p + 1);
    }
    (p == split).then_some(out)
}

/// The features from `split` to the array's closing bracket, which of
/// them have no id of their own (they are numbered once the first half's
/// count is known), and where that bracket is.
fn features_until_bracket(
    bytes: &[u8],
    split: usize,
    origin: &str,
) -> Option<(Vec<Incident>, Vec<usize>, usize)> {
    let mut out = Vec::with_capacity((bytes.len() - split) / BYTES_PER_FEATURE);
    let mut numbered = Vec::new();
    let mut names = Interner::default();
    let mut p = split;
    loop {
        let (f, after): (RawFeature, usize) = value_at(bytes, p)?;
        // An error sends the whole file back to the one-pass reader,
        // which names the feature by its place in the file.
        let (incident, own_number) = feature_incident(f, origin, out.len(), &mut names).ok()?;
        if own_number {
            numbered.push(out.len());
        }
        out.push(incident);
        p = skip_space(bytes, after);
        match bytes.get(p) {
            Some(b',') => p = skip_space(bytes, p + 1),
            Some(b']') => return Some((out, numbered, p)),
            _ => return None,
        }
    }
}

/// The members after the array (from `p`) up to the collection's
/// closing brace: whether one is `"type": "FeatureCollection"`, and the
/// byte after the brace. `None` if they are not members or name a second
/// `features`.
fn rest_of_object(bytes: &[u8], mut p: usize) -> Option<(bool, usize)> {
    let mut collection = false;
    loop {
        p = skip_space(bytes, p);
        match bytes.get(p) {
            Some(b'}') => return Some((collection, p + 1)),
            Some(b',') => p = skip_space(bytes, p + 1),
            _ => return None,
        }
        let (key, is_collection, after) = member(bytes, p)?;
        if key == "features" {
            return None;
        }
        collection |= is_collection;
        p = after;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::geojson_in::for_each_geojson_incident;

    fn one_pass(bytes: &[u8]) -> Vec<Incident> {
        let mut v = Vec::new();
        for_each_geojson_incident(bytes, "t.geojson", &mut |_| {}, &mut |i| {
            v.push(i);
            Ok(())
        })
        .unwrap();
        v
    }

    fn halves(text: &str) -> Option<Vec<Incident>> {
        read_in_halves_from(text.as_bytes(), "t.geojson", &mut |_| {}, 0)
    }

    /// `n` point features, the k-th with `extra` spliced into its
    /// properties.
    fn collection(n: usize, extra: impl Fn(usize) -> String, after: &str) -> String {
        let features: Vec<String> = (0..n)
            .map(|k| {
                format!(
                    r#"{{{}"properties":{{"fatalities":{k},"place":"Lieu {k}"{}}},"geometry":{{"type":"Point","coordinates":[{},{}]}},"type":"Feature"}}"#,
                    // Every third feature has an id of its own; the others
                    // are numbered by their place in the file.
                    if k % 3 == 0 { format!(r#""id":"own-{k}","#) } else { String::new() },
                    extra(k),
                    -4.0 + k as f64 * 0.001,
                    14.0 + k as f64 * 0.001
                )
            })
            .collect();
        format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[\n{}\n]{after}}}",
            features.join(",\n")
        )
    }

    #[test]
    fn two_halves_read_the_incidents_of_one_pass_in_order() {
        let text = collection(400, |_| String::new(), "");
        let v = halves(&text).expect("split");
        assert_eq!(v.len(), 400);
        assert_eq!(v, one_pass(text.as_bytes()));
        // Members after the array, a "type" among them.
        let text = format!(
            "{{\"features\":[{}],\"bbox\":[-5,13,-3,15],\"type\":\"FeatureCollection\"}}",
            collection(50, |_| String::new(), "")
                .split_once('[')
                .unwrap()
                .1
                .rsplit_once(']')
                .unwrap()
                .0
        );
        assert_eq!(halves(&text).expect("split"), one_pass(text.as_bytes()));
    }

    #[test]
    fn a_split_inside_a_feature_or_a_string_is_found_out() {
        // Arrays of objects and "},{" inside strings everywhere: whatever
        // the guess, the incidents are the one pass's, or the guess is
        // refused.
        let text = collection(
            300,
            |k| format!(r#","nested":[{{"a":{k}}},{{"b":[{{}},{{}}]}}],"note":"x}},{{y""#),
            "",
        );
        if let Some(v) = halves(&text) {
            assert_eq!(v, one_pass(text.as_bytes()));
        }
        // A guess that lands inside the middle feature's nested array:
        // that feature holds most of the bytes.
        let mid = collection(
            3,
            |k| {
                if k == 1 {
                    format!(",\"n\":[{}{{}}]", "{},".repeat(300))
                } else {
                    String::new()
                }
            },
            "",
        );
        assert!(halves(&mid).is_none(), "the split fell inside a feature");
    }

    #[test]
    fn anything_unusual_goes_back_to_one_pass() {
        // Not a collection, no array, a bad feature in either half, and
        // bytes after the end: the one-pass reader answers (and names
        // the feature).
        let good = collection(100, |_| String::new(), "");
        assert!(halves(&good.replace("FeatureCollection", "Feature")).is_none());
        assert!(halves(&good.replace("\"features\":[", "\"features\":{")).is_none());
        for k in [3, 97] {
            let bad = good.replace(&format!("\"fatalities\":{k},"), "\"fatalities\":\"many\",");
            assert!(halves(&bad).is_none());
        }
        assert!(halves(&format!("{good} x")).is_none());
        assert!(halves(&good[..good.len() - 1]).is_none());
    }
}
