//! The names the calculator gives scenarios itself. A name is the reader's
//! once given (kept in their progress, in the language in force when it was
//! made); only scenarios made later take a new language's words.

use std::fmt::Display;

use crate::content;
use crate::domain::income::MAX_NAME;
use crate::domain::words::{Key, Words};

/// The words scenarios are named with, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Naming {
    /// The first scenario, the generalist's worked example.
    pub generalist: String,
    /// The second, the specialist's worked example.
    pub specialist: String,
    /// The third, the reader's own.
    pub my_plan: String,
    /// An added scenario: "Scenario {number}".
    numbered: String,
    /// A duplicate: "{name} (copy)".
    copy: String,
}

impl Naming {
    /// The names in `words`' language.
    pub fn new(words: &Words) -> Self {
        Naming {
            generalist: words.get(Key::IncomeScenarioGeneralist).to_owned(),
            specialist: words.get(Key::IncomeScenarioSpecialist).to_owned(),
            my_plan: words.get(Key::IncomeScenarioMyPlan).to_owned(),
            numbered: words.get(Key::IncomeScenarioNumbered).to_owned(),
            copy: words.get(Key::IncomeScenarioCopy).to_owned(),
        }
    }

    /// "Scenario 4".
    pub fn numbered(&self, number: impl Display) -> String {
        crate::domain::words::fill(&self.numbered, &[("number", &number.to_string())])
    }

    /// "Weekend work (copy)": `name` cut short so that the whole stays within
    /// [`MAX_NAME`] characters.
    pub fn copy_of(&self, name: &str) -> String {
        let added = self.copy.chars().count().saturating_sub("{name}".len());
        let base: String = name.chars().take(MAX_NAME.saturating_sub(added)).collect();
        let copy = crate::domain::words::fill(&self.copy, &[("name", base.trim_end())]);
        copy.chars().take(MAX_NAME).collect()
    }
}

impl Default for Naming {
    /// The names in English.
    fn default() -> Self {
        Naming::new(&content::english())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::Naming;
    use crate::content;
    use crate::domain::income::{MAX_NAME, NameError, SolveError};
    use crate::domain::number::{DecimalMark, Field, InputError};

    #[test]
    fn english_names_are_as_they_were() {
        let names = Naming::default();
        assert_eq!(
            [&*names.generalist, &*names.specialist, &*names.my_plan],
            ["Generalist", "Specialist", "My plan"]
        );
        assert_eq!(names.numbered(4), "Scenario 4");
        assert_eq!(names.copy_of("Weekend work"), "Weekend work (copy)");
        let long = "x".repeat(MAX_NAME);
        let copy = names.copy_of(&long);
        assert_eq!(copy, format!("{} (copy)", "x".repeat(MAX_NAME - 7)));
    }

    #[test]
    fn english_messages_say_what_display_says() {
        let words = content::english();
        let mut inputs = vec![
            InputError::Empty,
            InputError::Negative,
            InputError::TooManyDecimals,
            InputError::ZeroTarget,
            InputError::TargetTooLarge,
        ];
        for mark in [DecimalMark::Dot, DecimalMark::Comma] {
            inputs.extend([
                InputError::NotANumber(mark),
                InputError::WrongDecimalMark(mark),
                InputError::Grouping(mark),
            ]);
        }
        inputs.extend(Field::ALL.map(InputError::TooLarge));
        for e in inputs {
            assert_eq!(e.say(&words), e.to_string());
        }
        let mut solves = vec![SolveError::NoTarget, SolveError::ZeroFactor];
        solves.extend(Field::ALL.map(SolveError::Unreachable));
        for e in solves {
            assert_eq!(e.say(&words), e.to_string());
        }
        for e in [NameError::Empty, NameError::TooLong, NameError::Control] {
            assert_eq!(e.say(&words), e.to_string());
        }
    }
}
