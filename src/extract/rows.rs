//! Incident lines from a spreadsheet: one text cell per row, with an
//! optional date, region and place column.
//!
//! Security logs and analysts' spreadsheets hold one short description per
//! row ("Embuscade contre un convoi FAMa à 45 km au sud-est de Hombori"),
//! often without a final period, with the date in its own column. Each
//! row becomes an [`Article`] of its own, named `FILE:LINE` (the line of
//! the row in the file, the header being line 1), whose publication date
//! is the date column; the region and place columns become hints. Comma,
//! semicolon and tab separated files are read (the separator is detected
//! from the header).
//!
//! ```
//! use sahel::extract::rows::{read_rows, RowOptions};
//! let csv = "id;date;description\n7;14/03/2022;Assassinat d'un conseiller communal à Ténenkou\n";
//! let opts = RowOptions { text_column: "description".into(), date_column: Some("date".into()), ..Default::default() };
//! let t = read_rows(csv, "log.csv", &opts).unwrap();
//! assert_eq!(t.headers, ["id", "date", "description"]);
//! assert_eq!(t.rows[0].article.file, "log.csv:2");
//! assert_eq!(t.rows[0].article.published.unwrap().to_string(), "2022-03-14");
//! ```

use super::article::{Article, ArticleHints};
use super::{Error, Result};
use crate::gazetteer::geocode::detect_delimiter;
use crate::model::IncidentDate;
use chrono::{Datelike, NaiveDate};

/// Which columns to read.
#[derive(Debug, Clone, Default)]
pub struct RowOptions {
    /// Column holding the incident description.
    pub text_column: String,
    /// Column holding the date of the row (YYYY-MM-DD, DD/MM/YYYY,
    /// YYYY-MM, YYYY, "14 mars 2022", "14 March 2022").
    pub date_column: Option<String>,
    /// Column holding the place, used when the text names none.
    pub place_column: Option<String>,
    /// Column holding a region, cercle or province, used as a hint.
    pub region_column: Option<String>,
    /// Column holding the country (name or code), used as a hint.
    pub country_column: Option<String>,
    /// The country of every row, when no column gives it.
    pub country: Option<crate::country::Country>,
    /// Report rows with an unreadable date and read them without it,
    /// instead of stopping.
    pub skip_invalid: bool,
}

/// One row: its line in the file, its cells and the article made of it.
#[derive(Debug, Clone)]
pub struct Row {
    /// Line of the row in the file (the header is line 1).
    pub line: u64,
    /// The row's cells, as read.
    pub cells: Vec<String>,
    /// The row's text as an article.
    pub article: Article,
}

/// A spreadsheet of incident lines.
#[derive(Debug, Clone)]
pub struct RowTable {
    /// The header's column names.
    pub headers: Vec<String>,
    /// The separator (kept for the output).
    pub delimiter: u8,
    /// The rows, in file order.
    pub rows: Vec<Row>,
    /// Rows read without their date (with `skip_invalid`).
    pub warnings: Vec<String>,
}

