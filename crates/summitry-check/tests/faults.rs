//! The validator against planted faults: each fault in a copy of a small valid dataset must be
//! reported with the right file, item and field, and nothing else may be reported.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use summitry_check::{load, load_checked, Problem};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A fresh copy of the valid fixture in a temporary folder.
fn copy_of_valid() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "summitry-faults-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(fixtures().join("valid")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    dir
}

/// Replaces the one occurrence of `from` in `file`; a fixture drift fails loudly.
fn plant(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "the fault must replace exactly one `{from}` in {file}"
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

struct Fault {
    name: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    expect_file: &'static str,
    expect_id: Option<&'static str>,
    expect_field: Option<&'static str>,
}

const fn fault(
    name: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    expect_id: Option<&'static str>,
    expect_field: Option<&'static str>,
) -> Fault {
    Fault {
        name,
        file,
        from,
        to,
        expect_file: file,
        expect_id,
        expect_field,
    }
}

const FAULTS: &[Fault] = &[
    fault(
        "dangling participant",
        "events.toml",
        r#"participants = ["alpha", "beta"]
topics = ["air-defence"]"#,
        r#"participants = ["alpha", "gamma"]
topics = ["air-defence"]"#,
        Some("paris-meeting"),
        Some("participants"),
    ),
    fault(
        "duplicate id",
        "topics.toml",
        r#"label = "Talks""#,
        "label = \"Talks\"\n\n[[topic]]\nid = \"talks\"\nlabel = \"Talks again\"",
        Some("talks"),
        Some("id"),
    ),
    fault(
        "impossible date",
        "statements.toml",
        r#"date = "2025-03-03""#,
        r#"date = "2025-02-30""#,
        Some("alpha-call-good"),
        Some("date"),
    ),
    fault(
        "latitude out of range",
        "places.toml",
        "lat = 50.45",
        "lat = 123",
        Some("kyiv"),
        Some("lat"),
    ),
    fault(
        "longitude out of range",
        "places.toml",
        "lon = 2.35",
        "lon = 200",
        Some("paris"),
        Some("lon"),
    ),
    fault(
        "empty quote",
        "statements.toml",
        r#"quote = "The call was good.""#,
        r#"quote = "  ""#,
        Some("alpha-call-good"),
        Some("quote"),
    ),
    fault(
        "unknown topic",
        "statements.toml",
        r#"topics = ["talks"]"#,
        r#"topics = ["talk"]"#,
        Some("beta-nothing-agreed"),
        Some("topics"),
    ),
    fault(
        "claim with one side",
        "claims.toml",
        r#"
[[claim.side]]
label = "France"
side = "france"
position = "silent"
note = "Beta's office published nothing."
"#,
        "\n",
        Some("readout-call"),
        Some("side"),
    ),
    fault(
        "call with a place",
        "events.toml",
        r#"date = "2025-03-03"
precision = "day""#,
        r#"date = "2025-03-03"
precision = "day"
place = "kyiv""#,
        Some("phone-call"),
        Some("place"),
    ),
    fault(
        "event without source",
        "events.toml",
        r#"sources = ["src-b"]"#,
        "sources = []",
        Some("phone-call"),
        Some("sources"),
    ),
    fault(
        "statement without source",
        "statements.toml",
        r#"source = "src-b""#,
        "",
        Some("alpha-call-good"),
        Some("source"),
    ),
    fault(
        "month precision on the 2nd",
        "events.toml",
        r#"date = "2025-03-02"
precision = "day""#,
        r#"date = "2025-03-02"
precision = "month""#,
        Some("paris-meeting"),
        Some("date"),
    ),
    fault(
        "deadline without basis",
        "events.toml",
        "date_basis = \"by the end of April\"\n",
        "",
        Some("proposed-summit"),
        Some("date_basis"),
    ),
    fault(
        "range without end",
        "events.toml",
        r#"date = "2025-03-03"
precision = "day""#,
        r#"date = "2025-03-03"
precision = "range"
date_basis = "that week""#,
        Some("phone-call"),
        Some("date_end"),
    ),
    fault(
        "statement before its event",
        "statements.toml",
        r#"date = "2025-03-03""#,
        r#"date = "2025-03-02""#,
        Some("alpha-call-good"),
        Some("date"),
    ),
    fault(
        "held event after its source",
        "events.toml",
        r#"status = "proposed""#,
        r#"status = "held""#,
        Some("proposed-summit"),
        Some("date"),
    ),
    fault(
        "silent side with statements",
        "claims.toml",
        r#"position = "conditions""#,
        r#"position = "silent""#,
        Some("agreement"),
        Some("statements"),
    ),
    fault(
        "silent side without a note",
        "claims.toml",
        "note = \"Beta's office published nothing.\"\n",
        "",
        Some("readout-call"),
        Some("note"),
    ),
    fault(
        "side with nothing to show",
        "claims.toml",
        r#"statements = ["beta-nothing-agreed"]"#,
        "",
        Some("agreement"),
        Some("statements"),
    ),
    fault(
        "readout without event",
        "claims.toml",
        "event = \"phone-call\"\n",
        "",
        Some("readout-call"),
        Some("event"),
    ),
    fault(
        "statements out of time order",
        "claims.toml",
        r#"["alpha-air-defence", "alpha-call-good"]"#,
        r#"["alpha-call-good", "alpha-air-defence"]"#,
        Some("agreement"),
        Some("statements"),
    ),
    fault(
        "statement on the wrong side",
        "claims.toml",
        r#"statements = ["beta-nothing-agreed"]"#,
        r#"statements = ["alpha-air-defence"]"#,
        Some("agreement"),
        Some("statements"),
    ),
    fault(
        "bad country code",
        "actors.toml",
        r#"country = "FR"
side = "france""#,
        r#"country = "France"
side = "france""#,
        Some("beta"),
        Some("country"),
    ),
    fault(
        "unknown side",
        "actors.toml",
        r#"side = "france""#,
        r#"side = "francee""#,
        Some("beta"),
        Some("side"),
    ),
    fault(
        "id with capitals and spaces",
        "events.toml",
        r#"id = "proposed-summit""#,
        r#"id = "Proposed Summit""#,
        Some("Proposed Summit"),
        Some("id"),
    ),
    fault(
        "unknown kind",
        "events.toml",
        r#"kind = "call""#,
        r#"kind = "phone""#,
        None,
        None,
    ),
    fault(
        "misspelt field",
        "places.toml",
        "capital_of = [\"UA\"]",
        "capitol_of = [\"UA\"]",
        None,
        None,
    ),
    fault(
        "a stance none of the side's quotes names",
        "claims.toml",
        r#"terms = ["agreed", "air defence"]"#,
        r#"terms = ["air defence"]"#,
        Some("agreement"),
        Some("position"),
    ),
    fault(
        "a proposition without terms",
        "claims.toml",
        r#"terms = ["agreed", "air defence"]"#,
        "",
        Some("agreement"),
        Some("terms"),
    ),
    fault(
        "an id too long for a link",
        "places.toml",
        r#"id = "kyiv""#,
        r#"id = "kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv-kyiv""#,
        None,
        Some("id"),
    ),
    fault(
        "an unclosed placeholder",
        "sources.toml",
        r#"outlet = "Outlet A""#,
        r#"outlet = "[Outlet not named""#,
        None,
        Some("outlet"),
    ),
    fault(
        "broken TOML",
        "topics.toml",
        r#"label = "Talks""#,
        r#"label = "Talks"#,
        None,
        None,
    ),
];

fn report_for(dir: &Path, sources: Option<&Path>) -> Vec<Problem> {
    match load_checked(dir, sources) {
        Ok(_) => Vec::new(),
        Err(report) => report.problems,
    }
}

#[test]
fn the_valid_fixture_has_no_problems() {
    let dir = copy_of_valid();
    let problems = report_for(&dir, Some(&fixtures().join("seeds")));
    assert!(problems.is_empty(), "unexpected: {problems:#?}");
}

#[test]
fn every_planted_fault_is_reported_where_it_was_planted() {
    assert!(FAULTS.len() >= 15);
    for f in FAULTS {
        let dir = copy_of_valid();
        plant(&dir, f.file, f.from, f.to);
        let problems = report_for(&dir, None);
        assert!(!problems.is_empty(), "{}: no problem reported", f.name);
        let hit = problems.iter().find(|p| {
            p.file.ends_with(f.expect_file)
                && (f.expect_id.is_none() || p.id.as_deref() == f.expect_id)
                && p.field.as_deref() == f.expect_field
        });
        assert!(
            hit.is_some(),
            "{}: expected a problem in {} for {:?}/{:?}, got:\n{}",
            f.name,
            f.expect_file,
            f.expect_id,
            f.expect_field,
            problems
                .iter()
                .map(|p| format!("  {p}\n"))
                .collect::<String>()
        );
        let hit = hit.unwrap();
        assert!(hit.line.is_some(), "{}: no line in {hit}", f.name);
        // One fault, one message: a planted fault must not echo elsewhere.
        assert_eq!(
            problems.len(),
            1,
            "{}: more than one problem: {problems:#?}",
            f.name
        );
    }
}

#[test]
fn a_field_fault_names_the_line_of_that_field() {
    let dir = copy_of_valid();
    plant(&dir, "places.toml", "lat = 50.45", "lat = 123");
    let problems = report_for(&dir, None);
    let text = std::fs::read_to_string(dir.join("places.toml")).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("lat = 123"))
        .unwrap()
        + 1;
    assert_eq!(problems[0].line, Some(line));
    assert!(problems[0]
        .to_string()
        .contains(&format!("places.toml:{line}: item `kyiv` field `lat`")));
}

