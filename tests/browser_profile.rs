//! Browser tests of the skill-profile section: mount the widget with only the
//! profile, type into real inputs, press real keys, wait one tick, read the page.
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::{button, fresh_host, mount, tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn profile_host() -> Element {
    let host = fresh_host();
    host.set_attribute("sections", "profile").unwrap();
    host
}

fn input(host: &Element, label: &str) -> HtmlInputElement {
    let labels = host.query_selector_all("label").unwrap();
    let id = (0..labels.length())
        .filter_map(|i| labels.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find(|l| l.text_content().as_deref() == Some(label))
        .and_then(|l| l.get_attribute("for"))
        .unwrap_or_else(|| panic!("no field labelled {label}"));
    host.query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

/// Types `text` as the whole value, as a paste would.
fn type_into(field: &HtmlInputElement, text: &str) {
    field.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn press(field: &HtmlInputElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    field.dispatch_event(&event).unwrap();
}

fn chips(host: &Element, label: &str) -> Vec<String> {
    let Some(list) = host
        .query_selector(&format!("ul[aria-label=\"{label} added\"]"))
        .unwrap()
    else {
        return Vec::new();
    };
    let items = list.query_selector_all(".sp-tagchip__text").unwrap();
    (0..items.length())
        .filter_map(|i| items.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

fn preview(host: &Element) -> serde_json::Value {
    let code = host.query_selector(".sp-preview__code").unwrap().unwrap();
    serde_json::from_str(&code.text_content().unwrap()).unwrap()
}

#[wasm_bindgen_test]
async fn commas_and_enter_add_tags_and_backspace_takes_the_last_back() {
    let host = profile_host();
    let mut handle = mount(&host);
    tick().await;
    assert!(
        host.text_content()
            .unwrap()
            .contains("Your plan, ready to use")
    );
    assert!(
        !host
            .text_content()
            .unwrap()
            .contains("What could this pay?")
    );
    assert!(
        !host.text_content().unwrap().contains("needs some text"),
        "no problem shows before the reader has done anything"
    );

    let tools = input(&host, "Tools");
    type_into(&tools, "python, numpy,pan");
    tick().await;
    assert_eq!(chips(&host, "Tools"), ["python", "numpy"]);
    assert_eq!(tools.value(), "pan", "the rest stays in the box");
    type_into(&tools, "pandas");
    press(&tools, "Enter");
    tick().await;
    assert_eq!(chips(&host, "Tools"), ["python", "numpy", "pandas"]);
    assert_eq!(
        preview(&host)["tools"],
        serde_json::json!(["python", "numpy", "pandas"])
    );

    type_into(&tools, "");
    press(&tools, "Backspace");
    tick().await;
    assert_eq!(chips(&host, "Tools"), ["python", "numpy"]);
    assert_eq!(tools.value(), "pandas");

    type_into(&tools, "PYTHON,");
    tick().await;
    assert_eq!(tools.value(), "PYTHON,", "a refused item stays typed");
    assert_eq!(tools.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message = host
        .query_selector(&format!(
            "#{}",
            tools
                .get_attribute("aria-describedby")
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
        ))
        .unwrap()
        .unwrap();
    assert_eq!(
        message.text_content().unwrap(),
        "This item is already in the list."
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn nothing_is_saved_while_fields_have_problems() {
    let host = profile_host();
    let mut handle = mount(&host);
    tick().await;
    let headline = input(&host, "Headline");
    type_into(&headline, &"x".repeat(121));
    tick().await;
    let problem = "The headline is longer than 120 characters.";
    assert!(
        !host.text_content().unwrap().contains(problem),
        "no problem while the reader is still typing"
    );
    headline
        .dispatch_event(&web_sys::FocusEvent::new("blur").unwrap())
        .unwrap();
    tick().await;
    assert!(
        host.text_content().unwrap().contains(problem),
        "the problem shows once the reader leaves the field"
    );
    button(&host, "Download JSON").click();
    tick().await;
    let summary = host.query_selector("[role=alert]").unwrap().unwrap();
    let said = summary.text_content().unwrap();
    assert!(
        said.contains("Not saved yet: one thing to fix first"),
        "{said}"
    );
    assert!(said.contains(problem), "{said}");
    assert_eq!(headline.value().len(), 121, "the text is kept");
    handle.destroy();
}
