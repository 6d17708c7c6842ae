//! Which events a reader has chosen to see: filters by participant, topic, kind and dates, and a
//! word search over each event's text ([`SearchIndex`]).

use std::collections::BTreeMap;

use summitry_data::{Event, EventKind, Store};
use time::Date;

/// Most characters of a search that are kept (a link's `q=` is cut to this too).
pub const MAX_QUERY_LEN: usize = 100;

/// Most words of a search that are matched; the rest are ignored.
pub const MAX_QUERY_WORDS: usize = 12;

/// The reader's filters. Empty lists mean "no restriction".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Keep events with at least one of these participants.
    pub actors: Vec<String>,
    /// Keep events with at least one of these topics.
    pub topics: Vec<String>,
    /// Keep events of these kinds.
    pub kinds: Vec<EventKind>,
    /// Keep events ending on or after this day.
    pub from: Option<Date>,
    /// Keep events starting on or before this day.
    pub to: Option<Date>,
    /// Keep events whose text holds every word of this search (case-insensitive); see
    /// [`SearchIndex`]. Empty (or only spaces) means no search.
    pub query: String,
}

impl Filters {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// How many filters are set: each actor, topic and kind, and each date bound.
    pub fn count(&self) -> usize {
        self.actors.len()
            + self.topics.len()
            + self.kinds.len()
            + usize::from(self.from.is_some())
            + usize::from(self.to.is_some())
            + usize::from(!words(&self.query).is_empty())
    }

    /// True when `e` passes every filter but the search.
    pub fn matches(&self, e: &Event) -> bool {
        let any = |wanted: &[String], have: &[String]| {
            wanted.is_empty() || wanted.iter().any(|w| have.contains(w))
        };
        let end = e.when.end.unwrap_or(e.when.date);
        any(&self.actors, &e.participants)
            && any(&self.topics, &e.topics)
            && (self.kinds.is_empty() || self.kinds.contains(&e.kind))
            && self.from.is_none_or(|f| end >= f)
            && self.to.is_none_or(|t| e.when.date <= t)
    }

    /// The events passing the filters and the search, in time order (ties keep dataset order).
    /// Builds each event's search text when there is a search: views keep a [`SearchIndex`] and
    /// call [`Filters::events_in`] instead.
    pub fn events<'a>(&self, ds: &'a Store) -> Vec<&'a Event> {
        let mut index = SearchIndex::default();
        if !words(&self.query).is_empty() {
            index.update(ds);
        }
        self.events_in(ds, &index)
    }

    /// [`Filters::events`] with the search text of `index`, which must be up to date with `ds`
    /// ([`SearchIndex::update`]).
    pub fn events_in<'a>(&self, ds: &'a Store, index: &SearchIndex) -> Vec<&'a Event> {
        let words = words(&self.query);
        // The store keeps its events in time order already.
        ds.events()
            .into_iter()
            .filter(|e| self.matches(e) && (words.is_empty() || index.matches(e, &words)))
            .collect()
    }

    /// Adds `id` to `list` if absent, else removes it: what a checkbox does.
    pub fn toggle(list: &mut Vec<String>, id: &str) {
        if let Some(i) = list.iter().position(|x| x == id) {
            list.remove(i);
        } else {
            list.push(id.to_string());
        }
    }
}

/// True when `a` and `b` hold the same events (the store's own, compared by address) in the same
/// order. Comparing events by value would walk every field of thousands of them at each change.
pub fn same_events(a: &[&Event], b: &[&Event]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| std::ptr::eq(*x, *y))
}

/// The words of a search: case-folded ([`crate::fold`]), split at whitespace, at most [`MAX_QUERY_WORDS`].
pub fn words(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .take(MAX_QUERY_WORDS)
        .map(crate::fold::fold_case)
        .collect()
}

/// Each event's searchable text, case-folded once: its title, summary, participants' names, its
/// place's names and its statements' quotes. Built as events arrive, so a search is a substring
/// test per word and event, never a walk through the catalogue.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Event id to its text.
    text: BTreeMap<String, String>,
}

