//! Ids and texts without what they repeat from their item's own fields ([`put_id`]): an id's
//! kind, day and place; a title's or summary's participants, sides and place; a quote's speaker;
//! a dating note's days.

use super::*;

/// The bytes that stand for parts in an id or a text written by [`put_id`], in order: the control
/// bytes but tab, line feed and carriage return, which texts may hold.
pub(super) const PART_BYTES: [u8; 28] = [
    1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
    30, 31,
];

/// The position in a list of parts that byte `b` stands for, if it stands for one.
pub(super) fn part_at(b: u8) -> Option<usize> {
    match b {
        0 | 9 | 10 | 13 | 32.. => None,
        b => Some(
            usize::from(b - 1) - usize::from(b > 9) - usize::from(b > 10) - usize::from(b > 13),
        ),
    }
}

/// An item's id (or a text) without the parts it repeats from the item's own fields: each of
/// `parts` found in it, in order, is written as the byte of its position plus one (an id is
/// mostly its kind, its day and its place, or its speaker and its day:
/// `meeting-2025-01-27-auschwitz-birkenau` is written as `\1-\2-\3`; an event's title and
/// summary mostly name its participants and its place, [`text_parts`]). Ids are letters, digits
/// and hyphens; an id or text holding a 0 or one of [`PART_BYTES`] is written whole after a 0.
pub(super) fn put_id(w: &mut Writer, id: &str, parts: &[&str]) {
    if id.bytes().any(|b| b == 0 || part_at(b).is_some()) {
        let mut whole = Vec::with_capacity(id.len() + 1);
        whole.push(0);
        whole.extend_from_slice(id.as_bytes());
        w.raw(&whole);
        return;
    }
    // Every occurrence of any part, in any order; the longest where several start at one place
    // ("Volodymyr Zelensky" before "Zelensky").
    let parts: Vec<(u8, &str)> = PART_BYTES
        .into_iter()
        .zip(parts.iter().copied())
        .filter(|(_, p)| !p.is_empty())
        .collect();
    let mut out = Vec::with_capacity(id.len());
    let mut rest = id;
    while let Some(c) = rest.chars().next() {
        let found = parts
            .iter()
            .filter(|(_, p)| rest.starts_with(p))
            .max_by_key(|(_, p)| p.len());
        match found {
            Some(&(code, part)) => {
                out.push(code);
                rest = &rest[part.len()..];
            }
            None => {
                out.extend_from_slice(&rest.as_bytes()[..c.len_utf8()]);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out.extend_from_slice(rest.as_bytes());
    w.raw(&out);
}

/// The decoding side of [`put_id`].
pub(super) fn take_id(r: &mut Reader<'_>, parts: &[&str]) -> Result<String, PackError> {
    let bytes = match r.raw()? {
        [0, whole @ ..] => whole.to_vec(),
        written => {
            let mut out = Vec::with_capacity(written.len() + 24);
            for &b in written {
                match part_at(b) {
                    Some(i) => {
                        out.extend_from_slice(parts.get(i).ok_or(PackError::Corrupt)?.as_bytes())
                    }
                    None => out.push(b),
                }
            }
            out
        }
    };
    String::from_utf8(bytes).map_err(|_| PackError::Corrupt)
}

/// What an event's title and summary mostly repeat, for [`put_id`]: its participants' names (the
/// first seven), then their last words (\"Zelensky\" of \"Volodymyr Zelensky\"), then its place's
/// name, then its participants' sides (\"talks between Ukraine and Russia\", the first six).
/// `actors` are the participants' names and sides' labels.
pub(super) fn text_parts<'a>(actors: &[(&'a str, &'a str)], place: &'a str) -> Vec<&'a str> {
    let names = &actors[..actors.len().min(7)];
    let mut parts: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
    parts.extend(names.iter().map(|(n, _)| n.rsplit(' ').next().unwrap_or(n)));
    parts.push(place);
    let mut sides: Vec<&str> = Vec::new();
    for (_, side) in actors {
        if !side.is_empty() && !sides.contains(side) && sides.len() < 6 {
            sides.push(side);
        }
    }
    parts.extend(sides);
    parts
}

/// What a dating note mostly repeats, for [`put_id`]: the days it is about (the item's own, its
/// end, its sources' days of publication) as the articles write them, "27 July 2025"; their
/// weekdays ("on Wednesday"); the item's month ("in July 2025").
pub(super) fn date_parts(days: impl IntoIterator<Item = Date>) -> Vec<String> {
    let mut seen: Vec<Date> = Vec::new();
    for d in days {
        if !seen.contains(&d) && seen.len() < 6 {
            seen.push(d);
        }
    }
    let mut parts: Vec<String> = seen.iter().map(|&d| crate::day_month_year(d)).collect();
    let mut weekdays = Vec::new();
    for d in &seen {
        if !weekdays.contains(&d.weekday()) {
            weekdays.push(d.weekday());
        }
    }
    parts.extend(weekdays.iter().map(|&w| crate::weekday_name(w).to_owned()));
    parts.extend(seen.first().map(|&d| crate::month_year(d)));
    parts
}

/// An optional text by [`put_id`]. The parts are worked out only for a text that is there: a
/// dating note's are its days written out ([`date_parts`]), for every item that has one.
pub(super) fn put_opt_text<S: AsRef<str>>(
    w: &mut Writer,
    text: Option<&str>,
    parts: impl FnOnce() -> Vec<S>,
) {
    w.bool(text.is_some());
    if let Some(text) = text {
        put_id(w, text, &str_parts(&parts()));
    }
}

/// The decoding side of [`put_opt_text`].
pub(super) fn take_opt_text<S: AsRef<str>>(
    r: &mut Reader<'_>,
    parts: impl FnOnce() -> Vec<S>,
) -> Result<Option<String>, PackError> {
    if !r.bool()? {
        return Ok(None);
    }
    take_id(r, &str_parts(&parts())).map(Some)
}

/// Parts as `put_id` and `take_id` take them.
pub(super) fn str_parts<S: AsRef<str>>(parts: &[S]) -> Vec<&str> {
    parts.iter().map(AsRef::as_ref).collect()
}

/// The days a dating note is about: the item's own, its end, then `more`.
pub(super) fn item_days(
    when: &When,
    more: impl IntoIterator<Item = Date>,
) -> impl Iterator<Item = Date> {
    std::iter::once(when.date).chain(when.end).chain(more)
}

/// What a statement's quote and context may repeat, for [`put_id`]: its speaker's name, role,
/// name's last word and side (none for a speaker not in the catalogue, which the decoder cannot
/// name); then its event's [`text_parts`].
pub(super) fn speaker_parts<'a>(speaker: Option<(&'a str, &'a str, &'a str)>) -> Vec<&'a str> {
    speaker.map_or_else(Vec::new, |(name, role, side)| {
        vec![name, role, name.rsplit(' ').next().unwrap_or(name), side]
    })
}
