//! The map's place labels and the leader lines joining a button moved aside to its place.

use leptos::prelude::*;
use summitry_model::overlay::{Leader, Overlay, OverlayLabel};

/// A leader's row key: everything it draws, so an unchanged leader is left alone.
fn leader_key(l: &Leader) -> String {
    format!(
        "{}|{}|{}|{}|{}",
        l.class, l.from.0, l.from.1, l.to.0, l.to.1
    )
}

/// The leader lines and labels of `drawing`, in rows keyed by all they show: a change creates
/// only the rows it changes and leaves the others untouched.
#[component]
pub fn MapLabels(
    /// The buttons, leaders and labels at the map's width, for the filters and zoom.
    drawing: Memo<Overlay<'static>>,
) -> impl IntoView {
    let leaders = move || drawing.with(|d| d.leaders.clone());
    let leader = |l: Leader| {
        view! {
            <g class=l.class>
                <line x1=l.from.0.clone() y1=l.from.1.clone() x2=l.to.0 y2=l.to.1 />
                <circle cx=l.from.0 cy=l.from.1 r="3" />
            </g>
        }
    };
    // Labels repeat the buttons' names for the eye; screen readers hear them from the buttons.
    let labels = move || drawing.with(|d| d.labels.clone());
    let label = |l: OverlayLabel| {
        view! {
            <span
                class=l.class
                style:left=l.left
                style:top=l.top
                style:--sm-label-offset=l.offset
                aria-hidden="true"
            >
                {l.text}
            </span>
        }
    };
    view! {
        <svg class="sm-map__leaders" aria-hidden="true" focusable="false">
            <For each=leaders key=leader_key children=leader />
        </svg>
        <For each=labels key=OverlayLabel::key children=label />
    }
}
