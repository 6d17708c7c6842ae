//! Keeping the drawing small at scale: the least connected actors of each side folded into one
//! "k others" node, and only the heaviest edges drawn.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use summitry_data::order::sort_by;
use time::Date;

use super::graph::{
    edge, ends, held_of, last_held, node_order, sort_edges, Channel, Edge, Network, Node,
};

/// Most edges drawn: with up to two DOM nodes an edge and three a node, the drawing stays under
/// 3,000 DOM nodes.
pub const MAX_EDGES: usize = 600;

/// How much of a network is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most actors drawn on their own; the others are folded, one group per side (so at most
    /// `max_nodes` plus the number of sides nodes are drawn).
    pub max_nodes: usize,
    /// Most edges drawn (the heaviest); see [`Network::dropped_edges`].
    pub max_edges: usize,
}

impl Limits {
    /// The limits for a drawing `px` CSS pixels wide: 16 actors at 375 px, 40 at 1280 px and
    /// wider, in proportion between; [`MAX_EDGES`] edges.
    pub fn for_width(px: f64) -> Limits {
        let t = ((px - 375.0) / (1280.0 - 375.0)).clamp(0.0, 1.0);
        Limits {
            max_nodes: (16.0 + t * 24.0).round() as usize,
            max_edges: MAX_EDGES,
        }
    }
}

/// `net` as drawn within `limits`.
///
/// When it has more than `max_nodes` actors, the most connected (by held count, then count of
/// all events, then id) keep their node and each side's others are folded into one group node,
/// whose events and edges (planned ones too, apart) are its members' together (an edge inside a
/// group is not drawn). Actors of the sides in `expanded`
/// (side ids: the groups a reader opened) are kept first, as many as `max_nodes` allows; those
/// that do not fit stay folded. A group of one is drawn as its actor. The heaviest `max_edges`
/// edges are kept; [`Network::dropped_edges`] counts the others.
pub fn group<'a>(net: &Network<'a>, limits: Limits, expanded: &[&str]) -> Network<'a> {
    let kept = kept(net, limits.max_nodes, expanded);
    // Each old node's new node, before sorting: kept nodes first, then one group per side.
    let mut nodes: Vec<Node<'a>> = Vec::new();
    let mut into = vec![0; net.nodes.len()];
    let mut groups: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, n) in net.nodes.iter().enumerate() {
        if kept[i] {
            into[i] = nodes.len();
            nodes.push(n.clone());
        }
    }
    for (i, n) in net.nodes.iter().enumerate().filter(|(i, _)| !kept[*i]) {
        let g = *groups.entry(n.side_index).or_insert_with(|| {
            nodes.push(Node {
                id: n.side,
                name: n.side,
                members: Vec::new(),
                events: Vec::new(),
                ..n.clone()
            });
            nodes.len() - 1
        });
        into[i] = g;
        nodes[g].members.push(n.id);
        nodes[g].events.extend(&n.events);
    }
    for g in groups.into_values() {
        let mut evs = std::mem::take(&mut nodes[g].events);
        // Positions are numbers: an unstable sort and dedup leave what `sorted_unique` would.
        evs.sort_unstable();
        evs.dedup();
        nodes[g].held = held_of(&net.events, &evs);
        nodes[g].last = last_held(&net.events, &evs);
        nodes[g].events = evs;
    }
    let rank = order(&mut nodes);
    let into: Vec<usize> = into.into_iter().map(|i| rank[i]).collect();
    let mut edges = merged_edges(net, &into, &ends(&net.events));
    sort_edges(&mut edges);
    let dropped_edges = edges.len().saturating_sub(limits.max_edges);
    edges.truncate(limits.max_edges);
    Network {
        events: net.events.clone(),
        nodes,
        edges,
        dropped_edges,
    }
}

/// Which nodes of `net` keep their own node (see [`group`]).
fn kept(net: &Network, max_nodes: usize, expanded: &[&str]) -> Vec<bool> {
    let n = net.nodes.len();
    if n <= max_nodes {
        return vec![true; n];
    }
    let mut by_weight: Vec<usize> = (0..n).collect();
    sort_by(&mut by_weight, |x, y| {
        let key = |i: &usize| {
            let node = &net.nodes[*i];
            (
                !expanded.contains(&node.side),
                Reverse(node.held),
                Reverse(node.count()),
                node.id,
            )
        };
        key(x).cmp(&key(y))
    });
    let mut kept = vec![false; n];
    for i in &by_weight[..max_nodes] {
        kept[*i] = true;
    }
    // A side with a single actor left out keeps it: a group of one would only hide its name.
    let mut left: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in (0..n).filter(|i| !kept[*i]) {
        left.entry(net.nodes[i].side_index).or_default().push(i);
    }
    for alone in left.into_values().filter(|v| v.len() == 1) {
        kept[alone[0]] = true;
    }
    kept
}

