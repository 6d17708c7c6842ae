//! Meetings, calls, talks and summits a sentence reports, with the status its wording gives.

use crate::gazetteer::{self, fold};
use summitry_data::{Dataset, EventKind, Status};

/// An event a sentence reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    /// Byte offset of the words that name it.
    pub at: usize,
    /// What kind of encounter.
    pub kind: EventKind,
    /// Held, proposed or scheduled, by the words around it.
    pub status: Status,
}

/// Words that name an encounter, and its kind. Checked on the lower-cased sentence.
const TRIGGERS: &[(&str, EventKind)] = &[
    ("phone call", EventKind::Call),
    ("phone conversation", EventKind::Call),
    ("by phone", EventKind::Call),
    ("video call", EventKind::Call),
    ("spoke with ", EventKind::Call),
    ("spoke to ", EventKind::Call),
    ("also spoke with", EventKind::Call),
    ("round of talks", EventKind::Talks),
    ("round of renewed peace talks", EventKind::Talks),
    ("held talks", EventKind::Talks),
    ("peace talks in", EventKind::Talks),
    ("negotiations in", EventKind::Talks),
    ("summit", EventKind::Summit),
    ("leaders gathered", EventKind::Summit),
    (" met with ", EventKind::Meeting),
    (" met ", EventKind::Meeting),
    (" meets ", EventKind::Meeting),
    ("held a meeting", EventKind::Meeting),
    ("meeting between", EventKind::Meeting),
    ("meeting of", EventKind::Summit),
    ("meeting with", EventKind::Meeting),
    ("sit-down", EventKind::Meeting),
];

const PROPOSED: &[&str] = &[
    "proposed",
    "propose",
    "floated",
    "potential",
    "possible",
    "prospect",
    "would",
    "could",
    "willing to",
    "organization of",
    "organisation of",
    "offer",
];
const SCHEDULED: &[&str] = &[
    "upcoming",
    "ahead of",
    "will ",
    "expected",
    "scheduled",
    "next ",
    "before the",
];

/// The encounters `text` (lower-cased inside) reports. Overlapping triggers ("also spoke with",
/// "spoke with") count once.
pub fn triggers(text: &str) -> Vec<Trigger> {
    let lower = format!(" {} ", text.to_lowercase());
    let mut out: Vec<Trigger> = Vec::new();
    for (words, kind) in TRIGGERS {
        let mut from = 0;
        while let Some(i) = lower[from..].find(words) {
            let at = from + i;
            from = at + words.len();
            if out
                .iter()
                .any(|t| t.at.abs_diff(at) < 25 && (t.kind == *kind || *kind == EventKind::Call))
            {
                continue;
            }
            // "the phone conversation", "this gathering": an encounter already told.
            let head = lower[..at].trim_end();
            if head.ends_with(" the") || head.ends_with(" this") || head.ends_with(" that") {
                continue;
            }
            let before = &lower[lower[..at]
                .char_indices()
                .rev()
                .nth(60)
                .map(|(k, _)| k)
                .unwrap_or(0)..at];
            let mut stop = (at + words.len() + 10).min(lower.len());
            while !lower.is_char_boundary(stop) {
                stop -= 1;
            }
            let after = &lower[at..stop];
            let status = if PROPOSED.iter().any(|p| before.contains(p)) {
                Status::Proposed
            } else if SCHEDULED
                .iter()
                .any(|p| before.ends_with(p) || before.contains(&format!(" {p}")))
                || after.contains("will")
            {
                Status::Scheduled
            } else {
                Status::Held
            };
            out.push(Trigger {
                at: at.saturating_sub(1),
                kind: *kind,
                status,
            });
        }
    }
    out.sort_by_key(|t| t.at);
    out
}

/// A place a sentence names: the dataset's, or one from the built-in list of cities.
#[derive(Debug, Clone, PartialEq)]
pub enum PlaceRef {
    /// A place id in the dataset.
    Known(String),
    /// A city the dataset does not have yet.
    City(&'static gazetteer::City),
}

/// The place a sentence names, if any: a dataset place by name, else a built-in city.
pub fn place(text: &str, ds: Option<&Dataset>) -> Option<PlaceRef> {
    // Only a name after "in", "at" or "of" ("in Brussels", "the metropolis of Istanbul") is
    // where something happened; "Kyiv's delegation" is not.
    let all: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut words: Vec<String> = Vec::new();
    for (i, w) in all.iter().enumerate() {
        let placed = i > 0 && ["in", "at", "of"].contains(&all[i - 1]);
        let continues = i > 0 && !words.is_empty() && all[i - 1].starts_with(char::is_uppercase);
        if w.starts_with(char::is_uppercase) && (placed || continues) {
            words.push(fold(w));
        } else if !words.last().is_some_and(String::is_empty) {
            words.push(String::new());
        }
    }
    let joined = format!(" {} ", words.join(" "));
    if let Some(ds) = ds {
        for p in &ds.places {
            let name = fold(p.name.split(',').next().unwrap_or(&p.name));
            let key = name.split(' ').next().unwrap_or("").to_string();
            if !key.is_empty()
                && (joined.contains(&format!(" {name} ")) || joined.contains(&format!(" {key} ")))
            {
                return Some(PlaceRef::Known(p.id.clone()));
            }
        }
    }
    let tokens: Vec<&str> = words.iter().map(String::as_str).collect();
    for n in (1..=3).rev() {
        for w in tokens.windows(n) {
            if let Some(c) = gazetteer::find(&w.join(" ")) {
                if let Some(ds) = ds {
                    if ds.place(c.id).is_some() {
                        return Some(PlaceRef::Known(c.id.to_string()));
                    }
                }
                return Some(PlaceRef::City(c));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_conversation_is_a_held_call() {
        let t = triggers(
            "Zelensky and Macron on Sunday discussed needs during their latest phone conversation.",
        );
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].kind, t[0].status), (EventKind::Call, Status::Held));
    }

    #[test]
    fn a_proposed_meeting_is_proposed_and_an_upcoming_one_scheduled() {
        let t = triggers("they proposed the organization of a meeting between Zelensky and Putin");
        assert_eq!(
            (t[0].kind, t[0].status),
            (EventKind::Meeting, Status::Proposed)
        );
        let t = triggers("before the upcoming meeting of the Coalition");
        assert_eq!(
            (t[0].kind, t[0].status),
            (EventKind::Summit, Status::Scheduled)
        );
    }

    #[test]
    fn a_city_is_found_in_the_built_in_list() {
        assert_eq!(
            place("They met in Geneva on Monday.", None),
            Some(PlaceRef::City(gazetteer::find("Geneva").unwrap()))
        );
        assert_eq!(place("They spoke by phone.", None), None);
    }
}
