//! Dates in news text, resolved against the publication date: "on Wednesday", "a day later",
//! "last month", "on January 13", "by the end of August", "over the weekend".
//!
//! Each resolution carries its reasoning (`basis`), the precision the wording supports, and a
//! note when the wording allows another reading.

use std::ops::Range;

use time::{Date, Duration, Month, Weekday};

use crate::calendar::{self, long, month_named, short, weekday_named};
use summitry_data::Precision;

/// A date expression resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The day (first of the month or year for those precisions; the bound for by/after).
    pub date: Date,
    /// What the wording supports.
    pub precision: Precision,
    /// Last day of a range.
    pub end: Option<Date>,
    /// How the date follows from the text.
    pub basis: String,
    /// When the wording allows another reading, what it is.
    pub ambiguity: Option<String>,
    /// A point in the narrative that later "a day later" counts from (not a bound or a
    /// dateline).
    pub anchor: bool,
}

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the words.
    pub span: Range<usize>,
    /// The words as printed.
    pub phrase: String,
    /// The resolution, or why there is none.
    pub result: Result<Resolved, String>,
}

/// A word and where it is.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '.' && start.is_some();
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    text: text[s..i].trim_end_matches('.'),
                    start: s,
                    end: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: text[s..].trim_end_matches('.'),
            start: s,
            end: text.len(),
        });
    }
    out.into_iter().filter(|w| !w.text.is_empty()).collect()
}

fn lower(w: Option<&Word>) -> String {
    w.map(|w| w.text.to_lowercase()).unwrap_or_default()
}

fn number_word(w: &str) -> Option<i64> {
    let n = match w.to_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        other => other.parse().ok().filter(|n| (1..=60).contains(n))?,
    };
    Some(n)
}

