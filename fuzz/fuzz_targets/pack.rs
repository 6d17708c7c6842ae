//! The data files the widget downloads (a core, or a chunk read against the real dataset's
//! core): any bytes read, without panicking, as a file or as damage; what reads as a file writes
//! back to bytes that read as the same file, and write again to the same bytes.
//!
//! The input's first byte picks the kind (even: a core, odd: a chunk); the rest is the file. The
//! seeds are the real dataset's files (`cargo test -p summitry-check --test pack -- --ignored`
//! writes them), so libFuzzer starts from valid files and mutates them.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use summitry_check::pack::{pack, Policy};
use summitry_data::pack::{Chunk, Core};

/// The real dataset's core, split so that chunks exist, read once per fuzzing process.
fn core() -> &'static Core {
    static CORE: OnceLock<Core> = OnceLock::new();
    CORE.get_or_init(|| {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        let ds = summitry_check::load(&data).expect("the real dataset loads");
        let policy = Policy {
            inline_all: 0,
            recent: 3,
            chunk_events: 4,
        };
        Core::decode(&pack(&ds, policy).core).expect("the real core reads back")
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((kind, bytes)) = data.split_first() else {
        return;
    };
    if kind % 2 == 0 {
        if let Ok(c) = Core::decode(bytes) {
            let once = c.encode();
            let back = Core::decode(&once).expect("a core written reads back");
            assert_eq!(back, c);
            assert_eq!(back.encode(), once);
        }
    } else {
        let cat = core().catalogue();
        if let Ok(c) = Chunk::decode(bytes, &cat) {
            let once = c.encode(&cat);
            let back = Chunk::decode(&once, &cat).expect("a chunk written reads back");
            assert_eq!(back, c);
            assert_eq!(back.encode(&cat), once);
        }
    }
});
