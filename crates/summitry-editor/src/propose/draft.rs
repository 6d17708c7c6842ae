//! The draft an editor reviews: items in Summitry's TOML, each marked `draft = true` with the
//! sentence it came from.

use std::collections::HashSet;

use time::Date;

use crate::gazetteer::fold;
use crate::import::slug;
use crate::toml_out::{render, Item};
use summitry_data::{Channel, Dataset, EventKind, Status};

use super::actors::{Cast, NewActor};
use super::events::PlaceRef;
use super::Dated;

/// A proposed statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementProposal {
    /// Proposed id.
    pub id: String,
    /// Actor id of the speaker; empty when none was found.
    pub speaker: String,
    /// The words as printed (or the sentence, for a paraphrase).
    pub quote: String,
    /// Reported speech rather than the speaker's words.
    pub paraphrase: bool,
    /// Where it was said.
    pub channel: Channel,
    /// When, with the reasoning.
    pub when: Dated,
    /// The sentence it came from.
    pub from: String,
    /// Line of its paragraph in the article.
    pub line: usize,
    /// Topic ids whose words it uses.
    pub topics: Vec<String>,
    /// The dataset statement with the same words, if there is one.
    pub existing: Option<String>,
    /// The quote runs on into the next paragraph; the next statement names its speaker.
    pub runs_on: bool,
}

/// A proposed event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventProposal {
    /// What kind of encounter.
    pub kind: EventKind,
    /// Held, proposed or scheduled.
    pub status: Status,
    /// Actor ids.
    pub participants: Vec<String>,
    /// Their names, for the title.
    pub names: Vec<String>,
    /// Where, when the sentence names a place.
    pub place: Option<PlaceRef>,
    /// When, when the sentence says.
    pub when: Option<Dated>,
    /// The sentence it came from.
    pub from: String,
    /// Line of its paragraph.
    pub line: usize,
}

/// Everything proposed from one article.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The article's file name.
    pub file: String,
    /// Its publication date.
    pub published: Date,
    /// The dataset source for the article, when the dataset has one with this file name.
    pub source: Option<String>,
    /// Proposed statements, in article order.
    pub statements: Vec<StatementProposal>,
    /// Proposed events (with their ids).
    pub events: Vec<(String, EventProposal)>,
    /// New actors the statements and events need.
    pub actors: Vec<NewActor>,
    /// Messages for the editor: each names the article and line.
    pub warnings: Vec<String>,
    taken: HashSet<String>,
    topics: Vec<(String, Vec<String>)>,
    existing_quotes: Vec<(String, String)>,
    existing_events: Vec<(String, EventKind, Date, Vec<String>)>,
}

impl Draft {
    pub(super) fn new(file: &str, published: Date, ds: Option<&Dataset>) -> Self {
        let mut taken = HashSet::new();
        let mut topics = Vec::new();
        let mut existing_quotes = Vec::new();
        let mut existing_events = Vec::new();
        let mut source = None;
        if let Some(ds) = ds {
            taken.extend(ds.statements.iter().map(|s| s.id.clone()));
            taken.extend(ds.events.iter().map(|s| s.id.clone()));
            taken.extend(ds.actors.iter().map(|s| s.id.clone()));
            taken.extend(ds.places.iter().map(|s| s.id.clone()));
            source = ds
                .sources
                .iter()
                .find(|s| s.file == file)
                .map(|s| s.id.clone());
            for t in &ds.topics {
                let mut keys = vec![fold(&t.id.replace('-', " ")), fold(&t.label)];
                keys.extend(keys.clone().iter().map(|k| k.replace("defence", "defense")));
                topics.push((t.id.clone(), keys));
            }
            existing_quotes = ds
                .statements
                .iter()
                .map(|s| (super::normal_quote(&s.quote), s.id.clone()))
                .collect();
            existing_events = ds
                .events
                .iter()
                .map(|e| (e.id.clone(), e.kind, e.when.date, e.participants.clone()))
                .collect();
        }
        Self {
            file: file.to_string(),
            published,
            source,
            statements: Vec::new(),
            events: Vec::new(),
            actors: Vec::new(),
            warnings: Vec::new(),
            taken,
            topics,
            existing_quotes,
            existing_events,
        }
    }

