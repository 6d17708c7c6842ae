//! The dataset compiled in by `build.rs`.

use std::sync::OnceLock;

use summitry_data::Dataset;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The validated dataset, decoded once on first use.
pub fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| {
        postcard::from_bytes(BYTES).expect("build.rs wrote this dataset with the same types")
    })
}
