//! Summitry's editor tools: the importers of Knight Lab files (`import`), the draft proposer
//! that reads an article (`propose`), the gazetteer of capitals and cities, calendar words, and
//! the TOML writer their output goes through. The `summitry-editor` CLI runs them, and the
//! build's `check` and `export` (from `summitry-check`).
//!
//! The modules name the dataset's types and the loader by their crates (`summitry_data::`,
//! `summitry_check::`), and one another by module path; no module names another that names it.
//!
//! Nothing here is linked by the widget or run by the build: an edit to these tools rebuilds
//! neither.

pub mod calendar;
pub mod gazetteer;
pub mod import;
pub mod propose;
pub mod toml_out;
