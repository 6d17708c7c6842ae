//! One statement as a card: speaker, date, channel, the verbatim quote, its source and event.

use leptos::prelude::*;
use summitry_data::Statement;
use summitry_model::i18n::{channel, long, when};

use crate::{state::use_state, store};

/// A statement card. `side_label` is shown on every card (visually only on narrow screens,
/// where the columns become one stream); `show_event` adds a link to the statement's event.
#[component]
pub fn StatementCard(
    statement: &'static Statement,
    side_label: String,
    #[prop(default = true)] show_event: bool,
) -> impl IntoView {
    let ds = store();
    let state = use_state();
    let (t, lang_ui) = (state.t(), state.lang);
    let speaker = ds.actor(&statement.speaker);
    let source = ds.source(&statement.source);
    let event = statement
        .event
        .as_deref()
        .filter(|_| show_event)
        .and_then(|e| ds.event(e));
    let lang = source
        .map(|s| s.language.clone())
        .unwrap_or_else(|| "en".into());
    let name = speaker.map(|a| a.name.clone()).unwrap_or_default();
    let role = speaker.and_then(|a| a.role.clone());
    let heading_id = format!("sm-card-{}", statement.id);
    let labelled_by = heading_id.clone();
    view! {
        <article
            class="sm-card"
            class:sm-card--paraphrase=statement.paraphrase
            data-testid=format!("statement-{}", statement.id)
            aria-labelledby=labelled_by
        >
            <p class="sm-card__side">{side_label}</p>
            // Not a heading: cards sit under headings of different levels (claim, details panel).
            <p class="sm-card__speaker" id=heading_id>
                {name}
            </p>
            {role.map(|r| view! { <p class="sm-card__role" lang="en">{r}</p> })}
            <p class="sm-card__meta">
                <time datetime=summitry_model::dates::iso(statement.when.date)>{when(lang_ui, &statement.when)}</time>
                " · "
                {channel(lang_ui, statement.channel)}
            </p>
            {if statement.paraphrase {
                view! {
                    <p class="sm-card__quote sm-card__quote--paraphrase" lang=lang.clone()>
                        <span class="sm-card__flag">{t.paraphrase}</span>
                        {statement.quote.clone()}
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <blockquote class="sm-card__quote" lang=lang.clone()>
                        <p>"“" {statement.quote.clone()} "”"</p>
                    </blockquote>
                }
                    .into_any()
            }}
            {statement
                .context
                .clone()
                .map(|c| {
                    view! {
                        <p class="sm-card__context" lang=lang.clone()>
                            <span class="sm-card__flag">{t.in_the_article}</span>
                            {c}
                        </p>
                    }
                })}
            {source
                .map(|s| {
                    view! {
                        <p class="sm-card__source">
                            {t.source} <span lang="en">{s.outlet.clone()} ", “" <cite>{s.title.clone()}</cite> "”"</span> ", "
                            <time datetime=summitry_model::dates::iso(s.published)>{long(lang_ui, s.published)}</time>
                        </p>
                    }
                })}
            {event
                .map(|e| {
                    view! {
                        <p class="sm-card__event">
                            <a class="sm-link" href=format!("#event={}", e.id)>
                                {t.on_the_map} <span lang="en">{e.title.clone()}</span>
                            </a>
                        </p>
                    }
                })}
        </article>
    }
}
