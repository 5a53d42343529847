//! Is the violence moving toward the capital? Distance-to-origin trend
//! statistics. The test runs on a regular series, each month's median
//! distance ([`monthly`]): the Mann–Kendall test with Hamed and Rao's
//! correction for autocorrelation ([`hamed_rao`]), and the Theil–Sen slope
//! in km per year with its confidence interval ([`sen_interval`]). The
//! chart adds a rolling median over the incidents and the share of them
//! within 100 and 200 km per year. Only violent events count unless the
//! caller asks for every type ([`Scope`]): protests and riots in the
//! capital would otherwise read as violence coming closer.
//!
//! ```
//! use sahel::trend::{theil_sen, mann_kendall};
//! let t = [0.0, 1.0, 2.0, 3.0, 4.0];
//! let y = [500.0, 450.0, 420.0, 380.0, 300.0];
//! let slope = theil_sen(&t, &y).unwrap().slope;
//! assert!((slope + 45.0).abs() < 1e-9); // the median pairwise slope
//! let mk = mann_kendall(&y).unwrap();
//! assert_eq!(mk.s, -10.0);
//! assert!(mk.tau < -0.99);
//! ```

use crate::admin::AdminLocator;
use crate::country::Country;
use crate::filter::incident_country;
use crate::geodesy::distance_km;
use crate::model::{EventType, Incident, LocationPrecision};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

pub mod hamed_rao;
pub mod monthly;
pub mod sen_interval;

pub use monthly::MonthPoint;

/// Which incidents the trend measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Violent events only: every type but `other`, where ACLED's
    /// protests, riots and strategic developments land.
    #[default]
    Violent,
    /// Every incident given (the caller has chosen the types).
    AllTypes,
}

/// Fewest months with incidents for the test and the slope: below, the
/// statistics say "too few months" rather than a number.
pub const MIN_MONTHS: usize = 6;

/// The two-sided 95 % normal quantile, for the slope's interval.
const Z_95: f64 = 1.959_963_984_540_054;

/// Up to this many points, Theil–Sen uses every pair.
pub const EXACT_PAIRS_UP_TO: usize = 2000;
/// Beyond, it uses this many pairs drawn with a fixed seed.
pub const SAMPLED_PAIRS: usize = 2_000_000;

/// A straight line `y = intercept + slope · t`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Line {
    /// Change of `y` per unit of `t`.
    pub slope: f64,
    /// `y` at `t = 0`.
    pub intercept: f64,
}

impl Line {
    /// `y` at `t`.
    pub fn at(&self, t: f64) -> f64 {
        self.intercept + self.slope * t
    }
}

/// Theil–Sen estimator: the median of the pairwise slopes, and as intercept
/// `median(y) - slope * median(t)` (scipy's `theilslopes` convention).
/// `None` with fewer than two distinct `t`.
///
/// ```
/// let t = [0.0, 1.0, 2.0, 3.0, 4.0];
/// let line = sahel::trend::theil_sen(&t, &[10.0, 8.0, 6.0, 4.0, 100.0]).unwrap();
/// assert_eq!(line.slope, -2.0, "one outlier does not move the median slope");
/// ```
pub fn theil_sen(t: &[f64], y: &[f64]) -> Option<Line> {
    let n = t.len().min(y.len());
    let mut slopes = Vec::new();
    let slope_of = |i: usize, j: usize| (t[j] != t[i]).then(|| (y[j] - y[i]) / (t[j] - t[i]));
    if n <= EXACT_PAIRS_UP_TO {
        for i in 0..n {
            for j in i + 1..n {
                slopes.extend(slope_of(i, j));
            }
        }
    } else {
        // Beyond a few thousand points the n²/2 slopes do not fit in
        // memory: the median of 2 million pairs drawn with a fixed seed
        // estimates it (the same input always gives the same answer).
        let mut state = 0x5EED_u64;
        let mut next = || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            (z ^ (z >> 31)) as usize
        };
        while slopes.len() < SAMPLED_PAIRS {
            let (i, j) = (next() % n, next() % n);
            if i != j {
                slopes.extend(slope_of(i.min(j), i.max(j)));
            }
        }
    }
    if slopes.is_empty() {
        return None;
    }
    let slope = median(&mut slopes);
    let (mut ts, mut ys) = (t[..n].to_vec(), y[..n].to_vec());
    Some(Line {
        slope,
        intercept: median(&mut ys) - slope * median(&mut ts),
    })
}

