//! The places on the map with how each is labelled there, so a label the map had no room for is
//! still named for the reader.

use leptos::prelude::*;
use summitry_model::layout::{lay_out_all, ItemKind, LabelState};
use summitry_model::list::{shown_rows, step, PAGE};
use summitry_model::map::{call_arcs, layout_items, markers, view_box, viewport};

use crate::{show_more::ShowMore, state::use_state, store};

/// A list of the map's places: name, number of events, and its label's fate at each width.
#[component]
pub fn PlacesOnMap() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let ds = store();
    let vp = viewport();
    // A page at a time, as the events table; print shows every place.
    let limit = RwSignal::new(PAGE);
    // What "Show N more" adds, as the rows last counted it.
    let more = RwSignal::new(0usize);
    let rows = move || {
        let shown = state.shown.get();
        let marks = markers(ds, &shown);
        let arcs = call_arcs(ds, &shown);
        let items = layout_items(&marks, &arcs);
        let laid = lay_out_all(&items, &view_box(&vp, state.zoom.get()));
        let places: Vec<_> = items
            .iter()
            .zip(laid.states)
            .enumerate()
            .filter(|(_, (item, _))| item.kind != ItemKind::Calls)
            .collect();
        let n_shown = shown_rows(places.len(), limit.get(), state.print);
        more.set(step(places.len(), limit.get(), state.print));
        places
            .into_iter()
            .take(n_shown)
            .map(|(i, (item, states))| {
                let n = marks.get(i).map_or(0, |m| m.events.len());
                let state_text = if states.contains(&Some(LabelState::Dropped)) {
                    t.label_states[2]
                } else if states.contains(&Some(LabelState::Shortened)) {
                    t.label_states[1]
                } else {
                    t.label_states[0]
                };
                let name = item.names.first().cloned().unwrap_or_default();
                view! {
                    <li data-testid=format!("place-{}", item.key)>
                        <strong>{name}</strong>
                        {(n > 0).then(|| format!(": {}", (t.n_events)(n)))}
                        " — " {state_text}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="sm-list__places" data-testid="places-on-map">
            <h2>{t.places_heading}</h2>
            <ul>{rows}</ul>
            <ShowMore step=more limit class="sm-button sm-list__more" testid="places-more" />
        </section>
    }
}
