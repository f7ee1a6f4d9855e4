//! The skill profile form's reducer: what the reader typed, kept exactly, and
//! what it adds up to.
//!
//! Nothing typed is ever thrown away: a refused list item stays in its input
//! with the reason, Backspace in an empty input moves the last item back into
//! it, and text not yet added to a list blocks the download with a message
//! instead of being dropped silently.

pub mod desk;
mod problems;
mod saved;
#[cfg(test)]
mod tests;

use std::rc::Rc;

use super::entry::Entry;
use crate::domain::guide::Outcome;
use crate::domain::number::{Field, Hundredths, MoneyFormat, quantity};
use crate::domain::profile::{
    ListKind, MAX_ITEMS, MAX_SAMPLES, MAX_TIMEZONE, Profile, Rule, SampleKind, WorkSample,
    check_count, check_item, suggestions,
};
use crate::domain::progress::ProfilePart;
use crate::domain::words::Words;

/// The text in a list's input and why it could not be added (if it could not).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// The input's text.
    pub text: String,
    /// Why the last attempt to add it failed.
    pub error: Option<Rule>,
}

/// The profile form exactly as typed, with the last accepted hours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileForm {
    /// Headline as typed.
    pub headline: String,
    /// The four lists, in [`ListKind::ALL`] order; items are checked and trimmed.
    pub lists: [Vec<String>; 4],
    /// The four lists' inputs.
    pub drafts: [Draft; 4],
    pub hours: Entry<Hundredths>,
    /// Time zone as typed.
    pub timezone: String,
    /// Work samples with stable row ids, as typed.
    pub samples: Vec<(u32, WorkSample)>,
    /// Changed by the reader since the form was last filled, imported or saved.
    pub dirty: bool,
    next_id: u32,
    money: Rc<MoneyFormat>,
    hours_typed: bool,
    /// Filled from an imported file: the guide's suggestions no longer apply.
    imported: bool,
    /// Which problems show. Not saved: a fresh visit starts quiet.
    shown: Shown,
}

/// Which of the form's problems show: none on a fresh form, a field's once
/// the reader has left it, and all of them once the reader tried to save.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Shown {
    /// The fields, by path, the reader has left.
    left: Vec<String>,
    /// Whether the reader tried to save since the form was last filled or saved.
    tried: bool,
}

/// What the reader (or the rest of the widget) does to the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormAction {
    /// Typed the headline.
    Headline(String),
    /// Typed in a list's input; every comma adds the text before it.
    Draft(ListKind, String),
    /// Pressed Enter in a list's input: add its text.
    Commit(ListKind),
    /// Removed item `n` of a list.
    Remove(ListKind, usize),
    /// Backspace in an empty list input: the last item goes back into the input.
    Pop(ListKind),
    /// Picked a suggested item.
    Suggest(ListKind, String),
    /// Typed hours per week.
    Hours(String),
    /// Typed the time zone.
    Timezone(String),
    /// Added an empty work-sample row.
    AddSample,
    /// Removed work-sample row `id`.
    RemoveSample(u32),
    /// Typed a work sample's title.
    Title(u32, String),
    /// Picked a work sample's type.
    Kind(u32, SampleKind),
    /// Typed a work sample's link.
    Link(u32, String),
    /// The guide has a result, and these are its suggestions in the reader's
    /// language ([`FormAction::outcome`]): fill an empty headline and empty
    /// strengths (not after an import: what a file left empty stays empty).
    Suggested {
        /// The suggested headline.
        headline: String,
        /// The suggested strengths.
        strengths: Vec<String>,
    },
    /// The chosen income scenario has these hours: follow them until the reader types hours.
    ScenarioHours(Hundredths),
    /// Replace everything with an imported profile.
    Load(Profile),
    /// The profile was downloaded or copied.
    Saved,
    /// Put back saved progress (see [`ProfileForm::restore`]).
    Resume(Box<ProfilePart>),
    /// Left the field at this path: its problem, if any, shows from now on.
    Leave(String),
    /// Tried to save: every problem shows.
    Try,
    /// The host changed the locale: hours are read and written the new way.
    Locale(Rc<MoneyFormat>),
}

impl FormAction {
    /// The suggestions for `outcome`, in `words`' language.
    pub fn outcome(outcome: Outcome, words: &Words) -> FormAction {
        let (headline, strengths) = suggestions(outcome);
        FormAction::Suggested {
            headline: words.get(headline).to_owned(),
            strengths: strengths.iter().map(|k| words.get(*k).to_owned()).collect(),
        }
    }
}

impl ProfileForm {
    /// An empty form with `hours` (from the chosen scenario) and `timezone`
    /// (from the browser) filled in.
    pub fn new(hours: Hundredths, timezone: &str, money: Rc<MoneyFormat>) -> Self {
        let mark = money.mark;
        ProfileForm {
            headline: String::new(),
            lists: Default::default(),
            drafts: Default::default(),
            hours: Entry::valid(quantity(hours, mark), hours),
            timezone: timezone.chars().take(MAX_TIMEZONE).collect(),
            samples: Vec::new(),
            dirty: false,
            next_id: 1,
            money,
            hours_typed: false,
            imported: false,
            shown: Shown::default(),
        }
    }

    /// Whether the problem of the field at `path` shows: once the reader
    /// has left that field or tried to save, never on a fresh form.
    pub fn shows(&self, path: &str) -> bool {
        self.shown.tried || self.shown.left.iter().any(|p| p == path)
    }

    /// Whether the reader tried to save since the form was last filled or
    /// saved: the summary of problems shows.
    pub fn tried(&self) -> bool {
        self.shown.tried
    }

