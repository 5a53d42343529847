//! Any bytes given as a GeoJSON incident file: incidents or an error that
//! names the file, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = sahel::io::geojson_in::incidents_from_geojson_bytes(data, "f.geojson", &mut |_| {}) {
        assert!(e.to_string().contains("f.geojson"), "{e}");
    }
});
