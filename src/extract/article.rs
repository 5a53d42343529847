//! Reading articles: the optional `date` line, HTML, boilerplate, sentences.
//!
//! ```
//! use sahel::extract::article::Article;
//! let a = Article::from_text("a.txt", " date 2019-03 Le camp a été attaqué dimanche. 21 soldats tués.\n3 Commentaires\nbla");
//! assert_eq!(a.published.unwrap().to_string(), "2019-03");
//! assert_eq!(a.sentences().len(), 2);
//! assert!(!a.text.contains("Commentaires"));
//! ```

use super::{Error, Result};
use crate::model::IncidentDate;
use regex::Regex;
use std::sync::OnceLock;

/// One article ready for extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// File name (`-` for standard input).
    pub file: String,
    /// Publication date (day or month precision), from the `date` line or
    /// `--published`.
    pub published: Option<IncidentDate>,
    /// The article text without the date line, markup or boilerplate.
    pub text: String,
    /// What the input says besides the text (the columns of an incident
    /// line in a spreadsheet).
    pub hints: ArticleHints,
}

/// Facts given beside an article's text: the region and place columns of
/// a spreadsheet row, and whether the text is one incident line (a log
/// entry, often with no final period) rather than an article with
/// headlines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleHints {
    /// A region, cercle or province the incidents lie in.
    pub region: Option<String>,
    /// The place of the incident when the text names none.
    pub place: Option<String>,
    /// The text is one incident line: it has no headline.
    pub line: bool,
    /// The country the incidents lie in (a country column, `--country`).
    pub country: Option<crate::country::Country>,
}

/// A sentence with its paragraph number.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence<'a> {
    /// Paragraph index (0-based).
    pub paragraph: usize,
    /// Whether the line looks like a heading (short, no final punctuation).
    pub heading: bool,
    /// The text.
    pub text: &'a str,
}

/// Parses a publication date, `YYYY-MM-DD` or `YYYY-MM`.
pub fn parse_published(s: &str) -> Result<IncidentDate> {
    IncidentDate::parse_iso(s).ok_or_else(|| Error::NotADate(s.trim().to_string()))
}

fn date_line() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
            .expect("regex")
    })
}

/// Lines from which on the rest is reader comments or page furniture.
fn boilerplate() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?im)^\s*(?:\d+\s+commentaires?|commentaires?\s*(?:\(\d+\))?|réagir|ajouter un commentaire|laisser un commentaire|participer à la discussion|partager(?:\s+sur|\s+cet article)?\s*:?|lire aussi\s*:?|à lire aussi\s*:?|articles? similaires?|sur le même sujet|tags?\s*:|mots-clés\s*:|abonnez-vous|newsletter|reply_author)\s*$",
        )
        .expect("regex")
    })
}

/// Removes tags, scripts and styles and decodes the common entities.
pub fn strip_html(html: &str) -> String {
    static SCRIPT: OnceLock<Regex> = OnceLock::new();
    static TAG: OnceLock<Regex> = OnceLock::new();
    static BLOCK: OnceLock<Regex> = OnceLock::new();
    let script = SCRIPT.get_or_init(|| crate::extract::compile::regex(r"(?is)<(script|style|nav|header|footer|aside|form)\b.*?</(script|style|nav|header|footer|aside|form)>|<!--.*?-->").expect("regex"));
    let block = BLOCK.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?i)</?(p|div|br|h[1-6]|li|tr|article|section|blockquote)\b[^>]*>",
        )
        .expect("regex")
    });
    let tag = TAG.get_or_init(|| crate::extract::compile::regex(r"(?s)<[^>]*>").expect("regex"));
    let s = script.replace_all(html, " ");
    let s = block.replace_all(&s, "\n");
    let s = tag.replace_all(&s, "");
    decode_entities(&s)
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let Some(end) = end else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..end];
        let decoded = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" | "rsquo" | "lsquo" => Some('\''),
            "nbsp" => Some(' '),
            "laquo" => Some('«'),
            "raquo" => Some('»'),
            "eacute" => Some('é'),
            "egrave" => Some('è'),
            "ecirc" => Some('ê'),
            "agrave" => Some('à'),
            "acirc" => Some('â'),
            "ccedil" => Some('ç'),
            "ocirc" => Some('ô'),
            "icirc" => Some('î'),
            "iuml" => Some('ï'),
            "ucirc" => Some('û'),
            "ugrave" => Some('ù'),
            "Eacute" => Some('É'),
            "oelig" => Some('œ'),
            "hellip" => Some('…'),
            "ndash" => Some('–'),
            "mdash" => Some('—'),
            _ if ent.starts_with("#x") => u32::from_str_radix(&ent[2..], 16)
                .ok()
                .and_then(char::from_u32),
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Joins lines a text was hard-wrapped at ("un policier\net un gendarme
/// ont été tués"): a line break inside a sentence, after a line without
/// final punctuation and before a lowercase word, is a space. Paragraphs
/// and headlines (followed by a capital) stay apart.
fn unwrap_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        let Some(next) = lines.peek() else { break };
        let ends_open = !line
            .trim_end()
            .ends_with(['.', '!', '?', ':', ';', '»', '"', ')'])
            && !line.trim().is_empty();
        let continues = next
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        out.push(if ends_open && continues { ' ' } else { '\n' });
    }
    out
}

