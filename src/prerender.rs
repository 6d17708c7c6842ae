//! The build's renderer: the widget's opening view as HTML, from the same components the live
//! widget runs, so a reader sees the map before the wasm arrives, and readers without
//! JavaScript, search engines, feed readers and print jobs get real content.
//!
//! Only compiled with the `ssr` feature, for the native `summitry-build` program.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use summitry_data::Dataset;
use summitry_html::escape;

use crate::{data, Host, Widget};

/// Renders `host`'s widget to HTML over `store` (installed as the dataset for this thread).
pub fn render(host: Host) -> String {
    let owner = Owner::new();
    let html = owner.with(|| view! { <Widget host=host /> }.to_html());
    // Leptos writes an empty text as a space, for hydration to find a text node there. The live
    // widget replaces this HTML rather than hydrating it, and a map button's empty count must
    // stay empty: the stylesheet hides it with `:empty`, and a count holding a space is laid out
    // as a second grid row, which lifts a call's sign until the live widget takes over.
    html.replace(EMPTY_COUNT_AS_SPACE, EMPTY_COUNT)
}

const EMPTY_COUNT: &str = "<span class=\"sm-marker__count\"></span>";
const EMPTY_COUNT_AS_SPACE: &str = "<span class=\"sm-marker__count\"> </span>";

/// Installs the dataset for rendering from the core file the page ships: the opening view is
/// rendered from exactly what the live widget starts with (at scale, the most recent events and
/// the comparisons' own; the rest is in chunks), so the page and the widget that takes it over
/// show the same buttons, and a click made before the take-over finds its button again.
pub fn install(core: &[u8]) -> Result<(), String> {
    data::install(core)
        .map(|_| ())
        .map_err(|e| format!("the core file cannot be read back: {e}"))
}

/// A plain description of the dataset for readers without JavaScript (inside `<noscript>`): the
/// events in `ds` (the build's choice among `total`), and its comparisons (among `total_claims`)
/// with their quotes.
pub fn noscript(ds: &Dataset, total: usize, total_claims: usize) -> String {
    use summitry_model::flags::Lang;
    use summitry_model::i18n::{kind, position, when};
    let lang = Lang::En;
    let mut h = String::from("<div class=\"sm-noscript\">");
    h.push_str("<h2>Events</h2>");
    if ds.events.len() < total {
        h.push_str(&format!(
            "<p>The {} most recent of {total} events. Every event is in the data files: \
             <a href=\"data/summitry.json\">JSON</a>, <a href=\"data/summitry-events.csv\">events.csv</a>, \
             <a href=\"data/summitry-statements.csv\">statements.csv</a>.</p>",
            ds.events.len()
        ));
    }
    h.push_str("<ol>");
    for e in &ds.events {
        let place = e
            .place
            .as_deref()
            .and_then(|p| ds.places.iter().find(|x| x.id == p))
            .map(|p| format!(", {}", escape(&p.name)))
            .unwrap_or_default();
        h.push_str(&format!(
            "<li><strong>{}</strong>: {} ({}{place}). {}</li>",
            escape(&when(lang, &e.when)),
            escape(&e.title),
            kind(lang, e.kind),
            escape(&e.summary)
        ));
    }
    h.push_str("</ol><h2>What each side said</h2>");
    if ds.claims.len() < total_claims {
        h.push_str(&format!(
            "<p>{} of {total_claims} comparisons: the featured ones and the most recent. Every \
             comparison is in the data files.</p>",
            ds.claims.len()
        ));
    }
    for c in &ds.claims {
        h.push_str(&format!(
            "<h3>{}</h3><p>{}</p><ul>",
            escape(&c.title),
            escape(&c.summary)
        ));
        for side in &c.sides {
            h.push_str(&format!(
                "<li><strong>{}: {}</strong>",
                escape(&side.label),
                position(lang, side.position).0
            ));
            if let Some(note) = &side.note {
                h.push_str(&format!(" ({})", escape(note)));
            }
            h.push_str("<ul>");
            for s in side
                .statements
                .iter()
                .filter_map(|id| ds.statements.iter().find(|s| &s.id == id))
            {
                let speaker = ds
                    .actors
                    .iter()
                    .find(|a| a.id == s.speaker)
                    .map(|a| a.name.as_str())
                    .unwrap_or_default();
                let words = if s.paraphrase {
                    format!("(the article's words) {}", escape(&s.quote))
                } else {
                    format!("“{}”", escape(&s.quote))
                };
                h.push_str(&format!(
                    "<li>{}, {}: {words}</li>",
                    escape(speaker),
                    escape(&when(lang, &s.when))
                ));
            }
            h.push_str("</ul></li>");
        }
        h.push_str("</ul>");
    }
    h.push_str("</div>");
    h
}

