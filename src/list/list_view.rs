//! Filtered events as a table ([`EventsTable`]), the places on the map ([`PlacesOnMap`]), then
//! every comparison as plain, ordered text ([`ClaimsText`]).

use leptos::prelude::*;

use super::{ClaimsText, EventsTable, PlacesOnMap};
use crate::chunks::ChunkStatus;
use crate::{state::use_state, store};

/// The events table and comparisons in text.
#[component]
pub fn ListView() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let ds = store();
    view! {
        <div class="sm-list" data-testid="list-view">
            <h2>{t.events_heading}</h2>
            <p class="sm-list__count" aria-live="polite">
                {move || (t.shown_of)(state.shown.with(Vec::len), ds.totals.events as usize)}
            </p>
            <ChunkStatus />
            <EventsTable />
            <PlacesOnMap />
            <h2>{t.comparisons_heading}</h2>
            <ClaimsText />
        </div>
    }
}