impl SearchIndex {
    /// Adds the events of `ds` not indexed yet (those of chunks that arrived since the last call).
    pub fn update(&mut self, ds: &Store) {
        if self.text.len() == ds.events_loaded() {
            return;
        }
        for e in ds.events() {
            if !self.text.contains_key(&e.id) {
                self.text.insert(e.id.clone(), search_text(ds, e));
            }
        }
    }

    /// How many events are indexed.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// True when no event is indexed.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// True when every one of `words` (from [`words`]) occurs in `e`'s text; an event not indexed
    /// matches no search.
    pub fn matches(&self, e: &Event, words: &[String]) -> bool {
        self.text
            .get(&e.id)
            .is_some_and(|text| words.iter().all(|w| text.contains(w.as_str())))
    }
}

/// The lower-cased text a search looks through for `e`, its parts separated by new lines so a
/// word never matches across two of them.
pub fn search_text(ds: &Store, e: &Event) -> String {
    let mut parts: Vec<&str> = vec![&e.title, &e.summary];
    parts.extend(
        e.participants
            .iter()
            .filter_map(|a| ds.actor(a))
            .map(|a| a.name.as_str()),
    );
    if let Some(p) = e.place.as_deref().and_then(|p| ds.place(p)) {
        parts.push(&p.name);
    }
    // A translated dataset is searched in English too: the reader may type the names the
    // article used.
    parts.extend(e.search_en.as_deref());
    let statements = ds.statements_of_event(&e.id);
    parts.extend(statements.iter().map(|s| s.quote.as_str()));
    parts.extend(statements.iter().filter_map(|s| s.translation.as_deref()));
    crate::fold::fold_case(&parts.join("\n"))
}

/// All events in time order: the order the timeline's arrow keys step through.
pub fn in_time_order(ds: &Store) -> Vec<&Event> {
    Filters::default().events(ds)
}

