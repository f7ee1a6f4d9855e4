//! The widget's entry point on the page, above everything else: [`Widget`]
//! (what `skillpath.js` and `mount()` start), the [`Options`] a host sets, and
//! the [`Host`] element its events go to. Only this module starts the root
//! component; the views below never reach up into it.

#![warn(missing_docs)]

mod host;
mod language;
mod options;
mod widget;

pub use host::Host;
pub use options::Options;
pub use widget::Widget;

/// Why the widget could not be mounted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MountError {
    /// The guide content failed its checks; the host shows the message instead.
    #[error("The decision guide could not start: its content has a problem: {0}.")]
    Content(#[from] crate::domain::guide::ContentError),
}

impl MountError {
    /// What the page shows in the widget's place, in `words` (the content's
    /// own problem stays in English: it is for the site's developer).
    pub fn say(&self, words: &crate::domain::words::Words) -> String {
        match self {
            MountError::Content(problem) => words.fill(
                crate::domain::words::Key::AppMountFailed,
                &[("problem", &problem.to_string())],
            ),
        }
    }
}
