//! The query string: any text parses, without panicking, to flags that hold only values a flag
//! can take.

#![no_main]

use libfuzzer_sys::fuzz_target;
use summitry_model::flags::{Flags, MAX_EMBED_ID_LEN};

/// Checks what any source of flags may set; shared with the `attributes` target.
#[path = "check_flags.rs"]
mod check_flags;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let f = Flags::parse(&query);
    check_flags::check(&f);
    assert!(f.embed_id().len() <= MAX_EMBED_ID_LEN);
});
