//! One typed field: exactly what the reader typed, the last value that was
//! accepted, and why the text is not that value (if it is not). The calculator
//! and the profile form keep every amount field this way, so that nothing typed
//! is lost and results always have a valid value.

use crate::domain::number::{DecimalMark, Field, Hundredths, InputError, quantity};
use crate::domain::progress::EntryPart;

/// What the reader typed into one field, the last valid value it held, and
/// why the text is not that value right now (if it is not).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry<T, E = InputError> {
    /// Exactly what is in the field.
    pub text: String,
    /// The last value that was accepted; results use it.
    pub value: T,
    /// Why the current text was not accepted.
    pub error: Option<E>,
}

impl<T, E> Entry<T, E> {
    /// An entry showing `text` for the accepted `value`.
    pub fn valid(text: String, value: T) -> Self {
        Entry {
            text,
            value,
            error: None,
        }
    }

    /// Takes new text: keeps the value if the text is accepted, otherwise keeps
    /// the last valid value and records why.
    pub fn edit(&mut self, text: String, check: impl FnOnce(&str) -> Result<T, E>) {
        match check(&text) {
            Ok(value) => {
                self.value = value;
                self.error = None;
            }
            Err(e) => self.error = Some(e),
        }
        self.text = text;
    }
}

impl Entry<Hundredths> {
    /// The entry as saved progress keeps it.
    pub fn part(&self) -> EntryPart {
        EntryPart {
            text: self.text.clone(),
            value: self.value.get(),
        }
    }

    /// A saved entry for `field`, checked again: a value beyond the field's
    /// limit falls back to `fallback`; the text is then read as if typed.
    pub fn restore(
        part: &EntryPart,
        field: Field,
        fallback: Hundredths,
        mark: DecimalMark,
    ) -> Self {
        let value = Some(Hundredths::new(part.value))
            .filter(|v| v.get() <= field.max() * 100)
            .unwrap_or(fallback);
        let mut entry = Entry::valid(quantity(value, mark), value);
        entry.edit(part.text.clone(), |t| Hundredths::parse(t, field, mark));
        entry
    }
}
