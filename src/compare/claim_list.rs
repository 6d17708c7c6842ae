//! The list of comparisons, featured first.

use leptos::prelude::*;
use summitry_data::{Claim, ClaimKind};
use summitry_model::compare::featured;

use crate::{state::use_state, store};

/// "Ukraine · Russia".
pub fn side_names(c: &Claim) -> String {
    c.sides
        .iter()
        .map(|s| s.label.as_str())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Comparisons as links into the comparison view; the open one is marked current.
#[component]
pub fn ClaimList() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let ds = store();
    let mut claims: Vec<&'static Claim> = ds.claims().iter().collect();
    summitry_data::order::sort_by_key(&mut claims, |c| (!c.featured, c.kind == ClaimKind::Readout));
    let item = move |c: &'static Claim| {
        let id = c.id.clone();
        // With no claim chosen, the featured one is open and so current.
        let current = move || {
            state.claim.with(|s| match s {
                Some(s) => *s == id,
                None => featured(ds).is_some_and(|f| f.id == id),
            })
        };
        view! {
            <li class="sm-claims__item">
                <a
                    class="sm-claims__link"
                    href=format!("#view=compare&claim={}", c.id)
                    aria-current=move || current().then_some("true")
                    data-testid=format!("claim-link-{}", c.id)
                >
                    <span class="sm-claims__kind">
                        {match (c.featured, c.kind) {
                            (true, _) => t.claim_kinds[0],
                            (_, ClaimKind::Readout) => t.claim_kinds[1],
                            _ => t.claim_kinds[2],
                        }}
                    </span>
                    <span class="sm-claims__title" lang=ds.edition.lang_of("claim", &c.id, "title")>{c.title.clone()}</span>
                    <span class="sm-claims__sides">{side_names(c)}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="sm-claims" aria-label=t.comparisons_heading>
            <h2 class="sm-claims__heading">{t.comparisons_heading}</h2>
            <ul class="sm-claims__list">
                <For each=move || claims.clone() key=|c| c.id.clone() children=item />
            </ul>
        </nav>
    }
}
