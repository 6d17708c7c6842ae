//! The wasm's exports. Nothing starts on its own: each form's loader (the page's `boot.js`, the
//! single file's inline start, the script embed) calls the entry point it needs, so a script
//! embed can never mount the page app.

#[cfg(not(feature = "ssr"))]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Takes over the view rendered ahead of time in `root`, with the dataset's core file and a
    /// `fetch(file, done)` for its chunks (`done` takes a `Uint8Array`, or null on failure).
    #[wasm_bindgen]
    pub fn start_page(
        root: web_sys::Element,
        core: &[u8],
        fetch: js_sys::Function,
        inline_downloads: bool,
    ) {
        summitry::boot::start_page(root, core, fetch, inline_downloads);
    }

    /// Installs the dataset for script embeds; false when the core file is damaged.
    #[wasm_bindgen]
    pub fn start_embed(core: &[u8], fetch: js_sys::Function) -> bool {
        summitry::boot::start_embed(core, fetch)
    }

    /// Mounts one embedded widget for `host` in `container`; its open data is in `base` (the
    /// embed script's folder), its map's country outlines in `outlines`.
    #[wasm_bindgen]
    pub fn mount_embed(
        host: web_sys::Element,
        container: web_sys::Element,
        base: &str,
        outlines: Option<web_sys::Element>,
    ) {
        summitry::boot::mount_embed(host, container, base, outlines);
    }

    /// Whether a panic has ended the widget (the script embed's loader asks).
    #[wasm_bindgen]
    pub fn panicked() -> bool {
        summitry::boot::panicked()
    }

    /// Panics on purpose, for the end-to-end tests only (see `boot::test_panic`).
    #[wasm_bindgen(js_name = "__summitry_test_panic")]
    pub fn test_panic() {
        summitry::boot::test_panic();
    }
}

fn main() {}
