//! Issue 30: what a filter change computes at 10,000 events, timed step by step (ignored: run
//! it in release mode by hand, `cargo test --release -p summitry-model -- --ignored --nocapture
//! filter_change_time`), on the generated data the bench uses when it is at hand.

use std::time::Duration;

use summitry_data::{EventKind, Store};

use crate::filter::{Filters, SearchIndex};
use crate::i18n::texts;
use crate::lang::Lang;
use crate::map::{call_arcs, markers, tinted_countries, view_box, viewport};
use crate::overlay::draw;
use crate::timeline::{strip, TimeScale};

/// The fastest of `runs` timings of `f`: the machine is shared, and slower runs measure the
/// others' work.
fn fastest(runs: usize, f: impl FnMut()) -> Duration {
    crate::testdata::timings(runs, f)[0]
}

/// Times each step of a filter change (ticking "calls", and back) as the map and the timeline
/// compute it, on the desktop's width class.
#[test]
#[ignore]
fn filter_change_time() {
    let dir = std::path::Path::new("/tmp/summitry-scale-10000-7");
    if !dir.join("dataset.toml").exists() {
        eprintln!(
            "{} missing: cargo run -q -p xtask -- gen-data --events 10000 --seed 7 --out {}",
            dir.display(),
            dir.display()
        );
        return;
    }
    let ds = Store::from_dataset(summitry_check::load(dir).expect("generated data is valid"));
    let (first, last) = ds.span.expect("events");
    let scale = TimeScale::new(first, last, 0.0, 100.0);
    let vb = view_box(&viewport(), None);
    let t = texts(Lang::En);
    let runs = 40;
    for kinds in [vec![], vec![EventKind::Call]] {
        let f = Filters {
            kinds,
            ..Default::default()
        };
        let shown = f.events_in(&ds, &SearchIndex::default());
        let t_filter = fastest(runs, || {
            drop(std::hint::black_box(
                f.events_in(&ds, &SearchIndex::default()),
            ))
        });
        let t_markers = fastest(runs, || drop(std::hint::black_box(markers(&ds, &shown))));
        let t_arcs = fastest(runs, || drop(std::hint::black_box(call_arcs(&ds, &shown))));
        let t_tint = fastest(runs, || {
            drop(std::hint::black_box(tinted_countries(&ds, None, &shown)))
        });
        let marks = markers(&ds, &shown);
        let arcs = call_arcs(&ds, &shown);
        let t_draw = fastest(runs, || {
            drop(std::hint::black_box(draw(
                &marks,
                &arcs,
                Lang::En,
                t,
                &vb,
                Some(2),
            )))
        });
        let t_strip = fastest(runs, || {
            drop(std::hint::black_box(strip(&shown, &scale, 8.0, 4, 12)))
        });
        let t_items = fastest(runs, || {
            drop(std::hint::black_box(crate::map::layout_items(
                &marks, &arcs,
            )))
        });
        let items = crate::map::layout_items(&marks, &arcs);
        let t_layout = fastest(runs, || {
            drop(std::hint::black_box(crate::layout::lay_out_for(
                &items,
                &vb,
                Some(2),
            )))
        });
        let d = draw(&marks, &arcs, Lang::En, t, &vb, Some(2));
        eprintln!(
            "{} events ({} markers, {} arcs, {} buttons): filter {t_filter:?}, markers \
             {t_markers:?}, arcs {t_arcs:?}, tint {t_tint:?}, draw {t_draw:?} (of which items \
             {t_items:?}, lay_out {t_layout:?}), strip {t_strip:?}",
            shown.len(),
            marks.len(),
            arcs.len(),
            d.buttons.len(),
        );
    }
}
