//! Calendar words and written dates, shared by the importers and the proposer.

use time::{Date, Month, Weekday};

use summitry_data::Precision;
pub use summitry_data::{month_name, weekday_name};
use summitry_data::{MONTH_NAMES, WEEKDAY_NAMES};

/// The month a word names: "January", "Jan", "Jan.", "Sept"; any case. The full names are the
/// dataset's one table ([`summitry_data::MONTH_NAMES`]); this recogniser adds the abbreviations.
pub fn month_named(word: &str) -> Option<Month> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    let i = MONTH_NAMES.iter().position(|n| {
        n.eq_ignore_ascii_case(w)
            || (w.len() == 3 && n[..3].eq_ignore_ascii_case(w))
            || (w.eq_ignore_ascii_case("sept") && *n == "September")
    })?;
    Month::try_from(i as u8 + 1).ok()
}

/// The weekday a word names: "Monday", "Mon", "Mon."; any case (the full names are
/// [`summitry_data::WEEKDAY_NAMES`]).
pub fn weekday_named(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.');
    let i = WEEKDAY_NAMES.iter().position(|n| {
        n.eq_ignore_ascii_case(w) || (w.len() == 3 && n[..3].eq_ignore_ascii_case(w))
    })?;
    Some(Weekday::Monday.nth_next(i as u8))
}

/// "Sunday 27 July 2025".
pub fn long(d: Date) -> String {
    format!(
        "{} {} {} {}",
        weekday_name(d.weekday()),
        d.day(),
        month_name(d.month()),
        d.year()
    )
}

/// "27 July 2025".
pub fn short(d: Date) -> String {
    summitry_data::day_month_year(d)
}

/// The years Summitry writes: four digits, so the `YYYY-MM-DD` form holds.
pub fn plausible_year(y: i64) -> bool {
    (1..=9999).contains(&y)
}

/// The last day of a month.
pub fn last_day(year: i32, month: Month) -> Option<Date> {
    Date::from_calendar_date(year, month, time::util::days_in_month(month, year)).ok()
}

/// A date from TimelineJS-style parts: a year, then optionally a month (number or name), then
/// optionally a day. The precision follows the parts given. `Err` says what is wrong.
pub fn from_parts(year: &str, month: &str, day: &str) -> Result<(Date, Precision), String> {
    let (year, month, day) = (year.trim(), month.trim(), day.trim());
    let y: i64 = year
        .parse()
        .map_err(|_| format!("year `{year}` is not a number"))?;
    if !plausible_year(y) {
        return Err(format!(
            "year {y} is outside 1–9999, which Summitry's YYYY-MM-DD dates cannot hold"
        ));
    }
    let y = y as i32;
    if month.is_empty() {
        if !day.is_empty() {
            return Err(format!("a day ({day}) is given without a month"));
        }
        let d = Date::from_calendar_date(y, Month::January, 1).map_err(|e| e.to_string())?;
        return Ok((d, Precision::Year));
    }
    let m = match month.parse::<u8>() {
        Ok(n) => Month::try_from(n).map_err(|_| format!("month `{month}` is not 1–12"))?,
        Err(_) => month_named(month).ok_or_else(|| format!("month `{month}` is not a month"))?,
    };
    if day.is_empty() {
        let d = Date::from_calendar_date(y, m, 1).map_err(|e| e.to_string())?;
        return Ok((d, Precision::Month));
    }
    let dn: u8 = day
        .parse()
        .map_err(|_| format!("day `{day}` is not a number"))?;
    let d = Date::from_calendar_date(y, m, dn)
        .map_err(|_| format!("{y}-{:02}-{day} is not a calendar date", m as u8))?;
    Ok((d, Precision::Day))
}

/// A date written out in full, as StoryMapJS slides and datelines give it: `2025-07-23`,
/// `2025-07`, `2025`, `July 23, 2025`, `23 July 2025`, `Jul. 23 2025`, `July 2025`.
pub fn parse_written(text: &str) -> Option<(Date, Precision)> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    // ISO forms.
    let iso: Vec<&str> = t.split('-').collect();
    if iso
        .iter()
        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && iso[0].len() == 4
    {
        return match iso.as_slice() {
            [y] => from_parts(y, "", "").ok(),
            [y, m] => from_parts(y, m, "").ok(),
            [y, m, d] => from_parts(y, m, d).ok(),
            _ => None,
        };
    }
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
        (!w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    let year_of = |w: &str| num(w).filter(|n| *n >= 1000).map(|n| n.to_string());
    match words.as_slice() {
        // July 23, 2025 / Jul. 23 2025
        [m, d, y] if month_named(m).is_some() && num(d).is_some() && year_of(y).is_some() => {
            from_parts(&year_of(y)?, m, &num(d)?.to_string()).ok()
        }
        // 23 July 2025
        [d, m, y] if month_named(m).is_some() && num(d).is_some() && year_of(y).is_some() => {
            from_parts(&year_of(y)?, m, &num(d)?.to_string()).ok()
        }
        // July 2025
        [m, y] if month_named(m).is_some() && year_of(y).is_some() => {
            from_parts(&year_of(y)?, m, "").ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn month_names_and_abbreviations_are_months() {
        assert_eq!(month_named("January"), Some(Month::January));
        assert_eq!(month_named("Sept."), Some(Month::September));
        assert_eq!(month_named("mar"), Some(Month::March));
        assert_eq!(month_named("May"), Some(Month::May));
        assert_eq!(month_named("Ma"), None);
        assert_eq!(month_named("Market"), None);
    }

    #[test]
    fn parts_give_the_precision_they_support() {
        assert_eq!(
            from_parts("2024", "", ""),
            Ok((date!(2024 - 01 - 01), Precision::Year))
        );
        assert_eq!(
            from_parts("2024", "3", ""),
            Ok((date!(2024 - 03 - 01), Precision::Month))
        );
        assert_eq!(
            from_parts("2024", "March", "5"),
            Ok((date!(2024 - 03 - 05), Precision::Day))
        );
        assert!(from_parts("2024", "2", "30").is_err());
        assert!(from_parts("c. 1990", "", "").is_err());
        assert!(from_parts("-50", "", "").is_err());
    }

    #[test]
    fn written_dates_in_common_forms_are_read() {
        let day = |d| Some((d, Precision::Day));
        assert_eq!(parse_written("2025-07-23"), day(date!(2025 - 07 - 23)));
        assert_eq!(parse_written("July 23, 2025"), day(date!(2025 - 07 - 23)));
        assert_eq!(parse_written("23 July 2025"), day(date!(2025 - 07 - 23)));
        assert_eq!(
            parse_written("July 2025"),
            Some((date!(2025 - 07 - 01), Precision::Month))
        );
        assert_eq!(
            parse_written("2025"),
            Some((date!(2025 - 01 - 01), Precision::Year))
        );
        assert_eq!(parse_written("sometime soon"), None);
    }
}
