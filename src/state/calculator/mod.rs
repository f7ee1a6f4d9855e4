//! The income calculator's reducer: named scenarios side by side, each field as
//! typed with the last valid value behind it, and the inverse ("what do I need
//! for this target?"). The views send [`CalcAction`]s; every rule it applies
//! is in [`crate::domain::income`] and [`crate::domain::number`].

mod names;
mod saved;
mod scenario;

pub use names::Naming;
pub use scenario::Scenario;

use std::rc::Rc;

use super::entry::Entry;
use crate::domain::events::IncomeDetail;
use crate::domain::income::{
    MAX_SCENARIOS, PRESETS, SolveError, Solved, Values, check_name, solve,
};
use crate::domain::number::{
    Cents, Currency, DecimalMark, Field, Hundredths, InputError, MoneyFormat, quantity,
};
use crate::domain::progress::IncomePart;
use crate::domain::words::Words;

/// What the reader can do in the calculator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalcAction {
    /// Typed `text` into `field` of scenario `id`.
    Edit {
        id: u32,
        field: Field,
        /// The field's whole text.
        text: String,
    },
    /// Typed a new name for scenario `id`.
    Rename {
        id: u32,
        /// The name field's whole text.
        text: String,
    },
    /// Fill scenario `id` with a preset's values (the name stays).
    Fill { id: u32, values: Values },
    /// Show scenario `id` in the editor and use it for the profile.
    Select(u32),
    /// A new scenario with these values, selected.
    Add(Values),
    /// A copy of scenario `id`, placed after it and selected.
    Duplicate(u32),
    /// Remove scenario `id` (never the last one).
    Remove(u32),
    /// Bring back a scenario from an imported profile and select it: the
    /// scenario of that name gets the values, or a new one is added (when six
    /// exist already, the selected one takes the name and values).
    Restore {
        /// The scenario's name.
        name: String,
        values: Values,
    },
    /// Typed a target annual income.
    Target(String),
    /// Which field the inverse solves for.
    SolveFor(Field),
    /// Put the inverse's answer (rounded up to two decimals) into the selected scenario.
    UseSolution,
    /// The host changed the locale or currency: amounts are read and written
    /// the new way, and every accepted field is rewritten with the new mark
    /// (text that was not accepted stays as typed).
    Locale(Rc<MoneyFormat>),
    /// Put back saved progress (see [`Calculator::restore`]).
    Resume(Box<IncomePart>),
    /// The language changed: scenarios made from now on are named in it
    /// (the names already given stay as they are).
    Names(Naming),
}

/// The calculator: scenarios side by side and the inverse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calculator {
    scenarios: Vec<Scenario>,
    selected: u32,
    next_id: u32,
    /// The target annual income for the inverse; zero (an empty field)
    /// until the reader sets one.
    pub target: Entry<Cents>,
    /// The field the inverse solves for.
    pub solve_for: Field,
    /// How amounts are typed and shown: the widget's one format, shared.
    money: Rc<MoneyFormat>,
    /// How new scenarios are named: in the language in force.
    names: Naming,
}

impl Calculator {
    /// The sources' two worked examples plus "My plan" (35 × 20 × 46, the
    /// middle of the overall band), with "My plan" selected and no target
    /// until the reader sets one (the inverse then solves for the rate).
    /// Scenarios are named in English; see [`Calculator::with_words`].
    pub fn new(money: Rc<MoneyFormat>) -> Self {
        Calculator::named(money, Naming::default())
    }

    /// As [`Calculator::new`], with its scenarios named in `words`' language.
    pub fn with_words(money: Rc<MoneyFormat>, words: &Words) -> Self {
        Calculator::named(money, Naming::new(words))
    }

