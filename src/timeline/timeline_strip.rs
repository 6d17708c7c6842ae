//! A time axis with one mark per event (coloured and shaped by kind), linked to the map's
//! selection, and a date-range brush that sets the date filter.

use leptos::prelude::*;
use summitry_data::EventKind;
use summitry_model::filter::step;
use summitry_model::i18n::{kind, kind_plural, long, when};
use summitry_model::timeline::{marks, shape, shape_path, TimeScale};
use wasm_bindgen::JsCast;

use crate::{dataset, state::use_state};

/// Timeline units: marks and ticks are placed in percent of this width.
const WIDTH: f64 = 100.0;

/// The timeline strip.
#[component]
pub fn TimelineStrip() -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let ds = dataset();
    let Some((first, last)) = ds.date_span() else {
        return view! { <p>"No events to show on a timeline."</p> }.into_any();
    };
    let scale = TimeScale::new(first, last, 0.0, WIDTH);
    let total_days = (scale.date_at(WIDTH) - scale.date_at(0.0)).whole_days();
    let shown = Memo::new(move |_| state.filters.with(|f| f.events(ds)));
    let ticks: Vec<_> = scale
        .ticks(10, lang)
        .into_iter()
        .map(|tick| view! { <span class="sm-timeline__tick" style=format!("left:{:.3}%", tick.x)>{tick.label}</span> })
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
    // Marks closer than 30 px go to separate lanes; the track's width is measured at the edge.
    let width = RwSignal::new(1000.0_f64);
    let measure = move || {
        if let Some(el) = node.get_untracked() {
            let w = el.get_bounding_client_rect().width();
            if w > 0.0 && (w - width.get_untracked()).abs() > 1.0 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if node.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let mark_buttons = move || {
        let evs = shown.get();
        let gap = 30.0 / width.get() * WIDTH;
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
                        style=format!("left:{:.3}%;--sm-lane:{}", m.x, m.lane)
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
        view! { <div class="sm-timeline__marks" style=format!("--sm-lanes:{}", max_lane.get() + 1)>{v}</div> }
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
                    style=move || format!("left:{:.3}%;width:{:.3}%", pct(from_val()), pct(to_val() - from_val()))
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
