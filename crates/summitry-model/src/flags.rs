//! Render flags from the query string, named as Datawrapper names them where it has one:
//! `?dark=auto|true|false&plain&static&view=map|compare|list&lang=en|uk|fr&accent=%23c00&id=...`.
//!
//! Like the hash, anything malformed is ignored, and what is read is bounded: the first
//! [`MAX_QUERY_LEN`] bytes, at most [`MAX_PAIRS`] pairs, values of at most [`MAX_VALUE_LEN`]
//! bytes. A script embed sets the same flags with `data-*` attributes: [`Embed::from_attributes`].

pub use crate::lang::Lang;
use crate::route::{head, Route, View};

/// Most bytes of a query string that are read; the rest is ignored. Host pages and their
/// analytics add parameters of their own, so this leaves room for them.
pub const MAX_QUERY_LEN: usize = 4096;

/// Most `key=value` pairs of a query string (or attributes of an element) that are read.
pub const MAX_PAIRS: usize = 64;

/// Longest value read for a flag; longer ones are ignored (no flag's value comes near it).
pub const MAX_VALUE_LEN: usize = 256;

/// Longest embed id (a host page's own element id or pym's `childId`).
pub const MAX_EMBED_ID_LEN: usize = 64;

/// The data attributes an embed element may carry, in the order they are read.
pub const ATTRIBUTES: [&str; 9] = [
    "data-view",
    "data-lang",
    "data-dark",
    "data-plain",
    "data-static",
    "data-accent",
    "data-id",
    "data-event",
    "data-claim",
];

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

fn embed_id(v: &str) -> Option<String> {
    (!v.is_empty()
        && v.len() <= MAX_EMBED_ID_LEN
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then(|| v.to_string())
}

impl Flags {
    /// Reads a query string (with or without the leading `?`).
    ///
    /// Only the first [`MAX_QUERY_LEN`] bytes and [`MAX_PAIRS`] pairs are read; unknown keys
    /// and malformed values are ignored.
    pub fn parse(query: &str) -> Flags {
        let mut f = Flags::default();
        let query = head(query.trim_start_matches('?'), MAX_QUERY_LEN, &['&']);
        for pair in query.split('&').filter(|p| !p.is_empty()).take(MAX_PAIRS) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = if key == "childId" { "id" } else { key };
            f.set(key, &unescape(value));
        }
        f
    }

    /// Sets the flag `key` from its (unescaped) value; unknown keys, values past
    /// [`MAX_VALUE_LEN`] and malformed values change nothing but that flag.
    fn set(&mut self, key: &str, value: &str) {
        if value.len() > MAX_VALUE_LEN {
            return;
        }
        match key {
            "dark" => {
                self.dark = match value {
                    "auto" => Dark::Auto,
                    v => match truthy(v) {
                        Some(true) => Dark::On,
                        Some(false) => Dark::Off,
                        None => Dark::Auto,
                    },
                }
            }
            "plain" => self.plain = truthy(value).unwrap_or(false),
            "static" => self.static_ = truthy(value).unwrap_or(false),
            "view" => self.view = View::parse(value),
            "lang" => self.lang = Lang::from_tag(value),
            "accent" => self.accent = hex_colour(value),
            "id" => self.id = embed_id(value),
            _ => {}
        }
    }

    /// The id host pages see in resize messages.
    pub fn embed_id(&self) -> &str {
        self.id.as_deref().unwrap_or("summitry")
    }
}

/// What a script embed's element asks for: `<div data-summitry data-view="compare"
/// data-claim="..." data-lang="uk">`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Embed {
    /// The flags, from `data-view`, `data-lang`, `data-dark`, `data-plain`, `data-static`,
    /// `data-accent` and `data-id`, read as the query string's flags of the same names.
    pub flags: Flags,
    /// The route to open: the flags' view, and the ids in `data-event` and `data-claim` (valid
    /// ids only; the app still drops those the dataset does not have).
    pub initial: Route,
}

