//! What importing a file will do, decided before anything changes: the
//! progress the widget will hold afterwards, which of the reader's work it
//! replaces (answers, scenarios, profile), and what to tell them. The
//! widget applies a plan by putting its progress back, like saved progress,
//! and undoes it the same way with the progress from before.

use std::rc::Rc;

use yew::Reducible;

use super::{AppState, CalcAction, Calculator, FormAction, GuideAction, ProfileForm, progress};
use crate::content;
use crate::domain::number::Currency;
use crate::domain::profile::document::{Imported, Incoming};
use crate::domain::progress::Progress;
use crate::domain::words::{Key, Words};

/// A part of the reader's work an import can replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The guide's answers.
    Answers,
    /// The calculator's scenarios.
    Scenarios,
    /// The skill profile form.
    Profile,
}

impl Part {
    /// The catalogue key of the part in a sentence ("your guide answers").
    pub fn key(self) -> Key {
        match self {
            Part::Answers => Key::ProfilePartAnswers,
            Part::Scenarios => Key::ProfilePartScenarios,
            Part::Profile => Key::ProfilePartProfile,
        }
    }
}

/// What an import will do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The file's name.
    pub name: String,
    /// Everything as it will be after the import.
    pub after: Progress,
    /// Everything as it was before, to undo it.
    pub before: Progress,
    /// The parts it changes that hold the reader's own work, in screen order:
    /// the reader is asked first when there is any.
    pub replaces: Vec<Part>,
    /// What the status says once it is done, in the words it was planned in.
    pub done: String,
}

impl Plan {
    /// [`Plan::ask`] in English (for logs and tests).
    pub fn question(&self) -> String {
        self.ask(&content::english())
    }

    /// The question asked before an import that replaces the reader's work,
    /// in `words`.
    pub fn ask(&self, words: &Words) -> String {
        let parts = self.replaces.iter().map(|p| words.get(p.key()).to_owned());
        words.fill(
            Key::ProfileImportQuestion,
            &[
                ("name", &self.name),
                ("parts", &listed(words, parts.collect())),
            ],
        )
    }

    /// What the status says after an undo, in `words`.
    pub fn undone(&self, words: &Words) -> String {
        let changed = self.changed();
        let parts: Vec<String> = changed
            .iter()
            .map(|p| words.get(p.key()).to_owned())
            .collect();
        let n = changed.len();
        words.count(
            Key::ProfileImportUndone,
            n as u64,
            &n.to_string(),
            &[("name", &self.name), ("parts", &listed(words, parts))],
        )
    }

    /// Every part the import changes, whether or not it held work.
    pub fn changed(&self) -> Vec<Part> {
        changed_parts(&self.before, &self.after)
    }
}

/// The parts that differ between `before` and `after`, in screen order.
fn changed_parts(before: &Progress, after: &Progress) -> Vec<Part> {
    let mut parts = Vec::new();
    if before.guide.answers != after.guide.answers {
        parts.push(Part::Answers);
    }
    if before.income.scenarios != after.income.scenarios
        || before.income.selected != after.income.selected
    {
        parts.push(Part::Scenarios);
    }
    if before.profile != after.profile {
        parts.push(Part::Profile);
    }
    parts
}

/// "a", "a and b", "a, b and c", in `words`.
fn listed(words: &Words, mut items: Vec<String>) -> String {
    let last = items.pop().unwrap_or_default();
    if items.is_empty() {
        last
    } else {
        let items = items.join(words.get(Key::ProfileListSeparator));
        words.fill(Key::ProfileListAnd, &[("items", &items), ("last", &last)])
    }
}

/// [`plan_in`] in English (for logs and tests).
pub fn plan(
    name: &str,
    incoming: &Incoming,
    guide: &AppState,
    calc: &Calculator,
    form: &ProfileForm,
    currency: Currency,
) -> Plan {
    plan_in(
        &content::english(),
        name,
        incoming,
        guide,
        calc,
        form,
        currency,
    )
}

