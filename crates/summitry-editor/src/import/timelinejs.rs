//! TimelineJS 3: its Google Sheet template saved as CSV, and its JSON format.

use serde_json::Value;

use super::{DateIn, Entry, EntryKind, ImportError};

/// The template's column headings, in the template's order.
pub const HEADINGS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// Headings a sheet must have to be read as a TimelineJS sheet.
const REQUIRED: [&str; 3] = ["Year", "Headline", "Text"];

fn norm(h: &str) -> String {
    h.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

/// Reads a TimelineJS sheet saved as CSV. `shown` is the path for messages, `name` the file name
/// for `imported_from`. Returns the entries and notes on ignored columns.
pub fn read_csv(
    shown: &str,
    name: &str,
    text: &str,
) -> Result<(Vec<Entry>, Vec<String>), ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(csv_error(shown, &e)),
        None => return Err(ImportError::new(shown, None, "the file is empty")),
    };
    let columns: Vec<String> = header.iter().map(norm).collect();
    let col = |h: &str| columns.iter().position(|c| *c == norm(h));
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|h| col(h).is_none())
        .collect();
    if !missing.is_empty() {
        let found: Vec<&str> = header.iter().map(str::trim).collect();
        return Err(ImportError::new(
            shown,
            Some(1),
            format!(
                "this is not a TimelineJS sheet: the heading row has {} but lacks {} (TimelineJS's headings are {})",
                if found.iter().all(|h| h.is_empty()) {
                    "no headings".to_string()
                } else {
                    found.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", ")
                },
                missing.join(", "),
                HEADINGS.join(", ")
            ),
        ));
    }
    let mut notes = Vec::new();
    let known: Vec<String> = HEADINGS.iter().map(|h| norm(h)).collect();
    for (i, h) in header.iter().enumerate() {
        if !h.trim().is_empty() && !known.contains(&columns[i]) {
            notes.push(format!(
                "column `{}` is not a TimelineJS heading; its values are not imported",
                h.trim()
            ));
        }
    }
    let mut entries = Vec::new();
    // The heading row is row 1, as in the spreadsheet the newsroom edits.
    for (i, rec) in records.enumerate() {
        let row = i + 2;
        let rec = rec.map_err(|e| csv_error(shown, &e))?;
        let get = |h: &str| {
            col(h)
                .and_then(|c| rec.get(c))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let origin = format!("{name} row {row}");
        let kind = match get("Type").to_ascii_lowercase().as_str() {
            _ if rec.iter().all(|f| f.trim().is_empty()) => EntryKind::Blank,
            "title" => EntryKind::Title,
            "era" => EntryKind::Era,
            _ => EntryKind::Event,
        };
        let date = |prefix: &str| {
            let year = get(&format!("{prefix}Year"));
            let (month, day) = (get(&format!("{prefix}Month")), get(&format!("{prefix}Day")));
            let time = get(&format!("{prefix}Time"));
            if year.is_empty() && month.is_empty() && day.is_empty() {
                None
            } else {
                Some(DateIn::Parts {
                    year,
                    month,
                    day,
                    time,
                })
            }
        };
        entries.push(Entry {
            origin,
            kind,
            start: date(""),
            end: date("End "),
            display_date: get("Display Date"),
            headline: get("Headline"),
            text: get("Text"),
            media_url: get("Media"),
            media_credit: get("Media Credit"),
            media_caption: get("Media Caption"),
            group: get("Group"),
            unique_id: String::new(),
            location: None,
        });
    }
    if entries.is_empty() {
        return Err(ImportError::new(
            shown,
            Some(1),
            "the sheet has a heading row but no rows to import",
        ));
    }
    Ok((entries, notes))
}

fn csv_error(shown: &str, e: &csv::Error) -> ImportError {
    let line = e.position().map(|p| p.line() as usize);
    ImportError::new(shown, line, format!("cannot read the CSV: {e}"))
}

