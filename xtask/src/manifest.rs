//! What the build's renderer (`summitry-build`, a trunk hook) wrote into dist/: the list in
//! `dist/.summitry-build` and the script embed's opening view in `dist/.summitry-embed.html`.

use std::path::Path;

use sha2::{Digest, Sha256};

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
    /// The language of the page, its core and its views (`en` unless the list says).
    pub lang: String,
    /// The page (`index.html` unless the list says).
    pub page: String,
    /// The script embed's opening view ([`EMBED_HTML`] unless the list says).
    pub embed: String,
}

impl Manifest {
    /// What a file of this language's form is called: `summitry-embed.js` in English,
    /// `summitry-embed.uk.js` in Ukrainian (`stem` and `ext` split the English name).
    pub fn named(&self, stem: &str, ext: &str) -> String {
        if self.lang == "en" {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}.{}.{ext}", self.lang)
        }
    }

    /// The lists of every language's forms in `dist`: English first.
    pub fn read_all(dist: &Path) -> Result<Vec<Manifest>> {
        let mut all = vec![Manifest::read(dist)?];
        for lang in summitry_check::i18n::LANGS {
            let path = dist.join(format!("{LIST}.{lang}"));
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            all.push(Manifest::parse(&text)?);
        }
        Ok(all)
    }
}

impl Manifest {
    /// Parses the `key value` lines of the list.
    pub fn parse(text: &str) -> Result<Manifest> {
        let mut m = Manifest {
            lang: "en".into(),
            page: "index.html".into(),
            embed: EMBED_HTML.into(),
            ..Manifest::default()
        };
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
                "lang" => m.lang = value,
                "page" => m.page = value,
                "embed" => m.embed = value,
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

/// 16 hex digits of the SHA-256 of `bytes`: the part of a shipped file's name that changes with
/// its content (the script embed's widget script, the split's loader and modules).
pub fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `s` as a JSON (and so JavaScript) string literal; `</` is escaped so the literal can sit inside
/// an inline `<script>`. xtask's one string escaper for JSON and JavaScript: the script embed, the
/// WebDriver capabilities (`test`) and the bench driver's configuration.
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

/// `bytes` as a JavaScript string literal of one character per byte (U+0000 to U+00FF), which
/// `js_bytes_decoder` turns back into bytes. In a UTF-8 file a byte costs one or two characters,
/// and gzip takes the result to about 1.1 times the bytes' own gzip, where base64 costs 1.33
/// (the release wasm: 224.9 KiB gzip as bytes, 298.4 as base64, 247.6 as this). Escaped: the
/// quote, the backslash, the line ends and NUL (which HTML replaces), and `<`, so no `</script`
/// or `<!--` can appear.
pub fn js_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 5 / 4 + 2);
    out.push('"');
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0 => out.push_str("\\x00"),
            b'<' => out.push_str("\\x3c"),
            b => out.push(char::from(b)),
        }
    }
    out.push('"');
    out
}

/// A JavaScript function `name(s)` that turns a [`js_bytes`] string back into a `Uint8Array`.
pub fn js_bytes_decoder(name: &str) -> String {
    format!(
        "const {name} = (s) => {{ const a = new Uint8Array(s.length); \
         for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i); return a; }};"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_become_one_character_each_and_only_the_dangerous_ones_are_escaped() {
        assert_eq!(js_bytes(b"ab"), "\"ab\"");
        assert_eq!(
            js_bytes(&[0, b'"', b'\\', b'\n', b'\r', b'<', 0xff]),
            "\"\\x00\\\"\\\\\\n\\r\\x3c\u{ff}\""
        );
        let all: Vec<u8> = (0..=255).collect();
        let s = js_bytes(&all);
        assert!(!s.contains("</") && !s.contains("<!--"));
        assert!(!s[1..s.len() - 1].contains(['\n', '\r', '\0']));
        // What a JavaScript engine reads back: each escape, else the character's code.
        let mut back = Vec::new();
        let mut chars = s[1..s.len() - 1].chars();
        while let Some(c) = chars.next() {
            let code = if c == '\\' {
                match chars.next().unwrap() {
                    'n' => 10,
                    'r' => 13,
                    'x' => {
                        let hex: String = chars.by_ref().take(2).collect();
                        u32::from_str_radix(&hex, 16).unwrap()
                    }
                    other => other as u32,
                }
            } else {
                c as u32
            };
            back.push(u8::try_from(code).unwrap());
        }
        assert_eq!(back, all);
    }

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
