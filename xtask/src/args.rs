//! The small pieces every subcommand's `--flag [value]` parsing shares, so their messages agree.

use std::slice::Iter;

use crate::Result;

/// The value after `flag`, or an error saying it needs one.
pub fn value<'a>(it: &mut Iter<'a, String>, flag: &str) -> Result<&'a str> {
    it.next()
        .map(String::as_str)
        .ok_or_else(|| format!("`{flag}` needs a value\n\n{}", crate::USAGE))
}

/// `v` as a positive number for `flag`.
pub fn positive(flag: &str, v: &str) -> Result<usize> {
    v.parse::<usize>()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{flag} takes a positive number, not `{v}`"))
}

/// The error for an argument `command` does not take.
pub fn unknown(arg: &str, command: &str) -> String {
    format!("unknown argument `{arg}` for {command}\n\n{}", crate::USAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_takes_the_next_argument_as_its_value() {
        let args = ["--runs".to_string(), "3".to_string()];
        let mut it = args.iter();
        let flag = it.next().unwrap();
        assert_eq!(value(&mut it, flag), Ok("3"));
        assert!(value(&mut it, flag)
            .unwrap_err()
            .starts_with("`--runs` needs a value"));
    }

    #[test]
    fn positive_numbers_only() {
        assert_eq!(positive("--runs", "5"), Ok(5));
        for bad in ["0", "-1", "x", ""] {
            assert!(positive("--runs", bad)
                .unwrap_err()
                .contains("--runs takes a positive number"));
        }
    }
}
