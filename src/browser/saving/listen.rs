//! The page events a [`Saver`] listens to: `pagehide` and `visibilitychange`
//! (write now, the reader may be leaving) and `storage` (another tab wrote).

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{StorageEvent, VisibilityState};

use super::{Inner, Saver, with};

impl Saver {
    /// Writes at once when the page is hidden or left, and notices other
    /// tabs' writes; the listeners go with the saver.
    pub(super) fn listen(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let weak = Rc::downgrade(&self.0);
        let on_hide = {
            let weak = weak.clone();
            move |_: &web_sys::Event| with(&weak, Inner::flush)
        };
        let hidden = {
            let weak = weak.clone();
            move |_: &web_sys::Event| {
                let hidden = web_sys::window()
                    .and_then(|w| w.document())
                    .is_some_and(|d| d.visibility_state() == VisibilityState::Hidden);
                if hidden {
                    with(&weak, Inner::flush);
                }
            }
        };
        let elsewhere = move |event: &web_sys::Event| {
            let key = event.dyn_ref::<StorageEvent>().and_then(StorageEvent::key);
            with(&weak, |inner| inner.changed_elsewhere(key));
        };
        let mut listeners = vec![
            EventListener::new(&window, "pagehide", on_hide),
            EventListener::new(&window, "storage", elsewhere),
        ];
        if let Some(document) = window.document() {
            listeners.push(EventListener::new(&document, "visibilitychange", hidden));
        }
        self.0.borrow_mut().listeners = listeners;
    }
}
