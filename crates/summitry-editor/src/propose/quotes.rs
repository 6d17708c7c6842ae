//! Finding direct quotes: paragraphs, quote marks of any style, and sentences that do not break
//! inside a quote.

use std::ops::Range;

/// A paragraph of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The text, lines joined by a space.
    pub text: String,
    /// 1-based line of its first line in the article.
    pub line: usize,
    /// A short line without sentence punctuation: a heading, byline or boilerplate.
    pub heading: bool,
}

/// Splits an article into paragraphs: blank lines separate them, and within a block each line
/// that ends a sentence (or is short) ends one, so both one-line-per-paragraph and hard-wrapped
/// texts read right.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    let mut current: Option<Paragraph> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            out.extend(current.take());
            continue;
        }
        match &mut current {
            Some(p) => {
                p.text.push(' ');
                p.text.push_str(line);
            }
            None => {
                current = Some(Paragraph {
                    text: line.to_string(),
                    line: i + 1,
                    heading: false,
                })
            }
        }
        let ends = line.ends_with(['.', '!', '?', ':', '"', '\u{201D}', '\u{2019}', ')', '»'])
            || line.chars().count() < 60;
        if ends {
            out.extend(current.take());
        }
    }
    out.extend(current);
    for p in &mut out {
        p.heading = is_heading(&p.text);
    }
    out
}

fn is_heading(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let t = text.trim_end();
    words <= 10
        && !t.ends_with(['.', '!', '?', '"', '\u{201D}', ','])
        && !text.contains(['\u{201C}', '"', '«'])
}

/// A quote found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Byte range of the words inside the marks.
    pub inner: Range<usize>,
    /// Byte range including the marks.
    pub outer: Range<usize>,
    /// No closing mark before the paragraph ends: the quote runs on into the next paragraph.
    pub open_ended: bool,
}

fn opens(c: char) -> Option<char> {
    match c {
        '\u{201C}' => Some('\u{201D}'),
        '\u{201E}' => Some('\u{201C}'),
        '«' => Some('»'),
        '‹' => Some('›'),
        _ => None,
    }
}

/// Finds the double-quoted spans of a paragraph (curly, straight, low-high, guillemets) and,
/// outside them, single curly quotes. A stray closing mark is ignored.
pub fn scan(par: &str) -> Vec<Quote> {
    let chars: Vec<(usize, char)> = par.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(i + 1).map(|x| x.1);
        let closer = match c {
            '"' if prev.is_none_or(|p| p.is_whitespace() || "([{—–-:;,/".contains(p))
                && next.is_some_and(|n| !n.is_whitespace()) =>
            {
                Some('"')
            }
            '\u{2018}' if prev.is_none_or(|p| !p.is_alphanumeric()) => Some('\u{2019}'),
            c => opens(c),
        };
        let Some(closer) = closer else {
            i += 1;
            continue;
        };
        let start = at + c.len_utf8();
        let mut j = i + 1;
        let mut end = None;
        while j < chars.len() {
            let (bt, d) = chars[j];
            let after = chars.get(j + 1).map(|x| x.1);
            let closes = match closer {
                // A single closing mark followed by a letter is an apostrophe (it’s).
                '\u{2019}' => d == closer && after.is_none_or(|a| !a.is_alphanumeric()),
                '"' => d == '"',
                // Curly quotes are sometimes mis-paired in copy (”…” or “…“ at a close).
                '\u{201D}' => d == '\u{201D}' || (d == '"' && j > i + 1),
                _ => d == closer,
            };
            if closes {
                end = Some((bt, bt + d.len_utf8(), j));
                break;
            }
            j += 1;
        }
        match end {
            Some((inner_end, outer_end, j)) => {
                out.push(Quote {
                    inner: start..inner_end,
                    outer: at..outer_end,
                    open_ended: false,
                });
                i = j + 1;
            }
            None if closer == '\u{2019}' => i += 1,
            None => {
                out.push(Quote {
                    inner: start..par.len(),
                    outer: at..par.len(),
                    open_ended: true,
                });
                break;
            }
        }
    }
    out.retain(|q| !par[q.inner.clone()].trim().is_empty());
    out
}

/// The quoted words as printed, without the white space and the comma that belong to the
/// sentence around them (`"…drones," Zelensky said`).
pub fn words(par: &str, q: &Quote) -> String {
    let t = par[q.inner.clone()].trim();
    let t = t.strip_suffix(',').unwrap_or(t).trim_end();
    t.to_string()
}

/// Small words a title-case name may contain.
const NAME_JOINERS: [&str; 10] = [
    "of", "the", "and", "for", "de", "la", "von", "der", "du", "in",
];

