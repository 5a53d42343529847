//! Any bytes as a FlatGeobuf file: checked before the crate trusts their
//! sizes, so no allocation of a claimed size and no silent empty result.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = sahel::io::fgb::read_fgb(data, "f.fgb") {
        assert!(e.to_string().contains("f.fgb"), "{e}");
    }
});
