//! The loader and validator on broken data: copies of the valid fixture with byte flips,
//! truncations, swapped values, huge numbers, NaN and infinite coordinates, deep arrays and odd
//! Unicode must load to a valid dataset or to problems that each name their file, and never
//! panic. `cargo xtask fuzz toml_loader` runs the same check for long, coverage-guided runs.

mod loader_check;

use loader_check::{check_outcome, scratch_dir, valid_fixture, write_files};
use proptest::prelude::*;
use summitry_check::{load, FILES};

/// One change to one file of the valid fixture.
#[derive(Debug, Clone)]
enum Mutation {
    /// XORs one byte (which may leave invalid UTF-8).
    FlipByte { at: usize, xor: u8 },
    /// Cuts the file short.
    Truncate { at: usize },
    /// Swaps the values of two `key = value` lines.
    SwapValues { a: usize, b: usize },
    /// Replaces the value of one `key = value` line.
    ReplaceValue { line: usize, value: String },
    /// Inserts text at a byte offset (moved back to a character boundary).
    Insert { at: usize, text: String },
    /// Replaces the whole file (with bytes that need not be UTF-8).
    Replace { bytes: Vec<u8> },
}

/// Values that are wrong in ways an editor or a tool might produce.
fn hostile_value() -> impl Strategy<Value = String> {
    let deep = |open: &'static str, close: &'static str| {
        (1usize..2000).prop_map(move |n| format!("{}{}", open.repeat(n), close.repeat(n)))
    };
    prop_oneof![
        Just("nan".to_string()),
        Just("+nan".to_string()),
        Just("-nan".to_string()),
        Just("inf".to_string()),
        Just("-inf".to_string()),
        Just("1e999".to_string()),
        Just("-1e999".to_string()),
        Just("1.7976931348623157e308".to_string()),
        Just("9223372036854775807".to_string()),
        Just("9223372036854775808".to_string()),
        Just("-9223372036854775808".to_string()),
        Just("0x7fffffffffffffff".to_string()),
        Just("-0.0".to_string()),
        Just("true".to_string()),
        Just("1979-05-27T07:32:00Z".to_string()),
        Just("\"0000-00-00\"".to_string()),
        Just("\"9999-12-31\"".to_string()),
        Just("\"-2025-01-01\"".to_string()),
        Just("\"2025-02-29\"".to_string()),
        Just("\"+10000-01-01\"".to_string()),
        Just("\"\"".to_string()),
        Just("[]".to_string()),
        Just("{}".to_string()),
        Just("\"\\u202e\\u0000\\ufeff\\u200b\"".to_string()),
        Just("\"[\"".to_string()),
        Just("\"[]\"".to_string()),
        Just("\"a]\"".to_string()),
        deep("[", "]"),
        deep("[{a=", "}]"),
        (1usize..20_000).prop_map(|n| format!("\"{}\"", "é".repeat(n))),
        (1usize..200).prop_map(|n| format!("\"{}\"", "x".repeat(n))),
        "\"[^\"\\\\]{0,12}\"".prop_map(|s| s),
        "-?[0-9]{1,25}(\\.[0-9]{0,20})?(e-?[0-9]{1,4})?",
        "\\[(\"[a-z-]{0,8}\", ?){0,6}\\]",
    ]
}

/// Text to insert: the hostile values, TOML syntax fragments, and anything.
fn insertion() -> impl Strategy<Value = String> {
    prop_oneof![
        hostile_value(),
        Just("\n[[event]]\n".to_string()),
        Just("\n[[claim.side]]\n".to_string()),
        Just("\n[place]\n".to_string()),
        Just("\nid = \"dup\"\n".to_string()),
        Just("\"\"\"".to_string()),
        Just("'''".to_string()),
        Just("\\".to_string()),
        Just("\r\n".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{feff}".to_string()),
        Just("🇺🇦\u{301}\u{200d}".to_string()),
        ".{0,30}",
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1u8..=255).prop_map(|(at, xor)| Mutation::FlipByte { at, xor }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapValues { a, b }),
        (any::<usize>(), hostile_value())
            .prop_map(|(line, value)| Mutation::ReplaceValue { line, value }),
        (any::<usize>(), insertion()).prop_map(|(at, text)| Mutation::Insert { at, text }),
        ".{0,200}".prop_map(|text| Mutation::Replace {
            bytes: text.into_bytes()
        }),
    ]
}

