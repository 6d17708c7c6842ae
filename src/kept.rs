//! What a view computed, kept by the widget between the view's openings.
//!
//! A view is built at each opening and dropped when the reader leaves it, and with it every memo
//! it made. A memo made here instead lives under the widget's owner: it keeps its result while
//! the view is closed, follows what it depends on without recomputing (a memo recomputes only
//! when read), and the next opening reads it as it was when nothing it depends on changed.

use std::any::{Any, TypeId};

use leptos::prelude::*;

/// The widget's owner, and what its views keep under it (one value per type).
#[derive(Clone)]
struct Keeper {
    owner: Owner,
    kept: StoredValue<Vec<(TypeId, Box<dyn Any + Send + Sync>)>>,
}

/// Makes room for what the views keep in the widget being built: call once, in its component.
pub fn provide() {
    provide_context(Keeper {
        owner: Owner::current().unwrap_or_default(),
        kept: StoredValue::new(Vec::new()),
    });
}

/// The widget's value of type `T` (memos and signals, whose handles are copied), made by `make`
/// under the widget's owner the first time it is asked for. Where no widget made room for it
/// ([`provide`]), `make` is called under the current owner.
pub fn kept<T: Clone + Send + Sync + 'static>(make: fn() -> T) -> T {
    let Some(keeper) = use_context::<Keeper>() else {
        return make();
    };
    let found = keeper.kept.with_value(|kept| {
        kept.iter()
            .find(|(id, _)| *id == TypeId::of::<T>())
            .and_then(|(_, value)| value.downcast_ref::<T>().cloned())
    });
    if let Some(value) = found {
        return value;
    }
    let value = keeper.owner.with(make);
    keeper
        .kept
        .update_value(|kept| kept.push((TypeId::of::<T>(), Box::new(value.clone()))));
    value
}
