//! The main job (`sahel report`): incidents from articles or files, merged,
//! indexed and clustered, written as GeoJSON, CSV and a short Markdown
//! report.
//!
//! With no input it runs on the example dispatches embedded in the binary
//! (`examples/dispatches/`, written for sahel about incidents publicly
//! reported in Mali), so a fresh clone shows the whole product at work.

use crate::cluster::geojson::{write_cluster_members_geojson, write_clusters_geojson};
use crate::cluster::ClusterSummary;
use crate::country::Country;
use crate::extract::article::Article;
use crate::files::with_atomic_writer;
use crate::gazetteer::Gazetteer;
use crate::geodesy::distance_km;
use crate::io::incidents::{write_csv, write_geojson};
use crate::model::Incident;
use crate::render::lang::Lang;
use chrono::Datelike;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The example dispatches embedded in the binary: (file name, text).
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "01_dioura_2019.txt",
        include_str!("../examples/dispatches/01_dioura_2019.txt"),
    ),
    (
        "02_ogossagou_2019.txt",
        include_str!("../examples/dispatches/02_ogossagou_2019.txt"),
    ),
    (
        "03_boulikessi_2019.txt",
        include_str!("../examples/dispatches/03_boulikessi_2019.txt"),
    ),
    (
        "04_indelimane_2019.txt",
        include_str!("../examples/dispatches/04_indelimane_2019.txt"),
    ),
    (
        "05_bounti_2021.txt",
        include_str!("../examples/dispatches/05_bounti_2021.txt"),
    ),
    (
        "06_tessit_2022.txt",
        include_str!("../examples/dispatches/06_tessit_2022.txt"),
    ),
    (
        "07_bamako_2024.txt",
        include_str!("../examples/dispatches/07_bamako_2024.txt"),
    ),
    (
        "08_amasrakad_2024.txt",
        include_str!("../examples/dispatches/08_amasrakad_2024.txt"),
    ),
    (
        "09_bandiagara_2022.txt",
        include_str!("../examples/dispatches/09_bandiagara_2022.txt"),
    ),
    (
        "10_boni_2024.txt",
        include_str!("../examples/dispatches/10_boni_2024.txt"),
    ),
];

/// Options of the main job.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// Inputs (none: the embedded examples).
    pub inputs: Vec<PathBuf>,
    /// Output directory.
    pub output: PathBuf,
    /// How to cluster (HDBSCAN with parameters from the data by default).
    pub clusters: crate::cluster::Method,
    /// Language of the map, the chart and `report.md` (French by default).
    pub lang: crate::render::lang::Lang,
    /// How to read CSV inputs (layout, skipping bad rows).
    pub read: crate::sources::ReadOptions,
}

/// What the job wrote.
#[derive(Debug, Clone, Default)]
pub struct ReportSummary {
    /// Incidents written.
    pub incidents: usize,
    /// Clusters found.
    pub clusters: usize,
    /// The clustering as run, parameters included.
    pub method: String,
    /// Files written, in order.
    pub files: Vec<PathBuf>,
    /// Malformed input rows skipped (with `skip_invalid`).
    pub skipped: Vec<String>,
    /// Incidents merged into the same event from another input.
    pub merged_across_sources: usize,
    /// Each step's time and the peak memory after it.
    pub steps: Vec<crate::timings::Step>,
}

/// The incidents of the embedded examples, extracted and merged.
pub fn example_incidents(g: &Gazetteer) -> Vec<Incident> {
    let articles: Vec<Article> = EXAMPLES
        .iter()
        .map(|(name, text)| Article::from_text(name, text))
        .collect();
    crate::sources::extract_all(&articles, g, true)
        .0
        .into_iter()
        .map(|e| e.incident)
        .collect()
}

