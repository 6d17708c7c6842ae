//! The network view's layout: filters, the drawing beside its details panel, the table under.

use leptos::prelude::*;
use summitry_model::network::{build, group, layout, names, Frame, Limits, Network};
use summitry_model::network_words::network_words;

use super::{Drawn, MetTable, NetworkDetails, NetworkGraph};
use crate::chunks::ChunkStatus;
use crate::map::FilterBar;
use crate::{state::use_state, store};

/// The drawing's frame on a phone: a little narrower than a 375 px screen's stage, so the 26 px
/// hit targets keep at least 24 px.
const NARROW: Frame = Frame {
    width: 340.0,
    height: 360.0,
    label_font_px: 12.0,
};

/// The drawing's frame beside the panel on a wider screen.
const WIDE: Frame = Frame {
    width: 720.0,
    height: 520.0,
    label_font_px: 13.0,
};

/// Below this stage width (CSS px) the phone's frame is drawn.
const NARROW_BELOW: f64 = 600.0;

/// Most edges drawn: the heaviest; the table lists every pair. Keeps the view under 3,000 DOM
/// nodes at any dataset size (an edge is three).
const MAX_DRAWN_EDGES: usize = 400;

/// The network as the view draws it: recomputed only when what it depends on (the shown events,
/// the frame, the opened groups) changed, and, while the view is hidden (src/views.rs), not
/// before it opens again.
#[derive(Clone, Copy)]
struct Memos {
    /// Whether the stage is narrower than [`NARROW_BELOW`] (the phone's frame).
    narrow: RwSignal<bool>,
    /// The whole network of the shown events: what the table and the panel's lists read.
    full: Memo<Network<'static>>,
    /// The network grouped and laid out for the frame.
    drawn: Memo<Drawn>,
}

/// The view's [`Memos`], under the current owner.
fn memos() -> Memos {
    let state = use_state();
    let words = network_words(state.lang);
    let ds = store();
    // Guessed from the window before the first drawing (the stage is never wider than it), so
    // a phone draws its frame once: drawing the wide frame first, then the narrow one once the
    // stage was measured, made each opening on a phone draw and lay out the network twice.
    let narrow = RwSignal::new(crate::width::window_below(NARROW_BELOW));
    let full = Memo::new(move |_| state.shown.with(|evs| build(ds, evs)));
    let drawn = Memo::new(move |_| {
        let frame = if narrow.get() { NARROW } else { WIDE };
        let limits = Limits {
            max_edges: MAX_DRAWN_EDGES,
            ..Limits::for_width(if narrow.get() { 375.0 } else { 1280.0 })
        };
        state.opened.with(|opened| {
            let opened: Vec<&str> = opened.iter().map(String::as_str).collect();
            full.with(|net| {
                let net = group(net, limits, &opened);
                let labels: Vec<Vec<String>> = net
                    .nodes
                    .iter()
                    .map(|n| names(ds, n, words.others))
                    .collect();
                let layout = layout(&net, &labels, frame);
                Drawn {
                    net,
                    layout,
                    font_px: frame.label_font_px,
                }
            })
        })
    });
    Memos {
        narrow,
        full,
        drawn,
    }
}

/// Filters, the network beside its panel, and the table, all reading one selection state.
#[component]
pub fn NetworkView() -> impl IntoView {
    let Memos {
        narrow,
        full,
        drawn,
    } = memos();
    let stage = NodeRef::<leptos::html::Div>::new();
    crate::width::follow(stage, move |px| {
        let now = px < NARROW_BELOW;
        if narrow.get_untracked() != now {
            // In the next frame: the stage's height follows the drawing, so a redraw inside the
            // observer's report would make it report again in the same frame (a "loop" error).
            request_animation_frame(move || {
                narrow.try_set(now);
            });
        }
    });
    view! {
        <div class="sm-netview" data-testid="network-view">
            <FilterBar />
            <ChunkStatus />
            <div class="sm-netview__body" node_ref=stage>
                <NetworkGraph drawn=drawn />
                <NetworkDetails full=full />
            </div>
            <MetTable full=full />
        </div>
    }
}