#[test]
fn a_quote_not_in_its_source_is_reported() {
    let dir = copy_of_valid();
    plant(
        &dir,
        "statements.toml",
        "We agreed on air defence",
        "We agreed on air power",
    );
    let problems = report_for(&dir, Some(&fixtures().join("seeds")));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].file.ends_with("statements.toml"));
    assert_eq!(problems[0].id.as_deref(), Some("alpha-air-defence"));
    assert_eq!(problems[0].field.as_deref(), Some("quote"));
}

#[test]
fn a_context_not_in_its_source_is_reported() {
    let dir = copy_of_valid();
    plant(
        &dir,
        "statements.toml",
        "the talks were 'useful'",
        "the talks were 'great'",
    );
    let problems = report_for(&dir, Some(&fixtures().join("seeds")));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].field.as_deref(), Some("context"));
}

#[test]
fn a_missing_source_text_is_reported() {
    let dir = copy_of_valid();
    plant(
        &dir,
        "sources.toml",
        r#"file = "b.txt""#,
        r#"file = "missing.txt""#,
    );
    let problems = report_for(&dir, Some(&fixtures().join("seeds")));
    assert!(problems
        .iter()
        .any(|p| p.file.ends_with("sources.toml") && p.field.as_deref() == Some("file")));
}

