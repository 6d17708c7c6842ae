//! The open data a reader downloads: denormalised JSON and flat CSV, documented in docs/DATA.md.

use serde_json::{json, Value};

use summitry_data::{Correction, Dataset, Event, Statement, When};

pub mod timelinejs;

/// Version of the export format; bumped when a field changes meaning or disappears.
pub const FORMAT_VERSION: u32 = 2;

fn date_json(w: &When) -> Value {
    json!({
        "date": w.date.to_string(),
        "date_precision": w.precision.as_str(),
        "date_end": w.end.map(|d| d.to_string()),
    })
}

fn merge(mut a: Value, b: Value) -> Value {
    if let (Some(a), Value::Object(b)) = (a.as_object_mut(), b) {
        a.extend(b);
    }
    a
}

fn corrections_json(corrections: &[Correction]) -> Value {
    corrections
        .iter()
        .map(|c| json!({"date": c.date.to_string(), "text": c.text}))
        .collect()
}

/// Corrections in one CSV cell: `2026-12-01: what changed`, joined with ` | `.
fn corrections_cell(corrections: &[Correction]) -> String {
    let each: Vec<String> = corrections
        .iter()
        .map(|c| format!("{}: {}", c.date, c.text))
        .collect();
    each.join(" | ")
}

fn event_json(ds: &Dataset, e: &Event) -> Value {
    let place = e.place.as_deref().and_then(|p| ds.place(p)).map(
        |p| json!({"id": p.id, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon}),
    );
    let participants: Vec<Value> = e
        .participants
        .iter()
        .filter_map(|a| ds.actor(a))
        .map(|a| json!({"id": a.id, "name": a.name}))
        .collect();
    merge(
        json!({
            "id": e.id,
            "kind": e.kind.as_str(),
            "status": e.status.as_str(),
            "title": e.title,
            "summary": e.summary,
            "outcome": e.outcome,
            "date_basis": e.date_basis,
            "place": place,
            "place_basis": e.place_basis,
            "participants": participants,
            "topics": e.topics,
            "sources": e.sources,
            "corrections": corrections_json(&e.corrections),
        }),
        date_json(&e.when),
    )
}

fn statement_json(ds: &Dataset, s: &Statement) -> Value {
    let speaker = ds
        .actor(&s.speaker)
        .map(|a| json!({"id": a.id, "name": a.name, "side": a.side, "role": a.role}));
    let source = ds.source(&s.source).map(|src| {
        json!({"id": src.id, "outlet": src.outlet, "title": src.title, "published": src.published.to_string(), "url": src.url})
    });
    merge(
        json!({
            "id": s.id,
            "speaker": speaker,
            "channel": s.channel.as_str(),
            "quote": s.quote,
            "paraphrase": s.paraphrase,
            "context": s.context,
            "event": s.event,
            "topics": s.topics,
            "source": source,
            "date_basis": s.date_basis,
            "translation": s.translation,
            "corrections": corrections_json(&s.corrections),
        }),
        date_json(&s.when),
    )
}

/// The whole dataset as the documented JSON object.
pub fn to_json(ds: &Dataset) -> Value {
    json!({
        "format_version": FORMAT_VERSION,
        "name": ds.name,
        "description": ds.description,
        "lang": ds.edition.lang,
        "credit": ds.edition.credit,
        "updated": ds.edition.updated.map(|d| d.to_string()),
        "sides": ds.sides.iter().map(|s| json!({"id": s.id, "label": s.label, "country": s.country})).collect::<Vec<_>>(),
        "sources": ds.sources.iter().map(|s| json!({
            "id": s.id, "outlet": s.outlet, "title": s.title, "published": s.published.to_string(),
            "published_basis": s.published_basis, "language": s.language, "file": s.file, "url": s.url,
        })).collect::<Vec<_>>(),
        "actors": ds.actors.iter().map(|a| json!({
            "id": a.id, "name": a.name, "kind": a.kind, "role": a.role, "country": a.country, "side": a.side,
        })).collect::<Vec<_>>(),
        "places": ds.places.iter().map(|p| json!({
            "id": p.id, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon, "capital_of": p.capital_of,
        })).collect::<Vec<_>>(),
        "topics": ds.topics.iter().map(|t| json!({"id": t.id, "label": t.label})).collect::<Vec<_>>(),
        "events": ds.events.iter().map(|e| event_json(ds, e)).collect::<Vec<_>>(),
        "statements": ds.statements.iter().map(|s| statement_json(ds, s)).collect::<Vec<_>>(),
        "claims": ds.claims.iter().map(|c| json!({
            "id": c.id,
            "kind": c.kind,
            "title": c.title,
            "summary": c.summary,
            "event": c.event,
            "featured": c.featured,
            "terms": c.terms,
            "sides": c.sides.iter().map(|s| json!({
                "label": s.label, "side": s.side, "position": s.position.as_str(),
                "statements": s.statements, "note": s.note,
            })).collect::<Vec<_>>(),
            "corrections": corrections_json(&c.corrections),
        })).collect::<Vec<_>>(),
    })
}

