//! Validates data/ and compiles it into the widget.
//!
//! A bad dataset fails the build (and so `trunk build` and `trunk serve`) with the same messages as
//! `cargo run -p summitry-data -- check`, so an editor sees file, line, item and field.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("data");
    println!("cargo:rerun-if-changed=data");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));

    let dataset = match summitry_data::load(&data) {
        Ok(ds) => ds,
        Err(report) => {
            eprintln!("\nThe dataset in data/ has problems; the widget was not built.\n");
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
    let bytes = postcard::to_allocvec(&dataset).expect("the dataset serialises");
    std::fs::write(out.join("dataset.bin"), bytes).expect("OUT_DIR is writable");

    // The open data a reader downloads and the JSON-LD for search engines, generated from the same
    // validated dataset so they can never disagree with what the widget shows.
    use summitry_data::export;
    let write = |name: &str, text: String| {
        std::fs::write(out.join(name), text).expect("OUT_DIR is writable")
    };
    write("summitry.json", export::to_json_string(&dataset));
    write("events.csv", export::events_csv(&dataset));
    write("statements.csv", export::statements_csv(&dataset));
    // `</` cannot end a JSON string, so the JSON-LD is safe inside a <script> element.
    write(
        "jsonld.json",
        export::to_json_ld(&dataset)
            .to_string()
            .replace("</", "<\\/"),
    );

    write_countries(root, &out);
}

/// Projects, clips and simplifies Natural Earth's countries (via world-atlas) for the map, and
/// writes them as a Rust table, so the widget draws its map with no network.
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
