//! The widget's Rust sources, read the same way by every test that checks
//! them as text (the layout rule, the proofreading of the widget's strings).

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, with its text minus comment lines.
pub fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let code = fs::read_to_string(&p)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            (p.strip_prefix(&src).unwrap().to_path_buf(), code)
        })
        .collect()
}