/// schema.org JSON-LD for search engines and archives: every event as an `Event` and every
/// statement as a `Quotation` based on its article.
pub fn to_json_ld(ds: &Dataset) -> Value {
    let agent = |id: &str| {
        ds.actor(id).map(|a| {
            let kind = if a.kind == summitry_data::ActorKind::Person {
                "Person"
            } else {
                "Organization"
            };
            json!({"@type": kind, "name": a.name})
        })
    };
    let events = ds.events.iter().map(|e| {
        let location = match e.place.as_deref().and_then(|p| ds.place(p)) {
            Some(p) => json!({
                "@type": "Place",
                "name": p.name,
                "address": {"@type": "PostalAddress", "addressCountry": p.country},
                "geo": {"@type": "GeoCoordinates", "latitude": p.lat, "longitude": p.lon},
            }),
            None => json!({"@type": "VirtualLocation", "name": if e.kind == summitry_data::EventKind::Call { "Phone call" } else { "Not given" }}),
        };
        let mut v = json!({
            "@type": "Event",
            "@id": format!("#event={}", e.id),
            "inLanguage": ds.edition.lang,
            "name": e.title,
            "description": e.summary,
            "startDate": e.when.date.to_string(),
            "location": location,
            "attendee": e.participants.iter().filter_map(|a| agent(a)).collect::<Vec<_>>(),
        });
        if let Some(end) = e.when.end {
            v["endDate"] = json!(end.to_string());
        }
        if e.status == summitry_data::Status::Scheduled {
            v["eventStatus"] = json!("https://schema.org/EventScheduled");
        }
        v
    });
    let quotes = ds.statements.iter().map(|s| {
        let article = ds.source(&s.source).map(|src| {
            let mut a = json!({
                "@type": "NewsArticle",
                "headline": src.title,
                "datePublished": src.published.to_string(),
                "publisher": {"@type": "Organization", "name": src.outlet},
            });
            if let Some(url) = &src.url {
                a["url"] = json!(url);
            }
            a
        });
        let lang = ds.source(&s.source).map(|src| src.language.as_str());
        json!({
            "@type": "Quotation",
            "inLanguage": lang,
            "text": s.quote,
            "creator": agent(&s.speaker),
            "dateCreated": s.when.date.to_string(),
            "isBasedOn": article,
        })
    });
    json!({
        "@context": "https://schema.org",
        "@graph": std::iter::once(dataset_ld(ds)).chain(events).chain(quotes).collect::<Vec<_>>(),
    })
}

/// The dataset itself as a schema.org `Dataset`: headline, language, credit, last change, and
/// every correction of its items (schema.org's `correction`, as news organisations publish them).
fn dataset_ld(ds: &Dataset) -> Value {
    let mut corrections = Vec::new();
    let mut add = |about: &str, list: &[Correction]| {
        for c in list {
            corrections.push(json!({
                "@type": "CorrectionComment",
                "about": about,
                "datePublished": c.date.to_string(),
                "text": c.text,
            }));
        }
    };
    for e in &ds.events {
        add(&e.title, &e.corrections);
    }
    for s in &ds.statements {
        add(&s.quote, &s.corrections);
    }
    for c in &ds.claims {
        add(&c.title, &c.corrections);
    }
    let mut v = json!({
        "@type": "Dataset",
        "name": ds.name,
        "description": ds.description,
        "inLanguage": ds.edition.lang,
    });
    if let Some(credit) = &ds.edition.credit {
        v["creditText"] = json!(credit);
    }
    if let Some(updated) = ds.edition.updated {
        v["dateModified"] = json!(updated.to_string());
    }
    if !corrections.is_empty() {
        v["correction"] = json!(corrections);
    }
    v
}

/// The dataset as pretty-printed JSON text, with every text of each of `translated` (the same
/// dataset in other languages, see [`crate::i18n::localize`]) under `translations`, by language
/// and text key: `{"uk": {"event.<id>.title": "...", "statement.<id>.translation": "..."}}`.
/// Texts a translation lacks are left out; a quote is never translated in place.
pub fn to_json_string_with(ds: &Dataset, translated: &[&Dataset]) -> String {
    let mut json = to_json(ds);
    let mut all = serde_json::Map::new();
    for t in translated {
        let mut texts = serde_json::Map::new();
        for (key, text) in crate::i18n::texts(t) {
            if !key.ends_with(".quote") && !t.edition.english.contains(&key) {
                texts.insert(key, json!(text));
            }
        }
        for s in &t.statements {
            if let Some(tr) = &s.translation {
                texts.insert(format!("statement.{}.translation", s.id), json!(tr));
            }
        }
        all.insert(t.edition.lang.clone(), Value::Object(texts));
    }
    json["translations"] = Value::Object(all);
    serde_json::to_string_pretty(&json).expect("a serde_json::Value always serialises")
}

