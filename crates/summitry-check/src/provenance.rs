//! Provenance: every quote must occur, word for word, in the article it cites.
//!
//! Only typography is forgiven: curly and straight quote marks, apostrophes, and runs of white
//! space compare equal. Everything else (spelling, dashes, punctuation, case) must match, because a
//! reader is promised the words as printed.

use std::collections::HashMap;
use std::path::Path;

use crate::files::{Files, Spans};
use crate::Problem;
use summitry_data::Dataset;

/// Folds quote marks, apostrophes and white space so typography does not decide a match.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(match c {
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
            | '\u{2033}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '`' => {
                '\''
            }
            c => c,
        });
    }
    out
}

/// True when `quote` occurs in `article` after [`normalise`] on both.
pub fn occurs_in(quote: &str, article: &str) -> bool {
    let q = normalise(quote);
    !q.is_empty() && normalise(article).contains(&q)
}

/// Checks every statement's quote against its source's text in `dir`.
pub(crate) fn check(ds: &Dataset, spans: &Spans, files: &Files, dir: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    if !dir.is_dir() {
        problems.push(Problem {
            file: dir.display().to_string(),
            line: None,
            id: None,
            field: None,
            message: "the sources folder does not exist".into(),
        });
        return problems;
    }
    let mut texts: HashMap<&str, String> = HashMap::new();
    for s in &ds.sources {
        let span = spans.sources.get(&s.id).cloned().unwrap_or_default();
        match std::fs::read_to_string(dir.join(&s.file)) {
            Ok(t) => {
                texts.insert(s.id.as_str(), normalise(&t));
            }
            Err(e) => problems.push(files.sources.problem(
                &span,
                &s.id,
                Some("file"),
                format!("cannot read {}: {e}", dir.join(&s.file).display()),
            )),
        }
    }
    for st in &ds.statements {
        let Some(text) = texts.get(st.source.as_str()) else {
            continue;
        };
        let span = spans.statements.get(&st.id).cloned().unwrap_or_default();
        let what = if st.paraphrase { "paraphrase" } else { "quote" };
        let checks = [
            ("quote", what, Some(&st.quote)),
            ("context", "context", st.context.as_ref()),
        ];
        for (field, what, value) in checks {
            let Some(value) = value else { continue };
            let q = normalise(value);
            if !q.is_empty() && !text.contains(&q) {
                problems.push(files.statements.problem(
                    &span,
                    &st.id,
                    Some(field),
                    format!(
                        "the {what} does not occur in source `{}`; copy it exactly as printed",
                        st.source
                    ),
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_and_straight_quotes_compare_equal() {
        assert!(occurs_in(
            "Kyiv is \"trying\" it's",
            "said Kyiv is \u{201C}trying\u{201D} it\u{2019}s true"
        ));
    }

    #[test]
    fn white_space_runs_compare_equal() {
        assert!(occurs_in("a  b\nc", "x a b  c y"));
    }

    #[test]
    fn a_changed_word_does_not_match() {
        assert!(!occurs_in(
            "a just and long peace",
            "a just and lasting peace"
        ));
    }

    #[test]
    fn case_and_dashes_are_not_forgiven() {
        assert!(!occurs_in("Final phase", "the final phase"));
        assert!(!occurs_in("end-of-August", "end of August"));
    }

    #[test]
    fn an_empty_quote_never_matches() {
        assert!(!occurs_in("  ", "anything"));
    }
}
