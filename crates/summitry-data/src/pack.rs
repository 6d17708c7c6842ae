//! The dataset as the widget downloads it: a small core that the opening view needs, and the
//! remaining events in chunks by time span that it fetches when a reader reaches them.
//!
//! The bytes are laid out by [`codec`]: references as positions in the core's catalogue, and
//! each file's events and statements in columns. The core carries the sources its own items cite;
//! each chunk carries the others its items cite. The core's size grows with the catalogue
//! (actors, places, topics, cited sources) and the number of comparisons (each one's own record;
//! only the opening comparison's statements), not with the number of events beyond what the
//! opening view shows; chunk files are named by their content's hash, so any
//! static host or CDN can cache them for ever.
//!
//! Texts are written without what they repeat from their item's own fields (`codec::put_id`): an
//! id without its kind, day and place; a title, summary or quote without its participants' names,
//! their sides and the place; a dating note without the days it is about.

use time::Date;

use crate::{Actor, Claim, Dataset, Edition, Event, Place, Side, Source, Statement, Topic};

mod codec;
mod wire;

pub use codec::Catalogue;

/// The version of the pack format; the widget refuses a pack of another version.
pub const FORMAT: u32 = 6;

/// Whole-dataset counts, for the header, whatever part of it has arrived.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Events.
    pub events: u32,
    /// Statements.
    pub statements: u32,
    /// Comparisons.
    pub claims: u32,
    /// Sources.
    pub sources: u32,
}

impl Totals {
    /// The counts of `ds`.
    pub fn of(ds: &Dataset) -> Totals {
        let n = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
        Totals {
            events: n(ds.events.len()),
            statements: n(ds.statements.len()),
            claims: n(ds.claims.len()),
            sources: n(ds.sources.len()),
        }
    }
}

/// Where a place is drawn on the map (`summitry_geo::Viewport::europe`), worked out when the
/// core is made, so the widget needs no projection: SVG units, and for a place off the map the
/// point on its edge and the direction the place lies in (degrees clockwise from up).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceAt {
    /// x in the view box.
    pub x: f32,
    /// y in the view box (down).
    pub y: f32,
    /// For a place off the map, its direction.
    pub bearing: Option<f32>,
}

/// Each of `places` on the map, in the same order.
pub fn place_all(places: &[Place]) -> Vec<PlaceAt> {
    use summitry_geo::Placement;
    let vp = summitry_geo::Viewport::europe();
    places
        .iter()
        .map(|p| {
            // f32: a thousandth of a unit is far below a pixel, and the core carries half the bytes.
            let (at, bearing) = match vp.clip_to_edge(p.lat, p.lon) {
                Placement::Inside(at) => (at, None),
                Placement::Edge { at, bearing_deg } => (at, Some(bearing_deg as f32)),
            };
            PlaceAt {
                x: at.x as f32,
                y: at.y as f32,
                bearing,
            }
        })
        .collect()
}

/// One chunk file: where it is and what span of time it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChunkInfo {
    /// File name, relative to the core's folder (`data/`).
    pub file: String,
    /// Its first event's date.
    pub first: Date,
    /// Its last event's date.
    pub last: Date,
    /// How many events it holds.
    pub events: u32,
}

/// What the opening view needs: the catalogue, every comparison's record, the statements of the
/// one the comparison view opens with, the most recent events, and where the rest is.
#[derive(Debug, Clone, PartialEq)]
pub struct Core {
    /// The dataset's title.
    pub name: String,
    /// The dataset's description.
    pub description: String,
    /// Its credit, date and language.
    pub edition: Edition,
    /// Sides.
    pub sides: Vec<Side>,
    /// The sources the core's events and statements cite (and any that nothing cites); chunks
    /// carry the others.
    pub sources: Vec<Source>,
    /// Actors.
    pub actors: Vec<Actor>,
    /// Places.
    pub places: Vec<Place>,
    /// Where each place is drawn, in the order of `places` ([`place_all`]).
    pub placements: Vec<PlaceAt>,
    /// Topics.
    pub topics: Vec<Topic>,
    /// Every comparison.
    pub claims: Vec<Claim>,
    /// The events shipped with the core.
    pub events: Vec<Event>,
    /// The statements shipped with the core.
    pub statements: Vec<Statement>,
    /// Whole-dataset counts.
    pub totals: Totals,
    /// First and last event day of the whole dataset.
    pub span: Option<(Date, Date)>,
    /// The chunks holding every other event, oldest first.
    pub chunks: Vec<ChunkInfo>,
}

