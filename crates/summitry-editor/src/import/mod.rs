//! Bringing a newsroom's Knight Lab files into Summitry: a TimelineJS 3 sheet (CSV) or JSON file,
//! or a StoryMapJS JSON file, becomes a dataset folder in Summitry's TOML.
//!
//! Each reader turns its rows or slides into [`Entry`] values; [`build`] turns those into items.
//! What Summitry needs and the file does not have (participants, a source's details, an event's
//! kind and status) is left out or empty, so `check` lists it at the item, and every imported item
//! carries `imported_from = "FILE row N"` (or `slide N`) so that listing names the original row.
//! No row is dropped silently: [`Import::summary`] accounts for every one.

pub mod html;
pub mod storymap;
pub mod timelinejs;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::calendar;
use crate::gazetteer;
use crate::toml_out::{render, Item};
use summitry_data::Precision;

/// Why a file could not be imported at all: the file, the line when known, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// The file as given on the command line.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong and, where possible, what to do.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    pub(crate) fn new(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        Self {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// The Knight Lab tool a file comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// TimelineJS 3: a Google Sheet saved as CSV, or a JSON file.
    TimelineJs,
    /// StoryMapJS: its JSON file.
    StoryMapJs,
}

impl Tool {
    /// The tool named on the command line (`timelinejs`, `storymapjs`).
    pub fn named(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().as_str() {
            "timelinejs" | "timeline" => Some(Self::TimelineJs),
            "storymapjs" | "storymap" => Some(Self::StoryMapJs),
            _ => None,
        }
    }
}

/// What a row or slide is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EntryKind {
    /// Something that happened: becomes an event.
    #[default]
    Event,
    /// The title slide: names the dataset.
    Title,
    /// A TimelineJS era (a labelled span): Summitry has none.
    Era,
    /// A row with nothing in it.
    Blank,
}

/// A date as the file gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateIn {
    /// TimelineJS's separate year, month, day and time.
    Parts {
        /// Year as written.
        year: String,
        /// Month as written (number or name), or empty.
        month: String,
        /// Day as written, or empty.
        day: String,
        /// Time as written, or empty.
        time: String,
    },
    /// One written date (StoryMapJS): `2025-07-23`, `July 23, 2025`, `July 2025`.
    Written(String),
}

/// A map location.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Location {
    /// The place's name as the file gives it.
    pub name: String,
    /// Latitude, when given.
    pub lat: Option<f64>,
    /// Longitude, when given.
    pub lon: Option<f64>,
}

/// One row or slide, in the terms both tools share.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entry {
    /// Where it came from: `timeline.csv row 5`, `story.json slide 3`.
    pub origin: String,
    /// What it is.
    pub kind: EntryKind,
    /// Start date.
    pub start: Option<DateIn>,
    /// End date.
    pub end: Option<DateIn>,
    /// TimelineJS's display date, shown instead of the date.
    pub display_date: String,
    /// Headline (may be HTML).
    pub headline: String,
    /// Text (HTML).
    pub text: String,
    /// Media URL.
    pub media_url: String,
    /// Media credit.
    pub media_credit: String,
    /// Media caption.
    pub media_caption: String,
    /// TimelineJS group.
    pub group: String,
    /// TimelineJS unique id.
    pub unique_id: String,
    /// StoryMapJS location.
    pub location: Option<Location>,
}

/// What an import produced, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// The file read, as given.
    pub file: String,
    /// The dataset's name (the title slide's headline, or the file name).
    pub name: String,
    /// The dataset's description.
    pub description: String,
    /// `[[source]]` items.
    pub sources: Vec<Item>,
    /// `[[place]]` items.
    pub places: Vec<Item>,
    /// `[[topic]]` items.
    pub topics: Vec<Item>,
    /// `[[event]]` items.
    pub events: Vec<Item>,
    /// Rows or slides read.
    pub rows_read: usize,
    /// One line per row or slide that did not become an event, saying why.
    pub not_imported: Vec<String>,
    /// One line per item the editor must complete: origin, item and what is missing.
    pub attention: Vec<String>,
    /// Notes on the file itself (ignored columns and the like).
    pub notes: Vec<String>,
}

