//! Summitry's view model: everything the views compute from the dataset (dates, scales, map
//! geometry, filters, comparisons, the URL hash), as plain Rust with no DOM, tested natively.

pub mod compare;
pub mod dates;
pub mod filter;
pub mod flags;
pub mod fold;
pub mod i18n;
pub mod lang;
pub mod layout;
pub mod list;
pub mod map;
pub mod network;
pub mod network_words;
pub mod offered;
pub mod overlay;
pub mod route;
pub mod timeline;
pub mod viewbox;

#[cfg(test)]
mod filter_speed;
#[cfg(test)]
mod testdata;
