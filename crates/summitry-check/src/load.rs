//! Loading a data directory: parse every file, check every rule, and either return the validated
//! [`Dataset`] or every problem found, each with file, line, item id and field.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use time::{macros::format_description, Date};

pub(crate) use crate::files::{File, Files, Spans};
use crate::raw::{self, RawDate};
use crate::{Problem, Report};
use summitry_data::{
    Actor, Claim, ClaimKind, ClaimSide, Correction, Dataset, Edition, Event, EventKind, Place,
    Position, Precision, Side, Source, Statement, Status, Topic, When,
};

/// The files of a data directory, in the order they are read.
pub const FILES: [&str; 8] = [
    "dataset.toml",
    "sources.toml",
    "actors.toml",
    "places.toml",
    "topics.toml",
    "events.toml",
    "statements.toml",
    "claims.toml",
];

/// Loads and validates the dataset in `dir`.
pub fn load(dir: &Path) -> Result<Dataset, Report> {
    load_checked(dir, None)
}

/// Loads and validates the dataset in `dir`; with `sources`, also checks that every quote occurs
/// in the text of the article it cites (see [`crate::provenance`]).
pub fn load_checked(dir: &Path, sources: Option<&Path>) -> Result<Dataset, Report> {
    let mut cx = Checker::default();
    let texts: Vec<Option<File>> = FILES.iter().map(|name| cx.read(dir, name)).collect();
    let parsed = Parsed {
        dataset: cx.parse::<raw::DatasetFile>(&texts[0]),
        sources: cx.parse::<raw::SourcesFile>(&texts[1]),
        actors: cx.parse::<raw::ActorsFile>(&texts[2]),
        places: cx.parse::<raw::PlacesFile>(&texts[3]),
        topics: cx.parse::<raw::TopicsFile>(&texts[4]),
        events: cx.parse::<raw::EventsFile>(&texts[5]),
        statements: cx.parse::<raw::StatementsFile>(&texts[6]),
        claims: cx.parse::<raw::ClaimsFile>(&texts[7]),
    };
    let files = Files {
        dataset: texts[0].clone().unwrap_or_default(),
        sources: texts[1].clone().unwrap_or_default(),
        actors: texts[2].clone().unwrap_or_default(),
        places: texts[3].clone().unwrap_or_default(),
        topics: texts[4].clone().unwrap_or_default(),
        events: texts[5].clone().unwrap_or_default(),
        statements: texts[6].clone().unwrap_or_default(),
        claims: texts[7].clone().unwrap_or_default(),
    };
    let dataset = cx.build(&files, parsed);
    if let Some(seed_dir) = sources {
        let found = crate::provenance::check(&dataset, &cx.spans, &files, seed_dir);
        cx.problems.extend(found);
    }
    crate::review::check(&files, &cx.unreadable, &mut cx.problems);
    if cx.problems.is_empty() {
        Ok(dataset)
    } else {
        let order = |p: &Problem| (FILES.iter().position(|f| p.file.ends_with(f)), p.line);
        cx.problems.sort_by_key(order);
        Err(Report {
            problems: cx.problems,
        })
    }
}

struct Parsed {
    dataset: Option<raw::DatasetFile>,
    sources: Option<raw::SourcesFile>,
    actors: Option<raw::ActorsFile>,
    places: Option<raw::PlacesFile>,
    topics: Option<raw::TopicsFile>,
    events: Option<raw::EventsFile>,
    statements: Option<raw::StatementsFile>,
    claims: Option<raw::ClaimsFile>,
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// Item spans of sources and statements, for the provenance check's messages.
    spans: Spans,
    /// Files that could not be read or parsed: references into them are not checked, since
    /// every id they define is unknown and the file's own problem says why.
    unreadable: HashSet<String>,
}

/// Ids of one kind, for reference checks.
type Ids = HashSet<String>;

