//! The generated dataset in memory, before it is written as TOML: references are indices, and
//! every source carries its article text.

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

/// What kind of actor, as written in actors.toml.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A government or one of its offices.
    Government,
    /// A negotiating delegation.
    Delegation,
    /// An organisation.
    Organisation,
    /// A group of states or officials.
    Group,
}

impl ActorKind {
    /// The id in files.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Government => "government",
            ActorKind::Delegation => "delegation",
            ActorKind::Organisation => "organisation",
            ActorKind::Group => "group",
        }
    }

    /// The kind named in `vocab::BLOCS`.
    pub fn parse(s: &str) -> ActorKind {
        match s {
            "government" => ActorKind::Government,
            "delegation" => ActorKind::Delegation,
            "organisation" => ActorKind::Organisation,
            "group" => ActorKind::Group,
            _ => ActorKind::Person,
        }
    }
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

/// Event kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A meeting in person.
    Meeting,
    /// A call.
    Call,
    /// A round of talks.
    Talks,
    /// A summit.
    Summit,
}

impl Kind {
    /// The id in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Meeting => "meeting",
            Kind::Call => "call",
            Kind::Talks => "talks",
            Kind::Summit => "summit",
        }
    }

    /// The noun in sentences ("the meeting").
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Meeting => "meeting",
            Kind::Call => "call",
            Kind::Talks => "talks",
            Kind::Summit => "summit",
        }
    }
}

/// Event status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// It took place.
    Held,
    /// Someone proposed it.
    Proposed,
    /// Announced as upcoming.
    Scheduled,
}

impl Status {
    /// The id in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Held => "held",
            Status::Proposed => "proposed",
            Status::Scheduled => "scheduled",
        }
    }
}

/// Date precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// That day.
    Day,
    /// That month; the date is the 1st.
    Month,
    /// On or before.
    By,
    /// On or after.
    After,
    /// From `date` to `date_end`.
    Range,
}

impl Precision {
    /// The id in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::By => "by",
            Precision::After => "after",
            Precision::Range => "range",
        }
    }
}

/// An event.
#[derive(Debug)]
pub struct Event {
    /// Id.
    pub id: String,
    /// Kind.
    pub kind: Kind,
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

/// Statement channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// A post on X.
    PostOnX,
    /// A post elsewhere.
    Post,
    /// A press conference.
    PressConference,
    /// Remarks to journalists.
    StatementToJournalists,
    /// State media.
    StateMedia,
    /// An official readout.
    OfficialReadout,
    /// Channel not given.
    Statement,
}

impl Channel {
    /// Every channel, in the order of the weights that draw them.
    pub const ALL: [Channel; 7] = [
        Channel::PostOnX,
        Channel::Post,
        Channel::PressConference,
        Channel::StatementToJournalists,
        Channel::StateMedia,
        Channel::OfficialReadout,
        Channel::Statement,
    ];

    /// The id in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::PostOnX => "post_on_x",
            Channel::Post => "post",
            Channel::PressConference => "press_conference",
            Channel::StatementToJournalists => "statement_to_journalists",
            Channel::StateMedia => "state_media",
            Channel::OfficialReadout => "official_readout",
            Channel::Statement => "statement",
        }
    }
}

/// A position on a proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    /// Puts it forward.
    Proposes,
    /// Backs it.
    Supports,
    /// Ties it to conditions.
    Conditions,
    /// Turns it down.
    Rejects,
    /// Plays it down.
    Downplays,
}

impl Stance {
    /// Every stance, in the order of `vocab::STANCE_DIRECT`.
    pub const ALL: [Stance; 5] = [
        Stance::Proposes,
        Stance::Supports,
        Stance::Conditions,
        Stance::Rejects,
        Stance::Downplays,
    ];

    /// The position id in claims.toml.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Proposes => "proposes",
            Stance::Supports => "supports",
            Stance::Conditions => "conditions",
            Stance::Rejects => "rejects",
            Stance::Downplays => "downplays",
        }
    }

    /// Index into `Stance::ALL`.
    pub fn index(self) -> usize {
        Stance::ALL.iter().position(|&s| s == self).unwrap_or(0)
    }
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
    pub stance: Option<(usize, Stance)>,
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

/// Claim kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimKind {
    /// Positions on a proposition.
    Proposition,
    /// The sides' readouts of one event.
    Readout,
}

/// A claim side's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// A stance on the proposition.
    Stance(Stance),
    /// Said nothing.
    Silent,
    /// Published a readout.
    Reports,
}

impl Position {
    /// The id in claims.toml.
    pub fn as_str(self) -> &'static str {
        match self {
            Position::Stance(s) => s.as_str(),
            Position::Silent => "silent",
            Position::Reports => "reports",
        }
    }
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