    fn unique(&mut self, base: &str) -> String {
        let mut id = base.trim_matches('-').to_string();
        if id.is_empty() {
            id = "item".into();
        }
        let mut n = 1;
        let mut candidate = id.clone();
        while self.taken.contains(&candidate) {
            n += 1;
            candidate = format!("{id}-{n}");
        }
        self.taken.insert(candidate.clone());
        candidate
    }

    pub(super) fn add_statement(&mut self, mut s: StatementProposal) {
        let who = if s.speaker.is_empty() {
            "unknown"
        } else {
            &s.speaker
        };
        let words = slug(&s.quote, 60usize.saturating_sub(who.len() + 12).min(30));
        s.id = self.unique(&format!("{who}-{}-{words}", s.when.date));
        let text = fold(&s.quote);
        s.topics = self
            .topics
            .iter()
            .filter(|(_, keys)| {
                keys.iter()
                    .any(|k| !k.is_empty() && text.contains(k.as_str()))
            })
            .map(|(id, _)| id.clone())
            .collect();
        let mine = super::normal_quote(&s.quote);
        s.existing = self
            .existing_quotes
            .iter()
            .find(|(q, _)| *q == mine)
            .map(|(_, id)| id.clone());
        self.statements.push(s);
    }

    /// A quote running over paragraphs takes the speaker, channel and date of its next part,
    /// where the attribution stands.
    pub(super) fn attribute_running_quotes(&mut self) {
        for i in (0..self.statements.len().saturating_sub(1)).rev() {
            if !self.statements[i].runs_on {
                continue;
            }
            let next = self.statements[i + 1].clone();
            let s = &mut self.statements[i];
            s.speaker = next.speaker;
            s.channel = next.channel;
            s.when = next.when;
            let old = std::mem::take(&mut s.id);
            self.taken.remove(&old);
            let s = self.statements[i].clone();
            let who = if s.speaker.is_empty() {
                "unknown"
            } else {
                &s.speaker
            };
            let words = slug(&s.quote, 60usize.saturating_sub(who.len() + 12).min(30));
            self.statements[i].id = self.unique(&format!("{who}-{}-{words}", s.when.date));
        }
    }

    pub(super) fn set_events(&mut self, raw: Vec<EventProposal>) {
        let mut kept: Vec<EventProposal> = Vec::new();
        for e in raw {
            if e.participants.is_empty() && e.place.is_none() {
                continue;
            }
            // The same encounter named twice: same kind and day, shared participants.
            let same = kept.iter_mut().find(|k| {
                k.kind == e.kind
                    && k.status == e.status
                    && (e.when.is_none()
                        || k.when.as_ref().map(|d| d.date) == e.when.as_ref().map(|d| d.date))
                    && (k.participants.iter().any(|p| e.participants.contains(p))
                        || k.participants.is_empty()
                        || e.participants.is_empty())
            });
            match same {
                Some(k) => {
                    for (p, n) in e.participants.into_iter().zip(e.names) {
                        if !k.participants.contains(&p) {
                            k.participants.push(p);
                            k.names.push(n);
                        }
                    }
                    if k.place.is_none() {
                        k.place = e.place;
                    }
                }
                None => kept.push(e),
            }
        }
        for e in kept {
            let date = e
                .when
                .as_ref()
                .map(|d| d.date.to_string())
                .unwrap_or_else(|| "undated".into());
            let names: Vec<String> = e.participants.iter().take(3).cloned().collect();
            let base = slug(
                &format!("{} {date} {}", e.kind.as_str(), names.join(" ")),
                60,
            );
            let id = self.unique(&base);
            self.events.push((id, e));
        }
    }