/// The byte offsets of `key = value` lines' values, with their ends.
fn value_spans(text: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for line in text.split(|&b| b == b'\n') {
        if let Some(eq) = line.windows(3).position(|w| w == b" = ") {
            spans.push((start + eq + 3, start + line.len()));
        }
        start += line.len() + 1;
    }
    spans
}

fn apply(text: &mut Vec<u8>, m: &Mutation) {
    let len = text.len();
    match m {
        Mutation::FlipByte { at, xor } if len > 0 => text[at % len] ^= xor,
        Mutation::FlipByte { .. } => {}
        Mutation::Truncate { at } => text.truncate(at % (len + 1)),
        Mutation::SwapValues { a, b } => {
            let spans = value_spans(text);
            if spans.len() >= 2 {
                let (mut x, mut y) = (spans[a % spans.len()], spans[b % spans.len()]);
                if x.0 > y.0 {
                    std::mem::swap(&mut x, &mut y);
                }
                if x != y {
                    let (vx, vy) = (text[x.0..x.1].to_vec(), text[y.0..y.1].to_vec());
                    // The later one first, so the earlier offsets stay right.
                    text.splice(y.0..y.1, vx);
                    text.splice(x.0..x.1, vy);
                }
            }
        }
        Mutation::ReplaceValue { line, value } => {
            let spans = value_spans(text);
            if !spans.is_empty() {
                let (s, e) = spans[line % spans.len()];
                text.splice(s..e, value.bytes());
            }
        }
        Mutation::Insert { at, text: t } => {
            let at = at % (len + 1);
            text.splice(at..at, t.bytes());
        }
        Mutation::Replace { bytes } => text.clone_from(bytes),
    }
}

/// Loads the valid fixture with `mutations` applied (file index, change) and checks the outcome.
fn load_mutated(mutations: &[(usize, Mutation)]) -> Result<(), String> {
    let mut files = valid_fixture();
    for (i, m) in mutations {
        apply(&mut files[i % FILES.len()].1, m);
    }
    let dir = scratch_dir("loader-props");
    write_files(&dir, &files);
    let outcome = load(&dir);
    let checked = check_outcome(&dir, &outcome);
    let _ = std::fs::remove_dir_all(&dir);
    checked
}

#[test]
fn the_valid_fixture_loads_and_passes_the_check() {
    assert_eq!(load_mutated(&[]), Ok(()));
    let dir = scratch_dir("loader-props");
    write_files(&dir, &valid_fixture());
    assert!(load(&dir).is_ok());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nan_and_infinite_coordinates_are_problems_of_places_toml() {
    for value in ["nan", "inf", "-inf", "1e999"] {
        let mut files = valid_fixture();
        let places = &mut files[3].1;
        let text = String::from_utf8(places.clone()).unwrap();
        *places = text
            .replacen("lat = 50.45", &format!("lat = {value}"), 1)
            .into_bytes();
        let dir = scratch_dir("loader-props");
        write_files(&dir, &files);
        let report = load(&dir).expect_err(value);
        let _ = std::fs::remove_dir_all(&dir);
        assert!(
            report
                .problems
                .iter()
                .all(|p| p.file.ends_with("places.toml")),
            "{value}: {report}"
        );
    }
}

#[test]
fn arrays_nested_past_the_parsers_limit_are_a_problem_not_a_crash() {
    let mut files = valid_fixture();
    let n = 100_000;
    files[3]
        .1
        .extend(format!("\nx = {}{}\n", "[".repeat(n), "]".repeat(n)).bytes());
    let dir = scratch_dir("loader-props");
    write_files(&dir, &files);
    let outcome = load(&dir);
    let checked = check_outcome(&dir, &outcome);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(checked, Ok(()));
    assert!(outcome.is_err());
}

proptest! {
    // Each case writes and loads eight small files: the default 256 cases take well under a
    // second; `PROPTEST_CASES` (or `cargo xtask fuzz toml_loader`) runs many more.

    #[test]
    fn any_mutated_copy_loads_to_a_dataset_or_to_problems_naming_their_files(
        mutations in proptest::collection::vec((0usize..8, mutation()), 1..5)
    ) {
        let checked = load_mutated(&mutations);
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
    }

    #[test]
    fn any_bytes_in_any_one_file_load_to_problems_naming_their_files(
        file in 0usize..8,
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
    ) {
        let checked = load_mutated(&[(file, Mutation::Replace { bytes })]);
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
    }
}
