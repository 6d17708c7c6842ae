//! One comparison: a column per side on a shared time axis (one stream on narrow screens).

use leptos::prelude::*;
use summitry_data::{Claim, ClaimKind, Precision};
use summitry_model::compare::{first_about_event, group_cards, Alignment};
use summitry_model::i18n::Texts;
use summitry_model::i18n::{position, when};

use super::readout_matrix::ReadoutMatrixTable;
use super::statement_card::StatementCard;
use crate::{corrected::Corrected, state::use_state, store};

fn gap_label(t: &Texts, days: Option<i64>, precision: Precision) -> Option<String> {
    match (days, precision) {
        (Some(d), Precision::Day) if d >= 1 => Some((t.days_later)(d)),
        _ => None,
    }
}

/// The sides of `claim` side by side, statements aligned in time.
#[component]
pub fn ClaimColumns(claim: &'static Claim) -> impl IntoView {
    let ds = store();
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let alignment = Alignment::of(ds, claim);
    let n = claim.sides.len();
    let claim_id = claim.id.as_str();
    let badges: Vec<_> = claim
        .sides
        .iter()
        .map(|s| {
            let (words, symbol) = position(lang, s.position);
            // A stance that rests only on the article's paraphrase says so on its badge.
            let reported = s.position.is_stance()
                && !s.statements.is_empty()
                && s.statements
                    .iter()
                    .filter_map(|id| ds.statement(id))
                    .all(|st| st.paraphrase);
            view! {
                <li class="sm-sides__side" data-testid=format!("side-{}", s.side)>
                    <span class="sm-sides__label" lang=ds.edition.lang_of("claim", claim_id, &format!("side.{}.label", s.side))>{s.label.clone()}</span>
                    <span class=format!("sm-badge sm-badge--{}", s.position.as_str())>
                        <span aria-hidden="true">{symbol}" "</span>
                        {words}
                        {reported.then(|| format!(" ({})", t.as_reported))}
                    </span>
                    {s.note.clone().map(|note| view! { <p class="sm-sides__note" lang=ds.edition.lang_of("claim", claim_id, &format!("side.{}.note", s.side))>{note}</p> })}
                </li>
            }
        })
        .collect();
    let heads: Vec<_> = claim
        .sides
        .iter()
        .map(|s| view! { <div class="sm-grid__head" role="columnheader">{s.label.clone()}</div> })
        .collect();
    // Cards in reading order (row by row, side by side), so only the first about an event links it.
    let cards: Vec<Vec<Vec<Vec<&'static summitry_data::Statement>>>> = alignment
        .rows
        .iter()
        .map(|row| row.cells.iter().map(|c| group_cards(c)).collect())
        .collect();
    let flat: Vec<Vec<&summitry_data::Statement>> =
        cards.iter().flatten().flatten().cloned().collect();
    let mut links = first_about_event(&flat).into_iter();
    let rows: Vec<_> = alignment
        .rows
        .iter()
        .zip(cards)
        .map(|(row, row_cards)| {
            let label = when(lang, &summitry_data::When { date: row.date, precision: row.precision, end: None });
            let gap = gap_label(t, row.days_after_previous, row.precision);
            let cells: Vec<_> = row_cards
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    let side = claim.sides[i].label.clone();
                    let empty = cell.is_empty();
                    let cards: Vec<_> = cell
                        .into_iter()
                        .map(|group| {
                            let link = links.next().unwrap_or(false);
                            view! { <StatementCard statements=group side_label=side.clone() show_event=link /> }
                        })
                        .collect();
                    view! {
                        <div class="sm-grid__cell" class:sm-grid__cell--empty=empty role="cell">
                            {cards}
                        </div>
                    }
                })
                .collect();
            view! {
                <div class="sm-grid__row" role="row">
                    <div class="sm-grid__date" role="rowheader">
                        <time datetime=summitry_model::dates::iso(row.date)>{label}</time>
                        {gap.map(|g| view! { <span class="sm-grid__gap">{g}</span> })}
                    </div>
                    {cells}
                </div>
            }
        })
        .collect();
    let matrix =
        (claim.kind == ClaimKind::Readout).then(|| view! { <ReadoutMatrixTable claim=claim /> });
    let event_link = claim.event.as_deref().and_then(|e| ds.event(e)).map(|e| {
        view! {
            <p class="sm-compare__event">
                <a class="sm-link" href=format!("#event={}", e.id)>{t.open_on_map} <span lang=ds.edition.lang_of("event", &e.id, "title")>{e.title.clone()}</span></a>
            </p>
        }
    });
    view! {
        <section class="sm-compare__claim" data-testid=format!("claim-{}", claim.id) aria-labelledby="sm-claim-title">
            <h2 class="sm-compare__title" id="sm-claim-title" lang=ds.edition.lang_of("claim", &claim.id, "title")>{claim.title.clone()}</h2>
            <p class="sm-compare__summary" lang=ds.edition.lang_of("claim", &claim.id, "summary")>{claim.summary.clone()}</p>
            <Corrected kind="claim" id=claim.id.as_str() corrections=&claim.corrections />
            {event_link}
            <ul class="sm-sides" aria-label=t.positions>{badges}</ul>
            {matrix}
            <div
                class="sm-grid"
                role="table"
                aria-label=format!("{}: {}", t.statements_in_order, claim.title)
                style:--sm-sides=n.to_string()
            >
                <div class="sm-grid__row sm-grid__row--head" role="row">
                    <div class="sm-grid__head" role="columnheader">{t.date}</div>
                    {heads}
                </div>
                {rows}
            </div>
        </section>
    }
}
