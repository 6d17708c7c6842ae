//! What the browser-tier tests share: mounting the widget, waiting for it, and reading the DOM.

#![allow(dead_code)]

use leptos::prelude::*;
use summitry::{store, App};
use summitry_model::flags::{Flags, Lang};
use summitry_model::route::Route;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, Node};

/// Lets Leptos run its scheduled effects and update the DOM.
pub async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The page's URL hash, without the `#`, once the widget has written it: it writes the state
/// into the hash after the next paint (`src/hash.rs`).
pub async fn hash() -> String {
    next_frame().await;
    tick().await;
    let h = web_sys::window().unwrap().location().hash().unwrap();
    h.trim_start_matches('#').to_string()
}

fn set_hash(hash: &str) {
    let url = if hash.is_empty() {
        "/".to_string()
    } else {
        format!("#{hash}")
    };
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .unwrap();
}

/// Mounts `App` in a fresh container after setting the URL hash, as the page loader does (the
/// dataset must be installed); returns the container.
pub async fn mount_app(hash: &str) -> HtmlElement {
    mount_app_in(hash, None).await
}

/// [`mount_app`] in a box `width` CSS pixels wide, once the map has seen its width.
pub async fn mount_app_at(hash: &str, width: u32) -> HtmlElement {
    let el = mount_app_in(hash, Some(width)).await;
    // The map learns its width from a ResizeObserver, which reports at the next frame.
    for _ in 0..3 {
        next_frame().await;
    }
    tick().await;
    el
}

/// Resolves at the next animation frame.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

async fn mount_app_in(hash: &str, width: Option<u32>) -> HtmlElement {
    set_hash(hash);
    let doc = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    if let Some(w) = width {
        el.style().set_property("width", &format!("{w}px")).unwrap();
    }
    doc.body().unwrap().append_child(&el).unwrap();
    let flags = Flags {
        lang: Some(Lang::En),
        ..Flags::default()
    };
    let initial = Route::parse(hash).sanitise(store());
    leptos::mount::mount_to(el.clone(), move || {
        view! { <App flags=flags.clone() initial=initial.clone() /> }
    })
    .forget();
    tick().await;
    el
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

pub fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

pub fn click(root: &Element, selector: &str) {
    one(root, selector).unchecked_into::<HtmlElement>().click();
}

/// Every node under `root` (elements, text, comments), `root` included.
pub fn nodes(root: &Node) -> usize {
    let mut n = 1;
    let mut child = root.first_child();
    while let Some(c) = child {
        n += nodes(&c);
        child = c.next_sibling();
    }
    n
}

/// Sends a `keydown` of `key` to `target`, bubbling, as a reader's key press does.
pub fn key(target: &Element, key: &str) {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"KeyboardEvent".into())
        .unwrap()
        .unchecked_into();
    let args = js_sys::Array::of2(&"keydown".into(), &init);
    let ev: web_sys::Event = js_sys::Reflect::construct(&ctor, &args)
        .unwrap()
        .unchecked_into();
    target.dispatch_event(&ev).unwrap();
}

/// Types `value` into the input `selector` (one `input` event).
pub fn type_into(root: &Element, selector: &str, value: &str) {
    let input = one(root, selector);
    js_sys::Reflect::set(&input, &"value".into(), &value.into()).unwrap();
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
}

/// The number in front of "N of M events shown".
pub fn shown_count(root: &Element) -> usize {
    let t = text(root, "[data-testid=filtered-count]");
    t.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {t:?}"))
}
