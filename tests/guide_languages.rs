//! The guide's words in the other languages (`src/content/lang/guide/`), checked
//! against the English source before the widget reads them: each file holds
//! exactly the English texts' places (the same question and choice ids, the
//! same outcome fields, lists of the same length), no text is empty, and each
//! text keeps the figures of its English original, so a translation can change
//! the words but never a rate, a week or a count. The terms each language uses
//! for the shapes are in `docs/languages/`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use skillpath::content::{OUTCOMES_JSON, QUESTIONS_JSON};

const LANGUAGES: [(&str, &str); 4] = [
    ("es", include_str!("../src/content/lang/guide/es.json")),
    ("de", include_str!("../src/content/lang/guide/de.json")),
    ("fr", include_str!("../src/content/lang/guide/fr.json")),
    ("ar", include_str!("../src/content/lang/guide/ar.json")),
];

/// The English words in the shape the translations take: questions keyed by
/// id with their choices' labels keyed by choice id, and the outcomes file
/// without its figures (rate bounds) and names (publishers), which no language
/// changes.
fn english() -> Value {
    let questions: Value = serde_json::from_str(QUESTIONS_JSON).expect("questions parse");
    let mut by_id = Map::new();
    for q in questions["questions"]
        .as_array()
        .expect("a list of questions")
    {
        let mut words = Map::new();
        for field in ["topic", "prompt", "hint"] {
            if let Some(text) = q.get(field) {
                words.insert(field.into(), text.clone());
            }
        }
        let choices = q["choices"]
            .as_array()
            .expect("choices")
            .iter()
            .map(|c| (c["id"].as_str().expect("id").to_owned(), c["label"].clone()))
            .collect::<Map<_, _>>();
        words.insert("choices".into(), Value::Object(choices));
        by_id.insert(
            q["id"].as_str().expect("id").to_owned(),
            Value::Object(words),
        );
    }
    let outcomes: Value = serde_json::from_str(OUTCOMES_JSON).expect("outcomes parse");
    let mut all = Map::new();
    all.insert("questions".into(), Value::Object(by_id));
    all.insert(
        "outcomes".into(),
        words_only(&outcomes).expect("outcomes have words"),
    );
    Value::Object(all)
}

fn words_only(value: &Value) -> Option<Value> {
    match value {
        Value::Number(_) => None,
        Value::Array(items) => Some(Value::Array(items.iter().filter_map(words_only).collect())),
        Value::Object(fields) => Some(Value::Object(
            fields
                .iter()
                .filter(|(k, _)| *k != "publisher")
                .filter_map(|(k, v)| Some((k.clone(), words_only(v)?)))
                .collect(),
        )),
        other => Some(other.clone()),
    }
}

/// Every text with the path that leads to it (`outcomes/t-shaped/plan/2`).
fn texts(value: &Value, path: &str, out: &mut BTreeMap<String, String>) {
    match value {
        Value::String(s) => {
            out.insert(path.to_owned(), s.clone());
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                texts(item, &format!("{path}/{i}"), out);
            }
        }
        Value::Object(fields) => {
            for (k, v) in fields {
                texts(v, &format!("{path}/{k}"), out);
            }
        }
        other => {
            out.insert(path.to_owned(), format!("(not a text: {other})"));
        }
    }
}

fn all_texts(value: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    texts(value, "", &mut out);
    out
}

/// The runs of digits in a text, sorted: "Weeks 3–6" and "Semanas 3–6" agree.
fn figures(text: &str) -> Vec<String> {
    let mut runs: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_owned)
        .collect();
    runs.sort();
    runs
}

/// Each language's texts by path, with a parse failure naming the language.
fn translations() -> impl Iterator<Item = (&'static str, BTreeMap<String, String>)> {
    LANGUAGES.into_iter().map(|(lang, raw)| {
        let words: Value = serde_json::from_str(raw)
            .unwrap_or_else(|e| panic!("{lang}: the file does not parse: {e}"));
        (lang, all_texts(&words))
    })
}

#[test]
fn every_language_holds_every_english_text_and_no_other() {
    let english = all_texts(&english());
    for (lang, theirs) in translations() {
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}: not in the English source {extra:?}"
        );
        for (path, text) in &theirs {
            assert!(!text.trim().is_empty(), "{lang}: {path} is empty");
            // The sources' titles are citations of English articles, kept as published.
            let cited = path.starts_with("/outcomes/sources/") && path.ends_with("/title");
            assert!(
                cited || text != &english[path],
                "{lang}: {path} is still the English text"
            );
        }
    }
}

#[test]
fn every_translation_keeps_its_figures() {
    let english = all_texts(&english());
    for (lang, theirs) in translations() {
        for (path, text) in theirs {
            assert_eq!(
                figures(&text),
                figures(&english[&path]),
                "{lang}: {path} changes a figure: {text:?}"
            );
        }
    }
}
