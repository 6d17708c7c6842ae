//! A file's events, column by column: every kind, status and precision, then every day, every
//! place, every id, ..., every title, every summary. [`events`] describes the columns once, for
//! both directions.

use super::*;

/// An event whose every field a column fills in.
fn blank() -> Event {
    Event {
        id: String::new(),
        kind: EventKind::Meeting,
        status: Status::Held,
        title: String::new(),
        summary: String::new(),
        outcome: None,
        when: When {
            date: Date::MIN,
            precision: Precision::Day,
            end: None,
        },
        date_basis: None,
        place: None,
        place_basis: None,
        participants: Vec::new(),
        topics: Vec::new(),
        sources: Vec::new(),
        corrections: Vec::new(),
        search_en: None,
    }
}

/// A file's events, in the order their columns are written, for writing ([`Put`]) or reading
/// ([`Take`]). Returns each event's [`text_parts`] (of the catalogue's actors and place only, as
/// the decoder knows no other), which its statements' texts repeat too.
pub(super) fn events<'a, D: Dir>(
    d: &mut D,
    events: &mut Vec<Event>,
    cat: &Cat<'a, D::Ids<'a>>,
) -> Result<Vec<Vec<&'a str>>, PackError> {
    d.count(events, blank)?;
    for e in events.iter_mut() {
        // Kind, status and precision in one byte: 2, 2 and 3 bits.
        d.bits(|b| {
            b.field(&mut e.kind, &KINDS, 2)?;
            b.field(&mut e.status, &STATUSES, 2)?;
            b.field(&mut e.when.precision, &PRECISIONS, 3)
        })?;
    }
    let mut prev = 0;
    for e in events.iter_mut() {
        d.day(&mut prev, &mut e.when.date)?;
        d.end(&mut e.when)?;
    }
    // Each event's place and participants in the catalogue, for its title and summary.
    let mut names: Vec<(&str, Vec<(&str, &str)>)> = Vec::with_capacity(events.len());
    for e in events.iter_mut() {
        let at = d.opt_ref(&cat.places, &mut e.place)?;
        names.push((at.map_or("", |i| cat.place_names[i]), Vec::new()));
    }
    for e in events.iter_mut() {
        // What an event's id may repeat: its kind, its day and its place.
        let day = crate::iso(e.when.date);
        let place = e.place.as_deref().unwrap_or_default();
        d.text(&mut e.id, &[e.kind.as_str(), &day, place])?;
    }
    let mut found = Vec::new();
    for (e, (_, actors)) in events.iter_mut().zip(&mut names) {
        found.clear();
        d.refs(&cat.actors, &mut e.participants, Some(&mut found))?;
        actors.extend(
            found
                .iter()
                .map(|&i| (cat.actor_names[i], cat.actor_sides[i])),
        );
    }
    let parts: Vec<Vec<&str>> = names
        .iter()
        .map(|(place, actors)| text_parts(actors, place))
        .collect();
    for e in events.iter_mut() {
        d.refs(&cat.topics, &mut e.topics, None)?;
    }
    // The days of publication of each event's sources, for its dating note.
    let mut cited_days: Vec<Vec<Date>> = Vec::with_capacity(events.len());
    for e in events.iter_mut() {
        found.clear();
        d.refs(&cat.sources, &mut e.sources, Some(&mut found))?;
        cited_days.push(found.iter().map(|&i| cat.source_days[i]).collect());
    }
    for (e, parts) in events.iter_mut().zip(&parts) {
        d.text(&mut e.title, parts)?;
    }
    for (e, parts) in events.iter_mut().zip(&parts) {
        d.text(&mut e.summary, parts)?;
    }
    for e in events.iter_mut() {
        d.opt_str(&mut e.outcome)?;
    }
    for (e, days) in events.iter_mut().zip(cited_days) {
        let when = &e.when;
        d.opt_text(&mut e.date_basis, || date_parts(item_days(when, days)))?;
    }
    for e in events.iter_mut() {
        d.opt_str(&mut e.place_basis)?;
    }
    // Columns that are mostly empty, so their zeros sit together for gzip.
    for e in events.iter_mut() {
        d.corrections(&mut e.corrections)?;
    }
    for e in events.iter_mut() {
        d.opt_str(&mut e.search_en)?;
    }
    Ok(parts)
}
