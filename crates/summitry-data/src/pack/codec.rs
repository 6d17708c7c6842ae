//! How a core and a chunk are laid out in bytes (format [`FORMAT`](super::FORMAT)).
//!
//! Three choices make the files small once gzipped, which is how a reader receives them:
//! - **References are positions.** An actor, place, topic, side or source is named by its
//!   position in the core's catalogue, a statement's event by its position in the same file, and
//!   a comparison's statements by their position in the core; an id is written out only when it
//!   is not there (an escape the packer never needs, kept so that any dataset packs). A
//!   statement's event is the difference from the previous statement's.
//! - **Ids and titles without what they repeat.** An event's id is mostly its kind, day and
//!   place, a statement's its speaker and day, an event's title and summary name its participants
//!   and place, a quote its speaker's name and role: those parts are written as one byte each
//!   ([`put_id`]). A statement's speaker, topics and source are mostly its event's, and are
//!   written as their place there.
//! - **Columns.** A file's events are written field by field (every id, then every kind, then
//!   every date as a difference from the one before, ..., every title, every summary), and so are
//!   its statements, so gzip finds like next to like.
//!
//! **Where a column is described.** Every file is described once, for both directions:
//! [`events::events`] and [`statements::statements`] list a file's columns in the order they are
//! written, and [`core_file::core_file`] the core's own records (title, edition, totals,
//! catalogue, comparisons with their sides, chunk list; [`core_file::sources`] a chunk's sources
//! too), generic over a [`Dir`]; [`Put`] runs them to write a file and [`Take`] to read one
//! (`dir.rs`, one method per kind of column over the [`Writer`]/[`Reader`] primitives and the
//! `put_*`/`take_*` pairs of `refs.rs`, `texts.rs` and `records.rs`). A new column is one line
//! there, and writer and reader cannot disagree on its place or its encoding. [`encode_core`],
//! [`decode_core`], [`encode_chunk`] and [`decode_chunk`] only write or check the format number,
//! run the description, and check that nothing is left over.
//!
//! Decoding checks every count, index and string, and that nothing is left over: a damaged file
//! is [`PackError::Corrupt`], never a panic.

use std::collections::HashMap;

use time::Date;

use super::wire::{Reader, Writer};
use super::{ChunkInfo, Core, PackError, PlaceAt, Totals, FORMAT};
use crate::{
    Actor, ActorKind, Channel, Claim, ClaimKind, ClaimSide, Correction, Edition, Event, EventKind,
    Place, Position, Precision, Side, Source, Statement, Status, Topic, When,
};

// By what they encode: the two directions (`dir`), the records described once for both
// (`events`, `statements`, and the core's own in `core_file`), and the kinds of column they are made of, each as a `put_*` and
// `take_*` pair side by side (`refs`, `texts`, `records`). They share this module's names
// (`use super::*`), and it theirs.
mod core_file;
mod dir;
mod events;
mod records;
mod refs;
mod statements;
mod texts;

use dir::*;
use records::*;
use refs::*;
use texts::*;

// Enums are written as their position in these lists; `every_variant_is_listed_in_order` checks
// that each list holds every variant, in declaration order.
const KINDS: [EventKind; 4] = EventKind::ALL;
const STATUSES: [Status; 3] = Status::ALL;
const PRECISIONS: [Precision; 6] = Precision::ALL;
const CHANNELS: [Channel; 7] = Channel::ALL;
const ACTOR_KINDS: [ActorKind; 5] = ActorKind::ALL;
const POSITIONS: [Position; 7] = Position::ALL;
const CLAIM_KINDS: [ClaimKind; 2] = ClaimKind::ALL;

/// A count, then that many items. A loop rather than `collect` into a `Result`: smaller in the
/// wasm, once per item type.
fn list<'a, T>(
    r: &mut Reader<'a>,
    mut item: impl FnMut(&mut Reader<'a>) -> Result<T, PackError>,
) -> Result<Vec<T>, PackError> {
    let n = r.count()?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(item(r)?);
    }
    Ok(out)
}

