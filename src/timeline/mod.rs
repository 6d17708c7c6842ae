//! The timeline strip under the map.

mod timeline_strip;

pub use timeline_strip::TimelineStrip;
