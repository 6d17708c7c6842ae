//! The views the opening map does not need: the comparison, the list and the network.
//!
//! With the `split` feature (`cargo xtask dist`), each is a split function (wasm_split's
//! `#[wasm_split]`, what leptos's `#[lazy]` expands to, here with its `fallible` option): the
//! post-link split (xtask/src/split.rs) moves its code into a wasm file of its own, fetched the
//! first time a reader opens the view or, a moment ahead of that, when they show they may: a
//! pointer over or focus on its tab ([`warm`]). Nothing is fetched before such a sign, so a reader
//! who never opens a view never downloads it, and the wasm that starts the map is smaller. Until the module is
//! in, the view says it is loading; when its download fails (a flaky phone network), the view says
//! so, with a button that tries again. Without the feature (`trunk serve`, the browser tests, the
//! single file and the script embed) the same components are called directly and one wasm holds
//! everything. The map's details panel (src/map/details_panel.rs) is split the same way, through
//! `on_demand` and `Module`.

use leptos::prelude::*;

use summitry_model::route::View;

use crate::{compare, list, network};

/// The comparison view (src/compare/).
pub fn compare() -> AnyView {
    #[cfg(feature = "split")]
    {
        split::on_demand(
            &split::COMPARE,
            || Box::pin(split::compare_view()),
            split::loading,
        )
    }
    #[cfg(not(feature = "split"))]
    {
        view! { <compare::CompareView /> }.into_any()
    }
}

/// The list view (src/list/).
pub fn list() -> AnyView {
    #[cfg(feature = "split")]
    {
        split::on_demand(
            &split::LIST,
            || Box::pin(split::list_view()),
            split::loading,
        )
    }
    #[cfg(not(feature = "split"))]
    {
        view! { <list::ListView /> }.into_any()
    }
}

/// The network view (src/network/).
pub fn network() -> AnyView {
    #[cfg(feature = "split")]
    {
        split::on_demand(
            &split::NETWORK,
            || Box::pin(split::network_view()),
            split::loading,
        )
    }
    #[cfg(not(feature = "split"))]
    {
        view! { <network::NetworkView /> }.into_any()
    }
}

/// Starts fetching the module of `view` when a reader shows they may open it (a pointer over, or
/// focus on, its tab: src/nav.rs), so the opening waits less, or not at all. Not under Save-Data,
/// where a module is fetched only when it is used. Without the split there is nothing to fetch.
pub fn warm(view: View) {
    #[cfg(feature = "split")]
    match view {
        View::Compare => split::COMPARE.warm(),
        View::List => split::LIST.warm(),
        View::Network => split::NETWORK.warm(),
        View::Map => {}
    }
    #[cfg(not(feature = "split"))]
    let _ = view;
}

#[cfg(feature = "split")]
pub use split::{loading, on_demand, Module};

#[cfg(feature = "split")]
mod split {
    use std::future::Future;
    use std::pin::Pin;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::task::{Context, Poll, Waker};

