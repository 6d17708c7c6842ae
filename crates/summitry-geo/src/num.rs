//! Numbers written with a fixed number of decimals, by integer arithmetic.
//!
//! Every coordinate the widget writes into the DOM (SVG paths, percentages, pixels) goes through
//! [`fixed`] or [`short`] rather than `format!("{v:.2}")`: core's float formatting (Grisu and
//! Dragon, about 10 KB of wasm) then never ships. Values beyond 9·10^15 at the given precision
//! are not coordinates; they are written as `format!` would not be, clamped to that bound.

use std::fmt;

/// The largest scaled value written exactly (below 2^53, where `f64` still holds integers).
const LIMIT: f64 = 9.0e15;

/// A number to write with a fixed number of decimals (see [`fixed`] and [`short`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fixed {
    value: f64,
    places: u8,
    trim: bool,
}

/// `value` with `places` decimals (at most 9), as `format!("{value:.places$}")` writes it:
/// `fixed(5.0, 2)` is `5.00`, `fixed(-0.04, 1)` is `-0.0`.
pub fn fixed(value: f64, places: u8) -> Fixed {
    Fixed {
        value,
        places: places.min(9),
        trim: false,
    }
}

/// `value` rounded to `places` decimals (at most 9), without trailing zeros or a sign on zero:
/// `short(5.0, 2)` is `5`, `short(12.345, 2)` is `12.35`, `short(-0.04, 1)` is `0`.
pub fn short(value: f64, places: u8) -> Fixed {
    Fixed {
        value,
        places: places.min(9),
        trim: true,
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.value.is_nan() {
            return f.write_str("NaN");
        }
        let scale = 10u64.pow(u32::from(self.places));
        let scaled = (self.value.abs() * scale as f64).round().min(LIMIT);
        // Truncation is exact: `scaled` is a whole number below 2^53.
        let n = scaled as u64;
        let negative = if self.trim {
            self.value < 0.0 && n != 0
        } else {
            self.value.is_sign_negative()
        };
        if negative {
            f.write_str("-")?;
        }
        let (whole, mut frac) = (n / scale, n % scale);
        write!(f, "{whole}")?;
        if self.places == 0 {
            return Ok(());
        }
        let mut width = usize::from(self.places);
        if self.trim {
            if frac == 0 {
                return Ok(());
            }
            while frac % 10 == 0 {
                frac /= 10;
                width -= 1;
            }
        }
        write!(f, ".{frac:0width$}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fixed_keeps_every_decimal_like_format() {
        assert_eq!(fixed(5.0, 2).to_string(), "5.00");
        assert_eq!(fixed(79.33, 2).to_string(), "79.33");
        assert_eq!(fixed(0.05, 1).to_string(), "0.1");
        assert_eq!(fixed(-12.34, 1).to_string(), "-12.3");
        assert_eq!(fixed(-0.04, 1).to_string(), "-0.0");
        assert_eq!(fixed(27.6, 0).to_string(), "28");
        assert_eq!(fixed(0.5, 3).to_string(), "0.500");
    }

    #[test]
    fn short_drops_trailing_zeros_and_the_sign_of_zero() {
        assert_eq!(short(5.0, 2).to_string(), "5");
        assert_eq!(short(12.5, 2).to_string(), "12.5");
        assert_eq!(short(12.345_6, 2).to_string(), "12.35");
        assert_eq!(short(-0.04, 1).to_string(), "0");
        assert_eq!(short(-12.34, 1).to_string(), "-12.3");
        assert_eq!(short(7.96, 1).to_string(), "8");
        assert_eq!(short(0.000_5, 3).to_string(), "0.001");
    }

    #[test]
    fn nan_is_written_as_nan_and_huge_values_are_clamped() {
        assert_eq!(fixed(f64::NAN, 1).to_string(), "NaN");
        assert_eq!(short(1e300, 0).to_string(), "9000000000000000");
    }

    proptest! {
        // Where the value is not a tie at the last decimal, both round the same way.
        #[test]
        fn fixed_writes_what_format_writes(v in -1.0e6f64..1.0e6, places in 0u8..5) {
            let p = usize::from(places);
            let scaled = v.abs() * 10f64.powi(i32::from(places));
            prop_assume!((scaled.fract() - 0.5).abs() > 1e-6);
            prop_assert_eq!(fixed(v, places).to_string(), format!("{v:.p$}"));
        }

        #[test]
        fn short_parses_back_to_the_rounded_value(v in -1.0e6f64..1.0e6, places in 0u8..5) {
            let text = short(v, places).to_string();
            let back: f64 = text.parse().unwrap();
            let step = 10f64.powi(-i32::from(places));
            prop_assert!((back - v).abs() <= step / 2.0 + 1e-9, "{} -> {}", v, text);
            prop_assert!(!text.ends_with('.') && (places == 0 || !text.contains('.') || !text.ends_with('0')));
        }
    }
}
