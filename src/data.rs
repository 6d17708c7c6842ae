//! The dataset while the widget runs: one [`Store`] per page, filled from the core file the page
//! loader hands over, and from chunk files fetched when a reader reaches them.

use std::cell::{Cell, OnceCell, RefCell};

use summitry_data::pack::{Chunk, Core, PackError};
use summitry_data::Store;

thread_local! {
    static STORE: OnceCell<&'static Store> = const { OnceCell::new() };
    /// How to fetch a chunk file by name; set by the loader of each form (page, single file,
    /// script embed).
    static FETCH: RefCell<Option<Fetch>> = const { RefCell::new(None) };
    /// Chunks asked for and not yet arrived, so one is never fetched twice at once.
    static PENDING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    /// Chunks whose fetch failed; the views offer a retry.
    static FAILED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// Fetches a chunk file: `(file name, done)` where `done` receives the bytes or `None`.
pub type Fetch = Box<dyn Fn(&str, Box<dyn FnOnce(Option<Vec<u8>>)>)>;

/// Installs the dataset from the core file's bytes; the first call wins.
pub fn install(core: &[u8]) -> Result<&'static Store, PackError> {
    if let Some(store) = STORE.with(|s| s.get().copied()) {
        return Ok(store);
    }
    let core = Core::decode(core)?;
    Ok(install_store(Store::new(core)))
}

/// Installs an already built store (the build's prerenderer, and tests).
pub fn install_store(store: Store) -> &'static Store {
    STORE.with(|s| *s.get_or_init(|| Box::leak(Box::new(store))))
}

/// Sets how chunk files are fetched.
pub fn set_fetch(fetch: Fetch) {
    FETCH.with(|f| *f.borrow_mut() = Some(fetch));
}

/// The dataset. Only called after the loader installed it: every entry point does so before it
/// mounts a view.
pub fn store() -> &'static Store {
    STORE.with(|s| {
        *s.get()
            .expect("the loader installs the dataset before mounting a view")
    })
}

/// Counts chunk arrivals; views read it through the state's `data` signal.
pub fn generation() -> u32 {
    GENERATION.with(Cell::get)
}

/// True while some chunk is on its way.
pub fn fetching() -> bool {
    PENDING.with(|p| !p.borrow().is_empty())
}

/// Whether chunk `index` failed to load.
pub fn chunk_failed(index: usize) -> bool {
    FAILED.with(|f| f.borrow().contains(&index))
}

/// Fetches the chunks in `indexes` that are neither in nor on their way; `arrived` runs after
/// each arrival (or failure) with the new generation.
pub fn load_chunks(
    indexes: impl IntoIterator<Item = usize>,
    arrived: impl Fn(u32) + Clone + 'static,
) {
    let store = store();
    for index in indexes {
        if index >= store.chunks.len()
            || store.chunk_loaded(index)
            || PENDING.with(|p| p.borrow().contains(&index))
        {
            continue;
        }
        let started = FETCH.with(|f| {
            let f = f.borrow();
            let Some(fetch) = f.as_ref() else {
                return false;
            };
            PENDING.with(|p| p.borrow_mut().push(index));
            FAILED.with(|f| f.borrow_mut().retain(|i| *i != index));
            let arrived = arrived.clone();
            fetch(
                &store.chunks[index].file,
                Box::new(move |bytes| {
                    PENDING.with(|p| p.borrow_mut().retain(|i| *i != index));
                    match bytes.map(|b| Chunk::decode(&b, &store.catalogue())) {
                        Some(Ok(chunk)) => store.add_chunk(index, chunk),
                        _ => FAILED.with(|f| f.borrow_mut().push(index)),
                    }
                    let n = GENERATION.with(|g| {
                        g.set(g.get() + 1);
                        g.get()
                    });
                    arrived(n);
                }),
            );
            true
        });
        if !started {
            FAILED.with(|f| f.borrow_mut().push(index));
            GENERATION.with(|g| g.set(g.get() + 1));
        }
    }
}
