//! The network's graph, helpers and table, on the sample and on the real dataset.

use super::testgen::real;
use super::*;
use crate::filter::in_time_order;
use crate::testdata::{sample, sample_dataset};
use summitry_data::{Event, EventKind, Status, Store};
use time::macros::date;

fn ids<'a>(events: &[&'a Event]) -> Vec<&'a str> {
    events.iter().map(|e| e.id.as_str()).collect()
}

fn node_ids<'a>(net: &Network<'a>) -> Vec<&'a str> {
    net.nodes.iter().map(|n| n.id).collect()
}

#[test]
fn every_actor_of_an_event_is_a_node_in_the_sides_order() {
    let ds = sample();
    let net = build(&ds, &in_time_order(&ds));
    assert_eq!(node_ids(&net), ["zelensky", "putin", "macron"]);
    let z = &net.nodes[0];
    assert_eq!(
        (z.side, z.side_index, z.count(), z.held),
        ("ukraine", 0, 3, 3)
    );
    assert_eq!(z.last, Some(date!(2025 - 03 - 05)));
    assert!(!z.is_group());
}

#[test]
fn a_call_is_an_edge_apart_from_the_meetings_of_the_same_pair() {
    let ds = sample();
    let net = build(&ds, &in_time_order(&ds));
    let (z, m) = (net.find("zelensky").unwrap(), net.find("macron").unwrap());
    let between: Vec<(Channel, Vec<&str>)> = net
        .edges
        .iter()
        .filter(|e| e.touches(z) && e.touches(m))
        .map(|e| (e.channel, ids(&net.at(&e.events))))
        .collect();
    assert_eq!(
        between,
        [
            (Channel::InPerson, vec!["paris"]),
            (Channel::Call, vec!["call"])
        ]
    );
    assert_eq!(ids(&events_between(&net, m, z)), ["paris", "call"]);
}

#[test]
fn a_proposed_meeting_is_a_planned_edge_apart_and_counts_no_meeting() {
    let mut ds = sample_dataset();
    ds.events[0].status = Status::Proposed; // Istanbul, Zelensky and Putin
    let ds = Store::from_dataset(ds);
    let all = in_time_order(&ds);
    let net = build(&ds, &all);
    assert_eq!(ids(&net.events), ids(&all), "every event is kept");
    // Putin took part in no held event: last on his side, by held count.
    assert_eq!(node_ids(&net), ["zelensky", "putin", "macron"]);
    let (z, p) = (&net.nodes[0], &net.nodes[1]);
    assert_eq!((z.count(), z.held), (3, 2));
    assert_eq!((p.count(), p.held, p.last), (1, 0, None));
    let planned: Vec<&Edge> = (net.edges.iter())
        .filter(|e| e.channel == Channel::Planned)
        .collect();
    assert_eq!(planned.len(), 1);
    assert_eq!((planned[0].a, planned[0].b), (0, 1));
    assert_eq!(ids(&net.at(&planned[0].events)), ["istanbul"]);
    assert_eq!(net.edges.len(), 3, "Zelensky–Macron in person and by call");
    assert_eq!(met(&net, "zelensky"), ["macron"]);
    assert!(met(&net, "putin").is_empty());
    assert_eq!(planned_with(&net, "putin"), ["zelensky"]);
    assert!(planned_with(&net, "macron").is_empty());
    let rows = rows(&net);
    let zp = rows.iter().find(|r| (r.a, r.b) == (0, 1)).unwrap();
    assert_eq!(
        (zp.meetings, zp.calls, zp.planned, zp.last),
        (0, 0, 1, None)
    );
    assert_eq!(rows.last(), Some(zp), "held first");
}

#[test]
fn an_actor_only_in_planned_events_comes_after_those_who_met_on_their_side() {
    let mut ds = sample_dataset();
    ds.actors.push(summitry_data::Actor {
        id: "aaa".into(),
        name: "aaa".into(),
        kind: summitry_data::ActorKind::Person,
        role: None,
        country: None,
        side: "ukraine".into(),
    });
    // "aaa" is in two planned events, Zelensky in three held ones.
    for (i, day) in [date!(2025 - 04 - 01), date!(2025 - 04 - 02)]
        .iter()
        .enumerate()
    {
        let mut plan = ds.events[0].clone();
        plan.id = format!("plan-{i}");
        plan.status = Status::Scheduled;
        plan.when.date = *day;
        plan.when.end = None;
        plan.participants = vec!["aaa".into(), "macron".into()];
        ds.events.push(plan);
    }
    let ds = Store::from_dataset(ds);
    let net = build(&ds, &in_time_order(&ds));
    assert_eq!(node_ids(&net), ["zelensky", "aaa", "putin", "macron"]);
    let m = &net.nodes[3];
    assert_eq!((m.count(), m.held), (4, 2));
    assert_eq!(m.last, Some(date!(2025 - 03 - 03)), "the last held one");
}

#[test]
fn an_actor_named_twice_in_one_event_counts_it_once_and_meets_no_one() {
    let mut ds = sample_dataset();
    ds.events[1].participants = vec!["macron".into(), "macron".into()];
    let ds = Store::from_dataset(ds);
    let net = build(&ds, &in_time_order(&ds));
    let m = &net.nodes[net.find("macron").unwrap()];
    assert_eq!(ids(&net.at(&m.events)), ["paris", "call"]);
    assert!(net.edges.iter().all(|e| e.a != e.b));
    assert_eq!(net.edges.len(), 2, "the call and Istanbul");
}