    /// Whether another work sample fits.
    pub fn can_add_sample(&self) -> bool {
        self.samples.len() < MAX_SAMPLES
    }

    fn add(&mut self, kind: ListKind, text: &str) -> Result<(), Rule> {
        let list = &self.lists[kind.index()];
        let item = check_item(text, list)?;
        check_count(list.len() + 1, MAX_ITEMS)?;
        self.lists[kind.index()].push(item.to_owned());
        Ok(())
    }

    /// Adds every comma-separated part of the draft but the last (the Latin
    /// comma, or the Arabic `،` an Arabic keyboard types); a part that is
    /// refused stops there and stays in the input with what follows it.
    fn commit_commas(&mut self, kind: ListKind, text: String) {
        let mut rest = text.as_str();
        let mut error = None;
        while let Some((part, after)) = rest.split_once([',', '،']) {
            if part.trim().is_empty() {
                rest = after;
                continue;
            }
            if let Err(rule) = self.add(kind, part) {
                error = Some(rule);
                break;
            }
            rest = after;
        }
        let text = rest.trim_start().to_owned();
        self.drafts[kind.index()] = Draft { text, error };
    }

    /// Applies one action.
    #[allow(
        clippy::too_many_lines,
        reason = "one flat match over every action reads best"
    )]
    pub fn apply(&mut self, action: FormAction) {
        let user = !matches!(
            action,
            FormAction::Suggested { .. }
                | FormAction::ScenarioHours(_)
                | FormAction::Load(_)
                | FormAction::Saved
                | FormAction::Resume(_)
                | FormAction::Locale(_)
                | FormAction::Leave(_)
                | FormAction::Try
        );
        match action {
            FormAction::Headline(text) => self.headline = text,
            FormAction::Draft(kind, text) => self.commit_commas(kind, text),
            FormAction::Commit(kind) => {
                let draft = &self.drafts[kind.index()];
                if draft.text.trim().is_empty() {
                    return;
                }
                let text = draft.text.clone();
                let error = self.add(kind, &text).err();
                let draft = &mut self.drafts[kind.index()];
                if error.is_none() {
                    draft.text.clear();
                }
                draft.error = error;
            }
            FormAction::Remove(kind, n) => {
                let list = &mut self.lists[kind.index()];
                if n < list.len() {
                    list.remove(n);
                    self.drafts[kind.index()].error = None;
                }
            }
            FormAction::Pop(kind) => {
                let draft = &mut self.drafts[kind.index()];
                if !draft.text.is_empty() {
                    return;
                }
                let Some(last) = self.lists[kind.index()].pop() else {
                    return;
                };
                *draft = Draft {
                    text: last,
                    error: None,
                };
            }
            FormAction::Suggest(kind, item) => {
                let error = self.add(kind, &item).err();
                self.drafts[kind.index()].error = error;
            }
            FormAction::Hours(text) => {
                let mark = self.money.mark;
                self.hours
                    .edit(text, |t| Hundredths::parse(t, Field::Hours, mark));
                self.hours_typed = true;
            }
            FormAction::Timezone(text) => self.timezone = text,
            FormAction::AddSample => {
                if !self.can_add_sample() {
                    return;
                }
                let row = WorkSample {
                    title: String::new(),
                    kind: SampleKind::Benchmark,
                    link: String::new(),
                };
                self.samples.push((self.next_id, row));
                self.next_id += 1;
            }
            FormAction::RemoveSample(id) => self.samples.retain(|(i, _)| *i != id),
            FormAction::Title(id, text) => self.edit_sample(id, |s| s.title = text),
            FormAction::Kind(id, kind) => self.edit_sample(id, |s| s.kind = kind),
            FormAction::Link(id, text) => self.edit_sample(id, |s| s.link = text),
            FormAction::Suggested { .. } if self.imported => {}
            FormAction::Suggested {
                headline,
                strengths,
            } => {
                if self.headline.trim().is_empty() {
                    self.headline = headline;
                }
                let list = &mut self.lists[ListKind::Strengths.index()];
                if list.is_empty() {
                    list.extend(strengths);
                }
            }
            FormAction::ScenarioHours(hours) => {
                if !self.hours_typed {
                    self.hours = Entry::valid(quantity(hours, self.money.mark), hours);
                }
            }
            FormAction::Load(profile) => {
                // `new` already shows the hours and starts with no drafts or rows.
                *self = ProfileForm {
                    headline: profile.headline,
                    lists: profile.lists,
                    timezone: profile.timezone,
                    next_id: self.next_id,
                    hours_typed: true,
                    imported: true,
                    ..ProfileForm::new(profile.hours, "", Rc::clone(&self.money))
                };
                for sample in profile.samples {
                    self.samples.push((self.next_id, sample));
                    self.next_id += 1;
                }
            }
            FormAction::Saved => {
                self.dirty = false;
                self.shown.tried = false;
            }
            FormAction::Leave(path) => {
                if !self.shown.left.contains(&path) {
                    self.shown.left.push(path);
                }
            }
            FormAction::Try => self.shown.tried = true,
            FormAction::Resume(part) => {
                *self = ProfileForm::restore(&part, Rc::clone(&self.money));
            }
            FormAction::Locale(money) => {
                if self.hours.error.is_none() {
                    self.hours.text = quantity(self.hours.value, money.mark);
                }
                self.money = money;
            }
        }
        if user {
            self.dirty = true;
        }
    }

    fn edit_sample(&mut self, id: u32, edit: impl FnOnce(&mut WorkSample)) {
        if let Some((_, s)) = self.samples.iter_mut().find(|(i, _)| *i == id) {
            edit(s);
        }
    }
}
