//! The phone's share sheet (the Web Share API), where the browser has one:
//! the result's link, or its picture as a file. Nothing leaves the device
//! except through the reader's own choice in that sheet.

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, FilePropertyBag};

#[wasm_bindgen]
extern "C" {
    /// `navigator.share`, looked up at call time; throws where it is missing.
    #[wasm_bindgen(js_namespace = navigator, js_name = share, catch)]
    fn navigator_share(data: &Object) -> Result<Promise, JsValue>;

    /// `navigator.canShare`, looked up at call time; throws where it is missing.
    #[wasm_bindgen(js_namespace = navigator, js_name = canShare, catch)]
    fn navigator_can_share(data: &Object) -> Result<bool, JsValue>;
}

/// What became of a share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The reader shared it.
    Done,
    /// The reader closed the sheet without sharing.
    Cancelled,
    /// This browser has no share sheet for it (or refused to open one):
    /// copy or download instead.
    Unavailable,
}

/// What to share: a title, a line of text, and a link or a picture.
pub struct Sharing<'a> {
    pub title: &'a str,
    pub text: &'a str,
    pub url: Option<&'a str>,
    /// The picture and its file name.
    pub picture: Option<(&'a Blob, &'a str)>,
}

fn data(what: &Sharing<'_>) -> Result<Object, JsValue> {
    let data = Object::new();
    Reflect::set(&data, &"title".into(), &what.title.into())?;
    Reflect::set(&data, &"text".into(), &what.text.into())?;
    if let Some(url) = what.url {
        Reflect::set(&data, &"url".into(), &url.into())?;
    }
    if let Some((blob, name)) = what.picture {
        let options = FilePropertyBag::new();
        options.set_type("image/png");
        let file = File::new_with_blob_sequence_and_options(&Array::of1(blob), name, &options)?;
        Reflect::set(&data, &"files".into(), &Array::of1(&file))?;
    }
    Ok(data)
}

/// Whether the browser would open its share sheet for `what` (a picture
/// needs file sharing, which desktop browsers often lack).
pub fn can_share(what: &Sharing<'_>) -> bool {
    let Ok(data) = data(what) else { return false };
    // Browsers with `share` but no `canShare` share links only.
    match navigator_can_share(&data) {
        Ok(answer) => answer,
        Err(_) => what.picture.is_none() && has_share(),
    }
}

/// Whether the browser shares pictures as files (phones, mostly).
pub fn can_share_pictures() -> bool {
    let Ok(blob) = Blob::new() else { return false };
    can_share(&Sharing {
        title: "",
        text: "",
        url: None,
        picture: Some((&blob, "picture.png")),
    })
}

fn has_share() -> bool {
    web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &"share".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Opens the share sheet with `what`.
pub async fn share(what: &Sharing<'_>) -> Shared {
    if !can_share(what) {
        return Shared::Unavailable;
    }
    let Ok(promise) = data(what).and_then(|d| navigator_share(&d)) else {
        return Shared::Unavailable;
    };
    match JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        // The reader closed the sheet: not a failure, and nothing to say.
        Err(e)
            if Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .is_some_and(|n| n == "AbortError") =>
        {
            Shared::Cancelled
        }
        Err(_) => Shared::Unavailable,
    }
}