/// "une attaque à #Diblou", "#Burkina": copy from social networks tags
/// names with a hash, which the gazetteer and the rules read without it.
fn plain_hashtags(text: String) -> String {
    if !text.contains('#') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let tag = c == '#'
            && prev.is_none_or(|p| p.is_whitespace() || "(«\"'’".contains(p))
            && chars.peek().is_some_and(|n| n.is_uppercase());
        if !tag {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// "le lundi 1ᵉʳ juillet", "le 2ᵉ bataillon": ordinals typed with
/// superscript letters read as the plain ones the date and unit rules know.
fn plain_ordinals(text: String) -> String {
    if !text.contains(['ᵉ', 'ʳ', 'ᵈ']) {
        return text;
    }
    text.replace('ᵉ', "e").replace('ʳ', "r").replace('ᵈ', "d")
}

impl Article {
    /// Reads an article from its text (plain or HTML); `file` names it.
    pub fn from_text(file: &str, raw: &str) -> Article {
        let is_html = file.ends_with(".html") || file.ends_with(".htm") || {
            let head = raw
                .trim_start()
                .get(..200.min(raw.trim_start().len()))
                .unwrap_or("")
                .to_ascii_lowercase();
            head.starts_with("<!doctype html")
                || head.starts_with("<html")
                || head.contains("<body")
        };
        let text = if is_html {
            strip_html(raw)
        } else {
            raw.to_string()
        };
        let mut published = None;
        let mut body = text.as_str();
        if let Some(c) = date_line().captures(body) {
            published = parse_published(&c[1]).ok();
            if published.is_some() {
                body = &body[c.get(0).expect("match").end()..];
            }
        }
        let body = match boilerplate().find(body) {
            Some(m) => &body[..m.start()],
            None => body,
        };
        Article {
            file: file.to_string(),
            published,
            text: plain_hashtags(plain_ordinals(unwrap_lines(body.trim()))),
            hints: ArticleHints::default(),
        }
    }

    /// The article's sentences, paragraph by paragraph.
    pub fn sentences(&self) -> Vec<Sentence<'_>> {
        let mut out = Vec::new();
        for (p, para) in self
            .text
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
        {
            // A headline: a short line with no final stop, or the first
            // line of the text when it has none (headlines run long).
            let limit = if p == 0 { 250 } else { 90 };
            let heading = !self.hints.line
                && ((para.len() < limit && !para.ends_with(['.', '!', '?', '»', '"', ':']))
                    || (para.starts_with("- ") && para.ends_with(" -")));
            for s in split_sentences(para).into_iter().flat_map(cap_sentence) {
                // A log line strings its events with semicolons ("... à
                // Niono ; tirs de mortier sur la caserne de Molodo").
                let parts: Vec<&str> = if self.hints.line {
                    s.split(" ; ")
                        .map(str::trim)
                        .filter(|x| !x.is_empty())
                        .flat_map(remark_apart)
                        .collect()
                } else {
                    reported_clauses(s)
                };
                for text in parts {
                    out.push(Sentence {
                        paragraph: p,
                        heading,
                        text,
                    });
                }
            }
        }
        out
    }
}

/// "DIFFA – attentat-suicide lundi : 5 morts; la ville attaquée trois fois
/// en quatre jours": a log line's remark after a semicolon, a tally or a
/// general statement, is read apart from the event it follows, which it
/// would otherwise turn into a statement too.
fn remark_apart(part: &str) -> Vec<&str> {
    for (i, _) in part.match_indices("; ") {
        let rest = part[i + 2..].trim();
        let kind = super::statements::classify(&crate::fold::ascii_lower_1to1(rest));
        if kind.generic || kind.tally || kind.statistic || kind.background {
            return vec![part[..i].trim(), rest];
        }
    }
    vec![part]
}

/// Cuts a sentence where a quoted source goes on to another matter ("Le
/// bilan de cette opération fait état de 6 morts, précise le communiqué,
/// ajoutant que le 30 mai une patrouille a ..."): what comes after
/// "ajoutant que" is read as a sentence of its own, so that the toll
/// before it stays with the event it counts.
///
/// ```
/// use sahel::extract::article::reported_clauses;
/// let s = "Six morts, selon la note, ajoutant que le 2 juin une patrouille a été visée.";
/// assert_eq!(reported_clauses(s), vec!["Six morts, selon la note,", "ajoutant que le 2 juin une patrouille a été visée."]);
/// assert_eq!(reported_clauses("Il a ajouté que six soldats sont morts."), vec!["Il a ajouté que six soldats sont morts."]);
/// ```
pub fn reported_clauses(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let cut = [
            " ajoutant que ",
            " ajoutant qu'",
            " ajoutant qu’",
            " et d'ajouter que ",
            " et d’ajouter que ",
        ]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .filter(|&i| i > 0);
        match cut {
            Some(i) => {
                out.push(rest[..i].trim());
                rest = rest[i..].trim_start();
            }
            None => break,
        }
    }
    out.push(rest);
    out
}

