//! A file's statements, column by column, most of each written as its place in its event's:
//! every event first, then every speaker, every day, every id, every topic list, every source,
//! every quote.

use super::*;

/// Statements, column by column; `events` are those of the same file.
pub(super) fn put_statements(
    w: &mut Writer,
    statements: &[Statement],
    cat: &Index<'_>,
    sources: &Cited<'_>,
    events: &Ids<'_>,
    event_items: &[Event],
    event_parts: &[Vec<&str>],
) {
    w.len(statements.len());
    // Each statement's event first: its speaker, topics and source are mostly the event's.
    let mut prev = 0;
    let event_at: Vec<Option<usize>> = statements
        .iter()
        .map(|s| {
            put_near(w, events, s.event.as_deref(), &mut prev).filter(|&i| i < event_items.len())
        })
        .collect();
    let field =
        |i: usize, f: fn(&Event) -> &[String]| event_at[i].map_or(&[][..], |e| f(&event_items[e]));
    for (i, s) in statements.iter().enumerate() {
        put_among(w, field(i, |e| &e.participants), &cat.actors, &s.speaker);
    }
    let mut prev = 0;
    for s in statements {
        put_day(w, &mut prev, s.when.date);
        put_end(w, &s.when);
        // Precision, channel and paraphrase in one byte: 3, 3 and 1 bits.
        w.byte(s.when.precision as u8 | (s.channel as u8) << 3 | u8::from(s.paraphrase) << 6);
    }
    for s in statements {
        // What a statement's id may repeat: its speaker and its day.
        put_id(w, &s.id, &[&s.speaker, &crate::iso(s.when.date)]);
    }
    for (i, s) in statements.iter().enumerate() {
        put_some_of(w, field(i, |e| &e.topics), &cat.topics, &s.topics);
    }
    for (i, s) in statements.iter().enumerate() {
        put_among(w, field(i, |e| &e.sources), &sources.ids, &s.source);
    }
    // A quote or its context often names its speaker ('According to Thomas Krüger, ...'), and
    // the others at its event.
    let parts = |(i, s): (usize, &Statement)| {
        let at = cat.actors.at.get(s.speaker.as_str()).copied();
        let speaker = at.map(|i| (cat.actor_names[i], cat.actor_roles[i], cat.actor_sides[i]));
        let mut parts = speaker_parts(speaker);
        if let Some(e) = event_at[i] {
            parts.extend_from_slice(&event_parts[e]);
        }
        parts
    };
    let parts: Vec<Vec<&str>> = statements.iter().enumerate().map(parts).collect();
    for (s, parts) in statements.iter().zip(&parts) {
        put_id(w, &s.quote, parts);
    }
    for (s, parts) in statements.iter().zip(&parts) {
        put_opt_text(w, s.context.as_deref(), || parts.clone());
    }
    for s in statements {
        let days = || item_days(&s.when, sources.day(&s.source));
        put_opt_text(w, s.date_basis.as_deref(), || date_parts(days()));
    }
    for s in statements {
        w.opt_str(s.translation.as_deref());
    }
    for s in statements {
        put_corrections(w, &s.corrections);
    }
}

pub(super) fn take_statements(
    r: &mut Reader<'_>,
    cat: &CatalogueIds<'_>,
    sources: &CitedIds<'_>,
    events: &[&str],
    event_items: &[Event],
    event_parts: &[Vec<&str>],
) -> Result<Vec<Statement>, PackError> {
    let n = r.count()?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(Statement {
            id: String::new(),
            speaker: String::new(),
            when: When {
                date: Date::MIN,
                precision: Precision::Day,
                end: None,
            },
            date_basis: None,
            channel: Channel::Statement,
            quote: String::new(),
            paraphrase: false,
            context: None,
            event: None,
            topics: Vec::new(),
            source: String::new(),
            translation: None,
            corrections: Vec::new(),
        });
    }
    let mut prev = 0;
    let mut event_at = Vec::with_capacity(n);
    for s in &mut out {
        let (event, at) = take_near(r, events, &mut prev)?;
        s.event = event;
        event_at.push(at.filter(|&i| i < event_items.len()));
    }
    let field =
        |i: usize, f: fn(&Event) -> &[String]| event_at[i].map_or(&[][..], |e| f(&event_items[e]));
    for (i, s) in out.iter_mut().enumerate() {
        s.speaker = take_among(r, field(i, |e| &e.participants), &cat.actors)?;
    }
    let mut prev = 0;
    for s in &mut out {
        s.when.date = take_day(r, &mut prev)?;
        s.when.end = take_end(r, s.when.date)?;
        let b = r.byte()?;
        s.when.precision = *PRECISIONS
            .get(usize::from(b & 7))
            .ok_or(PackError::Corrupt)?;
        s.channel = *CHANNELS
            .get(usize::from(b >> 3 & 7))
            .ok_or(PackError::Corrupt)?;
        s.paraphrase = match b >> 6 {
            0 => false,
            1 => true,
            _ => return Err(PackError::Corrupt),
        };
    }
    for s in &mut out {
        s.id = take_id(r, &[&s.speaker, &crate::iso(s.when.date)])?;
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.topics = take_some_of(r, field(i, |e| &e.topics), &cat.topics)?;
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.source = take_among(r, field(i, |e| &e.sources), &sources.ids)?;
    }
    // Speakers by id, for their names: sorted once, searched per statement.
    let actors = Sorted::of(&cat.actors);
    let parts = |(i, s): (usize, &Statement)| {
        let at = actors.find(&s.speaker);
        let speaker = at.map(|i| (cat.actor_names[i], cat.actor_roles[i], cat.actor_sides[i]));
        let mut parts = speaker_parts(speaker);
        if let Some(e) = event_at[i] {
            parts.extend_from_slice(&event_parts[e]);
        }
        parts
    };
    let parts: Vec<Vec<&str>> = out.iter().enumerate().map(parts).collect();
    for (s, parts) in out.iter_mut().zip(&parts) {
        s.quote = take_id(r, parts)?;
    }
    for (s, parts) in out.iter_mut().zip(&parts) {
        s.context = take_opt_text(r, || parts.clone())?;
    }
    let by_id = Sorted::of(&sources.ids);
    for s in &mut out {
        s.date_basis = take_opt_text(r, || {
            let day = by_id.find(&s.source).map(|i| sources.days[i]);
            date_parts(item_days(&s.when, day))
        })?;
    }
    for s in &mut out {
        s.translation = r.opt_str()?;
    }
    for s in &mut out {
        s.corrections = take_corrections(r)?;
    }
    Ok(out)
}
