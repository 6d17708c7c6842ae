//! The dataset's events as a TimelineJS 3 JSON file, so a newsroom can keep a TimelineJS page
//! beside Summitry (and a benchmark can feed TimelineJS the real dataset).
//!
//! Dates stay honest to their precision: a month has no day, a year has neither, a range has an
//! end date, and a bound (`by`, `after`) keeps its day but says "by" or "after" in the display
//! date, since TimelineJS itself has no bounds.

use serde_json::{json, Map, Value};

use summitry_data::{day_month_year, Dataset, Event, Precision, Status};
// TimelineJS's text fields are HTML: the build's one HTML escaper.
use summitry_html::escape as html;

fn date_parts(d: time::Date, precision: Precision) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.year()));
    if precision != Precision::Year {
        m.insert("month".into(), json!(u8::from(d.month())));
    }
    if !matches!(precision, Precision::Year | Precision::Month) {
        m.insert("day".into(), json!(d.day()));
    }
    Value::Object(m)
}

fn event(ds: &Dataset, e: &Event) -> Value {
    let mut paragraphs = vec![format!("<p>{}</p>", html(&e.summary))];
    if let Some(outcome) = &e.outcome {
        paragraphs.push(format!("<p>Outcome: {}</p>", html(outcome)));
    }
    let people: Vec<&str> = e
        .participants
        .iter()
        .filter_map(|a| ds.actor(a))
        .map(|a| a.name.as_str())
        .collect();
    if !people.is_empty() {
        paragraphs.push(format!("<p>Participants: {}</p>", html(&people.join(", "))));
    }
    if let Some(place) = e.place.as_deref().and_then(|p| ds.place(p)) {
        paragraphs.push(format!("<p>Place: {}</p>", html(&place.name)));
    }
    match e.status {
        Status::Held => {}
        Status::Proposed => paragraphs.push("<p>Proposed; not agreed in the sources.</p>".into()),
        Status::Scheduled => {
            paragraphs.push("<p>Announced as upcoming; the sources do not report it.</p>".into())
        }
    }
    let mut v = json!({
        "start_date": date_parts(e.when.date, e.when.precision),
        "text": {"headline": html(&e.title), "text": paragraphs.concat()},
        "group": e.kind.as_str(),
        "unique_id": e.id,
    });
    if let (Precision::Range, Some(end)) = (e.when.precision, e.when.end) {
        v["end_date"] = date_parts(end, Precision::Day);
    }
    let bound = match e.when.precision {
        Precision::By => Some("by"),
        Precision::After => Some("after"),
        _ => None,
    };
    if let Some(word) = bound {
        v["display_date"] = json!(format!("{word} {}", day_month_year(e.when.date)));
    }
    v
}

/// The TimelineJS 3 JSON object: a title slide with the dataset's name, then one slide per event.
pub fn to_json(ds: &Dataset) -> Value {
    json!({
        "title": {"text": {"headline": html(&ds.name), "text": format!("<p>{}</p>", html(&ds.description))}},
        "events": ds.events.iter().map(|e| event(ds, e)).collect::<Vec<_>>(),
    })
}

/// [`to_json`] as pretty-printed text.
pub fn to_string(ds: &Dataset) -> String {
    serde_json::to_string_pretty(&to_json(ds)).expect("a serde_json::Value always serialises")
}
