//! The distance-to-origin chart: each incident as a point (date, km),
//! sized by deaths (past [`MARKERS_LIMIT`] incidents, counts in cells of a
//! month by a distance band); the rolling median; the Theil–Sen line with its slope
//! in km per year and the Mann–Kendall test in the subtitle; below, the
//! share of incidents within 100 and 200 km per year.

use super::{draw_err as err, render_to, Drawing, PALETTE};
use crate::render::lang::Lang;
use crate::render::Result;
use crate::trend::{rolling_median, years, TrendPoint, TrendStats};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use std::path::Path;

/// Chart settings.
#[derive(Debug, Clone)]
pub struct TrendOptions {
    /// Image size.
    pub size: (u32, u32),
    /// Rolling median window, months.
    pub window_months: u32,
    /// Title.
    pub title: Option<String>,
    /// Language of the title, axes, legend and notes (French by default).
    pub lang: Lang,
    /// Past this many incidents, count them in cells of one month by a
    /// sixtieth of the scale's height instead of drawing a circle each
    /// (`None`: always circles). Tens of thousands of circles cover each
    /// other: the eye reads a band of ink, not where incidents are many.
    pub markers_limit: Option<usize>,
}

/// The number of incidents past which the chart counts them in cells.
pub const MARKERS_LIMIT: usize = 20_000;

impl Default for TrendOptions {
    fn default() -> Self {
        TrendOptions {
            size: (2000, 1500),
            window_months: 6,
            title: None,
            lang: Lang::default(),
            markers_limit: Some(MARKERS_LIMIT),
        }
    }
}

/// Draws the chart into `path` (.png or .svg) through a temporary file.
pub fn render_trend(
    pts: &[TrendPoint],
    stats: &TrendStats,
    o: &TrendOptions,
    path: &Path,
) -> Result<()> {
    struct TrendDrawing<'a>(&'a [TrendPoint], &'a TrendStats, &'a TrendOptions);
    impl Drawing for TrendDrawing<'_> {
        fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()>
        where
            DB::ErrorType: 'static,
        {
            draw(root, self.0, self.1, self.2)
        }
    }
    render_to(path, o.size, &TrendDrawing(pts, stats, o))
}

/// The subtitle with the statistics, as one line (for the report and the
/// terminal).
pub fn subtitle(stats: &TrendStats, lang: Lang) -> String {
    subtitle_lines(stats, lang).join(lang.pick("; ", " ; "))
}

/// The origin as the chart names it: the analysis writes "each country's
/// capital (Bamako, ...)" when incidents are measured from their own
/// country's capital; in French that is "la capitale de chaque pays".
fn origin_label(stats: &TrendStats, lang: Lang) -> String {
    match (lang, stats.origin.strip_prefix("each country's capital")) {
        (Lang::Fr, Some(rest)) => format!("la capitale de chaque pays{rest}"),
        _ => stats.origin.clone(),
    }
}

/// Whole km with a sign, and a plain 0 for what rounds to zero (never "-0").
fn signed_km(x: f64) -> String {
    let r = x.round();
    if r == 0.0 {
        "0".to_string()
    } else {
        format!("{r:+.0}")
    }
}

