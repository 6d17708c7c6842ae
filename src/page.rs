//! The widget's edges with its page: colour scheme, JSON-LD, and height reports to a host page.
//! The only effects besides the URL hash live here.

use leptos::prelude::*;
use summitry_model::flags::{Dark, Flags, Lang};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

static JSON_LD: &str = include_str!(concat!(env!("OUT_DIR"), "/jsonld.json"));

/// The reader's preferred interface language, from the browser.
pub fn browser_lang() -> Lang {
    let nav = window().navigator();
    let langs: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    Lang::negotiate(
        langs
            .iter()
            .map(String::as_str)
            .chain(nav.language().as_deref()),
    )
}

/// True when dark colours should be used; in `auto` mode it follows the system setting live.
pub fn dark_mode(dark: Dark) -> Signal<bool> {
    match dark {
        Dark::On => Signal::stored(true),
        Dark::Off => Signal::stored(false),
        Dark::Auto => {
            let Ok(Some(mq)) = window().match_media("(prefers-color-scheme: dark)") else {
                return Signal::stored(false);
            };
            let on = RwSignal::new(mq.matches());
            let listener = Closure::<dyn Fn()>::new({
                let mq = mq.clone();
                move || on.set(mq.matches())
            });
            let _ =
                mq.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
            // The listener lives as long as the page: the widget is never unmounted in a page.
            listener.forget();
            on.into()
        }
    }
}

/// Adds the schema.org description of the events and quotations to the page's head, once.
pub fn add_json_ld() {
    let doc = document();
    if doc
        .query_selector("script[data-summitry-jsonld]")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let Ok(script) = doc.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("type", "application/ld+json");
    let _ = script.set_attribute("data-summitry-jsonld", "");
    script.set_text_content(Some(JSON_LD));
    if let Some(head) = doc.head() {
        let _ = head.append_child(&script);
    }
}

/// The messages that tell a host page the widget's height, in the formats hosts already handle:
/// Datawrapper, pym.js, AMP and Medium (embed.ly).
pub fn height_messages(id: &str, height: u32, href: &str) -> [String; 4] {
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    [
        format!("{{\"datawrapper-height\":{{\"{}\":{height}}}}}", esc(id)),
        format!("pymxPYMx{id}xPYMxheightxPYMx{height}"),
        format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
        format!(
            "{{\"src\":\"{}\",\"context\":\"iframe.resize\",\"height\":{height}}}",
            esc(href)
        ),
    ]
}

/// When the widget runs inside an iframe, reports its height to the parent whenever it changes.
pub fn report_height(root: NodeRef<leptos::html::Div>, flags: &Flags) {
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
            let href = window().location().href().unwrap_or_default();
            let [dw, pym, amp, medium] = height_messages(&id, h, &href);
            // Datawrapper and AMP hosts expect objects; pym.js and Medium expect strings.
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
        let _ = callback.call0(&JsValue::NULL);
        send.forget();
    });
}
