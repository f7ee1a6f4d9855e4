//! The first screen rendered at build time (`components::first_screen_html`):
//! what `skillpath.js` shows before the wasm arrives. The end-to-end suite
//! checks it against the widget's own first render in the browser; these
//! check what it holds, from the content.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use skillpath::components::first_screen_html;
use skillpath::content;

fn rendered(instance: &str) -> String {
    let guide = Rc::new(content::guide().expect("the shipped content is valid"));
    first_screen_html(
        guide,
        std::rc::Rc::new(skillpath::content::english()),
        instance,
    )
    .expect("a runtime starts")
}

#[test]
fn holds_the_first_question_and_every_choice_with_this_instances_ids() {
    let guide = content::guide().expect("the shipped content is valid");
    let first = &guide.questions()[0];
    let html = rendered("sp7");
    let total = guide.questions().len();
    assert!(html.contains(&format!("Question 1 of {total}")));
    assert!(html.contains(&*first.prompt), "{html}");
    for choice in first.choices.iter() {
        assert!(
            html.contains(&*choice.label),
            "choice {} missing",
            choice.id
        );
        assert!(html.contains(&format!(r#"id="sp7-{}-{}""#, first.id, choice.id)));
    }
    assert!(!html.contains("sp1-"), "every id has the given prefix");
}

#[test]
fn is_plain_html_with_next_waiting_for_a_choice() {
    let html = rendered("sp1");
    assert!(
        html.starts_with(
            r#"<div part="card" data-chapter="guide" lang="en" dir="ltr" class="sp">"#
        ),
        "{html}"
    );
    assert!(
        !html.contains("<!--"),
        "no hydration markers: the widget replaces it"
    );
    assert!(
        !html.contains("<script"),
        "no script: pages with a strict policy show it"
    );
    assert!(
        !html.contains("style="),
        "no inline style: pages with a strict policy show it"
    );
    assert!(html.contains(r#"<button type="submit" part="primary-button" disabled="disabled" class="sp-button sp-button--primary">Next</button>"#));
    assert!(!html.contains("checked"), "no answer is chosen yet");
}

#[test]
fn exists_in_every_language_with_its_words_and_direction() {
    use skillpath::domain::words::{Key, Lang, file};
    let part = |folder: &str, code: &str| -> serde_json::Value {
        let path = format!(
            "{}/src/content/lang/{folder}/{code}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    for lang in Lang::ALL.into_iter().skip(1) {
        let code = lang.code();
        let written = file::write(
            lang,
            serde_json::from_value(part("ui", code)).unwrap(),
            serde_json::from_value(part("guide", code)).unwrap(),
            &content::UI_EN,
            &content::PARTS,
        )
        .unwrap_or_else(|e| panic!("{code}: {e}"));
        let text = serde_json::to_string(&written).unwrap();
        let (guide, words) = file::read(lang, &text, &content::UI_EN, &content::PARTS)
            .unwrap_or_else(|e| panic!("{code}: {e}"));
        let prompt = guide.questions()[0].prompt.to_string();
        let next = words.get(Key::NavNext).to_owned();
        let html = first_screen_html(Rc::new(guide), Rc::new(words), "sp1").unwrap();
        let dir = if lang.rtl() { "rtl" } else { "ltr" };
        assert!(
            html.contains(&format!(r#"lang="{code}" dir="{dir}""#)),
            "{code}"
        );
        assert!(
            html.contains(&prompt),
            "{code}: the first question in its words"
        );
        assert!(
            html.contains(&format!(">{next}</button>")),
            "{code}: Next in its words"
        );
        assert!(
            html.contains(r#"data-question="energy""#),
            "{code}: the hand-over goes by id"
        );
    }
}
