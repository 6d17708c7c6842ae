//! The text alternative of the map and comparisons: for screen readers and print.

mod claims_text;
mod events_table;
mod list_view;
mod places_on_map;

pub use claims_text::ClaimsText;
pub use events_table::EventsTable;
pub use list_view::ListView;
pub use places_on_map::PlacesOnMap;
