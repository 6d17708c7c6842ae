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
fn every_actor_of_a_held_event_is_a_node_in_the_sides_order() {
    let ds = sample();
    let net = build(&ds, &in_time_order(&ds));
    assert_eq!(node_ids(&net), ["zelensky", "putin", "macron"]);
    let z = &net.nodes[0];
    assert_eq!((z.side, z.side_index, z.count()), ("ukraine", 0, 3));
    assert_eq!(z.last, date!(2025 - 03 - 05));
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
fn a_proposed_meeting_makes_no_edge_and_counts_for_no_one() {
    let mut ds = sample_dataset();
    ds.events[0].status = Status::Proposed; // Istanbul, Zelensky and Putin
    let ds = Store::from_dataset(ds);
    let net = build(&ds, &in_time_order(&ds));
    assert_eq!(node_ids(&net), ["zelensky", "macron"]);
    assert_eq!(net.nodes[0].count(), 2);
    assert!(net.events.iter().all(|e| e.status == Status::Held));
    assert_eq!(net.edges.len(), 2);
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
    let pairs: Vec<([&str; 2], usize, usize)> = rows
        .iter()
        .map(|r| (r.names, r.meetings, r.calls))
        .collect();
    assert_eq!(
        pairs,
        [
            (["zelensky", "macron"], 1, 1),
            (["zelensky", "putin"], 1, 0)
        ]
    );
    assert_eq!(rows[0].last, date!(2025 - 03 - 03));
}

#[test]
fn the_same_events_build_the_same_network() {
    let ds = sample();
    let evs = in_time_order(&ds);
    assert_eq!(build(&ds, &evs), build(&ds, &evs));
}

#[test]
fn on_the_real_data_zelensky_and_macron_have_the_held_events_they_both_took_part_in() {
    let ds = real();
    let all = ds.events();
    let net = build(&ds, &all);
    let (z, m) = (net.find("zelensky").unwrap(), net.find("macron").unwrap());
    let both = |channel: Channel| -> Vec<&str> {
        all.iter()
            .filter(|e| e.status == Status::Held && Channel::of(e.kind) == channel)
            .filter(|e| e.participants.iter().any(|p| p == "zelensky"))
            .filter(|e| e.participants.iter().any(|p| p == "macron"))
            .map(|e| e.id.as_str())
            .collect()
    };
    for channel in [Channel::InPerson, Channel::Call] {
        let edge = net
            .edges
            .iter()
            .find(|e| e.touches(z) && e.touches(m) && e.channel == channel)
            .unwrap_or_else(|| panic!("a {channel:?} edge"));
        assert_eq!(ids(&net.at(&edge.events)), both(channel), "{channel:?}");
        assert!(!edge.events.is_empty());
    }
    let calls = both(Channel::Call);
    assert!(calls
        .iter()
        .all(|id| ds.event(id).unwrap().kind == EventKind::Call));
    assert!(
        net.find("putin").is_none(),
        "Putin took part in no held event"
    );
}
