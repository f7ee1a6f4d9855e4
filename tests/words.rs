//! The widget's words: the interface catalogues (every language against
//! English: keys, placeholders, plural forms), a language's file as the
//! widget reads it (its interface texts and the guide's words laid over the
//! guide), the choice of language from a tag, and the plural rules.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use serde_json::{Value, json};
use skillpath::content::{self, PARTS, UI_EN};
use skillpath::domain::words::catalogue::{self, Entry, Problem};
use skillpath::domain::words::{Category, KEY_NAMES, Key, Lang, file, fill};

const UI: [(Lang, &str); 4] = [
    (Lang::Es, include_str!("../src/content/lang/ui/es.json")),
    (Lang::De, include_str!("../src/content/lang/ui/de.json")),
    (Lang::Fr, include_str!("../src/content/lang/ui/fr.json")),
    (Lang::Ar, include_str!("../src/content/lang/ui/ar.json")),
];
const GUIDE: [(Lang, &str); 4] = [
    (Lang::Es, include_str!("../src/content/lang/guide/es.json")),
    (Lang::De, include_str!("../src/content/lang/guide/de.json")),
    (Lang::Fr, include_str!("../src/content/lang/guide/fr.json")),
    (Lang::Ar, include_str!("../src/content/lang/guide/ar.json")),
];

/// A language's keyed sources: its interface texts and its guide words.
fn sources(lang: Lang) -> (Value, Value) {
    let part = |files: &[(Lang, &str)]| -> Value {
        let (_, text) = files.iter().find(|(l, _)| *l == lang).unwrap();
        serde_json::from_str(text).unwrap()
    };
    (part(&UI), part(&GUIDE))
}

/// A language's file as the build writes it (`file::write`, run by the
/// post-build step through `examples/first_screen.rs`), as JSON.
fn language_file(lang: Lang) -> Value {
    let (ui, guide) = sources(lang);
    let written = file::write(
        lang,
        entries(&ui),
        serde_json::from_value(guide).unwrap(),
        &UI_EN,
        &PARTS,
    )
    .unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
    let mut value = serde_json::to_value(written).unwrap();
    value["first"] = json!("<div></div>");
    value["said"] = json!({ "loader_loading": "…" });
    value
}

fn entries(value: &Value) -> BTreeMap<String, Entry> {
    serde_json::from_value(value.clone()).unwrap()
}

fn english() -> Value {
    let mut all = serde_json::Map::new();
    for (name, text) in KEY_NAMES.iter().zip(UI_EN.iter()) {
        let value = match text {
            catalogue::Text::One(t) => json!(t),
            catalogue::Text::Plural(forms) => {
                let forms: serde_json::Map<String, Value> = forms
                    .iter()
                    .map(|(c, t)| (c.name().to_owned(), json!(t)))
                    .collect();
                Value::Object(forms)
            }
        };
        all.insert((*name).to_owned(), value);
    }
    Value::Object(all)
}

fn problem(value: &Value) -> Option<(String, Problem)> {
    catalogue::read("xx", &KEY_NAMES, &UI_EN, entries(value))
        .err()
        .map(|e| (e.key, e.problem))
}

#[test]
fn every_shipped_catalogue_has_every_key_and_its_placeholders() {
    for (lang, text) in UI {
        let value: Value = serde_json::from_str(text).unwrap();
        let read = catalogue::read(lang.code(), &KEY_NAMES, &UI_EN, entries(&value));
        assert!(read.is_ok(), "{}", read.unwrap_err());
    }
}

#[test]
fn every_language_file_reads_and_lays_its_words_over_the_guide() {
    for lang in Lang::ALL.into_iter().skip(1) {
        let text = language_file(lang).to_string();
        let (guide, words) = file::read(lang, &text, &UI_EN, &PARTS)
            .unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
        assert_eq!(words.lang(), lang);
        let english = content::guide().unwrap();
        assert_eq!(guide.questions().len(), english.questions().len());
        for (q, e) in guide.questions().iter().zip(english.questions()) {
            assert_eq!(q.id, e.id, "the same questions in the same order");
            assert_ne!(
                q.prompt,
                e.prompt,
                "{}: {} is translated",
                lang.code(),
                q.id
            );
            let ids = |q: &skillpath::domain::guide::Question| {
                q.choices
                    .iter()
                    .map(|c| (c.id.clone(), c.effect))
                    .collect::<Vec<_>>()
            };
            assert_eq!(ids(q), ids(e), "the same choices with the same effects");
        }
    }
}

