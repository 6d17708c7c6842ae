//! The validated dataset as the widget and the exports see it.
//!
//! Every reference here has been checked to resolve and every date to be a real calendar date, so
//! consumers can look things up without handling dangling ids.

use serde::{Deserialize, Serialize};
use time::{Date, Month, Weekday};

/// The whole curated dataset, validated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Title of the dataset shown in the widget's header.
    pub name: String,
    /// One-paragraph description for the header and the open data.
    pub description: String,
    /// The sides statements speak for (Ukraine, Russia, France, the EU, ...).
    pub sides: Vec<Side>,
    /// The articles every fact is traced to.
    pub sources: Vec<Source>,
    /// People, governments, delegations and organisations.
    pub actors: Vec<Actor>,
    /// Places with coordinates.
    pub places: Vec<Place>,
    /// The controlled topic vocabulary.
    pub topics: Vec<Topic>,
    /// Meetings, calls, talks, summits and proposed meetings.
    pub events: Vec<Event>,
    /// Who said what, verbatim or flagged as paraphrase.
    pub statements: Vec<Statement>,
    /// Comparisons of what each side said about one proposition or event.
    pub claims: Vec<Claim>,
    /// The story's byline and date, and the language of its texts.
    pub edition: Edition,
}

/// What a dataset says of itself beside its items: its credit, when it last changed, and which
/// language its texts are in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    /// The language (BCP 47) of every text but quotes and sources: `en` as the editors write
    /// it, or the language a build translated it into.
    pub lang: String,
    /// The byline or credit line under the headline.
    pub credit: Option<String>,
    /// When the dataset last changed; no correction is dated later.
    pub updated: Option<Date>,
    /// The texts a translation lacks, left in English, as `kind.id.field` keys (see
    /// [`text_key`]).
    pub english: Vec<String>,
}

impl Default for Edition {
    fn default() -> Self {
        Edition {
            lang: "en".into(),
            credit: None,
            updated: None,
            english: Vec::new(),
        }
    }
}

/// The key naming one text of one item, `kind.id.field` (`event.istanbul-talks.title`; the
/// dataset's own texts are `dataset.name`), as [`Edition::english`] lists them and translation
/// files name them (ids hold no dots).
pub fn text_key(kind: &str, id: &str, field: &str) -> String {
    let mut key = String::with_capacity(kind.len() + id.len() + field.len() + 2);
    key.push_str(kind);
    key.push('.');
    if !id.is_empty() {
        key.push_str(id);
        key.push('.');
    }
    key.push_str(field);
    key
}

impl Edition {
    /// The language of one text: the edition's, or `en` for a text its translation lacks.
    pub fn lang_of(&self, kind: &str, id: &str, field: &str) -> &str {
        if self.english.is_empty() || !self.english.contains(&text_key(kind, id, field)) {
            &self.lang
        } else {
            "en"
        }
    }

    /// The language of an item's correction of day `date` (see [`Edition::lang_of`]).
    pub fn correction_lang(&self, kind: &str, id: &str, date: Date) -> &str {
        self.lang_of(kind, id, &correction_field(date))
    }
}

/// The field naming an item's correction of day `date` in a text key: `correction.2026-12-01`.
pub fn correction_field(date: Date) -> String {
    let mut field = String::from("correction.");
    field.push_str(&iso(date));
    field
}

/// A public correction of an item: when, and what was changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// The day the correction was made.
    pub date: Date,
    /// What was wrong and what it now says, in the dataset's language.
    pub text: String,
}

/// A party statements speak for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    /// Stable id, e.g. `ukraine`.
    pub id: String,
    /// Display label, e.g. `Ukraine`.
    pub label: String,
    /// ISO 3166-1 alpha-2 code (or `EU`) whose capital stands for this side on the map; none
    /// for alliances and groups.
    pub country: Option<String>,
}

/// A news article the dataset is curated from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Stable id, e.g. `src-aa-2025-07-27`.
    pub id: String,
    /// Publisher or wire, e.g. `Anadolu Agency`.
    pub outlet: String,
    /// Headline as printed.
    pub title: String,
    /// Publication date.
    pub published: Date,
    /// How the publication date was determined, when the text does not print it plainly.
    pub published_basis: Option<String>,
    /// BCP 47 language tag of the article text.
    pub language: String,
    /// File name of the article in the seeds folder.
    pub file: String,
    /// Web address, when known.
    pub url: Option<String>,
}

