//! The details of the selected event: when, where, who, what, every statement, and the
//! comparisons that cite it.
//!
//! Shown only once a reader selects something, so with the `split` feature (`cargo xtask dist`)
//! the details and the list to choose from are a split module of their own (`details`, on the
//! pattern of src/lazy_views.rs), fetched when a reader's pointer or focus enters the map view
//! ([`warm`]) or, failing that, at their first selection. Until it is in, the panel
//! shows the build's early answer for the selection when the page has one (src/map/early_answers.rs:
//! the same markup, so the take-over after a click before the wasm changes nothing on screen, and
//! its buttons answer), else says it is loading.

use leptos::prelude::*;
use summitry_data::{Event, EventKind};
use summitry_model::compare::group_cards;
use summitry_model::dates::iso;
use summitry_model::i18n::{kind, status, when};
use summitry_model::map::siblings;

use crate::compare::{side_names, SourceLine, StatementCard};
use crate::state::{use_state, Choice};
use crate::{corrected::Corrected, store};

/// The panel beside the map; an invitation to choose an event when none is selected.
#[component]
pub fn DetailsPanel() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let ds = store();
    let selected = move || {
        // A linked event may arrive with a chunk.
        state.data.track();
        state
            .event
            .with(|e| e.as_deref().and_then(|id| ds.event(id)))
    };
    view! {
        <aside class="sm-panel" aria-label=t.details data-testid="details-panel" aria-live="polite">
            {move || match (selected(), state.choice.get()) {
                (Some(e), _) => shown(Shown::Event(e)),
                (None, Some(choice)) => shown(Shown::Choice(choice)),
                (None, None) => {
                    view! {
                        <p class="sm-panel__empty">
                            {t.panel_empty}
                        </p>
                    }
                        .into_any()
                }
            }}
        </aside>
    }
}

/// What the panel shows of a selection.
#[derive(Clone)]
enum Shown {
    Event(&'static Event),
    Choice(Choice),
}

/// The panel's contents for `what`: built here, or by the `details` module in a split build.
fn shown(what: Shown) -> AnyView {
    #[cfg(feature = "split")]
    {
        split::shown(what)
    }
    #[cfg(not(feature = "split"))]
    {
        build(what)
    }
}

fn build(what: Shown) -> AnyView {
    match what {
        Shown::Event(e) => view! { <EventDetails event=e /> }.into_any(),
        Shown::Choice(choice) => view! { <ChoiceList choice=choice /> }.into_any(),
    }
}

/// Starts fetching the details' module when a reader shows they may select an event (a pointer
/// or focus in the map view: src/map/map_view.rs), not before, and not under Save-Data.
pub fn warm() {
    #[cfg(feature = "split")]
    split::DETAILS.warm();
}

#[cfg(feature = "split")]
mod split {
    use leptos::prelude::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};
    use wasm_bindgen::JsCast;

    use super::Shown;
    use crate::lazy_views::{on_demand, Module};
    use crate::state::{use_state, State};

    /// The `details` module.
    pub static DETAILS: Module = Module::new(|| Box::pin(fetch_details()));

    // One split function for both, so one loader: once `fetch_details` is in, it builds at once.
    // Boxed, as the call crosses the split's `extern "C"` boundary.
    #[wasm_split(details, wasm_split_path = ::leptos::wasm_split, preload(fetch_details), fallible)]
    fn details_view(what: Box<Shown>) -> Result<AnyView, SplitLoaderError> {
        Ok(super::build(*what))
    }

    pub(super) fn shown(what: Shown) -> AnyView {
        let key = match &what {
            Shown::Event(e) => Some(format!("e:{}", e.id)),
            Shown::Choice(_) => None,
        };
        let events = match &what {
            Shown::Choice(c) => c.events.clone(),
            Shown::Event(_) => Vec::new(),
        };
        let state = use_state();
        let pending = move || match early(key.as_deref(), &events) {
            Some(html) => {
                view! { <div on:click=move |ev| answer(state, ev) inner_html=html></div> }
                    .into_any()
            }
            None => crate::lazy_views::loading(),
        };
        on_demand(
            &DETAILS,
            move || Box::pin(details_view(Box::new(what.clone()))),
            pending,
        )
    }

