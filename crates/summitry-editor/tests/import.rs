//! Importing Knight Lab files: each fixture becomes a dataset whose every gap `check` lists with
//! the original row or slide, and which passes `check` once those gaps are filled.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use summitry_check::load;
use summitry_data::Precision;
use summitry_editor::import::{self, Tool};
use toml::{Table, Value};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn temp(what: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "summitry-import-{what}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Imports `name` into a fresh folder.
fn imported(tool: Tool, name: &str) -> (import::Import, PathBuf) {
    let imp = import::import(tool, &fixture(name)).unwrap_or_else(|e| panic!("{e}"));
    let dir = temp(name);
    imp.write(&dir).unwrap();
    (imp, dir)
}

/// The origin named at the end of a problem: `timeline.csv row 5`.
fn origin(message: &str) -> Option<String> {
    let rest = message.rsplit_once("(imported from ")?.1;
    Some(rest.trim_end_matches(')').to_string())
}

/// Every problem `check` finds names the row or slide, and the rows named are exactly those
/// the import said need attention.
fn assert_gaps_are_listed_by_origin(imp: &import::Import, dir: &Path) {
    let report = load(dir).expect_err("an import with gaps does not pass check");
    let mut named = BTreeSet::new();
    for p in &report.problems {
        let o = origin(&p.message).unwrap_or_else(|| panic!("no row or slide in: {p}"));
        assert!(p.id.is_some(), "a gap is at an item: {p}");
        named.insert(o);
    }
    let expected: BTreeSet<String> = imp
        .attention
        .iter()
        .map(|l| l.split(": ").next().unwrap().to_string())
        .collect();
    assert_eq!(named, expected);
}

fn read(dir: &Path, file: &str) -> Table {
    toml::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap()
}

fn write(dir: &Path, file: &str, t: &Table) {
    std::fs::write(dir.join(file), toml::to_string(t).unwrap()).unwrap();
}

fn items<'a>(t: &'a mut Table, key: &str) -> impl Iterator<Item = &'a mut Table> {
    t.get_mut(key)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(Value::as_table_mut)
}

fn fill_if_empty(item: &mut Table, key: &str, value: Value) {
    let empty = match item.get(key) {
        None => true,
        Some(Value::String(s)) => s.is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        _ => false,
    };
    if empty {
        item.insert(key.into(), value);
    }
}

/// Fills every gap the way an editor would: a participant, a kind, a status, a source's
/// details, a date, a country.
fn fill_gaps(dir: &Path) {
    let s = |v: &str| Value::String(v.into());
    let mut actors = Table::new();
    let side: Table = toml::from_str("id = \"north\"\nlabel = \"North\"").unwrap();
    let actor: Table =
        toml::from_str("id = \"envoy\"\nname = \"An envoy\"\nkind = \"person\"\nside = \"north\"")
            .unwrap();
    actors.insert("side".into(), Value::Array(vec![Value::Table(side)]));
    actors.insert("actor".into(), Value::Array(vec![Value::Table(actor)]));
    write(dir, "actors.toml", &actors);

    let mut sources = read(dir, "sources.toml");
    let mut extra: Table = toml::from_str("id = \"src-filled\"").unwrap();
    for (k, v) in [("outlet", "Filled"), ("title", "Filled")] {
        extra.insert(k.into(), s(v));
    }
    let mut list: Vec<Value> = sources
        .remove("source")
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default();
    list.push(Value::Table(extra));
    sources.insert("source".into(), Value::Array(list));
    for src in items(&mut sources, "source") {
        fill_if_empty(src, "outlet", s("Example outlet"));
        fill_if_empty(src, "title", s("Example headline"));
        fill_if_empty(src, "published", s("2025-12-31"));
        fill_if_empty(src, "language", s("en"));
        fill_if_empty(src, "file", s("example.txt"));
    }
    write(dir, "sources.toml", &sources);

    let mut places = read(dir, "places.toml");
    for p in items(&mut places, "place") {
        fill_if_empty(p, "country", s("AT"));
    }
    write(dir, "places.toml", &places);

    let mut events = read(dir, "events.toml");
    for e in items(&mut events, "event") {
        fill_if_empty(e, "kind", s("meeting"));
        fill_if_empty(e, "status", s("held"));
        fill_if_empty(e, "participants", Value::Array(vec![s("envoy")]));
        fill_if_empty(e, "sources", Value::Array(vec![s("src-filled")]));
        if e.get("date").and_then(Value::as_str) == Some("") {
            e.insert("date".into(), s("2024-09-01"));
            e.insert("precision".into(), s("day"));
        }
    }
    write(dir, "events.toml", &events);
}

