//! The map's country outlines, Natural Earth (public domain) via the world-atlas package (ISC);
//! see vendor/world-atlas/.
//!
//! The outlines ship once, in the page the build renders ahead of time: the build draws them
//! from the table `build.rs` projects, and the live widget copies the drawn group from that page
//! instead of carrying its own copy in the wasm.

use std::cell::RefCell;

use leptos::prelude::*;

#[cfg(feature = "ssr")]
include!(concat!(env!("OUT_DIR"), "/countries.rs"));

thread_local! {
    /// The outlines group found in the page rendered ahead of time, kept for every map mounted.
    static TEMPLATE: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Keeps `group` (a `<g class="sm-map__countries">` of the page rendered ahead of time) to copy
/// into every map the live widget mounts.
pub fn set_template(group: web_sys::Element) {
    TEMPLATE.with(|t| *t.borrow_mut() = Some(group));
}

/// The outlines: drawn by the build; copied from its page by the live widget.
#[allow(non_snake_case)]
pub fn Countries() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let paths: Vec<_> = COUNTRIES
            .iter()
            .map(|(code, name, d)| {
                view! {
                    <path class="sm-map__country" data-code=*code d=*d>
                        <title>{*name}</title>
                    </path>
                }
            })
            .collect();
        view! { <g class="sm-map__countries">{paths}</g> }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let group = NodeRef::<leptos::svg::G>::new();
        Effect::new(move |_| {
            let Some(g) = group.get() else { return };
            if g.child_element_count() > 0 {
                return;
            }
            TEMPLATE.with(|t| {
                if let Some(template) = t.borrow().as_ref() {
                    if let Ok(copy) = template.clone_node_with_deep(true) {
                        // The template is the group itself: move its children in.
                        while let Some(child) = copy.first_child() {
                            let _ = g.append_child(&child);
                        }
                    }
                }
            });
        });
        view! { <g class="sm-map__countries" node_ref=group></g> }
    }
}

/// The stylesheet rules that tint a country when the map's `data-tint` lists its code.
#[cfg(feature = "ssr")]
pub fn tint_css() -> String {
    let mut css = String::new();
    for (code, _, _) in COUNTRIES.iter().filter(|(code, _, _)| !code.is_empty()) {
        css.push_str(&format!(
            ".sm-map__svg[data-tint~=\"{code}\"] .sm-map__country[data-code=\"{code}\"]{{fill:var(--sm-land-tint)}}\n"
        ));
    }
    css
}
