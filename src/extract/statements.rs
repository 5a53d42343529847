//! What kind of statement a sentence is, read in one pass.
//!
//! Several yes/no questions are asked of every sentence: is it a general
//! statement, the story's past, a figure over a period, an earlier toll,
//! a denial, a total over several events? Each has its own pattern (in
//! [`super::events`] and [`super::casualties`]); asked one by one they
//! folded the sentence and scanned it seven times. Here one set of the
//! same patterns answers them all with one scan of one folded copy, so
//! the answers are the same as the single functions give.

use regex::RegexSet;
use std::sync::OnceLock;

/// The answers for one sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Statement {
    /// A general statement ([`super::events::is_generic`]).
    pub generic: bool,
    /// The story's past without a date ([`super::events::is_background`]).
    pub background: bool,
    /// A figure over a period ([`super::events::is_statistic`]).
    pub statistic: bool,
    /// An earlier toll ([`super::casualties::is_superseded`]).
    pub superseded: bool,
    /// The attack is said to have failed ([`super::casualties::is_denial`]).
    pub denial: bool,
    /// A count of several events ([`super::events::counts_several`]).
    pub counts_several: bool,
    /// A total over several events ([`super::events::is_summary`]).
    pub summary: bool,
    /// A tally over many events, telling none of them
    /// ([`super::events::TALLY`]).
    pub tally: bool,
    /// A count over most of a week or more ([`super::events::spans_days`]):
    /// a tally unless the sentence names where (one operation's span).
    pub spans_days: bool,
}

fn set() -> &'static RegexSet {
    static RE: OnceLock<RegexSet> = OnceLock::new();
    RE.get_or_init(|| {
        // Ten patterns asked at once make many DFA states; with the default
        // cache the lazy DFA was cleared and rebuilt sentence after sentence.
        super::compile::set_with_room(
            [
                super::events::GENERIC,
                super::events::BACKGROUND,
                super::events::STATISTIC,
                super::casualties::SUPERSEDED,
                super::casualties::DENIAL,
                super::events::COUNTS_SEVERAL,
                super::events::JOINT,
                super::events::TALLY,
                super::events::AREAS_TALLY,
                super::events::AREAS_PLACED,
            ],
            64 << 20,
        )
        .expect("statement set")
    })
}

/// Reads what kind of statement `folded` (the sentence as
/// [`crate::fold::ascii_lower_1to1`] gives it) is.
pub fn classify(folded: &str) -> Statement {
    let m = set().matches(folded);
    Statement {
        generic: m.matched(0) && super::events::generic_past_records(folded),
        background: m.matched(1),
        // The set says a period is named; a record ("la plus meurtrière
        // depuis 2012") is not a figure over it.
        statistic: (m.matched(2) && super::events::period_figure_in(folded))
            || super::events::operations_in_general(folded),
        superseded: m.matched(3),
        denial: m.matched(4),
        counts_several: m.matched(5),
        summary: m.matched(5) || m.matched(6),
        tally: m.matched(7)
            || (m.matched(8) && !m.matched(9))
            || super::events::attacks_since(folded)
            || super::events::displaced_by_attacks(folded),
        spans_days: super::events::spans_days(folded),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{casualties, events};

    #[test]
    fn one_pass_answers_as_the_single_questions() {
        for s in [
            "Le camp de Dioura avait déjà été visé par le passé, notamment par le FLA.",
            "Un premier bilan faisait état de 15 morts ; l'armée dit avoir repoussé l'attaque.",
            "74 Casques bleus tués depuis l'arrivée de la mission.",
            "Quarante civils ont été tués dans deux attaques distinctes.",
            "L'armée a neutralisé au total 80 assaillants.",
            "Le camp de Tessit a été attaqué dimanche.",
            "Vingt soldats ont été tués dans cette attaque, l'une des plus meurtrières de ces dernières années.",
            "L'attaque la plus meurtrière de ces dernières années survient alors que les attaques se multiplient.",
        ] {
            // Examples given with "notamment" are read on the original
            // text, by the caller.
            let mut got = classify(&crate::fold::ascii_lower_1to1(s));
            got.generic |= events::lists_examples(s);
            let want = Statement {
                generic: events::is_generic(s),
                background: events::is_background(s),
                statistic: events::is_statistic(s),
                superseded: casualties::is_superseded(s),
                denial: casualties::is_denial(s),
                counts_several: events::counts_several(s),
                summary: events::is_summary(s),
                tally: false,
                spans_days: false,
            };
            assert_eq!(got, want, "{s}");
        }
    }
}
