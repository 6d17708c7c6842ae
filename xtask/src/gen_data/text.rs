//! Small text helpers: ids from names, unique ids, templates, lists in prose.

use std::collections::HashSet;

/// The longest id we make, leaving room for a `-NN` suffix under the loader's 80.
const MAX_BASE: usize = 72;

/// A lower-case ASCII id from a name: diacritics dropped, anything else a hyphen.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let mapped: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'A'..='Z' => {
                out.push(c.to_ascii_lowercase());
                continue;
            }
            'á' | 'à' | 'â' | 'ä' | 'ą' | 'ă' | 'å' | 'ā' | 'Á' | 'Å' | 'Ä' => "a",
            'ə' | 'Ə' => "a",
            'æ' => "ae",
            'ç' | 'č' | 'ć' | 'Ç' | 'Č' => "c",
            'ď' => "d",
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' | 'ė' | 'ē' | 'É' => "e",
            'ğ' | 'ģ' => "g",
            'í' | 'î' | 'ï' | 'ı' | 'ī' | 'İ' | 'Í' => "i",
            'ķ' => "k",
            'ł' | 'ļ' | 'Ł' => "l",
            'ń' | 'ñ' | 'ň' | 'ņ' => "n",
            'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'ő' | 'Ö' | 'Ó' => "o",
            'ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' | 'Š' | 'Ş' | 'Ś' => "s",
            'ß' => "ss",
            'ť' | 'ţ' | 'ț' => "t",
            'ú' | 'ù' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' | 'ų' | 'Ü' => "u",
            'ý' => "y",
            'ź' | 'ż' | 'ž' | 'Ż' | 'Ž' => "z",
            '\'' | '’' => "",
            _ => "-",
        };
        out.push_str(mapped);
    }
    // Collapse runs of hyphens and trim them, then cut at a hyphen if too long.
    let mut id = String::with_capacity(out.len());
    for part in out.split('-').filter(|p| !p.is_empty()) {
        if !id.is_empty() {
            if id.len() + 1 + part.len() > MAX_BASE {
                break;
            }
            id.push('-');
        }
        id.push_str(&part[..part.len().min(MAX_BASE)]);
    }
    id
}

/// Ids handed out so far, so each is unique within its kind.
#[derive(Debug, Default)]
pub struct Ids(HashSet<String>);

impl Ids {
    /// `base` if unused, else `base-2`, `base-3`, ...
    pub fn unique(&mut self, base: &str) -> String {
        if self.0.insert(base.to_string()) {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| self.0.insert(id.clone()))
            .expect("some suffix is free")
    }
}

/// `template` with each `{key}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match values.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text with its first letter capitalised.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A label as it reads mid-sentence: the first letter lowered unless the word is an acronym
/// ("Security guarantees" becomes "security guarantees", "NATO membership" stays).
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if b.is_lowercase() => a
            .to_lowercase()
            .chain(std::iter::once(b))
            .chain(chars)
            .collect(),
        _ => s.to_string(),
    }
}

/// "A", "A and B", "A, B and C".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", head.join(", "), last.as_ref())
        }
    }
}

/// An ordinal in words up to twelve, else "13th".
pub fn ordinal(n: u32) -> String {
    match n {
        1..=12 => super::vocab::ORDINALS[n as usize - 1].to_string(),
        _ => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_drop_diacritics_and_punctuation() {
        assert_eq!(slug("Chișinău"), "chisinau");
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("Sharm el-Sheikh"), "sharm-el-sheikh");
        assert_eq!(slug("Göyçay"), "goycay");
        assert_eq!(slug("Kazlauskienė  Žukauskas"), "kazlauskiene-zukauskas");
    }

    #[test]
    fn long_slugs_are_cut_at_a_hyphen() {
        let s = slug(&"word ".repeat(40));
        assert!(s.len() <= MAX_BASE && !s.ends_with('-'), "{s}");
    }

    #[test]
    fn ids_are_made_unique_with_a_suffix() {
        let mut ids = Ids::default();
        assert_eq!(ids.unique("kyiv"), "kyiv");
        assert_eq!(ids.unique("kyiv"), "kyiv-2");
        assert_eq!(ids.unique("kyiv"), "kyiv-3");
    }

    #[test]
    fn templates_fill_known_keys_and_keep_unknown_ones() {
        assert_eq!(
            fill("{a} and {b}, {c}", &[("a", "x"), ("b", "y")]),
            "x and y, {c}"
        );
    }

    #[test]
    fn prose_lists_and_ordinals_read_naturally() {
        assert_eq!(and_list(&["A", "B", "C"]), "A, B and C");
        assert_eq!(ordinal(3), "Third");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(lower_first("NATO membership"), "NATO membership");
        assert_eq!(lower_first("Security guarantees"), "security guarantees");
    }
}
