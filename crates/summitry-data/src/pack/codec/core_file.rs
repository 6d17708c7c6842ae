//! A core file's own records, described once for both directions as a file's events and
//! statements are ([`core_file`](fn@core_file)): its title, edition and totals, the catalogue
//! (sides, sources, actors, places and where each is drawn, topics), its events and statements
//! ([`items`]), its comparisons with their sides, and the chunk list. Record by record rather
//! than column by column: there are few of each, and most of their text is written once in the
//! whole dataset. A chunk's own sources are [`sources`] too.

use super::*;

/// A core file after its format number, in the order its fields are written, for writing
/// ([`Put`]) or reading ([`Take`]).
pub(super) fn core_file<D: Dir>(d: &mut D, core: &mut Core) -> Result<(), PackError> {
    d.str(&mut core.name)?;
    d.str(&mut core.description)?;
    edition(d, &mut core.edition)?;
    let t = &mut core.totals;
    for n in [
        &mut t.events,
        &mut t.statements,
        &mut t.claims,
        &mut t.sources,
    ] {
        d.u32(n)?;
    }
    let no_span = || (Date::MIN, Date::MIN);
    d.opt(&mut core.span, no_span, |d, (first, last)| {
        d.date(first)?;
        d.date(last)
    })?;
    d.count(&mut core.sides, || Side {
        id: String::new(),
        label: String::new(),
        country: None,
    })?;
    for s in core.sides.iter_mut() {
        d.str(&mut s.id)?;
        d.str(&mut s.label)?;
        d.opt_str(&mut s.country)?;
    }
    sources(d, &mut core.sources)?;
    let sides = D::ids(id_list(&core.sides, |s| &s.id));
    actors(d, &mut core.actors, &sides)?;
    places(d, &mut core.places, &mut core.placements)?;
    d.count(&mut core.topics, || Topic {
        id: String::new(),
        label: String::new(),
    })?;
    for t in core.topics.iter_mut() {
        d.str(&mut t.id)?;
        d.str(&mut t.label)?;
    }
    let cat = Catalogue {
        sides: &core.sides,
        actors: &core.actors,
        places: &core.places,
        topics: &core.topics,
        sources: &core.sources,
    }
    .refs::<D>(&[]);
    items(d, &mut core.events, &mut core.statements, &cat)?;
    claims(d, &mut core.claims, &sides, &core.events, &core.statements)?;
    chunks(d, &mut core.chunks)
}

/// A list of texts, each whole.
fn texts<D: Dir>(d: &mut D, v: &mut Vec<String>) -> Result<(), PackError> {
    d.count(v, String::new)?;
    for s in v.iter_mut() {
        d.str(s)?;
    }
    Ok(())
}

/// The dataset's credit, date and language.
fn edition<D: Dir>(d: &mut D, e: &mut Edition) -> Result<(), PackError> {
    d.str(&mut e.lang)?;
    d.opt_str(&mut e.credit)?;
    d.opt(&mut e.updated, || Date::MIN, |d, day| d.date(day))?;
    texts(d, &mut e.english)
}

/// The sources a core or a chunk carries.
pub(super) fn sources<D: Dir>(d: &mut D, sources: &mut Vec<Source>) -> Result<(), PackError> {
    d.count(sources, || Source {
        id: String::new(),
        outlet: String::new(),
        title: String::new(),
        published: Date::MIN,
        published_basis: None,
        language: String::new(),
        file: String::new(),
        url: None,
    })?;
    for s in sources.iter_mut() {
        d.str(&mut s.id)?;
        d.str(&mut s.outlet)?;
        d.str(&mut s.title)?;
        d.date(&mut s.published)?;
        d.opt_str(&mut s.published_basis)?;
        d.str(&mut s.language)?;
        d.str(&mut s.file)?;
        d.opt_str(&mut s.url)?;
    }
    Ok(())
}