/// Reads the rows of `text` (a CSV with a header); `origin` names the file
/// in errors and in the articles' names (its file name only).
pub fn read_rows(text: &str, origin: &str, opts: &RowOptions) -> Result<RowTable> {
    if text.trim().is_empty() {
        return Err(Error::File {
            origin: origin.to_string(),
            problem: "empty file (expected a CSV with a header line)".into(),
        });
    }
    let stem = std::path::Path::new(origin)
        .file_name()
        .map_or(origin.to_string(), |n| n.to_string_lossy().into_owned());
    let delimiter = detect_delimiter(text);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::File {
            origin: origin.to_string(),
            problem: format!("cannot read the header line: {e}"),
        })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let lines = crate::files::CsvLines::after_header(rdr.position());
    let find = |name: &str, role: &'static str| -> Result<usize> {
        Ok(crate::files::MissingColumn::position(
            origin,
            &headers,
            name.trim(),
            role,
        )?)
    };
    let text_col = find(&opts.text_column, "text")?;
    let optional =
        |c: &Option<String>, role: &'static str| c.as_deref().map(|c| find(c, role)).transpose();
    let date_col = optional(&opts.date_column, "date")?;
    let place_col = optional(&opts.place_column, "place")?;
    let region_col = optional(&opts.region_column, "region")?;
    let country_col = optional(&opts.country_column, "country")?;
    let mut rows = Vec::new();
    let mut warnings = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| lines.line(p));
            Error::Line {
                origin: origin.to_string(),
                line,
                problem: format!("malformed CSV row: {e}"),
            }
        })?;
        let line = rec.position().map_or(0, |p| lines.line(p));
        let cell = |c: Option<usize>| {
            c.and_then(|c| rec.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let published = match cell(date_col) {
            None => None,
            Some(d) => match parse_row_date(&d) {
                Some(d) => Some(d),
                None if opts.skip_invalid => {
                    warnings.push(format!(
                        "{origin}:{line}: date {d:?} not understood; row read without it"
                    ));
                    None
                }
                None => {
                    return Err(Error::RowDate {
                        origin: origin.to_string(),
                        line,
                        value: d,
                    })
                }
            },
        };
        let description = cell(Some(text_col)).unwrap_or_default();
        // "SOUM / Béléhédé : ...": the area in capitals is the row's
        // region when no column gives one.
        let (area, description) = line_as_written(&description);
        let mut article = Article::from_text(&format!("{stem}:{line}"), &description);
        // The date column is the row's date, whatever the text starts with.
        if published.is_some() {
            article.published = published;
        }
        article.hints = ArticleHints {
            region: cell(region_col).or(area),
            place: cell(place_col),
            line: true,
            country: cell(country_col)
                .and_then(|c| crate::country::Country::parse(&c))
                .or(opts.country),
        };
        rows.push(Row {
            line,
            cells: rec.iter().map(str::to_string).collect(),
            article,
        });
    }
    Ok(RowTable {
        headers,
        delimiter,
        rows,
        warnings,
    })
}

/// A log line's text as the extractor reads it, and the area it opens on
/// when it names one ([`area_slash_place`], [`dateline_as_place`]).
///
/// ```
/// use sahel::extract::rows::line_as_written;
/// let (area, text) = line_as_written("DIFFA / Toumour - 5 personnes tuées");
/// assert_eq!((area.as_deref(), text.as_str()), (Some("Diffa"), "Toumour : 5 personnes tuées"));
/// ```
pub fn line_as_written(line: &str) -> (Option<String>, String) {
    let line = without_recall_word(&without_shorthand(without_alert(line))).into_owned();
    match area_slash_place(&line) {
        Some((area, text)) => (Some(area), dateline_as_place(&text).into_owned()),
        None => (
            None,
            dateline_as_place(&sites_with_a_slash(&line)).into_owned(),
        ),
    }
}

/// "Boulkessy/Mondoro - double attaque ...": a line that opens on two
/// sites joined by a slash names both, as "Boulkessy et Mondoro" would
/// (a slash after an area in capitals is [`area_slash_place`]'s).
///
/// ```
/// use sahel::extract::rows::sites_with_a_slash;
/// assert_eq!(sites_with_a_slash("Boulkessy/Mondoro - double attaque"), "Boulkessy et Mondoro - double attaque");
/// assert_eq!(sites_with_a_slash("Attaque à Gao le 12/03"), "Attaque à Gao le 12/03");
/// ```
pub fn sites_with_a_slash(line: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s*/\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(\s*[-–—:(])",
        )
        .expect("regex")
    });
    re.replace(line, "$1 et $2$3")
}

