//! Summitry's task runner, run as `cargo xtask <command>` (see [`USAGE`]).
//!
//! Everything the project needs beyond a Rust toolchain (trunk, wasm-bindgen,
//! binaryen, Chromium, the npm test libraries) is installed by `bootstrap`,
//! which every other command runs first, so a fresh clone needs nothing else.

mod args;
mod bench;
mod bootstrap;
mod budget;
mod cmd;
mod dist;
mod embed_script;
mod fuzz;
mod gen_data;
mod manifest;
mod pins;
mod screenshots;
mod serve;
mod single_file;
mod size;
mod sizes;
mod split;
mod test;
mod tools;
mod workspace;

use std::process::ExitCode;

/// The help text of `cargo xtask`.
const USAGE: &str = "usage: cargo xtask <command> [args]

commands (serve, dist and test take --data DIR: another dataset folder, default data/):
  bootstrap              install or check every tool (idempotent, cached)
  serve [trunk args]     bootstrap, then `trunk serve` on http://127.0.0.1:8080
  dist [--single-file]   bootstrap, release build into dist/ and print sizes;
                         --single-file also writes dist/summitry.html
  test [--engine LIST]   bootstrap, then every test tier in order:
                         lint, native tests, provenance, browser, end-to-end
                         (the release build within size-budget.toml, then
                         the end-to-end tests in Chromium, Firefox and
                         WebKit; LIST, e.g. `firefox` or `chromium,webkit`,
                         runs that tier in those engines only)
  screenshots            release build, then the README's screenshots at 375
                         and 1280 px into docs/screenshots/
  size [--why]           release build, then each shipped form's gzip bytes
                         against size-budget.toml; --why adds where the
                         wasm's bytes go (twiggy, installed into the cache)
  gen-data --events N [--seed S] --out DIR [--force]
                         write a generated, valid dataset of N events (seed S,
                         default 1) and its article texts (DIR/sources) for
                         tests and benchmarks; never into data/, and into a
                         non-empty DIR only with --force
  fuzz [--seconds N] [target]
                         install cargo-fuzz (cached), then fuzz each target
                         (route, flags, attributes, toml_loader, pack) for N
                         seconds (default 120) and print runs and time per
                         target;
                         not part of `test`
  bench [--sizes LIST] [--runs N] [--reps N] [--reuse]
                         release builds of the real dataset and of generated
                         ones (LIST, default real,1000,10000; `13` also means
                         the real data), kept in target/bench/dist-<events>;
                         then headless Chromium loads each cold, N times
                         (default 5) per desktop and phone profile, beside
                         TimelineJS 3.9.11 fed the same events; prints the
                         medians and writes bench/RESULTS.md. --reps: view
                         openings and filter changes per load (default 5);
                         --reuse: keep the builds already in target/bench.
                         Reports figures, asserts none; not part of `test`

environment:
  SUMMITRY_TOOLS           tool cache (default ~/.cache/summitry/tools)
  SUMMITRY_DATA            the dataset folder (what --data sets)
  SUMMITRY_REQUIRE_SEEDS=1 fail, rather than warn, when ../shared/seeds is missing";

/// The error type of every task: a message for the person at the terminal.
pub type Error = String;

/// The result type of every task.
pub type Result<T, E = Error> = std::result::Result<T, E>;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    let rest: Vec<String> = args.collect();
    let result = match command.as_deref() {
        Some("bootstrap") => no_args("bootstrap", &rest).and_then(|()| bootstrap::run().map(drop)),
        Some("serve") => take_data(rest).and_then(|rest| serve::run(&rest)),
        Some("dist") => take_data(rest).and_then(|rest| dist::run(&rest)),
        Some("test") => take_data(rest)
            .and_then(test_engines)
            .and_then(|engines| test::run(&engines)),
        Some("screenshots") => take_data(rest).and_then(|rest| screenshots::run(&rest)),
        Some("size") => take_data(rest).and_then(|rest| size::run(&rest)),
        Some("gen-data") => gen_data::run(&rest),
        Some("fuzz") => fuzz::run(&rest),
        Some("bench") => bench::run(&rest),
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            Ok(())
        }
        None => Err(format!("no command given\n\n{USAGE}")),
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The environment variable naming the dataset folder, read by build.rs and `summitry-build`.
pub const DATA_ENV: &str = "SUMMITRY_DATA";

/// Takes `--data DIR` out of `args`: the dataset folder every build step then reads (through
/// [`DATA_ENV`], which trunk, cargo and the hook inherit).
fn take_data(args: Vec<String>) -> Result<Vec<String>> {
    let mut rest = Vec::new();
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        if arg != "--data" {
            rest.push(arg);
            continue;
        }
        let dir = it.next().ok_or("--data needs a folder")?;
        let path = std::path::Path::new(&dir)
            .canonicalize()
            .map_err(|e| format!("--data {dir}: {e}"))?;
        if !path.join("dataset.toml").is_file() {
            return Err(format!(
                "--data {dir}: no dataset.toml there (a dataset folder holds the eight files of data/)"
            ));
        }
        // Set before any thread or child process starts.
        std::env::set_var(DATA_ENV, &path);
    }
    Ok(rest)
}

/// The dataset folder chosen with `--data`, if any.
pub fn data_dir() -> Option<std::path::PathBuf> {
    std::env::var_os(DATA_ENV)
        .filter(|d| !d.is_empty())
        .map(std::path::PathBuf::from)
}

/// `test`'s arguments: `--engine NAME[,NAME]` (the end-to-end tier's engines; all by default).
fn test_engines(rest: Vec<String>) -> Result<Vec<&'static str>> {
    let mut engine = None;
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--engine" => engine = Some(args::value(&mut it, arg)?),
            other => return Err(args::unknown(other, "test")),
        }
    }
    test::engines(engine)
}

fn no_args(command: &str, rest: &[String]) -> Result<()> {
    match rest.first() {
        None => Ok(()),
        Some(arg) => Err(format!(
            "`{command}` takes no arguments (got `{arg}`)\n\n{USAGE}"
        )),
    }
}
