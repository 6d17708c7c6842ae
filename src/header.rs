//! The story's header: its headline, description, credit and last change, then the date span and
//! counts, from the compiled dataset.

use leptos::prelude::*;
use summitry_data::iso;
use summitry_model::i18n::long;

use crate::{state::use_state, store};

/// Headline, description, byline and date; date span and item counts.
#[component]
pub fn Header() -> impl IntoView {
    let ds = store();
    let state = use_state();
    let t = state.t();
    let ed = ds.edition;
    let lang_of = move |field: &str| ed.lang_of("dataset", "", field).to_string();
    let span = ds
        .span
        .map(|(a, b)| format!("{} – {}", long(state.lang, a), long(state.lang, b)))
        .unwrap_or_default();
    let credit = ed.credit.as_deref().map(|c| {
        view! { <span class="sm-header__credit" lang=lang_of("credit")>{c}</span> }
    });
    let updated = ed.updated.map(|d| {
        view! {
            <span class="sm-header__updated" data-testid="updated">
                {t.updated} " " <time datetime=iso(d)>{long(state.lang, d)}</time>
            </span>
        }
    });
    let sep = (credit.is_some() && updated.is_some()).then_some(" · ");
    view! {
        <header class="sm-header" data-testid="app-header">
            <h1 class="sm-header__title" lang=lang_of("name")>{ds.name}</h1>
            <p class="sm-header__dataset" lang=lang_of("description")>{ds.description}</p>
            <p class="sm-header__byline">{credit}{sep}{updated}</p>
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
