//! The generator's promises, checked against the real loader and provenance check.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use summitry_data::{ClaimKind, EventKind, Position, Precision, Status};

use super::{claims, world, write_dataset, Options};

/// A folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path =
            std::env::temp_dir().join(format!("summitry-gen-data-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn options(dir: &Path, events: usize, seed: u64) -> Options {
    Options {
        events,
        seed,
        out: dir.to_path_buf(),
        force: false,
    }
}

/// Generates `events` events into a new folder and loads them with every check, quotes included.
fn generated(name: &str, events: usize, seed: u64) -> (TempDir, summitry_data::Dataset) {
    let dir = TempDir::new(name);
    write_dataset(&options(&dir.0, events, seed)).expect("the dataset is written");
    let ds = summitry_check::load_checked(&dir.0, Some(&dir.0.join("sources")))
        .unwrap_or_else(|report| panic!("the generated dataset has problems:\n{report}"));
    (dir, ds)
}

/// Every file under `dir` with its bytes, by relative path.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    crate::sizes::files(dir)
        .expect("the folder lists")
        .into_iter()
        .map(|rel| {
            let bytes = std::fs::read(dir.join(&rel)).expect("the file reads");
            (rel, bytes)
        })
        .collect()
}

#[test]
fn three_hundred_events_pass_the_loader_and_the_provenance_check() {
    let (_dir, ds) = generated("valid", 300, 42);
    assert_eq!(ds.events.len(), 300);
    assert!(
        ds.statements.len() > 300,
        "{} statements",
        ds.statements.len()
    );
}

#[test]
fn small_and_odd_sizes_are_valid_too() {
    for (n, seed) in [(1, 0), (13, 7), (57, u64::MAX)] {
        let (_dir, ds) = generated(&format!("size-{n}"), n, seed);
        assert_eq!(ds.events.len(), n);
    }
}

#[test]
fn the_same_seed_writes_byte_identical_files() {
    let (a, b) = (TempDir::new("same-a"), TempDir::new("same-b"));
    write_dataset(&options(&a.0, 300, 9)).expect("first run");
    write_dataset(&options(&b.0, 300, 9)).expect("second run");
    let (fa, fb) = (files(&a.0), files(&b.0));
    assert!(fa.len() > 8, "the TOML files and the article texts");
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (path, bytes) in &fa {
        assert!(
            fb[path] == *bytes,
            "{} differs between runs",
            path.display()
        );
    }
}

#[test]
fn different_seeds_write_different_datasets() {
    let (a, b) = (TempDir::new("seed-a"), TempDir::new("seed-b"));
    write_dataset(&options(&a.0, 300, 1)).expect("seed 1");
    write_dataset(&options(&b.0, 300, 2)).expect("seed 2");
    for name in [
        "events.toml",
        "statements.toml",
        "places.toml",
        "actors.toml",
    ] {
        let read = |d: &Path| std::fs::read(d.join(name)).expect("reads");
        assert_ne!(
            read(&a.0),
            read(&b.0),
            "{name} is the same for seeds 1 and 2"
        );
    }
}

#[test]
fn every_event_has_two_to_eight_participants_and_at_most_six_statements() {
    let (_dir, ds) = generated("counts", 300, 3);
    let mut per_event: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &ds.statements {
        if let Some(e) = &s.event {
            *per_event.entry(e.as_str()).or_default() += 1;
        }
    }
    for e in &ds.events {
        assert!((2..=8).contains(&e.participants.len()), "{}", e.id);
        assert!(
            per_event.get(e.id.as_str()).copied().unwrap_or(0) <= 6,
            "{}",
            e.id
        );
        for s in ds
            .statements
            .iter()
            .filter(|s| s.event.as_ref() == Some(&e.id))
        {
            assert!(
                e.participants.contains(&s.speaker),
                "{} speaks at {}",
                s.speaker,
                e.id
            );
        }
    }
    let silent = ds
        .events
        .iter()
        .filter(|e| !per_event.contains_key(e.id.as_str()));
    assert!(silent.count() > 0, "some events have no statements");
    assert!(per_event.values().any(|&n| n >= 5), "some events have many");
}

