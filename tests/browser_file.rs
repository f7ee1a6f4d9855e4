//! Browser tests of the profile's file and clipboard code: the download link
//! carries a JSON Blob under the right name, a refused clipboard is reported
//! as a failure, never as success, and the panic hook's screen offers the data.
#![cfg(target_arch = "wasm32")]

use js_sys::{Function, Object, Reflect};
use skillpath::browser::crash;
use skillpath::browser::file::{copy, download_link, now, time_zone};
use skillpath::browser::saving::Rescued;
use skillpath::domain::profile::document::is_timestamp;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Blob, Response};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_download_is_a_json_blob_with_the_file_name() {
    let text = "{\n  \"headline\": \"Ünïcode ✓\"\n}\n";
    let link = download_link("skill-profile-2026-11-22.json", text, "application/json").unwrap();
    assert_eq!(link.download(), "skill-profile-2026-11-22.json");
    assert!(link.href().starts_with("blob:"), "{}", link.href());
    let window = web_sys::window().unwrap();
    let response: Response = JsFuture::from(window.fetch_with_str(&link.href()))
        .await
        .unwrap()
        .unchecked_into();
    let blob: Blob = JsFuture::from(response.blob().unwrap())
        .await
        .unwrap()
        .unchecked_into();
    assert_eq!(blob.type_(), "application/json");
    let read = JsFuture::from(blob.text()).await.unwrap();
    assert_eq!(read.as_string().as_deref(), Some(text));
}

/// Replaces `navigator.clipboard` for this page.
fn set_clipboard(value: &JsValue) {
    let navigator = Reflect::get(&web_sys::window().unwrap(), &"navigator".into()).unwrap();
    let descriptor = Object::new();
    Reflect::set(&descriptor, &"value".into(), value).unwrap();
    Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    let navigator: &Object = navigator.unchecked_ref();
    Object::define_property(navigator, &"clipboard".into(), &descriptor);
}

#[wasm_bindgen_test]
async fn a_denied_or_missing_clipboard_is_reported_as_failure() {
    let denied = Object::new();
    let reject = Function::new_no_args(
        "return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));",
    );
    Reflect::set(&denied, &"writeText".into(), &reject).unwrap();
    set_clipboard(&denied);
    assert!(!copy("{}").await, "a rejected write is not a copy");

    set_clipboard(&JsValue::UNDEFINED);
    assert!(!copy("{}").await, "no clipboard API is not a copy");

    let accepting = Object::new();
    let store =
        Function::new_with_args("text", "window.__copied = text; return Promise.resolve();");
    Reflect::set(&accepting, &"writeText".into(), &store).unwrap();
    set_clipboard(&accepting);
    assert!(copy("{\"a\": 1}").await);
    let copied = Reflect::get(&web_sys::window().unwrap(), &"__copied".into()).unwrap();
    assert_eq!(copied.as_string().as_deref(), Some("{\"a\": 1}"));
}

#[wasm_bindgen_test]
fn the_browser_gives_the_time_and_zone() {
    assert!(is_timestamp(&now()), "{}", now());
    assert!(!time_zone().is_empty());
}

/// The panic hook's screen: the old content replaced by an alert with the
/// message for each case, and the data as a download where there is any.
#[wasm_bindgen_test]
async fn the_crash_screen_says_what_is_kept_and_downloads_the_data() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    root.set_text_content(Some("the widget as it was"));
    let cases = [
        (None, false, "had not answered or typed anything yet"),
        (Some("{\"saved\":1}"), true, "choose Resume"),
        (Some("{\"saved\":0}"), false, "download it now"),
    ];
    for (text, stored, says) in cases {
        let rescued = Rescued {
            text: text.map(str::to_owned),
            stored,
        };
        crash::show(&root, &rescued);
        let alert = root
            .query_selector("[role=alert]")
            .unwrap()
            .expect("an alert");
        let said = alert.text_content().unwrap_or_default();
        assert!(
            said.starts_with("The career guide stopped on an error"),
            "{said}"
        );
        assert!(said.contains(says), "{said}");
        assert!(!root.inner_html().contains("the widget as it was"));
        let link = root.query_selector("a[download]").unwrap();
        assert_eq!(link.is_some(), text.is_some());
        if let Some(link) = link {
            let link: web_sys::HtmlAnchorElement = link.unchecked_into();
            assert_eq!(link.download(), crash::FILE_NAME);
            let response: Response =
                JsFuture::from(web_sys::window().unwrap().fetch_with_str(&link.href()))
                    .await
                    .unwrap()
                    .unchecked_into();
            let read = JsFuture::from(response.text().unwrap()).await.unwrap();
            assert_eq!(read.as_string().as_deref(), text);
        }
    }
}
