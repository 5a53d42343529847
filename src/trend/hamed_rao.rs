//! The Mann–Kendall test with Hamed and Rao's (1998) correction for
//! autocorrelation.
//!
//! A month's median distance is not independent of the next month's: the
//! same groups hold the same areas for seasons. The plain test counts every
//! pair as independent evidence, so on such a series it finds a "trend" far
//! more often than its nominal 5 %. Hamed and Rao inflate the variance of S
//! by the autocorrelation of the detrended series' ranks, counting only the
//! lags whose autocorrelation is significant.
//!
//! Two variants. [`hamed_rao`] estimates the autocorrelation lag by lag and
//! keeps the significant lags, as pyMannKendall's
//! `hamed_rao_modification_test` does (its results are this module's test
//! fixture). On 200 AR(1) series of 120 months (φ = 0.6, no trend) it still
//! rejects about 20 % of them at α = 0.05: with every lag up to n tried,
//! chance negative correlations at long lags cancel the real ones at short
//! lags. [`hamed_rao_ar1`], which the trend uses, models the residuals as
//! AR(1): it estimates the lag-one autocorrelation ρ and gives every lag k
//! the rank autocorrelation Hamed and Rao derive for a normal series,
//! `(6/π)·asin(ρ^k/2)`. It rejects 4 to 8 % of such series for φ from 0
//! to 0.85 and still finds a fall of 2 km a month in all of them.
//!
//! ```
//! use sahel::trend::{hamed_rao::{hamed_rao, hamed_rao_ar1}, mann_kendall};
//! // A series that wanders slowly: each value close to the one before.
//! let y = [400.0, 410.0, 430.0, 425.0, 440.0, 460.0, 455.0, 470.0, 465.0, 450.0,
//!          440.0, 445.0, 430.0, 420.0, 425.0, 440.0, 460.0, 480.0, 475.0, 490.0];
//! let plain = mann_kendall(&y).unwrap();
//! let corrected = hamed_rao(&y).unwrap();
//! assert_eq!(plain.s, corrected.s, "the same S");
//! assert!(corrected.var_s >= plain.var_s, "a wider null distribution");
//! assert!(corrected.p >= plain.p);
//! assert!(hamed_rao_ar1(&y).unwrap().p >= plain.p);
//! ```

use super::{mann_kendall, normal_cdf, theil_sen, MannKendall};

/// The two-sided 5 % quantile the test uses to call a lag's
/// autocorrelation significant (z at 0.975).
const Z_975: f64 = 1.959_963_984_540_054;

/// The Hamed–Rao modified Mann–Kendall test of a series in time order
/// (equally spaced), with the same fields as [`mann_kendall`]: `var_s` is
/// the corrected variance, `z` and `p` follow from it. `None` for fewer
/// than 3 values.
///
/// Steps: remove Sen's slope (per step), rank the residuals (ties get
/// their mean rank), take the autocorrelation of the ranks at every lag,
/// and inflate `var_s` by `1 + 2/(n(n-1)(n-2)) · Σ (n-k)(n-k-1)(n-k-2)·ρ_k`
/// over the lags `k` whose `|ρ_k|` exceeds `1.96/√n`. A correction below
/// zero (possible only on strange short series) is not applied, so the test
/// never claims more certainty than the plain one there.
pub fn hamed_rao(y: &[f64]) -> Option<MannKendall> {
    let plain = mann_kendall(y)?;
    let n = y.len();
    let ranks = mean_ranks(&detrended(y));
    let rho = autocorrelation(&ranks);
    let nf = n as f64;
    let bound = Z_975 / nf.sqrt();
    let sum: f64 = rho
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, r)| r.abs() > bound)
        .map(|(k, r)| {
            let m = (n - k) as f64;
            m * (m - 1.0) * (m - 2.0) * r
        })
        .sum();
    let factor = 1.0 + 2.0 / (nf * (nf - 1.0) * (nf - 2.0)) * sum;
    Some(inflated(plain, if factor > 0.0 { factor } else { 1.0 }))
}

