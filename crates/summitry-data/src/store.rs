//! The dataset as the widget holds it while it runs: the catalogue (sides, sources, actors,
//! places, topics, comparisons) from the start, and events and statements as they arrive in
//! chunks ([`crate::pack`]).
//!
//! Everything the store hands out is `&'static`: each arrival is leaked once and never freed, so
//! views can keep references for the page's life and a new chunk never invalidates them. Lookups
//! by id are binary searches over sorted tables, built once per arrival, never linear scans.

use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

use time::Date;

use crate::pack::{Catalogue, Chunk, ChunkInfo, Core, PlaceAt, Totals};
use crate::{
    Actor, Claim, Dataset, Edition, Event, Place, Side, Source, Statement, Topic, MAX_ID_LEN,
};

/// A sorted `(id, item)` table for binary-search lookups.
#[derive(Debug)]
struct ById<T: 'static>(Vec<(&'static str, &'static T)>);

impl<T> Default for ById<T> {
    fn default() -> Self {
        ById(Vec::new())
    }
}

impl<T> ById<T> {
    fn of(items: &'static [T], id: fn(&T) -> &str) -> Self {
        let mut table = ById(Vec::with_capacity(items.len()));
        table.extend(items, id);
        table
    }

    fn extend(&mut self, items: &'static [T], id: fn(&T) -> &str) {
        // Stable, so the first of two items with one id (which the validator forbids) wins.
        let new = items.iter().map(|x| (id(x), x));
        crate::order::extend_sorted(&mut self.0, new, |a, b| a.0.cmp(b.0));
        self.0.dedup_by(|later, first| later.0 == first.0);
    }

    fn get(&self, id: &str) -> Option<&'static T> {
        // Ids longer than a link allows cannot be in the dataset: no search needed.
        if id.len() > MAX_ID_LEN {
            return None;
        }
        self.0
            .binary_search_by(|(k, _)| (*k).cmp(id))
            .ok()
            .map(|i| self.0[i].1)
    }
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// What arrives over time: events, statements, and which chunks are in.
#[derive(Debug, Default)]
struct Arrived {
    /// Every event so far, in time order (ties keep arrival order).
    by_date: Vec<&'static Event>,
    events: ById<Event>,
    statements: ById<Statement>,
    /// The core's sources, then each chunk's own.
    sources: ById<Source>,
    /// Statements sorted by (event id, date), for an event's statements.
    by_event: Vec<(&'static str, &'static Statement)>,
    /// Per chunk in [`Store::chunks`], whether it has arrived.
    loaded: Vec<bool>,
    /// Each arrival's events with their references resolved, by address.
    resolved: Vec<Batch>,
}

/// An event's references to the catalogue, resolved once when it arrives, so that what is
/// worked out for every shown event at every change (the map's markers and call lines) looks
/// nothing up by id.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Its place.
    pub place: Option<&'static Place>,
    /// The capitals of its participants' countries, the first participant's first, each once
    /// (where a call is drawn from and to).
    pub capitals: Vec<&'static Place>,
}

/// One arrival's events (a slice the store leaked) and their [`Resolved`] references.
#[derive(Debug, Clone, Copy)]
struct Batch {
    events: &'static [Event],
    resolved: &'static [Resolved],
}

/// The resolved references of the events that have arrived ([`Store::resolver`]).
#[derive(Debug, Clone)]
pub struct Resolver {
    /// By the address of their first event.
    batches: Vec<Batch>,
}

impl Resolver {
    /// `e`'s references, when it is one of the store's events (found by its address: a search
    /// among the arrivals, then an offset).
    pub fn get(&self, e: &Event) -> Option<&'static Resolved> {
        let at = std::ptr::from_ref(e) as usize;
        let i = self
            .batches
            .partition_point(|b| b.events.as_ptr() as usize <= at)
            .checked_sub(1)?;
        let b = self.batches[i];
        let offset = at - b.events.as_ptr() as usize;
        let k = offset / std::mem::size_of::<Event>().max(1);
        let mine = b.events.get(k)?;
        std::ptr::eq(mine, e).then(|| &b.resolved[k])
    }
}

/// Each capital by the countries it is the capital of, sorted by country; a country with two
/// capitals keeps the first in `places` first (the sort is stable).
fn capitals(places: &'static [Place]) -> Vec<(&'static str, &'static Place)> {
    let mut out: Vec<(&'static str, &'static Place)> = places
        .iter()
        .flat_map(|p| p.capital_of.iter().map(move |c| (c.as_str(), p)))
        .collect();
    crate::order::sort_by(&mut out, |a, b| a.0.cmp(b.0));
    out
}

