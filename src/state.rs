//! The widget's one selection state: ids and filters, never copies of the dataset.

use leptos::prelude::*;
use summitry_data::{Claim, Event};
use summitry_model::compare::featured;
use summitry_model::filter::{same_events, Filters, SearchIndex};
use summitry_model::flags::Lang;
use summitry_model::i18n::{texts, Texts};
use summitry_model::offered::Offered;
use summitry_model::route::{Route, View, Zoom};

use crate::{data, store};

/// Events a reader asked to choose from: a place's (or several places') events, or a call line's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// What they share: the place or the capitals.
    pub title: String,
    /// Their ids, in time order.
    pub events: Vec<String>,
}

/// Copy-able handles to every piece of selection state, provided as context at the root.
#[derive(Debug, Clone, Copy)]
pub struct State {
    /// The open view.
    pub view: RwSignal<View>,
    /// The selected event, shared by map, timeline, panel and list.
    pub event: RwSignal<Option<String>>,
    /// Events offered to choose from (a marker with several), shown until one is chosen.
    pub choice: RwSignal<Option<Choice>>,
    /// The open comparison.
    pub claim: RwSignal<Option<String>>,
    /// In the network view, the selected actor (one id) or pair (two ids).
    pub who: RwSignal<Vec<String>>,
    /// In the network view, the sides whose folded "others" the reader opened.
    pub opened: RwSignal<Vec<String>>,
    /// The reader's filters.
    pub filters: RwSignal<Filters>,
    /// Map zoom; `None` is the whole map.
    pub zoom: RwSignal<Option<Zoom>>,
    /// Counts arrivals of data chunks, so what depends on the dataset recomputes.
    pub data: RwSignal<u32>,
    /// True while chunks asked for are on their way.
    pub fetching: RwSignal<bool>,
    /// The timeline's zoom: the first and last day it shows; `None` is the whole dataset.
    pub span: RwSignal<Option<(time::Date, time::Date)>>,
    /// Each event's search text, extended as chunks arrive.
    pub search: StoredValue<SearchIndex>,
    /// The events passing the filters, in time order: computed once per change and shared by
    /// every view.
    pub shown: Memo<Vec<&'static Event>>,
    /// What the filter bar offers: counted once per arrival of data, not at each opening of a
    /// view (at 10,000 events, a few milliseconds each time).
    pub offered: Memo<Offered<'static>>,
    /// Interface language, fixed for the widget's life.
    pub lang: Lang,
    /// The `static` form (print, screenshots): lists show every row.
    pub print: bool,
}

impl State {
    /// State restored from a route, speaking `lang`.
    pub fn new(route: Route, lang: Lang) -> Self {
        let filters = RwSignal::new(route.filters);
        let data = RwSignal::new(data::generation());
        let search = StoredValue::new(SearchIndex::default());
        // Compared by address: a change that gives the same events changes nothing downstream.
        let shown = Memo::new_with_compare(
            move |_| {
                data.track();
                filters.with(|f| {
                    if f.query.trim().is_empty() {
                        return f.events_in(store(), &SearchIndex::default());
                    }
                    // The index grows by the events that arrived since the last search, once.
                    search.update_value(|i| i.update(store()));
                    search.with_value(|i| f.events_in(store(), i))
                })
            },
            |old, new| !matches!((old, new), (Some(o), Some(n)) if same_events(o, n)),
        );
        let offered = Memo::new(move |_| {
            data.track();
            let ds = store();
            Offered::of(ds, &ds.events())
        });
        State {
            view: RwSignal::new(route.view),
            event: RwSignal::new(route.event),
            choice: RwSignal::new(None),
            claim: RwSignal::new(route.claim),
            who: RwSignal::new(route.who),
            opened: RwSignal::new(Vec::new()),
            filters,
            zoom: RwSignal::new(route.zoom),
            data,
            fetching: RwSignal::new(false),
            span: RwSignal::new(None),
            search,
            shown,
            offered,
            lang,
            print: false,
        }
    }