/// The events of one span of time, with their statements.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// The sources its items cite that the core does not carry.
    pub sources: Vec<Source>,
    /// Events, in time order.
    pub events: Vec<Event>,
    /// Their statements.
    pub statements: Vec<Statement>,
}

/// Why bytes could not be read as a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// Written by another version of Summitry.
    Version(u32),
    /// Not a pack, or cut short.
    Corrupt,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::Version(v) => write!(f, "data format {v}, expected {FORMAT}"),
            PackError::Corrupt => write!(f, "the data file is damaged or incomplete"),
        }
    }
}

impl Core {
    /// A core holding the whole of `ds`, with no chunks (the build's single-store forms and
    /// native tests).
    pub fn whole(ds: crate::Dataset) -> Core {
        let totals = Totals::of(&ds);
        let span = ds.date_span();
        Core {
            name: ds.name,
            description: ds.description,
            edition: ds.edition,
            sides: ds.sides,
            sources: ds.sources,
            actors: ds.actors,
            placements: place_all(&ds.places),
            places: ds.places,
            topics: ds.topics,
            claims: ds.claims,
            events: ds.events,
            statements: ds.statements,
            totals,
            span,
            chunks: Vec::new(),
        }
    }

    /// Reads a core file.
    pub fn decode(bytes: &[u8]) -> Result<Core, PackError> {
        codec::decode_core(bytes)
    }

    /// The core file's bytes.
    pub fn encode(&self) -> Vec<u8> {
        codec::encode_core(self)
    }

    /// What its chunks refer to.
    pub fn catalogue(&self) -> Catalogue<'_> {
        Catalogue {
            sides: &self.sides,
            actors: &self.actors,
            places: &self.places,
            topics: &self.topics,
            sources: &self.sources,
        }
    }
}

impl Chunk {
    /// Reads a chunk file of the core whose catalogue is `cat`.
    pub fn decode(bytes: &[u8], cat: &Catalogue<'_>) -> Result<Chunk, PackError> {
        codec::decode_chunk(bytes, cat)
    }

    /// The chunk file's bytes, referring to `cat`.
    pub fn encode(&self, cat: &Catalogue<'_>) -> Vec<u8> {
        codec::encode_chunk(self, cat)
    }
}

#[cfg(feature = "load")]
pub use build::*;

#[cfg(feature = "load")]
mod build {
    use std::collections::BTreeSet;

    use super::*;

