//! Validates the dataset and prepares what the widget's code needs at compile time.
//!
//! A bad dataset fails the build (and so `trunk build` and `trunk serve`) with the same messages as
//! `cargo run -p summitry-editor -- check`, so an editor sees file, line, item and field. The
//! dataset itself is not compiled into the wasm: the build's renderer (`summitry-build`) packs it
//! into data files beside the page. Here we write the projected country outlines (drawn by that
//! renderer) and, for the browser tests, the whole dataset as one core file.

use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-env-changed=SUMMITRY_DATA");
    let data = match std::env::var_os("SUMMITRY_DATA").filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => root.join("data"),
    };
    println!("cargo:rerun-if-changed={}", data.display());
    // The split (xtask/src/split.rs) reads the linker's relocations to move functions between
    // modules; a link argument of this crate's wasm only, so no dependency is rebuilt for it.
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32"))
    {
        println!("cargo:rustc-link-arg-bin=summitry=--emit-relocs");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));

    let dataset = match summitry_check::load(&data) {
        Ok(ds) => ds,
        Err(report) => {
            eprintln!(
                "\nThe dataset in {} has problems; the widget was not built.\n",
                data.display()
            );
            for p in &report.problems {
                eprintln!("  {p}");
                // Also as a cargo warning, which trunk and IDEs surface prominently.
                println!("cargo:warning={p}");
            }
            eprintln!(
                "\n{} problem(s). Fix them and build again.",
                report.problems.len()
            );
            std::process::exit(1);
        }
    };
    // The browser tests mount the widget on the whole dataset, with no chunk to fetch.
    let policy = summitry_check::pack::Policy {
        inline_all: usize::MAX,
        ..Default::default()
    };
    let pack = summitry_check::pack::pack(&dataset, policy);
    std::fs::write(out.join("core.bin"), pack.core).expect("OUT_DIR is writable");
    // The scale tests (feature `scale-tests`) also fetch chunks: the dataset as the build ships
    // it, a core and chunk files, in one postcard file `(core, [(file name, bytes)])`.
    if std::env::var_os("CARGO_FEATURE_SCALE_TESTS").is_some() {
        let pack = summitry_check::pack::pack(&dataset, Default::default());
        let bundle = postcard::to_allocvec(&(pack.core, pack.chunks)).expect("bytes serialise");
        std::fs::write(out.join("chunked.bin"), bundle).expect("OUT_DIR is writable");
    }

    write_countries(root, &out);
}

/// Projects, clips and simplifies Natural Earth's countries (via world-atlas) for the map, and
/// writes them as a Rust table for the build's renderer, so the map needs no network.
fn write_countries(root: &Path, out: &Path) {
    let atlas = root.join("vendor/world-atlas/countries-50m.json");
    println!("cargo:rerun-if-changed={}", atlas.display());
    let topojson = std::fs::read_to_string(&atlas)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", atlas.display()));
    let viewport = summitry_geo::Viewport::europe();
    let paths = summitry_geo::country_paths(&topojson, &viewport, summitry_geo::DEFAULT_TOLERANCE)
        .unwrap_or_else(|e| panic!("cannot decode {}: {e}", atlas.display()));
    let mut rs = String::from(
        "/// Countries in the map's view: (ISO alpha-2 or \"\", name, SVG path data).\n\
         pub static COUNTRIES: &[(&str, &str, &str)] = &[\n",
    );
    for c in &paths {
        rs.push_str(&format!(
            "    ({:?}, {:?}, {:?}),\n",
            c.alpha2.as_deref().unwrap_or(""),
            c.name,
            c.d
        ));
    }
    rs.push_str("];\n");
    std::fs::write(out.join("countries.rs"), rs).expect("OUT_DIR is writable");
}