#[test]
fn nodes_go_by_side_then_by_count_and_edges_by_count() {
    let mut ds = sample_dataset();
    ds.actors.push(summitry_data::Actor {
        id: "umerov".into(),
        name: "umerov".into(),
        kind: summitry_data::ActorKind::Person,
        role: None,
        country: None,
        side: "ukraine".into(),
    });
    let mut talks = ds.events[0].clone();
    talks.id = "talks-2".into();
    talks.participants = vec!["umerov".into(), "putin".into()];
    ds.events.push(talks);
    let mut more = ds.events[1].clone();
    more.id = "paris-2".into();
    more.when.date = date!(2025 - 03 - 09);
    ds.events.push(more);
    let ds = Store::from_dataset(ds);
    let net = build(&ds, &in_time_order(&ds));
    assert_eq!(node_ids(&net), ["zelensky", "umerov", "putin", "macron"]);
    let counts: Vec<usize> = net.edges.iter().map(Edge::count).collect();
    assert_eq!(counts, [2, 1, 1, 1]);
    let heaviest = &net.edges[0];
    assert_eq!(heaviest.channel, Channel::InPerson);
    assert_eq!(heaviest.last, date!(2025 - 03 - 09));
}

#[test]
fn those_who_met_zelensky_are_everyone_else_and_macron_met_only_zelensky() {
    let ds = sample();
    let net = build(&ds, &in_time_order(&ds));
    assert_eq!(met(&net, "zelensky"), ["putin", "macron"]);
    assert_eq!(met(&net, "macron"), ["zelensky"]);
    assert!(met(&net, "nobody").is_empty());
}

#[test]
fn the_events_of_a_node_are_those_it_took_part_in_in_time_order() {
    let ds = sample();
    let net = build(&ds, &in_time_order(&ds));
    let z = net.find("zelensky").unwrap();
    assert_eq!(ids(&events_of(&net, z)), ["paris", "call", "istanbul"]);
    assert!(events_of(&net, 99).is_empty());
}

#[test]
fn a_table_row_counts_a_pairs_meetings_and_calls_and_their_last_day() {
    let ds = sample();
    let net = build(&ds, &in_time_order(&ds));
    let rows = rows(&net);
    let pairs: Vec<([&str; 2], usize, usize, usize)> = rows
        .iter()
        .map(|r| (r.names, r.meetings, r.calls, r.planned))
        .collect();
    assert_eq!(
        pairs,
        [
            (["zelensky", "macron"], 1, 1, 0),
            (["zelensky", "putin"], 1, 0, 0)
        ]
    );
    assert_eq!(rows[0].last, Some(date!(2025 - 03 - 03)));
}

#[test]
fn a_pairs_channel_counts_agree_with_its_table_row() {
    let ds = sample();
    let net = build(&ds, &in_time_order(&ds));
    for r in rows(&net) {
        let shared = events_between(&net, r.a, r.b);
        assert_eq!(channel_counts(&shared), [r.meetings, r.calls, r.planned]);
    }
    assert_eq!(channel_counts(&[]), [0, 0, 0]);
}

#[test]
fn the_same_events_build_the_same_network() {
    let ds = sample();
    let evs = in_time_order(&ds);
    assert_eq!(build(&ds, &evs), build(&ds, &evs));
}

#[test]
fn on_the_real_data_zelensky_macron_and_putin_are_nodes_and_putin_is_only_planned() {
    let ds = real();
    let all = ds.events();
    let net = build(&ds, &all);
    let find = |id: &str| net.find(id).unwrap_or_else(|| panic!("{id} is a node"));
    let (z, m, p) = (find("zelensky"), find("macron"), find("putin"));
    let between = |x: usize, y: usize| -> Vec<&Edge> {
        (net.edges.iter())
            .filter(|e| e.touches(x) && e.touches(y))
            .collect()
    };
    // Zelensky and Putin: one edge, planned, the proposed meeting alone.
    let zp = between(z, p);
    assert_eq!(zp.len(), 1, "{zp:?}");
    assert_eq!(zp[0].channel, Channel::Planned);
    assert_eq!(
        ids(&net.at(&zp[0].events)),
        ["proposed-zelensky-putin-meeting"]
    );
    assert_eq!(net.nodes[p].held, 0);
    assert!(!met(&net, "zelensky").contains(&"putin"));
    assert!(planned_with(&net, "zelensky").contains(&"putin"));
    // Zelensky and Macron: the held events they both took part in, split by kind, computed
    // here from the events alone.
    let both = |call: bool| -> Vec<&str> {
        all.iter()
            .filter(|e| e.status == Status::Held && (e.kind == EventKind::Call) == call)
            .filter(|e| e.participants.iter().any(|p| p == "zelensky"))
            .filter(|e| e.participants.iter().any(|p| p == "macron"))
            .map(|e| e.id.as_str())
            .collect()
    };
    let zm = between(z, m);
    for (channel, call) in [(Channel::InPerson, false), (Channel::Call, true)] {
        let edge = (zm.iter())
            .find(|e| e.channel == channel)
            .unwrap_or_else(|| panic!("a {channel:?} edge"));
        assert!(!edge.events.is_empty());
        assert_eq!(ids(&net.at(&edge.events)), both(call), "{channel:?}");
    }
    for e in &zm {
        let evs = net.at(&e.events);
        assert!(evs.iter().all(|ev| Channel::of(ev) == e.channel));
        assert_eq!(
            e.channel == Channel::Planned,
            evs.iter().all(|ev| ev.status != Status::Held)
        );
    }
    let row = rows(&net)
        .into_iter()
        .find(|r| (r.a, r.b) == (z.min(m), z.max(m)))
        .unwrap();
    assert_eq!(
        (row.meetings, row.calls),
        (both(false).len(), both(true).len())
    );
}