/// The widget's dataset while it runs.
#[derive(Debug)]
pub struct Store {
    /// The dataset's title.
    pub name: &'static str,
    /// The dataset's description.
    pub description: &'static str,
    /// Its credit, date and language.
    pub edition: &'static Edition,
    /// Whole-dataset counts, whatever has arrived.
    pub totals: Totals,
    /// First and last event day of the whole dataset.
    pub span: Option<(Date, Date)>,
    /// The chunks beyond the core, oldest first.
    pub chunks: &'static [ChunkInfo],
    sides: &'static [Side],
    /// The core's sources, which chunk files refer to by position.
    sources: &'static [Source],
    actors: &'static [Actor],
    places: &'static [Place],
    placements: &'static [PlaceAt],
    topics: &'static [Topic],
    claims: &'static [Claim],
    actor_ix: ById<Actor>,
    place_ix: ById<Place>,
    /// (country, capital) for every place that is a capital, by country (ties in dataset order).
    capitals: Vec<(&'static str, &'static Place)>,
    topic_ix: ById<Topic>,
    claim_ix: ById<Claim>,
    // A lock, not a RefCell, so views may share the store across their reactive closures, which
    // must be Send + Sync; in the browser there is one thread and it never waits.
    arrived: RwLock<Arrived>,
}

impl Store {
    /// A store holding `core`; its chunks arrive later through [`Store::add_chunk`].
    pub fn new(core: Core) -> Store {
        let sides = leak(core.sides);
        let sources = leak(core.sources);
        let actors = leak(core.actors);
        let places = leak(core.places);
        let placements = leak(core.placements);
        let topics = leak(core.topics);
        let claims = leak(core.claims);
        let chunks = leak(core.chunks);
        let store = Store {
            name: Box::leak(core.name.into_boxed_str()),
            description: Box::leak(core.description.into_boxed_str()),
            edition: Box::leak(Box::new(core.edition)),
            totals: core.totals,
            span: core.span,
            chunks,
            sides,
            sources,
            actors,
            places,
            placements,
            topics,
            claims,
            actor_ix: ById::of(actors, |x| &x.id),
            place_ix: ById::of(places, |x| &x.id),
            capitals: capitals(places),
            topic_ix: ById::of(topics, |x| &x.id),
            claim_ix: ById::of(claims, |x| &x.id),
            arrived: RwLock::new(Arrived {
                loaded: vec![false; chunks.len()],
                sources: ById::of(sources, |x| &x.id),
                ..Arrived::default()
            }),
        };
        store.add(core.events, core.statements);
        store
    }

    /// A store holding a whole validated dataset at once (the build and native tests).
    pub fn from_dataset(ds: Dataset) -> Store {
        Store::new(Core::whole(ds))
    }

    /// Adds chunk number `index` of [`Store::chunks`]; a chunk that arrived before is ignored.
    pub fn add_chunk(&self, index: usize, chunk: Chunk) {
        {
            let mut a = self.write();
            match a.loaded.get_mut(index) {
                Some(done) if !*done => *done = true,
                _ => return,
            }
            let sources = leak(chunk.sources);
            a.sources.extend(sources, |x| &x.id);
        }
        self.add(chunk.events, chunk.statements);
    }

