//! Filtered events as a table, then every comparison as plain, ordered text.

use leptos::prelude::*;
use summitry_data::Event;
use summitry_model::compare::{position_badge, Alignment};
use summitry_model::dates;

use crate::labels::{channel_label, kind_label, status_label};
use crate::{dataset, state::use_state};

/// The events table and comparisons in text.
#[component]
pub fn ListView() -> impl IntoView {
    let state = use_state();
    let ds = dataset();
    let events = move || state.filters.with(|f| f.events(ds));
    let row = move |e: &'static Event| {
        let place = e
            .place
            .as_deref()
            .and_then(|p| ds.place(p))
            .map(|p| p.name.clone())
            .unwrap_or_else(|| {
                if e.kind == summitry_data::EventKind::Call {
                    "By phone".into()
                } else {
                    "Not given".into()
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
            .filter_map(|t| ds.topic(t))
            .map(|t| t.label.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let status = status_label(e.status);
        view! {
            <tr data-testid="list-row">
                <td><time datetime=dates::iso(e.when.date)>{dates::when(&e.when)}</time></td>
                <th scope="row">
                    <a class="sm-link" href=format!("#event={}", e.id)>{e.title.clone()}</a>
                </th>
                <td>{kind_label(e)}{(!status.is_empty()).then(|| format!(" ({status})"))}</td>
                <td>{place}</td>
                <td>{who}</td>
                <td>{topics}</td>
            </tr>
        }
    };
    let comparisons: Vec<_> = ds
        .claims
        .iter()
        .map(|c| {
            let a = Alignment::of(ds, c);
            let positions: Vec<_> = c
                .sides
                .iter()
                .map(|s| view! { <li>{s.label.clone()} ": " {position_badge(s.position).0} {s.note.clone().map(|n| format!(" — {n}"))}</li> })
                .collect();
            let items: Vec<_> = a
                .stream()
                .into_iter()
                .map(|(i, s)| {
                    let who = ds.actor(&s.speaker).map(|a| a.name.clone()).unwrap_or_default();
                    let src = ds.source(&s.source).map(|x| format!("{}, {}", x.outlet, dates::long(x.published))).unwrap_or_default();
                    let quote = if s.paraphrase { format!("(paraphrase) {}", s.quote) } else { format!("“{}”", s.quote) };
                    view! {
                        <li>
                            {dates::when(&s.when)} " — " {c.sides[i].label.clone()} ", " {who} " (" {channel_label(s.channel)} "): "
                            {quote} " — " <cite>{src}</cite>
                        </li>
                    }
                })
                .collect();
            view! {
                <section class="sm-list__claim">
                    <h3>{c.title.clone()}</h3>
                    <ul>{positions}</ul>
                    <ol>{items}</ol>
                </section>
            }
        })
        .collect();
    view! {
        <div class="sm-list" data-testid="list-view">
            <h2>"Events"</h2>
            <p class="sm-list__count" aria-live="polite">
                {move || format!("{} of {} events", events().len(), ds.events.len())}
            </p>
            <div class="sm-list__scroll">
                <table class="sm-list__table" data-testid="events-table">
                    <caption class="sm-visually-hidden">"Events in time order, with the filters applied"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col">"Event"</th>
                            <th scope="col">"Kind"</th>
                            <th scope="col">"Place"</th>
                            <th scope="col">"Participants"</th>
                            <th scope="col">"Topics"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=events key=|e| e.id.clone() children=row />
                    </tbody>
                </table>
            </div>
            <h2>"Comparisons"</h2>
            {comparisons}
        </div>
    }
}
