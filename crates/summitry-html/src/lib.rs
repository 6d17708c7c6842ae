//! The build's HTML rewriting, on the native side only: `summitry-build` (the root crate's `ssr`
//! binary: style attributes into classes, trunk's links, the early answers) and xtask (the single
//! file). Both read and rewrite tags with one streaming rewriter ([`lol_html`]), which tokenizes
//! as a browser does: a `>` inside a quoted value, a tag inside a comment, text inside `<script>`
//! or `<style>` are never taken for the end of a tag or for a tag.
//!
//! A crate of its own because both programs need it and neither may depend on the other (xtask
//! does not build the widget; the widget does not link the tooling). The wasm never links it: the
//! root crate takes it with the `ssr` feature only.
//!
//! [`escape`] and [`unescape`] need no rewriter: `summitry-check` (the TimelineJS export) takes
//! them with the default feature `rewrite` off, so the widget's build script, which links
//! `summitry-check`, never compiles lol_html.

#[cfg(feature = "rewrite")]
use std::borrow::Cow;

#[cfg(feature = "rewrite")]
pub use lol_html::html_content::{ContentType, Element, TextChunk};
#[cfg(feature = "rewrite")]
pub use lol_html::{element, text, ElementContentHandlers, HandlerResult, Selector};

/// One rewriting rule: a CSS selector and what to do with the elements (or text) it matches, as
/// [`element!`] and [`text!`] make it.
#[cfg(feature = "rewrite")]
pub type Handler<'h> = (Cow<'static, Selector>, ElementContentHandlers<'h>);

/// Rewrites `html` (UTF-8) by `handlers`; everything they do not touch is copied byte for byte. A
/// handler's error (a `String` turned into a boxed error) comes back as its text.
#[cfg(feature = "rewrite")]
pub fn rewrite<'h>(html: &str, handlers: Vec<Handler<'h>>) -> Result<String, String> {
    let settings = handlers
        .into_iter()
        .fold(lol_html::RewriteStrSettings::new(), |s, h| {
            s.append_element_content_handler(h)
        });
    lol_html::rewrite_str(html, settings).map_err(|e| match e {
        // A rule's own error says what went wrong.
        lol_html::errors::RewritingError::ContentHandlerError(e) => e.to_string(),
        e => format!("cannot rewrite the HTML: {e}"),
    })
}

/// How many elements of `html` match `selector`.
#[cfg(feature = "rewrite")]
pub fn count(html: &str, selector: &str) -> Result<usize, String> {
    let mut n = 0;
    rewrite(
        html,
        vec![element!(selector, |_| {
            n += 1;
            Ok(())
        })],
    )?;
    Ok(n)
}

/// Cuts the one element matching `selector`, with everything in it, out of `html`: (the rest, the
/// element as written), or `None` when nothing matches. More than one match is an error.
#[cfg(feature = "rewrite")]
pub fn cut(html: &str, selector: &str) -> Result<Option<(String, String)>, String> {
    // The rewriter finds the element; marks on both sides of it say where it is in the output,
    // which is the input byte for byte.
    const MARK: &str = "<!--summitry-cut-->";
    if html.contains(MARK) {
        return Err(format!("the HTML already holds {MARK}"));
    }
    let mut found = 0;
    let marked = rewrite(
        html,
        vec![element!(selector, |el| {
            found += 1;
            el.before(MARK, ContentType::Html);
            el.after(MARK, ContentType::Html);
            Ok(())
        })],
    )?;
    match found {
        0 => Ok(None),
        1 => {
            let mut parts = marked.splitn(3, MARK);
            let (before, element, after) = (
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
            );
            Ok(Some((format!("{before}{after}"), element.to_string())))
        }
        n => Err(format!("{n} elements match `{selector}`, expected one")),
    }
}

/// The value of attribute `name` of `el`, its character references decoded (the ones an HTML
/// writer such as Leptos's uses: `&quot;`, `&#39;`, `&lt;`, `&gt;`, `&amp;`).
#[cfg(feature = "rewrite")]
pub fn attr(el: &Element<'_, '_>, name: &str) -> Option<String> {
    el.get_attribute(name).map(|v| unescape(&v))
}

/// Whether the space-separated `rel` attribute of `el` holds `value` (ignoring ASCII case).
#[cfg(feature = "rewrite")]
pub fn has_rel(el: &Element<'_, '_>, value: &str) -> bool {
    attr(el, "rel").is_some_and(|rel| {
        rel.split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case(value))
    })
}

/// Escapes text for HTML content and attribute values: the build's no-script text, the
/// TimelineJS export's texts (HTML in its JSON), the single file's `media` attributes.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Decodes the character references [`escape`] and Leptos write (`&amp;` last, so `&amp;lt;`
/// stays `&lt;`).
pub fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "rewrite")]
    #[test]
    fn what_no_rule_touches_is_copied_as_written() {
        let html = "<!DOCTYPE html><p title='a > b' class=x>t<!-- <b> --><br/></p><!>";
        assert_eq!(rewrite(html, vec![]).unwrap(), html);
    }

    #[cfg(feature = "rewrite")]
    #[test]
    fn a_quoted_angle_bracket_does_not_end_a_tag() {
        let mut titles = Vec::new();
        rewrite(
            r#"<link title="a > b" rel="stylesheet" href="x.css"><!-- <link href="y"> -->"#,
            vec![element!("link", |el| {
                titles.push((attr(el, "title"), attr(el, "href")));
                Ok(())
            })],
        )
        .unwrap();
        assert_eq!(
            titles,
            [(Some("a > b".to_string()), Some("x.css".to_string()))]
        );
    }

    #[cfg(feature = "rewrite")]
    #[test]
    fn cuts_one_element_with_its_contents() {
        let html = r#"<div><template id="t"><p title="</template>">x</p></template></div>"#;
        let (rest, cut_out) = cut(html, "template#t").unwrap().unwrap();
        assert_eq!(rest, "<div></div>");
        assert_eq!(
            cut_out,
            r#"<template id="t"><p title="</template>">x</p></template>"#
        );
        assert_eq!(cut(html, "template#u").unwrap(), None);
        assert!(cut("<i></i><i></i>", "i").is_err());
        assert_eq!(count(html, "template p").unwrap(), 1);
    }

    #[test]
    fn unescapes_what_an_html_writer_escapes() {
        assert_eq!(unescape("a&amp;lt;&quot;&#39;&gt;"), "a&lt;\"'>");
        let text = "Kyiv & \"the <cart>\"";
        assert_eq!(escape(text), "Kyiv &amp; &quot;the &lt;cart&gt;&quot;");
        assert_eq!(unescape(&escape(text)), text);
    }
}
