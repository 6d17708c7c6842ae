//! The editor's commands of the CLI: `import` and `propose`. Each prints what it did; bad input
//! is reported with its file (and line) and a non-zero exit code, never a panic.

use std::path::Path;
use std::process::ExitCode;

use summitry_editor::import::{self, Tool};
use summitry_editor::propose;

/// `import --from TOOL FILE --out DIR`.
pub fn import(
    from: Option<&str>,
    file: Option<&Path>,
    out: Option<&Path>,
) -> Result<ExitCode, String> {
    let from = from.ok_or("import needs --from timelinejs or --from storymapjs")?;
    let tool = Tool::named(from)
        .ok_or_else(|| format!("unknown --from `{from}`: use timelinejs or storymapjs"))?;
    let file = file.ok_or("import needs the FILE to read")?;
    let out = out.ok_or("import needs --out DIR, the folder to write the dataset into")?;
    let imported = match import::import(tool, file) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    if let Err(e) = imported.write(out) {
        eprintln!("{e}");
        return Ok(ExitCode::FAILURE);
    }
    print!("{}", imported.summary());
    println!(
        "wrote the dataset to {}; next: summitry-editor check --data {}",
        out.display(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `propose ARTICLE --published DATE [--data DIR] --out FILE`.
///
/// Exit code 0: a draft with nothing to flag; 2: a draft was written, but the article has no
/// direct quotes or a date could not be resolved (each named with its line); 1: nothing written.
pub fn propose(
    article: Option<&Path>,
    published: Option<&str>,
    data: Option<&Path>,
    out: Option<&Path>,
) -> Result<ExitCode, String> {
    let article = article.ok_or("propose needs the ARTICLE.txt to read")?;
    let published = published.ok_or("propose needs --published YYYY-MM-DD, the article's date")?;
    let out = out.ok_or("propose needs --out draft.toml, the file to write the draft to")?;
    let dataset = match data {
        Some(dir) => {
            match summitry_check::load(dir) {
                Ok(ds) => Some(ds),
                Err(report) => {
                    eprintln!("{report}");
                    eprintln!("(propose matches speakers and places against a dataset that passes `check`)");
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
        None => None,
    };
    let draft = match propose::propose_file(article, published, dataset.as_ref()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    if let Err(e) = std::fs::write(out, draft.to_toml()) {
        eprintln!("cannot write {}: {e}", out.display());
        return Ok(ExitCode::FAILURE);
    }
    print!("{}", draft.summary());
    println!("wrote the draft to {}", out.display());
    for w in &draft.warnings {
        eprintln!("{w}");
    }
    Ok(if draft.warnings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
