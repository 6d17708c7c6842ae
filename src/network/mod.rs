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
use summitry_model::network::{Channel, Layout, Network};

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

/// How many of `events` were meetings in person, calls, and proposed or scheduled.
pub fn channel_counts(events: &[&Event]) -> (usize, usize, usize) {
    events
        .iter()
        .fold((0, 0, 0), |(m, c, p), e| match Channel::of(e) {
            Channel::InPerson => (m + 1, c, p),
            Channel::Call => (m, c + 1, p),
            Channel::Planned => (m, c, p + 1),
        })
}
