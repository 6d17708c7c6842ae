//! The open view, and every view opened before it, kept built and hidden.
//!
//! A view was built anew at each opening: at 10,000 events a phone took 150–300 ms to make, style
//! and lay out its nodes again each time a reader came back to it. Now a view, once opened, stays
//! in the page (four views at most: at 10,000 events about 3,100 nodes in all, against up to 900
//! for one view). The ones not open are hidden by a class (`.sm-view--kept`, style/app.css:
//! `content-visibility: hidden`, so the browser keeps their layout without drawing it, and
//! `visibility: hidden`, so no pointer, key or screen reader reaches them), and shown again at
//! the next opening with what they already had.
//!
//! A hidden view must not follow the reader's filters: at each filter change on the map, every
//! kept view would recompute its events (the network its whole graph and layout). Each view
//! reads a [`State`] of its own whose `shown` holds still while the view is hidden, and catches
//! up once, when it opens.

use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;
use summitry_data::Event;
use summitry_model::filter::same_events;
use summitry_model::route::View;

use crate::state::{use_state, State};
use crate::{lazy_views, map};

/// The open view, with the views opened before it kept hidden beside it: a box per view, in tab
/// order (a view never moves), empty until its view is first opened.
#[component]
pub fn Views() -> impl IntoView {
    let state = use_state();
    View::ALL
        .map(|v| kept_view(v, scoped(state, v)))
        .into_iter()
        .collect_view()
}

/// The box of view `v`: empty until the view is first opened, then the view, hidden while another
/// view is open, and never built again.
fn kept_view(v: View, own: State) -> impl IntoView {
    // Once opened, the memo reads nothing more, so it never runs again.
    let opened =
        Memo::new(move |before: Option<&bool>| before == Some(&true) || own.view.get() == v);
    let view = move || {
        opened.get().then(|| {
            // An owner of the view's own, so its components find `own` as their state (and
            // nothing beside the view does).
            let owner = Owner::new();
            let view = owner.with(|| {
                provide_context(own);
                match v {
                    View::Map => view! { <map::MapView /> }.into_any(),
                    View::Compare => lazy_views::compare(),
                    View::List => lazy_views::list(),
                    View::Network => lazy_views::network(),
                }
            });
            OwnedView::new_with_owner(view, owner)
        })
    };
    view! {
        <div class="sm-view" class:sm-view--kept=move || own.view.get() != v>
            {view}
        </div>
    }
}

/// The widget's state as view `v` reads it: the same signals, but the events shown stay as they
/// were while another view is open (the memo then reads only which view is open, so a filter
/// change does not even wake it), and follow the filters again from the opening.
fn scoped(state: State, v: View) -> State {
    let (shown, view) = (state.shown, state.view);
    let held = Memo::new_with_compare(
        move |previous: Option<&Vec<&'static Event>>| {
            let open = view.get() == v;
            match previous {
                Some(events) if !open => events.clone(),
                _ => shown.get(),
            }
        },
        |old, new| !matches!((old, new), (Some(o), Some(n)) if same_events(o, n)),
    );
    State {
        shown: held,
        ..state
    }
}
