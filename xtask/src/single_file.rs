//! `dist/summitry.html`: the whole release build in one HTML file that runs
//! from `file://`, for mailing or for hosts that take a single file.
//!
//! A page opened from `file://` has the origin `null`, so the browser blocks
//! module scripts loaded by URL and `fetch` of the wasm and data files; inline
//! scripts still run. So the built index.html is rewritten: the stylesheet
//! becomes a `<style>`, preload hints go, the page loader becomes one inline
//! module holding the wasm-bindgen glue, the wasm and the data files as
//! strings of one character per byte (`manifest::js_bytes`, started with
//! `initSync`), and the open-data files become inline data
//! blocks the download links read. The file carries its own Content Security
//! Policy, with the hashes of its one script and one style element; they are
//! printed too, for hosts that serve the file with a CSP header.
//!
//! The rewriting scans tags by hand rather than with an HTML parser: the
//! input is the build's own output, whose shape is known and tested below.

use std::path::{Path, PathBuf};

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::manifest::{js_bytes, js_bytes_decoder, js_string, Manifest};
use crate::Result;

/// The single file's name inside dist/.
pub const FILE_NAME: &str = "summitry.html";

/// Chrome refuses to compile a larger module synchronously on the main thread.
const SYNC_COMPILE_LIMIT: usize = 8 * 1024 * 1024;

/// The open-data files, inline in the single file: (name in data/, block type).
const DOWNLOADS: [(&str, &str); 3] = [
    ("summitry.json", "application/json"),
    ("summitry-events.csv", "text/csv"),
    ("summitry-statements.csv", "text/csv"),
];

/// The rewritten page, what could not be inlined, and its CSP.
#[derive(Debug)]
pub struct Inlined {
    /// The self-contained HTML.
    pub html: String,
    /// References left as they were, which will not load from `file://`.
    pub warnings: Vec<String>,
    /// The policy the file declares for itself (also valid as a header, with
    /// `frame-ancestors` added).
    pub csp: String,
}

/// Writes dist/summitry.html (summitry.uk.html, ... for the other languages' lists) from the
/// build in `dist`, returning its path and policy.
pub fn write(dist: &Path, manifest: &Manifest) -> Result<(PathBuf, String)> {
    let index = dist.join(&manifest.page);
    let html = crate::workspace::read(&index)?;
    let read = |rel: &str| {
        let path = dist.join(rel);
        std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let inlined = inline(&html, manifest, &read)?;
    for warning in &inlined.warnings {
        println!("warning: {FILE_NAME}: {warning}");
    }
    let out = dist.join(manifest.named("summitry", "html"));
    std::fs::write(&out, inlined.html)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok((out, inlined.csp))
}

/// Where summitry-build puts the early answers (src/map/early_answers.rs).
const EARLY: &str = "<template id=\"sm-early\">";

/// `'sha256-...'` of `text`, as a CSP source.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Rewrites the built `html` into one self-contained page; `read` returns the
/// bytes of a file given its path relative to dist/.
pub fn inline(
    html: &str,
    manifest: &Manifest,
    read: &dyn Fn(&str) -> Result<Vec<u8>>,
) -> Result<Inlined> {
    let mut out = String::with_capacity(html.len());
    let mut warnings = Vec::new();
    let mut loader_found = false;
    let mut scripts: Vec<String> = Vec::new();
    let mut styles: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |i| i + 3);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if rest.starts_with(EARLY) {
            // The answers the page shows before its wasm arrives: the single file starts its
            // wasm as soon as it is read, so they would be dead weight.
            let end = rest
                .find("</template>")
                .map_or(rest.len(), |i| i + "</template>".len());
            rest = &rest[end..];
        } else if let Some(tag) = start_tag(rest, "link") {
            out.push_str(&rewrite_link(&tag, read, &mut warnings, &mut styles)?);
            rest = &rest[tag.len..];
        } else if let Some(tag) = start_tag(rest, "script") {
            let body_end = find_ci(&rest[tag.len..], "</script")
                .ok_or("a <script> in index.html is not closed")?;
            let after = tag.len + body_end;
            let close = rest[after..]
                .find('>')
                .map_or(rest.len(), |i| after + i + 1);
            let src = tag.attr("src").and_then(local_path);
            if src.as_deref() == Some(manifest.boot.as_str()) {
                loader_found = true;
                let body = inline_start(manifest, read)?;
                out.push_str(&format!("<script type=\"module\">{body}</script>"));
                scripts.push(body);
            } else {
                if let Some(src) = src {
                    warnings.push(format!("<script src=\"{src}\"> is not inlined"));
                }
                out.push_str(&rest[..close]);
            }
            rest = &rest[close..];
        } else if let Some(tag) = start_tag(rest, "style") {
            // Copied whole, so CSS text is never mistaken for tags.
            let end = find_ci(&rest[tag.len..], "</style").map_or(rest.len(), |i| tag.len + i);
            styles.push(rest[tag.len..end].to_string());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            if let Some(gt) = rest.find('>') {
                out.push_str(&rest[..=gt]);
                rest = &rest[gt + 1..];
            }
        } else {
            out.push('<');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    if !loader_found {
        return Err(format!(
            "index.html has no <script type=\"module\" src=\"{}\"> (the page loader \
             summitry-build writes): was it built by `cargo xtask dist`?",
            manifest.boot
        ));
    }
    // The open data, for the download links: inline data blocks, never executed.
    let mut blocks = String::new();
    for (name, kind) in DOWNLOADS {
        let text = String::from_utf8(read(&format!("data/{name}"))?)
            .map_err(|_| format!("data/{name} is not UTF-8"))?;
        blocks.push_str(&format!(
            "<script type=\"{kind}\" data-summitry-file=\"{name}\">{}</script>\n",
            escape_end_tag(&text, "script")
        ));
    }
    out = out.replacen("</body>", &format!("{blocks}</body>"), 1);
    let csp = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src 'self' data: blob:; connect-src 'self'",
        scripts.iter().map(|s| csp_hash(s)).collect::<Vec<_>>().join(" "),
        styles.iter().map(|s| csp_hash(s)).collect::<Vec<_>>().join(" "),
    );
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
    out = match out.find("<meta charset=\"utf-8\" />") {
        Some(i) => {
            let at = i + "<meta charset=\"utf-8\" />".len();
            format!("{}\n    {meta}{}", &out[..at], &out[at..])
        }
        None => out.replacen("<head>", &format!("<head>{meta}"), 1),
    };
    Ok(Inlined {
        html: out,
        warnings,
        csp,
    })
}

