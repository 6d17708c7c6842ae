//! The network's graph: nodes, edges, and what the details panel and the table ask of them.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use summitry_data::order::{sort_by, sorted_unique};
use summitry_data::{Actor, Event, EventKind, Status, Store};
use time::Date;

use crate::filter::same_events;

/// How two actors met, or are to meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Channel {
    /// In the same room: a held meeting, talks or a summit.
    InPerson,
    /// On a held phone or video call.
    Call,
    /// Proposed or scheduled, not held (yet): never a meeting. Drawn apart (see
    /// [`EdgeAt`](crate::network::EdgeAt)) and dashed by the view.
    Planned,
}

impl Channel {
    /// The channel of event `e`: [`Channel::Planned`] unless it was held, else calls apart and
    /// everything else in person.
    pub fn of(e: &Event) -> Channel {
        if !is_held(e) {
            Channel::Planned
        } else if e.kind == EventKind::Call {
            Channel::Call
        } else {
            Channel::InPerson
        }
    }
}

/// True when `e` was held: only then is it a meeting or a call. Proposed and scheduled events
/// are in the network too, as [`Channel::Planned`] edges, but add to no one's held count.
pub fn is_held(e: &Event) -> bool {
    e.status == Status::Held
}

/// An actor, or a side's least connected actors folded into one node ([`group`](crate::network::group)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node<'a> {
    /// The actor's id; for a group, its side's id.
    pub id: &'a str,
    /// The actor's name; for a group, its side's id (its label is "k others", see [`names`](crate::network::names)).
    pub name: &'a str,
    /// The id of the side the actor (or every member) speaks for.
    pub side: &'a str,
    /// The side's position among the dataset's sides (their number for an unknown side).
    pub side_index: usize,
    /// For a group, the ids of the actors folded into it, in node order; empty for an actor.
    pub members: Vec<&'a str>,
    /// The events it took part in, held or planned, as positions in [`Network::events`]
    /// (time order).
    pub events: Vec<usize>,
    /// How many of `events` were held: what its drawn size and its order go by. 0 for an actor
    /// who is only in proposed or scheduled events.
    pub held: usize,
    /// The day its last held event ended; `None` when it took part in none.
    pub last: Option<Date>,
}

impl Node<'_> {
    /// How many events it took part in, held or planned (see [`Node::held`]).
    pub fn count(&self) -> usize {
        self.events.len()
    }

    /// True for a "k others" node.
    pub fn is_group(&self) -> bool {
        !self.members.is_empty()
    }

    /// A key that names the node across filter changes: the actor's id, or `others:<side>`.
    pub fn key(&self) -> String {
        if self.is_group() {
            format!("others:{}", self.side)
        } else {
            self.id.to_string()
        }
    }
}

/// Two nodes who met through one channel in one or more held events, or who share one or more
/// planned events ([`Channel::Planned`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// One end, as an index into [`Network::nodes`]; always below `b`.
    pub a: usize,
    /// The other end.
    pub b: usize,
    /// In person, by call or planned: three separate edges, drawn apart.
    pub channel: Channel,
    /// The events, as positions in [`Network::events`] (time order).
    pub events: Vec<usize>,
    /// The day the last of them ended (for a planned edge: the day it is set for).
    pub last: Date,
}

impl Edge {
    /// How many events the two shared through this channel.
    pub fn count(&self) -> usize {
        self.events.len()
    }

    /// True when `node` is one of its ends.
    pub fn touches(&self, node: usize) -> bool {
        self.a == node || self.b == node
    }

    /// The end that is not `node` (`None` when `node` is neither).
    pub fn other(&self, node: usize) -> Option<usize> {
        match node {
            n if n == self.a => Some(self.b),
            n if n == self.b => Some(self.a),
            _ => None,
        }
    }
}

/// Who met whom among a set of events.
///
/// Nodes are in keyboard order: by side (the dataset's order), groups last in their side, then
/// by held count (most first), count of all their events (most first), name and id. Edges: by
/// count (most first), then ends and channel.
#[derive(Debug, Clone)]
pub struct Network<'a> {
    /// The events given, held or planned, in time order: what node and edge positions index.
    pub events: Vec<&'a Event>,
    /// The nodes.
    pub nodes: Vec<Node<'a>>,
    /// The edges.
    pub edges: Vec<Edge>,
    /// How many edges [`group`](crate::network::group) left out (the lightest) to keep the drawing small.
    pub dropped_edges: usize,
}

