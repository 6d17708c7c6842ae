//! Summitry: an embeddable widget of diplomatic meetings and statements.
//!
//! [`App`] is exported so browser tests can mount it; `main.rs` only mounts it on the page.

mod data;
mod header;

use leptos::prelude::*;

pub use data::dataset;

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <div class="sm-app">
            <header::Header />
        </div>
    }
}
