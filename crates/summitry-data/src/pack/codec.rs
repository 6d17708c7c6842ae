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
//! Decoding checks every count, index and string, and that nothing is left over: a damaged file
//! is [`PackError::Corrupt`], never a panic.

use std::collections::HashMap;

use time::Date;

use super::wire::{Reader, Writer};
use super::{ChunkInfo, PackError, PlaceAt, Totals, FORMAT};
use crate::{
    Actor, ActorKind, Channel, Claim, ClaimKind, ClaimSide, Correction, Edition, Event, EventKind,
    Place, Position, Precision, Side, Source, Statement, Status, Topic, When,
};

// Enums are written as their position in these lists; `every_variant_is_listed_in_order` checks
// that each list holds every variant, in declaration order.
const KINDS: [EventKind; 4] = EventKind::ALL;
const STATUSES: [Status; 3] = Status::ALL;
const PRECISIONS: [Precision; 6] = Precision::ALL;
const CHANNELS: [Channel; 7] = Channel::ALL;
const ACTOR_KINDS: [ActorKind; 5] = ActorKind::ALL;
const POSITIONS: [Position; 7] = Position::ALL;
const CLAIM_KINDS: [ClaimKind; 2] = ClaimKind::ALL;

/// The ids a file may refer to by position, in order.
#[derive(Debug, Default)]
struct Ids<'a> {
    ids: Vec<&'a str>,
    at: HashMap<&'a str, usize>,
}

impl<'a> Ids<'a> {
    fn of<T>(items: impl IntoIterator<Item = &'a T>, id: fn(&'a T) -> &'a str) -> Self
    where
        T: 'a,
    {
        let mut out = Ids::default();
        for item in items {
            out.push(id(item));
        }
        out
    }

    fn push(&mut self, id: &'a str) {
        self.at.entry(id).or_insert(self.ids.len());
        self.ids.push(id);
    }

    fn len(&self) -> usize {
        self.ids.len()
    }

    /// Its position, or `len` followed by the id itself.
    fn put(&self, w: &mut Writer, id: &str) {
        match self.at.get(id) {
            Some(&i) => w.len(i),
            None => {
                w.len(self.len());
                w.str(id);
            }
        }
    }

    /// 0 for none, else [`Ids::put`] shifted by one.
    fn put_opt(&self, w: &mut Writer, id: Option<&str>) {
        match id {
            None => w.len(0),
            Some(id) => match self.at.get(id) {
                Some(&i) => w.len(i + 1),
                None => {
                    w.len(self.len() + 1);
                    w.str(id);
                }
            },
        }
    }

    fn put_all(&self, w: &mut Writer, ids: &[String]) {
        w.len(ids.len());
        for id in ids {
            self.put(w, id);
        }
    }
}

/// The sources items may cite, by position, with their days of publication (which dating notes
/// repeat, [`date_parts`]).
#[derive(Default)]
struct Cited<'a> {
    ids: Ids<'a>,
    days: Vec<Date>,
}

impl<'a> Cited<'a> {
    fn of(sources: impl IntoIterator<Item = &'a Source>) -> Self {
        let mut out = Cited::default();
        for s in sources {
            out.ids.push(&s.id);
            out.days.push(s.published);
        }
        out
    }

    /// The publication day of the source `id`, if listed.
    fn day(&self, id: &str) -> Option<Date> {
        self.ids.at.get(id).map(|&i| self.days[i])
    }
}

/// The decoding side of [`Cited`].
struct CitedIds<'a> {
    ids: Vec<&'a str>,
    days: Vec<Date>,
}

impl<'a> CitedIds<'a> {
    fn of(sources: impl IntoIterator<Item = &'a Source>) -> Self {
        let (ids, days) = sources
            .into_iter()
            .map(|s| (s.id.as_str(), s.published))
            .unzip();
        CitedIds { ids, days }
    }
}

/// Positions in a list of ids, searched by id: the decoder's lookup of a speaker or a source,
/// without a hash map in the widget.
struct Sorted<'a>(Vec<(&'a str, usize)>);

