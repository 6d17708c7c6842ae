//! The widget's header: title, dataset name, date span and counts from the compiled dataset.

use leptos::prelude::*;
use summitry_model::i18n::long;

use crate::{state::use_state, store};

/// Title, dataset name, date span and item counts.
#[component]
pub fn Header() -> impl IntoView {
    let ds = store();
    let state = use_state();
    let t = state.t();
    let span = ds
        .span
        .map(|(a, b)| format!("{} – {}", long(state.lang, a), long(state.lang, b)))
        .unwrap_or_default();
    view! {
        <header class="sm-header" data-testid="app-header">
            <h1 class="sm-header__title">"Summitry"</h1>
            <p class="sm-header__dataset" lang="en">{ds.name}</p>
            <p class="sm-header__meta">
                <span data-testid="date-span">{span}</span>
                " · "
                <span data-testid="count-events">{ds.totals.events}</span>" "{t.events}" · "
                <span data-testid="count-statements">{ds.totals.statements}</span>" "{t.statements}" · "
                <span data-testid="count-claims">{ds.totals.claims}</span>" "{t.comparisons}" · "
                <span>{ds.totals.sources}</span>" "{t.sources}
            </p>
        </header>
    }
}
