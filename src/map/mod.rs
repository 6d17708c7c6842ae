//! The meeting map with its filters, details panel and linked timeline.

mod details_panel;
#[cfg(feature = "ssr")]
mod early_answers;
mod filter_bar;
mod map_buttons;
mod map_labels;
mod map_view;
mod world_map;
mod zoom_controls;

pub use details_panel::DetailsPanel;
#[cfg(feature = "ssr")]
pub use early_answers::provide_early_answers;
pub use filter_bar::FilterBar;
pub use map_buttons::MapButtons;
pub use map_labels::MapLabels;
pub use map_view::MapView;
pub use world_map::WorldMap;
pub use zoom_controls::ZoomControls;
