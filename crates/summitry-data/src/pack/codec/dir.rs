//! The two directions a file's columns run in. Each record's columns are described once, by a
//! function generic over [`Dir`] ([`events`](super::events::events),
//! [`statements`](super::statements::statements), and the core's own records in
//! [`core_file`](super::core_file::core_file)); [`Put`] runs it to write a file and [`Take`]
//! to read one, so the writer and the reader cannot drift apart. Each method is one kind of
//! column (a text, a day, an enum as its position, a day as the step from the one before, an
//! optional reference, a text without its parts, ...), whose two sides are the [`Writer`] and
//! [`Reader`] primitives or the `put_*` and `take_*` pairs of [`refs`](super::refs),
//! [`texts`](super::texts) and [`records`](super::records).
//!
//! Every value is passed as `&mut`: [`Put`] reads it, [`Take`] fills it in, so the encoder runs
//! over a copy of its records. Only [`Take`] is linked into the widget.

use std::cell::OnceCell;

use super::*;

/// A direction: writing a file ([`Put`]) or reading one ([`Take`]).
pub(super) trait Dir {
    /// A list of ids as this direction looks them up: by id to write ([`Ids`]), by position to
    /// read ([`Listed`]).
    type Ids<'a>;

    /// `ids`, for looking up.
    fn ids(ids: Vec<&str>) -> Self::Ids<'_>;

    /// The first position of `id` in `ids`, if it is there.
    fn find(ids: &Self::Ids<'_>, id: &str) -> Option<usize>;

    /// A count of items; reading makes that many `blank` ones, to be filled in column by column.
    fn count<T>(&mut self, items: &mut Vec<T>, blank: fn() -> T) -> Result<(), PackError>;

    /// Small fields in one byte ([`Bits`]), as `fields` visits them.
    fn bits(
        &mut self,
        fields: impl FnOnce(&mut Bits) -> Result<(), PackError>,
    ) -> Result<(), PackError>;

    /// A day as the difference from `prev` ([`put_day`]).
    fn day(&mut self, prev: &mut i64, day: &mut Date) -> Result<(), PackError>;

    /// An end day as days after the start ([`put_end`]).
    fn end(&mut self, when: &mut When) -> Result<(), PackError>;

    /// A text, whole.
    fn str(&mut self, v: &mut String) -> Result<(), PackError>;

    /// A yes or no, in one byte.
    fn bool(&mut self, v: &mut bool) -> Result<(), PackError>;

    /// A day, whole (its Julian day number).
    fn date(&mut self, v: &mut Date) -> Result<(), PackError>;

    /// A count that fits 32 bits.
    fn u32(&mut self, v: &mut u32) -> Result<(), PackError>;

    /// A finite number in four bytes.
    fn f32(&mut self, v: &mut f32) -> Result<(), PackError>;

    /// A finite number in eight bytes.
    fn f64(&mut self, v: &mut f64) -> Result<(), PackError>;

    /// One of `all`, as its position there in one byte.
    fn one_of<T: Copy + PartialEq>(&mut self, v: &mut T, all: &[T]) -> Result<(), PackError>;

    /// Whether a value is there, then the value as `f` describes it; reading, `f` fills in a
    /// `blank` one.
    fn opt<T>(
        &mut self,
        v: &mut Option<T>,
        blank: fn() -> T,
        f: impl FnOnce(&mut Self, &mut T) -> Result<(), PackError>,
    ) -> Result<(), PackError>;

    /// A reference into `ids` ([`Ids::put`]).
    fn id(&mut self, ids: &Self::Ids<'_>, v: &mut String) -> Result<(), PackError>;

    /// An optional text, whole.
    fn opt_str(&mut self, v: &mut Option<String>) -> Result<(), PackError>;

    /// An optional reference into `ids` ([`Ids::put_opt`]); returns its position there.
    fn opt_ref(
        &mut self,
        ids: &Self::Ids<'_>,
        v: &mut Option<String>,
    ) -> Result<Option<usize>, PackError>;

    /// References into `ids` ([`Ids::put_all`]); pushes the position of each that is there to
    /// `found`.
    fn refs(
        &mut self,
        ids: &Self::Ids<'_>,
        v: &mut Vec<String>,
        found: Option<&mut Vec<usize>>,
    ) -> Result<(), PackError>;

    /// A statement's event as the step from the one before ([`put_near`]); returns its
    /// position in `ids`.
    fn near(
        &mut self,
        ids: &Self::Ids<'_>,
        prev: &mut usize,
        v: &mut Option<String>,
    ) -> Result<Option<usize>, PackError>;

    /// An id mostly one of `own` ([`put_among`]).
    fn among(
        &mut self,
        own: &[String],
        ids: &Self::Ids<'_>,
        v: &mut String,
    ) -> Result<(), PackError>;

    /// Ids mostly some of `own`, in its order ([`put_some_of`]).
    fn some_of(
        &mut self,
        own: &[String],
        ids: &Self::Ids<'_>,
        v: &mut Vec<String>,
    ) -> Result<(), PackError>;

    /// An id or a text without the `parts` it repeats ([`put_id`]).
    fn text(&mut self, v: &mut String, parts: &[&str]) -> Result<(), PackError>;

    /// An optional text without its parts, worked out only when it is there ([`put_opt_text`]).
    fn opt_text<S: AsRef<str>>(
        &mut self,
        v: &mut Option<String>,
        parts: impl FnOnce() -> Vec<S>,
    ) -> Result<(), PackError>;

    /// An item's corrections ([`put_corrections`]).
    fn corrections(&mut self, v: &mut Vec<Correction>) -> Result<(), PackError>;
}

/// Fields that share one byte, low bits first, each its position in its list of values; reading,
/// a bit set above the last field is damage.
pub(super) struct Bits {
    byte: u8,
    shift: u8,
    reading: bool,
}

impl Bits {
    /// `v` in the next `width` bits, as its position in `all`.
    pub(super) fn field<T: Copy + PartialEq>(
        &mut self,
        v: &mut T,
        all: &[T],
        width: u8,
    ) -> Result<(), PackError> {
        let mask = (1 << width) - 1;
        if self.reading {
            let i = usize::from(self.byte >> self.shift & mask);
            *v = *all.get(i).ok_or(PackError::Corrupt)?;
        } else {
            // `every_variant_is_listed_in_order`: each value is in its list.
            let i = all.iter().position(|x| x == v).unwrap_or_default() as u8;
            self.byte |= (i & mask) << self.shift;
        }
        self.shift += width;
        Ok(())
    }
}

/// Writes a file: reads each value it is given.
pub(super) struct Put<'w>(pub(super) &'w mut Writer);

impl Put<'_> {
    /// Runs a description forwards, which never fails.
    pub(super) fn run(w: &mut Writer, f: impl FnOnce(&mut Put<'_>) -> Result<(), PackError>) {
        let written = f(&mut Put(w));
        debug_assert!(written.is_ok(), "writing returns only Ok");
    }
}

impl Dir for Put<'_> {
    type Ids<'a> = Ids<'a>;

