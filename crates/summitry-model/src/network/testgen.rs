//! Datasets for the network's tests: the real one, and large generated ones for scale.

use summitry_data::{Actor, ActorKind, EventKind, Side, Status, Store};
use time::macros::date;

use crate::testdata::sample_dataset;

/// `events` events over 2025 among `actors` actors of `sides` sides: two to four participants
/// each, chosen by a fixed linear congruential sequence (the same every run), so a few actors
/// take part often and many rarely; kinds in turn, every tenth event proposed. Names vary in
/// length, a few long enough to need shortening.
pub fn crowd(events: usize, actors: usize, sides: usize) -> Store {
    let mut ds = sample_dataset();
    ds.sides = (0..sides)
        .map(|s| Side {
            id: format!("side-{s}"),
            label: format!("Side {s}"),
            country: None,
        })
        .collect();
    ds.actors = (0..actors).map(|i| actor(i, sides)).collect();
    let model = ds.events[0].clone();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut draw = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        // Squared, so low numbers (the first actors) come up far more often.
        let u = (seed >> 33) as f64 / (1u64 << 31) as f64;
        ((u * u * n as f64) as usize).min(n - 1)
    };
    ds.events = (0..events)
        .map(|i| {
            let mut e = model.clone();
            e.id = format!("e{i}");
            e.kind = EventKind::ALL[i % 4];
            e.status = if i % 10 == 9 {
                Status::Proposed
            } else {
                Status::Held
            };
            e.place = None;
            e.when.date = date!(2025 - 01 - 01) + time::Duration::days((i * 365 / events) as i64);
            let who = 2 + i % 3;
            e.participants = (0..who).map(|_| format!("a{}", draw(actors))).collect();
            e
        })
        .collect();
    ds.statements.clear();
    ds.claims.clear();
    Store::from_dataset(ds)
}

/// Actor number `i`, of side `i % sides`.
fn actor(i: usize, sides: usize) -> Actor {
    let name = match i % 5 {
        0 => format!("Olena Kovalenko{i}"),
        1 => format!("Deputy minister for foreign affairs of state {i}"),
        2 => format!("Delegation {i}"),
        3 => format!("Jean-Baptiste de la Fontaine-Marchand {i}"),
        _ => format!("A{i}"),
    };
    Actor {
        id: format!("a{i}"),
        name,
        kind: if i % 5 == 2 {
            ActorKind::Delegation
        } else {
            ActorKind::Person
        },
        role: None,
        country: None,
        side: format!("side-{}", i % sides),
    }
}

/// The real dataset, from data/.
pub fn real() -> Store {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    Store::from_dataset(summitry_check::load(&dir).expect("data/ is valid"))
}
