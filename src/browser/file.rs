//! Files and the clipboard: downloading the profile, copying it, reading an
//! imported file, and the two facts the profile takes from the browser (the
//! time and the time zone).
//!
//! Every function reports failure honestly: a download the page cannot start
//! or a copy the browser refuses comes back as `false`, never as success.

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Bytes the widget made (the result's picture).
pub use web_sys::Blob as Bytes;
/// A file the reader chose or dropped.
pub use web_sys::File;

use crate::domain::profile::document::{ImportError, check_size};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new() -> Result<DateTimeFormat, JsValue>;

    #[wasm_bindgen(method, js_name = resolvedOptions)]
    fn resolved_options(this: &DateTimeFormat) -> ZoneOptions;

    type ZoneOptions;

    #[wasm_bindgen(method, getter, js_name = timeZone)]
    fn time_zone(this: &ZoneOptions) -> Option<String>;

    /// `navigator.clipboard.writeText`, looked up at call time; throws when the
    /// clipboard API is missing (insecure pages, old browsers).
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn write_text(text: &str) -> Result<Promise, JsValue>;
}

/// The current time in UTC as `2026-11-22T10:00:00.000Z`.
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The browser's time zone (`Europe/Berlin`), or empty if it does not say.
pub fn time_zone() -> String {
    DateTimeFormat::new()
        .ok()
        .and_then(|f| f.resolved_options().time_zone())
        .unwrap_or_default()
}

/// An `<a download>` for `text` as a file of type `mime`, not yet clicked.
///
/// # Errors
/// Whatever the browser throws while making the Blob or its URL.
pub fn download_link(name: &str, text: &str, mime: &str) -> Result<HtmlAnchorElement, JsValue> {
    link_to(name, &text_blob(text, mime)?)
}

/// `text` as a Blob of type `mime`.
fn text_blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&JsValue::from_str(text));
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// An `<a download>` for `blob`, not yet clicked.
fn link_to(name: &str, blob: &Blob) -> Result<HtmlAnchorElement, JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlAnchorElement = document()?.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    Ok(link)
}

fn document() -> Result<web_sys::Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

/// What became of a download the widget started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    /// Handed to the browser, on a page that may download.
    Started,
    /// Handed to the browser inside a frame whose page may have forbidden
    /// downloads (`sandbox` without `allow-downloads`): Chromium then drops
    /// it without a word, and the frame cannot find out.
    Unconfirmed,
    /// This page cannot start downloads at all.
    Refused,
}

/// Whether this page may start downloads, as far as it can tell. A frame
/// with an opaque origin (`sandbox` without `allow-same-origin`) cannot
/// (Chromium ignores the click silently), and a frame whose element the page
/// can read says so in its `sandbox` attribute; any other frame may have
/// been sandboxed by a page it cannot read, so the download is unconfirmed.
/// A file opened from disk can download.
fn may_download() -> Download {
    let Some(w) = web_sys::window() else {
        return Download::Refused;
    };
    if w.origin() == "null" && !w.location().protocol().is_ok_and(|p| p == "file:") {
        return Download::Refused;
    }
    if super::dom::framing_page(&w).is_none() {
        return Download::Started;
    }
    match w.frame_element() {
        Ok(Some(frame)) => match frame.get_attribute("sandbox") {
            Some(flags)
                if !flags
                    .split_ascii_whitespace()
                    .any(|f| f.eq_ignore_ascii_case("allow-downloads")) =>
            {
                Download::Refused
            }
            // Not sandboxed, or allowed to download: as sure as a page gets.
            _ => Download::Started,
        },
        _ => Download::Unconfirmed,
    }
}

/// Saves `text` as `name`, and says how sure that is (see [`Download`]).
pub fn download(name: &str, text: &str, mime: &str) -> Download {
    match text_blob(text, mime) {
        Ok(blob) => download_blob(name, &blob),
        Err(_) => Download::Refused,
    }
}

/// Saves `blob` (a picture, say) as `name`, and says how sure that is.
pub fn download_blob(name: &str, blob: &Blob) -> Download {
    let allowed = may_download();
    if allowed == Download::Refused {
        return Download::Refused;
    }
    let Ok(link) = link_to(name, blob) else {
        return Download::Refused;
    };
    link.click();
    let url = link.href();
    // Freed a moment later: some browsers read the URL after the click returns.
    let free = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(free.unchecked_ref(), 10_000);
    }
    allowed
}

/// Copies `text` to the clipboard; `false` when the browser refuses or has no clipboard.
pub async fn copy(text: &str) -> bool {
    match write_text(text) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Reads an imported file as text, refusing it by size before reading.
///
/// # Errors
/// [`ImportError::Empty`], [`ImportError::TooBig`], or
/// [`ImportError::Unreadable`] when the browser cannot read it as text.
pub async fn read(file: &File) -> Result<String, ImportError> {
    // `size` is a double in JS; files beyond 2^53 bytes do not exist.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    check_size(file.size() as u64)?;
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string());
    text.ok_or(ImportError::Unreadable)
}

/// The file chosen in the `<input type="file">` an event came from; the input
/// is emptied so that choosing the same file again is seen as a new choice.
pub fn picked(event: &yew::Event) -> Option<File> {
    use yew::TargetCast;
    let input = event.target_dyn_into::<web_sys::HtmlInputElement>()?;
    let file = input.files().and_then(|list| list.get(0));
    input.set_value("");
    file
}

/// The first file dropped with a drag event.
pub fn dropped(event: &web_sys::DragEvent) -> Option<File> {
    event.data_transfer()?.files()?.get(0)
}
