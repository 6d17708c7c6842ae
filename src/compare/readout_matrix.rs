//! Topics by side for one event's readouts, with what only one side raised called out.

use leptos::prelude::*;
use summitry_data::Claim;
use summitry_model::compare::ReadoutMatrix;

use crate::{state::use_state, store};

/// The readout matrix of a readout comparison.
#[component]
pub fn ReadoutMatrixTable(claim: &'static Claim) -> impl IntoView {
    let ds = store();
    let state = use_state();
    let t = state.t();
    let m = ReadoutMatrix::of(ds, claim);
    let label = |id: &str| ds.topic(id).map(|x| x.label.clone()).unwrap_or_default();
    let callouts: Vec<_> = claim
        .sides
        .iter()
        .enumerate()
        .filter_map(|(i, side)| {
            let only: Vec<String> = m.only_by(i).map(label).collect();
            (!only.is_empty()).then(|| {
                view! {
                    <li>
                        <strong>{(t.only_raised)(&side.label)}</strong>
                        {only.join(", ")}
                    </li>
                }
            })
        })
        .collect();
    let heads: Vec<_> = claim
        .sides
        .iter()
        .zip(&m.silent)
        .map(|(s, silent)| {
            view! {
                <th scope="col">
                    {s.label.clone()}
                    {silent.then(|| view! { <span class="sm-matrix__silent">{t.published_nothing}</span> })}
                </th>
            }
        })
        .collect();
    let rows: Vec<_> = m
        .rows
        .iter()
        .map(|r| {
            let cells: Vec<_> = r
                .mentioned
                .iter()
                .zip(&m.silent)
                .map(|(yes, silent)| {
                    let text = match (yes, silent) {
                        (true, _) => t.matrix_cells[0],
                        (false, true) => t.matrix_cells[1],
                        (false, false) => t.matrix_cells[2],
                    };
                    view! { <td class:sm-matrix__yes=*yes>{text}</td> }
                })
                .collect();
            view! {
                <tr class:sm-matrix__only=r.only.is_some() data-testid=format!("matrix-row-{}", r.topic)>
                    <th scope="row">
                        {label(&r.topic)}
                        {r.only.map(|_| view! { <span class="sm-matrix__one">{t.one_side_only}</span> })}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect();
    view! {
        <section class="sm-matrix" data-testid="readout-matrix" aria-labelledby="sm-matrix-heading">
            <h3 id="sm-matrix-heading">{t.matrix_heading}</h3>
            <ul class="sm-matrix__callouts" data-testid="readout-callouts">{callouts}</ul>
            <div class="sm-matrix__scroll">
                <table class="sm-matrix__table">
                    <thead>
                        <tr>
                            <th scope="col">{t.topic}</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
