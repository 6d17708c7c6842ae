//! Summitry: an embeddable widget of diplomatic meetings and statements.
//!
//! [`App`] is the widget as a page (or iframe) with its state in the URL hash; [`Widget`] is the
//! same widget for any host, used by script embeds several times per page. The loaders in
//! [`boot`] install the dataset ([`data`]) and mount them; the build renders the same components
//! to HTML ahead of time, so the opening view is on screen before the wasm arrives.

#![recursion_limit = "256"]

pub mod boot;
pub mod chunks;
pub mod compare;
mod corrected;
pub mod data;
mod focus;
pub mod footer;
mod geo;
mod hash;
mod header;
mod lazy_views;
pub mod list;
pub mod map;
mod nav;
pub mod network;
pub mod page;
#[cfg(feature = "ssr")]
pub mod prerender;
mod show_more;
pub mod state;
pub mod timeline;
mod views;
mod width;

use leptos::prelude::*;
use summitry_model::flags::{Dark, Flags};
use summitry_model::route::Route;

pub use data::store;
#[cfg(feature = "ssr")]
pub use geo::tint_css as geo_tint_css;
use state::State;

/// How one widget instance is hosted.
#[derive(Debug, Clone, Default)]
pub struct Host {
    /// Render flags (query string, or the embed element's data attributes).
    pub flags: Flags,
    /// The state to open with.
    pub initial: Route,
    /// The widget is its own page (or iframe): its state lives in the URL hash and it reports its
    /// height to a parent page. Script embeds are not, so several can share a host page.
    pub page: bool,
    /// Where the open-data files are (the footer's download links).
    pub downloads: footer::Downloads,
    /// The country outlines the page rendered ahead of time drew, which the live widget copies
    /// into its maps instead of carrying them in the wasm (`None` in the build's render, which
    /// draws them).
    pub outlines: Option<web_sys::Element>,
}

/// The widget as its own page or iframe: state in the hash, height reported to a parent page;
/// its open data beside it unless `downloads` says otherwise.
#[component]
pub fn App(
    flags: Flags,
    initial: Route,
    #[prop(optional)] downloads: footer::Downloads,
    #[prop(optional_no_strip)] outlines: Option<web_sys::Element>,
) -> impl IntoView {
    let host = Host {
        flags,
        initial,
        page: true,
        downloads,
        outlines,
    };
    view! { <Widget host=host /> }
}

/// The whole widget: header, view switcher, the open view and the footer.
#[component]
pub fn Widget(host: Host) -> impl IntoView {
    let Host {
        flags,
        initial,
        page,
        downloads,
        outlines,
    } = host;
    let lang = flags.lang.unwrap_or_default();
    let mut state = State::new(initial, lang);
    state.print = flags.static_;
    provide_context(state);
    // The build's renderer collects the answers the map's buttons offer, once per render.
    #[cfg(feature = "ssr")]
    map::provide_early_answers();
    #[cfg(not(feature = "ssr"))]
    geo::provide_outlines(outlines);
    // The build draws the outlines itself.
    #[cfg(feature = "ssr")]
    let _ = outlines;
    state.load_when_reached();
    let root = NodeRef::<leptos::html::Div>::new();
    if page {
        hash::sync(state);
        page::report_height(root, &flags);
    }
    // `auto` follows prefers-color-scheme in CSS, so the page rendered ahead of time and the live
    // widget agree without a script.
    let theme = match flags.dark {
        Dark::Auto => "auto",
        Dark::On => "dark",
        Dark::Off => "light",
    };
    if page {
        // An effect: it touches the document, so it runs in the browser, never in the build's
        // render.
        Effect::new(move |_| page::follow_theme(theme));
    }
    let (plain, static_) = (flags.plain, flags.static_);
    let accent = flags.accent.clone();
    // Without the hash, in-widget links (#event=..., #view=compare&claim=...) move this widget's
    // state instead of the host page's address.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !page {
            page::follow_in_widget_link(&ev, state);
        }
    };
    view! {
        <div
            class="sm-app"
            class:sm-app--plain=plain
            class:sm-app--static=static_
            lang=lang.tag()
            data-theme=theme
            style:--sm-accent=accent.clone()
            style:--sm-focus=accent
            node_ref=root
            on:click=on_click
        >
            {(!plain).then(|| view! { <header::Header /> })}
            {(!static_).then(|| view! { <nav::ViewNav /> })}
            <main class="sm-main" inert=static_>
                <views::Views />
            </main>
            {(!plain && !static_).then(|| view! { <footer::Footer embeddable=page downloads=downloads /> })}
        </div>
    }
}
