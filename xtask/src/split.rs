//! The served pages' wasm split by view (issue 30): the comparison, the list and the network load
//! when a reader first opens them, so the wasm that starts the opening map is smaller.
//!
//! trunk 0.21 runs cargo, wasm-bindgen and wasm-opt in one go, with no step between the link and
//! wasm-bindgen (trunk issue 1022), so after trunk's build `dist` builds the widget once more
//! with the `split` feature (`#[lazy]` views, and a link that keeps its relocations: build.rs)
//! and runs what cargo-leptos runs for its `--split`:
//!
//! 1. `wasm-split-cli` (crate `wasm_split_cli_support`) on the linked wasm: the main module, one
//!    module per lazy function (`split_<name>.wasm`), one per piece of code several of them share
//!    (`chunk_<n>.wasm`), and the JS module that fetches and instantiates them
//!    (`__wasm_split.js`, imported by the main module, and importing the glue's `initSync` for
//!    the main module's memory, table and globals);
//! 2. wasm-bindgen on the main module with `--keep-lld-exports` (the split modules import the
//!    linker's globals from the main one) and trunk's other arguments;
//! 3. wasm-opt `-Oz` (trunk's level) on the main module and on every split module.
//!
//! The results replace trunk's glue and wasm in dist/ under trunk's names (the pages, loaders and
//! lists the build's renderer wrote name them); the split modules and their loader get names of
//! their own content. The single file and the script embed are written before, from trunk's
//! unsplit build: neither can fetch (origin null; one classic script), so they carry one whole
//! wasm, as before.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::manifest::{content_hash, Manifest};
use crate::tools::{self, Toolchain};
use crate::{cmd, workspace, Result};

/// The name the splitter gives its loader, as the main module imports it.
const SPLIT_LOADER: &str = "__wasm_split.js";

/// The prefix of every file the split adds to dist/ (the size budget and table find them by it).
pub const PREFIX: &str = "summitry-split";

/// What the split wrote into dist/, besides replacing trunk's glue and wasm.
#[derive(Debug, Clone, Default)]
pub struct Split {
    /// The loader of the split modules (`summitry-split-<hash>.js`).
    pub loader: String,
    /// The split modules (`summitry-split-<name>-<hash>.wasm`), in the splitter's order.
    pub modules: Vec<String>,
}

