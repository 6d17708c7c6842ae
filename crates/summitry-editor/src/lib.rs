//! Summitry's editor tools: the importers of Knight Lab files (`import`), the draft proposer
//! that reads an article (`propose`), the gazetteer of capitals and cities, calendar words, and
//! the TOML writer their output goes through. The `summitry-editor` CLI runs them, and the
//! build's `check` and `export` (from `summitry-check`).
//!
//! Nothing here is linked by the widget or run by the build: an edit to these tools rebuilds
//! neither.

pub mod calendar;
pub mod gazetteer;
pub mod import;
pub mod propose;
pub mod toml_out;

// The dataset's names as the importers and the proposer spell them (`crate::Precision`,
// `crate::load`, ...): they were written inside the one data crate, and importing them here
// keeps those modules unchanged by the split.
use summitry_check::provenance;
use summitry_data::{is_valid_id, ActorKind, Channel, Dataset, EventKind, Precision, Status};
#[cfg(test)]
use {summitry_check::load, summitry_data::Actor};
