//! `localStorage`, through `web_sys::Storage` and nothing else, so that no
//! page can make it panic: every failure comes back as a [`Failure`].
//!
//! gloo-storage was used here before. Its `LocalStorage::raw()` panics when
//! the `window.localStorage` getter throws, and its error conversion panics
//! (`unreachable!`) when a page's `setItem` throws something that is not an
//! `Error`. Both are things a host page can do; the three calls below cannot
//! panic, whatever is thrown.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::progress;

/// Why storage failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Storage cannot be reached, or threw.
    Blocked,
    /// The quota is used up.
    Full,
}

impl Failure {
    /// What a thrown value means: only a `QuotaExceededError` (an `Error` or
    /// a `DOMException`) says the quota is full; anything else, `Blocked`.
    fn of(thrown: &JsValue) -> Failure {
        let name = thrown
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.name()));
        if name.as_deref() == Some("QuotaExceededError") {
            Failure::Full
        } else {
            Failure::Blocked
        }
    }
}

/// `localStorage`, once it has answered.
#[derive(Clone, Copy, Debug)]
pub struct Store(());

impl Store {
    /// Storage, if this page may use it: reachable, and a probe key can be
    /// written and removed.
    ///
    /// # Errors
    /// [`Failure::Blocked`] or [`Failure::Full`] when the probe fails.
    pub fn open() -> Result<Store, Failure> {
        let store = Store(());
        let probe = progress::probe_key();
        store.write_text(&probe, "1")?;
        store.remove(&probe)?;
        Ok(store)
    }

    /// The storage object, asked for again on every call: a page may block it
    /// (or replace it) at any time.
    fn storage() -> Result<web_sys::Storage, Failure> {
        match web_sys::window().map(|w| w.local_storage()) {
            Some(Ok(Some(storage))) => Ok(storage),
            _ => Err(Failure::Blocked),
        }
    }

    /// The text under `key`, exactly as stored.
    ///
    /// # Errors
    /// [`Failure::Blocked`] when storage throws.
    pub fn read(self, key: &str) -> Result<Option<String>, Failure> {
        Store::storage()?
            .get_item(key)
            .map_err(|_| Failure::Blocked)
    }

    /// Stores `value` as JSON under `key`.
    ///
    /// # Errors
    /// [`Failure::Full`] when the quota is used up, else [`Failure::Blocked`].
    pub fn write(self, key: &str, value: &impl Serialize) -> Result<(), Failure> {
        let text = serde_json::to_string(value).map_err(|_| Failure::Blocked)?;
        self.write_text(key, &text)
    }

    /// Stores `text` under `key` as it is.
    ///
    /// # Errors
    /// As [`Store::write`].
    pub fn write_text(self, key: &str, text: &str) -> Result<(), Failure> {
        Store::storage()?
            .set_item(key, text)
            .map_err(|thrown| Failure::of(&thrown))
    }

    /// Removes `key`.
    ///
    /// # Errors
    /// [`Failure::Blocked`] when storage throws.
    pub fn remove(self, key: &str) -> Result<(), Failure> {
        Store::storage()?
            .remove_item(key)
            .map_err(|_| Failure::Blocked)
    }
}
