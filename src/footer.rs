//! The footer: the open data to download, the embed codes, and the map credit.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::state::use_state;

static JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/summitry.json"));
static EVENTS_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/events.csv"));
static STATEMENTS_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/statements.csv"));

/// A `blob:` URL for `text`, so downloads work offline and from file:// with no request.
fn blob_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The page's address without query or hash, and the folder it is in.
fn base() -> (String, String) {
    let loc = window().location();
    let page = format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    );
    let dir = page
        .rsplit_once('/')
        .map(|(d, _)| format!("{d}/"))
        .unwrap_or_default();
    (page, dir)
}

/// Downloads and, where the widget is its own page (`embeddable`), the embed codes.
#[component]
pub fn Footer(embeddable: bool) -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let downloads = [
        (
            "summitry.json",
            JSON,
            "application/json",
            "JSON",
            "download-json",
        ),
        (
            "summitry-events.csv",
            EVENTS_CSV,
            "text/csv",
            "events.csv",
            "download-events-csv",
        ),
        (
            "summitry-statements.csv",
            STATEMENTS_CSV,
            "text/csv",
            "statements.csv",
            "download-statements-csv",
        ),
    ]
    .into_iter()
    .map(|(file, text, mime, label, testid)| {
        let href = blob_url(text, mime).unwrap_or_default();
        view! { <a class="sm-link" download=file href=href data-testid=testid>{label}</a> }
    })
    .collect::<Vec<_>>();
    let open = RwSignal::new(false);
    let iframe_code = move || {
        let (page, dir) = base();
        let hash = state.route().format();
        let hash = if hash.is_empty() {
            String::new()
        } else {
            format!("#{hash}")
        };
        format!(
            "<iframe src=\"{page}?id=summitry-1{hash}\" title=\"Summitry: who met, who said what\" width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\" data-summitry-frame></iframe>\n<script src=\"{dir}embed.js\" async></script>"
        )
    };
    let script_code = move || {
        let (_, dir) = base();
        format!(
            "<div data-summitry data-view=\"{}\"></div>\n<script src=\"{dir}summitry-embed.js\" defer></script>",
            state.view.get().as_str()
        )
    };
    view! {
        <footer class="sm-footer">
            <p class="sm-footer__data">
                <span>{t.get_data} ": "</span>
                {downloads.into_iter().map(|a| view! { {a} " " }).collect_view()}
            </p>
            <button
                type="button"
                hidden=!embeddable
                class="sm-button"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="sm-embed"
                data-testid="embed-button"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {t.embed}
            </button>
            <div id="sm-embed" class="sm-embed" hidden=move || !open.get()>
                <label class="sm-embed__field">
                    {t.embed_labels[0]}
                    <textarea readonly rows="4" data-testid="embed-iframe" prop:value=iframe_code></textarea>
                </label>
                <label class="sm-embed__field">
                    {t.embed_labels[1]}
                    <textarea readonly rows="3" data-testid="embed-script" prop:value=script_code></textarea>
                </label>
            </div>
        </footer>
    }
}
