//! The widget's state as a URL hash, so a journalist can link to "the Istanbul talks of
//! 23 July 2025" and the link restores it.
//!
//! Form: `#view=map&event=ID&claim=ID&actor=A,B&topic=T&kind=call,talks&from=YYYY-MM-DD&to=...&zoom=K,X,Y`.
//! Unknown keys and malformed values are ignored, never an error: a hand-edited or truncated link
//! still opens what it can.

use summitry_data::{EventKind, Store};

use crate::dates::{iso, parse_iso};
use crate::filter::Filters;

/// The three views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Map with timeline.
    #[default]
    Map,
    /// Claims versus statements.
    Compare,
    /// The accessible table of events and comparisons.
    List,
}

impl View {
    /// All views, in tab order.
    pub const ALL: [View; 3] = [View::Map, View::Compare, View::List];

    /// The id in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Compare => "compare",
            View::List => "list",
        }
    }

    /// Parses a view id.
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Map zoom: scale factor and the view-box centre in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Zoom {
    /// Scale, 1 = whole map.
    pub k: f64,
    /// Centre x in map units.
    pub x: f64,
    /// Centre y in map units.
    pub y: f64,
}

/// Everything a link restores.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Route {
    /// The open view.
    pub view: View,
    /// The selected event.
    pub event: Option<String>,
    /// The open comparison.
    pub claim: Option<String>,
    /// The filters.
    pub filters: Filters,
    /// Map zoom, when not the whole map.
    pub zoom: Option<Zoom>,
}

use summitry_data::is_valid_id as is_id;

fn kind(s: &str) -> Option<EventKind> {
    EventKind::ALL.into_iter().find(|k| k.as_str() == s)
}

