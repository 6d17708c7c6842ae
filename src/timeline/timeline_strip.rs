//! A time axis with one mark per event (coloured and shaped by kind), linked to the map's
//! selection, and a date-range brush that sets the date filter. Where marks would not fit, the
//! strip counts events per span of time instead; activating a span zooms into it.

use leptos::prelude::*;
use summitry_data::EventKind;
use summitry_geo::num::fixed;
use summitry_model::dates::iso;
use summitry_model::filter::step;
use summitry_model::i18n::{kind, kind_plural, long, when};
use summitry_model::timeline::{shape, shape_path, span_around, strip, Bin, Strip, TimeScale};
use wasm_bindgen::JsCast;

use crate::{state::use_state, store};

/// Timeline units: marks and ticks are placed in percent of this width.
const WIDTH: f64 = 100.0;

/// Lanes of marks the strip holds before it counts events in bins instead.
const MAX_LANES: usize = 4;

/// Bins across the strip: each 4% of its width (13 px on a 320 px phone track).
const BINS: usize = 25;

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
    let on_screen = move || match state.span.get() {
        Some((a, b)) => TimeScale::exact(a, b, 0.0, WIDTH),
        None => scale,
    };
    let ticks = move || {
        on_screen()
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
    // A bin: its count by kind as a stacked bar; activating it zooms into its span.
    let bin_button = move |b: Bin| {
        let (from, to) = (b.from, b.to);
        let holds_selected = move || {
            state.event.with(|id| {
                id.as_deref()
                    .and_then(|id| store().event(id))
                    .is_some_and(|e| from <= e.when.date && e.when.date <= to)
            })
        };
        let parts = EventKind::ALL
            .into_iter()
            .zip(b.counts)
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| view! { <span class=format!("sm-bin__part sm-kind--{}", k.as_str()) style:flex-grow=n.to_string()></span> })
            .collect_view();
        view! {
            <button
                type="button"
                class="sm-bin"
                class:sm-bin--selected=holds_selected
                style:left=format!("{}%", fixed(b.x0, 2))
                style:width=format!("{}%", fixed(b.width(), 2))
                style:--sm-bin-h=fixed(b.height, 3).to_string()
                aria-label=(t.bin_label)(b.total, &long(lang, from), &long(lang, to))
                data-testid="timeline-bin"
                data-from=iso(from)
                data-to=iso(to)
                on:click=move |_| state.span.set(Some((from, to)))
            >
                {parts}
            </button>
        }
    };
    // Marks closer than this share no lane. A share of the width, not pixels, so the page
    // rendered ahead of time and the live widget lay out alike at every width: 8% is 26 px, a
    // mark's target, on a 320 px phone track.
    let gap = 8.0;
    let mark_buttons = move || {
        let evs = shown.get();
        let sc = on_screen();
        let evs: Vec<_> = match state.span.get() {
            Some((a, b)) => evs
                .into_iter()
                .filter(|e| a <= e.when.date && e.when.date <= b)
                .collect(),
            None => evs,
        };
        let marks = match strip(&evs, &sc, gap, MAX_LANES, BINS) {
            Strip::Marks(marks) => marks,
            Strip::Bins(bins) => {
                let v = bins.into_iter().map(bin_button).collect_view();
                return view! { <div class="sm-timeline__marks sm-timeline__marks--bins" style:--sm-lanes=MAX_LANES.to_string()>{v}</div> }.into_any();
            }
        };
        let max_lane = marks.iter().map(|m| m.lane).max().unwrap_or(0);
        let v = marks
            .into_iter()
            .map(|m| {
                let e = m.event;
                let id = e.id.clone();
                let testid = format!("mark-{}", e.id);
                let on = move || state.event.with(|s| s.as_deref() == Some(id.as_str()));
                let select = e.id.clone();
                view! {
                    <button
                        type="button"
                        class=format!("sm-mark sm-kind--{}", e.kind.as_str())
                        class:sm-mark--hollow=m.hollow
                        class:sm-mark--selected=on.clone()
                        style:left=format!("{}%", fixed(m.x, 2))
                        style:--sm-lane=m.lane.to_string()
                        aria-label=format!("{}, {}, {}", when(lang, &e.when), kind(lang, e.kind), e.title)
                        aria-pressed=move || if on() { "true" } else { "false" }
                        data-testid=testid
                        on:click=move |_| state.event.set(Some(select.clone()))
                    >
                        <svg viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
                            <path d=shape_path(shape(e.kind), 0.0, 0.0, 7.0) />
                        </svg>
                    </button>
                }
            })
            .collect_view();
        view! { <div class="sm-timeline__marks" style:--sm-lanes=(max_lane + 1).to_string()>{v}</div> }.into_any()
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

    // The brush: two range inputs over the axis, in days from the scale's start.
    let day_of = move |d: time::Date| (d - scale.date_at(0.0)).whole_days();
    let date_of = move |n: i64| scale.date_at(0.0) + time::Duration::days(n);
    let from_val = move || {
        state
            .filters
            .with(|f| f.from.map(day_of).unwrap_or(0))
            .clamp(0, total_days)
    };
    let to_val = move || {
        state
            .filters
            .with(|f| f.to.map(day_of).unwrap_or(total_days))
            .clamp(0, total_days)
    };
    let set_from = move |ev: leptos::ev::Event| {
        let n: i64 = event_target_value(&ev).parse().unwrap_or(0);
        let n = n.min(to_val());
        state
            .filters
            .update(|f| f.from = (n > 0).then(|| date_of(n)));
    };
    let set_to = move |ev: leptos::ev::Event| {
        let n: i64 = event_target_value(&ev).parse().unwrap_or(total_days);
        let n = n.max(from_val());
        state
            .filters
            .update(|f| f.to = (n < total_days).then(|| date_of(n)));
    };
    // One range input per end of the brush; `end` picks which filter bound it moves.
    let thumb = move |label: &'static str, testid: &'static str, end: bool| {
        let value = move || if end { to_val() } else { from_val() };
        view! {
            <input
                type="range"
                class="sm-brush__input"
                min="0"
                max=total_days.to_string()
                step="1"
                aria-label=label
                aria-valuetext=move || long(lang, date_of(value()))
                data-testid=testid
                // The attribute is for the build's render, which writes no properties: without
                // it the page's two thumbs sit in the middle until the live widget takes over.
                value=untrack(value).to_string()
                prop:value=move || value().to_string()
                on:input=move |ev| if end { set_to(ev) } else { set_from(ev) }
            />
        }
    };
    let pct = move |n: i64| n as f64 / total_days.max(1) as f64 * 100.0;
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
                {mark_buttons}
                <div class="sm-timeline__axis" aria-hidden="true">{ticks}</div>
            </div>
            {zoom_readout}
            <div class="sm-brush">
                <div
                    class="sm-brush__band"
                    aria-hidden="true"
                    style:left=move || format!("{}%", fixed(pct(from_val()), 2))
                    style:width=move || format!("{}%", fixed(pct(to_val() - from_val()), 2))
                ></div>
                {thumb(t.brush[0], "brush-from", false)}
                {thumb(t.brush[1], "brush-to", true)}
            </div>
            <p class="sm-brush__readout" aria-live="polite">
                {move || (t.showing)(&long(lang, date_of(from_val())), &long(lang, date_of(to_val())))}
            </p>
        </section>
    }
    .into_any()
}
