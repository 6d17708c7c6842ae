//! The places on the map with how each is labelled there, so a label the map had no room for is
//! still named for the reader.

use leptos::prelude::*;
use summitry_model::layout::{lay_out_all, ItemKind, LabelState};
use summitry_model::list::{shown_rows, step, PAGE};
use summitry_model::map::{call_arcs, layout_items, markers, view_box, viewport};

use crate::{show_more::ShowMore, state::use_state, store};

/// One place as the list names it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    key: String,
    name: String,
    /// Its events.
    events: usize,
    /// Its label's fate, as an index into the interface's `label_states`: shown whole (0),
    /// shortened at some width (1), dropped at some width (2).
    fate: usize,
}

/// Every place of the shown events, laid out as the map lays them out at each width (the
/// list's costliest step at 10,000 events): computed when the events change, while the list is
/// open (src/views.rs).
fn places() -> Memo<Vec<Place>> {
    let state = use_state();
    let ds = store();
    let vp = viewport();
    Memo::new(move |_| {
        let shown = state.shown.get();
        let marks = markers(ds, &shown);
        let arcs = call_arcs(ds, &shown);
        let items = layout_items(&marks, &arcs);
        let laid = lay_out_all(&items, &view_box(&vp, state.zoom.get()));
        items
            .iter()
            .zip(laid.states)
            .enumerate()
            .filter(|(_, (item, _))| item.kind != ItemKind::Calls)
            .map(|(i, (item, states))| Place {
                key: item.key.clone(),
                name: item.names.first().cloned().unwrap_or_default(),
                events: marks.get(i).map_or(0, |m| m.events.len()),
                fate: if states.contains(&Some(LabelState::Dropped)) {
                    2
                } else if states.contains(&Some(LabelState::Shortened)) {
                    1
                } else {
                    0
                },
            })
            .collect()
    })
}

/// A list of the map's places: name, number of events, and its label's fate at each width.
#[component]
pub fn PlacesOnMap() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let places = places();
    // A page at a time, as the events table; print shows every place.
    let limit = RwSignal::new(PAGE);
    let more = Signal::derive(move || places.with(|p| step(p.len(), limit.get(), state.print)));
    let rows = move || {
        places.with(|places| {
            let n_shown = shown_rows(places.len(), limit.get(), state.print);
            places
                .iter()
                .take(n_shown)
                .map(|p| {
                    view! {
                        <li data-testid=format!("place-{}", p.key)>
                            <strong>{p.name.clone()}</strong>
                            {(p.events > 0).then(|| format!(": {}", (t.n_events)(p.events)))}
                            " — " {t.label_states[p.fate]}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="sm-list__places" data-testid="places-on-map">
            <h2>{t.places_heading}</h2>
            <ul>{rows}</ul>
            <ShowMore step=more limit class="sm-button sm-list__more" testid="places-more" />
        </section>
    }
}
