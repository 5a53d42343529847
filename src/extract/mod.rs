//! Extraction: French news articles to [`Incident`]s.
//!
//! An article is read sentence by sentence ([`article`]). Each sentence
//! gives date expressions ([`dates`]), event cues ([`events`]), places
//! ([`places`]), actors ([`actors`]) and figures ([`casualties`]). A
//! sentence that reports an event at a new place (a non-anaphoric cue or
//! an explicit date, a place, and a time anchor or a specific statement)
//! starts an incident; a sentence naming a place already reported adds to
//! that incident; a sentence with no place adds to the incident being told.
//! Places are resolved at the end, with every hint the article gave
//! (region, relative distance, the other places). [`merge_incidents`] then
//! joins the reports of one event from several articles.
//!
//! ```
//! use sahel::extract::{extract_article, article::Article};
//! use sahel::gazetteer::Gazetteer;
//! let a = Article::from_text("x.txt", "date 2025-05-30\nLe 23 mai 2025, le JNIM a attaqué le camp militaire de Dioura, dans la région de Mopti, tuant 41 soldats.");
//! let inc = extract_article(&a, Gazetteer::embedded());
//! assert_eq!(inc.len(), 1);
//! assert_eq!(inc[0].incident.location.as_ref().unwrap().cercle.as_deref(), Some("Ténenkou"));
//! assert_eq!(inc[0].incident.fatalities.low, Some(41));
//! ```

pub mod actors;
pub mod article;
pub mod casualties;
pub mod compile;
pub mod country;
pub mod dates;
mod draft;
mod drafting;
mod error;
pub mod events;
mod finish;
pub mod gates;
mod merge;
pub mod places;
pub mod rows;
mod sentence;
pub mod statements;
mod typing;

use crate::gazetteer::Gazetteer;
use crate::model::Incident;
use article::Article;

pub use error::{Error, Result};
pub use merge::merge_incidents;

/// An incident with the words that gave each of its fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// The incident.
    pub incident: Incident,
    /// Per field ("date", "place", "type", "toll", "actors"), the words
    /// that decided it.
    pub evidence: Vec<(String, String)>,
}

/// Extracts the incidents of one article, in the order they are first told.
pub fn extract_article(article: &Article, g: &Gazetteer) -> Vec<Extracted> {
    let countries = finish::Countries::of(article);
    let mut drafting = drafting::Drafting::new(article, g, countries.main());
    let sentences = article.sentences();
    // A text that is all headline-like lines (a log entry split in two, a
    // brief with no final period) is read as body text.
    let all_heads = sentences.iter().all(|s| s.heading);
    let mut paragraph = None;
    for (no, s) in sentences.into_iter().enumerate() {
        if paragraph.is_some_and(|p| p != s.paragraph) {
            drafting.new_paragraph();
        }
        paragraph = Some(s.paragraph);
        drafting.sentence(no, s.text, s.heading && !all_heads);
    }
    finish::finish(article, g, drafting.into_drafts(), countries)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_families;
