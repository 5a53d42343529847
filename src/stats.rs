//! Statistics for presenting numbers: class breaks for choropleths.
//!
//! (The trend statistics, Theil–Sen and Mann–Kendall, are in
//! [`crate::trend`].)

/// Up to `max` classes of the non-zero values, as (lowest, highest) value
/// in each: Fisher–Jenks natural classes (the grouping with the least
/// squared deviation within classes). Exact (dynamic programming, O(k·n²)),
/// meant for the dozen or so areas of a choropleth.
///
/// ```
/// use sahel::stats::jenks_classes;
/// let c = jenks_classes(&[1.0, 2.0, 3.0, 40.0, 41.0, 90.0], 3);
/// assert_eq!(c, vec![(1.0, 3.0), (40.0, 41.0), (90.0, 90.0)]);
/// ```
pub fn jenks_classes(values: &[f64], max: usize) -> Vec<(f64, f64)> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| *x > 0.0).collect();
    v.sort_by(f64::total_cmp);
    v.dedup();
    let n = v.len();
    let k = n.min(max);
    if k == 0 {
        return Vec::new();
    }
    // ssd(i, j): squared deviation of v[i..=j] from its mean.
    let ssd = |i: usize, j: usize| {
        let m = v[i..=j].iter().sum::<f64>() / (j - i + 1) as f64;
        v[i..=j].iter().map(|x| (x - m).powi(2)).sum::<f64>()
    };
    // cost[c][j]: best cost of v[0..=j] in c+1 classes; start[c][j]: where
    // the last class starts.
    let mut cost = vec![vec![f64::INFINITY; n]; k];
    let mut start = vec![vec![0usize; n]; k];
    for (j, c) in cost[0].iter_mut().enumerate() {
        *c = ssd(0, j);
    }
    for c in 1..k {
        for j in c..n {
            for i in c..=j {
                let x = cost[c - 1][i - 1] + ssd(i, j);
                if x < cost[c][j] {
                    cost[c][j] = x;
                    start[c][j] = i;
                }
            }
        }
    }
    let mut out = Vec::with_capacity(k);
    let mut j = n - 1;
    for c in (0..k).rev() {
        let i = if c == 0 { 0 } else { start[c][j] };
        out.push((v[i], v[j]));
        if c > 0 {
            j = i - 1;
        }
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_every_non_zero_value_in_order() {
        let v = [0.0, 5.0, 1.0, 1.0, 9.0, 30.0, 31.0, 2.0];
        let c = jenks_classes(&v, 5);
        assert_eq!(c.first().unwrap().0, 1.0);
        assert_eq!(c.last().unwrap().1, 31.0);
        for w in c.windows(2) {
            assert!(w[0].1 < w[1].0, "{c:?}");
        }
        assert!(jenks_classes(&[0.0, 0.0], 5).is_empty());
        assert_eq!(jenks_classes(&[3.0, 3.0], 5), vec![(3.0, 3.0)]);
        assert!(jenks_classes(&v, 2).len() == 2);
    }
}
