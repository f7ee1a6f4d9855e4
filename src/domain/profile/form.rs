//! The profile form as a reducer: what the reader typed, kept exactly, and
//! what it adds up to.
//!
//! Nothing typed is ever thrown away: a refused list item stays in its input
//! with the reason, Backspace in an empty input moves the last item back into
//! it, and text not yet added to a list blocks the download with a message
//! instead of being dropped silently.

use super::{
    ListKind, MAX_HEADLINE, MAX_ITEMS, MAX_SAMPLES, MAX_TIMEZONE, MAX_TITLE, Problem, Profile,
    Rule, SampleKind, WorkSample, check_count, check_item, check_link, check_text, suggestions,
};
use crate::domain::calculator::Entry;
use crate::domain::guide::Outcome;
use crate::domain::income::{DecimalMark, Field, Hundredths};
use crate::domain::money::quantity;
use crate::domain::progress::{ProfilePart, SamplePart};

/// The text in a list's input and why it could not be added (if it could not).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// The input's text.
    pub text: String,
    /// Why the last attempt to add it failed.
    pub error: Option<Rule>,
}

/// The form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileForm {
    /// Headline as typed.
    pub headline: String,
    /// The four lists, in [`ListKind::ALL`] order; items are checked and trimmed.
    pub lists: [Vec<String>; 4],
    /// The four lists' inputs.
    pub drafts: [Draft; 4],
    /// Hours per week.
    pub hours: Entry<Hundredths>,
    /// Time zone as typed.
    pub timezone: String,
    /// Work samples with stable row ids, as typed.
    pub samples: Vec<(u32, WorkSample)>,
    /// Changed by the reader since the form was last filled, imported or saved.
    pub dirty: bool,
    next_id: u32,
    mark: DecimalMark,
    hours_typed: bool,
    /// Filled from an imported file: the guide's suggestions no longer apply.
    imported: bool,
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
    Suggest(ListKind, &'static str),
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
    /// The guide has this result: fill an empty headline and empty strengths
    /// (not after an import: what a file left empty stays empty).
    Outcome(Outcome),
    /// The chosen income scenario has these hours: follow them until the reader types hours.
    ScenarioHours(Hundredths),
    /// Replace everything with an imported profile.
    Load(Profile),
    /// The profile was downloaded or copied.
    Saved,
    /// Put back saved progress (see [`ProfileForm::restore`]).
    Resume(Box<ProfilePart>),
}

impl ProfileForm {
    /// An empty form with `hours` (from the chosen scenario) and `timezone`
    /// (from the browser) filled in.
    pub fn new(hours: Hundredths, timezone: &str, mark: DecimalMark) -> Self {
        ProfileForm {
            headline: String::new(),
            lists: Default::default(),
            drafts: Default::default(),
            hours: Entry::valid(quantity(hours, mark), hours),
            timezone: timezone.chars().take(MAX_TIMEZONE).collect(),
            samples: Vec::new(),
            dirty: false,
            next_id: 1,
            mark,
            hours_typed: false,
            imported: false,
        }
    }

    /// The profile as it would be exported: texts trimmed, the last valid hours.
    pub fn profile(&self) -> Profile {
        Profile {
            headline: self.headline.trim().to_owned(),
            lists: self.lists.clone(),
            hours: self.hours.value,
            timezone: self.timezone.trim().to_owned(),
            samples: self
                .samples
                .iter()
                .map(|(_, s)| WorkSample {
                    title: s.title.trim().to_owned(),
                    kind: s.kind,
                    link: s.link.trim().to_owned(),
                })
                .collect(),
        }
    }

