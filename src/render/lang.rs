//! The language of what sahel draws and writes for readers: map and chart
//! titles, legends and notes, and the report. French by default, as the
//! reports the users read; English on request (`--lang en`).
//!
//! ```
//! use sahel::render::lang::Lang;
//! use sahel::model::EventType;
//! let fr: Lang = "fr".parse().unwrap();
//! assert_eq!(fr.event_type(EventType::Ambush), "embuscade");
//! assert_eq!(Lang::En.event_type(EventType::Ambush), "ambush");
//! assert_eq!(fr.pick("Deaths", "Morts"), "Morts");
//! assert!("de".parse::<Lang>().is_err());
//! ```

use crate::model::EventType;
use chrono::{Datelike, NaiveDate};

/// A language for labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fr" | "french" | "français" | "francais" => Ok(Lang::Fr),
            "en" | "english" | "anglais" => Ok(Lang::En),
            other => Err(format!("unknown language {other:?}: expected fr or en")),
        }
    }
}

impl Lang {
    /// The English or the French text.
    pub fn pick<'a>(self, en: &'a str, fr: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    /// An event type as a reader's word.
    pub fn event_type(self, t: EventType) -> &'static str {
        use EventType::*;
        match (self, t) {
            (Lang::En, t) => match t {
                Attack => "attack",
                Ambush => "ambush",
                Ied => "IED",
                DroneStrike => "drone strike",
                Airstrike => "airstrike",
                RocketOrMortar => "rocket or mortar",
                SuicideAttack => "suicide attack",
                Siege => "siege",
                Massacre => "massacre",
                Kidnapping => "kidnapping",
                Clash => "clash",
                Other => "other",
            },
            (Lang::Fr, t) => match t {
                Attack => "attaque",
                Ambush => "embuscade",
                Ied => "engin explosif",
                DroneStrike => "frappe de drone",
                Airstrike => "frappe aérienne",
                RocketOrMortar => "tirs de roquettes ou d'obus",
                SuicideAttack => "attentat-suicide",
                Siege => "blocus",
                Massacre => "massacre",
                Kidnapping => "enlèvement",
                Clash => "affrontement",
                Other => "autre",
            },
        }
    }

    /// A legend or table key as a reader's word: an event type's code
    /// (`drone_strike`) or one of the actor keys that are words
    /// (`civilians`, `unknown`, `other`); actor names stay as they are.
    pub fn key(self, key: &str) -> String {
        if let Ok(t) = key.parse::<EventType>() {
            return self.event_type(t).to_string();
        }
        match (self, key) {
            (Lang::Fr, "civilians") => "civils".into(),
            (Lang::Fr, "unknown") => "inconnu".into(),
            (Lang::Fr, "other") => "autres".into(),
            _ => key.replace('_', " "),
        }
    }

    /// "Mar 2024" / "mars 2024".
    pub fn month_year(self, d: NaiveDate) -> String {
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        const FR: [&str; 12] = [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc.",
        ];
        let m = d.month0() as usize;
        let name = match self {
            Lang::En => EN[m],
            Lang::Fr => FR[m],
        };
        format!("{name} {}", d.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_has_a_word_in_each_language() {
        for t in EventType::ALL {
            for lang in [Lang::Fr, Lang::En] {
                let w = lang.event_type(t);
                assert!(!w.is_empty() && !w.contains('_'), "{t:?} {lang:?}");
                assert_eq!(lang.key(t.as_str()), w);
            }
        }
        assert_eq!(Lang::Fr.key("civilians"), "civils");
        assert_eq!(Lang::Fr.key("JNIM"), "JNIM");
        let d = NaiveDate::from_ymd_opt(2025, 8, 3).unwrap();
        assert_eq!(Lang::Fr.month_year(d), "août 2025");
        assert_eq!(Lang::En.month_year(d), "Aug 2025");
    }
}
