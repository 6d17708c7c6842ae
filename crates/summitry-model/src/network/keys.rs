//! Moving through the network from the keyboard.
//!
//! Tab and Shift+Tab walk the nodes in node order (by side, then by held count), and leave the
//! drawing after the last (before the first). From a node, Right or Down focuses its heaviest
//! edge, and again the next one (its edges by count, most first, wrapping round); Left or Up
//! goes the other way, starting from its lightest edge. Enter on an edge follows it to the
//! neighbour at its other end; Escape goes back from an edge to the node it was reached from.

use super::graph::Network;

/// What has the keyboard focus in the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A node (index into [`Network::nodes`]).
    Node(usize),
    /// An edge (index into [`Network::edges`]), reached from one of its ends.
    Edge {
        /// The edge.
        edge: usize,
        /// The end it was reached from, whose edges the arrow keys step through.
        from: usize,
    },
}

/// A key the drawing handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Tab: the next node.
    Tab,
    /// Shift+Tab: the previous node.
    BackTab,
    /// Right or Down: the node's next edge.
    Next,
    /// Left or Up: the node's previous edge.
    Previous,
    /// Enter on an edge: the neighbour at its other end.
    Follow,
    /// Escape on an edge: back to its node.
    Back,
}

/// Where focus goes from `current` on `key`; `None` is out of the drawing (Tab past the last
/// node). A focus that is not in `net` (left from before the network changed) counts as none.
pub fn next(net: &Network, current: Option<Focus>, key: Key) -> Option<Focus> {
    let n = net.nodes.len();
    let current = current.filter(|f| match *f {
        Focus::Node(i) => i < n,
        Focus::Edge { edge, from } => net.edges.get(edge).is_some_and(|e| e.touches(from)),
    });
    let node = |i: usize| (i < n).then_some(Focus::Node(i));
    match (current, key) {
        (None, Key::Tab) => node(0),
        (None, Key::BackTab) => n.checked_sub(1).and_then(node),
        (None, _) => None,
        (Some(Focus::Node(i) | Focus::Edge { from: i, .. }), Key::Tab) => node(i + 1),
        (Some(Focus::Node(i)), Key::BackTab) => i.checked_sub(1).and_then(node),
        (Some(Focus::Edge { from, .. }), Key::BackTab | Key::Back) => node(from),
        (Some(Focus::Node(i)), Key::Next | Key::Previous) => {
            let edges = net.edges_of(i);
            let first = if key == Key::Next {
                edges.first()
            } else {
                edges.last()
            };
            Some(first.map_or(Focus::Node(i), |e| Focus::Edge { edge: *e, from: i }))
        }
        (Some(Focus::Edge { edge, from }), Key::Next | Key::Previous) => {
            let edges = net.edges_of(from);
            let at = edges.iter().position(|e| *e == edge).unwrap_or(0);
            let len = edges.len();
            let to = if key == Key::Next {
                (at + 1) % len
            } else {
                (at + len - 1) % len
            };
            Some(Focus::Edge {
                edge: edges[to],
                from,
            })
        }
        (Some(Focus::Edge { edge, from }), Key::Follow) => {
            net.edges[edge].other(from).and_then(node)
        }
        (Some(f @ Focus::Node(_)), Key::Follow | Key::Back) => Some(f),
    }
}

#[cfg(test)]
mod tests {
    use super::super::build;
    use super::*;
    use crate::filter::in_time_order;
    use crate::testdata::sample;

    // The sample's nodes: 0 Zelensky, 1 Putin, 2 Macron. Its edges, heaviest first (all of one
    // event, so by ends): 0 Zelensky–Putin in person, 1 Zelensky–Macron in person,
    // 2 Zelensky–Macron by call.
    fn walk(keys: &[Key]) -> Vec<Option<Focus>> {
        let ds = sample();
        let net = build(&ds, &in_time_order(&ds));
        let mut at = None;
        keys.iter()
            .map(|k| {
                at = next(&net, at, *k);
                at
            })
            .collect()
    }

    #[test]
    fn tab_walks_the_nodes_in_order_and_leaves_after_the_last() {
        let n = |i| Some(Focus::Node(i));
        assert_eq!(walk(&[Key::Tab; 4]), [n(0), n(1), n(2), None]);
        assert_eq!(walk(&[Key::BackTab; 4]), [n(2), n(1), n(0), None]);
    }

    #[test]
    fn arrows_step_through_a_nodes_edges_heaviest_first_and_wrap_round() {
        let e = |edge| Some(Focus::Edge { edge, from: 0 });
        let right = walk(&[Key::Tab, Key::Next, Key::Next, Key::Next, Key::Next]);
        assert_eq!(right[1..], [e(0), e(1), e(2), e(0)]);
        let left = walk(&[Key::Tab, Key::Previous, Key::Previous]);
        assert_eq!(left[1..], [e(2), e(1)]);
    }

    #[test]
    fn enter_follows_an_edge_to_its_neighbour_and_escape_goes_back() {
        let followed = walk(&[Key::Tab, Key::Next, Key::Next, Key::Follow]);
        assert_eq!(followed[3], Some(Focus::Node(2)), "Macron");
        let back = walk(&[Key::Tab, Key::Next, Key::Back, Key::Tab]);
        assert_eq!(back[2..], [Some(Focus::Node(0)), Some(Focus::Node(1))]);
    }

    #[test]
    fn a_node_without_edges_keeps_the_focus_on_arrows() {
        let mut ds = crate::testdata::sample_dataset();
        ds.events[1].participants = vec!["macron".into()];
        ds.events[2].participants = vec!["macron".into()];
        let ds = summitry_data::Store::from_dataset(ds);
        let net = build(&ds, &in_time_order(&ds));
        let macron = net.find("macron").unwrap();
        let at = Some(Focus::Node(macron));
        assert_eq!(next(&net, at, Key::Next), at);
        assert_eq!(next(&net, at, Key::Follow), at);
    }

    #[test]
    fn a_focus_left_from_another_network_counts_as_none() {
        let ds = sample();
        let net = build(&ds, &in_time_order(&ds));
        let stale = Some(Focus::Edge { edge: 9, from: 0 });
        assert_eq!(next(&net, stale, Key::Tab), Some(Focus::Node(0)));
        assert_eq!(next(&net, Some(Focus::Node(7)), Key::Next), None);
    }
}
