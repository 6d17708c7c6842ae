//! The map view's layout: filters, map beside the details panel, timeline underneath.

use leptos::prelude::*;

use super::{DetailsPanel, FilterBar, WorldMap};
use crate::chunks::ChunkStatus;
use crate::timeline::TimelineStrip;

/// Filters, map, details panel and timeline, all reading one selection state. A pointer or focus
/// anywhere in it is a sign the reader may select an event: the details' module starts downloading.
#[component]
pub fn MapView() -> impl IntoView {
    // The build's renderer adds the answers to the opening map's clicks, after the map.
    #[cfg(feature = "ssr")]
    let early = view! { <super::early_answers::EarlyAnswers /> };
    #[cfg(not(feature = "ssr"))]
    let early = ();
    view! {
        <div
            class="sm-mapview"
            data-testid="map-view"
            on:pointerover=|_| super::details_panel::warm()
            on:focusin=|_| super::details_panel::warm()
        >
            <FilterBar />
            <ChunkStatus />
            <div class="sm-mapview__body">
                <WorldMap />
                <DetailsPanel />
            </div>
            <TimelineStrip />
            {early}
        </div>
    }
}
