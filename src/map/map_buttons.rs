//! The map's buttons: one per place, cluster of places or call line, laid over the outlines at the
//! overlay model's positions ([`summitry_model::overlay`]).
//!
//! Rows are keyed by the button's stable key (its test id), and each row reads its own button
//! from the drawing through a memo: a filter change updates in place the attributes that changed
//! (a count, a name, a position), leaves an unchanged button untouched, and creates or drops only
//! the buttons that appear or go. At 10,000 events, ticking a kind kept 73 of 109 buttons, which
//! were all dropped and created again when a row was keyed by everything it shows.
//!
//! The rows stand in stable slots ([`stable_slots`]): a kept button keeps its place in the page
//! and a new one takes a slot a button left, or goes at the end. In key order, the keyed list
//! moved every kept button in the DOM at such a change (its diff moves a row whenever rows before
//! it were both added and removed), and the browser styles and lays out each moved button again.
//! The keyboard reaches the buttons in slot order: key order after any change that keeps none.
//!
//! A button that goes with a filter keeps its slot, hidden, up to [`SPARE`] of them: when it
//! comes back (a kind ticked off and on again, a zoom undone) it is shown as it was instead of
//! being built again.

use leptos::prelude::*;
use summitry_geo::Point;
use summitry_model::map::{view_box, viewport, zoom_by, MAX_ZOOM};
use summitry_model::overlay::{stable_slots, Overlay, OverlayButton};

use crate::state::{use_state, Choice, State};

/// How many buttons that went the map keeps, hidden, for when they come back: ticking a kind off
/// and on at 10,000 events hides and shows about 200 call lines. A kept button costs its nodes
/// and a lookup at each change, no layout.
const SPARE: usize = 512;

/// What a click on a map button does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Click {
    /// Shows its one event.
    Select,
    /// Zooms in around it: several places share it at this size and the map can zoom further.
    Zoom,
    /// Lists its events to choose from.
    Choose,
}

/// What a click on a button of `n` events does, `several_places` sharing it, at zoom `z`.
fn click(n: usize, several_places: bool, z: Option<summitry_model::route::Zoom>) -> Click {
    if n == 1 {
        Click::Select
    } else if several_places && z.is_none_or(|z| z.k < MAX_ZOOM) {
        Click::Zoom
    } else {
        Click::Choose
    }
}

/// The number a button shows: its events, except on a call line's button of one call, which shows
/// only the call sign.
fn count(calls: bool, n: usize) -> String {
    if calls && n == 1 {
        String::new()
    } else {
        n.to_string()
    }
}

/// The build's renderer offers the answer to a click on this button to the page, which shows it
/// before the wasm arrives ([`super::early_answers`]); the live widget renders no such attribute.
#[cfg(feature = "ssr")]
fn early_key(b: &OverlayButton, click: Click, d: &Overlay) -> Option<String> {
    use super::early_answers::{offer, Answer};
    let evs = d.events_of(d.index(&b.key)?);
    let answer = match click {
        Click::Select => Answer::Event(evs[0].id.clone()),
        Click::Choose => Answer::Choice(Choice {
            title: b.title.clone(),
            events: evs.iter().map(|e| e.id.clone()).collect(),
        }),
        Click::Zoom => return None,
    };
    offer(&b.testid, answer)
}

#[cfg(not(feature = "ssr"))]
fn early_key(_: &OverlayButton, _: Click, _: &Overlay) -> Option<String> {
    None
}