#[test]
fn a_timelinejs_sheet_imports_and_passes_check_once_its_gaps_are_filled() {
    let (imp, dir) = imported(Tool::TimelineJs, "timeline.csv");
    assert_eq!(imp.rows_read, 8);
    assert_eq!(imp.name, "Talks on the Northern Rivers accord");
    assert_eq!(imp.events.len(), 5);
    assert_eq!(
        imp.not_imported.len(),
        3,
        "title, era, blank: {:?}",
        imp.not_imported
    );
    assert_gaps_are_listed_by_origin(&imp, &dir);
    fill_gaps(&dir);
    let ds = load(&dir).unwrap_or_else(|r| panic!("{r}"));
    let precision = |title: &str| {
        ds.events
            .iter()
            .find(|e| e.title == title)
            .map(|e| e.when.precision)
            .unwrap()
    };
    assert_eq!(precision("River commission set up"), Precision::Year);
    assert_eq!(
        precision("Foreign ministers meet in Vienna"),
        Precision::Month
    );
    assert_eq!(precision("Leaders speak by phone"), Precision::Day);
    assert_eq!(precision("Three days of talks in Geneva"), Precision::Range);
    let call = ds
        .events
        .iter()
        .find(|e| e.title == "Leaders speak by phone")
        .unwrap();
    assert_eq!(
        call.summary,
        "The two leaders spoke by phone about water quotas.\n\nBoth called the call \u{201C}constructive\u{201D}."
    );
    assert_eq!(call.topics, ["leaders"]);
    let labels: Vec<&str> = ds.topics.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Commission", "Ministers", "Leaders", "Negotiators"]
    );
}

#[test]
fn a_timelinejs_json_file_imports_and_passes_check_once_its_gaps_are_filled() {
    let (imp, dir) = imported(Tool::TimelineJs, "timeline.json");
    assert_eq!(imp.name, "Envoys and the Eastern Ports deal");
    assert_eq!(imp.events.len(), 5);
    assert_gaps_are_listed_by_origin(&imp, &dir);
    fill_gaps(&dir);
    let ds = load(&dir).unwrap_or_else(|r| panic!("{r}"));
    // A valid unique_id is kept as the event's id; the same link is one source.
    let doha = ds.event("envoys-doha-2023").unwrap();
    let muscat = ds
        .events
        .iter()
        .find(|e| e.title == "Two-day round in Muscat")
        .unwrap();
    assert_eq!(doha.sources, muscat.sources);
    assert_eq!(muscat.when.end.unwrap().to_string(), "2024-04-09");
    let draft = ds
        .events
        .iter()
        .find(|e| e.title == "Draft deal circulated")
        .unwrap();
    assert_eq!(draft.when.precision, Precision::Year);
    assert!(draft.date_basis.as_deref().unwrap().contains("Early 2024"));
}

#[test]
fn a_storymapjs_file_imports_with_merged_places_and_passes_check_once_filled() {
    let (imp, dir) = imported(Tool::StoryMapJs, "story.json");
    assert_eq!(imp.name, "The summit trail");
    assert_eq!(imp.events.len(), 4);
    // Two Geneva slides a few hundred metres apart are one place.
    assert_eq!(imp.places.len(), 3);
    assert_gaps_are_listed_by_origin(&imp, &dir);
    fill_gaps(&dir);
    let ds = load(&dir).unwrap_or_else(|r| panic!("{r}"));
    let geneva = ds.place("geneva").unwrap();
    assert_eq!(geneva.country, "CH");
    assert_eq!(
        ds.events
            .iter()
            .filter(|e| e.place.as_deref() == Some("geneva"))
            .count(),
        2
    );
    assert_eq!(ds.place("vienna").unwrap().capital_of, ["AT"]);
}

