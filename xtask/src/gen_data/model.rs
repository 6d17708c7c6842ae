//! The generated dataset in memory, before it is written as TOML: references are indices, and
//! every source carries its article text. Kinds, statuses, precisions, channels and positions
//! are the data crate's own types.

pub use summitry_data::{ActorKind, Channel, ClaimKind, EventKind, Position, Precision, Status};

use super::date::Day;

/// A whole generated dataset.
#[derive(Debug, Default)]
pub struct Dataset {
    /// `dataset.toml`'s name.
    pub name: String,
    /// `dataset.toml`'s description.
    pub description: String,
    /// Who statements speak for.
    pub sides: Vec<Side>,
    /// People, governments, delegations, organisations, groups.
    pub actors: Vec<Actor>,
    /// Places with coordinates.
    pub places: Vec<Place>,
    /// Meetings, calls, talks and summits, in time order.
    pub events: Vec<Event>,
    /// Who said what.
    pub statements: Vec<Statement>,
    /// The articles, with their texts.
    pub sources: Vec<Source>,
    /// Comparisons.
    pub claims: Vec<Claim>,
}

/// A side (see `vocab::SideSpec`).
#[derive(Debug)]
pub struct Side {
    /// Id.
    pub id: String,
    /// Label.
    pub label: String,
    /// ISO code or `EU`.
    pub country: Option<String>,
    /// As it reads mid-sentence ("the United States").
    pub of: String,
    /// How often it takes part.
    pub weight: u32,
}

/// What an actor is for when participants are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rank {
    /// The head of state or government, or a bloc's head.
    Leader,
    /// A foreign or defence minister, or a bloc's second person.
    Minister,
    /// Everyone else who is a person.
    Official,
    /// A government, organisation, delegation or group.
    Body,
}

/// An actor.
#[derive(Debug)]
pub struct Actor {
    /// Id.
    pub id: String,
    /// Name as readers know it.
    pub name: String,
    /// The name in titles: a person's surname, else the name.
    pub short: String,
    /// The name as a sentence's subject ("The Ukrainian delegation").
    pub subject: String,
    /// Kind.
    pub kind: ActorKind,
    /// Role.
    pub role: Option<String>,
    /// ISO code or `EU`.
    pub country: Option<String>,
    /// Index into `Dataset::sides`.
    pub side: usize,
    /// What the actor is for.
    pub rank: Rank,
}

/// A place.
#[derive(Debug)]
pub struct Place {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// ISO code.
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Countries (or `EU`) whose capital it is.
    pub capital_of: Vec<String>,
    /// A usual venue for others' talks (Geneva, Istanbul).
    pub neutral: bool,
}

/// An event.
#[derive(Debug)]
pub struct Event {
    /// Id.
    pub id: String,
    /// Kind.
    pub kind: EventKind,
    /// Status.
    pub status: Status,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Outcome.
    pub outcome: Option<String>,
    /// The date as written.
    pub date: Day,
    /// Its precision.
    pub precision: Precision,
    /// End of a range.
    pub date_end: Option<Day>,
    /// How the date follows from the text.
    pub date_basis: Option<String>,
    /// The day it really took (or is to take) place, which statements follow.
    pub day: Day,
    /// Index into `Dataset::places`.
    pub place: Option<usize>,
    /// How the place follows from the text.
    pub place_basis: Option<String>,
    /// Indices into `Dataset::actors`.
    pub participants: Vec<usize>,
    /// Indices into `vocab::TOPICS`.
    pub topics: Vec<usize>,
    /// Indices into `Dataset::sources`.
    pub sources: Vec<usize>,
}

/// A statement.
#[derive(Debug)]
pub struct Statement {
    /// Id.
    pub id: String,
    /// Index into `Dataset::actors`.
    pub speaker: usize,
    /// Date.
    pub date: Day,
    /// Its precision (day, month or by).
    pub precision: Precision,
    /// How the date follows from the text.
    pub date_basis: Option<String>,
    /// Channel.
    pub channel: Channel,
    /// Verbatim quote, or the article's sentence when `paraphrase`.
    pub quote: String,
    /// The quote is the article's reported speech.
    pub paraphrase: bool,
    /// The article's sentence around a short quote.
    pub context: Option<String>,
    /// Index into `Dataset::events`.
    pub event: Option<usize>,
    /// Indices into `vocab::TOPICS`.
    pub topics: Vec<usize>,
    /// Index into `Dataset::sources`.
    pub source: usize,
    /// The proposition (index into `vocab::PROPOSITIONS`) and stance the quote takes, if any.
    pub stance: Option<(usize, Position)>,
}

/// An article.
#[derive(Debug)]
pub struct Source {
    /// Id.
    pub id: String,
    /// Outlet, or a bracketed note.
    pub outlet: String,
    /// Headline, or a bracketed note.
    pub title: String,
    /// Publication day.
    pub published: Day,
    /// How the date was determined.
    pub published_basis: Option<String>,
    /// File name in `sources/`.
    pub file: String,
    /// Web address.
    pub url: Option<String>,
    /// Paragraphs of the article's body, each with its place in the article: (index of the
    /// event it belongs to, or `usize::MAX` after every event; order within that event).
    pub paragraphs: Vec<((usize, usize), String)>,
}

/// A comparison.
#[derive(Debug)]
pub struct Claim {
    /// Id.
    pub id: String,
    /// Kind.
    pub kind: ClaimKind,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// The compared event of a readout.
    pub event: Option<usize>,
    /// Shown first.
    pub featured: bool,
    /// Words naming a proposition.
    pub terms: Vec<String>,
    /// Two to four sides.
    pub sides: Vec<ClaimSide>,
}

/// One side of a comparison.
#[derive(Debug)]
pub struct ClaimSide {
    /// Column heading.
    pub label: String,
    /// Index into `Dataset::sides`.
    pub side: usize,
    /// Position.
    pub position: Position,
    /// Indices into `Dataset::statements`, in time order.
    pub statements: Vec<usize>,
    /// What the source records about a silence.
    pub note: Option<String>,
}

/// How many stances a quote can take on a proposition: `Position::ALL` lists them first, before
/// silence and a readout. `vocab::STANCE_DIRECT`, `vocab::STANCE_REPORTED` and the stance
/// weights follow that order.
pub const STANCES: usize = 5;

/// A stance's index among the first [`STANCES`] of `Position::ALL`.
pub fn stance_index(stance: Position) -> usize {
    Position::ALL
        .iter()
        .position(|&p| p == stance)
        .filter(|&i| i < STANCES)
        .unwrap_or(0)
}

/// The noun for an event kind in sentences ("the meeting"): each kind's id reads as one.
pub fn noun(kind: EventKind) -> &'static str {
    kind.as_str()
}

/// The id the data files use for a variant of the data crate's enums (`person`, `readout`):
/// its serde name, the one the loader reads.
pub fn file_id<T: serde::Serialize>(variant: T) -> String {
    match toml::Value::try_from(variant) {
        Ok(toml::Value::String(id)) => id,
        other => panic!("a unit variant serialises as a string, not {other:?}"),
    }
}

/// The actor kind named in `vocab::BLOCS`: a person when the name is none of the others.
pub fn actor_kind(name: &str) -> ActorKind {
    ActorKind::ALL
        .into_iter()
        .find(|&k| file_id(k) == name)
        .unwrap_or(ActorKind::Person)
}
