//! The comparison view: the list of comparisons beside the open one.

use leptos::prelude::*;
use summitry_model::compare::featured;

use super::{ClaimColumns, ClaimList};
use crate::{state::use_state, store};

/// Comparison list and the open comparison (the featured one when none is chosen).
#[component]
pub fn CompareView() -> impl IntoView {
    let state = use_state();
    let ds = store();
    let open = move || {
        state
            .claim
            .with(|c| c.as_deref().and_then(|id| ds.claim(id)))
            .or_else(|| featured(ds))
    };
    view! {
        <div class="sm-compare" data-testid="compare-view">
            <ClaimList />
            <div class="sm-compare__main">
                {move || match open() {
                    Some(c) => view! { <ClaimColumns claim=c /> }.into_any(),
                    None => view! { <p>{state.t().no_comparisons}</p> }.into_any(),
                }}
            </div>
        </div>
    }
}
