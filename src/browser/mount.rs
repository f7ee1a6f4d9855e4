//! The widget's entry point for the page: [`Widget`], which `skillpath.js`
//! creates for each `<skill-path>` element and each `mount()` call.

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue};

use crate::browser::dom;
use crate::browser::host::Host;
use crate::browser::locale::{money_format, warn};
use crate::components::{App, AppProps};
use crate::content;
use crate::domain::money::{Currency, MoneyFormat};
use crate::domain::options::Sections;
use crate::domain::progress;

/// Counts mounted instances, only to give each a distinct id prefix.
static INSTANCES: AtomicU32 = AtomicU32::new(0);
/// Counts mounted instances without a `storage-key`: each saves under its own key.
static UNNAMED: AtomicU32 = AtomicU32::new(0);

/// Why the widget could not be mounted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MountError {
    /// The guide content failed its checks; the host shows the message instead.
    #[error("The decision guide could not start: its content has a problem: {0}.")]
    Content(#[from] crate::domain::guide::ContentError),
}

/// What a host page may set: the element's attributes, or `mount()`'s options
/// (the same names; `storage-key` is `storageKey` there). Every value is text,
/// as attributes are; anything unusable gets a console warning and the default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// Space-separated subset of `guide income profile`.
    pub sections: Option<String>,
    /// `light`, `dark` or `auto`.
    pub theme: Option<String>,
    /// ISO 4217 code; USD when absent or invalid.
    pub currency: Option<String>,
    /// BCP 47 tag; the browser's when absent or invalid.
    pub locale: Option<String>,
    /// The name saved progress is kept under; per page and instance when absent.
    pub storage_key: Option<String>,
}

impl Options {
    /// Reads options handed over from JS; a value of the wrong shape is
    /// warned about and ignored as a whole.
    pub fn from_js(value: JsValue) -> Self {
        if value.is_undefined() || value.is_null() {
            return Options::default();
        }
        serde_wasm_bindgen::from_value(value).unwrap_or_else(|e| {
            warn(&format!(
                "the options could not be read ({e}); using the defaults."
            ));
            Options::default()
        })
    }

    fn given(value: Option<&String>) -> Option<&str> {
        value.map(|v| v.trim()).filter(|v| !v.is_empty())
    }

    /// The sections; unknown names are warned about when `loud`.
    fn sections(&self, loud: bool) -> Sections {
        Self::given(self.sections.as_ref()).map_or(Sections::ALL, |text| {
            let (sections, unknown) = Sections::parse(text);
            for word in unknown.iter().filter(|_| loud) {
                warn(&format!(
                    "sections: \"{word}\" is not guide, income or profile; ignored."
                ));
            }
            sections
        })
    }

    /// The currency; an unusable code is warned about when `loud`.
    fn currency(&self, loud: bool) -> Currency {
        match Self::given(self.currency.as_ref()).map(|c| (c, Currency::parse(c))) {
            None => Currency::USD,
            Some((_, Ok(code))) => code,
            Some((given, Err(e))) => {
                if loud {
                    warn(&format!("currency \"{given}\": {e} Using USD."));
                }
                Currency::USD
            }
        }
    }

    /// How amounts are written for these options; an unusable currency is
    /// warned about when `loud` (an unusable locale always is, by `money_format`).
    fn money(&self, loud: bool) -> MoneyFormat {
        money_format(Self::given(self.locale.as_ref()), self.currency(loud))
    }

    /// The storage key: from `storage-key`, or else this page's `nth`
    /// widget without one. An unusable name is warned about.
    fn storage_key(&self, nth: impl FnOnce() -> u32) -> String {
        let given = self.storage_key.as_deref().unwrap_or_default();
        match progress::named_key(given) {
            Ok(Some(key)) => key,
            Ok(None) => progress::page_key(&dom::page_path(), nth()),
            Err(e) => {
                warn(&format!(
                    "storage-key {e}; saving under this page's own key instead."
                ));
                progress::page_key(&dom::page_path(), nth())
            }
        }
    }