/// What can stop the report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input could not be read.
    #[error(transparent)]
    Sources(#[from] crate::sources::Error),
    /// An output could not be written.
    #[error(transparent)]
    Files(#[from] crate::files::Error),
    /// An incident file could not be written.
    #[error(transparent)]
    Io(#[from] crate::io::Error),
    /// The clustering parameters cannot be used.
    #[error(transparent)]
    Cluster(#[from] crate::cluster::Error),
    /// The map or the chart could not be drawn.
    #[error(transparent)]
    Render(#[from] crate::render::Error),
}

/// `Result` with this module's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Runs the main job.
pub fn run(g: &Gazetteer, o: &ReportOptions) -> Result<ReportSummary> {
    let mut time = crate::timings::Timings::start();
    let mut summary_skipped = Vec::new();
    let mut merged_across_sources = 0;
    let incidents = if o.inputs.is_empty() {
        example_incidents(g)
    } else {
        let read = crate::sources::read_inputs_with(&o.inputs, g, &o.read)?;
        summary_skipped = read.skipped;
        merged_across_sources = read.merged_across_sources;
        read.incidents
    };
    time.mark("read");
    // The set is staged beside the output directory and swapped in whole:
    // readers never see new incidents beside an old map.
    let mut set = crate::files::set::StagedSet::begin(&o.output)?;
    let finals: Vec<PathBuf> = REPORT_FILES.iter().map(|n| o.output.join(n)).collect();
    let files: Vec<PathBuf> = REPORT_FILES.iter().map(|n| set.path(n)).collect();
    let admin = g.admin();
    // Two lanes on two cores. The second clusters and writes what is drawn
    // from the clusters; both then take, one at a time and in the order of
    // `LAYER_JOBS`, the files that need only the incidents. Each file
    // is written by one job, so the files are the same whichever lane
    // takes it.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failed = std::sync::atomic::AtomicBool::new(false);
    let layers = |time: &mut crate::timings::Timings| -> Result<Option<crate::trend::TrendStats>> {
        let mut stats = None;
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(job) = LAYER_JOBS.get(k) else {
                return Ok(stats);
            };
            if failed.load(std::sync::atomic::Ordering::Relaxed) {
                return Ok(stats);
            }
            let done = match job {
                LayerJob::Gpkg => {
                    crate::io::gpkg::write_gpkg_file(&incidents, admin, &files[9], |_, _| {})
                        .map_err(Error::from)
                }
                LayerJob::Fgb => with_atomic_writer(&files[2], |w| {
                    crate::io::fgb::write_fgb(&incidents, admin, w).map(|_| ())
                })
                .map_err(Error::from),
                LayerJob::Geojson => {
                    with_atomic_writer(&files[0], |w| write_geojson(&incidents, admin, w))
                        .map_err(Error::from)
                }
                LayerJob::Csv => with_atomic_writer(&files[1], |w| write_csv(&incidents, admin, w))
                    .and_then(|()| {
                        with_atomic_writer(&files[8], |w| {
                            writeln!(w, "{}", crate::io::schema::csvt_line())
                                .map_err(crate::io::Error::from)
                        })
                    })
                    .map_err(Error::from),
                LayerJob::Trend => {
                    let (pts, trend) = crate::trend::trend_to_capitals(
                        &incidents,
                        admin,
                        crate::trend::Scope::Violent,
                    );
                    let drawn = crate::render::trend::render_trend(
                        &pts,
                        &trend,
                        &crate::render::trend::TrendOptions {
                            lang: o.lang,
                            ..Default::default()
                        },
                        &files[5],
                    );
                    stats = Some(trend);
                    drawn.map(|_| ()).map_err(Error::from)
                }
            };
            if let Err(e) = done {
                failed.store(true, std::sync::atomic::Ordering::Relaxed);
                return Err(e);
            }
            time.mark(job.file());
        }
    };
    let (lanes, stats) = std::thread::scope(|scope| {
        let clusters_lane = scope.spawn(|| -> Result<_> {
            let mut time = crate::timings::Timings::start_lane(2);
            let clustered = (|| -> Result<_> {
                let (clustering, summaries, method) =
                    crate::cluster::cluster_by(&incidents, &o.clusters, false)?;
                time.mark("cluster");
                crate::render::map::render_map(
                    &incidents,
                    &crate::render::map::MapOptions {
                        clusters: summaries.clone(),
                        towns: crate::render::map::towns_of(g),
                        boundaries: Some(admin),
                        lang: o.lang,
                        ..Default::default()
                    },
                    &files[4],
                )?;
                time.mark("map.png");
                with_atomic_writer(&files[3], |w| write_clusters_geojson(&summaries, w))?;
                with_atomic_writer(&files[7], |w| {
                    write_cluster_members_geojson(&incidents, &clustering, admin, w)
                })?;
                time.mark("clusters.geojson");
                Ok((summaries, method))
            })();
            if clustered.is_err() {
                failed.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            let (summaries, method) = clustered?;
            let stats = layers(&mut time)?;
            Ok((summaries, method, stats, time.finish()))
        });
        let mut time = crate::timings::Timings::start_lane(1);
        let layers_lane = layers(&mut time).map(|stats| (stats, time.finish()));
        let clusters = clusters_lane
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        match (clusters, layers_lane) {
            (Ok((summaries, method, s2, t2)), Ok((s1, t1))) => {
                let stats = s1.or(s2).expect("one lane draws the trend");
                Ok(((summaries, method, t1, t2), stats))
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
        }
    })
    .map_err(|e| in_target(&set, e))?;
    let (summaries, method, lane1, lane2) = lanes;
    time.mark("both lanes");
    let md = markdown(&incidents, &summaries, &stats, o, &method, &finals, admin);
    with_atomic_writer(&files[6], |w| {
        w.write_all(md.as_bytes()).map_err(crate::io::Error::from)
    })
    .map_err(|e| in_target(&set, Error::from(e)))?;
    time.mark("report.md");
    let files = set.commit()?;
    time.mark("commit");
    Ok(ReportSummary {
        incidents: incidents.len(),
        clusters: summaries.len(),
        method: method.to_string(),
        files,
        skipped: summary_skipped,
        merged_across_sources,
        steps: time
            .finish()
            .into_iter()
            .chain(lane1)
            .chain(lane2)
            .collect(),
    })
}

/// `e` naming the output directory's file rather than the staging
/// directory's, which the user never sees.
fn in_target(set: &crate::files::set::StagedSet, e: Error) -> Error {
    let fix = |f: crate::files::Error| set.as_target(f);
    match e {
        Error::Files(f) => Error::Files(fix(f)),
        Error::Io(crate::io::Error::Files(f)) => Error::Io(crate::io::Error::Files(fix(f))),
        Error::Render(crate::render::Error::Files(f)) => {
            Error::Render(crate::render::Error::Files(fix(f)))
        }
        other => other,
    }
}

/// Counts by a cheap key (a shared name, an enum, a year), then labels
/// each key once: a million incidents make a million labels otherwise.
/// Keys that share a label add up.
fn count_labelled<K: std::hash::Hash + Eq>(
    items: impl Iterator<Item = K>,
    label: impl Fn(K) -> String,
) -> BTreeMap<String, usize> {
    let mut by_key: std::collections::HashMap<K, usize> = std::collections::HashMap::new();
    for k in items {
        *by_key.entry(k).or_insert(0) += 1;
    }
    let mut m = BTreeMap::new();
    for (k, n) in by_key {
        *m.entry(label(k)).or_insert(0) += n;
    }
    m
}

fn table(title: &str, m: &BTreeMap<String, usize>) -> String {
    let mut rows: Vec<(&String, &usize)> = m.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    // "incidents" is the same word in both languages.
    let mut s = format!("| {title} | incidents |\n|---|---|\n");
    for (k, v) in rows {
        let _ = writeln!(s, "| {k} | {v} |");
    }
    s
}

/// A file of the report that needs only the incidents, not the clusters.
#[derive(Debug, Clone, Copy)]
enum LayerJob {
    Gpkg,
    Fgb,
    Geojson,
    Csv,
    Trend,
}

/// The jobs in the order the lanes take them. The GeoPackage, the
/// longest, first; the FlatGeobuf, which holds every feature's properties
/// until its index is written, after the GeoJSON and CSV, so that it runs
/// mostly once HDBSCAN has freed its trees (at ten million incidents the
/// two together raised the peak from 12 to 16 GB); the trend, short, last,
/// so that the two lanes end close together.
const LAYER_JOBS: [LayerJob; 5] = [
    LayerJob::Gpkg,
    LayerJob::Geojson,
    LayerJob::Csv,
    LayerJob::Fgb,
    LayerJob::Trend,
];

impl LayerJob {
    /// The job's file, as `--timings` names its step.
    fn file(self) -> &'static str {
        match self {
            LayerJob::Gpkg => "incidents.gpkg",
            LayerJob::Fgb => "incidents.fgb",
            LayerJob::Geojson => "incidents.geojson",
            LayerJob::Csv => "incidents.csv",
            LayerJob::Trend => "trend.png",
        }
    }
}

/// The files the main job writes (the cluster hulls and their members are
/// two layers, one geometry type each).
pub const REPORT_FILES: [&str; 10] = [
    "incidents.geojson",
    "incidents.csv",
    "incidents.fgb",
    "clusters.geojson",
    "map.png",
    "trend.png",
    "report.md",
    "cluster_members.geojson",
    "incidents.csvt",
    "incidents.gpkg",
];

fn markdown(
    incidents: &[Incident],
    clusters: &[ClusterSummary],
    stats: &crate::trend::TrendStats,
    o: &ReportOptions,
    method: &crate::cluster::Method,
    files: &[PathBuf],
    admin: &crate::admin::AdminLocator,
) -> String {
    let mut s = String::new();
    let lang = o.lang;
    let t = |en: &'static str, fr: &'static str| lang.pick(en, fr);
    let source = match (o.inputs.is_empty(), lang) {
        (true, Lang::En) => format!(
            "the {} example dispatches embedded in sahel",
            EXAMPLES.len()
        ),
        (true, Lang::Fr) => format!(
            "des {} dépêches d'exemple intégrées à sahel",
            EXAMPLES.len()
        ),
        (false, Lang::En) => format!("{} input(s)", o.inputs.len()),
        (false, Lang::Fr) => format!("de {} entrée(s)", o.inputs.len()),
    };
    // Each incident's country once: a file without the column costs a
    // point-in-polygon test per incident, and three tables use it.
    let country_of: Vec<Option<Country>> = incidents
        .iter()
        .map(|i| crate::filter::incident_country(i, admin))
        .collect();
    let by_country = count_labelled(
        incidents
            .iter()
            .zip(&country_of)
            .map(|(i, c)| (*c, i.location.is_some())),
        |(c, located)| {
            c.map(|c| c.name().to_string()).unwrap_or_else(|| {
                if located {
                    t(
                        "outside Mali, Burkina Faso and Niger",
                        "hors du Mali, du Burkina Faso et du Niger",
                    )
                    .into()
                } else {
                    t("no location", "sans lieu").into()
                }
            })
        },
    );
    let countries: Vec<Country> = Country::ALL
        .into_iter()
        .filter(|c| by_country.contains_key(c.name()))
        .collect();
    let area = match (countries.as_slice(), lang) {
        ([one], Lang::En) => format!("in {}", one.name()),
        ([Country::Mali], Lang::Fr) => "au Mali".into(),
        ([Country::Niger], Lang::Fr) => "au Niger".into(),
        ([one], Lang::Fr) => format!("au {}", one.name()),
        (_, Lang::En) => "in the Central Sahel".into(),
        (_, Lang::Fr) => "dans le Sahel central".into(),
    };
    let _ = match lang {
        Lang::En => writeln!(
            s,
            "# Conflict incidents {area}\n\n{} incidents from {source}.\n",
            incidents.len()
        ),
        Lang::Fr => writeln!(
            s,
            "# Incidents armés {area}\n\n{} incidents, à partir {source}.\n",
            incidents.len()
        ),
    };
    let _ = writeln!(
        s,
        "{} {}.\n",
        t("Deaths reported:", "Morts rapportés :"),
        deaths_reported(incidents, lang)
    );
    let region = count_labelled(
        incidents.iter().zip(&country_of).map(|(i, c)| {
            let name = i
                .location
                .as_ref()
                .and_then(|l| admin.current_names(l).0.or_else(|| l.region.clone()));
            (name, c.filter(|_| countries.len() > 1))
        }),
        |(name, c)| {
            let name = name.map_or_else(|| t("unknown", "inconnue").to_string(), String::from);
            // With several countries, say whose region it is.
            match c {
                Some(c) => format!("{name} ({})", c.code()),
                None => name,
            }
        },
    );
    let types = count_labelled(incidents.iter().map(|i| i.event_type), |e| {
        lang.event_type(e).to_string()
    });
    let actors = count_labelled(
        incidents
            .iter()
            .flat_map(|i| i.actors.iter().map(|a| a.name.as_str())),
        |name| lang.key(name),
    );
    let years = count_labelled(
        incidents
            .iter()
            .map(|i| i.date.map(|d| d.midpoint().year())),
        |y| y.map_or_else(|| t("no date", "sans date").into(), |y| y.to_string()),
    );
    let _ = writeln!(
        s,
        "## {}\n\n{}",
        t("By country", "Par pays"),
        table(t("country", "pays"), &by_country)
    );
    let _ = writeln!(
        s,
        "## {}\n\n{}\n\n{}",
        t("By region", "Par région"),
        t(
            "Mali's regions as they are since the 2016 and 2023 reforms (Ménaka, Taoudénit, Bandiagara, Koutiala ...; the files give the pre-2016 region too, in `region`); Burkina Faso's 13 regions as they were before its July 2025 reform (the boundary data predates it); Niger's 8 regions.",
            "Les régions du Mali telles que les réformes de 2016 et 2023 les ont faites (Ménaka, Taoudénit, Bandiagara, Koutiala ... ; les fichiers donnent aussi la région d'avant 2016, dans `region`) ; les 13 régions du Burkina Faso d'avant sa réforme de juillet 2025 (les limites utilisées la précèdent) ; les 8 régions du Niger."
        ),
        table(t("region", "région"), &region)
    );
    let _ = writeln!(
        s,
        "## {}\n\n{}",
        t("By event type", "Par type d'événement"),
        table("type", &types)
    );
    let _ = writeln!(
        s,
        "## {}\n\n{}",
        t("By actor", "Par acteur"),
        table(t("actor", "acteur"), &actors)
    );
    let mut ys = format!(
        "| {} | incidents | {} |\n|---|---|---|\n",
        t("year", "année"),
        t("median km to the capital", "km médians à la capitale")
    );
    // Each dated and located incident's distance, by year, in one pass
    // (a pass per year labelled every incident again).
    let mut by_year: std::collections::HashMap<i32, Vec<f64>> = Default::default();
    for (i, c) in incidents.iter().zip(&country_of) {
        let (Some(d), Some(c), Some(l)) = (i.date, c, i.location.as_ref()) else {
            continue;
        };
        let capital = c.capital();
        by_year
            .entry(d.midpoint().year())
            .or_default()
            .push(distance_km(l.lat, l.lon, capital.lat, capital.lon));
    }
    for (y, n) in &years {
        let mut d = y
            .parse::<i32>()
            .ok()
            .and_then(|y| by_year.remove(&y))
            .unwrap_or_default();
        d.sort_by(|a, b| a.total_cmp(b));
        let median = if d.is_empty() {
            "-".to_string()
        } else {
            format!("{:.0}", d[d.len() / 2])
        };
        let _ = writeln!(ys, "| {y} | {n} | {median} |");
    }
    let _ = writeln!(s, "## {}\n\n{ys}", t("By year", "Par année"));
    let _ = writeln!(
        s,
        "## {}\n\n{} {}.\n",
        t("Distance to the capital", "Distance à la capitale"),
        t(
            "Each incident is measured from its own country's capital (Bamako, Ouagadougou, Niamey).",
            "Chaque incident est mesuré depuis la capitale de son pays (Bamako, Ouagadougou, Niamey)."
        ),
        crate::render::trend::subtitle(stats, lang)
    );
    let _ = writeln!(
        s,
        "## {} ({method}; {})\n",
        t("Clusters", "Foyers"),
        t(
            "incidents placed only to their region left out",
            "incidents localisés seulement à la région écartés"
        )
    );
    if clusters.is_empty() {
        let _ = writeln!(
            s,
            "{}\n",
            t(
                "No cluster at these settings.",
                "Aucun foyer avec ces paramètres."
            )
        );
    } else {
        let _ = writeln!(
            s,
            "| {} | incidents | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
            t("cluster", "foyer"),
            t("deaths", "morts"),
            t("first", "premier"),
            t("last", "dernier"),
            t("places", "lieux")
        );
        for c in clusters.iter().take(10) {
            let _ = writeln!(
                s,
                "| {} | {} | {}–{} | {} | {} | {} |",
                c.id,
                c.size,
                c.deaths_low,
                c.deaths_high,
                c.first.map(|d| d.to_string()).unwrap_or("-".into()),
                c.last.map(|d| d.to_string()).unwrap_or("-".into()),
                c.main_places.join(", ")
            );
        }
        s.push('\n');
    }
    let _ = writeln!(s, "## {}\n", t("Files", "Fichiers"));
    for f in files {
        let _ = writeln!(
            s,
            "- `{}`",
            f.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        );
    }
    let _ = writeln!(
        s,
        "\n{}",
        t(
            "Place data: GeoNames (CC BY 4.0), OpenStreetMap contributors (ODbL 1.0), Localités du Mali (Open Data Mali, PDDL), geoBoundaries (CC BY 4.0), UCDP GED (CC BY 4.0).",
            "Données de lieux : GeoNames (CC BY 4.0), contributeurs OpenStreetMap (ODbL 1.0), Localités du Mali (Open Data Mali, PDDL), geoBoundaries (CC BY 4.0), UCDP GED (CC BY 4.0)."
        )
    );
    s
}
/// The report's line on deaths: the tolls summed, as a floor when any toll
/// is one, and how many incidents give no figure.
fn deaths_reported(incidents: &[Incident], lang: Lang) -> String {
    let low: u64 = incidents
        .iter()
        .map(|i| i.fatalities.low.unwrap_or(0) as u64)
        .sum();
    let high: u64 = incidents
        .iter()
        .map(|i| i.fatalities.high.or(i.fatalities.low).unwrap_or(0) as u64)
        .sum();
    let unknown = incidents
        .iter()
        .filter(|i| !i.fatalities.is_known())
        .count();
    // A toll given as a floor ("au moins 160") has no high figure: a sum
    // that includes one is a floor too, never a closed range.
    let floors = incidents
        .iter()
        .filter(|i| i.fatalities.low.is_some() && i.fatalities.high.is_none())
        .count();
    // One toll agrees in the singular ("1 des bilans est un minimum").
    let floors_note = match (lang, floors) {
        (Lang::En, 1) => "1 of the tolls is a floor, \"at least\"".to_string(),
        (Lang::En, _) => format!("{floors} of the tolls are floors, \"at least\""),
        (Lang::Fr, 1) => "1 des bilans est un minimum, « au moins »".to_string(),
        (Lang::Fr, _) => format!("{floors} des bilans sont des minimums, « au moins »"),
    };
    let at_least = lang.pick("at least", "au moins");
    let total = match (floors, low == high) {
        (0, true) => format!("{low}"),
        (0, false) => format!(
            "{low}–{high} ({})",
            lang.pick(
                "low and high figures summed",
                "sommes des chiffres bas et hauts"
            )
        ),
        (_, true) => format!("{at_least} {low} ({floors_note})"),
        (_, false) => format!(
            "{at_least} {low}, {high} {} ({floors_note})",
            lang.pick("with the high figures", "avec les chiffres hauts")
        ),
    };
    // French puts 0 and 1 in the singular, English only 1.
    let s = |plural: bool| if plural { "s" } else { "" };
    match lang {
        Lang::En => format!(
            "{total}; {unknown} incident{} without a figure",
            s(unknown != 1)
        ),
        Lang::Fr => format!(
            "{total} ; {unknown} incident{} sans chiffre",
            s(unknown > 1)
        ),
    }
}

/// Whether a path holds a report written by [`run`].
pub fn has_report(dir: &Path) -> bool {
    REPORT_FILES.iter().all(|f| dir.join(f).exists())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Casualties;

    #[test]
    fn examples_are_extracted() {
        let inc = example_incidents(Gazetteer::embedded());
        assert!(inc.len() >= EXAMPLES.len(), "{} incidents", inc.len());
        assert!(
            inc.iter().all(|i| i.location.is_some()),
            "every example incident is placed"
        );
    }

    #[test]
    fn a_floor_toll_makes_the_sum_a_floor() {
        let mut inc = example_incidents(Gazetteer::embedded());
        inc.truncate(3);
        inc[0].fatalities = Casualties::at_least(160);
        inc[1].fatalities = Casualties::exact(5);
        inc[2].fatalities = Casualties::unknown();
        let line = deaths_reported(&inc, Lang::En);
        assert!(line.starts_with("at least 165 ("), "{line}");
        assert!(line.ends_with("1 incident without a figure"), "{line}");
        assert!(line.contains("(1 of the tolls is a floor,"), "{line}");
        assert!(
            deaths_reported(&inc, Lang::Fr).contains("(1 des bilans est un minimum,"),
            "one toll agrees in the singular"
        );
        inc[0].fatalities = Casualties::exact(160);
        assert!(deaths_reported(&inc, Lang::En).starts_with("165;"));
        inc[0].fatalities = Casualties::range(150, 160);
        assert!(deaths_reported(&inc, Lang::En).starts_with("155–165 (low and high"));
    }

    #[test]
    fn run_writes_the_files() {
        let d = tempfile::tempdir().unwrap();
        let o = ReportOptions {
            inputs: vec![],
            output: d.path().join("out"),
            clusters: Default::default(),
            lang: crate::render::lang::Lang::En,
            read: Default::default(),
        };
        let s = run(Gazetteer::embedded(), &o).unwrap();
        assert!(has_report(&o.output));
        assert_eq!(s.files.len(), REPORT_FILES.len());
        let md = std::fs::read_to_string(o.output.join("report.md")).unwrap();
        assert!(
            md.contains("## By region") && md.contains("Mopti") && md.contains("incidents.geojson")
        );
        assert!(
            md.contains("## Clusters (HDBSCAN, clusters of at least 5 incidents"),
            "{md}"
        );
    }
}
