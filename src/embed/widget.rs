//! [`Widget`]: one running widget, which `skillpath.js` creates for each
//! `<skill-path>` element and each `mount()` call, and updates or destroys as
//! the host page changes.

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue};

use super::MountError;
use super::host::Host;
use super::options::Options;
use crate::browser::crash::{self, Watched};
use crate::browser::dom;
use crate::browser::locale::warn;
use crate::components::{App, AppProps};
use crate::content;

/// Counts mounted instances, only to give each a distinct id prefix.
static INSTANCES: AtomicU32 = AtomicU32::new(0);

/// One running widget. JS keeps it and calls [`Widget::update`] when the
/// host's options change and [`Widget::destroy`] when the host goes away.
#[wasm_bindgen]
pub struct Widget {
    root: Element,
    handle: Option<AppHandle<App>>,
    props: AppProps,
    options: Options,
    /// Known to the panic hook, which would replace it with a way out.
    watched: Option<Watched>,
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
        self.watched = None;
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
            on_event: host.sender(),
            shared: dom::share_code().map(AttrValue::from),
            storage_key: options.storage_key(),
        };
        let watched = crash::watch(&root, &props.instance);
        let handle =
            yew::Renderer::<App>::with_root_and_props(root.clone(), props.clone()).render();
        Ok(Widget {
            root,
            handle: Some(handle),
            props,
            options: options.clone(),
            watched: Some(watched),
        })
    }
}
