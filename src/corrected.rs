//! "Corrected on …" under an item that records public corrections.

use leptos::prelude::*;
use summitry_data::{iso, Correction};
use summitry_model::i18n::long;

use crate::{state::use_state, store};

/// The corrections of one item (`kind` and `id` name it for the language of each text), oldest
/// first; nothing when it has none.
#[component]
pub fn Corrected(
    kind: &'static str,
    id: &'static str,
    corrections: &'static [Correction],
) -> impl IntoView {
    let state = use_state();
    let (t, ed) = (state.t(), store().edition);
    corrections
        .iter()
        .map(|c| {
            let lang = ed.correction_lang(kind, id, c.date);
            view! {
                <p class="sm-corrected" data-testid=format!("corrected-{id}")>
                    <span class="sm-corrected__when">
                        {t.corrected_on} " " <time datetime=iso(c.date)>{long(state.lang, c.date)}</time> ": "
                    </span>
                    <span lang=lang>{c.text.as_str()}</span>
                </p>
            }
        })
        .collect_view()
}
