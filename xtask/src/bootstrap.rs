//! `cargo xtask bootstrap`: install, or check, every tool the project uses.
//!
//! Each step first checks what is already there, so a second run only asks a
//! few programs their versions and takes seconds. Installs go into the tool
//! cache (one folder per tool and version), never onto the system PATH, so
//! several checkouts and versions can share one machine.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use crate::tools::{self, Toolchain};
use crate::{cmd, pins, workspace, Result};

/// Runs every step and returns where the tools are.
pub fn run() -> Result<Toolchain> {
    let root = workspace::root();
    let cache = tools::cache_root()?;
    println!("bootstrap: tool cache {}", cache.display());
    rust_target()?;
    rust_src()?;
    cargo_fetch(&root)?;
    // Checked before the long installs so a wrong pin fails in a second.
    let wasm_bindgen_version = wasm_bindgen_version(&root)?;
    let trunk_bin = trunk(&cache)?;
    let wasm_bindgen_bin = wasm_bindgen(&cache, &wasm_bindgen_version)?;
    let wasm_split_bin = wasm_split(&cache)?;
    let node_bin = npm(&root)?;
    wasm_opt(&node_bin)?;
    chromium()?;
    engines()?;
    Ok(Toolchain {
        trunk_bin,
        wasm_bindgen_bin,
        wasm_split_bin,
        node_bin,
    })
}

fn ok(what: &str, how: &str) {
    println!("ok {what} ({how})");
}

fn rust_target() -> Result<()> {
    let installed = cmd::output(Command::new("rustup").args(["target", "list", "--installed"]))
        .map_err(|e| {
            format!(
                "{e}\nrustup is needed to add the {} target",
                tools::WASM_TARGET
            )
        })?;
    if installed.lines().any(|l| l.trim() == tools::WASM_TARGET) {
        ok(&format!("rust target {}", tools::WASM_TARGET), "cached");
        return Ok(());
    }
    cmd::run(Command::new("rustup").args(["target", "add", tools::WASM_TARGET]))?;
    ok(&format!("rust target {}", tools::WASM_TARGET), "installed");
    Ok(())
}

/// The standard library's source, which the release build compiles with the widget
/// ([`tools::RELEASE_STD_ENV`]).
fn rust_src() -> Result<()> {
    let installed = cmd::output(Command::new("rustup").args(["component", "list", "--installed"]))?;
    if installed.lines().any(|l| l.trim().starts_with("rust-src")) {
        ok("rust component rust-src", "cached");
        return Ok(());
    }
    cmd::run(Command::new("rustup").args(["component", "add", "rust-src"]))?;
    ok("rust component rust-src", "installed");
    Ok(())
}

/// trunk passes `--offline` to cargo (Trunk.toml `offline = true`), so the
/// crates must be downloaded before it runs: the workspace's, and those the
/// standard library's own build needs for the release wasm.
fn cargo_fetch(root: &Path) -> Result<()> {
    cmd::output(
        Command::new(workspace::cargo())
            .arg("fetch")
            .current_dir(root),
    )?;
    cmd::output(
        Command::new(workspace::cargo())
            .args(["fetch", "--target", tools::WASM_TARGET])
            .envs(tools::RELEASE_STD_ENV)
            .current_dir(root),
    )?;
    ok("cargo dependencies", "fetched");
    Ok(())
}

fn wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock = workspace::read(&root.join("Cargo.lock"))?;
    let trunk_toml = workspace::read(&root.join("Trunk.toml"))?;
    let version = pins::locked_version(&lock, "wasm-bindgen")?;
    pins::check_wasm_bindgen_pin(&version, &trunk_toml)?;
    pins::check_wasm_opt_pin(tools::WASM_OPT_VERSION, &trunk_toml)?;
    Ok(version)
}

/// Whether `--version` output names `name` at exactly `version`.
fn reports_version(output: Option<&str>, name: &str, version: &str) -> bool {
    let mut words = output.unwrap_or("").split_whitespace();
    words.next() == Some(name) && words.next() == Some(version)
}

