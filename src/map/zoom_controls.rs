//! On-screen zoom and pan buttons, so no action needs a drag or a wheel (WCAG 2.5.7).

use leptos::prelude::*;
use summitry_model::map::{pan, viewport, zoom_by};

use crate::state::use_state;

/// Zoom in/out, reset, and four pan buttons.
#[component]
pub fn ZoomControls() -> impl IntoView {
    let state = use_state();
    let z = state.t().zoom;
    let vp = viewport();
    let zoom = move |f: f64| state.zoom.update(|z| *z = zoom_by(&vp, *z, f, None));
    let pan_by = move |fx: f64, fy: f64| state.zoom.update(|z| *z = pan(&vp, *z, fx, fy));
    let zoomed = move || state.zoom.with(Option::is_some);
    view! {
        <div class="sm-zoom" role="group" aria-label=state.t().zoom_group>
            <button type="button" class="sm-zoom__button" aria-label=z[0] on:click=move |_| zoom(2.0)>"+"</button>
            <button type="button" class="sm-zoom__button" aria-label=z[1] on:click=move |_| zoom(0.5) disabled=move || !zoomed()>"−"</button>
            <button type="button" class="sm-zoom__button" aria-label=z[2] on:click=move |_| state.zoom.set(None) disabled=move || !zoomed()>"⟲"</button>
            <button type="button" class="sm-zoom__button" aria-label=z[3] on:click=move |_| pan_by(0.0, -0.2) disabled=move || !zoomed()>"↑"</button>
            <button type="button" class="sm-zoom__button" aria-label=z[4] on:click=move |_| pan_by(-0.2, 0.0) disabled=move || !zoomed()>"←"</button>
            <button type="button" class="sm-zoom__button" aria-label=z[5] on:click=move |_| pan_by(0.2, 0.0) disabled=move || !zoomed()>"→"</button>
            <button type="button" class="sm-zoom__button" aria-label=z[6] on:click=move |_| pan_by(0.0, 0.2) disabled=move || !zoomed()>"↓"</button>
        </div>
    }
}
