//! Running other programs, with errors that say what failed and how.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::Result;

/// The command line as a shell would show it, for logs and errors.
pub fn display(cmd: &Command) -> String {
    let program = Path::new(cmd.get_program());
    // `$CARGO` is a long toolchain path; the bare name reads better and runs the same.
    let mut line = match program.file_name() {
        Some(name) if name == "cargo" => String::from("cargo"),
        _ => program.to_string_lossy().into_owned(),
    };
    for arg in cmd.get_args() {
        let arg = arg.to_string_lossy();
        line.push(' ');
        if arg.is_empty() || arg.contains(char::is_whitespace) {
            line.push_str(&format!("'{arg}'"));
        } else {
            line.push_str(&arg);
        }
    }
    line
}

fn spawn_error(cmd: &Command, e: io::Error) -> String {
    let program = cmd.get_program().to_string_lossy();
    if e.kind() == io::ErrorKind::NotFound {
        format!("`{program}` not found (needed for `{}`)", display(cmd))
    } else {
        format!("cannot start `{}`: {e}", display(cmd))
    }
}

/// Runs `cmd` with the terminal as its input and output, after echoing it.
pub fn run(cmd: &mut Command) -> Result<()> {
    println!("$ {}", display(cmd));
    let status = cmd.status().map_err(|e| spawn_error(cmd, e))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", display(cmd)))
    }
}

/// Runs `cmd` quietly and returns its standard output, trimmed.
pub fn output(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| spawn_error(cmd, e))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    } else {
        Err(format!(
            "`{}` failed ({}):\n{}",
            display(cmd),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// The first line `program arg` prints, or `None` when it is missing or fails.
pub fn version_of(program: &Path, arg: &str) -> Option<String> {
    // Not is_file(): a dangling symlink must count as missing too.
    if !program.exists() {
        return None;
    }
    let text = output(Command::new(program).arg(arg)).ok()?;
    Some(text.lines().next().unwrap_or("").trim().to_owned())
}

/// Runs a long, chatty `cmd` with its output in the file `log`; on failure the
/// log's last lines are printed, so the cause shows without scrolling.
pub fn run_logged(cmd: &mut Command, log: &Path) -> Result<()> {
    if let Some(dir) = log.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let file = File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let file2 = file
        .try_clone()
        .map_err(|e| format!("cannot reopen {}: {e}", log.display()))?;
    println!("$ {}  (log: {})", display(cmd), log.display());
    let status = cmd
        .stdin(Stdio::null())
        .stdout(file)
        .stderr(file2)
        .status()
        .map_err(|e| spawn_error(cmd, e))?;
    if status.success() {
        return Ok(());
    }
    Err(format!(
        "`{}` failed ({status}); last lines of {}:\n{}",
        display(cmd),
        log.display(),
        tail(log, 40)
    ))
}

/// The last `lines` lines of the file at `path` (best effort: it only reports).
fn tail(path: &Path, lines: usize) -> String {
    let Ok(mut file) = File::open(path) else {
        return String::from("(log unreadable)");
    };
    // The end of a cargo log is enough; reading a whole multi-megabyte log is not needed.
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let _ = file.seek(SeekFrom::Start(len.saturating_sub(64 * 1024)));
    let mut bytes = Vec::new();
    let _ = file.read_to_end(&mut bytes);
    last_lines(&String::from_utf8_lossy(&bytes), lines)
}

fn last_lines(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// Whether this process runs as root, asked of `id -u` so no libc binding is needed.
pub fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_ok_and(|uid| uid == "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_quotes_arguments_with_spaces() {
        let mut cmd = Command::new("cargo");
        cmd.args(["run", "a b", ""]);
        assert_eq!(display(&cmd), "cargo run 'a b' ''");
        let cmd = Command::new("/root/.rustup/toolchains/stable/bin/cargo");
        assert_eq!(display(&cmd), "cargo");
        let cmd = Command::new("/opt/tools/trunk");
        assert_eq!(display(&cmd), "/opt/tools/trunk");
    }

    #[test]
    fn last_lines_keeps_the_end() {
        assert_eq!(last_lines("a\nb\nc\n", 2), "b\nc");
        assert_eq!(last_lines("a", 5), "a");
    }

    #[test]
    fn missing_program_is_named() {
        let err = run(&mut Command::new("summitry-no-such-program")).unwrap_err();
        assert!(
            err.contains("`summitry-no-such-program` not found"),
            "{err}"
        );
    }
}