/// A parsed start tag: its attributes and its length in the source.
#[derive(Debug)]
struct Tag {
    attrs: Vec<(String, String)>,
    len: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the space-separated `rel` attribute holds `value`.
    fn has_rel(&self, value: &str) -> bool {
        self.attr("rel").is_some_and(|rel| {
            rel.split_whitespace()
                .any(|r| r.eq_ignore_ascii_case(value))
        })
    }
}

/// Parses the start tag `<name ...>` at the beginning of `s`, if it is one.
fn start_tag(s: &str, name: &str) -> Option<Tag> {
    let bytes = s.as_bytes();
    let after_name = 1 + name.len();
    // Bytes, not a str slice: text after `<` may be a multi-byte character (`<→`, `<ü`).
    if bytes.len() <= after_name || !bytes[1..after_name].eq_ignore_ascii_case(name.as_bytes()) {
        return None;
    }
    if !matches!(
        bytes[after_name],
        b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>'
    ) {
        return None;
    }
    let mut attrs = Vec::new();
    let mut i = after_name;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        if bytes[i] == b'>' {
            return Some(Tag { attrs, len: i + 1 });
        }
        let start = i;
        while i < bytes.len()
            && !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'=' | b'>' | b'/')
        {
            i += 1;
        }
        let attr_name = s[start..i].to_ascii_lowercase();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let quote = bytes[i];
                let end = s[i + 1..].find(quote as char)? + i + 1;
                value = s[i + 1..end].to_owned();
                i = end + 1;
            } else {
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                    i += 1;
                }
                value = s[start..i].to_owned();
            }
        }
        attrs.push((attr_name, value.replace("&amp;", "&")));
    }
}

