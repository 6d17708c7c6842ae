//! A first draft from an article: its direct quotes with their speakers, channels and dates,
//! its reported speech (as paraphrase), and the meetings, calls, talks and summits it reports.
//!
//! Plain rules, no model: [`quotes`] finds what is in quote marks, [`attribution`] the verb of
//! saying and its subject, [`actors`] who that is, [`dates`] when, against the publication date,
//! and [`events`] the encounters. Every item is a draft (`draft = true`) with the sentence it came
//! from, so `check` refuses it until an editor has reviewed it.

pub mod actors;
pub mod attribution;
pub mod dates;
mod draft;
pub mod events;
pub mod quotes;

use std::collections::HashMap;
use std::path::Path;

use time::Date;

use crate::calendar::long;
use crate::{Channel, Dataset, EventKind, Precision, Status};

use actors::{Cast, Kind, Who};
use attribution::Strength;
pub use draft::{Draft, EventProposal, StatementProposal};

/// Why an article could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposeError {
    /// The article or argument at fault.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ProposeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for ProposeError {}

/// Reads the article at `path`, published on `published` (`YYYY-MM-DD`), and drafts items,
/// matching speakers and places against `ds` when given.
pub fn propose_file(
    path: &Path,
    published: &str,
    ds: Option<&Dataset>,
) -> Result<Draft, ProposeError> {
    let shown = path.display().to_string();
    let date = crate::calendar::parse_written(published)
        .filter(|(_, p)| *p == Precision::Day)
        .map(|(d, _)| d)
        .ok_or_else(|| ProposeError {
            file: "--published".into(),
            message: format!("`{published}` is not a date in the form YYYY-MM-DD"),
        })?;
    let bytes = std::fs::read(path).map_err(|e| ProposeError {
        file: shown.clone(),
        message: format!("cannot read the article: {e}"),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let ok = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..ok].iter().filter(|b| **b == b'\n').count() + 1;
        ProposeError {
            file: format!("{shown}:{line}"),
            message: "the article is not UTF-8 text".into(),
        }
    })?;
    if text.trim().is_empty() {
        return Err(ProposeError {
            file: shown,
            message: "the article is empty".into(),
        });
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    Ok(propose(&text, &name, &shown, date, ds))
}

/// A statement's date as proposed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    /// The day.
    pub date: Date,
    /// What the text supports.
    pub precision: Precision,
    /// Last day of a range.
    pub end: Option<Date>,
    /// The reasoning.
    pub basis: String,
    /// Set when the date came from the text (not the publication-date fallback).
    pub real: bool,
}

impl Dated {
    fn from(r: &dates::Resolved) -> Self {
        let mut basis = r.basis.clone();
        if let Some(a) = &r.ambiguity {
            basis.push_str(&format!(" (ambiguous: {a})"));
        }
        Self {
            date: r.date,
            precision: r.precision,
            end: r.end,
            basis,
            real: matches!(
                r.precision,
                Precision::Day | Precision::Range | Precision::Month
            ),
        }
    }

    fn reported(published: Date) -> Self {
        Self {
            date: published,
            precision: Precision::By,
            end: None,
            basis: format!(
                "reported in the article of {} without a date of its own",
                long(published)
            ),
            real: false,
        }
    }
}

/// What the article has said so far about a speaker's occasion.
#[derive(Debug, Clone)]
struct Frame {
    /// The date of the speaker's latest held event or dated statement; `None` when that
    /// occasion is undated.
    date: Option<Dated>,
    /// How many statements the draft had when the frame was set.
    at: usize,
}

/// Event nouns that, opening a paragraph, move the story to that event.
const EVENT_NOUNS: [&str; 9] = [
    "summit",
    "meeting",
    "talks",
    "negotiations",
    "call",
    "conversation",
    "gathering",
    "visit",
    "conference",
];

fn opens_on_event(sentence: &str) -> bool {
    let mut w = sentence.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    matches!(w.next().as_deref(), Some("the" | "this" | "that"))
        && w.next().is_some_and(|n| EVENT_NOUNS.contains(&n.as_str()))
}

/// A sentence without the wire dateline before it ("Brussels [Belgium], October 23 (ANI): ").
fn without_dateline(sentence: &str) -> &str {
    match sentence.find("): ") {
        Some(at) if at < 80 && sentence[..at].contains('(') => sentence[at + 3..].trim_start(),
        _ => sentence,
    }
}

/// `text` with its first `n` bytes blanked, byte for byte, so positions still match.
fn blank_before(text: &str, n: usize) -> String {
    text.char_indices()
        .flat_map(|(i, c)| {
            let keep = i >= n;
            let width = if keep { 1 } else { c.len_utf8() };
            std::iter::repeat_n(if keep { c } else { ' ' }, width)
        })
        .collect()
}

