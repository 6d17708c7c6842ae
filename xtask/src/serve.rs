//! `cargo xtask serve [trunk args]`: the dev server with live reload.

use std::process::Command;

use crate::{bootstrap, cmd, pins, workspace, Result};

/// Bootstraps, then runs `trunk serve` with the pinned tools first on PATH;
/// `args` go to trunk as they are (e.g. `--port 9000`, `--release`).
pub fn run(args: &[String]) -> Result<()> {
    let tools = bootstrap::run()?;
    let root = workspace::root();
    // trunk 0.21 stops when a [watch] ignore path does not exist, and a fresh
    // clone has no target/ or dist/ yet.
    let trunk_toml = workspace::read(&root.join("Trunk.toml"))?;
    for dir in watch_ignores(&trunk_toml) {
        let path = root.join(&dir);
        if !path.exists() {
            std::fs::create_dir_all(&path)
                .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        }
    }
    cmd::run(
        Command::new(tools.trunk())
            .arg("serve")
            .args(args)
            .env("PATH", tools.path_for_trunk()?)
            .current_dir(&root),
    )
}

/// The `[watch] ignore = [...]` entries of Trunk.toml (a one-line array).
fn watch_ignores(trunk_toml: &str) -> Vec<String> {
    let mut section = String::new();
    for line in trunk_toml.lines().map(str::trim) {
        if let Some(header) = line.strip_prefix('[') {
            section = header.trim_end_matches(']').trim().to_owned();
        } else if section == "watch" {
            if let Some(list) = line.strip_prefix("ignore").map(str::trim_start) {
                if let Some(list) = list.strip_prefix('=') {
                    return pins::string_list(list);
                }
            }
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_ignore_list() {
        let toml = "[build]\nignore = [\"no\"]\n[watch]\nignore = [\"target\", 'dist'] # why\n";
        assert_eq!(watch_ignores(toml), ["target", "dist"]);
        assert!(watch_ignores("[watch]\n").is_empty());
    }

    #[test]
    fn the_real_trunk_toml_ignores_build_output() {
        let toml = workspace::read(&workspace::root().join("Trunk.toml")).unwrap();
        let ignores = watch_ignores(&toml);
        for dir in ["target", "dist", "node_modules"] {
            assert!(
                ignores.iter().any(|d| d == dir),
                "{dir} missing from {ignores:?}"
            );
        }
    }
}
