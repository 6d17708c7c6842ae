//! The map: countries, call arcs, and a button per place with events.
//!
//! Countries and arcs are SVG in map units; markers are HTML buttons laid over the SVG at the
//! model's positions, so they keep a 28 px target and native keyboard focus at any zoom.

use leptos::prelude::*;
use summitry_data::Event;
use summitry_geo::Point;
use summitry_model::flags::Lang;
use summitry_model::i18n::{kind, when};
use summitry_model::map::{
    call_arcs, markers, pan, pan_by, tinted_countries, view_box, viewport, zoom_by,
};

use super::ZoomControls;
use crate::{geo, state::use_state, store};

fn event_line(lang: Lang, e: &Event) -> String {
    format!(
        "{} ({}, {})",
        e.title,
        kind(lang, e.kind),
        when(lang, &e.when)
    )
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
    let tint = move || {
        tinted_countries(ds, selected(), &shown.get())
            .into_iter()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let countries = geo::Countries();

    // True while the selected event is one of `events` (a place's, or a call line's).
    let selected_in = move |events: &[&Event]| {
        let ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
        move || {
            state
                .event
                .with(|s| s.as_ref().is_some_and(|s| ids.contains(s)))
        }
    };
    // Read by both the dashed lines and their buttons: computed once per change.
    let arcs = Memo::new(move |_| call_arcs(ds, &shown.get(), &vp));
    let arc_paths = move || {
        arcs.get()
            .into_iter()
            .map(|a| {
                let on = selected_in(&a.events);
                view! { <path class="sm-map__arc" class:sm-map__arc--selected=on d=a.d /> }
            })
            .collect_view()
    };

    // One button per place and per call line, positioned in percent of the current view box.
    let place_buttons = move || {
        let b = vb();
        markers(ds, &shown.get(), &vp)
            .into_iter()
            .filter(|m| b.contains(m.at))
            .map(|m| {
                let (left, top) = b.percent(m.at);
                let first = m.events[0].id.clone();
                let on = selected_in(&m.events);
                let n = m.events.len();
                let label = format!(
                    "{}: {}. {}",
                    m.place.name,
                    (t.n_events)(n),
                    m.events
                        .iter()
                        .map(|e| event_line(lang, e))
                        .collect::<Vec<_>>()
                        .join("; ")
                );
                let tip = m
                    .events
                    .iter()
                    .map(|e| event_line(lang, e))
                    .collect::<Vec<_>>();
                let size = m.diameter();
                view! {
                    <button
                        type="button"
                        class="sm-marker"
                        class:sm-marker--hollow=m.hollow
                        class:sm-marker--selected=on.clone()
                        style:left=format!("{left:.2}%")
                        style:top=format!("{top:.2}%")
                        style:--sm-marker-size=format!("{size:.0}px")
                        aria-label=label
                        aria-pressed=move || if on() { "true" } else { "false" }
                        data-testid=format!("marker-{}", m.place.id)
                        on:click=move |_| state.event.set(Some(first.clone()))
                    >
                        <span class="sm-marker__count" aria-hidden="true">{n}</span>
                        <span class="sm-marker__tip" aria-hidden="true">
                            <strong>{m.place.name.clone()}</strong>
                            {tip.into_iter().map(|t| view! { <span>{t}</span> }).collect_view()}
                        </span>
                    </button>
                }
            })
            .collect_view()
    };
    let call_buttons = move || {
        let b = vb();
        arcs.get()
            .into_iter()
            .filter(|a| b.contains(a.mid))
            .map(|a| {
                let (left, top) = b.percent(a.mid);
                let first = a.events[0].id.clone();
                let on = selected_in(&a.events);
                let n = a.events.len();
                let label = format!(
                    "{} {}: {}",
                    (t.n_calls)(n),
                    a.label,
                    a.events
                        .iter()
                        .map(|e| event_line(lang, e))
                        .collect::<Vec<_>>()
                        .join("; ")
                );
                let tip = a
                    .events
                    .iter()
                    .map(|e| event_line(lang, e))
                    .collect::<Vec<_>>();
                view! {
                    <button
                        type="button"
                        class="sm-marker sm-marker--call"
                        class:sm-marker--selected=on.clone()
                        style:left=format!("{left:.2}%")
                        style:top=format!("{top:.2}%")
                        aria-label=label
                        aria-pressed=move || if on() { "true" } else { "false" }
                        data-testid=format!("call-{}", a.label.to_lowercase().replace('–', "-"))
                        on:click=move |_| state.event.set(Some(first.clone()))
                    >
                        <span aria-hidden="true">"☎"</span>
                        {(n > 1).then(|| view! { <span class="sm-marker__calls">{n}</span> })}
                        <span class="sm-marker__tip" aria-hidden="true">
                            <strong>{(t.n_calls)(n)} " " {a.label.clone()}</strong>
                            {tip.into_iter().map(|t| view! { <span>{t}</span> }).collect_view()}
                        </span>
                    </button>
                }
            })
            .collect_view()
    };

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
    let node = NodeRef::<leptos::html::Div>::new();
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
                <div class="sm-map__markers">{place_buttons} {call_buttons}</div>
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
