//! A file's statements, column by column, most of each written as its place in its event's:
//! every event first, then every speaker, every day, every id, every topic list, every source,
//! every quote. [`statements`] describes the columns once, for both directions.

use super::*;

/// A statement whose every field a column fills in.
fn blank() -> Statement {
    Statement {
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
    }
}

/// A file's statements, in the order their columns are written, for writing ([`Put`]) or
/// reading ([`Take`]). `events` are those of the same file, and `event_parts` their
/// [`text_parts`].
pub(super) fn statements<'a, D: Dir>(
    d: &mut D,
    statements: &mut Vec<Statement>,
    cat: &Cat<'a, D::Ids<'a>>,
    events: &[Event],
    event_parts: &[Vec<&'a str>],
) -> Result<(), PackError> {
    d.count(statements, blank)?;
    // Each statement's event first: its speaker, topics and source are mostly the event's.
    let ids = D::ids(id_list(events, |e| &e.id));
    let mut prev = 0;
    let mut event_at = Vec::with_capacity(statements.len());
    for s in statements.iter_mut() {
        let at = d.near(&ids, &mut prev, &mut s.event)?;
        event_at.push(at.filter(|&i| i < events.len()));
    }
    let field =
        |i: usize, f: fn(&Event) -> &[String]| event_at[i].map_or(&[][..], |e| f(&events[e]));
    for (i, s) in statements.iter_mut().enumerate() {
        d.among(field(i, |e| &e.participants), &cat.actors, &mut s.speaker)?;
    }
    let mut prev = 0;
    for s in statements.iter_mut() {
        d.day(&mut prev, &mut s.when.date)?;
        d.end(&mut s.when)?;
        // Precision, channel and paraphrase in one byte: 3, 3 and 1 bits.
        d.bits(|b| {
            b.field(&mut s.when.precision, &PRECISIONS, 3)?;
            b.field(&mut s.channel, &CHANNELS, 3)?;
            b.field(&mut s.paraphrase, &[false, true], 1)
        })?;
    }
    for s in statements.iter_mut() {
        // What a statement's id may repeat: its speaker and its day.
        let parts = [s.speaker.as_str(), &crate::iso(s.when.date)];
        d.text(&mut s.id, &parts)?;
    }
    for (i, s) in statements.iter_mut().enumerate() {
        d.some_of(field(i, |e| &e.topics), &cat.topics, &mut s.topics)?;
    }
    for (i, s) in statements.iter_mut().enumerate() {
        d.among(field(i, |e| &e.sources), &cat.sources, &mut s.source)?;
    }
    // A quote or its context often names its speaker ('According to Thomas Krüger, ...'), and
    // the others at its event.
    let parts = |(i, s): (usize, &Statement)| {
        let at = D::find(&cat.actors, &s.speaker);
        let speaker = at.map(|i| (cat.actor_names[i], cat.actor_roles[i], cat.actor_sides[i]));
        let mut parts = speaker_parts(speaker);
        if let Some(e) = event_at[i] {
            parts.extend_from_slice(&event_parts[e]);
        }
        parts
    };
    let parts: Vec<Vec<&str>> = statements.iter().enumerate().map(parts).collect();
    for (s, parts) in statements.iter_mut().zip(&parts) {
        d.text(&mut s.quote, parts)?;
    }
    for (s, parts) in statements.iter_mut().zip(&parts) {
        d.opt_text(&mut s.context, || parts.clone())?;
    }
    for s in statements.iter_mut() {
        let (source, when) = (&s.source, &s.when);
        d.opt_text(&mut s.date_basis, || {
            let day = D::find(&cat.sources, source).map(|i| cat.source_days[i]);
            date_parts(item_days(when, day))
        })?;
    }
    for s in statements.iter_mut() {
        d.opt_str(&mut s.translation)?;
    }
    for s in statements.iter_mut() {
        d.corrections(&mut s.corrections)?;
    }
    Ok(())
}
