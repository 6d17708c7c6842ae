//! `summitry-editor`: check the dataset, export it as open data, import a Knight Lab file, or
//! draft items from an article.
//!
//! ```text
//! summitry-editor check   [--data DIR] [--sources DIR]
//! summitry-editor export  [--data DIR] [--format json|csv | --to timelinejs] [--out DIR]
//! summitry-editor import  --from timelinejs|storymapjs FILE --out DIR
//! summitry-editor propose ARTICLE.txt --published YYYY-MM-DD [--data DIR] --out draft.toml
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use summitry_check::{export, load_checked};

mod editor;

const USAGE: &str = "usage:
  summitry-editor check   [--data DIR] [--sources DIR]
  summitry-editor export  [--data DIR] [--format json|csv | --to timelinejs] [--out DIR]
  summitry-editor import  --from timelinejs|storymapjs FILE --out DIR
  summitry-editor propose ARTICLE.txt --published YYYY-MM-DD [--data DIR] --out draft.toml

  --data DIR     the dataset folder (default: data/ of the Summitry workspace)
  --sources DIR  also check every quote against the article texts in DIR
  --format       json (default) or csv (events.csv and statements.csv; needs --out)
  --to           timelinejs: the events as a TimelineJS 3 JSON file (timeline.json with --out)
  --out DIR      write files into DIR instead of JSON to standard output
  --from         import: the tool FILE comes from (a TimelineJS sheet saved as CSV, a
                 TimelineJS JSON file, or a StoryMapJS JSON file)
  --published    propose: the article's publication date, which relative dates count from";

struct Args {
    command: String,
    data: PathBuf,
    /// Whether --data was given (propose reads the dataset only when asked to).
    data_given: bool,
    sources: Option<PathBuf>,
    format: String,
    out: Option<PathBuf>,
    to: Option<String>,
    from: Option<String>,
    published: Option<String>,
    /// The file an import or a proposal reads.
    input: Option<PathBuf>,
}

fn parse(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = it.next().ok_or("no command given")?;
    let mut args = Args {
        command,
        data: Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"),
        data_given: false,
        sources: None,
        format: "json".into(),
        out: None,
        to: None,
        from: None,
        published: None,
        input: None,
    };
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => {
                args.data = value()?.into();
                args.data_given = true;
            }
            "--sources" => args.sources = Some(value()?.into()),
            "--format" => args.format = value()?,
            "--out" => args.out = Some(value()?.into()),
            "--to" => args.to = Some(value()?),
            "--from" => args.from = Some(value()?),
            "--published" => args.published = Some(value()?),
            "-h" | "--help" => return Err(String::new()),
            file if !file.starts_with('-') && args.input.is_none() => {
                args.input = Some(file.into())
            }
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
        "export" if args.to.is_some() => match args.to.as_deref() {
            Some("timelinejs") => {
                let text = export::timelinejs::to_string(&ds);
                match &args.out {
                    Some(dir) => write(dir, "timeline.json", &text),
                    None => {
                        println!("{text}");
                        Ok(())
                    }
                }
            }
            other => Err(format!(
                "unknown export target `{}`: use --to timelinejs",
                other.unwrap_or_default()
            )),
        },
        "export" => match (args.format.as_str(), &args.out) {
            ("json", out) => {
                // With every language's texts, as the build writes it beside the page.
                let json =
                    export::json_with_translations(&args.data, &ds).map_err(|r| r.to_string())?;
                match out {
                    Some(dir) => write(dir, "summitry.json", &json),
                    None => {
                        println!("{json}");
                        Ok(())
                    }
                }
            }
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
    let outcome = parse(std::env::args().skip(1)).and_then(|args| match args.command.as_str() {
        "import" => editor::import(
            args.from.as_deref(),
            args.input.as_deref(),
            args.out.as_deref(),
        ),
        "propose" => editor::propose(
            args.input.as_deref(),
            args.published.as_deref(),
            args.data_given.then_some(args.data.as_path()),
            args.out.as_deref(),
        ),
        _ => run(args).map(|()| ExitCode::SUCCESS),
    });
    match outcome {
        Ok(code) => code,
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
