//! The view switcher.

use leptos::prelude::*;
use summitry_model::route::View;

use crate::state::use_state;

fn label(v: View) -> &'static str {
    match v {
        View::Map => "Map and timeline",
        View::Compare => "Who said what",
        View::List => "List",
    }
}

/// Buttons switching between map, comparison and list; the current one is pressed.
#[component]
pub fn ViewNav() -> impl IntoView {
    let state = use_state();
    let buttons: Vec<_> = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <button
                    type="button"
                    class="sm-nav__button"
                    aria-pressed=move || if state.view.get() == v { "true" } else { "false" }
                    data-testid=format!("view-{}", v.as_str())
                    on:click=move |_| state.view.set(v)
                >
                    {label(v)}
                </button>
            }
        })
        .collect();
    view! { <nav class="sm-nav" aria-label="Views">{buttons}</nav> }
}
