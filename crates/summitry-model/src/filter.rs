//! Which events a reader has chosen to see.

use summitry_data::{Event, EventKind, Store};
use time::Date;

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
    }

    /// True when `e` passes every filter.
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

    /// The events passing the filters, in time order (ties keep dataset order).
    pub fn events<'a>(&self, ds: &'a Store) -> Vec<&'a Event> {
        let mut v: Vec<&Event> = ds
            .events()
            .into_iter()
            .filter(|e| self.matches(e))
            .collect();
        summitry_data::order::sort_by_key(&mut v, |e| e.when.date);
        v
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

    #[test]
    fn toggling_adds_then_removes() {
        let mut v = vec![];
        Filters::toggle(&mut v, "a");
        assert_eq!(v, ["a"]);
        Filters::toggle(&mut v, "a");
        assert!(v.is_empty());
    }
}
