//! Saved progress on the reader's device: `localStorage` through [`Store`]
//! (`web_sys::Storage`, which never panics), the debounce through gloo-timers,
//! and the page's `pagehide`, `visibilitychange` and `storage` events through
//! gloo-events, all removed with the widget. What is saved, what a stored
//! value means and whether a write may go ahead are decided in
//! `domain::progress`; this only moves text.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use yew::Callback;

mod inner;
mod listen;
mod store;

use inner::writer_name;
pub use store::{Failure, Store};

use crate::domain::progress::{self, KeyName, Mode, Off, Opened, Progress, SaveView, Stamp};

/// How long the reader may pause before their progress is written.
const DEBOUNCE_MS: u32 = 600;

thread_local! {
    /// The keys running widgets save under: a second widget with the same key
    /// would overwrite the first one's work (`storage` events only reach other tabs).
    static HELD: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// Every open saver, for [`rescue`] after a panic.
    static LIVE: RefCell<Vec<Weak<RefCell<Inner>>>> = const { RefCell::new(Vec::new()) };
}

/// What a widget that stopped can still give the reader: see [`rescue`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rescued {
    /// The reader's latest progress as a saved value (JSON), if they did
    /// anything at all.
    pub text: Option<String>,
    /// That progress is in this browser's storage, to resume after a reload.
    pub stored: bool,
}

/// The latest progress of the widget `owner` (its instance name), written to storage
/// first if the saving rules allow it. Called from the panic hook: it never
/// panics and never notifies the widget (which no longer runs), and a saver
/// busy at the moment of the panic gives nothing.
pub fn rescue(owner: &str) -> Rescued {
    let none = Rescued {
        text: None,
        stored: false,
    };
    let Ok(Some(cell)) = LIVE.try_with(|live| {
        let live = live.try_borrow().ok()?;
        let mut open = live.iter().filter_map(Weak::upgrade);
        open.find(|inner| inner.try_borrow().is_ok_and(|i| i.owner == owner))
    }) else {
        return none;
    };
    let Ok(mut inner) = cell.try_borrow_mut() else {
        return none;
    };
    inner.flush();
    let Some(latest) = inner.latest.as_ref() else {
        return none;
    };
    let stamp = inner.known.clone().unwrap_or_else(|| Stamp {
        writer: inner.writer.clone(),
        seq: inner.seq,
    });
    Rescued {
        text: serde_json::to_string(&progress::Envelope::new(latest, stamp)).ok(),
        stored: !inner.unsaved && inner.view.mode == Mode::On,
    }
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
    /// The widget saving (its instance name), for [`rescue`].
    owner: String,
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
    /// Opens the key `name` gives for the widget `owner`: reads what is
    /// saved there, keeps an unreadable value aside, and starts listening to
    /// the page. `notify` hears of every change to [`Saver::view`].
    ///
    /// A page's own key takes the first slot no running widget holds, so a
    /// widget removed and added again saves where it did before; a host's
    /// name is one key, and a second widget on it only shares it.
    ///
    /// `viewing`: the widget opens on someone else's shared result, which is
    /// not saved (see [`Off::Viewing`]) until [`Saver::own`].
    pub fn open(name: &KeyName, owner: &str, viewing: bool, notify: Callback<()>) -> Saver {
        let slot = if name.has_slots() {
            HELD.with_borrow(|held| {
                // One more slot than keys held: one of them is free.
                let last = u32::try_from(held.len()).unwrap_or(u32::MAX - 1) + 1;
                (1..=last)
                    .find(|&n| !held.contains(&name.key(n)))
                    .unwrap_or(last)
            })
        } else {
            1
        };
        let key = name.key(slot);
        let holder = hold(&key);
        let mut inner = Inner {
            key,
            owner: owner.to_owned(),
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
        inner.start(&name.moves(slot));
        if viewing && matches!(inner.view.mode, Mode::On) {
            inner.view.mode = Mode::Off(Off::Viewing);
        }
        let saver = Saver(Rc::new(RefCell::new(inner)));
        LIVE.with_borrow_mut(|live| {
            live.retain(|w| w.strong_count() > 0);
            live.push(Rc::downgrade(&saver.0));
        });
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
        self.update(|inner| {
            inner.view.offer = None;
            inner.own();
        });
    }

    /// The reader takes the guide themselves after looking at a shared
    /// result: what they do from now on is saved.
    pub fn own(&self) {
        self.update(Inner::own);
    }

    /// The reader declined the offered progress: it is removed, and what
    /// they do from now on is saved instead.
    pub fn start_over(&self) {
        self.update(|inner| {
            inner.view.offer = None;
            inner.own();
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

    /// The newest earlier progress, to load instead of the reader's current
    /// work, which is kept as the newest earlier one in its place (nothing
    /// is lost by switching back and forth).
    pub fn switch_to_earlier(&self) -> Option<Progress> {
        let mut taken = None;
        self.update(|inner| {
            inner.flush();
            let mut list = inner.earlier_list();
            if list.is_empty() {
                inner.show_earlier(&list);
                return;
            }
            let earlier = list.remove(0);
            if let Some(latest) = inner.latest.clone() {
                list = progress::with_earlier(list, latest);
            }
            if inner.store_earlier(&list) {
                taken = Some(earlier);
            }
        });
        taken
    }

    /// Keeps `progress` as the newest earlier progress: what an import, or
    /// its undo, replaced.
    pub fn keep_aside(&self, progress: &Progress) {
        self.update(|inner| {
            if inner.holder && inner.view.mode != Mode::Off(Off::Viewing) {
                inner.keep_earlier(progress);
            }
        });
    }

    /// Deletes the newest earlier progress (older ones stay).
    pub fn drop_earlier(&self) {
        self.update(|inner| {
            let mut list = inner.earlier_list();
            if !list.is_empty() {
                list.remove(0);
            }
            inner.store_earlier(&list);
        });
    }

    /// Removes every key this widget wrote and stops saving for this visit.
    pub fn forget(&self) {
        self.update(|inner| {
            inner.timer = None;
            if let Some(store) = inner.store {
                let _ = store.remove(&inner.key);
                let _ = store.remove(&progress::aside_key(&inner.key));
                let _ = store.remove(&progress::earlier_key(&inner.key));
            }
            inner.known = None;
            inner.aside_text = None;
            inner.view.aside = None;
            inner.view.earlier = None;
            inner.view.earlier_more = 0;
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
}

/// Takes `key` for the widget about to save under it; `false` when another
/// running widget holds it already.
fn hold(key: &str) -> bool {
    HELD.with_borrow_mut(|held| {
        let free = !held.iter().any(|k| k == key);
        if free {
            held.push(key.to_owned());
        }
        free
    })
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