// Events are the store's own: compared by address (see `filter::same_events`).
impl PartialEq for Network<'_> {
    fn eq(&self, other: &Self) -> bool {
        same_events(&self.events, &other.events)
            && self.nodes == other.nodes
            && self.edges == other.edges
            && self.dropped_edges == other.dropped_edges
    }
}

impl<'a> Network<'a> {
    /// The node that stands for actor `id`: its own, or the group it is folded into.
    pub fn find(&self, id: &str) -> Option<usize> {
        let own = self.nodes.iter().position(|n| !n.is_group() && n.id == id);
        own.or_else(|| self.nodes.iter().position(|n| n.members.contains(&id)))
    }

    /// The edges of `node`, in edge order (heaviest first), as indices into [`Network::edges`].
    pub fn edges_of(&self, node: usize) -> Vec<usize> {
        (0..self.edges.len())
            .filter(|e| self.edges[*e].touches(node))
            .collect()
    }

    /// The events at `positions` (positions in [`Network::events`]).
    pub fn at(&self, positions: &[usize]) -> Vec<&'a Event> {
        positions.iter().map(|p| self.events[*p]).collect()
    }
}

/// The network of `events` (in time order, as the filters give them), held and planned alike:
/// every participant is a node, and each pair has an edge per [`Channel`] they shared.
/// Participants missing from the store are left out.
pub fn build<'a>(ds: &'a Store, events: &[&'a Event]) -> Network<'a> {
    let events: Vec<&'a Event> = events.to_vec();
    let actors = ds.actors();
    // Actors by their position in the store, not by id: at 10,000 events, maps keyed by id
    // strings were most of the view's opening (issue 30). Every order below ends in a total
    // order, so the positions change nothing drawn.
    let mut of_actor: Vec<Vec<usize>> = vec![Vec::new(); actors.len()];
    // (one end, the other, channel, event position): sorted, each run is one edge.
    let mut pairs: Vec<(u32, u32, Channel, u32)> = Vec::new();
    let mut who: Vec<u32> = Vec::new();
    for (p, e) in events.iter().enumerate() {
        who.clear();
        who.extend(e.participants.iter().filter_map(|id| actor_index(ds, id)));
        who.sort_unstable();
        who.dedup();
        let channel = Channel::of(e);
        for (i, a) in who.iter().enumerate() {
            of_actor[*a as usize].push(p);
            pairs.extend(who[i + 1..].iter().map(|b| (*a, *b, channel, p as u32)));
        }
    }
    let mut nodes: Vec<Node<'a>> = Vec::new();
    for (at, evs) in of_actor.into_iter().enumerate() {
        if !evs.is_empty() {
            nodes.push(actor_node(ds, &actors[at], &events, evs));
        }
    }
    sort_nodes(&mut nodes);
    // Each actor's node, by the actor's position in the store.
    let mut index = vec![usize::MAX; actors.len()];
    for (i, n) in nodes.iter().enumerate() {
        if let Some(at) = actor_index(ds, n.id) {
            index[at as usize] = i;
        }
    }
    pairs.sort_unstable();
    let ends = ends(&events);
    let mut edges: Vec<Edge> = Vec::with_capacity(pairs.len() / 2);
    for run in pairs.chunk_by(|x, y| (x.0, x.1, x.2) == (y.0, y.1, y.2)) {
        let (a, b, channel, _) = run[0];
        let evs = run.iter().map(|x| x.3 as usize).collect();
        let (a, b) = (index[a as usize], index[b as usize]);
        edges.push(edge(a, b, channel, &ends, evs));
    }
    sort_edges(&mut edges);
    Network {
        events,
        nodes,
        edges,
        dropped_edges: 0,
    }
}

/// The position of actor `id` in [`Store::actors`], when the store knows it.
fn actor_index(ds: &Store, id: &str) -> Option<u32> {
    let actor = ds.actor(id)?;
    let all = ds.actors();
    // The store's lookups hand out references into that one slice, so the reference's offset
    // is the position: no second search by id.
    let offset = (std::ptr::from_ref(actor) as usize).wrapping_sub(all.as_ptr() as usize);
    let at = offset / std::mem::size_of::<Actor>().max(1);
    let at = match all.get(at) {
        Some(a) if std::ptr::eq(a, actor) => at,
        _ => all.iter().position(|a| std::ptr::eq(a, actor))?,
    };
    u32::try_from(at).ok()
}

/// The node of `actor` (one of the store's), who took part in `evs`.
fn actor_node<'a>(ds: &Store, actor: &'a Actor, events: &[&Event], evs: Vec<usize>) -> Node<'a> {
    let side = actor.side.as_str();
    Node {
        id: actor.id.as_str(),
        name: actor.name.as_str(),
        side,
        side_index: side_index(ds, side),
        members: Vec::new(),
        held: held_of(events, &evs),
        last: last_held(events, &evs),
        events: evs,
    }
}

