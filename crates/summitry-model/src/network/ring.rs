//! Where the network is drawn in a frame: nodes on a ring (each side a sector of it, in the
//! dataset's order), labels outside the ring that never overlap, and edges as SVG paths.
//!
//! Computed once per network and frame, never per animation frame, and without randomness: the
//! same network in the same frame is always drawn the same.
//!
//! Labels are placed heaviest node first, horizontally, just outside their node along the ring's
//! radius (right of nodes on the right half, left of those on the left, above or below at the
//! top and bottom). A label tries each of its names (longest first), close to the ring then one
//! line further out (and, at the top and bottom, beside its node on the side away from the
//! middle); it must stay inside the frame and clear of every placed label and every other node's
//! hit target. A node whose names all fail gets a number instead ([`Tag::Key`]),
//! drawn on the node and listed in [`Layout::key`] with its name.

use summitry_data::{ActorKind, Store};
use summitry_geo::num::short;
use summitry_geo::Point;

use super::graph::{Channel, Edge, Network, Node};

/// Least distance between two node centres, in CSS pixels: each node has a 24 px hit target
/// (WCAG 2.2, 2.5.8), and two targets keep a gap. Draw it as a circle of radius 12: two
/// neighbours on the ring stand diagonally, where 24 px squares could still overlap.
pub const MIN_CENTRE_GAP: f64 = 26.0;

/// Diameter of a node's invisible hit target, in CSS pixels.
const HIT: f64 = 24.0;
/// Largest and smallest drawn node radius, in CSS pixels.
const R_MAX: f64 = 16.0;
const R_MIN: f64 = 5.0;
/// Space between a node's hit target and its label.
const LABEL_GAP: f64 = 4.0;
/// A character's estimated width, in ems (errs wide), and a label's line height.
const CHAR_EM: f64 = 0.6;
const LINE_EM: f64 = 1.2;
/// Distance between the two rings when one ring cannot hold every node.
const RING_STEP: f64 = 30.0;
/// Part of the frame's width a label may take beside the ring.
const LABEL_SHARE: f64 = 0.22;

/// The space the network is drawn in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Width in CSS pixels (the view box's width).
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
    /// The labels' font size in CSS pixels.
    pub label_font_px: f64,
}

/// A box in view box units (CSS pixels).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// True when the two boxes share some area (touching edges do not count).
    pub fn intersects(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    /// True when the box lies within a `width` × `height` frame.
    pub fn inside(&self, width: f64, height: f64) -> bool {
        self.x >= 0.0 && self.y >= 0.0 && self.x + self.w <= width && self.y + self.h <= height
    }

    /// The `size` × `size` square centred on `at`.
    fn square(at: Point, size: f64) -> Rect {
        Rect {
            x: at.x - size / 2.0,
            y: at.y - size / 2.0,
            w: size,
            h: size,
        }
    }
}

/// Where a label's text is anchored (SVG `text-anchor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at its point (right of its node).
    Start,
    /// The text is centred on its point (above or below its node).
    Middle,
    /// The text ends at its point (left of its node).
    End,
}

impl Anchor {
    /// The `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// How a node is named in the drawing.
#[derive(Debug, Clone, PartialEq)]
pub enum Tag {
    /// A label beside the node.
    Text {
        /// One of the node's names (maybe a shorter one).
        text: String,
        /// The text's anchor point: `x` as `anchor` says, `y` on the baseline.
        x: f64,
        /// Baseline.
        y: f64,
        /// How the text hangs from `x`.
        anchor: Anchor,
        /// The box the text is estimated to fill.
        rect: Rect,
    },
    /// No room for a name: a number drawn on the node, named in [`Layout::key`].
    Key {
        /// The number, from 1, in node order.
        number: usize,
        /// The box of the number (of up to two digits), centred on the node.
        rect: Rect,
    },
}

impl Tag {
    /// The box the tag fills.
    pub fn rect(&self) -> Rect {
        match self {
            Tag::Text { rect, .. } | Tag::Key { rect, .. } => *rect,
        }
    }
}

/// A node as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeAt {
    /// Its centre.
    pub at: Point,
    /// The drawn circle's radius (its hit target is a 24 px square around `at` regardless).
    pub r: f64,
    /// Its label or number.
    pub tag: Tag,
}