#[test]
fn a_broken_language_file_is_refused_whole() {
    let good = language_file(Lang::De);
    let read = |value: &Value| file::read(Lang::De, &value.to_string(), &UI_EN, &PARTS).err();
    assert!(read(&good).is_none());
    // Cut short.
    let text = good.to_string();
    assert!(matches!(
        file::read(Lang::De, &text[..text.len() / 2], &UI_EN, &PARTS),
        Err(file::FileError::Json(_))
    ));
    // Another language's file.
    assert!(matches!(
        file::read(Lang::Fr, &text, &UI_EN, &PARTS),
        Err(file::FileError::OtherLang(_))
    ));
    // An interface text missing, one extra, one with plural forms it should not have.
    let mut missing = good.clone();
    missing["ui"].as_array_mut().unwrap().pop();
    assert!(matches!(
        read(&missing),
        Some(file::FileError::Catalogue(_))
    ));
    let mut extra = good.clone();
    extra["ui"]
        .as_array_mut()
        .unwrap()
        .push(json!(["Noch eins"]));
    assert!(matches!(read(&extra), Some(file::FileError::Catalogue(_))));
    let mut odd = good.clone();
    odd["ui"][0] = json!(["one", "eins", "other"]);
    assert!(matches!(read(&odd), Some(file::FileError::Catalogue(_))));
    // A guide text missing, one extra, one blank.
    let mut short = good.clone();
    short["guide"].as_array_mut().unwrap().pop();
    assert!(matches!(read(&short), Some(file::FileError::Guide(_))));
    let mut long = good.clone();
    long["guide"]
        .as_array_mut()
        .unwrap()
        .push(json!("Noch ein Text"));
    assert!(matches!(read(&long), Some(file::FileError::Guide(_))));
    let mut blank = good.clone();
    blank["guide"][3] = json!(" ");
    assert!(matches!(read(&blank), Some(file::FileError::Guide(_))));
    // Not text where text belongs.
    let mut markup = good;
    markup["guide"][0] = json!({ "script": "<script>alert(1)</script>" });
    assert!(matches!(read(&markup), Some(file::FileError::Json(_))));

    // The build refuses keyed sources that do not fit: a question missing,
    // a choice extra, a plan one step short.
    let (ui, guide) = sources(Lang::De);
    let write = |guide: Value| {
        file::write(
            Lang::De,
            entries(&ui),
            serde_json::from_value(guide).unwrap(),
            &UI_EN,
            &PARTS,
        )
        .err()
    };
    let mut question = guide.clone();
    question["questions"]
        .as_object_mut()
        .unwrap()
        .remove("energy");
    assert!(matches!(write(question), Some(file::FileError::Guide(_))));
    let mut choice = guide.clone();
    choice["questions"]["energy"]["choices"]["extra"] = json!("Noch eine");
    assert!(matches!(write(choice), Some(file::FileError::Guide(_))));
    let mut plan = guide;
    plan["outcomes"]["outcomes"]["generalist"]["plan"]
        .as_array_mut()
        .unwrap()
        .pop();
    assert!(matches!(write(plan), Some(file::FileError::Guide(_))));
}

#[test]
fn the_catalogue_check_names_the_key_and_what_is_wrong() {
    let good = english();
    assert_eq!(problem(&good), None);
    let first = KEY_NAMES[0];
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove(first);
    assert_eq!(
        problem(&missing),
        Some((first.to_owned(), Problem::Missing))
    );
    let mut extra = good.clone();
    extra["zz_not_a_key"] = json!("Hallo");
    assert_eq!(
        problem(&extra),
        Some(("zz_not_a_key".to_owned(), Problem::Unknown))
    );
    let mut empty = good.clone();
    empty[first] = json!("  ");
    assert_eq!(problem(&empty), Some((first.to_owned(), Problem::Empty)));

    // Placeholders: one lost, one made up.
    let (with, _) = KEY_NAMES
        .iter()
        .zip(UI_EN.iter())
        .find(|(_, t)| matches!(t, catalogue::Text::One(s) if s.contains('{')))
        .expect("a text with a placeholder");
    let mut lost = good.clone();
    lost[*with] = json!("Kein Platzhalter mehr");
    assert!(matches!(problem(&lost), Some((k, Problem::Placeholders { .. })) if k == *with));
    let mut made_up = good.clone();
    made_up[first] = json!("Hallo {wer}");
    if !matches!(&UI_EN[0], catalogue::Text::Plural(_)) {
        assert!(matches!(
            problem(&made_up),
            Some((_, Problem::Placeholders { .. }))
        ));
    }

    // A plain text given plural forms, and an unknown plural form.
    let mut plural = good.clone();
    plural[first] = json!({ "one": "eins", "other": "viele" });
    assert!(matches!(
        problem(&plural),
        Some((_, Problem::Plural | Problem::Placeholders { .. }))
    ));
    if let Some((counted, _)) = KEY_NAMES
        .iter()
        .zip(UI_EN.iter())
        .find(|(_, t)| matches!(t, catalogue::Text::Plural(_)))
    {
        let mut odd = good.clone();
        odd[*counted]["several"] = json!("{n} einige");
        assert!(matches!(problem(&odd), Some((_, Problem::Category(c))) if c == "several"));
        let mut no_other = good;
        no_other[*counted].as_object_mut().unwrap().remove("other");
        assert!(matches!(
            problem(&no_other),
            Some((_, Problem::Category(_)))
        ));
    }
}

