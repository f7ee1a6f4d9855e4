//! Income arithmetic: E = r × h × w, exact to the cent, its inverse, and the
//! sources' worked examples and rate bands.
//!
//! Every input is a non-negative decimal with at most two decimals, held as an
//! integer count of hundredths (`37.55` → 3755), so no binary floating point is
//! ever involved. Results are integer cents, rounded half up (a remainder of
//! exactly half a cent goes up). The inverse keeps nine decimals, so that
//! multiplying a solved value back gives the target within one cent.

use const_format::formatcp;
use thiserror::Error;

use crate::domain::number::{Cents, Field, Hundredths, MAX_HOURS, MAX_RATE, MAX_WEEKS, grouped};
use crate::domain::words::{Key, Words};

mod plans;

pub use plans::{
    BANDS, Band, BandPosition, MAX_NAME, MAX_SCENARIOS, NameError, PRESETS, Preset, Values,
    band_position, check_name, outcome_values,
};

/// Divides, rounding half up (a remainder of at least half of `d` goes up),
/// without ever adding to `n`, so it cannot overflow.
fn div_half_up(n: u64, d: u64) -> u64 {
    n / d + u64::from(n % d >= d.div_ceil(2))
}

/// Annual, weekly and monthly income for one set of inputs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Income {
    /// r × h × w.
    pub annual: Cents,
    /// r × h.
    pub weekly: Cents,
    /// annual ÷ 12.
    pub monthly: Cents,
}

/// E = r × h × w, with the weekly (r × h) and monthly (E ÷ 12) figures,
/// each rounded half up to the cent from the exact product.
#[must_use]
pub fn income(rate: Hundredths, hours: Hundredths, weeks: Hundredths) -> Income {
    let (r, h, w) = (rate.get(), hours.get(), weeks.get());
    // rate is in cents already; hours and weeks carry two decimals each. Within
    // the field limits the product stays below 10^15, far inside a u64 (values
    // beyond the limits saturate rather than wrap).
    let annual_exact = r.saturating_mul(h).saturating_mul(w); // cents × 10^4
    Income {
        annual: Cents(div_half_up(annual_exact, 10_000)),
        weekly: Cents(div_half_up(r.saturating_mul(h), 100)),
        monthly: Cents(div_half_up(annual_exact, 120_000)),
    }
}

/// A solved value with nine decimals, e.g. the hourly rate a target needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Solved(u64);

impl Solved {
    /// Billionths of the unit.
    pub const SCALE: u64 = 1_000_000_000;

    /// The value in billionths of its unit.
    pub fn nanos(self) -> u64 {
        self.0
    }

    /// Rounded up to two decimals, so that the shown value reaches the target.
    pub fn ceil_hundredths(self) -> Hundredths {
        let step = Self::SCALE / 100;
        Hundredths::new(self.0.div_ceil(step))
    }
}

/// Why a target cannot be solved. `Display` gives the English message (for
/// logs and tests); [`SolveError::say`] gives the reader's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum SolveError {
    /// No target is set yet.
    #[error("Set a target to see what it needs.")]
    NoTarget,
    /// One of the two given values is zero, so no amount of the third helps.
    #[error("With a zero in the other two fields, no value reaches a target above zero.")]
    ZeroFactor,
    /// The answer is beyond what the field allows.
    #[error("{}", unreachable_text(*.0))]
    Unreachable(Field),
}

impl SolveError {
    /// The message for the reader, in `words`' language.
    pub fn say(&self, words: &Words) -> String {
        match *self {
            SolveError::NoTarget => words.get(Key::IncomeSolveNoTarget).to_owned(),
            SolveError::ZeroFactor => words.get(Key::IncomeSolveZeroFactor).to_owned(),
            SolveError::Unreachable(Field::Rate) => words.fill(
                Key::IncomeSolveRateUnreachable,
                &[("max", &words.number(MAX_RATE))],
            ),
            SolveError::Unreachable(Field::Hours) => words.count(
                Key::IncomeSolveHoursUnreachable,
                MAX_HOURS,
                &MAX_HOURS.to_string(),
                &[],
            ),
            SolveError::Unreachable(Field::Weeks) => words.count(
                Key::IncomeSolveWeeksUnreachable,
                MAX_WEEKS,
                &MAX_WEEKS.to_string(),
                &[],
            ),
        }
    }
}

fn unreachable_text(field: Field) -> String {
    match field {
        // Grouped as the reader reads it ("100,000"), which a constant cannot be.
        Field::Rate => format!(
            "That target needs a rate above {} an hour: it cannot be reached with these hours and weeks.",
            grouped(MAX_RATE)
        ),
        Field::Hours => formatcp!(
            "That target needs more than {MAX_HOURS} hours a week: it cannot be reached at this rate and number of weeks."
        )
        .to_owned(),
        Field::Weeks => formatcp!(
            "That target needs more than {MAX_WEEKS} working weeks a year: it cannot be reached at this rate and number of hours."
        )
        .to_owned(),
    }
}

/// Solves E = r × h × w for the `unknown` field, given the target annual income
/// and the two other values (`a`, `b` in r, h, w order with the unknown left out).
///
/// # Errors
/// [`SolveError::ZeroFactor`] when a given value is zero and the target is not;
/// [`SolveError::Unreachable`] when the answer exceeds the field's limit
/// (100,000 an hour, 168 hours, 52 weeks).
pub fn solve(
    target: Cents,
    unknown: Field,
    a: Hundredths,
    b: Hundredths,
) -> Result<Solved, SolveError> {
    if target.0 == 0 {
        return Ok(Solved(0));
    }
    if a.get() == 0 || b.get() == 0 {
        return Err(SolveError::ZeroFactor);
    }
    // t (cents) × 10^4 = r(cents) × h(hundredths) × w(hundredths), so the
    // unknown in billionths of a unit is t × 10^11 / (a × b), rounded half up.
    // Split as (whole × d + rest) × 10^7 / d, with d = a × b, so that every
    // step fits in a u64 (d ≤ 1.7 × 10^11, rest × 10^7 < 1.7 × 10^18): no
    // 128-bit division is needed.
    let divisor = a.get().saturating_mul(b.get());
    let scaled = target.0.saturating_mul(10_000);
    let (whole, rest) = (scaled / divisor, scaled % divisor);
    let nanos = whole
        .saturating_mul(10_000_000)
        .saturating_add(div_half_up(rest * 10_000_000, divisor));
    if nanos > unknown.max() * Solved::SCALE {
        return Err(SolveError::Unreachable(unknown));
    }
    Ok(Solved(nanos))
}
