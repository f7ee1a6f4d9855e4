//! Exact amounts: the numbers a reader types and reads, with no binary float
//! anywhere on the way.
//!
//! - [`Hundredths`] holds a typed value with at most two decimals (`37.55` → 3755),
//!   [`Cents`] an amount of money; both are integers.
//! - [`Field`] names the three values of E = r × h × w and sets their limits.
//! - [`parse`] reads what a reader typed, with the locale's [`DecimalMark`];
//!   [`format`] writes amounts the way the reader's locale does.
//!
//! Everything that works with amounts ([`crate::domain::income`], the profile,
//! saved progress, share links) builds on this module; it builds on nothing.

pub mod format;
pub mod parse;

pub use format::{Currency, CurrencyError, MoneyFormat, grouped};
pub use parse::InputError;

/// The most an hourly rate may be (in whole currency units).
pub const MAX_RATE: u64 = 100_000;
/// Hours in a week.
pub const MAX_HOURS: u64 = 168;
/// Weeks in a year.
pub const MAX_WEEKS: u64 = 52;
/// The largest annual income any accepted rate, hours and weeks can give
/// (100,000 × 168 × 52), in whole units; a higher target is refused as typed.
pub const MAX_TARGET: u64 = MAX_RATE * MAX_HOURS * MAX_WEEKS;

/// Which field a value is for; sets its upper limit and its messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Hourly rate, in currency units per hour.
    Rate,
    /// Hours per week.
    Hours,
    /// Working weeks per year.
    Weeks,
}

impl Field {
    /// The three fields, in r, h, w order.
    pub const ALL: [Field; 3] = [Field::Rate, Field::Hours, Field::Weeks];

    /// Its name in saved progress.
    pub fn id(self) -> &'static str {
        match self {
            Field::Rate => "rate",
            Field::Hours => "hours",
            Field::Weeks => "weeks",
        }
    }

    /// The field named `id` in saved progress.
    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The largest accepted value, in whole units.
    pub fn max(self) -> u64 {
        match self {
            Field::Rate => MAX_RATE,
            Field::Hours => MAX_HOURS,
            Field::Weeks => MAX_WEEKS,
        }
    }
}

/// The character a locale writes between whole units and decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DecimalMark {
    /// `1.5`, as in English.
    Dot,
    /// `1,5`, as in German or French.
    Comma,
}

impl DecimalMark {
    /// The mark itself: `'.'` or `','`.
    pub const fn char(self) -> char {
        match self {
            DecimalMark::Dot => '.',
            DecimalMark::Comma => ',',
        }
    }
}

/// A checked, non-negative amount with at most two decimals, in hundredths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hundredths(u64);

impl Hundredths {
    /// From a count of hundredths (`3755` is 37.55). Unchecked against limits.
    pub const fn new(hundredths: u64) -> Self {
        Hundredths(hundredths)
    }

    /// The count of hundredths.
    pub const fn get(self) -> u64 {
        self.0
    }
}

/// An amount of money in integer cents (hundredths of the currency unit).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(pub u64);

/// A quantity with up to two decimals and no grouping, trailing zeros dropped:
/// `"17.5"`, `"46"`, `"37,55"`. [`Hundredths::parse`] with the same mark reads
/// it back, so it is also what an input field is filled with.
pub fn quantity(value: Hundredths, mark: DecimalMark) -> String {
    let (whole, frac) = (value.get() / 100, value.get() % 100);
    let mark = mark.char();
    match frac {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}{mark}{}", f / 10),
        f => format!("{whole}{mark}{f:02}"),
    }
}
