//! The last resort: should a bug still panic, the panic hook replaces every
//! widget on the page with a plain message and a link that downloads the
//! reader's data, instead of a frozen or blank widget.
//!
//! A panic stops the whole WebAssembly instance (release builds abort), and
//! every widget on the page shares it, so each one shows the message. What
//! is drawn here is plain DOM that needs no more wasm to work: text, and an
//! `<a download>` whose Blob URL is made before the instance stops. Nothing
//! here may panic in turn: every step that can fail is skipped instead.
//!
//! Its words are copied out of the widget's [`Words`] when the widget starts
//! ([`Said`]): the hook then reads neither the catalogue nor any state of
//! the app, which may be what broke.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use super::file::download_link;
use super::saving::{self, Rescued};
use crate::domain::words::{Key, Words};

/// The file the escape hatch downloads.
pub const FILE_NAME: &str = "skillpath-my-data.json";

thread_local! {
    /// The running widgets: each one's root, instance name and words.
    static WIDGETS: RefCell<Vec<(Element, String, Rc<Said>)>> = const { RefCell::new(Vec::new()) };
}

/// What the crash screen says, in the words of the widget it replaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// The heading.
    pub title: String,
    /// Nothing entered yet.
    pub nothing_lost: String,
    /// What was entered is in storage.
    pub stored: String,
    /// What was entered is not in storage: the download is the only copy.
    pub not_stored: String,
    /// The download link.
    pub download: String,
}

impl Said {
    /// The crash screen's texts in `words`.
    pub fn new(words: &Words) -> Said {
        let text = |key| words.get(key).to_owned();
        Said {
            title: text(Key::AppCrashTitle),
            nothing_lost: text(Key::AppCrashNothingLost),
            stored: text(Key::AppCrashStored),
            not_stored: text(Key::AppCrashNotStored),
            download: text(Key::AppCrashDownload),
        }
    }
}

/// Installs the panic hook (once), and keeps `root` in the list of widgets
/// it replaces, as the widget `owner` speaking `words`, until the returned
/// guard is dropped.
pub fn watch(root: &Element, owner: &str, words: &Words) -> Watched {
    static HOOK: std::sync::Once = std::sync::Once::new();
    // Through Yew: its renderer installs a hook of its own unless told of ours.
    HOOK.call_once(|| yew::set_custom_panic_hook(Box::new(on_panic)));
    let said = Rc::new(Said::new(words));
    WIDGETS.with_borrow_mut(|w| w.push((root.clone(), owner.to_owned(), said)));
    Watched(owner.to_owned())
}

/// A widget the panic hook knows about; dropped when the widget is destroyed.
#[derive(Debug)]
pub struct Watched(String);

impl Watched {
    /// The widget now speaks `words` (its language changed): the error
    /// screen will too.
    pub fn speak(&self, words: &Words) {
        let said = Rc::new(Said::new(words));
        WIDGETS.with_borrow_mut(|w| {
            for (_, owner, old) in w.iter_mut() {
                if *owner == self.0 {
                    *old = Rc::clone(&said);
                }
            }
        });
    }
}

impl Drop for Watched {
    fn drop(&mut self) {
        let _ = WIDGETS.try_with(|w| {
            if let Ok(mut w) = w.try_borrow_mut() {
                w.retain(|(_, owner, _)| *owner != self.0);
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
        for (root, owner, said) in widgets.iter() {
            show_said(root, &saving::rescue(owner), said);
        }
    });
}

/// [`show_said`] in English.
pub fn show(root: &Element, rescued: &Rescued) {
    show_said(root, rescued, &Said::new(&crate::content::english()));
}

/// Replaces what `root` shows with the message in `said` and, when there is
/// data, its download link (in the widget's own look, so it reads like part
/// of it).
pub fn show_said(root: &Element, rescued: &Rescued, said: &Said) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let saved = match (&rescued.text, rescued.stored) {
        (None, _) => &said.nothing_lost,
        (Some(_), true) => &said.stored,
        (Some(_), false) => &said.not_stored,
    };
    let Ok(widget) = document.create_element("div") else {
        return;
    };
    widget.set_class_name("sp");
    let Some(card) = child(&document, &widget, "div", "sp-card sp-alert", None) else {
        return;
    };
    let _ = card.set_attribute("role", "alert");
    child(&document, &card, "h2", "sp-title", Some(&said.title));
    child(&document, &card, "p", "", Some(saved));
    if let Some(text) = &rescued.text
        && let Ok(link) = download_link(FILE_NAME, text, "application/json")
    {
        link.set_text_content(Some(&said.download));
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
