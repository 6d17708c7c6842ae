//! What the map draws over its outlines for the current filters and zoom: a button per place,
//! cluster or call line, the leader lines of buttons moved aside, and the place labels, each with
//! every value the view sets on it already formatted.
//!
//! The view keys its rows by [`OverlayButton::key`] (stable while the button stands for the same
//! places or call line) and updates a kept button's attributes in place, so a change creates only
//! the buttons that appear; this is computed once per change and nothing here depends on the DOM.

use summitry_data::{Event, Status};

use crate::filter::same_events;
use crate::i18n::{kind, when, Texts};
use crate::lang::Lang;
use crate::layout::{lay_out_for, ItemKind};
use crate::map::{layout_items, CallArc, Marker, ViewBox};
use summitry_geo::num::{fixed, short};

/// A button's accessible name (also its tip) lists its events when it has at most this many.
pub const LABEL_LINES: usize = 3;
/// ...and names at most this many places, then "…".
pub const LABEL_PLACES: usize = 3;

/// One map button.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OverlayButton {
    /// Unique among the buttons: its test id, and after the first, `#2`, `#3`... (the same
    /// button may be laid out apart at different widths).
    pub key: String,
    /// `marker-<place>`, `marker-group-<first place>` or `call-<capital>-<capital>`.
    pub testid: String,
    /// Its classes: `sm-marker`, the width classes, and `--call` or `--hollow`.
    pub class: String,
    /// A call line's button.
    pub calls: bool,
    /// Several places share it at this size.
    pub several_places: bool,
    /// CSS `left` and `top` (percent) and `--sm-marker-size` (px).
    pub left: String,
    /// See `left`.
    pub top: String,
    /// See `left`.
    pub size: String,
    /// Its centre, in percent of the view box.
    pub centre: (f64, f64),
    /// Its accessible name.
    pub label: String,
    /// Its number of events.
    pub n: usize,
    /// Its places' names, for the list a click may open.
    pub title: String,
}

/// A leader line from a place to its button moved aside, in percent.
#[derive(Debug, Clone, PartialEq)]
pub struct Leader {
    /// Its classes (the width classes that show it).
    pub class: String,
    /// The place: `x1`/`cx` and `y1`/`cy`.
    pub from: (String, String),
    /// The button: `x2`, `y2`.
    pub to: (String, String),
}

/// A place's label.
#[derive(Debug, Clone, PartialEq)]
pub struct OverlayLabel {
    /// Its classes: side and width classes.
    pub class: String,
    /// CSS `left` and `top` (percent) and `--sm-label-offset` (px).
    pub left: String,
    /// See `left`.
    pub top: String,
    /// See `left`.
    pub offset: String,
    /// The name shown.
    pub text: String,
}

impl OverlayLabel {
    /// Its row key: a label that changes in any way is a new row.
    pub fn key(&self) -> String {
        format!(
            "{}|{}|{}|{}|{}",
            self.class, self.left, self.top, self.offset, self.text
        )
    }
}

/// Everything the map draws over its outlines.
#[derive(Debug, Clone, Default)]
pub struct Overlay<'a> {
    /// The buttons, places first, then call lines, each in key order ([`button_order`]), so the
    /// order is the same at every width; the view keeps them in the page in [`stable_slots`],
    /// so a change that adds or removes buttons moves no other button in the DOM (moving one
    /// makes the browser lay it out again).
    pub buttons: Vec<OverlayButton>,
    /// Each button's events: in time order for a button of one place or call line; a cluster's
    /// are its members' in turn ([`Overlay::events_of`] gives them in time order).
    pub events: Vec<Vec<&'a Event>>,
    /// The leader lines.
    pub leaders: Vec<Leader>,
    /// The labels.
    pub labels: Vec<OverlayLabel>,
}

// Events are compared by identity: an overlay of the same events is the same overlay.
impl PartialEq for Overlay<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.buttons == other.buttons
            && self.leaders == other.leaders
            && self.labels == other.labels
            && self.events.len() == other.events.len()
            && self
                .events
                .iter()
                .zip(&other.events)
                .all(|(a, b)| same_events(a, b))
    }
}

