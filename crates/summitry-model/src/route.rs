//! The widget's state as a URL hash, so a journalist can link to "the Istanbul talks of
//! 23 July 2025" and the link restores it.
//!
//! Form: `#view=map&event=ID&claim=ID&who=A[,B]&actor=A,B&topic=T&kind=call,talks&from=YYYY-MM-DD&to=...&q=WORDS&zoom=K,X,Y`.
//! Unknown keys and malformed values are ignored, never an error: a hand-edited or truncated link
//! still opens what it can.
//!
//! A hash is outside input (anyone can send a link), so what is read is bounded: the first
//! [`MAX_HASH_LEN`] bytes, at most [`MAX_PAIRS`] pairs, lists of at most [`MAX_LIST`] distinct
//! ids, ids of at most [`summitry_data::MAX_ID_LEN`] characters, a search of at most
//! [`MAX_QUERY_LEN`] characters, and a zoom the map can show.

use summitry_data::{EventKind, Store};

use crate::dates::{iso, parse_iso};
use crate::filter::{Filters, MAX_QUERY_LEN};
use crate::map;
pub use crate::viewbox::Zoom;
use summitry_geo::num::short;

/// Most bytes of a hash that are read; the rest is ignored. It is above the longest hash
/// [`Route::format`] writes for a route that [`Route::parse`] gives (two full lists of
/// [`MAX_LIST`] ids of 80 characters, a search of [`MAX_QUERY_LEN`] four-byte characters written
/// as `%XX`, and every other key: under 7 KiB), so such a link always reads back whole.
pub const MAX_HASH_LEN: usize = 8192;

/// Most `key=value` pairs of a hash that are read (the widget writes at most nine).
pub const MAX_PAIRS: usize = 64;

/// Most entries kept in one list (actors, topics, kinds): more than a reader ticks by hand, few
/// enough that filtering stays instant.
pub const MAX_LIST: usize = 32;

/// The four views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Map with timeline.
    #[default]
    Map,
    /// Claims versus statements.
    Compare,
    /// The accessible table of events and comparisons.
    List,
    /// Who met whom: actors and the meetings and calls between them.
    Network,
}

impl View {
    /// All views, in tab order.
    pub const ALL: [View; 4] = [View::Map, View::Compare, View::Network, View::List];

    /// The id in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Compare => "compare",
            View::List => "list",
            View::Network => "network",
        }
    }

    /// Parses a view id.
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str() == s)
    }
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
    /// In the network view, the selected actor (one id) or pair of actors (two ids, an edge).
    pub who: Vec<String>,
    /// The filters.
    pub filters: Filters,
    /// Map zoom, when not the whole map.
    pub zoom: Option<Zoom>,
}

use summitry_data::is_valid_id as is_id;

fn kind(s: &str) -> Option<EventKind> {
    EventKind::ALL.into_iter().find(|k| k.as_str() == s)
}

/// One actor or a pair of two different ones; anything else selects nothing.
fn who(ids: Vec<String>) -> Vec<String> {
    match ids.len() {
        1 | 2 => ids,
        _ => Vec::new(),
    }
}

fn number(s: &str) -> Option<f64> {
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// `q` as it goes in a hash: letters, digits and `-._~` as they are, a space as `+`, every other
/// byte of its UTF-8 as `%XX`.
fn encode_query(q: &str) -> String {
    let mut out = String::with_capacity(q.len());
    for b in q.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Reads a hash's `q=` value: `+` is a space, `%XX` a byte (a malformed one stays as written);
/// bytes that are not UTF-8 become U+FFFD; the result is cut to [`MAX_QUERY_LEN`] characters.
fn decode_query(v: &str) -> String {
    let hex = |b: u8| char::from(b).to_digit(16);
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out)
        .chars()
        .take(MAX_QUERY_LEN)
        .collect()
}

/// The first `max` bytes of `s`, cut back to the last of `separators` when the cut falls inside
/// an entry: half an id or number would read as another one.
pub(crate) fn head<'a>(s: &'a str, max: usize, separators: &[char]) -> &'a str {
    if s.len() <= max {
        return s;
    }
    let mut cut = max;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    if !s[cut..].starts_with(separators) {
        cut = s[..cut].rfind(separators).unwrap_or(0);
    }
    &s[..cut]
}