    /// How the build splits a dataset.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Policy {
        /// A dataset with at most this many events ships whole in the core.
        pub inline_all: usize,
        /// Otherwise the core holds this many of the most recent events...
        pub recent: usize,
        /// ...and the rest go into chunks of this many events.
        pub chunk_events: usize,
    }

    impl Default for Policy {
        fn default() -> Self {
            Policy {
                inline_all: 300,
                recent: 100,
                // Each chunk's gzip learns its words afresh: at 10,000 generated events, chunks
                // of 500 cost 115.6 B gzip per added event, of 2,000 102.3 B, one chunk 94.8 B.
                // A reader who goes beyond the core fetches every chunk (filters and search need
                // every event), so fewer, larger files cost nothing in what is fetched; 2,000
                // keeps a few files at scale, so the views fill in as each arrives.
                chunk_events: 2000,
            }
        }
    }

    /// A packed dataset: the core's bytes and each chunk's file name and bytes.
    #[derive(Debug, Clone)]
    pub struct Pack {
        /// The core.
        pub core: Vec<u8>,
        /// The chunks, oldest first, as (file name, bytes).
        pub chunks: Vec<(String, Vec<u8>)>,
    }

    /// The ids of the sources `events` and `statements` cite.
    fn sources_cited<'a>(events: &'a [Event], statements: &'a [Statement]) -> BTreeSet<&'a str> {
        let by_events = events.iter().flat_map(|e| e.sources.iter());
        let by_statements = statements.iter().map(|s| &s.source);
        by_events.chain(by_statements).map(String::as_str).collect()
    }

    /// A 64-bit FNV-1a hash, for content-addressed file names (not for security).
    pub fn content_hash(bytes: &[u8]) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("{h:016x}")
    }

    /// Splits `ds` by `policy` into a core and chunk files.
    pub fn pack(ds: &Dataset, policy: Policy) -> Pack {
        let mut by_date: Vec<&Event> = ds.events.iter().collect();
        by_date.sort_by_key(|e| e.when.date);
        // The comparison the comparison view opens with stays whole in the core (its statements,
        // their events and its own), so opening that view never waits; another comparison's
        // statements travel with their events, and the widget fetches them when it is opened.
        // Keeping every comparison's would grow the core with the comparisons: at 10,000
        // generated events, 40 comparisons held 252 events and 1,070 statements in it.
        let mut keep: BTreeSet<&str> = BTreeSet::new();
        let opening = Claim::opening(&ds.claims);
        let cited: BTreeSet<&str> = opening
            .iter()
            .flat_map(|c| c.sides.iter().flat_map(|s| s.statements.iter()))
            .map(String::as_str)
            .collect();
        if ds.events.len() <= policy.inline_all {
            keep.extend(ds.events.iter().map(|e| e.id.as_str()));
        } else {
            keep.extend(
                by_date
                    .iter()
                    .rev()
                    .take(policy.recent)
                    .map(|e| e.id.as_str()),
            );
            keep.extend(opening.iter().filter_map(|c| c.event.as_deref()));
            keep.extend(
                ds.statements
                    .iter()
                    .filter(|s| cited.contains(s.id.as_str()))
                    .filter_map(|s| s.event.as_deref()),
            );
        }
        let rest: Vec<&Event> = by_date
            .iter()
            .filter(|e| !keep.contains(e.id.as_str()))
            .copied()
            .collect();
        let groups: Vec<&[&Event]> = rest.chunks(policy.chunk_events.max(1)).collect();
        // Which chunk each event went to; statements follow their event, or their date.
        let chunk_index: std::collections::HashMap<&str, usize> = groups
            .iter()
            .enumerate()
            .flat_map(|(i, g)| g.iter().map(move |e| (e.id.as_str(), i)))
            .collect();
        let chunk_of_event = |id: &str| chunk_index.get(id).copied();
        let chunk_of_date = |d: Date| {
            groups
                .iter()
                .position(|g| g.last().is_some_and(|last| d <= last.when.date))
                .or(groups.len().checked_sub(1))
        };
        let mut core_statements = Vec::new();
        let mut chunk_statements: Vec<Vec<Statement>> = vec![Vec::new(); groups.len()];
        for s in &ds.statements {
            let place = if cited.contains(s.id.as_str()) {
                None
            } else {
                match s.event.as_deref() {
                    Some(e) if keep.contains(e) => None,
                    Some(e) => chunk_of_event(e),
                    None if groups.is_empty() => None,
                    None => chunk_of_date(s.when.date),
                }
            };
            match place {
                None => core_statements.push(s.clone()),
                Some(i) => chunk_statements[i].push(s.clone()),
            }
        }
        let events: Vec<Event> = by_date
            .iter()
            .filter(|e| keep.contains(e.id.as_str()))
            .map(|e| (*e).clone())
            .collect();
        // The core carries the sources its items cite, and those nothing cites (so none is lost);
        // each chunk carries the others its own items cite.
        let in_core = sources_cited(&events, &core_statements);
        let anywhere = sources_cited(&ds.events, &ds.statements);
        let mut core = Core {
            name: ds.name.clone(),
            description: ds.description.clone(),
            edition: ds.edition.clone(),
            sides: ds.sides.clone(),
            sources: ds
                .sources
                .iter()
                .filter(|s| in_core.contains(s.id.as_str()) || !anywhere.contains(s.id.as_str()))
                .cloned()
                .collect(),
            actors: ds.actors.clone(),
            places: ds.places.clone(),
            placements: place_all(&ds.places),
            topics: ds.topics.clone(),
            claims: ds.claims.clone(),
            events,
            statements: core_statements,
            totals: Totals::of(ds),
            span: ds.date_span(),
            chunks: Vec::new(),
        };
        let mut chunks = Vec::new();
        let mut infos = Vec::new();
        let cat = core.catalogue();
        let core_sources: BTreeSet<&str> = core.sources.iter().map(|s| s.id.as_str()).collect();
        for (group, statements) in groups.iter().zip(chunk_statements) {
            let events: Vec<Event> = group.iter().map(|e| (*e).clone()).collect();
            let wanted = sources_cited(&events, &statements);
            let chunk = Chunk {
                sources: ds
                    .sources
                    .iter()
                    .filter(|s| {
                        wanted.contains(s.id.as_str()) && !core_sources.contains(s.id.as_str())
                    })
                    .cloned()
                    .collect(),
                events,
                statements,
            };
            let bytes = chunk.encode(&cat);
            let file = format!("events-{}.bin", content_hash(&bytes));
            infos.push(ChunkInfo {
                file: file.clone(),
                first: group[0].when.date,
                last: group[group.len() - 1].when.date,
                events: u32::try_from(group.len()).unwrap_or(u32::MAX),
            });
            chunks.push((file, bytes));
        }
        core.chunks = infos;
        Pack {
            core: core.encode(),
            chunks,
        }
    }
}