/// A log line whose recalled event ("RAPPEL ZIMTENGA 13/05 : procession
/// attaquée", "Pour rappel, la brigade attaquée le 9 juin") opens on
/// "Auparavant": a sentence of its own about an earlier event, its place
/// and day read as a line's.
///
/// ```
/// use sahel::extract::rows::without_recall_word;
/// assert_eq!(without_recall_word("Toulfé : 4 tués. RAPPEL ZIMTENGA 13/05 : 4 tués"), "Toulfé : 4 tués. Auparavant, ZIMTENGA 13/05 : 4 tués");
/// assert_eq!(without_recall_word("Gao : tirs. Pour rappel, le 16/02 un poste attaqué"), "Gao : tirs. Auparavant, le 16/02 un poste attaqué");
/// ```
pub fn without_recall_word(line: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(r"(?i)(^|[.;]\s+)(?:pour\s+)?rappel\s*[:,]?\s*(\p{Ll})?")
            .expect("regex")
    });
    // "Auparavant" says what the log's word said, in words the extractor
    // reads as an earlier event: "Rappel sam. 15/03 : accrochage" is
    // another account, not more of the one before.
    re.replace_all(line, |c: &regex::Captures| {
        let next = c.get(2).map_or("", |m| m.as_str());
        format!("{}Auparavant, {next}", &c[1])
    })
}

/// A log line with the shorthand of security logs written out: "att. du
/// camp" is an attack, "enlèvt" an abduction, "cne de Markoye" a commune,
/// "dépt de Torodi" a département, "bilan prov." or "bilan gouv." a
/// provisional or the government's toll. The rules read words; the dot of
/// "att." had also ended a sentence before its place.
///
/// ```
/// use sahel::extract::rows::without_shorthand;
/// assert_eq!(without_shorthand("Nampala : att. du camp, bilan prov. 12 morts"), "Nampala : attaque du camp, bilan provisoire 12 morts");
/// assert_eq!(without_shorthand("ENLÈVT DE 3 CIVILS (CNE DE DORI)"), "ENLÈVEMENT DE 3 CIVILS (COMMUNE DE DORI)");
/// assert_eq!(without_shorthand("Attaque à Gao"), "Attaque à Gao");
/// ```
pub fn without_shorthand(line: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::extract::compile::regex(
            r"(?i)\b(?:(?P<dot>att|prov|gouv)\.|(?P<word>enl[eè]v(?:e?mt|t)|enlvt|cne|d[ée]pt|dpt)\b\.?)(?P<end>\s|$)",
        )
        .expect("regex")
    });
    re.replace_all(line, |c: &regex::Captures| {
        let short = c.name("dot").or(c.name("word")).map_or("", |m| m.as_str());
        let folded = crate::fold::fold(short);
        let long = match folded.as_str() {
            "att" => "attaque",
            "prov" => "provisoire",
            "gouv" => "gouvernemental",
            "cne" => "commune",
            "dept" | "dpt" => "département",
            _ => "enlèvement",
        };
        let written = if all_caps(short) {
            long.to_uppercase()
        } else if short.starts_with(char::is_uppercase) {
            let mut w = long[..1].to_uppercase();
            w.push_str(&long[1..]);
            w
        } else {
            long.to_string()
        };
        format!("{written}{}", &c["end"])
    })
}

/// A line without the flag a ticker or a feed puts before it ("🔴
/// URGENT Partiaga – ...", "ALERTE | Mali : ...", "FLASH - ..."): the
/// flag says how fast the news came, and hid the place that follows it.
///
/// ```
/// use sahel::extract::rows::without_alert;
/// assert_eq!(without_alert("🔴 URGENT Partiaga – 60 morts"), "Partiaga – 60 morts");
/// assert_eq!(without_alert("ALERTE | Mali : attaque"), "Mali : attaque");
/// assert_eq!(without_alert("Urgences de Kaya : 3 blessés"), "Urgences de Kaya : 3 blessés");
/// ```
pub fn without_alert(line: &str) -> &str {
    static FLAG: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let flag = FLAG.get_or_init(|| {
        crate::extract::compile::regex(
            r"^[\s\p{Extended_Pictographic}\x{FE0F}]*(?:(?:URGENT|ALERTE|FLASH(?:\s+INFO)?|BREAKING(?:\s+NEWS)?|DERNI[ÈE]RE\s+MINUTE|(?i:urgent|alerte|flash|derni[èe]re\s+minute)\s*[|:–—-])[\s|:–—-]*)?[\s\p{Extended_Pictographic}\x{FE0F}]*",
        )
        .expect("regex")
    });
    flag.find(line).map_or(line, |m| &line[m.end()..])
}

