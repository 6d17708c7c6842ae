//! Browser tier at scale, fetching: the generated dataset as the build ships it, a core with the
//! most recent events and chunk files fetched when a reader reaches them. Chunk requests are held
//! in a queue the test answers, so it sees the widget while they are on their way and when one
//! fails.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;

use common::*;
use summitry_data::pack::Chunk;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// `(core, [(chunk file name, bytes)])`, written by build.rs.
static BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/chunked.bin"));

type Done = Box<dyn FnOnce(Option<Vec<u8>>)>;

thread_local! {
    /// Chunk requests not answered yet.
    static ASKED: RefCell<Vec<(String, Done)>> = const { RefCell::new(Vec::new()) };
}

fn asked() -> Vec<String> {
    ASKED.with(|a| a.borrow().iter().map(|(f, _)| f.clone()).collect())
}

/// Answers every request: `fail` gets nothing (a network error), the others their bytes.
fn answer(chunks: &[(String, Vec<u8>)], fail: Option<&str>) {
    let asked: Vec<(String, Done)> = ASKED.with(|a| a.borrow_mut().drain(..).collect());
    for (file, done) in asked {
        let bytes = chunks
            .iter()
            .find(|(f, _)| *f == file)
            .map(|(_, b)| b.clone());
        done(bytes.filter(|_| Some(file.as_str()) != fail));
    }
}

#[wasm_bindgen_test]
async fn chunks_are_fetched_when_reached_and_a_failed_one_offers_a_retry() {
    let (core, chunks): (Vec<u8>, Vec<(String, Vec<u8>)>) =
        postcard::from_bytes(BUNDLE).expect("build.rs wrote a bundle");
    let ds = summitry::data::install(&core).expect("a valid core");
    summitry::data::set_fetch(Box::new(|file, done| {
        ASKED.with(|a| a.borrow_mut().push((file.to_string(), done)))
    }));
    assert!(chunks.len() >= 2, "a dataset large enough for chunks");
    assert!(ds.events_loaded() < ds.totals.events as usize);

    // The opening view needs no chunk.
    let root = mount_app("").await;
    assert!(asked().is_empty(), "fetched {:?}", asked());
    assert!(all(&root, "[data-testid=chunks-loading]").is_empty());
    root.remove();

    let quotes = "[data-testid^=statement-]";

    // The comparison the view opens with is whole in the core: no fetch, every quote shown.
    let featured = summitry_model::compare::featured(ds).expect("comparisons");
    assert!(ds.has_claim(featured));
    let root = mount_app("view=compare").await;
    assert!(asked().is_empty(), "fetched {:?}", asked());
    one(&root, &format!("[data-testid=claim-{}]", featured.id));
    let quoted =
        |c: &summitry_data::Claim| c.sides.iter().map(|s| s.statements.len()).sum::<usize>();
    assert_eq!(all(&root, quotes).len(), quoted(featured));
    root.remove();

    // Another one's statements are in chunks: opening it fetches them and says so, and shows
    // no side by halves meanwhile, nor when every fetch fails (a retry per chunk instead).
    let waiting = ds
        .claims()
        .iter()
        .find(|c| !ds.has_claim(c))
        .expect("a comparison beyond the core");
    let claim_link = format!("view=compare&claim={}", waiting.id);
    let root = mount_app(&claim_link).await;
    assert_eq!(asked().len(), chunks.len());
    one(&root, &format!("[data-testid=claim-{}]", waiting.id));
    one(&root, "[data-testid=chunks-loading]");
    assert!(all(&root, quotes).is_empty());
    let failing: Vec<(String, Done)> = ASKED.with(|a| a.borrow_mut().drain(..).collect());
    for (_, done) in failing {
        done(None);
    }
    tick().await;
    assert!(all(&root, "[data-testid=chunks-loading]").is_empty());
    assert_eq!(all(&root, "[data-testid=chunk-retry]").len(), chunks.len());
    assert!(all(&root, quotes).is_empty());
    root.remove();

    // A link to an event in a chunk keeps it, fetches every chunk (those that failed too) and
    // says so meanwhile.
    let cat = ds.catalogue();
    let in_chunk = Chunk::decode(&chunks[1].1, &cat).unwrap().events[0]
        .id
        .clone();
    assert!(ds.event(&in_chunk).is_none());
    let root = mount_app(&format!("event={in_chunk}")).await;
    assert_eq!(asked().len(), chunks.len());
    one(&root, "[data-testid=chunks-loading]");
    assert_eq!(hash().await, format!("event={in_chunk}"));

    // The first chunk fails, the others arrive: the event opens; a retry stands for the failure.
    answer(&chunks, Some(&chunks[0].0));
    tick().await;
    one(&root, &format!("[data-testid=details-{in_chunk}]"));
    assert!(all(&root, "[data-testid=chunks-loading]").is_empty());
    assert_eq!(all(&root, "[data-testid=chunk-retry]").len(), 1);
    assert!(!ds.complete());
    let missing = ds.totals.events as usize - ds.events_loaded();
    assert_eq!(
        missing,
        Chunk::decode(&chunks[0].1, &cat).unwrap().events.len()
    );

    // Retrying fetches that chunk alone.
    click(&root, "[data-testid=chunk-retry]");
    tick().await;
    assert_eq!(asked(), [chunks[0].0.clone()]);
    one(&root, "[data-testid=chunks-loading]");
    answer(&chunks, None);
    tick().await;
    assert!(all(&root, "[data-testid=chunk-retry]").is_empty());
    assert!(all(&root, "[data-testid=chunks-loading]").is_empty());
    assert!(ds.complete());
    assert_eq!(shown_count(&root), ds.totals.events as usize);
    root.remove();

    // Once every chunk is in, the comparison beyond the core is shown whole, with no fetch.
    let root = mount_app(&claim_link).await;
    assert!(asked().is_empty());
    assert_eq!(all(&root, quotes).len(), quoted(waiting));
    root.remove();

    // Once every chunk is in, a link to an event none holds opens cleanly without it.
    let root = mount_app("event=no-such-event").await;
    assert!(asked().is_empty());
    assert_eq!(hash().await, "");
    root.remove();
}