/// The longest sentence read as one. Prose sentences stay far below it
/// (a long list of villages runs to about 2 KB); beyond it the text is not
/// prose, and the per-sentence state (every place, figure and date of the
/// sentence at once) would grow with the whole input: a megabyte of "à
/// Gao, " with no stop took a hundred times its size in memory.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Cuts a sentence longer than [`MAX_SENTENCE_BYTES`] into clauses no
/// longer than that: at the last ", " or "; " before the limit, else at
/// the last space, else at a character boundary.
///
/// ```
/// use sahel::extract::article::{cap_sentence, MAX_SENTENCE_BYTES};
/// let long = "à Gao, ".repeat(2000);
/// let parts = cap_sentence(long.trim_end());
/// assert!(parts.len() > 1);
/// assert!(parts.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES));
/// assert_eq!(parts.concat().replace(' ', ""), long.replace(' ', ""));
/// ```
pub fn cap_sentence(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while rest.len() > MAX_SENTENCE_BYTES {
        let mut limit = MAX_SENTENCE_BYTES;
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        let head = &rest[..limit];
        let cut = head
            .rfind(", ")
            .or_else(|| head.rfind("; "))
            .map(|i| i + 1)
            .or_else(|| head.rfind(' '))
            .filter(|&i| i > 0)
            .unwrap_or(limit);
        let (clause, tail) = rest.split_at(cut);
        let clause = clause.trim();
        if !clause.is_empty() {
            out.push(clause);
        }
        rest = tail.trim_start();
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// A clause after a semicolon that opens on a day: "le 15 février",
/// "sam. 8 mai", "jeudi", "la veille", "le lendemain", "le même jour".
fn dated_clause() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)^\s*(?:(?:le|ce)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun\.|mar\.|mer\.|jeu\.|ven\.|sam\.|dim\.)(?:\s+\d{1,2}(?:er)?)?|\d{1,2}(?:er)?\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?:\b|\s)|^\s*(?:la\s+veille|le\s+lendemain|le\s+même\s+jour|le\s+meme\s+jour|plus\s+tôt|dans\s+la\s+nuit\s+(?:du|de))\b")
        .expect("regex")
    })
}

