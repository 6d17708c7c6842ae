//! `cargo xtask test`: every test tier, in order, stopping at the first failure.
//!
//! A tier whose tool is missing fails with the reason; nothing is skipped
//! silently. The one tier that may not run (provenance, without the seed
//! articles) says so in its banner and in the summary, and CI makes even
//! that a failure with `SUMMITRY_REQUIRE_SEEDS=1`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::manifest::js_string;
use crate::tools::{self, Toolchain};
use crate::{bootstrap, budget, cmd, dist, workspace, Result};

/// Where the seed articles live, relative to the workspace root.
const SEEDS: &str = "../shared/seeds";

/// How one tier ended.
#[derive(Debug)]
enum Status {
    Passed,
    /// Passed without running its checks, for the stated reason.
    NotRun(String),
    Failed(String),
}

/// The engines the end-to-end tier runs in, by the name `--engine` and the tests take.
pub const ENGINES: [&str; 3] = ["chromium", "firefox", "webkit"];

/// The engines `--engine NAME[,NAME]` names (every engine when `arg` is `None`), in
/// [`ENGINES`]' order.
pub fn engines(arg: Option<&str>) -> Result<Vec<&'static str>> {
    let Some(arg) = arg else {
        return Ok(ENGINES.to_vec());
    };
    let named: Vec<&str> = arg.split(',').map(str::trim).collect();
    if let Some(bad) = named.iter().find(|n| !ENGINES.contains(n)) {
        return Err(format!("--engine {bad}: not one of {}", ENGINES.join(", ")));
    }
    Ok(ENGINES.into_iter().filter(|e| named.contains(e)).collect())
}

/// What a tier is given: the tools, and the engines of the end-to-end tier.
pub struct Run<'a> {
    tools: Toolchain,
    engines: &'a [&'static str],
}