/// A JSON value as text: strings as they are, numbers written out, anything else empty.
pub(crate) fn text_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// Parses JSON text, or says where it breaks.
pub(crate) fn parse_json(shown: &str, text: &str) -> Result<Value, ImportError> {
    serde_json::from_str(text).map_err(|e| {
        ImportError::new(
            shown,
            Some(e.line().max(1)),
            format!("the JSON is broken: {e}"),
        )
    })
}

fn date_of(v: Option<&Value>) -> Option<DateIn> {
    let v = v?.as_object()?;
    let part = |k: &str| text_of(v.get(k));
    let (year, month, day) = (part("year"), part("month"), part("day"));
    if year.is_empty() && month.is_empty() && day.is_empty() {
        return None;
    }
    let (hour, minute) = (part("hour"), part("minute"));
    let time = match (hour.is_empty(), minute.is_empty()) {
        (true, _) => String::new(),
        (false, true) => format!("{hour}:00"),
        (false, false) => format!("{hour}:{minute:0>2}"),
    };
    Some(DateIn::Parts {
        year,
        month,
        day,
        time,
    })
}

fn entry_of(v: &Value, origin: String, kind: EntryKind) -> Entry {
    let text = v.get("text");
    let media = v.get("media");
    let display = {
        let own = text_of(v.get("display_date"));
        if own.is_empty() {
            text_of(v.get("start_date").and_then(|d| d.get("display_date")))
        } else {
            own
        }
    };
    Entry {
        origin,
        kind,
        start: date_of(v.get("start_date")),
        end: date_of(v.get("end_date")),
        display_date: display,
        headline: text_of(text.and_then(|t| t.get("headline"))),
        text: text_of(text.and_then(|t| t.get("text"))),
        media_url: text_of(media.and_then(|m| m.get("url"))),
        media_credit: text_of(media.and_then(|m| m.get("credit"))),
        media_caption: text_of(media.and_then(|m| m.get("caption"))),
        group: text_of(v.get("group")),
        unique_id: text_of(v.get("unique_id")),
        location: None,
    }
}

/// Reads a TimelineJS JSON file: `title`, `events[]` and `eras[]`.
pub fn read_json(shown: &str, name: &str, text: &str) -> Result<Vec<Entry>, ImportError> {
    let v = parse_json(shown, text)?;
    let Some(obj) = v.as_object() else {
        return Err(ImportError::new(
            shown,
            Some(1),
            "this is not a TimelineJS file: it must be a JSON object with an `events` list",
        ));
    };
    let events = match obj.get("events") {
        Some(Value::Array(a)) => a,
        Some(_) => {
            return Err(ImportError::new(
                shown,
                None,
                "this is not a TimelineJS file: `events` must be a list",
            ))
        }
        None => {
            return Err(ImportError::new(
                shown,
                None,
                "this is not a TimelineJS file: it has no `events` list",
            ))
        }
    };
    let mut entries = Vec::new();
    if let Some(title) = obj.get("title").filter(|t| t.is_object()) {
        entries.push(entry_of(title, format!("{name} title"), EntryKind::Title));
    }
    for (i, e) in events.iter().enumerate() {
        let origin = format!("{name} event {}", i + 1);
        let kind = match e {
            Value::Object(o) if o.is_empty() => EntryKind::Blank,
            Value::Object(_) => EntryKind::Event,
            _ => EntryKind::Blank,
        };
        entries.push(entry_of(e, origin, kind));
    }
    if let Some(Value::Array(eras)) = obj.get("eras") {
        for (i, e) in eras.iter().enumerate() {
            entries.push(entry_of(e, format!("{name} era {}", i + 1), EntryKind::Era));
        }
    }
    if !entries.iter().any(|e| e.kind == EntryKind::Event) {
        return Err(ImportError::new(
            shown,
            None,
            "the `events` list has no events to import",
        ));
    }
    Ok(entries)
}
