//! The income calculator's state: named scenarios, what the reader typed into
//! each field, the last valid value behind it, and the inverse ("what do I
//! need for this target?"). Pure: the UI sends [`CalcAction`]s to [`Calculator::apply`].

use thiserror::Error;

use super::guide::{Outcome, RateBand};
use super::income::{
    Cents, DecimalMark, Field, Hundredths, Income, InputError, PRESETS, SolveError, Solved, income,
    solve,
};
use super::money::quantity;
use super::progress::{EntryPart, IncomePart, ScenarioPart};

/// The most scenarios a reader can keep side by side.
pub const MAX_SCENARIOS: usize = 6;
/// The longest scenario name, in characters.
pub const MAX_NAME: usize = 40;

/// Rate, hours per week and weeks per year together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Values {
    /// Hourly rate.
    pub rate: Hundredths,
    /// Hours per week.
    pub hours: Hundredths,
    /// Working weeks per year.
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

    fn set(&mut self, field: Field, value: Hundredths) {
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

/// Why a scenario name was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum NameError {
    /// Only spaces, or nothing.
    #[error("Give this scenario a name.")]
    Empty,
    /// Longer than [`MAX_NAME`] characters.
    #[error("Keep the name to 40 characters or fewer.")]
    TooLong,
}

/// Checks a scenario name; surrounding spaces are dropped.
///
/// # Errors
/// [`NameError`] when it is empty or longer than [`MAX_NAME`] characters.
pub fn check_name(text: &str) -> Result<String, NameError> {
    let name = text.trim();
    if name.is_empty() {
        Err(NameError::Empty)
    } else if name.chars().nth(MAX_NAME).is_some() {
        Err(NameError::TooLong)
    } else {
        Ok(name.to_owned())
    }
}

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

/// One named set of r, h and w.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Stable within a session; never reused.
    pub id: u32,
    /// The scenario's name.
    pub name: Entry<String, NameError>,
    /// Hourly rate.
    pub rate: Entry<Hundredths>,
    /// Hours per week.
    pub hours: Entry<Hundredths>,
    /// Working weeks per year.
    pub weeks: Entry<Hundredths>,
}

impl Scenario {
    fn new(id: u32, name: &str, values: Values, mark: DecimalMark) -> Self {
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

    fn entry_mut(&mut self, field: Field) -> &mut Entry<Hundredths> {
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

    fn set_values(&mut self, values: Values, mark: DecimalMark) {
        for field in Field::ALL {
            let v = values.get(field);
            *self.entry_mut(field) = Entry::valid(quantity(v, mark), v);
        }
    }
}

/// What the reader can do in the calculator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalcAction {
    /// Typed `text` into `field` of scenario `id`.
    Edit {
        /// Scenario id.
        id: u32,
        /// Which field.
        field: Field,
        /// The field's whole text.
        text: String,
    },
    /// Typed a new name for scenario `id`.
    Rename {
        /// Scenario id.
        id: u32,
        /// The name field's whole text.
        text: String,
    },
    /// Fill scenario `id` with a preset's values (the name stays).
    Fill {
        /// Scenario id.
        id: u32,
        /// The values.
        values: Values,
    },
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
        /// Its values.
        values: Values,
    },
    /// Typed a target annual income.
    Target(String),
    /// Which field the inverse solves for.
    SolveFor(Field),
    /// Put the inverse's answer (rounded up to two decimals) into the selected scenario.
    UseSolution,
    /// The locale's decimal mark changed: rewrite valid fields with it.
    Mark(DecimalMark),
    /// Put back saved progress (see [`Calculator::restore`]).
    Resume(Box<IncomePart>),
}

/// The calculator: scenarios side by side and the inverse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calculator {
    scenarios: Vec<Scenario>,
    selected: u32,
    next_id: u32,
    /// The target annual income for the inverse.
    pub target: Entry<Cents>,
    /// The field the inverse solves for.
    pub solve_for: Field,
    /// How decimals are typed and shown.
    pub mark: DecimalMark,
}

