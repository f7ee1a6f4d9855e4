//! Why an import was refused, in sentences a reader understands.

use thiserror::Error;

use super::{MAX_DEPTH, message};
use crate::domain::profile::Rule;
use crate::domain::progress::{self, Unreadable};
use crate::domain::words::{Key, Words};

/// Every outcome's id, as messages list them (a test keeps it equal to
/// [`crate::domain::guide::Outcome::ALL`]; a constant costs the download
/// nothing, a join at run time does).
const OUTCOME_IDS: &str = "generalist, specialist, t-shaped, pi-shaped, comb-shaped";
/// Every work-sample type's id, kept equal to [`crate::domain::profile::SampleKind::ALL`] the same way.
const SAMPLE_KIND_IDS: &str =
    "rubric, benchmark, adversarial-test-plan, report, code, article, other";

/// Why a file cannot be imported. `Display` writes whole sentences in
/// English (for logs and tests); [`ImportError::say`] writes them in the
/// reader's words.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    /// Larger than [`MAX_FILE_BYTES`].
    #[error("The file is {0} bytes; a profile file is at most 1 MB.")]
    TooBig(u64),
    /// Nothing in it.
    #[error("The file is empty.")]
    Empty,
    /// The browser could not read it as text.
    #[error("The file could not be read as text.")]
    Unreadable,
    /// Not JSON at all.
    #[error("The file is not JSON: {0}.")]
    NotJson(ParseError),
    /// JSON, but some other document.
    #[error("This is not a Skillpath profile: {0}.")]
    Foreign(Foreign),
    /// A profile from a newer format version.
    #[error(
        "This profile was saved by a newer Skillpath (format version {0}); this one reads version 1."
    )]
    Newer(u64),
    /// Saved progress from a newer format version.
    #[error(
        "This file holds progress saved by a newer Skillpath (format version {0}); this one reads version {reads}.",
        reads = progress::VERSION
    )]
    NewerProgress(u32),
    /// A file marked as Skillpath progress that cannot be read back.
    #[error("This file holds Skillpath progress, but {0}.")]
    DamagedProgress(Unreadable),
    /// A field breaks the schema.
    #[error("{path} {why}.")]
    Invalid {
        /// Where, as a path into the file.
        path: String,
        /// What is wrong.
        why: Why,
    },
}

impl ImportError {
    /// The refusal as whole sentences in `words`.
    pub fn say(&self, words: &Words) -> String {
        let key = match self {
            ImportError::TooBig(n) => {
                return words.count(Key::ProfileErrorTooBig, *n, &n.to_string(), &[]);
            }
            ImportError::NotJson(e) => {
                return words.fill(Key::ProfileErrorNotJson, &[("why", &e.say(words))]);
            }
            ImportError::Foreign(why) => {
                return words.fill(Key::ProfileErrorForeign, &[("why", &why.say(words))]);
            }
            ImportError::Newer(version) => {
                let reads = super::VERSION.to_string();
                return words.fill(
                    Key::ProfileErrorNewer,
                    &[("version", &version.to_string()), ("reads", &reads)],
                );
            }
            ImportError::NewerProgress(version) => {
                let reads = progress::VERSION.to_string();
                return words.fill(
                    Key::ProfileErrorNewerProgress,
                    &[("version", &version.to_string()), ("reads", &reads)],
                );
            }
            ImportError::DamagedProgress(why) => return damaged(words, why),
            ImportError::Invalid { path, why } => return why.say(words, path),
            ImportError::Empty => Key::ProfileErrorEmpty,
            ImportError::Unreadable => Key::ProfileErrorUnreadable,
        };
        words.get(key).to_owned()
    }
}

/// "This file holds Skillpath progress, but …", in `words`.
fn damaged(words: &Words, why: &Unreadable) -> String {
    let (key, line, column) = match why {
        Unreadable::TooLarge => return words.get(Key::ProfileErrorProgressTooLarge).to_owned(),
        Unreadable::Foreign => return words.get(Key::ProfileErrorProgressForeign).to_owned(),
        Unreadable::Json { line, column } => (Key::ProfileErrorProgressJson, *line, *column),
        Unreadable::Shape { line, column } => (Key::ProfileErrorProgressShape, *line, *column),
    };
    words.fill(
        key,
        &[("line", &line.to_string()), ("column", &column.to_string())],
    )
}

