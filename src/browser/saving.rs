//! Saved progress on the reader's device: `localStorage` through gloo-storage,
//! the debounce through gloo-timers, and the page's `pagehide`,
//! `visibilitychange` and `storage` events through gloo-events, all removed
//! with the widget. What is saved, what a stored value means and whether a
//! write may go ahead are decided in `domain::progress`; this only moves text.
//!
//! gloo-storage's `LocalStorage` panics where storage is blocked, and its
//! `get` parses on the way out (an unreadable value must be kept as it is),
//! so [`Store`] checks that storage answers before handing it out, reads and
//! removes through its `raw()` handle (whose calls return errors), and writes
//! through its serde `set`.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use gloo_storage::{LocalStorage, Storage as _};
use gloo_timers::callback::Timeout;
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{StorageEvent, VisibilityState};
use yew::Callback;

use crate::domain::progress::{
    self, Elsewhere, Envelope, Mode, Off, Opened, Progress, SaveView, Stamp,
};

/// How long the reader may pause before their progress is written.
const DEBOUNCE_MS: u32 = 600;

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

thread_local! {
    /// The keys running widgets save under: a second widget with the same key
    /// would overwrite the first one's work (`storage` events only reach other tabs).
    static HELD: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// One widget's saving: the key, what it last wrote, the debounce and the
/// page listeners. Cloning shares it; the last clone dropped writes what is
/// pending, stops listening and frees the key.
#[derive(Clone)]
pub struct Saver(Rc<RefCell<Inner>>);

impl PartialEq for Saver {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

struct Inner {
    key: String,
    store: Option<Store>,
    /// Holds the key (not a second widget on it).
    holder: bool,
    writer: String,
    seq: u32,
    /// The stamp under the key when this widget last read or wrote it.
    known: Option<Stamp>,
    /// The reader's latest progress, and whether it is written yet.
    latest: Option<Progress>,
    unsaved: bool,
    /// An unreadable value that could not be stored aside.
    aside_text: Option<String>,
    view: SaveView,
    timer: Option<Timeout>,
    listeners: Vec<EventListener>,
    notify: Callback<()>,
}

impl Saver {
    /// Opens `key`: reads what is saved there, keeps an unreadable value
    /// aside, and starts listening to the page. `notify` hears of every
    /// change to [`Saver::view`].
    pub fn open(key: &str, notify: Callback<()>) -> Saver {
        let holder = HELD.with_borrow_mut(|held| {
            let free = !held.iter().any(|k| k == key);
            if free {
                held.push(key.to_owned());
            }
            free
        });
        let mut inner = Inner {
            key: key.to_owned(),
            store: None,
            holder,
            writer: writer_name(),
            seq: 0,
            known: None,
            latest: None,
            unsaved: false,
            aside_text: None,
            view: SaveView::on(),
            timer: None,
            listeners: Vec::new(),
            notify,
        };
        inner.start();
        let saver = Saver(Rc::new(RefCell::new(inner)));
        saver.listen();
        saver
    }

    /// What the widget shows about saving.
    pub fn view(&self) -> SaveView {
        self.0.borrow().view.clone()
    }

    /// The reader changed something: written after a pause.
    pub fn changed(&self, progress: Progress) {
        let weak = Rc::downgrade(&self.0);
        let mut inner = self.0.borrow_mut();
        inner.latest = Some(progress);
        inner.unsaved = true;
        inner.timer = Some(Timeout::new(DEBOUNCE_MS, move || {
            with(&weak, Inner::flush);
        }));
    }

    /// The reader took the offered progress back (its parts are already
    /// dispatched); saving goes on from it.
    pub fn resumed(&self) {
        self.update(|inner| inner.view.offer = None);
    }

    /// The reader declined the offered progress: it is removed, and what
    /// they do from now on is saved instead.
    pub fn start_over(&self) {
        self.update(|inner| {
            inner.view.offer = None;
            if inner.view.writes() && inner.check() {
                inner.remove_main();
            }
            inner.flush();
        });
    }

    /// The progress now under the key, to load over this widget's (after
    /// another tab saved newer progress); saving goes on from it.
    pub fn take_theirs(&self) -> Option<Progress> {
        let mut taken = None;
        self.update(|inner| {
            let raw = inner.current();
            if let Opened::Found { progress, stamp } = progress::open(raw.as_deref()) {
                inner.known = Some(stamp);
                inner.unsaved = false;
                inner.view.mode = Mode::On;
                taken = Some(*progress);
            }
        });
        taken
    }

    /// Writes this widget's progress over whatever another tab did to the key.
    pub fn keep_mine(&self) {
        self.update(|inner| {
            let raw = inner.current();
            inner.known = raw.as_deref().and_then(progress::stamp_of);
            if let (Some(raw), Opened::Unreadable(why)) = (&raw, progress::open(raw.as_deref())) {
                // Unreadable now: kept aside like any unreadable value.
                inner.put_aside(raw.clone(), why);
            }
            inner.view.mode = Mode::On;
            inner.unsaved = inner.latest.is_some();
            inner.flush();
        });
    }

    /// Removes every key this widget wrote and stops saving for this visit.
    pub fn forget(&self) {
        self.update(|inner| {
            inner.timer = None;
            if let Some(store) = inner.store {
                let _ = store.remove(&inner.key);
                let _ = store.remove(&progress::aside_key(&inner.key));
            }
            inner.known = None;
            inner.aside_text = None;
            inner.view.aside = None;
            inner.view.offer = None;
            inner.view.saved = false;
            inner.view.mode = Mode::Off(Off::Forgotten);
        });
    }

    /// Saves again after [`Saver::forget`].
    pub fn save_again(&self) {
        self.update(|inner| {
            inner.view.mode = Mode::On;
            inner.unsaved = inner.latest.is_some();
            inner.flush();
        });
    }

    /// The unreadable value put aside, to download.
    pub fn aside(&self) -> Option<String> {
        let inner = self.0.borrow();
        inner.aside_text.clone().or_else(|| {
            let store = inner.store?;
            store.read(&progress::aside_key(&inner.key)).ok().flatten()
        })
    }

    /// Deletes the unreadable value put aside.
    pub fn drop_aside(&self) {
        self.update(|inner| {
            if let Some(store) = inner.store {
                let _ = store.remove(&progress::aside_key(&inner.key));
            }
            inner.aside_text = None;
            inner.view.aside = None;
        });
    }

    /// Writes what is pending now (the page is being hidden or left).
    pub fn flush(&self) {
        self.update(Inner::flush);
    }

    /// Runs `change`, then tells the widget if the view changed (outside the
    /// borrow: the widget re-renders and may call back in).
    fn update(&self, change: impl FnOnce(&mut Inner)) {
        update(&self.0, change);
    }

    fn listen(&self) {
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

/// Runs `change` on a saver that may be gone, then notifies.
fn with(weak: &Weak<RefCell<Inner>>, change: impl FnOnce(&mut Inner)) {
    if let Some(inner) = weak.upgrade() {
        update(&inner, change);
    }
}

fn update(cell: &Rc<RefCell<Inner>>, change: impl FnOnce(&mut Inner)) {
    let notify = {
        let Ok(mut inner) = cell.try_borrow_mut() else {
            return;
        };
        let before = inner.view.clone();
        change(&mut inner);
        (inner.view != before).then(|| inner.notify.clone())
    };
    if let Some(notify) = notify {
        notify.emit(());
    }
}

impl Inner {
    /// What the key holds now (nothing where storage cannot be read).
    fn current(&self) -> Option<String> {
        self.store.and_then(|s| s.read(&self.key).ok()).flatten()
    }

    fn start(&mut self) {
        let store = match Store::open() {
            Ok(store) => store,
            Err(failure) => {
                self.view.mode = Mode::Off(off(failure));
                return;
            }
        };
        self.store = Some(store);
        let raw = match store.read(&self.key) {
            Ok(raw) => raw,
            Err(failure) => {
                self.view.mode = Mode::Off(off(failure));
                return;
            }
        };
        let (view, known, set_aside) =
            progress::start(progress::open(raw.as_deref()), !self.holder);
        self.view = view;
        self.known = known;
        if let (true, Some(raw), Some(why)) = (set_aside, raw, self.view.aside.clone()) {
            self.put_aside(raw, why);
        }
    }

    /// Keeps an unreadable `raw` under the aside key, then frees the main
    /// key; if it cannot be stored aside, it stays in memory and nothing is
    /// written over it.
    fn put_aside(&mut self, raw: String, why: progress::Unreadable) {
        self.view.aside = Some(why);
        let Some(store) = self.store else { return };
        match store.write_text(&progress::aside_key(&self.key), &raw) {
            Ok(()) => {
                self.remove_main();
            }
            Err(failure) => {
                self.aside_text = Some(raw);
                self.view.mode = Mode::Off(off(failure));
            }
        }
    }

    fn remove_main(&mut self) {
        if let Some(store) = self.store {
            match store.remove(&self.key) {
                Ok(()) => self.known = None,
                Err(failure) => self.view.mode = Mode::Off(off(failure)),
            }
        }
    }

    /// Whether the key still holds what this widget last saw there; if not,
    /// saving stops until the reader decides.
    fn check(&mut self) -> bool {
        let Some(store) = self.store else {
            return false;
        };
        match store.read(&self.key) {
            Ok(current) if progress::may_write(self.known.as_ref(), current.as_deref()) => true,
            Ok(current) => {
                self.view.mode = Mode::Changed(if current.is_some() {
                    Elsewhere::Written
                } else {
                    Elsewhere::Removed
                });
                false
            }
            Err(failure) => {
                self.view.mode = Mode::Off(off(failure));
                false
            }
        }
    }

    fn flush(&mut self) {
        self.timer = None;
        if !self.unsaved || !self.view.writes() || !self.check() {
            return;
        }
        let (Some(store), Some(latest)) = (self.store, self.latest.as_ref()) else {
            return;
        };
        self.seq = self.seq.wrapping_add(1);
        let stamp = Stamp {
            writer: self.writer.clone(),
            seq: self.seq,
        };
        match store.write(&self.key, &Envelope::new(latest, stamp.clone())) {
            Ok(()) => {
                self.known = Some(stamp);
                self.unsaved = false;
                self.view.saved = true;
            }
            Err(failure) => self.view.mode = Mode::Off(off(failure)),
        }
    }

    /// A `storage` event from another tab: `key` is the key it changed, or
    /// `None` when that tab cleared the whole storage.
    fn changed_elsewhere(&mut self, key: Option<String>) {
        if key.is_some_and(|k| k != self.key) || !self.holder {
            return;
        }
        if self.view.offer.is_some() {
            // Not decided yet: offer what is there now.
            let raw = self.current();
            let (view, known, _) = progress::start(progress::open(raw.as_deref()), false);
            self.view.offer = view.offer;
            self.known = known;
            return;
        }
        if self.view.mode == Mode::On {
            self.check();
        }
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.flush();
        if self.holder {
            let key = std::mem::take(&mut self.key);
            HELD.with_borrow_mut(|held| held.retain(|k| *k != key));
        }
    }
}

fn off(failure: Failure) -> Off {
    match failure {
        Failure::Blocked => Off::Blocked,
        Failure::Full => Off::Full,
    }
}

/// A random name for this widget's writes.
fn writer_name() -> String {
    // The random mantissa's bits, mixed with the clock's.
    let n = js_sys::Math::random().to_bits() ^ js_sys::Date::now().to_bits();
    format!("{n:x}")
}
