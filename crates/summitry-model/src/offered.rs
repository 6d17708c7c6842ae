//! What the filter bar offers to filter by: the actors who took part in some event (in a large
//! dataset, the most frequent) and the topics some event is about. Counted once per arrival of
//! data and kept, not again each time a view with the filter bar opens.

use std::collections::BTreeMap;

use summitry_data::order::sort_by;
use summitry_data::{Event, Store};

/// Who took part in a set of events, how often, and which topics they are about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Offered<'a> {
    /// How many of the events each actor took part in, by id.
    took_part: BTreeMap<&'a str, usize>,
    /// The ids of the topics some event is about, in the catalogue's order.
    pub topics: Vec<&'a str>,
}

impl<'a> Offered<'a> {
    /// Counts over `events` of `ds`.
    pub fn of(ds: &'a Store, events: &[&'a Event]) -> Self {
        let mut took_part: BTreeMap<&str, usize> = BTreeMap::new();
        for a in events.iter().flat_map(|e| &e.participants) {
            *took_part.entry(a.as_str()).or_default() += 1;
        }
        // A few dozen topics among thousands of events: a short list checked in place costs far
        // less than sorting every event's topics, and the scan ends once every topic is in.
        let all = ds.topics().len();
        let mut used: Vec<&str> = Vec::new();
        'events: for e in events {
            for t in &e.topics {
                if !used.contains(&t.as_str()) {
                    used.push(t);
                    if used.len() >= all {
                        break 'events;
                    }
                }
            }
        }
        let topics = ds
            .topics()
            .iter()
            .map(|t| t.id.as_str())
            .filter(|id| used.contains(id))
            .collect();
        Offered { took_part, topics }
    }

    /// The ids of the actors worth offering: every one who took part in something; past `max` of
    /// them, the `max` most frequent (with any tied with the last) and those in `chosen` (the
    /// search finds every other name).
    pub fn actors(&self, max: usize, chosen: &[String]) -> Vec<&'a str> {
        let least = if self.took_part.len() > max && max > 0 {
            let mut by_count: Vec<usize> = self.took_part.values().copied().collect();
            sort_by(&mut by_count, |a, b| b.cmp(a));
            by_count[max - 1]
        } else {
            0
        };
        self.took_part
            .iter()
            .filter(|(a, n)| **n >= least || chosen.iter().any(|c| c == *a))
            .map(|(a, _)| *a)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::sample;

    #[test]
    fn every_actor_who_took_part_is_offered_while_there_are_few() {
        let ds = sample();
        let offered = Offered::of(&ds, &ds.events());
        assert_eq!(offered.actors(60, &[]), ["macron", "putin", "zelensky"]);
    }

    #[test]
    fn past_the_most_only_the_most_frequent_and_the_chosen_are_offered() {
        let ds = sample();
        let offered = Offered::of(&ds, &ds.events());
        // Zelensky took part in three events, Macron in two, Putin in one.
        assert_eq!(offered.actors(1, &[]), ["zelensky"]);
        assert_eq!(offered.actors(2, &[]), ["macron", "zelensky"]);
        assert_eq!(
            offered.actors(1, &["putin".to_string()]),
            ["putin", "zelensky"]
        );
    }

    #[test]
    fn ties_with_the_last_offered_are_offered_too() {
        let ds = sample();
        let events: Vec<&Event> = ds.events().into_iter().filter(|e| e.id != "call").collect();
        // Zelensky twice; Putin and Macron once each, tied for second place.
        let offered = Offered::of(&ds, &events);
        assert_eq!(offered.actors(2, &[]), ["macron", "putin", "zelensky"]);
    }

    #[test]
    fn topics_are_those_of_some_event_in_the_catalogue_s_order() {
        let ds = sample();
        let offered = Offered::of(&ds, &ds.events());
        // "sanctions" is only a statement's topic.
        assert_eq!(
            offered.topics,
            ["air-defence", "ceasefire", "leaders-meeting"]
        );
        let paris: Vec<&Event> = ds
            .events()
            .into_iter()
            .filter(|e| e.id == "paris")
            .collect();
        assert_eq!(Offered::of(&ds, &paris).topics, ["air-defence"]);
        assert_eq!(Offered::of(&ds, &[]), Offered::default());
    }
}
