//! The profile's limits as checks, shared by the form and by import: each
//! returns the first [`Rule`] a value breaks.

use thiserror::Error;

use super::{MAX_ITEM, MAX_LINK};
use crate::domain::words::{Key, Words};

/// A broken rule and the path of the field in the file (`work_samples[2].link`).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{path}: {rule}")]
pub struct Problem {
    /// Where, as a path into the file.
    pub path: String,
    /// What is wrong.
    pub rule: Rule,
}

/// A limit a profile field breaks. The messages complete a sentence that
/// starts with the field's name or path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum Rule {
    /// Empty (after trimming spaces) where text is needed.
    #[error("needs some text")]
    Required,
    /// Longer than the limit, in characters.
    #[error("is longer than {0} characters")]
    TooLong(usize),
    /// More items than the limit.
    #[error("holds more than {0}")]
    TooMany(usize),
    /// The same item twice in one list.
    #[error("is already in the list")]
    Duplicate,
    /// A control character (a line break, a tab, …).
    #[error("contains a line break or another control character")]
    Control,
    /// Spaces before or after the text.
    #[error("starts or ends with a space")]
    Spaces,
    /// Not an http or https link.
    #[error("is not a link: only links starting with http:// or https:// are accepted")]
    Scheme,
    /// An http(s) link without a site name, or with spaces inside.
    #[error("is not a complete link (like https://example.org/work)")]
    Link,
    /// Text typed into a list's input but not added yet.
    #[error("has text in its box that is not added yet: press Enter to add it, or clear it")]
    Pending,
    /// Hours that were not accepted.
    #[error("is not a number of hours from 0 to 168")]
    Hours,
}

impl Rule {
    /// The broken rule as a whole sentence about `field` (a field's name or
    /// a path into the file), in `words`: "The headline needs some text."
    pub fn say(self, words: &Words, field: &str) -> String {
        let of = [("field", field)];
        let key = match self {
            Rule::TooLong(n) => {
                return words.count(Key::ProfileRuleTooLong, n as u64, &n.to_string(), &of);
            }
            Rule::TooMany(n) => {
                return words.count(Key::ProfileRuleTooMany, n as u64, &n.to_string(), &of);
            }
            Rule::Required => Key::ProfileRuleRequired,
            Rule::Duplicate => Key::ProfileRuleDuplicate,
            Rule::Control => Key::ProfileRuleControl,
            Rule::Spaces => Key::ProfileRuleSpaces,
            Rule::Scheme => Key::ProfileRuleScheme,
            Rule::Link => Key::ProfileRuleLink,
            Rule::Pending => Key::ProfileRulePending,
            Rule::Hours => Key::ProfileRuleHours,
        };
        words.fill(key, &of)
    }
}

fn too_long(text: &str, max: usize) -> bool {
    // `nth`, not `count()`: stops at the limit and keeps the wasm smaller.
    text.chars().nth(max).is_some()
}

fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// Checks one line of text: no control characters, no leading or trailing
/// spaces, at most `max` characters, and non-empty when `required`.
///
/// # Errors
/// The first [`Rule`] broken.
pub fn check_text(text: &str, max: usize, required: bool) -> Result<(), Rule> {
    if required && text.trim().is_empty() {
        Err(Rule::Required)
    } else if has_control(text) {
        Err(Rule::Control)
    } else if text.trim() != text {
        Err(Rule::Spaces)
    } else if too_long(text, max) {
        Err(Rule::TooLong(max))
    } else {
        Ok(())
    }
}

/// Checks a list length.
///
/// # Errors
/// [`Rule::TooMany`] above `max`.
pub fn check_count(len: usize, max: usize) -> Result<(), Rule> {
    if len > max {
        Err(Rule::TooMany(max))
    } else {
        Ok(())
    }
}

/// Checks a list item typed by the reader against the items before it, and
/// returns it trimmed.
///
/// # Errors
/// The first [`Rule`] broken: empty, control characters, too long, or a repeat
/// of an earlier item (ASCII case ignored).
pub fn check_item<'a>(item: &'a str, earlier: &[String]) -> Result<&'a str, Rule> {
    let item = item.trim();
    check_text(item, MAX_ITEM, true)?;
    if earlier.iter().any(|e| e.eq_ignore_ascii_case(item)) {
        return Err(Rule::Duplicate);
    }
    Ok(item)
}

/// Checks a work-sample link: empty, or `http://` / `https://` (any case)
/// followed by a site name, with no spaces or control characters anywhere and
/// at most [`MAX_LINK`] characters. `javascript:`, `data:`, `vbscript:` and
/// every other scheme are refused, however they are spelled or split.
///
/// # Errors
/// [`Rule::Scheme`], [`Rule::Link`], [`Rule::Spaces`] or [`Rule::TooLong`].
pub fn check_link(link: &str) -> Result<(), Rule> {
    if link.is_empty() {
        return Ok(());
    }
    if link.trim() != link {
        return Err(Rule::Spaces);
    }
    let lower_starts = |prefix: &str| {
        link.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    let rest = if lower_starts("https://") {
        &link[8..]
    } else if lower_starts("http://") {
        &link[7..]
    } else {
        return Err(Rule::Scheme);
    };
    let site = rest.split(['/', '?', '#']).next().unwrap_or("");
    let site_ok = !site.is_empty()
        && !site.starts_with(['.', ':'])
        && !site.contains('@')
        && site.chars().any(char::is_alphanumeric);
    if !site_ok || rest.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Rule::Link);
    }
    if too_long(link, MAX_LINK) {
        return Err(Rule::TooLong(MAX_LINK));
    }
    Ok(())
}
