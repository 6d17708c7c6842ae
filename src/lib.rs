//! Summitry: an embeddable widget of diplomatic meetings and statements.
//!
//! [`App`] is the widget as a page (or iframe) with its state in the URL hash; [`Widget`] is the
//! same widget for any host, used by script embeds ([`embed::mount_embeds`]) several times per
//! page. Both are exported so browser tests can mount them.

pub mod compare;
mod data;
pub mod embed;
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
use summitry_model::route::{Route, View};
use wasm_bindgen::JsCast;

pub use data::dataset;
use state::State;

/// How one widget instance is hosted.
#[derive(Debug, Clone, Default)]
pub struct Host {
    /// Render flags (query string, or the embed element's data attributes).
    pub flags: Flags,
    /// The state to open with.
    pub initial: Route,
    /// Keep the state in the page's URL hash (page and iframe); script embeds do not, so several
    /// can share a host page.
    pub use_hash: bool,
}

/// The widget as its own page or iframe: flags from the query string, state in the hash.
#[component]
pub fn App() -> impl IntoView {
    let flags = Flags::parse(&window().location().search().unwrap_or_default());
    let mut initial = hash::current_route();
    if !window()
        .location()
        .hash()
        .unwrap_or_default()
        .contains("view=")
    {
        initial.view = flags.view.unwrap_or(initial.view);
    }
    page::add_json_ld();
    view! { <Widget host=Host { flags, initial, use_hash: true } /> }
}

/// The whole widget: header, view switcher, the open view and the footer.
#[component]
pub fn Widget(host: Host) -> impl IntoView {
    let Host {
        flags,
        initial,
        use_hash,
    } = host;
    let lang = flags.lang.unwrap_or_else(page::browser_lang);
    let state = State::new(initial, lang);
    provide_context(state);
    if use_hash {
        hash::sync(state);
    }
    let root = NodeRef::<leptos::html::Div>::new();
    if use_hash {
        page::report_height(root, &flags);
    }
    let dark = page::dark_mode(flags.dark);
    let accent = flags
        .accent
        .as_ref()
        .map(|c| format!("--sm-accent:{c};--sm-focus:{c}"))
        .unwrap_or_default();
    let (plain, static_) = (flags.plain, flags.static_);
    // Without the hash, in-widget links (#event=..., #view=compare&claim=...) move this widget's
    // state instead of the host page's address.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if use_hash {
            return;
        }
        let Some(a) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='#']").ok().flatten())
        else {
            return;
        };
        ev.prevent_default();
        let href = a.get_attribute("href").unwrap_or_default();
        state.apply(Route::parse(&href).sanitise(dataset()));
    };
    view! {
        <div
            class="sm-app"
            class:sm-app--plain=plain
            class:sm-app--static=static_
            lang=lang.tag()
            data-theme=move || if dark.get() { "dark" } else { "light" }
            style=accent
            node_ref=root
            on:click=on_click
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
            {(!plain && !static_).then(|| view! { <footer::Footer embeddable=use_hash /> })}
        </div>
    }
}