impl Calculator {
    /// The sources' two worked examples plus "My plan" (35 × 20 × 46, the
    /// middle of the overall band), with "My plan" selected and a target of
    /// 40,000 a year solved for the rate.
    pub fn new(mark: DecimalMark) -> Self {
        let scenarios = vec![
            Scenario::new(1, "Generalist", PRESETS[0].values(), mark),
            Scenario::new(2, "Specialist", PRESETS[1].values(), mark),
            Scenario::new(3, "My plan", Values::new(3500, 2000, 4600), mark),
        ];
        Calculator {
            scenarios,
            selected: 3,
            next_id: 4,
            target: Entry::valid("40000".into(), Cents(4_000_000)),
            solve_for: Field::Rate,
            mark,
        }
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
        let (a, b) = self.selected().values().others(self.solve_for);
        solve(self.target.value, self.solve_for, a, b)
    }

    /// A name not yet taken: "Scenario 4", "Scenario 5", …
    fn fresh_name(&self) -> String {
        // Fewer than MAX_SCENARIOS names are taken, so one of these is free.
        let first = self.scenarios.len() + 1;
        (first..=first + MAX_SCENARIOS)
            .map(|n| format!("Scenario {n}"))
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

    /// Applies one action. Actions on unknown ids, adding past
    /// [`MAX_SCENARIOS`] and removing the last scenario change nothing.
    pub fn apply(&mut self, action: CalcAction) {
        let mark = self.mark;
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
                    let base: String = copy.name.value.chars().take(MAX_NAME - 7).collect();
                    let name = format!("{} (copy)", base.trim_end());
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
                self.target.edit(text, |t| Cents::parse_target(t, mark));
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
            CalcAction::Resume(part) => *self = Calculator::restore(&part, mark),
            CalcAction::Mark(new) => {
                self.mark = new;
                for s in &mut self.scenarios {
                    for field in Field::ALL {
                        let entry = s.entry_mut(field);
                        if entry.error.is_none() {
                            entry.text = quantity(entry.value, new);
                        }
                    }
                }
                if self.target.error.is_none() {
                    self.target.text = quantity(Hundredths::new(self.target.value.0), new);
                }
            }
        }
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
    /// with `mark`: what fails a check falls back to the fresh calculator's
    /// value, while the text is kept with its message. No scenarios (or more
    /// than [`MAX_SCENARIOS`]) keep the fresh ones (or the first six).
    pub fn restore(part: &IncomePart, mark: DecimalMark) -> Self {
        let mut calc = Calculator::new(mark);
        if !part.scenarios.is_empty() {
            let fresh = calc.scenarios[2].values();
            calc.scenarios = part
                .scenarios
                .iter()
                .take(MAX_SCENARIOS)
                .zip(1..)
                .map(|(s, id)| {
                    let fallback = check_name(&s.name).unwrap_or_else(|_| format!("Scenario {id}"));
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
            .edit(part.target.text.clone(), |t| Cents::parse_target(t, mark));
        if let Some(field) = Field::from_id(&part.solve_for) {
            calc.solve_for = field;
        }
        calc
    }
}

/// A chart axis from zero: its top and the step between ticks, in whole
/// currency units. Steps are 1, 2 or 5 × 10ⁿ, chosen so that 2 to 5 steps
/// cover `max`; the top is the first tick at or above `max`.
pub fn axis(max: Cents) -> (u64, u64) {
    let units = max.0.div_ceil(100).max(1);
    let mut magnitude = 1u64;
    loop {
        for step in [
            magnitude,
            magnitude.saturating_mul(2),
            magnitude.saturating_mul(5),
        ] {
            let steps = units.div_ceil(step);
            if steps <= 5 {
                return (steps.max(2).saturating_mul(step), step);
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}
