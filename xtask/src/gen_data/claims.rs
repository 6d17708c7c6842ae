//! Comparisons: each side's position on a proposition in one year, and the sides' readouts of
//! one event, built from the statements so every rule of the validator holds by construction.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::model::{noun, Claim, ClaimKind, ClaimSide, Event, Position, Statement};
use super::rng::Rng;
use super::text::{and_list, capitalise, Ids};
use super::vocab::PROPOSITIONS;
use super::world::World;

/// How many comparisons a dataset of `events` events has: a few dozen at most.
pub fn claim_count(events: usize) -> usize {
    (events / 150 + 10).min(40)
}

/// The most statements a side of a proposition lists.
const MAX_PER_SIDE: usize = 6;

/// Builds propositions (three in five) and readouts; the proposition with the most statements is
/// featured and comes first.
pub fn build(
    seed: u64,
    n_events: usize,
    w: &World,
    events: &[Event],
    statements: &[Statement],
) -> Vec<Claim> {
    let mut rng = Rng::stream(seed, "claims");
    let total = claim_count(n_events);
    let readouts = total * 2 / 5;
    let mut ids = Ids::default();
    let mut props = propositions(&mut rng, &mut ids, total - readouts, w, statements);
    let featured = (0..props.len()).max_by_key(|&i| {
        let n: usize = props[i].sides.iter().map(|s| s.statements.len()).sum();
        (n, Reverse(i))
    });
    if let Some(f) = featured {
        props[f].featured = true;
        let claim = props.remove(f);
        props.insert(0, claim);
    }
    props.extend(readouts_of(
        &mut rng, &mut ids, readouts, w, events, statements,
    ));
    props
}

/// Sides by prominence, for silent sides worth showing.
fn prominent(w: &World) -> Vec<usize> {
    let mut order: Vec<usize> = (0..w.sides.len()).collect();
    order.sort_by_key(|&i| (Reverse(w.sides[i].weight), i));
    order
}

fn in_time_order(mut list: Vec<usize>, statements: &[Statement]) -> Vec<usize> {
    list.sort_by_key(|&i| (statements[i].date, i));
    list
}

fn propositions(
    rng: &mut Rng,
    ids: &mut Ids,
    wanted: usize,
    w: &World,
    statements: &[Statement],
) -> Vec<Claim> {
    // Stance statements by (proposition, year), then by side.
    let mut windows: BTreeMap<(usize, i32), BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
    for (i, st) in statements.iter().enumerate() {
        if let Some((p, _)) = st.stance {
            let side = w.actors[st.speaker].side;
            windows
                .entry((p, st.date.ymd().0))
                .or_default()
                .entry(side)
                .or_default()
                .push(i);
        }
    }
    let mut keys: Vec<(usize, i32)> = windows.keys().copied().collect();
    rng.shuffle(&mut keys);
    // Comparisons of two or three speaking sides first; the shuffle varies the rest.
    keys.sort_by_key(|k| Reverse(windows[k].len().min(3)));
    let prominent = prominent(w);
    let mut out = Vec::new();
    for key in keys {
        if out.len() >= wanted {
            break;
        }
        let (p, year) = key;
        let (slug, title, _, terms, nps) = PROPOSITIONS[p];
        let mut speaking: Vec<(usize, Vec<usize>)> =
            windows[&key].iter().map(|(&s, l)| (s, l.clone())).collect();
        speaking.sort_by_key(|(s, l)| (Reverse(l.len()), *s));
        let target = rng.between(2, 4) as usize;
        let mut k = speaking.len().min(target);
        if k == target && k >= 2 && rng.chance(0.35) {
            k -= 1;
        }
        let mut silent: Vec<usize> = prominent
            .iter()
            .copied()
            .filter(|s| !windows[&key].contains_key(s))
            .take(8)
            .collect();
        rng.shuffle(&mut silent);
        silent.truncate(target - k);
        if k + silent.len() < 2 {
            continue;
        }
        let mut sides = Vec::new();
        let mut said = Vec::new();
        for (side, mut list) in speaking.into_iter().take(k) {
            if list.len() > MAX_PER_SIDE {
                rng.shuffle(&mut list);
                list.truncate(MAX_PER_SIDE);
            }
            let position = w.stances[side][p];
            said.push(format!("{} {}", w.sides[side].of, position.as_str()));
            sides.push(ClaimSide {
                label: w.sides[side].label.clone(),
                side,
                position,
                statements: in_time_order(list, statements),
                note: None,
            });
        }
        for &side in &silent {
            sides.push(ClaimSide {
                label: w.sides[side].label.clone(),
                side,
                position: Position::Silent,
                statements: Vec::new(),
                note: Some(format!(
                    "No statement by {} on {} appears in the sources for {year}.",
                    w.sides[side].of, nps[0]
                )),
            });
        }
        let silent_labels: Vec<&str> = silent.iter().map(|&s| w.sides[s].of.as_str()).collect();
        let mut summary = format!("Positions on {} in {year}: {}", nps[0], said.join(", "));
        match silent_labels.len() {
            0 => summary.push('.'),
            1 => summary.push_str(&format!("; {} is silent.", silent_labels[0])),
            _ => summary.push_str(&format!("; {} are silent.", and_list(&silent_labels))),
        }
        out.push(Claim {
            id: ids.unique(&format!("{slug}-{year}")),
            kind: ClaimKind::Proposition,
            title: format!("{title}, {year}"),
            summary,
            event: None,
            featured: false,
            terms: terms.iter().map(|t| t.to_string()).collect(),
            sides,
        });
    }
    out
}

