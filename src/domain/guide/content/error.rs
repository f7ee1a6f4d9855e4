//! What can be wrong with the guide's content, said precisely enough to fix.

use thiserror::Error;

use super::{MAX_CHOICES, MAX_PILLARS, MAX_QUESTIONS, MIN_CHOICES, MIN_QUESTIONS};
use crate::domain::guide::Outcome;

/// A problem in a content file, named so an author can fix it.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ContentError {
    /// The file is not valid JSON, or not of the expected shape.
    #[error("{file} could not be read: {message}")]
    Syntax {
        /// Which content file.
        file: &'static str,
        /// The parser's own message, with line and column.
        message: String,
    },
    /// Too few or too many questions.
    #[error(
        "the guide has {found} questions; it needs between {MIN_QUESTIONS} and {MAX_QUESTIONS}"
    )]
    QuestionCount {
        /// How many there are.
        found: usize,
    },
    /// An id is empty or uses characters other than a-z, 0-9 and '-'.
    #[error("\"{id}\" is not a valid id: use lowercase letters, digits and '-'")]
    BadId {
        /// The offending id.
        id: String,
    },
    /// Two questions share an id.
    #[error("the question id \"{id}\" is used more than once")]
    DuplicateQuestion {
        /// The repeated id.
        id: String,
    },
    /// Two choices of one question share an id.
    #[error("question \"{question}\" has the choice id \"{choice}\" more than once")]
    DuplicateChoice {
        /// The question.
        question: String,
        /// The repeated choice id.
        choice: String,
    },
    /// A question has too few or too many choices.
    #[error(
        "question \"{question}\" has {found} choices; it needs between {MIN_CHOICES} and {MAX_CHOICES}"
    )]
    ChoiceCount {
        /// The question.
        question: String,
        /// How many choices it has.
        found: usize,
    },
    /// A prompt, topic, label or outcome text is blank.
    #[error("{place} is empty")]
    EmptyText {
        /// Where the blank text is, e.g. `question "energy" prompt`.
        place: String,
    },
    /// A choice changes no dimension and sets nothing.
    #[error("choice \"{choice}\" of question \"{question}\" does not map to any dimension")]
    NoEffect {
        /// The question.
        question: String,
        /// The choice.
        choice: String,
    },
    /// A pillar count above the maximum.
    #[error(
        "choice \"{choice}\" of question \"{question}\" sets {found} pillars; the most is {MAX_PILLARS}"
    )]
    TooManyPillars {
        /// The question.
        question: String,
        /// The choice.
        choice: String,
        /// The value found.
        found: u8,
    },
    /// A setting (pillars, stage, credentials) is not asked by exactly one question on every choice.
    #[error("{setting} must be set by exactly one question, on every one of its choices")]
    Setting {
        /// `pillars`, `stage` or `credentials`.
        setting: &'static str,
    },
    /// No choice moves breadth or depth in both directions.
    #[error("no answer changes {dimension}, so it cannot be scored")]
    FlatDimension {
        /// `breadth` or `depth`.
        dimension: &'static str,
    },
    /// An outcome has no text.
    #[error("the outcome \"{}\" has no text", .0.id())]
    MissingOutcome(Outcome),
    /// A rate band is empty or upside down.
    #[error("the rate band of \"{}\" must have 0 < min <= max", .0.id())]
    RateBand(Outcome),
    /// No complete answer set leads to this outcome.
    #[error("no set of answers leads to the outcome \"{}\"", .0.id())]
    Unreachable(Outcome),
}
