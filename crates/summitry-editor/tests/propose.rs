//! `propose` on articles of its own (fictional, not the seeds): the rules at work, the draft
//! `check` refuses until reviewed, and bad input told by file and line.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use summitry_check::load;
use summitry_data::{Channel, Precision};
use summitry_editor::propose::{self, Draft, StatementProposal};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The loader's valid fixture, kept with the loader's tests.
fn valid_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../summitry-check/tests/fixtures/valid")
}

fn temp(what: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "summitry-propose-{what}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The valid fixture plus the two people of the Nordic article and its source.
fn nordic_dataset() -> PathBuf {
    let dir = temp("data");
    for entry in std::fs::read_dir(valid_fixture()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let append = |file: &str, text: &str| {
        let path = dir.join(file);
        let mut t = std::fs::read_to_string(&path).unwrap();
        t.push_str(text);
        std::fs::write(path, t).unwrap();
    };
    let actors = r#"
[[side]]
id = "finland"
label = "Finland"
country = "FI"

[[side]]
id = "sweden"
label = "Sweden"
country = "SE"

[[actor]]
id = "virtanen"
name = "Aino Virtanen"
kind = "person"
role = "President of Finland"
country = "FI"
side = "finland"

[[actor]]
id = "berg"
name = "Tomas Berg"
kind = "person"
role = "Foreign Minister of Sweden"
country = "SE"
side = "sweden"
"#;
    // Sides must come before actors in the file; the fixture's actors are appended after.
    let path = dir.join("actors.toml");
    let old = std::fs::read_to_string(&path).unwrap();
    let (sides, rest) = old.split_at(old.find("[[actor]]").unwrap());
    let (new_sides, new_actors) = actors.split_at(actors.find("[[actor]]").unwrap());
    std::fs::write(&path, format!("{sides}{new_sides}\n{rest}\n{new_actors}")).unwrap();
    append(
        "sources.toml",
        "\n[[source]]\nid = \"src-nordic\"\noutlet = \"Example Wire\"\ntitle = \"A bridge\"\npublished = \"2025-03-06\"\nlanguage = \"en\"\nfile = \"nordic.txt\"\n",
    );
    dir
}

fn nordic() -> (Draft, PathBuf) {
    let data = nordic_dataset();
    let ds = load(&data).unwrap_or_else(|r| panic!("{r}"));
    let draft = propose::propose_file(
        &fixtures().join("propose/nordic.txt"),
        "2025-03-06",
        Some(&ds),
    )
    .unwrap();
    (draft, data)
}

fn quote<'a>(d: &'a Draft, words: &str) -> &'a StatementProposal {
    d.statements
        .iter()
        .find(|s| s.quote.starts_with(words))
        .unwrap_or_else(|| panic!("no proposal starting \"{words}\" in {:#?}", d.statements))
}

#[test]
fn a_quote_split_by_its_attribution_is_two_quotes_of_one_speaker() {
    let (d, _) = nordic();
    let a = quote(&d, "We agreed to build the bridge together");
    let b = quote(&d, "Work starts in spring.");
    assert_eq!(a.quote, "We agreed to build the bridge together");
    assert_eq!(
        (a.speaker.as_str(), b.speaker.as_str()),
        ("virtanen", "virtanen")
    );
    assert_eq!(b.channel, Channel::PressConference);
}

#[test]
fn a_quote_without_its_own_date_takes_the_day_of_the_meeting_it_follows() {
    let (d, _) = nordic();
    // "on Monday" in a Thursday article is three days earlier.
    let a = quote(&d, "We agreed to build");
    assert_eq!(a.when.date.to_string(), "2025-03-03");
    assert_eq!(a.when.precision, Precision::Day);
    assert!(a.when.basis.contains("Monday"), "{}", a.when.basis);
}

#[test]
fn a_role_word_refers_back_to_the_person_named_before() {
    let (d, _) = nordic();
    let post = quote(&d, "A good day");
    assert_eq!(post.speaker, "virtanen");
    assert_eq!(post.channel, Channel::PostOnX);
    // "later", after a statement of 3 March, in an article of 6 March: by the article's day.
    assert_eq!(post.when.precision, Precision::By);
    assert_eq!(post.when.date.to_string(), "2025-03-06");
}

#[test]
fn a_quote_running_over_paragraphs_takes_the_speaker_named_at_its_end() {
    let (d, _) = nordic();
    let first = quote(&d, "This is the first part");
    let second = quote(&d, "And this is the second paragraph");
    assert_eq!(first.speaker, "berg");
    assert_eq!(second.speaker, "berg");
    assert_eq!(second.channel, Channel::StatementToJournalists);
}

#[test]
fn according_to_names_the_speaker() {
    let (d, _) = nordic();
    assert_eq!(quote(&d, "the money is there").speaker, "berg");
    assert_eq!(quote(&d, "is not yet settled").speaker, "berg");
}

#[test]
fn reported_speech_is_a_paraphrase_dated_from_the_story() {
    let (d, _) = nordic();
    let p = quote(&d, "Two days later, Berg said");
    assert!(p.paraphrase);
    assert_eq!(p.speaker, "berg");
    assert_eq!(p.when.date.to_string(), "2025-03-05");
}

#[test]
fn the_meeting_is_proposed_with_its_participants_place_and_day() {
    let (d, _) = nordic();
    let (_, e) = d
        .events
        .iter()
        .find(|(_, e)| e.kind == summitry_data::EventKind::Meeting)
        .unwrap();
    assert_eq!(e.participants, ["virtanen", "berg"]);
    assert_eq!(e.when.as_ref().unwrap().date.to_string(), "2025-03-03");
    assert!(matches!(&e.place, Some(propose::events::PlaceRef::City(c)) if c.id == "helsinki"));
}

