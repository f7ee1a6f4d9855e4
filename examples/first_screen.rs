//! Prints the widget's first screen as HTML: the heading and the guide's
//! first question, rendered by Yew's server renderer from the same content and
//! components as the widget (`skillpath::components::FirstScreen`).
//!
//! `scripts/post-build.mjs` runs it on every build: in English for
//! `skillpath.js`, which shows it at once while the wasm loads, and in every
//! other language for that language's file (read from the path given, with
//! the same checks as the widget's). The widget then takes over, keeping
//! whatever the reader chose meanwhile.
//!
//! `cargo run --example first_screen [-- <lang> <language file>]`

/// Built for the browser too by `cargo clippy --all-targets`; it only runs
/// on the build machine.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::rc::Rc;

    use skillpath::content;
    use skillpath::domain::words::{Lang, file};

    let fail = |what: String| -> ! {
        eprintln!("{what}");
        std::process::exit(1);
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (guide, words) = match args.as_slice() {
        [] => match content::guide() {
            Ok(guide) => (guide, content::english()),
            Err(e) => fail(format!("the guide content is broken: {e}")),
        },
        [code, path] => {
            let lang =
                Lang::from_tag(code).unwrap_or_else(|| fail(format!("no language {code:?}")));
            let text = std::fs::read_to_string(path)
                .unwrap_or_else(|e| fail(format!("{path} cannot be read: {e}")));
            file::read(lang, &text, &content::UI_EN, &content::PARTS)
                .unwrap_or_else(|e| fail(format!("the {code} file is refused: {e}")))
        }
        _ => fail("usage: first_screen [<lang> <language file>]".to_owned()),
    };
    // The first widget on a page is "sp1"; ids only need to be unique in
    // their shadow root, which holds one widget.
    match skillpath::components::first_screen_html(Rc::new(guide), Rc::new(words), "sp1") {
        Ok(html) => print!("{html}"),
        Err(e) => fail(format!("cannot start a runtime to render in: {e}")),
    }
}
