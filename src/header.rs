//! The widget's header: title, dataset name, date span and counts from the compiled dataset.

use leptos::prelude::*;
use summitry_model::dates;

use crate::dataset;

/// Title, dataset name, date span and item counts.
#[component]
pub fn Header() -> impl IntoView {
    let ds = dataset();
    let span = ds
        .date_span()
        .map(|(a, b)| format!("{} – {}", dates::long(a), dates::long(b)))
        .unwrap_or_default();
    view! {
        <header class="sm-header" data-testid="app-header">
            <h1 class="sm-header__title">"Summitry"</h1>
            <p class="sm-header__dataset">{ds.name.clone()}</p>
            <p class="sm-header__meta">
                <span data-testid="date-span">{span}</span>
                " · "
                <span data-testid="count-events">{ds.events.len()}</span>" events · "
                <span data-testid="count-statements">{ds.statements.len()}</span>" statements · "
                <span data-testid="count-claims">{ds.claims.len()}</span>" comparisons · "
                <span>{ds.sources.len()}</span>" sources"
            </p>
        </header>
    }
}
