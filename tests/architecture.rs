//! The layout is a rule, not a hope. Layers import downwards only (domain,
//! content, state and browser helpers, hooks, components, the entry point on
//! top); the domain's modules import one another without a cycle; only the
//! entry point starts the root component; only `src/browser/` and the entry
//! point name browser crates, and the domain names no UI crate either.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[path = "support/sources.rs"]
mod sources;
use sources::sources;

const BROWSER_CRATES: [&str; 5] = [
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "serde_wasm_bindgen",
];

/// Top-level modules, lowest first; a module may use only those before it.
/// `state` and `browser` share a rank: neither may use the other.
const LAYERS: [(&str, u8); 7] = [
    ("domain", 0),
    ("content", 1),
    ("state", 2),
    ("browser", 2),
    ("hooks", 3),
    ("components", 4),
    ("embed", 5),
];

/// The module path of a file under `src/`: `domain/income/plans.rs` is
/// `["domain", "income", "plans"]`, `domain/income/mod.rs` is `["domain", "income"]`.
fn module_of(file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|l| l == "mod" || l == "lib") {
        parts.pop();
    }
    parts
}

/// The paths a file names, as module paths from the crate root: every
/// `crate::a::b` and every `super::…::a` resolved against the file's module.
fn named_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    // `a::b::c;` gives `[a, b, c]`: the path ends where a piece has more than a name.
    let words = |rest: &str| -> Vec<String> {
        let mut out = Vec::new();
        for piece in rest.split("::") {
            let word: String = piece
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let whole = word.len() == piece.len();
            if !word.is_empty() {
                out.push(word);
            }
            if !whole {
                break;
            }
        }
        out
    };
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        found.push(words(&code[at + "crate::".len()..]));
    }
    for (at, _) in code.match_indices("super::") {
        // Only the first `super` of a chain starts a path.
        if code[..at].ends_with("super::") {
            continue;
        }
        let mut base = module.to_vec();
        let mut rest = &code[at..];
        while let Some(tail) = rest.strip_prefix("super::") {
            base.pop();
            rest = tail;
        }
        base.extend(words(rest));
        found.push(base);
    }
    found
}

/// The first cycle in `edges`, as the modules along it, if there is one.
fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|n| visit(n, edges, &mut Vec::new(), &mut done))
}

/// Which top-level domain module uses which.
fn domain_edges() -> BTreeMap<String, BTreeSet<String>> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, code) in sources() {
        let module = module_of(&file);
        let Some(own) = module.get(1).filter(|_| module[0] == "domain") else {
            continue;
        };
        let uses = edges.entry(own.clone()).or_default();
        for path in named_paths(&module, &code) {
            if path.first().is_some_and(|p| p == "domain")
                && let Some(other) = path.get(1).filter(|o| *o != own)
            {
                uses.insert(other.clone());
            }
        }
    }
    edges
}

fn rank(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, r)| *r)
}

#[test]
fn layers_import_downwards_only() {
    let mut found = Vec::new();
    for (file, code) in sources() {
        let module = module_of(&file);
        let Some(own) = module.first().and_then(|m| rank(m).map(|r| (m, r))) else {
            continue;
        };
        for path in named_paths(&module, &code) {
            let Some(other) = path.first() else { continue };
            if other == own.0 {
                continue;
            }
            if rank(other).is_some_and(|r| r >= own.1) {
                found.push(format!("{} uses {other}", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn domain_modules_import_one_another_without_a_cycle() {
    let edges = domain_edges();
    assert!(edges.contains_key("income") && edges["income"].contains("number"));
    assert_eq!(find_cycle(&edges), None, "domain imports: {edges:#?}");
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let edges: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(
        find_cycle(&edges),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
}

#[test]
fn super_paths_resolve_against_the_file() {
    let module = module_of(Path::new("domain/income/plans.rs"));
    assert_eq!(
        named_paths(
            &module,
            "use super::Income; use super::super::guide::Outcome;"
        ),
        vec![
            vec!["domain".to_owned(), "income".into(), "Income".into()],
            vec!["domain".to_owned(), "guide".into(), "Outcome".into()],
        ]
    );
}

#[test]
fn only_the_entry_point_starts_the_root_component() {
    let found: Vec<String> = sources()
        .into_iter()
        .filter(|(file, _)| {
            !file.starts_with("embed")
                && file != Path::new("components/mod.rs")
                && file != Path::new("components/app.rs")
        })
        .filter(|(_, code)| {
            code.lines().any(|l| {
                l.contains("use ")
                    && l.split(|c: char| !c.is_alphanumeric() && c != '_')
                        .any(|w| w == "App" || w == "AppProps" || w == "app")
            }) || code.contains("Renderer::")
        })
        .map(|(file, _)| file.display().to_string())
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn only_the_browser_helpers_and_the_entry_point_name_browser_crates() {
    let found: Vec<String> = sources()
        .into_iter()
        .filter(|(file, _)| !file.starts_with("browser") && !file.starts_with("embed"))
        .flat_map(|(file, code)| {
            BROWSER_CRATES
                .iter()
                .filter(|w| code.contains(*w))
                .map(|w| format!("{} uses {w}", file.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_domain_is_pure() {
    let found: Vec<String> = sources()
        .into_iter()
        .filter(|(file, _)| file.starts_with("domain"))
        .filter(|(_, code)| code.contains("yew"))
        .map(|(file, _)| file.display().to_string())
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}
