//! Case folding for search and sorting, without Unicode's case tables.
//!
//! `str::to_lowercase` brings the whole Unicode lower-case table into the wasm (about 11 KB raw,
//! and its code). The widget folds only to compare words, so it maps the capitals of the
//! alphabets a dataset of European and world diplomacy is written in: Latin (with Latin-1,
//! Extended-A and the Vietnamese letters of Extended Additional), Greek, Cyrillic and Armenian.
//! Other letters are left as they are, which for a search means an exact match.

/// `c` in lower case, where it is a capital of the alphabets above; otherwise `c`.
pub fn fold_char(c: char) -> char {
    let u = c as u32;
    let even = u.is_multiple_of(2);
    let lower = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // İ lower-cases to "i̇" (two characters); for a search, plain i.
        0x130 => 0x69,
        0x100..=0x137 | 0x14A..=0x177 if even => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !even => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !even => u + 1,
        0x531..=0x556 => u + 0x30,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if even => u + 1,
        0x1E9E => 0xDF,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `s` with [`fold_char`] applied to every character.
pub fn fold_case(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks [`fold_char`] covers.
    const BLOCKS: [(u32, u32); 7] = [
        (0x00, 0x24F),
        (0x370, 0x3FF),
        (0x400, 0x52F),
        (0x530, 0x58F),
        (0x1E00, 0x1EFF),
        (0x2000, 0x206F),
        (0x3040, 0x30FF),
    ];

    #[test]
    fn folds_like_std_wherever_std_gives_one_character_in_the_alphabets_it_covers() {
        // Latin Extended-B (0x180..0x24F) and Greek's archaic letters are left as they are: a
        // dataset's names do not use them. Everything else in these blocks must agree with std.
        let left_alone = |u: u32| {
            (0x180..=0x24F).contains(&u)
                || (0x3CF..=0x3FF).contains(&u)
                || (0x370..=0x385).contains(&u)
        };
        let mut checked = 0;
        for (lo, hi) in BLOCKS {
            for u in lo..=hi {
                let Some(c) = char::from_u32(u) else { continue };
                let std: Vec<char> = c.to_lowercase().collect();
                if std.len() != 1 || left_alone(u) {
                    continue;
                }
                assert_eq!(fold_char(c), std[0], "U+{u:04X} {c}");
                checked += 1;
            }
        }
        assert!(checked > 1_000, "{checked}");
    }

    #[test]
    fn folds_the_names_of_the_dataset() {
        assert_eq!(fold_case("Зеленський"), "зеленський");
        assert_eq!(
            fold_case("ЄВРОПА, ЇЖАК, ҐАНОК, ІВАН"),
            "європа, їжак, ґанок, іван"
        );
        assert_eq!(
            fold_case("Élysée ŁÓDŹ Şişli ČEŠKÁ"),
            "élysée łódź şişli češká"
        );
        assert_eq!(fold_case("ΑΘΗΝΑ Ά"), "αθηνα ά");
        assert_eq!(fold_case("İstanbul"), "istanbul");
        assert_eq!(fold_case("Trump–Putin 2025"), "trump–putin 2025");
    }

    #[test]
    fn leaves_scripts_without_case_alone() {
        assert_eq!(fold_case("北京 الرياض"), "北京 الرياض");
    }
}
