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
}
