//! The pinned tools and where they live once installed.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use std::process::Command;

use crate::{cmd, workspace, Result};

/// The trunk release the project builds with (0.22 needs a newer rustc).
pub const TRUNK_VERSION: &str = "0.21.14";

/// binaryen's version: the major of the npm `binaryen` package in package.json.
pub const WASM_OPT_VERSION: &str = "132";

/// The crate of the wasm splitter (its `build-binary` feature builds the command line tool), at
/// the version whose split format matches Cargo.lock's `wasm_split_helpers` 0.2 (leptos 0.8.23's
/// `#[lazy]`) and the linker output of the pinned toolchain.
pub const WASM_SPLIT_CRATE: &str = "wasm_split_cli_support";

/// The [`WASM_SPLIT_CRATE`] release `cargo xtask bootstrap` installs.
pub const WASM_SPLIT_VERSION: &str = "0.2.4";

/// The splitter's binary.
pub const WASM_SPLIT_BIN: &str = "wasm-split-cli";

/// The Rust target of the app and of its browser tests.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Debian's Chromium, used by the browser and end-to-end tiers.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Debian's chromedriver, which must match [`CHROMIUM`] (same Debian source package).
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The Debian packages that provide [`CHROMIUM`] and [`CHROMEDRIVER`].
pub const CHROMIUM_PACKAGES: [&str; 2] = ["chromium", "chromium-driver"];

/// Debian's Firefox ESR, the end-to-end tier's second engine (driven over WebDriver BiDi).
pub const FIREFOX: &str = "/usr/bin/firefox-esr";

/// Debian's WebDriver server for WebKitGTK, the end-to-end tier's third engine.
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";

/// The WebKitGTK browser that [`WEBKIT_DRIVER`] starts (from `libwebkit2gtk-4.1-0`).
pub const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// The X server MiniBrowser draws into when there is no display (the tests start their own).
pub const XVFB: &str = "/usr/bin/Xvfb";

/// The Debian packages that provide [`FIREFOX`], [`WEBKIT_DRIVER`] with [`MINIBROWSER`], and
/// [`XVFB`].
pub const ENGINE_PACKAGES: [&str; 3] = ["firefox-esr", "webkit2gtk-driver", "xvfb"];

/// The folder holding one folder per tool and version.
pub fn cache_root() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("SUMMITRY_TOOLS").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .ok_or("neither SUMMITRY_TOOLS nor HOME is set: cannot place the tool cache")?;
    Ok(Path::new(&home).join(".cache/summitry/tools"))
}

/// The installed tools' folders, as bootstrap leaves them.
/// How the release wasm is built (set on trunk by `dist`): the standard library compiled with the
/// widget at the widget's own `opt-level = "z"`, its size-optimised code paths on, `Debug`
/// output and panic locations left out. Measured on the release wasm: 239.9 -> 222.4 KiB gzip.
/// Cargo's `-Zbuild-std` is unstable: `RUSTC_BOOTSTRAP=1` lets the pinned stable toolchain use it
/// (it needs the `rust-src` component, which `bootstrap` adds). The panic strategy stays `abort`
/// with the panic hook, so a panic still shows the widget's message.
///
/// The build's renderer (a trunk hook, native) must not inherit these: Trunk.toml starts it
/// through `env -u` for each name.
pub const RELEASE_STD_ENV: [(&str, &str); 4] = [
    ("RUSTC_BOOTSTRAP", "1"),
    ("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort"),
    ("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size"),
    // Added to .cargo/config.toml's flags for the target (cargo merges the two lists).
    (
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        "-Zfmt-debug=none -Zlocation-detail=none",
    ),
];

#[derive(Debug, Clone)]
pub struct Toolchain {
    /// `<cache>/trunk-<version>/bin`, holding `trunk`.
    pub trunk_bin: PathBuf,
    /// `<cache>/wasm-bindgen-<version>/bin`, holding `wasm-bindgen` and `wasm-bindgen-test-runner`.
    pub wasm_bindgen_bin: PathBuf,
    /// `<cache>/wasm_split_cli_support-<version>/bin`, holding `wasm-split-cli`.
    pub wasm_split_bin: PathBuf,
    /// The workspace's `node_modules/.bin`, holding `wasm-opt`.
    pub node_bin: PathBuf,
}

