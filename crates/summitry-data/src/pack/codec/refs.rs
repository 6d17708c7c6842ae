//! References by position: an actor, place, topic, side or source as its place in the core's
//! catalogue (or the id written out when it is not there), a statement's event as the step from
//! the one before, and a statement's speaker, topics and source among its event's.

use super::*;

/// The ids a file may refer to by position, in order.
#[derive(Debug, Default)]
pub(super) struct Ids<'a> {
    pub(super) ids: Vec<&'a str>,
    pub(super) at: HashMap<&'a str, usize>,
}

impl<'a> Ids<'a> {
    // Only the tests build one from items: the codec builds them through `Dir::ids`.
    #[cfg(test)]
    pub(super) fn of<T>(items: impl IntoIterator<Item = &'a T>, id: fn(&'a T) -> &'a str) -> Self
    where
        T: 'a,
    {
        let mut out = Ids::default();
        for item in items {
            out.push(id(item));
        }
        out
    }

    pub(super) fn push(&mut self, id: &'a str) {
        self.at.entry(id).or_insert(self.ids.len());
        self.ids.push(id);
    }

    pub(super) fn len(&self) -> usize {
        self.ids.len()
    }

    /// Its position, or `len` followed by the id itself.
    pub(super) fn put(&self, w: &mut Writer, id: &str) {
        match self.at.get(id) {
            Some(&i) => w.len(i),
            None => {
                w.len(self.len());
                w.str(id);
            }
        }
    }

    /// 0 for none, else [`Ids::put`] shifted by one.
    pub(super) fn put_opt(&self, w: &mut Writer, id: Option<&str>) {
        match id {
            None => w.len(0),
            Some(id) => match self.at.get(id) {
                Some(&i) => w.len(i + 1),
                None => {
                    w.len(self.len() + 1);
                    w.str(id);
                }
            },
        }
    }

    pub(super) fn put_all(&self, w: &mut Writer, ids: &[String]) {
        w.len(ids.len());
        for id in ids {
            self.put(w, id);
        }
    }
}

/// Positions in a list of ids, searched by id: the decoder's lookup of a speaker or a source,
/// without a hash map in the widget.
pub(super) struct Sorted<'a>(Vec<(&'a str, usize)>);

