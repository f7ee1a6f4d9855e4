//! What Import takes: a profile file, or the reader's own saved progress (the
//! error screen's "Download my data"), told apart by the progress format's
//! marker, so that each gets the messages that fit it.

use super::{ImportError, Imported, import};
use crate::domain::progress::{self, Opened, Progress, Unreadable};

/// A file read for Import.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// A profile file.
    Profile(Imported),
    /// Saved progress: the guide, the scenarios and the profile form as left.
    Progress(Progress),
}

/// Reads a chosen or dropped file: saved progress comes back whole; a file
/// that says it is Skillpath progress but cannot be read says why; anything
/// else is read as a profile file.
///
/// # Errors
/// Newer or damaged progress, or the profile reader's [`ImportError`].
pub fn read_data_file(text: &str) -> Result<Incoming, ImportError> {
    match progress::open(Some(text)) {
        Opened::Found { progress, .. } => Ok(Incoming::Progress(*progress)),
        Opened::Newer(version) => Err(ImportError::NewerProgress(version)),
        Opened::Unreadable(why @ Unreadable::Shape { .. }) => {
            Err(ImportError::DamagedProgress(why))
        }
        Opened::Nothing | Opened::Unreadable(_) => import(text).map(Incoming::Profile),
    }
}
