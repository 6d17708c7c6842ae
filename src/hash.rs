//! Keeps the URL hash and the state in step: the only place the widget touches `location`.

use leptos::prelude::*;
use summitry_model::route::Route;

use crate::{state::State, store};

/// The route in the page's (or iframe's own) URL hash.
pub fn current_route() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    Route::parse(&hash).sanitise(store())
}

/// Writes state changes into the hash (without adding history entries) and applies hash
/// changes made by links, the back button or the reader.
pub fn sync(state: State) {
    if cfg!(feature = "ssr") {
        // The build renders the view for no address at all.
        return;
    }
    // Written after the change is painted, not during it: `replaceState` makes the browser lay
    // the page out at once (it saves the scroll position with the address), which at 10,000
    // events cost 20-30 ms inside every filter change; after the paint the layout is clean and
    // the write costs under a millisecond. Changes before the write are written once, the last.
    let pending = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let hash = state.route().format();
        let first = pending.try_update_value(|p| p.replace(hash).is_none());
        if first == Some(true) {
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        if let Some(Some(hash)) = pending.try_update_value(Option::take) {
                            write(&hash);
                        }
                    },
                    std::time::Duration::ZERO,
                )
            });
        }
    });
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        state.apply(current_route())
    });
    on_cleanup(move || handle.remove());
}

/// Puts `hash` in the address without adding a history entry.
fn write(hash: &str) {
    let loc = window().location();
    if loc.hash().unwrap_or_default().trim_start_matches('#') == hash {
        return;
    }
    let url = if hash.is_empty() {
        // Keep the path and query, drop the hash entirely.
        format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        )
    } else {
        format!("#{hash}")
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
