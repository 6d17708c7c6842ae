//! An embed element's attributes: any names and values parse, without panicking, to valid
//! flags and ids; and no value can set a flag other than its own attribute's.
//!
//! The input is a list of attributes, one per line, as `name=value` (the first `=` splits).

#![no_main]

use libfuzzer_sys::fuzz_target;
use summitry_data::is_valid_id;
use summitry_model::flags::{Embed, Flags};

#[path = "check_flags.rs"]
mod check_flags;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let attributes: Vec<(&str, &str)> = text
        .lines()
        .map(|l| l.split_once('=').unwrap_or((l, "")))
        .collect();
    let e = Embed::from_attributes(attributes.iter().copied());
    check_flags::check(&e.flags);
    assert!(e.initial.event.as_deref().is_none_or(is_valid_id));
    assert!(e.initial.claim.as_deref().is_none_or(is_valid_id));
    assert_eq!(e.initial.view, e.flags.view.unwrap_or_default());
    // Each attribute alone sets at most its own flag: no value injects another.
    for (name, value) in &attributes {
        let alone = Embed::from_attributes([(*name, *value)]).flags;
        let own = name.strip_prefix("data-").unwrap_or("");
        let mut others = alone.clone();
        match own {
            "view" => others.view = None,
            "lang" => others.lang = None,
            "dark" => others.dark = Default::default(),
            "plain" => others.plain = false,
            "static" => others.static_ = false,
            "accent" => others.accent = None,
            "id" => others.id = None,
            _ => {}
        }
        assert_eq!(
            others,
            Flags::default(),
            "{name}={value:?} set another flag"
        );
    }
});
