//! What any flags, from a query string or from attributes, may hold.

use summitry_model::flags::{Flags, MAX_EMBED_ID_LEN};

/// Panics unless every flag of `f` holds a value the widget can use as it is.
pub fn check(f: &Flags) {
    if let Some(id) = &f.id {
        assert!(!id.is_empty() && id.len() <= MAX_EMBED_ID_LEN, "{id:?}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
            "{id:?}"
        );
    }
    if let Some(accent) = &f.accent {
        let hex = accent.strip_prefix('#').expect("an accent starts with #");
        assert!(matches!(hex.len(), 3 | 6), "{accent:?}");
        assert!(hex.chars().all(|c| c.is_ascii_hexdigit()), "{accent:?}");
    }
}