/// Splits a paragraph at `.`, `!` or `?` followed by a space and a capital
/// letter, a digit or a quote; abbreviations such as "M." and "av." and
/// initials do not end a sentence.
/// So does a semicolon before a clause that opens on a day of its own.
pub fn split_sentences(para: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = para.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        // "...dans le secteur de Hombori; le 8 mai, un camion saute sur
        // une mine près de Tessalit": a clause that opens on its own day
        // tells another event, as a new sentence would.
        // So does an entry after a bar ("… 2 agents blessés | 31 mai 2016 :
        // station de police d'Intangom attaquée").
        if matches!(c, b';' | b'|')
            && dated_clause().is_match(crate::fold::head(&para[i + 1..], 40))
        {
            let s = para[start..i].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = i + 1;
            i += 1;
            continue;
        }
        if matches!(c, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b')') {
                j += 1;
            }
            // "»" is two bytes in UTF-8.
            if para[j..].starts_with('»') {
                j += '»'.len_utf8();
            }
            let after = &para[j..];
            let next = after.trim_start();
            let spaced = after.len() > next.len();
            let starts_new = next.chars().next().is_some_and(|ch| {
                ch.is_uppercase() || ch.is_ascii_digit() || matches!(ch, '«' | '"' | '–' | '-')
            });
            // Only the last few bytes: scanning back to the sentence's
            // start at each stop made "x.x.x." quadratic.
            // ("(env. 200 km": a bracket before the word.)
            let word_before = crate::fold::tail(&para[start..i], 12)
                .rsplit(|ch: char| ch.is_whitespace())
                .next()
                .unwrap_or("")
                .trim_start_matches(['(', '[', '«', '"', '\'', '’']);
            let abbrev = c == b'.'
                && (word_before.chars().count() == 1
                    && word_before.chars().all(char::is_uppercase)
                    || matches!(
                        word_before,
                        "M" | "Mme" | "Dr" | "av" | "St" | "Mgr" | "etc" | "cf" | "p" | "n°"
                    )
                    // Logs shorten weekdays and words ("ven. 06/05 vers
                    // 9h", "cne. de Gorom", "env. 30 km").
                    || matches!(
                        word_before.to_lowercase().as_str(),
                        "lun" | "mar" | "mer" | "jeu" | "ven" | "sam" | "dim" | "cne" | "dépt"
                            | "env" | "approx" | "prov" | "rég" | "préf" | "vill" | "loc"
                    ));
            // "précise cette source.La situation": a space lost when the
            // page was copied; a word of lowercase letters before and a
            // capitalised word after tell it from "Al-Qaïda.Net" or "U.S".
            let glued = !spaced && c == b'.' && {
                let mut after = next.chars();
                word_before.chars().count() >= 3
                    && word_before
                        .chars()
                        .all(|ch| ch.is_alphabetic() && ch.is_lowercase())
                    && after.next().is_some_and(char::is_uppercase)
                    && after.next().is_some_and(char::is_lowercase)
            };
            if (spaced && starts_new && !abbrev) || glued || next.is_empty() {
                let s = para[start..j].trim();
                if !s.is_empty() {
                    out.push(s);
                }
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    let s = para[start..].trim();
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// An article from the bytes of a file (UTF-8 or Windows-1252); `name`
/// names it in errors, `display` in the incidents' sources. Binary and
/// empty files are refused, and so is a `date` header that names no day
/// ("date 2025-13-45").
pub fn article_from_bytes(
    name: &str,
    display: &str,
    bytes: &[u8],
    published: Option<IncidentDate>,
) -> Result<Article> {
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(Error::Binary(name.to_string()));
    }
    let (text, _) = crate::files::decode_text(bytes);
    if text.trim().is_empty() {
        return Err(Error::Empty(name.to_string()));
    }
    // "date 2025-13-45": a header that names no day is refused, not read
    // as an article without a date (unless the caller gives the date).
    if published.is_none() {
        if let Some(c) = date_line().captures(&text) {
            if let Err(e) = parse_published(&c[1]) {
                let at = c.get(1).expect("group").start();
                return Err(Error::Line {
                    origin: name.to_string(),
                    line: 1 + text[..at].matches('\n').count() as u64,
                    problem: format!("date header: {e}"),
                });
            }
        }
    }
    let mut a = Article::from_text(display, &text);
    if published.is_some() {
        a.published = published;
    }
    Ok(a)
}

/// The articles of a directory: its `.txt`, `.html` and `.htm` files,
/// sorted (subdirectories are not read).
pub fn article_files(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut v: Vec<std::path::PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|f| {
            f.is_file()
                && f.extension()
                    .is_some_and(|e| e == "txt" || e == "html" || e == "htm")
        })
        .collect();
    v.sort();
    Ok(v)
}

