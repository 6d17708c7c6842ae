//! Filtered events as a table, then every comparison as plain, ordered text.

use leptos::prelude::*;
use summitry_data::Event;
use summitry_model::compare::Alignment;
use summitry_model::dates::iso;
use summitry_model::i18n::{channel, kind, position, status, when};

use crate::compare::SourceLine;
use crate::{state::use_state, store};

/// The events table and comparisons in text.
#[component]
pub fn ListView() -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let ds = store();
    let events = move || state.shown.get();
    let row = move |e: &'static Event| {
        let place = e
            .place
            .as_deref()
            .and_then(|p| ds.place(p))
            .map(|p| p.name.clone())
            .unwrap_or_else(|| {
                if e.kind == summitry_data::EventKind::Call {
                    t.by_phone.to_string()
                } else {
                    t.no_place.to_string()
                }
            });
        let who = e
            .participants
            .iter()
            .filter_map(|a| ds.actor(a))
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let topics = e
            .topics
            .iter()
            .filter_map(|x| ds.topic(x))
            .map(|x| x.label_in(lang.tag()))
            .collect::<Vec<_>>()
            .join(", ");
        let status = status(lang, e.status);
        view! {
            <tr data-testid="list-row">
                <td><time datetime=iso(e.when.date)>{when(lang, &e.when)}</time></td>
                <th scope="row">
                    <a class="sm-link" href=format!("#event={}", e.id) lang="en">{e.title.clone()}</a>
                </th>
                <td>{kind(lang, e.kind)}{(!status.is_empty()).then(|| format!(" ({status})"))}</td>
                <td>{place}</td>
                <td>{who}</td>
                <td>{topics}</td>
            </tr>
        }
    };
    let comparisons: Vec<_> = ds
        .claims()
        .iter()
        .map(|c| {
            let a = Alignment::of(ds, c);
            let positions: Vec<_> = c
                .sides
                .iter()
                .map(|s| view! { <li>{s.label.clone()} ": " {position(lang, s.position).0} <span lang="en">{s.note.clone().map(|n| format!(" — {n}"))}</span></li> })
                .collect();
            let items: Vec<_> = a
                .stream()
                .into_iter()
                .map(|(i, s)| {
                    let who = ds.actor(&s.speaker).map(|a| a.name.clone()).unwrap_or_default();
                    let src = ds.source(&s.source).map(|x| view! { <SourceLine source=x /> });
                    let quote = if s.paraphrase { format!("(paraphrase) {}", s.quote) } else { format!("“{}”", s.quote) };
                    view! {
                        <li>
                            {when(lang, &s.when)} " — " {c.sides[i].label.clone()} ", " {who} " (" {channel(lang, s.channel)} "): "
                            <span lang="en">{quote}</span> " — " {src}
                        </li>
                    }
                })
                .collect();
            view! {
                <section class="sm-list__claim">
                    <h3 lang="en">{c.title.clone()}</h3>
                    <ul>{positions}</ul>
                    <ol>{items}</ol>
                </section>
            }
        })
        .collect();
    view! {
        <div class="sm-list" data-testid="list-view">
            <h2>{t.events_heading}</h2>
            <p class="sm-list__count" aria-live="polite">
                {move || (t.shown_of)(state.shown.with(Vec::len), ds.totals.events as usize)}
            </p>
            <div class="sm-list__scroll">
                <table class="sm-list__table" data-testid="events-table">
                    <caption class="sm-visually-hidden">{t.list_caption}</caption>
                    <thead>
                        <tr>
                            {t.list_columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=events key=|e| e.id.clone() children=row />
                    </tbody>
                </table>
            </div>
            <super::PlacesOnMap />
            <h2>{t.comparisons_heading}</h2>
            {comparisons}
        </div>
    }
}
