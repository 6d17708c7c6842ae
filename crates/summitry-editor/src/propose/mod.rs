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
use summitry_data::{Channel, Dataset, EventKind, Precision, Status};

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
    summitry_check::provenance::normalise(q)
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
    let mut story = Story::new(name, shown, published, ds);
    for (pi, par) in quotes::paragraphs(text).iter().enumerate() {
        story.paragraph(pi, par);
    }
    story.finish()
}

/// The proposer's walk through an article, paragraph by paragraph and sentence by sentence:
/// what the story has established so far, which later sentences lean on.
struct Story<'a> {
    ds: Option<&'a Dataset>,
    shown: &'a str,
    published: Date,
    cast: Cast,
    draft: Draft,
    /// The story's last date: what "a day later" counts from, and what dates a quote with no
    /// date of its own.
    anchor: Option<Date>,
    /// Each speaker's occasion.
    frames: HashMap<Who, Frame>,
    /// The speaker of each statement drafted so far, in order.
    speakers: Vec<Option<Who>>,
    /// Each speaker's latest channel.
    channels: HashMap<Who, Channel>,
    /// The date of the latest statement, for "later".
    last_statement: Option<Dated>,
    /// The latest paragraph with a speaker, and that speaker: a quote standing alone at the
    /// start of the next paragraph is theirs.
    prev_par_speaker: Option<(usize, Who)>,
    /// The encounters found so far, before the draft merges them.
    raw_events: Vec<EventProposal>,
    /// How many direct quotes (not paraphrases) were drafted.
    direct: usize,
}

/// One paragraph as the walk reads it, with what it has learnt within the paragraph.
struct Par<'p> {
    index: usize,
    text: &'p str,
    line: usize,
    /// The quotes that are something said (not names in quote marks).
    said: Vec<quotes::Quote>,
    /// The paragraph with every quote blanked.
    blank_all: String,
    /// The paragraph with the quotes in `said` blanked.
    blank_said: String,
    /// The paragraph opens on an event ("The summit ..."): it is about that event.
    shifted: bool,
    /// The paragraph's latest speaker.
    last_speaker: Option<Who>,
    /// Each speaker's channel within the paragraph.
    channels: HashMap<Who, Channel>,
}

/// One sentence, read: its words outside quotes, dates, mentions and verb of saying.
struct Sentence<'s> {
    range: std::ops::Range<usize>,
    text: &'s str,
    line: usize,
    /// Bytes of wire dateline before the story.
    dateline: usize,
    /// The sentence with its quotes and dateline blanked.
    out: String,
    /// `out` in lowercase.
    lower: String,
    found: Vec<dates::Found>,
    mentions: Vec<actors::Mention>,
    main: Option<attribution::Verb>,
    /// The speaker, if the sentence reports speech.
    subject: Option<Who>,
}

/// A statement a sentence reports, before it is dated.
struct Pending {
    words: String,
    paraphrase: bool,
    who: Option<Who>,
    verb: Option<attribution::Verb>,
    /// A quote that runs on into the next paragraph, its speaker named where it ends.
    runs_on: bool,
}

impl<'a> Story<'a> {
    fn new(name: &str, shown: &'a str, published: Date, ds: Option<&'a Dataset>) -> Self {
        Self {
            ds,
            shown,
            published,
            cast: Cast::new(ds),
            draft: Draft::new(name, published, ds),
            anchor: None,
            frames: HashMap::new(),
            speakers: Vec::new(),
            channels: HashMap::new(),
            last_statement: None,
            prev_par_speaker: None,
            raw_events: Vec::new(),
            direct: 0,
        }
    }

    fn paragraph(&mut self, pi: usize, par: &quotes::Paragraph) {
        if par.heading {
            // A heading starts a new section: the story's last date no longer carries.
            self.anchor = None;
            return;
        }
        let p = par.text.as_str();
        let all_quotes = quotes::scan(p);
        let said: Vec<quotes::Quote> = all_quotes
            .iter()
            .filter(|q| !quotes::is_name(&quotes::words(p, q)))
            .cloned()
            .collect();
        let mut here = Par {
            index: pi,
            text: p,
            line: par.line,
            blank_all: quotes::outside(p, &all_quotes),
            blank_said: quotes::outside(p, &said),
            said,
            shifted: false,
            last_speaker: None,
            channels: HashMap::new(),
        };
        for (si, range) in quotes::sentences(p, &all_quotes).into_iter().enumerate() {
            self.sentence(&mut here, si, range);
        }
        if let Some(w) = here.last_speaker {
            self.prev_par_speaker = Some((pi, w));
        }
    }

