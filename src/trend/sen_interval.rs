//! The confidence interval of the Theil–Sen slope (Sen 1968): the slopes
//! of all pairs, sorted, cut at ranks set by the variance of the
//! Mann–Kendall S. Given the variance corrected for autocorrelation
//! ([`super::hamed_rao`]), the interval widens as the test's doubt does.
//!
//! ```
//! use sahel::trend::sen_interval::slope_interval;
//! let t: Vec<f64> = (0..20).map(f64::from).collect();
//! let y: Vec<f64> = t.iter().map(|x| 500.0 - 3.0 * x + (x * 7.0) % 5.0 * 4.0).collect();
//! let var_s = sahel::trend::mann_kendall(&y).unwrap().var_s;
//! let (lo, hi) = slope_interval(&t, &y, var_s, 1.96).unwrap();
//! assert!(lo < -3.0 && -3.0 < hi, "the true slope is inside: {lo} {hi}");
//! assert!(hi - lo < 2.0, "and the interval is narrow: {lo} {hi}");
//! let (wide_lo, wide_hi) = slope_interval(&t, &y, 4.0 * var_s, 1.96).unwrap();
//! assert!(wide_lo <= lo && hi <= wide_hi, "more variance, a wider interval");
//! ```

/// The interval `(low, high)` of the slope of `y` over `t` for a normal
/// quantile `z` (1.96 for 95 %), given the variance of S. Every pair with
/// distinct `t` counts, so the series should be short (months, not
/// incidents: `n` up to a few thousand). `None` without two distinct `t`.
pub fn slope_interval(t: &[f64], y: &[f64], var_s: f64, z: f64) -> Option<(f64, f64)> {
    let n = t.len().min(y.len());
    let mut slopes = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    for i in 0..n {
        for j in i + 1..n {
            if t[j] != t[i] {
                slopes.push((y[j] - y[i]) / (t[j] - t[i]));
            }
        }
    }
    if slopes.is_empty() || var_s.is_nan() || var_s < 0.0 {
        return None;
    }
    slopes.sort_by(|a, b| a.total_cmp(b));
    let count = slopes.len() as f64;
    let half_width = z * var_s.sqrt();
    // Sen's ranks, rounded half to even as the usual implementations do,
    // and kept inside the list.
    let high = (((count + half_width) / 2.0).round_ties_even() as usize).min(slopes.len() - 1);
    let low = (((count - half_width) / 2.0).round_ties_even() - 1.0).max(0.0) as usize;
    Some((slopes[low.min(slopes.len() - 1)], slopes[high]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_scipy_theilslopes() {
        // tests/fixtures/make_hamed_rao_fixture.py: scipy's theilslopes
        // interval (alpha 0.95) on the index, from the plain variance of S.
        for (name, c, y) in crate::trend::tests::hamed_rao_fixture() {
            let t: Vec<f64> = (0..y.len()).map(|i| i as f64).collect();
            let var_s = crate::trend::mann_kendall(&y).unwrap().var_s;
            let (lo, hi) = slope_interval(&t, &y, var_s, 1.959_963_984_540_054).unwrap();
            let f = |k: &str| c[k].as_f64().unwrap();
            assert!(
                (lo - f("ci_low")).abs() < 1e-9,
                "{name} low {lo} vs {}",
                f("ci_low")
            );
            assert!(
                (hi - f("ci_high")).abs() < 1e-9,
                "{name} high {hi} vs {}",
                f("ci_high")
            );
        }
    }
}
