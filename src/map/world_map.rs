//! The map: countries, call arcs, a button per place (or cluster of places) with events, a button
//! per call line, and place labels.
//!
//! Countries and arcs are SVG in map units; buttons and labels are HTML laid over the SVG at the
//! layout model's positions ([`summitry_model::layout`]), one layout per width class, so buttons
//! keep a 28 px target and native keyboard focus at any zoom and nothing overlaps at any width.

use leptos::prelude::*;
use summitry_geo::{Point, Viewport};
use summitry_model::map::{
    call_arcs, markers, pan, pan_by, tinted_countries, view_box, viewport, zoom_by, CallArc,
};
use summitry_model::overlay::draw;

use super::{MapButtons, MapLabels, ZoomControls};
use crate::state::State;
use crate::{geo, state::use_state, store};

/// The interactive map.
#[component]
pub fn WorldMap() -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let ds = store();
    let vp = viewport();
    let shown = state.shown;
    let selected = move || {
        state
            .event
            .with(|e| e.as_deref().and_then(|id| ds.event(id)))
    };
    let vb = move || view_box(&vp, state.zoom.get());
    // Tinting is one attribute: the stylesheet has a rule per country code, so the outlines
    // themselves never change.
    let tint = move || tinted_countries(ds, selected(), &shown.get()).join(" ");
    let countries = geo::Countries();

    // Read by the dashed lines and the layout: computed once per change.
    let arcs = Memo::new(move |_| call_arcs(ds, &shown.get()));
    let arc_paths = view! {
        <path class="sm-map__arc" d=arc_path(state, arcs, false) />
        <path class="sm-map__arc sm-map__arc--selected" d=arc_path(state, arcs, true) />
    };

    // The map's width class, once the browser has laid the map out (`None` until then, and in
    // the build's render, which cannot know it and draws every class). First taken from the map
    // the page rendered ahead of time: a map drawn at every class, then again at its own once
    // measured, changed the class of every button and dropped two thirds.
    let node = NodeRef::<leptos::html::Div>::new();
    let first = crate::width::prerendered_map().map(summitry_model::layout::class_for);
    let width = RwSignal::new(first);
    follow_width(node, width);
    // The buttons, leaders and labels at the map's width, for the current filters and zoom:
    // computed once per change, and drawn by keyed rows, so a change touches only the buttons
    // it changes.
    let drawing = Memo::new(move |_| {
        let marks = markers(ds, &shown.get());
        arcs.with(|arcs| draw(&marks, arcs, lang, t, &vb(), width.get()))
    });
    // The buttons holding the selected event (one per width class at most).
    let pressed = Memo::new(move |_| {
        state.event.with(|id| {
            let Some(id) = id.as_deref() else {
                return Vec::new();
            };
            drawing.with(|d| d.holding(id))
        })
    });

    let on_key = move |ev: leptos::ev::KeyboardEvent| on_key(state, &vp, ev);
    let on_wheel = move |ev: leptos::ev::WheelEvent| on_wheel(state, &vp, node, ev);
    let drag = StoredValue::new(None::<(f64, f64)>);
    let on_drag = move |ev: leptos::ev::PointerEvent| on_drag(state, &vp, node, drag, &ev);

    view! {
        <section class="sm-map" aria-label=t.map_label data-testid="map">
            <div
                class="sm-map__stage"
                class:sm-map__stage--zoomed=move || state.zoom.with(Option::is_some)
                node_ref=node
                tabindex="0"
                role="group"
                aria-label=t.map_keys
                aria-describedby="sm-map-help"
                on:keydown=on_key
                on:wheel=on_wheel
                on:pointerdown=on_drag
                on:pointermove=on_drag
                on:pointerup=on_drag
                on:pointerleave=on_drag
            >
                <svg class="sm-map__svg" viewBox=move || vb().attr() data-tint=tint aria-hidden="true" focusable="false">
                    <rect class="sm-map__sea" x="-2000" y="-2000" width="5000" height="5000" />
                    {countries}
                    <g class="sm-map__arcs">{arc_paths}</g>
                </svg>
                <div class="sm-map__markers">
                    <MapLabels drawing=drawing />
                    <MapButtons drawing=drawing pressed=pressed />
                </div>
            </div>
            <p id="sm-map-help" class="sm-map__legend">
                <span class="sm-legend sm-legend--held">{t.legend_held}</span>
                <span class="sm-legend sm-legend--proposed">{t.legend_proposed}</span>
                <span class="sm-legend sm-legend--call">{t.legend_call}</span>
                <span class="sm-legend">{t.legend_numbers}</span>
            </p>
            <ZoomControls />
            <p class="sm-map__credit">{t.credit}</p>
        </section>
    }
}