    /// What stops an export: the profile's problems, list text not yet added,
    /// and refused hours.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = self.profile().problems();
        for kind in ListKind::ALL {
            if !self.drafts[kind.index()].text.trim().is_empty() {
                out.push(Problem {
                    path: kind.key().into(),
                    rule: Rule::Pending,
                });
            }
        }
        if self.hours.error.is_some() {
            out.push(Problem {
                path: "availability.hours_per_week".into(),
                rule: Rule::Hours,
            });
        }
        out
    }

    /// The problem of the field at `path`, if any (for messages beside fields).
    pub fn problem(&self, path: &str) -> Option<Rule> {
        let trimmed = |t: &str, max, required| check_text(t.trim(), max, required).err();
        if path == "headline" {
            return trimmed(&self.headline, MAX_HEADLINE, true);
        }
        if path == "availability.timezone" {
            return trimmed(&self.timezone, MAX_TIMEZONE, false);
        }
        None
    }

    /// The problem of work-sample row `id`'s title and link.
    pub fn sample_problems(&self, id: u32) -> (Option<Rule>, Option<Rule>) {
        self.samples
            .iter()
            .find(|(i, _)| *i == id)
            .map_or((None, None), |(_, s)| {
                (
                    check_text(s.title.trim(), MAX_TITLE, true).err(),
                    check_link(s.link.trim()).err(),
                )
            })
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

    /// Adds every comma-separated part of the draft but the last; a part that
    /// is refused stops there and stays in the input with what follows it.
    fn commit_commas(&mut self, kind: ListKind, text: String) {
        let mut rest = text.as_str();
        let mut error = None;
        while let Some((part, after)) = rest.split_once(',') {
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
            FormAction::Outcome(_)
                | FormAction::ScenarioHours(_)
                | FormAction::Load(_)
                | FormAction::Saved
                | FormAction::Resume(_)
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
                let error = self.add(kind, item).err();
                self.drafts[kind.index()].error = error;
            }
            FormAction::Hours(text) => {
                let mark = self.mark;
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
            FormAction::Outcome(_) if self.imported => {}
            FormAction::Outcome(outcome) => {
                let (headline, strengths) = suggestions(outcome);
                if self.headline.trim().is_empty() {
                    headline.clone_into(&mut self.headline);
                }
                let list = &mut self.lists[ListKind::Strengths.index()];
                if list.is_empty() {
                    list.extend(strengths.iter().map(|s| (*s).to_owned()));
                }
            }
            FormAction::ScenarioHours(hours) => {
                if !self.hours_typed {
                    self.hours = Entry::valid(quantity(hours, self.mark), hours);
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
                    ..ProfileForm::new(profile.hours, "", self.mark)
                };
                for sample in profile.samples {
                    self.samples.push((self.next_id, sample));
                    self.next_id += 1;
                }
            }
            FormAction::Saved => self.dirty = false,
            FormAction::Resume(part) => *self = ProfileForm::restore(&part, self.mark),
        }
        if user {
            self.dirty = true;
        }
    }

    /// The form as saved progress keeps it: every text exactly as typed.
    pub fn part(&self) -> ProfilePart {
        ProfilePart {
            headline: self.headline.clone(),
            lists: self.lists.clone(),
            drafts: self.drafts.clone().map(|d| d.text),
            hours: self.hours.part(),
            hours_typed: self.hours_typed,
            timezone: self.timezone.clone(),
            samples: self
                .samples
                .iter()
                .map(|(_, s)| SamplePart {
                    title: s.title.clone(),
                    kind: s.kind.id().to_owned(),
                    link: s.link.clone(),
                })
                .collect(),
            imported: self.imported,
            dirty: self.dirty,
        }
    }

    /// A form from saved progress, checked again: list items go through the
    /// same checks as typed ones (a refused item goes back into its input, so
    /// nothing is lost), hours beyond their limit fall back to 0 with the
    /// text kept, an unknown sample type becomes "other", and rows past
    /// [`MAX_SAMPLES`] are dropped.
    pub fn restore(part: &ProfilePart, mark: DecimalMark) -> Self {
        let mut form = ProfileForm::new(Hundredths::default(), "", mark);
        form.hours = Entry::restore(&part.hours, Field::Hours, Hundredths::default(), mark);
        form.headline.clone_from(&part.headline);
        form.timezone.clone_from(&part.timezone);
        for kind in ListKind::ALL {
            let mut refused = Vec::new();
            for item in &part.lists[kind.index()] {
                if form.add(kind, item).is_err() {
                    refused.push(item.as_str());
                }
            }
            let draft = &part.drafts[kind.index()];
            refused.extend(Some(draft.as_str()).filter(|d| !d.is_empty()));
            form.drafts[kind.index()].text = refused.join(", ");
        }
        for sample in part.samples.iter().take(MAX_SAMPLES) {
            let row = WorkSample {
                title: sample.title.clone(),
                kind: SampleKind::from_id(&sample.kind).unwrap_or(SampleKind::Other),
                link: sample.link.clone(),
            };
            form.samples.push((form.next_id, row));
            form.next_id += 1;
        }
        form.hours_typed = part.hours_typed;
        form.imported = part.imported;
        form.dirty = part.dirty;
        form
    }

    fn edit_sample(&mut self, id: u32, edit: impl FnOnce(&mut WorkSample)) {
        if let Some((_, s)) = self.samples.iter_mut().find(|(i, _)| *i == id) {
            edit(s);
        }
    }
}
