//! An element's width as the browser lays it out: one of the widget's edges (a `ResizeObserver`),
//! and the width of the map the page rendered ahead of time, while the live widget replacing it is
//! built.

use leptos::prelude::*;

/// Calls `report` with the width in CSS px of the element `node` holds, after each layout that
/// changes it (the first report comes after the first layout and before the first paint). An
/// element that is not laid out (hidden, or printing) reports nothing.
pub fn follow(node: NodeRef<leptos::html::Div>, report: impl Fn(f64) + Clone + 'static) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let stage = el.clone();
        let report = report.clone();
        let callback = Closure::<dyn Fn()>::new(move || {
            let px = f64::from(stage.client_width());
            if px > 0.0 {
                report(px);
            }
        });
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&el);
        // Both live as long as the element's owner: dropped with it, after the observer stops.
        let kept = StoredValue::new_local((observer, callback));
        on_cleanup(move || {
            kept.try_with_value(|(observer, _)| observer.disconnect());
        });
    });
}

/// Whether the window is narrower than `px` CSS px: a first guess at an element's width class
/// before it is laid out ([`follow`] then reports the element's own width). False in the build's
/// render, which has no window.
pub fn window_below(px: f64) -> bool {
    #[cfg(feature = "ssr")]
    {
        let _ = px;
        false
    }
    #[cfg(not(feature = "ssr"))]
    {
        window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_some_and(|w| w < px)
    }
}

#[cfg(not(feature = "ssr"))]
thread_local! {
    static PRERENDERED_MAP: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Runs `build` (the live widget's mount in `root`) with [`prerendered_map`] reporting the width
/// of the map stage the page rendered ahead of time in `root`, which the live map will have: it
/// draws at that width class at once, instead of at every class until it is measured.
pub fn replacing<T>(root: &web_sys::Element, build: impl FnOnce() -> T) -> T {
    #[cfg(feature = "ssr")]
    {
        let _ = root;
        build()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let px = root
            .query_selector(".sm-map__stage")
            .ok()
            .flatten()
            .map(|stage| f64::from(stage.client_width()))
            .filter(|px| *px > 0.0);
        PRERENDERED_MAP.with(|w| w.set(px));
        let built = build();
        PRERENDERED_MAP.with(|w| w.set(None));
        built
    }
}

/// The width of the map stage the live widget being built replaces ([`replacing`]); `None`
/// otherwise, or where it was not laid out.
pub fn prerendered_map() -> Option<f64> {
    #[cfg(feature = "ssr")]
    {
        None
    }
    #[cfg(not(feature = "ssr"))]
    {
        PRERENDERED_MAP.with(std::cell::Cell::get)
    }
}