    /// As [`Calculator::new`], with scenarios named by `names`.
    pub fn named(money: Rc<MoneyFormat>, names: Naming) -> Self {
        let mark = money.mark;
        let scenarios = vec![
            Scenario::new(1, &names.generalist, PRESETS[0].values(), mark),
            Scenario::new(2, &names.specialist, PRESETS[1].values(), mark),
            Scenario::new(3, &names.my_plan, Values::new(3500, 2000, 4600), mark),
        ];
        Calculator {
            scenarios,
            selected: 3,
            next_id: 4,
            target: Entry::valid(String::new(), Cents(0)),
            solve_for: Field::Rate,
            money,
            names,
        }
    }

    /// A fresh calculator ([`Calculator::new`]) with the same format and
    /// names as this one.
    #[must_use]
    pub fn fresh(&self) -> Self {
        Calculator::named(Rc::clone(&self.money), self.names.clone())
    }

    /// How new scenarios are named.
    pub fn names(&self) -> &Naming {
        &self.names
    }

    /// How amounts are typed and shown.
    pub fn money(&self) -> &Rc<MoneyFormat> {
        &self.money
    }

    /// Every scenario, in the order shown.
    pub fn scenarios(&self) -> &[Scenario] {
        &self.scenarios
    }

    /// The scenario in the editor, which is also the one the profile uses.
    pub fn selected(&self) -> &Scenario {
        self.scenarios
            .iter()
            .find(|s| s.id == self.selected)
            .unwrap_or(&self.scenarios[0])
    }

    /// Whether another scenario fits.
    pub fn can_add(&self) -> bool {
        self.scenarios.len() < MAX_SCENARIOS
    }

    /// Whether a scenario may be removed (one always stays).
    pub fn can_remove(&self) -> bool {
        self.scenarios.len() > 1
    }

    /// The inverse for the selected scenario and the last valid target: the
    /// value of [`Calculator::solve_for`] that reaches it with the other two.
    ///
    /// # Errors
    /// As [`solve`]: a zero in the other two fields, or an answer beyond the
    /// field's limit.
    pub fn solution(&self) -> Result<Solved, SolveError> {
        if !self.has_target() {
            return Err(SolveError::NoTarget);
        }
        let (a, b) = self.selected().values().others(self.solve_for);
        solve(self.target.value, self.solve_for, a, b)
    }

    /// Whether the reader has set a target (the chart draws it, the inverse
    /// solves for it).
    pub fn has_target(&self) -> bool {
        self.target.value.0 > 0
    }

    /// A name not yet taken: "Scenario 4", "Scenario 5", …
    fn fresh_name(&self) -> String {
        // Fewer than MAX_SCENARIOS names are taken, so one of these is free.
        let first = self.scenarios.len() + 1;
        (first..=first + MAX_SCENARIOS)
            .map(|n| self.names.numbered(n))
            .find(|name| self.scenarios.iter().all(|s| s.name.value != *name))
            .unwrap_or_default()
    }

    fn position(&self, id: u32) -> Option<usize> {
        self.scenarios.iter().position(|s| s.id == id)
    }

    fn scenario_mut(&mut self, id: u32) -> Option<&mut Scenario> {
        self.scenarios.iter_mut().find(|s| s.id == id)
    }

    fn push_after(&mut self, at: usize, mut scenario: Scenario) {
        scenario.id = self.next_id;
        self.next_id += 1;
        self.selected = scenario.id;
        self.scenarios.insert(at + 1, scenario);
    }

    /// Reads and writes amounts with `money` from now on; accepted fields are
    /// rewritten with its mark, text that was not accepted stays as typed.
    fn relocale(&mut self, money: Rc<MoneyFormat>) {
        let new = money.mark;
        self.money = money;
        for s in &mut self.scenarios {
            for field in Field::ALL {
                let entry = s.entry_mut(field);
                if entry.error.is_none() {
                    entry.text = quantity(entry.value, new);
                }
            }
        }
        if self.target.error.is_none() && self.has_target() {
            self.target.text = quantity(Hundredths::new(self.target.value.0), new);
        }
    }

