//! What the form adds up to: the profile it would export, and what stops the
//! export, field by field.

use super::ProfileForm;
use crate::domain::profile::{
    ListKind, MAX_HEADLINE, MAX_TIMEZONE, MAX_TITLE, Problem, Profile, Rule, WorkSample,
    check_link, check_text,
};

impl ProfileForm {
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
}