/// The open data's JSON ([`to_json_string_with`]) of the dataset `ds` read from `dir`, with
/// every language's texts from `dir/i18n/`.
pub fn json_with_translations(
    dir: &std::path::Path,
    ds: &Dataset,
) -> Result<String, crate::Report> {
    let translated: Vec<Dataset> = crate::i18n::editions(dir, ds)?
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    let refs: Vec<&Dataset> = translated.iter().collect();
    Ok(to_json_string_with(ds, &refs))
}

/// The dataset as pretty-printed JSON text.
pub fn to_json_string(ds: &Dataset) -> String {
    serde_json::to_string_pretty(&to_json(ds)).expect("a serde_json::Value always serialises")
}

/// The CSV columns that hold numbers; every other column is text.
const NUMBER_COLUMNS: [&str; 2] = ["lat", "lon"];

/// A CSV text cell as a spreadsheet can open it safely: one beginning with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading `'` (OWASP's advice against CSV injection), so a
/// quote such as `=HYPERLINK(...)` shows as text instead of running as a formula. Other text is
/// unchanged; the JSON export always carries the text verbatim.
pub fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn csv_text(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header)
        .expect("writing to memory cannot fail");
    for r in rows {
        // Numbers stay numbers (a longitude of -3.7 is no formula); all text goes through cell().
        let r = r.iter().zip(header).map(|(v, column)| {
            if NUMBER_COLUMNS.contains(column) {
                v.clone()
            } else {
                cell(v)
            }
        });
        w.write_record(r).expect("writing to memory cannot fail");
    }
    String::from_utf8(w.into_inner().expect("writing to memory cannot fail"))
        .expect("csv of UTF-8 strings is UTF-8")
}

/// `events.csv`: one row per event; lists are joined with `;`.
pub fn events_csv(ds: &Dataset) -> String {
    let rows = ds
        .events
        .iter()
        .map(|e| {
            let place = e.place.as_deref().and_then(|p| ds.place(p));
            vec![
                e.id.clone(),
                e.kind.as_str().into(),
                e.status.as_str().into(),
                e.when.date.to_string(),
                e.when.precision.as_str().into(),
                e.when.end.map(|d| d.to_string()).unwrap_or_default(),
                e.title.clone(),
                e.summary.clone(),
                e.outcome.clone().unwrap_or_default(),
                place.map(|p| p.name.clone()).unwrap_or_default(),
                place.map(|p| p.country.clone()).unwrap_or_default(),
                place.map(|p| p.lat.to_string()).unwrap_or_default(),
                place.map(|p| p.lon.to_string()).unwrap_or_default(),
                e.participants
                    .iter()
                    .filter_map(|a| ds.actor(a))
                    .map(|a| a.name.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                e.topics.join(";"),
                e.sources.join(";"),
                corrections_cell(&e.corrections),
            ]
        })
        .collect();
    csv_text(
        &[
            "id",
            "kind",
            "status",
            "date",
            "date_precision",
            "date_end",
            "title",
            "summary",
            "outcome",
            "place",
            "country",
            "lat",
            "lon",
            "participants",
            "topics",
            "sources",
            "corrections",
        ],
        rows,
    )
}

/// `statements.csv`: one row per statement.
pub fn statements_csv(ds: &Dataset) -> String {
    let rows = ds
        .statements
        .iter()
        .map(|s| {
            let speaker = ds.actor(&s.speaker);
            let source = ds.source(&s.source);
            vec![
                s.id.clone(),
                s.when.date.to_string(),
                s.when.precision.as_str().into(),
                speaker.map(|a| a.name.clone()).unwrap_or_default(),
                speaker.map(|a| a.side.clone()).unwrap_or_default(),
                s.channel.as_str().into(),
                s.quote.clone(),
                s.paraphrase.to_string(),
                s.event.clone().unwrap_or_default(),
                s.topics.join(";"),
                s.source.clone(),
                source.map(|x| x.outlet.clone()).unwrap_or_default(),
                source.map(|x| x.title.clone()).unwrap_or_default(),
                source.map(|x| x.published.to_string()).unwrap_or_default(),
                s.translation.clone().unwrap_or_default(),
                corrections_cell(&s.corrections),
            ]
        })
        .collect();
    csv_text(
        &[
            "id",
            "date",
            "date_precision",
            "speaker",
            "side",
            "channel",
            "quote",
            "paraphrase",
            "event",
            "topics",
            "source",
            "outlet",
            "source_title",
            "published",
            "translation",
            "corrections",
        ],
        rows,
    )
}
