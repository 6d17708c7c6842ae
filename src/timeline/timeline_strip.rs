//! A time axis with one mark per event (coloured and shaped by kind), linked to the map's
//! selection, and a date-range brush that sets the date filter.

use leptos::prelude::*;
use summitry_data::EventKind;
use summitry_model::filter::step;
use summitry_model::i18n::{kind, kind_plural, long, when};
use summitry_model::timeline::{marks, shape, shape_path, TimeScale};
use wasm_bindgen::JsCast;

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
    let ticks: Vec<_> = scale
        .ticks(10, lang)
        .into_iter()
        .map(|tick| view! { <span class="sm-timeline__tick" style:left=format!("{:.2}%", tick.x)>{tick.label}</span> })
        .collect();

    let node = NodeRef::<leptos::html::Div>::new();
    let focus_mark = move |id: &str| {
        let Some(el) = node.get_untracked() else {
            return;
        };
        if let Ok(Some(b)) = el.query_selector(&format!("[data-testid=\"mark-{id}\"]")) {
            if let Ok(b) = b.dyn_into::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        }
    };
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
            state.event.set(Some(next.id.clone()));
            focus_mark(&next.id);
        }
    };
    // Marks closer than this share no lane. A share of the width, not pixels, so the page
    // rendered ahead of time and the live widget lay out alike at every width: 8% is 26 px, a
    // mark's target, on a 320 px phone track.
    let mark_buttons = move || {
        let evs = shown.get();
        let gap = 8.0;
        let max_lane = std::cell::Cell::new(0usize);
        let v = marks(&evs, &scale, gap, 1.0, 0.0, 7.0)
            .into_iter()
            .map(|m| {
                max_lane.set(max_lane.get().max(m.lane));
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
                        style:left=format!("{:.2}%", m.x)
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
        view! { <div class="sm-timeline__marks" style:--sm-lanes=(max_lane.get() + 1).to_string()>{v}</div> }
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
            <div class="sm-brush">
                <div
                    class="sm-brush__band"
                    aria-hidden="true"
                    style:left=move || format!("{:.2}%", pct(from_val()))
                    style:width=move || format!("{:.2}%", pct(to_val() - from_val()))
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