/// Reads `path` as a file of `tool` and builds the dataset items.
pub fn import(tool: Tool, path: &Path) -> Result<Import, ImportError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| ImportError::new(&shown, None, format!("cannot read the file: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let ok = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..ok].iter().filter(|b| **b == b'\n').count() + 1;
        ImportError::new(
            &shown,
            Some(line),
            "the file is not UTF-8 text: save it as UTF-8 (in a spreadsheet, \"CSV UTF-8\")",
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        return Err(ImportError::new(&shown, None, "the file is empty"));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    let (entries, notes) = match tool {
        Tool::TimelineJs if text.trim_start().starts_with('{') => {
            (timelinejs::read_json(&shown, &name, text)?, Vec::new())
        }
        Tool::TimelineJs => timelinejs::read_csv(&shown, &name, text)?,
        Tool::StoryMapJs => (storymap::read(&shown, &name, text)?, Vec::new()),
    };
    let mut out = build(&name, entries);
    out.file = shown;
    out.notes.extend(notes);
    Ok(out)
}

/// Lower-case letters, digits and hyphens from `text`, cut at a word boundary to `max` bytes.
pub fn slug(text: &str, max: usize) -> String {
    let folded = gazetteer::fold(text);
    let mut out = String::new();
    for word in folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let extra = if out.is_empty() { 0 } else { 1 } + word.len();
        if out.len() + extra > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

/// Hands out unique ids.
#[derive(Default)]
struct Ids(HashMap<String, usize>);

impl Ids {
    /// `base`, or `base-2`, `base-3`… if taken.
    fn unique(&mut self, base: &str) -> String {
        let n = self.0.entry(base.to_string()).or_insert(0);
        *n += 1;
        if *n == 1 {
            base.to_string()
        } else {
            let id = format!("{base}-{n}");
            // A generated `x-2` may collide with a given `x-2`; keep counting.
            if self.0.contains_key(&id) {
                return self.unique(&id);
            }
            self.0.insert(id.clone(), 1);
            id
        }
    }
}

/// The longest id this module generates, well under the 80 a link accepts.
const ID_MAX: usize = 60;

/// A source under construction.
struct SourceDraft {
    id: String,
    url: Option<String>,
    outlet: String,
    title: String,
    origin: String,
}

/// A place under construction.
struct PlaceDraft {
    item: Item,
    name: String,
    lat: f64,
    lon: f64,
}

/// The date fields of one event.
struct Dated {
    date: String,
    precision: Precision,
    date_end: Option<String>,
    basis: Option<String>,
}

fn parts_text(d: &DateIn) -> String {
    match d {
        DateIn::Parts {
            year,
            month,
            day,
            time,
        } => {
            let mut v = vec![format!("Year {}", year.trim())];
            if !month.trim().is_empty() {
                v.push(format!("Month {}", month.trim()));
            }
            if !day.trim().is_empty() {
                v.push(format!("Day {}", day.trim()));
            }
            if !time.trim().is_empty() {
                v.push(format!("Time {}", time.trim()));
            }
            v.join(", ")
        }
        DateIn::Written(s) => format!("date \"{}\"", s.trim()),
    }
}

fn resolve(d: &DateIn) -> Result<(time::Date, Precision), String> {
    match d {
        DateIn::Parts {
            year, month, day, ..
        } => calendar::from_parts(year, month, day),
        DateIn::Written(s) => calendar::parse_written(s).ok_or_else(|| {
            format!("the date \"{}\" is not a date Summitry can read (write it as 2025-07-23, July 23, 2025, July 2025 or 2025)", s.trim())
        }),
    }
}

/// The last day of the period a start date with `precision` stands for.
fn period_end(d: time::Date, p: Precision) -> time::Date {
    match p {
        Precision::Year => {
            time::Date::from_calendar_date(d.year(), time::Month::December, 31).unwrap_or(d)
        }
        Precision::Month => calendar::last_day(d.year(), d.month()).unwrap_or(d),
        _ => d,
    }
}

/// Works out an entry's date fields; `Err` says what the editor must fix.
fn dates(e: &Entry) -> Result<Dated, String> {
    let Some(start) = &e.start else {
        return Err("the row has no date".into());
    };
    let (date, precision) = resolve(start)?;
    let display = e.display_date.trim();
    let mut basis: Vec<String> = Vec::new();
    if !display.is_empty() {
        basis.push(format!("display date \"{display}\""));
    }
    // A time is kept in the basis: Summitry dates are days.
    let timed = matches!(start, DateIn::Parts { time, .. } if !time.trim().is_empty());
    let end = match &e.end {
        Some(end) if !matches!(end, DateIn::Parts { year, .. } if year.trim().is_empty()) => {
            let (end_date, end_precision) = resolve(end).map_err(|m| format!("end date: {m}"))?;
            let end_date = period_end(end_date, end_precision);
            if end_date < date {
                return Err(format!(
                    "the end date {end_date} is before the start date {date}"
                ));
            }
            Some(end_date)
        }
        _ => None,
    };
    let (precision, date_end) = match end {
        Some(end) => (Precision::Range, Some(end)),
        None => (precision, None),
    };
    if precision == Precision::Range {
        let mut why = format!("{}: {}", e.origin, parts_text(start));
        if let Some(end) = &e.end {
            why.push_str(&format!(" to {}", parts_text(end)));
        }
        basis.insert(0, why);
    } else if !basis.is_empty() || timed {
        basis.insert(0, format!("{}: {}", e.origin, parts_text(start)));
    }
    Ok(Dated {
        date: date.to_string(),
        precision,
        date_end: date_end.map(|d| d.to_string()),
        basis: (!basis.is_empty()).then(|| basis.join("; ")),
    })
}

/// Turns the entries of file `file` into dataset items.
pub fn build(file: &str, entries: Vec<Entry>) -> Import {
    let mut b = Builder::new(file, entries.len());
    // Ids the file gives (TimelineJS unique_id) are kept where valid, so reserve them first.
    for e in &entries {
        let u = e.unique_id.trim();
        if e.kind == EntryKind::Event && summitry_data::is_valid_id(u) && u.len() <= ID_MAX {
            b.event_ids.0.entry(u.to_string()).or_insert(0);
        }
    }
    for e in &entries {
        b.entry(e);
    }
    b.finish(file)
}

/// An import under way: the items so far, the ids taken, and the sources and places that
/// later rows may merge into.
struct Builder {
    out: Import,
    event_ids: Ids,
    source_ids: Ids,
    place_ids: Ids,
    /// Each group's topic id, by its folded name.
    topic_ids: HashMap<String, String>,
    topic_id_gen: Ids,
    sources: Vec<SourceDraft>,
    places: Vec<PlaceDraft>,
}

impl Builder {
    fn new(file: &str, rows_read: usize) -> Self {
        Self {
            out: Import {
                file: file.to_string(),
                name: String::new(),
                description: String::new(),
                sources: Vec::new(),
                places: Vec::new(),
                topics: Vec::new(),
                events: Vec::new(),
                rows_read,
                not_imported: Vec::new(),
                attention: Vec::new(),
                notes: Vec::new(),
            },
            event_ids: Ids::default(),
            source_ids: Ids::default(),
            place_ids: Ids::default(),
            topic_ids: HashMap::new(),
            topic_id_gen: Ids::default(),
            sources: Vec::new(),
            places: Vec::new(),
        }
    }

    /// One row or slide: an event, or a line saying why it is not one.
    fn entry(&mut self, e: &Entry) {
        let (headline, _) = html::to_text(&e.headline);
        let headline = headline.replace("\n\n", " ");
        let out = &mut self.out;
        match e.kind {
            EntryKind::Blank => out
                .not_imported
                .push(format!("{}: blank, nothing to import", e.origin)),
            EntryKind::Title if out.name.is_empty() => {
                out.name = headline;
                out.description = html::to_text(&e.text).0.replace("\n\n", " ");
                out.not_imported.push(format!(
                    "{}: the title slide: it names the dataset",
                    e.origin
                ));
            }
            EntryKind::Title => out.not_imported.push(format!(
                "{}: a second title slide (\"{headline}\"): not imported; the first one names the dataset",
                e.origin
            )),
            EntryKind::Era => out.not_imported.push(format!(
                "{}: the era \"{headline}\" is not imported: Summitry has no eras",
                e.origin
            )),
            EntryKind::Event => self.event(e, &headline),
        }
    }

    fn event(&mut self, e: &Entry, headline: &str) {
        let mut gaps: Vec<String> = Vec::new();
        let mut comments: Vec<String> = Vec::new();
        let (summary, links) = html::to_text(&e.text);
        let dated = dates(e);
        let id = self.event_id(e, headline, &dated);

        let mut item = Item::new("event").text("id", &id);
        item = item.text("imported_from", &e.origin);
        // kind and status are Summitry's own; neither tool records them.
        gaps.push("kind".into());
        gaps.push("status".into());
        if headline.is_empty() {
            gaps.push("title".into());
        }
        item = item.text("title", headline);
        if summary.is_empty() {
            gaps.push("summary".into());
        }
        item = item.text("summary", &summary);
        match &dated {
            Ok(d) => {
                item = item
                    .text("date", &d.date)
                    .text("precision", d.precision.as_str());
                if let Some(end) = &d.date_end {
                    item = item.text("date_end", end);
                }
                if let Some(b) = &d.basis {
                    item = item.text("date_basis", b);
                }
            }
            Err(why) => {
                gaps.push("date".into());
                comments.push(format!("{}: {why}; give the date", e.origin));
                item = item.text("date", "").text("precision", "day");
            }
        }

        // The place, merged with an earlier one of the same name or spot.
        if let Some(loc) = &e.location {
            match place_for(loc, &e.origin, &mut self.places, &mut self.place_ids) {
                Ok(pid) => item = item.text("place", pid),
                Err(why) => {
                    comments.push(format!("{}: {why}", e.origin));
                    self.out
                        .attention
                        .push(format!("{}: event `{id}`: {why}", e.origin));
                }
            }
        }

        item = item.list("participants", &[]);
        gaps.push("participants".into());
        let topics = self.topic(e);
        item = item.list("topics", &topics);
        let cited = self.sources_cited(e, &links);
        if cited.is_empty() {
            gaps.push("sources".into());
        }
        item = item.list("sources", &cited);

        comments.insert(0, format!("{}: fill in {}", e.origin, gaps.join(", ")));
        item.comments = comments;
        self.out.attention.push(format!(
            "{}: event `{id}` needs {}",
            e.origin,
            gaps.join(", ")
        ));
        self.out.events.push(item);
    }

    /// The id: the file's own where it is a valid Summitry id, else date and headline.
    fn event_id(&mut self, e: &Entry, headline: &str, dated: &Result<Dated, String>) -> String {
        let given = e.unique_id.trim();
        if summitry_data::is_valid_id(given) && given.len() <= ID_MAX {
            let n = self.event_ids.0.entry(given.to_string()).or_insert(0);
            *n += 1;
            return if *n == 1 {
                given.to_string()
            } else {
                self.event_ids.unique(given)
            };
        }
        let prefix = match dated {
            Ok(d) => d.date.clone(),
            Err(_) => slug(&e.origin, 20),
        };
        let words = slug(headline, ID_MAX.saturating_sub(prefix.len() + 1));
        let base = if words.is_empty() {
            prefix
        } else {
            format!("{prefix}-{words}")
        };
        self.event_ids.unique(&base)
    }

    /// The group, as a topic: its id, added to the topics the first time the group is seen.
    fn topic(&mut self, e: &Entry) -> Vec<String> {
        let group = e.group.trim();
        let mut topics = Vec::new();
        if group.is_empty() {
            return topics;
        }
        let key = gazetteer::fold(group);
        let (gen, out) = (&mut self.topic_id_gen, &mut self.out);
        let tid = self.topic_ids.entry(key).or_insert_with(|| {
            let base = slug(group, ID_MAX);
            let base = if base.is_empty() {
                "group".to_string()
            } else {
                base
            };
            let tid = gen.unique(&base);
            out.topics.push(
                Item::new("topic")
                    .text("id", &tid)
                    .text("imported_from", &e.origin)
                    .text("label", group),
            );
            tid
        });
        topics.push(tid.clone());
        topics
    }

    /// Sources: each distinct link (in the text, or the media) or credit, as source ids.
    fn sources_cited(&mut self, e: &Entry, links: &[html::Link]) -> Vec<String> {
        let mut cited = Vec::new();
        let mut candidates: Vec<(Option<String>, String, String)> = links
            .iter()
            .filter(|l| is_web_link(&l.href))
            .map(|l| (Some(l.href.clone()), String::new(), l.text.clone()))
            .collect();
        let media = e.media_url.trim();
        let credit = html::to_text(&e.media_credit).0.replace("\n\n", " ");
        let caption = html::to_text(&e.media_caption).0.replace("\n\n", " ");
        if is_web_link(media) {
            candidates.push((Some(media.to_string()), credit.clone(), caption.clone()));
        } else if !credit.is_empty() {
            candidates.push((None, credit.clone(), caption.clone()));
        }
        for (url, outlet, title) in candidates {
            let sid = source_for(
                url,
                outlet,
                title,
                &e.origin,
                &mut self.sources,
                &mut self.source_ids,
            );
            if !cited.contains(&sid) {
                cited.push(sid);
            }
        }
        cited
    }

    /// The sources and places as items, each with what the editor must fill in; the
    /// dataset's name and description when the file gave none.
    fn finish(mut self, file: &str) -> Import {
        let out = &mut self.out;
        for s in self.sources {
            let mut gaps = Vec::new();
            if s.outlet.is_empty() {
                gaps.push("outlet");
            }
            if s.title.is_empty() {
                gaps.push("title");
            }
            gaps.extend(["published", "language", "file"]);
            let mut item = Item::new("source")
                .text("id", &s.id)
                .text("imported_from", &s.origin);
            item = item
                .text("outlet", &s.outlet)
                .text("title", &s.title)
                .text("published", "")
                .text("language", "")
                .text("file", "");
            item = item.maybe("url", s.url.clone());
            item = item.comment(format!("{}: fill in {}", s.origin, gaps.join(", ")));
            out.attention.push(format!(
                "{}: source `{}` needs {}",
                s.origin,
                s.id,
                gaps.join(", ")
            ));
            out.sources.push(item);
        }
        for p in self.places {
            if p.item.get("country").is_some_and(str::is_empty) {
                out.attention.push(format!(
                    "{}: place `{}` needs country",
                    p.item.get("imported_from").unwrap_or_default(),
                    p.item.get("id").unwrap_or_default()
                ));
            }
            out.places.push(p.item);
        }
        if out.name.is_empty() {
            out.name = format!("Imported from {file}");
        }
        if out.description.is_empty() {
            out.description = format!("Imported from {file}; to be described by the editor.");
        }
        self.out
    }
}

fn is_web_link(s: &str) -> bool {
    let s = s.trim().to_ascii_lowercase();
    s.starts_with("http://") || s.starts_with("https://")
}

/// The host of a web link, without `www.`.
fn host(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.trim_start_matches("www.").to_ascii_lowercase()
}

fn source_for(
    url: Option<String>,
    outlet: String,
    title: String,
    origin: &str,
    sources: &mut Vec<SourceDraft>,
    ids: &mut Ids,
) -> String {
    let key_match = |s: &SourceDraft| match (&url, &s.url) {
        (Some(a), Some(b)) => a.trim_end_matches('/') == b.trim_end_matches('/'),
        (None, None) => gazetteer::fold(&s.outlet) == gazetteer::fold(&outlet),
        _ => false,
    };
    if let Some(s) = sources.iter_mut().find(|s| key_match(s)) {
        if s.outlet.is_empty() {
            s.outlet = outlet;
        }
        if s.title.is_empty() {
            s.title = title;
        }
        return s.id.clone();
    }
    let base_words = if !outlet.is_empty() {
        slug(&outlet, 30)
    } else {
        url.as_deref()
            .map(|u| slug(&host(u), 30))
            .unwrap_or_default()
    };
    let base = if base_words.is_empty() {
        "src".to_string()
    } else {
        format!("src-{base_words}")
    };
    let id = ids.unique(&base);
    sources.push(SourceDraft {
        id: id.clone(),
        url,
        outlet,
        title,
        origin: origin.to_string(),
    });
    id
}

/// The place id for a location, merging it with an earlier place of the same name or within a
/// kilometre. `Err` when there is nothing to place it by.
fn place_for(
    loc: &Location,
    origin: &str,
    places: &mut Vec<PlaceDraft>,
    ids: &mut Ids,
) -> Result<String, String> {
    let name = html::to_text(&loc.name).0.replace("\n\n", " ");
    let known = gazetteer::find(&name);
    let (lat, lon) = match (loc.lat, loc.lon) {
        (Some(lat), Some(lon))
            if lat.is_finite()
                && lon.is_finite()
                && (-90.0..=90.0).contains(&lat)
                && (-180.0..=180.0).contains(&lon) =>
        {
            (lat, lon)
        }
        _ => match known {
            Some(c) => (c.lat, c.lon),
            None if name.is_empty() => {
                return Err("the location has no usable coordinates or name: no place given".into())
            }
            None => {
                return Err(format!(
                    "the location \"{name}\" has no usable coordinates: add it to places.toml and set the event's place"
                ))
            }
        },
    };
    let folded = gazetteer::fold(&name);
    if let Some(p) = places.iter().find(|p| {
        (!folded.is_empty() && gazetteer::fold(&p.name) == folded)
            || gazetteer::distance_km(lat, lon, p.lat, p.lon) < 1.0
    }) {
        return Ok(p.item.get("id").unwrap_or_default().to_string());
    }
    let city = known
        .filter(|c| gazetteer::distance_km(lat, lon, c.lat, c.lon) < 30.0)
        .or_else(|| gazetteer::nearest(lat, lon, 30.0));
    let shown = if name.is_empty() {
        city.map(|c| c.name.to_string()).unwrap_or_default()
    } else {
        name.clone()
    };
    let base = match (slug(&shown, 40), city) {
        (s, _) if !s.is_empty() => s,
        (_, Some(c)) => c.id.to_string(),
        _ => format!("place-{}", slug(origin, 20)),
    };
    let id = ids.unique(&base);
    let mut item = Item::new("place")
        .text("id", &id)
        .text("imported_from", origin)
        .text("name", &shown)
        .text("country", city.map(|c| c.country).unwrap_or(""))
        .number("lat", lat)
        .number("lon", lon);
    match city {
        Some(c) => {
            // A capital matters for calls, which are drawn between capitals.
            let near = gazetteer::distance_km(lat, lon, c.lat, c.lon) < 30.0;
            let caps: Vec<String> = c.capital_of.iter().map(|s| s.to_string()).collect();
            if near && !caps.is_empty() && gazetteer::fold(&shown) == gazetteer::fold(c.name) {
                item = item.list("capital_of", &caps);
            }
            item = item.comment(format!(
                "{origin}: country from the built-in list of cities ({}); check it",
                c.name
            ));
        }
        None => {
            item = item.comment(format!("{origin}: fill in country (ISO code, e.g. \"FR\")"));
        }
    }
    places.push(PlaceDraft {
        item,
        name: shown,
        lat,
        lon,
    });
    Ok(id)
}

impl Import {
    /// Items written, by kind.
    pub fn items_written(&self) -> usize {
        self.sources.len() + self.places.len() + self.topics.len() + self.events.len()
    }

    /// What the command prints: rows read, items written, items needing attention, and why any
    /// row was not imported.
    pub fn summary(&self) -> String {
        let mut s = format!(
            "read {} row{} or slide{} from {}\nwrote {} item{}: {} event{}, {} place{}, {} source{}, {} topic{}\n",
            self.rows_read,
            plural(self.rows_read),
            plural(self.rows_read),
            self.file,
            self.items_written(),
            plural(self.items_written()),
            self.events.len(),
            plural(self.events.len()),
            self.places.len(),
            plural(self.places.len()),
            self.sources.len(),
            plural(self.sources.len()),
            self.topics.len(),
            plural(self.topics.len()),
        );
        if !self.not_imported.is_empty() {
            s.push_str(&format!(
                "{} row{} or slide{} not imported as events:\n",
                self.not_imported.len(),
                plural(self.not_imported.len()),
                plural(self.not_imported.len())
            ));
            for l in &self.not_imported {
                s.push_str(&format!("  {l}\n"));
            }
        }
        for n in &self.notes {
            s.push_str(&format!("note: {n}\n"));
        }
        s.push_str(&format!(
            "{} item{} need{} attention (`check` lists each one with its row or slide):\n",
            self.attention.len(),
            plural(self.attention.len()),
            if self.attention.len() == 1 { "s" } else { "" }
        ));
        for l in &self.attention {
            s.push_str(&format!("  {l}\n"));
        }
        s
    }

    /// The dataset's files: (file name, text).
    pub fn files(&self) -> Vec<(&'static str, String)> {
        let made = format!(
            "Imported from {} by `summitry-editor import`. Every item carries imported_from (the row\nor slide it came from); fill in what the comments above an item ask for, then run\n`summitry-editor check --data THIS-FOLDER`.",
            self.file
        );
        let dataset = render(
            "The dataset's title and description, shown in the widget's header and in the open data.",
            &[],
        ) + &format!(
            "name = {}\ndescription = {}\n",
            toml::Value::String(self.name.clone()),
            toml::Value::String(self.description.clone())
        );
        vec![
            ("dataset.toml", dataset),
            (
                "sources.toml",
                render(
                    &format!("The articles every fact is traced to (see docs/DATA.md).\n\n{made}"),
                    &self.sources,
                ),
            ),
            (
                "actors.toml",
                render(
                    "Sides ([[side]]) and actors ([[actor]]): add the participants of the imported\nevents here, then list their ids in each event's participants.",
                    &[],
                ),
            ),
            ("places.toml", render("Places with coordinates (decimal degrees, WGS 84).", &self.places)),
            ("topics.toml", render("The controlled topic vocabulary (imported from the groups).", &self.topics)),
            (
                "events.toml",
                render(
                    &format!("Meetings, calls, talks and summits.\n\nkind: meeting | call | talks | summit\nstatus: held | proposed | scheduled\n\n{made}"),
                    &self.events,
                ),
            ),
            ("statements.toml", render("Who said what: neither Knight Lab tool records statements; add them here\n(or draft them from an article with `summitry-editor propose`).", &[])),
            ("claims.toml", render("Comparisons of what each side said.", &[])),
        ]
    }

    /// Writes the dataset folder `dir`, which must not already hold a dataset.
    pub fn write(&self, dir: &Path) -> Result<Vec<PathBuf>, String> {
        if dir.join("events.toml").exists() || dir.join("dataset.toml").exists() {
            return Err(format!(
                "{} already holds a dataset: give an empty or new folder",
                dir.display()
            ));
        }
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let mut written = Vec::new();
        for (name, text) in self.files() {
            let path = dir.join(name);
            std::fs::write(&path, text)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            written.push(path);
        }
        Ok(written)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ids_cut_at_a_word() {
        assert_eq!(
            slug("Leaders meet in Genève!", 60),
            "leaders-meet-in-geneve"
        );
        assert_eq!(slug("Leaders meet in Geneva", 12), "leaders-meet");
        assert_eq!(slug("¡¿", 10), "");
    }

    #[test]
    fn taken_ids_get_a_number() {
        let mut ids = Ids::default();
        assert_eq!(ids.unique("a"), "a");
        assert_eq!(ids.unique("a"), "a-2");
        assert_eq!(ids.unique("a-2"), "a-2-2");
    }
}