/// The subtitle in two lines: what was measured, then the test.
pub fn subtitle_lines(stats: &TrendStats, lang: Lang) -> [String; 2] {
    let scope = match (stats.violent_only, stats.non_violent_left_out, lang) {
        (true, 0, Lang::En) => "; violent events only".to_string(),
        (true, 0, Lang::Fr) => " ; violences seulement".to_string(),
        (true, k, Lang::En) => {
            format!("; violent events only ({k} protests, riots and other events left out)")
        }
        (true, k, Lang::Fr) => format!(
            " ; violences seulement ({k} manifestations, émeutes et autres événements écartés)"
        ),
        (false, _, _) => String::new(),
    };
    let first = match lang {
        Lang::En => format!(
            "{} incidents over {} months{scope}; {} left out (no date, or located only at region level)",
            stats.n,
            stats.monthly.len(),
            stats.excluded
        ),
        Lang::Fr => format!(
            "{} incidents sur {} mois{scope} ; {} écartés (sans date, ou localisés seulement à la région)",
            stats.n,
            stats.monthly.len(),
            stats.excluded
        ),
    };
    let second = match (stats.slope_km_per_year, stats.mann_kendall) {
        (Some(slope), Some(m)) => {
            let ci = stats.slope_ci_km_per_year.map_or(String::new(), |(a, b)| {
                format!(
                    " ({} {} {} {})",
                    lang.pick("95% CI", "IC à 95 % :"),
                    signed_km(a),
                    lang.pick("to", "à"),
                    signed_km(b)
                )
            });
            let verdict = match (stats.significant(), lang) {
                (true, Lang::En) => "significant",
                (false, Lang::En) => "not significant",
                (true, Lang::Fr) => "significative",
                (false, Lang::Fr) => "non significative",
            };
            match lang {
                Lang::En => format!(
                    "monthly median distance: Theil–Sen {} km per year{ci}; Mann–Kendall (Hamed–Rao) tau {:+.2}, p = {:.3}, {verdict}",
                    signed_km(slope),
                    m.tau,
                    m.p
                ),
                Lang::Fr => format!(
                    "distance médiane mensuelle : pente de Theil–Sen {} km par an{ci} ; Mann–Kendall (Hamed–Rao) tau {:+.2}, p = {:.3}, tendance {verdict}",
                    signed_km(slope),
                    m.tau,
                    m.p
                ),
            }
        }
        _ => match lang {
            Lang::En => format!(
                "too few months with incidents for a trend test (fewer than {})",
                crate::trend::MIN_MONTHS
            ),
            Lang::Fr => format!(
                "trop peu de mois avec des incidents pour tester une tendance (moins de {})",
                crate::trend::MIN_MONTHS
            ),
        },
    };
    [first, second]
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pts: &[TrendPoint],
    stats: &TrendStats,
    o: &TrendOptions,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let s = o.size.0 as f64 / 2000.0;
    let f = |pt: f64| (pt * s).max(9.0);
    root.fill(&WHITE).map_err(err)?;
    let (upper, lower) = root.split_vertically((o.size.1 as f64 * 0.72) as u32);
    let title = o.title.clone().unwrap_or_else(|| match o.lang {
        Lang::En => format!("Distance of incidents to {}", stats.origin),
        Lang::Fr => format!("Distance des incidents à {}", origin_label(stats, Lang::Fr)),
    });
    let ink = RGBColor(40, 40, 40);
    let lang = o.lang;
    upper
        .draw(&Text::new(
            title,
            ((30.0 * s) as i32, (24.0 * s) as i32),
            ("sans-serif", f(42.0), FontStyle::Bold)
                .into_font()
                .color(&ink),
        ))
        .map_err(err)?;
    for (k, line) in subtitle_lines(stats, o.lang).into_iter().enumerate() {
        upper
            .draw(&Text::new(
                line,
                ((32.0 * s) as i32, ((78.0 + 28.0 * k as f64) * s) as i32),
                ("sans-serif", f(21.0))
                    .into_font()
                    .color(&RGBColor(90, 90, 90)),
            ))
            .map_err(err)?;
    }
    let (_, upper) = upper.split_vertically((130.0 * s) as u32);
    let (x0, x1) = match (pts.first(), pts.last()) {
        (Some(a), Some(b)) => (years(a.date) - 0.3, years(b.date) + 0.3),
        _ => (20.0, 25.0),
    };
    // Headroom above the highest point for the legend.
    let ymax = pts.iter().map(|p| p.km).fold(100.0f64, f64::max) * 1.3;
    let mut chart = ChartBuilder::on(&upper)
        .margin((30.0 * s) as u32)
        .x_label_area_size((60.0 * s) as u32)
        .y_label_area_size((110.0 * s) as u32)
        .build_cartesian_2d(x0..x1, 0.0..ymax)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_desc(lang.pick("year", "année"))
        .y_desc(format!(
            "km {} {}",
            lang.pick("to", "de"),
            origin_label(stats, lang)
        ))
        .x_label_formatter(&|x| format!("{:.0}", 2000.0 + x.floor()))
        .x_labels(((x1 - x0).ceil() as usize).clamp(2, 20))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .label_style(("sans-serif", f(20.0)))
        .axis_desc_style(("sans-serif", f(22.0)))
        .light_line_style(RGBColor(235, 235, 235))
        .draw()
        .map_err(err)?;
    // Bands at 100 and 200 km.
    for (km, label) in [(100.0, "100 km"), (200.0, "200 km")] {
        chart
            .draw_series(LineSeries::new(
                vec![(x0, km), (x1, km)],
                RGBColor(200, 200, 200).stroke_width(2),
            ))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(Text::new(
                label.to_string(),
                (x0 + 0.05, km + ymax * 0.012),
                ("sans-serif", f(18.0))
                    .into_font()
                    .color(&RGBColor(150, 150, 150)),
            )))
            .map_err(err)?;
    }
    let dense = o.markers_limit.is_some_and(|limit| pts.len() > limit);
    if dense {
        draw_cells(&mut chart, pts, ymax, lang)?;
    } else {
        draw_circles(&mut chart, pts, s, lang)?;
    }
    // The rolling median is broken where incidents are further apart than
    // its window: a line across years without data would invent them.
    let med = rolling_median(pts, o.window_months);
    let gap_days = o.window_months as i64 * 31;
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    for (k, (d, km)) in med.iter().enumerate() {
        if k == 0 || (*d - med[k - 1].0).num_days() > gap_days {
            runs.push(Vec::new());
        }
        if let Some(run) = runs.last_mut() {
            run.push((years(*d), *km));
        }
    }
    // Over cells shaded yellow to red, the median is drawn in the blue the
    // circles have otherwise.
    let median_colour = if dense { PALETTE[1] } else { PALETTE[2] };
    let median_style = median_colour.stroke_width((5.0 * s).max(2.0) as u32);
    for (k, run) in runs.into_iter().filter(|r| r.len() >= 2).enumerate() {
        let series = chart
            .draw_series(LineSeries::new(run, median_style))
            .map_err(err)?;
        if k == 0 {
            series
                .label(format!(
                    "{} ({} {})",
                    lang.pick("rolling median", "médiane glissante"),
                    o.window_months,
                    lang.pick("months", "mois")
                ))
                .legend(move |(x, y)| {
                    PathElement::new(
                        vec![(x - 12, y), (x + 12, y)],
                        median_colour.stroke_width(4),
                    )
                });
        }
    }
    if let (
        Some(crate::trend::Line {
            slope: sl,
            intercept: ic,
        }),
        Some((ta, tb)),
    ) = (
        stats.line,
        trend_line_span(&pts.iter().map(|p| years(p.date)).collect::<Vec<_>>()),
    ) {
        // Over the data's span only, and never below 0 km.
        let (ta, tb) = clamp_to_positive(sl, ic, ta, tb);
        let line = vec![(ta, ic + sl * ta), (tb, ic + sl * tb)];
        let width = (4.0 * s).max(2.0) as u32;
        if stats.significant() {
            chart
                .draw_series(LineSeries::new(line, PALETTE[0].stroke_width(width)))
                .map_err(err)?
                .label(match lang {
                    Lang::En => format!(
                        "Theil–Sen trend of monthly medians ({} km/yr)",
                        signed_km(sl)
                    ),
                    Lang::Fr => {
                        format!(
                            "tendance de Theil–Sen des médianes mensuelles ({} km/an)",
                            signed_km(sl)
                        )
                    }
                })
                .legend(|(x, y)| {
                    PathElement::new(vec![(x - 12, y), (x + 12, y)], PALETTE[0].stroke_width(4))
                });
        } else {
            // Not significant: faint and dashed, and said so.
            let faint = PALETTE[0].mix(0.45).stroke_width(width);
            chart
                .draw_series(DashedLineSeries::new(
                    line,
                    (18.0 * s).max(6.0) as u32,
                    (12.0 * s).max(4.0) as u32,
                    faint,
                ))
                .map_err(err)?
                .label(format!(
                    "{}{}",
                    match lang {
                        Lang::En => format!("Theil–Sen ({} km/yr), not significant", signed_km(sl)),
                        Lang::Fr =>
                            format!("Theil–Sen ({} km/an), non significative", signed_km(sl)),
                    },
                    stats
                        .mann_kendall
                        .map_or(String::new(), |m| format!(" (p = {:.2})", m.p))
                ))
                .legend(move |(x, y)| PathElement::new(vec![(x - 12, y), (x + 12, y)], faint));
        }
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(190, 190, 190))
        .label_font(("sans-serif", f(20.0)))
        .position(SeriesLabelPosition::UpperRight)
        .draw()
        .map_err(err)?;

    // Lower panel: share within 100 and 200 km per year, on the same
    // x-axis as the chart above (years since 2000, same margins and label
    // area), so that a year's bars sit under its incidents.
    let mut chart2 = ChartBuilder::on(&lower)
        .margin((30.0 * s) as u32)
        .caption(
            lang.pick(
                "Share of incidents within 100 km and 200 km, per year",
                "Part des incidents à moins de 100 km et de 200 km, par année",
            ),
            ("sans-serif", f(24.0), FontStyle::Bold),
        )
        .x_label_area_size((50.0 * s) as u32)
        .y_label_area_size((110.0 * s) as u32)
        .build_cartesian_2d(x0..x1, 0.0..1.0)
        .map_err(err)?;
    chart2
        .configure_mesh()
        .x_label_formatter(&|x| format!("{:.0}", 2000.0 + x.floor()))
        .x_labels(((x1 - x0).ceil() as usize).clamp(2, 20))
        .y_label_formatter(&|v| format!("{:.0}%", v * 100.0))
        .label_style(("sans-serif", f(18.0)))
        .light_line_style(RGBColor(235, 235, 235))
        .draw()
        .map_err(err)?;
    // A year's bars within the year: 100 km in its first half, 200 km in
    // its second.
    let year_start = |y: i32| (y - 2000) as f64;
    chart2
        .draw_series(stats.by_year.iter().map(|&(y, _, w100, _)| {
            Rectangle::new(
                [(year_start(y) + 0.08, 0.0), (year_start(y) + 0.48, w100)],
                PALETTE[0].mix(0.8).filled(),
            )
        }))
        .map_err(err)?
        .label(lang.pick("within 100 km", "à moins de 100 km"))
        .legend(|(x, y)| Rectangle::new([(x - 8, y - 8), (x + 8, y + 8)], PALETTE[0].filled()));
    chart2
        .draw_series(stats.by_year.iter().map(|&(y, _, _, w200)| {
            Rectangle::new(
                [(year_start(y) + 0.52, 0.0), (year_start(y) + 0.92, w200)],
                PALETTE[1].mix(0.8).filled(),
            )
        }))
        .map_err(err)?
        .label(lang.pick("within 200 km", "à moins de 200 km"))
        .legend(|(x, y)| Rectangle::new([(x - 8, y - 8), (x + 8, y + 8)], PALETTE[1].filled()));
    chart2
        .configure_series_labels()
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(190, 190, 190))
        .label_font(("sans-serif", f(18.0)))
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
        .map_err(err)?;
    lower
        .draw(&Text::new(
            lang.pick(
                "Distances are great-circle km from the origin. Sources: the articles and files given to sahel.",
                "Distances en km sur le grand cercle depuis l'origine. Sources : les articles et fichiers donnés à sahel.",
            ),
            ((30.0 * s) as i32, (o.size.1 as f64 * 0.28 - 24.0 * s) as i32),
            ("sans-serif", f(16.0)).into_font().color(&RGBColor(120, 120, 120)),
        ))
        .map_err(err)?;
    Ok(())
}

