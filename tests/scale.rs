//! Browser tier at scale: the widget on a generated dataset (`cargo xtask test` generates 10,000
//! events with `gen-data --events 10000 --seed 7` and builds these tests with `SUMMITRY_DATA`
//! pointing at it, feature `scale-tests`). Structure and counts, not timings: every view stays
//! under a DOM budget, the timeline counts events in bins and zooms, search and filters narrow
//! the set, and keyboard stepping still visits events in date order.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use summitry::store;
use summitry_model::filter::{in_time_order, Filters};
use summitry_model::list::PAGE;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The whole generated dataset as one core file, written by build.rs.
static CORE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/core.bin"));

/// Most DOM nodes any view may have, whatever the size of the dataset.
const MAX_NODES: usize = 3_000;

fn install() {
    summitry::data::install(CORE).expect("build.rs wrote a valid core file");
    assert!(
        store().events_loaded() >= 2_000,
        "the scale tests need a large dataset (SUMMITRY_DATA); this one has {} events",
        store().events_loaded()
    );
}

#[wasm_bindgen_test]
async fn every_view_stays_under_three_thousand_nodes() {
    install();
    for view in ["map", "compare", "network", "list"] {
        let root = mount_app(&format!("view={view}")).await;
        let n = nodes(&root);
        console_log!(
            "{view} view: {n} DOM nodes at {} events",
            store().events_loaded()
        );
        assert!(n < MAX_NODES, "{view}: {n} nodes");
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn the_network_folds_the_least_connected_and_opens_a_side_on_demand() {
    install();
    let root = mount_app("view=network").await;
    let drawn = all(&root, "[data-testid^=node-]").len();
    let sides = store().sides().len();
    console_log!(
        "network: {drawn} nodes drawn of {} actors",
        store().actors().len()
    );
    assert!(
        drawn <= 40 + sides,
        "{drawn} nodes: at most 40 actors and a group per side"
    );
    let groups = all(&root, ".sm-net__node--group");
    assert!(!groups.is_empty(), "some actors are folded into groups");
    // Enter on a group opens its side: its actors take places in the drawing, so the group
    // holds fewer of them, or none.
    let group = groups[0].get_attribute("data-testid").unwrap_or_default();
    let folded = |root: &HtmlElement| {
        all(root, &format!("[data-testid={group}]"))
            .first()
            .and_then(|g| g.get_attribute("aria-label"))
            .and_then(|l| l.split_whitespace().next()?.parse::<usize>().ok())
            .unwrap_or(0)
    };
    let before = folded(&root);
    assert!(before > 0, "{group} says how many it holds");
    key(&groups[0], "Enter");
    next_frame().await;
    let n = nodes(&root);
    assert!(n < MAX_NODES, "with a side opened: {n} nodes");
    let after = folded(&root);
    assert!(after < before, "{group} held {before} actors, then {after}");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_map_clusters_its_buttons() {
    install();
    let root = mount_app("").await;
    let buttons = all(&root, "[data-testid=map] button").len();
    console_log!("map: {buttons} buttons");
    assert!(buttons <= 300, "{buttons} buttons on the map");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_timeline_counts_events_in_bins_and_a_bin_zooms_in_to_marks() {
    install();
    let root = mount_app("").await;
    let bins = all(&root, "[data-testid=timeline-bin]");
    assert!(!bins.is_empty(), "bins at 10,000 events");
    assert!(bins.len() <= 25, "{} bins", bins.len());
    assert!(all(&root, "[data-testid^=mark-]").is_empty(), "no marks");
    // Each zoom shows a twelfth of the span: a few zooms reach single events.
    for _ in 0..6 {
        let bins = all(&root, "[data-testid=timeline-bin]");
        let Some(first) = bins.first() else {
            break;
        };
        first.unchecked_ref::<HtmlElement>().click();
        tick().await;
        one(&root, "[data-testid=timeline-zoom]");
    }
    let marks = all(&root, "[data-testid^=mark-]");
    assert!(!marks.is_empty(), "zooming in reveals marks");
    assert!(all(&root, "[data-testid=timeline-bin]").is_empty());
    assert!(
        all(&root, ".sm-timeline__tick").len() >= 2,
        "a zoomed axis still has ticks (on days)"
    );
    click(&root, "[data-testid=timeline-unzoom]");
    tick().await;
    assert!(!all(&root, "[data-testid=timeline-bin]").is_empty());
    root.remove();
}

/// The widget's stylesheets, which the browser tier otherwise does without: the target sizes are
/// the stylesheet's.
const STYLES: [&str; 4] = [
    include_str!("../style/tokens.css"),
    include_str!("../style/app.css"),
    include_str!("../style/map.css"),
    include_str!("../style/timeline.css"),
];

/// Whether `el`'s box is at least 24 x 24 px and the topmost element at its centre is `el` or
/// inside it (not a neighbour drawn over it): a target axe's `target-size` rule accepts.
fn whole_target(el: &Element) -> Result<(), String> {
    let r = el.get_bounding_client_rect();
    let id = el.get_attribute("data-testid").unwrap_or_default();
    if r.width() < 24.0 || r.height() < 24.0 {
        return Err(format!("{id} is {} x {} px", r.width(), r.height()));
    }
    let doc = web_sys::window().unwrap().document().unwrap();
    let (x, y) = (r.left() + r.width() / 2.0, r.top() + r.height() / 2.0);
    let top = doc.element_from_point(x as f32, y as f32);
    if !top.is_some_and(|t| el.contains(Some(&t))) {
        return Err(format!("{id} is covered at its centre ({x}, {y})"));
    }
    Ok(())
}

/// Whether the boxes of targets `a` and `b` overlap (by more than rounding), as text naming them.
fn overlap(a: &Element, b: &Element) -> Option<String> {
    let (ra, rb) = (a.get_bounding_client_rect(), b.get_bounding_client_rect());
    let x = ra.right().min(rb.right()) - ra.left().max(rb.left());
    let y = ra.bottom().min(rb.bottom()) - ra.top().max(rb.top());
    let name = |e: &Element| e.get_attribute("data-testid").unwrap_or_default();
    (x > 0.5 && y > 0.5)
        .then(|| format!("{} and {} overlap by {x:.1} x {y:.1} px", name(a), name(b)))
}

#[wasm_bindgen_test]
async fn on_a_phone_every_bin_and_map_button_is_a_whole_target_of_24_px() {
    install();
    let doc = web_sys::window().unwrap().document().unwrap();
    let style = doc.create_element("style").unwrap();
    style.set_text_content(Some(&STYLES.concat()));
    doc.head().unwrap().append_child(&style).unwrap();
    let root = mount_app_at("", 375).await;
    let bins = all(&root, "[data-testid=timeline-bin]");
    let buttons = all(&root, "[data-testid=map] .sm-marker");
    let clusters = all(&root, "[data-testid^=marker-group-]").len();
    console_log!(
        "375 px: {} bins, {} map buttons ({clusters} clusters)",
        bins.len(),
        buttons.len()
    );
    assert!(
        !bins.is_empty() && clusters > 0,
        "bins and clusters at scale"
    );
    let mut bad = Vec::new();
    let mut shown = Vec::new();
    for el in bins.iter().chain(&buttons) {
        // Buttons of other width classes are hidden by the stylesheet, and have no box.
        if el.get_bounding_client_rect().width() == 0.0 {
            continue;
        }
        el.scroll_into_view();
        if let Err(e) = whole_target(el) {
            bad.push(e);
        }
        shown.push(el);
    }
    // A neighbour over any part of a target, not only its centre, leaves it less than whole
    // (axe: "partially obscured"): no two targets' boxes may overlap.
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            if let Some(e) = overlap(a, b) {
                bad.push(e);
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    root.remove();
    style.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_step_through_events_in_date_order_over_bins() {
    install();
    let root = mount_app("").await;
    let order: Vec<String> = in_time_order(store())
        .iter()
        .map(|e| e.id.clone())
        .collect();
    let track = one(&root, ".sm-timeline__track");
    let bin: HtmlElement = one(&root, "[data-testid=timeline-bin]").unchecked_into();
    bin.focus().unwrap();
    for expected in &order[..3] {
        key(&track, "ArrowRight");
        tick().await;
        assert_eq!(hash().await, format!("event={expected}"));
    }
    key(&track, "ArrowLeft");
    tick().await;
    assert_eq!(hash().await, format!("event={}", order[1]));
    // Focus stays on the strip: the bin that counts the selected event.
    let active: Element = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(
        active.get_attribute("data-testid").as_deref(),
        Some("timeline-bin")
    );
    assert!(active.class_list().contains("sm-bin--selected"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_search_and_filters_narrow_the_set() {
    install();
    let ds = store();
    let total = ds.events_loaded();
    // A participant's name: present in some events, not all.
    let name = ds.events()[0].participants[0].clone();
    let name = ds.actor(&name).unwrap().name.clone();
    let word = name.split_whitespace().last().unwrap().to_string();
    let expected = |f: Filters| f.events(ds).len();
    let by_word = expected(Filters {
        query: word.clone(),
        ..Default::default()
    });
    assert!(0 < by_word && by_word < total, "{word}: {by_word}");

    let root = mount_app("").await;
    assert_eq!(shown_count(&root), total);
    type_into(&root, "[data-testid=filter-search]", &word.to_uppercase());
    tick().await;
    assert_eq!(shown_count(&root), by_word);
    assert_eq!(
        summitry_model::route::Route::parse(&hash().await)
            .filters
            .query,
        word.to_uppercase()
    );
    root.remove();

    // With a kind filter too, from a link.
    let calls = expected(Filters {
        query: word.clone(),
        kinds: vec![summitry_data::EventKind::Call],
        ..Default::default()
    });
    let root = mount_app(&format!("kind=call&q={word}")).await;
    assert_eq!(shown_count(&root), calls);
    assert!(calls < by_word);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_list_shows_a_page_of_rows_sorts_by_column_and_says_how_many_match() {
    install();
    let total = store().events_loaded();
    let root = mount_app("view=list").await;
    assert_eq!(all(&root, "[data-testid=list-row]").len(), PAGE);
    let count = text(&root, ".sm-list__count");
    assert!(count.contains(&format!("{total} of {total}")), "{count}");
    click(&root, "[data-testid=list-more]");
    tick().await;
    assert_eq!(all(&root, "[data-testid=list-row]").len(), 2 * PAGE);

    let th = |testid: &str| {
        one(&root, &format!("[data-testid={testid}]"))
            .closest("th")
            .unwrap()
            .unwrap()
    };
    assert_eq!(
        th("sort-date").get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    click(&root, "[data-testid=sort-place]");
    tick().await;
    assert_eq!(
        th("sort-place").get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    assert_eq!(
        th("sort-date").get_attribute("aria-sort").as_deref(),
        Some("none")
    );
    assert_eq!(
        all(&root, "[data-testid=list-row]").len(),
        PAGE,
        "a new sort starts a page"
    );
    let places: Vec<String> = all(&root, "[data-testid=list-row] td:nth-of-type(3)")
        .iter()
        .map(|td| td.text_content().unwrap_or_default().to_lowercase())
        .collect();
    assert!(places.windows(2).all(|w| w[0] <= w[1]), "{places:?}");
    click(&root, "[data-testid=sort-date]");
    tick().await;
    click(&root, "[data-testid=sort-date]");
    tick().await;
    assert_eq!(
        th("sort-date").get_attribute("aria-sort").as_deref(),
        Some("descending")
    );
    let last = in_time_order(store()).last().unwrap().id.clone();
    let first_row = text(&root, "[data-testid=list-row] a");
    assert_eq!(first_row, store().event(&last).unwrap().title);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_an_old_event() {
    install();
    let first = in_time_order(store())[0].id.clone();
    let root = mount_app(&format!("event={first}")).await;
    one(&root, &format!("[data-testid=details-{first}]"));
    root.remove();
}
