//! The dataset's item files as read: their paths and texts, and where each item stands in them,
//! so every check (the loader's, the review marks', the provenance check's) can say file and
//! line without naming the others.

use std::collections::HashMap;
use std::ops::Range;

use crate::Problem;

/// A file's display path and text.
#[derive(Debug, Clone, Default)]
pub(crate) struct File {
    pub path: String,
    pub text: String,
}

impl File {
    /// The 1-based line of `field = ...` inside the item whose `[[header]]` is at `span`, else
    /// the header's line.
    ///
    /// toml gives an array-of-tables item only its header's span, so the item's body is taken to
    /// run to the next table header.
    pub(crate) fn line(&self, span: &Range<usize>, field: Option<&str>) -> usize {
        let start = span.start.min(self.text.len());
        let base = self.text[..start].matches('\n').count() + 1;
        let Some(field) = field else { return base };
        for (i, line) in self.text[start..].lines().enumerate() {
            let t = line.trim_start();
            if i > 0
                && t.starts_with('[')
                && t[1..]
                    .trim_start()
                    .starts_with(|c: char| c == '[' || c.is_ascii_alphabetic())
            {
                break;
            }
            if let Some(rest) = t.strip_prefix(field) {
                if rest.trim_start().starts_with('=') {
                    return base + i;
                }
            }
        }
        base
    }

    /// A problem located in this file.
    pub(crate) fn problem(
        &self,
        span: &Range<usize>,
        id: &str,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            file: self.path.clone(),
            line: Some(self.line(span, field)),
            id: (!id.is_empty()).then(|| id.to_string()),
            field: field.map(str::to_string),
            message: message.into(),
        }
    }
}

/// The texts of the item files, for locating problems.
#[derive(Debug, Default)]
pub(crate) struct Files {
    pub dataset: File,
    pub sources: File,
    pub actors: File,
    pub places: File,
    pub topics: File,
    pub events: File,
    pub statements: File,
    pub claims: File,
}

/// Where each source and statement stands in its file.
#[derive(Default)]
pub(crate) struct Spans {
    pub sources: HashMap<String, Range<usize>>,
    pub statements: HashMap<String, Range<usize>>,
}