#[test]
fn every_drafted_item_put_into_the_dataset_is_refused_only_for_being_a_draft() {
    let (d, data) = nordic();
    let draft: toml::Table = toml::from_str(&d.to_toml()).unwrap();
    for (table, file) in [
        ("statement", "statements.toml"),
        ("event", "events.toml"),
        ("place", "places.toml"),
    ] {
        let Some(items) = draft.get(table).and_then(|v| v.as_array()) else {
            continue;
        };
        let mut wrapper = toml::Table::new();
        wrapper.insert(table.into(), toml::Value::Array(items.clone()));
        let path = data.join(file);
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push('\n');
        text.push_str(&toml::to_string(&wrapper).unwrap());
        std::fs::write(path, text).unwrap();
    }
    let report = load(&data).expect_err("drafts never pass check");
    let drafted = d.statements.len() + d.events.len() + 1;
    assert_eq!(report.problems.len(), drafted, "{report}");
    assert!(
        report
            .problems
            .iter()
            .all(|p| p.field.as_deref() == Some("draft")),
        "{report}"
    );
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

fn propose_cli(article: &Path, published: &str) -> (i32, String, String, PathBuf) {
    let out = temp("cli").join("draft.toml");
    let (code, stdout, stderr) = run(&[
        "propose",
        article.to_str().unwrap(),
        "--published",
        published,
        "--out",
        out.to_str().unwrap(),
    ]);
    (code, stdout, stderr, out)
}

#[test]
fn the_command_writes_the_draft_and_exits_zero_when_nothing_needs_flagging() {
    let (code, stdout, stderr, out) =
        propose_cli(&fixtures().join("propose/nordic.txt"), "2025-03-06");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("direct quotes"), "{stdout}");
    let text = std::fs::read_to_string(out).unwrap();
    assert!(text.contains("draft = true"));
    // Without --data, the people are proposed as new actors.
    assert!(text.contains("[[actor]]\nid = \"virtanen\""), "{text}");
}

#[test]
fn an_article_with_no_quotes_is_told_and_exits_non_zero() {
    let (code, _, stderr, out) =
        propose_cli(&fixtures().join("propose/no-quotes.txt"), "2025-03-06");
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no-quotes.txt: no direct quotes found"),
        "{stderr}"
    );
    assert!(out.exists(), "what was found is still written");
}

#[test]
fn a_date_that_cannot_be_resolved_is_told_with_its_line() {
    let (code, _, stderr, out) =
        propose_cli(&fixtures().join("propose/unresolved.txt"), "2025-03-06");
    assert_eq!(code, 2);
    assert!(
        stderr.contains("unresolved.txt:1: cannot resolve \"A day earlier\""),
        "{stderr}"
    );
    let text = std::fs::read_to_string(out).unwrap();
    assert!(text.contains("date_basis = \"unresolved:"), "{text}");
}

#[test]
fn an_empty_article_is_refused_by_name() {
    let dir = temp("empty");
    let path = dir.join("empty.txt");
    std::fs::write(&path, "\n  \n").unwrap();
    let (code, _, stderr, out) = propose_cli(&path, "2025-03-06");
    assert_eq!(code, 1);
    assert!(
        stderr.contains("empty.txt: the article is empty"),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn a_publication_date_that_is_not_a_date_is_refused() {
    let (code, _, stderr, _) = propose_cli(&fixtures().join("propose/nordic.txt"), "2025-02-30");
    assert_eq!(code, 1);
    assert!(
        stderr.contains("--published: `2025-02-30` is not a date"),
        "{stderr}"
    );
}

mod never_panics {
    use proptest::prelude::*;
    use summitry_editor::propose;
    use time::macros::date;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]
        #[test]
        fn on_arbitrary_articles(text in "(\\PC|[\"“”‘’«» \n.,:])*") {
            let _ = propose::propose(&text, "a.txt", "a.txt", date!(2025 - 07 - 27), None);
        }
    }
}

/// The real dataset with Dmitry Peskov, the Kremlin's spokesperson, among its actors.
fn with_peskov() -> summitry_data::Dataset {
    let mut ds = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")).unwrap();
    ds.actors.push(summitry_data::Actor {
        id: "peskov".into(),
        name: "Dmitry Peskov".into(),
        kind: summitry_data::ActorKind::Person,
        role: Some("Kremlin spokesperson".into()),
        country: Some("RU".into()),
        side: "russia".into(),
    });
    ds
}

#[test]
fn a_spokesperson_said_on_thursday_in_a_saturday_article_is_the_person_two_days_before() {
    let ds = with_peskov();
    // Saturday 8 March 2025; the sentence also looks ahead ("talks will continue").
    let d = propose::propose_file(
        &fixtures().join("propose/spokesperson.txt"),
        "2025-03-08",
        Some(&ds),
    )
    .unwrap();
    let first = quote(&d, "must be well prepared");
    assert_eq!(
        first.speaker, "peskov",
        "the person, not the institution in his title"
    );
    assert_eq!(
        first.when.date.to_string(),
        "2025-03-06",
        "{}",
        first.when.basis
    );
    assert_eq!(first.when.precision, Precision::Day);
    // "he noted" continues the same remarks: same speaker, same day.
    for words in ["We are in no hurry", "Everything has its time"] {
        let next = quote(&d, words);
        assert_eq!(next.speaker, "peskov");
        assert_eq!(
            next.when.date.to_string(),
            "2025-03-06",
            "{words}: {}",
            next.when.basis
        );
        assert_eq!(
            next.when.precision,
            Precision::Day,
            "{words}: {}",
            next.when.basis
        );
    }
}
