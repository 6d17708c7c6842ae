//! Who met whom: the actors of the shown events as a network (the model's
//! `summitry_model::network`), its details panel and the table that stands in for it.

mod met_table;
mod network_details;
mod network_graph;
mod network_view;

pub use met_table::MetTable;
pub use network_details::NetworkDetails;
pub use network_graph::NetworkGraph;
pub use network_view::NetworkView;

use summitry_data::Event;
use summitry_model::network::{channel_counts, Layout, Network, Node};
use summitry_model::network_words::NetworkWords;

/// The network as drawn for the current filters, width and opened groups: computed once per
/// change of one of them, read by the drawing and the panel.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    /// The network grouped for the screen.
    pub net: Network<'static>,
    /// Where each node, label and edge goes.
    pub layout: Layout,
    /// The labels' font size in the drawing's units (what the layout measured them with).
    pub font_px: f64,
}

/// The node `who` selects (one actor: its node, or the group it is folded into).
pub fn selected_node(net: &Network, who: &[String]) -> Option<usize> {
    match who {
        [one] => net.find(one),
        _ => None,
    }
}

/// The two nodes `who` selects (a pair of actors), when both are drawn apart.
pub fn selected_pair(net: &Network, who: &[String]) -> Option<(usize, usize)> {
    match who {
        [a, b] => match (net.find(a), net.find(b)) {
            (Some(x), Some(y)) if x != y => Some((x.min(y), x.max(y))),
            _ => None,
        },
        _ => None,
    }
}

/// What `events` were, in words: "2 meetings in person, 1 call" (channels with none left out).
pub fn said(w: &NetworkWords, events: &[&Event]) -> String {
    let say = [w.meetings, w.calls, w.planned];
    let parts: Vec<String> = channel_counts(events)
        .into_iter()
        .zip(say)
        .filter(|(n, _)| *n > 0)
        .map(|(n, f)| f(n))
        .collect();
    parts.join(", ")
}

/// What a node is called: its actor's name, or for a group "12 others".
pub fn display_name(n: &Node, w: &NetworkWords) -> String {
    if n.is_group() {
        (w.others)(n.members.len())
    } else {
        n.name.to_string()
    }
}