impl Checker {
    fn read(&mut self, dir: &Path, name: &str) -> Option<File> {
        let path: PathBuf = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => Some(File {
                path: path.display().to_string(),
                text,
            }),
            Err(e) => {
                self.unreadable.insert(name.to_string());
                self.problems.push(Problem {
                    file: path.display().to_string(),
                    line: None,
                    id: None,
                    field: None,
                    message: format!("cannot read the file: {e}"),
                });
                None
            }
        }
    }

    fn parse<T: DeserializeOwned>(&mut self, file: &Option<File>) -> Option<T> {
        let file = file.as_ref()?;
        match toml::from_str::<T>(&file.text) {
            Ok(v) => Some(v),
            Err(e) => {
                if let Some(name) = Path::new(&file.path).file_name() {
                    self.unreadable.insert(name.to_string_lossy().into_owned());
                }
                let line = e.span().map(|s| {
                    file.text[..s.start.min(file.text.len())]
                        .matches('\n')
                        .count()
                        + 1
                });
                self.problems.push(Problem {
                    file: file.path.clone(),
                    line,
                    id: None,
                    field: None,
                    message: format!("cannot be read: {}", e.message()),
                });
                None
            }
        }
    }

    fn push(&mut self, p: Problem) {
        self.problems.push(p);
    }

    /// Checks an id's form and uniqueness.
    fn id(&mut self, file: &File, span: &Range<usize>, id: &str, seen: &mut Ids, kind: &str) {
        if id.len() > summitry_data::MAX_ID_LEN {
            self.push(file.problem(
                span,
                id,
                Some("id"),
                format!(
                    "the id is {} characters long; links accept at most {}: shorten it",
                    id.len(),
                    summitry_data::MAX_ID_LEN
                ),
            ));
        } else if !summitry_data::is_valid_id(id) {
            self.push(file.problem(
                span,
                id,
                Some("id"),
                format!("`{id}` is not a valid id: use lower-case letters, digits and hyphens"),
            ));
        }
        if !seen.insert(id.to_string()) {
            self.push(file.problem(
                span,
                id,
                Some("id"),
                format!("duplicate {kind} id `{id}`: ids must be unique within {kind}s"),
            ));
        }
    }

    fn nonempty(&mut self, file: &File, span: &Range<usize>, id: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(file.problem(span, id, Some(field), "must not be empty"));
        }
    }

    fn country(&mut self, file: &File, span: &Range<usize>, id: &str, field: &str, code: &str) {
        if code.len() != 2 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            self.push(file.problem(
                span,
                id,
                Some(field),
                format!("`{code}` is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. `UA`, or `EU`)"),
            ));
        }
    }

    fn date(
        &mut self,
        file: &File,
        span: &Range<usize>,
        id: &str,
        field: &str,
        raw: &RawDate,
    ) -> Option<Date> {
        let fmt = format_description!("[year]-[month]-[day]");
        match Date::parse(&raw.0, &fmt) {
            Ok(d) if raw.0.len() == 10 => Some(d),
            _ => {
                self.push(file.problem(
                    span,
                    id,
                    Some(field),
                    format!(
                        "`{}` is not a real calendar date in the form YYYY-MM-DD",
                        raw.0
                    ),
                ));
                None
            }
        }
    }

    fn refs(
        &mut self,
        file: &File,
        span: &Range<usize>,
        id: &str,
        field: &str,
        values: &[String],
        (known, what, home): (&Ids, &str, &str),
    ) {
        if self.unreadable.iter().any(|f| home.contains(f.as_str())) {
            return;
        }
        for v in values {
            if !known.contains(v) {
                self.push(file.problem(
                    span,
                    id,
                    Some(field),
                    format!("unknown {what} `{v}`: add it to {home} or fix the id"),
                ));
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn when(
        &mut self,
        file: &File,
        span: &Range<usize>,
        id: &str,
        date: &RawDate,
        precision: Precision,
        end: Option<&RawDate>,
        basis: Option<&str>,
    ) -> Option<When> {
        let start = self.date(file, span, id, "date", date);
        let end = end.and_then(|e| self.date(file, span, id, "date_end", e));
        let start = start?;
        let has_basis = basis.is_some_and(|b| !b.trim().is_empty());
        match precision {
            Precision::Year if start.day() != 1 || start.month() != time::Month::January => {
                self.push(file.problem(
                    span,
                    id,
                    Some("date"),
                    "with precision \"year\" the date must be 1 January of the year (e.g. 2024-01-01)",
                ))
            }
            Precision::Month if start.day() != 1 => self.push(file.problem(
                span,
                id,
                Some("date"),
                "with precision \"month\" the date must be the first of the month (e.g. 2024-02-01)",
            )),
            Precision::By | Precision::After | Precision::Range if !has_basis => {
                self.push(file.problem(
                    span,
                    id,
                    Some("date_basis"),
                    format!(
                        "precision \"{}\" needs a date_basis saying what the text says (e.g. \"by the end of August\")",
                        precision.as_str()
                    ),
                ))
            }
            _ => {}
        }
        match (precision, end) {
            (Precision::Range, None) => self.push(file.problem(
                span,
                id,
                Some("date_end"),
                "precision \"range\" needs a date_end",
            )),
            (Precision::Range, Some(e)) if e < start => {
                self.push(file.problem(span, id, Some("date_end"), "date_end is before date"))
            }
            (p, Some(_)) if p != Precision::Range => self.push(file.problem(
                span,
                id,
                Some("date_end"),
                "date_end is only allowed with precision \"range\"",
            )),
            _ => {}
        }
        Some(When {
            date: start,
            precision,
            end: if precision == Precision::Range {
                end
            } else {
                None
            },
        })
    }

    fn build(&mut self, f: &Files, p: Parsed) -> Dataset {
        let (name, description, edition) = match p.dataset {
            Some(d) => {
                let updated = d
                    .updated
                    .as_ref()
                    .and_then(|u| self.date(&f.dataset, &(0..0), "dataset", "updated", u));
                let edition = Edition {
                    credit: d.credit,
                    updated,
                    ..Edition::default()
                };
                (d.name, d.description, edition)
            }
            None => Default::default(),
        };
        let updated = edition.updated;

        // Sources.
        let mut source_ids = Ids::new();
        let mut sources = Vec::new();
        for item in p.sources.map(|s| s.source).unwrap_or_default() {
            let (span, s) = (item.span(), item.into_inner());
            self.id(&f.sources, &span, &s.id, &mut source_ids, "source");
            self.spans.sources.insert(s.id.clone(), span.clone());
            for (field, v) in [
                ("outlet", &s.outlet),
                ("title", &s.title),
                ("file", &s.file),
                ("language", &s.language),
            ] {
                self.nonempty(&f.sources, &span, &s.id, field, v);
            }
            // A bracketed note stands for "the text prints none" and is never shown as printed
            // text, so it must be closed and say something.
            for (field, v) in [("outlet", &s.outlet), ("title", &s.title)] {
                if v.trim_start().starts_with('[')
                    && summitry_data::placeholder(v).is_none_or(str::is_empty)
                {
                    self.push(f.sources.problem(&span, &s.id, Some(field), "a bracketed note must be closed and not empty, e.g. \"[Outlet not named in the text]\""));
                }
            }
            if let Some(published) = self.date(&f.sources, &span, &s.id, "published", &s.published)
            {
                sources.push(Source {
                    id: s.id,
                    outlet: s.outlet,
                    title: s.title,
                    published,
                    published_basis: s.published_basis,
                    language: s.language,
                    file: s.file,
                    url: s.url,
                });
            }
        }

        // Sides and actors.
        let (raw_sides, raw_actors) = p.actors.map(|a| (a.side, a.actor)).unwrap_or_default();
        let mut side_ids = Ids::new();
        let mut sides = Vec::new();
        for item in raw_sides {
            let (span, s) = (item.span(), item.into_inner());
            self.id(&f.actors, &span, &s.id, &mut side_ids, "side");
            self.nonempty(&f.actors, &span, &s.id, "label", &s.label);
            if let Some(c) = &s.country {
                self.country(&f.actors, &span, &s.id, "country", c);
            }
            sides.push(Side {
                id: s.id,
                label: s.label,
                country: s.country,
            });
        }
        let mut actor_ids = Ids::new();
        let mut actors = Vec::new();
        for item in raw_actors {
            let (span, a) = (item.span(), item.into_inner());
            self.id(&f.actors, &span, &a.id, &mut actor_ids, "actor");
            self.nonempty(&f.actors, &span, &a.id, "name", &a.name);
            if let Some(c) = &a.country {
                self.country(&f.actors, &span, &a.id, "country", c);
            }
            self.refs(
                &f.actors,
                &span,
                &a.id,
                "side",
                std::slice::from_ref(&a.side),
                (&side_ids, "side", "the [[side]] list in actors.toml"),
            );
            actors.push(Actor {
                id: a.id,
                name: a.name,
                kind: a.kind,
                role: a.role,
                country: a.country,
                side: a.side,
            });
        }

        // Places.
        let mut place_ids = Ids::new();
        let mut places = Vec::new();
        for item in p.places.map(|p| p.place).unwrap_or_default() {
            let (span, pl) = (item.span(), item.into_inner());
            self.id(&f.places, &span, &pl.id, &mut place_ids, "place");
            self.nonempty(&f.places, &span, &pl.id, "name", &pl.name);
            self.country(&f.places, &span, &pl.id, "country", &pl.country);
            for c in &pl.capital_of {
                self.country(&f.places, &span, &pl.id, "capital_of", c);
            }
            if !(-90.0..=90.0).contains(&pl.lat) || !pl.lat.is_finite() {
                self.push(f.places.problem(
                    &span,
                    &pl.id,
                    Some("lat"),
                    format!("latitude {} is outside -90..90", pl.lat),
                ));
            }
            if !(-180.0..=180.0).contains(&pl.lon) || !pl.lon.is_finite() {
                self.push(f.places.problem(
                    &span,
                    &pl.id,
                    Some("lon"),
                    format!("longitude {} is outside -180..180", pl.lon),
                ));
            }
            places.push(Place {
                id: pl.id,
                name: pl.name,
                country: pl.country,
                lat: pl.lat,
                lon: pl.lon,
                capital_of: pl.capital_of,
            });
        }

        // Topics.
        let mut topic_ids = Ids::new();
        let mut topics = Vec::new();
        for item in p.topics.map(|t| t.topic).unwrap_or_default() {
            let (span, t) = (item.span(), item.into_inner());
            self.id(&f.topics, &span, &t.id, &mut topic_ids, "topic");
            self.nonempty(&f.topics, &span, &t.id, "label", &t.label);
            topics.push(Topic {
                id: t.id,
                label: t.label,
            });
        }

        let published: HashMap<&str, Date> = sources
            .iter()
            .map(|s| (s.id.as_str(), s.published))
            .collect();

        // Events.
        let mut event_ids = Ids::new();
        let mut events = Vec::new();
        for item in p.events.map(|e| e.event).unwrap_or_default() {
            let (span, e) = (item.span(), item.into_inner());
            let file = &f.events;
            self.id(file, &span, &e.id, &mut event_ids, "event");
            // An imported event may come without a kind or status: reported here, at the item;
            // the stand-ins below only keep the other checks going (neither is "held" or "call").
            use crate::review::missing;
            let kind = missing(file, &span, &e.id, "kind", e.kind, &mut self.problems)
                .unwrap_or(EventKind::Meeting);
            let status = missing(file, &span, &e.id, "status", e.status, &mut self.problems)
                .unwrap_or(Status::Scheduled);
            self.nonempty(file, &span, &e.id, "title", &e.title);
            self.nonempty(file, &span, &e.id, "summary", &e.summary);
            if e.participants.is_empty() {
                self.push(file.problem(
                    &span,
                    &e.id,
                    Some("participants"),
                    "an event needs at least one participant",
                ));
            }
            self.refs(
                file,
                &span,
                &e.id,
                "participants",
                &e.participants,
                (&actor_ids, "actor", "actors.toml"),
            );
            self.refs(
                file,
                &span,
                &e.id,
                "topics",
                &e.topics,
                (&topic_ids, "topic", "topics.toml"),
            );
            if e.sources.is_empty() {
                self.push(file.problem(
                    &span,
                    &e.id,
                    Some("sources"),
                    "every event must cite at least one source",
                ));
            }
            self.refs(
                file,
                &span,
                &e.id,
                "sources",
                &e.sources,
                (&source_ids, "source", "sources.toml"),
            );
            if let Some(pl) = &e.place {
                self.refs(
                    file,
                    &span,
                    &e.id,
                    "place",
                    std::slice::from_ref(pl),
                    (&place_ids, "place", "places.toml"),
                );
                if kind == EventKind::Call {
                    self.push(file.problem(&span, &e.id, Some("place"), "a call has no place: it is drawn between the participants' capitals; remove the place"));
                }
            }
            let when = self.when(
                file,
                &span,
                &e.id,
                &e.date,
                e.precision,
                e.date_end.as_ref(),
                e.date_basis.as_deref(),
            );
            if let Some(when) = when {
                // What a source reports as having happened cannot postdate the source.
                if status == Status::Held {
                    for s in &e.sources {
                        if let Some(&pubd) = published.get(s.as_str()) {
                            if when.date > pubd {
                                self.push(file.problem(&span, &e.id, Some("date"), format!("the event is dated {} but its source `{s}` was published on {pubd}: a held event cannot postdate its source", when.date)));
                            }
                        }
                    }
                }
                let corrections = self.corrections(file, &span, &e.id, e.correction, updated);
                events.push(Event {
                    corrections,
                    id: e.id,
                    kind,
                    status,
                    title: e.title,
                    summary: e.summary,
                    outcome: e.outcome,
                    when,
                    date_basis: e.date_basis,
                    place: e.place,
                    place_basis: e.place_basis,
                    participants: e.participants,
                    topics: e.topics,
                    sources: e.sources,
                    search_en: None,
                });
            }
        }
        let event_when: HashMap<&str, (Status, When)> = events
            .iter()
            .map(|e| (e.id.as_str(), (e.status, e.when)))
            .collect();

        // Statements. Their side, date and event are kept even when another field is at fault, so
        // one bad date does not echo as "unknown statement" in every claim citing it.
        let actor_side: HashMap<String, String> = actors
            .iter()
            .map(|a| (a.id.clone(), a.side.clone()))
            .collect();
        let mut statement_info: HashMap<String, (String, Option<Date>, Option<String>)> =
            HashMap::new();
        let mut statement_quote: HashMap<String, String> = HashMap::new();
        let mut statement_ids = Ids::new();
        let mut statements = Vec::new();
        for item in p.statements.map(|s| s.statement).unwrap_or_default() {
            let (span, s) = (item.span(), item.into_inner());
            let file = &f.statements;
            self.id(file, &span, &s.id, &mut statement_ids, "statement");
            self.spans.statements.insert(s.id.clone(), span.clone());
            self.refs(
                file,
                &span,
                &s.id,
                "speaker",
                std::slice::from_ref(&s.speaker),
                (&actor_ids, "actor", "actors.toml"),
            );
            if s.quote.trim().is_empty() {
                self.push(file.problem(&span, &s.id, Some("quote"), "the quote is empty"));
            }
            self.refs(
                file,
                &span,
                &s.id,
                "topics",
                &s.topics,
                (&topic_ids, "topic", "topics.toml"),
            );
            let source = match &s.source {
                Some(src) if !src.trim().is_empty() => {
                    self.refs(
                        file,
                        &span,
                        &s.id,
                        "source",
                        std::slice::from_ref(src),
                        (&source_ids, "source", "sources.toml"),
                    );
                    src.clone()
                }
                _ => {
                    self.push(file.problem(
                        &span,
                        &s.id,
                        Some("source"),
                        "every statement must cite its source",
                    ));
                    String::new()
                }
            };
            if let Some(ev) = &s.event {
                self.refs(
                    file,
                    &span,
                    &s.id,
                    "event",
                    std::slice::from_ref(ev),
                    (&event_ids, "event", "events.toml"),
                );
            }
            let when = self.when(
                file,
                &span,
                &s.id,
                &s.date,
                s.precision,
                s.date_end.as_ref(),
                s.date_basis.as_deref(),
            );
            statement_quote.insert(s.id.clone(), s.quote.clone());
            statement_info.insert(
                s.id.clone(),
                (
                    actor_side.get(&s.speaker).cloned().unwrap_or_default(),
                    when.map(|w| w.date),
                    s.event.clone(),
                ),
            );
            if let Some(when) = when {
                if let Some((Status::Held, ev_when)) =
                    s.event.as_deref().and_then(|e| event_when.get(e))
                {
                    if when.date < ev_when.date && s.precision != Precision::By {
                        self.push(file.problem(&span, &s.id, Some("date"), format!("the statement is dated {} but its event `{}` took place on {}: a statement cannot come before its event", when.date, s.event.as_deref().unwrap_or_default(), ev_when.date)));
                    }
                }
                if let Some(&pubd) = published.get(source.as_str()) {
                    if when.date > pubd {
                        self.push(file.problem(&span, &s.id, Some("date"), format!("the statement is dated {} but its source `{source}` was published on {pubd}", when.date)));
                    }
                }
                let corrections = self.corrections(file, &span, &s.id, s.correction, updated);
                statements.push(Statement {
                    corrections,
                    id: s.id,
                    speaker: s.speaker,
                    when,
                    date_basis: s.date_basis,
                    channel: s.channel,
                    quote: s.quote,
                    paraphrase: s.paraphrase,
                    context: s.context,
                    event: s.event,
                    topics: s.topics,
                    source,
                    translation: None,
                });
            }
        }
        // Claims.
        let mut claim_ids = Ids::new();
        let mut claims = Vec::new();
        let mut featured = 0;
        for item in p.claims.map(|c| c.claim).unwrap_or_default() {
            let (span, c) = (item.span(), item.into_inner());
            let file = &f.claims;
            self.id(file, &span, &c.id, &mut claim_ids, "claim");
            self.nonempty(file, &span, &c.id, "title", &c.title);
            if c.featured {
                featured += 1;
                if featured > 1 {
                    self.push(file.problem(
                        &span,
                        &c.id,
                        Some("featured"),
                        "only one claim can be featured",
                    ));
                }
            }
            match (&c.kind, &c.event) {
                (ClaimKind::Readout, None) => self.push(file.problem(
                    &span,
                    &c.id,
                    Some("event"),
                    "a readout comparison must name its event",
                )),
                (_, Some(ev)) => self.refs(
                    file,
                    &span,
                    &c.id,
                    "event",
                    std::slice::from_ref(ev),
                    (&event_ids, "event", "events.toml"),
                ),
                _ => {}
            }
            let terms: Vec<String> = c
                .terms
                .iter()
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect();
            if c.kind == ClaimKind::Proposition && terms.is_empty() {
                self.push(file.problem(
                    &span,
                    &c.id,
                    Some("terms"),
                    "a proposition needs `terms`: the words that name it (e.g. [\"ceasefire\"]), so each side's position can be checked against its quotes",
                ));
            }
            let naming = Claim {
                id: String::new(),
                kind: c.kind,
                title: String::new(),
                summary: String::new(),
                event: None,
                featured: false,
                terms: terms.clone(),
                sides: Vec::new(),
                corrections: Vec::new(),
            };
            if c.side.len() < 2 {
                self.push(file.problem(
                    &span,
                    &c.id,
                    Some("side"),
                    format!("a claim needs at least two sides, found {}", c.side.len()),
                ));
            }
            let mut sides_out = Vec::new();
            for side_item in c.side {
                let (sspan, s) = (side_item.span(), side_item.into_inner());
                self.refs(
                    file,
                    &sspan,
                    &c.id,
                    "side",
                    std::slice::from_ref(&s.side),
                    (&side_ids, "side", "the [[side]] list in actors.toml"),
                );
                match (s.position, s.statements.is_empty()) {
                    (Position::Silent, false) => self.push(file.problem(&sspan, &c.id, Some("statements"), format!("side `{}` is silent but lists statements", s.label))),
                    (Position::Silent, true) if s.note.as_deref().is_none_or(|n| n.trim().is_empty()) => self.push(file.problem(&sspan, &c.id, Some("note"), format!("silent side `{}` needs a note saying what the source records about its silence", s.label))),
                    (p, true) if p != Position::Silent => self.push(file.problem(&sspan, &c.id, Some("statements"), format!("side `{}` has no statements: list them, or make its position \"silent\"", s.label))),
                    _ => {}
                }
                // A position is a fact about what was said: a side that takes a stance must cite
                // at least one statement whose words name the proposition.
                if c.kind == ClaimKind::Proposition
                    && s.position.is_stance()
                    && !terms.is_empty()
                    && !self.unreadable.contains("statements.toml")
                    && !s.statements.is_empty()
                    && !s.statements.iter().any(|st| {
                        statement_quote
                            .get(st.as_str())
                            .is_some_and(|q| naming.names_proposition(q))
                    })
                {
                    self.push(file.problem(&sspan, &c.id, Some("position"), format!("side `{}` {} the proposition, but none of its statements names it (terms: {}): cite a statement that does, or make the side \"silent\" with a note", s.label, s.position.as_str(), terms.join(", "))));
                }
                let mut last: Option<Date> = None;
                for st in &s.statements {
                    match statement_info.get(st.as_str()) {
                        None if self.unreadable.contains("statements.toml") => {}
                        None => self.push(file.problem(
                            &sspan,
                            &c.id,
                            Some("statements"),
                            format!(
                                "unknown statement `{st}`: add it to statements.toml or fix the id"
                            ),
                        )),
                        Some((speaker_side, date, event)) => {
                            // An actor with an unknown side is reported in actors.toml already.
                            if *speaker_side != s.side && side_ids.contains(speaker_side) {
                                self.push(file.problem(&sspan, &c.id, Some("statements"), format!("statement `{st}` is by a speaker of side `{speaker_side}`, not `{}`", s.side)));
                            }
                            if let Some(date) = *date {
                                if last.is_some_and(|l| date < l) {
                                    self.push(file.problem(&sspan, &c.id, Some("statements"), format!("statements of side `{}` are not in time order at `{st}`", s.label)));
                                }
                                last = Some(date);
                            }
                            if c.kind == ClaimKind::Readout
                                && c.event.is_some()
                                && event.as_deref() != c.event.as_deref()
                            {
                                self.push(file.problem(&sspan, &c.id, Some("statements"), format!("statement `{st}` does not belong to the compared event `{}`", c.event.as_deref().unwrap_or_default())));
                            }
                        }
                    }
                }
                sides_out.push(ClaimSide {
                    label: s.label,
                    side: s.side,
                    position: s.position,
                    statements: s.statements,
                    note: s.note,
                });
            }
            let corrections = self.corrections(&f.claims, &span, &c.id, c.correction, updated);
            claims.push(Claim {
                corrections,
                id: c.id,
                kind: c.kind,
                title: c.title,
                summary: c.summary,
                event: c.event,
                featured: c.featured,
                terms,
                sides: sides_out,
            });
        }

        Dataset {
            name,
            description,
            sides,
            sources,
            actors,
            places,
            topics,
            events,
            statements,
            claims,
            edition,
        }
    }

    /// An item's corrections, in date order; each needs a real date and a text.
    fn corrections(
        &mut self,
        file: &File,
        span: &Range<usize>,
        id: &str,
        raw: Vec<raw::RawCorrection>,
        updated: Option<Date>,
    ) -> Vec<Correction> {
        let mut out = Vec::with_capacity(raw.len());
        for c in raw {
            self.nonempty(file, span, id, "correction", &c.text);
            let Some(date) = self.date(file, span, id, "correction", &c.date) else {
                continue;
            };
            match updated {
                None => self.push(file.problem(
                    span,
                    id,
                    Some("correction"),
                    "a correction needs the dataset's `updated` date in dataset.toml",
                )),
                Some(u) if date > u => self.push(file.problem(
                    span,
                    id,
                    Some("correction"),
                    format!("the correction of {date} is after the dataset's `updated` date, {u}"),
                )),
                Some(_) => {}
            }
            out.push(Correction { date, text: c.text });
        }
        out.sort_by_key(|c| c.date);
        out
    }
}