pub(crate) fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Result of the Mann–Kendall test on a series in time order.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MannKendall {
    /// The S statistic.
    pub s: f64,
    /// Variance of S, corrected for ties.
    pub var_s: f64,
    /// Standardised statistic (continuity-corrected).
    pub z: f64,
    /// Kendall's tau (S over the number of pairs).
    pub tau: f64,
    /// Two-sided p-value (normal approximation).
    pub p: f64,
}

/// The Mann–Kendall test of a monotonic trend in `y` (in time order), as
/// in Hipel & McLeod and the pyMannKendall `original_test`. `None` for fewer
/// than 3 values.
pub fn mann_kendall(y: &[f64]) -> Option<MannKendall> {
    let n = y.len();
    if n < 3 {
        return None;
    }
    // S = pairs rising minus pairs falling, counted in O(n log n) with a
    // Fenwick tree over the ranks of the values (ties count for neither).
    let mut sorted = y.to_vec();
    sorted.sort_by(|a, b| a.total_cmp(b));
    sorted.dedup();
    let rank = |v: f64| sorted.partition_point(|x| *x < v);
    let mut tree = vec![0i64; sorted.len() + 1];
    let mut s: i64 = 0;
    for (seen, &v) in y.iter().enumerate() {
        let r = rank(v);
        // Earlier values below v, and equal to v.
        let (mut below, mut upto) = (0i64, 0i64);
        let mut k = r;
        while k > 0 {
            below += tree[k];
            k &= k - 1;
        }
        let mut k = r + 1;
        while k > 0 {
            upto += tree[k];
            k &= k - 1;
        }
        let above = seen as i64 - upto;
        s += below - above;
        let mut k = r + 1;
        while k < tree.len() {
            tree[k] += 1;
            k += k & k.wrapping_neg();
        }
    }
    let s = s as f64;
    // Tie groups.
    let mut all = y.to_vec();
    all.sort_by(|a, b| a.total_cmp(b));
    let mut ties = 0.0;
    let mut k = 0;
    while k < n {
        let mut m = k + 1;
        while m < n && all[m] == all[k] {
            m += 1;
        }
        let tp = (m - k) as f64;
        if tp > 1.0 {
            ties += tp * (tp - 1.0) * (2.0 * tp + 5.0);
        }
        k = m;
    }
    let nf = n as f64;
    let var_s = (nf * (nf - 1.0) * (2.0 * nf + 5.0) - ties) / 18.0;
    let z = if s > 0.0 {
        (s - 1.0) / var_s.sqrt()
    } else if s < 0.0 {
        (s + 1.0) / var_s.sqrt()
    } else {
        0.0
    };
    let p = 2.0 * (1.0 - normal_cdf(z.abs()));
    Some(MannKendall {
        s,
        var_s,
        z,
        tau: s / (0.5 * nf * (nf - 1.0)),
        p,
    })
}

/// Standard normal CDF (erfc-based, |error| < 1.2e-7).
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * erfc(-x / std::f64::consts::SQRT_2)
}

