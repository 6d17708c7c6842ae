//! Summitry's dataset as the widget reads it: the model every view reads, the pack format of the
//! data files beside the page, and the [`Store`] that holds them.
//!
//! The widget only needs the types; it receives a [`Dataset`] that the build validated and packed
//! (the loader, validator and exports are `summitry-check`'s, the editor's tools
//! `summitry-editor`'s), so a bad dataset never reaches a reader and the wasm holds no parser.

mod model;
pub use model::*;

pub mod order;
pub mod pack;
mod store;
pub use store::{Resolved, Resolver, Store};
