//! Shared text for the fields that repeat from incident to incident.
//!
//! A million incidents read from ACLED or from sahel's own layers name a
//! few hundred regions, cercles, places, actors and source files between
//! them. Held as one `String` each, those names are most of an incident's
//! memory; held as a [`Name`] from an [`Interner`], each distinct text is
//! stored once and every incident keeps a 16-byte handle to it.
//!
//! ```
//! use sahel::model::{Interner, Name};
//!
//! let mut names = Interner::default();
//! let a = names.name("Mopti");
//! let b = names.name("Mopti");
//! assert!(Name::shares(&a, &b));
//! assert_eq!(a, "Mopti");
//! assert_eq!(names.len(), 1);
//! ```

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// Immutable text that is cheap to clone and may be shared between
/// incidents. It reads like a `&str` (it derefs to one), compares with
/// `&str` and `String`, and serialises as a plain string.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Name(Arc<str>);

impl Name {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether two names are one stored text (interned together), not
    /// merely equal.
    pub fn shares(a: &Name, b: &Name) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Self {
        Name(Arc::from(s))
    }
}

impl From<String> for Name {
    fn from(s: String) -> Self {
        Name(Arc::from(s))
    }
}

impl From<&String> for Name {
    fn from(s: &String) -> Self {
        Name(Arc::from(s.as_str()))
    }
}

impl From<&Name> for Name {
    fn from(s: &Name) -> Self {
        s.clone()
    }
}

impl From<Name> for String {
    fn from(n: Name) -> Self {
        n.0.to_string()
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        &*self.0 == other.as_str()
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        self == &*other.0
    }
}

impl PartialEq<Name> for &str {
    fn eq(&self, other: &Name) -> bool {
        *self == &*other.0
    }
}

impl PartialEq<Name> for String {
    fn eq(&self, other: &Name) -> bool {
        self.as_str() == &*other.0
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Through `Cow` so that borrowed input is copied once, into the
        // shared allocation.
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(Name::from(&*s))
    }
}

/// Hands out one [`Name`] per distinct text: readers keep one for a whole
/// file, so that the thousandth "Mopti" costs a handle, not a copy.
#[derive(Default)]
pub struct Interner {
    names: HashSet<Name, foldhash::fast::RandomState>,
}

impl Interner {
    /// The shared name for `s`, stored on first sight.
    pub fn name(&mut self, s: &str) -> Name {
        if let Some(n) = self.names.get(s) {
            return n.clone();
        }
        let n = Name::from(s);
        self.names.insert(n.clone());
        n
    }

    /// The shared name for `s`, or `None` when `s` is empty: how data
    /// sets write an unknown region or cercle.
    pub fn opt(&mut self, s: &str) -> Option<Name> {
        (!s.is_empty()).then(|| self.name(s))
    }

    /// How many distinct texts it holds.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_share_one_allocation() {
        let mut names = Interner::default();
        let a = names.name("Ménaka");
        let b = names.name(&String::from("Ménaka"));
        let c = names.name("Menaka");
        assert!(Name::shares(&a, &b));
        assert!(!Name::shares(&a, &c));
        assert_eq!(names.len(), 2);
    }

    #[test]
    fn a_name_reads_and_compares_as_text() {
        let n = Name::from("Gao");
        assert_eq!(n, "Gao");
        assert_eq!("Gao", n);
        assert_eq!(n, String::from("Gao"));
        assert_eq!(n.len(), 3);
        assert_eq!(format!("{n} {n:?}"), "Gao \"Gao\"");
        let json = serde_json::to_string(&n).unwrap();
        assert_eq!(json, "\"Gao\"");
        let back: Name = serde_json::from_str("\"K\\u00e9l\"").unwrap();
        assert_eq!(back, "Kél");
    }

    #[test]
    fn a_handle_is_smaller_than_a_string() {
        assert_eq!(std::mem::size_of::<Name>(), 16);
        assert_eq!(std::mem::size_of::<Option<Name>>(), 16);
    }
}
