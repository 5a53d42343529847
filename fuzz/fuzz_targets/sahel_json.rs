//! Any bytes as sahel's own JSON incident array, then written back:
//! what reads must write.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(v) = serde_json::from_slice::<Vec<sahel::model::Incident>>(data) {
        let mut out = Vec::new();
        sahel::io::incidents::write_json(&v, &mut out).expect("write back");
        let again: Vec<sahel::model::Incident> = serde_json::from_slice(&out).expect("read back");
        assert_eq!(again.len(), v.len());
    }
});