/// True when the quoted words are a name or title in quote marks (`the "Coalition of the
/// Willing"`), not something someone said.
pub fn is_name(words: &str) -> bool {
    let w: Vec<&str> = words
        .split_whitespace()
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|x| !x.is_empty())
        .collect();
    !w.is_empty()
        && w.len() <= 6
        && !words.trim_end().ends_with(['.', '!', '?'])
        && w[0].starts_with(char::is_uppercase)
        && w.iter().all(|x| {
            x.starts_with(char::is_uppercase) || NAME_JOINERS.contains(&x.to_lowercase().as_str())
        })
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: [&str; 16] = [
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "jan", "feb", "aug",
    "sept", "oct",
];

/// The sentences of a paragraph, as byte ranges; a sentence never ends inside a quote.
pub fn sentences(par: &str, quotes: &[Quote]) -> Vec<Range<usize>> {
    let inside = |at: usize| quotes.iter().any(|q| q.inner.contains(&at));
    let chars: Vec<(usize, char)> = par.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') || inside(at) {
            continue;
        }
        // The sentence may end after closing marks: `…progress.”`
        let mut m = k + 1;
        while m < chars.len() && matches!(chars[m].1, '"' | '\u{201D}' | '\u{2019}' | '»' | ')') {
            m += 1;
        }
        let Some(&(next_at, next)) = chars.get(m) else {
            continue;
        };
        if !next.is_whitespace() {
            continue;
        }
        let following = par[next_at..].trim_start().chars().next();
        if !following.is_some_and(|f| f.is_uppercase() || "\"\u{201C}«‘(".contains(f)) {
            continue;
        }
        if c == '.' {
            let word: String = par[..at]
                .chars()
                .rev()
                .take_while(|x| x.is_alphanumeric() || *x == '.')
                .collect::<String>()
                .chars()
                .rev()
                .collect();
            let lower = word.to_lowercase();
            // U.S., a single initial, or a known abbreviation.
            if word.contains('.')
                || (word.chars().count() == 1 && word.starts_with(char::is_uppercase))
                || ABBREVIATIONS.contains(&lower.as_str())
            {
                continue;
            }
        }
        out.push(start..next_at);
        start = next_at;
    }
    if start < par.len() {
        out.push(start..par.len());
    }
    out.into_iter()
        .map(|r| {
            let s = &par[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let trail = s.len() - s.trim_end().len();
            r.start + lead..r.end - trail
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// The paragraph with every quote (marks included) blanked out, byte for byte, so positions
/// still match: what the article says around the quotes.
pub fn outside(par: &str, quotes: &[Quote]) -> String {
    let mut out = String::with_capacity(par.len());
    for (at, c) in par.char_indices() {
        if quotes.iter().any(|q| q.outer.contains(&at)) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(par: &str) -> Vec<String> {
        scan(par).iter().map(|q| words(par, q)).collect()
    }

    #[test]
    fn curly_straight_and_guillemet_quotes_are_found() {
        assert_eq!(
            quoted("\u{201C}We agreed,\u{201D} she said. He called it \"good\" and «fine»."),
            ["We agreed", "good", "fine"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quoted("Zelensky\u{2019}s office said it\u{2019}s \u{2018}done\u{2019}."),
            ["done"]
        );
    }

    #[test]
    fn a_stray_closing_mark_is_ignored_and_an_unclosed_quote_runs_to_the_end() {
        assert!(scan("enter the EU\u{201D}, \u{2013} WRITE: www.example.org").is_empty());
        let q = scan("He said: \u{201C}We will go on.");
        assert!(q[0].open_ended);
    }

    #[test]
    fn the_comma_before_the_attribution_is_not_part_of_the_quote() {
        assert_eq!(
            quoted("\u{201C}all of Europe, \u{201D}the message reads."),
            ["all of Europe"]
        );
    }

    #[test]
    fn names_in_quote_marks_are_not_quotes() {
        assert!(is_name("Coalition of the Willing"));
        assert!(is_name("Coalition"));
        assert!(!is_name("step forward"));
        assert!(!is_name("Peace must prevail."));
    }

    #[test]
    fn sentences_do_not_break_inside_quotes_or_after_initials() {
        let par = "\u{201C}Yes. No.\u{201D} He said it in the U.S. Capitol. Then he left.";
        let qs = scan(par);
        let s: Vec<&str> = sentences(par, &qs).into_iter().map(|r| &par[r]).collect();
        assert_eq!(
            s,
            [
                "\u{201C}Yes. No.\u{201D} He said it in the U.S. Capitol.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_and_blank_lines_separate() {
        let text = "A long line of hard-wrapped text that goes on and on without an end here\nand ends here.\n\nShort title\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 2);
        assert!(p[0].text.ends_with("ends here."));
        assert!(p[1].heading);
        assert_eq!(p[1].line, 4);
    }
}