    pub(super) fn set_actors(&mut self, cast: &Cast) {
        let used: HashSet<&str> = self
            .statements
            .iter()
            .map(|s| s.speaker.as_str())
            .chain(
                self.events
                    .iter()
                    .flat_map(|(_, e)| e.participants.iter().map(String::as_str)),
            )
            .collect();
        self.actors = cast
            .new_actors
            .iter()
            .filter(|a| used.contains(a.id.as_str()))
            .cloned()
            .collect();
    }

    /// How many statements are direct quotes.
    pub fn direct_quotes(&self) -> usize {
        self.statements.iter().filter(|s| !s.paraphrase).count()
    }

    /// What the command prints.
    pub fn summary(&self) -> String {
        let paraphrases = self.statements.len() - self.direct_quotes();
        let mut s = format!(
            "proposed from {} (published {}): {} direct quote{}, {} paraphrase{}, {} event{}, {} new actor{}\n",
            self.file,
            self.published,
            self.direct_quotes(),
            if self.direct_quotes() == 1 { "" } else { "s" },
            paraphrases,
            if paraphrases == 1 { "" } else { "s" },
            self.events.len(),
            if self.events.len() == 1 { "" } else { "s" },
            self.actors.len(),
            if self.actors.len() == 1 { "" } else { "s" },
        );
        let known = self
            .statements
            .iter()
            .filter(|s| s.existing.is_some())
            .count();
        if known > 0 {
            s.push_str(&format!(
                "{known} of the statements are already in the dataset (marked in the draft)\n"
            ));
        }
        s.push_str("every item is a draft: review each against its `from` sentence, then move it into the data file its section names and delete `draft = true`\n");
        s
    }

    /// The draft as one TOML file, a section per data file.
    pub fn to_toml(&self) -> String {
        let mut out = render(
            &format!(
                "Draft proposed by `summitry-editor propose` from {} (published {}).\n\nEvery item is a draft: check it against the sentence in `from`, correct it, move it\ninto the data file its section names, then delete `draft = true`. `check` refuses\ndrafts, so nothing unreviewed reaches readers.",
                self.file, self.published
            ),
            &[],
        );
        let (source_id, sources) = self.source_items();
        out.push_str(&section("sources.toml", &sources));
        out.push_str(&section("actors.toml [[actor]]", &self.actor_items()));
        out.push_str(&section("places.toml", &self.place_items()));
        let events: Vec<Item> = self
            .events
            .iter()
            .map(|(id, e)| self.event_item(id, e, &source_id))
            .collect();
        out.push_str(&section("events.toml", &events));
        let statements: Vec<Item> = self
            .statements
            .iter()
            .map(|s| self.statement_item(s, &source_id))
            .collect();
        out.push_str(&section("statements.toml", &statements));
        out
    }

    /// The article's source id, and the draft source to add when the dataset has none for it.
    fn source_items(&self) -> (String, Vec<Item>) {
        if let Some(id) = &self.source {
            return (id.clone(), Vec::new());
        }
        let id = format!(
            "src-{}-{}",
            self.published,
            slug(self.file.trim_end_matches(".txt"), 30)
        );
        let item = Item::new("source")
            .text("id", &id)
            .flag("draft", true)
            .text("from", format!("the article {}", self.file))
            .text("outlet", "")
            .text("title", "")
            .text("published", self.published.to_string())
            .text("language", "en")
            .text("file", &self.file)
            .comment("fill in outlet and title as printed (or a bracketed note where the text prints none)");
        (id, vec![item])
    }

    fn actor_items(&self) -> Vec<Item> {
        self.actors
            .iter()
            .map(|a| {
                Item::new("actor")
                    .text("id", &a.id)
                    .flag("draft", true)
                    .text("from", &a.from)
                    .text("name", &a.name)
                    .text("kind", "person")
                    .maybe("role", a.role.clone())
                    .maybe("country", a.country.clone())
                    .text("side", "")
                    .comment("a new actor: give its side (a [[side]] id in actors.toml)")
            })
            .collect()
    }

