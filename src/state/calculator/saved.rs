//! The calculator in saved progress: what [`Calculator::part`] keeps and how
//! [`Calculator::restore`] checks it again on the way back.

use std::rc::Rc;

use super::{Calculator, Naming, Scenario};
use crate::domain::income::{MAX_SCENARIOS, check_name};
use crate::domain::number::{Cents, Field, Hundredths, MoneyFormat, quantity};
use crate::domain::progress::{EntryPart, IncomePart, ScenarioPart};
use crate::state::entry::Entry;

impl Calculator {
    /// The calculator as saved progress keeps it.
    pub fn part(&self) -> IncomePart {
        IncomePart {
            scenarios: self
                .scenarios
                .iter()
                .map(|s| ScenarioPart {
                    name_text: s.name.text.clone(),
                    name: s.name.value.clone(),
                    rate: s.rate.part(),
                    hours: s.hours.part(),
                    weeks: s.weeks.part(),
                })
                .collect(),
            selected: self.position(self.selected).unwrap_or(0),
            target: EntryPart {
                text: self.target.text.clone(),
                value: self.target.value.0,
            },
            solve_for: self.solve_for.id().to_owned(),
        }
    }

    /// A calculator from saved progress, every value checked again as if typed
    /// with `money`'s decimal mark: what fails a check falls back to the fresh calculator's
    /// value, while the text is kept with its message. No scenarios (or more
    /// than [`MAX_SCENARIOS`]) keep the fresh ones (or the first six).
    /// Names it has to make are English; see [`Calculator::restore_named`].
    pub fn restore(part: &IncomePart, money: Rc<MoneyFormat>) -> Self {
        Calculator::restore_named(part, money, Naming::default())
    }

    /// As [`Calculator::restore`], naming fresh and unnamed scenarios with
    /// `names`.
    pub fn restore_named(part: &IncomePart, money: Rc<MoneyFormat>, names: Naming) -> Self {
        let mark = money.mark;
        let mut calc = Calculator::named(money, names);
        if !part.scenarios.is_empty() {
            let fresh = calc.scenarios[2].values();
            calc.scenarios = part
                .scenarios
                .iter()
                .take(MAX_SCENARIOS)
                .zip(1..)
                .map(|(s, id)| {
                    let fallback = check_name(&s.name).unwrap_or_else(|_| calc.names.numbered(id));
                    let mut name = Entry::valid(fallback.clone(), fallback);
                    name.edit(s.name_text.clone(), check_name);
                    Scenario {
                        id,
                        name,
                        rate: Entry::restore(&s.rate, Field::Rate, fresh.rate, mark),
                        hours: Entry::restore(&s.hours, Field::Hours, fresh.hours, mark),
                        weeks: Entry::restore(&s.weeks, Field::Weeks, fresh.weeks, mark),
                    }
                })
                .collect();
            calc.next_id = u32::try_from(calc.scenarios.len()).unwrap_or(0) + 1;
            let at = part.selected.min(calc.scenarios.len() - 1);
            calc.selected = calc.scenarios[at].id;
        }
        let target = Cents(part.target.value);
        if Cents::parse_target(&quantity(Hundredths::new(target.0), mark), mark) == Ok(target) {
            calc.target = Entry::valid(String::new(), target);
        }
        calc.target
            .edit(part.target.text.clone(), |t| super::target(t, mark));
        if let Some(field) = Field::from_id(&part.solve_for) {
            calc.solve_for = field;
        }
        calc
    }
}
