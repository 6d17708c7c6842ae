//! The small records every file's events and statements carry: days (as steps from the one
//! before, and an end as days after the start) and corrections. (A file's sources and the core's
//! edition are described in [`core_file`].)

use super::*;

pub(super) fn put_end(w: &mut Writer, when: &When) {
    // 0 for none, else the number of days after the start, zig-zagged, plus one.
    match when.end {
        None => w.uint(0),
        Some(end) => {
            let days = i64::from(end.to_julian_day() - when.date.to_julian_day());
            w.uint(((days << 1) ^ (days >> 63)) as u64 + 1);
        }
    }
}

pub(super) fn take_end(r: &mut Reader<'_>, date: Date) -> Result<Option<Date>, PackError> {
    match r.uint()? {
        0 => Ok(None),
        v => {
            let v = v - 1;
            let days = ((v >> 1) as i64) ^ -((v & 1) as i64);
            let day = i64::from(date.to_julian_day())
                .checked_add(days)
                .ok_or(PackError::Corrupt)?;
            let day = i32::try_from(day).map_err(|_| PackError::Corrupt)?;
            Date::from_julian_day(day)
                .map(Some)
                .map_err(|_| PackError::Corrupt)
        }
    }
}

/// Days as differences from the day before, starting from day 0 of the Julian calendar.
pub(super) fn put_day(w: &mut Writer, prev: &mut i64, d: Date) {
    let day = i64::from(d.to_julian_day());
    w.int(day - *prev);
    *prev = day;
}

pub(super) fn take_day(r: &mut Reader<'_>, prev: &mut i64) -> Result<Date, PackError> {
    let day = prev.checked_add(r.int()?).ok_or(PackError::Corrupt)?;
    *prev = day;
    let day = i32::try_from(day).map_err(|_| PackError::Corrupt)?;
    Date::from_julian_day(day).map_err(|_| PackError::Corrupt)
}

/// An item's corrections: a count, then each one's day and text.
pub(super) fn put_corrections(w: &mut Writer, corrections: &[Correction]) {
    w.len(corrections.len());
    for c in corrections {
        w.date(c.date);
        w.str(&c.text);
    }
}

pub(super) fn take_corrections(r: &mut Reader<'_>) -> Result<Vec<Correction>, PackError> {
    list(r, |r| {
        Ok(Correction {
            date: r.date()?,
            text: r.str()?,
        })
    })
}