impl<'a> Overlay<'a> {
    /// The index of the button with this key.
    pub fn index(&self, key: &str) -> Option<usize> {
        self.buttons
            .binary_search_by(|b| button_order(&b.key, key))
            .ok()
    }

    /// Button `i`'s events, in time order.
    pub fn events_of(&self, i: usize) -> Vec<&'a Event> {
        let mut evs = self.events.get(i).cloned().unwrap_or_default();
        // Each member's run is in order already: the shared sort merges runs.
        summitry_data::order::sort_by_key(&mut evs, |e| e.when.date);
        evs
    }

    /// The keys of the buttons holding the event `id`.
    pub fn holding(&self, id: &str) -> Vec<String> {
        self.buttons
            .iter()
            .zip(&self.events)
            .filter(|(_, evs)| evs.iter().any(|e| e.id == id))
            .map(|(b, _)| b.key.clone())
            .collect()
    }
}

/// The order of buttons by key: places (`marker-…`) before call lines (`call-…`), so the
/// keyboard reaches places first and the page's early answers go to them first; then by key.
fn button_order(a: &str, b: &str) -> std::cmp::Ordering {
    let calls = |k: &str| k.starts_with("call-");
    (calls(a), a).cmp(&(calls(b), b))
}

/// The order in which the view keeps the buttons `keys` in the page, given the order it kept
/// them in before (`previous`, with `None` for a vacant slot): each button that stays keeps its
/// slot, and so does a button that comes back; up to `spare` buttons that go keep theirs too,
/// holding their key (the view hides them), the first ones in slot order; the other buttons that
/// go leave their slot vacant; new buttons fill vacant slots in key order and then go at the end,
/// and vacant slots at the end are dropped. With no spare, when no button stays, the slots are
/// `keys` in their own (key) order again.
///
/// Why: the keyed list the view draws them with (Leptos' `For`) moves a kept row in the DOM
/// whenever rows before it were added and removed in the same change, and moving a button makes
/// the browser style and lay it out again. At 10,000 events, ticking "calls" kept 72 buttons and
/// moved every one of them, besides adding 84 and removing 37; in stable slots none moves. And a
/// button that went with a filter is likely to come back with the next one (a kind ticked off and
/// on again: about 200 call lines at 10,000 events): in a spare slot it comes back as it was,
/// where it would otherwise be built again.
pub fn stable_slots(
    previous: &[Option<String>],
    keys: &[String],
    spare: usize,
) -> Vec<Option<String>> {
    let mut wanted: Vec<&str> = keys.iter().map(String::as_str).collect();
    wanted.sort_unstable();
    let has = |list: &[&str], k: &str| list.binary_search(&k).is_ok();
    let mut gone = 0;
    let mut out: Vec<Option<String>> = previous
        .iter()
        .map(|s| {
            s.clone().filter(|k| {
                has(&wanted, k) || {
                    gone += 1;
                    gone <= spare
                }
            })
        })
        .collect();
    let mut held: Vec<&str> = out.iter().flatten().map(String::as_str).collect();
    held.sort_unstable();
    let new: Vec<&String> = keys.iter().filter(|k| !has(&held, k)).collect();
    let mut vacant = 0;
    for k in new {
        while out.get(vacant).is_some_and(Option::is_some) {
            vacant += 1;
        }
        match out.get_mut(vacant) {
            Some(slot) => *slot = Some(k.clone()),
            None => out.push(Some(k.clone())),
        }
    }
    while out.last().is_some_and(Option::is_none) {
        out.pop();
    }
    out
}

fn event_line(lang: Lang, e: &Event) -> String {
    format!(
        "{} ({}, {})",
        e.title,
        kind(lang, e.kind),
        when(lang, &e.when)
    )
}

