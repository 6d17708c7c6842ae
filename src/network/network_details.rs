//! The panel beside the drawing: a person's events, whom they met and what they said; a pair's
//! shared events. (A group is opened in the drawing, not shown here.)

use leptos::prelude::*;
use summitry_data::Event;
use summitry_model::compare::group_cards;
use summitry_model::dates::iso;
use summitry_model::i18n::{kind, when};
use summitry_model::network::{events_between, events_of, Network};
use summitry_model::network_words::network_words;

use super::{display_name, said, selected_node, selected_pair};
use crate::compare::StatementCard;
use crate::{state::use_state, store};

/// The details of what is selected in the drawing; an invitation when nothing is.
#[component]
pub fn NetworkDetails(full: Memo<Network<'static>>) -> impl IntoView {
    let state = use_state();
    let w = network_words(state.lang);
    let t = state.t();
    let body = move || {
        let who = state.who.get();
        // A selected actor is found in the whole network, even when the drawing folds them.
        let node = full.with(|net| selected_node(net, &who));
        let pair = full
            .with(|net| selected_pair(net, &who).map(|(a, b)| (a, b, events_between(net, a, b))));
        match (node, pair) {
            (Some(i), _) => view! { <ActorDetails full=full node=i /> }.into_any(),
            (None, Some((a, b, events))) => {
                let names = full.with(|net| {
                    [
                        display_name(&net.nodes[a], w),
                        display_name(&net.nodes[b], w),
                    ]
                });
                view! { <PairDetails names=names events=events /> }.into_any()
            }
            _ => view! { <p class="sm-panel__empty">{w.panel_empty}</p> }.into_any(),
        }
    };
    view! {
        <aside class="sm-panel sm-netpanel" aria-label=t.details data-testid="network-details" aria-live="polite">
            {body}
        </aside>
    }
}

/// One event as a line of the panel: date, kind, place, and a link to it on the map.
fn event_line(e: &'static Event) -> impl IntoView {
    let state = use_state();
    let (lang, w) = (state.lang, network_words(state.lang));
    let ds = store();
    let ed = ds.edition;
    let place = e.place.as_deref().and_then(|p| ds.place(p)).map(|p| {
        view! { ", " <span lang=ed.lang_of("place", &p.id, "name")>{p.name.clone()}</span> }
    });
    let id = e.id.clone();
    view! {
        <li data-testid=format!("net-event-{}", e.id)>
            <time datetime=iso(e.when.date)>{when(lang, &e.when)}</time>
            " · " {kind(lang, e.kind)} {place} ": "
            <span lang=ed.lang_of("event", &e.id, "title")>{e.title.clone()}</span>
            " "
            <button type="button" class="sm-link-button" on:click=move |_| state.open_event(&id)>
                {w.open_on_map}
            </button>
        </li>
    }
}

/// What the panel says of one actor.
#[component]
fn ActorDetails(full: Memo<Network<'static>>, node: usize) -> impl IntoView {
    let state = use_state();
    let w = network_words(state.lang);
    let ds = store();
    let ed = ds.edition;
    let (n, events, partners) = full.with_untracked(|net| {
        let n = net.nodes[node].clone();
        let partners: Vec<(String, String, String)> = net
            .edges_of(node)
            .into_iter()
            .filter_map(|e| net.edges[e].other(node))
            .fold(Vec::new(), |mut seen: Vec<usize>, o| {
                if !seen.contains(&o) {
                    seen.push(o);
                }
                seen
            })
            .into_iter()
            .map(|o| {
                let other = &net.nodes[o];
                let shared = events_between(net, node, o);
                (
                    other.id.to_string(),
                    display_name(other, w),
                    said(w, &shared),
                )
            })
            .collect();
        (n, events_of(net, node), partners)
    });
    let actor = ds.actor(n.id);
    let name = n.name.to_string();
    let statements: Vec<_> = events
        .iter()
        .flat_map(|e| ds.statements_of_event(&e.id))
        .filter(|s| s.speaker == n.id)
        .collect();
    let cards: Vec<_> = group_cards(&statements)
        .into_iter()
        .map(|g| view! { <StatementCard statements=g side_label=String::new() show_date=true /> })
        .collect();
    let me = n.id.to_string();
    let partner_items: Vec<_> = partners
        .into_iter()
        .map(|(id, other, together)| {
            let pair = vec![me.clone(), id.clone()];
            view! {
                <li>
                    <button type="button" class="sm-link-button" data-testid=format!("partner-{id}") on:click=move |_| state.who.set(pair.clone())>
                        {other}
                    </button>
                    ": " {together}
                </li>
            }
        })
        .collect();
    let only = n.id.to_string();
    view! {
        <article class="sm-details" data-testid=format!("actor-{}", n.id)>
            <h2 lang=ed.lang_of("actor", n.id, "name")>{name.clone()}</h2>
            {actor.and_then(|a| a.role.clone()).map(|r| view! { <p lang=ed.lang_of("actor", n.id, "role")>{r}</p> })}
            <p>{said(w, &events)}</p>
            <button type="button" class="sm-button" data-testid="only-met" on:click=move |_| {
                state.filters.update(|f| f.actors = vec![only.clone()]);
            }>
                {(w.only_met)(&name)}
            </button>
            <ul class="sm-netpanel__partners">{partner_items}</ul>
            <h3>{w.events_heading}</h3>
            <ul class="sm-netpanel__events">{events.into_iter().map(event_line).collect::<Vec<_>>()}</ul>
            {(!cards.is_empty()).then(|| view! { <h3>{(w.statements_by)(&name)}</h3> <div class="sm-netpanel__statements">{cards}</div> })}
        </article>
    }
}

/// What the panel says of a pair: their shared events.
#[component]
fn PairDetails(names: [String; 2], events: Vec<&'static Event>) -> impl IntoView {
    let state = use_state();
    let w = network_words(state.lang);
    view! {
        <article class="sm-details" data-testid="pair-details">
            <h2>{(w.pair)(&names[0], &names[1])}</h2>
            <p>{said(w, &events)}</p>
            <h3>{w.events_heading}</h3>
            <ul class="sm-netpanel__events">{events.into_iter().map(event_line).collect::<Vec<_>>()}</ul>
        </article>
    }
}