/// An edge as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeAt {
    /// SVG path data: a straight line for meetings, a curve bent towards the ring's centre for
    /// calls and one bent away from it for planned events, so a pair's three edges never lie on
    /// one another.
    pub d: String,
    /// The edge's channel: the view draws [`Channel::Planned`] dashed (a meeting that did not
    /// happen, never drawn like one), the others solid.
    pub channel: Channel,
    /// Stroke width, from the number of events: 1.5 + 1.5 × log2(count), at most 6.
    pub width: f64,
    /// The middle of the path (for a focus mark or a tooltip).
    pub mid: Point,
}

/// The network drawn in a frame: one entry per node and per edge, in the network's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The `viewBox` attribute value: `0 0 width height`.
    pub view_box: String,
    /// The nodes.
    pub nodes: Vec<NodeAt>,
    /// The edges.
    pub edges: Vec<EdgeAt>,
    /// The nodes drawn with a number ([`Tag::Key`]), in number order: the key lists their names.
    pub key: Vec<usize>,
}

/// A node's label texts, longest first: its name, then shorter forms (a person's last name, an
/// office's name before "of" or a comma, a name cut to 14 characters). A group's only name is what `others` writes for
/// its number of members ("12 others", in the reader's language).
pub fn names(ds: &Store, node: &Node, others: impl Fn(usize) -> String) -> Vec<String> {
    if node.is_group() {
        return vec![others(node.members.len())];
    }
    let name = node.name.trim();
    let person = ds.actor(node.id).map(|a| a.kind) == Some(ActorKind::Person);
    let mut out = vec![name.to_string()];
    out.push(if person {
        surname(name)
    } else {
        let head = name.split([',', '(']).next().unwrap_or(name).trim();
        match head.split_once(" of ") {
            Some((before, _)) if before.contains(' ') => before.to_string(),
            _ => head.to_string(),
        }
    });
    let last = out.last().map_or(0, |s| s.chars().count());
    if last > 16 {
        let cut: String = name.chars().take(14).collect();
        out.push(format!("{}…", cut.trim_end()));
    }
    out.retain(|s| !s.is_empty());
    out.dedup();
    out
}

/// A person's last name, with the particles before it: "Macron", "von der Leyen".
fn surname(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut from = words.len().saturating_sub(1);
    while from > 1 && words[from - 1].starts_with(char::is_lowercase) {
        from -= 1;
    }
    words[from..].join(" ")
}

/// The network drawn in `frame`; `names` holds each node's label texts (see [`names`]).
pub fn layout(net: &Network, names: &[Vec<String>], frame: Frame) -> Layout {
    let ring = Ring::new(net, names, frame);
    let centres: Vec<Point> = (0..net.nodes.len()).map(|i| ring.at(i)).collect();
    let radii = radii(net, &centres);
    let mut tags = labels(net, names, frame, &centres, &radii);
    let mut key = Vec::new();
    for (i, tag) in tags.iter_mut().enumerate() {
        if let Tag::Key { number, .. } = tag {
            key.push(i);
            *number = key.len();
        }
    }
    let nodes = (centres.iter().zip(radii).zip(tags))
        .map(|((at, r), tag)| NodeAt { at: *at, r, tag })
        .collect();
    let edges = net
        .edges
        .iter()
        .map(|e| edge_at(e, &centres, ring.centre))
        .collect();
    Layout {
        view_box: format!("0 0 {} {}", short(frame.width, 1), short(frame.height, 1)),
        nodes,
        edges,
        key,
    }
}

/// The ring the nodes sit on.
struct Ring {
    centre: Point,
    /// The outer ring's radius.
    radius: f64,
    /// Each node's angle (radians, clockwise from east; the first side starts at the top).
    angles: Vec<f64>,
    /// True when every other node sits on an inner ring.
    two: bool,
}