fn cargo_install(cache: &Path, dir: &Path, args: &[&str], log_name: &str) -> Result<()> {
    let mut install = Command::new(workspace::cargo());
    install
        .arg("install")
        .args(args)
        // --force: the binary there, if any, just failed its version check.
        .arg("--force")
        .arg("--root")
        .arg(dir)
        // Outside the workspace, so its .cargo/config.toml does not apply.
        .current_dir(cache);
    println!("installing {log_name}: this takes several minutes the first time");
    cmd::run_logged(
        &mut install,
        &cache.join("logs").join(format!("{log_name}.log")),
    )
}

fn trunk(cache: &Path) -> Result<PathBuf> {
    let version = tools::TRUNK_VERSION;
    let dir = cache.join(format!("trunk-{version}"));
    let bin = dir.join("bin/trunk");
    let check = || {
        reports_version(
            cmd::version_of(&bin, "--version").as_deref(),
            "trunk",
            version,
        )
    };
    if check() {
        ok(&format!("trunk {version}"), "cached");
    } else {
        mkdir(cache)?;
        // --locked: trunk's own lockfile is known to build with this rustc.
        cargo_install(
            cache,
            &dir,
            &["trunk", "--version", version, "--locked"],
            &format!("trunk-{version}"),
        )?;
        if !check() {
            return Err(format!(
                "{} does not report trunk {version} after installing",
                bin.display()
            ));
        }
        ok(&format!("trunk {version}"), "installed");
    }
    Ok(dir.join("bin"))
}

fn wasm_bindgen(cache: &Path, version: &str) -> Result<PathBuf> {
    let dir = cache.join(format!("wasm-bindgen-{version}"));
    let bin = dir.join("bin");
    // The test runner ships in the same crate; both must be there and agree.
    let check = || {
        reports_version(
            cmd::version_of(&bin.join("wasm-bindgen"), "--version").as_deref(),
            "wasm-bindgen",
            version,
        ) && reports_version(
            cmd::version_of(&bin.join("wasm-bindgen-test-runner"), "--version").as_deref(),
            "wasm-bindgen-test-runner",
            version,
        )
    };
    if check() {
        ok(&format!("wasm-bindgen {version}"), "cached");
    } else {
        mkdir(cache)?;
        // No --locked: the CLI's lockfile pins a crate version that is not
        // available from the registry here; a fresh resolve builds fine.
        cargo_install(
            cache,
            &dir,
            &["wasm-bindgen-cli", "--version", version],
            &format!("wasm-bindgen-{version}"),
        )?;
        if !check() {
            return Err(format!(
                "{} does not hold wasm-bindgen and wasm-bindgen-test-runner {version} after installing",
                bin.display()
            ));
        }
        ok(&format!("wasm-bindgen {version}"), "installed");
    }
    Ok(bin)
}

/// The wasm splitter (`wasm-split-cli`, from the `wasm_split_cli_support` crate with its
/// `build-binary` feature): `cargo xtask dist` splits the release wasm by view with it.
/// The binary prints no version, so the check reads what `cargo install` recorded in its root.
fn wasm_split(cache: &Path) -> Result<PathBuf> {
    let version = tools::WASM_SPLIT_VERSION;
    let dir = cache.join(format!("{}-{version}", tools::WASM_SPLIT_CRATE));
    let bin = dir.join("bin");
    let check = || {
        bin.join(tools::WASM_SPLIT_BIN).is_file()
            && std::fs::read_to_string(dir.join(".crates.toml"))
                .is_ok_and(|t| t.contains(&format!("\"{} {version} ", tools::WASM_SPLIT_CRATE)))
    };
    let what = format!("{} {version}", tools::WASM_SPLIT_CRATE);
    if check() {
        ok(&what, "cached");
    } else {
        mkdir(cache)?;
        // --locked: the release's own lockfile is what its tests ran with.
        cargo_install(
            cache,
            &dir,
            &[
                tools::WASM_SPLIT_CRATE,
                "--version",
                version,
                "--features",
                "build-binary",
                "--locked",
            ],
            &format!("{}-{version}", tools::WASM_SPLIT_CRATE),
        )?;
        if !check() {
            return Err(format!(
                "{} holds no {} {version} after installing",
                dir.display(),
                tools::WASM_SPLIT_BIN
            ));
        }
        ok(&what, "installed");
    }
    Ok(bin)
}

