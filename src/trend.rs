//! Is the violence moving toward the capital? Distance-to-origin trend
//! statistics: Theil–Sen slope (km per year), the Mann–Kendall trend test
//! (tau, two-sided p-value, with the tie correction), a rolling median, and
//! the share of incidents within 100 and 200 km per year.
//!
//! ```
//! use sahel::trend::{theil_sen, mann_kendall};
//! let t = [0.0, 1.0, 2.0, 3.0, 4.0];
//! let y = [500.0, 450.0, 420.0, 380.0, 300.0];
//! let (slope, _) = theil_sen(&t, &y).unwrap();
//! assert!((slope + 45.0).abs() < 1e-9); // the median pairwise slope
//! let mk = mann_kendall(&y).unwrap();
//! assert_eq!(mk.s, -10.0);
//! assert!(mk.tau < -0.99);
//! ```

use crate::geodesy::distance_km;
use crate::model::{Incident, LocationPrecision};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Theil–Sen estimator: the median of the pairwise slopes, and as intercept
/// `median(y) - slope * median(t)` (scipy's `theilslopes` convention).
/// `None` with fewer than two distinct `t`.
pub fn theil_sen(t: &[f64], y: &[f64]) -> Option<(f64, f64)> {
    let n = t.len().min(y.len());
    let mut slopes = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    for i in 0..n {
        for j in i + 1..n {
            if t[j] != t[i] {
                slopes.push((y[j] - y[i]) / (t[j] - t[i]));
            }
        }
    }
    if slopes.is_empty() {
        return None;
    }
    let slope = median(&mut slopes);
    let (mut ts, mut ys) = (t[..n].to_vec(), y[..n].to_vec());
    Some((slope, median(&mut ys) - slope * median(&mut ts)))
}

fn median(v: &mut [f64]) -> f64 {
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
    let mut s = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            s += (y[j] - y[i]).signum() * f64::from(u8::from(y[j] != y[i]));
        }
    }
    // Tie groups.
    let mut sorted = y.to_vec();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let mut ties = 0.0;
    let mut k = 0;
    while k < n {
        let mut m = k + 1;
        while m < n && sorted[m] == sorted[k] {
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
    /// Theil–Sen slope, km per year (negative: closer to the origin).
    pub slope_km_per_year: Option<f64>,
    /// Mann–Kendall test on the distances in date order.
    pub mann_kendall: Option<MannKendall>,
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
) -> (Vec<TrendPoint>, TrendStats) {
    let mut pts: Vec<TrendPoint> = incidents
        .iter()
        .filter_map(|i| {
            let l = i
                .location
                .as_ref()
                .filter(|l| l.precision != LocationPrecision::Region)?;
            let d = i.date?;
            Some(TrendPoint {
                date: d.midpoint(),
                km: distance_km(lat, lon, l.lat, l.lon),
                deaths: i.fatalities.best(),
                toll_known: i.fatalities.is_known(),
            })
        })
        .collect();
    pts.sort_by(|a, b| a.date.cmp(&b.date).then(a.km.total_cmp(&b.km)));
    let t: Vec<f64> = pts.iter().map(|p| years(p.date)).collect();
    let y: Vec<f64> = pts.iter().map(|p| p.km).collect();
    let slope = theil_sen(&t, &y).map(|(s, _)| s);
    let mk = mann_kendall(&y);
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
    let stats = TrendStats {
        origin: origin.to_string(),
        origin_lat: lat,
        origin_lon: lon,
        n: pts.len(),
        excluded: incidents.len() - pts.len(),
        slope_km_per_year: slope,
        mann_kendall: mk,
        by_year,
    };
    (pts, stats)
}

/// Rolling median of `km` over a window of `months` centred on each point
/// (points in date order).
pub fn rolling_median(pts: &[TrendPoint], months: u32) -> Vec<(NaiveDate, f64)> {
    let half = months as f64 * 30.44 / 2.0;
    pts.iter()
        .map(|p| {
            let mut w: Vec<f64> = pts
                .iter()
                .filter(|q| ((q.date - p.date).num_days() as f64).abs() <= half)
                .map(|q| q.km)
                .collect();
            (p.date, median(&mut w))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Fixtures computed with pyMannKendall 1.4.3 (original_test, Theil–Sen
    // `sens_slope` on the index) and scipy 1.x `theilslopes`; command in
    // tests/fixtures/README.md.
    #[test]
    fn matches_independent_implementations() {
        // Computed by pyMannKendall (original_test) and scipy (theilslopes):
        // tests/fixtures/make_trend_fixture.py.
        let fx: serde_json::Value =
            serde_json::from_str(include_str!("../tests/fixtures/trend.json")).unwrap();
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
            let (slope, intercept) = theil_sen(&t, &y).unwrap();
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
    fn normal_cdf_is_accurate() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_cdf(1.959964) - 0.975).abs() < 1e-6);
        assert!((normal_cdf(-3.0) - 0.0013499).abs() < 1e-6);
    }
}