/// A log line that opens on its place and a dash ("AGUELHOK - à l'aube,
/// le camp attaqué", "Djibo – embuscade contre un convoi") names where
/// the event was, not where a report was filed as a wire's dateline does:
/// the dash is read as the colon of "Djibo : embuscade ...". A dash
/// between two names before the colon ("Banibangou - Tizigorou :
/// mosquée attaquée") names an area, then its place: the place is the
/// site, set in the area (a road is written "axe Gao-Ansongo").
///
/// ```
/// use sahel::extract::rows::dateline_as_place;
/// assert_eq!(dateline_as_place("INATES - Mardi, camp attaqué"), "INATES : Mardi, camp attaqué");
/// assert_eq!(dateline_as_place("Djibo – embuscade"), "Djibo : embuscade");
/// assert_eq!(dateline_as_place("Djibo - 3 soldats tués"), "Djibo : 3 soldats tués");
/// assert_eq!(dateline_as_place("Gao - Ansongo : embuscade"), "Ansongo (Gao) : embuscade");
/// // Not a country first.
/// assert_eq!(dateline_as_place("Niger - Tillabéri : embuscade"), "Niger - Tillabéri : embuscade");
/// // A log's day may come first: "08/08/2016 GOSSI – ...".
/// assert_eq!(dateline_as_place("08/08/2016 GOSSI – un homme armé ouvre le feu"), "08/08/2016, GOSSI : un homme armé ouvre le feu");
/// assert_eq!(dateline_as_place("Ven 12/04/2013 ~09h50 Kidal - kamikaze"), "Ven 12/04/2013 ~09h50, Kidal : kamikaze");
/// assert_eq!(dateline_as_place("Vendredi 12/04/2013 ~09h50 Kidal - kamikaze"), "Vendredi 12/04/2013 ~09h50, Kidal : kamikaze");
/// ```
pub fn dateline_as_place(text: &str) -> std::borrow::Cow<'_, str> {
    // "08/08/2016 GOSSI – ...", "12/03, 22h Boni – ...", "Ven 12/04/2013
    // ~09h50 Kidal - ...": the day (its weekday, and the hour) written
    // before the place, kept as they are.
    static DAY_FIRST: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let day_first = DAY_FIRST.get_or_init(|| {
        // The weekday written out ("Vendredi") or cut short ("Ven.",
        // "Ven").
        let day_re = crate::extract::dates::DAY_RE;
        crate::extract::compile::regex(&format!(
            r"^(?i:(?:{day_re}|(?:lun|mar|mer|jeu|ven|sam|dim)\.?)\s+)?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?:,?\s*(?:vers\s+|~\s*)?\d{{1,2}}\s*h(?:\s*\d{{2}})?)?\s+",
        ))
        .expect("regex")
    });
    if let Some(m) = day_first.find(text) {
        let (day, rest) = text.split_at(m.end());
        return match head_as_place(rest) {
            // The comma sets the place apart from the day, as a log
            // writing "08/08/2016, Gossi : ..." does.
            std::borrow::Cow::Owned(o) => format!("{}, {o}", day.trim_end()).into(),
            std::borrow::Cow::Borrowed(_) => text.into(),
        };
    }
    head_as_place(text)
}