/// An edge between nodes `x` and `y` (either order) through `evs`; `ends` holds each event's
/// last day, by position (see [`ends`]).
pub(super) fn edge(x: usize, y: usize, channel: Channel, ends: &[Date], evs: Vec<usize>) -> Edge {
    Edge {
        a: x.min(y),
        b: x.max(y),
        channel,
        last: last_of(ends, &evs),
        events: evs,
    }
}

/// The day each of `events` ended, by position: read once per network rather than through
/// each event again for every edge it is on (issue 30).
pub(super) fn ends(events: &[&Event]) -> Vec<Date> {
    events
        .iter()
        .map(|e| e.when.end.unwrap_or(e.when.date))
        .collect()
}

/// How many of the events at `positions` were held.
pub(super) fn held_of(events: &[&Event], positions: &[usize]) -> usize {
    positions.iter().filter(|p| is_held(events[**p])).count()
}

/// The day the last held event at `positions` ended; `None` when none was held.
pub(super) fn last_held(events: &[&Event], positions: &[usize]) -> Option<Date> {
    positions
        .iter()
        .map(|p| events[*p])
        .filter(|e| is_held(e))
        .map(|e| e.when.end.unwrap_or(e.when.date))
        .max()
}

/// The position of side `id` among the dataset's sides; their number when it is not one.
fn side_index(ds: &Store, id: &str) -> usize {
    let sides = ds.sides();
    sides.iter().position(|s| s.id == id).unwrap_or(sides.len())
}

/// The day the last of the events at `positions` ended (`ends` by position, see [`ends`]).
fn last_of(ends: &[Date], positions: &[usize]) -> Date {
    positions
        .iter()
        .map(|p| ends[*p])
        .max()
        .unwrap_or(Date::MIN)
}

/// Sorts nodes into keyboard order (see [`Network`]).
fn sort_nodes(nodes: &mut [Node]) {
    sort_by(nodes, node_order);
}

/// Keyboard order (see [`Network`]).
pub(super) fn node_order(x: &Node, y: &Node) -> std::cmp::Ordering {
    let key = |n: &Node| {
        let weight = (Reverse(n.held), Reverse(n.count()));
        (n.side_index, n.is_group(), weight)
    };
    key(x)
        .cmp(&key(y))
        .then_with(|| x.name.cmp(y.name))
        .then_with(|| x.id.cmp(y.id))
}

/// Sorts edges by count (most first), then ends and channel.
pub(super) fn sort_edges(edges: &mut [Edge]) {
    // A network has one edge per pair and channel, so this order is total and an unstable
    // sort gives what a stable one would, without the stable one's index table and moves.
    edges.sort_unstable_by_key(|e| (Reverse(e.count()), e.a, e.b, e.channel));
}

/// How many of `events` went through each channel: meetings in person, calls, and proposed or
/// scheduled, in that order (what a node's, a pair's or a panel's counts say).
pub fn channel_counts(events: &[&Event]) -> [usize; 3] {
    let mut out = [0; 3];
    for e in events {
        out[Channel::of(e) as usize] += 1;
    }
    out
}

