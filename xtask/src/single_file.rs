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
//! The page is read and rewritten with the build's one HTML rewriter
//! (`summitry-html`), which reads tags as a browser does.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use base64::Engine;
use sha2::{Digest, Sha256};
use summitry_html::{attr, element, escape, has_rel, text, ContentType, Element};

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
const EARLY: &str = "template#sm-early";

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
    let warnings = RefCell::new(Vec::new());
    let mut scripts: Vec<String> = Vec::new();
    // Every <style> of the page in order, the stylesheets made inline among them.
    let styles: RefCell<Vec<String>> = RefCell::new(Vec::new());
    let mut charset = false;
    let out = summitry_html::rewrite(
        html,
        vec![
            // The answers the page shows before its wasm arrives: the single file starts its
            // wasm as soon as it is read, so they would be dead weight.
            element!(EARLY, |el| {
                el.remove();
                Ok(())
            }),
            element!("meta[charset]", |_| {
                charset = true;
                Ok(())
            }),
            element!("link", |el| {
                rewrite_link(
                    el,
                    read,
                    &mut warnings.borrow_mut(),
                    &mut styles.borrow_mut(),
                )?;
                Ok(())
            }),
            element!("script", |el| {
                let src = attr(el, "src").and_then(|s| local_path(&s));
                if src.as_deref() == Some(manifest.boot.as_str()) {
                    let body = inline_start(manifest, read)?;
                    el.replace(
                        &format!("<script type=\"module\">{body}</script>"),
                        ContentType::Html,
                    );
                    scripts.push(body);
                } else if let Some(src) = src {
                    warnings
                        .borrow_mut()
                        .push(format!("<script src=\"{src}\"> is not inlined"));
                }
                Ok(())
            }),
            element!("style", |_| {
                styles.borrow_mut().push(String::new());
                Ok(())
            }),
            text!("style", |t| {
                if let Some(style) = styles.borrow_mut().last_mut() {
                    style.push_str(t.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    if scripts.is_empty() {
        return Err(format!(
            "index.html has no <script type=\"module\" src=\"{}\"> (the page loader \
             summitry-build writes): was it built by `cargo xtask dist`?",
            manifest.boot
        ));
    }
    let styles = styles.into_inner();
    let csp = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src 'self' data: blob:; connect-src 'self'",
        scripts.iter().map(|s| csp_hash(s)).collect::<Vec<_>>().join(" "),
        styles.iter().map(|s| csp_hash(s)).collect::<Vec<_>>().join(" "),
    );
    let html = place_policy_and_data(&out, &csp, charset, read)?;
    Ok(Inlined {
        html,
        warnings: warnings.into_inner(),
        csp,
    })
}

/// Adds the policy `csp` to the head of `html` (after its charset, which must stay first, if it
/// has one) and the open data, for the download links, as inline data blocks (never executed) at
/// the end of its body.
fn place_policy_and_data(
    html: &str,
    csp: &str,
    charset: bool,
    read: &dyn Fn(&str) -> Result<Vec<u8>>,
) -> Result<String> {
    let mut blocks = String::new();
    for (name, kind) in DOWNLOADS {
        let text = String::from_utf8(read(&format!("data/{name}"))?)
            .map_err(|_| format!("data/{name} is not UTF-8"))?;
        blocks.push_str(&format!(
            "<script type=\"{kind}\" data-summitry-file=\"{name}\">{}</script>\n",
            escape_end_tag(&text, "script")
        ));
    }
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
    let mut placed = false;
    summitry_html::rewrite(
        html,
        vec![
            element!("head", |el| {
                if !charset {
                    el.prepend(&meta, ContentType::Html);
                }
                Ok(())
            }),
            element!("meta[charset]", |el| {
                if !placed {
                    el.after(&format!("\n    {meta}"), ContentType::Html);
                    placed = true;
                }
                Ok(())
            }),
            element!("body", |el| {
                el.append(&blocks, ContentType::Html);
                Ok(())
            }),
        ],
    )
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

/// Makes a link to one of the build's files inline (a stylesheet becomes a `<style>`, an icon a
/// `data:` URL), drops hints for files that are now inline, and keeps the rest as written.
fn rewrite_link(
    el: &mut Element<'_, '_>,
    read: &dyn Fn(&str) -> Result<Vec<u8>>,
    warnings: &mut Vec<String>,
    styles: &mut Vec<String>,
) -> Result<()> {
    let Some(href) = attr(el, "href") else {
        el.remove();
        return Ok(());
    };
    let Some(path) = local_path(&href) else {
        // Other sites' links are kept; a widget must not have any, and the
        // end-to-end test checks that none is requested.
        return Ok(());
    };
    if has_rel(el, "stylesheet") {
        let css = String::from_utf8(read(&path)?).map_err(|_| format!("{path} is not UTF-8"))?;
        if css.contains("url(") {
            warnings.push(format!(
                "{path} uses url(): relative ones will not load from file://"
            ));
        }
        let media = attr(el, "media")
            .map(|m| format!(" media=\"{}\"", escape(&m)))
            .unwrap_or_default();
        let body = format!("\n{}\n", escape_end_tag(&css, "style"));
        el.replace(&format!("<style{media}>{body}</style>"), ContentType::Html);
        styles.push(body);
    } else if has_rel(el, "modulepreload") || has_rel(el, "preload") {
        // Hints for files that are now inline.
        el.remove();
    } else if has_rel(el, "icon") {
        let data = base64::engine::general_purpose::STANDARD.encode(read(&path)?);
        let rel = attr(el, "rel").unwrap_or_else(|| "icon".into());
        el.replace(
            &format!(
                "<link rel=\"{rel}\" href=\"data:{};base64,{data}\">",
                mime_type(&path)
            ),
            ContentType::Html,
        );
    } else {
        warnings.push(format!(
            "<link rel=\"{}\" href=\"{href}\"> is not inlined",
            attr(el, "rel").unwrap_or_default()
        ));
    }
    Ok(())
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
    fn reads_links_in_any_case_quoting_or_order() {
        // Upper case, single quotes, a bare attribute, `&amp;` and a quoted `>`: the stylesheet is
        // still found, read and made inline, and nothing after the link is mistaken for it.
        let page = INDEX.replace(
            r#"<link rel="stylesheet" href="./summitry-1a2b.css">"#,
            "<LINK title=\"a > b\" REL='Stylesheet b' data-x=1 defer \
             href=\"./summitry-1a2b.css?v=1&amp;w=2\"/><→ a",
        );
        let html = inline(&page, &manifest(), &read).unwrap().html;
        assert!(
            html.contains("<style>\nbody { color: red; } /* <\\/style> */\n</style><→ a"),
            "{html}"
        );
        assert!(!html.contains("summitry-1a2b.css"), "{html}");
    }

    #[test]
    fn parses_urls() {
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
