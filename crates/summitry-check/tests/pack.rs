//! The pack files the widget downloads: whatever the build splits a dataset into reads back to
//! the same dataset, and damaged bytes read as damage.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use summitry_check::load;
use summitry_check::pack::{pack, Policy};
use summitry_data::pack::{Catalogue, Chunk, Core, PackError, FORMAT};
use summitry_data::{
    Channel, Claim, Correction, Dataset, Event, EventKind, Precision, Source, Statement, Status,
    Store, When,
};
use time::Date;

fn real() -> Dataset {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    load(&data).unwrap_or_else(|r| panic!("{r}"))
}

/// A policy that splits even the 13 real events: three in the core, chunks of four.
fn small_chunks() -> Policy {
    Policy {
        inline_all: 0,
        recent: 3,
        chunk_events: 4,
    }
}

/// The real dataset without its comparisons (the opening one stays whole in the core): most of
/// its events then go to chunks.
fn mostly_chunks() -> Dataset {
    let mut ds = real();
    ds.claims.clear();
    ds
}

/// The core and every chunk of `ds` packed by `policy`, read back.
fn unpack(ds: &Dataset, policy: Policy) -> (Core, Vec<Chunk>) {
    let packed = pack(ds, policy);
    let core = Core::decode(&packed.core).expect("the core reads back");
    let chunks = packed
        .chunks
        .iter()
        .map(|(_, b)| Chunk::decode(b, &core.catalogue()).expect("each chunk reads back"))
        .collect();
    (core, chunks)
}

fn by_id<T: Clone>(items: impl IntoIterator<Item = T>, id: fn(&T) -> &str) -> BTreeMap<String, T> {
    items.into_iter().map(|x| (id(&x).to_string(), x)).collect()
}

#[test]
fn a_dataset_split_into_a_core_and_chunks_reads_back_whole() {
    let ds = real();
    let (core, chunks) = unpack(&ds, small_chunks());
    assert!(!chunks.is_empty(), "the real dataset makes chunks");
    assert_eq!(core.catalogue().actors, &ds.actors[..]);
    assert_eq!(
        (core.places.clone(), core.topics.clone()),
        (ds.places.clone(), ds.topics.clone())
    );
    assert_eq!(
        (core.sides.clone(), core.claims.clone()),
        (ds.sides.clone(), ds.claims.clone())
    );

    let events = core
        .events
        .iter()
        .chain(chunks.iter().flat_map(|c| &c.events));
    assert_eq!(
        by_id(events.cloned(), |e| &e.id),
        by_id(ds.events.clone(), |e| &e.id)
    );
    let statements = core
        .statements
        .iter()
        .chain(chunks.iter().flat_map(|c| &c.statements));
    assert_eq!(
        by_id(statements.cloned(), |s| &s.id),
        by_id(ds.statements.clone(), |s| &s.id)
    );
    let sources = core
        .sources
        .iter()
        .chain(chunks.iter().flat_map(|c| &c.sources));
    assert_eq!(
        by_id(sources.cloned(), |s| &s.id),
        by_id(ds.sources.clone(), |s| &s.id)
    );
}

#[test]
fn the_core_holds_the_opening_comparison_whole_and_the_others_arrive_with_their_chunks() {
    let ds = real();
    let packed = pack(&ds, small_chunks());
    let core = Core::decode(&packed.core).unwrap();
    let chunks: Vec<Chunk> = packed
        .chunks
        .iter()
        .map(|(_, b)| Chunk::decode(b, &core.catalogue()).unwrap())
        .collect();
    let store = Store::new(core);
    assert_eq!(
        store.claims(),
        &ds.claims[..],
        "every comparison's own record is in the core"
    );
    let featured: Vec<&Claim> = ds.claims.iter().filter(|c| c.featured).collect();
    assert!(
        !featured.is_empty(),
        "the real dataset features a comparison"
    );
    for c in &featured {
        assert!(store.has_claim(c), "{} is whole in the core", c.id);
    }
    assert!(
        ds.claims.iter().any(|c| !store.has_claim(c)),
        "another comparison waits for its chunks"
    );
    for (i, chunk) in chunks.into_iter().enumerate() {
        store.add_chunk(i, chunk);
    }
    for c in &ds.claims {
        assert!(store.has_claim(c), "{} has arrived with every chunk", c.id);
    }
}

