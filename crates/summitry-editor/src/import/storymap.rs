//! StoryMapJS: its JSON file, `storymap.slides[]` with a location, text, date and media each.

use serde_json::Value;

use super::timelinejs::{parse_json, text_of};
use super::{DateIn, Entry, EntryKind, ImportError, Location};

fn number(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Reads a StoryMapJS JSON file. Slides are numbered from 1 in file order, the overview (title)
/// slide included, as the StoryMapJS editor lists them.
pub fn read(shown: &str, name: &str, text: &str) -> Result<Vec<Entry>, ImportError> {
    let v = parse_json(shown, text)?;
    let slides = match v.get("storymap").and_then(|s| s.get("slides")) {
        Some(Value::Array(a)) => a,
        Some(_) => {
            return Err(ImportError::new(
                shown,
                None,
                "this is not a StoryMapJS file: `storymap.slides` must be a list",
            ))
        }
        None => {
            return Err(ImportError::new(
                shown,
                None,
                "this is not a StoryMapJS file: it has no `storymap.slides` list",
            ))
        }
    };
    let mut entries = Vec::new();
    for (i, s) in slides.iter().enumerate() {
        let origin = format!("{name} slide {}", i + 1);
        let kind = match s {
            Value::Object(o) if o.is_empty() => EntryKind::Blank,
            Value::Object(_) if text_of(s.get("type")).eq_ignore_ascii_case("overview") => {
                EntryKind::Title
            }
            Value::Object(_) => EntryKind::Event,
            _ => EntryKind::Blank,
        };
        let text = s.get("text");
        let media = s.get("media");
        let location = s
            .get("location")
            .filter(|l| l.is_object())
            .map(|l| Location {
                name: text_of(l.get("name")),
                lat: number(l.get("lat")),
                lon: number(l.get("lon")),
            });
        let date = text_of(s.get("date"));
        entries.push(Entry {
            origin,
            kind,
            start: (!date.is_empty()).then_some(DateIn::Written(date)),
            end: None,
            display_date: String::new(),
            headline: text_of(text.and_then(|t| t.get("headline"))),
            text: text_of(text.and_then(|t| t.get("text"))),
            media_url: text_of(media.and_then(|m| m.get("url"))),
            media_credit: text_of(media.and_then(|m| m.get("credit"))),
            media_caption: text_of(media.and_then(|m| m.get("caption"))),
            group: String::new(),
            unique_id: String::new(),
            location,
        });
    }
    if !entries.iter().any(|e| e.kind == EntryKind::Event) {
        return Err(ImportError::new(
            shown,
            None,
            "the story map has no slides to import besides its overview",
        ));
    }
    Ok(entries)
}
