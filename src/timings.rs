//! How long each step of a long command took, and the process's peak
//! memory when it ended: what `sahel report --timings` prints, so that a
//! user whose report is slow can see which step to shrink (fewer inputs,
//! `--method dbscan`, no map) and a profile can be reproduced with one
//! flag.
//!
//! ```
//! let mut t = sahel::timings::Timings::start();
//! let _sum: u64 = (0..1000u64).sum();
//! t.mark("sum");
//! let steps = t.finish();
//! assert_eq!(steps[0].name, "sum");
//! assert!(steps[0].seconds >= 0.0);
//! ```

use std::time::Instant;

/// One step, as measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What the step did ("read", "cluster", "incidents.geojson", …).
    pub name: String,
    /// Wall-clock seconds the step took.
    pub seconds: f64,
    /// The process's peak resident memory when the step ended, in bytes
    /// (`VmHWM`; `None` where the system does not say).
    pub peak_bytes: Option<u64>,
    /// The lane the step ran in: 0 for the command's own thread, 1, 2 …
    /// for steps run side by side.
    pub lane: usize,
}

/// Records steps one after the other.
#[derive(Debug)]
pub struct Timings {
    last: Instant,
    steps: Vec<Step>,
    lane: usize,
}

impl Timings {
    /// Starts the clock.
    pub fn start() -> Timings {
        Timings::start_lane(0)
    }

    /// Starts the clock of one of several lanes run side by side.
    pub fn start_lane(lane: usize) -> Timings {
        Timings {
            last: Instant::now(),
            steps: Vec::new(),
            lane,
        }
    }

    /// Ends the step running since the previous mark (or the start).
    pub fn mark(&mut self, name: impl Into<String>) {
        let now = Instant::now();
        self.steps.push(Step {
            name: name.into(),
            seconds: (now - self.last).as_secs_f64(),
            peak_bytes: peak_resident_bytes(),
            lane: self.lane,
        });
        self.last = now;
    }

    /// The steps, in the order they were marked.
    pub fn finish(self) -> Vec<Step> {
        self.steps
    }
}

/// The process's peak resident set so far, from `/proc/self/status`.
pub fn peak_resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_follow_each_other_and_peak_memory_grows() {
        let mut t = Timings::start();
        t.mark("first");
        // 64 MB touched: the peak after it is at least that, and a peak
        // never falls.
        let big = vec![1u8; 64 << 20];
        assert_eq!(big.iter().map(|&b| b as usize).sum::<usize>(), 64 << 20);
        t.mark("second");
        let s = t.finish();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].name, "first");
        assert!(s[1].seconds >= 0.0);
        if let (Some(a), Some(b)) = (s[0].peak_bytes, s[1].peak_bytes) {
            assert!(b >= a && b >= 64 << 20, "{a} then {b}");
        }
    }
}
