//! The interface languages (the flags, the dates and the words all speak one of them).

/// The interface languages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Ukrainian.
    Uk,
    /// French.
    Fr,
}

impl Lang {
    /// All interface languages.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Uk, Lang::Fr];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Fr => "fr",
        }
    }

    /// The language for a tag such as `uk`, `fr-CA` or `en-GB`; `None` for others.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_names_its_language_whatever_its_region_or_case() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("UK_ua"), Some(Lang::Uk));
        assert_eq!(Lang::from_tag("de"), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
    }
}