    /// Applies one action. Actions on unknown ids, adding past
    /// [`MAX_SCENARIOS`] and removing the last scenario change nothing.
    pub fn apply(&mut self, action: CalcAction) {
        let mark = self.money.mark;
        match action {
            CalcAction::Edit { id, field, text } => {
                if let Some(s) = self.scenario_mut(id) {
                    s.entry_mut(field)
                        .edit(text, |t| Hundredths::parse(t, field, mark));
                }
            }
            CalcAction::Rename { id, text } => {
                if let Some(s) = self.scenario_mut(id) {
                    s.name.edit(text, check_name);
                }
            }
            CalcAction::Fill { id, values } => {
                if let Some(s) = self.scenario_mut(id) {
                    s.set_values(values, mark);
                }
            }
            CalcAction::Select(id) => {
                if self.position(id).is_some() {
                    self.selected = id;
                }
            }
            CalcAction::Add(values) => {
                if self.can_add() {
                    let name = self.fresh_name();
                    let at = self.scenarios.len() - 1;
                    self.push_after(at, Scenario::new(0, &name, values, mark));
                }
            }
            CalcAction::Duplicate(id) => {
                if let (true, Some(at)) = (self.can_add(), self.position(id)) {
                    let mut copy = self.scenarios[at].clone();
                    let name = self.names.copy_of(&copy.name.value);
                    copy.name = Entry::valid(name.clone(), name);
                    self.push_after(at, copy);
                }
            }
            CalcAction::Remove(id) => {
                if let (true, Some(at)) = (self.can_remove(), self.position(id)) {
                    self.scenarios.remove(at);
                    if self.selected == id {
                        let next = at.min(self.scenarios.len() - 1);
                        self.selected = self.scenarios[next].id;
                    }
                }
            }
            CalcAction::Restore { name, values } => {
                let Ok(name) = check_name(&name) else { return };
                let found = self
                    .scenarios
                    .iter()
                    .find(|s| s.name.value == name)
                    .map(|s| s.id);
                let id = match found {
                    Some(id) => id,
                    None if self.can_add() => {
                        let at = self.scenarios.len() - 1;
                        self.push_after(at, Scenario::new(0, &name, values, mark));
                        return;
                    }
                    None => self.selected().id,
                };
                if let Some(s) = self.scenario_mut(id) {
                    s.name = Entry::valid(name.clone(), name);
                    s.set_values(values, mark);
                }
                self.selected = id;
            }
            CalcAction::Target(text) => {
                self.target.edit(text, |t| target(t, mark));
            }
            CalcAction::SolveFor(field) => self.solve_for = field,
            CalcAction::UseSolution => {
                if let Ok(solved) = self.solution() {
                    let (field, id) = (self.solve_for, self.selected().id);
                    if let Some(s) = self.scenario_mut(id) {
                        let mut values = s.values();
                        values.set(field, solved.ceil_hundredths());
                        s.set_values(values, mark);
                    }
                }
            }
            CalcAction::Resume(part) => {
                *self =
                    Calculator::restore_named(&part, Rc::clone(&self.money), self.names.clone());
            }
            CalcAction::Names(names) => self.names = names,
            CalcAction::Locale(money) => self.relocale(money),
        }
    }
}

/// A typed target: an empty field means no target (zero); anything else is
/// read as [`Cents::parse_target`] reads it.
pub(crate) fn target(text: &str, mark: DecimalMark) -> Result<Cents, InputError> {
    if text.trim().is_empty() {
        Ok(Cents(0))
    } else {
        Cents::parse_target(text, mark)
    }
}

impl Calculator {
    /// What the host hears in `skillpath-income`: the selected scenario and
    /// every scenario, in `currency`.
    pub fn detail(&self, currency: Currency) -> IncomeDetail {
        let selected = self.selected();
        IncomeDetail::new(
            (&selected.name.value, selected.values()),
            self.scenarios
                .iter()
                .map(|s| (s.name.value.clone(), s.values())),
            currency,
        )
    }
}