fn mkdir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Whether `npm ci` must run: no install yet, or package-lock.json changed
/// since npm last wrote node_modules/.package-lock.json.
fn npm_ci_needed(lock: Option<SystemTime>, installed: Option<SystemTime>) -> bool {
    match (lock, installed) {
        (Some(lock), Some(installed)) => lock > installed,
        _ => true,
    }
}

/// The major version in `node --version` output such as `v20.11.1`.
fn node_major(output: &str) -> Option<u32> {
    output
        .trim()
        .strip_prefix('v')?
        .split('.')
        .next()?
        .parse()
        .ok()
}

fn npm(root: &Path) -> Result<PathBuf> {
    let node = cmd::output(Command::new("node").arg("--version")).map_err(|e| {
        format!(
            "{e}\nNode.js 20 or newer (with npm) is needed for wasm-opt and the end-to-end tests"
        )
    })?;
    match node_major(&node) {
        Some(major) if major >= 20 => {}
        _ => {
            return Err(format!(
                "Node.js 20 or newer is needed (playwright-core requires it); found {node}"
            ))
        }
    }
    let node_modules = root.join("node_modules");
    if npm_ci_needed(
        modified(&root.join("package-lock.json")),
        modified(&node_modules.join(".package-lock.json")),
    ) {
        cmd::run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(root),
        )?;
        ok(&format!("npm packages, node {node}"), "installed");
    } else {
        ok(&format!("npm packages, node {node}"), "cached");
    }
    Ok(node_modules.join(".bin"))
}

/// The version word of `wasm-opt --version` output, read as trunk reads it.
fn wasm_opt_version(output: &str) -> Option<&str> {
    output.split(' ').nth(2)
}

fn wasm_opt(node_bin: &Path) -> Result<()> {
    let bin = node_bin.join("wasm-opt");
    let output = cmd::version_of(&bin, "--version").ok_or_else(|| {
        format!(
            "{} is missing or broken: is binaryen in package.json?",
            bin.display()
        )
    })?;
    if wasm_opt_version(&output) != Some(tools::WASM_OPT_VERSION) {
        return Err(format!(
            "{} reports `{output}`, not binaryen {}: fix the binaryen pin in package.json and \
             package-lock.json (never use Debian's binaryen)",
            bin.display(),
            tools::WASM_OPT_VERSION
        ));
    }
    ok(
        &format!("wasm-opt {}", tools::WASM_OPT_VERSION),
        "node_modules",
    );
    Ok(())
}

/// The version in `chromium --version` / `chromedriver --version` output.
fn version_word(output: &str) -> &str {
    output.split_whitespace().nth(1).unwrap_or(output)
}

/// The major version in `chromium --version` / `chromedriver --version` output.
fn browser_major(output: &str) -> Option<&str> {
    output.split_whitespace().nth(1)?.split('.').next()
}

/// Installs Debian `packages` (as root), or says how to when not root; `what` names them in
/// the error and the log's file name.
fn apt_install(packages: &[&str], what: &str, missing: &str) -> Result<()> {
    let list = packages.join(" ");
    if !cmd::is_root() {
        return Err(format!(
            "{missing} is missing: install the Debian packages {list} \
             (as root: apt-get update && apt-get install -y {list})"
        ));
    }
    let logs = tools::cache_root()?.join("logs");
    cmd::run_logged(
        Command::new("apt-get").arg("update"),
        &logs.join("apt-update.log"),
    )?;
    cmd::run_logged(
        Command::new("apt-get")
            .args(["install", "-y"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
        &logs.join(format!("apt-install-{what}.log")),
    )
}

/// The first of `paths` that does not exist.
fn first_missing<'a>(paths: &[&'a str]) -> Option<&'a str> {
    paths.iter().copied().find(|p| !Path::new(p).exists())
}