/// What kind of party an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A government or one of its offices (the Kremlin, the Presidential Office).
    Government,
    /// A negotiating delegation.
    Delegation,
    /// An international organisation or alliance.
    Organisation,
    /// An informal group of states or officials.
    Group,
}

impl ActorKind {
    /// All variants, in declaration order (the pack format writes a variant as its position).
    pub const ALL: [ActorKind; 5] = [
        Self::Person,
        Self::Government,
        Self::Delegation,
        Self::Organisation,
        Self::Group,
    ];
}

/// A person, government, delegation or organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable id, e.g. `zelensky`.
    pub id: String,
    /// Name as readers know it.
    pub name: String,
    /// What kind of party this is.
    pub kind: ActorKind,
    /// Role or title at the time of the sources.
    pub role: Option<String>,
    /// ISO 3166-1 alpha-2 code (or `EU`), when the actor belongs to one country.
    pub country: Option<String>,
    /// Id of the side this actor speaks for.
    pub side: String,
}

/// A place with coordinates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Stable id, e.g. `istanbul`.
    pub id: String,
    /// Name in English.
    pub name: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// Latitude in decimal degrees, north positive.
    pub lat: f64,
    /// Longitude in decimal degrees, east positive.
    pub lon: f64,
    /// Country codes (or `EU`) whose capital this place is; calls are drawn between capitals.
    pub capital_of: Vec<String>,
}

/// One entry of the controlled topic vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    /// Stable id, e.g. `air-defence`.
    pub id: String,
    /// Short label, e.g. `Air defence`.
    pub label: String,
}

/// What kind of encounter an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Leaders or officials meeting in person.
    Meeting,
    /// A phone or video call.
    Call,
    /// A negotiation round between delegations.
    Talks,
    /// A multilateral summit or gathering.
    Summit,
}

impl EventKind {
    /// All kinds, in display order.
    pub const ALL: [EventKind; 4] = [Self::Meeting, Self::Call, Self::Talks, Self::Summit];

    /// The id used in files, URLs and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Meeting => "meeting",
            Self::Call => "call",
            Self::Talks => "talks",
            Self::Summit => "summit",
        }
    }
}

/// Whether an event took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// It took place.
    Held,
    /// Someone proposed or floated it; it had not been agreed.
    Proposed,
    /// It was announced as upcoming; the sources do not report its outcome.
    Scheduled,
}

impl Status {
    /// All variants, in declaration order (the pack format writes a variant as its position).
    pub const ALL: [Status; 3] = [Self::Held, Self::Proposed, Self::Scheduled];

    /// The id used in files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::Proposed => "proposed",
            Self::Scheduled => "scheduled",
        }
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// The exact day.
    Day,
    /// Only the year; the date is 1 January of that year.
    Year,
    /// Only the month; the date is the first of the month.
    Month,
    /// A deadline or upper bound: on or before the date.
    By,
    /// A lower bound: on or after the date.
    After,
    /// A span from the date to `date_end`.
    Range,
}

impl Precision {
    /// All variants, in declaration order (the pack format writes a variant as its position).
    pub const ALL: [Precision; 6] = [
        Self::Day,
        Self::Year,
        Self::Month,
        Self::By,
        Self::After,
        Self::Range,
    ];

    /// The id used in files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Year => "year",
            Self::Month => "month",
            Self::By => "by",
            Self::After => "after",
            Self::Range => "range",
        }
    }
}

/// The English names of the weekdays, Monday first: the one table of them ([`weekday_name`],
/// the editor's recogniser, the generated datasets).
pub static WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The English names of the months, January first: the one table of them ([`month_name`], the
/// interface words' English, the editor's recogniser, the generated datasets).
pub static MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a weekday.
pub fn weekday_name(d: Weekday) -> &'static str {
    WEEKDAY_NAMES[usize::from(d.number_days_from_monday())]
}

/// The English name of a month.
pub fn month_name(m: Month) -> &'static str {
    MONTH_NAMES[usize::from(u8::from(m)) - 1]
}

