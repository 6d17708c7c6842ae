//! What Summitry's build runs on the dataset: the TOML loader and validator (a bad dataset fails
//! with file, line, item id and field), the review marks, the provenance check of every quote
//! against its article, the translations (`i18n`: editions and localize), the open-data
//! exports, and the split of a dataset into the core and chunk files (`pack`).
//!
//! `build.rs`, the trunk hook `summitry-build`, xtask and the editor's CLI (`summitry-editor`)
//! use it; the widget's wasm never does: it reads what this crate validated and packed, in
//! `summitry_data::pack`'s format.

pub mod export;
mod files;
pub mod i18n;
mod load;
pub mod pack;
mod problem;
pub mod provenance;
mod raw;
mod review;

pub use load::{load, load_checked, FILES};
pub use problem::{Problem, Report};
