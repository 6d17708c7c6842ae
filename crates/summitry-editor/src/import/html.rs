//! TimelineJS and StoryMapJS keep their text as HTML; Summitry keeps plain text. This reduces
//! one to the other and keeps the links, which are often the sources.

/// A link found in the HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The `href`, trimmed.
    pub href: String,
    /// The link's own words.
    pub text: String,
}

/// Tags that end a line of text.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "table",
    "section",
    "article",
    "hr",
];

/// Plain text (paragraphs separated by a blank line, white space collapsed) and the links of
/// `html`. Unknown or broken markup is dropped, never an error.
pub fn to_text(html: &str) -> (String, Vec<Link>) {
    let mut out = String::new();
    let mut links = Vec::new();
    let mut open_link: Option<(String, usize)> = None;
    let mut skip_until: Option<&str> = None;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                out.push_str(&decode(rest));
            }
            break;
        };
        if skip_until.is_none() {
            out.push_str(&decode(&rest[..lt]));
        }
        let after = &rest[lt + 1..];
        let starts_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        if !starts_tag {
            // A `<` before a space or a digit is text ("a < b").
            if skip_until.is_none() {
                out.push('<');
            }
            rest = after;
            continue;
        }
        let Some(gt) = after.find('>') else {
            // A `<` that opens no tag is text ("a < b").
            if skip_until.is_none() {
                out.push_str(&decode(&rest[lt..]));
            }
            break;
        };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(end) = skip_until {
            if closing && name == end {
                skip_until = None;
            }
            continue;
        }
        match (name.as_str(), closing) {
            ("script", false) => skip_until = Some("script"),
            ("style", false) => skip_until = Some("style"),
            ("a", false) => {
                open_link = attribute(tag, "href").map(|h| (h, out.len()));
            }
            ("a", true) => {
                if let Some((href, start)) = open_link.take() {
                    let text = collapse(&out[start.min(out.len())..]);
                    if !href.trim().is_empty() {
                        links.push(Link {
                            href: href.trim().to_string(),
                            text,
                        });
                    }
                }
            }
            (n, _) if BLOCK.contains(&n) => out.push('\n'),
            _ => {}
        }
    }
    if let Some((href, start)) = open_link {
        if !href.trim().is_empty() {
            links.push(Link {
                href: href.trim().to_string(),
                text: collapse(&out[start.min(out.len())..]),
            });
        }
    }
    let paragraphs: Vec<String> = out
        .split('\n')
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect();
    (paragraphs.join("\n\n"), links)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value of attribute `name` in a tag's inside text, quoted or not.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = tag[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start();
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest.split_whitespace().next().unwrap_or(""),
        };
        return Some(decode(value));
    }
    None
}

/// Decodes the HTML entities news text uses; an unknown entity stays as written.
pub fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after
            .char_indices()
            .take(10)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|e| entity(&after[..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201C}',
        "rdquo" => '\u{201D}',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_reduced_to_paragraphs_of_plain_text() {
        let (text, links) = to_text(
            "<p>Leaders met in <b>Geneva</b>&nbsp;on Monday.</p><p>Talks &amp; more<br>next</p>",
        );
        assert_eq!(
            text,
            "Leaders met in Geneva on Monday.\n\nTalks & more\n\nnext"
        );
        assert!(links.is_empty());
    }

    #[test]
    fn links_are_kept_with_their_words() {
        let (text, links) = to_text(
            "See <a href=\"https://example.org/a?x=1&amp;y=2\" target=_blank>the report</a>.",
        );
        assert_eq!(text, "See the report.");
        assert_eq!(links[0].href, "https://example.org/a?x=1&y=2");
        assert_eq!(links[0].text, "the report");
    }

    #[test]
    fn broken_markup_and_scripts_do_not_leak() {
        assert_eq!(to_text("a < b <script>x()</script>c").0, "a < b c");
        assert_eq!(to_text("x <p unclosed").0, "x <p unclosed");
        assert_eq!(
            decode("&bogus; &#8220;hi&#x201D;"),
            "&bogus; \u{201C}hi\u{201D}"
        );
    }
}