/// A tier: its name and what it runs.
type Tier = (&'static str, fn(&Run) -> Result<Option<String>>);

const TIERS: [Tier; 4] = [
    ("lint and native tests", lint_and_native),
    ("data provenance", provenance),
    (
        "browser tests (wasm-bindgen-test, headless Chromium)",
        browser,
    ),
    (
        "end-to-end (release build; Chromium, Firefox, WebKit)",
        end_to_end,
    ),
];

/// Bootstraps, then runs the tiers (the end-to-end tier in `engines`); prints a summary either
/// way.
pub fn run(engines: &[&'static str]) -> Result<()> {
    let started = Instant::now();
    let mut outcomes: Vec<(&str, Status, Duration)> = Vec::new();

    banner("bootstrap");
    let t = Instant::now();
    let tools = match bootstrap::run() {
        Ok(tools) => {
            outcomes.push(("bootstrap", Status::Passed, t.elapsed()));
            Some(tools)
        }
        Err(e) => {
            outcomes.push(("bootstrap", Status::Failed(e), t.elapsed()));
            None
        }
    };
    if let Some(tools) = tools {
        let run = Run { tools, engines };
        for (i, (name, tier)) in TIERS.iter().enumerate() {
            banner(&format!("tier {}/{}: {name}", i + 1, TIERS.len()));
            let t = Instant::now();
            let status = match tier(&run) {
                Ok(None) => Status::Passed,
                Ok(Some(note)) => Status::NotRun(note),
                Err(e) => Status::Failed(e),
            };
            let failed = matches!(status, Status::Failed(_));
            outcomes.push((name, status, t.elapsed()));
            if failed {
                break;
            }
        }
    }

    print!("{}", summary(&outcomes, TIERS.len() + 1, started.elapsed()));
    match outcomes
        .iter()
        .find(|(_, s, _)| matches!(s, Status::Failed(_)))
    {
        Some((name, Status::Failed(e), _)) => Err(format!("{name} failed: {e}")),
        _ => Ok(()),
    }
}

fn banner(title: &str) {
    println!(
        "\n==== {title} {}",
        "=".repeat(72usize.saturating_sub(title.len() + 6))
    );
}

fn summary(outcomes: &[(&str, Status, Duration)], planned: usize, total: Duration) -> String {
    let mut out = format!("\n==== summary {}\n", "=".repeat(59));
    for (name, status, took) in outcomes {
        let (word, note) = match status {
            Status::Passed => ("PASS", String::new()),
            Status::NotRun(why) => ("NOT RUN", format!(" ({why})")),
            Status::Failed(why) => ("FAIL", format!(": {}", why.lines().next().unwrap_or(""))),
        };
        out.push_str(&format!("{word:<8} {name}  [{}]{note}\n", minutes(*took)));
    }
    let skipped = planned.saturating_sub(outcomes.len());
    if skipped > 0 {
        out.push_str(&format!(
            "(the {skipped} later step(s) did not run after the failure)\n"
        ));
    }
    out.push_str(&format!("total {}\n", minutes(total)));
    out
}

/// `1m05s` or `42s`.
fn minutes(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}

fn cargo(args: &[&str]) -> Command {
    let mut c = Command::new(workspace::cargo());
    c.args(args).current_dir(workspace::root());
    c
}

fn lint_and_native(_: &Run) -> Result<Option<String>> {
    cmd::run(&mut cargo(&["fmt", "--all", "--check"]))
        .map_err(|e| format!("{e}\nrun `cargo fmt --all` to fix the formatting"))?;
    cmd::run(&mut cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    cmd::run(&mut cargo(&["test", "--workspace"]))?;
    // The build's renderer: the same components compiled for HTML (the `ssr` feature).
    let ssr = ["--no-default-features", "--features", "ssr"];
    cmd::run(&mut cargo(
        &[
            ["clippy", "-p", "summitry", "--all-targets"].as_slice(),
            &ssr,
            &["--", "-D", "warnings"],
        ]
        .concat(),
    ))?;
    cmd::run(&mut cargo(
        &[
            ["test", "-p", "summitry", "--lib", "--bins"].as_slice(),
            &ssr,
        ]
        .concat(),
    ))?;
    Ok(None)
}

fn provenance(_: &Run) -> Result<Option<String>> {
    // Another dataset (--data DIR) keeps its article texts in DIR/sources, as gen-data writes.
    let (data, sources) = match crate::data_dir() {
        Some(dir) => (
            Some(dir.display().to_string()),
            dir.join("sources").display().to_string(),
        ),
        None => {
            let seeds = workspace::root().join(SEEDS);
            if !seeds.is_dir() {
                let why = format!("{SEEDS} not found");
                if workspace::flag_on("SUMMITRY_REQUIRE_SEEDS") {
                    return Err(format!(
                        "provenance check cannot run: {why} (looked for {}), and SUMMITRY_REQUIRE_SEEDS is set",
                        seeds.display()
                    ));
                }
                println!("provenance check NOT RUN: {why}");
                println!("(set SUMMITRY_REQUIRE_SEEDS=1 to make this a failure; CI does)");
                return Ok(Some(why));
            }
            (None, SEEDS.to_string())
        }
    };
    let mut args = vec!["run", "-q", "-p", "summitry-editor", "--", "check"];
    if let Some(d) = &data {
        args.extend(["--data", d]);
    }
    args.extend(["--sources", &sources]);
    cmd::run(&mut cargo(&args))?;
    Ok(None)
}

/// The Chromium flags of every test run: headless, and nothing that reaches
/// the network on its own, so tests see only the traffic they cause.
pub const CHROMIUM_FLAGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// The WebDriver capabilities wasm-bindgen-test-runner reads from the file
/// named by `WASM_BINDGEN_TEST_WEBDRIVER_JSON`; it adds `headless`,
/// `no-sandbox` and `disable-dev-shm-usage` itself.
fn webdriver_json(chromium: &str, user_data_dir: &Path) -> String {
    let args: Vec<String> = CHROMIUM_FLAGS
        .iter()
        .map(|f| f.to_string())
        .chain([format!("--user-data-dir={}", user_data_dir.display())])
        .map(|a| js_string(&a))
        .collect();
    format!(
        "{{\n  \"goog:chromeOptions\": {{\n    \"binary\": {},\n    \"args\": [\n      {}\n    ]\n  }}\n}}\n",
        js_string(chromium),
        args.join(",\n      ")
    )
}

/// A folder under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Result<TempDir> {
        let dir = std::env::temp_dir().join(format!("summitry-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The generated dataset of the browser tests at scale: `gen-data --events 10000 --seed 7`.
const SCALE_EVENTS: usize = 10_000;
const SCALE_SEED: u64 = 7;

fn browser(run: &Run) -> Result<Option<String>> {
    let tools = &run.tools;
    for tool in [tools::CHROMIUM, tools::CHROMEDRIVER] {
        if !Path::new(tool).exists() {
            return Err(format!("{tool} is missing: run `cargo xtask bootstrap`"));
        }
    }
    let temp = TempDir::new("wasm-tests")?;
    let capabilities = temp.0.join("webdriver.json");
    let json = webdriver_json(tools::CHROMIUM, &temp.0.join("chromium-profile"));
    std::fs::write(&capabilities, json)
        .map_err(|e| format!("cannot write {}: {e}", capabilities.display()))?;
    let wasm_test = |args: &[&str]| -> Result<Command> {
        let mut test = cargo(
            &[
                &["test", "--target", tools::WASM_TARGET, "-p", "summitry"],
                args,
            ]
            .concat(),
        );
        test.env("PATH", tools.path_for_wasm_tests()?)
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &capabilities);
        // The runner prefers these over CHROMEDRIVER; a developer's shell may set them.
        for var in [
            "GECKODRIVER",
            "GECKODRIVER_REMOTE",
            "SAFARIDRIVER",
            "SAFARIDRIVER_REMOTE",
            "CHROMEDRIVER_REMOTE",
            "NO_HEADLESS",
            "WASM_BINDGEN_TEST_ONLY_NODE",
        ] {
            test.env_remove(var);
        }
        Ok(test)
    };
    cmd::run(&mut wasm_test(&["--tests"])?)?;
    // At scale: the same widget on 10,000 generated events, as one core file (tests/scale.rs)
    // and as a core with chunks to fetch (tests/scale_chunks.rs). A feature of its own, so these
    // builds never replace the ones above.
    let data = scale_dataset()?;
    let mut scale = wasm_test(&[
        "--features",
        "scale-tests",
        "--test",
        "scale",
        "--test",
        "scale_chunks",
    ])?;
    scale.env(crate::DATA_ENV, &data);
    cmd::run(&mut scale)?;
    Ok(None)
}

/// Generates the scale tests' dataset into the temp folder, rewriting it only when the generator
/// writes something else: unchanged files keep their times, so cargo does not rebuild.
fn scale_dataset() -> Result<PathBuf> {
    let name = format!("summitry-scale-{SCALE_EVENTS}-{SCALE_SEED}");
    let dir = std::env::temp_dir().join(&name);
    let fresh = std::env::temp_dir().join(format!("{name}.new-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&fresh);
    let report = crate::gen_data::write_dataset(&crate::gen_data::Options {
        events: SCALE_EVENTS,
        seed: SCALE_SEED,
        out: fresh.clone(),
        force: false,
    })?;
    println!("{report}");
    if same_files(&fresh, &dir) {
        let _ = std::fs::remove_dir_all(&fresh);
        println!("(unchanged: using {})", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::rename(&fresh, &dir)
            .map_err(|e| format!("cannot move {} to {}: {e}", fresh.display(), dir.display()))?;
    }
    Ok(dir)
}

/// True when the folders `a` and `b` hold the same files with the same bytes (recursively).
fn same_files(a: &Path, b: &Path) -> bool {
    let list = |d: &Path| -> Option<Vec<(String, bool)>> {
        let mut v: Vec<(String, bool)> = std::fs::read_dir(d)
            .ok()?
            .filter_map(|e| e.ok())
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    e.path().is_dir(),
                )
            })
            .collect();
        v.sort();
        Some(v)
    };
    let (Some(la), Some(lb)) = (list(a), list(b)) else {
        return false;
    };
    la == lb
        && la.iter().all(|(name, dir)| {
            let (x, y) = (a.join(name), b.join(name));
            if *dir {
                same_files(&x, &y)
            } else {
                matches!((std::fs::read(&x), std::fs::read(&y)), (Ok(p), Ok(q)) if p == q)
            }
        })
}

/// The `*.test.mjs` files of tests/e2e/, listed here because `node --test DIR`
/// means different things in different Node versions.
fn e2e_test_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs files in {}", dir.display()));
    }
    Ok(files)
}

fn end_to_end(run: &Run) -> Result<Option<String>> {
    let (dist, built) = dist::build_listed(&run.tools, true)?;
    // Bytes, not timings: the shipped forms within the committed budget.
    let table = budget::check(&budget::Budget::read()?, &budget::weigh(&dist, &built)?)?;
    println!("\nsize budget ({}):\n{table}", budget::FILE);
    let root = workspace::root();
    let files = e2e_test_files(&root.join("tests/e2e"))?;
    // Every engine runs, so one run tells what each engine finds.
    let mut times = Vec::new();
    let mut failed = Vec::new();
    for engine in run.engines {
        println!("\n---- end-to-end in {engine} ----");
        let t = Instant::now();
        let result = cmd::run(
            Command::new("node")
                .arg("--test")
                .args(files.iter().map(|f| f.strip_prefix(&root).unwrap_or(f)))
                .env("SUMMITRY_DIST", &dist)
                .env("SUMMITRY_ENGINE", engine)
                .env("SUMMITRY_CHROMIUM", tools::CHROMIUM)
                .env("SUMMITRY_FIREFOX", tools::FIREFOX)
                .env("SUMMITRY_WEBKIT_DRIVER", tools::WEBKIT_DRIVER)
                .env("SUMMITRY_MINIBROWSER", tools::MINIBROWSER)
                .current_dir(&root),
        );
        let word = if result.is_ok() { "passed" } else { "FAILED" };
        times.push(format!("{engine} {word} in {}", minutes(t.elapsed())));
        if let Err(e) = result {
            failed.push(format!("{engine}: {e}"));
        }
    }
    println!("\nend-to-end: {}", times.join(", "));
    println!(
        "screenshots: {}/<engine>/",
        root.join("target/screenshots").display()
    );
    if failed.is_empty() {
        Ok(None)
    } else {
        Err(failed.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_folders_are_the_same_only_with_the_same_names_and_bytes() {
        let a = TempDir::new("same-a").unwrap();
        let b = TempDir::new("same-b").unwrap();
        for d in [&a.0, &b.0] {
            std::fs::create_dir_all(d.join("sources")).unwrap();
            std::fs::write(d.join("events.toml"), "x").unwrap();
            std::fs::write(d.join("sources/1.txt"), "y").unwrap();
        }
        assert!(same_files(&a.0, &b.0));
        std::fs::write(b.0.join("sources/1.txt"), "z").unwrap();
        assert!(!same_files(&a.0, &b.0));
        std::fs::write(b.0.join("sources/1.txt"), "y").unwrap();
        std::fs::write(b.0.join("more.toml"), "").unwrap();
        assert!(!same_files(&a.0, &b.0));
        assert!(!same_files(&a.0, &a.0.join("missing")));
    }

    #[test]
    fn webdriver_json_names_the_browser_and_flags() {
        let json = webdriver_json("/usr/bin/chromium", Path::new("/tmp/p \"q\""));
        assert!(json.contains("\"binary\": \"/usr/bin/chromium\""), "{json}");
        for flag in CHROMIUM_FLAGS {
            assert!(
                json.contains(&format!("\"{flag}\"")),
                "{flag} missing: {json}"
            );
        }
        assert!(json.contains(r#""--user-data-dir=/tmp/p \"q\"""#), "{json}");
    }

    #[test]
    fn engines_are_named_one_or_several_and_run_in_a_fixed_order() {
        assert_eq!(engines(None).unwrap(), ENGINES.to_vec());
        assert_eq!(engines(Some("firefox")).unwrap(), vec!["firefox"]);
        assert_eq!(
            engines(Some("webkit,chromium")).unwrap(),
            vec!["chromium", "webkit"]
        );
        assert!(engines(Some("safari"))
            .unwrap_err()
            .contains("not one of chromium, firefox, webkit"));
    }

    #[test]
    fn summary_marks_each_step() {
        let outcomes = [
            ("bootstrap", Status::Passed, Duration::from_secs(3)),
            (
                "data provenance",
                Status::NotRun("../shared/seeds not found".into()),
                Duration::from_secs(0),
            ),
            (
                "browser",
                Status::Failed("boom".into()),
                Duration::from_secs(65),
            ),
        ];
        let text = summary(&outcomes, 5, Duration::from_secs(125));
        assert!(text.contains("PASS     bootstrap  [3s]"), "{text}");
        assert!(
            text.contains("NOT RUN  data provenance  [0s] (../shared/seeds not found)"),
            "{text}"
        );
        assert!(text.contains("FAIL     browser  [1m05s]: boom"), "{text}");
        assert!(text.contains("the 2 later step(s) did not run"), "{text}");
        assert!(text.contains("total 2m05s"), "{text}");
    }
}