/// The event after (or before, with `back`) `current` among `events`; wraps at neither end.
pub fn step<'a>(events: &[&'a Event], current: Option<&str>, back: bool) -> Option<&'a Event> {
    let i = current.and_then(|c| events.iter().position(|e| e.id == c));
    match (i, back) {
        (None, false) => events.first().copied(),
        (None, true) => events.last().copied(),
        (Some(i), false) => events.get(i + 1).or(events.get(i)).copied(),
        (Some(i), true) => events.get(i.saturating_sub(1)).copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::sample;
    use time::macros::date;

    #[test]
    fn the_same_events_are_the_store_s_own_in_the_same_order() {
        let ds = sample();
        let all = ds.events();
        assert!(same_events(&all, &ds.events()));
        let mut reversed = all.clone();
        reversed.reverse();
        assert!(!same_events(&all, &reversed));
        assert!(!same_events(&all, &all[1..]));
        // An equal copy is not the store's event.
        let copy = all[0].clone();
        let mut other = all.clone();
        other[0] = &copy;
        assert!(!same_events(&all, &other));
    }

    #[test]
    fn no_filter_keeps_every_event_in_time_order() {
        let ds = sample();
        let ids: Vec<&str> = Filters::default()
            .events(&ds)
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["paris", "call", "istanbul"]);
    }

    #[test]
    fn an_actor_filter_keeps_events_they_took_part_in() {
        let ds = sample();
        let f = Filters {
            actors: vec!["putin".into()],
            ..Default::default()
        };
        assert_eq!(f.events(&ds).len(), 1);
    }

    #[test]
    fn kind_and_topic_filters_combine_with_and() {
        let ds = sample();
        let f = Filters {
            kinds: vec![EventKind::Call],
            topics: vec!["air-defence".into()],
            ..Default::default()
        };
        assert_eq!(
            f.events(&ds)
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>(),
            ["call"]
        );
        let f = Filters {
            kinds: vec![EventKind::Talks],
            topics: vec!["air-defence".into()],
            ..Default::default()
        };
        assert!(f.events(&ds).is_empty());
    }

    #[test]
    fn a_date_range_is_inclusive() {
        let ds = sample();
        let f = Filters {
            from: Some(date!(2025 - 03 - 03)),
            to: Some(date!(2025 - 03 - 03)),
            ..Default::default()
        };
        assert_eq!(
            f.events(&ds)
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>(),
            ["call"]
        );
    }

    #[test]
    fn stepping_moves_through_time_and_stops_at_the_ends() {
        let ds = sample();
        let evs = in_time_order(&ds);
        assert_eq!(step(&evs, None, false).unwrap().id, "paris");
        assert_eq!(step(&evs, Some("paris"), false).unwrap().id, "call");
        assert_eq!(step(&evs, Some("istanbul"), false).unwrap().id, "istanbul");
        assert_eq!(step(&evs, Some("paris"), true).unwrap().id, "paris");
        assert_eq!(step(&evs, Some("unknown"), true).unwrap().id, "istanbul");
    }

    #[test]
    fn every_set_filter_counts_once() {
        assert_eq!(Filters::default().count(), 0);
        let f = Filters {
            kinds: vec![EventKind::Call, EventKind::Talks],
            from: Some(date!(2025 - 01 - 01)),
            ..Default::default()
        };
        assert_eq!(f.count(), 3);
    }

    fn ids(f: &Filters, ds: &Store) -> Vec<String> {
        f.events(ds).iter().map(|e| e.id.clone()).collect()
    }

    fn search(q: &str) -> Filters {
        Filters {
            query: q.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_search_finds_words_in_titles_participants_places_and_quotes_whatever_their_case() {
        let ds = sample();
        assert_eq!(ids(&search("PARIS"), &ds), ["paris"], "title and place");
        assert_eq!(ids(&search("Putin"), &ds), ["istanbul"], "participant");
        // Statement z1 ("quote z1") is the Istanbul talks'.
        assert_eq!(ids(&search("quote z1"), &ds), ["istanbul"], "quote");
        assert_eq!(ids(&search("macron"), &ds), ["paris", "call"]);
    }

    #[test]
    fn every_word_of_a_search_must_match_in_any_order() {
        let ds = sample();
        assert_eq!(ids(&search("macron  paris"), &ds), ["paris"]);
        assert_eq!(ids(&search("paris macron"), &ds), ["paris"]);
        assert!(ids(&search("paris putin"), &ds).is_empty());
    }

    #[test]
    fn a_blank_search_is_no_search() {
        let ds = sample();
        assert_eq!(ids(&search("   "), &ds).len(), 3);
        assert_eq!(search("   ").count(), 0);
        assert_eq!(search("x").count(), 1);
    }

    #[test]
    fn a_search_combines_with_the_other_filters() {
        let ds = sample();
        let f = Filters {
            kinds: vec![EventKind::Call],
            ..search("macron")
        };
        assert_eq!(ids(&f, &ds), ["call"]);
    }

    #[test]
    fn the_index_is_built_once_per_event_and_follows_the_store_as_it_grows() {
        let ds = sample();
        let mut index = SearchIndex::default();
        assert!(
            search("paris").events_in(&ds, &index).is_empty(),
            "not indexed yet"
        );
        index.update(&ds);
        assert_eq!(index.len(), 3);
        assert_eq!(search("paris").events_in(&ds, &index).len(), 1);
        index.update(&ds);
        assert_eq!(index.len(), 3);
    }

    #[test]
    fn a_search_keeps_at_most_twelve_words() {
        assert_eq!(words(&"a ".repeat(50)).len(), MAX_QUERY_WORDS);
        assert_eq!(words(" Kyiv  PARIS "), ["kyiv", "paris"]);
    }

    #[test]
    fn toggling_adds_then_removes() {
        let mut v = vec![];
        Filters::toggle(&mut v, "a");
        assert_eq!(v, ["a"]);
        Filters::toggle(&mut v, "a");
        assert!(v.is_empty());
    }
}