/// Moves every `style="..."` attribute of `html` into a class of a generated stylesheet, so the
/// page runs under `style-src 'self'` (a policy that blocks style attributes). The live widget
/// sets the same properties through CSSOM, which such a policy allows.
///
/// Returns the rewritten HTML and the stylesheet (or why `html` could not be rewritten). Each
/// distinct style gets one class, named in
/// order of first use (`sm-s0`, `sm-s1`, ...), with `!important` so it wins as the attribute
/// would have.
pub fn extract_styles(html: &str) -> Result<(String, String), String> {
    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let out = summitry_html::rewrite(
        html,
        vec![summitry_html::element!("[style]", |el| {
            let declarations = summitry_html::attr(el, "style")
                .unwrap_or_default()
                .trim()
                .trim_end_matches(';')
                .to_string();
            el.remove_attribute("style");
            if declarations.is_empty() {
                return Ok(());
            }
            let n = *classes.entry(declarations.clone()).or_insert_with(|| {
                order.push(declarations);
                order.len() - 1
            });
            let class = match el.get_attribute("class") {
                Some(existing) => format!("{existing} sm-s{n}"),
                None => format!("sm-s{n}"),
            };
            el.set_attribute("class", &class)?;
            Ok(())
        })],
    )?;
    let mut css = String::new();
    for (n, decl) in order.iter().enumerate() {
        let important: Vec<String> = decl
            .split(';')
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(|d| format!("{d} !important"))
            .collect();
        css.push_str(&format!(".sm-s{n}{{{}}}\n", important.join(";")));
    }
    Ok((out, css))
}

/// Removes comments and needless white space from CSS. Conservative: a space before `:` can be
/// a descendant combinator (`.sm-app :focus-visible`), so it stays.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    out.push_str(rest);
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut min = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == ' ' {
            let prev = if i > 0 { chars[i - 1] } else { ' ' };
            let next = chars.get(i + 1).copied().unwrap_or(' ');
            if "{};,>".contains(prev) || "{};,>".contains(next) || prev == ':' {
                continue;
            }
        }
        min.push(*c);
    }
    min.replace(";}", "}")
}

/// Drops the comment lines of our own JavaScript (web/boot.js): lines that are only a `//`
/// comment, and `/* ... */` blocks that start a line. Lines of code are kept whole, so a `//` or
/// `/*` inside a string is never touched; readers on phones need not download the explanations.
pub fn strip_js_comments(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines() {
        let t = line.trim_start();
        if in_block {
            in_block = !line.contains("*/");
            continue;
        }
        if t.starts_with("/*") {
            in_block = !t.contains("*/");
            continue;
        }
        if t.starts_with("//") || t.is_empty() {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn javascript_loses_its_comment_lines_and_keeps_every_line_of_code() {
        let js = "// A loader.\n\n/**\n * Gets a file.\n */\nfunction get(f) {\n  \
                  return fetch(f); // kept: a line of code\n}\n/** One line. */\n\
                  const u = 'http://example.org/*x*/';\n  // indented\nget(u);\n";
        assert_eq!(
            strip_js_comments(js),
            "function get(f) {\n  return fetch(f); // kept: a line of code\n}\n\
             const u = 'http://example.org/*x*/';\nget(u);\n"
        );
    }

    #[test]
    fn style_attributes_become_classes_of_a_stylesheet() {
        let (html, css) = extract_styles(
            r#"<div class="a" style="left:1%;top:2%"><span style="left:1%;top:2%;">x</span><b style="--w:3">y</b></div>"#,
        )
        .unwrap();
        assert_eq!(
            html,
            r#"<div class="a sm-s0"><span class="sm-s0">x</span><b class="sm-s1">y</b></div>"#
        );
        assert_eq!(
            css,
            ".sm-s0{left:1% !important;top:2% !important}\n.sm-s1{--w:3 !important}\n"
        );
    }

    #[test]
    fn quoted_angle_brackets_and_comments_do_not_confuse_the_scan() {
        let (html, css) =
            extract_styles(r#"<!-- <b style="x:1"> --><a title="a > b" style="color:red">z</a>"#)
                .unwrap();
        assert_eq!(
            html,
            r#"<!-- <b style="x:1"> --><a title="a > b" class="sm-s0">z</a>"#
        );
        assert!(css.contains("color:red !important"));
    }

    #[test]
    fn a_style_in_single_quotes_or_with_character_references_moves_too() {
        let (html, css) =
            extract_styles(r#"<i class='x' style='font-family:&quot;A&amp;B&quot;'></i>"#).unwrap();
        assert_eq!(html, r#"<i class="x sm-s0"></i>"#);
        assert_eq!(css, ".sm-s0{font-family:\"A&B\" !important}\n");
    }

    #[test]
    fn a_page_without_styles_is_left_alone() {
        let (html, css) = extract_styles("<p>no <em>styles</em></p>").unwrap();
        assert_eq!(html, "<p>no <em>styles</em></p>");
        assert!(css.is_empty());
    }

    #[test]
    fn minified_css_keeps_descendant_combinators() {
        let css =
            "/* c */\n.sm-app :focus-visible { outline: 3px solid red; }\n.a > .b,\n.c { x: 1 }";
        assert_eq!(
            minify_css(css),
            ".sm-app :focus-visible{outline:3px solid red}.a>.b,.c{x:1}"
        );
    }
}