fn readouts_of(
    rng: &mut Rng,
    ids: &mut Ids,
    wanted: usize,
    w: &World,
    events: &[Event],
    statements: &[Statement],
) -> Vec<Claim> {
    let mut of_event: Vec<Vec<usize>> = vec![Vec::new(); events.len()];
    for (i, st) in statements.iter().enumerate() {
        if let Some(e) = st.event {
            of_event[e].push(i);
        }
    }
    let sides_of = |e: &Event| {
        let mut out: Vec<usize> = Vec::new();
        for &a in &e.participants {
            if !out.contains(&w.actors[a].side) {
                out.push(w.actors[a].side);
            }
        }
        out
    };
    let speaking = |e: usize| {
        let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
        for &i in &of_event[e] {
            let side = w.actors[statements[i].speaker].side;
            match out.iter_mut().find(|(s, _)| *s == side) {
                Some((_, l)) => l.push(i),
                None => out.push((side, vec![i])),
            }
        }
        out
    };
    let mut candidates: Vec<usize> = (0..events.len())
        .filter(|&e| !of_event[e].is_empty() && sides_of(&events[e]).len() >= 2)
        .collect();
    rng.shuffle(&mut candidates);
    // Events where two or more sides published something make the better comparisons.
    candidates.sort_by_key(|&e| Reverse(speaking(e).len().min(3)));
    let mut out = Vec::new();
    for e in candidates {
        if out.len() >= wanted {
            break;
        }
        let ev = &events[e];
        let mut reporting = speaking(e);
        reporting.truncate(4);
        let target = (rng.between(2, 4) as usize).max(reporting.len());
        let silent: Vec<usize> = sides_of(ev)
            .into_iter()
            .filter(|s| !reporting.iter().any(|(r, _)| r == s))
            .take(target - reporting.len())
            .collect();
        if reporting.len() + silent.len() < 2 {
            continue;
        }
        let noun = noun(ev.kind);
        // Sides as a sentence names them ("the United States"), the first capitalised.
        let labels: Vec<&str> = reporting
            .iter()
            .map(|(s, _)| w.sides[*s].of.as_str())
            .collect();
        let silent_labels: Vec<&str> = silent.iter().map(|&s| w.sides[s].of.as_str()).collect();
        let summary = if silent.is_empty() {
            format!(
                "{} each published a readout of the {noun}.",
                capitalise(&and_list(&labels))
            )
        } else {
            format!(
                "{} published a readout of the {noun}; the sources quote none from {}.",
                capitalise(&and_list(&labels)),
                and_list(&silent_labels)
            )
        };
        let mut sides: Vec<ClaimSide> = reporting
            .into_iter()
            .map(|(side, list)| ClaimSide {
                label: w.sides[side].label.clone(),
                side,
                position: Position::Reports,
                statements: in_time_order(list, statements),
                note: None,
            })
            .collect();
        sides.extend(silent.into_iter().map(|side| ClaimSide {
            label: w.sides[side].label.clone(),
            side,
            position: Position::Silent,
            statements: Vec::new(),
            note: Some(format!(
                "The sources quote no readout of this {noun} from {}.",
                w.sides[side].of
            )),
        }));
        out.push(Claim {
            id: ids.unique(&format!("readout-{}", ev.id)),
            kind: ClaimKind::Readout,
            title: format!("Readouts: {}, {}", ev.title, ev.date.long()),
            summary,
            event: Some(e),
            featured: false,
            terms: Vec::new(),
            sides,
        });
    }
    out
}
