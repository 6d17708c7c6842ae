//! Issue 30: the network view's opening at 10,000 events, timed (ignored: run it in release
//! mode by hand), and a digest of its output, so a faster model is known to draw the same.

use std::fmt::Write as _;
use std::time::Duration;

use summitry_data::Store;

use super::testgen::{crowd, real};
use super::*;
use crate::filter::in_time_order;

/// The widget's frames and edge limit (`src/network/network_view.rs`): a phone's and a wider
/// screen's, with the width `Limits::for_width` is given for each.
const VIEWS: [(Frame, f64); 2] = [
    (
        Frame {
            width: 340.0,
            height: 360.0,
            label_font_px: 12.0,
        },
        375.0,
    ),
    (
        Frame {
            width: 720.0,
            height: 520.0,
            label_font_px: 13.0,
        },
        1280.0,
    ),
];
const MAX_DRAWN_EDGES: usize = 400;

/// What the view computes when it opens, as text: the whole network's nodes, edges and table,
/// then for each frame the grouped network and its layout.
fn opening(ds: &Store, expanded: &[&str]) -> String {
    let events = in_time_order(ds);
    let full = build(ds, &events);
    let mut out = String::new();
    writeln!(out, "{:?}\n{:?}\n{:?}", full.nodes, full.edges, rows(&full)).unwrap();
    for (frame, px) in VIEWS {
        let limits = Limits {
            max_edges: MAX_DRAWN_EDGES,
            ..Limits::for_width(px)
        };
        let net = group(&full, limits, expanded);
        let labels: Vec<Vec<String>> = (net.nodes.iter())
            .map(|n| names(ds, n, |k| format!("{k} others")))
            .collect();
        let lay = layout(&net, &labels, frame);
        let drawn = (&net.nodes, &net.edges, net.dropped_edges);
        writeln!(out, "{drawn:?}\n{lay:?}").unwrap();
    }
    out
}

/// FNV-1a, 64 bits: a digest that is the same on every platform and toolchain.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn the_opening_draws_what_it_drew_before_issue_30() {
    // Digests taken before the model was made faster (issue 30): the same nodes, edges, table
    // rows and layout, to the last digit of every position and path.
    let crowded = crowd(10_000, 240, 8);
    let small = crowd(2_000, 120, 6);
    let got = [
        fnv(&opening(&crowded, &[])),
        fnv(&opening(&crowded, &["side-3"])),
        fnv(&opening(&small, &["side-2"])),
        fnv(&opening(&real(), &[])),
    ];
    assert_eq!(
        got,
        [
            0x7026_6df4_b1aa_a763,
            0x3d40_8b34_c511_6e73,
            0xb7ca_1c85_7701_9f92,
            0x5def_84ac_cbfc_6b10,
        ],
        "{got:#x?}"
    );
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, f: impl FnMut()) -> Duration {
    crate::testdata::timings(runs, f)[runs / 2]
}

/// Times the view's opening on the generated 10,000 events (`cargo run -q -p xtask -- gen-data
/// --events 10000 --seed 7 --out /tmp/summitry-scale-10000-7`), or on the model's own crowd when
/// that folder is missing. `cargo test --release -p summitry-model -- --ignored --nocapture
/// network_opening_time`.
#[test]
#[ignore]
fn network_opening_time() {
    let dir = std::path::Path::new("/tmp/summitry-scale-10000-7");
    let generated = dir.join("dataset.toml").exists();
    let ds = if generated {
        Store::from_dataset(summitry_check::load(dir).expect("generated data is valid"))
    } else {
        eprintln!("{} missing: timing crowd(10_000, 240, 8)", dir.display());
        crowd(10_000, 240, 8)
    };
    let events = in_time_order(&ds);
    let full = build(&ds, &events);
    let digest = fnv(&opening(&ds, &[]));
    eprintln!(
        "{} events, {} nodes, {} edges, digest {digest:#x}",
        events.len(),
        full.nodes.len(),
        full.edges.len(),
    );
    if generated {
        // What the seed-7 data drew before issue 30's changes.
        assert_eq!(digest, 0x55f3_c160_0a8d_82d5, "the drawing changed");
    }
    let runs = 15;
    let t_build = median(runs, || drop(std::hint::black_box(build(&ds, &events))));
    let t_rows = median(runs, || drop(std::hint::black_box(rows(&full))));
    for (frame, px) in VIEWS {
        let limits = Limits {
            max_edges: MAX_DRAWN_EDGES,
            ..Limits::for_width(px)
        };
        let t_group = median(runs, || {
            drop(std::hint::black_box(group(&full, limits, &[])))
        });
        let net = group(&full, limits, &[]);
        let t_layout = median(runs, || {
            let labels: Vec<Vec<String>> = (net.nodes.iter())
                .map(|n| names(&ds, n, |k| format!("{k} others")))
                .collect();
            std::hint::black_box(layout(&net, &labels, frame));
        });
        let t_all = median(runs, || {
            let full = build(&ds, &events);
            let net = group(&full, limits, &[]);
            let labels: Vec<Vec<String>> = (net.nodes.iter())
                .map(|n| names(&ds, n, |k| format!("{k} others")))
                .collect();
            std::hint::black_box(layout(&net, &labels, frame));
        });
        eprintln!(
            "{px} px: build {t_build:?}, rows {t_rows:?}, group {t_group:?}, names+layout \
             {t_layout:?}; build+group+names+layout {t_all:?} (median of {runs})"
        );
    }
}