/// The chart's drawing area, in years since 2000 by km.
type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Each incident as a circle whose area grows with its deaths, a ring when
/// its toll is unknown.
fn draw_circles<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    pts: &[TrendPoint],
    s: f64,
    lang: Lang,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let point_colour = PALETTE[1];
    chart
        .draw_series(pts.iter().map(|p| {
            let r = ((3.0 + 1.6 * p.deaths.sqrt()) * s).max(2.0) as i32;
            let style = if p.toll_known {
                point_colour.mix(0.55).filled()
            } else {
                RGBColor(120, 120, 120).stroke_width(2)
            };
            Circle::new((years(p.date), p.km), r, style)
        }))
        .map_err(err)?
        .label(lang.pick(
            "incident (area: deaths; ring: toll unknown)",
            "incident (aire : morts ; anneau : bilan inconnu)",
        ))
        .legend(move |(x, y)| Circle::new((x, y), 7, point_colour.mix(0.55).filled()));
    Ok(())
}

/// Incidents counted in cells of one calendar month by a sixtieth of the
/// scale's height, each cell shaded by its class of count (Jenks breaks,
/// as the map's density layer), one legend line per class.
fn draw_cells<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    pts: &[TrendPoint],
    ymax: f64,
    lang: Lang,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    use crate::render::map::style::{class_colour, class_of};
    use chrono::Datelike;
    let height = ymax / 60.0;
    let mut counts: std::collections::HashMap<(i32, u32, i64), usize> = Default::default();
    for p in pts {
        let row = (p.km / height).floor() as i64;
        *counts
            .entry((p.date.year(), p.date.month(), row))
            .or_insert(0) += 1;
    }
    let mut cells: Vec<((i32, u32, i64), usize)> = counts.into_iter().collect();
    // Drawn in a fixed order, so the same data gives the same picture.
    cells.sort_unstable();
    let values: Vec<f64> = cells.iter().map(|c| c.1 as f64).collect();
    let classes = crate::stats::jenks_classes(&values, 5);
    let month_start = |y: i32, m: u32| chrono::NaiveDate::from_ymd_opt(y, m, 1).map_or(0.0, years);
    chart
        .draw_series(cells.iter().filter_map(|&((y, m, row), n)| {
            let k = class_of(n as f64, &classes)?;
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            let (a, b) = (month_start(y, m), month_start(ny, nm));
            let bottom = row as f64 * height;
            Some(Rectangle::new(
                [(a, bottom), (b, bottom + height)],
                class_colour(k, classes.len()).filled(),
            ))
        }))
        .map_err(err)?;
    let unit = lang.pick("incidents per month", "incidents par mois");
    let cell = format!(
        "{unit}, {} {:.0} km",
        lang.pick("per", "par tranche de"),
        height
    );
    for (k, (lo, hi)) in classes.iter().enumerate() {
        let colour = class_colour(k, classes.len());
        let label = if lo == hi {
            format!("{lo:.0}")
        } else {
            format!("{lo:.0}–{hi:.0}")
        };
        let label = if k + 1 == classes.len() {
            format!("{label} ({cell})")
        } else {
            label
        };
        chart
            .draw_series(std::iter::empty::<Rectangle<(f64, f64)>>())
            .map_err(err)?
            .label(label)
            .legend(move |(x, y)| {
                Rectangle::new([(x - 8, y - 6), (x + 8, y + 6)], colour.filled())
            });
    }
    Ok(())
}

