//! The timeline's date-range brush: two range inputs over the axis that set the date filter.

use leptos::prelude::*;
use summitry_geo::num::fixed;
use summitry_model::i18n::long;
use summitry_model::timeline::TimeScale;

use crate::state::use_state;

/// The brush over `scale`, the whole dataset's, `total_days` long.
#[component]
pub fn TimelineBrush(
    /// The dataset's scale: the brush's days count from its start.
    scale: TimeScale,
    /// The days from the scale's first to its last.
    total_days: i64,
) -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
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
    view! {
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
    }
}