/// Byte offset of `needle` (ASCII) in `haystack`, ignoring ASCII case.
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The dist-relative path of a same-site URL; `None` for other sites and `data:`.
fn local_path(url: &str) -> Option<String> {
    let scheme = url.split(['/', '?', '#']).next().unwrap_or("");
    if url.is_empty() || url.starts_with("//") || scheme.contains(':') {
        return None;
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    let path = path.trim_start_matches("./").trim_start_matches('/');
    Some(path.to_owned())
}

fn mime_type(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "webp" => "image/webp",
        "jpg" | "jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    }
}

/// Escapes `text` so the HTML parser cannot see an end tag named `tag` in it.
/// A backslash before `/` changes nothing inside CSS or JS strings, comments
/// and regular expressions, the only places such text can occur.
fn escape_end_tag(text: &str, tag: &str) -> String {
    let needle = format!("</{tag}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = find_ci(rest, &needle) {
        out.push_str(&rest[..i]);
        out.push_str("<\\/");
        out.push_str(&rest[i + 2..i + needle.len()]);
        rest = &rest[i + needle.len()..];
    }
    out.push_str(rest);
    out
}

fn rewrite_link(
    tag: &Tag,
    read: &dyn Fn(&str) -> Result<Vec<u8>>,
    warnings: &mut Vec<String>,
    styles: &mut Vec<String>,
) -> Result<String> {
    let Some(href) = tag.attr("href") else {
        return Ok(String::new());
    };
    let Some(path) = local_path(href) else {
        // Other sites' links are kept; a widget must not have any, and the
        // end-to-end test checks that none is requested.
        return Ok(original_link(tag));
    };
    if tag.has_rel("stylesheet") {
        let css = String::from_utf8(read(&path)?).map_err(|_| format!("{path} is not UTF-8"))?;
        if css.contains("url(") {
            warnings.push(format!(
                "{path} uses url(): relative ones will not load from file://"
            ));
        }
        let media = tag
            .attr("media")
            .map(|m| format!(" media=\"{}\"", m.replace('"', "&quot;")))
            .unwrap_or_default();
        let body = format!("\n{}\n", escape_end_tag(&css, "style"));
        styles.push(body.clone());
        return Ok(format!("<style{media}>{body}</style>"));
    }
    if tag.has_rel("modulepreload") || tag.has_rel("preload") {
        // Hints for files that are now inline.
        return Ok(String::new());
    }
    if tag.has_rel("icon") {
        let data = base64::engine::general_purpose::STANDARD.encode(read(&path)?);
        let rel = tag.attr("rel").unwrap_or("icon");
        return Ok(format!(
            "<link rel=\"{rel}\" href=\"data:{};base64,{data}\">",
            mime_type(&path)
        ));
    }
    warnings.push(format!(
        "<link rel=\"{}\" href=\"{href}\"> is not inlined",
        tag.attr("rel").unwrap_or("")
    ));
    Ok(original_link(tag))
}

fn original_link(tag: &Tag) -> String {
    let attrs: String = tag
        .attrs
        .iter()
        .map(|(n, v)| {
            format!(
                " {n}=\"{}\"",
                v.replace('&', "&amp;").replace('"', "&quot;")
            )
        })
        .collect();
    format!("<link{attrs}>")
}

/// The single file's start: the glue, then the wasm and every data file as byte strings
/// ([`js_bytes`]; the file declares UTF-8 in its first bytes, so they read back as written).
fn inline_start(manifest: &Manifest, read: &dyn Fn(&str) -> Result<Vec<u8>>) -> Result<String> {
    let glue = String::from_utf8(read(&manifest.glue)?)
        .map_err(|_| format!("{} is not UTF-8", manifest.glue))?;
    if let Some(line) = glue.lines().find(|l| l.trim_start().starts_with("import ")) {
        return Err(format!(
            "{} imports other files (`{}`), e.g. wasm-bindgen snippets; they cannot be inlined yet",
            manifest.glue,
            line.trim()
        ));
    }
    if find_ci(&glue, "<!--").is_some() || find_ci(&glue, "<script").is_some() {
        return Err(format!(
            "{} contains `<!--` or `<script`, which would break an inline script",
            manifest.glue
        ));
    }
    if !glue.contains("function initSync") {
        return Err(format!(
            "{} has no initSync(): not wasm-bindgen's --target web glue",
            manifest.glue
        ));
    }
    let wasm = read(&manifest.wasm)?;
    if wasm.len() > SYNC_COMPILE_LIMIT {
        return Err(format!(
            "{} is {} bytes; Chrome compiles at most {SYNC_COMPILE_LIMIT} synchronously, so the \
             single file would not start",
            manifest.wasm,
            wasm.len()
        ));
    }
    let core = read(&manifest.core)?;
    let mut chunks = String::from("{");
    for (i, chunk) in manifest.chunks.iter().enumerate() {
        let name = chunk.trim_start_matches("data/");
        chunks.push_str(&format!(
            "{}{}: {}",
            if i > 0 { ", " } else { "" },
            js_string(name),
            js_bytes(&read(chunk)?)
        ));
    }
    chunks.push('}');
    Ok(format!(
        r#"
{glue}
// Summitry single-file start (cargo xtask dist --single-file): everything is inline.
{decoder}
const summitryChunks = {chunks};
performance.mark("sm:boot");
initSync({{ module: summitryBytes({wasm}) }});
start_page(
  document.getElementById("summitry"),
  summitryBytes({core}),
  (file, done) => done(file in summitryChunks ? summitryBytes(summitryChunks[file]) : null),
  true,
);
"#,
        glue = escape_end_tag(&glue, "script"),
        decoder = js_bytes_decoder("summitryBytes"),
        wasm = js_bytes(&wasm),
        core = js_bytes(&core),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of the built index.html (trunk, then summitry-build).
    const INDEX: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Summitry</title>
    <!-- a <link> in a comment stays -->
    <link rel="icon" href="data:,">
    <link rel="canonical" href="https://example.org/">
<link rel="stylesheet" href="./summitry-1a2b.css">
<link rel="modulepreload" href="./summitry-5e6f.js">
<link rel="preload" href="./summitry-5e6f_bg.wasm" as="fetch" type="application/wasm" crossorigin>
<link rel="preload" href="./data/core-9.bin" as="fetch" crossorigin>
<script type="module" src="./boot-7.js"></script>
<script type="application/ld+json">{"@graph":[]}</script>
  </head>
  <body>
    <div id="summitry"><div class="sm-app">view</div></div>
<template id="sm-early"><div data-early="e:x"><article>details</article></div></template>
  </body>
</html>
"#;

    const GLUE: &str = "let wasm;\nexport function hello() { return '</script>'; }\n\
        function initSync(module) { return {}; }\nasync function __wbg_init(m) {}\n\
        export { initSync };\nexport default __wbg_init;\n";

    fn manifest() -> Manifest {
        Manifest::parse(
            "glue summitry-5e6f.js\nwasm summitry-5e6f_bg.wasm\ncss summitry-1a2b.css\nboot boot-7.js\ncore data/core-9.bin\nchunk data/events-1.bin\n",
        )
        .unwrap()
    }

    fn read(path: &str) -> Result<Vec<u8>> {
        Ok(match path {
            "summitry-1a2b.css" => b"body { color: red; } /* </style> */".to_vec(),
            "summitry-5e6f.js" => GLUE.as_bytes().to_vec(),
            "summitry-5e6f_bg.wasm" => b"\0asm\x01\0\0\0".to_vec(),
            "data/core-9.bin" => vec![1, 2, 3],
            "data/events-1.bin" => vec![4],
            "data/summitry.json" => b"{\"a\":\"</script>\"}".to_vec(),
            "data/summitry-events.csv" => b"id\n1\n".to_vec(),
            "data/summitry-statements.csv" => b"id\n2\n".to_vec(),
            other => return Err(format!("unexpected read of {other}")),
        })
    }

    #[test]
    fn inlines_the_style_glue_wasm_and_data() {
        let out = inline(INDEX, &manifest(), &read).unwrap();
        let html = &out.html;
        assert!(
            html.contains("<style>\nbody { color: red; } /* <\\/style> */\n</style>"),
            "{html}"
        );
        assert!(html.contains("export function hello() { return '<\\/script>'; }"));
        assert!(
            html.contains("summitryBytes(\"\\x00asm\u{1}\\x00\\x00\\x00\")"),
            "the wasm, a character per byte"
        );
        assert!(
            html.contains("summitryBytes(\"\u{1}\u{2}\u{3}\")"),
            "the core"
        );
        assert!(html.contains("const summitryBytes = (s) =>"), "the decoder");
        assert!(
            html.contains("\"events-1.bin\": \"\u{4}\""),
            "the chunk, by its name"
        );
        assert!(html.contains(
            "<script type=\"application/json\" data-summitry-file=\"summitry.json\">{\"a\":\"<\\/script>\"}</script>"
        ));
        assert_eq!(
            html.matches("<script type=\"module\">").count(),
            1,
            "{html}"
        );
    }

    #[test]
    fn declares_a_policy_with_the_hashes_of_its_script_and_style() {
        let out = inline(INDEX, &manifest(), &read).unwrap();
        let script = out.html.split("<script type=\"module\">").nth(1).unwrap();
        let script = &script[..script.find("</script>").unwrap()];
        assert!(out.csp.contains(&format!(
            "script-src {} 'wasm-unsafe-eval'",
            csp_hash(script)
        )));
        assert!(out.csp.starts_with("default-src 'none'"));
        let meta = format!("<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">", out.csp);
        assert!(
            out.html.contains(&meta),
            "the policy comes before any script"
        );
        assert!(
            !out.csp.contains("frame-ancestors"),
            "a meta policy cannot hold it"
        );
    }

    #[test]
    fn drops_every_reference_to_built_files() {
        let html = inline(INDEX, &manifest(), &read).unwrap().html;
        for gone in [
            "summitry-1a2b.css",
            "summitry-5e6f",
            "boot-7.js",
            "core-9.bin",
            "modulepreload",
        ] {
            assert!(!html.contains(gone), "{gone} is still in:\n{html}");
        }
    }

    #[test]
    fn leaves_out_the_answers_shown_before_the_wasm() {
        let html = inline(INDEX, &manifest(), &read).unwrap().html;
        assert!(!html.contains("sm-early"), "{html}");
        assert!(!html.contains("details"), "{html}");
        assert!(
            html.contains("<div id=\"summitry\"><div class=\"sm-app\">view</div></div>\n\n"),
            "the view stays: {html}"
        );
    }

    #[test]
    fn keeps_what_it_does_not_own() {
        let out = inline(INDEX, &manifest(), &read).unwrap();
        assert!(out.html.contains("<!-- a <link> in a comment stays -->"));
        assert!(out
            .html
            .contains("<link rel=\"canonical\" href=\"https://example.org/\">"));
        assert!(out
            .html
            .contains(r#"<script type="application/ld+json">{"@graph":[]}</script>"#));
        assert!(out
            .html
            .contains("<div id=\"summitry\"><div class=\"sm-app\">view</div></div>"));
        assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    }

    #[test]
    fn a_page_without_its_loader_is_an_error() {
        let err = inline("<html><body></body></html>", &manifest(), &read).unwrap_err();
        assert!(err.contains("boot-7.js"), "{err}");
    }

    #[test]
    fn glue_with_imports_is_an_error() {
        let read_with_snippet = |path: &str| {
            if path.ends_with(".js") {
                Ok(format!("import {{ x }} from './snippets/a/inline0.js';\n{GLUE}").into_bytes())
            } else {
                read(path)
            }
        };
        let err = inline(INDEX, &manifest(), &read_with_snippet).unwrap_err();
        assert!(err.contains("imports other files"), "{err}");
    }

    #[test]
    fn parses_tags_and_urls() {
        let tag = start_tag(
            "<LINK rel='a b' data-x=1 defer href=\"./x.css?v=1&amp;w=2\"/>tail",
            "link",
        )
        .unwrap();
        assert_eq!(tag.attr("rel"), Some("a b"));
        assert_eq!(tag.attr("data-x"), Some("1"));
        assert_eq!(tag.attr("defer"), Some(""));
        assert_eq!(tag.attr("href"), Some("./x.css?v=1&w=2"));
        assert_eq!(
            tag.len,
            "<LINK rel='a b' data-x=1 defer href=\"./x.css?v=1&amp;w=2\"/>".len()
        );
        assert!(tag.has_rel("B"));
        assert!(start_tag("<linked>", "link").is_none());
        assert!(
            start_tag("<→ a", "link").is_none(),
            "a multi-byte character after `<`"
        );
        assert_eq!(local_path("./x.css?v=1").as_deref(), Some("x.css"));
        assert_eq!(local_path("/a/b.js#f").as_deref(), Some("a/b.js"));
        assert_eq!(local_path("https://cdn.example/x.js"), None);
        assert_eq!(local_path("//cdn.example/x.js"), None);
        assert_eq!(local_path("data:image/png;base64,AA"), None);
    }

    #[test]
    fn escapes_end_tags_in_any_case() {
        assert_eq!(
            escape_end_tag("a</SCRIPT>b</script", "script"),
            "a<\\/SCRIPT>b<\\/script"
        );
        assert_eq!(escape_end_tag("no end tag", "script"), "no end tag");
    }
}
