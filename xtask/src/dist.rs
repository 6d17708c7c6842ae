//! `cargo xtask dist [--single-file]`: the release build and its sizes.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::manifest::{self, Manifest};
use crate::tools::Toolchain;
use crate::{bootstrap, cmd, embed_script, single_file, sizes, split, workspace, Result};

/// Parses the arguments, bootstraps and builds.
pub fn run(args: &[String]) -> Result<()> {
    let mut single = false;
    for arg in args {
        match arg.as_str() {
            "--single-file" => single = true,
            other => {
                return Err(format!(
                    "unknown argument `{other}` (dist takes only --single-file)"
                ))
            }
        }
    }
    let tools = bootstrap::run()?;
    build(&tools, single).map(drop)
}

/// Builds dist/ in release mode, prints its sizes, and with `single` also
/// writes dist/summitry.html. Returns the dist folder.
pub fn build(tools: &Toolchain, single: bool) -> Result<PathBuf> {
    build_listed(tools, single).map(|(dist, _)| dist)
}

/// [`build`], also returning the list of what the build wrote (its file names carry hashes).
pub fn build_listed(tools: &Toolchain, single: bool) -> Result<(PathBuf, Manifest)> {
    build_from(tools, single, crate::data_dir().as_deref(), true)
}

/// [`build_listed`] from the dataset folder `data` (`None`: data/), whatever `--data` said;
/// without `table` only the number of files is printed (the size table compresses every file
/// with brotli at quality 11, which takes minutes for a generated dataset of 10,000 events).
pub fn build_from(
    tools: &Toolchain,
    single: bool,
    data: Option<&Path>,
    table: bool,
) -> Result<(PathBuf, Manifest)> {
    let root = workspace::root();
    let mut trunk = Command::new(tools.trunk());
    match data {
        Some(dir) => trunk.env(crate::DATA_ENV, dir),
        None => trunk.env_remove(crate::DATA_ENV),
    };
    let dist = workspace::dist();
    // `--release` takes an optional value in trunk 0.21, so the target goes first.
    cmd::run(
        trunk
            .args(["build", "index.html", "--release"])
            .envs(crate::tools::RELEASE_STD_ENV)
            .env("PATH", tools.path_for_trunk()?)
            .current_dir(&root),
    )?;
    // The script embed ships with every build, one per language: the Embed panel's script
    // snippet points at its page's.
    let all = Manifest::read_all(&dist)?;
    let mut single_file = None;
    for m in &all {
        embed_script::write(&dist, m)?;
        if single {
            let written = single_file::write(&dist, m)?;
            // The English one is measured against the budget.
            single_file.get_or_insert(written);
        }
    }
    // The served pages' wasm, split by view; after the two forms above, which keep trunk's whole
    // wasm (they cannot fetch the split modules).
    let split = split::apply(
        tools,
        &dist,
        all.first().ok_or("no list of the English build")?,
        data,
    )?;
    println!(
        "split: the opening wasm, {} and {} split module(s): {}",
        split.loader,
        split.modules.len(),
        split.modules.join(", ")
    );
    // What the build's renderer left for these two steps is not part of what ships.
    for m in &all {
        let list = match m.lang.as_str() {
            "en" => manifest::LIST.to_string(),
            lang => format!("{}.{lang}", manifest::LIST),
        };
        let _ = std::fs::remove_file(dist.join(list));
        let _ = std::fs::remove_file(dist.join(&m.embed));
    }
    let built = all
        .into_iter()
        .next()
        .ok_or("no list of the English build")?;
    // dist/ is rebuilt from scratch by trunk, so an old summitry.html never lingers here.
    let files: Vec<PathBuf> = sizes::files(&dist)?;
    println!(
        "\ndist/ ({} files){}",
        files.len(),
        if table { ":" } else { "" }
    );
    if table {
        print!("{}", sizes::table(&sizes::measure(&dist, &files)?, true));
    }
    if let Some((path, csp)) = single_file {
        let name = path
            .file_name()
            .map(Path::new)
            .unwrap_or(&path)
            .to_path_buf();
        println!("\nsingle file (runs from file://):");
        print!("{}", sizes::table(&sizes::measure(&dist, &[name])?, false));
        println!("its Content Security Policy (declared in the file; as a header, add `frame-ancestors`):\n  {csp}");
    }
    Ok((dist, built))
}