#[test]
fn a_missing_file_is_reported_not_panicked_on() {
    let dir = copy_of_valid();
    std::fs::remove_file(dir.join("claims.toml")).unwrap();
    let problems = report_for(&dir, None);
    assert!(problems.iter().any(|p| p.file.ends_with("claims.toml")));
}

/// The ceasefire comparison once showed Ukraine as "supports" on two quotes about ending the war,
/// neither of which mentions a ceasefire. The validator must refuse that data.
#[test]
fn the_old_ceasefire_position_is_refused() {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let dir = copy_of_valid();
    for entry in std::fs::read_dir(&real).unwrap() {
        let entry = entry.unwrap();
        // The item files; translations (i18n/) are no part of this check.
        if entry.path().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        }
    }
    let claims = std::fs::read_to_string(dir.join("claims.toml")).unwrap();
    let start = claims.find("label = \"Ukraine\"\nside = \"ukraine\"\nposition = \"silent\"\nnote = \"No Ukrainian statement on a ceasefire").expect("the ceasefire claim's Ukraine side");
    let end = start + claims[start..].find("\n\n").unwrap();
    let old = "label = \"Ukraine\"\nside = \"ukraine\"\nposition = \"supports\"\nstatements = [\"zelensky-2025-07-25-end-of-war\", \"zelensky-2025-10-23-real-chance\"]";
    std::fs::write(
        dir.join("claims.toml"),
        format!("{}{old}{}", &claims[..start], &claims[end..]),
    )
    .unwrap();
    let problems = report_for(&dir, None);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let p = &problems[0];
    assert_eq!(
        (p.id.as_deref(), p.field.as_deref()),
        (Some("ceasefire"), Some("position"))
    );
    assert!(
        p.message.contains(
            "side `Ukraine` supports the proposition, but none of its statements names it"
        ),
        "{p}"
    );
}

#[test]
fn the_real_dataset_is_valid() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    if let Err(report) = load(&data) {
        panic!("{report}");
    }
}

/// A correction is public: it needs a day no later than the dataset's last change, and a text.
#[test]
fn a_correction_after_the_dataset_s_last_change_is_refused() {
    let dir = copy_of_valid();
    let events = std::fs::read_to_string(dir.join("events.toml")).unwrap();
    // The first event's correction: after its own fields, before the next [[event]].
    let second = events[1..].find("[[event]]").unwrap() + 1;
    let with = |date: &str| {
        format!(
            "{}[[event.correction]]\ndate = {date}\ntext = \"The day was corrected.\"\n\n{}",
            &events[..second],
            &events[second..]
        )
    };
    std::fs::write(dir.join("events.toml"), with("2026-12-02")).unwrap();
    let problems = report_for(&dir, None);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let p = &problems[0];
    assert!(p.file.ends_with("events.toml"));
    assert_eq!(
        (p.id.as_deref(), p.field.as_deref()),
        (Some("paris-meeting"), Some("correction"))
    );
    assert!(p.message.contains("updated"), "{}", p.message);

    let dataset = dir.join("dataset.toml");
    let mut text = std::fs::read_to_string(&dataset).unwrap();
    text.push_str("updated = 2026-12-01\n");
    std::fs::write(&dataset, text).unwrap();
    let problems = report_for(&dir, None);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0]
            .message
            .contains("after the dataset's `updated` date, 2026-12-01"),
        "{}",
        problems[0].message
    );

    std::fs::write(dir.join("events.toml"), with("2026-12-01")).unwrap();
    let ds = load(&dir).expect("a correction on the day of the last change is accepted");
    assert_eq!(ds.events[0].corrections[0].text, "The day was corrected.");
}
