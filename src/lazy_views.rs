//! The views the opening map does not need: the comparison, the list and the network.
//!
//! With the `split` feature (`cargo xtask dist`), each is a leptos `#[lazy]` function: the
//! post-link split (xtask/src/split.rs) moves its code into a wasm file of its own, fetched the
//! first time a reader opens the view, so the wasm that starts the map is smaller. Without it
//! (`trunk serve`, the browser tests, the single file and the script embed) the same components
//! are called directly and one wasm holds everything.

use leptos::prelude::*;

use crate::{compare, list, network};

/// The comparison view (src/compare/).
pub fn compare() -> AnyView {
    #[cfg(feature = "split")]
    {
        // The view's code arrives with its module; until then the view is empty.
        Suspend::new(compare_view()).into_any()
    }
    #[cfg(not(feature = "split"))]
    {
        compare_view()
    }
}

/// The list view (src/list/).
pub fn list() -> AnyView {
    #[cfg(feature = "split")]
    {
        Suspend::new(list_view()).into_any()
    }
    #[cfg(not(feature = "split"))]
    {
        list_view()
    }
}

/// The network view (src/network/).
pub fn network() -> AnyView {
    #[cfg(feature = "split")]
    {
        Suspend::new(network_view()).into_any()
    }
    #[cfg(not(feature = "split"))]
    {
        network_view()
    }
}

// Each split function is its own module: a reader who opens one view fetches only its code (and
// what it shares with the other two, in a chunk of their common code).
#[cfg_attr(feature = "split", lazy)]
fn compare_view() -> AnyView {
    view! { <compare::CompareView /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
fn list_view() -> AnyView {
    view! { <list::ListView /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
fn network_view() -> AnyView {
    view! { <network::NetworkView /> }.into_any()
}
