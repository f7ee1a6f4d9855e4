//! The profile form in saved progress: what [`ProfileForm::part`] keeps and
//! how [`ProfileForm::restore`] checks it again on the way back.

use std::rc::Rc;

use super::ProfileForm;
use crate::domain::number::{Field, Hundredths, MoneyFormat};
use crate::domain::profile::{ListKind, MAX_SAMPLES, SampleKind, WorkSample};
use crate::domain::progress::{ProfilePart, SamplePart};
use crate::state::entry::Entry;

impl ProfileForm {
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
    pub fn restore(part: &ProfilePart, money: Rc<MoneyFormat>) -> Self {
        let mark = money.mark;
        let mut form = ProfileForm::new(Hundredths::default(), "", money);
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
}
