//! What the timeline strip draws over its axis: a mark per shown event, or where marks would not
//! fit, a bin per span of time counting its events by kind.

use leptos::prelude::*;
use summitry_data::EventKind;
use summitry_geo::num::fixed;
use summitry_model::dates::iso;
use summitry_model::i18n::{kind, long, when};
use summitry_model::timeline::{shape, shape_path, strip, Bin, Mark, Strip, TimeScale};

use crate::state::{use_state, State};
use crate::store;

/// Lanes of marks the strip holds before it counts events in bins instead.
const MAX_LANES: usize = 4;

/// Bins across the strip: each a twelfth of its width, 26 px on a 320 px phone track, so every
/// bin is a target of at least 24 × 24 px (25 bins were 13 px wide there).
const BINS: usize = 12;

/// Marks closer than this share no lane. A share of the width, not pixels, so the page rendered
/// ahead of time and the live widget lay out alike at every width: 8% is 26 px, a mark's target,
/// on a 320 px phone track.
const GAP: f64 = 8.0;

/// The marks or bins of the shown events on `on_screen`, the scale of the dataset or of the span
/// the reader zoomed into.
#[component]
pub fn StripMarks(
    /// The scale on screen.
    #[prop(into)]
    on_screen: Signal<TimeScale>,
) -> impl IntoView {
    let state = use_state();
    // What the strip draws, computed once per change and read by every mark or bin.
    let drawn = Memo::new(move |_| {
        let sc = on_screen.get();
        state.shown.with(|evs| match state.span.get() {
            Some((a, b)) => {
                let evs: Vec<_> = evs
                    .iter()
                    .copied()
                    .filter(|e| a <= e.when.date && e.when.date <= b)
                    .collect();
                strip(&evs, &sc, GAP, MAX_LANES, BINS)
            }
            None => strip(evs, &sc, GAP, MAX_LANES, BINS),
        })
    });
    let binned = Memo::new(move |_| drawn.with(|s| matches!(s, Strip::Bins(_))));
    let bin_keys = move || {
        drawn.with(|s| match s {
            Strip::Bins(bins) => bins.iter().map(|b| (b.from, b.to)).collect(),
            Strip::Marks(_) => Vec::new(),
        })
    };
    let marks = move || {
        drawn.with(|s| match s {
            Strip::Marks(marks) => {
                let max_lane = marks.iter().map(|m| m.lane).max().unwrap_or(0);
                let v = marks.iter().map(|m| mark(state, m)).collect_view();
                view! { <div class="sm-timeline__marks" style:--sm-lanes=(max_lane + 1).to_string()>{v}</div> }
                    .into_any()
            }
            Strip::Bins(_) => ().into_any(),
        })
    };
    // Bins are keyed by their days, which only the scale sets, so a filter change updates each
    // bin's counts in place; the strip is built again only when it turns from marks to bins or
    // back, or the marks change.
    move || {
        if binned.get() {
            let row = move |days| bin(state, drawn, days);
            view! {
                <div class="sm-timeline__marks sm-timeline__marks--bins" style:--sm-lanes=MAX_LANES.to_string()>
                    <For each=bin_keys key=|k| *k children=row />
                </div>
            }
            .into_any()
        } else {
            marks.into_any()
        }
    }
}

/// An event's mark: its kind's shape, hollow when proposed or scheduled.
fn mark(state: State, m: &Mark<'static>) -> impl IntoView {
    let lang = state.lang;
    let e = m.event;
    let id = e.id.clone();
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
            data-testid=format!("mark-{}", e.id)
            on:click=move |_| state.event.set(Some(select.clone()))
        >
            <svg viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
                <path d=shape_path(shape(e.kind), 0.0, 0.0, 7.0) />
            </svg>
        </button>
    }
}

/// The bin of the days `(from, to)`: its count by kind as a stacked bar, each value following
/// `drawn`; activating it zooms into its span.
fn bin(
    state: State,
    drawn: Memo<Strip<'static>>,
    (from, to): (time::Date, time::Date),
) -> impl IntoView {
    let (t, lang) = (state.t(), state.lang);
    let bin = Memo::new(move |_| {
        drawn.with(|s| match s {
            Strip::Bins(bins) => bins.iter().find(|b| b.from == from).cloned(),
            Strip::Marks(_) => None,
        })
    });
    let read = move |f: fn(&Bin) -> String| move || bin.with(|b| b.as_ref().map(f));
    let holds_selected = move || {
        state.event.with(|id| {
            id.as_deref()
                .and_then(|id| store().event(id))
                .is_some_and(|e| from <= e.when.date && e.when.date <= to)
        })
    };
    // One part per kind, always there: a kind without events in the bin takes no height.
    let parts = EventKind::ALL
        .into_iter()
        .enumerate()
        .map(|(i, k)| {
            let n = move || bin.with(|b| b.as_ref().map_or(0, |b| b.counts[i]));
            view! {
                <span
                    class=format!("sm-bin__part sm-kind--{}", k.as_str())
                    class:sm-bin__part--none=move || n() == 0
                    style:flex-grow=move || n().to_string()
                ></span>
            }
        })
        .collect_view();
    view! {
        <button
            type="button"
            class="sm-bin"
            class:sm-bin--selected=holds_selected
            style:left=read(|b| format!("{}%", fixed(b.x0, 2)))
            style:width=read(|b| format!("{}%", fixed(b.width(), 2)))
            style:--sm-bin-h=read(|b| fixed(b.height, 3).to_string())
            aria-label=move || {
                let total = bin.with(|b| b.as_ref().map_or(0, |b| b.total));
                (t.bin_label)(total, &long(lang, from), &long(lang, to))
            }
            data-testid="timeline-bin"
            data-from=iso(from)
            data-to=iso(to)
            on:click=move |_| state.span.set(Some((from, to)))
        >
            {parts}
        </button>
    }
}