    use leptos::prelude::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};
    use summitry_model::flags::Lang;

    use super::{compare, list, network};
    use crate::state::use_state;

    /// What a split function's preload (`fetch`) or wrapper (`build`) returns: a future that
    /// fails when the module cannot be had.
    pub type Boxed<T> = Pin<Box<dyn Future<Output = Result<T, SplitLoaderError>>>>;

    /// One split module: `fetch` loads it (memoised once it succeeds; a failure is not kept, so
    /// calling again tries again); `loaded` says it is in, so what it builds can be built at once;
    /// `warming` that [`Module::warm`] has a fetch on the wire.
    pub struct Module {
        fetch: fn() -> Boxed<()>,
        loaded: AtomicBool,
        warming: AtomicBool,
    }

    impl Module {
        /// The module that `fetch` (a split function's preload) loads.
        pub const fn new(fetch: fn() -> Boxed<()>) -> Self {
            Module {
                fetch,
                loaded: AtomicBool::new(false),
                warming: AtomicBool::new(false),
            }
        }

        /// Fetches the module ahead of its use, once, unless it is in, on the wire, or the reader
        /// asked to save data. A failure is only forgotten: the module's use tries again and says
        /// so if it fails too.
        pub fn warm(&'static self) {
            if self.loaded.load(Ordering::Relaxed) || save_data() {
                return;
            }
            if self.warming.swap(true, Ordering::Relaxed) {
                return;
            }
            leptos::task::spawn_local(async move {
                let _ = self.fetch().await;
                self.warming.store(false, Ordering::Relaxed);
            });
        }

        async fn fetch(&self) -> Result<(), SplitLoaderError> {
            let fetched = (self.fetch)().await;
            if fetched.is_ok() {
                self.loaded.store(true, Ordering::Relaxed);
            }
            fetched
        }
    }

    pub static COMPARE: Module = Module::new(|| Box::pin(fetch_compare()));
    pub static LIST: Module = Module::new(|| Box::pin(fetch_list()));
    pub static NETWORK: Module = Module::new(|| Box::pin(fetch_network()));

    // Each split function is its own module: a reader who opens one view fetches only its code
    // (and what it shares with the other two, in a chunk of their common code). The module names
    // become the files' names (xtask/src/split.rs: `summitry-split-compare_view-<hash>.wasm`).
    #[wasm_split(compare_view, wasm_split_path = ::leptos::wasm_split, preload(fetch_compare), fallible)]
    pub fn compare_view() -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <compare::CompareView /> }.into_any())
    }

    #[wasm_split(list_view, wasm_split_path = ::leptos::wasm_split, preload(fetch_list), fallible)]
    pub fn list_view() -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <list::ListView /> }.into_any())
    }

    #[wasm_split(network_view, wasm_split_path = ::leptos::wasm_split, preload(fetch_network), fallible)]
    pub fn network_view() -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <network::NetworkView /> }.into_any())
    }

    /// Where a view opened on demand is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Stage {
        Loading,
        Failed,
        Ready,
    }

    /// What `build` makes (a split function of `module`): `pending` until the module is in, then
    /// the view; if the module cannot be had, a message and a button that tries again. Once the
    /// module is in, the view is built at once, without a frame of `pending`.
    pub fn on_demand<B, P>(module: &'static Module, build: B, pending: P) -> AnyView
    where
        B: Fn() -> Boxed<AnyView> + Send + Sync + 'static,
        P: Fn() -> AnyView + Send + Sync + 'static,
    {
        erased(module, Arc::new(build), Arc::new(pending))
    }

    /// What a module builds, and shows until it is in: behind pointers, so [`on_demand`]'s body
    /// is compiled once for every module, not once for each (its four copies cost the main module
    /// 1.6 KiB gzip).
    type Build = Arc<dyn Fn() -> Boxed<AnyView> + Send + Sync>;
    type Pending = Arc<dyn Fn() -> AnyView + Send + Sync>;

    fn erased(module: &'static Module, build: Build, pending: Pending) -> AnyView {
        if module.loaded.load(Ordering::Relaxed) {
            if let Some(view) = now(build()) {
                return view;
            }
        }
        let lang = use_state().lang;
        let stage = RwSignal::new(Stage::Loading);
        let built = StoredValue::new_local(None::<AnyView>);
        // The view is built under the owner of the place it is shown in (its contexts, and its
        // disposal when the reader moves to another view); a retry starts from a click, outside it.
        let owner = Owner::current();
        let start = move || {
            stage.set(Stage::Loading);
            let build = build.clone();
            let task = async move {
                let fetched = module.fetch().await;
                // The reader moved on while the module was on the wire: nothing to build.
                if stage.try_get_untracked().is_none() {
                    return;
                }
                let view = match fetched {
                    Ok(()) => build().await.ok(),
                    Err(_) => None,
                };
                let Some(view) = view else {
                    let _ = stage.try_set(Stage::Failed);
                    return;
                };
                let _ = built.try_set_value(Some(view));
                // Focus on a control of what showed meanwhile (the details' early answer)
                // follows to the same control in the view that replaces it.
                let root = document().document_element();
                let focused = root.as_ref().and_then(crate::focus::focused_in);
                let _ = stage.try_set(Stage::Ready);
                if let (Some(focused), Some(root)) = (focused, root) {
                    request_animation_frame(move || focused.follow(&root));
                }
            };
            let spawn = move || untrack(|| leptos::task::spawn_local_scoped(task));
            match &owner {
                Some(owner) => owner.with(spawn),
                None => spawn(),
            }
        };
        start();
        (move || match stage.get() {
            Stage::Loading => pending(),
            Stage::Failed => {
                let start = start.clone();
                view! {
                <div class="sm-pending sm-error" role="alert" data-testid="view-failed">
                    <p>{words(lang).failed}</p>
                    <button type="button" class="sm-button" data-testid="view-retry" on:click=move |_| start()>
                        {words(lang).retry}
                    </button>
                </div>
                }
                .into_any()
            }
            Stage::Ready => built
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or_else(|| ().into_any()),
        })
        .into_any()
    }

    /// A future that is ready at its first poll (a loaded module's split function), polled
    /// once; `None` if it is not.
    fn now<T>(mut future: Boxed<T>) -> Option<T> {
        match future
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Ready(Ok(view)) => Some(view),
            _ => None,
        }
    }

    /// What a view opened on demand says while it loads.
    pub fn loading() -> AnyView {
        let lang = use_state().lang;
        view! {
            <p class="sm-pending" role="status" data-testid="view-loading">{words(lang).loading}</p>
        }
        .into_any()
    }

    /// What a view opened on demand says while it loads or when it cannot.
    struct Words {
        loading: &'static str,
        failed: &'static str,
        retry: &'static str,
    }

    // Kept here rather than in summitry-model's i18n tables: only the split build shows them.
    fn words(lang: Lang) -> &'static Words {
        match lang {
            Lang::En => &Words {
                loading: "Loading this view…",
                failed: "This view could not be downloaded. Check the connection and try again.",
                retry: "Try again",
            },
            Lang::Uk => &Words {
                loading: "Завантаження…",
                failed:
                    "Не вдалося завантажити цей розділ. Перевірте з’єднання і спробуйте ще раз.",
                retry: "Спробувати ще раз",
            },
            Lang::Fr => &Words {
                loading: "Chargement de cette vue…",
                failed:
                    "Cette vue n’a pas pu être téléchargée. Vérifiez la connexion et réessayez.",
                retry: "Réessayer",
            },
        }
    }

    /// Whether the reader's browser asks pages to save data (`navigator.connection.saveData`;
    /// only Chromium's has `connection`).
    fn save_data() -> bool {
        let nav = window().navigator();
        js_sys::Reflect::get(&nav, &"connection".into())
            .ok()
            .filter(|c| c.is_object())
            .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }
}
