//! Review marks: what a person has not yet checked must not reach readers.
//!
//! Two tools write items for an editor: `propose` marks each item it drafts from an article with
//! `draft = true` and `from = "<the sentence>"`, and `import` marks each item it brings in from a
//! TimelineJS or StoryMapJS file with `imported_from = "timeline.csv row 5"`. This pass refuses
//! every draft (so a build stops until the editor has reviewed it) and adds the original row or
//! slide to every problem found on an imported item, so the editor can look it up in the file
//! the newsroom keeps.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::files::{File, Files};
use crate::Problem;

/// The marks of one item, whatever its kind; every other field is ignored here.
#[derive(Debug, Deserialize)]
struct Marks {
    #[serde(default)]
    id: String,
    #[serde(default)]
    draft: bool,
    from: Option<String>,
    imported_from: Option<String>,
}

/// Every item table a data file can hold.
#[derive(Debug, Default, Deserialize)]
struct Items {
    #[serde(default)]
    source: Vec<Spanned<Marks>>,
    #[serde(default)]
    side: Vec<Spanned<Marks>>,
    #[serde(default)]
    actor: Vec<Spanned<Marks>>,
    #[serde(default)]
    place: Vec<Spanned<Marks>>,
    #[serde(default)]
    topic: Vec<Spanned<Marks>>,
    #[serde(default)]
    event: Vec<Spanned<Marks>>,
    #[serde(default)]
    statement: Vec<Spanned<Marks>>,
    #[serde(default)]
    claim: Vec<Spanned<Marks>>,
}

impl Items {
    fn all(self) -> impl Iterator<Item = Spanned<Marks>> {
        self.source
            .into_iter()
            .chain(self.side)
            .chain(self.actor)
            .chain(self.place)
            .chain(self.topic)
            .chain(self.event)
            .chain(self.statement)
            .chain(self.claim)
    }
}

/// At most this many characters of a draft's sentence are repeated in its problem.
const FROM_SHOWN: usize = 90;

/// Refuses drafts and names the origin of imported items in `problems`.
///
/// Files in `unreadable` (by file name) already have their own problem and are skipped.
pub(crate) fn check(files: &Files, unreadable: &HashSet<String>, problems: &mut Vec<Problem>) {
    let mut origin: HashMap<(String, String), String> = HashMap::new();
    for file in [
        &files.sources,
        &files.actors,
        &files.places,
        &files.topics,
        &files.events,
        &files.statements,
        &files.claims,
    ] {
        let name = Path::new(&file.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if file.path.is_empty() || unreadable.contains(&name) {
            continue;
        }
        let Ok(items) = toml::from_str::<Items>(&file.text) else {
            continue;
        };
        for item in items.all() {
            let span: Range<usize> = item.span();
            let m = item.into_inner();
            if let Some(from) = m.imported_from.as_deref().filter(|f| !f.trim().is_empty()) {
                origin.insert((file.path.clone(), m.id.clone()), from.trim().to_string());
            }
            if m.draft {
                problems.push(draft_problem(file, &span, &m));
            }
        }
    }
    for p in problems.iter_mut() {
        let Some(id) = &p.id else { continue };
        if let Some(from) = origin.get(&(p.file.clone(), id.clone())) {
            p.message = format!("{} (imported from {from})", p.message);
        }
    }
}

fn draft_problem(file: &File, span: &Range<usize>, m: &Marks) -> Problem {
    let from = m
        .from
        .as_deref()
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(|f| {
            let mut shown: String = f.chars().take(FROM_SHOWN).collect();
            if shown.len() < f.len() {
                shown.push('…');
            }
            format!(" from \"{shown}\"")
        })
        .unwrap_or_default();
    file.problem(
        span,
        &m.id,
        Some("draft"),
        format!(
            "a draft{from}: check it against the article, correct it, then delete `draft = true` (drafts never reach readers)"
        ),
    )
}

/// A field an imported item may lack: `value`, or a problem at the item saying it is missing.
pub(crate) fn missing<T>(
    file: &File,
    span: &Range<usize>,
    id: &str,
    field: &str,
    value: Option<T>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    if value.is_none() {
        let choices = match field {
            "kind" => "meeting, call, talks or summit",
            "status" => "held, proposed or scheduled",
            _ => "see the comments at the top of the file",
        };
        // The field is absent, so the problem is located at the item's header line.
        problems.push(file.problem(
            span,
            id,
            Some(field),
            format!("missing: give it ({choices})"),
        ));
    }
    value
}
