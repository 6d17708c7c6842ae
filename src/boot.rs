//! What each form's loader calls once the wasm is in: the page (index.html, an iframe, the single
//! file) takes over the view the build rendered ahead of time; script embeds mount one widget per
//! host element and never touch the host page beyond it.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use summitry_model::flags::{Embed, Flags, Lang};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{data, footer, hash, App, Host, Widget};

thread_local! {
    /// The elements widgets live in, so a panic can say so in each of them.
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Set once a panic has ended the widget (the release build aborts: the wasm instance is done).
static PANICKED: AtomicBool = AtomicBool::new(false);

/// Shown in place of the widget when it fails for good.
const BROKEN: &str = "This interactive graphic stopped working. Reload the page to try again.";

/// Sets a `performance.mark`, which the benchmark reads.
pub fn mark(name: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(name);
    }
}

/// Replaces the contents of `root` with a short message (and nothing else).
fn show_message(root: &web_sys::Element, text: &str) {
    let Ok(p) = document().create_element("p") else {
        return;
    };
    p.set_class_name("sm-error");
    let _ = p.set_attribute("role", "alert");
    p.set_text_content(Some(text));
    root.set_text_content(None);
    let _ = root.append_child(&p);
}

/// A panic shows a message in every widget instead of leaving a frozen or blank one.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|_| {
        PANICKED.store(true, Ordering::Relaxed);
        ROOTS.with(|roots| {
            for root in roots.borrow().iter() {
                show_message(root, BROKEN);
            }
        })
    }));
}

/// Whether a panic has ended the widget: the script embed's loader then keeps the abort that
/// follows (a `WebAssembly.RuntimeError`) from reaching the host page as an uncaught error.
pub fn panicked() -> bool {
    PANICKED.load(Ordering::Relaxed)
}

/// Panics, so the end-to-end tests can check what a reader sees when the widget fails (the
/// message in place of the widget, no error on the host page). Nothing a reader does calls it: the
/// page's loader never does, and the script embed keeps the glue's exports inside its closure.
/// It only does what any panic does, so it is harmless.
pub fn test_panic() {
    panic!("__summitry_test_panic: a panic on purpose, for the end-to-end tests");
}

/// Wraps the loader's `fetch(file, done)`, which calls `done(bytes)` with a `Uint8Array`, or
/// `done(null)` when the file cannot be had, for [`data::set_fetch`].
fn js_fetch(fetch: js_sys::Function) -> data::Fetch {
    Box::new(move |file, done| {
        let callback = Closure::once_into_js(move |v: JsValue| {
            done(v.dyn_into::<js_sys::Uint8Array>().ok().map(|a| a.to_vec()))
        });
        if fetch
            .call2(&JsValue::NULL, &JsValue::from_str(file), &callback)
            .is_err()
        {
            let _ = callback
                .unchecked_ref::<js_sys::Function>()
                .call1(&JsValue::NULL, &JsValue::NULL);
        }
    })
}

/// The page form: `root` holds the view rendered ahead of time; the live widget replaces it in
/// the same frame, with the same layout. `inline` says the open-data files are inline in the page
/// (the single file) rather than beside it.
pub fn start_page(root: web_sys::Element, core: &[u8], fetch: js_sys::Function, inline: bool) {
    install_panic_hook();
    mark("sm:wasm-start");
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
    let Ok(store) = data::install(core) else {
        // The view rendered ahead of time stays readable; only interaction is lost.
        let notice = document().create_element("p").ok();
        if let Some(p) = notice {
            p.set_class_name("sm-error");
            p.set_text_content(Some(
                "The interactive part of this graphic could not start: its data file is damaged.",
            ));
            let _ = root.append_child(&p);
        }
        return;
    };
    data::set_fetch(js_fetch(fetch));
    let downloads = if inline {
        footer::Downloads::Inline
    } else {
        footer::Downloads::default()
    };
    let loc = window().location();
    let mut flags = Flags::parse(&loc.search().unwrap_or_default());
    // Unless the address names a language, the page's own: the one its dataset and its
    // pre-rendered view are in, so nothing on screen changes language at the take-over.
    flags.lang = flags.lang.or_else(|| Lang::from_tag(&store.edition.lang));
    let mut initial = hash::current_route();
    if !loc.hash().unwrap_or_default().contains("view=") {
        initial.view = flags.view.unwrap_or(initial.view);
    }
    let outlines = outlines_in(&root);
    take_over(&root, move || {
        view! {
            <App
                flags=flags.clone()
                initial=initial.clone()
                downloads=downloads.clone()
                outlines=outlines.clone()
            />
        }
    });
    mark("sm:interactive");
}

/// A copy of the country outlines the page rendered ahead of time drew in `root`, for the live
/// widget's maps (copied, as the take-over removes the original).
fn outlines_in(root: &web_sys::Element) -> Option<web_sys::Element> {
    root.query_selector(".sm-map__countries")
        .ok()
        .flatten()
        .and_then(|g| g.clone_node_with_deep(true).ok())
        .and_then(|g| g.dyn_into::<web_sys::Element>().ok())
}

/// Mounts `app` into `root` and removes what `root` held before, in one task so the reader never
/// sees a frame without the widget; keyboard focus moves to the same control in the new view.
fn take_over<V: IntoView + 'static>(root: &web_sys::Element, app: impl FnOnce() -> V + 'static) {
    let old: Vec<web_sys::Node> = {
        let children = root.child_nodes();
        (0..children.length())
            .filter_map(|i| children.item(i))
            .collect()
    };
    let focused = crate::focus::focused_in(root);
    let Ok(target) = root.clone().dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    crate::width::replacing(root, || leptos::mount::mount_to(target, app)).forget();
    for node in old {
        let _ = root.remove_child(&node);
    }
    // Says the live widget is in place (tests and host scripts wait for it).
    let _ = root.set_attribute("data-summitry-live", "");
    if let Some(focused) = focused {
        focused.follow(root);
    }
}

/// The script embed: installs the dataset once.
pub fn start_embed(core: &[u8], fetch: js_sys::Function) -> bool {
    install_panic_hook();
    mark("sm:wasm-start");
    if data::install(core).is_err() {
        return false;
    }
    data::set_fetch(js_fetch(fetch));
    true
}

/// Mounts one embedded widget in `container` (inside the shadow root the embed script made for
/// the `host` element), configured by the host element's `data-*` attributes; `base` is the folder
/// of the embed script, where the open-data files are; `outlines` holds the map's country
/// outlines from the opening view the script carries.
pub fn mount_embed(
    host: web_sys::Element,
    container: web_sys::Element,
    base: &str,
    outlines: Option<web_sys::Element>,
) {
    let attrs = host.attributes();
    let pairs: Vec<(String, String)> = (0..attrs.length())
        .filter_map(|i| attrs.item(i))
        .map(|a| (a.name(), a.value()))
        .collect();
    let Embed { mut flags, initial } =
        Embed::from_attributes(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    // Unless the element names a language, the script's own (its dataset's, and its still
    // view's): what the reader first sees never changes language.
    flags.lang = flags
        .lang
        .or_else(|| Lang::from_tag(&crate::store().edition.lang));
    let initial = initial.sanitise(crate::store());
    ROOTS.with(|r| r.borrow_mut().push(container.clone()));
    let host = Host {
        flags,
        initial,
        page: false,
        downloads: footer::Downloads::Beside(format!("{base}{}", footer::DATA_DIR)),
        outlines,
    };
    take_over(&container, move || view! { <Widget host=host.clone() /> });
    mark("sm:interactive");
}
