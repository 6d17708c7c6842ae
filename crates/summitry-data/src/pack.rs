//! The dataset as the widget downloads it: a small core that the opening view needs, and the
//! remaining events in chunks by time span that it fetches when a reader reaches them.
//!
//! The bytes are laid out by [`codec`]: references as positions in the core's catalogue, and
//! each file's events and statements in columns. The core carries the sources its own items cite;
//! each chunk carries the others its items cite. The core's size grows with the catalogue
//! (actors, places, topics, cited sources) and the number of comparisons (each one's own record;
//! only the opening comparison's statements), not with the number of events beyond what the
//! opening view shows; chunk files are named by their content's hash, so any
//! static host or CDN can cache them for ever.
//!
//! Texts are written without what they repeat from their item's own fields (`codec::put_id`): an
//! id without its kind, day and place; a title, summary or quote without its participants' names,
//! their sides and the place; a dating note without the days it is about.

use time::Date;

use crate::{Actor, Claim, Dataset, Edition, Event, Place, Side, Source, Statement, Topic};

mod codec;
mod wire;

pub use codec::Catalogue;

/// The version of the pack format; the widget refuses a pack of another version.
pub const FORMAT: u32 = 6;

/// Whole-dataset counts, for the header, whatever part of it has arrived.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Events.
    pub events: u32,
    /// Statements.
    pub statements: u32,
    /// Comparisons.
    pub claims: u32,
    /// Sources.
    pub sources: u32,
}

impl Totals {
    /// The counts of `ds`.
    pub fn of(ds: &Dataset) -> Totals {
        let n = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
        Totals {
            events: n(ds.events.len()),
            statements: n(ds.statements.len()),
            claims: n(ds.claims.len()),
            sources: n(ds.sources.len()),
        }
    }
}

/// Where a place is drawn on the map (`summitry_geo::Viewport::europe`), worked out when the
/// core is made, so the widget needs no projection: SVG units, and for a place off the map the
/// point on its edge and the direction the place lies in (degrees clockwise from up).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceAt {
    /// x in the view box.
    pub x: f32,
    /// y in the view box (down).
    pub y: f32,
    /// For a place off the map, its direction.
    pub bearing: Option<f32>,
}

/// Each of `places` on the map, in the same order.
pub fn place_all(places: &[Place]) -> Vec<PlaceAt> {
    use summitry_geo::Placement;
    let vp = summitry_geo::Viewport::europe();
    places
        .iter()
        .map(|p| {
            // f32: a thousandth of a unit is far below a pixel, and the core carries half the bytes.
            let (at, bearing) = match vp.clip_to_edge(p.lat, p.lon) {
                Placement::Inside(at) => (at, None),
                Placement::Edge { at, bearing_deg } => (at, Some(bearing_deg as f32)),
            };
            PlaceAt {
                x: at.x as f32,
                y: at.y as f32,
                bearing,
            }
        })
        .collect()
}

/// One chunk file: where it is and what span of time it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChunkInfo {
    /// File name, relative to the core's folder (`data/`).
    pub file: String,
    /// Its first event's date.
    pub first: Date,
    /// Its last event's date.
    pub last: Date,
    /// How many events it holds.
    pub events: u32,
}

/// What the opening view needs: the catalogue, every comparison's record, the statements of the
/// one the comparison view opens with, the most recent events, and where the rest is.
#[derive(Debug, Clone, PartialEq)]
pub struct Core {
    /// The dataset's title.
    pub name: String,
    /// The dataset's description.
    pub description: String,
    /// Its credit, date and language.
    pub edition: Edition,
    /// Sides.
    pub sides: Vec<Side>,
    /// The sources the core's events and statements cite (and any that nothing cites); chunks
    /// carry the others.
    pub sources: Vec<Source>,
    /// Actors.
    pub actors: Vec<Actor>,
    /// Places.
    pub places: Vec<Place>,
    /// Where each place is drawn, in the order of `places` ([`place_all`]).
    pub placements: Vec<PlaceAt>,
    /// Topics.
    pub topics: Vec<Topic>,
    /// Every comparison.
    pub claims: Vec<Claim>,
    /// The events shipped with the core.
    pub events: Vec<Event>,
    /// The statements shipped with the core.
    pub statements: Vec<Statement>,
    /// Whole-dataset counts.
    pub totals: Totals,
    /// First and last event day of the whole dataset.
    pub span: Option<(Date, Date)>,
    /// The chunks holding every other event, oldest first.
    pub chunks: Vec<ChunkInfo>,
}

/// The events of one span of time, with their statements.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// The sources its items cite that the core does not carry.
    pub sources: Vec<Source>,
    /// Events, in time order.
    pub events: Vec<Event>,
    /// Their statements.
    pub statements: Vec<Statement>,
}

/// Why bytes could not be read as a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// Written by another version of Summitry.
    Version(u32),
    /// Not a pack, or cut short.
    Corrupt,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::Version(v) => write!(f, "data format {v}, expected {FORMAT}"),
            PackError::Corrupt => write!(f, "the data file is damaged or incomplete"),
        }
    }
}

impl Core {
    /// A core holding the whole of `ds`, with no chunks (the build's single-store forms and
    /// native tests).
    pub fn whole(ds: crate::Dataset) -> Core {
        let totals = Totals::of(&ds);
        let span = ds.date_span();
        Core {
            name: ds.name,
            description: ds.description,
            edition: ds.edition,
            sides: ds.sides,
            sources: ds.sources,
            actors: ds.actors,
            placements: place_all(&ds.places),
            places: ds.places,
            topics: ds.topics,
            claims: ds.claims,
            events: ds.events,
            statements: ds.statements,
            totals,
            span,
            chunks: Vec::new(),
        }
    }

    /// Reads a core file.
    pub fn decode(bytes: &[u8]) -> Result<Core, PackError> {
        codec::decode_core(bytes)
    }

    /// The core file's bytes.
    pub fn encode(&self) -> Vec<u8> {
        codec::encode_core(self)
    }

    /// What its chunks refer to.
    pub fn catalogue(&self) -> Catalogue<'_> {
        Catalogue {
            sides: &self.sides,
            actors: &self.actors,
            places: &self.places,
            topics: &self.topics,
            sources: &self.sources,
        }
    }
}

impl Chunk {
    /// Reads a chunk file of the core whose catalogue is `cat`.
    pub fn decode(bytes: &[u8], cat: &Catalogue<'_>) -> Result<Chunk, PackError> {
        codec::decode_chunk(bytes, cat)
    }

    /// The chunk file's bytes, referring to `cat`.
    pub fn encode(&self, cat: &Catalogue<'_>) -> Vec<u8> {
        codec::encode_chunk(self, cat)
    }
}
