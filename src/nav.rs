//! The view switcher.

use leptos::prelude::*;
use summitry_model::route::View;

use crate::lazy_views;
use crate::state::use_state;

/// Buttons switching between map, comparison, network and list; the current one is pressed. A
/// pointer over a button, or focus on it, starts fetching its view's module in a split build.
#[component]
pub fn ViewNav() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let label = move |v: View| match v {
        View::Map => t.view_map,
        View::Compare => t.view_compare,
        View::List => t.view_list,
        View::Network => t.view_network,
    };
    let buttons: Vec<_> = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <button
                    type="button"
                    class="sm-nav__button"
                    aria-pressed=move || if state.view.get() == v { "true" } else { "false" }
                    data-testid=format!("view-{}", v.as_str())
                    on:click=move |_| state.show(v)
                    on:pointerover=move |_| lazy_views::warm(v)
                    on:focus=move |_| lazy_views::warm(v)
                >
                    {label(v)}
                </button>
            }
        })
        .collect();
    view! { <nav class="sm-nav" aria-label=t.views>{buttons}</nav> }
}
