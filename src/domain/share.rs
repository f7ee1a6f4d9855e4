//! Share codes: a finished guide (and optionally an income scenario) written
//! as a short text for the fragment of a link (`#share=…`), which browsers
//! never send to a server.
//!
//! # Format (version 1)
//! `1` · two characters naming the guide's questions and choices · one
//! character per question, the chosen choice's index in base 36 · optionally
//! `.rate.hours.weeks`, each in hundredths, in base 36 · one check character.
//! Letters are lower case; a finished guide with a scenario makes about 35 characters.
//!
//! The check character is a position-weighted sum of the symbols before it,
//! modulo 37, so a mistyped or truncated link is caught; the guide
//! fingerprint catches links made with other questions. Everything is then
//! checked like any other untrusted input: a link can be edited by anyone.

use thiserror::Error;

use crate::domain::guide::{Answers, Guide};
use crate::domain::income::Values;
use crate::domain::number::Field;
use crate::domain::words::{Key, Words};

/// The format version this code writes and reads.
pub const VERSION: char = '1';
/// The longest code accepted, check character included.
pub const MAX_LEN: usize = 48;
/// Base-36 digits; with `.` they are the symbols a code body is made of.
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
/// The check character's alphabet (37 values; `_` stands for 36).
const CHECK: &[u8; 37] = b"0123456789abcdefghijklmnopqrstuvwxyz_";

/// What a share code holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// The chosen choice of every question, in order.
    pub answers: Vec<usize>,
    /// Rate, hours and weeks of the shared scenario, if one was shared.
    pub values: Option<Values>,
}

/// Why a share code was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ShareError {
    /// Nothing after `#share=`.
    #[error("The shared link has no result in it.")]
    Empty,
    /// Longer than any code this version writes.
    #[error("The shared link is too long to be a Skillpath result.")]
    TooLong,
    /// A character outside `0-9 a-z .` (and `_`, which only the check character uses).
    #[error("The shared link has characters a Skillpath result never has.")]
    Characters,
    /// The check character does not match: mistyped, cut short or edited.
    #[error("The shared link looks damaged (cut short or mistyped); ask for it again.")]
    Check,
    /// Written by a newer version of Skillpath.
    #[error("The shared link comes from a newer version of Skillpath.")]
    Newer,
    /// Not a version this code knows.
    #[error("The shared link is not a Skillpath result.")]
    Version,
    /// Made with an earlier edition of this guide's questions (see [`RETIRED`]).
    #[error(
        "The shared link was made with an earlier edition of the guide, whose questions have changed since, so its result cannot be shown again."
    )]
    OldGuide,
    /// Made with a set of questions this widget never had.
    #[error("The shared link was made with a different version of the questions.")]
    OtherGuide,
    /// The wrong number of answers, or a choice the question does not have.
    #[error("The shared link's answers do not fit the questions.")]
    Answers,
    /// The scenario part is malformed or out of range.
    #[error("The shared link's income scenario is not valid.")]
    Scenario,
}

impl ShareError {
    /// What the reader is told, in the language in force (the `Display`
    /// text is English's, for logs and tests).
    pub fn say(&self, words: &Words) -> String {
        words
            .get(match self {
                ShareError::Empty => Key::GuideShareErrorEmpty,
                ShareError::TooLong => Key::GuideShareErrorTooLong,
                ShareError::Characters => Key::GuideShareErrorCharacters,
                ShareError::Check => Key::GuideShareErrorCheck,
                ShareError::Newer => Key::GuideShareErrorNewer,
                ShareError::Version => Key::GuideShareErrorVersion,
                ShareError::OldGuide => Key::GuideShareErrorOldGuide,
                ShareError::OtherGuide => Key::GuideShareErrorOtherGuide,
                ShareError::Answers => Key::GuideShareErrorAnswers,
                ShareError::Scenario => Key::GuideShareErrorScenario,
            })
            .to_owned()
    }
}

/// The fingerprints of the guide's earlier editions, oldest first: a link
/// made with one of them is old, not foreign. A new edition adds the one it
/// replaces; a native test checks the shipped guide's is not among them.
pub const RETIRED: [[u8; 2]; 1] = [
    // The first edition: fourteen questions, eleven of them on one line.
    *b"3i",
];

