//! Every comparison as plain, ordered text: each side's position, then its statements in time
//! order, behind a toggle per comparison.

use leptos::prelude::*;
use summitry_data::Claim;
use summitry_model::compare::Alignment;
use summitry_model::i18n::{channel, position, when};

use crate::compare::SourceLine;
use crate::state::{use_state, State};
use crate::store;

/// Comparisons start open when they quote at most this many statements in all.
const OPEN_STATEMENTS: usize = 100;

/// The comparisons in text, one section each.
#[component]
pub fn ClaimsText() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let ds = store();
    // A small dataset's comparisons start open, as they always were.
    let quoted: usize = ds
        .claims()
        .iter()
        .flat_map(|c| &c.sides)
        .map(|s| s.statements.len())
        .sum();
    let start_open = quoted <= OPEN_STATEMENTS;
    ds.claims()
        .iter()
        .map(|c| {
            // Print (the static form) shows them all, open.
            let open = RwSignal::new(start_open || state.print);
            view! {
                <section class="sm-list__claim" class:sm-list__claim--closed=move || !open.get()>
                    <h3>
                        <button
                            type="button"
                            class="sm-list__toggle"
                            lang=ds.edition.lang_of("claim", &c.id, "title")
                            aria-expanded=move || if open.get() { "true" } else { "false" }
                            data-testid=format!("claim-toggle-{}", c.id)
                            on:click=move |_| open.update(|o| *o = !*o)
                        >
                            {c.title.clone()}
                        </button>
                    </h3>
                    // Shown once all of it has arrived (the list fetches every chunk), never
                    // by halves.
                    {move || {
                        open.get()
                            .then(|| {
                                state.data.track();
                                if ds.has_claim(c) {
                                    claim_body(state, c).into_any()
                                } else {
                                    view! { <p class="sm-chunks__loading">{t.loading_more}</p> }
                                        .into_any()
                                }
                            })
                    }}
                </section>
            }
        })
        .collect::<Vec<_>>()
}

/// A comparison's positions and statements, in text. A large dataset has dozens, each with
/// hundreds of statements: the page form opens them one at a time; print shows all.
fn claim_body(state: State, c: &'static Claim) -> impl IntoView {
    let lang = state.lang;
    let ds = store();
    let a = Alignment::of(ds, c);
    let positions: Vec<_> = c
        .sides
        .iter()
        .map(|s| view! { <li>{s.label.clone()} ": " {position(lang, s.position).0} <span lang=ds.edition.lang_of("claim", &c.id, &format!("side.{}.note", s.side))>{s.note.clone().map(|n| format!(" — {n}"))}</span></li> })
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
        <ul>{positions}</ul>
        <ol>{items}</ol>
    }
}
