//! What the browser tests share: a fresh host element, starting the widget in
//! it as `skillpath.js` does, waiting one tick, and finding controls by name.
#![allow(dead_code, reason = "each browser test crate uses a part of this")]

use skillpath::embed::{Host, Options, Widget};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlButtonElement};

/// A new element at the end of the page, holding some fallback text, for a
/// new reader: nothing saved from an earlier test is offered (a widget
/// without a storage key takes the page's key back once the last is gone).
pub fn fresh_host() -> Element {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let doc = window.document().unwrap();
    let host = doc.create_element("div").unwrap();
    host.set_text_content(Some("fallback text"));
    doc.body().unwrap().append_child(&host).unwrap();
    host
}

/// Starts the widget in `host` with the options in its attributes, as
/// `skillpath.js` does for a `<skill-path>` element.
pub fn mount(host: &Element) -> Widget {
    let options = Options {
        sections: host.get_attribute("sections"),
        ..Options::default()
    };
    Widget::start(
        host.clone(),
        Host::new(host.clone()),
        &options,
        &wasm_bindgen::JsValue::UNDEFINED,
    )
    .unwrap()
}

/// Waits until Yew's scheduler has rendered what the last event changed.
pub async fn tick() {
    yew::scheduler::flush().await;
}

/// All the text in `host`.
pub fn text(host: &Element) -> String {
    host.text_content().unwrap_or_default()
}

/// The button whose text is `name`.
pub fn button(host: &Element, name: &str) -> HtmlButtonElement {
    let all = host.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|n| n.dyn_into::<HtmlButtonElement>().ok())
        .find(|b| b.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no button named {name}"))
}