fn normal_quote(q: &str) -> String {
    crate::provenance::normalise(q)
        .trim_end_matches(['.', ',', ';', ':', ' '])
        .to_string()
}

/// Drafts items from article `text` (file name `name`, shown as `shown` in messages).
pub fn propose(
    text: &str,
    name: &str,
    shown: &str,
    published: Date,
    ds: Option<&Dataset>,
) -> Draft {
    let mut cast = Cast::new(ds);
    let mut draft = Draft::new(name, published, ds);
    let paragraphs = quotes::paragraphs(text);
    let mut anchor: Option<Date> = None;
    let mut frames: HashMap<Who, Frame> = HashMap::new();
    let mut speakers: Vec<Option<Who>> = Vec::new();
    let mut channels: HashMap<Who, Channel> = HashMap::new();
    let mut last_statement: Option<Dated> = None;
    let mut prev_par_speaker: Option<(usize, Who)> = None;
    let mut raw_events: Vec<EventProposal> = Vec::new();
    let mut direct = 0usize;

    for (pi, par) in paragraphs.iter().enumerate() {
        if par.heading {
            // A heading starts a new section: the story's last date no longer carries.
            anchor = None;
            continue;
        }
        let p = par.text.as_str();
        let all_quotes = quotes::scan(p);
        let said: Vec<&quotes::Quote> = all_quotes
            .iter()
            .filter(|q| !quotes::is_name(&quotes::words(p, q)))
            .collect();
        let blank_all = quotes::outside(p, &all_quotes);
        let said_owned: Vec<quotes::Quote> = said.iter().map(|q| (*q).clone()).collect();
        let blank_said = quotes::outside(p, &said_owned);
        let sentences = quotes::sentences(p, &all_quotes);
        let mut shifted = false;
        let mut last_in_par: Option<Who> = None;
        let mut par_channel: HashMap<Who, Channel> = HashMap::new();

        for (si, range) in sentences.iter().enumerate() {
            let sentence = &p[range.clone()];
            // A wire dateline ("Helsinki, March 6 (Example Wire): ") is not part of the story.
            let dateline = sentence.len() - without_dateline(sentence).len();
            let out_owned = blank_before(&blank_all[range.clone()], dateline);
            let out = out_owned.as_str();
            let line = par.line;
            if si == 0 && opens_on_event(sentence) {
                shifted = true;
            }
            let ahead = dates::looks_ahead(out);
            let found = dates::find(out, published, anchor, ahead);
            let mentions = cast.mentions(out, sentence);
            let verbs = attribution::verbs(out);
            let main = attribution::main_verb(&verbs, out);

            // "reported by the Presidential Office", "according to X": who reports.
            let lower = out.to_lowercase();
            for cue in ["reported by", "according to"] {
                if let Some(at) = lower.find(cue) {
                    if let Some(w) = mentions
                        .iter()
                        .filter(|m| m.start >= at)
                        .find_map(|m| cast.resolve(m))
                    {
                        cast.last_reporter = Some(w);
                    }
                }
            }

            // The sentence's speaker, if it reports speech.
            let subject = main
                .as_ref()
                .and_then(|v| attribution::subject(&mentions, out, v))
                .and_then(|m| cast.resolve(m));

            // Encounters: held ones give their participants an occasion to date quotes by.
            let event_owned = blank_before(&blank_said[range.clone()], dateline);
            let event_text = event_owned.as_str();
            for t in events::triggers(event_text) {
                // After a verb of saying, the encounter is in what was said ("Zelensky said he
                // met Macron"); "discussed" or "spoke with" is the encounter itself.
                let after = main
                    .as_ref()
                    .filter(|v| v.strength == Strength::Strong)
                    .map(|v| v.end)
                    .filter(|e| *e <= t.at)
                    .unwrap_or(0);
                let mut who: Vec<Who> = Vec::new();
                for m in mentions.iter().filter(|m| m.start >= after) {
                    let w = match &m.kind {
                        Kind::Pronoun if after > 0 => subject,
                        // "Russia and Ukraine held talks": their delegations.
                        Kind::Country(c) if t.kind == EventKind::Talks => cast.delegation_of(c),
                        Kind::Country(_) => None,
                        _ => cast.resolve(m),
                    };
                    if let Some(w) = w {
                        if !who.contains(&w) {
                            who.push(w);
                        }
                    }
                }
                if after == 0 {
                    if let Some(s) = subject.filter(|s| !who.contains(s)) {
                        who.insert(0, s);
                    }
                }
                let when = found
                    .iter()
                    .filter(|f| f.span.start >= after)
                    .find_map(|f| f.result.as_ref().ok())
                    .or_else(|| found.iter().find_map(|f| f.result.as_ref().ok()))
                    .map(Dated::from);
                // An upcoming or proposed encounter is not on the day the sentence reports
                // ("met on Tuesday ahead of a summit"): only a bound dates it, else it is after
                // that day.
                let when = match (t.status, when) {
                    (Status::Held, w) => w,
                    (_, Some(d)) if matches!(d.precision, Precision::By | Precision::After) => {
                        Some(d)
                    }
                    (_, d) => {
                        let from = d.map(|d| d.date).unwrap_or(published);
                        Some(Dated {
                            date: from,
                            precision: Precision::After,
                            end: None,
                            basis: format!(
                                "upcoming or proposed in the text of {}; no date of its own",
                                long(from)
                            ),
                            real: false,
                        })
                    }
                };
                let ids: Vec<String> = who.iter().map(|w| cast.id(*w).to_string()).collect();
                // An undated mention of an encounter already told ("Macron said he met
                // Zelensky") is that encounter, with its date.
                let when = when.or_else(|| {
                    raw_events
                        .iter()
                        .rev()
                        .find(|e| {
                            e.kind == t.kind
                                && e.status == t.status
                                && ids.len() >= 2
                                && ids.iter().all(|p| e.participants.contains(p))
                        })
                        .and_then(|e| e.when.clone())
                });
                let place = if t.kind == EventKind::Call {
                    None
                } else {
                    events::place(event_text, ds)
                };
                if t.status == Status::Held {
                    for w in &who {
                        frames.insert(
                            *w,
                            Frame {
                                date: when.clone().filter(|d| d.real),
                                at: draft.statements.len(),
                            },
                        );
                    }
                }
                raw_events.push(EventProposal {
                    kind: t.kind,
                    status: t.status,
                    participants: ids,
                    names: who.iter().map(|w| cast.name(*w)).collect(),
                    place,
                    when,
                    from: sentence.to_string(),
                    line,
                });
            }
            if shifted && si == 0 {
                // The paragraph is about that event: its date, or none.
                anchor = raw_events
                    .last()
                    .filter(|e| e.from == sentence)
                    .and_then(|e| e.when.as_ref())
                    .filter(|d| d.precision == Precision::Day)
                    .map(|d| d.date);
            }

            // What each quote in this sentence is, and who said it.
            let in_sentence: Vec<&&quotes::Quote> = said
                .iter()
                .filter(|q| q.inner.start >= range.start && q.inner.start < range.end)
                .collect();
            let mut statements_here: Vec<(String, bool, Option<Who>, Option<attribution::Verb>)> =
                Vec::new();
            let mut running: Vec<bool> = Vec::new();
            for q in &in_sentence {
                let qr = q.inner.start - range.start..q.inner.end.min(range.end) - range.start;
                let words = quotes::words(p, q);
                let standalone = out.trim_matches(|c: char| !c.is_alphanumeric()).is_empty();
                let who = match &main {
                    Some(v) if !standalone => {
                        attribution::speaker_mention(&mentions, out, v, qr.clone())
                            .and_then(|m| cast.resolve(m))
                    }
                    _ => last_in_par.or_else(|| {
                        prev_par_speaker
                            .filter(|(i, _)| *i + 1 == pi)
                            .map(|(_, w)| w)
                    }),
                };
                if main.is_none() && !standalone {
                    // Quote marks with no one saying anything: a title or scare quotes.
                    continue;
                }
                // A quote that runs on into the next paragraph, with no attribution yet: its
                // speaker is named where it ends.
                running.push(q.open_ended && (main.is_none() || standalone));
                statements_here.push((words, false, who, main.clone()));
            }
            if in_sentence.is_empty() {
                if let (Some(v), Some(_)) = (&main, subject) {
                    if v.strength == Strength::Strong
                        && v.word != "according"
                        && !v.word.ends_with("ing")
                    {
                        statements_here.push((
                            without_dateline(sentence).to_string(),
                            true,
                            subject,
                            main.clone(),
                        ));
                    }
                }
            }

            // "later posted", "in a later statement": after the statement before it.
            let later = out
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("later"))
                && !found
                    .iter()
                    .any(|f| f.phrase.to_lowercase().contains("later"));
            for (k, (words, paraphrase, who, verb)) in statements_here.into_iter().enumerate() {
                let runs_on = running.get(k).copied().unwrap_or(false);
                // When: the sentence's own date, else what the story has established.
                let own = found.iter().find(|f| match &verb {
                    // A date in the reported words ("said they would meet by August") dates
                    // what was said, not the saying; one before the verb or just after it does.
                    Some(v) => f.span.end <= v.start || f.span.start <= v.end + 12,
                    None => true,
                });
                let continues = verb.as_ref().is_some_and(|v| v.continuation)
                    || lower.contains("his statement")
                    || lower.contains("her statement");
                let frame = who.and_then(|w| frames.get(&w)).filter(|f| {
                    !shifted && (continues || speakers[f.at..].iter().all(|s| *s == who))
                });
                let dated = match own {
                    Some(f) => match &f.result {
                        Ok(r) => Dated::from(r),
                        Err(why) => {
                            draft.warnings.push(format!(
                                "{shown}:{line}: cannot resolve \"{}\": {why}; the statement is dated by the publication date: check it",
                                f.phrase
                            ));
                            let mut d = Dated::reported(published);
                            d.basis = format!("unresolved: {why}; {}", d.basis);
                            d
                        }
                    },
                    None if verb.as_ref().is_some_and(|v| v.perfect) => {
                        let mut d = Dated::reported(published);
                        d.basis = format!(
                            "\"has {}\": not dated; reported in the article of {}",
                            verb.as_ref().map(|v| v.word.as_str()).unwrap_or("said"),
                            long(published)
                        );
                        d
                    }
                    None if later => match &last_statement {
                        Some(prev) if prev.real && prev.date == published && prev.precision == Precision::Day => Dated {
                            date: published,
                            precision: Precision::Day,
                            end: None,
                            basis: format!("\"later\" than a statement of {}, the article's own day", long(published)),
                            real: true,
                        },
                        _ => {
                            let mut d = Dated::reported(published);
                            d.basis = format!("\"later\" than the statement before it; {}", d.basis);
                            d
                        }
                    },
                    None => match frame {
                        Some(Frame { date: Some(d), .. }) => {
                            let mut d = d.clone();
                            const CONTINUES: &str =
                                "no date in its sentence; continues the account dated by ";
                            let origin = d.basis.strip_prefix(CONTINUES).unwrap_or(&d.basis);
                            d.basis = format!("{CONTINUES}{origin}");
                            d
                        }
                        Some(Frame { date: None, .. }) => Dated::reported(published),
                        None => match anchor {
                            Some(a) => Dated {
                                date: a,
                                precision: Precision::Day,
                                end: None,
                                basis: format!("no date in its sentence; the story's last date before it is {}", long(a)),
                                real: true,
                            },
                            None => Dated::reported(published),
                        },
                    },
                };
                let channel = attribution::channel(out)
                    .or_else(|| who.and_then(|w| par_channel.get(&w).copied()))
                    .or_else(|| {
                        who.filter(|_| frame.is_some())
                            .and_then(|w| channels.get(&w).copied())
                    })
                    .unwrap_or(Channel::Statement);
                if let Some(w) = who {
                    channels.insert(w, channel);
                    par_channel.insert(w, channel);
                    last_in_par = Some(w);
                    let entry = frames.entry(w).or_insert(Frame { date: None, at: 0 });
                    if dated.real {
                        entry.date = Some(dated.clone());
                    }
                    entry.at = draft.statements.len() + 1;
                }
                speakers.push(who);
                last_statement = Some(dated.clone());
                if !paraphrase {
                    direct += 1;
                }
                let speaker = who.map(|w| cast.id(w).to_string()).unwrap_or_default();
                draft.add_statement(StatementProposal {
                    id: String::new(),
                    speaker,
                    quote: words,
                    paraphrase,
                    channel,
                    when: dated,
                    from: sentence.to_string(),
                    line,
                    topics: Vec::new(),
                    existing: None,
                    runs_on,
                });
            }

            // Who this sentence was about, for "he" and "the French president" later on.
            for m in &mentions {
                if let Some(w) = cast.resolve(m) {
                    cast.saw(w);
                }
            }
            let person_subject = subject.filter(|w| cast.is_person(*w)).or_else(|| {
                mentions
                    .iter()
                    .filter(|m| main.as_ref().is_none_or(|v| m.end <= v.start))
                    .filter_map(|m| cast.resolve(m))
                    .find(|w| cast.is_person(*w))
            });
            if let Some(w) = person_subject {
                cast.last_subject = Some(w);
            }
            // The story's last date, for "a day later" and for quotes with no date.
            for f in &found {
                if let Ok(r) = &f.result {
                    if r.anchor && r.date <= published && r.precision == Precision::Day {
                        anchor = Some(r.date);
                    }
                }
            }
        }
        if let Some(w) = last_in_par {
            prev_par_speaker = Some((pi, w));
        }
    }
    draft.attribute_running_quotes();
    draft.set_events(raw_events);
    draft.set_actors(&cast);
    if direct == 0 {
        draft.warnings.push(format!(
            "{shown}: no direct quotes found: nothing in quote marks is attributed to a speaker"
        ));
    }
    draft
}
