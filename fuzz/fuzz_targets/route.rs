//! The URL hash: any text parses, without panicking and quickly, to a route within the
//! parser's bounds that reads back as itself.

#![no_main]

use libfuzzer_sys::fuzz_target;
use summitry_data::is_valid_id;
use summitry_model::map;
use summitry_model::route::{Route, MAX_HASH_LEN, MAX_LIST};

fuzz_target!(|data: &[u8]| {
    let hash = String::from_utf8_lossy(data);
    let r = Route::parse(&hash);
    for list in [&r.filters.actors, &r.filters.topics] {
        assert!(list.len() <= MAX_LIST, "{} entries", list.len());
        assert!(list.iter().all(|id| is_valid_id(id)), "{list:?}");
        for (i, id) in list.iter().enumerate() {
            assert!(!list[..i].contains(id), "{id} twice");
        }
    }
    assert!(r.filters.kinds.len() <= 4);
    assert!(r.event.as_deref().is_none_or(is_valid_id));
    assert!(r.claim.as_deref().is_none_or(is_valid_id));
    if let Some(z) = r.zoom {
        let vp = map::viewport();
        let vb = map::view_box(&vp, Some(z));
        assert!(z.k > 1.0 && z.k <= map::MAX_ZOOM, "{z:?}");
        assert!(vb.x >= -1e-9 && vb.x + vb.w <= vp.width() + 1e-9, "{z:?}");
        assert!(vb.y >= -1e-9 && vb.y + vb.h <= vp.height() + 1e-9, "{z:?}");
    }
    let written = r.format();
    assert!(written.len() <= MAX_HASH_LEN, "{} bytes", written.len());
    assert_eq!(Route::parse(&written), r, "{written}");
});