fn chromium() -> Result<()> {
    let (chromium, driver) = (Path::new(tools::CHROMIUM), Path::new(tools::CHROMEDRIVER));
    let mut installed = false;
    if let Some(missing) = first_missing(&[tools::CHROMIUM, tools::CHROMEDRIVER]) {
        apt_install(&tools::CHROMIUM_PACKAGES, "chromium", missing)?;
        installed = true;
    }
    let how = if installed {
        "installed"
    } else {
        "system package"
    };
    let chromium_version = cmd::version_of(chromium, "--version")
        .ok_or_else(|| format!("{} --version fails", tools::CHROMIUM))?;
    let driver_version = cmd::version_of(driver, "--version")
        .ok_or_else(|| format!("{} --version fails", tools::CHROMEDRIVER))?;
    if browser_major(&chromium_version) != browser_major(&driver_version) {
        return Err(format!(
            "`{chromium_version}` and `{driver_version}` differ: upgrade both Debian packages \
             together (apt-get install -y {})",
            tools::CHROMIUM_PACKAGES.join(" ")
        ));
    }
    ok(
        &format!("chromium {}", version_word(&chromium_version)),
        how,
    );
    ok(
        &format!("chromedriver {}", version_word(&driver_version)),
        how,
    );
    Ok(())
}

/// The end-to-end tier's other two engines: Firefox ESR, and WebKitGTK's driver and browser
/// with the X server it draws into.
fn engines() -> Result<()> {
    let paths = [
        tools::FIREFOX,
        tools::WEBKIT_DRIVER,
        tools::MINIBROWSER,
        tools::XVFB,
    ];
    let how = match first_missing(&paths) {
        Some(missing) => {
            apt_install(&tools::ENGINE_PACKAGES, "engines", missing)?;
            if let Some(still) = first_missing(&paths) {
                return Err(format!(
                    "{still} is still missing after installing {}",
                    tools::ENGINE_PACKAGES.join(" ")
                ));
            }
            "installed"
        }
        None => "system package",
    };
    let firefox = cmd::version_of(Path::new(tools::FIREFOX), "--version")
        .ok_or_else(|| format!("{} --version fails", tools::FIREFOX))?;
    // WebKitWebDriver has no --version; its package's is WebKitGTK's.
    let webkit = cmd::output(Command::new("dpkg-query").args([
        "-W",
        "-f",
        "${Version}",
        "webkit2gtk-driver",
    ]))?;
    ok(firefox.trim(), how);
    ok(
        &format!("WebKitGTK {} (WebKitWebDriver, MiniBrowser)", webkit.trim()),
        how,
    );
    ok("Xvfb", how);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn version_output_must_match_name_and_version() {
        assert!(reports_version(Some("trunk 0.21.14"), "trunk", "0.21.14"));
        assert!(reports_version(
            Some("wasm-bindgen 0.2.130 (abc123)"),
            "wasm-bindgen",
            "0.2.130"
        ));
        assert!(!reports_version(Some("trunk 0.22.0"), "trunk", "0.21.14"));
        assert!(!reports_version(Some("trunk 0.21.140"), "trunk", "0.21.14"));
        assert!(!reports_version(None, "trunk", "0.21.14"));
    }

    #[test]
    fn npm_ci_runs_when_missing_or_stale() {
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
        let later = t + Duration::from_secs(1);
        assert!(npm_ci_needed(Some(t), None));
        assert!(npm_ci_needed(None, None));
        assert!(npm_ci_needed(Some(later), Some(t)));
        assert!(!npm_ci_needed(Some(t), Some(later)));
        assert!(!npm_ci_needed(Some(t), Some(t)));
    }

    #[test]
    fn parses_tool_versions() {
        assert_eq!(node_major("v20.20.2\n"), Some(20));
        assert_eq!(node_major("20.1"), None);
        assert_eq!(
            wasm_opt_version("wasm-opt version 132 (version_132)"),
            Some("132")
        );
        assert_eq!(wasm_opt_version("wasm-opt version 108"), Some("108"));
        assert_eq!(
            browser_major("Chromium 156.0.8078.79 built on Debian"),
            Some("156")
        );
        assert_eq!(
            browser_major("ChromeDriver 156.0.8078.79 (abc)"),
            Some("156")
        );
    }
}
