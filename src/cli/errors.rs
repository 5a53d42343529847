//! The library's errors in the command line's words: where a typed error
//! is about a value the user gave by a flag, the message names the flag.

use sahel::{cluster, extract, gazetteer, io, render, report, sources};
use std::error::Error as StdError;

/// `e` with its first message naming the flag it is about, when it is one
/// of the library's errors about a flag's value; otherwise `e` itself.
pub(crate) fn name_flags(e: anyhow::Error) -> anyhow::Error {
    let Some(flagged) = flagged(e.as_ref()) else {
        return e;
    };
    // Keep the reasons below the first message ("...: No such file").
    let whole = format!("{e:#}");
    let first = e.to_string();
    let rest = whole.strip_prefix(first.as_str()).unwrap_or("");
    anyhow::anyhow!("{flagged}{rest}")
}

fn flagged(e: &(dyn StdError + 'static)) -> Option<String> {
    if let Some(e) = e.downcast_ref::<report::Error>() {
        return match e {
            report::Error::Sources(x) => flagged(x),
            report::Error::Io(x) => flagged(x),
            report::Error::Cluster(x) => flagged(x),
            report::Error::Render(x) => flagged(x),
            _ => None,
        };
    }
    if let Some(e) = e.downcast_ref::<sources::Error>() {
        return match e {
            sources::Error::Io(x) => flagged(x),
            sources::Error::Article(x) => flagged(x),
            _ => None,
        };
    }
    if let Some(e) = e.downcast_ref::<extract::Error>() {
        return match e {
            extract::Error::RowDate { .. } => Some(format!(
                "{e}; --skip-invalid reads such rows without a date"
            )),
            extract::Error::MissingColumn(m) => Some(column_flag(m)),
            _ => None,
        };
    }
    if let Some(e) = e.downcast_ref::<io::Error>() {
        return match e {
            io::Error::UnknownCsvLayout { .. } => Some(format!("{e}; use --input-format")),
            io::Error::Line { .. } => Some(format!(
                "{e} (use --skip-invalid to report and skip such rows)"
            )),
            _ => None,
        };
    }
    if let Some(e) = e.downcast_ref::<gazetteer::Error>() {
        use gazetteer::Error as G;
        return match e {
            G::ReadDir { .. } | G::NoTsvIn { .. } => Some(format!("--gazetteer {e}")),
            G::WithinOutOfRange(_) => Some(format!("--within {e}")),
            G::WithinWithoutNear => {
                Some("--within needs --near (within how many km of what?)".into())
            }
            G::MissingColumn(m) => Some(column_flag(m)),
            _ => None,
        };
    }
    if let Some(e) = e.downcast_ref::<cluster::Error>() {
        use cluster::Error as C;
        return Some(match e {
            C::EpsNotPositive(x) => format!("--eps must be a positive distance in km (got {x})"),
            C::EpsTooLarge(x) => format!("--eps {x} km is larger than Mali: use at most 2000"),
            C::MinPointsZero => "--min-points must be at least 1".into(),
            C::DaysNegative(d) => format!("--days must be zero or more (got {d})"),
            C::DaysNeedDates => "space-time clustering (--days) needs incident dates".into(),
            C::MinClusterSizeTooSmall(n) => {
                format!("--min-cluster-size must be at least 2 (got {n})")
            }
            C::MinSamplesZero => "--min-samples must be at least 1".into(),
            C::Hdbscan(_) => return None,
        });
    }
    if let Some(e) = e.downcast_ref::<render::Error>() {
        return match e {
            render::Error::SizeSyntax(_) | render::Error::SizeOutOfRange(_) => {
                Some(format!("--size {e}"))
            }
            _ => None,
        };
    }
    None
}

/// A missing-column message with the flag that named the column.
fn column_flag(m: &sahel::files::MissingColumn) -> String {
    m.to_string().replacen(
        &format!("(the {} column)", m.role),
        &format!("(given by --{}-column)", m.role),
        1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_named_through_the_layers_that_wrap_them() {
        let e: anyhow::Error = report::Error::Cluster(cluster::Error::MinPointsZero).into();
        assert_eq!(name_flags(e).to_string(), "--min-points must be at least 1");
        let e: anyhow::Error = gazetteer::Error::WithinOutOfRange(9000.0).into();
        assert_eq!(
            name_flags(e).to_string(),
            "--within 9000: expected a distance in km between 0 and 2500"
        );
    }

    #[test]
    fn reasons_below_the_message_are_kept() {
        let e: anyhow::Error = gazetteer::Error::ReadDir {
            dir: "nowhere".into(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "not found"),
        }
        .into();
        assert_eq!(
            format!("{:#}", name_flags(e)),
            "--gazetteer nowhere: cannot read directory: not found"
        );
    }

    #[test]
    fn other_errors_pass_unchanged() {
        let e = anyhow::anyhow!("plain");
        assert_eq!(name_flags(e).to_string(), "plain");
    }
}