impl<'a> Sorted<'a> {
    fn of(ids: &[&'a str]) -> Self {
        let mut by_id: Vec<(&str, usize)> = ids.iter().copied().zip(0..).collect();
        by_id.sort_unstable();
        Sorted(by_id)
    }

    /// The first position of `id`, as the encoder's [`Ids`] has it.
    fn find(&self, id: &str) -> Option<usize> {
        let k = self.0.partition_point(|(at, _)| *at < id);
        self.0.get(k).filter(|(at, _)| *at == id).map(|(_, i)| *i)
    }
}

/// The decoding side of [`Ids`].
fn take(r: &mut Reader<'_>, ids: &[&str]) -> Result<String, PackError> {
    take_at(r, ids).map(|(id, _)| id)
}

/// [`take`], and the id's position in `ids` when it is there.
fn take_at(r: &mut Reader<'_>, ids: &[&str]) -> Result<(String, Option<usize>), PackError> {
    let i = r.index(ids.len() + 1)?;
    match ids.get(i) {
        Some(id) => Ok(((*id).to_owned(), Some(i))),
        None => Ok((r.str()?, None)),
    }
}

fn take_opt(r: &mut Reader<'_>, ids: &[&str]) -> Result<Option<String>, PackError> {
    take_opt_at(r, ids).map(|id| id.map(|(id, _)| id))
}

/// [`take_opt`], and the id's position in `ids` when it is there.
fn take_opt_at(
    r: &mut Reader<'_>,
    ids: &[&str],
) -> Result<Option<(String, Option<usize>)>, PackError> {
    match r.index(ids.len() + 2)? {
        0 => Ok(None),
        i => match ids.get(i - 1) {
            Some(id) => Ok(Some(((*id).to_owned(), Some(i - 1)))),
            None => Ok(Some((r.str()?, None))),
        },
    }
}

fn take_all(r: &mut Reader<'_>, ids: &[&str]) -> Result<Vec<String>, PackError> {
    list(r, |r| take(r, ids))
}

/// The bytes that stand for parts in an id or a text written by [`put_id`], in order: the control
/// bytes but tab, line feed and carriage return, which texts may hold.
const PART_BYTES: [u8; 28] = [
    1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
    30, 31,
];

/// The position in a list of parts that byte `b` stands for, if it stands for one.
fn part_at(b: u8) -> Option<usize> {
    match b {
        0 | 9 | 10 | 13 | 32.. => None,
        b => Some(
            usize::from(b - 1) - usize::from(b > 9) - usize::from(b > 10) - usize::from(b > 13),
        ),
    }
}

/// An item's id (or a text) without the parts it repeats from the item's own fields: each of
/// `parts` found in it, in order, is written as the byte of its position plus one (an id is
/// mostly its kind, its day and its place, or its speaker and its day:
/// `meeting-2025-01-27-auschwitz-birkenau` is written as `\1-\2-\3`; an event's title and
/// summary mostly name its participants and its place, [`text_parts`]). Ids are letters, digits
/// and hyphens; an id or text holding a 0 or one of [`PART_BYTES`] is written whole after a 0.
fn put_id(w: &mut Writer, id: &str, parts: &[&str]) {
    if id.bytes().any(|b| b == 0 || part_at(b).is_some()) {
        let mut whole = Vec::with_capacity(id.len() + 1);
        whole.push(0);
        whole.extend_from_slice(id.as_bytes());
        w.raw(&whole);
        return;
    }
    // Every occurrence of any part, in any order; the longest where several start at one place
    // ("Volodymyr Zelensky" before "Zelensky").
    let parts: Vec<(u8, &str)> = PART_BYTES
        .into_iter()
        .zip(parts.iter().copied())
        .filter(|(_, p)| !p.is_empty())
        .collect();
    let mut out = Vec::with_capacity(id.len());
    let mut rest = id;
    while let Some(c) = rest.chars().next() {
        let found = parts
            .iter()
            .filter(|(_, p)| rest.starts_with(p))
            .max_by_key(|(_, p)| p.len());
        match found {
            Some(&(code, part)) => {
                out.push(code);
                rest = &rest[part.len()..];
            }
            None => {
                out.extend_from_slice(&rest.as_bytes()[..c.len_utf8()]);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out.extend_from_slice(rest.as_bytes());
    w.raw(&out);
}

/// The decoding side of [`put_id`].
fn take_id(r: &mut Reader<'_>, parts: &[&str]) -> Result<String, PackError> {
    let bytes = match r.raw()? {
        [0, whole @ ..] => whole.to_vec(),
        written => {
            let mut out = Vec::with_capacity(written.len() + 24);
            for &b in written {
                match part_at(b) {
                    Some(i) => {
                        out.extend_from_slice(parts.get(i).ok_or(PackError::Corrupt)?.as_bytes())
                    }
                    None => out.push(b),
                }
            }
            out
        }
    };
    String::from_utf8(bytes).map_err(|_| PackError::Corrupt)
}

/// A statement's event, as the difference from the previous statement's (statements come in
/// their events' order, so mostly 0 or 1): 0 for none, 1 for an id written out (not in `ids`),
/// else 2 plus the zig-zagged difference.
/// Returns its position in `ids`, if it is there.
fn put_near(w: &mut Writer, ids: &Ids<'_>, id: Option<&str>, prev: &mut usize) -> Option<usize> {
    match id.map(|id| (id, ids.at.get(id))) {
        None => w.len(0),
        Some((id, None)) => {
            w.len(1);
            w.str(id);
        }
        Some((_, Some(&i))) => {
            let d = i as i64 - *prev as i64;
            w.uint(2 + ((d << 1) ^ (d >> 63)) as u64);
            *prev = i;
            return Some(i);
        }
    }
    None
}

/// The decoding side of [`put_near`]: the id, and its position when it is in `ids`.
fn take_near(
    r: &mut Reader<'_>,
    ids: &[&str],
    prev: &mut usize,
) -> Result<(Option<String>, Option<usize>), PackError> {
    match r.uint()? {
        0 => Ok((None, None)),
        1 => Ok((Some(r.str()?), None)),
        v => {
            let z = v - 2;
            let d = (z >> 1) as i64 ^ -((z & 1) as i64);
            let i = (*prev as i64)
                .checked_add(d)
                .and_then(|i| usize::try_from(i).ok())
                .filter(|&i| i < ids.len())
                .ok_or(PackError::Corrupt)?;
            *prev = i;
            Ok((Some(ids[i].to_owned()), Some(i)))
        }
    }
}

/// An id that is mostly one of `own` (a statement's speaker among its event's participants, its
/// source among the event's sources): its position there plus one, else 0 and the id by `ids`.
fn put_among(w: &mut Writer, own: &[String], ids: &Ids<'_>, id: &str) {
    match own.iter().position(|o| o == id) {
        Some(j) => w.len(j + 1),
        None => {
            w.len(0);
            ids.put(w, id);
        }
    }
}

/// The decoding side of [`put_among`].
fn take_among(r: &mut Reader<'_>, own: &[String], ids: &[&str]) -> Result<String, PackError> {
    match r.index(own.len() + 1)? {
        0 => take(r, ids),
        j => Ok(own[j - 1].clone()),
    }
}

/// Ids that are mostly some of `own` in its order (a statement's topics among its event's): the
/// mask of their positions plus one, else 0 and the ids by `ids`.
fn put_some_of(w: &mut Writer, own: &[String], ids: &Ids<'_>, these: &[String]) {
    let mut mask: u64 = 0;
    let mut next = 0;
    for id in these {
        match own[next.min(own.len())..].iter().position(|o| o == id) {
            Some(j) if next + j < 63 => {
                mask |= 1 << (next + j);
                next += j + 1;
            }
            _ => {
                w.len(0);
                ids.put_all(w, these);
                return;
            }
        }
    }
    w.uint(mask + 1);
}

/// The decoding side of [`put_some_of`].
fn take_some_of(
    r: &mut Reader<'_>,
    own: &[String],
    ids: &[&str],
) -> Result<Vec<String>, PackError> {
    let mask = match r.uint()? {
        0 => return take_all(r, ids),
        v => v - 1,
    };
    if own.len() < 64 && mask >> own.len() != 0 {
        return Err(PackError::Corrupt);
    }
    Ok(own
        .iter()
        .enumerate()
        .filter(|(j, _)| *j < 63 && mask & 1 << j != 0)
        .map(|(_, o)| o.clone())
        .collect())
}

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

/// The same lists as ids, for the decoder.
struct CatalogueIds<'a> {
    actors: Vec<&'a str>,
    actor_names: Vec<&'a str>,
    actor_roles: Vec<&'a str>,
    actor_sides: Vec<&'a str>,
    places: Vec<&'a str>,
    place_names: Vec<&'a str>,
    topics: Vec<&'a str>,
    sources: CitedIds<'a>,
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

    fn ids(&self) -> CatalogueIds<'a> {
        CatalogueIds {
            actors: id_list(self.actors, |a| &a.id),
            actor_names: id_list(self.actors, |a| &a.name),
            actor_roles: id_list(self.actors, |a| a.role.as_deref().unwrap_or_default()),
            actor_sides: self.side_labels(),
            places: id_list(self.places, |p| &p.id),
            place_names: id_list(self.places, |p| &p.name),
            topics: id_list(self.topics, |t| &t.id),
            sources: CitedIds::of(self.sources),
        }
    }

    fn index(&self) -> Index<'a> {
        Index {
            actors: Ids::of(self.actors, |a| &a.id),
            actor_names: id_list(self.actors, |a| &a.name),
            actor_roles: id_list(self.actors, |a| a.role.as_deref().unwrap_or_default()),
            actor_sides: self.side_labels(),
            places: Ids::of(self.places, |p| &p.id),
            place_names: id_list(self.places, |p| &p.name),
            topics: Ids::of(self.topics, |t| &t.id),
            sources: Cited::of(self.sources),
        }
    }
}

/// The catalogue's positions by id, for the encoder.
struct Index<'a> {
    actors: Ids<'a>,
    actor_names: Vec<&'a str>,
    actor_roles: Vec<&'a str>,
    actor_sides: Vec<&'a str>,
    places: Ids<'a>,
    place_names: Vec<&'a str>,
    topics: Ids<'a>,
    sources: Cited<'a>,
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

fn put_end(w: &mut Writer, when: &When) {
    // 0 for none, else the number of days after the start, zig-zagged, plus one.
    match when.end {
        None => w.uint(0),
        Some(end) => {
            let days = i64::from(end.to_julian_day() - when.date.to_julian_day());
            w.uint(((days << 1) ^ (days >> 63)) as u64 + 1);
        }
    }
}

fn take_end(r: &mut Reader<'_>, date: Date) -> Result<Option<Date>, PackError> {
    match r.uint()? {
        0 => Ok(None),
        v => {
            let v = v - 1;
            let days = ((v >> 1) as i64) ^ -((v & 1) as i64);
            let day = i64::from(date.to_julian_day())
                .checked_add(days)
                .ok_or(PackError::Corrupt)?;
            let day = i32::try_from(day).map_err(|_| PackError::Corrupt)?;
            Date::from_julian_day(day)
                .map(Some)
                .map_err(|_| PackError::Corrupt)
        }
    }
}

/// Days as differences from the day before, starting from day 0 of the Julian calendar.
fn put_day(w: &mut Writer, prev: &mut i64, d: Date) {
    let day = i64::from(d.to_julian_day());
    w.int(day - *prev);
    *prev = day;
}

fn take_day(r: &mut Reader<'_>, prev: &mut i64) -> Result<Date, PackError> {
    let day = prev.checked_add(r.int()?).ok_or(PackError::Corrupt)?;
    *prev = day;
    let day = i32::try_from(day).map_err(|_| PackError::Corrupt)?;
    Date::from_julian_day(day).map_err(|_| PackError::Corrupt)
}

fn put_sources(w: &mut Writer, sources: &[Source]) {
    w.len(sources.len());
    for s in sources {
        w.str(&s.id);
        w.str(&s.outlet);
        w.str(&s.title);
        w.date(s.published);
        w.opt_str(s.published_basis.as_deref());
        w.str(&s.language);
        w.str(&s.file);
        w.opt_str(s.url.as_deref());
    }
}

fn take_sources(r: &mut Reader<'_>) -> Result<Vec<Source>, PackError> {
    list(r, |r| {
        Ok(Source {
            id: r.str()?,
            outlet: r.str()?,
            title: r.str()?,
            published: r.date()?,
            published_basis: r.opt_str()?,
            language: r.str()?,
            file: r.str()?,
            url: r.opt_str()?,
        })
    })
}

/// What an event's title and summary mostly repeat, for [`put_id`]: its participants' names (the
/// first seven), then their last words (\"Zelensky\" of \"Volodymyr Zelensky\"), then its place's
/// name, then its participants' sides (\"talks between Ukraine and Russia\", the first six).
/// `actors` are the participants' names and sides' labels.
fn text_parts<'a>(actors: &[(&'a str, &'a str)], place: &'a str) -> Vec<&'a str> {
    let names = &actors[..actors.len().min(7)];
    let mut parts: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
    parts.extend(names.iter().map(|(n, _)| n.rsplit(' ').next().unwrap_or(n)));
    parts.push(place);
    let mut sides: Vec<&str> = Vec::new();
    for (_, side) in actors {
        if !side.is_empty() && !sides.contains(side) && sides.len() < 6 {
            sides.push(side);
        }
    }
    parts.extend(sides);
    parts
}

