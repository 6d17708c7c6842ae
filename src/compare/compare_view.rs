//! The comparison view: the list of comparisons beside the open one.

use leptos::prelude::*;

use super::{ClaimColumns, ClaimList};
use crate::chunks::ChunkStatus;
use crate::{state::use_state, store};

/// Comparison list and the open comparison (the featured one when none is chosen).
#[component]
pub fn CompareView() -> impl IntoView {
    let state = use_state();
    let ds = store();
    // The open comparison, and whether all of it has arrived: a comparison beyond the core is
    // shown once its statements are in (`State::load_when_reached` fetches them), never by
    // halves. A memo, so a chunk arriving re-renders the comparison only when it completes it.
    let open = Memo::new(move |_| {
        state.data.track();
        state.open_claim().map(|c| (c, ds.has_claim(c)))
    });
    view! {
        <div class="sm-compare" data-testid="compare-view">
            <ClaimList />
            <div class="sm-compare__main">
                {move || match open.get() {
                    Some((c, true)) => view! { <ClaimColumns claim=c /> }.into_any(),
                    Some((c, false)) => {
                        view! {
                            <section class="sm-compare__claim" data-testid=format!("claim-{}", c.id) aria-labelledby="sm-claim-title">
                                <h2 class="sm-compare__title" id="sm-claim-title" lang=ds.edition.lang_of("claim", &c.id, "title")>{c.title.clone()}</h2>
                                <p class="sm-compare__summary" lang=ds.edition.lang_of("claim", &c.id, "summary")>{c.summary.clone()}</p>
                                <ChunkStatus />
                            </section>
                        }
                            .into_any()
                    }
                    None => view! { <p>{state.t().no_comparisons}</p> }.into_any(),
                }}
            </div>
        </div>
    }
}