/// Why a text is not JSON, in words (`serde_json`'s own messages are terse).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Syntax {
    /// The text ended in the middle of a value.
    #[error("the file ends too early")]
    End,
    /// A character that cannot start or continue a value here (`NaN`, a
    /// single quote, a comma before a closing bracket).
    #[error("unexpected “{0}”")]
    Unexpected(char),
    /// A number that breaks JSON's grammar (`01`, `1.`, `-`) or no number can hold.
    #[error("a number is badly written or too large")]
    Number,
    /// A backslash escape JSON does not have, or a broken `\u` escape.
    #[error("a string has a bad escape")]
    Escape,
    /// A raw control character (such as a line break) inside a string.
    #[error("a string contains a raw control character")]
    Control,
    /// Nested deeper than [`MAX_DEPTH`] levels.
    #[error("lists and objects are nested more than {MAX_DEPTH} levels deep")]
    TooDeep,
    /// More text after the value.
    #[error("there is more text after the end of the JSON")]
    Trailing,
}

impl Syntax {
    /// The problem in `words`, to go on after "The file is not JSON:".
    pub fn say(&self, words: &Words) -> String {
        let key = match self {
            Syntax::Unexpected(c) => {
                return words.fill(Key::ProfileSyntaxUnexpected, &[("char", &c.to_string())]);
            }
            Syntax::TooDeep => {
                return words.count(
                    Key::ProfileSyntaxTooDeep,
                    MAX_DEPTH as u64,
                    &MAX_DEPTH.to_string(),
                    &[],
                );
            }
            Syntax::End => Key::ProfileSyntaxEnd,
            Syntax::Number => Key::ProfileSyntaxNumber,
            Syntax::Escape => Key::ProfileSyntaxEscape,
            Syntax::Control => Key::ProfileSyntaxControl,
            Syntax::Trailing => Key::ProfileSyntaxTrailing,
        };
        words.get(key).to_owned()
    }
}

/// A [`Syntax`] problem and where it is (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{what} (line {line}, column {column})")]
pub struct ParseError {
    pub what: Syntax,
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

impl ParseError {
    /// The problem and where it is, in `words`.
    pub fn say(&self, words: &Words) -> String {
        words.fill(
            Key::ProfileJsonAt,
            &[
                ("what", &self.what.say(words)),
                ("line", &self.line.to_string()),
                ("column", &self.column.to_string()),
            ],
        )
    }