impl Embed {
    /// Reads an element's attributes as `(name, value)` pairs, such as the [`ATTRIBUTES`] it
    /// has; other attributes are ignored.
    ///
    /// Each value is read on its own, never joined into a query string, so a value holding
    /// `&`, `#` or `=` cannot set another flag: `data-view="map&lang=uk"` is no view at all.
    pub fn from_attributes<'a>(attributes: impl IntoIterator<Item = (&'a str, &'a str)>) -> Embed {
        let mut e = Embed::default();
        let id = |v: &str| Some(v.to_string()).filter(|v| summitry_data::is_valid_id(v));
        for (name, value) in attributes.into_iter().take(MAX_PAIRS) {
            let Some(key) = name.strip_prefix("data-") else {
                continue;
            };
            match key {
                "event" => e.initial.event = id(value),
                "claim" => e.initial.claim = id(value),
                _ => e.flags.set(key, value),
            }
        }
        e.initial.view = e.flags.view.unwrap_or_default();
        e
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
    fn pym_child_id_is_an_id() {
        assert_eq!(Flags::parse("childId=story").embed_id(), "story");
    }

    #[test]
    fn an_id_longer_than_sixty_four_characters_is_ignored() {
        let ok = "a".repeat(MAX_EMBED_ID_LEN);
        assert_eq!(Flags::parse(&format!("id={ok}")).embed_id(), ok);
        let long = "a".repeat(MAX_EMBED_ID_LEN + 1);
        assert_eq!(Flags::parse(&format!("id={long}")).id, None);
    }

    #[test]
    fn only_the_first_four_kilobytes_of_a_query_are_read() {
        let padding = format!("utm={}", "y".repeat(MAX_QUERY_LEN));
        assert_eq!(Flags::parse(&format!("{padding}&plain")), Flags::default());
        assert!(Flags::parse(&format!("plain&{padding}")).plain);
    }

    #[test]
    fn a_flag_cut_by_the_length_limit_is_dropped_not_shortened() {
        // The limit falls right after "dark=": read as it stands, the empty value would switch
        // dark mode on, the opposite of what the link asks.
        let lead = format!("utm={}&", "y".repeat(MAX_QUERY_LEN - 10));
        assert_eq!(lead.len() + "dark=".len(), MAX_QUERY_LEN);
        let f = Flags::parse(&format!("{lead}dark=false"));
        assert_eq!(f.dark, Dark::Auto);
    }

    #[test]
    fn at_most_sixty_four_pairs_are_read() {
        let q = format!("{}plain", "x=1&".repeat(MAX_PAIRS));
        assert!(!Flags::parse(&q).plain);
    }

    #[test]
    fn a_megabyte_query_parses_to_the_flags_in_its_head() {
        let q = format!("view=list&{}", "lang=uk&".repeat(150_000));
        let f = Flags::parse(&q);
        assert_eq!(f.view, Some(View::List));
        assert_eq!(f.lang, Some(Lang::Uk));
    }

    #[test]
    fn a_cut_inside_a_multibyte_character_does_not_panic() {
        let q = format!("plain&x={}", "é".repeat(MAX_QUERY_LEN));
        assert!(Flags::parse(&q).plain);
    }

    fn embed(attributes: &[(&str, &str)]) -> Embed {
        Embed::from_attributes(attributes.iter().copied())
    }

    #[test]
    fn an_embeds_data_attributes_set_its_flags_and_route() {
        let e = embed(&[
            ("data-summitry", ""),
            ("data-view", "compare"),
            ("data-lang", "fr-CA"),
            ("data-dark", "true"),
            ("data-plain", ""),
            ("data-static", "false"),
            ("data-accent", "#1a2b3c"),
            ("data-id", "chart_2"),
            ("data-event", "istanbul-talks-2025-07-23"),
            ("data-claim", "meeting"),
            ("class", "story"),
        ]);
        let f = &e.flags;
        assert_eq!(f.view, Some(View::Compare));
        assert_eq!(f.lang, Some(Lang::Fr));
        assert_eq!(f.dark, Dark::On);
        assert!(f.plain && !f.static_);
        assert_eq!(f.accent.as_deref(), Some("#1a2b3c"));
        assert_eq!(f.embed_id(), "chart_2");
        assert_eq!(e.initial.view, View::Compare);
        assert_eq!(
            e.initial.event.as_deref(),
            Some("istanbul-talks-2025-07-23")
        );
        assert_eq!(e.initial.claim.as_deref(), Some("meeting"));
    }

    #[test]
    fn an_element_without_data_attributes_asks_for_the_defaults() {
        assert_eq!(embed(&[]), Embed::default());
        assert_eq!(embed(&[("data-summitry", "")]).initial, Route::default());
    }

