//! Country outlines compiled in by `build.rs` from Natural Earth (public domain) via the
//! world-atlas package (ISC); see vendor/world-atlas/.

include!(concat!(env!("OUT_DIR"), "/countries.rs"));
