//! Writing the incidents found in a spreadsheet of incident lines beside
//! the rows they came from.
//!
//! Every input row and column is kept: a row gives one output row per
//! incident found in it, or one row with empty incident cells when none
//! was found, so nothing the user had is lost. A `row` column gives the
//! input line; the incident columns are those of [`CSV_COLUMNS`] (suffixed
//! `_sahel` when the input already has a column of that name).

use super::incidents::{csv_cells, CSV_COLUMNS};
use super::Result;
use crate::extract::rows::RowTable;
use crate::model::Incident;
use std::io::Write;

/// The output header: the input's columns, `row`, then the incident's.
pub fn row_headers(table: &RowTable) -> Vec<String> {
    let mut out = table.headers.clone();
    for a in std::iter::once("row").chain(CSV_COLUMNS) {
        let name = if out.iter().any(|h| h == a) {
            format!("{a}_sahel")
        } else {
            a.to_string()
        };
        out.push(name);
    }
    out
}

/// Writes the rows with their incidents (`found[k]` for `table.rows[k]`),
/// with the input's separator.
pub fn write_rows_csv(
    table: &RowTable,
    found: &[Vec<Incident>],
    admin: &crate::admin::AdminLocator,
    w: &mut dyn Write,
) -> Result<()> {
    let mut c = csv::WriterBuilder::new()
        .delimiter(table.delimiter)
        .from_writer(w);
    c.write_record(row_headers(table))?;
    let blank = vec![String::new(); CSV_COLUMNS.len()];
    for (row, incidents) in table.rows.iter().zip(found) {
        let mut cells = row.cells.clone();
        cells.resize(table.headers.len(), String::new());
        cells.push(row.line.to_string());
        if incidents.is_empty() {
            c.write_record(cells.iter().chain(&blank))?;
        }
        for i in incidents {
            c.write_record(cells.iter().chain(&csv_cells(i, admin)))?;
        }
    }
    c.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::rows::{read_rows, RowOptions};

    #[test]
    fn every_row_kept_with_its_incidents() {
        let t = read_rows(
            "id;event_id;texte\n1;x;a\n2;y;b\n",
            "log.csv",
            &RowOptions {
                text_column: "texte".into(),
                ..Default::default()
            },
        )
        .unwrap();
        let inc = Incident {
            id: "log-1".into(),
            date: None,
            location: None,
            event_type: crate::model::EventType::Ambush,
            actors: vec![],
            fatalities: crate::model::Casualties::exact(2),
            wounded: Default::default(),
            sources: vec![],
            notes: vec![],
        };
        let mut out = Vec::new();
        write_rows_csv(
            &t,
            &[vec![], vec![inc.clone(), inc]],
            crate::admin::AdminLocator::embedded(),
            &mut out,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("id;event_id;texte;row;event_id_sahel;"));
        assert_eq!(lines.len(), 4, "{text}");
        assert!(lines[1].starts_with("1;x;a;2;;"));
        assert!(lines[2].starts_with("2;y;b;3;log-1;"));
        assert!(lines[3].contains(";ambush;"));
    }
}
