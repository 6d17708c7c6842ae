//! What the views say while events beyond the core are on their way, and where a chunk of them
//! could not be fetched: the span it covers and a button to try again.

use leptos::prelude::*;
use summitry_model::i18n::long;

use crate::state::use_state;
use crate::{data, store};

/// "Loading more events…" while chunks are on their way; a retry per chunk that failed.
#[component]
pub fn ChunkStatus() -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let ds = store();
    let failed = move || {
        state.data.track();
        ds.chunks
            .iter()
            .enumerate()
            .filter(|(i, _)| data::chunk_failed(*i))
            .map(|(i, c)| {
                view! {
                    <p class="sm-chunks__failed" data-testid="chunk-failed">
                        {(t.chunk_failed)(&long(lang, c.first), &long(lang, c.last))}
                        " "
                        <button
                            type="button"
                            class="sm-button"
                            data-testid="chunk-retry"
                            on:click=move |_| state.load(vec![i])
                        >
                            {t.retry}
                        </button>
                    </p>
                }
            })
            .collect_view()
    };
    view! {
        <div class="sm-chunks" aria-live="polite">
            {move || {
                state
                    .fetching
                    .get()
                    .then(|| view! { <p class="sm-chunks__loading" data-testid="chunks-loading">{t.loading_more}</p> })
            }}
            {failed}
        </div>
    }
}