/// Reads articles from files, directories (every `.txt`, `.html`, `.htm`
/// file, sorted) and `-` (standard input). A file that cannot be used
/// (unreadable, empty, binary) is reported in the second list and the
/// others are still read. `published` overrides or supplies the
/// publication date.
pub fn read_articles(
    inputs: &[std::path::PathBuf],
    published: Option<IncidentDate>,
) -> (Vec<Article>, Vec<String>) {
    let (files, mut problems) = article_paths(inputs);
    let mut out = Vec::new();
    for f in files {
        match read_article(&f, published) {
            Ok(a) => out.push(a),
            Err(e) => problems.push(e),
        }
    }
    (out, problems)
}

/// The article files `inputs` name, directories listed (`-` kept for
/// standard input), and what could not be listed: for commands that read
/// one article at a time ([`read_article`]) rather than every text at once.
pub fn article_paths(inputs: &[std::path::PathBuf]) -> (Vec<std::path::PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            files.push(p.clone());
        } else if p.is_dir() {
            match article_files(p) {
                Ok(v) => {
                    if v.is_empty() {
                        problems.push(format!(
                            "{}: no .txt or .html article in this directory",
                            p.display()
                        ));
                    }
                    files.extend(v);
                }
                Err(e) => problems.push(format!("{}: cannot read directory: {e}", p.display())),
            }
        } else {
            files.push(p.clone());
        }
    }
    (files, problems)
}