#[test]
fn claims_have_two_to_four_sides_and_exactly_one_is_featured() {
    let (_dir, ds) = generated("claims", 300, 4);
    assert_eq!(ds.claims.len(), claims::claim_count(300));
    assert_eq!(ds.claims.iter().filter(|c| c.featured).count(), 1);
    for c in &ds.claims {
        assert!((2..=4).contains(&c.sides.len()), "{}", c.id);
    }
    let kinds: BTreeSet<_> = ds
        .claims
        .iter()
        .map(|c| c.kind == ClaimKind::Readout)
        .collect();
    assert_eq!(kinds.len(), 2, "propositions and readouts");
    let positions: BTreeSet<&str> = ds
        .claims
        .iter()
        .flat_map(|c| &c.sides)
        .map(|s| s.position.as_str())
        .collect();
    assert!(positions.contains(Position::Silent.as_str()));
    assert!(positions.contains(Position::Reports.as_str()));
    assert!(positions.len() >= 5, "{positions:?}");
}

#[test]
fn calls_have_no_place_and_every_country_on_a_call_has_a_capital() {
    let (_dir, ds) = generated("calls", 300, 5);
    let calls: Vec<_> = ds
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Call)
        .collect();
    assert!(!calls.is_empty());
    for e in calls {
        assert!(e.place.is_none(), "{}", e.id);
        for a in &e.participants {
            let country = ds.actor(a).and_then(|a| a.country.as_deref());
            if let Some(c) = country {
                assert!(ds.capital_of(c).is_some(), "{c} has no capital ({})", e.id);
            }
        }
    }
}

#[test]
fn the_mix_has_every_kind_status_and_precision() {
    let (_dir, ds) = generated("mix", 300, 6);
    let kinds: BTreeSet<_> = ds.events.iter().map(|e| e.kind.as_str()).collect();
    let statuses: BTreeSet<_> = ds.events.iter().map(|e| e.status.as_str()).collect();
    let precisions: BTreeSet<_> = ds
        .events
        .iter()
        .map(|e| e.when.precision.as_str())
        .collect();
    assert_eq!(kinds.len(), 4, "{kinds:?}");
    assert_eq!(statuses.len(), 3, "{statuses:?}");
    assert_eq!(precisions.len(), 5, "{precisions:?}");
    let days = ds
        .events
        .iter()
        .filter(|e| e.when.precision == Precision::Day)
        .count();
    assert!(days * 10 > ds.events.len() * 7, "mostly day precision");
    let held = ds
        .events
        .iter()
        .filter(|e| e.status == Status::Held)
        .count();
    assert!(held * 10 > ds.events.len() * 8, "mostly held");
    let channels: BTreeSet<_> = ds.statements.iter().map(|s| s.channel.as_str()).collect();
    assert!(channels.len() >= 6, "{channels:?}");
    assert!(ds.statements.iter().any(|s| s.paraphrase));
    assert!(ds.statements.iter().any(|s| s.context.is_some()));
    assert!(ds.statements.iter().any(|s| s.event.is_none()));
}

#[test]
fn planned_events_lie_after_the_article_that_announces_them() {
    let (_dir, ds) = generated("planned", 300, 8);
    let planned: Vec<_> = ds
        .events
        .iter()
        .filter(|e| e.status != Status::Held)
        .collect();
    assert!(!planned.is_empty());
    let after = planned.iter().filter(|e| {
        let published = ds.source(&e.sources[0]).expect("cited").published;
        e.when.date > published
    });
    assert!(
        after.count() * 2 > planned.len(),
        "most are in the article's future"
    );
}

#[test]
fn events_spread_unevenly_over_six_years() {
    let (_dir, ds) = generated("span", 1000, 10);
    let mut per_month: BTreeMap<(i32, u8), usize> = BTreeMap::new();
    for e in ds.events.iter().filter(|e| e.status == Status::Held) {
        *per_month
            .entry((e.when.date.year(), e.when.date.month() as u8))
            .or_default() += 1;
    }
    let years: BTreeSet<i32> = per_month.keys().map(|k| k.0).collect();
    assert_eq!(years, (2020..=2025).collect(), "every year has events");
    let busiest = per_month.values().max().copied().unwrap_or(0);
    let mean = ds.events.len() / 72;
    assert!(
        busiest > 3 * mean,
        "bursts: {busiest} in the busiest month, {mean} on average"
    );
}

