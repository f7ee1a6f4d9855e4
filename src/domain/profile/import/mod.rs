//! Reading a profile file back: `serde_json` for the syntax and the shape,
//! `serde_path_to_error` for the path of a bad field, `serde_ignored` for the
//! fields this version does not know, and sentences a reader understands.
//!
//! # Reading policy
//! [`import`] refuses, with the path of the field and the problem, anything the
//! schema refuses — except **unknown fields, which are ignored and listed** in
//! [`Imported::ignored`] so the reader can be told. A file from a newer format
//! version is refused as a whole.

mod data_file;
mod errors;

pub use data_file::{Incoming, read_data_file};
pub use errors::{Foreign, ImportError, ParseError, Syntax, Why};

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::value::RawValue;

use super::document::{Document, VERSION};
use super::file::{Amount, Object, ProfileFile};
use crate::domain::options::QUOTED;
use crate::domain::words::{Key, Words};

/// The file's top-level fields, in the schema's order.
const PARTS: [&str; 12] = [
    "$schema",
    "version",
    "generated_at",
    "headline",
    "domains",
    "strengths",
    "credentials",
    "tools",
    "availability",
    "work_samples",
    "guide",
    "income",
];

/// The largest file [`import`] reads, in bytes; checked before reading.
pub const MAX_FILE_BYTES: u64 = 1_000_000;

/// How many unknown fields' paths an import keeps, to name in its message.
pub const MAX_IGNORED: usize = 20;
/// How many of them the message names; the rest are counted.
const NAMED_IGNORED: usize = 5;

/// A file read back, and the unknown fields that were ignored (as paths).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub document: Document,
    /// Paths of the first [`MAX_IGNORED`] fields this version does not
    /// know (they were skipped), each cut to a few dozen characters.
    pub ignored: Vec<String>,
    /// How many unknown fields there were in all.
    pub ignored_count: usize,
}

impl Imported {
    /// [`Imported::ignored_note_in`] in English (for logs and tests).
    pub fn ignored_note(&self) -> Option<String> {
        if self.ignored_count == 0 {
            return None;
        }
        let named: Vec<String> = self
            .ignored
            .iter()
            .take(NAMED_IGNORED)
            .map(|path| crate::domain::options::quoted(path))
            .collect();
        let more = self.ignored_count - named.len();
        let list = match more {
            0 => named.join(", "),
            1 => format!("{} and 1 more", named.join(", ")),
            n => format!("{} and {n} more", named.join(", ")),
        };
        Some(format!(
            "Fields this version does not know were ignored: {list}."
        ))
    }

    /// What the reader is told about the unknown fields, in `words`, if
    /// there were any: the first few paths, quoted with control and direction characters
    /// escaped and long names cut, then how many more. A file of 60,000
    /// unknown keys, or one 900 KB key name, still makes one short line.
    pub fn ignored_note_in(&self, words: &Words) -> Option<String> {
        if self.ignored_count == 0 {
            return None;
        }
        let named: Vec<String> = self
            .ignored
            .iter()
            .take(NAMED_IGNORED)
            .map(|path| quoted(words, path))
            .collect();
        let more = self.ignored_count - named.len();
        let list = named.join(words.get(Key::ProfileListSeparator));
        let list = match more {
            0 => list,
            n => words.count(
                Key::ProfileIgnoredMore,
                n as u64,
                &n.to_string(),
                &[("fields", &list)],
            ),
        };
        Some(words.fill(Key::ProfileIgnored, &[("fields", &list)]))
    }
}

/// A path quoted as [`crate::domain::options::quoted`] quotes it (control,
/// direction and invisible characters escaped), cut after [`QUOTED`]
/// characters with the length said in `words`.
fn quoted(words: &Words, path: &str) -> String {
    let shown: String = path.chars().take(QUOTED).collect();
    let count = path.chars().count();
    if count > QUOTED {
        words.count(
            Key::ProfileIgnoredCut,
            count as u64,
            &count.to_string(),
            &[("name", &format!("{shown:?}"))],
        )
    } else {
        format!("{shown:?}")
    }
}