    /// The markup of the build's early answer for the event `key` (`e:<id>`), or for the list of
    /// `events` to choose from, if the page has one (`<template id="sm-early">`).
    fn early(key: Option<&str>, events: &[String]) -> Option<String> {
        // The template's content, parsed once with the page (as web/boot.js reads it), rather
        // than its markup parsed again into a scratch element at each look-up.
        let template = document()
            .get_element_by_id("sm-early")?
            .dyn_into::<web_sys::HtmlTemplateElement>()
            .ok()?;
        let answers = template.content().query_selector_all("[data-early]").ok()?;
        (0..answers.length())
            .filter_map(|i| answers.item(i)?.dyn_into::<web_sys::Element>().ok())
            .find(|a| {
                let k = a.get_attribute("data-early").unwrap_or_default();
                match key {
                    Some(key) => k == key,
                    None => k.starts_with("c:") && choices(a) == events,
                }
            })
            .map(|a| a.inner_html())
    }

    /// The events an early answer's list offers, in order.
    fn choices(answer: &web_sys::Element) -> Vec<String> {
        let Ok(buttons) = answer.query_selector_all("[data-testid^=\"choose-\"]") else {
            return Vec::new();
        };
        (0..buttons.length())
            .filter_map(|i| buttons.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|b| b.get_attribute("data-testid"))
            .filter_map(|id| id.strip_prefix("choose-").map(str::to_string))
            .collect()
    }

    /// A click in an early answer shown while the module loads does what the live panel's
    /// buttons do: choose an event, or close.
    fn answer(state: State, ev: web_sys::MouseEvent) {
        let Some(id) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button[data-testid]").ok().flatten())
            .and_then(|b| b.get_attribute("data-testid"))
        else {
            return;
        };
        if id == "details-close" {
            state.event.set(None);
        } else if let Some(event) = id.strip_prefix("choose-") {
            state.event.set(Some(event.to_string()));
        }
    }
}

/// The events of a marker with several: one button each.
#[component]
pub(super) fn ChoiceList(choice: Choice) -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let ds = store();
    let items: Vec<_> = choice
        .events
        .iter()
        .filter_map(|id| ds.event(id))
        .map(|e| {
            let id = e.id.clone();
            view! {
                <li>
                    <button type="button" class="sm-link-button" data-testid=format!("choose-{}", e.id) on:click=move |_| state.event.set(Some(id.clone()))>
                        <span lang=ds.edition.lang_of("event", &e.id, "title")>{e.title.clone()}</span> " (" {kind(lang, e.kind)} ", " {when(lang, &e.when)} ")"
                    </button>
                </li>
            }
        })
        .collect();
    view! {
        <div class="sm-choice" data-testid="choice">
            <h2 class="sm-details__title">{(t.events_at)(choice.events.len(), &choice.title)}</h2>
            <p class="sm-panel__empty">{t.choose_one}</p>
            <ul class="sm-details__others">{items}</ul>
        </div>
    }
}

