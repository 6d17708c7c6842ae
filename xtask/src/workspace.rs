//! Where the workspace is, and the paths inside it that the tasks share.

use std::path::{Path, PathBuf};

/// The workspace root (the folder holding the root Cargo.toml).
pub fn root() -> PathBuf {
    // xtask/ sits directly under the root; the compile-time path stays right
    // however `cargo xtask` is invoked, from any sub-folder.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ has a parent folder")
        .to_path_buf()
}

/// The trunk output folder, as named by `dist` in Trunk.toml.
pub fn dist() -> PathBuf {
    root().join("dist")
}

/// The cargo binary that runs this xtask, so nested cargo calls use the same toolchain.
pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

/// Reads a file of the workspace as text, with the path in the error.
pub fn read(path: &Path) -> crate::Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Cargo's target folder: `CARGO_TARGET_DIR` when set, else `target/` under the root.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

/// Whether the environment flag `name` (such as `SUMMITRY_REQUIRE_SEEDS`) is on: set, and not
/// empty, `0` or `false`.
pub fn flag_on(name: &str) -> bool {
    is_on(std::env::var(name).ok().as_deref())
}

/// Whether a flag's value, if any, turns it on.
fn is_on(value: Option<&str>) -> bool {
    matches!(value.map(str::trim), Some(v) if !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

#[cfg(test)]
mod tests {
    use super::is_on;

    #[test]
    fn flags_read_like_ci_sets_them() {
        assert!(is_on(Some("1")));
        assert!(is_on(Some("true")));
        assert!(!is_on(Some("0")));
        assert!(!is_on(Some("")));
        assert!(!is_on(Some("false")));
        assert!(!is_on(None));
    }
}
