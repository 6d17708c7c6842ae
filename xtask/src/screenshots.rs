//! `cargo xtask screenshots`: the README's pictures of the widget at 375 and 1280 px
//! (docs/screenshots/), taken from a fresh release build by docs/screenshots.mjs.

use std::process::Command;

use crate::{bootstrap, cmd, dist, tools, workspace, Result};

/// Builds dist/, then writes docs/screenshots/*.png.
pub fn run(args: &[String]) -> Result<()> {
    if let Some(arg) = args.first() {
        return Err(format!("`screenshots` takes no arguments (got `{arg}`)"));
    }
    let tools = bootstrap::run()?;
    let dist = dist::build(&tools, false)?;
    let root = workspace::root();
    cmd::run(
        Command::new("node")
            .arg("docs/screenshots.mjs")
            .env("SUMMITRY_DIST", &dist)
            .env("SUMMITRY_CHROMIUM", tools::CHROMIUM)
            .current_dir(&root),
    )
}