/// The actors, each with its side by its position in `sides`.
fn actors<'a, D: Dir>(
    d: &mut D,
    actors: &mut Vec<Actor>,
    sides: &D::Ids<'a>,
) -> Result<(), PackError> {
    d.count(actors, || Actor {
        id: String::new(),
        name: String::new(),
        kind: ActorKind::Person,
        role: None,
        country: None,
        side: String::new(),
    })?;
    for a in actors.iter_mut() {
        d.str(&mut a.id)?;
        d.str(&mut a.name)?;
        d.one_of(&mut a.kind, &ACTOR_KINDS)?;
        d.opt_str(&mut a.role)?;
        d.opt_str(&mut a.country)?;
        d.id(sides, &mut a.side)?;
    }
    Ok(())
}

/// The places, then where each is drawn (a list of its own).
fn places<D: Dir>(
    d: &mut D,
    places: &mut Vec<Place>,
    placements: &mut Vec<PlaceAt>,
) -> Result<(), PackError> {
    d.count(places, || Place {
        id: String::new(),
        name: String::new(),
        country: String::new(),
        lat: 0.0,
        lon: 0.0,
        capital_of: Vec::new(),
    })?;
    for p in places.iter_mut() {
        d.str(&mut p.id)?;
        d.str(&mut p.name)?;
        d.str(&mut p.country)?;
        d.f64(&mut p.lat)?;
        d.f64(&mut p.lon)?;
        texts(d, &mut p.capital_of)?;
    }
    d.count(placements, || PlaceAt {
        x: 0.0,
        y: 0.0,
        bearing: None,
    })?;
    for at in placements.iter_mut() {
        d.f32(&mut at.x)?;
        d.f32(&mut at.y)?;
        d.opt(&mut at.bearing, || 0.0, |d, b| d.f32(b))?;
    }
    Ok(())
}

/// The comparisons: each one's event by its position in `events`, each side's by its position
/// in `sides` and its statements by theirs in `statements` (the core holds every statement a
/// comparison cites).
fn claims<'a, D: Dir>(
    d: &mut D,
    claims: &mut Vec<Claim>,
    sides: &D::Ids<'a>,
    events: &[Event],
    statements: &[Statement],
) -> Result<(), PackError> {
    let events = D::ids(id_list(events, |e| &e.id));
    let statements = D::ids(id_list(statements, |s| &s.id));
    d.count(claims, || Claim {
        id: String::new(),
        kind: ClaimKind::Proposition,
        title: String::new(),
        summary: String::new(),
        event: None,
        featured: false,
        terms: Vec::new(),
        sides: Vec::new(),
        corrections: Vec::new(),
    })?;
    for c in claims.iter_mut() {
        d.str(&mut c.id)?;
        d.one_of(&mut c.kind, &CLAIM_KINDS)?;
        d.str(&mut c.title)?;
        d.str(&mut c.summary)?;
        d.opt_ref(&events, &mut c.event)?;
        d.bool(&mut c.featured)?;
        texts(d, &mut c.terms)?;
        d.count(&mut c.sides, || ClaimSide {
            label: String::new(),
            side: String::new(),
            position: Position::Silent,
            statements: Vec::new(),
            note: None,
        })?;
        for s in c.sides.iter_mut() {
            d.str(&mut s.label)?;
            d.id(sides, &mut s.side)?;
            d.one_of(&mut s.position, &POSITIONS)?;
            d.refs(&statements, &mut s.statements, None)?;
            d.opt_str(&mut s.note)?;
        }
        d.corrections(&mut c.corrections)?;
    }
    Ok(())
}

/// The chunk files, oldest first.
fn chunks<D: Dir>(d: &mut D, chunks: &mut Vec<ChunkInfo>) -> Result<(), PackError> {
    d.count(chunks, || ChunkInfo {
        file: String::new(),
        first: Date::MIN,
        last: Date::MIN,
        events: 0,
    })?;
    for c in chunks.iter_mut() {
        d.str(&mut c.file)?;
        d.date(&mut c.first)?;
        d.date(&mut c.last)?;
        d.u32(&mut c.events)?;
    }
    Ok(())
}
