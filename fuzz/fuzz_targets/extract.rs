//! Any text as a French article: incidents with coordinates in range and
//! tolls whose low is at most their high, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sahel::extract::{article::Article, extract_article};
use sahel::gazetteer::Gazetteer;

fuzz_target!(|data: &[u8]| {
    let (text, _) = sahel::files::decode_text(data);
    let article = Article::from_text("f.txt", &text);
    for e in extract_article(&article, Gazetteer::embedded()) {
        let i = e.incident;
        if let Some(l) = &i.location {
            assert!(l.lat.is_finite() && l.lon.is_finite() && l.lat.abs() <= 90.0 && l.lon.abs() <= 180.0);
        }
        if let (Some(lo), Some(hi)) = (i.fatalities.low, i.fatalities.high) {
            assert!(lo <= hi, "{:?}", i.fatalities);
        }
    }
});
