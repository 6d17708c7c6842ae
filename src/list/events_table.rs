//! The filtered events as a table: a page of rows at a time ("Show more" adds the next),
//! sortable by date, kind and place; the `static` form (print) shows every row.

use leptos::prelude::*;
use summitry_data::Event;
use summitry_model::dates::iso;
use summitry_model::i18n::{kind, status, when};
use summitry_model::list::{shown_rows, sorted, step, Sort, SortKey, PAGE};

use crate::show_more::ShowMore;
use crate::state::{use_state, State};
use crate::store;

/// The columns a reader can sort by, with their index in the table's columns.
const SORTABLE: [(usize, SortKey, &str); 3] = [
    (0, SortKey::Date, "sort-date"),
    (2, SortKey::Kind, "sort-kind"),
    (3, SortKey::Place, "sort-place"),
];

/// The events table and its "Show more" button.
#[component]
pub fn EventsTable() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let ds = store();
    let sort = RwSignal::new(Sort::default());
    let limit = RwSignal::new(PAGE);
    let all_rows = Memo::new(move |_| state.shown.with(|evs| sorted(ds, evs, sort.get())));
    let events = move || {
        let mut v = all_rows.get();
        v.truncate(shown_rows(v.len(), limit.get(), state.print));
        v
    };
    let adds = Signal::derive(move || all_rows.with(|v| step(v.len(), limit.get(), state.print)));
    let header = move |column: (usize, &'static str)| column_header(column, sort, limit);
    view! {
        <div class="sm-list__scroll">
            <table class="sm-list__table" data-testid="events-table">
                <caption class="sm-visually-hidden">{t.list_caption}</caption>
                <thead>
                    <tr>
                        {t.list_columns.into_iter().enumerate().map(header).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <For each=events key=|e| e.id.clone() children=move |e| event_row(state, e) />
                </tbody>
            </table>
        </div>
        <ShowMore step=adds limit class="sm-button sm-list__more" testid="list-more" />
    }
}

/// Column `i`'s header, titled `c`: a button that sorts by it, for the sortable columns (back to
/// the first page of rows).
fn column_header(
    (i, c): (usize, &'static str),
    sort: RwSignal<Sort>,
    limit: RwSignal<usize>,
) -> AnyView {
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
}

/// An event's row: date, title (a link to it on the map), kind, place, who took part, topics.
fn event_row(state: State, e: &'static Event) -> impl IntoView {
    let (t, lang) = (state.t(), state.lang);
    let ds = store();
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
}
