//! The map view's layout: filters, map beside the details panel, timeline underneath.

use leptos::prelude::*;

use super::{DetailsPanel, FilterBar, WorldMap};
use crate::chunks::ChunkStatus;
use crate::timeline::TimelineStrip;

/// Filters, map, details panel and timeline, all reading one selection state.
#[component]
pub fn MapView() -> impl IntoView {
    view! {
        <div class="sm-mapview" data-testid="map-view">
            <FilterBar />
            <ChunkStatus />
            <div class="sm-mapview__body">
                <WorldMap />
                <DetailsPanel />
            </div>
            <TimelineStrip />
        </div>
    }
}
