//! Mounting the widget into a host element.

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::browser::locale::{money_format, warn};
use crate::components::{App, AppProps};
use crate::content;
use crate::domain::money::Currency;
use crate::domain::options::Sections;

/// Counts mounted instances, only to give each a distinct id prefix.
static INSTANCES: AtomicU32 = AtomicU32::new(0);

/// Why the widget could not be mounted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MountError {
    /// The guide content failed its checks; the host shows the message instead.
    #[error("The decision guide could not start: its content has a problem: {0}.")]
    Content(#[from] crate::domain::guide::ContentError),
}

/// What a host page may set (the attributes of the public contract).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Which sections show.
    pub sections: Sections,
    /// ISO 4217 code; `None` or an invalid code: USD.
    pub currency: Option<String>,
    /// BCP 47 tag; `None` or an invalid tag: the browser's locale.
    pub locale: Option<String>,
}

impl Options {
    /// Reads the options from `host`'s attributes (`sections`, `currency`,
    /// `locale`); names in `sections` that are not sections get a console warning.
    pub fn from_attributes(host: &Element) -> Self {
        let read = |name: &str| host.get_attribute(name).filter(|v| !v.trim().is_empty());
        let sections = read("sections").map_or(Sections::ALL, |text| {
            let (sections, unknown) = Sections::parse(&text);
            for word in unknown {
                warn(&format!(
                    "sections: \"{word}\" is not guide, income or profile; ignored."
                ));
            }
            sections
        });
        Options {
            sections,
            currency: read("currency"),
            locale: read("locale"),
        }
    }

    fn currency(&self) -> Currency {
        match self.currency.as_deref().map(Currency::parse) {
            None => Currency::USD,
            Some(Ok(code)) => code,
            Some(Err(e)) => {
                warn(&format!("{e} Using USD."));
                Currency::USD
            }
        }
    }
}

/// Renders the widget into `host` with the options in its attributes.
///
/// # Errors
/// As [`mount_with`].
pub fn mount(host: &Element) -> Result<AppHandle<App>, MountError> {
    mount_with(host, &Options::from_attributes(host))
}

/// Renders the widget into `host`, replacing its fallback content.
/// Keep the handle: dropping it leaves the widget running; `destroy()` removes it.
///
/// # Errors
/// [`MountError::Content`] when the guide content is broken; the host then
/// shows that message as an alert instead of the widget.
pub fn mount_with(host: &Element, options: &Options) -> Result<AppHandle<App>, MountError> {
    match content::guide() {
        Ok(guide) => {
            host.set_text_content(None);
            let n = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
            let props = AppProps {
                guide: Rc::new(guide),
                money: Rc::new(money_format(
                    options.locale.as_deref().map(str::trim),
                    options.currency(),
                )),
                instance: format!("sp{n}").into(),
                sections: options.sections,
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

/// Mounts into the page's `#skillpath` element when there is one, with its
/// attributes as options (the standalone and iframe pages copy their URL's
/// `?sections=…&currency=…&locale=…` onto it first; see `www/embed/page.js`).
#[wasm_bindgen(start)]
pub fn start() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("skillpath"));
    if let Some(Ok(handle)) = host.map(|h| mount(&h)) {
        // The page lives as long as the tab; nothing to tear down.
        std::mem::forget(handle);
    }
}