/// The Hamed–Rao test with the residuals' autocorrelation modelled as
/// AR(1) (see the module's notes): the default of [`super::statistics`].
/// Same fields as [`mann_kendall`]; `None` for fewer than 3 values. A
/// negative lag-one autocorrelation is not corrected for: the test then
/// equals the plain one rather than claim more certainty than it.
///
/// ```
/// use sahel::trend::hamed_rao::hamed_rao_ar1;
/// // Values that alternate around a level: no positive autocorrelation.
/// let y = [5.0, 9.0, 4.0, 8.0, 3.0, 9.5, 4.5, 8.5, 5.5, 9.9];
/// let plain = sahel::trend::mann_kendall(&y).unwrap();
/// assert_eq!(hamed_rao_ar1(&y).unwrap(), plain);
/// ```
pub fn hamed_rao_ar1(y: &[f64]) -> Option<MannKendall> {
    let plain = mann_kendall(y)?;
    let n = y.len();
    let residuals = detrended(y);
    let rho = autocorrelation_at(&residuals, 1);
    if rho.is_nan() || rho <= 0.0 {
        return Some(plain);
    }
    let nf = n as f64;
    let mut sum = 0.0;
    let mut power = 1.0;
    for k in 1..n {
        power *= rho;
        let m = (n - k) as f64;
        let rank_rho = 6.0 / std::f64::consts::PI * (power / 2.0).asin();
        sum += m * (m - 1.0) * (m - 2.0) * rank_rho;
        if rank_rho < 1e-12 {
            break;
        }
    }
    let factor = 1.0 + 2.0 / (nf * (nf - 1.0) * (nf - 2.0)) * sum;
    Some(inflated(plain, factor))
}

/// The plain test with its variance of S multiplied by `factor`, and the z
/// and p that follow.
fn inflated(plain: MannKendall, factor: f64) -> MannKendall {
    let var_s = plain.var_s * factor;
    let z = continuity_z(plain.s, var_s);
    MannKendall {
        var_s,
        z,
        p: 2.0 * (1.0 - normal_cdf(z.abs())),
        ..plain
    }
}

/// `y` less Sen's slope per step (the residuals both variants read).
fn detrended(y: &[f64]) -> Vec<f64> {
    let steps: Vec<f64> = (0..y.len()).map(|i| i as f64).collect();
    let slope = theil_sen(&steps, y).map_or(0.0, |l| l.slope);
    y.iter()
        .enumerate()
        .map(|(i, v)| v - slope * (i + 1) as f64)
        .collect()
}

/// The autocorrelation at one lag (biased estimator, as [`autocorrelation`]).
fn autocorrelation_at(x: &[f64], k: usize) -> f64 {
    let n = x.len();
    let mean = x.iter().sum::<f64>() / n as f64;
    let c0: f64 = x.iter().map(|v| (v - mean) * (v - mean)).sum();
    if c0 == 0.0 || k >= n {
        return 0.0;
    }
    (0..n - k)
        .map(|i| (x[i] - mean) * (x[i + k] - mean))
        .sum::<f64>()
        / c0
}

/// `S` standardised with a continuity correction of one.
fn continuity_z(s: f64, var_s: f64) -> f64 {
    if s > 0.0 {
        (s - 1.0) / var_s.sqrt()
    } else if s < 0.0 {
        (s + 1.0) / var_s.sqrt()
    } else {
        0.0
    }
}

/// Ranks from 1, tied values sharing the mean of their ranks.
fn mean_ranks(v: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..v.len()).collect();
    order.sort_by(|&a, &b| v[a].total_cmp(&v[b]));
    let mut ranks = vec![0.0; v.len()];
    let mut k = 0;
    while k < order.len() {
        let mut m = k + 1;
        while m < order.len() && v[order[m]] == v[order[k]] {
            m += 1;
        }
        // Positions k..m hold ranks k+1..=m; their mean.
        let mean = (k + 1 + m) as f64 / 2.0;
        for &i in &order[k..m] {
            ranks[i] = mean;
        }
        k = m;
    }
    ranks
}