/// "SOUM / Béléhédé : ...", "DIFFA / Toumour (75 km au nord de Diffa) :
/// ...": a log line that opens on its area in capitals, a slash, then its
/// site or a smaller area, as spreadsheets of NGOs and UN agencies file
/// them. Gives the area, as a writer spells it in running text
/// ("Centre-Nord"), and the line from the site on: the capitals read as a
/// name would be taken for the site ("Soum", a village of the
/// Centre-Ouest). A country before the slash ("NIGER/TILLABERI - ...") is
/// no area of a row.
///
/// ```
/// use sahel::extract::rows::area_slash_place;
/// assert_eq!(
///     area_slash_place("SOUM / Béléhédé : marché bombardé"),
///     Some(("Soum".to_string(), "Béléhédé : marché bombardé".to_string()))
/// );
/// assert_eq!(
///     area_slash_place("CENTRE-NORD/Zimtenga - embuscade").map(|(a, _)| a),
///     Some("Centre-Nord".to_string())
/// );
/// // Not a line in that shape: a road, a sentence, a country.
/// assert_eq!(area_slash_place("Gao / Ansongo, embuscade"), None);
/// assert_eq!(area_slash_place("NIGER/TILLABERI - 15/03 : embuscade"), None);
/// ```
pub fn area_slash_place(text: &str) -> Option<(String, String)> {
    let (area, rest) = text.split_once('/')?;
    let area = area.trim();
    let caps = area.len() <= 30 && all_caps(area) && written_as_a_name(area);
    if !caps || crate::country::Country::parse(area).is_some() {
        return None;
    }
    let rest = rest.trim_start();
    // The site runs up to the colon, the dash, or the bracket of its
    // distance ("Toumour (75 km au nord de Diffa) :").
    let end = rest
        .find([':', '(', '–', '—'])
        .into_iter()
        .chain(rest.find(" - "))
        .min()?;
    let site = rest[..end].trim_end();
    if site.is_empty() || !written_as_a_name(site) {
        return None;
    }
    Some((title_case(area), rest.to_string()))
}

/// Whether `s` is written as a place name is: letters, spaces, hyphens
/// and apostrophes only, in four words at most ("Nioro du Sahel",
/// "CENTRE-NORD").
fn written_as_a_name(s: &str) -> bool {
    s.split_whitespace().count() <= 4
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
}

/// Whether `s` has letters and none of them in lower case ("SOUM").
fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// A name in capitals as a writer spells it in running text:
/// "CENTRE-NORD" is "Centre-Nord".
fn title_case(caps: &str) -> String {
    let mut title = String::with_capacity(caps.len());
    let mut start = true;
    for c in caps.chars() {
        if start {
            title.push(c);
        } else {
            title.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    title
}

/// [`dateline_as_place`] for a line that opens on its place.
fn head_as_place(text: &str) -> std::borrow::Cow<'_, str> {
    let cut = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| text.find(d).map(|k| (k, d.len())))
        .min();
    let Some((k, len)) = cut.filter(|&(k, _)| k > 0 && k <= 40) else {
        return text.into();
    };
    let (head, rest) = (&text[..k], &text[k + len..]);
    let name_like = written_as_a_name(head);
    // "Djibo - embuscade", "Djibo - 3 soldats tués": words or a count
    // follow a site; a name follows the first end of a road.
    // So does a sentence ("Partiaga – Une soixantaine de personnes
    // tuées"), which opens on a word no place is named.
    let lower_after = rest.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        || sentence_opening(rest)
        || log_acronym(rest);
    if name_like && (all_caps(head) || lower_after) {
        return format!("{head} : {rest}").into();
    }
    // "Banibangou - Tizigorou : mosquée attaquée": a commune, a dash,
    // then its village before the colon. Written "Tizigorou (Banibangou)",
    // the village is the site and the commune places it (the first name
    // alone would be read as a newsroom's dateline).
    if let Some((site, after)) = rest.split_once(':') {
        let site = site.trim();
        // (Not a country first, "Niger - Tillabéri : ...".)
        if name_like
            && crate::country::Country::parse(head).is_none()
            && !site.is_empty()
            && site.len() <= 40
            && written_as_a_name(site)
            && site.starts_with(char::is_uppercase)
        {
            return format!("{site} ({head}) :{after}").into();
        }
    }
    text.into()
}

/// Whether text opens on a log's acronym ("EEI sur véhicule FDS", "BA 101
/// attaquée", "HANI à moto"): the event told after its site, not an
/// agency credited after a dateline ("Gao - AFP").
fn log_acronym(text: &str) -> bool {
    let first = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ':')
        .next()
        .unwrap_or("");
    (2..=6).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_uppercase())
        && !super::places::AGENCY_ACRONYMS.contains(&first)
}

