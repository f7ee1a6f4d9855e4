//! Income arithmetic: E = r × h × w, exact to the cent, and its inverse.
//!
//! Every input is a non-negative decimal with at most two decimals, held as an
//! integer count of hundredths (`37.55` → 3755), so no binary floating point is
//! ever involved. Results are integer cents, rounded half up (a remainder of
//! exactly half a cent goes up). The inverse keeps nine decimals, so that
//! multiplying a solved value back gives the target within one cent.

use thiserror::Error;

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
    fn char(self) -> char {
        match self {
            DecimalMark::Dot => '.',
            DecimalMark::Comma => ',',
        }
    }
}

/// Why a typed value was not accepted. Messages are written for the reader.
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
        "That is above 873,600,000 a year, more than 100,000 an hour for every hour of every week."
    )]
    TargetTooLarge,
}

fn too_large(field: Field) -> &'static str {
    match field {
        Field::Rate => "That rate is above 100,000 an hour; check the number.",
        Field::Hours => "A week has at most 168 hours.",
        Field::Weeks => "A year has at most 52 working weeks here.",
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
        parse_hundredths(input, mark, field.max(), InputError::TooLarge(field)).map(Hundredths)
    }
}

/// Reads a non-negative amount with at most two decimals as hundredths, refusing
/// more than `max` whole units with `too_large`.
fn parse_hundredths(
    input: &str,
    mark: DecimalMark,
    max: u64,
    too_large: InputError,
) -> Result<u64, InputError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    if s.starts_with('-') || s.starts_with('\u{2212}') {
        return Err(InputError::Negative);
    }
    let (dec, other) = match mark {
        DecimalMark::Dot => ('.', ','),
        DecimalMark::Comma => (',', '.'),
    };
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

/// An amount of money in integer cents (hundredths of the currency unit).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(pub u64);

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

/// Divides, rounding half up (a remainder of at least half of `d` goes up),
/// without ever adding to `n`, so it cannot overflow.
fn div_half_up(n: u64, d: u64) -> u64 {
    n / d + u64::from(n % d >= d.div_ceil(2))
}

fn to_u64(v: u128) -> u64 {
    u64::try_from(v).unwrap_or(u64::MAX)
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
    let (r, h, w) = (rate.0, hours.0, weeks.0);
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
        Hundredths(self.0.div_ceil(step))
    }
}

/// Why a target cannot be solved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum SolveError {
    /// One of the two given values is zero, so no amount of the third helps.
    #[error("With a zero in the other two fields, no value reaches a target above zero.")]
    ZeroFactor,
    /// The answer is beyond what the field allows.
    #[error("{}", unreachable_text(*.0))]
    Unreachable(Field),
}

fn unreachable_text(field: Field) -> &'static str {
    match field {
        Field::Rate => {
            "That target needs a rate above 100,000 an hour: it cannot be reached with these hours and weeks."
        }
        Field::Hours => {
            "That target needs more than 168 hours a week: it cannot be reached at this rate and number of weeks."
        }
        Field::Weeks => {
            "That target needs more than 52 working weeks a year: it cannot be reached at this rate and number of hours."
        }
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
    if a.0 == 0 || b.0 == 0 {
        return Err(SolveError::ZeroFactor);
    }
    // t (cents) × 10^4 = r(cents) × h(hundredths) × w(hundredths), so the
    // unknown in billionths of a unit is t × 10^11 / (a × b), rounded half up.
    // Split as (whole × d + rest) × 10^7 / d, with d = a × b, so that every
    // step fits in a u64 (d ≤ 1.7 × 10^11, rest × 10^7 < 1.7 × 10^18): no
    // 128-bit division is needed.
    let divisor = a.0.saturating_mul(b.0);
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

/// The annual income a solved value gives back with the two others, in exact
/// cents rounded half up (for checking an inverse).
#[must_use]
pub fn annual_with(solved: Solved, a: Hundredths, b: Hundredths) -> Cents {
    // solved is in billionths of a unit; a and b in hundredths; the product of
    // three units where the rate is money gives money: scale back to cents.
    // The product outgrows a u64, so this one check divides in 128 bits.
    let exact = u128::from(solved.0) * u128::from(a.0) * u128::from(b.0); // unit-nanos × 10^4
    let scale = u128::from(Solved::SCALE) / 100 * 10_000;
    Cents(to_u64((exact + scale / 2) / scale))
}

/// A named starting point for a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Preset {
    /// What the reader sees, e.g. "Generalist (30 × 20 × 46)".
    pub name: &'static str,
    /// Hourly rate.
    pub rate: Hundredths,
    /// Hours per week.
    pub hours: Hundredths,
    /// Working weeks per year.
    pub weeks: Hundredths,
}

impl Preset {
    /// The preset's rate, hours and weeks.
    pub const fn values(&self) -> crate::domain::calculator::Values {
        crate::domain::calculator::Values {
            rate: self.rate,
            hours: self.hours,
            weeks: self.weeks,
        }
    }
}

/// The two worked examples from the source material.
pub const PRESETS: [Preset; 2] = [
    Preset {
        name: "Generalist (30 × 20 × 46)",
        rate: Hundredths::new(3000),
        hours: Hundredths::new(2000),
        weeks: Hundredths::new(4600),
    },
    Preset {
        name: "Specialist (42 × 15 × 46)",
        rate: Hundredths::new(4200),
        hours: Hundredths::new(1500),
        weeks: Hundredths::new(4600),
    },
];

/// An hourly rate band from the source material, in whole units per hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Band {
    /// Who the band is for.
    pub label: &'static str,
    /// Lower end.
    pub min: u64,
    /// Upper end.
    pub max: u64,
}

/// The bands the sources give: overall, generalists, specialists.
pub const BANDS: [Band; 3] = [
    Band {
        label: "Overall",
        min: 25,
        max: 45,
    },
    Band {
        label: "Generalists",
        min: 25,
        max: 40,
    },
    Band {
        label: "Specialists",
        min: 35,
        max: 45,
    },
];

/// Where a rate sits against the overall band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BandPosition {
    /// Below 25 an hour.
    Below,
    /// Within 25–45 an hour.
    Within,
    /// Above 45 an hour.
    Above,
}

/// Places a rate against the overall band (inclusive at both ends).
#[must_use]
pub fn band_position(rate: Hundredths) -> BandPosition {
    let overall = BANDS[0];
    if rate.get() < overall.min * 100 {
        BandPosition::Below
    } else if rate.get() > overall.max * 100 {
        BandPosition::Above
    } else {
        BandPosition::Within
    }
}
