//! The text alternative of the map and comparisons: for screen readers and print.

mod list_view;
mod places_on_map;

pub use list_view::ListView;
pub use places_on_map::PlacesOnMap;
