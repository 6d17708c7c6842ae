//! Render flags from the query string, named as Datawrapper names them where it has one:
//! `?dark=auto|true|false&plain&static&view=map|compare|list&lang=en|uk|fr&accent=%23c00&id=...`.
//!
//! Like the hash, anything malformed is ignored.

use crate::route::View;

/// Colour scheme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Dark {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always dark.
    On,
    /// Always light.
    Off,
}

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

    /// The first supported language among the browser's preferences, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }
}

/// Everything the query string can set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// Colour scheme.
    pub dark: Dark,
    /// No header or footer.
    pub plain: bool,
    /// No interaction: for print and screenshots.
    pub static_: bool,
    /// The view to open when the hash names none.
    pub view: Option<View>,
    /// Interface language, when the query names one.
    pub lang: Option<Lang>,
    /// Accent colour as a CSS hex colour (`#c00`, `#1a2b3c`).
    pub accent: Option<String>,
    /// The embed's id for the host page's resize messages.
    pub id: Option<String>,
}

fn truthy(v: &str) -> Option<bool> {
    match v {
        "" | "true" | "1" | "yes" => Some(true),
        "false" | "0" | "no" => Some(false),
        _ => None,
    }
}

/// Decodes `%23` and `+` (the only escapes the flags' values need); anything else stays as is.
fn unescape(v: &str) -> String {
    v.replace("%23", "#").replace('+', " ")
}

fn hex_colour(v: &str) -> Option<String> {
    let hex = v.strip_prefix('#').unwrap_or(v);
    (matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| format!("#{hex}"))
}

impl Flags {
    /// Reads a query string (with or without the leading `?`).
    pub fn parse(query: &str) -> Flags {
        let mut f = Flags::default();
        for pair in query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = unescape(value);
            match key {
                "dark" => {
                    f.dark = match value.as_str() {
                        "auto" => Dark::Auto,
                        v => match truthy(v) {
                            Some(true) => Dark::On,
                            Some(false) => Dark::Off,
                            None => Dark::Auto,
                        },
                    }
                }
                "plain" => f.plain = truthy(&value).unwrap_or(false),
                "static" => f.static_ = truthy(&value).unwrap_or(false),
                "view" => f.view = View::parse(&value),
                "lang" => f.lang = Lang::from_tag(&value),
                "accent" => f.accent = hex_colour(&value),
                "id" | "childId" => {
                    f.id = Some(value).filter(|v| {
                        !v.is_empty()
                            && v.len() <= 64
                            && v.chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    })
                }
                _ => {}
            }
        }
        f
    }

    /// The id host pages see in resize messages.
    pub fn embed_id(&self) -> &str {
        self.id.as_deref().unwrap_or("summitry")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_query_means_defaults() {
        assert_eq!(Flags::parse(""), Flags::default());
        assert_eq!(Flags::parse("?"), Flags::default());
    }

    #[test]
    fn bare_flags_switch_on() {
        let f = Flags::parse("?plain&static");
        assert!(f.plain && f.static_);
    }

    #[test]
    fn dark_takes_auto_true_and_false() {
        assert_eq!(Flags::parse("dark=true").dark, Dark::On);
        assert_eq!(Flags::parse("dark=false").dark, Dark::Off);
        assert_eq!(Flags::parse("dark=auto").dark, Dark::Auto);
        assert_eq!(Flags::parse("dark=purple").dark, Dark::Auto);
    }

    #[test]
    fn view_lang_accent_and_id_are_read() {
        let f = Flags::parse("view=compare&lang=uk&accent=%23c00&id=chart-1");
        assert_eq!(f.view, Some(View::Compare));
        assert_eq!(f.lang, Some(Lang::Uk));
        assert_eq!(f.accent.as_deref(), Some("#c00"));
        assert_eq!(f.embed_id(), "chart-1");
    }

    #[test]
    fn malformed_values_are_ignored() {
        let f = Flags::parse("accent=red;background:url(x)&lang=de&id=<x>&view=globe");
        assert_eq!(f.accent, None);
        assert_eq!(f.lang, None);
        assert_eq!(f.id, None);
        assert_eq!(f.view, None);
    }

    #[test]
    fn the_browser_language_is_negotiated() {
        assert_eq!(Lang::negotiate(["de-DE", "fr-CA", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["uk-UA"]), Lang::Uk);
        assert_eq!(Lang::negotiate(["de"]), Lang::En);
    }

    #[test]
    fn pym_child_id_is_an_id() {
        assert_eq!(Flags::parse("childId=story").embed_id(), "story");
    }
}