/// "27 July 2025", "5 January 2020": the day as the articles and the dating notes write it.
pub fn day_month_year(d: Date) -> String {
    let mut out = String::with_capacity(17);
    push_number(&mut out, d.day().into());
    out.push(' ');
    out.push_str(&month_year(d));
    out
}

/// "July 2025".
pub fn month_year(d: Date) -> String {
    let mut out = String::from(month_name(d.month()));
    out.push(' ');
    if d.year() < 0 {
        out.push('-');
    }
    push_number(&mut out, d.year().unsigned_abs());
    out
}

/// `n` in decimal digits, by hand rather than through `format!` (the pack decoder writes these
/// for every dating note it reads).
fn push_number(out: &mut String, n: u32) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// A day in ISO form, "2025-07-23": in ids, `<time datetime>` and URLs.
pub fn iso(d: Date) -> String {
    let y = d.year();
    if !(0..=9999).contains(&y) {
        return format!("{y:04}-{:02}-{:02}", u8::from(d.month()), d.day());
    }
    // By hand rather than through `format!`: the pack decoder writes one for every id it reads.
    let digits = |n: u32, width: u32| {
        (0..width)
            .rev()
            .map(move |i| (b'0' + (n / 10u32.pow(i) % 10) as u8) as char)
    };
    let mut out = String::with_capacity(10);
    out.extend(digits(y as u32, 4));
    out.push('-');
    out.extend(digits(u32::from(u8::from(d.month())), 2));
    out.push('-');
    out.extend(digits(u32::from(d.day()), 2));
    out
}

/// A date with the precision the sources give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct When {
    /// The day used for ordering (1 January for `Year`, first of the month for `Month`, the bound
    /// for `By`/`After`).
    pub date: Date,
    /// How precisely the date is known.
    pub precision: Precision,
    /// Last day of a `Range`.
    pub end: Option<Date>,
}

/// A meeting, call, talks round, summit or proposed meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id, e.g. `istanbul-talks-3`; used in deep links.
    pub id: String,
    /// What kind of encounter.
    pub kind: EventKind,
    /// Held, proposed or scheduled.
    pub status: Status,
    /// Short title.
    pub title: String,
    /// One or two sentences on what happened, in the editor's words.
    pub summary: String,
    /// What came of it, when the sources say.
    pub outcome: Option<String>,
    /// When, with precision.
    pub when: When,
    /// How the date was derived from the text, when it was not printed plainly.
    pub date_basis: Option<String>,
    /// Where; `None` for calls and for proposals with no venue.
    pub place: Option<String>,
    /// How the place was derived, when the text does not name it plainly.
    pub place_basis: Option<String>,
    /// Ids of the actors who took part (or would).
    pub participants: Vec<String>,
    /// Topic ids.
    pub topics: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// Public corrections, oldest first.
    pub corrections: Vec<Correction>,
    /// In a translated dataset, the English title, summary, place and participants, which a
    /// search also matches.
    pub search_en: Option<String>,
}

/// Where a statement was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A post on X (formerly Twitter).
    PostOnX,
    /// A social-media post whose platform the source does not name.
    Post,
    /// A press conference.
    PressConference,
    /// Remarks to journalists.
    StatementToJournalists,
    /// State media.
    StateMedia,
    /// An official readout or press release.
    OfficialReadout,
    /// A public statement whose channel the source does not give.
    Statement,
}

impl Channel {
    /// All variants, in declaration order (the pack format writes a variant as its position).
    pub const ALL: [Channel; 7] = [
        Self::PostOnX,
        Self::Post,
        Self::PressConference,
        Self::StatementToJournalists,
        Self::StateMedia,
        Self::OfficialReadout,
        Self::Statement,
    ];

    /// The id used in files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PostOnX => "post_on_x",
            Self::Post => "post",
            Self::PressConference => "press_conference",
            Self::StatementToJournalists => "statement_to_journalists",
            Self::StateMedia => "state_media",
            Self::OfficialReadout => "official_readout",
            Self::Statement => "statement",
        }
    }
}