    fn ids(ids: Vec<&str>) -> Ids<'_> {
        let mut out = Ids::default();
        for id in ids {
            out.push(id);
        }
        out
    }

    fn find(ids: &Ids<'_>, id: &str) -> Option<usize> {
        ids.at.get(id).copied()
    }

    fn count<T>(&mut self, items: &mut Vec<T>, _: fn() -> T) -> Result<(), PackError> {
        self.0.len(items.len());
        Ok(())
    }

    fn bits(
        &mut self,
        fields: impl FnOnce(&mut Bits) -> Result<(), PackError>,
    ) -> Result<(), PackError> {
        let mut b = Bits {
            byte: 0,
            shift: 0,
            reading: false,
        };
        fields(&mut b)?;
        self.0.byte(b.byte);
        Ok(())
    }

    fn day(&mut self, prev: &mut i64, day: &mut Date) -> Result<(), PackError> {
        put_day(self.0, prev, *day);
        Ok(())
    }

    fn end(&mut self, when: &mut When) -> Result<(), PackError> {
        put_end(self.0, when);
        Ok(())
    }

    fn str(&mut self, v: &mut String) -> Result<(), PackError> {
        self.0.str(v);
        Ok(())
    }

    fn bool(&mut self, v: &mut bool) -> Result<(), PackError> {
        self.0.bool(*v);
        Ok(())
    }

    fn date(&mut self, v: &mut Date) -> Result<(), PackError> {
        self.0.date(*v);
        Ok(())
    }

    fn u32(&mut self, v: &mut u32) -> Result<(), PackError> {
        self.0.uint(u64::from(*v));
        Ok(())
    }

    fn f32(&mut self, v: &mut f32) -> Result<(), PackError> {
        self.0.f32(*v);
        Ok(())
    }

    fn f64(&mut self, v: &mut f64) -> Result<(), PackError> {
        self.0.f64(*v);
        Ok(())
    }

    fn one_of<T: Copy + PartialEq>(&mut self, v: &mut T, all: &[T]) -> Result<(), PackError> {
        // `every_variant_is_listed_in_order`: each value is in its list, at its discriminant.
        let i = all.iter().position(|x| x == v).unwrap_or_default();
        self.0.byte(i as u8);
        Ok(())
    }

    fn opt<T>(
        &mut self,
        v: &mut Option<T>,
        _: fn() -> T,
        f: impl FnOnce(&mut Self, &mut T) -> Result<(), PackError>,
    ) -> Result<(), PackError> {
        self.0.bool(v.is_some());
        match v {
            Some(v) => f(self, v),
            None => Ok(()),
        }
    }

    fn id(&mut self, ids: &Ids<'_>, v: &mut String) -> Result<(), PackError> {
        ids.put(self.0, v);
        Ok(())
    }

    fn opt_str(&mut self, v: &mut Option<String>) -> Result<(), PackError> {
        self.0.opt_str(v.as_deref());
        Ok(())
    }

    fn opt_ref(
        &mut self,
        ids: &Ids<'_>,
        v: &mut Option<String>,
    ) -> Result<Option<usize>, PackError> {
        ids.put_opt(self.0, v.as_deref());
        Ok(v.as_deref().and_then(|id| Self::find(ids, id)))
    }

    fn refs(
        &mut self,
        ids: &Ids<'_>,
        v: &mut Vec<String>,
        found: Option<&mut Vec<usize>>,
    ) -> Result<(), PackError> {
        ids.put_all(self.0, v);
        if let Some(found) = found {
            found.extend(v.iter().filter_map(|id| Self::find(ids, id)));
        }
        Ok(())
    }

    fn near(
        &mut self,
        ids: &Ids<'_>,
        prev: &mut usize,
        v: &mut Option<String>,
    ) -> Result<Option<usize>, PackError> {
        Ok(put_near(self.0, ids, v.as_deref(), prev))
    }

    fn among(&mut self, own: &[String], ids: &Ids<'_>, v: &mut String) -> Result<(), PackError> {
        put_among(self.0, own, ids, v);
        Ok(())
    }

    fn some_of(
        &mut self,
        own: &[String],
        ids: &Ids<'_>,
        v: &mut Vec<String>,
    ) -> Result<(), PackError> {
        put_some_of(self.0, own, ids, v);
        Ok(())
    }

    fn text(&mut self, v: &mut String, parts: &[&str]) -> Result<(), PackError> {
        put_id(self.0, v, parts);
        Ok(())
    }

    fn opt_text<S: AsRef<str>>(
        &mut self,
        v: &mut Option<String>,
        parts: impl FnOnce() -> Vec<S>,
    ) -> Result<(), PackError> {
        put_opt_text(self.0, v.as_deref(), parts);
        Ok(())
    }

    fn corrections(&mut self, v: &mut Vec<Correction>) -> Result<(), PackError> {
        put_corrections(self.0, v);
        Ok(())
    }
}

