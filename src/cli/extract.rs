//! `sahel extract` (articles and spreadsheets of incident lines) and
//! `sahel eval`.

use super::outputs::*;
use anyhow::{bail, Result};
use clap::Args;
use sahel::gazetteer::Gazetteer;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub(crate) struct ExtractArgs {
    /// Article files (.txt or .html, UTF-8 or Windows-1252), directories of
    /// them, or `-` for standard input. A first line `date YYYY-MM-DD` (or
    /// `date YYYY-MM`) gives the publication date.
    #[arg(required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD or YYYY-MM), for articles without a
    /// date line; overrides the date line. Weekdays ("mardi") are resolved
    /// against it.
    #[arg(long, value_name = "DATE")]
    pub(crate) published: Option<String>,
    /// Output file (`-` for standard output, the default).
    #[arg(short, long, default_value = "-", value_name = "OUT")]
    pub(crate) output: PathBuf,
    /// Output format (default: from the output file's extension, .csv,
    /// .fgb, .gpkg, .parquet, .json or .geojson; GeoJSON for `-`).
    #[arg(long, value_enum)]
    pub(crate) format: Option<Format>,
    /// Keep the incidents of each article apart (do not merge the same
    /// event reported by several articles).
    #[arg(long)]
    pub(crate) no_merge: bool,
    /// Print, per incident, the words that gave its date, place, type and
    /// toll (on standard error).
    #[arg(long)]
    pub(crate) explain: bool,
    #[command(flatten)]
    pub(crate) rows: RowArgs,
    /// With --text-column: report rows whose date cannot be read and read
    /// them without a date, instead of stopping.
    #[arg(long, requires = "text_column")]
    pub(crate) skip_invalid: bool,
}

/// The columns of a spreadsheet of incident lines (`extract`, `eval`).
#[derive(Args)]
pub(crate) struct RowArgs {
    /// Read the inputs as spreadsheets of incident lines (CSV separated by
    /// commas, semicolons or tabs; UTF-8 or Windows-1252), the text of each
    /// row in this column. Each row gives zero or more incidents, named
    /// FILE:LINE; a CSV output keeps every input row and column and adds a
    /// `row` column and the incident's columns, GeoJSON and FlatGeobuf add
    /// `row` and the input columns as properties. Rows are not merged.
    #[arg(long, value_name = "COLUMN")]
    pub(crate) text_column: Option<String>,
    /// With --text-column: the column holding each row's date (YYYY-MM-DD,
    /// DD/MM/YYYY, YYYY-MM, YYYY, "14 mars 2022", or a log's span as
    /// 2019-07-08/2019-07-14 or 2021-W08); weekdays and "la veille" in the
    /// text count from it.
    #[arg(long, value_name = "COLUMN", requires = "text_column")]
    pub(crate) date_column: Option<String>,
    /// With --text-column: the column naming the place, used when the text
    /// names none.
    #[arg(long, value_name = "COLUMN", requires = "text_column")]
    pub(crate) place_column: Option<String>,
    /// With --text-column: a column naming the region, cercle or province,
    /// used as a hint to tell homonyms apart.
    #[arg(long, value_name = "COLUMN", requires = "text_column")]
    pub(crate) region_column: Option<String>,
    /// With --text-column: a column naming the country ("Burkina Faso",
    /// "Niger", or ML, BF, NE), so that places are looked up there first.
    #[arg(long, value_name = "COLUMN", requires = "text_column")]
    pub(crate) country_column: Option<String>,
    /// The country the texts are about: ML (Mali), BF (Burkina Faso) or NE
    /// (Niger). Without it, each text's own mentions ("au Burkina Faso",
    /// "l'armée nigérienne") give a preference.
    #[arg(long, value_name = "ML|BF|NE")]
    pub(crate) country: Option<sahel::country::Country>,
}

impl RowArgs {
    /// The reading options, when the inputs are spreadsheets.
    fn options(&self, skip_invalid: bool) -> Option<sahel::extract::rows::RowOptions> {
        Some(sahel::extract::rows::RowOptions {
            text_column: self.text_column.clone()?,
            date_column: self.date_column.clone(),
            place_column: self.place_column.clone(),
            region_column: self.region_column.clone(),
            country_column: self.country_column.clone(),
            country: self.country,
            skip_invalid,
        })
    }
}

