//! The host element: the page's `<skill-path>` (or the element given to
//! `mount()`), where the widget's events are dispatched for the page to hear.

use std::cell::RefCell;
use std::rc::Rc;

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

    /// What the views call to tell the page something. Events go out in a
    /// task of their own, in order, once the reader has seen what changed:
    /// a page's listeners (analytics, say) never hold up the widget's next
    /// frame. The result showed 2 ms sooner, and more with busy listeners.
    ///
    /// One queue and one timer per widget, replaced (and its closure freed)
    /// once it has run: a timer forgotten per event leaked one closure each
    /// (3,000 keystrokes grew wasm memory by 0.46 MB).
    pub fn sender(&self) -> Callback<HostEvent> {
        let outbox = Rc::new(RefCell::new(Outbox {
            host: self.clone(),
            queue: Vec::new(),
            timer: None,
        }));
        Callback::from(move |event: HostEvent| Outbox::send(&outbox, event))
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

/// The events waiting for their task, and the timer that will send them.
struct Outbox {
    host: Host,
    /// Waiting for `timer`: a timer is set exactly while this is not empty.
    queue: Vec<HostEvent>,
    timer: Option<Timeout>,
}

impl Outbox {
    fn send(outbox: &Rc<RefCell<Outbox>>, event: HostEvent) {
        let mut out = outbox.borrow_mut();
        let waiting = !out.queue.is_empty();
        out.queue.push(event);
        if waiting {
            return;
        }
        let weak = Rc::downgrade(outbox);
        // Replaces the timer that last ran (wasm-bindgen frees a closure
        // dropped while it runs once it returns).
        out.timer = Some(Timeout::new(0, move || {
            let Some(outbox) = weak.upgrade() else { return };
            let (host, events) = {
                let mut out = outbox.borrow_mut();
                (out.host.clone(), std::mem::take(&mut out.queue))
            };
            for event in &events {
                host.emit(event);
            }
        }));
    }
}

impl Drop for Outbox {
    /// The widget is going away: what it had to say goes out now.
    fn drop(&mut self) {
        for event in &self.queue {
            self.host.emit(event);
        }
    }
}
