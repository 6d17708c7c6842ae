//! `cargo xtask gen-data --events N [--seed S] --out DIR [--force]`: writes a generated dataset
//! for tests and benchmarks (never into data/), valid for `summitry-editor check --sources`.
//!
//! The dataset is realistic where the views care: a few hundred places, mostly across Europe,
//! Türkiye and the Caucasus with some beyond; six years of events in bursts around crises; 2–8
//! participants per event; 0–6 statements per event quoted word for word from generated articles
//! (`DIR/sources/*.txt`, one per 10–30 events); a few dozen claims of 2–4 sides, one featured.
//! People, outlets, articles and quotes are fictional; countries, cities and coordinates are real.
//!
//! The same `--events` and `--seed` always write byte-identical files: every random draw comes
//! from [`rng::Rng`], a SplitMix64 we own, and nothing depends on hash-map order or the platform's
//! maths library.

mod claims;
mod date;
mod events;
mod model;
mod rng;
mod statements;
mod text;
mod vocab;
mod world;
mod write;

#[cfg(test)]
mod tests;

use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use crate::args::{positive, unknown, value};
use crate::{sizes, workspace, Result};
use model::{Dataset, EventKind, Status};

/// The options of `gen-data`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// How many events.
    pub events: usize,
    /// The seed; the same seed and count write the same files.
    pub seed: u64,
    /// The folder to write into.
    pub out: PathBuf,
    /// Write into a non-empty folder, replacing the dataset files and `sources/*.txt`.
    pub force: bool,
}

/// The seed when none is given.
pub const DEFAULT_SEED: u64 = 1;

impl Options {
    /// Parses `--events N [--seed S] --out DIR [--force]`.
    pub fn parse(args: &[String]) -> Result<Options> {
        let (mut events, mut seed, mut out, mut force) = (None, DEFAULT_SEED, None, false);
        let mut it = args.iter();
        while let Some(flag) = it.next() {
            match flag.as_str() {
                "--events" => events = Some(positive("--events", value(&mut it, flag)?)?),
                "--seed" => {
                    let v = value(&mut it, flag)?;
                    seed = v.parse().map_err(|_| {
                        format!("--seed takes a number from 0 to 2^64-1, not `{v}`")
                    })?;
                }
                "--out" => out = Some(PathBuf::from(value(&mut it, flag)?)),
                "--force" => force = true,
                other => return Err(unknown(other, "gen-data")),
            }
        }
        Ok(Options {
            events: events.ok_or("gen-data needs --events N")?,
            seed,
            out: out.ok_or("gen-data needs --out DIR")?,
            force,
        })
    }
}

/// What `gen-data` wrote.
#[derive(Debug, Clone)]
pub struct Report {
    /// The folder, resolved.
    pub dir: PathBuf,
    /// Events by status, in the order of `Status::ALL`: held, proposed, scheduled.
    pub statuses: [usize; 3],
    /// Events by kind, in the order of `EventKind::ALL`: meeting, call, talks, summit.
    pub kinds: [usize; 4],
    /// Statements, and how many are the article's paraphrase.
    pub statements: (usize, usize),
    /// Claims.
    pub claims: usize,
    /// Sources (articles).
    pub sources: usize,
    /// Places.
    pub places: usize,
    /// Actors.
    pub actors: usize,
    /// Sides.
    pub sides: usize,
    /// Topics.
    pub topics: usize,
    /// Files and bytes.
    pub written: write::Written,
    /// Time to generate and write.
    pub took: Duration,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [held, proposed, scheduled] = self.statuses;
        let [meetings, calls, talks, summits] = self.kinds;
        let w = &self.written;
        writeln!(
            f,
            "gen-data: {} events ({held} held, {scheduled} scheduled, {proposed} proposed; \
             {meetings} meetings, {calls} calls, {talks} talks, {summits} summits)",
            held + scheduled + proposed
        )?;
        writeln!(
            f,
            "          {} statements ({} paraphrased), {} claims, {} sources",
            self.statements.0, self.statements.1, self.claims, self.sources
        )?;
        writeln!(
            f,
            "          {} places, {} actors on {} sides, {} topics",
            self.places, self.actors, self.sides, self.topics
        )?;
        writeln!(
            f,
            "wrote {}: {} TOML files ({}) and {} article texts in sources/ ({}) in {:.2} s",
            self.dir.display(),
            w.toml_files,
            sizes::human(w.toml_bytes),
            w.articles,
            sizes::human(w.article_bytes),
            self.took.as_secs_f64()
        )?;
        write!(
            f,
            "check with: cargo run -p summitry-editor -- check --data {0} --sources {0}/sources",
            self.dir.display()
        )
    }
}

