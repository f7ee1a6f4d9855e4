//! What the profile section shows around the form: the status line, the box
//! to copy from when the browser refuses a download or a copy, the question
//! asked before an import replaces the reader's work, and the imports of this
//! visit to undo. One reducer, so that the section holds one handle.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::profile::document::Incoming;
use crate::state::import::Imports;

/// A file read for Import, and its name.
pub type Found = Rc<(String, Incoming)>;

/// What the status line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Nothing yet.
    #[default]
    Quiet,
    /// Something worked.
    Done(String),
    /// Something did not; nothing the reader typed was changed.
    Failed(String),
}

/// The JSON shown in a box to select by hand, and why it is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fallback {
    /// Why the file could not be saved or copied.
    pub why: String,
    /// The text to select.
    pub text: String,
}

/// The section's state beside the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Desk {
    pub status: Status,
    /// Whether the status is about an import, said beside Import (where
    /// the reader chose the file) rather than beside the download buttons.
    pub about_import: bool,
    pub fallback: Option<Fallback>,
    /// An import waiting for the reader's word, with the question asked.
    pub pending: Option<(Found, Rc<String>)>,
    pub imports: Imports,
}

/// What happens at the desk.
#[derive(Clone, Debug, PartialEq)]
pub enum DeskAction {
    /// Say this; the box stays as it is.
    Say(Status),
    /// Say this, and show (or take away) the box to copy from.
    SayWithBox(Status, Option<Fallback>),
    /// Ask before importing this file.
    Ask(Found, String),
    /// The reader keeps their work: the pending file is not imported, and
    /// the status line says this (that the file was not imported).
    Keep(String),
    /// An import or an undo was carried out (see [`Imports`]): say so, and
    /// keep the imports as they are now.
    Carried { said: String, imports: Imports },
    /// A file that could not be read: says this (its name and why).
    Refused(String),
}

impl Reducible for Desk {
    type Action = DeskAction;

    fn reduce(self: Rc<Self>, action: DeskAction) -> Rc<Self> {
        let mut desk = (*self).clone();
        desk.about_import = !matches!(action, DeskAction::Say(_) | DeskAction::SayWithBox(..));
        match action {
            DeskAction::Say(status) => desk.status = status,
            DeskAction::SayWithBox(status, fallback) => {
                desk.status = status;
                desk.fallback = fallback;
            }
            DeskAction::Ask(found, question) => {
                desk.status = Status::Quiet;
                desk.pending = Some((found, Rc::new(question)));
            }
            DeskAction::Keep(said) => {
                if desk.pending.take().is_some() {
                    desk.status = Status::Done(said);
                }
            }
            DeskAction::Carried { said, imports } => {
                desk.status = Status::Done(said);
                desk.pending = None;
                desk.imports = imports;
            }
            DeskAction::Refused(said) => {
                desk.pending = None;
                desk.status = Status::Failed(said);
            }
        }
        Rc::new(desk)
    }
}