/// What a dating note mostly repeats, for [`put_id`]: the days it is about (the item's own, its
/// end, its sources' days of publication) as the articles write them, "27 July 2025"; their
/// weekdays ("on Wednesday"); the item's month ("in July 2025").
fn date_parts(days: impl IntoIterator<Item = Date>) -> Vec<String> {
    let mut seen: Vec<Date> = Vec::new();
    for d in days {
        if !seen.contains(&d) && seen.len() < 6 {
            seen.push(d);
        }
    }
    let mut parts: Vec<String> = seen.iter().map(|&d| crate::day_month_year(d)).collect();
    let mut weekdays = Vec::new();
    for d in &seen {
        if !weekdays.contains(&d.weekday()) {
            weekdays.push(d.weekday());
        }
    }
    parts.extend(weekdays.iter().map(|&w| crate::weekday_name(w).to_owned()));
    parts.extend(seen.first().map(|&d| crate::month_year(d)));
    parts
}

/// An optional text by [`put_id`]. The parts are worked out only for a text that is there: a
/// dating note's are its days written out ([`date_parts`]), for every item that has one.
fn put_opt_text<S: AsRef<str>>(w: &mut Writer, text: Option<&str>, parts: impl FnOnce() -> Vec<S>) {
    w.bool(text.is_some());
    if let Some(text) = text {
        put_id(w, text, &str_parts(&parts()));
    }
}

