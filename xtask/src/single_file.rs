//! `dist/summitry.html`: the whole release build in one HTML file that runs
//! from `file://`, for mailing or for hosts that take a single file.
//!
//! A page opened from `file://` has the origin `null`, so the browser blocks
//! module scripts loaded by URL and `fetch` of the wasm; inline scripts still
//! run. So trunk's index.html is rewritten: stylesheets become `<style>`,
//! preload hints go, and trunk's loader becomes one inline module holding the
//! wasm-bindgen glue and the wasm as base64, started with `initSync`.
//!
//! The rewriting scans tags by hand rather than with an HTML parser: the
//! input is trunk's own output, whose shape is known and tested below.

use std::path::{Path, PathBuf};

use base64::Engine;

use crate::Result;

/// The single file's name inside dist/.
pub const FILE_NAME: &str = "summitry.html";

/// Chrome refuses to compile a larger module synchronously on the main thread.
const SYNC_COMPILE_LIMIT: usize = 8 * 1024 * 1024;

/// The rewritten page and what could not be inlined.
#[derive(Debug)]
pub struct Inlined {
    /// The self-contained HTML.
    pub html: String,
    /// References left as they were, which will not load from `file://`.
    pub warnings: Vec<String>,
}

/// Writes dist/summitry.html from the build in `dist`, returning its path.
pub fn write(dist: &Path) -> Result<PathBuf> {
    let index = dist.join("index.html");
    let html = crate::workspace::read(&index)?;
    let read = |rel: &str| {
        let path = dist.join(rel);
        std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let inlined = inline(&html, &read)?;
    for warning in &inlined.warnings {
        println!("warning: {FILE_NAME}: {warning}");
    }
    let out = dist.join(FILE_NAME);
    std::fs::write(&out, inlined.html)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(out)
}

/// Rewrites trunk's `html` into one self-contained page; `read` returns the
/// bytes of a file given its path relative to dist/.
pub fn inline(html: &str, read: &dyn Fn(&str) -> Result<Vec<u8>>) -> Result<Inlined> {
    let mut out = String::with_capacity(html.len());
    let mut warnings = Vec::new();
    let mut loader_found = false;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |i| i + 3);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if let Some(tag) = start_tag(rest, "link") {
            out.push_str(&rewrite_link(&tag, read, &mut warnings)?);
            rest = &rest[tag.len..];
        } else if let Some(tag) = start_tag(rest, "script") {
            let body_end = find_ci(&rest[tag.len..], "</script")
                .ok_or("a <script> in index.html is not closed")?;
            let body = &rest[tag.len..tag.len + body_end];
            let after = tag.len + body_end;
            let close = rest[after..]
                .find('>')
                .map_or(rest.len(), |i| after + i + 1);
            if let Some(loader) = trunk_loader(&tag, body) {
                if loader_found {
                    return Err(
                        "index.html has two trunk loaders; only one app can be inlined".into(),
                    );
                }
                loader_found = true;
                out.push_str(&inline_module(&loader, read)?);
            } else {
                if let Some(src) = tag.attr("src").filter(|s| local_path(s).is_some()) {
                    warnings.push(format!("<script src=\"{src}\"> is not inlined"));
                }
                out.push_str(&rest[..close]);
            }
            rest = &rest[close..];
        } else if let Some(tag) = start_tag(rest, "style") {
            // Copied whole, so CSS text is never mistaken for tags.
            let end = find_ci(&rest[tag.len..], "</style").map_or(rest.len(), |i| tag.len + i);
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
        return Err(
            "index.html has no trunk loader (<script type=\"module\"> importing the wasm-bindgen \
             glue): was it built by trunk with inject_scripts on?"
                .into(),
        );
    }
    Ok(Inlined {
        html: out,
        warnings,
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
    if bytes.len() <= after_name || !s[1..after_name].eq_ignore_ascii_case(name) {
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
        return Ok(format!(
            "<style{media}>\n{}\n</style>",
            escape_end_tag(&css, "style")
        ));
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

/// The files trunk's loader script starts: the glue JS and the wasm.
#[derive(Debug, PartialEq)]
struct Loader {
    js: String,
    wasm: String,
}

/// Recognises trunk's loader: an inline module importing `init` from the glue.
fn trunk_loader(tag: &Tag, body: &str) -> Option<Loader> {
    if tag.attr("type") != Some("module") || tag.attr("src").is_some() {
        return None;
    }
    let js = quoted_after(body, " from ")?;
    let wasm = quoted_ending(body, ".wasm")?;
    if !js.ends_with(".js") || !body.contains("import init") {
        return None;
    }
    Some(Loader {
        js: local_path(&js)?,
        wasm: local_path(&wasm)?,
    })
}

/// The quoted string right after the first `marker` in `text`.
fn quoted_after(text: &str, marker: &str) -> Option<String> {
    let rest = text[text.find(marker)? + marker.len()..].trim_start();
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    Some(rest[1..].split(quote).next()?.to_owned())
}

/// The first quoted string in `text` that ends with `suffix`.
fn quoted_ending(text: &str, suffix: &str) -> Option<String> {
    text.split(['\'', '"'])
        .skip(1)
        .step_by(2)
        .find(|s| s.ends_with(suffix))
        .map(str::to_owned)
}

fn inline_module(loader: &Loader, read: &dyn Fn(&str) -> Result<Vec<u8>>) -> Result<String> {
    let glue =
        String::from_utf8(read(&loader.js)?).map_err(|_| format!("{} is not UTF-8", loader.js))?;
    if let Some(line) = glue.lines().find(|l| l.trim_start().starts_with("import ")) {
        return Err(format!(
            "{} imports other files (`{}`), e.g. wasm-bindgen snippets; they cannot be inlined yet",
            loader.js,
            line.trim()
        ));
    }
    if find_ci(&glue, "<!--").is_some() || find_ci(&glue, "<script").is_some() {
        return Err(format!(
            "{} contains `<!--` or `<script`, which would break an inline script",
            loader.js
        ));
    }
    if !glue.contains("function initSync") {
        return Err(format!(
            "{} has no initSync(): not wasm-bindgen's --target web glue",
            loader.js
        ));
    }
    let wasm = read(&loader.wasm)?;
    if wasm.len() > SYNC_COMPILE_LIMIT {
        return Err(format!(
            "{} is {} bytes; Chrome compiles at most {SYNC_COMPILE_LIMIT} synchronously, so the \
             single file would not start",
            loader.wasm,
            wasm.len()
        ));
    }
    let base64 = base64::engine::general_purpose::STANDARD.encode(&wasm);
    Ok(format!(
        r#"<script type="module">
{glue}
// Summitry single-file start (cargo xtask dist --single-file): the wasm is inline.
const summitryWasmBase64 = "{base64}";
const summitryWasmBytes = typeof Uint8Array.fromBase64 === "function"
  ? Uint8Array.fromBase64(summitryWasmBase64)
  : Uint8Array.from(atob(summitryWasmBase64), (c) => c.charCodeAt(0));
const summitryWasm = initSync({{ module: summitryWasmBytes }});
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {{ detail: {{ wasm: summitryWasm }} }}));
</script>"#,
        glue = escape_end_tag(&glue, "script"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of trunk 0.21's release index.html with `public_url = "./"`.
    const INDEX: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Summitry</title>
    <!-- a <link> in a comment stays -->
    <link rel="stylesheet" href="./tokens-1a2b.css" integrity="sha384-abc" />
    <link rel="stylesheet" href="./app-3c4d.css" media="screen" integrity="sha384-def"/>
    <link rel="icon" href="./favicon.svg">
    <link rel="canonical" href="https://example.org/">
<script type="module">
import init, * as bindings from './summitry-5e6f.js';
const wasm = await init({ module_or_path: './summitry-5e6f_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));

</script>
    <style>p::before { content: "<link rel=stylesheet href=x.css>"; }</style>
  <link rel="modulepreload" href="./summitry-5e6f.js" crossorigin="anonymous" integrity="sha384-ghi"><link rel="preload" href="./summitry-5e6f_bg.wasm" crossorigin="anonymous" integrity="sha384-jkl" as="fetch" type="application/wasm"></head>
  <body>
    <script>console.log("inline classic scripts stay");</script>
  </body>
</html>
"#;

    const GLUE: &str = "let wasm;\nexport function hello() { return '</script>'; }\n\
        function initSync(module) { return {}; }\nasync function __wbg_init(m) {}\n\
        export { initSync };\nexport default __wbg_init;\n";

    fn read(path: &str) -> Result<Vec<u8>> {
        Ok(match path {
            "tokens-1a2b.css" => b":root { --ink: #111; }".to_vec(),
            "app-3c4d.css" => b"body { color: var(--ink); } /* </style> */".to_vec(),
            "favicon.svg" => b"<svg/>".to_vec(),
            "summitry-5e6f.js" => GLUE.as_bytes().to_vec(),
            "summitry-5e6f_bg.wasm" => b"\0asm\x01\0\0\0".to_vec(),
            other => return Err(format!("unexpected read of {other}")),
        })
    }

    #[test]
    fn inlines_styles_glue_and_wasm() {
        let out = inline(INDEX, &read).unwrap();
        let html = &out.html;
        assert!(
            html.contains("<style>\n:root { --ink: #111; }\n</style>"),
            "{html}"
        );
        assert!(
            html.contains(
                "<style media=\"screen\">\nbody { color: var(--ink); } /* <\\/style> */\n</style>"
            ),
            "{html}"
        );
        assert!(
            html.contains("export function hello() { return '<\\/script>'; }"),
            "{html}"
        );
        assert!(
            html.contains("const summitryWasmBase64 = \"AGFzbQEAAAA=\";"),
            "{html}"
        );
        assert!(
            html.contains("initSync({ module: summitryWasmBytes })"),
            "{html}"
        );
        assert!(
            html.contains("<link rel=\"icon\" href=\"data:image/svg+xml;base64,PHN2Zy8+\">"),
            "{html}"
        );
        assert_eq!(
            html.matches("<script type=\"module\">").count(),
            1,
            "{html}"
        );
    }

    #[test]
    fn drops_every_reference_to_built_files() {
        let html = inline(INDEX, &read).unwrap().html;
        for gone in [
            "tokens-1a2b.css",
            "app-3c4d.css",
            "favicon.svg",
            "summitry-5e6f",
            "modulepreload",
            "integrity",
        ] {
            assert!(!html.contains(gone), "{gone} is still in:\n{html}");
        }
    }

    #[test]
    fn keeps_what_it_does_not_own() {
        let out = inline(INDEX, &read).unwrap();
        assert!(out.html.contains("<!-- a <link> in a comment stays -->"));
        assert!(out
            .html
            .contains("<link rel=\"canonical\" href=\"https://example.org/\">"));
        assert!(out.html.contains(
            r#"<style>p::before { content: "<link rel=stylesheet href=x.css>"; }</style>"#
        ));
        assert!(out
            .html
            .contains("<script>console.log(\"inline classic scripts stay\");</script>"));
        assert!(out.html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(out.html.ends_with("</body>\n</html>\n"));
        assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    }

    #[test]
    fn warns_about_what_will_not_load() {
        let html = INDEX.replace(
            "<link rel=\"canonical\"",
            "<link rel=\"manifest\" href=\"./app.webmanifest\"><link rel=\"canonical\"",
        );
        let out = inline(&html, &read).unwrap();
        assert_eq!(
            out.warnings,
            ["<link rel=\"manifest\" href=\"./app.webmanifest\"> is not inlined"]
        );
    }

    #[test]
    fn a_page_without_loader_is_an_error() {
        let err = inline("<html><body></body></html>", &read).unwrap_err();
        assert!(err.contains("no trunk loader"), "{err}");
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
        let err = inline(INDEX, &read_with_snippet).unwrap_err();
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
