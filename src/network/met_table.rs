//! "Who met whom, how often, and when last": the table that stands in for the drawing, for
//! screen readers and print. It lists every pair, folded or not, a page of rows at a time, once
//! opened.

use leptos::prelude::*;
use summitry_model::dates::iso;
use summitry_model::i18n::long;
use summitry_model::list::{shown_rows, step, PAGE};
use summitry_model::network::{rows, Network};
use summitry_model::network_words::network_words;

use super::display_name;
use crate::{show_more::ShowMore, state::use_state, store};

/// One row as shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Line {
    ids: [String; 2],
    names: [String; 2],
    langs: [&'static str; 2],
    counts: [usize; 3],
    last: Option<time::Date>,
}

/// The table of pairs, in a disclosure that the `static` form (print) shows open.
#[component]
pub fn MetTable(full: Memo<Network<'static>>) -> impl IntoView {
    let state = use_state();
    let (w, lang) = (network_words(state.lang), state.lang);
    let ed = store().edition;
    let limit = RwSignal::new(PAGE);
    let lines = Memo::new(move |_| {
        full.with(|net| {
            rows(net)
                .into_iter()
                .map(|r| {
                    let (a, b) = (&net.nodes[r.a], &net.nodes[r.b]);
                    Line {
                        ids: [a.key(), b.key()],
                        names: [display_name(a, w), display_name(b, w)],
                        langs: [a, b].map(|n| ed.lang_of("actor", n.id, "name")),
                        counts: [r.meetings, r.calls, r.planned],
                        last: r.last,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    // Rows only once the reader opens the table (or in print): a closed table costs no DOM.
    let open = RwSignal::new(state.print);
    let shown = move || {
        if !open.get() {
            return Vec::new();
        }
        let mut v = lines.get();
        v.truncate(shown_rows(v.len(), limit.get(), state.print));
        v
    };
    // Nothing to add while the table is closed (its rows are not in the DOM).
    let adds = Signal::derive(move || {
        let total = if open.get() { lines.with(Vec::len) } else { 0 };
        step(total, limit.get(), state.print)
    });
    let row = move |l: Line| {
        let last = l.last.map_or_else(
            || view! { <td>{w.never}</td> }.into_any(),
            |d| view! { <td><time datetime=iso(d)>{long(lang, d)}</time></td> }.into_any(),
        );
        view! {
            <tr data-testid=format!("met-{}-{}", l.ids[0], l.ids[1]).replace(':', "-") data-ends=format!("{} {}", l.ids[0], l.ids[1])>
                <th scope="row" lang=l.langs[0]>{l.names[0].clone()}</th>
                <td lang=l.langs[1]>{l.names[1].clone()}</td>
                <td>{l.counts[0]}</td>
                <td>{l.counts[1]}</td>
                <td>{l.counts[2]}</td>
                {last}
            </tr>
        }
    };
    let columns: Vec<_> = w
        .columns
        .iter()
        .map(|c| view! { <th scope="col">{*c}</th> })
        .collect();
    view! {
        <details
            class="sm-met"
            open=state.print
            data-testid="met-table"
            on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                let now = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    .is_some_and(|d| d.open());
                if open.get_untracked() != now {
                    open.set(now);
                }
            }
        >
            <summary class="sm-met__summary">{w.table_summary}</summary>
            <table class="sm-table">
                <caption>{w.table_caption}</caption>
                <thead><tr>{columns}</tr></thead>
                <tbody>
                    <For each=shown key=|l| l.clone() children=row />
                </tbody>
            </table>
            <ShowMore step=adds limit class="sm-button" />
        </details>
    }
}
