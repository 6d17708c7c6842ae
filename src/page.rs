//! The widget's edges with its page: in-widget links, and height reports
//! to a host page. The only effects besides the URL hash live here.

use leptos::prelude::*;
use summitry_model::flags::Flags;
use summitry_model::route::Route;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::State;

/// In a script embed, a click on an in-widget link (`#event=...`) moves the widget's own state
/// and leaves the host page's address alone.
pub fn follow_in_widget_link(ev: &leptos::ev::MouseEvent, state: State) {
    let Some(a) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='#']").ok().flatten())
    else {
        return;
    };
    ev.prevent_default();
    let href = a.get_attribute("href").unwrap_or_default();
    state.apply(Route::parse(&href).sanitise(crate::store()));
}

/// The messages that tell a host page the widget's height, in the formats hosts already handle:
/// Datawrapper, pym.js, AMP and Medium (embed.ly). `src` is the frame's address without its hash,
/// so a reader's selections never leave the frame.
pub fn height_messages(id: &str, height: u32, src: &str) -> [String; 4] {
    // A JSON string's escaping for the two texts that go into JSON messages: serde_json (which
    // the native tools use) is never linked by the wasm, and xtask's `js_string` is not either.
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    [
        format!("{{\"datawrapper-height\":{{\"{}\":{height}}}}}", esc(id)),
        format!("pymxPYMx{id}xPYMxheightxPYMx{height}"),
        format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
        format!(
            "{{\"src\":\"{}\",\"context\":\"iframe.resize\",\"height\":{height}}}",
            esc(src)
        ),
    ]
}

/// When the widget runs inside an iframe, reports its height to the parent whenever it changes.
pub fn report_height(root: NodeRef<leptos::html::Div>, flags: &Flags) {
    if cfg!(feature = "ssr") {
        return;
    }
    let win = window();
    let Ok(Some(parent)) = win.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &win) {
        return;
    }
    let id = flags.embed_id().to_string();
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let last = std::cell::Cell::new(0u32);
        let (parent, id) = (parent.clone(), id.clone());
        let el2 = el.clone();
        let send = Closure::<dyn Fn()>::new(move || {
            let h = el2.get_bounding_client_rect().height().ceil() as u32;
            if h == 0 || h == last.get() {
                return;
            }
            last.set(h);
            let loc = window().location();
            let src = format!(
                "{}{}{}",
                loc.origin().unwrap_or_default(),
                loc.pathname().unwrap_or_default(),
                loc.search().unwrap_or_default()
            );
            let [dw, pym, amp, medium] = height_messages(&id, h, &src);
            // Datawrapper and AMP hosts expect objects; pym.js and Medium expect strings. The
            // parent's origin is unknown (any news site may embed the widget), so the target is
            // "*"; the messages carry only the height, the id and the frame's own address.
            for (msg, as_object) in [(dw, true), (pym, false), (amp, true), (medium, false)] {
                let value = if as_object {
                    js_sys::JSON::parse(&msg).unwrap_or(JsValue::NULL)
                } else {
                    JsValue::from_str(&msg)
                };
                let _ = parent.post_message(&value, "*");
            }
        });
        let callback = send.as_ref().unchecked_ref::<js_sys::Function>().clone();
        if let Ok(observer) = web_sys::ResizeObserver::new(&callback) {
            observer.observe(&el);
            // Observed for the page's life, like the element itself.
            std::mem::forget(observer);
        }
        // A browser holds back resize observations in a cross-origin frame it has scrolled out of
        // view, so a view whose code arrives later (a split build's list or comparison) would
        // keep the frame at the height it had before. A view's arrival changes the children of
        // its box (src/views.rs), which a mutation observer sees even then; the measure forces
        // the layout. The boxes, not the subtree of <main>: every change inside a view (a filter
        // change's labels) would force a layout.
        if let (Ok(observer), Ok(boxes)) = (
            web_sys::MutationObserver::new(&callback),
            el.query_selector_all(".sm-main > .sm-view"),
        ) {
            let options = web_sys::MutationObserverInit::new();
            options.set_child_list(true);
            for i in 0..boxes.length() {
                if let Some(view_box) = boxes.get(i) {
                    let _ = observer.observe_with_options(&view_box, &options);
                }
            }
            std::mem::forget(observer);
        }
        let _ = callback.call0(&JsValue::NULL);
        send.forget();
    });
}

/// Page form only: the page around the widget (an iframe's canvas and scrollbars) takes the
/// widget's colour scheme. Set once, on the root element's style (CSSOM, so a strict CSP allows
/// it); a stylesheet rule `:root:has(.sm-app[data-theme])` did the same, but made the browser
/// re-check the root on every change anywhere in the widget.
pub fn follow_theme(scheme: &str) {
    if scheme == "auto" {
        return;
    }
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property("color-scheme", scheme);
    }
}
