//! Scenarios' building blocks: the three values together, the sources' worked
//! examples and rate bands, the values each guide outcome starts from, and the
//! rules for a scenario's name.

use thiserror::Error;

use super::{Income, income};
use crate::domain::guide::{Outcome, RateBand};
use crate::domain::number::{Field, Hundredths};
use crate::domain::words::{Key, Words};

/// The most scenarios a reader can keep side by side.
pub const MAX_SCENARIOS: usize = 6;
/// The longest scenario name, in characters.
pub const MAX_NAME: usize = 40;

/// Rate, hours per week and weeks per year together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Values {
    pub rate: Hundredths,
    pub hours: Hundredths,
    pub weeks: Hundredths,
}

impl Values {
    /// From whole-unit hundredths: `Values::new(3000, 2000, 4600)` is 30 × 20 × 46.
    pub const fn new(rate: u64, hours: u64, weeks: u64) -> Self {
        Values {
            rate: Hundredths::new(rate),
            hours: Hundredths::new(hours),
            weeks: Hundredths::new(weeks),
        }
    }

    /// E = r × h × w with weekly and monthly figures.
    pub fn income(&self) -> Income {
        income(self.rate, self.hours, self.weeks)
    }

    /// The value of one field.
    pub fn get(&self, field: Field) -> Hundredths {
        match field {
            Field::Rate => self.rate,
            Field::Hours => self.hours,
            Field::Weeks => self.weeks,
        }
    }

    /// Sets one field.
    pub fn set(&mut self, field: Field, value: Hundredths) {
        match field {
            Field::Rate => self.rate = value,
            Field::Hours => self.hours = value,
            Field::Weeks => self.weeks = value,
        }
    }

    /// The two fields other than `unknown`, in r, h, w order.
    pub fn others(&self, unknown: Field) -> (Hundredths, Hundredths) {
        match unknown {
            Field::Rate => (self.hours, self.weeks),
            Field::Hours => (self.rate, self.weeks),
            Field::Weeks => (self.rate, self.hours),
        }
    }
}

/// The starting values that match a guide outcome. Generalists and specialists
/// get the sources' own worked examples (30 × 20 × 46 and 42 × 15 × 46); the
/// hybrids take the middle of their rate band with the generalist example's
/// 20 hours and 46 weeks (T-shaped: 37 × 20 × 46).
pub fn outcome_values(outcome: Outcome, band: &RateBand) -> Values {
    let preset = match outcome {
        Outcome::Generalist => PRESETS[0],
        Outcome::Specialist => PRESETS[1],
        Outcome::TShaped | Outcome::PiShaped | Outcome::CombShaped => {
            let mid = (u64::from(band.min) + u64::from(band.max)) * 50;
            return Values {
                rate: Hundredths::new(mid),
                ..PRESETS[0].values()
            };
        }
    };
    preset.values()
}

/// A named starting point for a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Preset {
    /// Its name; the reader sees it with its figures, e.g.
    /// "Generalist (30 × 20 × 46)" (see [`Key::IncomePreset`]).
    pub name: Key,
    pub rate: Hundredths,
    pub hours: Hundredths,
    pub weeks: Hundredths,
}

impl Preset {
    /// The preset's rate, hours and weeks.
    pub const fn values(&self) -> Values {
        Values {
            rate: self.rate,
            hours: self.hours,
            weeks: self.weeks,
        }
    }
}

/// The two worked examples from the source material.
pub const PRESETS: [Preset; 2] = [
    Preset {
        name: Key::IncomeScenarioGeneralist,
        rate: Hundredths::new(3000),
        hours: Hundredths::new(2000),
        weeks: Hundredths::new(4600),
    },
    Preset {
        name: Key::IncomeScenarioSpecialist,
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

/// Why a scenario name was not accepted. `Display` gives the English message
/// (for logs and tests); [`NameError::say`] gives the reader's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum NameError {
    /// Only spaces, or nothing.
    #[error("Give this scenario a name.")]
    Empty,
    /// Longer than [`MAX_NAME`] characters.
    #[error("Keep the name to {MAX_NAME} characters or fewer.")]
    TooLong,
    /// A tab, line break or other control character: a name is one line of text.
    #[error("The name contains a line break or another control character.")]
    Control,
}

impl NameError {
    /// The message for the reader, in `words`' language.
    pub fn say(&self, words: &Words) -> String {
        match self {
            NameError::Empty => words.get(Key::IncomeNameEmpty).to_owned(),
            NameError::TooLong => words.count(
                Key::IncomeNameTooLong,
                MAX_NAME as u64,
                &MAX_NAME.to_string(),
                &[],
            ),
            NameError::Control => words.get(Key::IncomeNameControl).to_owned(),
        }
    }
}

/// Checks a scenario name; surrounding spaces are dropped.
///
/// # Errors
/// [`NameError`] when it is empty, longer than [`MAX_NAME`] characters, or
/// holds a control character.
pub fn check_name(text: &str) -> Result<String, NameError> {
    let name = text.trim();
    if name.is_empty() {
        Err(NameError::Empty)
    } else if name.chars().nth(MAX_NAME).is_some() {
        Err(NameError::TooLong)
    } else if name.chars().any(char::is_control) {
        Err(NameError::Control)
    } else {
        Ok(name.to_owned())
    }
}
