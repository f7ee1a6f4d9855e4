//! Prints the widget's first screen as HTML: the heading and the guide's
//! first question, rendered by Yew's server renderer from the same content and
//! components as the widget (`skillpath::components::FirstScreen`).
//!
//! `scripts/post-build.mjs` runs it on every build: in English for
//! `skillpath.js`, which shows it at once while the wasm loads; and for every
//! other language, given its keyed sources (interface texts by key, guide
//! words by id), it prints that language's file as the widget reads it
//! (`domain::words::file`), with the first screen in that language in it,
//! drawn from the file through the widget's own reader. The widget then
//! takes over, keeping whatever the reader chose meanwhile.
//!
//! `cargo run --example first_screen [-- <lang> <ui.json> <guide.json>]`

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
    let read = |path: &str| {
        std::fs::read_to_string(path)
            .unwrap_or_else(|e| fail(format!("{path} cannot be read: {e}")))
    };
    let (guide, words, file) = match args.as_slice() {
        [] => match content::guide() {
            Ok(guide) => (guide, content::english(), None),
            Err(e) => fail(format!("the guide content is broken: {e}")),
        },
        [code, ui, words] => {
            let lang =
                Lang::from_tag(code).unwrap_or_else(|| fail(format!("no language {code:?}")));
            let ui = serde_json::from_str(&read(ui)).unwrap_or_else(|e| fail(format!("{ui}: {e}")));
            let guide_words = serde_json::from_str(&read(words))
                .unwrap_or_else(|e| fail(format!("{words}: {e}")));
            let written = file::write(lang, ui, guide_words, &content::UI_EN, &content::PARTS)
                .unwrap_or_else(|e| fail(format!("the {code} texts are refused: {e}")));
            let text = serde_json::to_string(&written).expect("a language file is JSON");
            let (guide, words) = file::read(lang, &text, &content::UI_EN, &content::PARTS)
                .unwrap_or_else(|e| fail(format!("the {code} file is refused: {e}")));
            (guide, words, Some(written))
        }
        _ => fail("usage: first_screen [<lang> <ui.json> <guide.json>]".to_owned()),
    };
    // The first widget on a page is "sp1"; ids only need to be unique in
    // their shadow root, which holds one widget.
    let html = skillpath::components::first_screen_html(Rc::new(guide), Rc::new(words), "sp1")
        .unwrap_or_else(|e| fail(format!("cannot start a runtime to render in: {e}")));
    match file {
        None => print!("{html}"),
        Some(file) => {
            let mut value = serde_json::to_value(file).expect("a language file is JSON");
            value["first"] = serde_json::Value::String(html);
            print!("{value}");
        }
    }
}