/// Who said what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Stable id.
    pub id: String,
    /// Actor id of the speaker.
    pub speaker: String,
    /// When it was said, with precision.
    pub when: When,
    /// How the date was derived from the text.
    pub date_basis: Option<String>,
    /// Where it was said.
    pub channel: Channel,
    /// The words exactly as the source prints them, or a paraphrase when `paraphrase` is set.
    pub quote: String,
    /// True when `quote` is the source's paraphrase rather than the speaker's words.
    pub paraphrase: bool,
    /// The article's own sentence around a short quote, verbatim, so a fragment such as
    /// "final phase" is read as the source framed it.
    pub context: Option<String>,
    /// The event it belongs to, if any.
    pub event: Option<String>,
    /// Topic ids.
    pub topics: Vec<String>,
    /// Source id.
    pub source: String,
    /// The editors' translation of `quote` into the dataset's language, shown beside it (never
    /// in its place); none where the quote is already in that language.
    pub translation: Option<String>,
    /// Public corrections, oldest first.
    pub corrections: Vec<Correction>,
}

/// A side's stance on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// Puts the proposition forward.
    Proposes,
    /// Backs it.
    Supports,
    /// Accepts it only under conditions.
    Conditions,
    /// Turns it down.
    Rejects,
    /// Plays it down without rejecting it.
    Downplays,
    /// Said nothing, as the sources record.
    Silent,
    /// Published a readout of the compared event (readout comparisons).
    Reports,
}

impl Position {
    /// All positions, in display order.
    pub const ALL: [Position; 7] = [
        Self::Proposes,
        Self::Supports,
        Self::Conditions,
        Self::Rejects,
        Self::Downplays,
        Self::Silent,
        Self::Reports,
    ];

    /// The id used in files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Proposes => "proposes",
            Self::Supports => "supports",
            Self::Conditions => "conditions",
            Self::Rejects => "rejects",
            Self::Downplays => "downplays",
            Self::Silent => "silent",
            Self::Reports => "reports",
        }
    }
}

/// What kind of comparison a claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A proposition the sides take positions on.
    Proposition,
    /// What each side's readout of one event said.
    Readout,
}

impl ClaimKind {
    /// All variants, in declaration order (the pack format writes a variant as its position).
    pub const ALL: [ClaimKind; 2] = [Self::Proposition, Self::Readout];
}

/// One side of a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimSide {
    /// Display label, e.g. `Ukraine` or `Kremlin`.
    pub label: String,
    /// Side id.
    pub side: String,
    /// The side's stance.
    pub position: Position,
    /// Statement ids, in time order.
    pub statements: Vec<String>,
    /// Editor's note, required for a silent side (what the source says about the silence).
    pub note: Option<String>,
}

/// A comparison: a proposition or an event's readouts, and what each side said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id; used in deep links.
    pub id: String,
    /// Proposition or readout comparison.
    pub kind: ClaimKind,
    /// The proposition, e.g. `A Zelensky–Putin meeting by the end of August 2025`.
    pub title: String,
    /// One or two sentences of context.
    pub summary: String,
    /// For a readout comparison, the event compared.
    pub event: Option<String>,
    /// Shown first when the comparison view opens.
    pub featured: bool,
    /// Words that name the proposition (e.g. `ceasefire`): a side taking a stance on it must cite
    /// at least one statement whose words contain one of them, so a position label is never more
    /// than its quotes say.
    pub terms: Vec<String>,
    /// Two or more sides.
    pub sides: Vec<ClaimSide>,
    /// Public corrections, oldest first.
    pub corrections: Vec<Correction>,
}

impl Claim {
    /// The comparison the comparison view opens with: the featured one (the validator allows
    /// one at most), else the first. The build keeps it whole in the core file.
    pub fn opening(claims: &[Claim]) -> Option<&Claim> {
        claims.iter().find(|c| c.featured).or(claims.first())
    }
}

/// The longest id a deep link accepts (`#event=...`); the validator holds every id to it.
pub const MAX_ID_LEN: usize = 80;

/// True for an id of lower-case ASCII letters, digits and hyphens, at most [`MAX_ID_LEN`] long.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_LEN
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Where the text prints no outlet or headline, the dataset records a bracketed editor's note
/// (`[Outlet not named in the text]`); this is that note, if `value` starts with one.
pub fn placeholder(value: &str) -> Option<&str> {
    let rest = value.trim_start().strip_prefix('[')?;
    rest.split_once(']').map(|(note, _)| note.trim())
}

