//! Offline map geometry for Summitry's Europe-centred map.
//!
//! Always available (and all the wasm app needs at run time):
//! [`projection`] (Lambert azimuthal equal-area), [`viewport`] (projected
//! coordinates to SVG units, off-map places pinned to the edge), [`arc`]
//! (curved call connectors) and [`iso`] (numeric ↔ alpha-2 country codes).
//!
//! With the `build` feature (on by default; the app's `build.rs` uses it):
//! `topo` decodes world-atlas TopoJSON, `disputed` attributes Crimea and
//! Northern Cyprus de jure, `simplify` and `clip` trim it to the view, and
//! `country_paths` writes compact SVG path data. (Plain names, not links,
//! because those items do not exist without the feature.)
//!
//! The same [`Viewport`] must be used at build time and at run time so that
//! dots for places line up with the country shapes.

pub mod arc;
pub mod iso;
pub mod num;
pub mod point;
pub mod projection;
pub mod viewport;

#[cfg(feature = "build")]
pub mod clip;
#[cfg(feature = "build")]
pub mod disputed;
#[cfg(feature = "build")]
pub mod simplify;
#[cfg(feature = "build")]
pub mod svg;
#[cfg(feature = "build")]
pub mod topo;

pub use arc::{arc_midpoint, arc_path, arc_point};
pub use point::{Point, Rect};
pub use projection::Laea;
pub use viewport::{LatLonBox, Placement, Viewport};

#[cfg(feature = "build")]
pub use svg::{country_paths, CountryPath, DEFAULT_TOLERANCE};
