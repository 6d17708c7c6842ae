//! `cargo xtask fuzz [--seconds N] [target]`: coverage-guided fuzzing of the parsers that read
//! outside input (the URL hash, the query string, an embed's data attributes, the TOML loader).
//!
//! The targets live in `fuzz/`, a crate of its own outside the workspace, so `cargo test` and
//! `cargo clippy --workspace` never build libFuzzer. cargo-fuzz is installed into the tool cache
//! like trunk. It runs on the stable toolchain: with `--sanitizer none` cargo-fuzz passes only
//! stable flags (`-Cpasses=sancov-module` and `-Cllvm-args=-sanitizer-coverage-*` for libFuzzer's
//! coverage), and the address sanitizer, the one part that needs nightly, is left out. This code
//! is safe Rust: what fuzzing finds here is panics, overflows (debug assertions are on), broken
//! properties (each target asserts them) and runaway time or memory, none of which needs it.
//!
//! Builds go to `target/fuzz`; libFuzzer grows `fuzz/corpus/<target>` from the committed
//! `fuzz/seeds/<target>`, with `fuzz/dicts/<target>.dict`, and writes failing inputs to
//! `fuzz/artifacts/<target>`. Not part of `cargo xtask test`: each target runs for a bounded
//! time, two minutes by default.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::{cmd, tools, workspace, Result};

/// The cargo-fuzz release the project fuzzes with.
pub const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// The fuzz targets, in the order `cargo xtask fuzz` runs them, with what each reads.
pub const TARGETS: [(&str, &str); 5] = [
    ("route", "the URL hash (Route::parse)"),
    ("flags", "the query string (Flags::parse)"),
    ("attributes", "an embed element's data-* attributes"),
    ("toml_loader", "a data directory (summitry_check::load)"),
    ("pack", "a core or chunk file (Core::decode, Chunk::decode)"),
];

/// Seconds per target when `--seconds` is not given.
const DEFAULT_SECONDS: u64 = 120;

/// Longest input libFuzzer tries, in bytes: past the parsers' own bounds (4 KiB) so the bounds
/// themselves are exercised, small enough to keep runs fast.
const MAX_LEN: usize = 16 * 1024;

/// What one target's run reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The target's name.
    pub target: String,
    /// Inputs run, from libFuzzer's final statistics.
    pub runs: Option<u64>,
    /// Wall-clock time of the fuzzing (the build excluded).
    pub time: Duration,
    /// Crash or failure artifacts written by this run.
    pub artifacts: Vec<PathBuf>,
}

/// The parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Args {
    seconds: u64,
    targets: Vec<&'static str>,
}

fn parse_args(args: &[String]) -> Result<Args> {
    let mut seconds = DEFAULT_SECONDS;
    let mut targets = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seconds" => {
                let v = it.next().ok_or("--seconds needs a number")?;
                seconds =
                    v.parse().ok().filter(|&s| s > 0).ok_or_else(|| {
                        format!("--seconds takes a positive whole number, not `{v}`")
                    })?;
            }
            name => {
                let known = TARGETS
                    .iter()
                    .map(|(t, _)| *t)
                    .find(|t| *t == name)
                    .ok_or_else(|| {
                        let names: Vec<&str> = TARGETS.iter().map(|(t, _)| *t).collect();
                        format!(
                            "unknown fuzz target `{name}`; the targets are {}",
                            names.join(", ")
                        )
                    })?;
                targets.push(known);
            }
        }
    }
    if targets.is_empty() {
        targets = TARGETS.iter().map(|(t, _)| *t).collect();
    }
    Ok(Args { seconds, targets })
}

/// Installs cargo-fuzz if needed, then fuzzes each target for the given time and prints the
/// runs and time of each; fails when any target found a crash.
pub fn run(args: &[String]) -> Result<()> {
    let args = parse_args(args)?;
    let cargo_fuzz = install()?;
    let root = workspace::root();
    let mut outcomes = Vec::new();
    for target in &args.targets {
        outcomes.push(fuzz_one(&cargo_fuzz, &root, target, args.seconds)?);
    }
    println!("\nfuzz summary ({} s per target):", args.seconds);
    println!("{}", summary(&outcomes));
    let crashed: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| !o.artifacts.is_empty())
        .collect();
    if crashed.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = crashed
        .iter()
        .flat_map(|o| o.artifacts.iter().map(|a| format!("  {}", a.display())))
        .collect();
    Err(format!(
        "fuzzing found failures; reproduce each with `cargo fuzz run <target> <file>` \
         (after `cargo xtask fuzz` installed cargo-fuzz) and turn it into a regression test:\n{}",
        list.join("\n")
    ))
}

/// `<cache>/cargo-fuzz-<version>/bin/cargo-fuzz`, installed when missing or of another version.
fn install() -> Result<PathBuf> {
    tools::cargo_install(
        "cargo-fuzz",
        CARGO_FUZZ_VERSION,
        "cargo-fuzz",
        &["--version"],
    )
}

/// The cargo-fuzz command for `action` (`build` or `run`) on `target`, run from the workspace.
fn cargo_fuzz(bin: &Path, root: &Path, action: &str, target: &str) -> Command {
    let mut c = Command::new(bin);
    c.args(["fuzz", action, target])
        // No sanitizer: it is the one part that needs a nightly toolchain.
        .args(["--sanitizer", "none", "--debug-assertions"])
        .arg("--target-dir")
        .arg(root.join("target/fuzz"))
        .env("CARGO", workspace::cargo())
        .current_dir(root);
    c
}

