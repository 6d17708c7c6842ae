//! The timeline strip under the map.

mod strip_marks;
mod timeline_brush;
mod timeline_strip;

pub use strip_marks::StripMarks;
pub use timeline_brush::TimelineBrush;
pub use timeline_strip::TimelineStrip;
