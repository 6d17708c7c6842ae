//! Datasets for the network's tests.

use summitry_data::Store;

/// The real dataset, from data/.
pub fn real() -> Store {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    Store::from_dataset(summitry_data::load(&dir).expect("data/ is valid"))
}