fn day_number(w: &str) -> Option<u8> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !suffix.is_empty() && !["st", "nd", "rd", "th"].contains(&suffix) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(w: &str) -> Option<i32> {
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// Words that make a sentence look ahead, so a bare weekday or month is the next one. Only
/// verbs of the future count: "ahead of the upcoming summit" says nothing of when the sentence's
/// own events happen.
const FUTURE: [&str; 6] = ["will", "shall", "scheduled", "expected", "due", "tomorrow"];

/// True when `text` speaks of the future ("will meet", "is scheduled").
pub fn looks_ahead(text: &str) -> bool {
    words(text)
        .iter()
        .any(|w| FUTURE.contains(&w.text.to_lowercase().as_str()))
}

/// Past-tense verbs that do not end in "-ed", as news copy uses them around a day ("said on
/// Thursday", "met on Monday").
const PAST: [&str; 22] = [
    "said", "told", "met", "held", "spoke", "made", "gave", "took", "came", "went", "was", "were",
    "had", "did", "saw", "sent", "wrote", "left", "began", "put", "set", "rang",
];

/// The tense of the verb a weekday belongs to, from the words just before it ("said on
/// Thursday", "will meet on Thursday", "spoke late on Thursday"): `Some(true)` for the future,
/// `Some(false)` for the past, `None` when no verb is near. A sentence's other verbs do not
/// count: "said on Thursday that talks will resume" speaks of a past Thursday.
fn tense_before(ws: &[Word<'_>], i: usize) -> Option<bool> {
    for w in ws[i.saturating_sub(4)..i].iter().rev() {
        let lw = w.text.to_lowercase();
        if FUTURE.contains(&lw.as_str()) {
            return Some(true);
        }
        if PAST.contains(&lw.as_str()) || (lw.len() > 4 && lw.ends_with("ed") && lw != "scheduled")
        {
            return Some(false);
        }
    }
    None
}

fn monday_of(d: Date) -> Date {
    d - Duration::days(i64::from(d.weekday().number_days_from_monday()))
}

fn shift_month(d: Date, by: i32) -> Option<Date> {
    let idx = d.year() * 12 + i32::from(u8::from(d.month())) - 1 + by;
    Date::from_calendar_date(
        idx.div_euclid(12),
        Month::try_from((idx.rem_euclid(12) + 1) as u8).ok()?,
        1,
    )
    .ok()
}

fn weekday_on_or_before(p: Date, wd: Weekday) -> Date {
    let back = (7 + p.weekday().number_days_from_monday() as i64
        - wd.number_days_from_monday() as i64)
        % 7;
    p - Duration::days(back)
}

fn weekday_after(p: Date, wd: Weekday) -> Date {
    let fwd = (7 + wd.number_days_from_monday() as i64
        - p.weekday().number_days_from_monday() as i64)
        % 7;
    p + Duration::days(if fwd == 0 { 7 } else { fwd })
}

fn day(date: Date, basis: String) -> Resolved {
    Resolved {
        date,
        precision: Precision::Day,
        end: None,
        basis,
        ambiguity: None,
        anchor: true,
    }
}

/// Finds and resolves every date expression in `text`.
///
/// `published` is the article's date; `anchor` the last narrative date before `text` (what "a
/// day later" counts from); `ahead` whether the sentence looks to the future.
pub fn find(text: &str, published: Date, anchor: Option<Date>, ahead: bool) -> Vec<Found> {
    // Far from the years news is written in, day arithmetic could leave the calendar.
    let sane = |d: &Date| (2..=9998).contains(&d.year());
    if !sane(&published) {
        return Vec::new();
    }
    let anchor = anchor.filter(sane);
    let ws = words(text);
    let art = format!("in an article of {}", long(published));
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let at = At {
            ws: &ws,
            i,
            lw: ws[i].text.to_lowercase(),
            prev: lower(i.checked_sub(1).map(|j| &ws[j])),
            prev2: lower(i.checked_sub(2).map(|j| &ws[j])),
            next: lower(ws.get(i + 1)),
            published,
            anchor,
            ahead,
            art: &art,
        };
        match RECOGNISERS.iter().find_map(|recognise| recognise(&at)) {
            Some((first, last, result)) => {
                let span = ws[first].start..ws[last].end;
                out.push(Found {
                    phrase: text[span.clone()].to_string(),
                    span,
                    result,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Where the walk over a text's words stands: the word, its neighbours in lowercase, and what
/// relative dates count from.
struct At<'a> {
    ws: &'a [Word<'a>],
    i: usize,
    /// The word in lowercase.
    lw: String,
    /// The word before, and the one before that, in lowercase ("" at the start).
    prev: String,
    prev2: String,
    /// The word after, in lowercase.
    next: String,
    published: Date,
    anchor: Option<Date>,
    ahead: bool,
    /// "in an article of <published>", for the bases.
    art: &'a str,
}

impl At<'_> {
    fn w(&self) -> Word<'_> {
        self.ws[self.i]
    }
}

/// A date phrase recognised: its first and last word, and its resolution or why there is none.
type Hit = (usize, usize, Result<Resolved, String>);

/// The recognisers, tried in this order at each word: the first that recognises a phrase
/// there wins, and the walk goes on after that phrase.
const RECOGNISERS: [fn(&At) -> Option<Hit>; 10] = [
    iso_date,
    weekday,
    month_and_day,
    year,
    year_named,
    month_named_relative,
    week_or_weekend,
    day_of_the_article,
    days_apart,
    next_day,
];

/// ISO dates: datelines and metadata more than narrative.
fn iso_date(at: &At) -> Option<Hit> {
    let w = at.w();
    if w.text.len() != 10 || w.text.as_bytes().get(4) != Some(&b'-') {
        return None;
    }
    match calendar::parse_written(w.text) {
        Some((d, Precision::Day)) => {
            let mut r = day(d, format!("\"{}\" as printed", w.text));
            r.anchor = false;
            Some((at.i, at.i, Ok(r)))
        }
        _ => None,
    }
}

/// Weekdays: "on Wednesday", "Friday", "earlier Tuesday", "last Monday", "next Friday".
fn weekday(at: &At) -> Option<Hit> {
    let (w, i, published, art) = (at.w(), at.i, at.published, at.art);
    if !w.text.starts_with(char::is_uppercase) {
        return None;
    }
    let wd = weekday_named(w.text).filter(|_| w.text.len() > 3)?;
    // The weekday's own verb decides its direction before the sentence's mood does.
    let ahead = tense_before(at.ws, i).unwrap_or(at.ahead);
    let (first, r) = match at.prev.as_str() {
        "last" | "past" => {
            let mut d = weekday_on_or_before(published, wd);
            if d == published {
                d -= Duration::days(7);
            }
            (
                i - 1,
                day(d, format!("\"last {}\" {art} is {}", w.text, long(d))),
            )
        }
        "next" | "coming" => {
            let d = weekday_after(published, wd);
            (
                i - 1,
                day(d, format!("\"next {}\" {art} is {}", w.text, long(d))),
            )
        }
        "this" if ahead => {
            let d = weekday_on_or_before(published, wd);
            let d = if d < published {
                weekday_after(published, wd)
            } else {
                d
            };
            (
                i - 1,
                day(
                    d,
                    format!("\"this {}\" {art}, looking ahead, is {}", w.text, long(d)),
                ),
            )
        }
        _ if ahead => {
            let d = if published.weekday() == wd {
                published
            } else {
                weekday_after(published, wd)
            };
            let mut r = day(
                d,
                format!(
                    "\"{}\" {art}, in a sentence looking ahead, is the coming {}",
                    w.text,
                    long(d)
                ),
            );
            r.anchor = false;
            (i, r)
        }
        _ => {
            let d = weekday_on_or_before(published, wd);
            let why = if d == published {
                format!("\"{}\" {art} is the article's own day", w.text)
            } else {
                format!("\"{}\" {art} is {}", w.text, long(d))
            };
            let mut r = day(d, why);
            if d == published {
                r.ambiguity = Some(format!(
                    "the article's own day; if the text meant a week earlier, {}",
                    short(d - Duration::days(7))
                ));
            }
            let first = if ["on", "earlier", "late", "early"].contains(&at.prev.as_str()) {
                i - 1
            } else {
                i
            };
            (first, r)
        }
    };
    // "Wednesday evening", "Tuesday morning" belong to the phrase.
    let last = if ["morning", "afternoon", "evening", "night"].contains(&at.next.as_str()) {
        i + 1
    } else {
        i
    };
    Some((first, last, Ok(r)))
}

/// Month and day: "January 13", "Jan. 13, 2025", "13 January", "13 January 2025".
fn month_and_day(at: &At) -> Option<Hit> {
    let (ws, w, i) = (at.ws, at.w(), at.i);
    if !w.text.starts_with(char::is_uppercase) {
        return None;
    }
    let m = month_named(w.text)?;
    let after_day = ws.get(i + 1).and_then(|x| day_number(x.text));
    let before_day = i.checked_sub(1).and_then(|j| day_number(ws[j].text));
    let (dn, first, mut last) = match (after_day, before_day) {
        (Some(d), _) => (Some(d), i, i + 1),
        (None, Some(d)) => (Some(d), i - 1, i),
        _ => (None, i, i),
    };
    let year = ws.get(last + 1).and_then(|x| year_number(x.text));
    if year.is_some() {
        last += 1;
    }
    // "May" and "March" are words too: a month needs a day, a year or a preposition.
    let lead = lower(first.checked_sub(1).map(|j| &ws[j]));
    let lead2 = lower(first.checked_sub(2).map(|j| &ws[j]));
    let prepositional = [
        "in", "on", "by", "since", "until", "from", "of", "last", "next", "this", "early", "late",
        "mid", "before", "after", "during", "end",
    ]
    .contains(&lead.as_str());
    if dn.is_none() && year.is_none() && !prepositional {
        return None;
    }
    let phrase_first = if ["on", "by", "before", "since", "until", "after"].contains(&lead.as_str())
    {
        first - 1
    } else {
        first
    };
    let result = month_phrase(
        m,
        dn,
        year,
        &lead,
        &lead2,
        at.published,
        at.ahead,
        at.art,
        &ws[first..=last],
    );
    let phrase_first = match lead.as_str() {
        "of" if lead2 == "end" => first.saturating_sub(3),
        "early" | "late" | "mid" | "last" | "next" | "this" => first - 1,
        _ => phrase_first,
    };
    Some((phrase_first, last, result))
}

/// Years: "in 2024", "by the end of 2025".
fn year(at: &At) -> Option<Hit> {
    let (prev, i) = (at.prev.as_str(), at.i);
    let y = year_number(at.w().text)?;
    let by = prev == "by" || (prev == "of" && at.prev2 == "end");
    let within = [
        "in",
        "since",
        "during",
        "until",
        "throughout",
        "early",
        "late",
        "mid",
    ]
    .contains(&prev);
    if !by && !within {
        return None;
    }
    let res = if by {
        Date::from_calendar_date(y, Month::December, 31).map(|d| Resolved {
            date: d,
            precision: Precision::By,
            end: None,
            basis: format!("\"by the end of {y}\": on or before {}", short(d)),
            ambiguity: None,
            anchor: false,
        })
    } else {
        Date::from_calendar_date(y, Month::January, 1).map(|d| Resolved {
            date: d,
            precision: Precision::Year,
            end: None,
            basis: format!("\"{prev} {y}\""),
            ambiguity: None,
            anchor: false,
        })
    };
    Some((i.saturating_sub(1), i, res.map_err(|e| e.to_string())))
}

/// Years relative to the article: "last year", "this year", "next year".
fn year_named(at: &At) -> Option<Hit> {
    let prev = at.prev.as_str();
    if at.lw != "year" || !["last", "this", "next"].contains(&prev) {
        return None;
    }
    let y = at.published.year()
        + match prev {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
    let d = Date::from_calendar_date(y, Month::January, 1).ok()?;
    Some((
        at.i - 1,
        at.i,
        Ok(Resolved {
            date: d,
            precision: Precision::Year,
            end: None,
            basis: format!("\"{prev} year\" {} is {y}", at.art),
            ambiguity: None,
            anchor: false,
        }),
    ))
}

/// Months relative to the article: "last month", "this month", "next month".
fn month_named_relative(at: &At) -> Option<Hit> {
    let prev = at.prev.as_str();
    if at.lw != "month" || !["last", "this", "next"].contains(&prev) {
        return None;
    }
    let by = match prev {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    let d = shift_month(at.published, by)?;
    Some((
        at.i - 1,
        at.i,
        Ok(Resolved {
            date: d,
            precision: Precision::Month,
            end: None,
            basis: format!(
                "\"{prev} month\" {} is {} {}",
                at.art,
                calendar::month_name(d.month()),
                d.year()
            ),
            ambiguity: None,
            anchor: false,
        }),
    ))
}

/// Weeks and weekends: "last week", "earlier this week", "over the weekend".
fn week_or_weekend(at: &At) -> Option<Hit> {
    let (lw, prev, prev2, published) = (
        at.lw.as_str(),
        at.prev.as_str(),
        at.prev2.as_str(),
        at.published,
    );
    if !(lw == "week" || lw == "weekend")
        || !["last", "this", "next", "the", "earlier", "later"].contains(&prev)
    {
        return None;
    }
    let this_monday = monday_of(published);
    let (from, to, what) = match (lw, prev, prev2) {
        ("week", "this", "earlier") => (
            this_monday,
            published - Duration::days(1),
            "earlier this week",
        ),
        ("week", "this", _) => (this_monday, published, "this week"),
        ("week", "last", _) => (
            this_monday - Duration::days(7),
            this_monday - Duration::days(1),
            "last week",
        ),
        ("week", "next", _) => (
            this_monday + Duration::days(7),
            this_monday + Duration::days(13),
            "next week",
        ),
        ("weekend", "next", _) => {
            let sat = weekday_after(published, Weekday::Saturday);
            (sat, sat + Duration::days(1), "next weekend")
        }
        ("weekend", _, _) => {
            let sat = match published.weekday() {
                Weekday::Saturday => published,
                Weekday::Sunday => published - Duration::days(1),
                _ => weekday_on_or_before(published, Weekday::Saturday),
            };
            (sat, sat + Duration::days(1), "the weekend")
        }
        _ => (published, published, ""),
    };
    if what.is_empty() || from > to {
        return None;
    }
    let first = if prev2 == "over" || prev2 == "at" || prev2 == "earlier" {
        at.i - 2
    } else {
        at.i - 1
    };
    Some((
        first,
        at.i,
        Ok(Resolved {
            date: from,
            precision: Precision::Range,
            end: Some(to),
            basis: format!("\"{what}\" {}: {} to {}", at.art, short(from), short(to)),
            ambiguity: None,
            anchor: false,
        }),
    ))
}

/// Days relative to the article: today, yesterday, tomorrow.
fn day_of_the_article(at: &At) -> Option<Hit> {
    let by = match at.lw.as_str() {
        "today" | "tonight" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => return None,
    };
    let d = at.published + Duration::days(by);
    Some((
        at.i,
        at.i,
        Ok(day(
            d,
            format!("\"{}\" {} is {}", at.w().text, at.art, long(d)),
        )),
    ))
}

/// Days relative to the narrative: "a day later", "two days earlier", "a week after".
fn days_apart(at: &At) -> Option<Hit> {
    let (lw, ws, i) = (at.lw.as_str(), at.ws, at.i);
    if !(lw == "later" || lw == "earlier" || lw == "before" || lw == "after") {
        return None;
    }
    let n = i.checked_sub(2).and_then(|j| number_word(ws[j].text));
    let days = match at.prev.as_str() {
        "day" | "days" => n,
        "week" | "weeks" => n.map(|n| n * 7),
        _ => None,
    }?;
    let sign = if lw == "later" || lw == "after" {
        1
    } else {
        -1
    };
    let phrase = format!("{} {} {}", ws[i - 2].text, ws[i - 1].text, ws[i].text);
    let res = match at.anchor {
        Some(a) => {
            let d = a + Duration::days(sign * days);
            Ok(day(
                d,
                format!(
                    "\"{phrase}\" counted from {}, the date the text gave before it: {}",
                    long(a),
                    long(d)
                ),
            ))
        }
        None => Err(format!(
            "\"{phrase}\" counts from an earlier date, but the text gives none before it"
        )),
    };
    Some((i - 2, i, res))
}

/// "The next day", "the following day", "the previous day", from the narrative's last date.
fn next_day(at: &At) -> Option<Hit> {
    let prev = at.prev.as_str();
    if at.lw != "day" || !["next", "following", "previous"].contains(&prev) || at.prev2 != "the" {
        return None;
    }
    let sign = if prev == "previous" { -1 } else { 1 };
    let phrase = format!("the {prev} day");
    let res = match at.anchor {
        Some(a) => {
            let d = a + Duration::days(sign);
            Ok(day(
                d,
                format!("\"{phrase}\" counted from {}: {}", long(a), long(d)),
            ))
        }
        None => Err(format!(
            "\"{phrase}\" counts from an earlier date, but the text gives none before it"
        )),
    };
    Some((at.i - 2, at.i, res))
}

#[allow(clippy::too_many_arguments)]
fn month_phrase(
    m: Month,
    dn: Option<u8>,
    year: Option<i32>,
    lead: &str,
    lead2: &str,
    published: Date,
    ahead: bool,
    art: &str,
    phrase: &[Word],
) -> Result<Resolved, String> {
    let shown: Vec<&str> = phrase.iter().map(|w| w.text).collect();
    let shown = shown.join(" ");
    let bound = lead == "by"
        || lead == "before"
        || (lead == "of" && lead2 == "end")
        || (lead == "late" && lead2 == "by");
    let forward = ahead || bound || lead == "next" || lead == "until";
    // Which year: the one printed, else the nearest that fits the tense.
    let pick = |d: u8| -> Result<(i32, Option<String>), String> {
        if let Some(y) = year {
            return Ok((y, None));
        }
        let this = Date::from_calendar_date(published.year(), m, d)
            .map_err(|_| format!("\"{shown}\" is not a calendar date"))?;
        let y = match (forward, this >= published) {
            (true, true) | (false, false) => published.year(),
            (true, false) => published.year() + 1,
            (false, true) if this == published || lead == "this" => published.year(),
            (false, true) => published.year() - 1,
        };
        let note = (year.is_none() && y != published.year()).then(|| {
            format!(
                "no year is printed; {} is the nearest that fits the tense",
                y
            )
        });
        Ok((y, note))
    };
    match dn {
        Some(d) => {
            let (y, note) = pick(d)?;
            let date = Date::from_calendar_date(y, m, d).map_err(|_| {
                format!(
                    "\"{shown}\" is not a calendar date: {d} {} {y} does not exist",
                    calendar::month_name(m)
                )
            })?;
            let mut r = day(date, format!("\"{shown}\" {art} is {}", long(date)));
            r.ambiguity = note;
            // A dateline ("Brussels, October 23 (ANI):") is not a point in the story.
            r.anchor = matches!(lead, "on" | "since" | "from" | "until" | "after" | "before");
            if bound {
                r.precision = Precision::By;
                r.anchor = false;
                r.basis = format!("\"by {shown}\": on or before {}", short(date));
            }
            Ok(r)
        }
        None => {
            let (y, note) = pick(1)?;
            let first = Date::from_calendar_date(y, m, 1).map_err(|e| e.to_string())?;
            let last = calendar::last_day(y, m).ok_or("no last day")?;
            if bound {
                let words = if lead == "of" {
                    format!("by the end of {shown}")
                } else {
                    format!("{lead} {shown}")
                };
                return Ok(Resolved {
                    date: last,
                    precision: Precision::By,
                    end: None,
                    basis: format!("\"{words}\" {art}: on or before {}", short(last)),
                    ambiguity: note,
                    anchor: false,
                });
            }
            Ok(Resolved {
                date: first,
                precision: Precision::Month,
                end: None,
                basis: format!(
                    "\"{} {shown}\" {art} is {} {y}",
                    lead,
                    calendar::month_name(m)
                ),
                ambiguity: note,
                anchor: false,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn one(text: &str, published: Date) -> Resolved {
        let found = find(
            text,
            published,
            Some(date!(2025 - 07 - 23)),
            looks_ahead(text),
        );
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].result.clone().unwrap()
    }

    const SUNDAY: Date = date!(2025 - 07 - 27);

    #[test]
    fn on_wednesday_in_a_sunday_article_is_four_days_earlier() {
        let r = one("They met on Wednesday evening.", SUNDAY);
        assert_eq!(r.date, date!(2025 - 07 - 23));
        assert_eq!(r.precision, Precision::Day);
        assert!(r.basis.contains("Sunday 27 July 2025"), "{}", r.basis);
    }

    #[test]
    fn the_articles_own_weekday_is_that_day_and_says_so() {
        let r = one("They spoke on Sunday.", SUNDAY);
        assert_eq!(r.date, SUNDAY);
        assert!(r.ambiguity.is_some());
    }

    #[test]
    fn a_day_later_counts_from_the_last_date_given() {
        let r = one("A day later, the office replied.", SUNDAY);
        assert_eq!(r.date, date!(2025 - 07 - 24));
    }

    #[test]
    fn a_day_earlier_without_an_earlier_date_is_unresolved() {
        let found = find("A day earlier, they met.", SUNDAY, None, false);
        assert!(found[0].result.as_ref().unwrap_err().contains("gives none"));
    }

    #[test]
    fn last_month_is_a_month() {
        let r = one("He said it last month in Brussels.", date!(2025 - 01 - 31));
        assert_eq!(
            (r.date, r.precision),
            (date!(2024 - 12 - 01), Precision::Month)
        );
    }

    #[test]
    fn on_january_13_in_a_january_article_is_that_january() {
        let r = one("And on January 13, he spoke.", date!(2025 - 01 - 31));
        assert_eq!(r.date, date!(2025 - 01 - 13));
        assert!(r.anchor);
    }

    #[test]
    fn on_december_5_in_a_january_article_is_the_year_before() {
        let r = one("They met on December 5.", date!(2025 - 01 - 31));
        assert_eq!(r.date, date!(2024 - 12 - 05));
        assert!(r.ambiguity.is_some());
    }

    #[test]
    fn by_the_end_of_august_is_a_by_date() {
        let r = one("a meeting by the end of August", SUNDAY);
        assert_eq!(
            (r.date, r.precision),
            (date!(2025 - 08 - 31), Precision::By)
        );
        let r = one("a meeting by late August", SUNDAY);
        assert_eq!(
            (r.date, r.precision),
            (date!(2025 - 08 - 31), Precision::By)
        );
    }

    #[test]
    fn over_the_weekend_is_the_saturday_and_sunday_before() {
        let r = one("Over the weekend, advisers met.", date!(2026 - 01 - 07));
        assert_eq!(r.date, date!(2026 - 01 - 03));
        assert_eq!(r.end, Some(date!(2026 - 01 - 04)));
        assert_eq!(r.precision, Precision::Range);
    }

    #[test]
    fn a_weekday_in_a_sentence_looking_ahead_is_the_next_one() {
        let r = one("They will meet on Friday.", SUNDAY);
        assert_eq!(r.date, date!(2025 - 08 - 01));
    }

    const SATURDAY: Date = date!(2025 - 07 - 26);

    #[test]
    fn said_on_thursday_is_the_thursday_before_though_the_sentence_looks_ahead() {
        let r = one(
            "Kremlin spokesperson Dmitry Peskov said on Thursday that a meeting will be prepared.",
            SATURDAY,
        );
        assert_eq!(r.date, date!(2025 - 07 - 24));
        let r = one(
            "Peskov told reporters on Thursday that talks are expected.",
            SATURDAY,
        );
        assert_eq!(r.date, date!(2025 - 07 - 24));
    }

    #[test]
    fn will_meet_on_thursday_is_the_coming_thursday() {
        let r = one(
            "The delegations will meet on Thursday, officials said.",
            SATURDAY,
        );
        assert_eq!(r.date, date!(2025 - 07 - 31));
    }

    #[test]
    fn an_impossible_date_is_unresolved_not_a_panic() {
        let found = find("on February 30", SUNDAY, None, false);
        assert!(found[0].result.is_err());
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(find("Ukraine may be inching closer", SUNDAY, None, false).is_empty());
    }

    #[test]
    fn a_dateline_is_not_a_point_in_the_story() {
        let found = find(
            "Brussels [Belgium], October 23 (ANI): leaders",
            date!(2025 - 10 - 23),
            None,
            false,
        );
        assert!(!found[0].result.as_ref().unwrap().anchor);
    }

    mod never_panics {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn on_arbitrary_text(text in "\\PC{0,200}", days in -3_000_000i32..3_000_000, anchor in proptest::option::of(-3_000_000i32..3_000_000)) {
                let p = Date::from_julian_day(days).unwrap_or(SUNDAY);
                let a = anchor.and_then(|d| Date::from_julian_day(d).ok());
                let _ = find(&text, p, a, looks_ahead(&text));
            }

            #[test]
            fn on_date_like_words(
                words in proptest::collection::vec(
                    prop_oneof![
                        Just("on"), Just("by"), Just("the"), Just("end"), Just("of"), Just("last"), Just("next"),
                        Just("January"), Just("February"), Just("May"), Just("Friday"), Just("day"), Just("days"),
                        Just("later"), Just("earlier"), Just("week"), Just("weekend"), Just("year"), Just("month"),
                        Just("31"), Just("29th"), Just("2024"), Just("9999"), Just("a"), Just("two"), Just("today"),
                    ],
                    0..12,
                ),
                days in -3_000_000i32..3_000_000,
            ) {
                let text = words.join(" ");
                let p = Date::from_julian_day(days).unwrap_or(SUNDAY);
                let _ = find(&text, p, Some(p), looks_ahead(&text));
            }
        }
    }
}
