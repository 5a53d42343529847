//! The regular series the trend is tested on: each month's median
//! distance. Incidents are not independent draws (an offensive gives dozens
//! in a week, in one area), so testing them one by one overstates the
//! evidence; a month's median is one value per month, whatever the
//! reporting volume.
//!
//! ```
//! use sahel::trend::{monthly::monthly_medians, TrendPoint};
//! use chrono::NaiveDate;
//! let at = |y, m, d, km| TrendPoint { date: NaiveDate::from_ymd_opt(y, m, d).unwrap(), km, deaths: 0.0, toll_known: false };
//! let pts = [at(2024, 1, 3, 300.0), at(2024, 1, 20, 500.0), at(2024, 1, 28, 310.0), at(2024, 3, 9, 120.0)];
//! let months = monthly_medians(&pts);
//! assert_eq!(months.len(), 2, "February has no incident and no value");
//! assert_eq!((months[0].month.as_str(), months[0].median_km, months[0].incidents), ("2024-01", 310.0, 3));
//! ```

use super::TrendPoint;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// One month of the series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthPoint {
    /// The month, `YYYY-MM`.
    pub month: String,
    /// The 15th of the month: where the month sits on a time axis.
    pub mid: NaiveDate,
    /// Median distance of the month's incidents, km.
    pub median_km: f64,
    /// Incidents in the month.
    pub incidents: usize,
}

/// The median distance of each month that has incidents, in order. `pts`
/// must be in date order, as [`super::trend_from`] gives them.
pub fn monthly_medians(pts: &[TrendPoint]) -> Vec<MonthPoint> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < pts.len() {
        let (y, m) = (pts[k].date.year(), pts[k].date.month());
        let mut end = k;
        let mut km = Vec::new();
        while end < pts.len() && (pts[end].date.year(), pts[end].date.month()) == (y, m) {
            km.push(pts[end].km);
            end += 1;
        }
        out.push(MonthPoint {
            month: format!("{y:04}-{m:02}"),
            mid: NaiveDate::from_ymd_opt(y, m, 15).expect("the 15th exists"),
            median_km: super::median(&mut km),
            incidents: end - k,
        });
        k = end;
    }
    out
}
