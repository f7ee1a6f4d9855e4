//! Mounting the widget into a host element.

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::components::{App, AppProps};
use crate::content;

/// Counts mounted instances, only to give each a distinct id prefix.
static INSTANCES: AtomicU32 = AtomicU32::new(0);

/// Why the widget could not be mounted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MountError {
    /// The guide content failed its checks; the host shows the message instead.
    #[error("The decision guide could not start: its content has a problem: {0}.")]
    Content(#[from] crate::domain::guide::ContentError),
}

/// Renders the widget into `host`, replacing its fallback content.
/// Keep the handle: dropping it leaves the widget running; `destroy()` removes it.
///
/// # Errors
/// [`MountError::Content`] when the guide content is broken; the host then
/// shows that message as an alert instead of the widget.
pub fn mount(host: &Element) -> Result<AppHandle<App>, MountError> {
    match content::guide() {
        Ok(guide) => {
            host.set_text_content(None);
            let n = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
            let props = AppProps {
                guide: Rc::new(guide),
                instance: format!("sp{n}").into(),
            };
            Ok(yew::Renderer::<App>::with_root_and_props(host.clone(), props).render())
        }
        Err(e) => {
            let error = MountError::from(e);
            host.set_text_content(Some(&error.to_string()));
            let _ = host.set_attribute("role", "alert");
            Err(error)
        }
    }
}

/// Mounts into the standalone page's `#skillpath` element when there is one.
#[wasm_bindgen(start)]
pub fn start() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("skillpath"));
    if let Some(Ok(handle)) = host.map(|h| mount(&h)) {
        // The standalone page lives as long as the tab; nothing to tear down.
        std::mem::forget(handle);
    }
}
