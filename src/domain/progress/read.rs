//! Reading what a key holds: ours or not, which version, readable or why not;
//! and the rule that decides whether a write may replace it.

use serde::Deserialize;
use thiserror::Error;

use super::{Envelope, FORMAT, MAX_SAVED, Progress, Stamp, VERSION};
use crate::domain::words::{Key, Words};

/// The fields every version has; read first to pick the reader.
#[derive(Deserialize)]
struct Head {
    format: String,
    version: u32,
    #[serde(default)]
    stamp: Option<Stamp>,
}

/// Why a saved value could not be read. It is then kept aside, not overwritten.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Unreadable {
    /// Larger than [`MAX_SAVED`].
    #[error("it is larger than anything this widget writes")]
    TooLarge,
    /// Not JSON.
    #[error("it is not valid JSON (line {line}, column {column})")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON, but not a Skillpath saved state (or its first fields are broken).
    #[error("it is not progress Skillpath saved")]
    Foreign,
    /// A Skillpath saved state with a missing, unknown or wrongly shaped
    /// field (line and column of the first).
    #[error("a field is not as Skillpath writes it (line {line}, column {column})")]
    Shape {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
}

impl Unreadable {
    /// Why, in `words`: a clause that follows "could not be read:" (the
    /// `Display` text is the same in English, for logs and tests).
    pub fn say(&self, words: &Words) -> String {
        match self {
            Unreadable::TooLarge => words.get(Key::SavedUnreadableTooLarge).to_owned(),
            Unreadable::Json { line, column } => words.fill(
                Key::SavedUnreadableJson,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            Unreadable::Foreign => words.get(Key::SavedUnreadableForeign).to_owned(),
            Unreadable::Shape { line, column } => words.fill(
                Key::SavedUnreadableShape,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
        }
    }
}

/// What a key held when the widget opened it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// Nothing saved.
    Nothing,
    /// Saved progress this version reads (migrated if it was older).
    Found {
        progress: Box<Progress>,
        /// Who wrote it last.
        stamp: Stamp,
    },
    /// A saved state written by a newer version of Skillpath: left untouched.
    Newer(u32),
    /// Something that cannot be read back.
    Unreadable(Unreadable),
}

/// Reads what a key held.
pub fn open(raw: Option<&str>) -> Opened {
    let Some(raw) = raw else {
        return Opened::Nothing;
    };
    if raw.len() > MAX_SAVED {
        return Opened::Unreadable(Unreadable::TooLarge);
    }
    let head = match serde_json::from_str::<Head>(raw) {
        Ok(head) => head,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Opened::Unreadable(Unreadable::Json {
                line: e.line(),
                column: e.column(),
            });
        }
        Err(_) => return Opened::Unreadable(Unreadable::Foreign),
    };
    if head.format != FORMAT || head.version == 0 {
        return Opened::Unreadable(Unreadable::Foreign);
    }
    if head.version > VERSION {
        return Opened::Newer(head.version);
    }
    match migrate(head.version, raw) {
        Ok((progress, stamp)) => Opened::Found {
            progress: Box::new(progress),
            stamp,
        },
        Err(e) => Opened::Unreadable(e),
    }
}

/// Reads version `version` (at most [`VERSION`]) and brings it up to date.
/// Each future version adds one step here that turns the one before it into
/// itself; the frozen samples in `tests/progress.rs` keep every step honest.
fn migrate(version: u32, raw: &str) -> Result<(Progress, Stamp), Unreadable> {
    debug_assert!((1..=VERSION).contains(&version));
    // No field path (serde_path_to_error, as the profile import uses): a
    // reader cannot mend a saved state by hand, and it would cost the
    // download a copy of every visitor below.
    let env: Envelope<Progress> = serde_json::from_str(raw).map_err(|e| Unreadable::Shape {
        line: e.line(),
        column: e.column(),
    })?;
    Ok((env.progress, env.stamp))
}

/// The stamp of a stored value: `None` for a value with none (unreadable, or
/// not ours).
pub fn stamp_of(raw: &str) -> Option<Stamp> {
    serde_json::from_str::<Head>(raw).ok()?.stamp
}

/// Whether a write may replace what the key holds now (`current`), given the
/// stamp this widget last read or wrote there (`known`, `None` if it found the
/// key empty). Anything else means another tab or widget wrote (or removed)
/// it since: a write would silently overwrite newer work.
pub fn may_write(known: Option<&Stamp>, current: Option<&str>) -> bool {
    match (known, current) {
        (None, None) => true,
        (Some(known), Some(raw)) => stamp_of(raw).as_ref() == Some(known),
        _ => false,
    }
}
