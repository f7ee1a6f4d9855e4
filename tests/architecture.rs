//! The layout is a rule, not a hope: only `src/browser/` may touch browser crates,
//! and the domain stays free of UI crates too.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn offenders(dir: &str, skip: &str, words: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    rust_files(&root.join(dir))
        .into_iter()
        .filter(|p| !p.starts_with(root.join(skip)))
        .flat_map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            words
                .iter()
                .filter(|w| text.contains(*w))
                .map(|w| format!("{} uses {w}", p.display()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn only_the_browser_module_touches_browser_crates() {
    let found = offenders(
        "src",
        "src/browser",
        &["web_sys", "js_sys", "gloo", "wasm_bindgen::"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_domain_is_pure() {
    let found = offenders(
        "src/domain",
        "src/browser",
        &["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"],
    );
    assert!(found.is_empty(), "{found:#?}");
}
