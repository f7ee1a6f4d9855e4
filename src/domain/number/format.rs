//! Writing amounts the way the reader's locale does.
//!
//! The browser knows every locale's conventions (`Intl.NumberFormat`); the
//! widget asks it once for a [`MoneyFormat`] and then formats exact integer
//! amounts itself, so no amount ever passes through a binary float on its way
//! to the screen.

use thiserror::Error;

use super::{Cents, DecimalMark, Hundredths, quantity};

/// An ISO 4217 currency code: three ASCII letters, kept upper-case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

/// Why a currency option was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[error("A currency is a three-letter ISO 4217 code such as USD or EUR.")]
pub struct CurrencyError;

impl Currency {
    /// US dollars, the sources' currency and the default.
    pub const USD: Currency = Currency(*b"USD");

    /// Reads a code such as `usd` or ` EUR ` (case and surrounding spaces are ignored).
    ///
    /// # Errors
    /// [`CurrencyError`] unless the code is exactly three ASCII letters.
    pub fn parse(code: &str) -> Result<Self, CurrencyError> {
        match code.trim().as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => Ok(Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => Err(CurrencyError),
        }
    }

    /// The code, e.g. `"USD"`.
    pub fn code(&self) -> String {
        self.0.iter().map(|b| char::from(*b)).collect()
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::USD
    }
}

/// How one locale writes amounts of one currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoneyFormat {
    /// The currency shown.
    pub currency: Currency,
    /// Text before the digits, e.g. `"$"` or `"CHF "`.
    pub prefix: String,
    /// Text after the digits, e.g. `" €"` (with a no-break space).
    pub suffix: String,
    /// Between groups of digits, e.g. `","`, `"."` or a narrow no-break space.
    pub group: String,
    /// Digits in the group nearest the decimal mark (3 almost everywhere; 0: no grouping).
    pub primary: u8,
    /// Digits in every further group (3, or 2 in Indian English; 0: no further groups).
    pub secondary: u8,
    /// Between whole units and decimals.
    pub mark: DecimalMark,
    /// Decimals the currency uses: 2 for most, 0 for the yen.
    pub decimals: u8,
}

impl Default for MoneyFormat {
    /// US English with US dollars: `$27,600.00`.
    fn default() -> Self {
        MoneyFormat {
            currency: Currency::USD,
            prefix: "$".into(),
            suffix: String::new(),
            group: ",".into(),
            primary: 3,
            secondary: 3,
            mark: DecimalMark::Dot,
            decimals: 2,
        }
    }
}

impl MoneyFormat {
    /// Whole units with the locale's grouping: `27600` → `"27,600"`.
    pub fn group_digits(&self, whole: u64) -> String {
        let digits = whole.to_string();
        if self.primary == 0 || digits.len() <= usize::from(self.primary) {
            return digits;
        }
        let split = digits.len() - usize::from(self.primary);
        let (head, tail) = digits.split_at(split);
        let step = match self.secondary {
            0 => head.len(),
            n => usize::from(n),
        };
        let mut out = String::with_capacity(digits.len() * 2);
        // The first group may be short; every later one is `step` digits.
        let mut at = head.len() % step;
        if at > 0 {
            out.push_str(&head[..at]);
        }
        while at < head.len() {
            if at > 0 {
                out.push_str(&self.group);
            }
            out.push_str(&head[at..at + step]);
            at += step;
        }
        out.push_str(&self.group);
        out.push_str(tail);
        out
    }

    /// An amount without the currency: `2760000` cents → `"27,600.00"`.
    /// Currencies without decimals round half up to whole units.
    pub fn amount(&self, cents: Cents) -> String {
        match self.decimals {
            0 => self.group_digits(cents.0 / 100 + u64::from(cents.0 % 100 >= 50)),
            d => {
                let frac = cents.0 % 100;
                let pad = usize::from(d.saturating_sub(2));
                format!(
                    "{}{}{frac:02}{:0<pad$}",
                    self.group_digits(cents.0 / 100),
                    self.mark.char(),
                    ""
                )
            }
        }
    }

    /// An amount with the currency, in whole units unless the cents matter:
    /// `"$27,600"`, `"$29,570.63"`, `"27.600 €"`. The exact cents stay in the
    /// data and the file; see [`MoneyFormat::exact`] for every digit.
    pub fn money(&self, cents: Cents) -> String {
        if cents.0.is_multiple_of(100) {
            self.money_whole(cents.0 / 100)
        } else {
            self.exact(cents)
        }
    }

    /// An amount with the currency and all its decimals: `"$27,600.00"`.
    pub fn exact(&self, cents: Cents) -> String {
        format!("{}{}{}", self.prefix, self.amount(cents), self.suffix)
    }

    /// Whole units with the currency and no decimals, for chart axes: `"$30,000"`.
    pub fn money_whole(&self, units: u64) -> String {
        format!("{}{}{}", self.prefix, self.group_digits(units), self.suffix)
    }

    /// A signed difference with the currency: `"+$1,380"`, `"−$1,380.50"`.
    pub fn difference(&self, from: Cents, to: Cents) -> String {
        if to >= from {
            format!("+{}", self.money(Cents(to.0 - from.0)))
        } else {
            format!("\u{2212}{}", self.money(Cents(from.0 - to.0)))
        }
    }

    /// A quantity in this locale, see [`quantity`].
    pub fn quantity(&self, value: Hundredths) -> String {
        quantity(value, self.mark)
    }
}

/// Whole units grouped as in English (`873600000` → `"873,600,000"`), for
/// sentences that quote a limit.
pub fn grouped(units: u64) -> String {
    MoneyFormat::default().group_digits(units)
}