    /// What chunk files refer to, to read them ([`Chunk::decode`]).
    pub fn catalogue(&self) -> Catalogue<'static> {
        Catalogue {
            sides: self.sides,
            actors: self.actors,
            places: self.places,
            topics: self.topics,
            sources: self.sources,
        }
    }

    /// The capitals of `e`'s participants' countries, the first participant's first, each once.
    pub fn capitals_of_participants(&self, e: &Event) -> Vec<&'static Place> {
        let mut capitals: Vec<&'static Place> = Vec::new();
        for a in &e.participants {
            let country = self.actor(a).and_then(|a| a.country.as_deref());
            if let Some(p) = country.and_then(|c| self.capital_of(c)) {
                if !capitals.iter().any(|c| std::ptr::eq(*c, p)) {
                    capitals.push(p);
                }
            }
        }
        capitals
    }

    /// The resolved references of every event that has arrived.
    pub fn resolver(&self) -> Resolver {
        Resolver {
            batches: self.read().resolved.clone(),
        }
    }

    fn add(&self, events: Vec<Event>, statements: Vec<Statement>) {
        let events = leak(events);
        let statements = leak(statements);
        let resolved = leak(
            events
                .iter()
                .map(|e| Resolved {
                    place: e.place.as_deref().and_then(|p| self.place(p)),
                    capitals: self.capitals_of_participants(e),
                })
                .collect(),
        );
        let mut a = self.write();
        if !events.is_empty() {
            let batch = Batch { events, resolved };
            let at = a
                .resolved
                .partition_point(|b| b.events.as_ptr() < events.as_ptr());
            a.resolved.insert(at, batch);
        }
        // Each list is sorted already: the new items merge in (see `order::extend_sorted`).
        crate::order::extend_sorted(&mut a.by_date, events.iter(), |x, y| {
            x.when.date.cmp(&y.when.date)
        });
        a.events.extend(events, |e| &e.id);
        a.statements.extend(statements, |s| &s.id);
        let by_event = statements
            .iter()
            .filter_map(|s| s.event.as_deref().map(|e| (e, s)));
        crate::order::extend_sorted(&mut a.by_event, by_event, |x, y| {
            (x.0, x.1.when.date).cmp(&(y.0, y.1.when.date))
        });
    }

    fn read(&self) -> RwLockReadGuard<'_, Arrived> {
        // Poisoning needs a panic while writing, and a panic in the widget ends it (the release
        // build aborts); the build's renderer stops on one too. So reading through it is safe.
        self.arrived.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, Arrived> {
        self.arrived.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether chunk `index` has arrived.
    pub fn chunk_loaded(&self, index: usize) -> bool {
        self.read().loaded.get(index).copied().unwrap_or(false)
    }

    /// True when every chunk has arrived: filters and search then see every event.
    pub fn complete(&self) -> bool {
        self.read().loaded.iter().all(|l| *l)
    }

    /// The sides statements speak for.
    pub fn sides(&self) -> &'static [Side] {
        self.sides
    }
    /// Every actor.
    pub fn actors(&self) -> &'static [Actor] {
        self.actors
    }
    /// Every place.
    pub fn places(&self) -> &'static [Place] {
        self.places
    }
    /// The topic vocabulary.
    pub fn topics(&self) -> &'static [Topic] {
        self.topics
    }
    /// Every comparison.
    pub fn claims(&self) -> &'static [Claim] {
        self.claims
    }

    /// The events that have arrived, in time order.
    pub fn events(&self) -> Vec<&'static Event> {
        self.read().by_date.clone()
    }

    /// How many events have arrived.
    pub fn events_loaded(&self) -> usize {
        self.read().by_date.len()
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&'static Actor> {
        self.actor_ix.get(id)
    }
    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&'static Place> {
        self.place_ix.get(id)
    }
    /// Where `place`, one of this store's places, is drawn on the map.
    pub fn placement(&self, place: &Place) -> Option<PlaceAt> {
        // Its index, from its address in the store's slice of places.
        let offset = (place as *const Place as usize).checked_sub(self.places.as_ptr() as usize)?;
        let i = offset / std::mem::size_of::<Place>().max(1);
        let mine = self.places.get(i)?;
        std::ptr::eq(mine, place).then(|| self.placements.get(i).copied())?
    }
    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.read().sources.get(id)
    }
    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&'static Topic> {
        self.topic_ix.get(id)
    }
    /// The side with this id.
    pub fn side(&self, id: &str) -> Option<&'static Side> {
        self.sides.iter().find(|s| s.id == id)
    }
    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&'static Claim> {
        self.claim_ix.get(id)
    }
    /// The event with this id, if it has arrived.
    pub fn event(&self, id: &str) -> Option<&'static Event> {
        self.read().events.get(id)
    }
    /// The statement with this id, if it has arrived.
    pub fn statement(&self, id: &str) -> Option<&'static Statement> {
        self.read().statements.get(id)
    }

    /// The capital standing for a country code (or `EU`), if the dataset has one.
    pub fn capital_of(&self, country: &str) -> Option<&'static Place> {
        let i = self.capitals.partition_point(|(c, _)| *c < country);
        self.capitals
            .get(i)
            .filter(|(c, _)| *c == country)
            .map(|(_, p)| *p)
    }

    /// The events and the statements that have arrived with public corrections, in id order.
    pub fn corrected(&self) -> (Vec<&'static Event>, Vec<&'static Statement>) {
        let a = self.read();
        let events = a.events.0.iter().map(|(_, e)| *e);
        let statements = a.statements.0.iter().map(|(_, s)| *s);
        (
            events.filter(|e| !e.corrections.is_empty()).collect(),
            statements.filter(|s| !s.corrections.is_empty()).collect(),
        )
    }

    /// The statements of an event that have arrived, in time order.
    pub fn statements_of_event(&self, event: &str) -> Vec<&'static Statement> {
        let a = self.read();
        let start = a.by_event.partition_point(|(e, _)| *e < event);
        a.by_event[start..]
            .iter()
            .take_while(|(e, _)| *e == event)
            .map(|(_, s)| *s)
            .collect()
    }

    /// Whether all of `claim` has arrived: every statement it quotes, and its event. Until then
    /// a view shows it as loading rather than by halves (a side without its quotes would read
    /// as a side that said nothing).
    pub fn has_claim(&self, claim: &Claim) -> bool {
        let a = self.read();
        claim
            .event
            .as_deref()
            .is_none_or(|e| a.events.get(e).is_some())
            && claim
                .sides
                .iter()
                .flat_map(|s| &s.statements)
                .all(|id| a.statements.get(id).is_some())
    }

    /// Claims that cite an event, directly or through one of their statements.
    pub fn claims_citing_event(&self, event: &str) -> Vec<&'static Claim> {
        self.claims
            .iter()
            .filter(|c| {
                c.event.as_deref() == Some(event)
                    || c.sides.iter().flat_map(|s| &s.statements).any(|sid| {
                        self.statement(sid)
                            .is_some_and(|s| s.event.as_deref() == Some(event))
                    })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EventKind, Precision, Status, When};

    fn event(id: &str, day: u8) -> Event {
        Event {
            id: id.into(),
            kind: EventKind::Meeting,
            status: Status::Held,
            title: id.into(),
            summary: String::new(),
            outcome: None,
            when: When {
                date: Date::from_calendar_date(2025, time::Month::March, day).unwrap(),
                precision: Precision::Day,
                end: None,
            },
            date_basis: None,
            place: None,
            place_basis: None,
            participants: vec![],
            topics: vec![],
            sources: vec![],
            corrections: vec![],
            search_en: None,
        }
    }

    #[test]
    fn each_place_is_where_the_core_puts_it_and_a_copy_is_nowhere() {
        let place = |id: &str, lat: f64, lon: f64| Place {
            id: id.into(),
            name: id.into(),
            country: "XX".into(),
            lat,
            lon,
            capital_of: vec![],
        };
        let places = vec![
            place("kyiv", 50.45, 30.52),
            place("washington", 38.9, -77.04),
        ];
        let at = crate::pack::place_all(&places);
        let ds = Store::new(Core {
            placements: at.clone(),
            places,
            ..core_with(vec![], 0)
        });
        let kyiv = ds.place("kyiv").unwrap();
        assert_eq!(ds.placement(kyiv), Some(at[0]));
        assert_eq!(at[0].bearing, None, "Kyiv is on the map");
        let washington = ds.placement(ds.place("washington").unwrap()).unwrap();
        assert!(
            washington.bearing.is_some(),
            "Washington is off the map, on its edge"
        );
        assert_eq!(ds.placement(&kyiv.clone()), None);
    }

    fn core_with(events: Vec<Event>, chunks: usize) -> Core {
        Core {
            name: "n".into(),
            description: "d".into(),
            edition: Default::default(),
            sides: vec![],
            sources: vec![],
            actors: vec![],
            places: vec![],
            placements: vec![],
            topics: vec![],
            claims: vec![],
            events,
            statements: vec![],
            totals: Totals::default(),
            span: None,
            chunks: (0..chunks)
                .map(|i| ChunkInfo {
                    file: format!("c{i}"),
                    first: Date::MIN,
                    last: Date::MIN,
                    events: 1,
                })
                .collect(),
        }
    }

    #[test]
    fn events_are_found_by_id_and_kept_in_time_order_as_chunks_arrive() {
        let store = Store::new(core_with(vec![event("b", 9)], 1));
        assert!(store.event("a").is_none());
        assert!(!store.complete());
        let chunk = Chunk {
            sources: vec![],
            events: vec![event("a", 2), event("c", 20)],
            statements: vec![],
        };
        store.add_chunk(0, chunk);
        assert!(store.complete());
        assert_eq!(store.event("a").unwrap().id, "a");
        let order: Vec<&str> = store.events().iter().map(|e| e.id.as_str()).collect();
        assert_eq!(order, ["a", "b", "c"]);
    }

    #[test]
    fn a_chunk_that_arrives_twice_is_added_once() {
        let store = Store::new(core_with(vec![], 1));
        let chunk = || Chunk {
            sources: vec![],
            events: vec![event("a", 2)],
            statements: vec![],
        };
        store.add_chunk(0, chunk());
        store.add_chunk(0, chunk());
        assert_eq!(store.events_loaded(), 1);
    }

    #[test]
    fn an_id_longer_than_a_link_is_never_found() {
        let store = Store::new(core_with(vec![event("a", 2)], 0));
        assert!(store.event(&"a".repeat(MAX_ID_LEN + 1)).is_none());
    }
}
