//! The widget's one selection state: ids and filters, never copies of the dataset.

use leptos::prelude::*;
use summitry_model::filter::Filters;
use summitry_model::flags::Lang;
use summitry_model::i18n::{texts, Texts};
use summitry_model::route::{Route, View, Zoom};

/// Copy-able handles to every piece of selection state, provided as context at the root.
#[derive(Debug, Clone, Copy)]
pub struct State {
    /// The open view.
    pub view: RwSignal<View>,
    /// The selected event, shared by map, timeline, panel and list.
    pub event: RwSignal<Option<String>>,
    /// The open comparison.
    pub claim: RwSignal<Option<String>>,
    /// The reader's filters.
    pub filters: RwSignal<Filters>,
    /// Map zoom; `None` is the whole map.
    pub zoom: RwSignal<Option<Zoom>>,
    /// Interface language, fixed for the widget's life.
    pub lang: Lang,
}

impl State {
    /// State restored from a route, speaking `lang`.
    pub fn new(route: Route, lang: Lang) -> Self {
        State {
            view: RwSignal::new(route.view),
            event: RwSignal::new(route.event),
            claim: RwSignal::new(route.claim),
            filters: RwSignal::new(route.filters),
            zoom: RwSignal::new(route.zoom),
            lang,
        }
    }

    /// The interface's words.
    pub fn t(&self) -> &'static Texts {
        texts(self.lang)
    }

    /// The interface language's tag, for `Topic::label_in`.
    pub fn tag(&self) -> &'static str {
        self.lang.tag()
    }

    /// The current route; tracks every signal when read in a reactive closure.
    pub fn route(&self) -> Route {
        Route {
            view: self.view.get(),
            event: self.event.get(),
            claim: self.claim.get(),
            filters: self.filters.get(),
            zoom: self.zoom.get(),
        }
    }

    /// Moves the state to `route`, touching only what changed.
    pub fn apply(&self, route: Route) {
        fn set<T: PartialEq + Send + Sync + 'static>(s: RwSignal<T>, v: T) {
            if s.with_untracked(|old| *old != v) {
                s.set(v);
            }
        }
        set(self.view, route.view);
        set(self.event, route.event);
        set(self.claim, route.claim);
        set(self.filters, route.filters);
        set(self.zoom, route.zoom);
    }

    /// Opens an event on the map.
    pub fn open_event(&self, id: &str) {
        self.event.set(Some(id.to_string()));
        self.view.set(View::Map);
    }
}

/// The state provided by [`crate::App`].
pub fn use_state() -> State {
    expect_context::<State>()
}