/// The `d` of the selected event's call lines (`selected`), or of the others: two paths whatever
/// the number of call lines.
fn arc_path(
    state: State,
    arcs: Memo<Vec<CallArc<'static>>>,
    selected: bool,
) -> impl Fn() -> String + Send + Sync + 'static {
    move || {
        let id = state.event.get();
        let on = |a: &CallArc| {
            id.as_deref()
                .is_some_and(|id| a.events.iter().any(|e| e.id == id))
        };
        arcs.with(|arcs| {
            arcs.iter()
                .filter(|a| on(a) == selected)
                .map(|a| a.d.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
    }
}

/// Keyboard on the map itself: + and − zoom, arrows pan (when zoomed in).
fn on_key(state: State, vp: &Viewport, ev: leptos::ev::KeyboardEvent) {
    let z = state.zoom.get_untracked();
    let next = match ev.key().as_str() {
        "+" | "=" => Some(zoom_by(vp, z, 2.0, None)),
        "-" | "_" => Some(zoom_by(vp, z, 0.5, None)),
        "ArrowLeft" if z.is_some() => Some(pan(vp, z, -0.2, 0.0)),
        "ArrowRight" if z.is_some() => Some(pan(vp, z, 0.2, 0.0)),
        "ArrowUp" if z.is_some() => Some(pan(vp, z, 0.0, -0.2)),
        "ArrowDown" if z.is_some() => Some(pan(vp, z, 0.0, 0.2)),
        _ => None,
    };
    if let Some(next) = next {
        ev.prevent_default();
        state.zoom.set(next);
    }
}

/// Where the pointer at client pixels (`cx`, `cy`) is on the map `node`, in map units.
fn to_map(
    state: State,
    vp: &Viewport,
    node: NodeRef<leptos::html::Div>,
    cx: f64,
    cy: f64,
) -> Option<Point> {
    let el = node.get_untracked()?;
    let r = el.get_bounding_client_rect();
    if r.width() <= 0.0 || r.height() <= 0.0 {
        return None;
    }
    let b = view_box(vp, state.zoom.get_untracked());
    Some(Point {
        x: b.x + (cx - r.left()) / r.width() * b.w,
        y: b.y + (cy - r.top()) / r.height() * b.h,
    })
}

/// The wheel zooms around the pointer (the zoom buttons do it too).
fn on_wheel(
    state: State,
    vp: &Viewport,
    node: NodeRef<leptos::html::Div>,
    ev: leptos::ev::WheelEvent,
) {
    // A reader scrolling the article past the map keeps scrolling: the wheel zooms only a
    // zoomed map, or with a modifier key held.
    let modifier = ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.shift_key();
    if state.zoom.get_untracked().is_none() && !modifier {
        return;
    }
    ev.prevent_default();
    let factor = if ev.delta_y() < 0.0 { 1.25 } else { 0.8 };
    let at = to_map(
        state,
        vp,
        node,
        f64::from(ev.client_x()),
        f64::from(ev.client_y()),
    );
    state.zoom.update(|z| *z = zoom_by(vp, *z, factor, at));
}

/// Dragging a zoomed map pans it (the pan buttons do it too): pointer down starts a drag at
/// `drag`, a move pans by the pointer's way since, up or leaving ends it.
fn on_drag(
    state: State,
    vp: &Viewport,
    node: NodeRef<leptos::html::Div>,
    drag: StoredValue<Option<(f64, f64)>>,
    ev: &leptos::ev::PointerEvent,
) {
    let (x1, y1) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
    match ev.type_().as_str() {
        "pointerdown" if state.zoom.get_untracked().is_some() && ev.button() == 0 => {
            drag.set_value(Some((x1, y1)));
        }
        "pointermove" => {
            let Some((x0, y0)) = drag.get_value() else {
                return;
            };
            let a = to_map(state, vp, node, x0, y0);
            let b = to_map(state, vp, node, x1, y1);
            if let (Some(a), Some(b)) = (a, b) {
                state
                    .zoom
                    .update(|z| *z = pan_by(vp, *z, a.x - b.x, a.y - b.y));
                drag.set_value(Some((x1, y1)));
            }
        }
        "pointerup" | "pointerleave" => drag.set_value(None),
        _ => {}
    }
}

/// Keeps `width` at the width class ([`summitry_model::layout::class_for`]) of the map stage
/// `node`: set before the first paint, so the reader never sees the buttons of another width; a
/// stage that is not laid out keeps the class it had.
fn follow_width(node: NodeRef<leptos::html::Div>, width: RwSignal<Option<usize>>) {
    crate::width::follow(node, move |px| {
        let class = Some(summitry_model::layout::class_for(px));
        if width.get_untracked() != class {
            width.set(class);
        }
    });
}