/// Runs `gen-data` with its command-line arguments.
pub fn run(args: &[String]) -> Result<()> {
    let report = write_dataset(&Options::parse(args)?)?;
    println!("{report}");
    Ok(())
}

/// Generates the dataset of `events` events for `seed`, in memory.
pub fn generate(events: usize, seed: u64) -> Dataset {
    let world = world::build(seed, events);
    let (evs, mut sources) = events::build(seed, events, &world);
    let statements = statements::build(seed, &world, &evs, &mut sources);
    let claims = claims::build(seed, events, &world, &evs, &statements);
    Dataset {
        name: format!("Generated dataset: {events} events (seed {seed})"),
        description: format!(
            "Synthetic meetings, calls, talks and summits from {} to {}, generated by \
             `cargo xtask gen-data` for tests and benchmarks. Countries, cities and coordinates \
             are real; people, outlets, articles and quotes are fictional.",
            events::span_start().long(),
            events::span_end().long()
        ),
        sides: world.sides,
        actors: world.actors,
        places: world.places,
        events: evs,
        statements,
        sources,
        claims,
    }
}

/// Checks `opts.out`, generates the dataset and writes it there.
pub fn write_dataset(opts: &Options) -> Result<Report> {
    let started = Instant::now();
    let dir = resolve(&opts.out)?;
    check_out(&dir, opts.force)?;
    let ds = generate(opts.events, opts.seed);
    let banner = format!(
        "Generated by `cargo xtask gen-data --events {} --seed {}`: synthetic data for tests and\n\
         benchmarks, never for data/. Fields as in data/*.toml (see docs/DATA.md).",
        opts.events, opts.seed
    );
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    clear_old_texts(&dir)?;
    let written = write::write(&ds, &dir, &banner)
        .map_err(|e| format!("cannot write into {}: {e}", dir.display()))?;
    let count = |f: &dyn Fn(&model::Event) -> bool| ds.events.iter().filter(|e| f(e)).count();
    Ok(Report {
        dir,
        statuses: Status::ALL.map(|s| count(&|e| e.status == s)),
        kinds: EventKind::ALL.map(|k| count(&|e| e.kind == k)),
        statements: (
            ds.statements.len(),
            ds.statements.iter().filter(|s| s.paraphrase).count(),
        ),
        claims: ds.claims.len(),
        sources: ds.sources.len(),
        places: ds.places.len(),
        actors: ds.actors.len(),
        sides: ds.sides.len(),
        topics: vocab::TOPICS.len(),
        written,
        took: started.elapsed(),
    })
}

/// `path` made absolute, `.` and `..` resolved, and symbolic links resolved as far as the path
/// exists, so `data/../data` or a link to data/ is recognised.
fn resolve(path: &Path) -> Result<PathBuf> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| format!("cannot read the current folder: {e}"))?
            .join(path)
    };
    let mut lexical = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                lexical.pop();
            }
            Component::CurDir => {}
            other => lexical.push(other),
        }
    }
    let mut existing = lexical.clone();
    let mut missing = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => {
                missing.push(name.to_os_string());
                existing.pop();
            }
            None => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    out.extend(missing.iter().rev());
    Ok(out)
}

/// Refuses the workspace's data/ (and anything inside or around it), a file, and a non-empty
/// folder without `force`.
fn check_out(dir: &Path, force: bool) -> Result<()> {
    let data = resolve(&workspace::root().join("data"))?;
    if dir.starts_with(&data) {
        return Err(format!(
            "refusing to write into {}: data/ holds the curated dataset, and generated data \
             never goes there; choose another --out",
            dir.display()
        ));
    }
    if data.starts_with(dir) {
        return Err(format!(
            "refusing to write into {}: it contains the workspace's data/ folder; choose another --out",
            dir.display()
        ));
    }
    if dir.exists() && !dir.is_dir() {
        return Err(format!("{} exists and is not a folder", dir.display()));
    }
    let non_empty = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if non_empty && !force {
        return Err(format!(
            "{} is not empty: choose an empty or new folder, or pass --force to replace its \
             dataset files and sources/*.txt",
            dir.display()
        ));
    }
    Ok(())
}

/// Removes article texts of an earlier run, so a smaller dataset does not leave stale ones.
fn clear_old_texts(dir: &Path) -> Result<()> {
    let texts = dir.join("sources");
    let Ok(entries) = std::fs::read_dir(&texts) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "txt") && path.is_file() {
            std::fs::remove_file(&path)
                .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
        }
    }
    Ok(())
}