/// Whether text opens on a word that starts French sentences and names
/// no place: an article, a number, a quantity, or the event's noun.
fn sentence_opening(text: &str) -> bool {
    let first = text
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .next()
        .unwrap_or("");
    matches!(
        crate::fold::fold(first).as_str(),
        "un" | "une"
            | "des"
            | "les"
            | "le"
            | "la"
            | "l"
            | "au"
            | "plus"
            | "pres"
            | "deux"
            | "trois"
            | "quatre"
            | "cinq"
            | "six"
            | "sept"
            | "huit"
            | "neuf"
            | "dix"
            | "plusieurs"
            | "attaque"
            | "embuscade"
            | "enlevement"
            | "explosion"
            | "frappe"
            | "frappes"
            | "incursion"
            | "assassinat"
    )
}

/// Reads the date of a row: ISO days (with or without a time), days with
/// slashes, dots or dashes in day-month-year order, ISO intervals of days
/// and ISO weeks, months, years, and dates with a French or English month
/// name.
pub fn parse_row_date(s: &str) -> Option<IncidentDate> {
    let s = s.trim();
    // "2022-03-14T00:00:00", "2022-03-14 00:00:00"
    let day_part = s.split(['T', ' ']).next().unwrap_or(s);
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(day_part, f) {
            return Some(IncidentDate::day(d)).filter(|_| (1900..=2100).contains(&d.year()));
        }
    }
    // A log that covers several days: an ISO interval ("2019-07-08/2019-07-19",
    // as sahel itself writes spans) or an ISO week ("2021-W08").
    if let Some((a, b)) = s.split_once('/') {
        let day = |x: &str| NaiveDate::parse_from_str(x.trim(), "%Y-%m-%d").ok();
        if let (Some(a), Some(b)) = (day(a), day(b)) {
            return Some(IncidentDate::range(a, b)).filter(|_| {
                a <= b && (b - a).num_days() <= 366 && (1900..=2100).contains(&a.year())
            });
        }
    }
    if let Some((y, w)) = s.split_once(['W', 'w']) {
        let y = y.trim_end_matches('-').parse::<i32>();
        let w = w.trim_start_matches('-').parse::<u32>();
        if let (Ok(y), Ok(w)) = (y, w) {
            let monday = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?;
            let sunday = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Sun)?;
            return Some(IncidentDate::range(monday, sunday))
                .filter(|_| (1900..=2100).contains(&y));
        }
    }
    if let Some((y, m)) = s.split_once(['-', '/']) {
        if let (Ok(y), Ok(m)) = (y.parse::<i32>(), m.parse::<u32>()) {
            if y > 1900 {
                return IncidentDate::month(y, m);
            }
        }
    }
    if s.len() == 4 {
        if let Ok(y) = s.parse::<i32>() {
            return IncidentDate::year(y).filter(|_| (1900..=2100).contains(&y));
        }
    }
    // "14 mars 2022", "14 March 2022", "1er avril 2023"
    let words: Vec<&str> = s.split_whitespace().collect();
    if let [d, m, y] = words[..] {
        let d: u32 = d.trim_end_matches("er").parse().ok()?;
        let m = month_of(m)?;
        let y: i32 = y.parse().ok()?;
        return NaiveDate::from_ymd_opt(y, m, d).map(IncidentDate::day);
    }
    None
}

