//! `cargo xtask bench [--sizes LIST] [--runs N] [--reps N] [--reuse]`: Summitry against TimelineJS,
//! and Summitry at growing dataset sizes, in headless Chromium (bench/driver.mjs).
//!
//! For each size this builds the release page (`dist`, with `gen-data` datasets beyond the real
//! one) and keeps a copy in `target/bench/dist-<events>`; it exports the real dataset for
//! TimelineJS into `target/bench/timelinejs`; then the driver serves them gzip-encoded on loopback,
//! measures each cold, for a desktop and a phone profile, prints the tables and writes
//! bench/RESULTS.md. Not part of `cargo xtask test`: figures are reported, never asserted.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::args::{positive, unknown, value};
use crate::gen_data;
use crate::manifest::js_string;
use crate::tools::{self, Toolchain};
use crate::{bootstrap, cmd, dist, workspace, Result, DATA_ENV};

/// The dataset sizes measured when `--sizes` is not given: the real dataset, then generated ones.
pub const DEFAULT_SIZES: &str = "real,1000,10000";

/// Cold page loads per target and profile when `--runs` is not given.
pub const DEFAULT_RUNS: usize = 5;

/// View openings (each view) and filter changes (twice as many) per run, without `--reps`.
pub const DEFAULT_REPS: usize = 5;

/// The seed of the generated datasets, so every bench measures the same data.
pub const SEED: u64 = 1;

/// One dataset to measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// The real dataset in data/.
    Real,
    /// A dataset of this many events from `gen-data`.
    Generated(usize),
}

/// The options of `bench`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The datasets, in the order given.
    pub sizes: Vec<Size>,
    /// Cold loads per target and profile.
    pub runs: usize,
    /// View openings and filter changes per run.
    pub reps: usize,
    /// Keep the builds already in target/bench instead of building again.
    pub reuse: bool,
}

impl Options {
    /// Parses `[--sizes LIST] [--runs N] [--reps N] [--reuse]`; `real_events` is the number of
    /// events in data/, which `--sizes` accepts as well as the word `real`.
    pub fn parse(args: &[String], real_events: usize) -> Result<Options> {
        let mut opts = Options {
            sizes: parse_sizes(DEFAULT_SIZES, real_events)?,
            runs: DEFAULT_RUNS,
            reps: DEFAULT_REPS,
            reuse: false,
        };
        let mut it = args.iter();
        while let Some(flag) = it.next() {
            match flag.as_str() {
                "--sizes" => opts.sizes = parse_sizes(value(&mut it, flag)?, real_events)?,
                "--runs" => opts.runs = positive("--runs", value(&mut it, flag)?)?,
                "--reps" => opts.reps = positive("--reps", value(&mut it, flag)?)?,
                "--reuse" => opts.reuse = true,
                other => return Err(unknown(other, "bench")),
            }
        }
        Ok(opts)
    }
}

/// Parses `real,1000,10000`: `real` (or the real dataset's event count) is data/; any other
/// number is a generated dataset of that many events. Duplicates are dropped.
pub fn parse_sizes(list: &str, real_events: usize) -> Result<Vec<Size>> {
    let mut sizes = Vec::new();
    for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let size = if item == "real" {
            Size::Real
        } else {
            match item.replace('_', "").parse::<usize>() {
                Ok(n) if n == real_events => Size::Real,
                Ok(n) if n > 0 => Size::Generated(n),
                _ => {
                    return Err(format!(
                    "--sizes takes `real` and positive numbers separated by commas, not `{item}`"
                ))
                }
            }
        };
        if !sizes.contains(&size) {
            sizes.push(size);
        }
    }
    if sizes.is_empty() {
        return Err("--sizes names no dataset".into());
    }
    Ok(sizes)
}

/// The number of events of the dataset in `dir` (its `[[event]]` tables).
pub fn count_events(dir: &Path) -> Result<usize> {
    let text = workspace::read(&dir.join("events.toml"))?;
    Ok(text.lines().filter(|l| l.trim() == "[[event]]").count())
}

/// One build to measure, as the driver reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// How many events.
    pub events: usize,
    /// Whether it is the real dataset.
    pub real: bool,
    /// The copy of its dist/.
    pub dist: PathBuf,
}

