//! Summitry's dataset: the model every view reads, and (with the `load` feature) the loader,
//! validator, provenance check and exports an editor runs.
//!
//! The widget only needs the types; it receives a [`Dataset`] that `build.rs` validated and
//! serialised at build time, so a bad dataset never reaches a reader.

mod model;
pub use model::*;

pub mod order;
pub mod pack;
mod store;
pub use store::{Resolved, Resolver, Store};

#[cfg(feature = "load")]
pub mod calendar;
#[cfg(feature = "load")]
pub mod export;
#[cfg(feature = "load")]
mod files;
#[cfg(feature = "load")]
pub mod gazetteer;
#[cfg(feature = "load")]
pub mod i18n;
#[cfg(feature = "load")]
pub mod import;
#[cfg(feature = "load")]
mod load;
#[cfg(feature = "load")]
mod problem;
#[cfg(feature = "load")]
pub mod propose;
#[cfg(feature = "load")]
pub mod provenance;
#[cfg(feature = "load")]
mod raw;
#[cfg(feature = "load")]
mod review;
#[cfg(feature = "load")]
pub mod toml_out;

#[cfg(feature = "load")]
pub use load::{load, load_checked, FILES};
#[cfg(feature = "load")]
pub use problem::{Problem, Report};