impl<'a> Sorted<'a> {
    pub(super) fn of(ids: &[&'a str]) -> Self {
        let mut by_id: Vec<(&str, usize)> = ids.iter().copied().zip(0..).collect();
        by_id.sort_unstable();
        Sorted(by_id)
    }

    /// The first position of `id`, as the encoder's [`Ids`] has it.
    pub(super) fn find(&self, id: &str) -> Option<usize> {
        let k = self.0.partition_point(|(at, _)| *at < id);
        self.0.get(k).filter(|(at, _)| *at == id).map(|(_, i)| *i)
    }
}

/// The decoding side of [`Ids`].
pub(super) fn take(r: &mut Reader<'_>, ids: &[&str]) -> Result<String, PackError> {
    take_at(r, ids).map(|(id, _)| id)
}

/// [`take`], and the id's position in `ids` when it is there.
pub(super) fn take_at(
    r: &mut Reader<'_>,
    ids: &[&str],
) -> Result<(String, Option<usize>), PackError> {
    let i = r.index(ids.len() + 1)?;
    match ids.get(i) {
        Some(id) => Ok(((*id).to_owned(), Some(i))),
        None => Ok((r.str()?, None)),
    }
}

/// The decoding side of [`Ids::put_opt`]: the id, and its position in `ids` when it is there.
pub(super) fn take_opt_at(
    r: &mut Reader<'_>,
    ids: &[&str],
) -> Result<Option<(String, Option<usize>)>, PackError> {
    match r.index(ids.len() + 2)? {
        0 => Ok(None),
        i => match ids.get(i - 1) {
            Some(id) => Ok(Some(((*id).to_owned(), Some(i - 1)))),
            None => Ok(Some((r.str()?, None))),
        },
    }
}

pub(super) fn take_all(r: &mut Reader<'_>, ids: &[&str]) -> Result<Vec<String>, PackError> {
    list(r, |r| take(r, ids))
}

/// A statement's event, as the difference from the previous statement's (statements come in
/// their events' order, so mostly 0 or 1): 0 for none, 1 for an id written out (not in `ids`),
/// else 2 plus the zig-zagged difference.
/// Returns its position in `ids`, if it is there.
pub(super) fn put_near(
    w: &mut Writer,
    ids: &Ids<'_>,
    id: Option<&str>,
    prev: &mut usize,
) -> Option<usize> {
    match id.map(|id| (id, ids.at.get(id))) {
        None => w.len(0),
        Some((id, None)) => {
            w.len(1);
            w.str(id);
        }
        Some((_, Some(&i))) => {
            let d = i as i64 - *prev as i64;
            w.uint(2 + ((d << 1) ^ (d >> 63)) as u64);
            *prev = i;
            return Some(i);
        }
    }
    None
}

/// The decoding side of [`put_near`]: the id, and its position when it is in `ids`.
pub(super) fn take_near(
    r: &mut Reader<'_>,
    ids: &[&str],
    prev: &mut usize,
) -> Result<(Option<String>, Option<usize>), PackError> {
    match r.uint()? {
        0 => Ok((None, None)),
        1 => Ok((Some(r.str()?), None)),
        v => {
            let z = v - 2;
            let d = (z >> 1) as i64 ^ -((z & 1) as i64);
            let i = (*prev as i64)
                .checked_add(d)
                .and_then(|i| usize::try_from(i).ok())
                .filter(|&i| i < ids.len())
                .ok_or(PackError::Corrupt)?;
            *prev = i;
            Ok((Some(ids[i].to_owned()), Some(i)))
        }
    }
}

/// An id that is mostly one of `own` (a statement's speaker among its event's participants, its
/// source among the event's sources): its position there plus one, else 0 and the id by `ids`.
pub(super) fn put_among(w: &mut Writer, own: &[String], ids: &Ids<'_>, id: &str) {
    match own.iter().position(|o| o == id) {
        Some(j) => w.len(j + 1),
        None => {
            w.len(0);
            ids.put(w, id);
        }
    }
}

/// The decoding side of [`put_among`].
pub(super) fn take_among(
    r: &mut Reader<'_>,
    own: &[String],
    ids: &[&str],
) -> Result<String, PackError> {
    match r.index(own.len() + 1)? {
        0 => take(r, ids),
        j => Ok(own[j - 1].clone()),
    }
}

/// Ids that are mostly some of `own` in its order (a statement's topics among its event's): the
/// mask of their positions plus one, else 0 and the ids by `ids`.
pub(super) fn put_some_of(w: &mut Writer, own: &[String], ids: &Ids<'_>, these: &[String]) {
    let mut mask: u64 = 0;
    let mut next = 0;
    for id in these {
        match own[next.min(own.len())..].iter().position(|o| o == id) {
            Some(j) if next + j < 63 => {
                mask |= 1 << (next + j);
                next += j + 1;
            }
            _ => {
                w.len(0);
                ids.put_all(w, these);
                return;
            }
        }
    }
    w.uint(mask + 1);
}

/// The decoding side of [`put_some_of`].
pub(super) fn take_some_of(
    r: &mut Reader<'_>,
    own: &[String],
    ids: &[&str],
) -> Result<Vec<String>, PackError> {
    let mask = match r.uint()? {
        0 => return take_all(r, ids),
        v => v - 1,
    };
    if own.len() < 64 && mask >> own.len() != 0 {
        return Err(PackError::Corrupt);
    }
    Ok(own
        .iter()
        .enumerate()
        .filter(|(j, _)| *j < 63 && mask & 1 << j != 0)
        .map(|(_, o)| o.clone())
        .collect())
}