/// Ids by position, for the decoder, searched by id only when asked (a statement's speaker and
/// source): sorted then, once, without a hash map in the widget.
pub(super) struct Listed<'a> {
    pub(super) ids: Vec<&'a str>,
    sorted: OnceCell<Sorted<'a>>,
}

/// Reads a file: fills in each value it is given.
pub(super) struct Take<'r, 'b>(pub(super) &'r mut Reader<'b>);

impl Dir for Take<'_, '_> {
    type Ids<'a> = Listed<'a>;

    fn ids(ids: Vec<&str>) -> Listed<'_> {
        Listed {
            ids,
            sorted: OnceCell::new(),
        }
    }

    fn find(ids: &Listed<'_>, id: &str) -> Option<usize> {
        ids.sorted.get_or_init(|| Sorted::of(&ids.ids)).find(id)
    }

    fn count<T>(&mut self, items: &mut Vec<T>, blank: fn() -> T) -> Result<(), PackError> {
        let n = self.0.count()?;
        items.clear();
        items.reserve_exact(n);
        items.resize_with(n, blank);
        Ok(())
    }

    fn bits(
        &mut self,
        fields: impl FnOnce(&mut Bits) -> Result<(), PackError>,
    ) -> Result<(), PackError> {
        let mut b = Bits {
            byte: self.0.byte()?,
            shift: 0,
            reading: true,
        };
        fields(&mut b)?;
        match b.byte.checked_shr(u32::from(b.shift)) {
            Some(0) | None => Ok(()),
            Some(_) => Err(PackError::Corrupt),
        }
    }

    fn day(&mut self, prev: &mut i64, day: &mut Date) -> Result<(), PackError> {
        *day = take_day(self.0, prev)?;
        Ok(())
    }

    fn end(&mut self, when: &mut When) -> Result<(), PackError> {
        when.end = take_end(self.0, when.date)?;
        Ok(())
    }

    fn str(&mut self, v: &mut String) -> Result<(), PackError> {
        *v = self.0.str()?;
        Ok(())
    }

    fn bool(&mut self, v: &mut bool) -> Result<(), PackError> {
        *v = self.0.bool()?;
        Ok(())
    }

    fn date(&mut self, v: &mut Date) -> Result<(), PackError> {
        *v = self.0.date()?;
        Ok(())
    }

    fn u32(&mut self, v: &mut u32) -> Result<(), PackError> {
        *v = u32::try_from(self.0.uint()?).map_err(|_| PackError::Corrupt)?;
        Ok(())
    }

    fn f32(&mut self, v: &mut f32) -> Result<(), PackError> {
        *v = self.0.f32()?;
        Ok(())
    }

    fn f64(&mut self, v: &mut f64) -> Result<(), PackError> {
        *v = self.0.f64()?;
        Ok(())
    }

    fn one_of<T: Copy + PartialEq>(&mut self, v: &mut T, all: &[T]) -> Result<(), PackError> {
        *v = self.0.one_of(all)?;
        Ok(())
    }

    fn opt<T>(
        &mut self,
        v: &mut Option<T>,
        blank: fn() -> T,
        f: impl FnOnce(&mut Self, &mut T) -> Result<(), PackError>,
    ) -> Result<(), PackError> {
        *v = None;
        if self.0.bool()? {
            let mut x = blank();
            f(self, &mut x)?;
            *v = Some(x);
        }
        Ok(())
    }

    fn id(&mut self, ids: &Listed<'_>, v: &mut String) -> Result<(), PackError> {
        *v = take(self.0, &ids.ids)?;
        Ok(())
    }

    fn opt_str(&mut self, v: &mut Option<String>) -> Result<(), PackError> {
        *v = self.0.opt_str()?;
        Ok(())
    }

    fn opt_ref(
        &mut self,
        ids: &Listed<'_>,
        v: &mut Option<String>,
    ) -> Result<Option<usize>, PackError> {
        let (id, at) = take_opt_at(self.0, &ids.ids)?.unzip();
        *v = id;
        Ok(at.flatten())
    }

    fn refs(
        &mut self,
        ids: &Listed<'_>,
        v: &mut Vec<String>,
        mut found: Option<&mut Vec<usize>>,
    ) -> Result<(), PackError> {
        *v = list(self.0, |r| {
            let (id, at) = take_at(r, &ids.ids)?;
            if let Some(found) = found.as_deref_mut() {
                found.extend(at);
            }
            Ok(id)
        })?;
        Ok(())
    }

    fn near(
        &mut self,
        ids: &Listed<'_>,
        prev: &mut usize,
        v: &mut Option<String>,
    ) -> Result<Option<usize>, PackError> {
        let (id, at) = take_near(self.0, &ids.ids, prev)?;
        *v = id;
        Ok(at)
    }

    fn among(&mut self, own: &[String], ids: &Listed<'_>, v: &mut String) -> Result<(), PackError> {
        *v = take_among(self.0, own, &ids.ids)?;
        Ok(())
    }

    fn some_of(
        &mut self,
        own: &[String],
        ids: &Listed<'_>,
        v: &mut Vec<String>,
    ) -> Result<(), PackError> {
        *v = take_some_of(self.0, own, &ids.ids)?;
        Ok(())
    }

    fn text(&mut self, v: &mut String, parts: &[&str]) -> Result<(), PackError> {
        *v = take_id(self.0, parts)?;
        Ok(())
    }

    fn opt_text<S: AsRef<str>>(
        &mut self,
        v: &mut Option<String>,
        parts: impl FnOnce() -> Vec<S>,
    ) -> Result<(), PackError> {
        *v = take_opt_text(self.0, parts)?;
        Ok(())
    }

    fn corrections(&mut self, v: &mut Vec<Correction>) -> Result<(), PackError> {
        *v = take_corrections(self.0)?;
        Ok(())
    }
}