impl Toolchain {
    /// The `trunk` binary.
    pub fn trunk(&self) -> PathBuf {
        self.trunk_bin.join("trunk")
    }

    /// PATH for trunk: the pinned tools first, so trunk finds them and never an
    /// older system copy (Debian's wasm-opt 108 produces a page that dies).
    pub fn path_for_trunk(&self) -> Result<OsString> {
        prepend_path(&[&self.trunk_bin, &self.wasm_bindgen_bin, &self.node_bin])
    }

    /// PATH for the wasm tests: the wasm-bindgen folder provides the runner.
    pub fn path_for_wasm_tests(&self) -> Result<OsString> {
        prepend_path(&[&self.wasm_bindgen_bin])
    }
}

/// `dirs` followed by the current PATH.
pub fn prepend_path(dirs: &[&Path]) -> Result<OsString> {
    let old = std::env::var_os("PATH").unwrap_or_default();
    let joined = dirs
        .iter()
        .map(|d| d.to_path_buf())
        .chain(std::env::split_paths(&old));
    std::env::join_paths(joined).map_err(|e| format!("cannot build PATH: {e}"))
}

/// `<cache>/<krate>-<version>/bin/<bin>`, installed with `cargo install --locked` when missing or
/// of another version (`version_args` make the binary print `<name> <version>`). For the tools of
/// the long-running commands (fuzz, size), which `test` never needs.
pub fn cargo_install(
    krate: &str,
    version: &str,
    bin: &str,
    version_args: &[&str],
) -> Result<PathBuf> {
    let cache = cache_root()?;
    let dir = cache.join(format!("{krate}-{version}"));
    let path = dir.join("bin").join(bin);
    let check = || {
        Command::new(&path)
            .args(version_args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .is_some_and(|o| reports_version(&String::from_utf8_lossy(&o.stdout), version))
    };
    if check() {
        println!("ok {krate} {version} (cached)");
        return Ok(path);
    }
    std::fs::create_dir_all(&cache)
        .map_err(|e| format!("cannot create {}: {e}", cache.display()))?;
    println!("installing {krate} {version}: this takes a few minutes the first time");
    let mut install = Command::new(workspace::cargo());
    install
        .args(["install", krate, "--version", version])
        // --locked: the tool's own lockfile is what its release was tested with.
        .args(["--locked", "--force", "--root"])
        .arg(&dir)
        // Outside the workspace, so its .cargo/config.toml does not apply.
        .current_dir(&cache);
    cmd::run_logged(
        &mut install,
        &cache.join("logs").join(format!("{krate}-{version}.log")),
    )?;
    if !check() {
        return Err(format!(
            "{} does not report version {version} after installing",
            path.display()
        ));
    }
    println!("ok {krate} {version} (installed)");
    Ok(path)
}

/// Whether `--version` output such as `cargo-fuzz 0.13.2` or `twiggy 0.8.0` names exactly
/// `version` after the tool's name.
pub fn reports_version(output: &str, version: &str) -> bool {
    output.split_whitespace().nth(1) == Some(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_hook_unsets_every_setting_of_the_release_wasm() {
        let trunk = crate::workspace::read(&crate::workspace::root().join("Trunk.toml")).unwrap();
        let hook = trunk
            .lines()
            .find(|l| l.starts_with("command_arguments") && l.contains("summitry-build"))
            .expect("Trunk.toml runs summitry-build as a hook");
        for (name, _) in RELEASE_STD_ENV {
            assert!(
                hook.contains(&format!("\"-u\", \"{name}\"")),
                "the summitry-build hook inherits {name}"
            );
        }
    }

    #[test]
    fn the_version_check_wants_the_exact_version() {
        assert!(reports_version("cargo-fuzz 0.13.2\n", "0.13.2"));
        assert!(!reports_version("cargo-fuzz 0.13.20", "0.13.2"));
        assert!(!reports_version("", "0.13.2"));
    }

    #[test]
    fn pinned_dirs_come_first_on_path() {
        let path = prepend_path(&[Path::new("/a/bin"), Path::new("/b/bin")]).unwrap();
        let dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
        assert_eq!(
            dirs[..2],
            [PathBuf::from("/a/bin"), PathBuf::from("/b/bin")]
        );
    }
}
