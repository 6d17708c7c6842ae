//! Filtered events as a table, then every comparison as plain, ordered text. The table shows a
//! page of rows at a time ("Show more" adds the next), sortable by date, kind and place; the
//! `static` form (print) shows every row.

use leptos::prelude::*;
use summitry_data::Event;
use summitry_model::compare::Alignment;
use summitry_model::dates::iso;
use summitry_model::i18n::{channel, kind, position, status, when};
use summitry_model::list::{sorted, Sort, SortKey, PAGE};

use crate::chunks::ChunkStatus;
use crate::compare::SourceLine;
use crate::{state::use_state, store};

/// Comparisons start open when they quote at most this many statements in all.
const OPEN_STATEMENTS: usize = 100;

/// The columns a reader can sort by, with their index in the table's columns.
const SORTABLE: [(usize, SortKey, &str); 3] = [
    (0, SortKey::Date, "sort-date"),
    (2, SortKey::Kind, "sort-kind"),
    (3, SortKey::Place, "sort-place"),
];

/// The events table and comparisons in text.
#[component]
pub fn ListView() -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let ds = store();
    let sort = RwSignal::new(Sort::default());
    let limit = RwSignal::new(PAGE);
    let all_rows = Memo::new(move |_| state.shown.with(|evs| sorted(ds, evs, sort.get())));
    let events = move || {
        let mut v = all_rows.get();
        if !state.print {
            v.truncate(limit.get());
        }
        v
    };
    let more = move || all_rows.with(Vec::len).saturating_sub(limit.get());
    let header = move |(i, c): (usize, &'static str)| {
        let Some((_, key, testid)) = SORTABLE.into_iter().find(|(j, _, _)| *j == i) else {
            return view! { <th scope="col">{c}</th> }.into_any();
        };
        view! {
            <th scope="col" aria-sort=move || sort.get().aria(key)>
                <button
                    type="button"
                    class="sm-sort"
                    data-testid=testid
                    on:click=move |_| {
                        sort.update(|s| *s = s.toggled(key));
                        limit.set(PAGE);
                    }
                >
                    {c}
                </button>
            </th>
        }
        .into_any()
    };
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
            .map(|x| x.label.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let status = status(lang, e.status);
        view! {
            <tr data-testid="list-row">
                <td><time datetime=iso(e.when.date)>{when(lang, &e.when)}</time></td>
                <th scope="row">
                    <a class="sm-link" href=format!("#event={}", e.id) lang=ds.edition.lang_of("event", &e.id, "title")>{e.title.clone()}</a>
                </th>
                <td>{kind(lang, e.kind)}{(!status.is_empty()).then(|| format!(" ({status})"))}</td>
                <td>{place}</td>
                <td>{who}</td>
                <td>{topics}</td>
            </tr>
        }
    };
    // Each comparison's positions and statements, in text. A large dataset has dozens, each
    // with hundreds of statements: the page form opens them one at a time; print shows all.
    let claim_body = move |c: &'static summitry_data::Claim| {
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
    };
    // A small dataset's comparisons start open, as they always were.
    let quoted: usize = ds
        .claims()
        .iter()
        .flat_map(|c| &c.sides)
        .map(|s| s.statements.len())
        .sum();
    let start_open = quoted <= OPEN_STATEMENTS;
    let comparisons: Vec<_> = ds
        .claims()
        .iter()
        .map(|c| {
            // Print (the static form) shows them all, open.
            let open = RwSignal::new(start_open || state.print);
            view! {
                <section class="sm-list__claim">
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
                                    claim_body(c).into_any()
                                } else {
                                    view! { <p class="sm-chunks__loading">{t.loading_more}</p> }
                                        .into_any()
                                }
                            })
                    }}
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
            <ChunkStatus />
            <div class="sm-list__scroll">
                <table class="sm-list__table" data-testid="events-table">
                    <caption class="sm-visually-hidden">{t.list_caption}</caption>
                    <thead>
                        <tr>
                            {t.list_columns.into_iter().enumerate().map(header).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=events key=|e| e.id.clone() children=row />
                    </tbody>
                </table>
            </div>
            {move || {
                let n = more().min(PAGE);
                (!state.print && n > 0)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="sm-button sm-list__more"
                                data-testid="list-more"
                                on:click=move |_| limit.update(|l| *l += PAGE)
                            >
                                {(t.show_more)(n)}
                            </button>
                        }
                    })
            }}
            <super::PlacesOnMap />
            <h2>{t.comparisons_heading}</h2>
            {comparisons}
        </div>
    }
}