    /// `light` or `dark`, or `None` to follow the reader's setting; an
    /// unknown theme is warned about when `loud`.
    fn theme(&self, loud: bool) -> Option<&'static str> {
        let theme = Self::given(self.theme.as_ref())?;
        match theme.to_ascii_lowercase().as_str() {
            "light" => Some("light"),
            "dark" => Some("dark"),
            "auto" => None,
            _ => {
                if loud {
                    warn(&format!(
                        "theme \"{theme}\" is not light, dark or auto; following the reader's setting."
                    ));
                }
                None
            }
        }
    }
}

/// One running widget. JS keeps it and calls [`Widget::update`] when the
/// host's options change and [`Widget::destroy`] when the host goes away.
#[wasm_bindgen]
pub struct Widget {
    root: Element,
    handle: Option<AppHandle<App>>,
    props: AppProps,
    options: Options,
}

#[wasm_bindgen]
impl Widget {
    /// Renders the widget into `root` (an element of the host's shadow root),
    /// dispatching its events on `host`, with `options` (see [`Options`]).
    ///
    /// # Errors
    /// The guide content is broken; `root` then shows that message as an alert.
    #[wasm_bindgen(constructor)]
    pub fn new(root: Element, host: Element, options: JsValue) -> Result<Widget, JsError> {
        Self::start(root, Host::new(host), &Options::from_js(options))
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Applies new options; the reader's answers, scenarios and profile stay.
    /// Only values that changed are warned about again.
    pub fn update(&mut self, options: JsValue) {
        let options = Options::from_js(options);
        let old = &self.options;
        set_theme(&self.root, options.theme(options.theme != old.theme));
        let money = if options.locale == old.locale && options.currency == old.currency {
            Rc::clone(&self.props.money)
        } else {
            let money = options.money(options.currency != old.currency);
            if *self.props.money == money {
                Rc::clone(&self.props.money)
            } else {
                Rc::new(money)
            }
        };
        if options.storage_key != old.storage_key {
            warn(
                "storage-key is read when the widget starts; the change applies on the next load.",
            );
        }
        let props = AppProps {
            money,
            sections: options.sections(options.sections != old.sections),
            ..self.props.clone()
        };
        self.options = options;
        if props != self.props
            && let Some(handle) = self.handle.as_mut()
        {
            handle.update(props.clone());
            self.props = props;
        }
    }

    /// Removes the widget and everything it listens to; its root is left empty.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.set_text_content(None);
    }
}

fn set_theme(root: &Element, theme: Option<&str>) {
    let _ = match theme {
        Some(theme) => root.set_attribute("data-theme", theme),
        None => root.remove_attribute("data-theme"),
    };
}

impl Widget {
    /// Renders the widget into `root` with `options`, its events going to `host`.
    ///
    /// # Errors
    /// [`MountError::Content`] when the guide content is broken.
    pub fn start(root: Element, host: Host, options: &Options) -> Result<Widget, MountError> {
        let guide = match content::guide() {
            Ok(guide) => guide,
            Err(e) => {
                let error = MountError::from(e);
                root.set_text_content(Some(&error.to_string()));
                let _ = root.set_attribute("role", "alert");
                return Err(error);
            }
        };
        root.set_text_content(None);
        set_theme(&root, options.theme(true));
        let n = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
        let props = AppProps {
            guide: Rc::new(guide),
            money: Rc::new(options.money(true)),
            instance: format!("sp{n}").into(),
            sections: options.sections(true),
            host,
            shared: dom::share_code().map(AttrValue::from),
            storage_key: options
                .storage_key(|| UNNAMED.fetch_add(1, Ordering::Relaxed) + 1)
                .into(),
        };
        let handle =
            yew::Renderer::<App>::with_root_and_props(root.clone(), props.clone()).render();
        Ok(Widget {
            root,
            handle: Some(handle),
            props,
            options: options.clone(),
        })
    }
}