    fn sentence(&mut self, par: &mut Par, si: usize, range: std::ops::Range<usize>) {
        if si == 0 && opens_on_event(&par.text[range.clone()]) {
            par.shifted = true;
        }
        let s = self.read(par, range);
        self.encounters(&s, par);
        if par.shifted && si == 0 {
            // The paragraph is about that event: its date, or none.
            self.anchor = self
                .raw_events
                .last()
                .filter(|e| e.from == s.text)
                .and_then(|e| e.when.as_ref())
                .filter(|d| d.precision == Precision::Day)
                .map(|d| d.date);
        }
        // "later posted", "in a later statement": after the statement before it.
        let later = s
            .out
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("later"))
            && !s
                .found
                .iter()
                .any(|f| f.phrase.to_lowercase().contains("later"));
        for pending in self.statements_in(&s, par) {
            self.statement(&s, par, pending, later);
        }
        self.remember(&s);
    }

    /// Reads a sentence: its dates, mentions, verb of saying and speaker; notes who reports.
    fn read<'p>(&mut self, par: &Par<'p>, range: std::ops::Range<usize>) -> Sentence<'p> {
        let sentence = &par.text[range.clone()];
        // A wire dateline ("Helsinki, March 6 (Example Wire): ") is not part of the story.
        let dateline = sentence.len() - without_dateline(sentence).len();
        let out = blank_before(&par.blank_all[range.clone()], dateline);
        let ahead = dates::looks_ahead(&out);
        let found = dates::find(&out, self.published, self.anchor, ahead);
        let mentions = self.cast.mentions(&out, sentence);
        let verbs = attribution::verbs(&out);
        let main = attribution::main_verb(&verbs, &out);

        // "reported by the Presidential Office", "according to X": who reports.
        let lower = out.to_lowercase();
        for cue in ["reported by", "according to"] {
            if let Some(at) = lower.find(cue) {
                if let Some(w) = mentions
                    .iter()
                    .filter(|m| m.start >= at)
                    .find_map(|m| self.cast.resolve(m))
                {
                    self.cast.last_reporter = Some(w);
                }
            }
        }
        let subject = main
            .as_ref()
            .and_then(|v| attribution::subject(&mentions, &out, v))
            .and_then(|m| self.cast.resolve(m));
        Sentence {
            range,
            text: sentence,
            line: par.line,
            dateline,
            out,
            lower,
            found,
            mentions,
            main,
            subject,
        }
    }

    /// Encounters: held ones give their participants an occasion to date quotes by.
    fn encounters(&mut self, s: &Sentence, par: &Par) {
        let event_text = blank_before(&par.blank_said[s.range.clone()], s.dateline);
        for t in events::triggers(&event_text) {
            self.encounter(s, &event_text, &t);
        }
    }

    fn encounter(&mut self, s: &Sentence, event_text: &str, t: &events::Trigger) {
        // After a verb of saying, the encounter is in what was said ("Zelensky said he met
        // Macron"); "discussed" or "spoke with" is the encounter itself.
        let after = s
            .main
            .as_ref()
            .filter(|v| v.strength == Strength::Strong)
            .map(|v| v.end)
            .filter(|e| *e <= t.at)
            .unwrap_or(0);
        let who = self.participants(s, t, after);
        let ids: Vec<String> = who.iter().map(|w| self.cast.id(*w).to_string()).collect();
        let when = self.encounter_date(s, t, after, &ids);
        let place = if t.kind == EventKind::Call {
            None
        } else {
            events::place(event_text, self.ds)
        };
        if t.status == Status::Held {
            for w in &who {
                self.frames.insert(
                    *w,
                    Frame {
                        date: when.clone().filter(|d| d.real),
                        at: self.draft.statements.len(),
                    },
                );
            }
        }
        self.raw_events.push(EventProposal {
            kind: t.kind,
            status: t.status,
            participants: ids,
            names: who.iter().map(|w| self.cast.name(*w)).collect(),
            place,
            when,
            from: s.text.to_string(),
            line: s.line,
        });
    }

    /// Who takes part in an encounter: those named from `after` on, and the speaker when the
    /// sentence itself is the encounter.
    fn participants(&self, s: &Sentence, t: &events::Trigger, after: usize) -> Vec<Who> {
        let mut who: Vec<Who> = Vec::new();
        for m in s.mentions.iter().filter(|m| m.start >= after) {
            let w = match &m.kind {
                Kind::Pronoun if after > 0 => s.subject,
                // "Russia and Ukraine held talks": their delegations.
                Kind::Country(c) if t.kind == EventKind::Talks => self.cast.delegation_of(c),
                Kind::Country(_) => None,
                _ => self.cast.resolve(m),
            };
            if let Some(w) = w {
                if !who.contains(&w) {
                    who.push(w);
                }
            }
        }
        if after == 0 {
            if let Some(subject) = s.subject.filter(|w| !who.contains(w)) {
                who.insert(0, subject);
            }
        }
        who
    }

    /// An encounter's date: the sentence's, bounded for one not (yet) held, else that of the
    /// same encounter told before.
    fn encounter_date(
        &self,
        s: &Sentence,
        t: &events::Trigger,
        after: usize,
        ids: &[String],
    ) -> Option<Dated> {
        let when = s
            .found
            .iter()
            .filter(|f| f.span.start >= after)
            .find_map(|f| f.result.as_ref().ok())
            .or_else(|| s.found.iter().find_map(|f| f.result.as_ref().ok()))
            .map(Dated::from);
        // An upcoming or proposed encounter is not on the day the sentence reports ("met on
        // Tuesday ahead of a summit"): only a bound dates it, else it is after that day.
        let when = match (t.status, when) {
            (Status::Held, w) => w,
            (_, Some(d)) if matches!(d.precision, Precision::By | Precision::After) => Some(d),
            (_, d) => {
                let from = d.map(|d| d.date).unwrap_or(self.published);
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
        // An undated mention of an encounter already told ("Macron said he met Zelensky") is
        // that encounter, with its date.
        when.or_else(|| {
            self.raw_events
                .iter()
                .rev()
                .find(|e| {
                    e.kind == t.kind
                        && e.status == t.status
                        && ids.len() >= 2
                        && ids.iter().all(|p| e.participants.contains(p))
                })
                .and_then(|e| e.when.clone())
        })
    }

    /// What each quote in the sentence is, and who said it; or the sentence itself as
    /// reported speech when it has no quote.
    fn statements_in(&self, s: &Sentence, par: &Par) -> Vec<Pending> {
        let mut here: Vec<Pending> = Vec::new();
        let in_sentence: Vec<&quotes::Quote> = par
            .said
            .iter()
            .filter(|q| q.inner.start >= s.range.start && q.inner.start < s.range.end)
            .collect();
        let out = s.out.as_str();
        for q in &in_sentence {
            let qr = q.inner.start - s.range.start..q.inner.end.min(s.range.end) - s.range.start;
            let standalone = out.trim_matches(|c: char| !c.is_alphanumeric()).is_empty();
            let who = match &s.main {
                Some(v) if !standalone => {
                    attribution::speaker_mention(&s.mentions, out, v, qr.clone())
                        .and_then(|m| self.cast.resolve(m))
                }
                _ => par.last_speaker.or_else(|| {
                    self.prev_par_speaker
                        .filter(|(i, _)| *i + 1 == par.index)
                        .map(|(_, w)| w)
                }),
            };
            if s.main.is_none() && !standalone {
                // Quote marks with no one saying anything: a title or scare quotes.
                continue;
            }
            here.push(Pending {
                words: quotes::words(par.text, q),
                paraphrase: false,
                who,
                verb: s.main.clone(),
                // A quote that runs on into the next paragraph, with no attribution yet: its
                // speaker is named where it ends.
                runs_on: q.open_ended && (s.main.is_none() || standalone),
            });
        }
        if in_sentence.is_empty() {
            if let (Some(v), Some(_)) = (&s.main, s.subject) {
                if v.strength == Strength::Strong
                    && v.word != "according"
                    && !v.word.ends_with("ing")
                {
                    here.push(Pending {
                        words: without_dateline(s.text).to_string(),
                        paraphrase: true,
                        who: s.subject,
                        verb: s.main.clone(),
                        runs_on: false,
                    });
                }
            }
        }
        here
    }

    /// Drafts one statement: its date, channel and speaker, and what it tells later sentences.
    fn statement(&mut self, s: &Sentence, par: &mut Par, st: Pending, later: bool) {
        let continues = st.verb.as_ref().is_some_and(|v| v.continuation)
            || s.lower.contains("his statement")
            || s.lower.contains("her statement");
        let frame = st
            .who
            .and_then(|w| self.frames.get(&w))
            .filter(|f| {
                !par.shifted && (continues || self.speakers[f.at..].iter().all(|w| *w == st.who))
            })
            .cloned();
        let dated = self.date_statement(s, &st, frame.as_ref(), later);
        let channel = attribution::channel(&s.out)
            .or_else(|| st.who.and_then(|w| par.channels.get(&w).copied()))
            .or_else(|| {
                st.who
                    .filter(|_| frame.is_some())
                    .and_then(|w| self.channels.get(&w).copied())
            })
            .unwrap_or(Channel::Statement);
        if let Some(w) = st.who {
            self.channels.insert(w, channel);
            par.channels.insert(w, channel);
            par.last_speaker = Some(w);
            let at = self.draft.statements.len() + 1;
            let entry = self.frames.entry(w).or_insert(Frame { date: None, at: 0 });
            if dated.real {
                entry.date = Some(dated.clone());
            }
            entry.at = at;
        }
        self.speakers.push(st.who);
        self.last_statement = Some(dated.clone());
        if !st.paraphrase {
            self.direct += 1;
        }
        let speaker = st
            .who
            .map(|w| self.cast.id(w).to_string())
            .unwrap_or_default();
        self.draft.add_statement(StatementProposal {
            id: String::new(),
            speaker,
            quote: st.words,
            paraphrase: st.paraphrase,
            channel,
            when: dated,
            from: s.text.to_string(),
            line: s.line,
            topics: Vec::new(),
            existing: None,
            runs_on: st.runs_on,
        });
    }

    /// When a statement was made: the sentence's own date, else what the story has established.
    fn date_statement(
        &mut self,
        s: &Sentence,
        st: &Pending,
        frame: Option<&Frame>,
        later: bool,
    ) -> Dated {
        let published = self.published;
        let own = s.found.iter().find(|f| match &st.verb {
            // A date in the reported words ("said they would meet by August") dates what was
            // said, not the saying; one before the verb or just after it does.
            Some(v) => f.span.end <= v.start || f.span.start <= v.end + 12,
            None => true,
        });
        match own {
            Some(f) => match &f.result {
                Ok(r) => Dated::from(r),
                Err(why) => {
                    self.draft.warnings.push(format!(
                        "{}:{}: cannot resolve \"{}\": {why}; the statement is dated by the publication date: check it",
                        self.shown, s.line, f.phrase
                    ));
                    let mut d = Dated::reported(published);
                    d.basis = format!("unresolved: {why}; {}", d.basis);
                    d
                }
            },
            None if st.verb.as_ref().is_some_and(|v| v.perfect) => {
                let mut d = Dated::reported(published);
                d.basis = format!(
                    "\"has {}\": not dated; reported in the article of {}",
                    st.verb.as_ref().map(|v| v.word.as_str()).unwrap_or("said"),
                    long(published)
                );
                d
            }
            None if later => self.later_than_the_last(),
            None => self.as_the_story_has_it(frame),
        }
    }

    /// "Later" than the statement before: the article's own day when that one was on it.
    fn later_than_the_last(&self) -> Dated {
        let published = self.published;
        match &self.last_statement {
            Some(prev)
                if prev.real && prev.date == published && prev.precision == Precision::Day =>
            {
                Dated {
                    date: published,
                    precision: Precision::Day,
                    end: None,
                    basis: format!(
                        "\"later\" than a statement of {}, the article's own day",
                        long(published)
                    ),
                    real: true,
                }
            }
            _ => {
                let mut d = Dated::reported(published);
                d.basis = format!("\"later\" than the statement before it; {}", d.basis);
                d
            }
        }
    }

    /// A statement with no date in its sentence: its speaker's occasion, else the story's last
    /// date, else the publication date.
    fn as_the_story_has_it(&self, frame: Option<&Frame>) -> Dated {
        match frame {
            Some(Frame { date: Some(d), .. }) => {
                let mut d = d.clone();
                const CONTINUES: &str = "no date in its sentence; continues the account dated by ";
                let origin = d.basis.strip_prefix(CONTINUES).unwrap_or(&d.basis);
                d.basis = format!("{CONTINUES}{origin}");
                d
            }
            Some(Frame { date: None, .. }) => Dated::reported(self.published),
            None => match self.anchor {
                Some(a) => Dated {
                    date: a,
                    precision: Precision::Day,
                    end: None,
                    basis: format!(
                        "no date in its sentence; the story's last date before it is {}",
                        long(a)
                    ),
                    real: true,
                },
                None => Dated::reported(self.published),
            },
        }
    }

    /// What the sentence tells later ones: who it was about, for "he" and "the French
    /// president", and the story's last date, for "a day later" and quotes with no date.
    fn remember(&mut self, s: &Sentence) {
        for m in &s.mentions {
            if let Some(w) = self.cast.resolve(m) {
                self.cast.saw(w);
            }
        }
        let cast = &self.cast;
        let person_subject = s.subject.filter(|w| cast.is_person(*w)).or_else(|| {
            s.mentions
                .iter()
                .filter(|m| s.main.as_ref().is_none_or(|v| m.end <= v.start))
                .filter_map(|m| cast.resolve(m))
                .find(|w| cast.is_person(*w))
        });
        if let Some(w) = person_subject {
            self.cast.last_subject = Some(w);
        }
        for f in &s.found {
            if let Ok(r) = &f.result {
                if r.anchor && r.date <= self.published && r.precision == Precision::Day {
                    self.anchor = Some(r.date);
                }
            }
        }
    }

    fn finish(mut self) -> Draft {
        self.draft.attribute_running_quotes();
        self.draft.set_events(self.raw_events);
        self.draft.set_actors(&self.cast);
        if self.direct == 0 {
            self.draft.warnings.push(format!(
                "{}: no direct quotes found: nothing in quote marks is attributed to a speaker",
                self.shown
            ));
        }
        self.draft
    }
}
