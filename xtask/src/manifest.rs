//! What the build's renderer (`summitry-build`, a trunk hook) wrote into dist/: the list in
//! `dist/.summitry-build` and the script embed's opening view in `dist/.summitry-embed.html`.

use std::path::Path;

use crate::Result;

/// The list's file name in dist/.
pub const LIST: &str = ".summitry-build";
/// The script embed's opening view, in dist/.
pub const EMBED_HTML: &str = ".summitry-embed.html";

/// The files of one build, relative to dist/.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Manifest {
    /// The wasm-bindgen glue (an ES module).
    pub glue: String,
    /// The wasm.
    pub wasm: String,
    /// The one stylesheet.
    pub css: String,
    /// The page loader.
    pub boot: String,
    /// The dataset's core file.
    pub core: String,
    /// Its chunk files, oldest first.
    pub chunks: Vec<String>,
}

impl Manifest {
    /// Parses the `key value` lines of the list.
    pub fn parse(text: &str) -> Result<Manifest> {
        let mut m = Manifest::default();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let (key, value) = line
                .split_once(' ')
                .ok_or_else(|| format!("{LIST}: cannot read `{line}`"))?;
            let value = value.trim().to_string();
            match key {
                "glue" => m.glue = value,
                "wasm" => m.wasm = value,
                "css" => m.css = value,
                "boot" => m.boot = value,
                "core" => m.core = value,
                "chunk" => m.chunks.push(value),
                other => return Err(format!("{LIST}: unknown key `{other}`")),
            }
        }
        for (name, v) in [
            ("glue", &m.glue),
            ("wasm", &m.wasm),
            ("css", &m.css),
            ("boot", &m.boot),
            ("core", &m.core),
        ] {
            if v.is_empty() {
                return Err(format!("{LIST} names no {name} file"));
            }
        }
        Ok(m)
    }

    /// Reads the list in `dist`.
    pub fn read(dist: &Path) -> Result<Manifest> {
        let path = dist.join(LIST);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "cannot read {}: {e} (the trunk hook `summitry-build` writes it; see Trunk.toml)",
                path.display()
            )
        })?;
        Manifest::parse(&text)
    }
}

/// `s` as a JSON (and so JavaScript) string literal; `</` is escaped so the literal can sit inside
/// an inline `<script>`.
pub fn js_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out.replace("</", "<\\/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_names_every_file() {
        let m = Manifest::parse(
            "glue a.js\nwasm a_bg.wasm\ncss s.css\nboot b.js\ncore data/c.bin\nchunk data/e1.bin\nchunk data/e2.bin\n",
        )
        .unwrap();
        assert_eq!(m.core, "data/c.bin");
        assert_eq!(m.chunks, ["data/e1.bin", "data/e2.bin"]);
    }

    #[test]
    fn a_list_missing_a_file_is_an_error() {
        let err = Manifest::parse("glue a.js\nwasm a_bg.wasm\n").unwrap_err();
        assert!(err.contains("names no css"), "{err}");
    }

    #[test]
    fn strings_are_safe_inside_a_script_element() {
        assert_eq!(js_string("a\"b\\c\n</script>"), r#""a\"b\\c\n<\/script>""#);
    }
}