/// An [`ImportError::Invalid`].
pub(crate) fn invalid(path: impl Into<String>, why: Why) -> ImportError {
    ImportError::Invalid {
        path: path.into(),
        why,
    }
}

/// Refuses a file by its size, before it is read.
///
/// # Errors
/// [`ImportError::Empty`] for 0 bytes, [`ImportError::TooBig`] above [`MAX_FILE_BYTES`].
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    match bytes {
        0 => Err(ImportError::Empty),
        n if n > MAX_FILE_BYTES => Err(ImportError::TooBig(n)),
        _ => Ok(()),
    }
}

/// Reads a profile file. See the module docs for the policy.
///
/// # Errors
/// The first problem found, as an [`ImportError`] naming the field's path.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    check_size(text.len() as u64)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_ascii().is_empty() {
        return Err(ImportError::Empty);
    }
    // First the syntax, with line and column: nesting, then the grammar
    // (serde_json skips values without recursing, so depth is checked apart).
    if let Some((line, column)) = too_deep(text) {
        return Err(ImportError::NotJson(ParseError {
            what: Syntax::TooDeep,
            line,
            column,
        }));
    }
    serde_json::from_str::<IgnoredAny>(text)
        .map_err(|e| ImportError::NotJson(ParseError::new(text, &e)))?;
    check_envelope(text)?;
    // Then the typed read, from the text itself: amounts keep their exact
    // digits and a repeated field is refused.
    let (mut ignored, mut ignored_count) = (Vec::new(), 0);
    let mut note = |path: serde_ignored::Path| {
        ignored_count += 1;
        if ignored.len() < MAX_IGNORED {
            let mut path = ignored_path(&path);
            if let Some((end, _)) = path.char_indices().nth(crate::domain::options::QUOTED + 1) {
                path.truncate(end);
            }
            ignored.push(path);
        }
    };
    let mut json = serde_json::Deserializer::from_str(text);
    let file: Result<Object<ProfileFile>, _> =
        serde_path_to_error::deserialize(serde_ignored::Deserializer::new(&mut json, &mut note));
    let file = file.map_err(|e| shape_error(text, e))?;
    let document = Document::try_from(file.0)?;
    // Grouped by the part of the profile they sit in, in the schema's order;
    // unknown top-level fields last.
    ignored.sort_by_key(|path| {
        let part = path.split(['.', '[']).next().unwrap_or("");
        PARTS.iter().position(|p| *p == part).unwrap_or(PARTS.len())
    });
    Ok(Imported {
        document,
        ignored,
        ignored_count,
    })
}

/// The deepest nesting of lists and objects a file may have (`serde_json`'s own limit).
pub const MAX_DEPTH: usize = 128;

/// Where `text` first nests lists and objects deeper than [`MAX_DEPTH`], as a
/// 1-based line and column; `None` when it never does. Brackets inside
/// strings do not count.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let (mut depth, mut line, mut line_start) = (0usize, 1, 0);
    let (mut in_string, mut escaped) = (false, false);
    for (i, b) in text.bytes().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some((line, i - line_start + 1));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
    }
    None
}

/// The JSON type of the value whose text starts with `first`, in words.
fn kind(first: Option<u8>) -> &'static str {
    match first {
        Some(b'"') => "text",
        Some(b'n') => "null",
        Some(b't' | b'f') => "true or false",
        Some(b'[') => "a list",
        Some(b'{') => "an object",
        _ => "a number",
    }
}

/// Just enough of a file to tell whether it is a profile, and of which version.
#[derive(Deserialize)]
struct Envelope {
    #[serde(rename = "$schema")]
    schema: Option<Box<RawValue>>,
    version: Option<Box<RawValue>>,
}

