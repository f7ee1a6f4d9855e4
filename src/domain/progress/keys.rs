//! The storage keys: named by the host, or the page's own.
//!
//! Two namespaces that can never meet: every key a host names starts with
//! `skillpath:` ([`KEY_PREFIX`]), and every key the widget names itself (a
//! page's own key, a value kept aside, the storage probe) starts with
//! `skillpath.` ([`OWN_PREFIX`]). Whatever text a host chooses, its key is
//! never one of the widget's own.

use thiserror::Error;

use super::KEY_PREFIX;

/// Where every key the widget names itself starts.
pub const OWN_PREFIX: &str = "skillpath.";

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

/// Where a widget saves: under the host's name, or under its page's own key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyName {
    /// The host's `storage-key` (checked, trimmed).
    Named(String),
    /// No name: the page's own key, from the page's path alone. The query and
    /// the fragment are left out: they change between two visits of one page
    /// (a campaign tag, a share link, a single-page site's state).
    Page {
        /// The page's path.
        path: String,
        /// The page's query (`?…`), only to find progress an earlier
        /// Skillpath saved under a key that held it.
        query: String,
    },
}

impl KeyName {
    /// The key for a `storage-key` option (trimmed; blank means none).
    ///
    /// # Errors
    /// [`KeyError`] when the option cannot name a key.
    pub fn named(option: &str) -> Result<Option<KeyName>, KeyError> {
        let name = option.trim();
        if name.is_empty() {
            Ok(None)
        } else if name.chars().nth(MAX_KEY).is_some() {
            Err(KeyError::TooLong)
        } else if name.chars().any(char::is_control) {
            Err(KeyError::Control)
        } else {
            Ok(Some(KeyName::Named(name.to_owned())))
        }
    }

    /// Whether widgets under this name are told apart by a slot: the page's
    /// first unnamed widget, its second… A host's name means one shared key.
    pub fn has_slots(&self) -> bool {
        matches!(self, KeyName::Page { .. })
    }

    /// The key itself; `slot` (from 1) counts the page's unnamed widgets that
    /// run at the same time, so a widget removed and added again (a
    /// single-page site's route change) takes its old key back.
    pub fn key(&self, slot: u32) -> String {
        match self {
            KeyName::Named(name) => format!("{KEY_PREFIX}{name}"),
            KeyName::Page { path, .. } => format!("{OWN_PREFIX}page:{path}#{slot}"),
        }
    }

    /// Where earlier versions of Skillpath kept what now belongs under
    /// [`KeyName::key`] and [`aside_key`] of it: pairs of (old key, new key),
    /// moved once when the new key is empty.
    pub fn moves(&self, slot: u32) -> Vec<(String, String)> {
        let key = self.key(slot);
        let aside = aside_key(&key);
        match self {
            KeyName::Named(_) => vec![(format!("{key}:unreadable"), aside)],
            KeyName::Page { path, query } => {
                let old = format!("{KEY_PREFIX}page:{path}{query}#{slot}");
                vec![(format!("{old}:unreadable"), aside), (old, key)]
            }
        }
    }
}

/// The storage key for a `storage-key` option (trimmed; blank means none).
///
/// # Errors
/// [`KeyError`] when the option cannot name a key.
pub fn named_key(option: &str) -> Result<Option<String>, KeyError> {
    Ok(KeyName::named(option)?.map(|name| name.key(1)))
}

/// Where an unreadable value under `key` is kept aside.
pub fn aside_key(key: &str) -> String {
    format!("{OWN_PREFIX}aside:{key}")
}

/// Where earlier progress under `key` is kept while the reader works on
/// without having resumed it.
pub fn earlier_key(key: &str) -> String {
    format!("{OWN_PREFIX}earlier:{key}")
}

/// The key written and removed to learn whether storage works.
pub fn probe_key() -> String {
    format!("{OWN_PREFIX}probe")
}