fn number(s: &str) -> Option<f64> {
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

impl Route {
    /// Reads a hash (with or without the leading `#`); what cannot be read is left at its default.
    pub fn parse(hash: &str) -> Route {
        let mut r = Route::default();
        for pair in hash.trim_start_matches('#').split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let list = || {
                value
                    .split(',')
                    .filter(|s| is_id(s))
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            };
            match key {
                "view" => r.view = View::parse(value).unwrap_or_default(),
                "event" if is_id(value) => r.event = Some(value.into()),
                "claim" if is_id(value) => r.claim = Some(value.into()),
                "actor" => r.filters.actors = list(),
                "topic" => r.filters.topics = list(),
                "kind" => r.filters.kinds = value.split(',').filter_map(kind).collect(),
                "from" => r.filters.from = parse_iso(value),
                "to" => r.filters.to = parse_iso(value),
                "zoom" => {
                    let v: Vec<f64> = value.split(',').filter_map(number).collect();
                    if let [k, x, y] = v[..] {
                        if (1.0..=16.0).contains(&k) {
                            r.zoom = Some(Zoom { k, x, y });
                        }
                    }
                }
                _ => {}
            }
        }
        r
    }

    /// Writes the hash, without the `#`; defaults are left out so links stay short.
    pub fn format(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.view != View::Map {
            parts.push(format!("view={}", self.view.as_str()));
        }
        if let Some(e) = &self.event {
            parts.push(format!("event={e}"));
        }
        if let Some(c) = &self.claim {
            parts.push(format!("claim={c}"));
        }
        let f = &self.filters;
        if !f.actors.is_empty() {
            parts.push(format!("actor={}", f.actors.join(",")));
        }
        if !f.topics.is_empty() {
            parts.push(format!("topic={}", f.topics.join(",")));
        }
        if !f.kinds.is_empty() {
            let k: Vec<&str> = f.kinds.iter().map(|k| k.as_str()).collect();
            parts.push(format!("kind={}", k.join(",")));
        }
        if let Some(d) = f.from {
            parts.push(format!("from={}", iso(d)));
        }
        if let Some(d) = f.to {
            parts.push(format!("to={}", iso(d)));
        }
        if let Some(z) = self.zoom {
            parts.push(format!("zoom={},{},{}", z.k, z.x, z.y));
        }
        parts.join("&")
    }

    /// Drops ids the dataset does not have, so a stale link opens cleanly.
    pub fn sanitise(mut self, ds: &Store) -> Route {
        self.event = self.event.filter(|e| ds.event(e).is_some());
        self.claim = self.claim.filter(|c| ds.claim(c).is_some());
        self.filters.actors.retain(|a| ds.actor(a).is_some());
        self.filters.topics.retain(|t| ds.topic(t).is_some());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::sample;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn a_link_to_an_event_opens_it_on_the_map() {
        let r = Route::parse("#event=istanbul-talks-2025-07-23");
        assert_eq!(r.view, View::Map);
        assert_eq!(r.event.as_deref(), Some("istanbul-talks-2025-07-23"));
    }

    #[test]
    fn the_default_route_is_the_empty_hash() {
        assert_eq!(Route::default().format(), "");
        assert_eq!(Route::parse(""), Route::default());
    }

    #[test]
    fn malformed_values_are_ignored_not_fatal() {
        let r = Route::parse(
            "#view=maps&event=<script>&from=2025-02-30&zoom=NaN,1,2&kind=call,bogus&&=&x",
        );
        assert_eq!(r.view, View::Map);
        assert_eq!(r.event, None);
        assert_eq!(r.filters.from, None);
        assert_eq!(r.zoom, None);
        assert_eq!(r.filters.kinds, [EventKind::Call]);
    }

    #[test]
    fn unknown_ids_are_dropped_against_the_dataset() {
        let ds = sample();
        let r = Route::parse("event=nope&claim=meeting&actor=putin,ghost").sanitise(&ds);
        assert_eq!(r.event, None);
        assert_eq!(r.claim.as_deref(), Some("meeting"));
        assert_eq!(r.filters.actors, ["putin"]);
    }

    #[test]
    fn every_part_survives_a_round_trip() {
        let r = Route {
            view: View::Compare,
            event: Some("a".into()),
            claim: Some("b-1".into()),
            filters: Filters {
                actors: vec!["x".into(), "y".into()],
                topics: vec!["t".into()],
                kinds: vec![EventKind::Call, EventKind::Summit],
                from: Some(date!(2025 - 01 - 01)),
                to: Some(date!(2025 - 12 - 31)),
            },
            zoom: Some(Zoom {
                k: 2.5,
                x: 410.0,
                y: 300.5,
            }),
        };
        assert_eq!(Route::parse(&r.format()), r);
    }

    fn id() -> impl Strategy<Value = String> {
        "[a-z0-9][a-z0-9-]{0,20}"
    }

    fn route() -> impl Strategy<Value = Route> {
        (
            prop_oneof![Just(View::Map), Just(View::Compare), Just(View::List)],
            proptest::option::of(id()),
            proptest::option::of(id()),
            proptest::collection::vec(id(), 0..3),
            proptest::collection::vec(id(), 0..3),
            proptest::sample::subsequence(EventKind::ALL.to_vec(), 0..=4),
            proptest::option::of(0i64..2000),
            proptest::option::of((1u32..=64, -5000i32..5000, -5000i32..5000)),
        )
            .prop_map(
                |(view, event, claim, actors, topics, kinds, from, zoom)| Route {
                    view,
                    event,
                    claim,
                    filters: Filters {
                        actors,
                        topics,
                        kinds,
                        from: from.map(|d| date!(2024 - 01 - 01) + time::Duration::days(d)),
                        to: None,
                    },
                    zoom: zoom
                        .map(|(k, x, y)| Zoom {
                            k: f64::from(k) / 4.0,
                            x: f64::from(x) / 2.0,
                            y: f64::from(y) / 2.0,
                        })
                        .filter(|z| z.k >= 1.0),
                },
            )
    }

    proptest! {
        #[test]
        fn format_then_parse_gives_back_the_route(r in route()) {
            prop_assert_eq!(Route::parse(&r.format()), r);
        }

        #[test]
        fn any_text_parses_without_panicking(s in ".{0,200}") {
            let r = Route::parse(&s);
            // Whatever was read must itself round-trip.
            prop_assert_eq!(Route::parse(&r.format()), r);
        }
    }
}
