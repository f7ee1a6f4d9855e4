//! Prints the widget's first screen as HTML: the heading and the guide's
//! first question, rendered by Yew's server renderer from the same content and
//! components as the widget (`skillpath::components::FirstScreen`).
//!
//! `scripts/post-build.mjs` runs it on every build and puts the result in
//! `skillpath.js`, which shows it at once while the wasm loads; the widget
//! then takes over, keeping whatever the reader chose meanwhile.
//!
//! `cargo run --example first_screen`

/// Built for the browser too by `cargo clippy --all-targets`; it only runs
/// on the build machine.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let guide = match skillpath::content::guide() {
        Ok(guide) => std::rc::Rc::new(guide),
        Err(e) => {
            eprintln!("the guide content is broken: {e}");
            std::process::exit(1);
        }
    };
    // The first widget on a page is "sp1"; ids only need to be unique in
    // their shadow root, which holds one widget.
    match skillpath::components::first_screen_html(
        guide,
        std::rc::Rc::new(skillpath::content::english()),
        "sp1",
    ) {
        Ok(html) => print!("{html}"),
        Err(e) => {
            eprintln!("cannot start a runtime to render in: {e}");
            std::process::exit(1);
        }
    }
}
