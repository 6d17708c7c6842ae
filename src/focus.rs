//! Keyboard focus across a replacement: when what holds focus is replaced by the same control
//! built anew (the live widget taking over the page's markup, a split module's view taking over
//! the early answer shown while it downloaded), focus follows to the new control, found by its
//! test id, instead of falling back to the page's body.

use wasm_bindgen::JsCast;

/// The control that held keyboard focus, and the test id by which the same control is found
/// again: its own, or its nearest ancestor's.
pub struct Focused {
    was: web_sys::Element,
    id: String,
}

/// The control holding keyboard focus inside `root`, if any.
pub fn focused_in(root: &web_sys::Element) -> Option<Focused> {
    let was = leptos::prelude::document()
        .active_element()
        .filter(|el| root.contains(Some(el)))?;
    let id = was
        .closest("[data-testid]")
        .ok()
        .flatten()?
        .get_attribute("data-testid")?;
    Some(Focused { was, id })
}

impl Focused {
    /// Moves focus to the control of the same test id in `root`, if focus went with the replaced
    /// control (it has left the page) and the reader has not moved it since.
    pub fn follow(self, root: &web_sys::Element) {
        if self.was.is_connected() {
            return;
        }
        let doc = leptos::prelude::document();
        if doc
            .active_element()
            .is_some_and(|el| Some(el) != doc.body().map(Into::into))
        {
            return;
        }
        if let Some(el) = root
            .query_selector(&format!("[data-testid=\"{}\"]", self.id))
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }
}