/// Lays out `marks` and `arcs` in the view box `vb`, at width class `only` or at every class
/// ([`lay_out_for`]), and formats what the view draws, in `lang`.
pub fn draw<'a>(
    marks: &[Marker<'a>],
    arcs: &[CallArc<'a>],
    lang: Lang,
    t: &Texts,
    vb: &ViewBox,
    only: Option<usize>,
) -> Overlay<'a> {
    let items = layout_items(marks, arcs);
    let laid = lay_out_for(&items, vb, only);
    // Each item's events: markers, then call lines, then capitals (which have none).
    let item_events = |i: usize| -> &[&'a Event] {
        if i < marks.len() {
            &marks[i].events
        } else {
            arcs.get(i - marks.len()).map_or(&[], |a| &a.events)
        }
    };
    let name = |i: usize| {
        items[i]
            .names
            .first()
            .cloned()
            .unwrap_or_else(|| items[i].key.clone())
    };

    let mut out = Overlay::default();
    for b in &laid.buttons {
        let widths = b.classes_in(laid.single);
        let members = &b.item.members;
        // In time order within each member: [`Overlay::events_of`] merges them when asked (a
        // cluster at scale holds thousands of events, and a change need not sort them).
        let evs: Vec<&'a Event> = members
            .iter()
            .flat_map(|m| item_events(*m).iter().copied())
            .collect();
        let calls = b.item.kind == ItemKind::Calls;
        let n = evs.len();
        let place_names: Vec<String> = members.iter().map(|m| name(*m)).collect();
        let title = place_names.join(", ");
        let named = if place_names.len() > LABEL_PLACES {
            format!("{}, …", place_names[..LABEL_PLACES].join(", "))
        } else {
            title.clone()
        };
        // A name (and so the tip) lists a button's events when there are a few; beyond that it
        // gives the count, and the panel lists them all (at scale a cluster holds thousands).
        let lines = if n <= LABEL_LINES {
            evs.iter()
                .map(|e| event_line(lang, e))
                .collect::<Vec<_>>()
                .join(";\n")
        } else {
            String::new()
        };
        let label = match (calls, lines.is_empty()) {
            (true, false) => format!("{} {named}:\n{lines}", (t.n_calls)(n)),
            (true, true) => format!("{} {named}", (t.n_calls)(n)),
            (false, false) => format!("{named}: {}.\n{lines}", (t.n_events)(n)),
            (false, true) => format!("{named}: {}.", (t.n_events)(n)),
        };
        let first = &items[members[0]].key;
        let testid = match (calls, members.len()) {
            (true, _) => format!("call-{}", first.replace('–', "-")),
            (false, 1) => format!("marker-{first}"),
            (false, _) => format!("marker-group-{first}"),
        };
        let hollow = !calls && evs.iter().all(|e| e.status != Status::Held);
        let mut class = format!("sm-marker {widths}");
        if calls {
            class.push_str(" sm-marker--call");
        }
        if hollow {
            class.push_str(" sm-marker--hollow");
        }
        let (left, top) = b.item.at;
        if let Some((ax, ay)) = b.item.anchor {
            out.leaders.push(Leader {
                class: format!("sm-map__leader {widths}"),
                from: (format!("{}%", short(ax, 2)), format!("{}%", short(ay, 2))),
                to: (
                    format!("{}%", short(left, 2)),
                    format!("{}%", short(top, 2)),
                ),
            });
        }
        out.buttons.push(OverlayButton {
            key: String::new(),
            testid,
            class,
            calls,
            several_places: !calls && members.len() > 1,
            left: format!("{}%", short(left, 2)),
            top: format!("{}%", short(top, 2)),
            size: format!("{}px", fixed(b.item.diameter, 0)),
            centre: (left, top),
            label,
            n,
            title,
        });
        out.events.push(evs);
    }
    for l in &laid.labels {
        let widths = l.classes_in(laid.single);
        let label = &l.item;
        out.labels.push(OverlayLabel {
            class: format!("sm-label sm-label--{} {widths}", label.side.as_str()),
            left: format!("{}%", short(label.at.0, 2)),
            top: format!("{}%", short(label.at.1, 2)),
            offset: format!("{}px", fixed(label.offset, 0)),
            text: label.text.clone(),
        });
    }
    // Key order, and the events in the same order.
    let mut order: Vec<usize> = (0..out.buttons.len()).collect();
    summitry_data::order::sort_by(&mut order, |a, b| {
        out.buttons[*a].testid.cmp(&out.buttons[*b].testid)
    });
    let (mut buttons, mut events) = (Vec::new(), Vec::new());
    // How many buttons so far share this one's test id (it is laid out apart at some widths).
    let mut same = 0;
    for i in order {
        let mut b = std::mem::take(&mut out.buttons[i]);
        same = match buttons.last() {
            Some(OverlayButton { testid, .. }) if *testid == b.testid => same + 1,
            _ => 1,
        };
        b.key = if same == 1 {
            b.testid.clone()
        } else {
            format!("{}#{same}", b.testid)
        };
        buttons.push(b);
        events.push(std::mem::take(&mut out.events[i]));
    }
    // Keys sort as their test ids do, except where a test id holds a character before `#`.
    let mut order: Vec<usize> = (0..buttons.len()).collect();
    summitry_data::order::sort_by(&mut order, |a, b| {
        button_order(&buttons[*a].key, &buttons[*b].key)
    });
    out.buttons = order
        .iter()
        .map(|i| std::mem::take(&mut buttons[*i]))
        .collect();
    out.events = order
        .iter()
        .map(|i| std::mem::take(&mut events[*i]))
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::texts;
    use crate::map::{call_arcs, markers, view_box, viewport};
    use crate::testdata::sample;
    use summitry_data::{EventKind, Store};

    fn slots(list: &[Option<&str>]) -> Vec<Option<String>> {
        list.iter().map(|s| s.map(String::from)).collect()
    }

    fn keys(list: &[&str]) -> Vec<String> {
        list.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn stable_slots_keep_every_kept_button_where_it_was() {
        // The first drawing, and one where nothing stays, are in key order.
        assert_eq!(
            stable_slots(&[], &keys(&["a", "b"]), 0),
            slots(&[Some("a"), Some("b")])
        );
        let before = slots(&[Some("a"), Some("b"), Some("c"), Some("d")]);
        assert_eq!(
            stable_slots(&before, &keys(&["x", "y"]), 0),
            slots(&[Some("x"), Some("y")])
        );
        // b goes and its slot waits; c and d stay where they were.
        let after = stable_slots(&before, &keys(&["a", "c", "d"]), 0);
        assert_eq!(after, slots(&[Some("a"), None, Some("c"), Some("d")]));
        // New buttons fill vacant slots in key order, then go at the end.
        let more = stable_slots(&after, &keys(&["a", "c", "d", "e", "f"]), 0);
        assert_eq!(
            more,
            slots(&[Some("a"), Some("e"), Some("c"), Some("d"), Some("f")])
        );
        // Vacant slots at the end are dropped.
        let fewer = stable_slots(&more, &keys(&["a", "e"]), 0);
        assert_eq!(fewer, slots(&[Some("a"), Some("e")]));
    }

    #[test]
    fn spare_slots_keep_buttons_that_go_until_they_come_back() {
        let before = slots(&[Some("a"), Some("b"), Some("c"), Some("d")]);
        // b and d go: with one spare slot, b keeps its slot (the first in slot order), d's is
        // vacant and dropped at the end.
        let fewer = stable_slots(&before, &keys(&["a", "c"]), 1);
        assert_eq!(fewer, slots(&[Some("a"), Some("b"), Some("c")]));
        // b comes back where it was; d is new again and goes at the end.
        let back = stable_slots(&fewer, &keys(&["a", "b", "c", "d"]), 1);
        assert_eq!(back, before);
        // A new button takes a vacant slot, never a spare one.
        let spared = stable_slots(&before, &keys(&["a", "c"]), 2);
        assert_eq!(spared, before);
        let other = stable_slots(&spared, &keys(&["a", "c", "e"]), 2);
        assert_eq!(
            other,
            slots(&[Some("a"), Some("b"), Some("c"), Some("d"), Some("e")])
        );
        // A spare slot gives way when more buttons go than there are spare slots.
        let most = stable_slots(&other, &keys(&["e"]), 2);
        assert_eq!(most, slots(&[Some("a"), Some("b"), None, None, Some("e")]));
    }

    #[test]
    fn stable_slots_hold_each_button_once_and_at_most_spare_gone_ones() {
        for spare in 0..4 {
            let mut previous = Vec::new();
            for keep in [
                &["b", "d", "f"][..],
                &["a", "b", "c", "g"],
                &["g"],
                &["c", "d", "e", "g", "h"],
                &["a", "f"],
                &[],
            ] {
                let next = stable_slots(&previous, &keys(keep), spare);
                let mut held: Vec<&str> = next.iter().flatten().map(String::as_str).collect();
                held.sort_unstable();
                held.dedup();
                assert_eq!(
                    held.len(),
                    next.iter().flatten().count(),
                    "a key held twice"
                );
                let (shown, gone): (Vec<&str>, Vec<&str>) =
                    held.iter().partition(|k| keep.contains(k));
                assert_eq!(shown, keep);
                assert!(gone.len() <= spare);
                assert!(next.last().is_none_or(Option::is_some));
                // Every button that stays or comes back keeps its slot.
                for (i, s) in previous.iter().enumerate() {
                    if let Some(k) = s.as_deref().filter(|k| keep.contains(k)) {
                        assert_eq!(next[i].as_deref(), Some(k));
                    }
                }
                previous = next;
            }
        }
    }

    fn overlay_of(ds: &Store) -> Overlay<'_> {
        let vp = viewport();
        let shown = ds.events();
        let marks = markers(ds, &shown);
        let arcs = call_arcs(ds, &shown);
        draw(
            &marks,
            &arcs,
            Lang::En,
            texts(Lang::En),
            &view_box(&vp, None),
            None,
        )
    }

    #[test]
    fn every_button_is_found_by_its_key_and_keys_are_unique() {
        let ds = sample();
        let o = overlay_of(&ds);
        assert!(!o.buttons.is_empty());
        for (i, b) in o.buttons.iter().enumerate() {
            assert_eq!(o.index(&b.key), Some(i), "{}", b.key);
        }
        assert_eq!(o.index("no such key"), None);
    }

    #[test]
    fn places_come_before_call_lines_each_in_key_order() {
        let ds = sample();
        let o = overlay_of(&ds);
        let first_call = o.buttons.iter().position(|b| b.calls).expect("a call line");
        assert!(first_call > 0, "a place first");
        assert!(o.buttons[first_call..].iter().all(|b| b.calls));
        for part in [&o.buttons[..first_call], &o.buttons[first_call..]] {
            assert!(part.windows(2).all(|w| w[0].key < w[1].key));
        }
    }

    #[test]
    fn each_button_counts_its_events_in_time_order() {
        let ds = sample();
        let o = overlay_of(&ds);
        for (b, evs) in o.buttons.iter().zip(&o.events) {
            assert_eq!(b.n, evs.len());
            assert!(
                evs.windows(2).all(|w| w[0].when.date <= w[1].when.date),
                "{}",
                b.key
            );
        }
    }

    #[test]
    fn every_event_with_a_place_or_a_call_line_is_on_a_button() {
        let ds = sample();
        let o = overlay_of(&ds);
        let mut on_buttons = 0;
        for e in ds.events() {
            if e.place.is_some() || e.kind == EventKind::Call {
                assert!(!o.holding(&e.id).is_empty(), "{} is on no button", e.id);
                on_buttons += 1;
            }
        }
        assert!(on_buttons > 0);
        assert!(o.holding("no-such-event").is_empty());
    }

    #[test]
    fn call_buttons_say_calls_and_markers_say_events() {
        let ds = sample();
        let o = overlay_of(&ds);
        let call = o.buttons.iter().find(|b| b.calls).expect("a call line");
        assert!(call.testid.starts_with("call-"));
        assert!(call.class.contains("sm-marker--call"));
        assert!(call.label.contains("call"), "{}", call.label);
        let marker = o.buttons.iter().find(|b| !b.calls).expect("a marker");
        assert!(marker.testid.starts_with("marker-"));
        assert!(marker.label.contains("event"), "{}", marker.label);
    }

    #[test]
    fn the_same_events_make_the_same_overlay_and_fewer_events_another() {
        let ds = sample();
        assert_eq!(overlay_of(&ds), overlay_of(&ds));
        let vp = viewport();
        let fewer: Vec<_> = ds.events().into_iter().skip(1).collect();
        let other = draw(
            &markers(&ds, &fewer),
            &call_arcs(&ds, &fewer),
            Lang::En,
            texts(Lang::En),
            &view_box(&vp, None),
            None,
        );
        assert_ne!(overlay_of(&ds), other);
    }
}