/// Reads one article file (`-`: standard input); the problem, as a line
/// for the user, when it cannot be read.
pub fn read_article(
    f: &std::path::Path,
    published: Option<IncidentDate>,
) -> Result<Article, String> {
    let name = f.display().to_string();
    let bytes = crate::files::read_bytes(f).map_err(|e| crate::files::with_reasons(&e))?;
    let display = if f.as_os_str() == "-" {
        "-".to_string()
    } else {
        f.file_name()
            .map_or(name.clone(), |n| n.to_string_lossy().into_owned())
    };
    article_from_bytes(&name, &display, &bytes, published).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_impossible_date_header_is_refused_with_its_line() {
        let e = article_from_bytes("a.txt", "a.txt", b"date 2025-13-45\n\nAttaque a Gao.", None)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("a.txt:1: date header"), "{e}");
        assert!(e.contains("2025-13-45"), "{e}");
        // The caller's date stands for a bad header; a good one is read.
        let d = IncidentDate::parse_iso("2025-01-02");
        assert!(article_from_bytes("a.txt", "a.txt", b"date 2025-13-45\nTexte.", d).is_ok());
        let a = article_from_bytes("a.txt", "a.txt", b"date 2025-02-03\nTexte.", None).unwrap();
        assert_eq!(a.published.unwrap().to_string(), "2025-02-03");
    }

    #[test]
    fn date_line_variants() {
        let a = Article::from_text("a", "date 2024-03-18\nTexte.");
        assert_eq!(a.published.unwrap().to_string(), "2024-03-18");
        assert_eq!(a.text, "Texte.");
        let b = Article::from_text("b", "   date 2023-11 Le GSIM a revendiqué.");
        assert_eq!(b.published.unwrap().to_string(), "2023-11");
        assert_eq!(b.text, "Le GSIM a revendiqué.");
        let c = Article::from_text("c", "Au Mali, le week-end a été chargé.");
        assert!(c.published.is_none());
        let d = Article::from_text("d", "date inconnue. Texte.");
        assert!(d.published.is_none());
        assert!(parse_published("2024-13").is_err());
        assert!(parse_published("hier").is_err());
    }

    #[test]
    fn hashtags_are_read_as_the_names_they_tag() {
        let a = Article::from_text(
            "a",
            "date 2024-03-18\nUne attaque à #Diblou (#Burkina), ticket #12.",
        );
        assert_eq!(a.text, "Une attaque à Diblou (Burkina), ticket #12.");
    }

    #[test]
    fn comments_and_share_buttons_are_not_text() {
        let raw = "L'attaque a eu lieu mardi.\nLe bilan est lourd.\n31 Commentaires\nReply_author\nil y a 3 semaines Les attaques au coeur de Paris";
        let a = Article::from_text("x", raw);
        assert!(a.text.ends_with("Le bilan est lourd."), "{}", a.text);
        let b = Article::from_text("y", "Texte de l'article.\nPartager :\nFacebook Twitter");
        assert_eq!(b.text, "Texte de l'article.");
        let c = Article::from_text("z", "Texte.\nLire aussi :\nUne autre attaque à Gao");
        assert_eq!(c.text, "Texte.");
    }

    #[test]
    fn html_is_stripped() {
        let raw = "<html><head><style>p{}</style><script>var x='à Gao';</script></head><body><nav>Menu Gao</nav><p>Le camp de Dioura a &eacute;t&eacute; attaqu&eacute;.</p><p>Bilan&nbsp;: 3 morts.</p></body></html>";
        let a = Article::from_text("a.html", raw);
        assert!(
            a.text.contains("Le camp de Dioura a été attaqué."),
            "{}",
            a.text
        );
        assert!(!a.text.contains("var x") && !a.text.contains("Menu"));
        assert_eq!(a.sentences().len(), 2);
    }

    #[test]
    fn sentences_split_at_the_right_places() {
        let s = split_sentences("Le camp a été attaqué. M. Diarra a parlé. L'armée dit « repoussé ». 21 soldats tués! Fin");
        assert_eq!(
            s,
            vec![
                "Le camp a été attaqué.",
                "M. Diarra a parlé.",
                "L'armée dit « repoussé ».",
                "21 soldats tués!",
                "Fin"
            ]
        );
        assert_eq!(
            split_sentences("Vers 5H00. Les tirs."),
            vec!["Vers 5H00.", "Les tirs."]
        );
        // A space lost in copying still ends a sentence; a domain or
        // initials do not.
        assert_eq!(
            split_sentences("Plus aucun soldat, selon cette source.La ville inquiète. Voir Maliweb.Net et U.S.Army."),
            vec![
                "Plus aucun soldat, selon cette source.",
                "La ville inquiète.",
                "Voir Maliweb.Net et U.S.Army."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_one_sentence() {
        let a = Article::from_text("a", "Samedi à Léré, un policier\net un gendarme ont été tués.\nTitre suivant\nLe camp a été visé.");
        let s: Vec<&str> = a.sentences().iter().map(|s| s.text).collect();
        assert_eq!(
            s,
            [
                "Samedi à Léré, un policier et un gendarme ont été tués.",
                "Titre suivant",
                "Le camp a été visé."
            ]
        );
    }

    #[test]
    fn a_text_without_stops_is_read_in_bounded_clauses() {
        // A megabyte with no full stop is not one sentence: each piece
        // stays under the cap, cut after a comma, and nothing is lost.
        let text = "Attaque à Gao, ".repeat(70_000);
        let a = Article::from_text("a", &text);
        let s = a.sentences();
        assert!(s.len() > 200);
        assert!(s.iter().all(|x| x.text.len() <= MAX_SENTENCE_BYTES));
        assert!(s
            .iter()
            .all(|x| x.text.ends_with(',') || x == s.last().unwrap()));
        let words: usize = s.iter().map(|x| x.text.split_whitespace().count()).sum();
        assert_eq!(words, 3 * 70_000);
        // A long real sentence (a list of forty villages) stays whole.
        let list = format!(
            "Les villages de {} ont été attaqués.",
            vec!["Ségué-Iré"; 40].join(", ")
        );
        assert_eq!(
            split_sentences(&list)
                .into_iter()
                .flat_map(cap_sentence)
                .count(),
            1
        );
    }

    #[test]
    fn superscript_ordinals_read_as_plain_ones() {
        let a = Article::from_text(
            "a.txt",
            "date 2024-07-04\nUne frappe a eu lieu le lundi 1ᵉʳ juillet 2024.",
        );
        assert!(a.text.contains("1er juillet"), "{}", a.text);
    }

    #[test]
    fn headings_are_marked() {
        let a = Article::from_text("a", "Frappes de drone à Amasrakad\nLe camp a été attaqué samedi.\n- Le bilan de l'opération -\nTexte.");
        let s = a.sentences();
        assert!(s[0].heading);
        assert!(!s[1].heading);
        assert!(s[2].heading);
    }
}
