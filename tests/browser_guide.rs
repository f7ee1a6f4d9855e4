//! Browser tests: mount the widget into a fresh element, click real controls,
//! wait one tick, read the text.
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::{button, fresh_host, mount, text, tick};
use skillpath::domain::guide::{Answers, Lead, score};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn radios(host: &Element) -> Vec<HtmlInputElement> {
    // The guide's answers only: the calculator below has radios of its own.
    let all = host
        .query_selector_all("section[aria-label=\"Decision guide\"] input[type=radio]")
        .unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|n| n.dyn_into::<HtmlInputElement>().ok())
        .collect()
}

/// Chooses `picks` (one choice index per question, in order), going on with
/// Next after each but the last, whose result button is left to the test.
async fn answer(host: &Element, picks: &[usize]) {
    for (i, pick) in picks.iter().enumerate() {
        radios(host)[*pick].click();
        tick().await;
        if i + 1 < picks.len() {
            button(host, "Next").click();
            tick().await;
        }
    }
}

/// A keydown of Enter, as the keyboard sends it (bubbling, cancelable).
fn enter_key() -> web_sys::KeyboardEvent {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    init.set_cancelable(true);
    web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
}

/// The first choice of every question.
fn firsts() -> Vec<usize> {
    vec![0; skillpath::content::guide().unwrap().questions().len()]
}