#[test]
fn places_scale_with_the_events_and_reach_beyond_europe() {
    let (_dir, ds) = generated("places", 300, 11);
    assert_eq!(ds.places.len(), world::place_count(300));
    assert!(ds.places.iter().any(|p| p.lon < -30.0), "the Americas");
    assert!(ds.places.iter().any(|p| p.lon > 60.0), "Asia");
    let europe = ds
        .places
        .iter()
        .filter(|p| (34.0..72.0).contains(&p.lat) && (-11.0..50.0).contains(&p.lon))
        .count();
    assert!(
        europe * 3 > ds.places.len() * 2,
        "mostly Europe, Türkiye and the Caucasus"
    );
    assert!((25..=40).contains(&ds.sides.len()));
    assert_eq!(ds.topics.len(), 30);
}

#[test]
fn every_source_is_cited_and_reports_only_what_came_before_it() {
    let (_dir, ds) = generated("sources", 300, 12);
    let cited: BTreeSet<&str> = ds
        .events
        .iter()
        .flat_map(|e| e.sources.iter().map(String::as_str))
        .chain(ds.statements.iter().map(|s| s.source.as_str()))
        .collect();
    for s in &ds.sources {
        assert!(
            cited.contains(s.id.as_str()),
            "{} is cited by nothing",
            s.id
        );
    }
    let per_source = ds.events.len() as f64 / ds.sources.len() as f64;
    assert!(
        (5.0..=30.0).contains(&per_source),
        "{per_source} events per article"
    );
}

#[test]
fn it_refuses_to_write_into_the_workspace_data_folder() {
    let data = crate::workspace::root().join("data");
    let before = files(&data);
    for out in [data.clone(), data.join("generated"), data.join("../data")] {
        let opts = Options {
            force: true,
            ..options(&out, 20, 1)
        };
        let err = write_dataset(&opts).expect_err("data/ is refused");
        assert!(err.contains("data/"), "{err}");
    }
    let root = Options {
        force: true,
        ..options(&crate::workspace::root(), 20, 1)
    };
    assert!(
        write_dataset(&root).is_err(),
        "the folder around data/ is refused"
    );
    assert_eq!(files(&data), before, "data/ is untouched");
}

#[test]
fn it_refuses_a_non_empty_folder_unless_forced() {
    let dir = TempDir::new("non-empty");
    std::fs::create_dir_all(dir.0.join("sources")).expect("mkdir");
    std::fs::write(dir.0.join("notes.md"), "keep me").expect("write");
    std::fs::write(dir.0.join("sources/stale.txt"), "old").expect("write");
    let err = write_dataset(&options(&dir.0, 20, 1)).expect_err("refused");
    assert!(err.contains("--force"), "{err}");
    let forced = Options {
        force: true,
        ..options(&dir.0, 20, 1)
    };
    write_dataset(&forced).expect("written with --force");
    assert!(dir.0.join("events.toml").is_file());
    assert!(
        dir.0.join("notes.md").is_file(),
        "other files are left alone"
    );
    assert!(
        !dir.0.join("sources/stale.txt").exists(),
        "old article texts are removed"
    );
}

#[test]
fn options_need_events_and_out_and_reject_the_rest() {
    let args = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    let o = Options::parse(&args("--events 10 --seed 3 --out /tmp/x --force")).expect("parses");
    assert_eq!((o.events, o.seed, o.force), (10, 3, true));
    assert_eq!(
        Options::parse(&args("--events 5 --out d"))
            .expect("parses")
            .seed,
        1
    );
    for bad in [
        "--out d",
        "--events 10",
        "--events 0 --out d",
        "--events ten --out d",
        "--events 10 --out d --seed -1",
        "--events 10 --out d --fast",
        "--events",
    ] {
        assert!(Options::parse(&args(bad)).is_err(), "`{bad}` is accepted");
    }
}

#[test]
fn the_stances_are_the_first_positions_and_ids_are_the_loaders() {
    use super::model::{actor_kind, file_id, stance_index, STANCES};
    // The stance weights and sentences are indexed by a stance's place among the first
    // STANCES of Position::ALL: silence and a readout must come after them.
    assert!(Position::ALL[..STANCES].iter().all(|p| p.is_stance()));
    assert!(!Position::ALL[STANCES..].iter().any(|p| p.is_stance()));
    for (i, &p) in Position::ALL[..STANCES].iter().enumerate() {
        assert_eq!(stance_index(p), i);
    }
    assert_eq!(file_id(ClaimKind::Readout), "readout");
    assert_eq!(
        file_id(summitry_data::ActorKind::Organisation),
        "organisation"
    );
    for k in summitry_data::ActorKind::ALL {
        assert_eq!(actor_kind(&file_id(k)), k);
    }
    assert_eq!(actor_kind("nobody"), summitry_data::ActorKind::Person);
}
