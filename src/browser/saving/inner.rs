//! The machinery behind a [`Saver`](super::Saver): reading the key, keeping an
//! unreadable value aside, writing only over what it last saw, and noticing
//! another tab's writes.

use std::rc::Rc;

use super::{Failure, HELD, Inner, LIVE, Store};
use crate::domain::progress::{self, Elsewhere, Envelope, Mode, Off, Stamp};

impl Inner {
    /// What the key holds now (nothing where storage cannot be read).
    pub(super) fn current(&self) -> Option<String> {
        self.store.and_then(|s| s.read(&self.key).ok()).flatten()
    }

    /// Moves what an earlier Skillpath saved under an older key to the key
    /// that now holds it, where that key is still empty: nothing is written
    /// over, and nothing is lost when a move fails (the old key stays).
    fn move_earlier(store: Store, moves: &[(String, String)]) {
        for (old, new) in moves {
            if let (Ok(Some(text)), Ok(None)) = (store.read(old), store.read(new))
                && store.write_text(new, &text).is_ok()
            {
                let _ = store.remove(old);
            }
        }
    }

    /// Opens storage and reads the key, after moving to it (and its aside
    /// key) what `moves` names, when this widget holds the key.
    pub(super) fn start(&mut self, moves: &[(String, String)]) {
        let store = match Store::open() {
            Ok(store) => store,
            Err(failure) => {
                self.view.mode = Mode::Off(off(failure));
                return;
            }
        };
        self.store = Some(store);
        if self.holder {
            Self::move_earlier(store, moves);
        }
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
        if self.holder {
            let list = self.earlier_list();
            self.show_earlier(&list);
        }
        if let (true, Some(raw), Some(why)) = (set_aside, raw, self.view.aside.clone()) {
            self.put_aside(raw, why);
        }
    }

    /// Keeps an unreadable `raw` under the aside key, then frees the main
    /// key; if it cannot be stored aside, it stays in memory and nothing is
    /// written over it.
    pub(super) fn put_aside(&mut self, raw: String, why: progress::Unreadable) {
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

    /// The earlier progress kept under this key now, newest first.
    pub(super) fn earlier_list(&self) -> Vec<progress::Progress> {
        let raw = self
            .store
            .and_then(|s| s.read(&progress::earlier_key(&self.key)).ok())
            .flatten();
        progress::open_earlier(raw.as_deref())
    }

    /// Stores `list` as the earlier progress (removing the key when it is
    /// empty) and shows its newest; `false` when storage refused.
    pub(super) fn store_earlier(&mut self, list: &[progress::Progress]) -> bool {
        let Some(store) = self.store else {
            return false;
        };
        let key = progress::earlier_key(&self.key);
        let stamp = Stamp {
            writer: self.writer.clone(),
            seq: 0,
        };
        let written = match progress::earlier_text(list, &stamp) {
            _ if list.is_empty() => store.remove(&key),
            Some(text) => store.write_text(&key, &text),
            None => Err(Failure::Blocked),
        };
        match written {
            Ok(()) => {
                self.show_earlier(list);
                true
            }
            Err(failure) => {
                self.view.mode = Mode::Off(off(failure));
                false
            }
        }
    }

    pub(super) fn show_earlier(&mut self, list: &[progress::Progress]) {
        self.view.earlier = list.first().cloned().map(Rc::new);
        self.view.earlier_more = list.len().saturating_sub(1);
    }

    /// Keeps `progress` as the newest earlier progress, in front of what
    /// is kept already (read again: another tab may have added to it).
    pub(super) fn keep_earlier(&mut self, progress: &progress::Progress) -> bool {
        let list = progress::with_earlier(self.earlier_list(), progress.clone());
        self.store_earlier(&list)
    }

    /// Ends [`Off::Viewing`]: saving goes on, from what is on screen only
    /// once the reader changes something.
    ///
    /// [`Off::Viewing`]: progress::Off::Viewing
    pub(super) fn own(&mut self) {
        if self.view.mode == Mode::Off(Off::Viewing) {
            self.view.mode = Mode::On;
            self.unsaved = false;
        }
    }

    pub(super) fn remove_main(&mut self) {
        if let Some(store) = self.store {
            match store.remove(&self.key) {
                Ok(()) => self.known = None,
                Err(failure) => self.view.mode = Mode::Off(off(failure)),
            }
        }
    }

    /// Whether the key still holds what this widget last saw there; if not,
    /// saving stops until the reader decides.
    pub(super) fn check(&mut self) -> bool {
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

    pub(super) fn flush(&mut self) {
        self.timer = None;
        if let Some(offered) = self.view.offer.clone()
            && self.unsaved
            && self.view.mode == Mode::On
            && self.holder
        {
            // The reader works on without answering the offer: that is an
            // answer. Their work is saved, and the offered progress is kept
            // as the earlier one first, never written over.
            if !self.check() || !self.keep_earlier(&offered) {
                return;
            }
            self.view.offer = None;
        }
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
    pub(super) fn changed_elsewhere(&mut self, key: Option<String>) {
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

impl Inner {
    /// The widget that saved under this key went away while this one shared
    /// it: this one saves from now on. What the other one saved is kept as
    /// earlier progress first, so that this one's next write loses nothing.
    fn take_over(&mut self) {
        if !super::hold(&self.key) {
            return;
        }
        self.holder = true;
        if self.view.mode != Mode::Off(Off::Shared) {
            return;
        }
        self.view.mode = Mode::On;
        let raw = self.current();
        if let progress::Opened::Found { progress, stamp } = progress::open(raw.as_deref()) {
            if !self.keep_earlier(&progress) {
                return;
            }
            self.known = Some(stamp);
        }
        self.unsaved = self.latest.is_some();
        self.flush();
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.flush();
        if self.holder {
            let key = std::mem::take(&mut self.key);
            HELD.with_borrow_mut(|held| held.retain(|k| *k != key));
            // A widget sharing the key takes it over.
            let heir = LIVE
                .try_with(|live| {
                    let live = live.try_borrow().ok()?;
                    let mut open = live.iter().filter_map(std::rc::Weak::upgrade);
                    open.find(|cell| cell.try_borrow().is_ok_and(|i| !i.holder && i.key == key))
                })
                .ok()
                .flatten();
            if let Some(heir) = heir {
                super::update(&heir, Inner::take_over);
            }
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
pub(super) fn writer_name() -> String {
    // The random mantissa's bits, mixed with the clock's.
    let n = js_sys::Math::random().to_bits() ^ js_sys::Date::now().to_bits();
    format!("{n:x}")
}