/// The decoding side of [`put_opt_text`].
fn take_opt_text<S: AsRef<str>>(
    r: &mut Reader<'_>,
    parts: impl FnOnce() -> Vec<S>,
) -> Result<Option<String>, PackError> {
    if !r.bool()? {
        return Ok(None);
    }
    take_id(r, &str_parts(&parts())).map(Some)
}

/// Parts as `put_id` and `take_id` take them.
fn str_parts<S: AsRef<str>>(parts: &[S]) -> Vec<&str> {
    parts.iter().map(AsRef::as_ref).collect()
}

/// The days a dating note is about: the item's own, its end, then `more`.
fn item_days(when: &When, more: impl IntoIterator<Item = Date>) -> impl Iterator<Item = Date> {
    std::iter::once(when.date).chain(when.end).chain(more)
}

/// [`text_parts`] of an event, for the encoder: of the catalogue's actors and place only, as the
/// decoder knows no other.
fn event_parts<'a>(e: &Event, cat: &Index<'a>) -> Vec<&'a str> {
    let actors: Vec<(&str, &str)> = e
        .participants
        .iter()
        .filter_map(|id| cat.actors.at.get(id.as_str()))
        .map(|&i| (cat.actor_names[i], cat.actor_sides[i]))
        .collect();
    let place = e.place.as_deref().and_then(|id| cat.places.at.get(id));
    text_parts(&actors, place.map_or("", |&i| cat.place_names[i]))
}