    /// Fetches every chunk when the reader reaches events beyond the core: a filter or search,
    /// the list view, a link to an event not in the core, a comparison whose statements are not
    /// in the core, or a zoomed timeline. Drops the selected event once every chunk is in and
    /// none holds it (a stale link).
    pub fn load_when_reached(&self) {
        let state = *self;
        Effect::new(move |_| {
            let ds = store();
            let unknown = state
                .event
                .with(|e| e.as_deref().is_some_and(|id| ds.event(id).is_none()));
            // A comparison beyond the core (the core holds the one the view opens with).
            let claim_waits = state.view.get() == View::Compare
                && state.open_claim().is_some_and(|c| !ds.has_claim(c));
            let reached = unknown
                || claim_waits
                || state.filters.with(|f| !f.is_empty())
                || matches!(state.view.get(), View::List | View::Network)
                || state.span.with(Option::is_some);
            if reached && !ds.complete() {
                state.load_all();
            }
        });
        Effect::new(move |_| {
            state.data.track();
            let ds = store();
            let stale = state
                .event
                .with_untracked(|e| e.as_deref().is_some_and(|id| ds.event(id).is_none()));
            if stale && ds.complete() {
                state.event.set(None);
            }
        });
    }

    /// The comparison the comparison view shows: the chosen one, else the featured one.
    pub fn open_claim(&self) -> Option<&'static Claim> {
        let ds = store();
        self.claim
            .with(|c| c.as_deref().and_then(|id| ds.claim(id)))
            .or_else(|| featured(ds))
    }

    /// The interface's words.
    pub fn t(&self) -> &'static Texts {
        texts(self.lang)
    }

    /// The interface language's tag.
    pub fn tag(&self) -> &'static str {
        self.lang.tag()
    }

    /// The current route; tracks every signal when read in a reactive closure.
    pub fn route(&self) -> Route {
        Route {
            view: self.view.get(),
            event: self.event.get(),
            claim: self.claim.get(),
            who: self.who.get(),
            filters: self.filters.get(),
            zoom: self.zoom.get(),
        }
    }

    /// Moves the state to `route`, touching only what changed.
    pub fn apply(&self, route: Route) {
        set(self.view, route.view);
        set(self.event, route.event);
        set(self.claim, route.claim);
        set(self.who, route.who);
        set(self.filters, route.filters);
        set(self.zoom, route.zoom);
    }

    /// Opens an event on the map.
    pub fn open_event(&self, id: &str) {
        self.event.set(Some(id.to_string()));
        self.show(View::Map);
    }

    /// Switches to `view`; the view shown already is left as it is, not built again.
    pub fn show(&self, view: View) {
        set(self.view, view);
    }

    /// Fetches every chunk not yet in (filters and search need every event); the views update
    /// as they arrive ([`State::load`]).
    pub fn load_all(&self) {
        self.load((0..store().chunks.len()).collect());
    }

    /// Fetches the chunks in `indexes` that are neither in nor on their way (a retry, too).
    ///
    /// While more chunks are on their way, arrivals are told to the views at most once per
    /// [`ARRIVALS_EVERY`]: each arrival makes every view recompute from the whole dataset, and
    /// at 10,000 events eight arrivals, each rebuilding the open view, kept a phone busy for
    /// seconds. The last arrival is told at once.
    pub fn load(&self, indexes: Vec<usize>) {
        let (data, fetching) = (self.data, self.fetching);
        // Nothing is told twice (a timer may fire after the last arrival was told), and what did
        // not change is not set.
        let told = move || {
            let g = data::generation();
            if data.get_untracked() != g {
                data.set(g);
            }
            let now = data::fetching();
            if fetching.get_untracked() != now {
                fetching.set(now);
            }
        };
        let waiting = std::rc::Rc::new(std::cell::Cell::new(false));
        data::load_chunks(indexes, move |_| {
            if !data::fetching() {
                waiting.set(false);
                told();
            } else if !waiting.replace(true) {
                let waiting = waiting.clone();
                set_timeout(
                    move || {
                        if waiting.replace(false) {
                            told();
                        }
                    },
                    ARRIVALS_EVERY,
                );
            }
        });
        // Chunks now on their way, and a fetch that could not start (it failed at once): say so.
        told();
    }
}

/// How often arrivals of data chunks are told to the views while more are on their way.
const ARRIVALS_EVERY: std::time::Duration = std::time::Duration::from_millis(500);

/// The state provided by [`crate::Widget`].
pub fn use_state() -> State {
    expect_context::<State>()
}

/// Sets `s` to `v` only if that changes it: a signal set to the value it holds notifies its
/// readers all the same (a view switch rebuilt the view shown, its every attribute set again).
fn set<T: PartialEq + Send + Sync + 'static>(s: RwSignal<T>, v: T) {
    if s.with_untracked(|old| *old != v) {
        s.set(v);
    }
}
