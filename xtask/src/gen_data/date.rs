//! Calendar days without a date crate: days since 1970-01-01 in the proleptic Gregorian calendar,
//! converted with Howard Hinnant's `days_from_civil` and `civil_from_days`.

use std::fmt;

use super::vocab::{MONTHS, WEEKDAYS};

/// A calendar day, counted from 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    /// The day `y-m-d` (a real date).
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Day {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = (m + 9) % 12;
        let doy = (153 * mp as i32 + 2) / 5 + d as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    /// Year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i32::from(m <= 2);
        (y, m, d)
    }

    /// `days` later (earlier when negative).
    pub fn plus(self, days: i32) -> Day {
        Day(self.0 + days)
    }

    /// The day of the week, 0 for Monday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> usize {
        (self.0 + 3).rem_euclid(7) as usize
    }

    /// "Wednesday".
    pub fn weekday_name(self) -> &'static str {
        WEEKDAYS[self.weekday()]
    }

    /// The first of this day's month.
    pub fn first_of_month(self) -> Day {
        let (y, m, _) = self.ymd();
        Day::from_ymd(y, m, 1)
    }

    /// The last of this day's month.
    pub fn last_of_month(self) -> Day {
        let (y, m, _) = self.ymd();
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        Day::from_ymd(ny, nm, 1).plus(-1)
    }

    /// "23 July 2025".
    pub fn long(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", MONTHS[m as usize - 1])
    }

    /// "July 2025".
    pub fn month_year(self) -> String {
        let (y, m, _) = self.ymd();
        format!("{} {y}", MONTHS[m as usize - 1])
    }
}

impl fmt::Display for Day {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_epoch_is_day_zero_and_a_thursday() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Day(0));
        assert_eq!(Day(0).weekday_name(), "Thursday");
    }

    #[test]
    fn days_round_trip_through_the_calendar_across_leap_years() {
        for n in Day::from_ymd(2019, 12, 1).0..Day::from_ymd(2026, 3, 1).0 {
            let (y, m, d) = Day(n).ymd();
            assert_eq!(Day::from_ymd(y, m, d), Day(n));
        }
        assert_eq!(Day::from_ymd(2024, 2, 29).plus(1).to_string(), "2024-03-01");
    }

    #[test]
    fn sunday_27_july_2025_is_a_sunday() {
        let d = Day::from_ymd(2025, 7, 27);
        assert_eq!(d.weekday_name(), "Sunday");
        assert_eq!(d.long(), "27 July 2025");
    }

    #[test]
    fn month_bounds_know_february() {
        let d = Day::from_ymd(2023, 2, 14);
        assert_eq!(d.first_of_month().to_string(), "2023-02-01");
        assert_eq!(d.last_of_month().to_string(), "2023-02-28");
    }
}