/// Events, column by column; `sources` are every source they may cite.
/// Returns each event's [`text_parts`], which its statements' texts repeat too.
fn put_events<'a>(
    w: &mut Writer,
    events: &[Event],
    cat: &Index<'a>,
    sources: &Cited<'_>,
) -> Vec<Vec<&'a str>> {
    w.len(events.len());
    for e in events {
        // Kind, status and precision in one byte: 2, 2 and 3 bits.
        w.byte(e.kind as u8 | (e.status as u8) << 2 | (e.when.precision as u8) << 4);
    }
    let mut prev = 0;
    for e in events {
        put_day(w, &mut prev, e.when.date);
        put_end(w, &e.when);
    }
    for e in events {
        cat.places.put_opt(w, e.place.as_deref());
    }
    for e in events {
        // What an event's id may repeat: its kind, its day and its place.
        let day = crate::iso(e.when.date);
        let place = e.place.as_deref().unwrap_or_default();
        put_id(w, &e.id, &[e.kind.as_str(), &day, place]);
    }
    for e in events {
        cat.actors.put_all(w, &e.participants);
    }
    for e in events {
        cat.topics.put_all(w, &e.topics);
    }
    for e in events {
        sources.ids.put_all(w, &e.sources);
    }
    let parts: Vec<Vec<&str>> = events.iter().map(|e| event_parts(e, cat)).collect();
    for (e, parts) in events.iter().zip(&parts) {
        put_id(w, &e.title, parts);
    }
    for (e, parts) in events.iter().zip(&parts) {
        put_id(w, &e.summary, parts);
    }
    for e in events {
        w.opt_str(e.outcome.as_deref());
    }
    for e in events {
        let days = || item_days(&e.when, e.sources.iter().filter_map(|id| sources.day(id)));
        put_opt_text(w, e.date_basis.as_deref(), || date_parts(days()));
    }
    for e in events {
        w.opt_str(e.place_basis.as_deref());
    }
    // Columns that are mostly empty, so their zeros sit together for gzip.
    for e in events {
        put_corrections(w, &e.corrections);
    }
    for e in events {
        w.opt_str(e.search_en.as_deref());
    }
    parts
}

/// An item's corrections: a count, then each one's day and text.
fn put_corrections(w: &mut Writer, corrections: &[Correction]) {
    w.len(corrections.len());
    for c in corrections {
        w.date(c.date);
        w.str(&c.text);
    }
}

fn take_corrections(r: &mut Reader<'_>) -> Result<Vec<Correction>, PackError> {
    list(r, |r| {
        Ok(Correction {
            date: r.date()?,
            text: r.str()?,
        })
    })
}

/// The dataset's credit, date and language.
fn put_edition(w: &mut Writer, e: &Edition) {
    w.str(&e.lang);
    w.opt_str(e.credit.as_deref());
    w.bool(e.updated.is_some());
    if let Some(d) = e.updated {
        w.date(d);
    }
    w.len(e.english.len());
    for key in &e.english {
        w.str(key);
    }
}

fn take_edition(r: &mut Reader<'_>) -> Result<Edition, PackError> {
    Ok(Edition {
        lang: r.str()?,
        credit: r.opt_str()?,
        updated: if r.bool()? { Some(r.date()?) } else { None },
        english: list(r, Reader::str)?,
    })
}

/// Events, and each one's [`text_parts`] (which its statements' texts repeat too).
fn take_events<'a>(
    r: &mut Reader<'_>,
    cat: &CatalogueIds<'a>,
    sources: &CitedIds<'_>,
) -> Result<(Vec<Event>, Vec<Vec<&'a str>>), PackError> {
    let n = r.count()?;
    let mut events = Vec::with_capacity(n);
    for _ in 0..n {
        events.push(Event {
            id: String::new(),
            kind: EventKind::Meeting,
            status: Status::Held,
            title: String::new(),
            summary: String::new(),
            outcome: None,
            when: When {
                date: Date::MIN,
                precision: Precision::Day,
                end: None,
            },
            date_basis: None,
            place: None,
            place_basis: None,
            participants: Vec::new(),
            topics: Vec::new(),
            sources: Vec::new(),
            corrections: Vec::new(),
            search_en: None,
        });
    }
    for e in &mut events {
        let b = r.byte()?;
        e.kind = *KINDS.get(usize::from(b & 3)).ok_or(PackError::Corrupt)?;
        e.status = *STATUSES
            .get(usize::from(b >> 2 & 3))
            .ok_or(PackError::Corrupt)?;
        e.when.precision = *PRECISIONS
            .get(usize::from(b >> 4))
            .ok_or(PackError::Corrupt)?;
    }
    let mut prev = 0;
    for e in &mut events {
        e.when.date = take_day(r, &mut prev)?;
        e.when.end = take_end(r, e.when.date)?;
    }
    // The catalogue's place and actors of each event, for its title and summary.
    let mut names: Vec<(&str, Vec<(&str, &str)>)> = Vec::with_capacity(n);
    for e in &mut events {
        let place = take_opt_at(r, &cat.places)?;
        let name = place
            .as_ref()
            .and_then(|(_, at)| at.map(|i| cat.place_names[i]));
        names.push((name.unwrap_or_default(), Vec::new()));
        e.place = place.map(|(id, _)| id);
    }
    for e in &mut events {
        let day = crate::iso(e.when.date);
        let place = e.place.as_deref().unwrap_or_default();
        e.id = take_id(r, &[e.kind.as_str(), &day, place])?;
    }
    for (e, (_, actors)) in events.iter_mut().zip(&mut names) {
        e.participants = list(r, |r| {
            let (id, at) = take_at(r, &cat.actors)?;
            actors.extend(at.map(|i| (cat.actor_names[i], cat.actor_sides[i])));
            Ok(id)
        })?;
    }
    let parts: Vec<Vec<&str>> = names
        .iter()
        .map(|(place, actors)| text_parts(actors, place))
        .collect();
    for e in &mut events {
        e.topics = take_all(r, &cat.topics)?;
    }
    let mut cited_days: Vec<Vec<Date>> = Vec::with_capacity(n);
    for e in &mut events {
        let mut days = Vec::new();
        e.sources = list(r, |r| {
            let (id, at) = take_at(r, &sources.ids)?;
            days.extend(at.map(|i| sources.days[i]));
            Ok(id)
        })?;
        cited_days.push(days);
    }
    for (e, parts) in events.iter_mut().zip(&parts) {
        e.title = take_id(r, parts)?;
    }
    for (e, parts) in events.iter_mut().zip(&parts) {
        e.summary = take_id(r, parts)?;
    }
    for e in &mut events {
        e.outcome = r.opt_str()?;
    }
    for (e, days) in events.iter_mut().zip(cited_days) {
        e.date_basis = take_opt_text(r, || date_parts(item_days(&e.when, days)))?;
    }
    for e in &mut events {
        e.place_basis = r.opt_str()?;
    }
    for e in &mut events {
        e.corrections = take_corrections(r)?;
    }
    for e in &mut events {
        e.search_en = r.opt_str()?;
    }
    Ok((events, parts))
}

