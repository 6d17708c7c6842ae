//! Filters by actor, topic, kind and dates; the map, timeline, list and counts follow them.

use leptos::prelude::*;
use summitry_data::EventKind;
use summitry_model::dates;
use summitry_model::filter::{Filters, MAX_QUERY_LEN};
use summitry_model::i18n::kind_plural;

use crate::state::{use_state, State};
use crate::store;

/// Most actors the "who took part" list offers (ties at the last place are kept too).
const MAX_ACTORS: usize = 60;

/// The filter controls.
#[component]
pub fn FilterBar() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let ds = store();
    let count = move || state.shown.with(Vec::len);
    let (actors, topics) = offered_options(state);
    // On narrow screens the form folds behind one button, so the map comes first; on wide ones
    // the button is hidden and the form always shown (style/map.css).
    let open = RwSignal::new(false);
    let active = move || state.filters.with(Filters::count);
    view! {
        <button
            type="button"
            class="sm-button sm-filters-toggle"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls="sm-filters"
            data-testid="filters-toggle"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || (t.filters_button)(active())}
        </button>
        <form
            id="sm-filters"
            class="sm-filters"
            class:sm-filters--open=move || open.get()
            aria-label=t.filter_events
            on:submit=|ev| ev.prevent_default()
        >
            <label class="sm-filters__field sm-filters__search">
                {t.search}
                <input
                    type="search"
                    data-testid="filter-search"
                    maxlength=MAX_QUERY_LEN.to_string()
                    prop:value=move || state.filters.with(|f| f.query.clone())
                    on:input=move |ev| {
                        let q: String = event_target_value(&ev).chars().take(MAX_QUERY_LEN).collect();
                        state.filters.update(|f| f.query = q);
                    }
                />
            </label>
            {choice(state, t.who_took_part, t.anyone, "filter-actor", actors, false)}
            {choice(state, t.topic, t.any_topic, "filter-topic", topics, true)}
            <fieldset class="sm-filters__kinds">
                <legend>{t.kinds_legend}</legend>
                {kind_boxes(state)}
            </fieldset>
            {date_input(state, t.from, "filter-from", false)}
            {date_input(state, t.to, "filter-to", true)}
            <button
                type="button"
                class="sm-button"
                disabled=move || state.filters.with(Filters::is_empty)
                on:click=move |_| state.filters.set(Filters::default())
            >
                {t.clear_filters}
            </button>
            <p class="sm-filters__count" aria-live="polite" data-testid="filtered-count">
                {move || (t.shown_of)(count(), ds.totals.events as usize)}
            </p>
        </form>
    }
}

/// The options of the actor and topic selects, in the dataset's order.
fn offered_options(state: State) -> (Vec<AnyView>, Vec<AnyView>) {
    let ds = store();
    // Only actors who took part in something, and topics of some event, are worth filtering by;
    // in a large dataset, the most frequent actors and the one a link chose.
    let chosen = state.filters.with_untracked(|f| f.actors.clone());
    let (offered, used) = state
        .offered
        .with_untracked(|o| (o.actors(MAX_ACTORS, &chosen), o.topics.clone()));
    let actors = ds
        .actors()
        .iter()
        .filter(|a| offered.contains(&a.id.as_str()))
        .map(|a| {
            let lang = ds.edition.lang_of("actor", &a.id, "name");
            view! { <option value=a.id.clone() lang=lang>{a.name.clone()}</option> }.into_any()
        })
        .collect();
    let topics = ds
        .topics()
        .iter()
        .filter(|x| used.contains(&x.id.as_str()))
        .map(|x| {
            let lang = ds.edition.lang_of("topic", &x.id, "label");
            view! { <option value=x.id.clone() lang=lang>{x.label.clone()}</option> }.into_any()
        })
        .collect();
    (actors, topics)
}

/// A checkbox per kind of event, on while the filters show that kind.
fn kind_boxes(state: State) -> Vec<impl IntoView> {
    let lang = state.lang;
    EventKind::ALL
        .into_iter()
        .map(|k| {
            let checked = move || state.filters.with(|f| f.kinds.contains(&k));
            view! {
                <label class=format!("sm-filters__kind sm-kind--{}", k.as_str())>
                    <input
                        type="checkbox"
                        prop:checked=checked
                        on:change=move |_| state.filters.update(|f| {
                            if let Some(i) = f.kinds.iter().position(|x| *x == k) {
                                f.kinds.remove(i);
                            } else {
                                f.kinds.push(k);
                            }
                        })
                    />
                    {kind_plural(lang, k)}
                </label>
            }
        })
        .collect()
}

/// A one-of select over actors or topics (`topic` picks which filter list it sets).
fn choice(
    state: State,
    label: &'static str,
    all: &'static str,
    testid: &'static str,
    options: Vec<AnyView>,
    topic: bool,
) -> impl IntoView {
    let first_of = |list: &Vec<String>| list.first().cloned().unwrap_or_default();
    let list = move |f: &Filters| {
        if topic {
            first_of(&f.topics)
        } else {
            first_of(&f.actors)
        }
    };
    view! {
        <label class="sm-filters__field">
            {label}
            <select
                data-testid=testid
                prop:value=move || state.filters.with(list)
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let v = if v.is_empty() { vec![] } else { vec![v] };
                    state.filters.update(|f| if topic { f.topics = v } else { f.actors = v });
                }
            >
                <option value="">{all}</option>
                {options}
            </select>
        </label>
    }
}

/// A date field that sets the filters' first day (or with `to`, their last).
fn date_input(state: State, label: &'static str, testid: &'static str, to: bool) -> impl IntoView {
    let value = move || {
        state
            .filters
            .with(|f| if to { f.to } else { f.from })
            .map(dates::iso)
            .unwrap_or_default()
    };
    view! {
        <label class="sm-filters__field">
            {label}
            <input
                type="date"
                data-testid=testid
                prop:value=value
                on:change=move |ev| {
                    let d = dates::parse_iso(&event_target_value(&ev));
                    state.filters.update(|f| if to { f.to = d } else { f.from = d });
                }
            />
        </label>
    }
}