    /// Finding: joined into a query string, one attribute could set another flag.
    #[test]
    fn an_attribute_value_cannot_inject_another_flag() {
        let e = embed(&[
            ("data-view", "map&lang=uk"),
            ("data-accent", "#c00&dark=true"),
            ("data-id", "x#plain"),
            ("data-static", "0&static=1"),
            ("data-event", "a&claim=meeting"),
        ]);
        assert_eq!(e.flags.view, None);
        assert_eq!(e.flags.lang, None);
        assert_eq!(e.flags.accent, None);
        assert_eq!(e.flags.dark, Dark::Auto);
        assert_eq!(e.flags.id, None);
        assert!(!e.flags.plain && !e.flags.static_);
        assert_eq!(e.initial.event, None);
        assert_eq!(e.initial.claim, None);
    }

    #[test]
    fn an_accent_attribute_needs_no_escaping() {
        assert_eq!(
            embed(&[("data-accent", "#c00")]).flags.accent.as_deref(),
            Some("#c00")
        );
        // A query string's escapes are not decoded in an attribute: they are not in its syntax.
        assert_eq!(embed(&[("data-accent", "%23c00")]).flags.accent, None);
    }

    #[test]
    fn only_attributes_named_data_are_read() {
        let e = embed(&[("view", "list"), ("lang", "uk"), ("data-View", "list")]);
        assert_eq!(e, Embed::default());
    }

    #[test]
    fn invalid_or_overlong_ids_in_attributes_are_dropped() {
        let long = "a".repeat(summitry_data::MAX_ID_LEN + 1);
        let e = embed(&[("data-event", &long), ("data-claim", "Not An Id")]);
        assert_eq!(e.initial.event, None);
        assert_eq!(e.initial.claim, None);
        let huge = "compare".repeat(1000);
        assert_eq!(embed(&[("data-view", &huge)]).flags.view, None);
    }

    use proptest::prelude::*;

    /// Attribute names an element may carry, including near misses.
    fn attribute_name() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::sample::select(ATTRIBUTES.to_vec()).prop_map(str::to_string),
            "data-[a-zA-Z-]{0,8}",
            ".{0,12}",
        ]
    }

    /// Values that are often nearly right, or carry separators a query string would split on.
    fn flag_value() -> impl Strategy<Value = String> {
        prop_oneof![
            "(map|compare|list|uk|fr|en-GB|auto|true|false|0|1|yes|no|#c00|#1a2b3c|%23c00)",
            "[a-z0-9_-]{0,70}",
            "[a-z&=#%?+]{0,20}",
            ".{0,40}",
            "[a-z]{250,260}",
        ]
    }

    /// True when `f` holds only values a flag can take.
    fn valid(f: &Flags) -> bool {
        f.id.as_deref().is_none_or(|id| embed_id(id).is_some())
            && f.accent
                .as_deref()
                .is_none_or(|a| hex_colour(a).as_deref() == Some(a))
    }

    proptest! {
        #[test]
        fn any_query_parses_without_panicking_to_valid_flags(s in ".{0,300}") {
            prop_assert!(valid(&Flags::parse(&s)));
        }

        #[test]
        fn any_query_of_known_keys_parses_to_valid_flags(
            pairs in proptest::collection::vec(
                (proptest::sample::select(vec!["dark", "plain", "static", "view", "lang", "accent", "id", "childId", "x", ""]), flag_value()),
                0..12,
            )
        ) {
            let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            prop_assert!(valid(&Flags::parse(&q.join("&"))));
        }

        #[test]
        fn any_attributes_parse_to_valid_flags_and_ids(
            attrs in proptest::collection::vec((attribute_name(), flag_value()), 0..12)
        ) {
            let e = Embed::from_attributes(attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            prop_assert!(valid(&e.flags));
            prop_assert!(e.initial.event.as_deref().is_none_or(summitry_data::is_valid_id));
            prop_assert!(e.initial.claim.as_deref().is_none_or(summitry_data::is_valid_id));
            prop_assert_eq!(e.initial.view, e.flags.view.unwrap_or_default());
        }

        #[test]
        fn an_attribute_reads_as_the_same_flag_in_a_query_when_it_has_no_separator(
            key in proptest::sample::select(vec!["dark", "plain", "static", "view", "lang", "accent", "id"]),
            value in "[a-zA-Z0-9_#-]{0,20}",
        ) {
            let from_attribute = Embed::from_attributes([(format!("data-{key}").as_str(), value.as_str())]).flags;
            let from_query = Flags::parse(&format!("{key}={}", value.replace('#', "%23")));
            prop_assert_eq!(from_attribute, from_query);
        }
    }
}
