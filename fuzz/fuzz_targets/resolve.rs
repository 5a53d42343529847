//! Any name, with any region hint, near-point and country: candidates
//! with finite scores, or an error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sahel::gazetteer::{Gazetteer, Hints};

fuzz_target!(|data: &[u8]| {
    let (text, _) = sahel::files::decode_text(data);
    // "name|region|lat,lon|country": the parts the command line takes.
    let mut parts = text.splitn(4, '|');
    let name = parts.next().unwrap_or("");
    let region = parts.next();
    let near = parts.next();
    let country = parts.next();
    let g = Gazetteer::embedded();
    let mut hints = Hints::default();
    if let Some(r) = region {
        hints.region = g.admin().region_hint(r).ok();
    }
    if let Some((lat, lon)) = near.and_then(|n| n.split_once(',')) {
        if let (Ok(lat), Ok(lon)) = (lat.trim().parse::<f64>(), lon.trim().parse::<f64>()) {
            hints.context = vec![sahel::coords::LatLon::new(lat, lon)];
        }
    }
    hints.country = country.and_then(|c| c.parse().ok());
    if let Ok(found) = g.resolve(name, &hints) {
        for c in found {
            assert!(c.score.is_finite(), "{name:?}: {}", c.score);
        }
    }
});