/// Everything the dataset knows about one event.
#[component]
pub(super) fn EventDetails(event: &'static Event) -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let ds = store();
    let ed = ds.edition;
    let place = event.place.as_deref().and_then(|p| ds.place(p));
    // A place's name is the dataset's (English where a translation lacks it); the others are
    // the interface's words.
    let (where_, where_lang) = match (place, event.kind) {
        (Some(p), _) => (p.name.clone(), Some(ed.lang_of("place", &p.id, "name"))),
        (None, EventKind::Call) => (t.by_phone.to_string(), None),
        (None, _) => (t.no_place.to_string(), None),
    };
    let status = status(lang, event.status);
    let people: Vec<_> = event
        .participants
        .iter()
        .filter_map(|a| ds.actor(a))
        .map(|a| view! {
            <li>
                <strong lang=ed.lang_of("actor", &a.id, "name")>{a.name.clone()}</strong>
                {a.role.clone().map(|r| view! { <span lang=ed.lang_of("actor", &a.id, "role")>", " {r}</span> })}
            </li>
        })
        .collect();
    let topics: Vec<_> = event
        .topics
        .iter()
        .filter_map(|x| ds.topic(x))
        .map(|x| view! { <li class="sm-tag" lang=ed.lang_of("topic", &x.id, "label")>{x.label.clone()}</li> })
        .collect();
    let statements: Vec<_> = group_cards(&ds.statements_of_event(&event.id))
        .into_iter()
        .map(|group| {
            let side = ds
                .actor(&group[0].speaker)
                .and_then(|a| ds.side(&a.side))
                .map(|s| s.label.clone())
                .unwrap_or_default();
            view! { <StatementCard statements=group side_label=side show_event=false show_date=true /> }
        })
        .collect();
    let claims: Vec<_> = ds
        .claims_citing_event(&event.id)
        .into_iter()
        .map(|c| {
            view! {
                <li>
                    <a class="sm-link" href=format!("#view=compare&claim={}", c.id) lang=ed.lang_of("claim", &c.id, "title")>{c.title.clone()}</a>
                    " (" {side_names(c)} ")"
                </li>
            }
        })
        .collect();
    let shown = state.shown.get_untracked();
    let others: Vec<_> = siblings(ds, event, &shown)
        .into_iter()
        .map(|o| {
            let id = o.id.clone();
            view! {
                <li>
                    <button type="button" class="sm-link-button" data-testid=format!("choose-{}", o.id) on:click=move |_| state.event.set(Some(id.clone()))>
                        <span lang=ds.edition.lang_of("event", &o.id, "title")>{o.title.clone()}</span> " (" {when(lang, &o.when)} ")"
                    </button>
                </li>
            }
        })
        .collect();
    let sources: Vec<_> = event
        .sources
        .iter()
        .filter_map(|s| ds.source(s))
        .map(|s| view! { <li><SourceLine source=s /></li> })
        .collect();
    let has_statements = !statements.is_empty();
    let has_claims = !claims.is_empty();
    let has_others = !others.is_empty();
    view! {
        <article class="sm-details" data-testid=format!("details-{}", event.id) aria-labelledby="sm-details-title">
            <div class="sm-details__top">
                <p class="sm-details__kind">
                    {kind(lang, event.kind)}
                    {(!status.is_empty()).then(|| view! { <span class="sm-badge sm-badge--status">{status}</span> })}
                </p>
                <button type="button" class="sm-details__close" aria-label=t.close data-testid="details-close" on:click=move |_| state.event.set(None)>"×"</button>
            </div>
            <h2 class="sm-details__title" id="sm-details-title" tabindex="-1" lang=ed.lang_of("event", &event.id, "title")>{event.title.clone()}</h2>
            <dl class="sm-details__facts">
                <dt>{t.facts[0]}</dt>
                <dd>
                    <time datetime=iso(event.when.date)>{when(lang, &event.when)}</time>
                    {event.date_basis.clone().map(|b| view! { <span class="sm-details__basis" lang=ed.lang_of("event", &event.id, "date_basis")>" — " {b}</span> })}
                </dd>
                <dt>{t.facts[1]}</dt>
                <dd>
                    <span lang=where_lang>{where_}</span>
                    {event.place_basis.clone().map(|b| view! { <span class="sm-details__basis" lang=ed.lang_of("event", &event.id, "place_basis")>" — " {b}</span> })}
                </dd>
                <dt>{t.facts[2]}</dt>
                <dd><ul class="sm-details__people" data-testid="participants">{people}</ul></dd>
                <dt>{t.facts[3]}</dt>
                <dd><ul class="sm-tags">{topics}</ul></dd>
                {event.outcome.clone().map(|o| view! { <dt>{t.facts[4]}</dt><dd data-testid="outcome" lang=ed.lang_of("event", &event.id, "outcome")>{o}</dd> })}
            </dl>
            <p class="sm-details__summary" lang=ed.lang_of("event", &event.id, "summary")>{event.summary.clone()}</p>
            <Corrected kind="event" id=event.id.as_str() corrections=&event.corrections />
            {has_claims.then(|| view! {
                <h3>{t.compared_in}</h3>
                <ul class="sm-details__claims">{claims}</ul>
            })}
            {has_statements.then(|| view! {
                <h3>{t.what_was_said}</h3>
                <div class="sm-details__statements">{statements}</div>
            })}
            {has_others.then(|| view! {
                <h3>{t.also_here}</h3>
                <ul class="sm-details__others">{others}</ul>
            })}
            <h3>{t.facts_sources}</h3>
            <ul class="sm-details__sources">{sources}</ul>
        </article>
    }
}