fn month_of(w: &str) -> Option<u32> {
    const NAMES: [[&str; 2]; 12] = [
        ["janvier", "january"],
        ["fevrier", "february"],
        ["mars", "march"],
        ["avril", "april"],
        ["mai", "may"],
        ["juin", "june"],
        ["juillet", "july"],
        ["aout", "august"],
        ["septembre", "september"],
        ["octobre", "october"],
        ["novembre", "november"],
        ["decembre", "december"],
    ];
    let f = crate::fold::fold(w);
    NAMES
        .iter()
        .position(|n| {
            n.iter()
                .any(|x| *x == f || (f.len() >= 3 && x.starts_with(&f)))
        })
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_dates_in_the_shapes_logs_use() {
        let s = |x: &str| parse_row_date(x).map(|d| d.to_string());
        assert_eq!(s("2022-03-14").as_deref(), Some("2022-03-14"));
        assert_eq!(s("14/03/2022").as_deref(), Some("2022-03-14"));
        assert_eq!(s("14.03.2022").as_deref(), Some("2022-03-14"));
        assert_eq!(s("2022-03-14T00:00:00").as_deref(), Some("2022-03-14"));
        assert_eq!(s("2022-03").as_deref(), Some("2022-03"));
        assert_eq!(s("2022").as_deref(), Some("2022"));
        assert_eq!(s("14 mars 2022").as_deref(), Some("2022-03-14"));
        assert_eq!(s("14 March 2022").as_deref(), Some("2022-03-14"));
        assert_eq!(s("1er août 2023").as_deref(), Some("2023-08-01"));
        assert_eq!(s("hier"), None);
        assert_eq!(s("31/02/2022"), None);
        // A log over several days: an interval or an ISO week.
        assert_eq!(
            s("2019-07-08/2019-07-12").as_deref(),
            Some("2019-07-08/2019-07-12")
        );
        assert_eq!(s("2021-W08").as_deref(), Some("2021-02-22/2021-02-28"));
        assert_eq!(s("2019-07-12/2019-07-08"), None);
        assert_eq!(s("2021-W54"), None);
    }

    #[test]
    fn separators_and_columns() {
        let t = read_rows(
            "date\tlieu\ttexte\n2024-01-02\tGao\tTirs d'obus sur le camp, pas de victime\n",
            "dir/log.tsv",
            &RowOptions {
                text_column: "texte".into(),
                date_column: Some("date".into()),
                place_column: Some("lieu".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(t.delimiter, b'\t');
        let a = &t.rows[0].article;
        assert_eq!(a.file, "log.tsv:2");
        assert_eq!(a.hints.place.as_deref(), Some("Gao"));
        assert!(a.hints.line);
        assert_eq!(a.sentences().len(), 1);
        assert!(!a.sentences()[0].heading, "a log line is not a headline");
    }

    #[test]
    fn rows_of_a_windows_file_keep_their_lines() {
        // Lines ended by "\r\n", one cell over two lines: each row is named
        // by the line it starts on, as in a file saved with LF only.
        let opts = RowOptions {
            text_column: "t".into(),
            date_column: Some("d".into()),
            ..Default::default()
        };
        for eol in ["\r\n", "\n"] {
            let text = [
                "d,t",
                "2024-01-02,a",
                "2024-01-03,\"b",
                "c\"",
                "2024-01-04,d",
                "",
            ]
            .join(eol);
            let t = read_rows(&text, "x.csv", &opts).unwrap();
            let names: Vec<&str> = t.rows.iter().map(|r| r.article.file.as_str()).collect();
            assert_eq!(names, ["x.csv:2", "x.csv:3", "x.csv:5"], "{eol:?}");
            let bad = format!("{text}hier,e{eol}");
            let e = read_rows(&bad, "x.csv", &opts).unwrap_err();
            assert!(e.to_string().contains("x.csv:6"), "{eol:?}: {e}");
        }
    }

    #[test]
    fn bad_rows_name_the_line() {
        let opts = RowOptions {
            text_column: "t".into(),
            date_column: Some("d".into()),
            ..Default::default()
        };
        let e = read_rows("d,t\n2024-01-02,a\nhier,b\n", "x.csv", &opts).unwrap_err();
        assert!(e.to_string().contains("x.csv:3"), "{e}");
        let e = read_rows(
            "d,t\n2024-01-02,a\n",
            "x.csv",
            &RowOptions {
                text_column: "texte".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
        assert!(e.to_string().contains("\"texte\""), "{e}");
        let t = read_rows(
            "d,t\nhier,b\n",
            "x.csv",
            &RowOptions {
                skip_invalid: true,
                ..opts
            },
        )
        .unwrap();
        assert_eq!(t.warnings.len(), 1);
        assert!(t.rows[0].article.published.is_none());
    }
}