/// The span of the trend line: from the first to the last incident.
fn trend_line_span(t: &[f64]) -> Option<(f64, f64)> {
    let a = t.iter().copied().fold(f64::INFINITY, f64::min);
    let b = t.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (a < b).then_some((a, b))
}

/// The part of `[ta, tb]` where the line `ic + sl·t` is at or above 0 (a
/// distance is never negative). An empty part comes back as one point.
fn clamp_to_positive(sl: f64, ic: f64, ta: f64, tb: f64) -> (f64, f64) {
    if sl == 0.0 {
        return (ta, tb);
    }
    let zero = -ic / sl;
    if sl < 0.0 {
        (ta, tb.min(zero).max(ta))
    } else {
        (ta.max(zero).min(tb), tb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn pts() -> Vec<TrendPoint> {
        (0..30)
            .map(|i| TrendPoint {
                date: NaiveDate::from_ymd_opt(2019 + i / 6, 1 + (i % 6) as u32 * 2, 10).unwrap(),
                km: 900.0 - 20.0 * i as f64,
                deaths: (i % 7) as f64 * 5.0,
                toll_known: i % 5 != 0,
            })
            .collect()
    }

    #[test]
    fn the_trend_line_stops_at_zero_km() {
        // 900 km falling by 300 km a year from t = 20 reaches 0 at t = 23.
        let (sl, ic) = (-300.0, 900.0 + 300.0 * 20.0);
        assert_eq!(clamp_to_positive(sl, ic, 20.0, 25.0), (20.0, 23.0));
        assert_eq!(
            clamp_to_positive(-sl, 0.0 - 300.0 * 22.0, 20.0, 25.0),
            (22.0, 25.0)
        );
        assert_eq!(clamp_to_positive(0.0, 5.0, 20.0, 25.0), (20.0, 25.0));
    }

    #[test]
    fn a_trend_that_is_not_significant_is_drawn_faint_and_said_so() {
        let d = tempfile::tempdir().unwrap();
        let p = pts();
        let mut stats = crate::trend::statistics(&p, "Bamako", (12.65, -8.0));
        assert!(stats.significant(), "20 km closer at each point");
        let svg = d.path().join("t.svg");
        let english = TrendOptions {
            lang: Lang::En,
            ..Default::default()
        };
        render_trend(&p, &stats, &english, &svg).unwrap();
        assert!(!std::fs::read_to_string(&svg)
            .unwrap()
            .contains("not significant"));
        if let Some(m) = stats.mann_kendall.as_mut() {
            m.p = 0.755;
        }
        render_trend(&p, &stats, &english, &svg).unwrap();
        assert!(std::fs::read_to_string(&svg)
            .unwrap()
            .contains("not significant (p = 0.76)"));
        render_trend(&p, &stats, &TrendOptions::default(), &svg).unwrap();
        assert!(std::fs::read_to_string(&svg)
            .unwrap()
            .contains("non significative (p = 0.76)"));
    }

    #[test]
    fn many_incidents_are_counted_in_cells_with_a_legend_of_counts() {
        let d = tempfile::tempdir().unwrap();
        let p = pts();
        let stats = crate::trend::statistics(&p, "Bamako", (12.65, -8.0));
        let svg = d.path().join("t.svg");
        let few = TrendOptions {
            lang: Lang::En,
            markers_limit: Some(10),
            ..Default::default()
        };
        render_trend(&p, &stats, &few, &svg).unwrap();
        let text = std::fs::read_to_string(&svg).unwrap();
        assert!(text.contains("incidents per month"), "a legend of counts");
        assert!(!text.contains("<circle"), "no circle per incident");
        let circles = TrendOptions {
            markers_limit: None,
            ..few
        };
        render_trend(&p, &stats, &circles, &svg).unwrap();
        let text = std::fs::read_to_string(&svg).unwrap();
        assert!(text.matches("<circle").count() >= p.len(), "a circle each");
        assert!(!text.contains("incidents per month"));
    }

    #[test]
    fn renders_png_and_svg_with_the_statistics() {
        let d = tempfile::tempdir().unwrap();
        let p = pts();
        let mut stats = crate::trend::statistics(&p, "Bamako", (12.65, -8.0));
        stats.excluded = 2;
        let png = d.path().join("t.png");
        render_trend(
            &p,
            &stats,
            &TrendOptions {
                size: (1000, 750),
                ..Default::default()
            },
            &png,
        )
        .unwrap();
        assert_eq!(
            image::open(&png).unwrap().to_rgb8().dimensions(),
            (1000, 750)
        );
        let svg = d.path().join("t.svg");
        let english = TrendOptions {
            lang: Lang::En,
            ..Default::default()
        };
        render_trend(&p, &stats, &english, &svg).unwrap();
        let text = std::fs::read_to_string(&svg).unwrap();
        assert!(
            text.contains("Theil–Sen")
                && text.contains("km per year")
                && text.contains("Mann–Kendall (Hamed–Rao) tau")
                && text.contains("95% CI"),
            "statistics in the subtitle"
        );
        assert!(text.contains("within 200 km"));
    }
}