/// Sorts `nodes` into keyboard order; returns each node's new position by its old one.
fn order(nodes: &mut Vec<Node>) -> Vec<usize> {
    let mut by_order: Vec<usize> = (0..nodes.len()).collect();
    sort_by(&mut by_order, |x, y| node_order(&nodes[*x], &nodes[*y]));
    let mut rank = vec![0; nodes.len()];
    for (new, old) in by_order.iter().enumerate() {
        rank[*old] = new;
    }
    let mut old: Vec<Option<Node>> = std::mem::take(nodes).into_iter().map(Some).collect();
    *nodes = by_order.iter().filter_map(|i| old[*i].take()).collect();
    rank
}

/// The edges of `net` between the new nodes `into` maps its nodes to, merged per pair and
/// channel; edges within one group are left out.
fn merged_edges(net: &Network, into: &[usize], ends: &[Date]) -> Vec<Edge> {
    // (one end, the other, channel, old edge): sorted, each run is one new edge. Numbers sort
    // far cheaper than a map keyed by tuples (issue 30).
    let mut merged: Vec<(usize, usize, Channel, usize)> = Vec::with_capacity(net.edges.len());
    for (i, e) in net.edges.iter().enumerate() {
        let (a, b) = (into[e.a], into[e.b]);
        if a != b {
            merged.push((a.min(b), a.max(b), e.channel, i));
        }
    }
    merged.sort_unstable();
    merged
        .chunk_by(|x, y| (x.0, x.1, x.2) == (y.0, y.1, y.2))
        .map(|run| {
            let (a, b, channel, first) = run[0];
            // An edge kept as it was already holds its events in order, once each.
            let evs = if let [_] = run {
                net.edges[first].events.clone()
            } else {
                let mut evs: Vec<usize> = Vec::new();
                for x in run {
                    evs.extend_from_slice(&net.edges[x.3].events);
                }
                evs.sort_unstable();
                evs.dedup();
                evs
            };
            edge(a, b, channel, ends, evs)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testgen::crowd;
    use super::super::{build, events_of, Network};
    use super::*;
    use crate::filter::in_time_order;
    use crate::testdata::sample;
    use summitry_data::Status;

    fn crowded() -> summitry_data::Store {
        crowd(10_000, 240, 8)
    }

    #[test]
    fn a_network_within_the_limits_is_drawn_whole() {
        let ds = sample();
        let net = build(&ds, &in_time_order(&ds));
        assert_eq!(group(&net, Limits::for_width(375.0), &[]), net);
    }

    #[test]
    fn the_limits_grow_with_the_width() {
        assert_eq!(Limits::for_width(320.0).max_nodes, 16);
        assert_eq!(Limits::for_width(375.0).max_nodes, 16);
        assert_eq!(Limits::for_width(1280.0).max_nodes, 40);
        assert_eq!(Limits::for_width(2560.0).max_nodes, 40);
        assert_eq!(Limits::for_width(800.0).max_edges, MAX_EDGES);
    }

    #[test]
    fn at_ten_thousand_events_the_drawing_stays_under_three_thousand_dom_nodes() {
        let ds = crowded();
        let full = build(&ds, &in_time_order(&ds));
        assert!(full.nodes.len() > 200 && full.edges.len() > 1_000);
        for px in [375.0, 1280.0] {
            let limits = Limits::for_width(px);
            let net = group(&full, limits, &[]);
            assert!(net.nodes.len() <= limits.max_nodes + ds.sides().len());
            assert!(net.edges.len() <= MAX_EDGES);
            let all = group(
                &full,
                Limits {
                    max_edges: usize::MAX,
                    ..limits
                },
                &[],
            );
            assert_eq!(net.edges.len() + net.dropped_edges, all.edges.len());
            assert_eq!(net.edges[..], all.edges[..net.edges.len()]);
            assert!(3 * net.nodes.len() + 2 * net.edges.len() < 3_000);
            // With three channels a pair, 16 actors and 8 groups (at 375 px) already make more
            // possible edges than are drawn: 276 pairs, 828 edges. Their meetings and calls
            // alone (552 edges at most) would all fit.
            assert!(net.dropped_edges > 0);
            let held = |net: &Network| {
                (net.edges.iter())
                    .filter(|e| e.channel != Channel::Planned)
                    .count()
            };
            if px < 1000.0 {
                assert!(held(&all) <= MAX_EDGES);
            }
            let kept = net.edges.last().unwrap().count();
            assert!(net.edges.iter().all(|e| e.count() >= kept));
        }
    }

    #[test]
    fn a_group_holds_the_least_connected_actors_of_its_side_and_all_their_events() {
        let ds = crowded();
        let full = build(&ds, &in_time_order(&ds));
        let net = group(&full, Limits::for_width(375.0), &[]);
        let folded: Vec<&str> = net.nodes.iter().flat_map(|n| n.members.clone()).collect();
        let weight = |n: &Node| (n.held, n.count());
        let least_kept = net.nodes.iter().filter(|n| !n.is_group()).map(weight).min();
        let most_folded = (folded.iter())
            .map(|id| weight(&full.nodes[full.find(id).unwrap()]))
            .max()
            .unwrap();
        assert!(least_kept.unwrap() >= most_folded);
        assert_eq!(
            folded.len() + net.nodes.iter().filter(|n| !n.is_group()).count(),
            full.nodes.len()
        );
        for g in net.nodes.iter().filter(|n| n.is_group()) {
            assert!(g.members.len() >= 2, "no group of one");
            let mut all: Vec<usize> = g
                .members
                .iter()
                .flat_map(|m| full.nodes[full.find(m).unwrap()].events.clone())
                .collect();
            all.sort_unstable();
            all.dedup();
            assert_eq!(g.events, all);
            let held = all
                .iter()
                .filter(|p| full.events[**p].status == Status::Held);
            assert_eq!(g.held, held.count());
            assert!(g
                .members
                .iter()
                .all(|m| full.nodes[full.find(m).unwrap()].side == g.side));
        }
    }

    #[test]
    fn a_groups_edge_to_an_actor_holds_the_events_its_members_shared_with_them() {
        let ds = crowded();
        let full = build(&ds, &in_time_order(&ds));
        let net = group(
            &full,
            Limits {
                max_nodes: 16,
                max_edges: usize::MAX,
            },
            &[],
        );
        let g = net.nodes.iter().position(Node::is_group).unwrap();
        let a = (0..net.nodes.len())
            .find(|i| !net.nodes[*i].is_group())
            .unwrap();
        for channel in [Channel::InPerson, Channel::Call, Channel::Planned] {
            let drawn = net
                .edges
                .iter()
                .find(|e| e.touches(a) && e.touches(g) && e.channel == channel);
            let mut want: Vec<usize> = full
                .edges
                .iter()
                .filter(|e| e.channel == channel && e.touches(full.find(net.nodes[a].id).unwrap()))
                .filter(|e| {
                    e.other(full.find(net.nodes[a].id).unwrap())
                        .is_some_and(|o| net.nodes[g].members.contains(&full.nodes[o].id))
                })
                .flat_map(|e| e.events.clone())
                .collect();
            want.sort_unstable();
            want.dedup();
            assert_eq!(drawn.map(|e| e.events.clone()).unwrap_or_default(), want);
        }
        assert_eq!(net.dropped_edges, 0);
    }

    #[test]
    fn an_opened_group_shows_its_actors_first() {
        let ds = crowded();
        let full = build(&ds, &in_time_order(&ds));
        let limits = Limits::for_width(375.0);
        let closed = group(&full, limits, &[]);
        let side = closed.nodes.iter().find(|n| n.is_group()).unwrap().side;
        let open = group(&full, limits, &[side]);
        let shown = |net: &Network| {
            net.nodes
                .iter()
                .filter(|n| n.side == side && !n.is_group())
                .count()
        };
        assert!(shown(&open) > shown(&closed));
        assert!(open.nodes.len() <= limits.max_nodes + ds.sides().len());
        let g = open
            .find(open.nodes.iter().find(|n| n.side == side).unwrap().id)
            .unwrap();
        assert!(!events_of(&open, g).is_empty());
    }

    #[test]
    fn grouping_is_the_same_each_time() {
        let ds = crowd(2_000, 120, 6);
        let full = build(&ds, &in_time_order(&ds));
        let limits = Limits::for_width(700.0);
        assert_eq!(
            group(&full, limits, &["side-2"]),
            group(&full, limits, &["side-2"])
        );
    }
}