    /// The cities from the built-in list that events take place in, each once.
    fn place_items(&self) -> Vec<Item> {
        let mut places: Vec<Item> = Vec::new();
        let mut seen = HashSet::new();
        for (_, e) in &self.events {
            if let Some(PlaceRef::City(c)) = &e.place {
                if seen.insert(c.id) {
                    let caps: Vec<String> = c.capital_of.iter().map(|s| s.to_string()).collect();
                    let mut item = Item::new("place")
                        .text("id", c.id)
                        .flag("draft", true)
                        .text("from", &e.from)
                        .text("name", c.name)
                        .text("country", c.country)
                        .number("lat", c.lat)
                        .number("lon", c.lon);
                    if !caps.is_empty() {
                        item = item.list("capital_of", &caps);
                    }
                    places
                        .push(item.comment("from the built-in list of capitals and major cities"));
                }
            }
        }
        places
    }

    fn event_item(&self, id: &str, e: &EventProposal, source_id: &str) -> Item {
        let names = match e.names.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        };
        let mut item = Item::new("event")
            .text("id", id)
            .flag("draft", true)
            .text("from", &e.from)
            .text("kind", e.kind.as_str())
            .text("status", e.status.as_str())
            .text(
                "title",
                if names.is_empty() {
                    format!("A {}", e.kind.as_str())
                } else {
                    format!("{} of {names}", capital(e.kind.as_str()))
                },
            )
            .text("summary", &e.from);
        item = match &e.when {
            Some(d) => {
                item = item
                    .text("date", d.date.to_string())
                    .text("precision", d.precision.as_str());
                if let Some(end) = d.end {
                    item = item.text("date_end", end.to_string());
                }
                item.text("date_basis", &d.basis)
            }
            None => item
                .text("date", self.published.to_string())
                .text(
                    "precision",
                    if e.status == Status::Held {
                        "by"
                    } else {
                        "after"
                    },
                )
                .text(
                    "date_basis",
                    format!(
                        "no date in the sentence; reported in the article of {}",
                        self.published
                    ),
                ),
        };
        match &e.place {
            Some(PlaceRef::Known(p)) => item = item.text("place", p),
            Some(PlaceRef::City(c)) => item = item.text("place", c.id),
            None => {}
        }
        item = item
            .list("participants", &e.participants)
            .list("sources", &[source_id.to_string()]);
        if let Some((known, ..)) = self.existing_events.iter().find(|(_, k, d, ps)| {
            *k == e.kind
                && e.when.as_ref().is_some_and(|w| w.date == *d)
                && ps.iter().any(|p| e.participants.contains(p))
        }) {
            item = item.comment(format!("probably already in events.toml as `{known}`"));
        }
        item.comment(format!("{} line {}", self.file, e.line))
    }

    fn statement_item(&self, s: &StatementProposal, source_id: &str) -> Item {
        let mut item = Item::new("statement")
            .text("id", &s.id)
            .flag("draft", true)
            .text("from", &s.from)
            .text("speaker", &s.speaker)
            .text("date", s.when.date.to_string())
            .text("precision", s.when.precision.as_str());
        if let Some(end) = s.when.end {
            item = item.text("date_end", end.to_string());
        }
        item = item
            .text("date_basis", &s.when.basis)
            .text("channel", s.channel.as_str())
            .text("quote", &s.quote);
        if s.paraphrase {
            item = item.flag("paraphrase", true);
        }
        item = item
            .list("topics", &s.topics)
            .text("source", source_id)
            .comment(format!("{} line {}", self.file, s.line));
        if s.speaker.is_empty() {
            item = item.comment("no speaker found: give the actor id");
        }
        if let Some(known) = &s.existing {
            item = item.comment(format!(
                "already in statements.toml as `{known}`: delete this draft or update that item"
            ));
        }
        item
    }
}

/// A section of the draft named for the data file its items go to; nothing when it has none.
fn section(title: &str, items: &[Item]) -> String {
    if items.is_empty() {
        return String::new();
    }
    render(&format!("\n── {title} ──"), items)
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}
