//! The "who met whom" network (issue 32): one node per actor who took part in the shown events,
//! one edge per pair of actors and channel: meetings in person, calls, and planned (proposed or
//! scheduled) events, each apart.
//!
//! The view's steps, each computed once per filtered set (never per frame):
//!
//! 1. [`build`] the whole network from the filtered events ([`crate::filter::Filters::events`]);
//! 2. [`group`] it for the screen: past [`Limits::max_nodes`] the least connected actors of each
//!    side are folded into one "k others" node, and only the heaviest [`Limits::max_edges`]
//!    edges are kept;
//! 3. [`layout`] it in a frame with each node's label texts ([`names`], in the reader's
//!    language): positions, labels that never overlap (or numbers and a key), SVG paths;
//! 4. [`rows`] for the table that stands in for the drawing, and [`next`] for the keyboard.
//!
//! Held and planned events are both in the network, never mixed up. A proposed or scheduled
//! meeting is not a meeting that happened ([`is_held`]): it makes a [`Channel::Planned`] edge of
//! its own (drawn bent the other way from calls and dashed by the view, see [`EdgeAt`]), counts
//! as [`Row::planned`] in the table and adds to no actor's [`Node::held`], which is what a node's
//! size and order go by; [`met`] names only those who shared a held event. So the readers'
//! "who has never met?" is answered honestly: an actor known only from a proposed meeting (Putin,
//! in the proposed Zelensky–Putin meeting) is a node at the smallest size, joined by planned
//! edges only.

mod graph;
mod group;
mod keys;
mod ring;
#[cfg(test)]
mod speed;
#[cfg(test)]
mod testgen;
#[cfg(test)]
mod tests;

pub use graph::{
    build, channel_counts, events_between, events_of, is_held, met, planned_with, rows, Channel,
    Edge, Network, Node, Row,
};
pub use group::{group, Limits, MAX_EDGES};
pub use keys::{next, Focus, Key};
pub use ring::{layout, names, Anchor, EdgeAt, Frame, Layout, NodeAt, Rect, Tag, MIN_CENTRE_GAP};
