//! Browser tier: mount the widget in headless Chromium and check that it renders and reacts.
//! Run by `cargo xtask test` (wasm-bindgen-test-runner with chromedriver).
#![cfg(target_arch = "wasm32")]

mod common;

use std::collections::BTreeSet;

use common::{all, hash, one, text, tick};
use leptos::prelude::*;
use summitry::compare::StatementCard;
use summitry::state::State;
use summitry::store;
use summitry_data::{Channel, Precision, Statement, When};
use summitry_model::flags::Lang;
use summitry_model::route::Route;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The whole dataset as one core file, written by build.rs.
static CORE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/core.bin"));

/// Installs the dataset, as every form's loader does before it mounts a view.
fn install() {
    summitry::data::install(CORE).expect("build.rs wrote a valid core file");
}

/// Mounts `App` in a fresh container after setting the URL hash, with the dataset installed;
/// returns the container.
async fn mount_app(hash: &str) -> HtmlElement {
    install();
    common::mount_app(hash).await
}

/// [`mount_app`] in a box `width` CSS pixels wide, once the map has seen its width.
async fn mount_app_at(hash: &str, width: u32) -> HtmlElement {
    install();
    common::mount_app_at(hash, width).await
}

#[wasm_bindgen_test]
async fn the_header_shows_counts_from_the_compiled_dataset() {
    let root = mount_app("").await;
    let ds = store();
    assert_eq!(
        text(&root, "[data-testid=count-events]"),
        ds.events().len().to_string()
    );
    assert_eq!(
        text(&root, "[data-testid=count-statements]"),
        ds.totals.statements.to_string()
    );
    assert_eq!(
        text(&root, "[data-testid=count-claims]"),
        ds.claims().len().to_string()
    );
    assert_eq!(
        text(&root, "h1"),
        ds.name,
        "the story's headline heads the widget"
    );
    assert!(text(&root, ".sm-footer__credit").contains("Summitry"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_map_has_one_marker_per_place_with_events_at_each_width() {
    install();
    let events = store().events();
    let places: BTreeSet<&str> = events.iter().filter_map(|e| e.place.as_deref()).collect();
    // The live map is laid out for its own width class (small, medium, large); each layout names
    // every place once: its own marker, or a grouped marker whose name lists it.
    for (width, px) in [("s", 300), ("m", 560), ("l", 900)] {
        let root = mount_app_at("", px).await;
        // Buttons of another width's drawing that the map keeps hidden, for when they come back,
        // are not markers a reader sees.
        let markers = all(&root, "[data-testid^=marker-]:not([hidden])");
        for m in &markers {
            let class = m.get_attribute("class").unwrap_or_default();
            let widths: Vec<&str> = class
                .split_whitespace()
                .filter(|c| c.starts_with("sm-w"))
                .collect();
            assert_eq!(widths, [format!("sm-w-{width}")], "{px} px: {class}");
        }
        assert!(
            !markers.is_empty() && markers.len() <= places.len(),
            "width {width}"
        );
        let ids: BTreeSet<String> = markers
            .iter()
            .map(|m| m.get_attribute("data-testid").unwrap())
            .collect();
        assert_eq!(ids.len(), markers.len(), "a marker twice at width {width}");
        for p in &places {
            let name = &store().place(p).unwrap().name;
            assert!(
                markers.iter().any(|m| {
                    m.get_attribute("data-testid").unwrap() == format!("marker-{p}")
                        || m.get_attribute("aria-label")
                            .unwrap()
                            .contains(name.as_str())
                }),
                "{p} has no marker at width {width}"
            );
        }
        // The outlines come from the page the build renders (end-to-end tier), not the wasm.
        assert_eq!(all(&root, ".sm-map__countries").len(), 1);
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn selecting_an_event_on_the_timeline_opens_its_panel_and_marks_the_map() {
    let root = mount_app("").await;
    let mark: HtmlElement =
        one(&root, "[data-testid=mark-istanbul-talks-2025-07-23]").unchecked_into();
    mark.click();
    tick().await;
    let panel = one(&root, "[data-testid=details-istanbul-talks-2025-07-23]");
    let panel_text = panel.text_content().unwrap();
    assert!(
        panel_text.contains("1,200 people from each side"),
        "{panel_text}"
    );
    assert!(
        panel_text.contains("Ukrainian delegation") && panel_text.contains("Russian delegation")
    );
    assert_eq!(
        one(&root, "[data-testid=marker-istanbul]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(mark.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        hash().await,
        "event=istanbul-talks-2025-07-23",
        "the selection is in the URL"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_deep_link_restores_the_selected_event() {
    let root = mount_app("event=brussels-2025-10-23-zelensky-macron").await;
    one(
        &root,
        "[data-testid=details-brussels-2025-10-23-zelensky-macron]",
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_filter_narrows_the_list_to_matching_events() {
    let root = mount_app("view=list&kind=call").await;
    let calls = store()
        .events()
        .iter()
        .filter(|e| e.kind == summitry_data::EventKind::Call)
        .count();
    assert_eq!(all(&root, "[data-testid=list-row]").len(), calls);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_featured_comparison_shows_both_sides_and_the_kremlin_remark() {
    let root = mount_app("view=compare").await;
    let claim = one(&root, "[data-testid=claim-leaders-meeting-by-august-2025]");
    one(&claim, "[data-testid=side-ukraine]");
    one(&claim, "[data-testid=side-russia]");
    let card = text(
        &claim,
        "[data-testid=statement-kremlin-2025-07-24-cart-before-horse]",
    );
    assert!(
        card.contains("trying to put the cart before the horse a little bit"),
        "{card}"
    );
    assert!(
        text(&claim, "[data-testid=statement-umerov-2025-07-23-proposal]")
            .contains("by late August")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_readout_comparison_shows_its_matrix() {
    let root = mount_app("view=compare&claim=readout-2025-01-27").await;
    let m = text(&root, "[data-testid=readout-matrix]");
    assert!(m.contains("published nothing"), "{m}");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_quote_with_markup_shows_the_markup_as_characters() {
    let statement: &'static Statement = Box::leak(Box::new(Statement {
        id: "markup".into(),
        speaker: "zelensky".into(),
        when: When {
            date: time::macros::date!(2025 - 07 - 27),
            precision: Precision::Day,
            end: None,
        },
        date_basis: None,
        channel: Channel::PostOnX,
        quote: "<b>bold</b> & <script>alert(1)</script>".into(),
        paraphrase: false,
        context: None,
        event: None,
        topics: vec![],
        source: "src-2025-07-27-phone-call".into(),
        translation: Some("<i>italic</i> & <img src=x>".into()),
        corrections: vec![],
    }));
    install();
    let doc = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    leptos::mount::mount_to(el.clone(), move || {
        // A card reads its interface language from the widget's state, as inside Widget.
        provide_context(State::new(Route::default(), Lang::En));
        view! { <StatementCard statements=vec![statement] side_label="Ukraine".to_string() /> }
    })
    .forget();
    tick().await;
    let quote = one(&el, "blockquote");
    assert!(quote
        .text_content()
        .unwrap()
        .contains("<b>bold</b> & <script>"));
    assert!(all(&el, "blockquote b").is_empty() && all(&el, "blockquote script").is_empty());
    let translation = one(&el, "[data-testid=translation-markup]");
    assert!(translation
        .text_content()
        .unwrap()
        .contains("<i>italic</i> & <img src=x>"));
    assert!(all(&el, "[data-testid=translation-markup] i").is_empty());
    assert!(all(&el, "[data-testid=translation-markup] img").is_empty());
    el.remove();
}