/// `items` without repeats (the first of each kept), at most [`MAX_LIST`] of them. A repeat
/// would need two clicks to clear, since a checkbox removes one entry per click.
fn unique<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for item in items {
        if out.len() == MAX_LIST {
            break;
        }
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

impl Route {
    /// Reads a hash (with or without the leading `#`); what cannot be read is left at its default.
    ///
    /// Only the first [`MAX_HASH_LEN`] bytes and [`MAX_PAIRS`] pairs are read, lists keep their
    /// first [`MAX_LIST`] distinct entries, and the zoom is clamped to what the map can show, so
    /// any hash parses in microseconds to a route the views can draw.
    pub fn parse(hash: &str) -> Route {
        let mut r = Route::default();
        let hash = head(hash.trim_start_matches('#'), MAX_HASH_LEN, &['&', ',']);
        for pair in hash.split('&').take(MAX_PAIRS) {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let ids = || unique(value.split(',').filter(|s| is_id(s)).map(str::to_string));
            match key {
                "view" => r.view = View::parse(value).unwrap_or_default(),
                "event" if is_id(value) => r.event = Some(value.into()),
                "claim" if is_id(value) => r.claim = Some(value.into()),
                "who" => r.who = who(ids()),
                "actor" => r.filters.actors = ids(),
                "topic" => r.filters.topics = ids(),
                "kind" => r.filters.kinds = unique(value.split(',').filter_map(kind)),
                "from" => r.filters.from = parse_iso(value),
                "to" => r.filters.to = parse_iso(value),
                "q" => r.filters.query = decode_query(value),
                "zoom" => {
                    let v: Vec<f64> = value.split(',').filter_map(number).collect();
                    r.zoom = match v[..] {
                        // The map's own rules: 1..=MAX_ZOOM, the view inside the map, and the
                        // whole map (k = 1) as no zoom at all.
                        [k, x, y] => map::clamp(&map::viewport(), Zoom { k, x, y }),
                        _ => None,
                    };
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
        if !self.who.is_empty() {
            parts.push(format!("who={}", self.who.join(",")));
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
        if !f.query.is_empty() {
            parts.push(format!("q={}", encode_query(&f.query)));
        }
        if let Some(z) = self.zoom {
            // Written at the precision `map::clamp` keeps, so the link reads back the same.
            let (k, x, y) = (short(z.k, 2), short(z.x, 1), short(z.y, 1));
            parts.push(format!("zoom={k},{x},{y}"));
        }
        parts.join("&")
    }

    /// Drops ids the dataset does not have, so a stale link opens cleanly.
    ///
    /// An event is kept while chunks are still to arrive ([`Store::complete`]): it may be in one
    /// of them, and the widget fetches them and drops it only if none holds it. Lists are first
    /// cut to [`MAX_LIST`] distinct entries (as [`Route::parse`] leaves them), so the look-ups
    /// stay a few dozen however the route was made; the search to [`MAX_QUERY_LEN`] characters.
    pub fn sanitise(mut self, ds: &Store) -> Route {
        let complete = ds.complete();
        self.event = self.event.filter(|e| !complete || ds.event(e).is_some());
        self.claim = self.claim.filter(|c| ds.claim(c).is_some());
        self.who.retain(|a| ds.actor(a).is_some());
        self.who = who(std::mem::take(&mut self.who));
        let f = &mut self.filters;
        f.actors = unique(std::mem::take(&mut f.actors));
        f.actors.retain(|a| ds.actor(a).is_some());
        f.topics = unique(std::mem::take(&mut f.topics));
        f.topics.retain(|t| ds.topic(t).is_some());
        f.kinds = unique(std::mem::take(&mut f.kinds));
        if f.query.chars().count() > MAX_QUERY_LEN {
            f.query = f.query.chars().take(MAX_QUERY_LEN).collect();
        }
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
    fn a_link_to_a_pair_opens_the_network_on_their_edge() {
        let r = Route::parse("#view=network&who=zelensky,macron");
        assert_eq!(r.view, View::Network);
        assert_eq!(r.who, ["zelensky", "macron"]);
        assert_eq!(r.format(), "view=network&who=zelensky,macron");
        assert_eq!(
            Route::parse("who=a,b,c").who,
            Vec::<String>::new(),
            "three is no pair"
        );
        assert_eq!(
            Route::parse("who=a,a").who,
            ["a"],
            "one actor twice is that actor"
        );
    }

    #[test]
    fn an_unknown_actor_in_who_is_dropped_and_its_pair_with_it() {
        let ds = sample();
        assert_eq!(Route::parse("who=putin").sanitise(&ds).who, ["putin"]);
        assert_eq!(Route::parse("who=putin,ghost").sanitise(&ds).who, ["putin"]);
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
    fn a_search_is_read_from_q_with_plus_as_space_and_percent_escapes() {
        let r = Route::parse("#q=Kyiv+%C2%ABtalks%C2%BB&kind=call");
        assert_eq!(r.filters.query, "Kyiv «talks»");
        assert_eq!(r.format(), "kind=call&q=Kyiv+%C2%ABtalks%C2%BB");
        // A stray % stays as written; a broken UTF-8 sequence becomes U+FFFD.
        assert_eq!(Route::parse("q=50%+off%").filters.query, "50% off%");
        assert_eq!(Route::parse("q=%FFa").filters.query, "\u{fffd}a");
    }

    #[test]
    fn a_long_search_is_cut_to_a_hundred_characters() {
        let r = Route::parse(&format!("q={}", "é".repeat(500)));
        assert_eq!(
            r.filters.query.chars().count(),
            crate::filter::MAX_QUERY_LEN
        );
        let mut built = Route::default();
        built.filters.query = "x".repeat(1000);
        assert_eq!(built.sanitise(&sample()).filters.query.len(), 100);
    }

    #[test]
    fn an_unknown_event_is_kept_while_chunks_are_still_to_come() {
        use summitry_data::pack::{Chunk, ChunkInfo, Core, Totals};
        let ds = crate::testdata::sample_dataset();
        let core = Core {
            totals: Totals::default(),
            span: None,
            chunks: vec![ChunkInfo {
                file: "events-0.bin".into(),
                first: date!(2024 - 01 - 01),
                last: date!(2024 - 12 - 31),
                events: 1,
            }],
            ..Core::whole(ds)
        };
        let ds = Store::new(core);
        let r = Route::parse("event=in-a-chunk").sanitise(&ds);
        assert_eq!(r.event.as_deref(), Some("in-a-chunk"));
        let empty = Chunk {
            sources: vec![],
            events: vec![],
            statements: vec![],
        };
        ds.add_chunk(0, empty);
        assert_eq!(Route::parse("event=in-a-chunk").sanitise(&ds).event, None);
    }

    #[test]
    fn every_part_survives_a_round_trip() {
        let r = Route {
            view: View::Compare,
            event: Some("a".into()),
            claim: Some("b-1".into()),
            who: vec!["x".into(), "z".into()],
            filters: Filters {
                actors: vec!["x".into(), "y".into()],
                topics: vec!["t".into()],
                kinds: vec![EventKind::Call, EventKind::Summit],
                from: Some(date!(2025 - 01 - 01)),
                to: Some(date!(2025 - 12 - 31)),
                query: "Kyiv «talks» 50% & more+".into(),
            },
            zoom: Some(Zoom {
                k: 2.5,
                x: 410.0,
                y: 300.5,
            }),
        };
        assert_eq!(Route::parse(&r.format()), r);
    }

    /// Finding 8: the zoom's limit is the map's (8), and its centre lies inside the map.
    #[test]
    fn a_huge_zoom_and_far_centre_are_clamped_to_what_the_map_shows() {
        let vp = map::viewport();
        let z = Route::parse("#zoom=16,1e308,-1e308")
            .zoom
            .expect("a zoom past the limit is the deepest zoom, not none");
        assert_eq!(z.k, map::MAX_ZOOM);
        let vb = map::view_box(&vp, Some(z));
        assert!(vb.x >= 0.0 && vb.x + vb.w <= vp.width(), "{vb:?}");
        assert!(vb.y >= 0.0 && vb.y + vb.h <= vp.height(), "{vb:?}");
    }

    #[test]
    fn a_zoom_of_one_or_less_is_the_whole_map() {
        assert_eq!(Route::parse("zoom=1,500,380").zoom, None);
        assert_eq!(Route::parse("zoom=0.5,500,380").zoom, None);
        assert_eq!(Route::parse("zoom=-3,500,380").zoom, None);
    }

    /// Finding 8: a repeated entry needed one click per copy to clear.
    #[test]
    fn repeated_list_entries_are_read_once_in_first_order() {
        let r = Route::parse("#kind=call,call&actor=b,a,b,a&topic=t,t");
        assert_eq!(r.filters.kinds, [EventKind::Call]);
        assert_eq!(r.filters.actors, ["b", "a"]);
        assert_eq!(r.filters.topics, ["t"]);
    }

    #[test]
    fn a_list_keeps_at_most_its_first_thirty_two_distinct_ids() {
        let ids: Vec<String> = (0..100).map(|i| format!("a{i}")).collect();
        let r = Route::parse(&format!("actor={}", ids.join(",")));
        assert_eq!(r.filters.actors, ids[..MAX_LIST]);
    }

    /// Finding 8: a 1.35 MB hash of repeated actors took seconds to start and to switch views.
    #[test]
    fn a_megabyte_hash_parses_to_a_bounded_route() {
        let hash = format!("#view=list&actor={}", "putin,zelensky,".repeat(90_000));
        assert!(hash.len() > 1_350_000);
        let r = Route::parse(&hash);
        assert_eq!(r.view, View::List);
        assert_eq!(r.filters.actors, ["putin", "zelensky"]);
        assert!(r.format().len() <= MAX_HASH_LEN);
    }

    #[test]
    fn a_megabyte_of_distinct_actors_keeps_only_the_first_thirty_two() {
        let ids: String = (0..100_000).map(|i| format!("actor-{i},")).collect();
        let r = Route::parse(&format!("actor={ids}"));
        assert_eq!(r.filters.actors.len(), MAX_LIST);
        assert_eq!(r.filters.actors[0], "actor-0");
    }

    #[test]
    fn only_the_first_eight_kilobytes_are_read() {
        let padding = format!("x={}", "y".repeat(MAX_HASH_LEN));
        assert_eq!(
            Route::parse(&format!("{padding}&view=list")).view,
            View::Map
        );
        assert_eq!(
            Route::parse(&format!("view=list&{padding}")).view,
            View::List
        );
    }

    /// Found while writing the fuzz targets: with a 4 KiB limit, a route read from a 4 KiB hash
    /// could format longer than the limit (a clamped zoom writes more digits than it was given)
    /// and lose its last pair when read back.
    #[test]
    fn the_longest_route_the_parser_gives_reads_back_whole() {
        let ids = |c: char| -> Vec<String> {
            (0..MAX_LIST)
                .map(|i| format!("{c}{i:02}{}", "x".repeat(summitry_data::MAX_ID_LEN - 3)))
                .collect()
        };
        let long_id = "e".repeat(summitry_data::MAX_ID_LEN);
        let r = Route {
            view: View::Compare,
            event: Some(long_id.clone()),
            claim: Some(long_id.clone()),
            who: vec![long_id.clone(), format!("{}f", &long_id[1..])],
            filters: Filters {
                actors: ids('a'),
                topics: ids('t'),
                kinds: EventKind::ALL.to_vec(),
                from: Some(date!(2025 - 01 - 01)),
                to: Some(date!(2025 - 12 - 31)),
                // Four bytes a character, each written as %XX.
                query: "😀".repeat(crate::filter::MAX_QUERY_LEN),
            },
            zoom: map::clamp(
                &map::viewport(),
                Zoom {
                    k: 1.23,
                    x: 432.1,
                    y: 321.1,
                },
            ),
        };
        assert!(r.format().len() <= MAX_HASH_LEN, "{}", r.format().len());
        assert_eq!(Route::parse(&r.format()), r);
    }

    #[test]
    fn an_id_cut_by_the_length_limit_is_dropped_not_shortened() {
        // The limit falls inside "second": reading "sec" would name another actor.
        let lead = format!("actor={},first,", "a".repeat(MAX_HASH_LEN - 16));
        let hash = format!("{lead}second");
        assert!(lead.len() < MAX_HASH_LEN && hash.len() > MAX_HASH_LEN);
        let r = Route::parse(&hash);
        assert_eq!(r.filters.actors.last().map(String::as_str), Some("first"));
        // Cut right after a whole pair, nothing is lost.
        let whole = format!("view=list&x={}", "y".repeat(MAX_HASH_LEN - 12));
        assert_eq!(whole.len(), MAX_HASH_LEN);
        assert_eq!(Route::parse(&format!("{whole}&more")).view, View::List);
    }

    #[test]
    fn a_cut_inside_a_multibyte_character_does_not_panic() {
        let hash = format!("view=list&x={}", "é".repeat(MAX_HASH_LEN));
        assert_eq!(Route::parse(&hash).view, View::List);
    }

    #[test]
    fn at_most_sixty_four_pairs_are_read() {
        let hash = format!("{}view=list", "x=1&".repeat(MAX_PAIRS));
        assert_eq!(Route::parse(&hash).view, View::Map);
    }

    #[test]
    fn ids_longer_than_a_link_accepts_are_ignored() {
        let long = "a".repeat(summitry_data::MAX_ID_LEN + 1);
        let r = Route::parse(&format!("event={long}&actor={long},ok"));
        assert_eq!(r.event, None);
        assert_eq!(r.filters.actors, ["ok"]);
    }

    #[test]
    fn sanitising_a_route_built_in_code_also_bounds_its_lists() {
        let ds = sample();
        let mut r = Route::default();
        r.filters.actors = vec!["putin".to_string(); 100_000];
        r.filters.kinds = vec![EventKind::Call, EventKind::Call];
        let r = r.sanitise(&ds);
        assert_eq!(r.filters.actors, ["putin"]);
        assert_eq!(r.filters.kinds, [EventKind::Call]);
    }

    fn id() -> impl Strategy<Value = String> {
        "[a-z0-9][a-z0-9-]{0,20}"
    }

    fn route() -> impl Strategy<Value = Route> {
        (
            proptest::sample::select(View::ALL.to_vec()),
            (
                proptest::option::of(id()),
                proptest::collection::vec(id(), 0..3),
            ),
            proptest::option::of(id()),
            proptest::collection::vec(id(), 0..3),
            proptest::collection::vec(id(), 0..3),
            proptest::sample::subsequence(EventKind::ALL.to_vec(), 0..=4),
            proptest::option::of(0i64..2000),
            proptest::option::of((1u32..=64, -5000i32..5000, -5000i32..5000)),
            ".{0,100}",
        )
            .prop_map(
                |(view, (event, pair), claim, actors, topics, kinds, from, zoom, query)| Route {
                    view,
                    event,
                    claim,
                    // The network view selects one actor or two different ones.
                    who: who(unique(pair)),
                    // The widget's checkboxes never list an id twice.
                    filters: Filters {
                        actors: unique(actors),
                        topics: unique(topics),
                        kinds,
                        from: from.map(|d| date!(2024 - 01 - 01) + time::Duration::days(d)),
                        to: None,
                        query,
                    },
                    // A route the widget writes holds a zoom the map allows.
                    zoom: zoom.and_then(|(k, x, y)| {
                        map::clamp(
                            &map::viewport(),
                            Zoom {
                                k: f64::from(k) / 4.0,
                                x: f64::from(x) / 2.0,
                                y: f64::from(y) / 2.0,
                            },
                        )
                    }),
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

        #[test]
        fn any_zoom_numbers_give_a_zoom_the_map_shows_and_that_round_trips(
            k in prop_oneof![any::<f64>(), 0.0..20.0f64],
            x in prop_oneof![any::<f64>(), -100.0..1100.0f64],
            y in prop_oneof![any::<f64>(), -100.0..900.0f64],
        ) {
            let r = Route::parse(&format!("zoom={k},{x},{y}"));
            prop_assert!(bounded(&r), "{:?}", r);
            prop_assert_eq!(Route::parse(&r.format()), r);
        }

        #[test]
        fn any_hash_made_of_known_keys_parses_to_a_bounded_route(s in hashlike()) {
            let r = Route::parse(&s);
            prop_assert!(bounded(&r), "{:?}", r);
            prop_assert_eq!(Route::parse(&r.format()), r);
        }
    }

    /// Hashes of the keys the parser knows, with values that are often nearly right: repeated
    /// ids, long ids, numbers at the edges of f64, dates near the calendar's ends.
    pub(crate) fn hashlike() -> impl Strategy<Value = String> {
        let value = prop_oneof![
            id(),
            "[a-z]{1,3}(,[a-z]{1,3}){0,40}",
            "(call|meeting|talks|summit|x)(,(call|meeting|talks|summit|x)){0,8}",
            "-?[0-9]{1,4}(\\.[0-9]{1,3})?,-?[0-9]{1,5}(\\.[0-9]{1,3})?,-?[0-9]{1,5}(\\.[0-9]{1,3})?",
            "(1e308|-1e308|NaN|inf|-inf|0|1|8|8.0001|16|1e-308),(1e308|-1e308|0|500|-0),(1e308|-1e308|0|380)",
            "[0-9+-]{4}-[0-9]{2}-[0-9]{2}",
            "(map|compare|list|globe)",
            "[a-z0-9-]{79,82}",
            ".{0,20}",
        ];
        let key = prop_oneof![
            Just("view"),
            Just("event"),
            Just("claim"),
            Just("actor"),
            Just("topic"),
            Just("kind"),
            Just("from"),
            Just("to"),
            Just("zoom"),
            Just("q"),
            Just("x"),
            Just(""),
        ];
        proptest::collection::vec((key, value), 0..12).prop_map(|pairs| {
            let pairs: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("#{}", pairs.join("&"))
        })
    }

    /// True when `r` keeps every bound [`Route::parse`] promises.
    pub(crate) fn bounded(r: &Route) -> bool {
        let list_ok = |l: &[String]| {
            l.len() <= MAX_LIST
                && l.iter().all(|x| is_id(x))
                && l.iter().enumerate().all(|(i, x)| !l[..i].contains(x))
        };
        let zoom_ok = r.zoom.is_none_or(|z| {
            let vp = map::viewport();
            let vb = map::view_box(&vp, Some(z));
            z.k > 1.0
                && z.k <= map::MAX_ZOOM
                && vb.x >= -1e-9
                && vb.y >= -1e-9
                && vb.x + vb.w <= vp.width() + 1e-9
                && vb.y + vb.h <= vp.height() + 1e-9
        });
        list_ok(&r.filters.actors)
            && list_ok(&r.filters.topics)
            && r.filters.kinds.len() <= EventKind::ALL.len()
            && r.event.as_deref().is_none_or(is_id)
            && r.claim.as_deref().is_none_or(is_id)
            && r.filters.query.chars().count() <= crate::filter::MAX_QUERY_LEN
            && zoom_ok
    }
}