#[test]
fn no_row_is_dropped_silently() {
    for (tool, name) in [
        (Tool::TimelineJs, "timeline.csv"),
        (Tool::TimelineJs, "timeline.json"),
        (Tool::StoryMapJs, "story.json"),
    ] {
        let imp = import::import(tool, &fixture(name)).unwrap();
        assert_eq!(
            imp.rows_read,
            imp.events.len() + imp.not_imported.len(),
            "{name}: {:?}",
            imp.not_imported
        );
        let summary = imp.summary();
        assert!(
            summary.contains(&format!("read {} rows", imp.rows_read)),
            "{summary}"
        );
        assert!(summary.contains("need attention"), "{summary}");
    }
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_summitry-editor"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn bad_file(name: &str, text: &str) -> PathBuf {
    let dir = temp("bad");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_command_prints_rows_read_items_written_and_items_needing_attention() {
    let out = temp("cli");
    let file = fixture("timeline.csv");
    let (code, stdout, stderr) = run(&[
        "import",
        "--from",
        "timelinejs",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("read 8 rows or slides"), "{stdout}");
    assert!(stdout.contains("wrote 13 items"), "{stdout}");
    assert!(stdout.contains("9 items need attention"), "{stdout}");
    assert!(stdout.contains("timeline.csv row 9: event"), "{stdout}");
}

#[test]
fn an_empty_file_is_refused_by_name() {
    let path = bad_file("empty.csv", "  \n");
    let (code, _, stderr) = run(&[
        "import",
        "--from",
        "timelinejs",
        path.to_str().unwrap(),
        "--out",
        temp("x").to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("empty.csv: the file is empty"), "{stderr}");
}

#[test]
fn a_csv_with_other_headings_is_refused_at_line_one() {
    let path = bad_file("other.csv", "Date,Title,Description\n2024-01-01,A,B\n");
    let err = import::import(Tool::TimelineJs, &path).unwrap_err();
    assert_eq!(err.line, Some(1));
    let text = err.to_string();
    assert!(
        text.contains("other.csv:1: this is not a TimelineJS sheet"),
        "{text}"
    );
    assert!(text.contains("lacks Year, Headline, Text"), "{text}");
}

#[test]
fn broken_json_is_refused_with_its_line() {
    let path = bad_file(
        "broken.json",
        "{\n  \"events\": [\n    {\"text\": }\n  ]\n}\n",
    );
    let err = import::import(Tool::TimelineJs, &path).unwrap_err();
    assert_eq!(err.line, Some(3), "{err}");
    assert!(
        err.to_string()
            .contains("broken.json:3: the JSON is broken"),
        "{err}"
    );
    let err = import::import(Tool::StoryMapJs, &path).unwrap_err();
    assert_eq!(err.line, Some(3), "{err}");
}

#[test]
fn json_of_the_wrong_tool_is_refused() {
    let story = fixture("story.json");
    let err = import::import(Tool::TimelineJs, &story).unwrap_err();
    assert!(err.to_string().contains("no `events` list"), "{err}");
    let timeline = fixture("timeline.json");
    let err = import::import(Tool::StoryMapJs, &timeline).unwrap_err();
    assert!(
        err.to_string().contains("no `storymap.slides` list"),
        "{err}"
    );
}

#[test]
fn a_sheet_with_headings_only_is_refused() {
    let path = bad_file("headings.csv", "Year,Month,Day,Headline,Text\n");
    let err = import::import(Tool::TimelineJs, &path).unwrap_err();
    assert!(err.to_string().contains("no rows to import"), "{err}");
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_its_line() {
    let dir = temp("latin1");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1.csv");
    std::fs::write(&path, b"Year,Headline,Text\n2024,Caf\xe9,x\n").unwrap();
    let err = import::import(Tool::TimelineJs, &path).unwrap_err();
    assert_eq!(err.line, Some(2));
    assert!(err.to_string().contains("not UTF-8"), "{err}");
}

#[test]
fn import_does_not_overwrite_a_dataset() {
    // The loader's valid fixture, kept with the loader's tests.
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../summitry-check/tests/fixtures/valid");
    let imp = import::import(Tool::TimelineJs, &fixture("timeline.csv")).unwrap();
    assert!(imp
        .write(&data)
        .unwrap_err()
        .contains("already holds a dataset"));
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn try_all(text: &str) {
        let path = bad_file("fuzz.txt", text);
        for tool in [Tool::TimelineJs, Tool::StoryMapJs] {
            if let Ok(imp) = import::import(tool, &path) {
                let _ = imp.summary();
                let _ = imp.files();
            }
        }
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn on_arbitrary_text(text in "\\PC{0,300}") {
            try_all(&text);
        }

        #[test]
        fn on_sheets_with_arbitrary_cells(
            cells in proptest::collection::vec(
                proptest::collection::vec("[0-9a-zA-Z<>&;\"., -]{0,12}", 0..20),
                0..6,
            )
        ) {
            let mut text = String::from(HEADER);
            for row in cells {
                let quoted: Vec<String> = row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
                text.push_str(&quoted.join(","));
                text.push('\n');
            }
            try_all(&text);
        }

        #[test]
        fn on_json_with_arbitrary_values(
            year in "[0-9a-z-]{0,6}", month in "[0-9a-z]{0,4}", day in "-?[0-9]{0,3}",
            lat in proptest::num::f64::ANY, name in "\\PC{0,20}", date in "\\PC{0,20}",
        ) {
            let timeline = serde_json::json!({"events": [
                {"start_date": {"year": year, "month": month, "day": day}, "end_date": {"year": day}, "text": {"headline": name}},
                {"start_date": {"year": 2024, "month": 13}}, 5, null, []
            ]});
            try_all(&timeline.to_string());
            let story = serde_json::json!({"storymap": {"slides": [
                {"date": date, "location": {"lat": lat, "lon": lat, "name": name}, "text": {"headline": name}},
                {"location": {"lat": "x"}}, 1
            ]}});
            try_all(&story.to_string());
        }
    }
}

/// TimelineJS's headings, for generated sheets.
const HEADER: &str = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n";
