//! Only in the build's renderer: the answers to clicks on the opening map's buttons, rendered
//! from the same components as the live details panel, so the page can show them while the wasm
//! is still on the wire (web/boot.js). A reader on a slow phone taps a marker and sees its
//! details at once; when the wasm arrives, it replays the reader's clicks and takes over.
//!
//! The answers go into one `<template id="sm-early">` (inert: never laid out, never in the
//! accessibility tree), which `summitry-build` moves to the end of the page, so they never hold
//! up the first paint, and leaves out of the script embed and the single file.

use leptos::prelude::*;

use super::details_panel::{ChoiceList, EventDetails};
use crate::state::Choice;
use crate::store;

/// At most this many answers: the page's size must not grow with the dataset.
pub const MAX_ANSWERS: usize = 24;
/// A list to choose from is offered only up to this many events.
pub const MAX_CHOICE: usize = 12;

/// What a click on a button shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The details of one event.
    Event(String),
    /// A list of events to choose from.
    Choice(Choice),
}

impl Answer {
    /// The key the button's `data-early` and the template's `data-early` share.
    fn key(&self, testid: &str) -> String {
        match self {
            Answer::Event(id) => format!("e:{id}"),
            Answer::Choice(_) => format!("c:{testid}"),
        }
    }
}

/// The answers offered by the map's buttons during one render, in order: a context the widget's
/// root provides ([`provide_early_answers`]), so each render (the page's, the script embed's, each
/// language's) starts with none and nothing is left over for the next.
#[derive(Debug, Clone, Copy)]
struct Offered(StoredValue<Vec<(String, Answer)>>);

/// Starts the list of answers the map's buttons offer in this render (the widget's root calls it).
pub fn provide_early_answers() {
    provide_context(Offered(StoredValue::new(Vec::new())));
}

/// Offers the answer to a click on the button `testid`; returns the key the button carries, or
/// `None` when the page will not show this answer early (too many events, or too many answers, or
/// no list to offer it to).
pub fn offer(testid: &str, answer: Answer) -> Option<String> {
    if let Answer::Choice(c) = &answer {
        if c.events.len() > MAX_CHOICE {
            return None;
        }
    }
    let key = answer.key(testid);
    let Offered(offered) = use_context::<Offered>()?;
    offered
        .try_update_value(|o| {
            if o.iter().any(|(k, _)| *k == key) {
                return Some(key);
            }
            if o.len() >= MAX_ANSWERS {
                return None;
            }
            o.push((key.clone(), answer));
            Some(key)
        })
        .flatten()
}

/// The answers the map's buttons offered, and the details of every event a choice lists, as one
/// template. Rendered after the map, so every button has made its offer.
#[component]
pub fn EarlyAnswers() -> impl IntoView {
    let offered = use_context::<Offered>();
    move || {
        let mut answers = offered
            .and_then(|Offered(o)| o.try_update_value(std::mem::take))
            .unwrap_or_default();
        // A choice's events answer the reader's next click, within the same bound.
        let listed: Vec<String> = answers
            .iter()
            .filter_map(|(_, a)| match a {
                Answer::Choice(c) => Some(c.events.clone()),
                Answer::Event(_) => None,
            })
            .flatten()
            .collect();
        for id in listed {
            let key = format!("e:{id}");
            if answers.len() < MAX_ANSWERS && !answers.iter().any(|(k, _)| *k == key) {
                answers.push((key, Answer::Event(id)));
            }
        }
        let ds = store();
        let items: Vec<_> = answers
            .into_iter()
            .map(|(key, answer)| {
                let inner = match answer {
                    Answer::Event(id) => ds
                        .event(&id)
                        .map(|e| view! { <EventDetails event=e /> }.into_any()),
                    Answer::Choice(choice) => {
                        Some(view! { <ChoiceList choice=choice /> }.into_any())
                    }
                };
                view! { <div data-early=key>{inner}</div> }
            })
            .collect();
        view! { <template id="sm-early">{items}</template> }
    }
}