fn id_list<T>(items: &[T], id: fn(&T) -> &str) -> Vec<&str> {
    items.iter().map(id).collect()
}

/// The catalogue a chunk's references point into: the core's, plus the chunk's own sources.
#[derive(Debug, Clone, Copy)]
pub struct Catalogue<'a> {
    /// The core's sides.
    pub sides: &'a [Side],
    /// The core's actors.
    pub actors: &'a [Actor],
    /// The core's places.
    pub places: &'a [Place],
    /// The core's topics.
    pub topics: &'a [Topic],
    /// The core's sources.
    pub sources: &'a [Source],
}

/// The catalogue as a file's references see it, its ids as a direction looks them up (`L` is a
/// [`Dir::Ids`]): the core's actors, places and topics, with the names that texts repeat, and
/// the sources the file may cite.
struct Cat<'a, L> {
    actors: L,
    actor_names: Vec<&'a str>,
    actor_roles: Vec<&'a str>,
    actor_sides: Vec<&'a str>,
    places: L,
    place_names: Vec<&'a str>,
    topics: L,
    /// The core's sources, then a chunk's own.
    sources: L,
    /// Each source's day of publication, which dating notes repeat ([`date_parts`]).
    source_days: Vec<Date>,
}

impl<'a> Catalogue<'a> {
    /// The label of each actor's side ("Ukraine"), or "" for a side the catalogue does not hold.
    fn side_labels(&self) -> Vec<&'a str> {
        let sides: Vec<&str> = id_list(self.sides, |s| &s.id);
        let by_id = Sorted::of(&sides);
        self.actors
            .iter()
            .map(|a| {
                by_id
                    .find(&a.side)
                    .map_or("", |i| self.sides[i].label.as_str())
            })
            .collect()
    }

    /// The catalogue for a file that also carries `own` sources, as `D` looks it up.
    fn refs<D: Dir>(&self, own: &'a [Source]) -> Cat<'a, D::Ids<'a>> {
        let sources = || self.sources.iter().chain(own);
        Cat {
            actors: D::ids(id_list(self.actors, |a| &a.id)),
            actor_names: id_list(self.actors, |a| &a.name),
            actor_roles: id_list(self.actors, |a| a.role.as_deref().unwrap_or_default()),
            actor_sides: self.side_labels(),
            places: D::ids(id_list(self.places, |p| &p.id)),
            place_names: id_list(self.places, |p| &p.name),
            topics: D::ids(id_list(self.topics, |t| &t.id)),
            sources: D::ids(sources().map(|s| s.id.as_str()).collect()),
            source_days: sources().map(|s| s.published).collect(),
        }
    }
}

/// A file's events, then their statements: every core and chunk holds both, and both directions
/// run this one description of their columns.
fn items<'a, D: Dir>(
    d: &mut D,
    events: &mut Vec<Event>,
    statements: &mut Vec<Statement>,
    cat: &Cat<'a, D::Ids<'a>>,
) -> Result<(), PackError> {
    let event_parts = events::events(d, events, cat)?;
    statements::statements(d, statements, cat, events, &event_parts)
}

fn version(r: &mut Reader<'_>) -> Result<(), PackError> {
    let v = r.uint()?;
    if v == u64::from(FORMAT) {
        Ok(())
    } else {
        Err(PackError::Version(u32::try_from(v).unwrap_or(u32::MAX)))
    }
}

fn done<T>(r: &Reader<'_>, value: T) -> Result<T, PackError> {
    if r.is_empty() {
        Ok(value)
    } else {
        Err(PackError::Corrupt)
    }
}

/// The bytes of a core file.
pub(crate) fn encode_core(core: &Core) -> Vec<u8> {
    let mut w = Writer::default();
    w.uint(u64::from(FORMAT));
    // The description reads each value through `&mut`: it runs over a copy.
    let mut core = core.clone();
    Put::run(&mut w, |d| core_file::core_file(d, &mut core));
    w.bytes
}

