//! `summitry-data`: check the dataset, or export it as open data.
//!
//! ```text
//! summitry-data check  [--data DIR] [--sources DIR]
//! summitry-data export [--data DIR] [--format json|csv] [--out DIR]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use summitry_data::{export, load_checked};

const USAGE: &str = "usage:
  summitry-data check  [--data DIR] [--sources DIR]
  summitry-data export [--data DIR] [--format json|csv] [--out DIR]

  --data DIR     the dataset folder (default: data/ of the Summitry workspace)
  --sources DIR  also check every quote against the article texts in DIR
  --format       json (default) or csv (events.csv and statements.csv; needs --out)
  --out DIR      write files into DIR instead of JSON to standard output";

struct Args {
    command: String,
    data: PathBuf,
    sources: Option<PathBuf>,
    format: String,
    out: Option<PathBuf>,
}

fn parse(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = it.next().ok_or("no command given")?;
    let mut args = Args {
        command,
        data: Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"),
        sources: None,
        format: "json".into(),
        out: None,
    };
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => args.data = value()?.into(),
            "--sources" => args.sources = Some(value()?.into()),
            "--format" => args.format = value()?,
            "--out" => args.out = Some(value()?.into()),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(args)
}

fn write(dir: &Path, name: &str, text: &str) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(name);
    std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

fn run(args: Args) -> Result<(), String> {
    let ds = load_checked(&args.data, args.sources.as_deref()).map_err(|r| r.to_string())?;
    match args.command.as_str() {
        "check" => {
            println!(
                "ok: {} sources, {} actors, {} places, {} topics, {} events, {} statements, {} claims{}",
                ds.sources.len(),
                ds.actors.len(),
                ds.places.len(),
                ds.topics.len(),
                ds.events.len(),
                ds.statements.len(),
                ds.claims.len(),
                if args.sources.is_some() { "; every quote found in its source" } else { "" }
            );
            Ok(())
        }
        "export" => match (args.format.as_str(), &args.out) {
            ("json", None) => {
                println!("{}", export::to_json_string(&ds));
                Ok(())
            }
            ("json", Some(dir)) => write(dir, "summitry.json", &export::to_json_string(&ds)),
            ("csv", Some(dir)) => {
                write(dir, "events.csv", &export::events_csv(&ds))?;
                write(dir, "statements.csv", &export::statements_csv(&ds))
            }
            ("csv", None) => Err("--format csv writes two files: give --out DIR".into()),
            (other, _) => Err(format!("unknown format `{other}`: use json or csv")),
        },
        other => Err(format!("unknown command `{other}`")),
    }
}

fn main() -> ExitCode {
    match parse(std::env::args().skip(1)).and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            if msg.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("{msg}");
            if !msg.contains("problem") {
                eprintln!("\n{USAGE}");
            }
            ExitCode::FAILURE
        }
    }
}
