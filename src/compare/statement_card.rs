//! One statement as a card: speaker, date, channel, the verbatim quote, its source and event.

use leptos::prelude::*;
use summitry_data::Statement;
use summitry_model::dates;

use crate::dataset;
use crate::labels::channel_label;

/// A statement card. `side_label` is shown on every card (visually only on narrow screens,
/// where the columns become one stream); `show_event` adds a link to the statement's event.
#[component]
pub fn StatementCard(
    statement: &'static Statement,
    side_label: String,
    #[prop(default = true)] show_event: bool,
) -> impl IntoView {
    let ds = dataset();
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
            {role.map(|r| view! { <p class="sm-card__role">{r}</p> })}
            <p class="sm-card__meta">
                <time datetime=dates::iso(statement.when.date)>{dates::when(&statement.when)}</time>
                " · "
                {channel_label(statement.channel)}
            </p>
            {if statement.paraphrase {
                view! {
                    <p class="sm-card__quote sm-card__quote--paraphrase" lang=lang.clone()>
                        <span class="sm-card__flag">"Paraphrase, as the article reports it: "</span>
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
                            <span class="sm-card__flag">"In the article: "</span>
                            {c}
                        </p>
                    }
                })}
            {source
                .map(|s| {
                    view! {
                        <p class="sm-card__source">
                            "Source: " {s.outlet.clone()} ", “" <cite>{s.title.clone()}</cite> "”, "
                            <time datetime=dates::iso(s.published)>{dates::long(s.published)}</time>
                        </p>
                    }
                })}
            {event
                .map(|e| {
                    view! {
                        <p class="sm-card__event">
                            <a class="sm-link" href=format!("#event={}", e.id)>
                                "On the map: " {e.title.clone()}
                            </a>
                        </p>
                    }
                })}
        </article>
    }
}