/// Reads a core file.
pub(crate) fn decode_core(bytes: &[u8]) -> Result<Core, PackError> {
    let r = &mut Reader::new(bytes);
    version(r)?;
    let mut core = Core {
        name: String::new(),
        description: String::new(),
        edition: Edition::default(),
        sides: Vec::new(),
        sources: Vec::new(),
        actors: Vec::new(),
        places: Vec::new(),
        placements: Vec::new(),
        topics: Vec::new(),
        claims: Vec::new(),
        events: Vec::new(),
        statements: Vec::new(),
        totals: Totals::default(),
        span: None,
        chunks: Vec::new(),
    };
    core_file::core_file(&mut Take(r), &mut core)?;
    done(r, core)
}

/// The bytes of a chunk file whose references point into `cat`.
pub(crate) fn encode_chunk(chunk: &super::Chunk, cat: &Catalogue<'_>) -> Vec<u8> {
    let mut w = Writer::default();
    w.uint(u64::from(FORMAT));
    // A chunk may cite the core's sources and its own.
    let cat = cat.refs::<Put>(&chunk.sources);
    let mut sources = chunk.sources.clone();
    let (mut events, mut statements) = (chunk.events.clone(), chunk.statements.clone());
    Put::run(&mut w, |d| {
        core_file::sources(d, &mut sources)?;
        items(d, &mut events, &mut statements, &cat)
    });
    w.bytes
}

