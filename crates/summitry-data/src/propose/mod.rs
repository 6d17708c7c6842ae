//! Drafting statements and events from an article (filled in below).
use std::path::Path;

/// A draft.
pub struct Draft {
    /// Warnings.
    pub warnings: Vec<String>,
}
impl Draft {
    /// TOML.
    pub fn to_toml(&self) -> String {
        String::new()
    }
    /// Summary.
    pub fn summary(&self) -> String {
        String::new()
    }
}
/// Proposes.
pub fn propose_file(_a: &Path, _p: &str, _d: Option<&crate::Dataset>) -> Result<Draft, String> {
    Err("todo".into())
}
