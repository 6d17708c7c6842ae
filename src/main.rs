//! Entry point: mount a widget in each `[data-summitry]` element (script embed), or else the
//! whole page as [`summitry::App`].

fn main() {
    console_error_panic_hook::set_once();
    if summitry::embed::mount_embeds() == 0 {
        leptos::mount::mount_to_body(summitry::App);
    }
}
