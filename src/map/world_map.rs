//! The map: countries, call arcs, a button per place (or cluster of places) with events, a button
//! per call line, and place labels.
//!
//! Countries and arcs are SVG in map units; buttons and labels are HTML laid over the SVG at the
//! layout model's positions ([`summitry_model::layout`]), one layout per width class, so buttons
//! keep a 28 px target and native keyboard focus at any zoom and nothing overlaps at any width.

use leptos::prelude::*;
use summitry_geo::Point;
use summitry_model::map::{
    call_arcs, markers, pan, pan_by, tinted_countries, view_box, viewport, zoom_by, MAX_ZOOM,
};
use summitry_model::overlay::{draw, Overlay, OverlayButton, OverlayLabel};

use super::ZoomControls;
use crate::state::Choice;
use crate::{geo, state::use_state, store};

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
fn early_key(testid: &str, click: Click, d: &Overlay, i: usize, title: &str) -> Option<String> {
    use super::early_answers::{offer, Answer};
    let evs = d.events_of(i);
    let answer = match click {
        Click::Select => Answer::Event(evs[0].id.clone()),
        Click::Choose => Answer::Choice(Choice {
            title: title.to_string(),
            events: evs.iter().map(|e| e.id.clone()).collect(),
        }),
        Click::Zoom => return None,
    };
    offer(testid, answer)
}