/// Sample autocorrelation at lags 0..n (the biased estimator, each lag's
/// covariance divided by n), so `ρ_0 = 1`. Quadratic in n: the series here
/// are months, a few hundred at most.
fn autocorrelation(x: &[f64]) -> Vec<f64> {
    let n = x.len();
    let mean = x.iter().sum::<f64>() / n as f64;
    let d: Vec<f64> = x.iter().map(|v| v - mean).collect();
    let c0: f64 = d.iter().map(|v| v * v).sum();
    if c0 == 0.0 {
        return vec![0.0; n];
    }
    (0..n)
        .map(|k| (0..n - k).map(|i| d[i] * d[i + k]).sum::<f64>() / c0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Rng;

    /// An AR(1) series: each value `phi` times the one before plus noise
    /// (sd 50, about a mean of 400), and `trend` per step.
    fn ar1(rng: &mut Rng, n: usize, phi: f64, trend: f64) -> Vec<f64> {
        let mut e = 0.0;
        (0..n)
            .map(|i| {
                e = phi * e + 50.0 * rng.normal();
                400.0 + trend * i as f64 + e
            })
            .collect()
    }

    #[test]
    fn matches_pymannkendall_on_stored_series() {
        // tests/fixtures/make_hamed_rao_fixture.py: pyMannKendall's
        // hamed_rao_modification_test and original_test.
        for (name, c, y) in super::super::tests::hamed_rao_fixture() {
            let f = |k: &str| c[k].as_f64().unwrap();
            let hr = hamed_rao(&y).unwrap();
            let close = |a: f64, b: f64, tol: f64| (a - b).abs() <= tol * b.abs().max(1.0);
            assert_eq!(hr.s, f("s"), "{name} s");
            assert!(
                close(hr.var_s, f("var_s"), 1e-9),
                "{name} var_s {} vs {}",
                hr.var_s,
                f("var_s")
            );
            assert!(close(hr.z, f("z"), 1e-9), "{name} z {} vs {}", hr.z, f("z"));
            assert!(
                (hr.p - f("p")).abs() < 1e-6,
                "{name} p {} vs {}",
                hr.p,
                f("p")
            );
            assert!((hr.tau - f("tau")).abs() < 1e-12, "{name} tau");
            let plain = mann_kendall(&y).unwrap();
            assert!(
                (plain.p - f("original_p")).abs() < 1e-6,
                "{name} original p"
            );
        }
    }

    #[test]
    fn autocorrelated_noise_is_not_called_a_trend_more_than_nominally() {
        // 200 seeded AR(1) series of 10 years of months, no trend: at
        // alpha = 0.05 the AR(1) variant should reject about 5 % of them
        // (at most 10 % allowed; 12.5 % for the strongest memory, where
        // 120 months hold few independent values). The plain test rejects
        // far more, and the lag-by-lag variant still too many.
        for (phi, most) in [(0.3, 20), (0.6, 20), (0.85, 25)] {
            let mut rng = Rng::new(20260);
            let (mut ar1_model, mut lag_by_lag, mut plain) = (0, 0, 0);
            for _ in 0..200 {
                let y = ar1(&mut rng, 120, phi, 0.0);
                ar1_model += usize::from(hamed_rao_ar1(&y).unwrap().p < 0.05);
                lag_by_lag += usize::from(hamed_rao(&y).unwrap().p < 0.05);
                plain += usize::from(mann_kendall(&y).unwrap().p < 0.05);
            }
            assert!(ar1_model <= most, "phi {phi}: {ar1_model} of 200 rejected");
            assert!(
                plain > 2 * ar1_model.max(10),
                "phi {phi}: plain {plain}, AR(1) {ar1_model}"
            );
            assert!(lag_by_lag > ar1_model, "phi {phi}: lag by lag {lag_by_lag}");
        }
    }

    #[test]
    fn a_real_trend_is_still_found() {
        // The same noise with a fall of 2 km a month (240 km over the
        // decade): found in nearly every series.
        let mut rng = Rng::new(7);
        let found = (0..200)
            .filter(|_| hamed_rao_ar1(&ar1(&mut rng, 120, 0.6, -2.0)).unwrap().p < 0.05)
            .count();
        assert!(found >= 180, "{found} of 200");
    }

    #[test]
    fn ties_share_their_mean_rank() {
        assert_eq!(mean_ranks(&[3.0, 1.0, 3.0, 2.0]), [3.5, 1.0, 3.5, 2.0]);
        let rho = autocorrelation(&[1.0, 2.0, 3.0, 4.0]);
        assert!((rho[0] - 1.0).abs() < 1e-12);
        assert!(rho[1] > 0.0 && rho[3] < 0.0);
        assert!(hamed_rao(&[1.0, 2.0]).is_none());
    }
}
