//! Progress bars on standard error, drawn only when it is a terminal: a
//! script that pipes or logs sahel's output sees nothing but its results.
//!
//! ```
//! let bar = sahel::progress::bar(3, "articles");
//! bar.inc(3);
//! bar.finish_and_clear();
//! ```

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

fn target() -> ProgressDrawTarget {
    if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    }
}

/// A bar for `len` items of `what` ("articles", "rows").
pub fn bar(len: u64, what: &str) -> ProgressBar {
    let b = ProgressBar::with_draw_target(Some(len), target());
    b.set_style(
        ProgressStyle::with_template(&format!(
            "{{spinner}} {{wide_bar}} {{pos}}/{{len}} {what} ({{eta}} left)"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    b
}

/// A bar over `len` bytes of a file being read.
pub fn bytes(len: u64, what: &str) -> ProgressBar {
    let b = ProgressBar::with_draw_target(Some(len), target());
    b.set_style(
        ProgressStyle::with_template(&format!(
            "{{spinner}} {what} {{wide_bar}} {{bytes}}/{{total_bytes}} ({{bytes_per_sec}}, {{eta}} left)"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    b
}

/// A counter for work of unknown length ("features read").
pub fn counter(what: &str) -> ProgressBar {
    let b = ProgressBar::with_draw_target(None, target());
    b.set_style(
        ProgressStyle::with_template(&format!("{{spinner}} {{human_pos}} {what} ({{elapsed}})"))
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    b
}