/// Is this a profile, and of a version this code reads? `text` is valid JSON.
fn check_envelope(text: &str) -> Result<(), ImportError> {
    let first = text.trim_ascii_start().bytes().next();
    if first != Some(b'{') {
        return Err(ImportError::Foreign(Foreign::NotObject(kind(first))));
    }
    let envelope: Envelope = serde_json::from_str(text).map_err(|e| {
        let field = message(&e)
            .strip_prefix("duplicate field `")
            .and_then(|f| f.strip_suffix('`'))
            .unwrap_or("version")
            .to_owned();
        invalid(field, Why::Repeated)
    })?;
    let schema = envelope
        .schema
        .ok_or(ImportError::Foreign(Foreign::NoSchema))?;
    let named = serde_json::from_str::<String>(schema.get())
        .ok()
        .and_then(|s| {
            s.rsplit('/')
                .next()
                .and_then(|n| n.strip_prefix("skill-profile.v"))
                .and_then(|n| n.strip_suffix(".schema.json"))
                .and_then(|n| n.parse::<u64>().ok())
        })
        .ok_or(ImportError::Foreign(Foreign::OtherSchema))?;
    let version = envelope
        .version
        .ok_or(ImportError::Foreign(Foreign::NoVersion))?;
    let found = kind(version.get().bytes().next());
    if found != "a number" {
        return Err(invalid(
            "version",
            Why::Type {
                expected: "a number",
                found,
            },
        ));
    }
    let version = serde_json::from_str::<Amount>(version.get())
        .ok()
        .and_then(|n| n.hundredths(u64::MAX).ok())
        .filter(|n| n % 100 == 0)
        .map_or(0, |n| n / 100);
    if version.max(named) > VERSION {
        return Err(ImportError::Newer(version.max(named)));
    }
    if version != VERSION || named != VERSION {
        return Err(invalid("version", Why::OneOf("1")));
    }
    Ok(())
}

/// `serde_json`'s message without its " at line L column C".
pub(super) fn message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let at = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&at).unwrap_or(&text).to_owned()
}

/// A wrong type, a missing or a repeated field, in the reader's words. These
/// are the only messages serde produces for the file's types; anything else
/// is a syntax error the first pass would have caught.
fn shape_error(text: &str, e: serde_path_to_error::Error<serde_json::Error>) -> ImportError {
    let path = e.path().to_string();
    let inner = e.into_inner();
    if inner.classify() != serde_json::error::Category::Data {
        return ImportError::NotJson(ParseError::new(text, &inner));
    }
    let message = message(&inner);
    let child = |field: &str| {
        if path == "." {
            field.to_owned()
        } else {
            format!("{path}.{field}")
        }
    };
    let field = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('`'))
            .and_then(|rest| rest.strip_suffix('`'))
            .map(child)
    };
    if let Some(at) = field("missing field ") {
        return invalid(at, Why::Missing);
    }
    if let Some(at) = field("duplicate field ") {
        return invalid(at, Why::Repeated);
    }
    let (found, expected) = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.rsplit_once(", expected "))
        .unwrap_or(("", ""));
    invalid(
        path,
        Why::Type {
            expected: match expected {
                "a string" => "text",
                "a sequence" => "a list",
                "a number" => "a number",
                _ => "an object",
            },
            found: match found.split([' ', '`']).next().unwrap_or("") {
                "string" => "text",
                "integer" | "floating" => "a number",
                "boolean" => "true or false",
                "sequence" => "a list",
                "map" => "an object",
                _ => "null",
            },
        },
    )
}

/// `work_samples[0].stars`, the way every other path in a message reads.
fn ignored_path(path: &serde_ignored::Path) -> String {
    match path {
        serde_ignored::Path::Root => String::new(),
        serde_ignored::Path::Seq { parent, index } => format!("{}[{index}]", ignored_path(parent)),
        serde_ignored::Path::Map { parent, key } => {
            let parent = ignored_path(parent);
            if parent.is_empty() {
                key.clone()
            } else {
                format!("{parent}.{key}")
            }
        }
        serde_ignored::Path::Some { parent }
        | serde_ignored::Path::NewtypeStruct { parent }
        | serde_ignored::Path::NewtypeVariant { parent } => ignored_path(parent),
    }
}