/// Does what a click on the button `key` of `drawing` does: selects its event, zooms in around
/// it, or lists its events to choose from.
fn activate(state: State, drawing: Memo<Overlay<'static>>, key: &str) {
    // The button and its ids are read on a click, not copied for every button at every change.
    let Some((b, ids)) = drawing.with_untracked(|d| {
        let i = d.index(key)?;
        let ids: Vec<String> = d.events_of(i).iter().map(|e| e.id.clone()).collect();
        Some((d.buttons[i].clone(), ids))
    }) else {
        return;
    };
    match click(b.n, b.several_places, state.zoom.get_untracked()) {
        Click::Select => {
            state.choice.set(None);
            state.event.set(ids.into_iter().next());
        }
        // Several places share this button at this size: zoom in until they part.
        Click::Zoom => {
            let vp = viewport();
            let z = state.zoom.get_untracked();
            let vb = view_box(&vp, z);
            let at = Point {
                x: vb.x + b.centre.0 / 100.0 * vb.w,
                y: vb.y + b.centre.1 / 100.0 * vb.h,
            };
            state.zoom.set(zoom_by(&vp, z, 2.0, Some(at)));
        }
        Click::Choose => {
            state.event.set(None);
            state.choice.set(Some(Choice {
                title: b.title,
                events: ids,
            }));
        }
    }
}

/// The map's buttons for `drawing`; `pressed` holds the keys of those holding the selected event.
#[component]
pub fn MapButtons(
    /// The buttons, leaders and labels at the map's width, for the filters and zoom.
    drawing: Memo<Overlay<'static>>,
    /// The keys of the buttons holding the selected event.
    pressed: Memo<Vec<String>>,
) -> impl IntoView {
    let state = use_state();
    // Each slot's row key: its button's key, or for a vacant slot, its place (which only a
    // button taking the slot, or the end of the list, changes).
    let slots = Memo::new(move |previous: Option<&Vec<Slot>>| {
        let previous: Vec<Option<String>> = previous
            .map(|p| p.iter().map(|s| s.as_ref().ok().cloned()).collect())
            .unwrap_or_default();
        drawing.with(|d| {
            let keys: Vec<String> = d.buttons.iter().map(|b| b.key.clone()).collect();
            stable_slots(&previous, &keys, SPARE)
                .into_iter()
                .enumerate()
                .map(|(i, k)| k.ok_or(i))
                .collect::<Vec<Slot>>()
        })
    });
    let row = move |slot: Slot| match slot {
        Ok(key) => button_row(state, drawing, pressed, key).into_any(),
        Err(_) => ().into_any(),
    };
    view! { <For each=move || slots.get() key=Slot::clone children=row /> }
}

/// A row of the buttons' keyed list: a button's key, or the index of a vacant slot.
type Slot = Result<String, usize>;

/// The button `key`: each attribute it may change follows the drawing, written only when it
/// changed; the selection is drawn by the stylesheet from `aria-pressed`, and the call sign is the
/// stylesheet's too (`.sm-marker--call::before`).
fn button_row(
    state: State,
    drawing: Memo<Overlay<'static>>,
    pressed: Memo<Vec<String>>,
    key: String,
) -> impl IntoView {
    // The button in the drawing, or none while a filter leaves it out: the row's one lookup.
    let shown = {
        let key = key.clone();
        Memo::new(move |_| drawing.with(|d| d.index(&key).map(|i| d.buttons[i].clone())))
    };
    // A hidden button keeps what it showed, so nothing of it is written while it is hidden.
    let b = Memo::new(move |was: Option<&OverlayButton>| {
        shown.get().or_else(|| was.cloned()).unwrap_or_default()
    });
    let (testid, early) = b.with_untracked(|b| {
        let early = drawing.with_untracked(|d| {
            early_key(
                b,
                click(b.n, b.several_places, state.zoom.get_untracked()),
                d,
            )
        });
        (b.testid.clone(), early)
    });
    let text = move |f: fn(&OverlayButton) -> &String| move || b.with(|b| f(b).clone());
    let on = {
        let key = key.clone();
        move || pressed.with(|p| p.contains(&key))
    };
    view! {
        <button
            type="button"
            class=text(|b| &b.class)
            style:left=text(|b| &b.left)
            style:top=text(|b| &b.top)
            style:--sm-marker-size=text(|b| &b.size)
            aria-label=text(|b| &b.label)
            aria-pressed=move || if on() { "true" } else { "false" }
            data-testid=testid
            data-early=early
            hidden=move || shown.with(Option::is_none)
            on:click=move |_| activate(state, drawing, &key)
        >
            <span class="sm-marker__count">{move || b.with(|b| count(b.calls, b.n))}</span>
        </button>
    }
}
