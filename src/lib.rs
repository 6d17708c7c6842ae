//! Summitry: an embeddable widget of diplomatic meetings and statements.
//!
//! [`App`] is exported so browser tests can mount it; `main.rs` only mounts it on the page.

pub mod compare;
mod data;
mod footer;
mod geo;
mod hash;
mod header;
pub mod list;
pub mod map;
mod nav;
pub mod page;
pub mod state;
pub mod timeline;

use leptos::prelude::*;
use summitry_model::flags::Flags;
use summitry_model::route::View;

pub use data::dataset;
use state::State;

/// The whole widget: header, view switcher, the open view and the footer, with its state in the
/// URL hash and its render flags from the query string.
#[component]
pub fn App() -> impl IntoView {
    let flags = Flags::parse(&window().location().search().unwrap_or_default());
    let lang = flags.lang.unwrap_or_else(page::browser_lang);
    let mut route = hash::current_route();
    if !window()
        .location()
        .hash()
        .unwrap_or_default()
        .contains("view=")
    {
        route.view = flags.view.unwrap_or(route.view);
    }
    let state = State::new(route, lang);
    provide_context(state);
    hash::sync(state);
    page::add_json_ld();
    let root = NodeRef::<leptos::html::Div>::new();
    page::report_height(root, &flags);
    let dark = page::dark_mode(flags.dark);
    let accent = flags
        .accent
        .as_ref()
        .map(|c| format!("--sm-accent:{c};--sm-focus:{c}"))
        .unwrap_or_default();
    let (plain, static_) = (flags.plain, flags.static_);
    view! {
        <div
            class="sm-app"
            class:sm-app--plain=plain
            class:sm-app--static=static_
            lang=lang.tag()
            data-theme=move || if dark.get() { "dark" } else { "light" }
            style=accent
            node_ref=root
        >
            {(!plain).then(|| view! { <header::Header /> })}
            {(!static_).then(|| view! { <nav::ViewNav /> })}
            <main class="sm-main" inert=static_>
                {move || match state.view.get() {
                    View::Map => view! { <map::MapView /> }.into_any(),
                    View::Compare => view! { <compare::CompareView /> }.into_any(),
                    View::List => view! { <list::ListView /> }.into_any(),
                }}
            </main>
            {(!plain && !static_).then(|| view! { <footer::Footer /> })}
        </div>
    }
}