/// Reads a chunk file whose references point into `cat`.
pub(crate) fn decode_chunk(bytes: &[u8], cat: &Catalogue<'_>) -> Result<super::Chunk, PackError> {
    let r = &mut Reader::new(bytes);
    version(r)?;
    let mut sources = Vec::new();
    core_file::sources(&mut Take(r), &mut sources)?;
    let (mut events, mut statements) = (Vec::new(), Vec::new());
    items(
        &mut Take(r),
        &mut events,
        &mut statements,
        &cat.refs::<Take>(&sources),
    )?;
    let chunk = super::Chunk {
        sources,
        events,
        statements,
    };
    done(r, chunk)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id_bytes(id: &str, parts: &[&str]) -> Vec<u8> {
        let mut w = Writer::default();
        put_id(&mut w, id, parts);
        let back = take_id(&mut Reader::new(&w.bytes), parts);
        assert_eq!(back.as_deref(), Ok(id), "reads back");
        w.bytes
    }

    #[test]
    fn an_id_is_written_without_the_parts_it_repeats_in_order() {
        let parts = ["meeting", "2025-01-27", "auschwitz-birkenau"];
        assert_eq!(
            id_bytes("meeting-2025-01-27-auschwitz-birkenau", &parts),
            b"\x05\x01-\x02-\x03"
        );
        assert_eq!(
            id_bytes(
                "istanbul-talks-2025-07-23",
                &["talks", "2025-07-23", "istanbul"]
            ),
            b"\x05\x03-\x01-\x02"
        );
        assert_eq!(
            id_bytes(
                "zelensky-2025-01-13-contingents",
                &["zelensky", "2025-01-13"]
            ),
            b"\x0f\x01-\x02-contingents"
        );
        // In any order, as often as they occur.
        assert_eq!(
            id_bytes("2025-01-27-meeting-2025-01-27", &parts),
            b"\x05\x02-\x01-\x02"
        );
        assert_eq!(id_bytes("other", &parts), b"\x05other");
        assert_eq!(id_bytes("", &parts), b"\x00");
    }

    #[test]
    fn a_title_is_written_without_the_names_of_its_participants_and_place() {
        let parts = text_parts(
            &[
                ("Volodymyr Zelensky", "Ukraine"),
                ("Emmanuel Macron", "France"),
            ],
            "Kyiv",
        );
        assert_eq!(
            parts,
            [
                "Volodymyr Zelensky",
                "Emmanuel Macron",
                "Zelensky",
                "Macron",
                "Kyiv",
                "Ukraine",
                "France"
            ]
        );
        assert_eq!(
            id_bytes("Talks between France and Ukraine in Kyiv", &parts),
            b"\x1aTalks between \x07 and \x06 in \x05"
        );
        assert_eq!(
            id_bytes("Zelensky and Macron meet in Kyiv", &parts),
            b"\x11\x03 and \x04 meet in \x05"
        );
        assert_eq!(
            id_bytes("Volodymyr Zelensky met Emmanuel Macron in Kyiv.", &parts),
            b"\x0d\x01 met \x02 in \x05."
        );
        // The longest part where several start, "Volodymyr Zelensky" before "Zelensky".
        assert_eq!(
            id_bytes("Macron and Volodymyr Zelensky; Zelensky said", &parts),
            b"\x0f\x04 and \x01; \x03 said"
        );
        // At most seven names, so every part has a byte.
        let many = [("A a", "S"); 9];
        assert_eq!(text_parts(&many, "P").len(), 16);
        let sides = ["1", "2", "3", "4", "5", "6", "7", "8", "9"].map(|side| ("A a", side));
        assert_eq!(text_parts(&sides, "P").len(), 21);
        assert!(21 <= PART_BYTES.len());
        // A line break is a line break; a text holding a part's byte is written whole.
        assert_eq!(id_bytes("Kyiv\n", &parts), b"\x02\x05\n");
        assert_eq!(id_bytes("Kyiv\x01", &parts), b"\x06\x00Kyiv\x01");
    }

    #[test]
    fn each_part_byte_stands_for_its_position() {
        for (i, b) in PART_BYTES.into_iter().enumerate() {
            assert_eq!(part_at(b), Some(i), "byte {b}");
        }
        for b in (0..=255).filter(|b| !PART_BYTES.contains(b)) {
            assert_eq!(part_at(b), None, "byte {b}");
        }
    }

    #[test]
    fn a_dating_note_is_written_without_the_days_it_is_about() {
        let day = |y, m, d| Date::from_calendar_date(y, m, d).unwrap();
        let when = When {
            date: day(2025, time::Month::July, 23),
            precision: Precision::Day,
            end: None,
        };
        let parts = date_parts(item_days(&when, [day(2025, time::Month::July, 27)]));
        assert_eq!(
            parts,
            [
                "23 July 2025",
                "27 July 2025",
                "Wednesday",
                "Sunday",
                "July 2025"
            ]
        );
        assert_eq!(
            id_bytes(
                "The article dated Sunday 27 July 2025 says the talks were held \"on Wednesday evening\".",
                &str_parts(&parts)
            ),
            b"\x3eThe article dated \x04 \x02 says the talks were held \"on \x03 evening\"."
        );
        // Each day once: an end on the day of its source is one part.
        let when = When {
            end: Some(day(2025, time::Month::July, 27)),
            ..when
        };
        let parts = date_parts(item_days(&when, [day(2025, time::Month::July, 27)]));
        assert_eq!(parts.len(), 5);
    }

    #[test]
    fn a_quote_is_written_without_its_speaker_s_name_and_role() {
        let parts = speaker_parts(Some(("Thomas Krüger", "Chancellor of Germany", "Germany")));
        assert_eq!(
            parts,
            [
                "Thomas Krüger",
                "Chancellor of Germany",
                "Krüger",
                "Germany"
            ]
        );
        assert_eq!(
            id_bytes(
                "According to Thomas Krüger, Chancellor of Germany, talks went well.",
                &parts
            ),
            b"\x23According to \x01, \x02, talks went well."
        );
        assert!(
            speaker_parts(None).is_empty(),
            "a speaker the catalogue does not hold"
        );
    }

    #[test]
    fn an_id_holding_a_part_byte_is_written_whole() {
        assert_eq!(
            id_bytes("a\u{1}meeting", &["meeting"]),
            b"\x0a\x00a\x01meeting"
        );
        assert_eq!(id_bytes("\u{0}", &["meeting"]), b"\x02\x00\x00");
    }

    #[test]
    fn a_part_byte_without_its_part_is_damage() {
        let mut r = Reader::new(b"\x02a\x03");
        assert_eq!(take_id(&mut r, &["x", "y"]), Err(PackError::Corrupt));
    }

    fn strings(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_speaker_among_the_event_s_participants_is_its_position_there() {
        let actors = Ids::of(["putin", "zelensky", "macron"].iter(), |s| s);
        let own = strings(&["zelensky", "macron"]);
        let mut w = Writer::default();
        for id in ["macron", "putin", "someone"] {
            put_among(&mut w, &own, &actors, id);
        }
        assert_eq!(w.bytes, b"\x02\x00\x00\x00\x03\x07someone");
        let mut r = Reader::new(&w.bytes);
        let back: Vec<_> = (0..3)
            .map(|_| take_among(&mut r, &own, &actors.ids).unwrap())
            .collect();
        assert_eq!(back, ["macron", "putin", "someone"]);
        assert_eq!(
            take_among(&mut Reader::new(b"\x03"), &own, &actors.ids),
            Err(PackError::Corrupt)
        );
    }

    #[test]
    fn topics_among_the_event_s_are_a_mask_when_in_its_order() {
        let topics = Ids::of(["a", "b", "c", "d"].iter(), |s| s);
        let own = strings(&["b", "c", "d"]);
        let cases: [&[&str]; 5] = [&["b", "d"], &[], &["d", "b"], &["a"], &["c", "c"]];
        let mut w = Writer::default();
        for these in cases {
            put_some_of(&mut w, &own, &topics, &strings(these));
        }
        // b and d: mask 0b101 plus one; none: 1; out of order, not the event's, twice: written out.
        assert_eq!(
            w.bytes,
            b"\x06\x01\x00\x02\x03\x01\x00\x01\x00\x00\x02\x02\x02"
        );
        let mut r = Reader::new(&w.bytes);
        for these in cases {
            assert_eq!(take_some_of(&mut r, &own, &topics.ids), Ok(strings(these)));
        }
        assert!(r.is_empty());
        assert_eq!(
            take_some_of(&mut Reader::new(b"\x09"), &own, &topics.ids),
            Err(PackError::Corrupt),
            "a bit past the event's topics"
        );
    }

    #[test]
    fn a_statement_s_event_is_the_step_from_the_one_before() {
        let ids = Ids::of(["a", "b", "c"].iter(), |s| s);
        let mut w = Writer::default();
        let mut prev = 0;
        for id in [
            Some("b"),
            Some("b"),
            None,
            Some("a"),
            Some("elsewhere"),
            Some("c"),
        ] {
            put_near(&mut w, &ids, id, &mut prev);
        }
        assert_eq!(w.bytes, b"\x04\x02\x00\x03\x01\x09elsewhere\x06");
        let (mut r, mut prev) = (Reader::new(&w.bytes), 0);
        let back: Vec<_> = (0..6)
            .map(|_| take_near(&mut r, &ids.ids, &mut prev).unwrap().0)
            .collect();
        assert_eq!(
            back,
            [
                Some("b"),
                Some("b"),
                None,
                Some("a"),
                Some("elsewhere"),
                Some("c")
            ]
            .map(|s| s.map(String::from))
        );
        // A step outside the list is damage.
        let mut prev = 2;
        assert_eq!(
            take_near(&mut Reader::new(b"\x02"), &ids.ids, &mut prev),
            Ok((Some("c".to_string()), Some(2))),
            "its position comes with it"
        );
        assert_eq!(
            take_near(&mut Reader::new(b"\x04"), &ids.ids, &mut prev),
            Err(PackError::Corrupt)
        );
    }

    #[test]
    fn every_variant_is_listed_in_order() {
        // Each match is exhaustive: a new variant fails to compile here until it is listed.
        fn kind(k: EventKind) -> u8 {
            match k {
                EventKind::Meeting | EventKind::Call | EventKind::Talks | EventKind::Summit => {
                    k as u8
                }
            }
        }
        for (i, k) in KINDS.iter().enumerate() {
            assert_eq!(usize::from(kind(*k)), i);
        }
        fn status(s: Status) -> u8 {
            match s {
                Status::Held | Status::Proposed | Status::Scheduled => s as u8,
            }
        }
        for (i, s) in STATUSES.iter().enumerate() {
            assert_eq!(usize::from(status(*s)), i);
        }
        fn precision(p: Precision) -> u8 {
            match p {
                Precision::Day
                | Precision::Year
                | Precision::Month
                | Precision::By
                | Precision::After
                | Precision::Range => p as u8,
            }
        }
        for (i, p) in PRECISIONS.iter().enumerate() {
            assert_eq!(usize::from(precision(*p)), i);
        }
        fn channel(c: Channel) -> u8 {
            match c {
                Channel::PostOnX
                | Channel::Post
                | Channel::PressConference
                | Channel::StatementToJournalists
                | Channel::StateMedia
                | Channel::OfficialReadout
                | Channel::Statement => c as u8,
            }
        }
        for (i, c) in CHANNELS.iter().enumerate() {
            assert_eq!(usize::from(channel(*c)), i);
        }
        fn actor(a: ActorKind) -> u8 {
            match a {
                ActorKind::Person
                | ActorKind::Government
                | ActorKind::Delegation
                | ActorKind::Organisation
                | ActorKind::Group => a as u8,
            }
        }
        for (i, a) in ACTOR_KINDS.iter().enumerate() {
            assert_eq!(usize::from(actor(*a)), i);
        }
        fn position(p: Position) -> u8 {
            match p {
                Position::Proposes
                | Position::Supports
                | Position::Conditions
                | Position::Rejects
                | Position::Downplays
                | Position::Silent
                | Position::Reports => p as u8,
            }
        }
        for (i, p) in POSITIONS.iter().enumerate() {
            assert_eq!(usize::from(position(*p)), i);
        }
        fn claim(c: ClaimKind) -> u8 {
            match c {
                ClaimKind::Proposition | ClaimKind::Readout => c as u8,
            }
        }
        for (i, c) in CLAIM_KINDS.iter().enumerate() {
            assert_eq!(usize::from(claim(*c)), i);
        }
    }

    #[test]
    fn the_bit_fields_have_room_for_every_variant() {
        assert!(KINDS.len() <= 4 && STATUSES.len() <= 4 && PRECISIONS.len() <= 8);
        assert!(CHANNELS.len() <= 8);
    }

    #[test]
    fn an_end_day_out_of_range_is_damage_not_an_overflow() {
        // Found by the `pack` fuzz target: days that overflow when added to the start.
        let d = Date::from_calendar_date(2025, time::Month::July, 23).unwrap();
        for v in [u64::MAX, u64::MAX - 1, 1 << 40] {
            let mut w = Writer::default();
            w.uint(v);
            assert_eq!(
                take_end(&mut Reader::new(&w.bytes), d),
                Err(PackError::Corrupt)
            );
        }
    }

    #[test]
    fn an_end_day_before_or_after_the_start_reads_back() {
        let d = Date::from_calendar_date(2025, time::Month::July, 23).unwrap();
        for days in [-400, -1, 0, 1, 30, 4000] {
            let when = When {
                date: d,
                precision: Precision::Range,
                end: Some(d + time::Duration::days(days)),
            };
            let mut w = Writer::default();
            put_end(&mut w, &when);
            assert_eq!(take_end(&mut Reader::new(&w.bytes), d), Ok(when.end));
        }
    }
}
