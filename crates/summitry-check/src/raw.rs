//! The files as an editor writes them: strings where the validator must check the form, and a
//! byte span per item so every problem can name its line.

use serde::{Deserialize, Deserializer};
use toml::Spanned;

/// A date as written: a quoted `"2025-07-23"` or a bare TOML date `2025-07-23`.
///
/// Kept as text so the validator, not the parser, judges it and can report every bad date at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDate(pub String);

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match toml::Value::deserialize(d)? {
            toml::Value::String(s) => Ok(RawDate(s)),
            toml::Value::Datetime(dt) => Ok(RawDate(dt.to_string())),
            other => Err(serde::de::Error::custom(format!(
                "expected a date like \"2025-07-23\", found {}",
                other.type_str()
            ))),
        }
    }
}

/// `dataset.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    pub name: String,
    pub description: String,
    pub credit: Option<String>,
    pub updated: Option<RawDate>,
}

/// A `[[event.correction]]` (or statement's, or claim's) as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCorrection {
    pub date: RawDate,
    pub text: String,
}

/// `sources.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: Vec<Spanned<RawSource>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub outlet: String,
    pub title: String,
    pub published: RawDate,
    pub published_basis: Option<String>,
    pub language: String,
    pub file: String,
    pub url: Option<String>,
    /// Review marks, read by [`crate::review`] from its own pass: `draft` and `from` on what the
    /// proposer wrote, `imported_from` on what an import brought in.
    #[serde(default)]
    #[allow(dead_code)]
    pub draft: bool,
    #[allow(dead_code)]
    pub from: Option<String>,
    #[allow(dead_code)]
    pub imported_from: Option<String>,
}

/// `actors.toml`: the sides first, then the actors.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorsFile {
    #[serde(default)]
    pub side: Vec<Spanned<RawSide>>,
    #[serde(default)]
    pub actor: Vec<Spanned<RawActor>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSide {
    pub id: String,
    pub label: String,
    pub country: Option<String>,
    /// Review marks, read by [`crate::review`] from its own pass: `draft` and `from` on what the
    /// proposer wrote, `imported_from` on what an import brought in.
    #[serde(default)]
    #[allow(dead_code)]
    pub draft: bool,
    #[allow(dead_code)]
    pub from: Option<String>,
    #[allow(dead_code)]
    pub imported_from: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: String,
    pub name: String,
    pub kind: summitry_data::ActorKind,
    pub role: Option<String>,
    pub country: Option<String>,
    pub side: String,
    /// Review marks, read by [`crate::review`] from its own pass: `draft` and `from` on what the
    /// proposer wrote, `imported_from` on what an import brought in.
    #[serde(default)]
    #[allow(dead_code)]
    pub draft: bool,
    #[allow(dead_code)]
    pub from: Option<String>,
    #[allow(dead_code)]
    pub imported_from: Option<String>,
}

/// `places.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlacesFile {
    #[serde(default)]
    pub place: Vec<Spanned<RawPlace>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub id: String,
    pub name: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    #[serde(default)]
    pub capital_of: Vec<String>,
    /// Review marks, read by [`crate::review`] from its own pass: `draft` and `from` on what the
    /// proposer wrote, `imported_from` on what an import brought in.
    #[serde(default)]
    #[allow(dead_code)]
    pub draft: bool,
    #[allow(dead_code)]
    pub from: Option<String>,
    #[allow(dead_code)]
    pub imported_from: Option<String>,
}

/// `topics.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicsFile {
    #[serde(default)]
    pub topic: Vec<Spanned<RawTopic>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTopic {
    pub id: String,
    pub label: String,
    /// Review marks, read by [`crate::review`] from its own pass: `draft` and `from` on what the
    /// proposer wrote, `imported_from` on what an import brought in.
    #[serde(default)]
    #[allow(dead_code)]
    pub draft: bool,
    #[allow(dead_code)]
    pub from: Option<String>,
    #[allow(dead_code)]
    pub imported_from: Option<String>,
}

/// `events.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    #[serde(default)]
    pub event: Vec<Spanned<RawEvent>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    /// Optional here so an imported event without one is reported at the item, not as an
    /// unreadable file.
    pub kind: Option<summitry_data::EventKind>,
    pub status: Option<summitry_data::Status>,
    pub title: String,
    pub summary: String,
    pub outcome: Option<String>,
    pub date: RawDate,
    pub precision: summitry_data::Precision,
    pub date_end: Option<RawDate>,
    pub date_basis: Option<String>,
    pub place: Option<String>,
    pub place_basis: Option<String>,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub correction: Vec<RawCorrection>,
    /// Review marks, read by [`crate::review`] from its own pass: `draft` and `from` on what the
    /// proposer wrote, `imported_from` on what an import brought in.
    #[serde(default)]
    #[allow(dead_code)]
    pub draft: bool,
    #[allow(dead_code)]
    pub from: Option<String>,
    #[allow(dead_code)]
    pub imported_from: Option<String>,
}

/// `statements.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementsFile {
    #[serde(default)]
    pub statement: Vec<Spanned<RawStatement>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatement {
    pub id: String,
    pub speaker: String,
    pub date: RawDate,
    pub precision: summitry_data::Precision,
    pub date_end: Option<RawDate>,
    pub date_basis: Option<String>,
    pub channel: summitry_data::Channel,
    pub quote: String,
    #[serde(default)]
    pub paraphrase: bool,
    pub context: Option<String>,
    pub event: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    pub source: Option<String>,
    #[serde(default)]
    pub correction: Vec<RawCorrection>,
    /// Review marks, read by [`crate::review`] from its own pass: `draft` and `from` on what the
    /// proposer wrote, `imported_from` on what an import brought in.
    #[serde(default)]
    #[allow(dead_code)]
    pub draft: bool,
    #[allow(dead_code)]
    pub from: Option<String>,
    #[allow(dead_code)]
    pub imported_from: Option<String>,
}

/// `claims.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsFile {
    #[serde(default)]
    pub claim: Vec<Spanned<RawClaim>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub id: String,
    pub kind: summitry_data::ClaimKind,
    pub title: String,
    pub summary: String,
    pub event: Option<String>,
    #[serde(default)]
    pub featured: bool,
    #[serde(default)]
    pub terms: Vec<String>,
    #[serde(default)]
    pub side: Vec<Spanned<RawClaimSide>>,
    #[serde(default)]
    pub correction: Vec<RawCorrection>,
    /// Review marks, read by [`crate::review`] from its own pass: `draft` and `from` on what the
    /// proposer wrote, `imported_from` on what an import brought in.
    #[serde(default)]
    #[allow(dead_code)]
    pub draft: bool,
    #[allow(dead_code)]
    pub from: Option<String>,
    #[allow(dead_code)]
    pub imported_from: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaimSide {
    pub label: String,
    pub side: String,
    pub position: summitry_data::Position,
    #[serde(default)]
    pub statements: Vec<String>,
    pub note: Option<String>,
}