#[wasm_bindgen_test]
async fn first_question_shows_with_next_disabled_until_answered() {
    let host = fresh_host();
    let mut handle = mount(&host);
    tick().await;
    assert!(
        !text(&host).contains("fallback text"),
        "the fallback is replaced"
    );
    assert!(text(&host).contains("Question 1 of 12"));
    assert!(text(&host).contains("Which kind of week leaves you with more energy?"));
    assert!(button(&host, "Next").disabled());
    assert!(button(&host, "Back").disabled());

    radios(&host)[1].click();
    tick().await;
    assert!(!button(&host, "Next").disabled());
    button(&host, "Next").click();
    tick().await;
    assert!(text(&host).contains("Question 2 of 12"));

    button(&host, "Back").click();
    tick().await;
    assert!(text(&host).contains("Question 1 of 12"));
    assert!(radios(&host)[1].checked(), "going back keeps the answer");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn the_result_on_screen_is_the_domain_score_of_the_clicked_answers() {
    let host = fresh_host();
    let mut handle = mount(&host);
    tick().await;
    let guide = skillpath::content::guide().unwrap();
    // A varied path: choice (q mod number of choices).
    let picks: Vec<usize> = guide
        .questions()
        .iter()
        .enumerate()
        .map(|(i, q)| (i * 7 + 1) % q.choices.len())
        .collect();
    // The review is offered on the last question, not imposed: check it
    // once, then go on to the result from there.
    answer(&host, &picks).await;
    button(&host, "Check my answers").click();
    tick().await;
    assert!(text(&host).contains("Check your answers"));
    button(&host, "See my result").click();
    tick().await;

    let expected = score(
        &guide,
        &Answers::from_choices(picks.into_iter().map(Some).collect()),
    )
    .unwrap();
    let heading = host
        .query_selector("h2")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(
        heading,
        format!("You lean {}", expected.outcome.name_in_text())
    );
    let page = text(&host);
    for section in [
        "Where you stand among the five shapes",
        "Why this result",
        "Where this profile wins",
        "Skills to build",
        "Risks, and how to handle them",
        "Your next 60–90 days",
        "Typical rate",
    ] {
        assert!(page.contains(section), "missing section {section}");
    }
    // Where the reader stands, in the words the domain's lead gives.
    let lead = match expected.lead() {
        Lead::Clear => "A clear lead:",
        Lead::Leaning => "A lean:",
        Lead::Close => "A close call:",
    };
    assert!(page.contains(lead), "the lead in words: {lead}");
    assert!(!page.contains(" %"), "no percentages on the result");

    button(&host, "Start over").click();
    tick().await;
    assert!(text(&host).contains("Question 1 of 12"));
    assert!(
        radios(&host).iter().all(|r| !r.checked()),
        "start over clears answers"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn two_instances_on_one_page_keep_separate_answers_and_ids() {
    let (a, b) = (fresh_host(), fresh_host());
    let (mut ha, mut hb) = (mount(&a), mount(&b));
    tick().await;
    radios(&a)[2].click();
    tick().await;
    assert!(radios(&a)[2].checked());
    assert!(
        radios(&b).iter().all(|r| !r.checked()),
        "the other instance is untouched"
    );
    assert_ne!(radios(&a)[0].id(), radios(&b)[0].id(), "ids never collide");
    ha.destroy();
    hb.destroy();
}

#[wasm_bindgen_test]
async fn destroy_empties_the_host() {
    let host = fresh_host();
    let mut handle = mount(&host);
    tick().await;
    assert!(host.child_element_count() > 0);
    handle.destroy();
    tick().await;
    assert_eq!(host.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn the_sections_attribute_picks_what_shows() {
    let host = fresh_host();
    host.set_attribute("sections", "income").unwrap();
    let mut handle = mount(&host);
    tick().await;
    assert!(text(&host).contains("What could this pay?"));
    assert!(!text(&host).contains("Question 1 of 12"), "no guide");
    handle.destroy();

    let host = fresh_host();
    host.set_attribute("sections", "guide nonsense").unwrap();
    let mut handle = mount(&host);
    tick().await;
    assert!(text(&host).contains("Question 1 of 12"));
    assert!(
        !text(&host).contains("See what it could pay"),
        "no calculator, and none offered"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn after_destroy_the_old_controls_change_nothing() {
    let host = fresh_host();
    let mut handle = mount(&host);
    tick().await;
    let first = radios(&host).remove(1);
    let next = button(&host, "Next");
    handle.destroy();
    tick().await;
    assert_eq!(host.child_element_count(), 0);
    // Controls a page kept a reference to no longer reach any listener.
    first.click();
    next.click();
    tick().await;
    assert_eq!(host.child_element_count(), 0);
    assert_eq!(text(&host), "");
}

#[wasm_bindgen_test]
async fn new_options_apply_live_and_keep_the_answers() {
    let host = fresh_host();
    let mut handle = mount(&host);
    tick().await;
    // With a result, every chapter is offered: the calculator comes next.
    answer(&host, &firsts()).await;
    button(&host, "See my result").click();
    tick().await;
    assert!(text(&host).contains("See what it could pay"));
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"sections".into(), &"guide".into()).unwrap();
    js_sys::Reflect::set(&options, &"theme".into(), &"dark".into()).unwrap();
    handle.update(options.into(), wasm_bindgen::JsValue::UNDEFINED);
    tick().await;
    assert!(
        !text(&host).contains("See what it could pay"),
        "the calculator went"
    );
    assert!(text(&host).contains("You lean"), "the result stayed");
    assert_eq!(host.get_attribute("data-theme").as_deref(), Some("dark"));
    handle.update(
        wasm_bindgen::JsValue::UNDEFINED,
        wasm_bindgen::JsValue::UNDEFINED,
    );
    tick().await;
    assert!(
        text(&host).contains("See what it could pay"),
        "back to every section"
    );
    assert!(text(&host).contains("You lean"));
    assert_eq!(host.get_attribute("data-theme"), None);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_move_lets_go_of_focus_and_the_new_screen_takes_it() {
    use skillpath::browser::dom::let_go_of_focus;
    use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

    // In a shadow root, as in every widget: the root's focused element lets go.
    let outer = fresh_host();
    let shadow = outer
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let doc = web_sys::window().unwrap().document().unwrap();
    let inside: HtmlElement = doc.create_element("button").unwrap().unchecked_into();
    shadow.append_child(&inside).unwrap();
    inside.focus().unwrap();
    assert!(shadow.active_element().is_some());
    let_go_of_focus(Some(inside.clone().into()));
    assert!(shadow.active_element().is_none());
    let_go_of_focus(None);
    outer.remove();

    // Through the widget: the reader's button lets go before the result is
    // drawn, and the result's heading takes focus.
    let host = fresh_host();
    let mut handle = mount(&host);
    tick().await;
    // Enter on a question with no answer goes nowhere, and keeps focus.
    let first = radios(&host)[0].clone();
    first.focus().unwrap();
    let enter = enter_key();
    first.dispatch_event(&enter).unwrap();
    tick().await;
    assert!(text(&host).contains("Question 1 of 12"));
    assert_eq!(
        doc.active_element().map(|e| e.id()),
        Some(first.id()),
        "focus stays on the choice"
    );

    answer(&host, &firsts()).await;
    let finish = button(&host, "See my result");
    finish.focus().unwrap();
    finish.click();
    assert_ne!(
        doc.active_element().map(|e| e.text_content()),
        Some(finish.text_content()),
        "focus is let go of before the screen is replaced"
    );
    tick().await;
    let focused = doc.active_element().unwrap();
    assert_eq!(focused.tag_name(), "H2");
    assert!(focused.text_content().unwrap().starts_with("You lean"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn enter_right_after_a_choice_goes_on_before_the_screen_is_drawn_again() {
    // The scheduler draws on a later task, and on a slow machine it yields to
    // the browser between renders: Enter can reach the screen drawn before
    // the choice. The checked radio is the truth, not the drawn screen.
    let host = fresh_host();
    let mut handle = mount(&host);
    tick().await;
    let choice = radios(&host)[2].clone();
    choice.focus().unwrap();
    choice.click();
    let enter = enter_key();
    choice.dispatch_event(&enter).unwrap();
    tick().await;
    assert!(
        text(&host).contains("Question 2 of 12"),
        "Enter goes on with the choice just made"
    );
    button(&host, "Back").click();
    tick().await;
    assert!(
        radios(&host)[2].checked(),
        "the choice made an instant before Enter is kept"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
fn mount_options_are_read_one_by_one_and_only_as_text() {
    use skillpath::embed::Options;
    use wasm_bindgen::JsValue;

    let given = js_sys::JSON::parse(
        r#"{"sections": "income", "currency": 5, "theme": {"x": 1}, "locale": null, "storageKey": "course-1"}"#,
    )
    .unwrap();
    assert_eq!(
        Options::from_js(given),
        Options {
            sections: Some("income".to_owned()),
            storage_key: Some("course-1".to_owned()),
            ..Options::default()
        },
        "a value that is not text is left out; the others apply"
    );
    for nothing in [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from_str("guide"),
        JsValue::from_f64(1.5),
    ] {
        assert_eq!(Options::from_js(nothing), Options::default());
    }
}
