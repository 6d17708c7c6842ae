//! Script embeds: `<div data-summitry data-view="map"></div>` plus one script tag. Each element
//! gets its own widget inside a shadow root, so host styles cannot reach it and its styles cannot
//! leak out.

use leptos::prelude::*;
use summitry_model::flags::Flags;
use summitry_model::route::Route;
use wasm_bindgen::JsCast;

use crate::{Host, Widget};

/// Every stylesheet, for the shadow roots (a page gets them as `<link>`s from trunk instead).
static CSS: &[&str] = &[
    include_str!("../style/tokens.css"),
    include_str!("../style/app.css"),
    include_str!("../style/map.css"),
    include_str!("../style/timeline.css"),
    include_str!("../style/compare.css"),
    include_str!("../style/list.css"),
];

/// Resets what a shadow host inherits from the page (font size, colour, line height...), so a
/// hostile `* { font-size: 40px !important }` on the page does not reach the widget. It comes
/// after the stylesheets, whose relative `.sm-app` font size would otherwise inherit the page's.
const HOST_RESET: &str = ":host { all: initial; display: block; } .sm-app { font-size: 16px; }";

/// The flags an embed element asks for in its data attributes (`data-view`, `data-lang`,
/// `data-dark`, `data-plain`, `data-static`, `data-accent`, `data-id`).
pub fn flags_of(el: &web_sys::Element) -> Flags {
    // Each value is read on its own: joined into a query string, `data-view="map&lang=uk"`
    // would set a second flag.
    let attributes: Vec<(&str, String)> = summitry_model::flags::ATTRIBUTES
        .iter()
        .filter_map(|name| el.get_attribute(name).map(|v| (*name, v)))
        .collect();
    summitry_model::flags::Embed::from_attributes(
        attributes.iter().map(|(name, v)| (*name, v.as_str())),
    )
    .flags
}

/// Mounts a widget in every `[data-summitry]` element not mounted yet; returns how many.
pub fn mount_embeds() -> usize {
    let Ok(list) = document().query_selector_all("[data-summitry]:not([data-summitry-mounted])")
    else {
        return 0;
    };
    let mut n = 0;
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|x| x.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if mount_one(&el).is_some() {
            n += 1;
        }
    }
    n
}

fn mount_one(el: &web_sys::Element) -> Option<()> {
    let _ = el.set_attribute("data-summitry-mounted", "");
    let flags = flags_of(el);
    let mut initial = Route {
        view: flags.view.unwrap_or_default(),
        ..Route::default()
    };
    initial.event = el.get_attribute("data-event");
    initial.claim = el.get_attribute("data-claim");
    let initial = initial.sanitise(crate::dataset());
    let shadow = el
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    let doc = document();
    let style = doc.create_element("style").ok()?;
    style.set_text_content(Some(&format!("{}\n{HOST_RESET}", CSS.join("\n"))));
    shadow.append_child(&style).ok()?;
    let container: web_sys::HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
    shadow.append_child(&container).ok()?;
    let host = Host {
        flags,
        initial,
        use_hash: false,
    };
    leptos::mount::mount_to(container, move || view! { <Widget host=host.clone() /> }).forget();
    Some(())
}