impl Source {
    /// The outlet as printed, or `None` where the dataset records that the text names none.
    pub fn outlet_named(&self) -> Option<&str> {
        placeholder(&self.outlet)
            .is_none()
            .then_some(self.outlet.as_str())
    }

    /// The headline as printed, or `None` where the dataset records that the text prints none.
    pub fn title_named(&self) -> Option<&str> {
        placeholder(&self.title)
            .is_none()
            .then_some(self.title.as_str())
    }
}

impl Position {
    /// True for a position that says what a side thinks of the proposition (not silence, not a
    /// readout).
    pub fn is_stance(self) -> bool {
        !matches!(self, Self::Silent | Self::Reports)
    }
}

impl Claim {
    /// True when `quote` names the proposition: it contains one of [`Claim::terms`], ignoring case.
    pub fn names_proposition(&self, quote: &str) -> bool {
        let quote = quote.to_lowercase();
        self.terms
            .iter()
            .any(|t| !t.trim().is_empty() && quote.contains(&t.trim().to_lowercase()))
    }
}

impl Dataset {
    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }
    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
    /// The side with this id.
    pub fn side(&self, id: &str) -> Option<&Side> {
        self.sides.iter().find(|s| s.id == id)
    }
    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }
    /// The statement with this id.
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }
    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }
    /// The capital standing for a country code (or `EU`), if the dataset has one.
    pub fn capital_of(&self, country: &str) -> Option<&Place> {
        self.places
            .iter()
            .find(|p| p.capital_of.iter().any(|c| c == country))
    }
    /// Statements belonging to an event, in time order.
    pub fn statements_of_event<'a>(
        &'a self,
        event: &'a str,
    ) -> impl Iterator<Item = &'a Statement> {
        let mut v: Vec<&Statement> = self
            .statements
            .iter()
            .filter(|s| s.event.as_deref() == Some(event))
            .collect();
        crate::order::sort_by_key(&mut v, |s| s.when.date);
        v.into_iter()
    }
    /// Claims that cite an event, directly or through one of their statements.
    pub fn claims_citing_event<'a>(&'a self, event: &'a str) -> impl Iterator<Item = &'a Claim> {
        self.claims.iter().filter(move |c| {
            c.event.as_deref() == Some(event)
                || c.sides.iter().flat_map(|s| &s.statements).any(|sid| {
                    self.statement(sid)
                        .is_some_and(|s| s.event.as_deref() == Some(event))
                })
        })
    }
    /// The first and last event day, if there are events.
    pub fn date_span(&self) -> Option<(Date, Date)> {
        let first = self.events.iter().map(|e| e.when.date).min()?;
        let last = self
            .events
            .iter()
            .map(|e| e.when.end.unwrap_or(e.when.date))
            .max()?;
        Some((first, last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> Date {
        Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap()
    }

    /// Every day of 1900 to 2100, to check a hand-written form against `format!`.
    fn every_day() -> impl Iterator<Item = Date> {
        std::iter::successors(Some(day(1900, 1, 1)), |d| d.next_day())
            .take_while(|d| d.year() <= 2100)
    }

    #[test]
    fn iso_writes_a_day_as_year_month_day_with_leading_zeros() {
        assert_eq!(iso(day(2025, 7, 3)), "2025-07-03");
        assert_eq!(iso(day(987, 12, 31)), "0987-12-31");
        assert_eq!(iso(day(-5, 1, 1)), "-005-01-01");
        for d in every_day() {
            let by_format = format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day());
            assert_eq!(iso(d), by_format);
        }
    }

    #[test]
    fn a_day_is_written_as_the_articles_write_it() {
        assert_eq!(day_month_year(day(2025, 7, 27)), "27 July 2025");
        assert_eq!(day_month_year(day(2020, 1, 5)), "5 January 2020");
        assert_eq!(month_year(day(987, 12, 31)), "December 987");
        assert_eq!(month_year(day(-5, 1, 1)), "January -5");
        for d in every_day() {
            let by_format = format!("{} {} {}", d.day(), month_name(d.month()), d.year());
            assert_eq!(day_month_year(d), by_format);
        }
    }
}