    /// Words for `serde_json`'s syntax error `e` in `text`.
    pub(super) fn new(text: &str, e: &serde_json::Error) -> Self {
        let message = message(e);
        let at = text
            .lines()
            .nth(e.line().saturating_sub(1))
            .and_then(|line| line.get(e.column().saturating_sub(1)..))
            .and_then(|rest| rest.chars().next());
        let what = if e.classify() == serde_json::error::Category::Eof {
            Syntax::End
        } else if message.starts_with("control character") {
            Syntax::Control
        } else if message.contains("escape") || message.contains("surrogate") {
            Syntax::Escape
        } else if message.contains("number") {
            Syntax::Number
        } else if message.starts_with("recursion limit") {
            Syntax::TooDeep
        } else if message.starts_with("trailing characters") {
            Syntax::Trailing
        } else {
            at.map_or(Syntax::End, Syntax::Unexpected)
        };
        ParseError {
            what,
            line: e.line(),
            column: e.column(),
        }
    }
}

/// Why a JSON document is not a profile at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum Foreign {
    /// The top level is not an object.
    #[error("it holds {0}, not an object")]
    NotObject(&'static str),
    /// No `$schema`.
    #[error("it has no $schema")]
    NoSchema,
    /// A `$schema` of some other format.
    #[error("its $schema names another format")]
    OtherSchema,
    /// No `version`.
    #[error("it has no format version")]
    NoVersion,
}

impl Foreign {
    /// Why it is not a profile, in `words`, to go on after "This is not a
    /// Skillpath profile:".
    pub fn say(self, words: &Words) -> String {
        let key = match self {
            Foreign::NotObject(found) => {
                return words.fill(
                    Key::ProfileForeignNotObject,
                    &[("found", json_type(words, found))],
                );
            }
            Foreign::NoSchema => Key::ProfileForeignNoSchema,
            Foreign::OtherSchema => Key::ProfileForeignOtherSchema,
            Foreign::NoVersion => Key::ProfileForeignNoVersion,
        };
        words.get(key).to_owned()
    }
}

/// A JSON type as messages name it ("a number", "text", as [`Why::Type`] and
/// [`Foreign::NotObject`] hold them), in `words`.
fn json_type<'a>(words: &'a Words, name: &'a str) -> &'a str {
    let key = match name {
        "text" => Key::ProfileJsonText,
        "a number" => Key::ProfileJsonNumber,
        "true or false" => Key::ProfileJsonBool,
        "null" => Key::ProfileJsonNull,
        "a list" => Key::ProfileJsonList,
        "an object" => Key::ProfileJsonObject,
        other => return other,
    };
    words.get(key)
}

/// What is wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum Why {
    /// Required and absent.
    #[error("is missing")]
    Missing,
    /// Given twice in one object.
    #[error("appears twice")]
    Repeated,
    /// The wrong JSON type.
    #[error("should be {expected}, not {found}")]
    Type {
        /// The type needed.
        expected: &'static str,
        /// The type found.
        found: &'static str,
    },
    /// A profile rule.
    #[error("{0}")]
    Rule(Rule),
    /// Negative or above the field's maximum (in whole units).
    #[error("is out of range (0 to {0})")]
    Range(u64),
    /// More than two decimals.
    #[error("has more than two decimals")]
    Precision,
    /// Decimals where a whole number is needed.
    #[error("should be a whole number")]
    NotWhole,
    /// Not one of the allowed words.
    #[error("should be one of: {0}")]
    OneOf(&'static str),
    /// Not an outcome's id.
    #[error("should be one of: {OUTCOME_IDS}")]
    NotAnOutcome,
    /// Not a work-sample type's id.
    #[error("should be one of: {SAMPLE_KIND_IDS}")]
    NotASampleKind,
    /// Not an ISO 4217 currency code.
    #[error("should be one of: a three-letter code such as USD")]
    NotACurrency,
    /// `income.annual` differs from rate × hours × weeks.
    #[error("does not equal rate × hours per week × weeks per year")]
    Mismatch,
    /// Not a date and time.
    #[error("should be a date and time like 2026-11-22T10:00:00Z")]
    Timestamp,
}

impl Why {
    /// What is wrong with the field at `path`, as a whole sentence in `words`:
    /// "headline is missing."
    pub fn say(self, words: &Words, path: &str) -> String {
        let field = ("field", path);
        let one_of = |values: &str| words.fill(Key::ProfileWhyOneOf, &[field, ("values", values)]);
        let key = match self {
            Why::Rule(rule) => return rule.say(words, path),
            Why::Type { expected, found } => {
                return words.fill(
                    Key::ProfileWhyType,
                    &[
                        field,
                        ("expected", json_type(words, expected)),
                        ("found", json_type(words, found)),
                    ],
                );
            }
            Why::Range(max) => {
                return words.fill(Key::ProfileWhyRange, &[field, ("max", &max.to_string())]);
            }
            Why::OneOf(values) => return one_of(values),
            Why::NotAnOutcome => return one_of(OUTCOME_IDS),
            Why::NotASampleKind => return one_of(SAMPLE_KIND_IDS),
            Why::Missing => Key::ProfileWhyMissing,
            Why::Repeated => Key::ProfileWhyRepeated,
            Why::Precision => Key::ProfileWhyPrecision,
            Why::NotWhole => Key::ProfileWhyNotWhole,
            Why::NotACurrency => Key::ProfileWhyCurrency,
            Why::Mismatch => Key::ProfileWhyMismatch,
            Why::Timestamp => Key::ProfileWhyTimestamp,
        };
        words.fill(key, &[field])
    }
}

#[cfg(test)]
mod tests {
    use super::{OUTCOME_IDS, SAMPLE_KIND_IDS};
    use crate::domain::guide::Outcome;
    use crate::domain::profile::SampleKind;

    #[test]
    fn the_listed_ids_are_every_id() {
        assert_eq!(OUTCOME_IDS, Outcome::ALL.map(Outcome::id).join(", "));
        assert_eq!(
            SAMPLE_KIND_IDS,
            SampleKind::ALL.map(SampleKind::id).join(", ")
        );
    }
}
