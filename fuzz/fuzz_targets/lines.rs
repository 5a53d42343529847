//! Any text as a spreadsheet of incident lines: rows or an error naming
//! the file, and every row read gives its incidents without a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sahel::extract::rows::{read_rows, RowOptions};
use sahel::gazetteer::Gazetteer;

fuzz_target!(|data: &[u8]| {
    let (text, _) = sahel::files::decode_text(data);
    let opts = RowOptions {
        text_column: "description".into(),
        date_column: Some("date".into()),
        ..Default::default()
    };
    match read_rows(&text, "f.csv", &opts) {
        Ok(t) => {
            for r in &t.rows {
                let _ = sahel::extract::extract_article(&r.article, Gazetteer::embedded());
            }
        }
        Err(e) => assert!(e.to_string().contains("f.csv"), "{e}"),
    }
});
