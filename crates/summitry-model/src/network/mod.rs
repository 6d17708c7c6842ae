//! The "who met whom" network (issue 32): one node per actor who took part in the shown events,
//! one edge per pair of actors who met, with meetings in person and calls apart.
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
//! Only held events count ([`counts`]): a proposed or scheduled meeting is not a meeting that
//! happened, so it makes no edge and adds to no actor's count.

mod graph;
mod group;
mod keys;
mod ring;
#[cfg(test)]
mod testgen;
#[cfg(test)]
mod tests;

pub use graph::{
    build, counts, events_between, events_of, met, rows, Channel, Edge, Network, Node, Row,
};
pub use group::{group, Limits, MAX_EDGES};
pub use keys::{next, Focus, Key};
pub use ring::{layout, names, Anchor, EdgeAt, Frame, Layout, NodeAt, Rect, Tag, MIN_CENTRE_GAP};
