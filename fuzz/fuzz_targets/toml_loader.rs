//! The TOML loader and validator: the valid fixture with one file replaced by the input loads,
//! without panicking, to a dataset that keeps the rules or to problems that each name their
//! file (the check `crates/summitry-check/tests/loader_props.rs` makes).
//!
//! The input's first byte picks the file (modulo 8); the rest is that file's new bytes. The
//! seeds are the fixture's own files, so libFuzzer starts from valid data and mutates it.

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use summitry_check::{load, FILES};

#[path = "../../crates/summitry-check/tests/loader_check/mod.rs"]
mod loader_check;

/// The data files, as (file name, bytes).
type Files = Vec<(&'static str, Vec<u8>)>;

/// A folder holding the valid fixture, made once per fuzzing process, and the fixture.
fn folder() -> &'static (PathBuf, Files) {
    static DIR: OnceLock<(PathBuf, Files)> = OnceLock::new();
    DIR.get_or_init(|| {
        let files = loader_check::valid_fixture();
        let dir = loader_check::scratch_dir("fuzz-toml");
        loader_check::write_files(&dir, &files);
        (dir, files)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let (dir, valid) = folder();
    let i = usize::from(pick) % FILES.len();
    loader_check::write_files(dir, &[(FILES[i], bytes.to_vec())]);
    let outcome = load(dir);
    if let Err(why) = loader_check::check_outcome(dir, &outcome) {
        panic!("{why}");
    }
    // Back to the valid file, so the next input changes one file only.
    loader_check::write_files(dir, &[valid[i].clone()]);
});
