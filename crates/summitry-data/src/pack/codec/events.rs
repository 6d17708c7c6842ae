//! A file's events, column by column: every kind, status and precision, then every day, every
//! place, every id, ..., every title, every summary.

use super::*;

/// [`text_parts`] of an event, for the encoder: of the catalogue's actors and place only, as the
/// decoder knows no other.
pub(super) fn event_parts<'a>(e: &Event, cat: &Index<'a>) -> Vec<&'a str> {
    let actors: Vec<(&str, &str)> = e
        .participants
        .iter()
        .filter_map(|id| cat.actors.at.get(id.as_str()))
        .map(|&i| (cat.actor_names[i], cat.actor_sides[i]))
        .collect();
    let place = e.place.as_deref().and_then(|id| cat.places.at.get(id));
    text_parts(&actors, place.map_or("", |&i| cat.place_names[i]))
}

/// Events, column by column; `sources` are every source they may cite.
/// Returns each event's [`text_parts`], which its statements' texts repeat too.
pub(super) fn put_events<'a>(
    w: &mut Writer,
    events: &[Event],
    cat: &Index<'a>,
    sources: &Cited<'_>,
) -> Vec<Vec<&'a str>> {
    w.len(events.len());
    for e in events {
        // Kind, status and precision in one byte: 2, 2 and 3 bits.
        w.byte(e.kind as u8 | (e.status as u8) << 2 | (e.when.precision as u8) << 4);
    }
    let mut prev = 0;
    for e in events {
        put_day(w, &mut prev, e.when.date);
        put_end(w, &e.when);
    }
    for e in events {
        cat.places.put_opt(w, e.place.as_deref());
    }
    for e in events {
        // What an event's id may repeat: its kind, its day and its place.
        let day = crate::iso(e.when.date);
        let place = e.place.as_deref().unwrap_or_default();
        put_id(w, &e.id, &[e.kind.as_str(), &day, place]);
    }
    for e in events {
        cat.actors.put_all(w, &e.participants);
    }
    for e in events {
        cat.topics.put_all(w, &e.topics);
    }
    for e in events {
        sources.ids.put_all(w, &e.sources);
    }
    let parts: Vec<Vec<&str>> = events.iter().map(|e| event_parts(e, cat)).collect();
    for (e, parts) in events.iter().zip(&parts) {
        put_id(w, &e.title, parts);
    }
    for (e, parts) in events.iter().zip(&parts) {
        put_id(w, &e.summary, parts);
    }
    for e in events {
        w.opt_str(e.outcome.as_deref());
    }
    for e in events {
        let days = || item_days(&e.when, e.sources.iter().filter_map(|id| sources.day(id)));
        put_opt_text(w, e.date_basis.as_deref(), || date_parts(days()));
    }
    for e in events {
        w.opt_str(e.place_basis.as_deref());
    }
    // Columns that are mostly empty, so their zeros sit together for gzip.
    for e in events {
        put_corrections(w, &e.corrections);
    }
    for e in events {
        w.opt_str(e.search_en.as_deref());
    }
    parts
}

/// Events, and each one's [`text_parts`] (which its statements' texts repeat too).
pub(super) fn take_events<'a>(
    r: &mut Reader<'_>,
    cat: &CatalogueIds<'a>,
    sources: &CitedIds<'_>,
) -> Result<(Vec<Event>, Vec<Vec<&'a str>>), PackError> {
    let n = r.count()?;
    let mut events = Vec::with_capacity(n);
    for _ in 0..n {
        events.push(Event {
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
        });
    }
    for e in &mut events {
        let b = r.byte()?;
        e.kind = *KINDS.get(usize::from(b & 3)).ok_or(PackError::Corrupt)?;
        e.status = *STATUSES
            .get(usize::from(b >> 2 & 3))
            .ok_or(PackError::Corrupt)?;
        e.when.precision = *PRECISIONS
            .get(usize::from(b >> 4))
            .ok_or(PackError::Corrupt)?;
    }
    let mut prev = 0;
    for e in &mut events {
        e.when.date = take_day(r, &mut prev)?;
        e.when.end = take_end(r, e.when.date)?;
    }
    // The catalogue's place and actors of each event, for its title and summary.
    let mut names: Vec<(&str, Vec<(&str, &str)>)> = Vec::with_capacity(n);
    for e in &mut events {
        let place = take_opt_at(r, &cat.places)?;
        let name = place
            .as_ref()
            .and_then(|(_, at)| at.map(|i| cat.place_names[i]));
        names.push((name.unwrap_or_default(), Vec::new()));
        e.place = place.map(|(id, _)| id);
    }
    for e in &mut events {
        let day = crate::iso(e.when.date);
        let place = e.place.as_deref().unwrap_or_default();
        e.id = take_id(r, &[e.kind.as_str(), &day, place])?;
    }
    for (e, (_, actors)) in events.iter_mut().zip(&mut names) {
        e.participants = list(r, |r| {
            let (id, at) = take_at(r, &cat.actors)?;
            actors.extend(at.map(|i| (cat.actor_names[i], cat.actor_sides[i])));
            Ok(id)
        })?;
    }
    let parts: Vec<Vec<&str>> = names
        .iter()
        .map(|(place, actors)| text_parts(actors, place))
        .collect();
    for e in &mut events {
        e.topics = take_all(r, &cat.topics)?;
    }
    let mut cited_days: Vec<Vec<Date>> = Vec::with_capacity(n);
    for e in &mut events {
        let mut days = Vec::new();
        e.sources = list(r, |r| {
            let (id, at) = take_at(r, &sources.ids)?;
            days.extend(at.map(|i| sources.days[i]));
            Ok(id)
        })?;
        cited_days.push(days);
    }
    for (e, parts) in events.iter_mut().zip(&parts) {
        e.title = take_id(r, parts)?;
    }
    for (e, parts) in events.iter_mut().zip(&parts) {
        e.summary = take_id(r, parts)?;
    }
    for e in &mut events {
        e.outcome = r.opt_str()?;
    }
    for (e, days) in events.iter_mut().zip(cited_days) {
        e.date_basis = take_opt_text(r, || date_parts(item_days(&e.when, days)))?;
    }
    for e in &mut events {
        e.place_basis = r.opt_str()?;
    }
    for e in &mut events {
        e.corrections = take_corrections(r)?;
    }
    for e in &mut events {
        e.search_en = r.opt_str()?;
    }
    Ok((events, parts))
}
