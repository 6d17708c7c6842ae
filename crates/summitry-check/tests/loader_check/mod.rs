//! What any data directory, however broken, must load to: a dataset that keeps the rules, or
//! problems that each name a file of the dataset. Shared by the property tests
//! (`tests/loader_props.rs`) and the `toml_loader` fuzz target (`fuzz/`).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use summitry_check::{Report, FILES};
use summitry_data::{is_valid_id, Dataset};

/// The valid fixture's files, as (file name, text), in [`FILES`] order.
///
/// Included at compile time, by paths relative to this file, so the fuzz crate (whose manifest
/// folder is elsewhere) gets the same files.
pub fn valid_fixture() -> Vec<(&'static str, Vec<u8>)> {
    let texts: [&[u8]; 8] = [
        include_bytes!("../fixtures/valid/dataset.toml"),
        include_bytes!("../fixtures/valid/sources.toml"),
        include_bytes!("../fixtures/valid/actors.toml"),
        include_bytes!("../fixtures/valid/places.toml"),
        include_bytes!("../fixtures/valid/topics.toml"),
        include_bytes!("../fixtures/valid/events.toml"),
        include_bytes!("../fixtures/valid/statements.toml"),
        include_bytes!("../fixtures/valid/claims.toml"),
    ];
    FILES
        .iter()
        .copied()
        .zip(texts.map(<[u8]>::to_vec))
        .collect()
}

/// A fresh, empty folder under the system's temporary folder, unique to this process and call.
pub fn scratch_dir(purpose: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "summitry-{purpose}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temporary folder is writable");
    dir
}

/// Writes `files` into `dir`, replacing what is there.
pub fn write_files(dir: &Path, files: &[(&str, Vec<u8>)]) {
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).expect("the temporary folder is writable");
    }
}

/// `Ok` when `outcome` is what loading `dir` may give; else what is wrong with it.
pub fn check_outcome(dir: &Path, outcome: &Result<Dataset, Report>) -> Result<(), String> {
    match outcome {
        Ok(ds) => check_dataset(ds),
        Err(report) => check_report(dir, report),
    }
}

fn check_dataset(ds: &Dataset) -> Result<(), String> {
    let ids = ds
        .sources
        .iter()
        .map(|x| &x.id)
        .chain(ds.actors.iter().map(|x| &x.id))
        .chain(ds.places.iter().map(|x| &x.id))
        .chain(ds.topics.iter().map(|x| &x.id))
        .chain(ds.events.iter().map(|x| &x.id))
        .chain(ds.statements.iter().map(|x| &x.id))
        .chain(ds.claims.iter().map(|x| &x.id));
    for id in ids {
        if !is_valid_id(id) {
            return Err(format!("a loaded dataset holds the invalid id {id:?}"));
        }
    }
    for p in &ds.places {
        // NaN is in no range, so the ranges alone also refuse it.
        let on_earth = (-90.0..=90.0).contains(&p.lat) && (-180.0..=180.0).contains(&p.lon);
        if !on_earth {
            return Err(format!("place {} is at {}, {}", p.id, p.lat, p.lon));
        }
    }
    for e in &ds.events {
        if e.when.end.is_some_and(|end| end < e.when.date) {
            return Err(format!("event {} ends before it starts", e.id));
        }
        for a in &e.participants {
            if ds.actor(a).is_none() {
                return Err(format!("event {} names the unknown actor {a}", e.id));
            }
        }
    }
    for s in &ds.statements {
        if ds.source(&s.source).is_none() {
            return Err(format!("statement {} cites an unknown source", s.id));
        }
    }
    Ok(())
}

fn check_report(dir: &Path, report: &Report) -> Result<(), String> {
    if report.problems.is_empty() {
        return Err("a failed load reports no problem".into());
    }
    for p in &report.problems {
        let Some(name) = FILES.iter().find(|f| p.file.ends_with(*f)) else {
            return Err(format!("a problem names no file of the dataset: {p}"));
        };
        if let Some(line) = p.line {
            let text = std::fs::read(dir.join(name)).unwrap_or_default();
            let lines = text.iter().filter(|&&b| b == b'\n').count() + 1;
            if line == 0 || line > lines {
                return Err(format!(
                    "{p}: line {line} is not in a file of {lines} lines"
                ));
            }
        }
        if p.message.trim().is_empty() {
            return Err(format!("{p}: the problem says nothing"));
        }
        // Display must not panic either: it is what an editor reads.
        let _ = p.to_string();
    }
    let _ = report.to_string();
    Ok(())
}
