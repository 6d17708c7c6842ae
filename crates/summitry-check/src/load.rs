//! Loading a data directory: parse every file, check every rule, and either return the validated
//! [`Dataset`] or every problem found, each with file, line, item id and field.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use time::{macros::format_description, Date};
use toml::Spanned;

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

/// What the checks of later files need from earlier ones: the ids each file defines, and the
/// facts the cross checks compare (dates against sources and events, speakers against sides).
#[derive(Default)]
struct Known {
    sources: Ids,
    sides: Ids,
    actors: Ids,
    places: Ids,
    topics: Ids,
    events: Ids,
    statements: Ids,
    claims: Ids,
    /// The dataset's `updated` date, which no correction may postdate.
    updated: Option<Date>,
    /// Each source's publication date.
    published: HashMap<String, Date>,
    /// Each actor's side.
    actor_side: HashMap<String, String>,
    /// Each event's status and date.
    event_when: HashMap<String, (Status, When)>,
    /// Each statement's speaker's side, date and event.
    statement_info: HashMap<String, (String, Option<Date>, Option<String>)>,
    /// Each statement's quote, for the claims' terms.
    statement_quote: HashMap<String, String>,
}

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

    /// Checks every file's items in the order later files refer to earlier ones, and builds the
    /// dataset from what passed.
    fn build(&mut self, f: &Files, p: Parsed) -> Dataset {
        let (name, description, edition) = self.dataset_file(&f.dataset, p.dataset);
        let mut k = Known {
            updated: edition.updated,
            ..Known::default()
        };
        let sources = self.sources(&f.sources, p.sources.map(|s| s.source), &mut k);
        let (raw_sides, raw_actors) = p.actors.map(|a| (a.side, a.actor)).unwrap_or_default();
        let sides = self.sides(&f.actors, raw_sides, &mut k);
        let actors = self.actors(&f.actors, raw_actors, &mut k);
        let places = self.places(&f.places, p.places.map(|p| p.place), &mut k);
        let topics = self.topics(&f.topics, p.topics.map(|t| t.topic), &mut k);
        let events = self.events(&f.events, p.events.map(|e| e.event), &mut k);
        let statements = self.statements(&f.statements, p.statements.map(|s| s.statement), &mut k);
        let claims = self.claims(&f.claims, p.claims.map(|c| c.claim), &mut k);
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

    /// `dataset.toml`: the story's name, description and edition.
    fn dataset_file(
        &mut self,
        file: &File,
        raw: Option<raw::DatasetFile>,
    ) -> (String, String, Edition) {
        let Some(d) = raw else {
            return Default::default();
        };
        let updated = d
            .updated
            .as_ref()
            .and_then(|u| self.date(file, &(0..0), "dataset", "updated", u));
        let edition = Edition {
            credit: d.credit,
            updated,
            ..Edition::default()
        };
        (d.name, d.description, edition)
    }

    /// `sources.toml`.
    fn sources(
        &mut self,
        file: &File,
        items: Option<Vec<Spanned<raw::RawSource>>>,
        k: &mut Known,
    ) -> Vec<Source> {
        let mut sources = Vec::new();
        for item in items.unwrap_or_default() {
            let (span, s) = (item.span(), item.into_inner());
            self.id(file, &span, &s.id, &mut k.sources, "source");
            self.spans.sources.insert(s.id.clone(), span.clone());
            for (field, v) in [
                ("outlet", &s.outlet),
                ("title", &s.title),
                ("file", &s.file),
                ("language", &s.language),
            ] {
                self.nonempty(file, &span, &s.id, field, v);
            }
            // A bracketed note stands for "the text prints none" and is never shown as printed
            // text, so it must be closed and say something.
            for (field, v) in [("outlet", &s.outlet), ("title", &s.title)] {
                if v.trim_start().starts_with('[')
                    && summitry_data::placeholder(v).is_none_or(str::is_empty)
                {
                    self.push(file.problem(&span, &s.id, Some(field), "a bracketed note must be closed and not empty, e.g. \"[Outlet not named in the text]\""));
                }
            }
            if let Some(published) = self.date(file, &span, &s.id, "published", &s.published) {
                k.published.insert(s.id.clone(), published);
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
        sources
    }

    /// The `[[side]]` list of `actors.toml`.
    fn sides(
        &mut self,
        file: &File,
        items: Vec<Spanned<raw::RawSide>>,
        k: &mut Known,
    ) -> Vec<Side> {
        let mut sides = Vec::new();
        for item in items {
            let (span, s) = (item.span(), item.into_inner());
            self.id(file, &span, &s.id, &mut k.sides, "side");
            self.nonempty(file, &span, &s.id, "label", &s.label);
            if let Some(c) = &s.country {
                self.country(file, &span, &s.id, "country", c);
            }
            sides.push(Side {
                id: s.id,
                label: s.label,
                country: s.country,
            });
        }
        sides
    }

    /// The `[[actor]]` list of `actors.toml`.
    fn actors(
        &mut self,
        file: &File,
        items: Vec<Spanned<raw::RawActor>>,
        k: &mut Known,
    ) -> Vec<Actor> {
        let mut actors = Vec::new();
        for item in items {
            let (span, a) = (item.span(), item.into_inner());
            self.id(file, &span, &a.id, &mut k.actors, "actor");
            self.nonempty(file, &span, &a.id, "name", &a.name);
            if let Some(c) = &a.country {
                self.country(file, &span, &a.id, "country", c);
            }
            self.refs(
                file,
                &span,
                &a.id,
                "side",
                std::slice::from_ref(&a.side),
                (&k.sides, "side", "the [[side]] list in actors.toml"),
            );
            k.actor_side.insert(a.id.clone(), a.side.clone());
            actors.push(Actor {
                id: a.id,
                name: a.name,
                kind: a.kind,
                role: a.role,
                country: a.country,
                side: a.side,
            });
        }
        actors
    }

    /// `places.toml`.
    fn places(
        &mut self,
        file: &File,
        items: Option<Vec<Spanned<raw::RawPlace>>>,
        k: &mut Known,
    ) -> Vec<Place> {
        let mut places = Vec::new();
        for item in items.unwrap_or_default() {
            let (span, pl) = (item.span(), item.into_inner());
            self.id(file, &span, &pl.id, &mut k.places, "place");
            self.nonempty(file, &span, &pl.id, "name", &pl.name);
            self.country(file, &span, &pl.id, "country", &pl.country);
            for c in &pl.capital_of {
                self.country(file, &span, &pl.id, "capital_of", c);
            }
            if !(-90.0..=90.0).contains(&pl.lat) || !pl.lat.is_finite() {
                self.push(file.problem(
                    &span,
                    &pl.id,
                    Some("lat"),
                    format!("latitude {} is outside -90..90", pl.lat),
                ));
            }
            if !(-180.0..=180.0).contains(&pl.lon) || !pl.lon.is_finite() {
                self.push(file.problem(
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
        places
    }

    /// `topics.toml`.
    fn topics(
        &mut self,
        file: &File,
        items: Option<Vec<Spanned<raw::RawTopic>>>,
        k: &mut Known,
    ) -> Vec<Topic> {
        let mut topics = Vec::new();
        for item in items.unwrap_or_default() {
            let (span, t) = (item.span(), item.into_inner());
            self.id(file, &span, &t.id, &mut k.topics, "topic");
            self.nonempty(file, &span, &t.id, "label", &t.label);
            topics.push(Topic {
                id: t.id,
                label: t.label,
            });
        }
        topics
    }

    /// `events.toml`.
    fn events(
        &mut self,
        file: &File,
        items: Option<Vec<Spanned<raw::RawEvent>>>,
        k: &mut Known,
    ) -> Vec<Event> {
        let mut events = Vec::new();
        for item in items.unwrap_or_default() {
            let (span, e) = (item.span(), item.into_inner());
            self.id(file, &span, &e.id, &mut k.events, "event");
            if let Some(event) = self.event(file, &span, e, k) {
                k.event_when
                    .insert(event.id.clone(), (event.status, event.when));
                events.push(event);
            }
        }
        events
    }

    /// One event's fields and references; `None` when its date is not a date.
    fn event(
        &mut self,
        file: &File,
        span: &Range<usize>,
        e: raw::RawEvent,
        k: &Known,
    ) -> Option<Event> {
        // An imported event may come without a kind or status: reported here, at the item;
        // the stand-ins below only keep the other checks going (neither is "held" or "call").
        use crate::review::missing;
        let kind = missing(file, span, &e.id, "kind", e.kind, &mut self.problems)
            .unwrap_or(EventKind::Meeting);
        let status = missing(file, span, &e.id, "status", e.status, &mut self.problems)
            .unwrap_or(Status::Scheduled);
        self.nonempty(file, span, &e.id, "title", &e.title);
        self.nonempty(file, span, &e.id, "summary", &e.summary);
        self.event_refs(file, span, &e, kind, k);
        let when = self.when(
            file,
            span,
            &e.id,
            &e.date,
            e.precision,
            e.date_end.as_ref(),
            e.date_basis.as_deref(),
        )?;
        // What a source reports as having happened cannot postdate the source.
        if status == Status::Held {
            for s in &e.sources {
                if let Some(&pubd) = k.published.get(s.as_str()) {
                    if when.date > pubd {
                        self.push(file.problem(span, &e.id, Some("date"), format!("the event is dated {} but its source `{s}` was published on {pubd}: a held event cannot postdate its source", when.date)));
                    }
                }
            }
        }
        let corrections = self.corrections(file, span, &e.id, e.correction, k.updated);
        Some(Event {
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
        })
    }

    /// An event's participants, topics, sources and place: present, and defined in their files.
    fn event_refs(
        &mut self,
        file: &File,
        span: &Range<usize>,
        e: &raw::RawEvent,
        kind: EventKind,
        k: &Known,
    ) {
        if e.participants.is_empty() {
            self.push(file.problem(
                span,
                &e.id,
                Some("participants"),
                "an event needs at least one participant",
            ));
        }
        self.refs(
            file,
            span,
            &e.id,
            "participants",
            &e.participants,
            (&k.actors, "actor", "actors.toml"),
        );
        self.refs(
            file,
            span,
            &e.id,
            "topics",
            &e.topics,
            (&k.topics, "topic", "topics.toml"),
        );
        if e.sources.is_empty() {
            self.push(file.problem(
                span,
                &e.id,
                Some("sources"),
                "every event must cite at least one source",
            ));
        }
        self.refs(
            file,
            span,
            &e.id,
            "sources",
            &e.sources,
            (&k.sources, "source", "sources.toml"),
        );
        if let Some(pl) = &e.place {
            self.refs(
                file,
                span,
                &e.id,
                "place",
                std::slice::from_ref(pl),
                (&k.places, "place", "places.toml"),
            );
            if kind == EventKind::Call {
                self.push(file.problem(span, &e.id, Some("place"), "a call has no place: it is drawn between the participants' capitals; remove the place"));
            }
        }
    }

    /// `statements.toml`. Each statement's side, date and event are kept even when another
    /// field is at fault, so one bad date does not echo as "unknown statement" in every claim
    /// citing it.
    fn statements(
        &mut self,
        file: &File,
        items: Option<Vec<Spanned<raw::RawStatement>>>,
        k: &mut Known,
    ) -> Vec<Statement> {
        let mut statements = Vec::new();
        for item in items.unwrap_or_default() {
            let (span, s) = (item.span(), item.into_inner());
            self.id(file, &span, &s.id, &mut k.statements, "statement");
            self.spans.statements.insert(s.id.clone(), span.clone());
            let source = self.statement_refs(file, &span, &s, k);
            let when = self.when(
                file,
                &span,
                &s.id,
                &s.date,
                s.precision,
                s.date_end.as_ref(),
                s.date_basis.as_deref(),
            );
            k.statement_quote.insert(s.id.clone(), s.quote.clone());
            k.statement_info.insert(
                s.id.clone(),
                (
                    k.actor_side.get(&s.speaker).cloned().unwrap_or_default(),
                    when.map(|w| w.date),
                    s.event.clone(),
                ),
            );
            if let Some(when) = when {
                self.statement_dates(file, &span, &s, when, &source, k);
                let corrections = self.corrections(file, &span, &s.id, s.correction, k.updated);
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
        statements
    }

    /// A statement's speaker, quote, topics, source and event; returns the cited source's id
    /// (empty when none is given).
    fn statement_refs(
        &mut self,
        file: &File,
        span: &Range<usize>,
        s: &raw::RawStatement,
        k: &Known,
    ) -> String {
        self.refs(
            file,
            span,
            &s.id,
            "speaker",
            std::slice::from_ref(&s.speaker),
            (&k.actors, "actor", "actors.toml"),
        );
        if s.quote.trim().is_empty() {
            self.push(file.problem(span, &s.id, Some("quote"), "the quote is empty"));
        }
        self.refs(
            file,
            span,
            &s.id,
            "topics",
            &s.topics,
            (&k.topics, "topic", "topics.toml"),
        );
        let source = match &s.source {
            Some(src) if !src.trim().is_empty() => {
                self.refs(
                    file,
                    span,
                    &s.id,
                    "source",
                    std::slice::from_ref(src),
                    (&k.sources, "source", "sources.toml"),
                );
                src.clone()
            }
            _ => {
                self.push(file.problem(
                    span,
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
                span,
                &s.id,
                "event",
                std::slice::from_ref(ev),
                (&k.events, "event", "events.toml"),
            );
        }
        source
    }

    /// The cross checks of a statement's date: not before the held event it belongs to (unless
    /// it is dated "by"), not after its source's publication.
    fn statement_dates(
        &mut self,
        file: &File,
        span: &Range<usize>,
        s: &raw::RawStatement,
        when: When,
        source: &str,
        k: &Known,
    ) {
        if let Some((Status::Held, ev_when)) = s.event.as_deref().and_then(|e| k.event_when.get(e))
        {
            if when.date < ev_when.date && s.precision != Precision::By {
                self.push(file.problem(span, &s.id, Some("date"), format!("the statement is dated {} but its event `{}` took place on {}: a statement cannot come before its event", when.date, s.event.as_deref().unwrap_or_default(), ev_when.date)));
            }
        }
        if let Some(&pubd) = k.published.get(source) {
            if when.date > pubd {
                self.push(file.problem(span, &s.id, Some("date"), format!("the statement is dated {} but its source `{source}` was published on {pubd}", when.date)));
            }
        }
    }

    /// `claims.toml`.
    fn claims(
        &mut self,
        file: &File,
        items: Option<Vec<Spanned<raw::RawClaim>>>,
        k: &mut Known,
    ) -> Vec<Claim> {
        let mut claims = Vec::new();
        let mut featured = 0;
        for item in items.unwrap_or_default() {
            let (span, c) = (item.span(), item.into_inner());
            self.id(file, &span, &c.id, &mut k.claims, "claim");
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
            claims.push(self.claim(file, &span, c, k));
        }
        claims
    }

    /// One claim's kind, event, terms and sides.
    fn claim(&mut self, file: &File, span: &Range<usize>, c: raw::RawClaim, k: &Known) -> Claim {
        match (&c.kind, &c.event) {
            (ClaimKind::Readout, None) => self.push(file.problem(
                span,
                &c.id,
                Some("event"),
                "a readout comparison must name its event",
            )),
            (_, Some(ev)) => self.refs(
                file,
                span,
                &c.id,
                "event",
                std::slice::from_ref(ev),
                (&k.events, "event", "events.toml"),
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
                span,
                &c.id,
                Some("terms"),
                "a proposition needs `terms`: the words that name it (e.g. [\"ceasefire\"]), so each side's position can be checked against its quotes",
            ));
        }
        // The claim as its sides' checks see it: its id, kind, event and terms.
        let claim = Claim {
            id: c.id,
            kind: c.kind,
            title: String::new(),
            summary: String::new(),
            event: c.event,
            featured: false,
            terms,
            sides: Vec::new(),
            corrections: Vec::new(),
        };
        if c.side.len() < 2 {
            self.push(file.problem(
                span,
                &claim.id,
                Some("side"),
                format!("a claim needs at least two sides, found {}", c.side.len()),
            ));
        }
        let sides = c
            .side
            .into_iter()
            .map(|side| self.claim_side(file, &claim, side, k))
            .collect();
        let corrections = self.corrections(file, span, &claim.id, c.correction, k.updated);
        Claim {
            corrections,
            title: c.title,
            summary: c.summary,
            featured: c.featured,
            sides,
            ..claim
        }
    }

    /// One side of `claim`: its side, its position against its statements, and (the cross
    /// checks) each statement's speaker, order and event.
    fn claim_side(
        &mut self,
        file: &File,
        claim: &Claim,
        item: Spanned<raw::RawClaimSide>,
        k: &Known,
    ) -> ClaimSide {
        let (span, s) = (item.span(), item.into_inner());
        let id = claim.id.as_str();
        self.refs(
            file,
            &span,
            id,
            "side",
            std::slice::from_ref(&s.side),
            (&k.sides, "side", "the [[side]] list in actors.toml"),
        );
        match (s.position, s.statements.is_empty()) {
            (Position::Silent, false) => self.push(file.problem(&span, id, Some("statements"), format!("side `{}` is silent but lists statements", s.label))),
            (Position::Silent, true) if s.note.as_deref().is_none_or(|n| n.trim().is_empty()) => self.push(file.problem(&span, id, Some("note"), format!("silent side `{}` needs a note saying what the source records about its silence", s.label))),
            (p, true) if p != Position::Silent => self.push(file.problem(&span, id, Some("statements"), format!("side `{}` has no statements: list them, or make its position \"silent\"", s.label))),
            _ => {}
        }
        // A position is a fact about what was said: a side that takes a stance must cite
        // at least one statement whose words name the proposition.
        if claim.kind == ClaimKind::Proposition
            && s.position.is_stance()
            && !claim.terms.is_empty()
            && !self.unreadable.contains("statements.toml")
            && !s.statements.is_empty()
            && !s.statements.iter().any(|st| {
                k.statement_quote
                    .get(st.as_str())
                    .is_some_and(|q| claim.names_proposition(q))
            })
        {
            self.push(file.problem(&span, id, Some("position"), format!("side `{}` {} the proposition, but none of its statements names it (terms: {}): cite a statement that does, or make the side \"silent\" with a note", s.label, s.position.as_str(), claim.terms.join(", "))));
        }
        self.side_statements(file, &span, claim, &s, k);
        ClaimSide {
            label: s.label,
            side: s.side,
            position: s.position,
            statements: s.statements,
            note: s.note,
        }
    }

    /// The cross checks of a claim side's statements: each is known, by a speaker of that side,
    /// in time order, and (in a readout) of the compared event.
    fn side_statements(
        &mut self,
        file: &File,
        span: &Range<usize>,
        claim: &Claim,
        s: &raw::RawClaimSide,
        k: &Known,
    ) {
        let id = claim.id.as_str();
        let mut last: Option<Date> = None;
        for st in &s.statements {
            match k.statement_info.get(st.as_str()) {
                None if self.unreadable.contains("statements.toml") => {}
                None => self.push(file.problem(
                    span,
                    id,
                    Some("statements"),
                    format!("unknown statement `{st}`: add it to statements.toml or fix the id"),
                )),
                Some((speaker_side, date, event)) => {
                    // An actor with an unknown side is reported in actors.toml already.
                    if *speaker_side != s.side && k.sides.contains(speaker_side) {
                        self.push(file.problem(span, id, Some("statements"), format!("statement `{st}` is by a speaker of side `{speaker_side}`, not `{}`", s.side)));
                    }
                    if let Some(date) = *date {
                        if last.is_some_and(|l| date < l) {
                            self.push(file.problem(
                                span,
                                id,
                                Some("statements"),
                                format!(
                                    "statements of side `{}` are not in time order at `{st}`",
                                    s.label
                                ),
                            ));
                        }
                        last = Some(date);
                    }
                    if claim.kind == ClaimKind::Readout
                        && claim.event.is_some()
                        && event.as_deref() != claim.event.as_deref()
                    {
                        self.push(file.problem(
                            span,
                            id,
                            Some("statements"),
                            format!(
                                "statement `{st}` does not belong to the compared event `{}`",
                                claim.event.as_deref().unwrap_or_default()
                            ),
                        ));
                    }
                }
            }
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
