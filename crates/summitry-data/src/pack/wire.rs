//! The pack files' primitives: LEB128 numbers, zig-zag differences, length-prefixed text, and a
//! reader that never reads past its bytes, never allocates more than its bytes could hold, and
//! never panics, so a damaged or hostile file is an error and nothing worse.

use time::Date;

use super::PackError;

/// Builds a pack file.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    pub(crate) bytes: Vec<u8>,
}

impl Writer {
    /// An unsigned number, 7 bits per byte, low bits first (LEB128).
    pub(crate) fn uint(&mut self, mut v: u64) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    /// A count or an index.
    pub(crate) fn len(&mut self, n: usize) {
        self.uint(n as u64);
    }

    /// A signed number, zig-zagged so small differences either way take one byte.
    pub(crate) fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    pub(crate) fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    pub(crate) fn bool(&mut self, b: bool) {
        self.byte(u8::from(b));
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.raw(s.as_bytes());
    }

    /// Bytes after their count.
    pub(crate) fn raw(&mut self, b: &[u8]) {
        self.len(b.len());
        self.bytes.extend_from_slice(b);
    }

    /// `None` is a zero length; `Some(s)` is its length plus one, then its bytes.
    pub(crate) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.len(0),
            Some(s) => {
                self.len(s.len() + 1);
                self.bytes.extend_from_slice(s.as_bytes());
            }
        }
    }

    pub(crate) fn f32(&mut self, v: f32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn f64(&mut self, v: f64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// A day, as its Julian day number.
    pub(crate) fn date(&mut self, d: Date) {
        self.int(i64::from(d.to_julian_day()));
    }
}

/// Reads a pack file.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes }
    }

    /// Whether every byte has been read.
    pub(crate) fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], PackError> {
        if n > self.bytes.len() {
            return Err(PackError::Corrupt);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    pub(crate) fn byte(&mut self) -> Result<u8, PackError> {
        Ok(self.take(1)?[0])
    }

    pub(crate) fn bool(&mut self) -> Result<bool, PackError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(PackError::Corrupt),
        }
    }

    pub(crate) fn uint(&mut self) -> Result<u64, PackError> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let bits = u64::from(b & 0x7f);
            // The tenth byte may only carry the top bit of a u64.
            if shift == 63 && bits > 1 {
                return Err(PackError::Corrupt);
            }
            v |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(PackError::Corrupt)
    }

    pub(crate) fn int(&mut self) -> Result<i64, PackError> {
        let v = self.uint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// An index below `n`.
    pub(crate) fn index(&mut self, n: usize) -> Result<usize, PackError> {
        let i = usize::try_from(self.uint()?).map_err(|_| PackError::Corrupt)?;
        if i < n {
            Ok(i)
        } else {
            Err(PackError::Corrupt)
        }
    }

    /// A count of items that each take at least one byte: never more than the bytes left, so a
    /// damaged count cannot make the reader allocate without bound.
    pub(crate) fn count(&mut self) -> Result<usize, PackError> {
        self.index(self.bytes.len() + 1)
    }

    fn text(&mut self, n: usize) -> Result<String, PackError> {
        let bytes = self.take(n)?;
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| PackError::Corrupt)
    }

    pub(crate) fn str(&mut self) -> Result<String, PackError> {
        let n = self.count()?;
        self.text(n)
    }

    /// Bytes written by [`Writer::raw`].
    pub(crate) fn raw(&mut self) -> Result<&'a [u8], PackError> {
        let n = self.count()?;
        self.take(n)
    }

    pub(crate) fn opt_str(&mut self) -> Result<Option<String>, PackError> {
        match self.count()? {
            0 => Ok(None),
            n => self.text(n - 1).map(Some),
        }
    }

    /// A finite number: coordinates are never infinite or NaN, so one that is is damage.
    pub(crate) fn f32(&mut self) -> Result<f32, PackError> {
        let b = self.take(4)?;
        let v = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        v.is_finite().then_some(v).ok_or(PackError::Corrupt)
    }

    /// A finite number, as [`Reader::f32`].
    pub(crate) fn f64(&mut self) -> Result<f64, PackError> {
        let b = self.take(8)?;
        let mut a = [0; 8];
        a.copy_from_slice(b);
        let v = f64::from_le_bytes(a);
        v.is_finite().then_some(v).ok_or(PackError::Corrupt)
    }

    pub(crate) fn date(&mut self) -> Result<Date, PackError> {
        let day = i32::try_from(self.int()?).map_err(|_| PackError::Corrupt)?;
        Date::from_julian_day(day).map_err(|_| PackError::Corrupt)
    }

    /// One of `all`, by its position.
    pub(crate) fn one_of<T: Copy>(&mut self, all: &[T]) -> Result<T, PackError> {
        let i = usize::from(self.byte()?);
        all.get(i).copied().ok_or(PackError::Corrupt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn small_numbers_take_one_byte_and_large_ones_ten_at_most() {
        let mut w = Writer::default();
        w.uint(127);
        assert_eq!(w.bytes.len(), 1);
        w.uint(u64::MAX);
        assert_eq!(w.bytes.len(), 11);
        w.int(-1);
        assert_eq!(
            w.bytes.len(),
            12,
            "a small negative difference is one byte too"
        );
    }

    #[test]
    fn a_count_larger_than_the_bytes_left_is_damage_not_an_allocation() {
        let mut w = Writer::default();
        w.uint(1 << 40);
        assert_eq!(Reader::new(&w.bytes).count(), Err(PackError::Corrupt));
        assert_eq!(Reader::new(&w.bytes).str(), Err(PackError::Corrupt));
    }

    #[test]
    fn an_overlong_number_is_damage() {
        assert_eq!(Reader::new(&[0xff; 11]).uint(), Err(PackError::Corrupt));
        assert_eq!(
            Reader::new(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]).uint(),
            Err(PackError::Corrupt)
        );
    }

    #[test]
    fn a_number_that_is_not_finite_is_damage() {
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let mut w = Writer::default();
            w.f64(v);
            w.f32(v as f32);
            let mut r = Reader::new(&w.bytes);
            assert_eq!(r.f64(), Err(PackError::Corrupt));
            assert_eq!(r.f32(), Err(PackError::Corrupt));
        }
    }

    #[test]
    fn text_that_is_not_utf8_is_damage() {
        assert_eq!(Reader::new(&[2, 0xc3, 0x28]).str(), Err(PackError::Corrupt));
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back(
            u in any::<u64>(),
            i in any::<i64>(),
            s in ".*",
            o in proptest::option::of(".*"),
            f in proptest::num::f64::NORMAL | proptest::num::f64::ZERO | proptest::num::f64::SUBNORMAL,
            day in -100_000i32..100_000,
        ) {
            let date = Date::from_julian_day(2_400_000 + day).unwrap();
            let mut w = Writer::default();
            w.uint(u);
            w.int(i);
            w.str(&s);
            w.opt_str(o.as_deref());
            w.f64(f);
            w.date(date);
            let mut r = Reader::new(&w.bytes);
            prop_assert_eq!(r.uint(), Ok(u));
            prop_assert_eq!(r.int(), Ok(i));
            prop_assert_eq!(r.str(), Ok(s));
            prop_assert_eq!(r.opt_str(), Ok(o));
            prop_assert_eq!(r.f64().map(f64::to_bits), Ok(f.to_bits()));
            prop_assert_eq!(r.date(), Ok(date));
            prop_assert!(r.is_empty());
        }

        #[test]
        fn any_bytes_read_as_a_value_or_as_damage_and_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let mut r = Reader::new(&bytes);
            let _ = (r.uint(), r.str(), r.opt_str(), r.date(), r.f32(), r.count(), r.index(3), r.one_of(&[1, 2]));
        }
    }
}
