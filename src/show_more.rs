//! The "Show N more" button under a list shown a page at a time (the events table, the places on
//! the map, the network's table of pairs).

use leptos::prelude::*;
use summitry_model::list::next_limit;

use crate::state::use_state;

/// "Show N more": raises `limit` by a page when pressed; nothing when `step` (the model's
/// `list::step`: how many rows a press adds) is 0.
#[component]
pub fn ShowMore(
    /// How many rows a press adds; 0 hides the button.
    #[prop(into)]
    step: Signal<usize>,
    /// The list's limit (rows shown, print aside), which a press raises.
    limit: RwSignal<usize>,
    /// The button's classes.
    class: &'static str,
    /// The button's `data-testid`, if the tests name it.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let t = use_state().t();
    move || {
        let n = step.get();
        (n > 0).then(|| {
            view! {
                <button
                    type="button"
                    class=class
                    data-testid=testid
                    on:click=move |_| limit.update(|l| *l = next_limit(*l))
                >
                    {(t.show_more)(n)}
                </button>
            }
        })
    }
}