#[test]
fn each_file_carries_the_sources_its_items_cite_and_the_core_none_it_does_not_need() {
    let ds = mostly_chunks();
    let (core, chunks) = unpack(&ds, small_chunks());
    let has = |sources: &[Source], id: &str| sources.iter().any(|s| s.id == id);
    let reachable = |own: &[Source], id: &str| has(&core.sources, id) || has(own, id);
    for e in &core.events {
        assert!(e.sources.iter().all(|s| has(&core.sources, s)), "{}", e.id);
    }
    for c in &chunks {
        for e in &c.events {
            assert!(
                e.sources.iter().all(|s| reachable(&c.sources, s)),
                "{}",
                e.id
            );
        }
        for s in &c.statements {
            assert!(reachable(&c.sources, &s.source), "{}", s.id);
            assert!(!has(&core.sources, &s.source) || !has(&c.sources, &s.source));
        }
    }
    assert!(
        core.sources.len() < ds.sources.len(),
        "sources only chunk items cite stay out of the core"
    );
}

#[test]
fn a_chunk_names_the_catalogue_by_position_not_by_id() {
    let ds = mostly_chunks();
    let packed = pack(&ds, small_chunks());
    let (core, _) = unpack(&ds, small_chunks());
    let count =
        |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).filter(|w| *w == needle).count();
    assert!(packed.chunks.len() >= 2);
    for (_, bytes) in &packed.chunks {
        let chunk = Chunk::decode(bytes, &core.catalogue()).unwrap();
        // The chunk's own words, where an id may also appear (in a title, or inside another id).
        let mut words: Vec<&str> = Vec::new();
        for e in &chunk.events {
            words.extend([&e.id, &e.title, &e.summary].map(String::as_str));
            words.extend(
                [&e.outcome, &e.date_basis, &e.place_basis]
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            );
        }
        for s in &chunk.statements {
            words.extend([&s.id, &s.quote].map(String::as_str));
            words.extend(
                [&s.context, &s.date_basis]
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            );
        }
        let refs = chunk
            .events
            .iter()
            .flat_map(|e| e.participants.iter().chain(&e.topics).chain(&e.place));
        let speakers = chunk.statements.iter().map(|s| &s.speaker);
        for id in refs.chain(speakers) {
            let in_words: usize = words
                .iter()
                .map(|w| count(w.as_bytes(), id.as_bytes()))
                .sum();
            // At most: an item's own id is written without the parts it repeats.
            assert!(
                count(bytes, id.as_bytes()) <= in_words,
                "`{id}` is written out in a chunk"
            );
        }
    }
}

#[test]
fn another_format_is_refused_by_its_number() {
    let ds = real();
    let mut core = pack(&ds, Policy::default()).core;
    assert_eq!(core[0], u8::try_from(FORMAT).unwrap());
    core[0] = 2;
    assert_eq!(Core::decode(&core), Err(PackError::Version(2)));
}

#[test]
fn a_file_cut_short_or_with_bytes_left_over_is_damage() {
    let ds = real();
    let packed = pack(&ds, small_chunks());
    let core = Core::decode(&packed.core).unwrap();
    // Every cut of the core, and of one chunk (a step keeps the test fast).
    for n in (0..packed.core.len()).step_by(7) {
        assert_eq!(
            Core::decode(&packed.core[..n]),
            Err(PackError::Corrupt),
            "cut at {n}"
        );
    }
    let chunk = &packed.chunks[0].1;
    for n in 0..chunk.len() {
        assert_eq!(
            Chunk::decode(&chunk[..n], &core.catalogue()),
            Err(PackError::Corrupt),
            "cut at {n}"
        );
    }
    let mut longer = packed.core.clone();
    longer.push(0);
    assert_eq!(Core::decode(&longer), Err(PackError::Corrupt));
}