#[test]
fn a_tag_picks_a_language_by_its_primary_subtag_only() {
    let cases = [
        ("es", Some(Lang::Es)),
        ("es-MX", Some(Lang::Es)),
        ("DE-at", Some(Lang::De)),
        ("fr_CA", Some(Lang::Fr)),
        (" ar-EG ", Some(Lang::Ar)),
        ("en", Some(Lang::En)),
        ("zh-Hant-TW", None),
        ("", None),
        ("d", None),
        ("deutsch", None),
        ("de-", None),
        ("de-<b>", None),
        ("de\u{202e}", None),
        ("de-DE-1996-x-private-and-very-long", Some(Lang::De)),
        ("de-DE-1996-x-private-and-very-longer", None),
        ("de-DE-verylongsubtag", None),
    ];
    for (tag, lang) in cases {
        assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
    }
    assert_eq!(Lang::from_tag(&format!("de-{}", "a".repeat(10_000))), None);
    assert_eq!(Lang::first_spoken(["pt-BR", "fr-FR", "de"]), Lang::Fr);
    assert_eq!(Lang::first_spoken(["pt-BR", "ja"]), Lang::En);
}

#[test]
fn plural_forms_follow_each_language() {
    use Category::*;
    let table = [
        (
            Lang::En,
            [(0, Other), (1, One), (2, Other), (14, Other)].as_slice(),
        ),
        (Lang::De, &[(0, Other), (1, One), (7, Other)]),
        (
            Lang::Es,
            &[(0, Other), (1, One), (7, Other), (1_000_000, Many)],
        ),
        (
            Lang::Fr,
            &[(0, One), (1, One), (2, Other), (2_000_000, Many)],
        ),
        (
            Lang::Ar,
            &[
                (0, Zero),
                (1, One),
                (2, Two),
                (3, Few),
                (10, Few),
                (11, Many),
                (99, Many),
                (100, Other),
                (103, Few),
            ],
        ),
    ];
    for (lang, cases) in table {
        for (n, category) in cases {
            assert_eq!(lang.plural(*n), *category, "{} {n}", lang.code());
        }
    }
}

#[test]
fn placeholders_are_filled_and_unknown_ones_left_as_written() {
    assert_eq!(
        fill("{n} of {total}", &[("n", "3"), ("total", "12")]),
        "3 of 12"
    );
    assert_eq!(fill("{n} of {total}", &[("n", "3")]), "3 of {total}");
    assert_eq!(fill("no braces", &[("n", "3")]), "no braces");
    assert_eq!(fill("open {brace", &[]), "open {brace");
    let words = content::english();
    assert_eq!(words.get(Key::NavNext), "Next");
}

#[test]
fn values_are_isolated_in_a_right_to_left_language_only() {
    let read = |lang: Lang| {
        let text = language_file(lang).to_string();
        file::read(lang, &text, &UI_EN, &PARTS).unwrap().1
    };
    let arabic = read(Lang::Ar);
    let counter = arabic.fill(Key::GuideQuestionOf, &[("current", "3"), ("total", "12")]);
    assert!(
        counter.contains("\u{2066}3\u{2069}") && counter.contains("\u{2066}12\u{2069}"),
        "a value with nothing right to left in it reads left to right: {counter:?}"
    );
    let big = arabic.count(Key::ProfileErrorTooBig, 2_000_000, "2,000,000", &[]);
    assert!(big.contains("\u{2066}2,000,000\u{2069}"), "{big:?}");
    // An amount as an Arabic locale writes it (U+200F first), and a name in
    // Arabic letters, take their direction from their first strong letter.
    let named = arabic.fill(
        Key::IncomeEditLegend,
        &[("name", "\u{200f}32,200\u{a0}\u{2066}US$\u{2069}")],
    );
    assert!(named.contains("\u{2068}\u{200f}32,200"), "{named:?}");
    let named = arabic.fill(Key::IncomeEditLegend, &[("name", "خطتي")]);
    assert!(named.contains("\u{2068}خطتي\u{2069}"), "{named:?}");
    for words in [content::english(), read(Lang::De)] {
        let counter = words.fill(Key::GuideQuestionOf, &[("current", "3"), ("total", "12")]);
        assert!(
            !counter.contains(['\u{2068}', '\u{2069}']),
            "left to right: plain values, {counter:?}"
        );
        assert!(counter.contains('3') && counter.contains("12"));
    }
}