/// The driver's configuration file (JSON).
pub fn config_json(
    opts: &Options,
    command: &str,
    built: &[Built],
    timelinejs: Option<&Path>,
    results: &Path,
    raw: &Path,
) -> String {
    let path = |p: &Path| js_string(&p.display().to_string());
    let sizes: Vec<String> = built
        .iter()
        .map(|b| {
            format!(
                "{{ \"label\": \"{0}\", \"events\": {0}, \"real\": {1}, \"dist\": {2} }}",
                b.events,
                b.real,
                path(&b.dist)
            )
        })
        .collect();
    format!(
        "{{\n  \"runs\": {},\n  \"reps\": {},\n  \"command\": {},\n  \"results\": {},\n  \"raw\": {},\n  \"timelinejs\": {},\n  \"sizes\": [\n    {}\n  ]\n}}\n",
        opts.runs,
        opts.reps,
        js_string(command),
        path(results),
        path(raw),
        timelinejs.map_or_else(|| "null".to_string(), path),
        sizes.join(",\n    ")
    )
}

/// Runs `bench` with its command-line arguments.
pub fn run(args: &[String]) -> Result<()> {
    let root = workspace::root();
    let real_data = root.join("data");
    let real_events = count_events(&real_data)?;
    let opts = Options::parse(args, real_events)?;
    // Everything the driver needs, checked before the long builds.
    let node = cmd::output(Command::new("node").arg("--version")).map_err(|e| {
        format!("{e}\nNode.js 20 or newer is needed to drive the browser for `bench`")
    })?;
    let tools = bootstrap::run()?;
    if !Path::new(tools::CHROMIUM).exists() {
        return Err(format!(
            "{} is missing: run `cargo xtask bootstrap`",
            tools::CHROMIUM
        ));
    }
    for package in ["playwright-core", "@knight-lab/timelinejs"] {
        if !root.join("node_modules").join(package).is_dir() {
            return Err(format!(
                "the npm package {package} is missing from node_modules: run `cargo xtask bootstrap`"
            ));
        }
    }
    println!("bench: node {node}, {}", tools::CHROMIUM);

    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    // Generated sizes first, the real dataset last, so dist/ is left as `cargo xtask dist` makes it.
    let mut order: Vec<Size> = opts.sizes.clone();
    order.sort_by_key(|s| matches!(s, Size::Real));
    let mut built = Vec::new();
    for size in order {
        built.push(build_size(&tools, size, real_events, &out, opts.reuse)?);
    }
    // The driver measures in the order asked for.
    built.sort_by_key(|b| {
        opts.sizes.iter().position(|s| match s {
            Size::Real => b.real,
            Size::Generated(n) => !b.real && *n == b.events,
        })
    });

    let timelinejs = if opts.sizes.contains(&Size::Real) {
        let dir = out.join("timelinejs");
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        cmd::run(
            Command::new(workspace::cargo())
                .args(["run", "-q", "-p", "summitry-editor", "--", "export"])
                .args(["--to", "timelinejs", "--out"])
                .arg(&dir)
                .env_remove(DATA_ENV)
                .current_dir(&root),
        )?;
        Some(dir)
    } else {
        println!("bench: no real dataset in --sizes, so no TimelineJS comparison");
        None
    };

    let command = std::iter::once("cargo xtask bench".to_string())
        .chain(args.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let config = out.join("config.json");
    let json = config_json(
        &opts,
        &command,
        &built,
        timelinejs.as_deref(),
        &root.join("bench/RESULTS.md"),
        &out.join("results.json"),
    );
    std::fs::write(&config, json).map_err(|e| format!("cannot write {}: {e}", config.display()))?;
    cmd::run(
        Command::new("node")
            .arg("bench/driver.mjs")
            .arg(&config)
            .env("SUMMITRY_CHROMIUM", tools::CHROMIUM)
            .current_dir(&root),
    )
}

/// Builds one size (or reuses its copy with `reuse`) and returns where its copy is.
fn build_size(
    tools: &Toolchain,
    size: Size,
    real_events: usize,
    out: &Path,
    reuse: bool,
) -> Result<Built> {
    let (events, real) = match size {
        Size::Real => (real_events, true),
        Size::Generated(n) => (n, false),
    };
    let copy = out.join(format!("dist-{events}"));
    let built = Built {
        events,
        real,
        dist: copy.clone(),
    };
    if reuse && copy.join("index.html").is_file() {
        println!("bench: reusing {} (--reuse)", copy.display());
        return Ok(built);
    }
    let data = match size {
        Size::Real => None,
        Size::Generated(n) => {
            let report = gen_data::write_dataset(&gen_data::Options {
                events: n,
                seed: SEED,
                out: out.join(format!("data-{n}")),
                force: true,
            })?;
            println!("{report}");
            Some(report.dir)
        }
    };
    println!(
        "\nbench: release build of {events} events ({})",
        data.as_deref()
            .map_or_else(|| "data/".to_string(), |d| d.display().to_string())
    );
    let (dist, _) = dist::build_from(tools, false, data.as_deref(), false)?;
    if copy.exists() {
        std::fs::remove_dir_all(&copy)
            .map_err(|e| format!("cannot remove {}: {e}", copy.display()))?;
    }
    copy_dir(&dist, &copy)?;
    Ok(built)
}

/// Copies the folder `from` to `to`, recursively.
fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot list {}: {e}", from.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot list {}: {e}", from.display()))?
            .path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target).map_err(|e| {
                format!(
                    "cannot copy {} to {}: {e}",
                    path.display(),
                    target.display()
                )
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults_are_the_real_data_then_1000_and_10000() {
        let o = Options::parse(&[], 13).unwrap();
        assert_eq!(
            o.sizes,
            [Size::Real, Size::Generated(1000), Size::Generated(10_000)]
        );
        assert_eq!((o.runs, o.reps, o.reuse), (5, 5, false));
    }

    #[test]
    fn the_real_count_means_the_real_data() {
        let o = Options::parse(&args(&["--sizes", "13,1000,10_000", "--runs", "2"]), 13).unwrap();
        assert_eq!(
            o.sizes,
            [Size::Real, Size::Generated(1000), Size::Generated(10_000)]
        );
        assert_eq!(o.runs, 2);
        assert_eq!(
            parse_sizes("1000,real,1000", 13).unwrap(),
            [Size::Generated(1000), Size::Real]
        );
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        for (bad, want) in [
            (vec!["--sizes", "ten"], "not `ten`"),
            (vec!["--sizes", "0"], "not `0`"),
            (vec!["--sizes", ","], "names no dataset"),
            (vec!["--runs", "0"], "--runs takes a positive number"),
            (vec!["--reps"], "`--reps` needs a value"),
            (vec!["--fast"], "unknown argument `--fast`"),
        ] {
            let err = Options::parse(&args(&bad), 13).unwrap_err();
            assert!(err.contains(want), "{bad:?}: {err}");
        }
    }

    #[test]
    fn counts_event_tables() {
        let dir = std::env::temp_dir().join(format!("summitry-bench-count-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("events.toml"),
            "# [[event]] in a comment\n[[event]]\nid = \"a\"\n\n  [[event]]\nid = \"b\"\n",
        )
        .unwrap();
        assert_eq!(count_events(&dir).unwrap(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(count_events(&workspace::root().join("data")).unwrap() > 0);
    }

    #[test]
    fn config_names_every_build() {
        let opts = Options::parse(&[], 13).unwrap();
        let built = [
            Built {
                events: 13,
                real: true,
                dist: PathBuf::from("/t/dist-13"),
            },
            Built {
                events: 1000,
                real: false,
                dist: PathBuf::from("/t/dist-1000"),
            },
        ];
        let json = config_json(
            &opts,
            "cargo xtask bench",
            &built,
            Some(Path::new("/t/timelinejs")),
            Path::new("/r/RESULTS.md"),
            Path::new("/t/results.json"),
        );
        assert!(json.contains("\"runs\": 5"), "{json}");
        assert!(
            json.contains(r#"{ "label": "13", "events": 13, "real": true, "dist": "/t/dist-13" }"#),
            "{json}"
        );
        assert!(
            json.contains(r#""real": false, "dist": "/t/dist-1000""#),
            "{json}"
        );
        assert!(json.contains(r#""timelinejs": "/t/timelinejs""#), "{json}");
        let none = config_json(&opts, "x", &built, None, Path::new("/r"), Path::new("/j"));
        assert!(none.contains("\"timelinejs\": null"), "{none}");
    }
}
