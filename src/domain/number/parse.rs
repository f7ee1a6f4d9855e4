//! Reading what a reader typed: one set of rules for every amount field, each
//! refusal with its own sentence.

use const_format::formatcp;
use std::borrow::Cow;
use thiserror::Error;

use super::{
    Cents, DecimalMark, Field, Hundredths, MAX_HOURS, MAX_RATE, MAX_TARGET, MAX_WEEKS, grouped,
};
use crate::domain::words::{Key, Words};

/// Why a typed value was not accepted. `Display` gives the English message
/// (for logs and tests); [`InputError::say`] gives the reader's, in the
/// language in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum InputError {
    /// Nothing was typed.
    #[error("Enter a number.")]
    Empty,
    /// A minus sign.
    #[error("Enter a number of zero or more.")]
    Negative,
    /// Letters, exponents, hex, NaN, infinity and the like.
    #[error("Use digits only, for example 42 or 37{}50.", .0.char())]
    NotANumber(DecimalMark),
    /// The other locale's decimal mark.
    #[error("Use \"{}\" for decimals here, for example 37{}50.", .0.char(), .0.char())]
    WrongDecimalMark(DecimalMark),
    /// Thousands separators, or more than one decimal mark.
    #[error("Leave out thousands separators: type 1000{}50, not 1 000{}50.", .0.char(), .0.char())]
    Grouping(DecimalMark),
    /// More than two decimals.
    #[error("Use at most two decimals.")]
    TooManyDecimals,
    /// Above the field's limit.
    #[error("{}", too_large(*.0))]
    TooLarge(Field),
    /// A target income of zero: there is nothing to solve.
    #[error("Enter a target above zero.")]
    ZeroTarget,
    /// A target no accepted rate, hours and weeks could ever give.
    #[error(
        "That is above {} a year, more than {} an hour for every hour of every week.",
        grouped(MAX_TARGET),
        grouped(MAX_RATE)
    )]
    TargetTooLarge,
}

impl InputError {
    /// The message for the reader, in `words`' language. Limits are written
    /// as the English message writes them (grouped as in "100,000").
    pub fn say(&self, words: &Words) -> String {
        match *self {
            InputError::Empty => words.get(Key::IncomeInputEmpty).to_owned(),
            InputError::Negative => words.get(Key::IncomeInputNegative).to_owned(),
            InputError::NotANumber(mark) => words.fill(
                Key::IncomeInputNotANumber,
                &[("example", &format!("37{}50", mark.char()))],
            ),
            InputError::WrongDecimalMark(mark) => words.fill(
                Key::IncomeInputWrongMark,
                &[
                    ("mark", &mark.char().to_string()),
                    ("example", &format!("37{}50", mark.char())),
                ],
            ),
            InputError::Grouping(mark) => words.fill(
                Key::IncomeInputGrouping,
                &[
                    ("plain", &format!("1000{}50", mark.char())),
                    ("grouped", &format!("1 000{}50", mark.char())),
                ],
            ),
            InputError::TooManyDecimals => words.get(Key::IncomeInputTooManyDecimals).to_owned(),
            InputError::TooLarge(Field::Rate) => words.fill(
                Key::IncomeInputRateTooLarge,
                &[("max", &words.number(MAX_RATE))],
            ),
            InputError::TooLarge(Field::Hours) => words.count(
                Key::IncomeInputHoursTooLarge,
                MAX_HOURS,
                &MAX_HOURS.to_string(),
                &[],
            ),
            InputError::TooLarge(Field::Weeks) => words.count(
                Key::IncomeInputWeeksTooLarge,
                MAX_WEEKS,
                &MAX_WEEKS.to_string(),
                &[],
            ),
            InputError::ZeroTarget => words.get(Key::IncomeInputZeroTarget).to_owned(),
            InputError::TargetTooLarge => words.fill(
                Key::IncomeInputTargetTooLarge,
                &[
                    ("target", &words.number(MAX_TARGET)),
                    ("rate", &words.number(MAX_RATE)),
                ],
            ),
        }
    }
}

fn too_large(field: Field) -> String {
    match field {
        // Grouped as the reader reads it ("100,000"), which a constant cannot be.
        Field::Rate => format!(
            "That rate is above {} an hour; check the number.",
            grouped(MAX_RATE)
        ),
        Field::Hours => formatcp!("A week has at most {MAX_HOURS} hours.").to_owned(),
        Field::Weeks => formatcp!("A year has at most {MAX_WEEKS} working weeks here.").to_owned(),
    }
}

