//! `cargo xtask size [--why]`: the release build against the size budget, and with `--why`, where
//! the wasm's bytes go (twiggy on the same wasm with its function names kept), so the next person
//! can repeat the attribution.

use std::collections::BTreeMap;
use std::process::Command;

use crate::budget::{self, Budget};
use crate::sizes::human;
use crate::tools::{self, Toolchain};
use crate::{bootstrap, cmd, dist, workspace, Result};

/// The twiggy release `--why` installs into the tool cache.
pub const TWIGGY_VERSION: &str = "0.8.0";

/// Parses the arguments, builds, prints the budget table and, with `--why`, the attribution.
pub fn run(args: &[String]) -> Result<()> {
    let mut why = false;
    for arg in args {
        match arg.as_str() {
            "--why" => why = true,
            other => {
                return Err(format!(
                    "unknown argument `{other}` (size takes only --why)"
                ))
            }
        }
    }
    let tools = bootstrap::run()?;
    let (dist, built) = dist::build_listed(&tools, true)?;
    let verdict = budget::check(&Budget::read()?, &budget::weigh(&dist, &built)?);
    if why {
        attribute(&tools)?;
    }
    match verdict {
        Ok(table) => {
            println!("\nsize budget ({}):\n{table}", budget::FILE);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Rebuilds the release wasm the way trunk does (wasm-bindgen, then wasm-opt -Oz) but keeping the
/// names section, and prints twiggy's view of it: by crate, the largest items, the dominator tree.
fn attribute(tools: &Toolchain) -> Result<()> {
    let twiggy = tools::cargo_install("twiggy", TWIGGY_VERSION, "twiggy", &["--version"])?;
    let root = workspace::root();
    let raw = workspace::target_dir()
        .join(tools::WASM_TARGET)
        .join("release")
        .join("summitry.wasm");
    if !raw.is_file() {
        return Err(format!(
            "{} is missing after the release build",
            raw.display()
        ));
    }
    let out = workspace::target_dir().join("size-why");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    cmd::run(
        Command::new(tools.wasm_bindgen_bin.join("wasm-bindgen"))
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--keep-debug",
                "--out-dir",
            ])
            .arg(&out)
            .arg(&raw),
    )?;
    let bound = out.join("summitry_bg.wasm");
    let named = out.join("named.wasm");
    // -g keeps the names section through the same optimisation trunk applies (data-wasm-opt="z").
    cmd::run(
        Command::new(tools.node_bin.join("wasm-opt"))
            .args([
                "-Oz",
                "-g",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
            ])
            .arg(&bound)
            .arg("-o")
            .arg(&named)
            .current_dir(&root),
    )?;
    let top = capture(
        Command::new(&twiggy)
            .args(["top", "--format", "csv", "-n", "100000"])
            .arg(&named),
    )?;
    let items = parse_top(&top);
    let total: u64 = items.iter().map(|(_, size)| size).sum();
    println!(
        "\nwhere the wasm's bytes go ({}, names kept; raw bytes, before gzip)",
        named.display()
    );
    println!("\nby crate (the first path segment of each item's name):");
    for (krate, size) in by_crate(&items).into_iter().take(25) {
        println!(
            "  {:>10}  {:>5.1}%  {krate}",
            human(size),
            100.0 * size as f64 / total.max(1) as f64
        );
    }
    println!("\nlargest items:");
    for (name, size) in items.iter().take(30) {
        println!("  {:>10}  {}", human(*size), shorten(name, 110));
    }
    println!("\ndominators (what keeps what alive), 3 levels:");
    let dom = capture(
        Command::new(&twiggy)
            .args(["dominators", "-d", "3", "-r", "40"])
            .arg(&named),
    )?;
    print!("{dom}");
    println!(
        "\nrepeat: twiggy {{top,dominators,paths,garbage}} {}",
        named.display()
    );
    Ok(())
}

fn capture(c: &mut Command) -> Result<String> {
    let out = c.output().map_err(|e| format!("cannot run {c:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{c:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// twiggy's `top --format csv` rows as (name, shallow bytes), largest first. The columns are
/// Name, ShallowSize, ...; a name with commas or quotes is quoted, with `""` for a quote. The
/// names section itself is left out: it exists only in this build, not in the shipped wasm.
fn parse_top(csv: &str) -> Vec<(String, u64)> {
    let mut rows: Vec<(String, u64)> = csv
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (name, rest) = if let Some(quoted) = line.strip_prefix('"') {
                let mut name = String::new();
                let mut chars = quoted.char_indices().peekable();
                let mut end = None;
                while let Some((i, c)) = chars.next() {
                    if c == '"' {
                        if chars.peek().is_some_and(|(_, n)| *n == '"') {
                            chars.next();
                            name.push('"');
                        } else {
                            end = Some(i + 1);
                            break;
                        }
                    } else {
                        name.push(c);
                    }
                }
                (name, quoted[end?..].strip_prefix(',')?)
            } else {
                let (name, rest) = line.split_once(',')?;
                (name.to_string(), rest)
            };
            let size = rest.split(',').next()?.trim().parse().ok()?;
            Some((name, size))
        })
        .filter(|(name, _)| !name.contains("\"function names\" subsection"))
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    rows
}

/// The crate an item belongs to: the first `::` segment of its demangled name, without generic
/// wrappers (`<leptos::...>` is leptos; `core::fmt::...` is core); data and tables by their kind.
fn crate_of(name: &str) -> String {
    let n = name
        .trim_start_matches(['<', '&', '*', ' '])
        .trim_start_matches("mut ")
        .trim_start_matches("dyn ");
    if let Some((first, _)) = n.split_once("::") {
        // `<f64 as core[c5930c85a12de822]::fmt::Display>::fmt` is core's.
        let word = first.rsplit(' ').next().unwrap_or(first);
        return word.split('[').next().unwrap_or(word).to_string();
    }
    if n.starts_with("data[") || n.starts_with("data segment") {
        return "(data segments)".into();
    }
    if n.starts_with("code[") {
        return "(unnamed functions)".into();
    }
    if n.starts_with("elem[") || n.starts_with("table[") {
        return "(tables)".into();
    }
    "(other)".into()
}

/// Bytes per crate, largest first.
fn by_crate(items: &[(String, u64)]) -> Vec<(String, u64)> {
    let mut sums: BTreeMap<String, u64> = BTreeMap::new();
    for (name, size) in items {
        *sums.entry(crate_of(name)).or_default() += size;
    }
    let mut v: Vec<(String, u64)> = sums.into_iter().collect();
    v.sort_by_key(|r| std::cmp::Reverse(r.1));
    v
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twiggy_rows_are_read_largest_first_even_with_commas_in_names() {
        let csv = "Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent\n\
                   \"\"\"function names\"\" subsection\",250551,28.9,,\n\
                   data[0],100,10.0,,\n\
                   \"<alloc::vec::Vec<T,A> as core::fmt::Debug>::fmt\",300,30.0,,\n\
                   leptos::mount::mount_to::h1,200,20.0,,\n";
        let rows = parse_top(csv);
        assert_eq!(
            rows[0],
            (
                "<alloc::vec::Vec<T,A> as core::fmt::Debug>::fmt".into(),
                300
            )
        );
        assert_eq!(rows[1].1, 200);
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn items_are_summed_by_the_crate_their_name_starts_with() {
        let items = vec![
            ("leptos::a".to_string(), 5),
            ("<leptos::b as core::ops::Fn>::call".to_string(), 7),
            ("core[c5930c85a12de822]::fmt::write".to_string(), 3),
            ("data[2]".to_string(), 11),
            (
                "<f64 as core[c5930c85a12de822]::fmt::Display>::fmt".to_string(),
                1,
            ),
        ];
        assert_eq!(
            by_crate(&items),
            [
                ("leptos".to_string(), 12),
                ("(data segments)".to_string(), 11),
                ("core".to_string(), 4)
            ]
        );
    }
}
