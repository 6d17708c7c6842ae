//! The footer: the open data to download, the embed codes, and the map credit.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use summitry_data::Correction;
use summitry_model::i18n::long;

use crate::{state::use_state, store};

/// The open-data files, as the build writes them beside the page: (file, type, label, test id).
pub const DOWNLOADS: [(&str, &str, &str, &str); 3] = [
    ("summitry.json", "application/json", "JSON", "download-json"),
    (
        "summitry-events.csv",
        "text/csv",
        "events.csv",
        "download-events-csv",
    ),
    (
        "summitry-statements.csv",
        "text/csv",
        "statements.csv",
        "download-statements-csv",
    ),
];

/// The folder the downloads live in, relative to the page (`data/`).
pub const DATA_DIR: &str = "data/";

/// Where one widget's open-data files are: the loaders say, through the [`crate::Host`] they
/// mount the widget with, and the build's renderer the same for each form it renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Downloads {
    /// In a folder, by its URL: the page's [`DATA_DIR`], or a script embed's own folder.
    Beside(String),
    /// Inline in the page (the single file), made into a file when a reader asks for it.
    Inline,
}

impl Default for Downloads {
    /// Beside the page, in [`DATA_DIR`].
    fn default() -> Self {
        Downloads::Beside(DATA_DIR.to_string())
    }
}

/// A `blob:` URL for an inline file (`<script type="..." data-summitry-file="name">`), made only
/// when the reader asks for it.
fn inline_blob(file: &str, mime: &str) -> Option<String> {
    let el = document()
        .query_selector(&format!("script[data-summitry-file=\"{file}\"]"))
        .ok()??;
    let text = el.text_content()?;
    let parts = js_sys::Array::of1(&JsValue::from_str(&text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The page's address without query or hash, and the folder it is in.
fn page_address() -> (String, String) {
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

/// Downloads (from where `downloads` says) and, where the widget is its own page (`embeddable`),
/// the embed codes.
#[component]
pub fn Footer(embeddable: bool, downloads: Downloads) -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let base = match downloads {
        Downloads::Beside(folder) => Some(folder),
        Downloads::Inline => None,
    };
    let downloads = DOWNLOADS
        .into_iter()
        .map(|(file, mime, label, testid)| {
            let href = base
                .as_ref()
                .map(|b| format!("{b}{file}"))
                .unwrap_or_else(|| "#".into());
            let inline = base.is_none();
            let on_click = move |ev: leptos::ev::MouseEvent| {
                if !inline {
                    return;
                }
                // The link's address is set as it is followed, so nothing is decoded at start.
                match inline_blob(file, mime) {
                    Some(url) => {
                        if let Some(a) = ev
                            .current_target()
                            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                        {
                            let _ = a.set_attribute("href", &url);
                        }
                    }
                    None => ev.prevent_default(),
                }
            };
            view! { <a class="sm-link" download=file href=href data-testid=testid on:click=on_click>{label}</a> " " }
        })
        .collect_view();
    let open = RwSignal::new(false);
    let iframe_code = move || {
        let (page, dir) = page_address();
        let hash = state.route().format();
        let hash = if hash.is_empty() {
            String::new()
        } else {
            format!("#{hash}")
        };
        format!(
            "<iframe src=\"{page}?id=summitry-1{hash}\" title=\"Summitry: who met, who said what\" width=\"100%\" height=\"900\" frameborder=\"0\" loading=\"lazy\" data-summitry-frame></iframe>\n<script src=\"{dir}embed.js\" async></script>"
        )
    };
    // The script of the page's language: its dataset and its still view are in that language.
    let script: &'static str = match store().edition.lang.as_str() {
        "uk" => "summitry-embed.uk.js",
        "fr" => "summitry-embed.fr.js",
        _ => "summitry-embed.js",
    };
    let script_code = move || {
        let (_, dir) = page_address();
        format!(
            "<div data-summitry data-view=\"{}\"></div>\n<script src=\"{dir}{script}\" defer></script>",
            state.view.get().as_str()
        )
    };
    view! {
        <footer class="sm-footer">
            <Corrections />
            <p class="sm-footer__data">
                <span>{t.get_data} ": "</span>
                {downloads}
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
                {move || open.get().then(|| view! {
                    <label class="sm-embed__field">
                        {t.embed_labels[0]}
                        <textarea readonly rows="4" data-testid="embed-iframe" prop:value=iframe_code></textarea>
                    </label>
                    <label class="sm-embed__field">
                        {t.embed_labels[1]}
                        <textarea readonly rows="3" data-testid="embed-script" prop:value=script_code></textarea>
                    </label>
                })}
            </div>
            <p class="sm-footer__credit">{t.made_with} " Summitry"</p>
        </footer>
    }
}

/// One line of the footer's corrections: the day, what was corrected (its title, a link to it)
/// and what changed.
struct Listed {
    date: time::Date,
    href: String,
    title: &'static str,
    title_lang: &'static str,
    text: &'static str,
    text_lang: &'static str,
}

/// Every correction of the items the widget holds, newest first.
fn corrections() -> Vec<Listed> {
    let ds = store();
    let ed = ds.edition;
    let mut out = Vec::new();
    let mut add =
        |kind: &str, id: &str, href: String, title: &'static str, list: &'static [Correction]| {
            for c in list {
                out.push(Listed {
                    date: c.date,
                    href: href.clone(),
                    title,
                    title_lang: ed.lang_of(kind, id, "title"),
                    text: &c.text,
                    text_lang: ed.correction_lang(kind, id, c.date),
                });
            }
        };
    let (events, statements) = ds.corrected();
    for e in events {
        add(
            "event",
            &e.id,
            format!("#event={}", e.id),
            &e.title,
            &e.corrections,
        );
    }
    for s in statements {
        // A statement is shown with its event, or in the comparisons quoting it.
        let href = match &s.event {
            Some(e) => format!("#event={e}"),
            None => String::from("#view=compare"),
        };
        add("statement", &s.id, href, &s.quote, &s.corrections);
    }
    for c in ds.claims().iter().filter(|c| !c.corrections.is_empty()) {
        let href = format!("#view=compare&claim={}", c.id);
        add("claim", &c.id, href, &c.title, &c.corrections);
    }
    out.sort_by_key(|l| std::cmp::Reverse(l.date));
    out
}

/// The dataset's public corrections, if it has any.
#[component]
fn Corrections() -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let list = corrections();
    (!list.is_empty()).then(|| {
        let items = list
            .into_iter()
            .map(|l| {
                view! {
                    <li>
                        <time datetime=summitry_data::iso(l.date)>{long(state.lang, l.date)}</time>
                        ": "
                        <a class="sm-link" href=l.href lang=l.title_lang>{l.title}</a>
                        " — "
                        <span lang=l.text_lang>{l.text}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="sm-footer__corrections" data-testid="corrections" aria-labelledby="sm-corrections-title">
                <h2 class="sm-footer__heading" id="sm-corrections-title">{t.corrections}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}