/// Statements, column by column; `events` are those of the same file.
fn put_statements(
    w: &mut Writer,
    statements: &[Statement],
    cat: &Index<'_>,
    sources: &Cited<'_>,
    events: &Ids<'_>,
    event_items: &[Event],
    event_parts: &[Vec<&str>],
) {
    w.len(statements.len());
    // Each statement's event first: its speaker, topics and source are mostly the event's.
    let mut prev = 0;
    let event_at: Vec<Option<usize>> = statements
        .iter()
        .map(|s| {
            put_near(w, events, s.event.as_deref(), &mut prev).filter(|&i| i < event_items.len())
        })
        .collect();
    let field =
        |i: usize, f: fn(&Event) -> &[String]| event_at[i].map_or(&[][..], |e| f(&event_items[e]));
    for (i, s) in statements.iter().enumerate() {
        put_among(w, field(i, |e| &e.participants), &cat.actors, &s.speaker);
    }
    let mut prev = 0;
    for s in statements {
        put_day(w, &mut prev, s.when.date);
        put_end(w, &s.when);
        // Precision, channel and paraphrase in one byte: 3, 3 and 1 bits.
        w.byte(s.when.precision as u8 | (s.channel as u8) << 3 | u8::from(s.paraphrase) << 6);
    }
    for s in statements {
        // What a statement's id may repeat: its speaker and its day.
        put_id(w, &s.id, &[&s.speaker, &crate::iso(s.when.date)]);
    }
    for (i, s) in statements.iter().enumerate() {
        put_some_of(w, field(i, |e| &e.topics), &cat.topics, &s.topics);
    }
    for (i, s) in statements.iter().enumerate() {
        put_among(w, field(i, |e| &e.sources), &sources.ids, &s.source);
    }
    // A quote or its context often names its speaker ('According to Thomas Krüger, ...'), and
    // the others at its event.
    let parts = |(i, s): (usize, &Statement)| {
        let at = cat.actors.at.get(s.speaker.as_str()).copied();
        let speaker = at.map(|i| (cat.actor_names[i], cat.actor_roles[i], cat.actor_sides[i]));
        let mut parts = speaker_parts(speaker);
        if let Some(e) = event_at[i] {
            parts.extend_from_slice(&event_parts[e]);
        }
        parts
    };
    let parts: Vec<Vec<&str>> = statements.iter().enumerate().map(parts).collect();
    for (s, parts) in statements.iter().zip(&parts) {
        put_id(w, &s.quote, parts);
    }
    for (s, parts) in statements.iter().zip(&parts) {
        put_opt_text(w, s.context.as_deref(), || parts.clone());
    }
    for s in statements {
        let days = || item_days(&s.when, sources.day(&s.source));
        put_opt_text(w, s.date_basis.as_deref(), || date_parts(days()));
    }
    for s in statements {
        w.opt_str(s.translation.as_deref());
    }
    for s in statements {
        put_corrections(w, &s.corrections);
    }
}

/// What a statement's quote and context may repeat, for [`put_id`]: its speaker's name, role,
/// name's last word and side (none for a speaker not in the catalogue, which the decoder cannot
/// name); then its event's [`text_parts`].
fn speaker_parts<'a>(speaker: Option<(&'a str, &'a str, &'a str)>) -> Vec<&'a str> {
    speaker.map_or_else(Vec::new, |(name, role, side)| {
        vec![name, role, name.rsplit(' ').next().unwrap_or(name), side]
    })
}