impl Ring {
    /// The ring for `net` in `frame`: as wide as the labels leave room for, wider when its
    /// nodes would stand closer than [`MIN_CENTRE_GAP`], never past the frame.
    fn new(net: &Network, names: &[Vec<String>], frame: Frame) -> Ring {
        let font = frame.label_font_px;
        let (w, h) = (frame.width, frame.height);
        let widest = names
            .iter()
            .filter_map(|n| n.last())
            .map(|s| text_width(s, font))
            .fold(0.0, f64::max);
        let room_x = widest.min(LABEL_SHARE * w) + LABEL_GAP + R_MAX + 1.0;
        let room_y = font * LINE_EM + LABEL_GAP + R_MAX + 1.0;
        let fit = (w / 2.0 - room_x).min(h / 2.0 - room_y);
        let most = (w.min(h) / 2.0 - R_MAX - 1.0).max(0.0);
        let sides = side_changes(net);
        let n = net.nodes.len();
        let (gaps, two) = if need(n + sides) <= most {
            (true, false)
        } else {
            (false, need(n) > most)
        };
        // Two rings alternate, so they need an even number of slots.
        let total = match (gaps, two) {
            (true, _) => n + sides,
            (false, true) => n + n % 2,
            (false, false) => n,
        };
        let radius = fit.max(need(total)).min(most).max(0.0);
        Ring {
            centre: Point::new(w / 2.0, h / 2.0),
            radius,
            angles: angles(net, gaps, total),
            two,
        }
    }

    /// The radius node `i` sits at.
    fn radius_of(&self, i: usize) -> f64 {
        if self.two && i % 2 == 1 {
            (self.radius - RING_STEP).max(0.0)
        } else {
            self.radius
        }
    }

    /// Node `i`'s centre.
    fn at(&self, i: usize) -> Point {
        let (r, a) = (self.radius_of(i), self.angles[i]);
        Point::new(self.centre.x + r * a.cos(), self.centre.y + r * a.sin())
    }
}

/// The radius a ring of `slots` evenly spaced nodes needs to keep [`MIN_CENTRE_GAP`].
fn need(slots: usize) -> f64 {
    if slots < 2 {
        return 0.0;
    }
    MIN_CENTRE_GAP / (2.0 * (std::f64::consts::PI / slots as f64).sin())
}

/// How many sides the nodes belong to, when more than one (one empty slot follows each side).
fn side_changes(net: &Network) -> usize {
    let mut sides: Vec<usize> = net.nodes.iter().map(|n| n.side_index).collect();
    sides.dedup();
    if sides.len() > 1 {
        sides.len()
    } else {
        0
    }
}

/// Each node's angle on a ring of `total` slots: nodes in order from the top, clockwise, with
/// an empty slot after each side when `gaps`.
fn angles(net: &Network, gaps: bool, total: usize) -> Vec<f64> {
    let step = std::f64::consts::TAU / total.max(1) as f64;
    let mut slot = 0;
    let mut out = Vec::with_capacity(net.nodes.len());
    for (i, n) in net.nodes.iter().enumerate() {
        if gaps && i > 0 && net.nodes[i - 1].side_index != n.side_index {
            slot += 1;
        }
        out.push(-std::f64::consts::FRAC_PI_2 + step * (slot as f64 + 0.5));
        slot += 1;
    }
    out
}

/// Each node's drawn radius: from [`R_MIN`] to the largest that keeps circles apart (at most
/// [`R_MAX`]), by the square root of its held count over the largest held count. An actor only
/// in planned events is drawn at [`R_MIN`].
fn radii(net: &Network, centres: &[Point]) -> Vec<f64> {
    let mut closest = f64::INFINITY;
    for (i, p) in centres.iter().enumerate() {
        for q in &centres[i + 1..] {
            closest = closest.min((p.x - q.x).hypot(p.y - q.y));
        }
    }
    let top = ((closest - 2.0) / 2.0).clamp(R_MIN, R_MAX);
    let most = net.nodes.iter().map(|n| n.held).max().unwrap_or(1).max(1) as f64;
    net.nodes
        .iter()
        .map(|n| R_MIN + (top - R_MIN) * (n.held as f64 / most).sqrt())
        .collect()
}