fn erfc(x: f64) -> f64 {
    // Numerical Recipes' erfcc (Chebyshev fit), relative error < 1.2e-7.
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.26551223
            + t * (1.00002368
                + t * (0.37409196
                    + t * (0.09678418
                        + t * (-0.18628806
                            + t * (0.27886807
                                + t * (-1.13520398
                                    + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
            .exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

/// One incident on the trend chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    /// Date (midpoint of its range).
    pub date: NaiveDate,
    /// Great-circle distance to the origin, km.
    pub km: f64,
    /// Deaths (midpoint of the range; 0 when unknown).
    pub deaths: f64,
    /// Whether the toll is known.
    pub toll_known: bool,
}

/// The statistics `sahel trend --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendStats {
    /// Origin name and point.
    pub origin: String,
    /// Origin latitude.
    pub origin_lat: f64,
    /// Origin longitude.
    pub origin_lon: f64,
    /// Incidents used (dated, located below region level).
    pub n: usize,
    /// Incidents left out: no date, no location, or only a region.
    pub excluded: usize,
    /// Incidents left out because they are not violent events (protests,
    /// riots, strategic developments: type `other`); 0 with
    /// [`Scope::AllTypes`].
    pub non_violent_left_out: usize,
    /// Whether only violent events were measured.
    pub violent_only: bool,
    /// The series tested: each month's median distance, months without
    /// incidents left out.
    pub monthly: Vec<MonthPoint>,
    /// Theil–Sen slope of the monthly medians, km per year (negative:
    /// closer to the origin); `None` under [`MIN_MONTHS`] months.
    pub slope_km_per_year: Option<f64>,
    /// Its 95 % confidence interval, km per year (Sen's, from the
    /// autocorrelation-corrected variance).
    pub slope_ci_km_per_year: Option<(f64, f64)>,
    /// The Theil–Sen line itself (`t` in years since 2000-01-01, km).
    pub line: Option<Line>,
    /// The Hamed–Rao modified Mann–Kendall test on the monthly medians.
    pub mann_kendall: Option<MannKendall>,
    /// The test's name, for scripts and captions.
    pub test: &'static str,
    /// Per year: (year, incidents, share within 100 km, share within 200 km).
    pub by_year: Vec<(i32, usize, f64, f64)>,
}

/// Decimal years since 2000-01-01 (for slopes in km per year).
pub fn years(d: NaiveDate) -> f64 {
    let base = NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date");
    (d - base).num_days() as f64 / 365.2425
}

/// The points and statistics of the trend of distance to (lat, lon).
/// Incidents located only at region level are left out (their distance
/// says little), and counted in `excluded`.
pub fn trend(
    incidents: &[Incident],
    origin: &str,
    lat: f64,
    lon: f64,
    scope: Scope,
) -> (Vec<TrendPoint>, TrendStats) {
    trend_from(incidents, origin, (lat, lon), scope, |_, _| {
        Some((lat, lon))
    })
}

impl TrendStats {
    /// Whether the test finds a trend at the 5 % level.
    pub fn significant(&self) -> bool {
        self.mann_kendall.is_some_and(|m| m.p < 0.05)
    }
}

/// The trend of each incident's distance to the capital of its own country
/// (Bamako, Ouagadougou, Niamey): how close the violence comes to the seat
/// of each state. Incidents outside the three countries are left out and
/// counted in `excluded`. The boundaries place incidents that carry no
/// country.
///
/// ```
/// use sahel::gazetteer::Gazetteer;
/// let inc = sahel::report::example_incidents(Gazetteer::embedded());
/// let (pts, stats) = sahel::trend::trend_to_capitals(&inc, Gazetteer::embedded().admin(), Default::default());
/// // The example dispatches are all Malian: measured from Bamako.
/// assert_eq!(stats.origin, "Bamako");
/// assert_eq!(pts.len(), stats.n);
/// ```
pub fn trend_to_capitals(
    incidents: &[Incident],
    admin: &AdminLocator,
    scope: Scope,
) -> (Vec<TrendPoint>, TrendStats) {
    // Each incident's country once (a point-in-polygon test for files
    // without the column).
    let countries: Vec<Option<Country>> = incidents
        .iter()
        .map(|i| incident_country(i, admin))
        .collect();
    let present: std::collections::BTreeSet<Country> =
        countries.iter().flatten().copied().collect();
    let names: Vec<&str> = present.iter().map(|c| c.capital().name).collect();
    let label = match names.as_slice() {
        [one] => one.to_string(),
        _ => format!("each country's capital ({})", names.join(", ")),
    };
    let first = present.iter().next().copied().unwrap_or_default().capital();
    trend_from(incidents, &label, (first.lat, first.lon), scope, |k, _| {
        countries[k].map(|c| (c.capital().lat, c.capital().lon))
    })
}

/// The trend with a per-incident origin, given the incident and its
/// position in `incidents` (`None` leaves it out); `point` is the origin
/// the statistics report.
pub fn trend_from(
    incidents: &[Incident],
    origin: &str,
    point: (f64, f64),
    scope: Scope,
    origin_of: impl Fn(usize, &Incident) -> Option<(f64, f64)>,
) -> (Vec<TrendPoint>, TrendStats) {
    let counted = |i: &Incident| scope == Scope::AllTypes || i.event_type != EventType::Other;
    let non_violent_left_out = incidents.iter().filter(|i| !counted(i)).count();
    let mut pts: Vec<TrendPoint> = incidents
        .iter()
        .enumerate()
        .filter(|(_, i)| counted(i))
        .filter_map(|(k, i)| {
            let l = i
                .location
                .as_ref()
                .filter(|l| l.precision != LocationPrecision::Region)?;
            let d = i.date?;
            let (olat, olon) = origin_of(k, i)?;
            Some(TrendPoint {
                date: d.midpoint(),
                km: distance_km(olat, olon, l.lat, l.lon),
                deaths: i.fatalities.best(),
                toll_known: i.fatalities.is_known(),
            })
        })
        .collect();
    pts.sort_by(|a, b| a.date.cmp(&b.date).then(a.km.total_cmp(&b.km)));
    let mut stats = statistics(&pts, origin, point);
    stats.excluded = incidents.len() - pts.len() - non_violent_left_out;
    stats.non_violent_left_out = non_violent_left_out;
    stats.violent_only = scope == Scope::Violent;
    (pts, stats)
}

/// The statistics of points already measured and in date order: the
/// monthly series, its test and slope, and the shares per year. Nothing is
/// counted as left out; [`trend_from`] fills that in.
///
/// ```
/// use sahel::trend::{statistics, TrendPoint};
/// use chrono::NaiveDate;
/// // Two years of monthly incidents coming 15 km closer each month.
/// let pts: Vec<TrendPoint> = (0..24).map(|k| TrendPoint {
///     date: NaiveDate::from_ymd_opt(2022 + k / 12, 1 + (k % 12) as u32, 10).unwrap(),
///     km: 600.0 - 15.0 * k as f64, deaths: 1.0, toll_known: true }).collect();
/// let s = statistics(&pts, "Bamako", (12.65, -8.0));
/// assert_eq!(s.monthly.len(), 24);
/// assert!(s.significant());
/// let (lo, hi) = s.slope_ci_km_per_year.unwrap();
/// assert!(lo <= -179.0 && -181.0 <= hi, "15 km a month is 180 km a year: {lo} {hi}");
/// ```
pub fn statistics(pts: &[TrendPoint], origin: &str, point: (f64, f64)) -> TrendStats {
    let (lat, lon) = point;
    let monthly = monthly::monthly_medians(pts);
    let t: Vec<f64> = monthly.iter().map(|m| years(m.mid)).collect();
    let y: Vec<f64> = monthly.iter().map(|m| m.median_km).collect();
    let enough = monthly.len() >= MIN_MONTHS;
    let mk = enough.then(|| hamed_rao::hamed_rao_ar1(&y)).flatten();
    let line = enough.then(|| theil_sen(&t, &y)).flatten();
    let ci = mk.and_then(|m| sen_interval::slope_interval(&t, &y, m.var_s, Z_95));
    let mut by_year = Vec::new();
    let mut k = 0;
    while k < pts.len() {
        let yr = pts[k].date.year();
        let mut m = k;
        while m < pts.len() && pts[m].date.year() == yr {
            m += 1;
        }
        let n = (m - k) as f64;
        let w100 = pts[k..m].iter().filter(|p| p.km <= 100.0).count() as f64 / n;
        let w200 = pts[k..m].iter().filter(|p| p.km <= 200.0).count() as f64 / n;
        by_year.push((yr, m - k, w100, w200));
        k = m;
    }
    TrendStats {
        origin: origin.to_string(),
        origin_lat: lat,
        origin_lon: lon,
        n: pts.len(),
        excluded: 0,
        non_violent_left_out: 0,
        violent_only: false,
        monthly,
        slope_km_per_year: line.map(|l| l.slope),
        slope_ci_km_per_year: ci,
        line,
        mann_kendall: mk,
        test: "Mann-Kendall with the Hamed-Rao correction (AR(1) autocorrelation) on monthly median distances",
        by_year,
    }
}

/// Rolling median of `km` over a window of `months` centred on each point
/// (points in date order).
pub fn rolling_median(pts: &[TrendPoint], months: u32) -> Vec<(NaiveDate, f64)> {
    // Evaluated every half month (or at each point when there are few),
    // with a sliding window over the points in date order: linear in the
    // number of points, not quadratic.
    let (Some(first), Some(last)) = (pts.first(), pts.last()) else {
        return Vec::new();
    };
    let half = chrono::Duration::days((months as f64 * 30.44 / 2.0).round() as i64);
    let dates: Vec<NaiveDate> = if pts.len() <= 400 {
        pts.iter().map(|p| p.date).collect()
    } else {
        let mut v = Vec::new();
        let mut d = first.date;
        while d <= last.date {
            v.push(d);
            d += chrono::Duration::days(15);
        }
        v
    };
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut out = Vec::with_capacity(dates.len());
    for d in dates {
        while lo < pts.len() && pts[lo].date < d - half {
            lo += 1;
        }
        while hi < pts.len() && pts[hi].date <= d + half {
            hi += 1;
        }
        if hi > lo {
            let mut w: Vec<f64> = pts[lo..hi].iter().map(|p| p.km).collect();
            out.push((d, median(&mut w)));
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The series of tests/fixtures/hamed_rao.json (made by
    /// tests/fixtures/make_hamed_rao_fixture.py): name, expected values,
    /// and the series itself.
    pub(crate) fn hamed_rao_fixture() -> Vec<(String, serde_json::Value, Vec<f64>)> {
        let fx: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/hamed_rao.json")).unwrap();
        fx.as_object()
            .unwrap()
            .iter()
            .map(|(name, c)| {
                let y = c["y"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_f64().unwrap())
                    .collect();
                (name.clone(), c.clone(), y)
            })
            .collect()
    }

    // Fixtures computed with pyMannKendall 1.4.3 (original_test, Theil–Sen
    // `sens_slope` on the index) and scipy 1.x `theilslopes`; command in
    // tests/fixtures/README.md.
    #[test]
    fn matches_independent_implementations() {
        // Computed by pyMannKendall (original_test) and scipy (theilslopes):
        // tests/fixtures/make_trend_fixture.py.
        let fx: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/trend.json")).unwrap();
        for (name, c) in fx.as_object().unwrap() {
            let v = |k: &str| -> Vec<f64> {
                c[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_f64().unwrap())
                    .collect()
            };
            let f = |k: &str| c[k].as_f64().unwrap();
            let (y, t) = (v("y"), v("t"));
            let mk = mann_kendall(&y).unwrap();
            assert_eq!(mk.s, f("s"), "{name}");
            assert!(
                (mk.var_s - f("var_s")).abs() < 1e-9,
                "{name} var_s {} vs {}",
                mk.var_s,
                f("var_s")
            );
            assert!((mk.z - f("z")).abs() < 1e-9, "{name} z");
            assert!((mk.tau - f("tau")).abs() < 1e-9, "{name} tau");
            assert!(
                (mk.p - f("p")).abs() < 1e-6,
                "{name} p {} vs {}",
                mk.p,
                f("p")
            );
            let Line { slope, intercept } = theil_sen(&t, &y).unwrap();
            assert!(
                (slope - f("theil_sen_slope")).abs() < 1e-9,
                "{name} slope {slope}"
            );
            assert!(
                (intercept - f("theil_sen_intercept")).abs() < 1e-9,
                "{name} intercept {intercept}"
            );
        }
    }

    #[test]
    fn ties_reduce_the_variance() {
        let y = [5.0, 5.0, 5.0, 6.0, 7.0];
        let mk = mann_kendall(&y).unwrap();
        assert_eq!(mk.s, 7.0);
        // 5·4·15/18 minus the tie group of three: 3·2·11/18.
        assert!((mk.var_s - (300.0 - 66.0) / 18.0).abs() < 1e-9);
        assert!(mann_kendall(&[1.0, 2.0]).is_none());
        assert!(theil_sen(&[1.0, 1.0], &[2.0, 3.0]).is_none());
    }

    #[test]
    fn large_series_stay_fast_and_close_to_exact() {
        // A noisy decline of 50 km per year over 10,000 points.
        let n = 10_000;
        let t: Vec<f64> = (0..n).map(|i| i as f64 / 1000.0).collect();
        let y: Vec<f64> = (0..n)
            .map(|i| 900.0 - 50.0 * t[i] + ((i * 7919) % 200) as f64)
            .collect();
        let slope = theil_sen(&t, &y).unwrap().slope;
        assert!((slope + 50.0).abs() < 2.0, "{slope}");
        let mk = mann_kendall(&y).unwrap();
        assert!(mk.tau < -0.3 && mk.p < 1e-10);
        // The O(n log n) S equals the pairwise definition on a small series.
        let small: [f64; 11] = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0];
        let mut s = 0.0;
        for i in 0..small.len() {
            for j in i + 1..small.len() {
                s += (small[j] - small[i]).signum() * f64::from(u8::from(small[j] != small[i]));
            }
        }
        assert_eq!(mann_kendall(&small).unwrap().s, s);
    }

    #[test]
    fn normal_cdf_is_accurate() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_cdf(1.959964) - 0.975).abs() < 1e-6);
        assert!((normal_cdf(-3.0) - 0.0013499).abs() < 1e-6);
    }
}