fn take_statements(
    r: &mut Reader<'_>,
    cat: &CatalogueIds<'_>,
    sources: &CitedIds<'_>,
    events: &[&str],
    event_items: &[Event],
    event_parts: &[Vec<&str>],
) -> Result<Vec<Statement>, PackError> {
    let n = r.count()?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(Statement {
            id: String::new(),
            speaker: String::new(),
            when: When {
                date: Date::MIN,
                precision: Precision::Day,
                end: None,
            },
            date_basis: None,
            channel: Channel::Statement,
            quote: String::new(),
            paraphrase: false,
            context: None,
            event: None,
            topics: Vec::new(),
            source: String::new(),
            translation: None,
            corrections: Vec::new(),
        });
    }
    let mut prev = 0;
    let mut event_at = Vec::with_capacity(n);
    for s in &mut out {
        let (event, at) = take_near(r, events, &mut prev)?;
        s.event = event;
        event_at.push(at.filter(|&i| i < event_items.len()));
    }
    let field =
        |i: usize, f: fn(&Event) -> &[String]| event_at[i].map_or(&[][..], |e| f(&event_items[e]));
    for (i, s) in out.iter_mut().enumerate() {
        s.speaker = take_among(r, field(i, |e| &e.participants), &cat.actors)?;
    }
    let mut prev = 0;
    for s in &mut out {
        s.when.date = take_day(r, &mut prev)?;
        s.when.end = take_end(r, s.when.date)?;
        let b = r.byte()?;
        s.when.precision = *PRECISIONS
            .get(usize::from(b & 7))
            .ok_or(PackError::Corrupt)?;
        s.channel = *CHANNELS
            .get(usize::from(b >> 3 & 7))
            .ok_or(PackError::Corrupt)?;
        s.paraphrase = match b >> 6 {
            0 => false,
            1 => true,
            _ => return Err(PackError::Corrupt),
        };
    }
    for s in &mut out {
        s.id = take_id(r, &[&s.speaker, &crate::iso(s.when.date)])?;
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.topics = take_some_of(r, field(i, |e| &e.topics), &cat.topics)?;
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.source = take_among(r, field(i, |e| &e.sources), &sources.ids)?;
    }
    // Speakers by id, for their names: sorted once, searched per statement.
    let actors = Sorted::of(&cat.actors);
    let parts = |(i, s): (usize, &Statement)| {
        let at = actors.find(&s.speaker);
        let speaker = at.map(|i| (cat.actor_names[i], cat.actor_roles[i], cat.actor_sides[i]));
        let mut parts = speaker_parts(speaker);
        if let Some(e) = event_at[i] {
            parts.extend_from_slice(&event_parts[e]);
        }
        parts
    };
    let parts: Vec<Vec<&str>> = out.iter().enumerate().map(parts).collect();
    for (s, parts) in out.iter_mut().zip(&parts) {
        s.quote = take_id(r, parts)?;
    }
    for (s, parts) in out.iter_mut().zip(&parts) {
        s.context = take_opt_text(r, || parts.clone())?;
    }
    let by_id = Sorted::of(&sources.ids);
    for s in &mut out {
        s.date_basis = take_opt_text(r, || {
            let day = by_id.find(&s.source).map(|i| sources.days[i]);
            date_parts(item_days(&s.when, day))
        })?;
    }
    for s in &mut out {
        s.translation = r.opt_str()?;
    }
    for s in &mut out {
        s.corrections = take_corrections(r)?;
    }
    Ok(out)
}

/// The bytes of a core file.
pub(crate) fn encode_core(core: &super::Core) -> Vec<u8> {
    let mut w = Writer::default();
    w.uint(u64::from(FORMAT));
    w.str(&core.name);
    w.str(&core.description);
    put_edition(&mut w, &core.edition);
    let t = core.totals;
    for n in [t.events, t.statements, t.claims, t.sources] {
        w.uint(u64::from(n));
    }
    w.bool(core.span.is_some());
    if let Some((first, last)) = core.span {
        w.date(first);
        w.date(last);
    }
    let sides = Ids::of(&core.sides, |s| &s.id);
    w.len(core.sides.len());
    for s in &core.sides {
        w.str(&s.id);
        w.str(&s.label);
        w.opt_str(s.country.as_deref());
    }
    put_sources(&mut w, &core.sources);
    w.len(core.actors.len());
    for a in &core.actors {
        w.str(&a.id);
        w.str(&a.name);
        w.byte(a.kind as u8);
        w.opt_str(a.role.as_deref());
        w.opt_str(a.country.as_deref());
        sides.put(&mut w, &a.side);
    }
    w.len(core.places.len());
    for p in &core.places {
        w.str(&p.id);
        w.str(&p.name);
        w.str(&p.country);
        w.f64(p.lat);
        w.f64(p.lon);
        w.len(p.capital_of.len());
        for c in &p.capital_of {
            w.str(c);
        }
    }
    w.len(core.placements.len());
    for at in &core.placements {
        w.f32(at.x);
        w.f32(at.y);
        w.bool(at.bearing.is_some());
        if let Some(b) = at.bearing {
            w.f32(b);
        }
    }
    w.len(core.topics.len());
    for t in &core.topics {
        w.str(&t.id);
        w.str(&t.label);
    }
    let cat = core.catalogue().index();
    let events = Ids::of(&core.events, |e| &e.id);
    let event_parts = put_events(&mut w, &core.events, &cat, &cat.sources);
    put_statements(
        &mut w,
        &core.statements,
        &cat,
        &cat.sources,
        &events,
        &core.events,
        &event_parts,
    );
    let statements = Ids::of(&core.statements, |s| &s.id);
    w.len(core.claims.len());
    for c in &core.claims {
        w.str(&c.id);
        w.byte(c.kind as u8);
        w.str(&c.title);
        w.str(&c.summary);
        events.put_opt(&mut w, c.event.as_deref());
        w.bool(c.featured);
        w.len(c.terms.len());
        for t in &c.terms {
            w.str(t);
        }
        w.len(c.sides.len());
        for s in &c.sides {
            w.str(&s.label);
            sides.put(&mut w, &s.side);
            w.byte(s.position as u8);
            statements.put_all(&mut w, &s.statements);
            w.opt_str(s.note.as_deref());
        }
        put_corrections(&mut w, &c.corrections);
    }
    w.len(core.chunks.len());
    for c in &core.chunks {
        w.str(&c.file);
        w.date(c.first);
        w.date(c.last);
        w.uint(u64::from(c.events));
    }
    w.bytes
}

