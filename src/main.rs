//! Entry point of the widget: mount [`summitry::App`] on the page's body.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(summitry::App);
}
