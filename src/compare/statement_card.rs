//! One card: a speaker's consecutive words about one event, from one source (one quote or
//! several, listed), with the speaker's role, the channel, the source and the event.

use leptos::prelude::*;
use summitry_data::Statement;
use summitry_model::dates::iso;
use summitry_model::i18n::{channel, when};

use super::SourceLine;
use crate::{corrected::Corrected, state::use_state, store};

/// A card for `statements` (one speaker, one event, one source: see
/// `summitry_model::compare::group_cards`). `side_label` is shown on every card (visually only on
/// narrow screens, where the columns become one stream); `show_date` adds the date (the
/// comparison grid has it in its row header); `show_event` adds a link to the event on the map.
#[component]
pub fn StatementCard(
    statements: Vec<&'static Statement>,
    side_label: String,
    #[prop(default = true)] show_event: bool,
    #[prop(default = false)] show_date: bool,
) -> impl IntoView {
    let ds = store();
    let state = use_state();
    let (t, lang_ui) = (state.t(), state.lang);
    let first = statements[0];
    let speaker = ds.actor(&first.speaker);
    let source = ds.source(&first.source);
    let event = first
        .event
        .as_deref()
        .filter(|_| show_event)
        .and_then(|e| ds.event(e));
    let lang = source
        .map(|s| s.language.clone())
        .unwrap_or_else(|| "en".into());
    let name = speaker.map(|a| a.name.clone()).unwrap_or_default();
    let role = speaker.and_then(|a| a.role.clone());
    let role_lang = ds.edition.lang_of("actor", &first.speaker, "role");
    let name_lang = ds.edition.lang_of("actor", &first.speaker, "name");
    let heading_id = format!("sm-card-{}", first.id);
    let labelled_by = heading_id.clone();
    let paraphrase = statements.iter().all(|s| s.paraphrase);
    // The article's sentence is shown where it frames a quote; where it only repeats what the card
    // already shows in the article's words (a paraphrase beside it), it is left out.
    let paraphrased: Vec<&str> = statements
        .iter()
        .filter(|s| s.paraphrase)
        .map(|s| s.quote.as_str())
        .collect();
    let quotes = statements
        .iter()
        .map(|s| {
            let lang = lang.clone();
            let testid = format!("statement-{}", s.id);
            let words = if s.paraphrase {
                view! {
                    <p class="sm-card__quote sm-card__quote--paraphrase" lang=lang.clone()>
                        <span class="sm-card__flag">{t.paraphrase}</span>
                        {s.quote.clone()}
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <blockquote class="sm-card__quote" lang=lang.clone()>
                        <p>"“" {s.quote.clone()} "”"</p>
                    </blockquote>
                }
                .into_any()
            };
            let context = s
                .context
                .clone()
                .filter(|c| !paraphrased.iter().any(|p| c.contains(p)))
                .map(|c| {
                    view! {
                        <p class="sm-card__context" lang=lang.clone()>
                            <span class="sm-card__flag">{t.in_the_article}</span>
                            {c}
                        </p>
                    }
                });
            // A quote stays as published; the editors' translation is a second, labelled text.
            let translation = s.translation.as_deref().map(|tr| {
                view! {
                    <p class="sm-card__translation" data-testid=format!("translation-{}", s.id)>
                        <span class="sm-card__flag">{t.translation_by_editors}</span>
                        <span lang=ds.edition.lang.as_str()>{tr}</span>
                    </p>
                }
            });
            view! {
                <li class="sm-card__item" data-testid=testid>
                    {words}{translation}{context}
                    <Corrected kind="statement" id=s.id.as_str() corrections=&s.corrections />
                </li>
            }
        })
        .collect_view();
    view! {
        <article
            class="sm-card"
            class:sm-card--paraphrase=paraphrase
            data-testid=format!("card-{}", first.id)
            aria-labelledby=labelled_by
        >
            <p class="sm-card__side">{side_label}</p>
            // Not a heading: cards sit under headings of different levels (claim, details panel).
            <p class="sm-card__speaker" id=heading_id>
                <span lang=name_lang>{name}</span>
                {role.map(|r| view! { <span class="sm-card__role" lang=role_lang>", " {r}</span> })}
            </p>
            <p class="sm-card__meta">
                {show_date.then(|| view! {
                    <time datetime=iso(first.when.date)>{when(lang_ui, &first.when)}</time>
                    " · "
                })}
                {channel(lang_ui, first.channel)}
            </p>
            <ul class="sm-card__quotes">{quotes}</ul>
            {source.map(|s| view! { <p class="sm-card__source">{t.source} <SourceLine source=s /></p> })}
            {event
                .map(|e| {
                    view! {
                        <p class="sm-card__event">
                            <a class="sm-link" href=format!("#event={}", e.id)>
                                {t.on_the_map} <span lang=ds.edition.lang_of("event", &e.id, "title")>{e.title.clone()}</span>
                            </a>
                        </p>
                    }
                })}
        </article>
    }
}
