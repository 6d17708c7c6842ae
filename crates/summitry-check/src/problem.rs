//! What the validator reports: one problem per fault, each naming where an editor must look.

use std::fmt;

/// One fault in the dataset, located precisely enough for an editor to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as a path an editor can open (e.g. `data/events.toml`).
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// Id of the item at fault, when the fault is inside an item.
    pub id: Option<String>,
    /// The field at fault, when one field is.
    pub field: Option<String>,
    /// What is wrong, and where possible what to do.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ":")?;
        if let Some(id) = &self.id {
            write!(f, " item `{id}`")?;
        }
        if let Some(field) = &self.field {
            write!(f, " field `{field}`")?;
        }
        if self.id.is_some() || self.field.is_some() {
            write!(f, ":")?;
        }
        write!(f, " {}", self.message)
    }
}

/// Every problem found in one check, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The problems, sorted by file and line.
    pub problems: Vec<Problem>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        let n = self.problems.len();
        write!(
            f,
            "{n} problem{} in the dataset",
            if n == 1 { "" } else { "s" }
        )
    }
}

impl std::error::Error for Report {}