/// Estimated width of `text` at `font` px.
fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * CHAR_EM * font
}

/// Half the side of the square node `r` keeps clear: its hit target or its circle.
fn half(r: f64) -> f64 {
    (HIT / 2.0).max(r + 1.0)
}

/// Each node's tag: a label where one fits (heaviest nodes first), else a number (0 for now).
fn labels(
    net: &Network,
    names: &[Vec<String>],
    frame: Frame,
    centres: &[Point],
    radii: &[f64],
) -> Vec<Tag> {
    let targets: Vec<Rect> = (centres.iter().zip(radii))
        .map(|(c, r)| Rect::square(*c, 2.0 * half(*r)))
        .collect();
    // Room for a number of two digits, centred on the node: clear of its neighbours' numbers
    // while centres keep [`MIN_CENTRE_GAP`].
    let digits = (2.0 * CHAR_EM * frame.label_font_px).max(frame.label_font_px * LINE_EM);
    let mut tags: Vec<Tag> = centres
        .iter()
        .map(|c| Tag::Key {
            number: 0,
            rect: Rect::square(*c, digits),
        })
        .collect();
    let mut by_weight: Vec<usize> = (0..net.nodes.len()).collect();
    summitry_data::order::sort_by_key(&mut by_weight, |i| {
        let n = &net.nodes[*i];
        std::cmp::Reverse((n.held, n.count()))
    });
    let mut placed: Vec<Rect> = Vec::new();
    let centre = Point::new(frame.width / 2.0, frame.height / 2.0);
    for i in by_weight {
        let free = |r: &Rect| {
            r.inside(frame.width, frame.height)
                && !placed.iter().any(|p| p.intersects(r))
                && !targets.iter().any(|t| t.intersects(r))
        };
        let texts = names.get(i).map_or(&[][..], Vec::as_slice);
        let away = (centres[i].y - centre.y).atan2(centres[i].x - centre.x);
        let spot = Spot {
            at: centres[i],
            half: half(radii[i]),
            angle: away,
        };
        if let Some(tag) = label_for(&spot, texts, frame.label_font_px, free) {
            placed.push(tag.rect());
            tags[i] = tag;
        }
    }
    tags
}

/// A node to label: its centre, the half side of the square it keeps clear, and the direction
/// away from the ring's centre.
struct Spot {
    at: Point,
    half: f64,
    angle: f64,
}

/// The first label `free` accepts for the node at `spot`: each text, longest first, just outside
/// the node's square away from the ring's centre, then one line further out; a node at the top
/// or bottom then tries beside it, on its side of the middle.
fn label_for(
    spot: &Spot,
    texts: &[String],
    font: f64,
    free: impl Fn(&Rect) -> bool,
) -> Option<Tag> {
    let line = font * LINE_EM;
    let (dx, dy) = (spot.angle.cos(), spot.angle.sin());
    let (cx, cy, gap) = (spot.at.x, spot.at.y, spot.half + LABEL_GAP);
    // Where a label goes: (towards, push) with towards -1 left, 1 right, 0 above or below.
    let towards = if dx > 0.35 {
        1.0
    } else if dx < -0.35 {
        -1.0
    } else {
        0.0
    };
    let mut tries = vec![(towards, 0.0), (towards, line)];
    if towards == 0.0 {
        tries.push((if dx < 0.0 { -1.0 } else { 1.0 }, 0.0));
    }
    for text in texts {
        let w = text_width(text, font);
        for (side, push) in &tries {
            let (anchor, x, left, top) = if *side > 0.0 {
                let x = cx + gap + push;
                (Anchor::Start, x, x, cy + dy * spot.half - line / 2.0)
            } else if *side < 0.0 {
                let x = cx - gap - push;
                (Anchor::End, x, x - w, cy + dy * spot.half - line / 2.0)
            } else {
                let x = cx + dx * spot.half;
                let top = if dy < 0.0 {
                    cy - gap - push - line
                } else {
                    cy + gap + push
                };
                (Anchor::Middle, x, x - w / 2.0, top)
            };
            let rect = Rect {
                x: left,
                y: top,
                w,
                h: line,
            };
            if free(&rect) {
                return Some(Tag::Text {
                    text: text.clone(),
                    x,
                    y: top + (line + font * 0.7) / 2.0,
                    anchor,
                    rect,
                });
            }
        }
    }
    None
}

