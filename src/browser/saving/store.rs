//! `localStorage`, wrapped so that it never panics: [`Store`] checks that
//! storage answers before gloo-storage is used, and every failure comes back
//! as a [`Failure`].

use gloo_storage::{LocalStorage, Storage as _};
use serde::Serialize;
use wasm_bindgen::JsCast;

use crate::domain::progress;

/// Why storage failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Storage cannot be reached, or threw.
    Blocked,
    /// The quota is used up.
    Full,
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
        let store = Store::reachable()?;
        let probe = format!("{}probe", progress::KEY_PREFIX);
        store.write_text(&probe, "1")?;
        store.remove(&probe)?;
        Ok(store)
    }

    /// Checked before every call into gloo-storage, whose `raw()` panics when
    /// `window.localStorage` throws (a page may block it at any time).
    fn reachable() -> Result<Store, Failure> {
        match web_sys::window().map(|w| w.local_storage()) {
            Some(Ok(Some(_))) => Ok(Store(())),
            _ => Err(Failure::Blocked),
        }
    }

    /// The text under `key`, exactly as stored.
    ///
    /// # Errors
    /// [`Failure::Blocked`] when storage throws.
    pub fn read(self, key: &str) -> Result<Option<String>, Failure> {
        Store::reachable()?;
        LocalStorage::raw()
            .get_item(key)
            .map_err(|_| Failure::Blocked)
    }

    /// Stores `value` as JSON under `key`.
    ///
    /// # Errors
    /// [`Failure::Full`] when the quota is used up, else [`Failure::Blocked`].
    pub fn write(self, key: &str, value: &impl Serialize) -> Result<(), Failure> {
        Store::reachable()?;
        LocalStorage::set(key, value).map_err(|e| match e {
            gloo_storage::errors::StorageError::JsError(e) if e.name == "QuotaExceededError" => {
                Failure::Full
            }
            _ => Failure::Blocked,
        })
    }

    /// Stores `text` under `key` as it is.
    ///
    /// # Errors
    /// As [`Store::write`].
    pub fn write_text(self, key: &str, text: &str) -> Result<(), Failure> {
        Store::reachable()?;
        LocalStorage::raw().set_item(key, text).map_err(|e| {
            let full = e
                .dyn_ref::<js_sys::Error>()
                .is_some_and(|e| e.name() == "QuotaExceededError");
            if full {
                Failure::Full
            } else {
                Failure::Blocked
            }
        })
    }

    /// Removes `key`.
    ///
    /// # Errors
    /// [`Failure::Blocked`] when storage throws.
    pub fn remove(self, key: &str) -> Result<(), Failure> {
        Store::reachable()?;
        LocalStorage::raw()
            .remove_item(key)
            .map_err(|_| Failure::Blocked)
    }
}
