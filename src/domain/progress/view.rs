//! What the widget shows about saving: whether it saves, and if not, why, in
//! words for the reader.

use super::{Opened, Progress, Stamp, Unreadable};
use crate::domain::words::{Key, Words};

/// Why a widget does not save on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Off {
    /// The browser refuses storage here (blocked, disabled, a private mode).
    Blocked,
    /// The site's storage is full.
    Full,
    /// The key holds progress from a newer Skillpath, left untouched.
    Newer(u32),
    /// Another widget on this page saves under the same key.
    Shared,
    /// The reader asked to forget their data.
    Forgotten,
    /// The widget shows someone else's shared result: that is not the
    /// reader's work, so nothing is saved until they take the guide
    /// themselves (or resume their own progress).
    Viewing,
}

impl Off {
    /// What the widget says about it, once, in `words`.
    pub fn say(&self, words: &Words) -> String {
        let lasts = [("lasts", words.get(Key::SavedOffLasts))];
        match self {
            Off::Blocked => words.fill(Key::SavedOffBlocked, &lasts),
            Off::Full => words.fill(Key::SavedOffFull, &lasts),
            Off::Newer(v) => {
                words.fill(Key::SavedOffNewer, &[("version", &v.to_string()), lasts[0]])
            }
            Off::Shared => words.fill(Key::SavedOffShared, &lasts),
            Off::Viewing => words.get(Key::SavedOffViewing).to_owned(),
            Off::Forgotten => words.get(Key::SavedOffForgotten).to_owned(),
        }
    }

    /// [`Off::say`] in English, for logs and tests.
    pub fn message(&self) -> String {
        const LASTS: &str = "Your work here lasts until you leave the page; \
                             Download JSON in the skill profile still keeps a copy.";
        match self {
            Off::Blocked => format!(
                "This browser does not let the page keep data, so your progress cannot be saved here. {LASTS}"
            ),
            Off::Full => format!(
                "This browser's storage for the site is full, so your latest changes are not saved on this device. {LASTS}"
            ),
            Off::Newer(v) => format!(
                "Progress on this device was saved by a newer version of Skillpath (format {v}); \
                 this page runs an older one, so it leaves that progress untouched and does not save. {LASTS}"
            ),
            Off::Shared => format!(
                "Another Skillpath on this page saves its progress under the same storage key, \
                 so this one is sharing that saved progress and does not overwrite it. {LASTS}"
            ),
            Off::Viewing => "This is a shared result, not your own, so nothing here is saved and \
                             your own progress on this device stays as it was. Take the guide \
                             yourself to start saving your answers."
                .to_owned(),
            Off::Forgotten => "Your saved progress is removed from this device, and nothing more \
                               is saved during this visit. What is on screen stays until you leave the page."
                .to_owned(),
        }
    }
}

/// What another tab or widget did to the key since this widget last read or wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elsewhere {
    /// Saved newer progress there.
    Written,
    /// Removed it ("Forget my data" in another tab).
    Removed,
}

/// Whether the widget saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Saves as the reader works.
    On,
    /// Does not save, for this reason.
    Off(Off),
    /// Waits for the reader: the key changed elsewhere, and saving now would
    /// overwrite that change.
    Changed(Elsewhere),
}

/// What the widget shows about saving.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveView {
    /// Whether it saves.
    pub mode: Mode,
    /// Saved progress found on opening, until the reader resumes, starts
    /// over, or works on: their first change then keeps it as [`SaveView::earlier`].
    pub offer: Option<std::rc::Rc<Progress>>,
    /// Earlier progress kept aside because the reader worked on without
    /// taking it back, until they switch to it or delete it.
    pub earlier: Option<std::rc::Rc<Progress>>,
    /// How many older ones are kept behind it.
    pub earlier_more: usize,
    /// Why an unreadable saved value was put aside (it can be downloaded).
    pub aside: Option<Unreadable>,
    /// Whether this visit has saved anything yet.
    pub saved: bool,
}

impl SaveView {
    /// Saving, with nothing found.
    pub fn on() -> Self {
        SaveView {
            mode: Mode::On,
            offer: None,
            earlier: None,
            earlier_more: 0,
            aside: None,
            saved: false,
        }
    }

    /// Whether a write may happen now.
    pub fn writes(&self) -> bool {
        self.mode == Mode::On && self.offer.is_none()
    }
}

/// What opening a key means for the widget: its first view, the stamp it
/// found (writes are checked against it), and whether the value it found
/// must be kept aside before anything else is written there.
pub fn start(opened: Opened, shared: bool) -> (SaveView, Option<Stamp>, bool) {
    let mut view = SaveView::on();
    if shared {
        view.mode = Mode::Off(Off::Shared);
    }
    match opened {
        Opened::Nothing => (view, None, false),
        Opened::Found { progress, stamp } => {
            view.offer = Some(std::rc::Rc::new(*progress));
            (view, Some(stamp), false)
        }
        Opened::Newer(v) => {
            if !shared {
                view.mode = Mode::Off(Off::Newer(v));
            }
            (view, None, false)
        }
        Opened::Unreadable(why) => {
            view.aside = Some(why);
            (view, None, !shared)
        }
    }
}
