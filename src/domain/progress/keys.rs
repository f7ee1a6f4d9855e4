//! The storage keys: named by the host, or the page's own.

use thiserror::Error;

use super::KEY_PREFIX;

/// What a `storage-key` option may be: 1 to [`MAX_KEY`] characters, none of them a
/// control character.
pub const MAX_KEY: usize = 100;

/// Why a `storage-key` option was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum KeyError {
    /// Longer than [`MAX_KEY`] characters.
    #[error("is longer than 100 characters")]
    TooLong,
    /// Holds a control character.
    #[error("holds a control character")]
    Control,
}

/// The storage key for a `storage-key` option (trimmed; blank means none).
///
/// # Errors
/// [`KeyError`] when the option cannot name a key.
pub fn named_key(option: &str) -> Result<Option<String>, KeyError> {
    let name = option.trim();
    if name.is_empty() {
        Ok(None)
    } else if name.chars().nth(MAX_KEY).is_some() {
        Err(KeyError::TooLong)
    } else if name.chars().any(char::is_control) {
        Err(KeyError::Control)
    } else {
        Ok(Some(format!("{KEY_PREFIX}{name}")))
    }
}

/// The storage key of a widget without a `storage-key`: its page (path and
/// query, so two differently set-up frames of one page differ) and its place
/// among such widgets on the page (1 for the first).
pub fn page_key(path_and_query: &str, nth: u32) -> String {
    format!("{KEY_PREFIX}page:{path_and_query}#{nth}")
}

/// Where an unreadable value under `key` is kept aside.
pub fn aside_key(key: &str) -> String {
    format!("{key}:unreadable")
}
