//! Review marks and the year precision: drafts never pass `check`, problems on imported items
//! name the row or slide they came from, and a year-only date is 1 January.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use summitry_check::{load, Problem};
use summitry_data::Precision;

/// A fresh copy of the valid fixture in a temporary folder.
fn copy_of_valid() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "summitry-review-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let valid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    for entry in std::fs::read_dir(valid).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    dir
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches(from).count(), 1, "`{from}` once in {file}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn problems(dir: &Path) -> Vec<Problem> {
    load(dir).err().map(|r| r.problems).unwrap_or_default()
}

#[test]
fn a_draft_statement_is_refused_at_its_draft_field() {
    let dir = copy_of_valid();
    edit(
        &dir,
        "statements.toml",
        "id = \"alpha-call-good\"\n",
        "id = \"alpha-call-good\"\ndraft = true\nfrom = \"\\\"The call was good,\\\" Alpha said.\"\n",
    );
    let found = problems(&dir);
    assert_eq!(found.len(), 1, "{found:#?}");
    let p = &found[0];
    assert_eq!(p.id.as_deref(), Some("alpha-call-good"));
    assert_eq!(p.field.as_deref(), Some("draft"));
    let text = std::fs::read_to_string(dir.join("statements.toml")).unwrap();
    let line = text.lines().position(|l| l == "draft = true").unwrap() + 1;
    assert_eq!(p.line, Some(line));
    assert!(p.message.contains("The call was good"), "{p}");
    assert!(p.message.contains("delete `draft = true`"), "{p}");
}

#[test]
fn a_reviewed_item_may_keep_its_from_note() {
    let dir = copy_of_valid();
    edit(
        &dir,
        "statements.toml",
        "id = \"alpha-call-good\"\n",
        "id = \"alpha-call-good\"\ndraft = false\nfrom = \"Alpha said the call was good.\"\n",
    );
    assert!(problems(&dir).is_empty());
}

#[test]
fn drafts_of_every_kind_are_refused() {
    let dir = copy_of_valid();
    for (file, id) in [
        ("places.toml", "id = \"kyiv\"\n"),
        ("events.toml", "id = \"phone-call\"\n"),
        ("topics.toml", "id = \"talks\"\n"),
    ] {
        edit(&dir, file, id, &format!("{id}draft = true\n"));
    }
    let found = problems(&dir);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().all(|p| p.field.as_deref() == Some("draft")));
}

#[test]
fn a_problem_on_an_imported_item_names_its_row() {
    let dir = copy_of_valid();
    edit(
        &dir,
        "events.toml",
        "id = \"phone-call\"\n",
        "id = \"phone-call\"\nimported_from = \"timeline.csv row 5\"\n",
    );
    edit(
        &dir,
        "events.toml",
        "participants = [\"alpha\", \"beta\"]\ntopics = [\"talks\"]",
        "participants = []\ntopics = [\"talks\"]",
    );
    let found = problems(&dir);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].field.as_deref(), Some("participants"));
    assert!(
        found[0]
            .to_string()
            .ends_with("(imported from timeline.csv row 5)"),
        "{}",
        found[0]
    );
}

#[test]
fn an_event_without_kind_or_status_is_reported_at_the_item() {
    let dir = copy_of_valid();
    edit(
        &dir,
        "events.toml",
        "kind = \"call\"\nstatus = \"held\"\n",
        "imported_from = \"timeline.json event 2\"\n",
    );
    let found = problems(&dir);
    let fields: Vec<_> = found.iter().map(|p| p.field.as_deref()).collect();
    assert_eq!(fields, [Some("kind"), Some("status")], "{found:#?}");
    assert!(found
        .iter()
        .all(|p| p.id.as_deref() == Some("phone-call")
            && p.message.contains("timeline.json event 2")));
}

#[test]
fn a_year_precision_date_is_the_first_of_january() {
    let dir = copy_of_valid();
    edit(
        &dir,
        "events.toml",
        "date = \"2025-03-03\"\nprecision = \"day\"",
        "date = \"2025-01-01\"\nprecision = \"year\"",
    );
    let ds = load(&dir).unwrap_or_else(|r| panic!("{r}"));
    let call = ds.event("phone-call").unwrap();
    assert_eq!(call.when.precision, Precision::Year);
    assert_eq!(Precision::Year.as_str(), "year");
}

#[test]
fn a_year_precision_date_that_is_not_the_first_of_january_is_refused() {
    let dir = copy_of_valid();
    edit(
        &dir,
        "events.toml",
        "date = \"2025-03-03\"\nprecision = \"day\"",
        "date = \"2025-03-01\"\nprecision = \"year\"",
    );
    let found = problems(&dir);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].field.as_deref(), Some("date"));
    assert!(found[0].message.contains("1 January"));
}
