//! Where a statement or an event comes from, as a reader should read it: the outlet and the
//! headline as printed, and plain words where the article prints none (never the dataset's
//! bracketed editor's note).

use leptos::prelude::*;
use summitry_data::Source;
use summitry_model::dates::iso;
use summitry_model::i18n::long;

use crate::state::use_state;

/// "Outlet, “Headline”, 7 January 2026", or "article of 27 July 2025, outlet not named".
#[component]
pub fn SourceLine(source: &'static Source) -> impl IntoView {
    let state = use_state();
    let (t, lang) = (state.t(), state.lang);
    let date = long(lang, source.published);
    let time = view! { <time datetime=iso(source.published)>{date.clone()}</time> };
    let outlet = source.outlet_named();
    let body = match (outlet, source.title_named()) {
        (Some(o), Some(title)) => view! {
            <span lang="en">{o.to_string()} ", “" <cite>{title.to_string()}</cite> "”"</span> ", " {time}
        }
        .into_any(),
        (None, Some(title)) => view! {
            <span lang="en">"“" <cite>{title.to_string()}</cite> "”"</span> ", " {time} " (" {t.outlet_not_named} ")"
        }
        .into_any(),
        (Some(o), None) => {
            view! { <span lang="en">{o.to_string()}</span> ", " {(t.article_of)(&date)} }.into_any()
        }
        (None, None) => {
            view! { {(t.article_of)(&date)} ", " {t.outlet_not_named} }.into_any()
        }
    };
    view! { <span class="sm-source">{body}</span> }
}
