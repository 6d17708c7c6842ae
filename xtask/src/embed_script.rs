//! `dist/summitry-embed.js`: the whole widget as one classic script for script embeds
//! (`<div data-summitry></div><script src=".../summitry-embed.js" defer></script>`).
//!
//! A classic script, not a module, so a host page can load it from another origin without CORS,
//! and with the wasm inlined, so it needs no second request and no path to resolve.

use std::path::{Path, PathBuf};

use base64::Engine;

use crate::Result;

/// Turns wasm-bindgen's ES-module glue (`--target web`) and the wasm into one classic script that
/// instantiates synchronously and runs the widget's entry point (which mounts every
/// `[data-summitry]` element).
pub fn classic_script(glue: &str, wasm: &[u8]) -> Result<String> {
    let mut body = String::with_capacity(glue.len() + wasm.len() * 4 / 3 + 256);
    let mut saw_export_list = false;
    for line in glue.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("import ") {
            return Err(format!(
                "the wasm-bindgen glue imports another module (`{trimmed}`); a classic script cannot"
            ));
        }
        if trimmed.starts_with("export {") {
            saw_export_list = true;
            continue;
        }
        let line = line
            .strip_prefix("export ")
            .unwrap_or(line)
            // Only the default path of `__wbg_init` uses it; `initSync` below never does.
            .replace("import.meta.url", "document.baseURI");
        body.push_str(&line);
        body.push('\n');
    }
    if !saw_export_list || !body.contains("function initSync") {
        return Err(
            "this does not look like wasm-bindgen `--target web` glue (no initSync export)".into(),
        );
    }
    let b64 = base64::engine::general_purpose::STANDARD.encode(wasm);
    Ok(format!(
        "/*! Summitry script embed: mounts the widget in every [data-summitry] element. */\n\
         (function () {{\n\"use strict\";\n{body}\n\
         initSync({{ module: Uint8Array.from(atob(\"{b64}\"), function (c) {{ return c.charCodeAt(0); }}) }});\n\
         }})();\n"
    ))
}

/// Writes `dist/summitry-embed.js` from the glue and wasm trunk put in `dist`.
pub fn write(dist: &Path) -> Result<PathBuf> {
    let mut glue = None;
    let mut wasm = None;
    let entries =
        std::fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("summitry-") && name.ends_with("_bg.wasm") {
            wasm = Some(entry.path());
        } else if name.starts_with("summitry-")
            && name.ends_with(".js")
            && name != "summitry-embed.js"
        {
            glue = Some(entry.path());
        }
    }
    let (Some(glue), Some(wasm)) = (glue, wasm) else {
        return Err(format!(
            "no summitry-*.js and summitry-*_bg.wasm in {}: run the release build first",
            dist.display()
        ));
    };
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let glue_text =
        String::from_utf8(read(&glue)?).map_err(|_| format!("{} is not UTF-8", glue.display()))?;
    let script = classic_script(&glue_text, &read(&wasm)?)?;
    let out = dist.join("summitry-embed.js");
    std::fs::write(&out, script).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLUE: &str = "export class Thing {\n}\nfunction initSync(module) {\n  return 1;\n}\nasync function __wbg_init(m) {\n  m = new URL('x_bg.wasm', import.meta.url);\n}\nexport { initSync, __wbg_init as default };\n";

    #[test]
    fn the_module_becomes_a_classic_script_that_starts_itself() {
        let s = classic_script(GLUE, &[0, 97, 115, 109]).unwrap();
        assert!(!s.contains("export "), "{s}");
        assert!(!s.contains("import.meta"), "{s}");
        assert!(s.contains("class Thing"));
        assert!(s.starts_with("/*!") && s.trim_end().ends_with("})();"));
        assert!(s.contains("initSync({ module: Uint8Array.from(atob(\"AGFzbQ==\")"));
    }

    #[test]
    fn glue_that_imports_modules_is_refused() {
        let glue = format!("import * as snip from './snippets/x.js';\n{GLUE}");
        assert!(classic_script(&glue, &[])
            .unwrap_err()
            .contains("imports another module"));
    }

    #[test]
    fn something_else_is_refused() {
        assert!(classic_script("console.log(1)", &[]).is_err());
    }
}