/// Two base-36 characters from the question ids, choice ids and their order.
pub fn fingerprint(guide: &Guide) -> [u8; 2] {
    // FNV-1a over "id:choice,choice;" for each question.
    let mut hash: u32 = 0x811c_9dc5;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u32::from(*b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    };
    for q in guide.questions() {
        eat(q.id.as_bytes());
        eat(b":");
        for c in q.choices.iter() {
            eat(c.id.as_bytes());
            eat(b",");
        }
        eat(b";");
    }
    let n = hash % (36 * 36);
    [DIGITS[(n / 36) as usize], DIGITS[(n % 36) as usize]]
}

/// Symbol values 0–36 (`.` is 36), weighted by position 1, 2, … 36, 1, 2, …,
/// summed modulo 37. As 37 is prime and no weight is a multiple of it,
/// changing any one symbol, or swapping two neighbours, always changes the check.
fn check(body: &[u8]) -> u8 {
    let sum = body
        .iter()
        .zip((1u64..=36).cycle())
        .map(|(b, w)| digit(*b).unwrap_or(36) * w)
        .sum::<u64>();
    CHECK[(sum % 37) as usize]
}

fn base36(mut n: u64) -> String {
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn digit(b: u8) -> Option<u64> {
    DIGITS.iter().position(|d| *d == b).map(|p| p as u64)
}

/// The code for a finished guide, or `None` while a question is unanswered
/// or a question has more than 36 choices.
pub fn encode(guide: &Guide, answers: &Answers, values: Option<Values>) -> Option<String> {
    let mut code = String::from(VERSION);
    code.extend(fingerprint(guide).map(char::from));
    for q in 0..guide.questions().len() {
        code.push(char::from(*DIGITS.get(answers.get(q)?)?));
    }
    if let Some(v) = values {
        for n in [v.rate.get(), v.hours.get(), v.weeks.get()] {
            code.push('.');
            code.push_str(&base36(n));
        }
    }
    code.push(char::from(check(code.as_bytes())));
    (code.len() <= MAX_LEN).then_some(code)
}

/// Reads a code (the text after `#share=`) for `guide`.
///
/// # Errors
/// A [`ShareError`] saying what is wrong; nothing in `code` can make this panic.
pub fn decode(guide: &Guide, code: &str) -> Result<Shared, ShareError> {
    let code = code.trim();
    let bytes = code.as_bytes();
    let Some((&last, body)) = bytes.split_last() else {
        return Err(ShareError::Empty);
    };
    if bytes.len() > MAX_LEN {
        return Err(ShareError::TooLong);
    }
    if !body.iter().all(|b| DIGITS.contains(b) || *b == b'.') || !CHECK.contains(&last) {
        return Err(ShareError::Characters);
    }
    match body.first() {
        Some(b'1') => {}
        Some(v) if v.is_ascii_digit() && *v > b'1' => return Err(ShareError::Newer),
        _ => return Err(ShareError::Version),
    }
    if check(body) != last {
        return Err(ShareError::Check);
    }
    let mut parts = body[1..].split(|b| *b == b'.');
    let head = parts.next().unwrap_or_default();
    let (print, picks) = head.split_at(head.len().min(2));
    if print != fingerprint(guide) {
        return Err(if RETIRED.iter().any(|r| r == print) {
            ShareError::OldGuide
        } else {
            ShareError::OtherGuide
        });
    }
    let questions = guide.questions();
    if picks.len() != questions.len() {
        return Err(ShareError::Answers);
    }
    let answers = picks
        .iter()
        .zip(questions)
        .map(|(b, q)| {
            digit(*b)
                .and_then(|d| usize::try_from(d).ok())
                .filter(|d| *d < q.choices.len())
                .ok_or(ShareError::Answers)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let numbers: Vec<&[u8]> = parts.collect();
    let values = match numbers.as_slice() {
        [] => None,
        [r, h, w] => {
            let read = |text: &[u8], field: Field| -> Result<u64, ShareError> {
                if text.is_empty() || text.len() > 8 || (text.len() > 1 && text[0] == b'0') {
                    return Err(ShareError::Scenario);
                }
                let n = text.iter().try_fold(0u64, |n, b| {
                    digit(*b).map(|d| n * 36 + d).ok_or(ShareError::Scenario)
                })?;
                if n > field.max() * 100 {
                    return Err(ShareError::Scenario);
                }
                Ok(n)
            };
            Some(Values::new(
                read(r, Field::Rate)?,
                read(h, Field::Hours)?,
                read(w, Field::Weeks)?,
            ))
        }
        _ => return Err(ShareError::Scenario),
    };
    Ok(Shared { answers, values })
}
