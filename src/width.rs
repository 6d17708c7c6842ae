//! An element's width as the browser lays it out: one of the widget's edges (a `ResizeObserver`).

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
