//! One scenario: its name and its three fields, each as typed with the last
//! accepted value behind it.

use crate::domain::income::{Income, NameError, Values};
use crate::domain::number::{DecimalMark, Field, Hundredths, quantity};
use crate::state::entry::Entry;

/// One named set of r, h and w.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Stable within a session; never reused.
    pub id: u32,
    /// The scenario's name.
    pub name: Entry<String, NameError>,
    pub rate: Entry<Hundredths>,
    pub hours: Entry<Hundredths>,
    pub weeks: Entry<Hundredths>,
}

impl Scenario {
    pub(super) fn new(id: u32, name: &str, values: Values, mark: DecimalMark) -> Self {
        let field = |v| Entry::valid(quantity(v, mark), v);
        Scenario {
            id,
            name: Entry::valid(name.to_owned(), name.to_owned()),
            rate: field(values.rate),
            hours: field(values.hours),
            weeks: field(values.weeks),
        }
    }

    /// The field entry for `field`.
    pub fn entry(&self, field: Field) -> &Entry<Hundredths> {
        match field {
            Field::Rate => &self.rate,
            Field::Hours => &self.hours,
            Field::Weeks => &self.weeks,
        }
    }

    pub(super) fn entry_mut(&mut self, field: Field) -> &mut Entry<Hundredths> {
        match field {
            Field::Rate => &mut self.rate,
            Field::Hours => &mut self.hours,
            Field::Weeks => &mut self.weeks,
        }
    }

    /// The last valid values.
    pub fn values(&self) -> Values {
        Values {
            rate: self.rate.value,
            hours: self.hours.value,
            weeks: self.weeks.value,
        }
    }

    /// Income from the last valid values.
    pub fn income(&self) -> Income {
        self.values().income()
    }

    /// Whether any field (name included) holds text that was not accepted.
    pub fn has_errors(&self) -> bool {
        self.name.error.is_some() || Field::ALL.iter().any(|f| self.entry(*f).error.is_some())
    }

    pub(super) fn set_values(&mut self, values: Values, mark: DecimalMark) {
        for field in Field::ALL {
            let v = values.get(field);
            *self.entry_mut(field) = Entry::valid(quantity(v, mark), v);
        }
    }
}