/// Plans importing `incoming` (read from the file `name`) over the reader's
/// `guide`, `calc` and `form`, whose amounts are in `currency`; what it will
/// say is in `words`.
pub fn plan_in(
    words: &Words,
    name: &str,
    incoming: &Incoming,
    guide: &AppState,
    calc: &Calculator,
    form: &ProfileForm,
    currency: Currency,
) -> Plan {
    let before = progress(guide, calc, form);
    let (after, done) = match incoming {
        Incoming::Progress(p) => (
            (*p).clone(),
            words.fill(Key::ProfileImportedProgress, &[("name", name)]),
        ),
        Incoming::Profile(imported) => {
            from_profile(words, name, imported, guide, calc, form, currency)
        }
    };
    let fresh = calc.fresh().part();
    let replaces = changed_parts(&before, &after)
        .into_iter()
        .filter(|part| match part {
            Part::Answers => !before.guide.answers.is_empty(),
            Part::Scenarios => before.income.scenarios != fresh.scenarios,
            // Typed by the reader and not downloaded since (what the guide's
            // outcome prefilled, or a file brought, can be had again).
            Part::Profile => before.profile.dirty,
        })
        .collect();
    Plan {
        name: name.to_owned(),
        after,
        before,
        replaces,
        done,
    }
}

/// A profile file over the current state: its profile, its guide answers
/// (when it has them) and its scenario (added, or updating the one of that name).
fn from_profile(
    words: &Words,
    name: &str,
    imported: &Imported,
    guide: &AppState,
    calc: &Calculator,
    form: &ProfileForm,
    currency: Currency,
) -> (Progress, String) {
    let doc = &imported.document;
    let mut form = form.clone();
    form.apply(FormAction::Load(doc.profile.clone()));
    let mut back = vec![words.get(Key::ProfileBackProfile).to_owned()];
    let mut notes = Vec::new();
    let mut guide = Rc::new(guide.clone());
    if let Some(snapshot) = &doc.guide {
        let (answers, missed) = snapshot.answers_for(&guide.guide);
        guide = guide.reduce(GuideAction::Load(answers));
        back.push(words.get(Key::ProfilePartAnswers).to_owned());
        if missed > 0 {
            notes.push(words.count(
                Key::ProfileImportMissed,
                missed as u64,
                &missed.to_string(),
                &[],
            ));
        }
    }
    let mut calc = calc.clone();
    if let Some(income) = &doc.income {
        calc.apply(CalcAction::Restore {
            name: income.scenario.clone(),
            values: income.values,
        });
        back.push(words.fill(Key::ProfileBackScenario, &[("name", &income.scenario)]));
        if income.currency != currency {
            notes.push(words.fill(
                Key::ProfileImportCurrency,
                &[("from", &income.currency.code()), ("to", &currency.code())],
            ));
        }
    }
    notes.extend(imported.ignored_note_in(words));
    let n = back.len();
    let parts = listed(words, back);
    let said = [words.count(
        Key::ProfileImported,
        n as u64,
        &n.to_string(),
        &[("name", name), ("parts", &parts)],
    )]
    .into_iter()
    .chain(notes)
    .collect::<Vec<_>>()
    .join(" ");
    (progress(&guide, &calc, &form), said)
}

/// What the widget does to carry out an import or its undo: put `put` back
/// (as saved progress is put back), keep `keep` as earlier progress first
/// when there is one (nothing the reader had is ever dropped), and say
/// `said` in the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub put: Progress,
    pub keep: Option<Progress>,
    pub said: String,
}

/// The imports of this visit, the last on top, to undo one by one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imports(Vec<Rc<Plan>>);

impl Imports {
    /// Carries out `plan`: what it replaces of the reader's own work is kept.
    pub fn import(&mut self, plan: Plan) -> Step {
        let step = Step {
            put: plan.after.clone(),
            keep: (!plan.replaces.is_empty()).then(|| plan.before.clone()),
            said: plan.done.clone(),
        };
        self.0.push(Rc::new(plan));
        step
    }

    /// [`Imports::undo_in`], saying so in English (for logs and tests).
    pub fn undo(&mut self, now: Progress) -> Option<Step> {
        self.undo_in(now, &content::english())
    }

    /// Undoes the last import, with `now` the reader's progress: work done
    /// since that import is kept rather than dropped; what it says is in
    /// `words`. `None` when there is nothing to undo.
    pub fn undo_in(&mut self, now: Progress, words: &Words) -> Option<Step> {
        let plan = self.0.pop()?;
        let changed = now != plan.after && now != plan.before;
        Some(Step {
            put: plan.before.clone(),
            keep: changed.then_some(now),
            said: plan.undone(words),
        })
    }

    /// Whether there is an import to undo.
    pub fn any(&self) -> bool {
        !self.0.is_empty()
    }
}