fn u32_of(r: &mut Reader<'_>) -> Result<u32, PackError> {
    u32::try_from(r.uint()?).map_err(|_| PackError::Corrupt)
}

/// Reads a core file.
pub(crate) fn decode_core(bytes: &[u8]) -> Result<super::Core, PackError> {
    let r = &mut Reader::new(bytes);
    version(r)?;
    let name = r.str()?;
    let description = r.str()?;
    let edition = take_edition(r)?;
    let totals = Totals {
        events: u32_of(r)?,
        statements: u32_of(r)?,
        claims: u32_of(r)?,
        sources: u32_of(r)?,
    };
    let span = if r.bool()? {
        Some((r.date()?, r.date()?))
    } else {
        None
    };
    let sides = list(r, |r| {
        Ok(Side {
            id: r.str()?,
            label: r.str()?,
            country: r.opt_str()?,
        })
    })?;
    let side_ids = id_list(&sides, |s| &s.id);
    let sources = take_sources(r)?;
    let actors = list(r, |r| {
        Ok(Actor {
            id: r.str()?,
            name: r.str()?,
            kind: r.one_of(&ACTOR_KINDS)?,
            role: r.opt_str()?,
            country: r.opt_str()?,
            side: take(r, &side_ids)?,
        })
    })?;
    let places = list(r, |r| {
        Ok(Place {
            id: r.str()?,
            name: r.str()?,
            country: r.str()?,
            lat: r.f64()?,
            lon: r.f64()?,
            capital_of: list(r, Reader::str)?,
        })
    })?;
    let placements = list(r, |r| {
        Ok(PlaceAt {
            x: r.f32()?,
            y: r.f32()?,
            bearing: if r.bool()? { Some(r.f32()?) } else { None },
        })
    })?;
    let topics = list(r, |r| {
        Ok(Topic {
            id: r.str()?,
            label: r.str()?,
        })
    })?;
    let cat = Catalogue {
        sides: &sides,
        actors: &actors,
        places: &places,
        topics: &topics,
        sources: &sources,
    }
    .ids();
    let (events, event_parts) = take_events(r, &cat, &cat.sources)?;
    let event_ids = id_list(&events, |e| &e.id);
    let statements = take_statements(r, &cat, &cat.sources, &event_ids, &events, &event_parts)?;
    let statement_ids = id_list(&statements, |s| &s.id);
    let claims = list(r, |r| {
        Ok(Claim {
            id: r.str()?,
            kind: r.one_of(&CLAIM_KINDS)?,
            title: r.str()?,
            summary: r.str()?,
            event: take_opt(r, &event_ids)?,
            featured: r.bool()?,
            terms: list(r, Reader::str)?,
            sides: list(r, |r| {
                Ok(ClaimSide {
                    label: r.str()?,
                    side: take(r, &side_ids)?,
                    position: r.one_of(&POSITIONS)?,
                    statements: take_all(r, &statement_ids)?,
                    note: r.opt_str()?,
                })
            })?,
            corrections: take_corrections(r)?,
        })
    })?;
    let chunks = list(r, |r| {
        Ok(ChunkInfo {
            file: r.str()?,
            first: r.date()?,
            last: r.date()?,
            events: u32_of(r)?,
        })
    })?;
    let core = super::Core {
        name,
        description,
        edition,
        sides,
        sources,
        actors,
        places,
        placements,
        topics,
        claims,
        events,
        statements,
        totals,
        span,
        chunks,
    };
    done(r, core)
}

/// The sources a chunk may cite: the core's, then its own.
fn chunk_sources<'a>(cat: &Catalogue<'a>, own: &'a [Source]) -> Cited<'a> {
    Cited::of(cat.sources.iter().chain(own))
}

/// The bytes of a chunk file whose references point into `cat`.
pub(crate) fn encode_chunk(chunk: &super::Chunk, cat: &Catalogue<'_>) -> Vec<u8> {
    let mut w = Writer::default();
    w.uint(u64::from(FORMAT));
    put_sources(&mut w, &chunk.sources);
    let index = cat.index();
    let sources = chunk_sources(cat, &chunk.sources);
    let events = Ids::of(&chunk.events, |e| &e.id);
    let event_parts = put_events(&mut w, &chunk.events, &index, &sources);
    put_statements(
        &mut w,
        &chunk.statements,
        &index,
        &sources,
        &events,
        &chunk.events,
        &event_parts,
    );
    w.bytes
}

/// Reads a chunk file whose references point into `cat`.
pub(crate) fn decode_chunk(bytes: &[u8], cat: &Catalogue<'_>) -> Result<super::Chunk, PackError> {
    let r = &mut Reader::new(bytes);
    version(r)?;
    let sources = take_sources(r)?;
    let ids = cat.ids();
    let all_sources = CitedIds::of(cat.sources.iter().chain(&sources));
    let (events, event_parts) = take_events(r, &ids, &all_sources)?;
    let event_ids = id_list(&events, |e| &e.id);
    let statements = take_statements(r, &ids, &all_sources, &event_ids, &events, &event_parts)?;
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