impl Hundredths {
    /// Reads what a reader typed into `field`.
    ///
    /// Accepted: digits, with at most one decimal mark (the locale's) and at
    /// most two decimals after it; surrounding spaces are ignored; `.5` and `5.`
    /// are fine. Rejected, each with its own [`InputError`]: empty input, a
    /// minus sign, letters (`abc`, `NaN`, `inf`, `1e999`, `0x10`), the other
    /// locale's decimal mark, thousands separators, three or more decimals, and
    /// values above the field's limit.
    ///
    /// # Errors
    /// The first problem found, as above.
    pub fn parse(input: &str, field: Field, mark: DecimalMark) -> Result<Self, InputError> {
        parse_hundredths(input, mark, field.max(), InputError::TooLarge(field)).map(Hundredths::new)
    }
}

/// `input` with the digits an Arabic keyboard types (Arabic-Indic ٠–٩ and
/// Extended Arabic-Indic ۰–۹) as ASCII digits, the Arabic decimal separator
/// (٫) as the locale's decimal mark `dec` and the Arabic thousands separator
/// (٬) as `other`, so that both read as they would typed in ASCII. Digits of
/// other scripts stay as typed, and are refused.
fn western_digits(input: &str, dec: char, other: char) -> Cow<'_, str> {
    let arabic = |c: char| matches!(c, '\u{0660}'..='\u{066C}' | '\u{06F0}'..='\u{06F9}');
    if !input.chars().any(arabic) {
        return Cow::Borrowed(input);
    }
    input
        .chars()
        .map(|c| match c {
            '\u{066B}' => dec,
            '\u{066C}' => other,
            '\u{0660}'..='\u{0669}' => char::from_digit(u32::from(c) - 0x0660, 10).unwrap_or(c),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(u32::from(c) - 0x06F0, 10).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Reads a non-negative amount with at most two decimals as hundredths, refusing
/// more than `max` whole units with `too_large`.
fn parse_hundredths(
    input: &str,
    mark: DecimalMark,
    max: u64,
    too_large: InputError,
) -> Result<u64, InputError> {
    let (dec, other) = match mark {
        DecimalMark::Dot => ('.', ','),
        DecimalMark::Comma => (',', '.'),
    };
    let read = western_digits(input, dec, other);
    let s = read.trim();
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    if s.starts_with('-') || s.starts_with('\u{2212}') {
        return Err(InputError::Negative);
    }
    let marks = s.chars().filter(|c| *c == dec).count();
    let others = s.chars().filter(|c| *c == other).count();
    let spaced = s
        .chars()
        .any(|c| c.is_whitespace() || c == '\'' || c == '\u{a0}');
    if s.chars().any(|c| {
        !(c.is_ascii_digit()
            || c == dec
            || c == other
            || c.is_whitespace()
            || c == '\''
            || c == '\u{a0}')
    }) {
        return Err(InputError::NotANumber(mark));
    }
    if marks > 1 || spaced || (others > 0 && marks > 0) || others > 1 {
        return Err(InputError::Grouping(mark));
    }
    if others == 1 {
        // "1,5" where a dot is expected, or "1.5" where a comma is.
        return Err(InputError::WrongDecimalMark(mark));
    }
    let (whole, frac) = s.split_once(dec).unwrap_or((s, ""));
    if whole.is_empty() && frac.is_empty() {
        return Err(InputError::NotANumber(mark));
    }
    if frac.len() > 2 {
        return Err(InputError::TooManyDecimals);
    }
    // Leading zeros are harmless; very long inputs are simply too large.
    let whole = whole.trim_start_matches('0');
    if whole.len() > 12 {
        return Err(too_large);
    }
    let units: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| InputError::NotANumber(mark))?
    };
    let frac_value: u64 = match frac.len() {
        0 => 0,
        1 => {
            frac.parse::<u64>()
                .map_err(|_| InputError::NotANumber(mark))?
                * 10
        }
        _ => frac.parse().map_err(|_| InputError::NotANumber(mark))?,
    };
    let value = units * 100 + frac_value;
    if value > max * 100 {
        return Err(too_large);
    }
    Ok(value)
}

impl Cents {
    /// Reads a target annual income: the same rules as [`Hundredths::parse`],
    /// above zero and at most [`MAX_TARGET`].
    ///
    /// # Errors
    /// As [`Hundredths::parse`], plus [`InputError::ZeroTarget`] and
    /// [`InputError::TargetTooLarge`].
    pub fn parse_target(input: &str, mark: DecimalMark) -> Result<Self, InputError> {
        match parse_hundredths(input, mark, MAX_TARGET, InputError::TargetTooLarge)? {
            0 => Err(InputError::ZeroTarget),
            cents => Ok(Cents(cents)),
        }
    }
}