pub(crate) fn extract(g: &Gazetteer, a: ExtractArgs) -> Result<ExitCode> {
    use sahel::extract::article::{article_paths, read_article};
    if a.rows.text_column.is_some() {
        return extract_rows(g, &a);
    }
    let published = a
        .published
        .as_deref()
        .map(sahel::extract::article::parse_published)
        .transpose()
        .map_err(|e| anyhow::anyhow!("--published: {e}"))?;
    // An incident layer read as an article gives nonsense slowly (a
    // GeoJSON of a million features is one huge "article").
    for p in &a.inputs {
        let ext = p
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if matches!(
            ext.as_str(),
            "geojson" | "json" | "fgb" | "gpkg" | "parquet" | "geoparquet" | "csv"
        ) {
            anyhow::bail!(
                "{}: an incident file, not an article: `sahel extract` reads articles (.txt, .html, or spreadsheets of incident lines with --text-column); `sahel convert` writes incident files in another format",
                p.display()
            );
        }
    }
    let (paths, mut problems) = article_paths(&a.inputs);
    for p in &problems {
        eprintln!("error: {p}");
    }
    let (output, format) = incidents_output(&a.output, a.format)?;
    // One article at a time, its text dropped once read: only incidents
    // are kept, and none at all when they are not merged and the format
    // is written as a stream.
    let bar = sahel::progress::bar(paths.len() as u64, "articles");
    let read = std::cell::Cell::new(0usize);
    let found_in = |f: &std::path::Path, problems: &mut Vec<String>| {
        let found = match read_article(f, published) {
            Ok(mut art) => {
                art.hints.country = a.rows.country;
                read.set(read.get() + 1);
                let found = sahel::extract::extract_article(&art, g);
                if found.is_empty() {
                    bar.suspend(|| eprintln!("note: {}: no incident found", art.file));
                }
                found
            }
            Err(p) => {
                bar.suspend(|| eprintln!("error: {p}"));
                problems.push(p);
                Vec::new()
            }
        };
        bar.inc(1);
        found
    };
    let written = if a.no_merge && matches!(format, Format::Geojson | Format::Csv) {
        let mut n = 0;
        sahel::files::with_atomic_writer(&output, |w| -> Result<()> {
            let mut out = IncidentStream::begin(w, format, g.admin())?;
            for f in &paths {
                for e in found_in(f, &mut problems) {
                    if a.explain {
                        bar.suspend(|| explain(&e));
                    }
                    out.push(&e.incident)?;
                    n += 1;
                }
            }
            // Nothing could be read: no output file, rather than an empty
            // one that looks like "no incident in these articles".
            if read.get() == 0 && !problems.is_empty() {
                bail!("no input could be read; nothing written");
            }
            out.finish()
        })?;
        if matches!(format, Format::Csv) {
            write_csvt_beside(&output)?;
        }
        n
    } else {
        let mut all = Vec::new();
        for f in &paths {
            all.extend(found_in(f, &mut problems));
        }
        if read.get() == 0 && !problems.is_empty() {
            bail!("no input could be read; nothing written");
        }
        if !a.no_merge {
            all = sahel::extract::merge_incidents(all);
        }
        if a.explain {
            all.iter().for_each(explain);
        }
        let incidents: Vec<sahel::model::Incident> = all.into_iter().map(|e| e.incident).collect();
        write_incidents(&output, format, &incidents, g.admin(), |_, _| {})?;
        incidents.len()
    };
    bar.finish_and_clear();
    eprintln!(
        "{written} incidents from {} articles{}",
        read.get(),
        if problems.is_empty() {
            String::new()
        } else {
            format!("; {} input(s) failed", problems.len())
        }
    );
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `--explain`: an incident and the words each field came from.
fn explain(e: &sahel::extract::Extracted) {
    let i = &e.incident;
    eprintln!(
        "{} [{}] {} at {} ({})",
        i.id,
        i.event_type,
        i.date.map(|d| d.to_string()).unwrap_or("no date".into()),
        i.location
            .as_ref()
            .map(|l| l.name_written.as_str())
            .unwrap_or("?"),
        i.sources.first().map(|s| s.file.as_str()).unwrap_or("")
    );
    for (field, words) in &e.evidence {
        if !words.is_empty() {
            eprintln!("    {field:<7} {words}");
        }
    }
}

/// `extract --text-column`: incident lines from spreadsheets.
pub(crate) fn extract_rows(g: &Gazetteer, a: &ExtractArgs) -> Result<ExitCode> {
    use sahel::extract::rows::{read_rows, RowOptions};
    let opts: RowOptions = a
        .rows
        .options(a.skip_invalid)
        .expect("called with --text-column");
    let mut tables = Vec::new();
    let mut failed = 0;
    for p in &a.inputs {
        let name = p.display().to_string();
        let bytes = match sahel::files::read_bytes(p) {
            Ok(b) => b,
            Err(e) if p.as_os_str() == "-" => return Err(e.into()),
            Err(e) => {
                eprintln!("error: {e:#}");
                failed += 1;
                continue;
            }
        };
        let (text, _) = sahel::files::decode_owned(bytes);
        match read_rows(&text, &name, &opts) {
            Ok(t) => {
                for w in &t.warnings {
                    eprintln!("warning: {w}");
                }
                tables.push(t);
            }
            Err(e) => {
                eprintln!("error: {:#}", super::errors::name_flags(e.into()));
                failed += 1;
            }
        }
    }
    if tables.is_empty() {
        bail!("no spreadsheet could be read");
    }
    let rows: usize = tables.iter().map(|t| t.rows.len()).sum();
    // Per table, per row, the row's incidents.
    let mut found: Vec<Vec<Vec<sahel::model::Incident>>> = Vec::new();
    for t in &tables {
        let mut per_row = Vec::with_capacity(t.rows.len());
        sahel::sources::extract_each(t.rows.iter().map(|r| &r.article), g, |_, list| {
            per_row.push(list.into_iter().map(|e| e.incident).collect());
        });
        found.push(per_row);
    }
    let count: usize = found.iter().flatten().map(Vec::len).sum();
    let empty = found.iter().flatten().filter(|v| v.is_empty()).count();
    let (output, format) = incidents_output(&a.output, a.format)?;
    match format {
        Format::Csv => {
            if tables.len() > 1 {
                bail!("a CSV output keeps the columns of one spreadsheet: give one input, or -o FILE.geojson");
            }
            sahel::files::with_atomic_writer(&output, |w| {
                sahel::io::rows::write_rows_csv(&tables[0], &found[0], g.admin(), w)
            })?;
        }
        _ => {
            // Each incident carries its row and the row's cells.
            let mut incidents = Vec::new();
            let mut props: Vec<serde_json::Map<String, serde_json::Value>> = Vec::new();
            for (t, per_row) in tables.iter().zip(&found) {
                for (r, list) in t.rows.iter().zip(per_row) {
                    for i in list {
                        let mut m = serde_json::Map::new();
                        m.insert("row".into(), r.line.into());
                        for (h, c) in t.headers.iter().zip(&r.cells) {
                            m.insert(h.clone(), c.clone().into());
                        }
                        props.push(m);
                        incidents.push(i.clone());
                    }
                }
            }
            write_incidents(&output, format, &incidents, g.admin(), |n, p| {
                for (k, v) in &props[n] {
                    let key = if p.contains_key(k) {
                        format!("{k}_input")
                    } else {
                        k.clone()
                    };
                    p.insert(key, v.clone());
                }
            })?;
        }
    }
    eprintln!(
        "{count} incidents from {rows} rows ({empty} rows gave none){}",
        if failed > 0 {
            format!("; {failed} input(s) failed")
        } else {
            String::new()
        }
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Args)]
pub(crate) struct EvalArgs {
    /// Gold file: an object with an "incidents" array (article, date,
    /// places, main_place, region, event_type, actors, fatalities_low,
    /// fatalities_high).
    #[arg(long, value_name = "GOLD.json")]
    pub(crate) gold: PathBuf,
    /// Directory holding the articles the gold file names, or (with
    /// --text-column) a spreadsheet of incident lines, whose rows the gold
    /// file names FILE.csv:LINE (the header is line 1).
    #[arg(long, value_name = "DIR|FILE.csv")]
    pub(crate) articles: PathBuf,
    #[command(flatten)]
    pub(crate) rows: RowArgs,
    /// Print the scores as JSON.
    #[arg(long)]
    pub(crate) json: bool,
}

pub(crate) fn eval(g: &Gazetteer, a: &EvalArgs) -> Result<()> {
    use sahel::extract::article::read_articles;
    let text = std::fs::read_to_string(&a.gold)
        .map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", a.gold.display()))?;
    let gold = sahel::eval::read_gold(&text, &a.gold.display().to_string())?;
    let articles = if let Some(opts) = a.rows.options(false) {
        // Every row is scored: a row the gold file does not name has no
        // incident.
        let text = sahel::files::read_text(&a.articles)?;
        let t = sahel::extract::rows::read_rows(&text, &a.articles.display().to_string(), &opts)?;
        let names: std::collections::HashSet<&str> =
            t.rows.iter().map(|r| r.article.file.as_str()).collect();
        if let Some(gi) = gold.iter().find(|gi| !names.contains(gi.article.as_str())) {
            bail!(
                "gold article {} is not a row of {} (rows are named FILE:LINE, the header being line 1)",
                gi.article,
                a.articles.display()
            );
        }
        t.rows.into_iter().map(|r| r.article).collect()
    } else {
        sahel::eval::check_articles(&gold, &a.articles)?;
        let mut names: Vec<String> = gold.iter().map(|g| g.article.clone()).collect();
        names.sort();
        names.dedup();
        let paths: Vec<PathBuf> = names.iter().map(|n| a.articles.join(n)).collect();
        let (mut articles, problems) = read_articles(&paths, None);
        if let Some(p) = problems.first() {
            bail!("{p}");
        }
        for art in &mut articles {
            art.hints.country = a.rows.country;
        }
        articles
    };
    // Scored per article: no merging across articles.
    let mut extracted = Vec::new();
    sahel::sources::extract_each(&articles, g, |art, found| {
        extracted.extend(found.into_iter().map(|e| (art.file.clone(), e.incident)));
    });
    let s = sahel::eval::score(g, &gold, &extracted);
    if a.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
        return Ok(());
    }
    println!(
        "incidents: {} gold, {} extracted, {} matched",
        s.gold, s.extracted, s.matched
    );
    println!(
        "precision {:.3}  recall {:.3}  F1 {:.3}",
        s.precision, s.recall, s.f1
    );
    println!(
        "matched pairs: date {:.3}  type {:.3}  region {:.3}  toll {:.3}  place {:.3}",
        s.date_accuracy, s.type_accuracy, s.region_accuracy, s.toll_accuracy, s.place_accuracy
    );
    if !s.problems.is_empty() {
        println!("\nto look at:");
        for p in &s.problems {
            println!("  {p}");
        }
    }
    Ok(())
}
