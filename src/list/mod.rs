//! The text alternative of the map and comparisons: for screen readers and print.

mod list_view;

pub use list_view::ListView;