/// The events `node` took part in, in time order: what its details panel lists.
pub fn events_of<'a>(net: &Network<'a>, node: usize) -> Vec<&'a Event> {
    net.nodes
        .get(node)
        .map_or(Vec::new(), |n| net.at(&n.events))
}

/// The events nodes `a` and `b` shared, in person, by call and planned, in time order.
pub fn events_between<'a>(net: &Network<'a>, a: usize, b: usize) -> Vec<&'a Event> {
    let (a, b) = (a.min(b), a.max(b));
    let shared = net
        .edges
        .iter()
        .filter(|e| e.a == a && e.b == b)
        .flat_map(|e| e.events.iter().copied());
    net.at(&sorted_unique(shared))
}

/// The actors who shared a held event with actor `id`, in node order (`id` left out): the
/// participants to filter by to show "only those who met X" in one step. A planned event is no
/// meeting: those only in planned events with `id` are not named (see [`planned_with`]). Folded
/// actors are named too: the answer does not depend on [`group`](crate::network::group).
pub fn met<'a>(net: &Network<'a>, id: &str) -> Vec<&'a str> {
    sharing(net, id, true)
}

/// The actors who shared a proposed or scheduled event with actor `id`, in node order (`id`
/// left out), whether or not they also met (take out [`met`] for "planned, never met").
pub fn planned_with<'a>(net: &Network<'a>, id: &str) -> Vec<&'a str> {
    sharing(net, id, false)
}

/// The actors who shared with `id` an event that was held (`held`) or not, in node order.
fn sharing<'a>(net: &Network<'a>, id: &str, held: bool) -> Vec<&'a str> {
    let others = net
        .events
        .iter()
        .filter(|e| is_held(e) == held && e.participants.iter().any(|p| p == id))
        .flat_map(|e| e.participants.iter().map(String::as_str))
        .filter(|p| *p != id);
    let mut out: Vec<(usize, &'a str)> = sorted_unique(others)
        .into_iter()
        .filter_map(|p| net.find(p).map(|node| (node, p)))
        .collect();
    sort_by(&mut out, |x, y| x.0.cmp(&y.0));
    out.into_iter().map(|(_, p)| p).collect()
}

/// One pair of nodes in the table that stands in for the drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    /// One node (index into [`Network::nodes`]).
    pub a: usize,
    /// The other.
    pub b: usize,
    /// Their names, `a`'s first ([`Node::name`]).
    pub names: [&'a str; 2],
    /// How many times they met in person.
    pub meetings: usize,
    /// How many calls they had.
    pub calls: usize,
    /// How many proposed or scheduled events they share (none of them a meeting).
    pub planned: usize,
    /// The day they last met or spoke; `None` when they never did (only planned).
    pub last: Option<Date>,
}

/// "Who met whom, how often, when last": one row per pair of nodes with an edge, by number of
/// held events (meetings and calls, most first), then planned ones (most first), then by nodes.
/// A pair only in planned events has a row too: the honest answer to "who has never met?". The
/// rows follow the edges of `net`: pass the network before [`group`](crate::network::group) for
/// every pair.
pub fn rows<'a>(net: &Network<'a>) -> Vec<Row<'a>> {
    let mut out: Vec<Row<'a>> = Vec::new();
    let mut seen: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for e in &net.edges {
        let i = *seen.entry((e.a, e.b)).or_insert_with(|| {
            out.push(Row {
                a: e.a,
                b: e.b,
                names: [net.nodes[e.a].name, net.nodes[e.b].name],
                meetings: 0,
                calls: 0,
                planned: 0,
                last: None,
            });
            out.len() - 1
        });
        let row = &mut out[i];
        match e.channel {
            Channel::InPerson => row.meetings += e.count(),
            Channel::Call => row.calls += e.count(),
            Channel::Planned => row.planned += e.count(),
        }
        if e.channel != Channel::Planned {
            row.last = row.last.max(Some(e.last));
        }
    }
    sort_by(&mut out, |x, y| {
        let key = |r: &Row| (Reverse(r.meetings + r.calls), Reverse(r.planned), r.a, r.b);
        key(x).cmp(&key(y))
    });
    out
}
