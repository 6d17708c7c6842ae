//! The map's country outlines, Natural Earth (public domain) via the world-atlas package (ISC);
//! see vendor/world-atlas/.
//!
//! The outlines ship once, in the page the build renders ahead of time: the build draws them
//! from the table `build.rs` projects, and the live widget copies the drawn group from that page
//! instead of carrying its own copy in the wasm.

use leptos::prelude::*;

#[cfg(feature = "ssr")]
include!(concat!(env!("OUT_DIR"), "/countries.rs"));

/// The outlines group of the page rendered ahead of time (a `<g class="sm-map__countries">`),
/// which every map of one live widget copies; its root provides it ([`provide_outlines`]).
#[cfg(not(feature = "ssr"))]
#[derive(Clone, Copy)]
struct Outlines(StoredValue<Option<web_sys::Element>, LocalStorage>);

/// Gives the maps of this widget the outlines `group` the loader found (the widget's root calls
/// it; the build draws its own).
#[cfg(not(feature = "ssr"))]
pub fn provide_outlines(group: Option<web_sys::Element>) {
    provide_context(Outlines(StoredValue::new_local(group)));
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
        let outlines = use_context::<Outlines>();
        Effect::new(move |_| {
            let Some(g) = group.get() else { return };
            if g.child_element_count() > 0 {
                return;
            }
            let template = outlines.and_then(|Outlines(o)| o.get_value());
            if let Some(copy) = template.and_then(|t| t.clone_node_with_deep(true).ok()) {
                // The template is the group itself: move its children in.
                while let Some(child) = copy.first_child() {
                    let _ = g.append_child(&child);
                }
            }
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
