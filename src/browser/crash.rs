//! The last resort: should a bug still panic, the panic hook replaces every
//! widget on the page with a plain message and a link that downloads the
//! reader's data, instead of a frozen or blank widget.
//!
//! A panic stops the whole WebAssembly instance (release builds abort), and
//! every widget on the page shares it, so each one shows the message. What
//! is drawn here is plain DOM that needs no more wasm to work: text, and an
//! `<a download>` whose Blob URL is made before the instance stops. Nothing
//! here may panic in turn: every step that can fail is skipped instead.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use super::file::download_link;
use super::saving::{self, Rescued};

/// The file the escape hatch downloads.
pub const FILE_NAME: &str = "skillpath-my-data.json";

thread_local! {
    /// The running widgets: each one's root and instance name.
    static WIDGETS: RefCell<Vec<(Element, String)>> = const { RefCell::new(Vec::new()) };
}

/// Installs the panic hook (once), and keeps `root` in the list of widgets
/// it replaces, as the widget `owner`, until the returned guard is dropped.
pub fn watch(root: &Element, owner: &str) -> Watched {
    static HOOK: std::sync::Once = std::sync::Once::new();
    // Through Yew: its renderer installs a hook of its own unless told of ours.
    HOOK.call_once(|| yew::set_custom_panic_hook(Box::new(on_panic)));
    WIDGETS.with_borrow_mut(|w| w.push((root.clone(), owner.to_owned())));
    Watched(owner.to_owned())
}

/// A widget the panic hook knows about; dropped when the widget is destroyed.
#[derive(Debug)]
pub struct Watched(String);

impl Drop for Watched {
    fn drop(&mut self) {
        let _ = WIDGETS.try_with(|w| {
            if let Ok(mut w) = w.try_borrow_mut() {
                w.retain(|(_, owner)| *owner != self.0);
            }
        });
    }
}

fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_2(
        &JsValue::from_str("Skillpath stopped on an error:"),
        &JsValue::from_str(&info.to_string()),
    );
    let _ = WIDGETS.try_with(|widgets| {
        let Ok(widgets) = widgets.try_borrow() else {
            return;
        };
        for (root, owner) in widgets.iter() {
            show(root, &saving::rescue(owner));
        }
    });
}

/// Replaces what `root` shows with the message and, when there is data, its
/// download link (in the widget's own look, so it reads like part of it).
pub fn show(root: &Element, rescued: &Rescued) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let saved = match (&rescued.text, rescued.stored) {
        (None, _) => "Nothing you entered is lost: you had not answered or typed anything yet.",
        (Some(_), true) => {
            "Everything you entered is saved in this browser: reload the page and choose Resume to carry on where you were."
        }
        (Some(_), false) => {
            "What you entered is not saved in this browser: download it now to keep a copy."
        }
    };
    let Ok(widget) = document.create_element("div") else {
        return;
    };
    widget.set_class_name("sp");
    let Some(card) = child(&document, &widget, "div", "sp-card sp-alert", None) else {
        return;
    };
    let _ = card.set_attribute("role", "alert");
    child(
        &document,
        &card,
        "h2",
        "sp-title",
        Some("The career guide stopped on an error"),
    );
    child(&document, &card, "p", "", Some(saved));
    if let Some(text) = &rescued.text
        && let Ok(link) = download_link(FILE_NAME, text, "application/json")
    {
        link.set_text_content(Some("Download my data (JSON)"));
        link.set_class_name("sp-button sp-button--primary");
        let _ = card.append_with_node_1(&link);
    }
    // Only now: the old content goes once the new one is complete.
    root.replace_children_with_node_1(&widget);
}

/// A new `tag` with `class` and `text`, appended to `parent`.
fn child(
    document: &Document,
    parent: &Element,
    tag: &str,
    class: &str,
    text: Option<&str>,
) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element.set_text_content(text);
    parent.append_with_node_1(&element).ok()?;
    Some(element)
}
