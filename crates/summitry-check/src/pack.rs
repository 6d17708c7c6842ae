//! How the build splits a dataset into the files the widget downloads (the format is
//! `summitry_data::pack`'s): a core with what the opening view needs, and the other events in
//! chunks by time span, each named by its content's hash.

use std::collections::BTreeSet;

use summitry_data::pack::{place_all, Chunk, ChunkInfo, Core, Totals};
use summitry_data::{Claim, Dataset, Event, Statement};
use time::Date;

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
                .filter(|s| wanted.contains(s.id.as_str()) && !core_sources.contains(s.id.as_str()))
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
