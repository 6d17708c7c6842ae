//! A time axis with one mark per event (coloured and shaped by kind), linked to the map's
//! selection, and a date-range brush that sets the date filter. Where marks would not fit, the
//! strip counts events per span of time instead; activating a span zooms into it.

use leptos::prelude::*;
use summitry_data::EventKind;
use summitry_geo::num::fixed;
use summitry_model::dates::iso;
use summitry_model::filter::step;
use summitry_model::i18n::{kind_plural, long};
use summitry_model::timeline::{shape, shape_path, span_around, TimeScale};
use wasm_bindgen::JsCast;

use super::{StripMarks, TimelineBrush};
use crate::{state::use_state, store};

/// Timeline units: marks and ticks are placed in percent of this width.
const WIDTH: f64 = 100.0;

/// The timeline strip.
#[component]
pub fn TimelineStrip() -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let ds = store();
    let Some((first, last)) = ds.span else {
        return view! { <p>"No events to show on a timeline."</p> }.into_any();
    };
    let scale = TimeScale::new(first, last, 0.0, WIDTH);
    let total_days = (scale.date_at(WIDTH) - scale.date_at(0.0)).whole_days();
    let shown = state.shown;
    // The scale on screen: the whole dataset, or the span the reader zoomed into.
    let on_screen = Signal::derive(move || match state.span.get() {
        Some((a, b)) => TimeScale::exact(a, b, 0.0, WIDTH),
        None => scale,
    });
    let ticks = move || {
        on_screen
            .get()
            .ticks(10, lang)
            .into_iter()
            .map(|tick| view! { <span class="sm-timeline__tick" style:left=format!("{}%", fixed(tick.x, 2))>{tick.label}</span> })
            .collect_view()
    };

    let node = NodeRef::<leptos::html::Div>::new();
    // Focus goes to the event's mark, or to the bin that counts it.
    let focus_event = move |id: String, day: String| {
        let Some(el) = node.get_untracked() else {
            return;
        };
        let mark = el
            .query_selector(&format!("[data-testid=\"mark-{id}\"]"))
            .ok()
            .flatten();
        let bin = || {
            let bins = el.query_selector_all("[data-testid=timeline-bin]").ok()?;
            (0..bins.length())
                .filter_map(|i| bins.item(i)?.dyn_into::<web_sys::Element>().ok())
                .find(|b| {
                    let attr = |n: &str| b.get_attribute(n).unwrap_or_default();
                    attr("data-from") <= day && day <= attr("data-to")
                })
        };
        if let Some(b) = mark.or_else(bin) {
            if let Ok(b) = b.dyn_into::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        }
    };
    // Arrow keys step through every shown event in date order, marks or bins alike; a zoomed
    // strip follows the event out of its span.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let back = match ev.key().as_str() {
            "ArrowLeft" => true,
            "ArrowRight" => false,
            _ => return,
        };
        ev.prevent_default();
        let evs = shown.get_untracked();
        let current = state.event.get_untracked();
        if let Some(next) = step(&evs, current.as_deref(), back) {
            let day = next.when.date;
            if let Some(span) = state.span.get_untracked() {
                let moved = span_around(span, day);
                if moved != span {
                    state.span.set(Some(moved));
                }
            }
            state.event.set(Some(next.id.clone()));
            let (id, day) = (next.id.clone(), iso(day));
            // After the strip has redrawn for a moved span.
            request_animation_frame(move || focus_event(id, day));
        }
    };
    let zoom_readout = move || {
        state.span.get().map(|(a, b)| {
            view! {
                <p class="sm-timeline__zoom" data-testid="timeline-zoom">
                    {format!("{} – {} ", long(lang, a), long(lang, b))}
                    <button
                        type="button"
                        class="sm-button"
                        data-testid="timeline-unzoom"
                        on:click=move |_| state.span.set(None)
                    >
                        {t.whole_timeline}
                    </button>
                </p>
            }
        })
    };

    let legend: Vec<_> = EventKind::ALL
        .into_iter()
        .map(|k| {
            view! {
                <span class=format!("sm-timeline__key sm-kind--{}", k.as_str())>
                    <svg viewBox="-10 -10 20 20" aria-hidden="true" focusable="false"><path d=shape_path(shape(k), 0.0, 0.0, 7.0) /></svg>
                    {kind_plural(lang, k)}
                </span>
            }
        })
        .collect();
    view! {
        <section class="sm-timeline" aria-label=t.timeline data-testid="timeline">
            <div class="sm-timeline__legend" aria-hidden="true">{legend}<span class="sm-timeline__key">{t.timeline_hollow}</span></div>
            <div
                class="sm-timeline__track"
                node_ref=node
                role="group"
                aria-label=t.timeline_keys
                on:keydown=on_key
            >
                <StripMarks on_screen=on_screen />
                <div class="sm-timeline__axis" aria-hidden="true">{ticks}</div>
            </div>
            {zoom_readout}
            <TimelineBrush scale=scale total_days=total_days />
        </section>
    }
    .into_any()
}
