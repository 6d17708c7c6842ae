//! Summitry: an embeddable widget of diplomatic meetings and statements.
//!
//! [`App`] is exported so browser tests can mount it; `main.rs` only mounts it on the page.

pub mod compare;
mod data;
mod geo;
mod hash;
mod header;
pub mod labels;
pub mod list;
pub mod map;
mod nav;
pub mod state;
pub mod timeline;

use leptos::prelude::*;
use summitry_model::route::View;

pub use data::dataset;
use state::State;

/// The whole widget: header, view switcher and the open view, with its state in the URL hash.
#[component]
pub fn App() -> impl IntoView {
    let state = State::new(hash::current_route());
    provide_context(state);
    hash::sync(state);
    view! {
        <div class="sm-app">
            <header::Header />
            <nav::ViewNav />
            <main class="sm-main">
                {move || match state.view.get() {
                    View::Map => view! { <map::MapView /> }.into_any(),
                    View::Compare => view! { <compare::CompareView /> }.into_any(),
                    View::List => view! { <list::ListView /> }.into_any(),
                }}
            </main>
        </div>
    }
}