/// Builds the widget with the `split` feature, splits its wasm, and puts the result in `dist` in
/// place of the glue and wasm of `built` (every language's pages share them).
pub fn apply(
    tools: &Toolchain,
    dist: &Path,
    built: &Manifest,
    data: Option<&Path>,
) -> Result<Split> {
    let root = workspace::root();
    let target = workspace::target_dir();
    // What trunk runs, with the feature: the same profile and flags, so only this crate and the
    // link are redone (cargo keeps both builds' artifacts apart, by feature set).
    let mut cargo = Command::new(workspace::cargo());
    cargo
        .args(["build", "--release", "--offline", "--bin", "summitry"])
        .args(["--target", tools::WASM_TARGET, "--features", "split"])
        .envs(tools::RELEASE_STD_ENV)
        .current_dir(&root);
    match data {
        Some(dir) => cargo.env(crate::DATA_ENV, dir),
        None => cargo.env_remove(crate::DATA_ENV),
    };
    cmd::run(&mut cargo)?;
    let linked = target
        .join(tools::WASM_TARGET)
        .join("release")
        .join("summitry.wasm");

    let work = target.join("wasm-split");
    let _ = std::fs::remove_dir_all(&work);
    let (split_dir, bindgen_dir, opt_dir) =
        (work.join("split"), work.join("bindgen"), work.join("opt"));
    for dir in [&split_dir, &bindgen_dir, &opt_dir] {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let stem = built
        .glue
        .strip_suffix(".js")
        .ok_or_else(|| format!("the glue `{}` is not a .js file", built.glue))?;

    // 1. The split. `--out-name` names the main module and the glue its loader imports.
    cmd::run(
        Command::new(tools.wasm_split_bin.join(tools::WASM_SPLIT_BIN))
            .arg(&linked)
            .arg(&split_dir)
            .args(["--target", "web", "--out-name", stem]),
    )?;
    // 2. wasm-bindgen, as trunk runs it, keeping the linker's exports for the split modules.
    cmd::run(
        Command::new(tools.wasm_bindgen_bin.join("wasm-bindgen"))
            .arg("--target=web")
            .arg(format!("--out-dir={}", bindgen_dir.display()))
            .arg(format!("--out-name={stem}"))
            .args(["--no-typescript", "--keep-lld-exports", "--no-demangle"])
            .arg(split_dir.join(format!("{stem}.wasm"))),
    )?;
    // SUMMITRY_WASM_NAMES=1 keeps the functions' names (wasm-opt's `--debuginfo`), for a
    // profile that names them (bench/profile.mjs); a build to ship never sets it.
    let names = workspace::flag_on("SUMMITRY_WASM_NAMES");
    // 3. wasm-opt at trunk's level (index.html: data-wasm-opt="z"), module by module, told that
    // the lowest 1 KiB of memory is never addressed, so it may fold `load(p + c)` into a load with
    // an offset (c < 1 KiB): the opening wasm 1.4 KB gzip smaller (229,119 -> 227,701 bytes).
    // True of Rust's wasm: its stack comes first in memory and grows down towards 0, so the
    // lowest KiB is only reached by a stack 1 KiB from overflowing; nothing else lives there.
    let wasm_opt = |from: &Path, to: &Path| -> Result<()> {
        cmd::run(
            Command::new(tools.node_bin.join("wasm-opt"))
                .arg(format!("--output={}", to.display()))
                .args(["-Oz", "--low-memory-unused"])
                .args(names.then_some("--debuginfo"))
                .arg(from),
        )
    };
    wasm_opt(
        &bindgen_dir.join(format!("{stem}_bg.wasm")),
        &dist.join(&built.wasm),
    )?;

    let mut loader = workspace::read(&split_dir.join(SPLIT_LOADER))?;
    let mut split = Split::default();
    for from in split_modules(&split_dir, stem)? {
        let name = file_stem(&from);
        let optimised = opt_dir.join(format!("{name}.wasm"));
        wasm_opt(&from, &optimised)?;
        let bytes = std::fs::read(&optimised)
            .map_err(|e| format!("cannot read {}: {e}", optimised.display()))?;
        let shipped = format!(
            "{PREFIX}-{}-{}.wasm",
            short_name(&name),
            content_hash(&bytes)
        );
        let quoted = format!("\"./{name}.wasm\"");
        if !loader.contains(&quoted) {
            return Err(format!(
                "the splitter's loader does not fetch {quoted}: its output has changed"
            ));
        }
        loader = loader.replace(&quoted, &format!("\"./{shipped}\""));
        write(&dist.join(&shipped), &bytes)?;
        split.modules.push(shipped);
    }
    split.loader = format!("{PREFIX}-{}.js", content_hash(loader.as_bytes()));
    write(&dist.join(&split.loader), loader.as_bytes())?;

    // The glue imports the loader by the name the splitter gave it (`import * as import1 from
    // "./__wasm_split.js"`, once per import); the imports object keeps that name as its key, which
    // is the module name the main wasm asks for.
    let glue = workspace::read(&bindgen_dir.join(format!("{stem}.js")))?;
    let import = format!("from \"./{SPLIT_LOADER}\"");
    if !glue.contains(&import) {
        return Err(format!(
            "the wasm-bindgen glue does not import ./{SPLIT_LOADER}: is there anything to split?"
        ));
    }
    let glue = glue.replace(&import, &format!("from \"./{}\"", split.loader));
    write(&dist.join(&built.glue), glue.as_bytes())?;
    Ok(split)
}

/// The `.wasm` files the splitter wrote besides the main module, sorted by name.
fn split_modules(dir: &Path, main: &str) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wasm") && file_stem(p) != main)
        .collect();
    out.sort();
    Ok(out)
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `split_compare_view_1234567` (the function and leptos's hash of its place) becomes
/// `compare_view`; `chunk_3` stays.
fn short_name(name: &str) -> &str {
    let name = name.strip_prefix("split_").unwrap_or(name);
    match name.rsplit_once('_') {
        Some((head, tail)) if tail.len() > 6 && tail.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => name,
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The split's files in `dist`: its loader and modules, by their prefix, sorted.
pub fn files_in(dist: &Path) -> Result<(Vec<String>, Vec<String>)> {
    let mut loaders = Vec::new();
    let mut modules = Vec::new();
    for entry in
        std::fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?
    {
        let name = entry
            .map_err(|e| format!("cannot list {}: {e}", dist.display()))?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if !name.starts_with(PREFIX) {
            continue;
        }
        if name.ends_with(".js") {
            loaders.push(name);
        } else if name.ends_with(".wasm") {
            modules.push(name);
        }
    }
    loaders.sort();
    modules.sort();
    Ok((loaders, modules))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_drop_the_prefix_and_the_place_hash() {
        assert_eq!(short_name("split_compare_view_12345678901"), "compare_view");
        assert_eq!(short_name("chunk_3"), "chunk_3");
        assert_eq!(short_name("split_list_view"), "list_view");
    }
}