#[cfg(not(feature = "ssr"))]
fn early_key(_: &str, _: Click, _: &Overlay, _: usize, _: &str) -> Option<String> {
    None
}

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
    // Two paths whatever the number of call lines: the selected event's lines, and the others.
    let arc_path = move |selected: bool| {
        move || {
            let id = state.event.get();
            let on = |a: &summitry_model::map::CallArc| {
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
    };
    let arc_paths = view! {
        <path class="sm-map__arc" d=arc_path(false) />
        <path class="sm-map__arc sm-map__arc--selected" d=arc_path(true) />
    };

    // The map's width class, once the browser has laid the map out (`None` until then, and in
    // the build's render, which cannot know it and draws every class).
    let node = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(None::<usize>);
    follow_width(node, width);
    // The buttons, leaders and labels at the map's width, for the current filters and zoom:
    // computed once per change, and drawn by keyed rows, so a change re-creates only the buttons
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

    // A row per button, keyed by all it shows (`OverlayButton::row_key`): a change re-creates
    // the buttons it changes and leaves the others alone; only the pressed state is reactive.
    let button = move |b: OverlayButton| {
        let OverlayButton {
            key,
            testid,
            class,
            calls,
            several_places,
            left,
            top,
            size,
            centre,
            label,
            n,
            title,
        } = b;
        let on = {
            let key = key.clone();
            move || pressed.with(|p| p.contains(&key))
        };
        let early = drawing.with_untracked(|d| {
            early_key(
                &testid,
                click(n, several_places, state.zoom.get_untracked()),
                d,
                d.index(&key)?,
                &title,
            )
        });
        let on_click = move |_| {
            // Ids are copied on a click, not for every button at every change.
            let ids = || {
                drawing.with_untracked(|d| {
                    d.index(&key)
                        .map(|i| {
                            d.events_of(i)
                                .iter()
                                .map(|e| e.id.clone())
                                .collect::<Vec<_>>()
                        })
                        .unwrap_or_default()
                })
            };
            match click(n, several_places, state.zoom.get_untracked()) {
                Click::Select => {
                    state.choice.set(None);
                    state.event.set(ids().into_iter().next());
                }
                // Several places share this button at this size: zoom in until they part.
                Click::Zoom => {
                    let z = state.zoom.get_untracked();
                    let b = view_box(&vp, z);
                    let at = Point {
                        x: b.x + centre.0 / 100.0 * b.w,
                        y: b.y + centre.1 / 100.0 * b.h,
                    };
                    state.zoom.set(zoom_by(&vp, z, 2.0, Some(at)));
                }
                Click::Choose => {
                    state.event.set(None);
                    state.choice.set(Some(Choice {
                        title: title.clone(),
                        events: ids(),
                    }));
                }
            }
        };
        // One reactive attribute per button: the stylesheet draws the selection from
        // `aria-pressed`, and the call sign is the stylesheet's too (`.sm-marker--call::before`),
        // so a new button costs one effect and no placeholder nodes.
        view! {
            <button
                type="button"
                class=class
                style:left=left
                style:top=top
                style:--sm-marker-size=size
                aria-label=label
                aria-pressed=move || if on() { "true" } else { "false" }
                data-testid=testid
                data-early=early
                on:click=on_click
            >
                <span class="sm-marker__count">{count(calls, n)}</span>
            </button>
        }
    };
    let buttons = move || drawing.with(|d| d.buttons.clone());
    // A button moved aside to make room is joined to its place by a short line.
    let leaders = move || {
        drawing.with(|d| {
            d.leaders
                .iter()
                .map(|l| {
                    let l = l.clone();
                    view! {
                        <g class=l.class>
                            <line x1=l.from.0.clone() y1=l.from.1.clone() x2=l.to.0 y2=l.to.1 />
                            <circle cx=l.from.0 cy=l.from.1 r="3" />
                        </g>
                    }
                })
                .collect_view()
        })
    };
    // Labels repeat the buttons' names for the eye; screen readers hear them from the buttons.
    let label = |l: OverlayLabel| {
        view! {
            <span
                class=l.class
                style:left=l.left
                style:top=l.top
                style:--sm-label-offset=l.offset
                aria-hidden="true"
            >
                {l.text}
            </span>
        }
    };
    let labels = move || drawing.with(|d| d.labels.clone());

    // Keyboard on the map itself: + and − zoom, arrows pan (when zoomed in).
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let z = state.zoom.get_untracked();
        let next = match ev.key().as_str() {
            "+" | "=" => Some(zoom_by(&vp, z, 2.0, None)),
            "-" | "_" => Some(zoom_by(&vp, z, 0.5, None)),
            "ArrowLeft" if z.is_some() => Some(pan(&vp, z, -0.2, 0.0)),
            "ArrowRight" if z.is_some() => Some(pan(&vp, z, 0.2, 0.0)),
            "ArrowUp" if z.is_some() => Some(pan(&vp, z, 0.0, -0.2)),
            "ArrowDown" if z.is_some() => Some(pan(&vp, z, 0.0, 0.2)),
            _ => None,
        };
        if let Some(next) = next {
            ev.prevent_default();
            state.zoom.set(next);
        }
    };

    // Wheel zooms around the pointer; dragging pans. Both have button equivalents.
    let to_map = move |cx: f64, cy: f64| -> Option<Point> {
        let el = node.get_untracked()?;
        let r = el.get_bounding_client_rect();
        if r.width() <= 0.0 || r.height() <= 0.0 {
            return None;
        }
        let b = view_box(&vp, state.zoom.get_untracked());
        Some(Point {
            x: b.x + (cx - r.left()) / r.width() * b.w,
            y: b.y + (cy - r.top()) / r.height() * b.h,
        })
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        // A reader scrolling the article past the map keeps scrolling: the wheel zooms only a
        // zoomed map, or with a modifier key held.
        let modifier = ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.shift_key();
        if state.zoom.get_untracked().is_none() && !modifier {
            return;
        }
        ev.prevent_default();
        let factor = if ev.delta_y() < 0.0 { 1.25 } else { 0.8 };
        let at = to_map(f64::from(ev.client_x()), f64::from(ev.client_y()));
        state.zoom.update(|z| *z = zoom_by(&vp, *z, factor, at));
    };
    let drag: StoredValue<Option<(f64, f64)>> = StoredValue::new(None);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if state.zoom.get_untracked().is_some() && ev.button() == 0 {
            drag.set_value(Some((f64::from(ev.client_x()), f64::from(ev.client_y()))));
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let Some((x0, y0)) = drag.get_value() else {
            return;
        };
        let (x1, y1) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        if let (Some(a), Some(b)) = (to_map(x0, y0), to_map(x1, y1)) {
            state
                .zoom
                .update(|z| *z = pan_by(&vp, *z, a.x - b.x, a.y - b.y));
            drag.set_value(Some((x1, y1)));
        }
    };
    let on_up = move |_| drag.set_value(None);

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
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointerleave=on_up
            >
                <svg class="sm-map__svg" viewBox=move || vb().attr() data-tint=tint aria-hidden="true" focusable="false">
                    <rect class="sm-map__sea" x="-2000" y="-2000" width="5000" height="5000" />
                    {countries}
                    <g class="sm-map__arcs">{arc_paths}</g>
                </svg>
                <div class="sm-map__markers">
                    <svg class="sm-map__leaders" aria-hidden="true" focusable="false">{leaders}</svg>
                    <For each=labels key=OverlayLabel::key children=label />
                    <For each=buttons key=OverlayButton::row_key children=button />
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