/// How edge `e` is drawn between `centres`, bending calls towards the ring's `centre` and
/// planned edges away from it.
fn edge_at(e: &Edge, centres: &[Point], centre: Point) -> EdgeAt {
    let (p, q) = (centres[e.a], centres[e.b]);
    let n = |v: f64| short(v, 1);
    let width = (1.5 + 1.5 * (e.count() as f64).log2()).min(6.0);
    let channel = e.channel;
    let m = Point::new((p.x + q.x) / 2.0, (p.y + q.y) / 2.0);
    let sign = match channel {
        Channel::InPerson => {
            let d = format!("M{} {}L{} {}", n(p.x), n(p.y), n(q.x), n(q.y));
            return EdgeAt {
                d,
                channel,
                width,
                mid: m,
            };
        }
        Channel::Call => 1.0,
        Channel::Planned => -1.0,
    };
    let len = (q.x - p.x).hypot(q.y - p.y).max(1.0);
    let (tx, ty) = (centre.x - m.x, centre.y - m.y);
    let towards = tx.hypot(ty);
    let (ux, uy) = if towards >= 1.0 {
        (sign * tx / towards, sign * ty / towards)
    } else {
        (-sign * (q.y - p.y) / len, sign * (q.x - p.x) / len)
    };
    let bend = (0.25 * len).clamp(12.0, 60.0);
    let c = Point::new(m.x + ux * bend, m.y + uy * bend);
    let d = format!(
        "M{} {}Q{} {} {} {}",
        n(p.x),
        n(p.y),
        n(c.x),
        n(c.y),
        n(q.x),
        n(q.y)
    );
    let mid = Point::new(m.x + ux * bend / 2.0, m.y + uy * bend / 2.0);
    EdgeAt {
        d,
        channel,
        width,
        mid,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testgen::{crowd, real};
    use super::super::{build, group, Limits};
    use super::*;
    use crate::filter::in_time_order;
    use crate::testdata::sample;

    const PHONE: Frame = Frame {
        width: 375.0,
        height: 500.0,
        label_font_px: 12.0,
    };
    const DESKTOP: Frame = Frame {
        width: 1280.0,
        height: 640.0,
        label_font_px: 12.0,
    };

    fn all_names(ds: &Store, net: &Network) -> Vec<Vec<String>> {
        net.nodes
            .iter()
            .map(|n| names(ds, n, |k| format!("{k} others")))
            .collect()
    }

    /// The network of `ds` grouped for `frame`, and its layout.
    fn drawn(ds: &Store, frame: Frame) -> (Network<'_>, Layout) {
        let full = build(ds, &ds.events());
        let net = group(&full, Limits::for_width(frame.width), &[]);
        let lay = layout(&net, &all_names(ds, &net), frame);
        (net, lay)
    }

    /// Panics unless no two tags overlap, every tag is inside the frame and node centres keep
    /// [`MIN_CENTRE_GAP`] and stay inside too.
    fn assert_clear(lay: &Layout, frame: Frame) {
        for (i, a) in lay.nodes.iter().enumerate() {
            assert!(
                a.tag.rect().inside(frame.width, frame.height),
                "{:?}",
                a.tag
            );
            for b in &lay.nodes[i + 1..] {
                assert!(
                    !a.tag.rect().intersects(&b.tag.rect()),
                    "{:?} and {:?}",
                    a.tag,
                    b.tag
                );
                let d = (a.at.x - b.at.x).hypot(a.at.y - b.at.y);
                assert!(d + 1e-9 >= MIN_CENTRE_GAP, "centres {d:.1} px apart");
                assert!(d >= a.r + b.r, "circles overlap");
            }
        }
    }

    #[test]
    fn on_the_real_data_no_two_labels_overlap_on_a_phone_or_a_desktop() {
        let ds = real();
        for frame in [PHONE, DESKTOP] {
            let (net, lay) = drawn(&ds, frame);
            assert_eq!(lay.nodes.len(), net.nodes.len());
            assert_clear(&lay, frame);
        }
        let (_, lay) = drawn(&ds, DESKTOP);
        assert!(
            lay.key.is_empty(),
            "every name fits at 1280 px: {:?}",
            lay.key
        );
    }

    #[test]
    fn in_a_generated_crowd_no_two_labels_overlap_and_the_rest_are_numbered() {
        let ds = crowd(10_000, 240, 8);
        for frame in [PHONE, DESKTOP] {
            let (net, lay) = drawn(&ds, frame);
            assert_clear(&lay, frame);
            let numbered: Vec<usize> = (lay.nodes.iter().enumerate())
                .filter_map(|(i, n)| match n.tag {
                    Tag::Key { number, .. } => Some((i, number)),
                    Tag::Text { .. } => None,
                })
                .map(|(i, number)| {
                    assert_eq!(lay.key[number - 1], i);
                    i
                })
                .collect();
            assert_eq!(numbered, lay.key);
            let labelled = net.nodes.len() - lay.key.len();
            assert!(labelled * 2 >= net.nodes.len(), "most nodes keep a label");
        }
    }

    #[test]
    fn a_network_larger_than_a_ring_holds_keeps_its_nodes_apart() {
        let ds = crowd(3_000, 90, 3);
        let full = build(&ds, &ds.events());
        let net = group(
            &full,
            Limits {
                max_nodes: 60,
                max_edges: MAX,
            },
            &[],
        );
        let lay = layout(&net, &all_names(&ds, &net), PHONE);
        assert_clear(&lay, PHONE);
    }
    const MAX: usize = super::super::MAX_EDGES;

    #[test]
    fn no_events_lay_out_nothing_and_one_actor_alone_is_labelled() {
        let ds = sample();
        let none = build(&ds, &[]);
        let lay = layout(&none, &[], PHONE);
        assert!(lay.nodes.is_empty() && lay.edges.is_empty() && lay.key.is_empty());
        let istanbul = [ds.event("istanbul").unwrap()];
        let mut one = build(&ds, &istanbul);
        one.nodes.truncate(1);
        one.edges.clear();
        let lay = layout(&one, &all_names(&ds, &one), PHONE);
        assert!(matches!(lay.nodes[0].tag, Tag::Text { .. }));
        assert_clear(&lay, PHONE);
    }

    #[test]
    fn a_call_is_drawn_apart_from_the_meeting_between_the_same_pair() {
        let ds = sample();
        let net = build(&ds, &in_time_order(&ds));
        let lay = layout(&net, &all_names(&ds, &net), PHONE);
        let pair = |channel| {
            let i = (net.edges.iter())
                .position(|e| e.channel == channel && net.nodes[e.b].id == "macron")
                .unwrap();
            &lay.edges[i]
        };
        let (meeting, call) = (pair(Channel::InPerson), pair(Channel::Call));
        assert!(meeting.d.contains('L') && call.d.contains('Q'));
        let apart = (meeting.mid.x - call.mid.x).hypot(meeting.mid.y - call.mid.y);
        assert!(apart >= 6.0, "{apart:.1} px apart");
    }

    #[test]
    fn a_planned_edge_is_bent_away_from_the_call_and_a_planned_only_actor_is_smallest() {
        let mut ds = crate::testdata::sample_dataset();
        ds.events[0].status = summitry_data::Status::Proposed; // Istanbul: Putin only planned
        let mut plan = ds.events[1].clone(); // Paris, Zelensky and Macron
        plan.id = "paris-plan".into();
        plan.status = summitry_data::Status::Scheduled;
        ds.events.push(plan);
        let ds = Store::from_dataset(ds);
        let net = build(&ds, &in_time_order(&ds));
        let lay = layout(&net, &all_names(&ds, &net), DESKTOP);
        assert_clear(&lay, DESKTOP);
        let centre = Point::new(DESKTOP.width / 2.0, DESKTOP.height / 2.0);
        let from_centre = |p: Point| (p.x - centre.x).hypot(p.y - centre.y);
        let macron = net.find("macron").unwrap();
        let pair = |channel| {
            let i = (net.edges.iter())
                .position(|e| e.channel == channel && e.b == macron)
                .unwrap();
            assert_eq!(lay.edges[i].channel, channel, "the view dashes by it");
            &lay.edges[i]
        };
        let (meeting, call, planned) = (
            pair(Channel::InPerson),
            pair(Channel::Call),
            pair(Channel::Planned),
        );
        assert!(planned.d.contains('Q'));
        assert!(from_centre(call.mid) < from_centre(meeting.mid));
        assert!(from_centre(planned.mid) > from_centre(meeting.mid));
        for other in [meeting, call] {
            let apart = (planned.mid.x - other.mid.x).hypot(planned.mid.y - other.mid.y);
            assert!(apart >= 6.0, "{apart:.1} px apart");
        }
        let putin = net.find("putin").unwrap();
        assert_eq!(net.nodes[putin].held, 0);
        assert_eq!(lay.nodes[putin].r, R_MIN);
        assert!(lay.nodes.iter().all(|n| n.r >= R_MIN));
        assert!(lay.nodes[net.find("zelensky").unwrap()].r > R_MIN);
    }

    #[test]
    fn a_stroke_grows_with_the_count_and_stops_at_six() {
        let ds = crowd(10_000, 240, 8);
        let (net, lay) = drawn(&ds, DESKTOP);
        for (e, at) in net.edges.iter().zip(&lay.edges) {
            assert!((1.5..=6.0).contains(&at.width));
            if e.count() == 1 {
                assert_eq!(at.width, 1.5);
            }
        }
        assert_eq!(lay.edges[0].width, 6.0);
    }

    #[test]
    fn each_side_is_one_arc_of_the_ring_in_the_datasets_order() {
        let ds = sample();
        let net = build(&ds, &in_time_order(&ds));
        let lay = layout(&net, &all_names(&ds, &net), DESKTOP);
        let (cx, cy) = (DESKTOP.width / 2.0, DESKTOP.height / 2.0);
        let clockwise = |p: Point| {
            let a = (p.y - cy).atan2(p.x - cx) + std::f64::consts::FRAC_PI_2;
            a.rem_euclid(std::f64::consts::TAU)
        };
        let turns: Vec<f64> = lay.nodes.iter().map(|n| clockwise(n.at)).collect();
        assert!(turns.windows(2).all(|w| w[0] < w[1]), "{turns:?}");
    }

    #[test]
    fn the_same_network_in_the_same_frame_is_laid_out_the_same() {
        let ds = crowd(2_000, 100, 5);
        let (net, lay) = drawn(&ds, PHONE);
        assert_eq!(layout(&net, &all_names(&ds, &net), PHONE), lay);
        assert_eq!(lay.view_box, "0 0 375 500");
    }

    #[test]
    fn a_person_is_shortened_to_the_last_name_and_a_group_named_by_its_size() {
        let ds = real();
        let net = build(&ds, &ds.events());
        let named = |id: &str| names(&ds, &net.nodes[net.find(id).unwrap()], |_| String::new());
        assert_eq!(named("macron"), ["Emmanuel Macron", "Macron"]);
        assert_eq!(
            named("von-der-leyen"),
            ["Ursula von der Leyen", "von der Leyen"]
        );
        assert_eq!(
            named("national-security-advisers"),
            [
                "National security advisers of 15 countries",
                "National security advisers",
                "National secur…"
            ]
        );
        let mut g = net.nodes[0].clone();
        g.members = vec!["a", "b", "c"];
        assert_eq!(names(&ds, &g, |k| format!("{k} others")), ["3 others"]);
    }
}