#[test]
fn a_chunk_read_against_another_catalogue_is_damage_or_other_data_never_a_panic() {
    let ds = real();
    let packed = pack(&ds, small_chunks());
    let empty = Catalogue {
        sides: &[],
        actors: &[],
        places: &[],
        topics: &[],
        sources: &[],
    };
    for (_, bytes) in &packed.chunks {
        let _ = Chunk::decode(bytes, &empty);
    }
}

fn day(n: i32) -> Date {
    Date::from_julian_day(2_460_000 + n).unwrap()
}

fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,12}"
}

/// An item's id from `extra` and the fields it may repeat (`parts`), in one of four shapes: none
/// of them, all in order (as the datasets' ids are), all in reverse order, or with a byte the
/// writer uses for a part.
fn shaped(shape: u8, parts: &[&str], extra: &str) -> String {
    match shape {
        0 => extra.to_string(),
        1 => format!("{}-{extra}", parts.join("-")),
        2 => {
            let mut back = parts.to_vec();
            back.reverse();
            format!("{}{extra}", back.join("-"))
        }
        _ => format!("{extra}\u{1}{}\u{0}", parts[0]),
    }
}

fn text() -> impl Strategy<Value = String> {
    // Any text: quotes carry every script, quote mark and dash.
    any::<String>()
}

/// An id from the catalogue most of the time, else one it does not hold (the escape).
fn reference(known: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(known).prop_map(str::to_string),
        1 => id(),
    ]
}

const ACTORS: &[&str] = &["zelensky", "macron", "kremlin"];
const PLACES: &[&str] = &["kyiv", "istanbul"];
const TOPICS: &[&str] = &["peace-talks", "sanctions"];
const SOURCES: &[&str] = &["src-a", "src-b"];

fn when() -> impl Strategy<Value = When> {
    (
        -3000i32..3000,
        proptest::sample::select(Precision::ALL.to_vec()),
        proptest::option::of(-50i32..400),
    )
        .prop_map(|(d, precision, end)| When {
            date: day(d),
            precision,
            end: end.map(|e| day(d + e)),
        })
}

fn event() -> impl Strategy<Value = Event> {
    (
        (
            id(),
            proptest::sample::select(EventKind::ALL.to_vec()),
            0u8..4,
        ),
        proptest::sample::select(Status::ALL.to_vec()),
        (text(), text(), proptest::option::of(text())),
        when(),
        (
            proptest::option::of(text()),
            proptest::option::of(reference(PLACES)),
        ),
        proptest::option::of(text()),
        (
            proptest::collection::vec(reference(ACTORS), 0..5),
            proptest::collection::vec(reference(TOPICS), 0..3),
            proptest::collection::vec(reference(SOURCES), 0..3),
        ),
        (
            proptest::collection::vec(correction(), 0..3),
            proptest::option::of(text()),
        ),
    )
        .prop_map(
            |(
                (extra, kind, shape),
                status,
                (title, summary, outcome),
                when,
                (date_basis, place),
                place_basis,
                (participants, topics, sources),
                (corrections, search_en),
            )| Event {
                id: shaped(
                    shape,
                    &[
                        kind.as_str(),
                        &summitry_data::iso(when.date),
                        place.as_deref().unwrap_or_default(),
                    ],
                    &extra,
                ),
                kind,
                status,
                title,
                summary,
                outcome,
                when,
                date_basis,
                place,
                place_basis,
                participants,
                topics,
                sources,
                corrections,
                search_en,
            },
        )
}

fn correction() -> impl Strategy<Value = Correction> {
    (when(), text()).prop_map(|(w, text)| Correction { date: w.date, text })
}