fn fuzz_one(bin: &Path, root: &Path, target: &str, seconds: u64) -> Result<Outcome> {
    println!("\n=== fuzz {target}: {seconds} s ===");
    cmd::run(&mut cargo_fuzz(bin, root, "build", target))?;
    let artifacts_dir = root.join("fuzz/artifacts").join(target);
    let before = files_in(&artifacts_dir);
    let corpus = root.join("fuzz/corpus").join(target);
    std::fs::create_dir_all(&corpus)
        .map_err(|e| format!("cannot create {}: {e}", corpus.display()))?;
    let seeds = root.join("fuzz/seeds").join(target);
    let log = root.join("target/fuzz-logs").join(format!("{target}.log"));
    let mut c = cargo_fuzz(bin, root, "run", target);
    c.arg(&corpus);
    if seeds.is_dir() {
        c.arg(&seeds);
    }
    c.arg("--");
    let dict = root.join("fuzz/dicts").join(format!("{target}.dict"));
    if dict.is_file() {
        c.arg(format!("-dict={}", dict.display()));
    }
    c.args([
        format!("-max_total_time={seconds}"),
        format!("-max_len={MAX_LEN}"),
        // A parser that takes a second over one input is a finding too (finding 8's 2.2 s).
        "-timeout=5".to_string(),
        "-rss_limit_mb=2048".to_string(),
        "-print_final_stats=1".to_string(),
    ]);
    // The toml_loader target writes a data folder per input: in memory, it runs about three
    // times as fast. The folder is this run's own and is removed after it.
    let tmp = scratch_folder(root);
    std::fs::create_dir_all(&tmp).map_err(|e| format!("cannot create {}: {e}", tmp.display()))?;
    c.env("TMPDIR", &tmp);
    let started = Instant::now();
    let result = cmd::run_logged(&mut c, &log);
    let time = started.elapsed();
    let _ = std::fs::remove_dir_all(&tmp);
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let artifacts: Vec<PathBuf> = files_in(&artifacts_dir)
        .into_iter()
        .filter(|f| !before.contains(f))
        .collect();
    let outcome = Outcome {
        target: target.to_string(),
        runs: executed_units(&text),
        time,
        artifacts,
    };
    match (result, outcome.artifacts.is_empty()) {
        (Ok(()), _) | (Err(_), false) => {
            println!(
                "{target}: {} runs in {:.0} s{}",
                outcome
                    .runs
                    .map_or_else(|| "?".to_string(), |r| r.to_string()),
                time.as_secs_f64(),
                if outcome.artifacts.is_empty() {
                    ""
                } else {
                    ", FAILURES FOUND"
                }
            );
            Ok(outcome)
        }
        // Failing without leaving an artifact is a broken setup, not a finding.
        (Err(e), true) => Err(e),
    }
}

/// A temporary folder for one target's run: in /dev/shm where there is one, else under target/.
fn scratch_folder(root: &Path) -> PathBuf {
    let name = format!("summitry-fuzz-{}", std::process::id());
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        shm.join(name)
    } else {
        root.join("target/fuzz/tmp").join(name)
    }
}

/// The files directly inside `dir` (none when it does not exist).
fn files_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// The run count in libFuzzer's final statistics (`stat::number_of_executed_units: N`).
fn executed_units(log: &str) -> Option<u64> {
    log.lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix("stat::number_of_executed_units:"))
        .and_then(|n| n.trim().parse().ok())
}

/// One line per target: name, runs, time, runs per second and any failures.
fn summary(outcomes: &[Outcome]) -> String {
    outcomes
        .iter()
        .map(|o| {
            let secs = o.time.as_secs_f64();
            let runs = o.runs.map_or_else(|| "?".to_string(), |r| r.to_string());
            let rate = o
                .runs
                .filter(|_| secs > 0.0)
                .map_or_else(|| "?".to_string(), |r| format!("{:.0}", r as f64 / secs));
            let failures = if o.artifacts.is_empty() {
                "no failures".to_string()
            } else {
                format!("{} FAILURES", o.artifacts.len())
            };
            format!(
                "  {:<12} {runs:>12} runs in {secs:>6.0} s ({rate}/s), {failures}",
                o.target
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Result<Args> {
        parse_args(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn no_arguments_fuzz_every_target_for_the_default_time() {
        let a = args(&[]).unwrap();
        assert_eq!(a.seconds, DEFAULT_SECONDS);
        assert_eq!(
            a.targets,
            ["route", "flags", "attributes", "toml_loader", "pack"]
        );
    }

    #[test]
    fn seconds_and_a_target_narrow_the_run() {
        let a = args(&["--seconds", "30", "flags"]).unwrap();
        assert_eq!(a.seconds, 30);
        assert_eq!(a.targets, ["flags"]);
    }

    #[test]
    fn unknown_targets_and_bad_seconds_are_refused() {
        assert!(args(&["globe"]).unwrap_err().contains("route, flags"));
        assert!(args(&["--seconds", "0"]).is_err());
        assert!(args(&["--seconds", "ten"]).is_err());
        assert!(args(&["--seconds"]).is_err());
    }

    #[test]
    fn the_run_count_is_read_from_libfuzzers_final_statistics() {
        let log = "#1024 pulse cov: 12\nDone 4242 runs in 3 second(s)\n\
                   stat::number_of_executed_units: 4242\nstat::peak_rss_mb: 40\n";
        assert_eq!(executed_units(log), Some(4242));
        assert_eq!(executed_units("no stats"), None);
    }

    #[test]
    fn the_summary_gives_runs_time_and_failures_per_target() {
        let s = summary(&[Outcome {
            target: "route".into(),
            runs: Some(1000),
            time: Duration::from_secs(10),
            artifacts: vec![],
        }]);
        assert!(s.contains("route") && s.contains("1000 runs") && s.contains("(100/s)"));
        assert!(s.contains("no failures"));
    }
}
