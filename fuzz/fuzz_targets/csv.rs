//! Any text as an incident CSV, with the layout detected and with each
//! layout forced, strict and skipping bad rows.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sahel::io::csv_in::{read_incident_csv, Layout};

fuzz_target!(|data: &[u8]| {
    let (text, _) = sahel::files::decode_text(data);
    for force in [None, Some(Layout::Sahel), Some(Layout::Acled), Some(Layout::Ucdp)] {
        for skip in [false, true] {
            if let Err(e) = read_incident_csv(&text, "f.csv", force, skip) {
                assert!(e.to_string().contains("f.csv"), "{e}");
            }
        }
    }
});
