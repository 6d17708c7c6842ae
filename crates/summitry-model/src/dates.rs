//! Dates in English and in ISO form. Other languages: [`crate::i18n`].

use summitry_data::When;
use time::Date;

use crate::i18n;
use crate::lang::Lang;

/// "23 July 2025".
pub fn long(d: Date) -> String {
    i18n::long(Lang::En, d)
}

/// A date with its precision in English: "23 July 2025", "December 2024", "by 31 August 2025",
/// "after 23 October 2025", "3–4 January 2026".
pub fn when(w: &When) -> String {
    i18n::when(Lang::En, w)
}

pub use summitry_data::iso;

/// Parses "2025-07-23"; anything else is `None`.
pub fn parse_iso(s: &str) -> Option<Date> {
    if s.len() != 10 {
        return None;
    }
    let mut it = s.splitn(3, '-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d: u8 = it.next()?.parse().ok()?;
    Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use summitry_data::Precision;
    use time::macros::date;

    fn at(d: Date, precision: Precision, end: Option<Date>) -> When {
        When {
            date: d,
            precision,
            end,
        }
    }

    #[test]
    fn a_day_reads_as_day_month_year() {
        assert_eq!(
            when(&at(date!(2025 - 07 - 23), Precision::Day, None)),
            "23 July 2025"
        );
    }

    #[test]
    fn a_month_drops_the_day() {
        assert_eq!(
            when(&at(date!(2024 - 12 - 01), Precision::Month, None)),
            "December 2024"
        );
    }

    #[test]
    fn a_deadline_reads_by() {
        assert_eq!(
            when(&at(date!(2025 - 08 - 31), Precision::By, None)),
            "by 31 August 2025"
        );
    }

    #[test]
    fn a_weekend_reads_as_a_span() {
        let w = at(
            date!(2026 - 01 - 03),
            Precision::Range,
            Some(date!(2026 - 01 - 04)),
        );
        assert_eq!(when(&w), "3–4 January 2026");
    }

    #[test]
    fn iso_round_trips_and_rejects_nonsense() {
        assert_eq!(
            parse_iso(&iso(date!(2025 - 02 - 28))),
            Some(date!(2025 - 02 - 28))
        );
        assert_eq!(parse_iso("2025-02-30"), None);
        assert_eq!(parse_iso("2025-2-3"), None);
        assert_eq!(parse_iso("<script>"), None);
    }
}