fn statement(events: Vec<String>) -> impl Strategy<Value = Statement> {
    let event = if events.is_empty() {
        proptest::option::of(id()).boxed()
    } else {
        proptest::option::of(prop_oneof![4 => proptest::sample::select(events), 1 => id()]).boxed()
    };
    (
        (
            (id(), 0u8..4),
            reference(ACTORS),
            when(),
            proptest::option::of(text()),
        ),
        proptest::sample::select(Channel::ALL.to_vec()),
        (text(), any::<bool>(), proptest::option::of(text())),
        event,
        proptest::collection::vec(reference(TOPICS), 0..3),
        reference(SOURCES),
        (
            proptest::option::of(text()),
            proptest::collection::vec(correction(), 0..3),
        ),
    )
        .prop_map(
            |(
                ((extra, shape), speaker, when, date_basis),
                channel,
                (quote, paraphrase, context),
                event,
                topics,
                source,
                (translation, corrections),
            )| Statement {
                id: shaped(shape, &[&speaker, &summitry_data::iso(when.date)], &extra),
                speaker,
                when,
                date_basis,
                channel,
                quote,
                paraphrase,
                context,
                event,
                topics,
                source,
                translation,
                corrections,
            },
        )
}

fn chunk() -> impl Strategy<Value = Chunk> {
    proptest::collection::vec(event(), 0..6).prop_flat_map(|events| {
        let ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
        (
            Just(events),
            proptest::collection::vec(statement(ids), 0..6),
        )
            .prop_map(|(events, statements)| Chunk {
                sources: vec![],
                events,
                statements,
            })
    })
}

/// A catalogue holding the ids `reference` picks from.
fn catalogue(ds: &Dataset) -> Core {
    let mut core = Core::whole(ds.clone());
    let rename = |n: usize, ids: &[&str]| ids[n % ids.len()].to_string();
    for (i, a) in core.actors.iter_mut().enumerate().take(ACTORS.len()) {
        a.id = rename(i, ACTORS);
    }
    core.actors.truncate(ACTORS.len());
    for (i, p) in core.places.iter_mut().enumerate().take(PLACES.len()) {
        p.id = rename(i, PLACES);
    }
    core.places.truncate(PLACES.len());
    for (i, t) in core.topics.iter_mut().enumerate().take(TOPICS.len()) {
        t.id = rename(i, TOPICS);
    }
    core.topics.truncate(TOPICS.len());
    core.sources.truncate(1);
    core.sources[0].id = SOURCES[0].to_string();
    core
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_chunk_reads_back_exactly(mut chunk in chunk(), own in any::<bool>()) {
        let core = catalogue(&real());
        if own {
            // The second source is the chunk's own.
            let mut s = core.sources[0].clone();
            s.id = SOURCES[1].to_string();
            chunk.sources.push(s);
        }
        let bytes = chunk.encode(&core.catalogue());
        prop_assert_eq!(Chunk::decode(&bytes, &core.catalogue()), Ok(chunk));
    }

    #[test]
    fn any_change_to_a_chunk_reads_as_data_or_damage_never_a_panic(
        chunk in chunk(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let core = catalogue(&real());
        let mut bytes = chunk.encode(&core.catalogue());
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let _ = Chunk::decode(&bytes, &core.catalogue());
    }

    #[test]
    fn any_bytes_read_as_a_core_or_as_damage_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let mut bytes = bytes;
        if let Some(b) = bytes.first_mut() {
            *b = u8::try_from(FORMAT).unwrap();
        }
        let _ = Core::decode(&bytes);
    }
}

/// Writes the `pack` fuzz target's seeds (`fuzz/seeds/pack/`): the real dataset's core and its
/// first chunk, each behind the byte that picks its kind. Run after a format change with
/// `cargo test -p summitry-check --test pack -- --ignored`.
#[test]
#[ignore = "writes the fuzz seeds; run by hand after a format change"]
fn write_fuzz_seeds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/pack");
    std::fs::create_dir_all(&dir).unwrap();
    let packed = pack(&real(), small_chunks());
    let with_kind = |kind: u8, bytes: &[u8]| [&[kind], bytes].concat();
    std::fs::write(dir.join("core"), with_kind(0, &packed.core)).unwrap();
    std::fs::write(dir.join("chunk"), with_kind(1, &packed.chunks[0].1)).unwrap();
}
