//! Saved progress: what the widget keeps on the reader's device between visits
//! (the guide's answers and screen, the calculator's scenarios, the profile form
//! as typed), its versioned format, and the rule that stops two writers from
//! overwriting each other's newer work.
//!
//! Pure: `browser::saving` moves the text in and out of storage; this module
//! decides what the text means and whether a write may go ahead.
//!
//! # Format (version 1)
//! ```json
//! {"format":"skillpath-progress","version":1,
//!  "stamp":"18c2f07a9be4d31.4",
//!  "progress":{"guide":{…},"income":{…},"profile":{…}}}
//! ```
//! The version sits in the value, not in the key, so that an older widget
//! finds a newer widget's progress under the same key, recognises it, and
//! leaves it alone. Values are checked again when they are put back (a saved
//! value can be edited by hand like any other input).

use serde::{Deserialize, Serialize};

use crate::domain::guide::Guide;
use crate::domain::words::{Key, Words};

mod keys;
mod read;
mod view;

pub use keys::{
    KeyError, KeyName, MAX_KEY, OWN_PREFIX, aside_key, earlier_key, named_key, probe_key,
};
pub use read::{Opened, Unreadable, may_write, open, stamp_of};
pub use view::{Elsewhere, Mode, Off, SaveView, start};

/// The value of `format` in every saved state.
pub const FORMAT: &str = "skillpath-progress";
/// The format version this code writes; it reads this one and every older one.
pub const VERSION: u32 = 1;
/// Where every key a host names starts (see [`OWN_PREFIX`] for the widget's own).
pub const KEY_PREFIX: &str = "skillpath:";
/// The longest saved text read back, in bytes (browsers give a site about 5 MB).
pub const MAX_SAVED: usize = 1 << 20;
/// The most characters of one field's text that are saved: the longest any
/// field accepts (a link, 2,000). A longer paste is refused on screen anyway,
/// and what is saved stays well under [`MAX_SAVED`] however the form is filled.
pub const MAX_TYPED: usize = 2_000;

/// `text` cut to its first [`MAX_TYPED`] characters.
fn bounded(text: &mut String) {
    if let Some((end, _)) = text.char_indices().nth(MAX_TYPED) {
        text.truncate(end);
    }
}

/// Who wrote a saved state, and how many times: checked before every write.
/// Stored as one text, `writer.seq` (a struct of its own would cost the
/// download another serde visitor).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Stamp {
    /// A random name given to each running widget (no dot in it).
    pub writer: String,
    /// Counts that widget's writes.
    pub seq: u32,
}

impl From<Stamp> for String {
    fn from(stamp: Stamp) -> String {
        format!("{}.{}", stamp.writer, stamp.seq)
    }
}

impl TryFrom<String> for Stamp {
    type Error = &'static str;

    fn try_from(text: String) -> Result<Stamp, &'static str> {
        let (writer, seq) = text.rsplit_once('.').ok_or("no dot")?;
        Ok(Stamp {
            writer: writer.to_owned(),
            seq: seq.parse().map_err(|_| "no count")?,
        })
    }
}

/// A number exactly as typed, with the last accepted value behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryPart {
    /// What the field showed.
    pub text: String,
    /// The last value the field accepted, in hundredths.
    pub value: u64,
}

/// The guide's part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidePart {
    /// Question id and chosen answer id, in question order.
    pub answers: Vec<(String, String)>,
    /// `review`, `result`, or the id of the question on show.
    pub screen: String,
}

impl GuidePart {
    /// How the saved answers fit `guide`: how many carry over exactly (the
    /// question and the choice both still exist, by id), and how many were
    /// made for questions or choices it no longer has (an earlier edition).
    /// Ids change whenever a question's or a choice's meaning changes, so a
    /// matching pair always means the same answer.
    pub fn fit(&self, guide: &Guide) -> (usize, usize) {
        let carried = guide.answer_indices(&self.answers).len();
        (carried, self.answers.len() - carried)
    }
}

/// One calculator scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioPart {
    /// The name field as typed.
    pub name_text: String,
    /// The last name it accepted.
    pub name: String,
    pub rate: EntryPart,
    pub hours: EntryPart,
    pub weeks: EntryPart,
}

/// The calculator's part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomePart {
    /// The scenarios, in the order shown.
    pub scenarios: Vec<ScenarioPart>,
    /// Position of the scenario in the editor.
    pub selected: usize,
    /// The inverse's target annual income, in cents.
    pub target: EntryPart,
    /// `rate`, `hours` or `weeks`: what the inverse solves for.
    pub solve_for: String,
}

/// One work-sample row, as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SamplePart {
    pub title: String,
    /// The kind's id in the profile file (`benchmark`, `report`, …).
    pub kind: String,
    pub link: String,
}

/// The profile form's part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfilePart {
    /// Headline as typed.
    pub headline: String,
    /// Domains, strengths, credentials and tools.
    pub lists: [Vec<String>; 4],
    /// The four lists' inputs, not yet added.
    pub drafts: [String; 4],
    pub hours: EntryPart,
    /// Whether the reader typed the hours (they then stop following the scenario).
    pub hours_typed: bool,
    /// Time zone as typed.
    pub timezone: String,
    /// Work-sample rows.
    pub samples: Vec<SamplePart>,
    /// Filled from an imported file.
    pub imported: bool,
    /// Changed since it was last downloaded or copied.
    pub dirty: bool,
}

/// Everything the widget keeps between visits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub guide: GuidePart,
    pub income: IncomePart,
    /// The skill profile.
    pub profile: ProfilePart,
}

impl Progress {
    /// The progress as it is saved: every text cut to [`MAX_TYPED`]
    /// characters (accepted values are all shorter than that already).
    #[must_use]
    pub fn bounded(mut self) -> Self {
        let income = &mut self.income;
        for s in &mut income.scenarios {
            for text in [
                &mut s.name_text,
                &mut s.rate.text,
                &mut s.hours.text,
                &mut s.weeks.text,
            ] {
                bounded(text);
            }
        }
        bounded(&mut income.target.text);
        let profile = &mut self.profile;
        for text in [
            &mut profile.headline,
            &mut profile.timezone,
            &mut profile.hours.text,
        ] {
            bounded(text);
        }
        profile.drafts.iter_mut().for_each(bounded);
        for sample in &mut profile.samples {
            bounded(&mut sample.title);
            bounded(&mut sample.link);
        }
        self
    }

    /// What a "Resume" offer says about it, for `guide`, in `words`: answers
    /// the guide still asks count as answers, and those from an earlier
    /// edition of its questions are named as such.
    pub fn summary_in(&self, guide: &Guide, words: &Words) -> String {
        let questions = guide.questions().len();
        let (answered, earlier) = self.guide.fit(guide);
        let (of, said) = (questions.to_string(), answered.to_string());
        let count = |key, values: &[(&str, &str)]| words.count(key, questions as u64, &of, values);
        let guide_part = match (self.guide.screen.as_str(), earlier) {
            ("result", 0) if answered == questions => words.get(Key::SavedSummaryResult).to_owned(),
            (_, 0) => count(Key::SavedSummaryAnswers, &[("answered", &said)]),
            _ => count(
                Key::SavedSummaryAnswersEarlier,
                &[("answered", &said), ("earlier", &earlier.to_string())],
            ),
        };
        let n = self.income.scenarios.len();
        let scenarios = words.count(Key::SavedSummaryScenarios, n as u64, &n.to_string(), &[]);
        let p = &self.profile;
        if !p.headline.trim().is_empty() || p.lists.iter().any(|l| !l.is_empty()) {
            words.fill(
                Key::SavedSummaryThree,
                &[
                    ("first", &guide_part),
                    ("second", &scenarios),
                    ("third", words.get(Key::SavedSummaryProfile)),
                ],
            )
        } else {
            words.fill(
                Key::SavedSummaryTwo,
                &[("first", &guide_part), ("second", &scenarios)],
            )
        }
    }

    /// [`Progress::summary_in`] in English, for logs and tests.
    pub fn summary(&self, guide: &Guide) -> String {
        let questions = guide.questions().len();
        let (answered, earlier) = self.guide.fit(guide);
        let mut parts = vec![match (self.guide.screen.as_str(), earlier) {
            ("result", 0) if answered == questions => "your guide result".to_owned(),
            (_, 0) => format!("{answered} of {questions} guide answers"),
            _ => format!(
                "{answered} of {questions} guide answers ({earlier} more from an earlier edition of the guide)"
            ),
        }];
        match self.income.scenarios.len() {
            1 => parts.push("1 income scenario".to_owned()),
            n => parts.push(format!("{n} income scenarios")),
        }
        let p = &self.profile;
        if !p.headline.trim().is_empty() || p.lists.iter().any(|l| !l.is_empty()) {
            parts.push("a skill profile draft".to_owned());
        }
        let last = parts.pop().unwrap_or_default();
        if parts.is_empty() {
            last
        } else {
            format!("{} and {last}", parts.join(", "))
        }
    }
}

/// A saved state as written: the format, its version, the stamp and the progress.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope<P> {
    format: String,
    version: u32,
    stamp: Stamp,
    progress: P,
}

impl<'a> Envelope<&'a Progress> {
    /// The value to store for `progress`, written by `stamp`.
    pub fn new(progress: &'a Progress, stamp: Stamp) -> Self {
        Envelope {
            format: FORMAT.to_owned(),
            version: VERSION,
            stamp,
            progress,
        }
    }
}

/// The most earlier progress kept under one key (see [`SaveView::earlier`]):
/// beyond it, the oldest goes.
pub const MAX_EARLIER: usize = 10;

/// The earlier progress kept under one key, newest first, from its stored
/// text (a JSON array of saved values, each as its text: the reader the
/// form's lists already use, rather than one more for raw values); what
/// cannot be read is left out.
pub fn open_earlier(raw: Option<&str>) -> Vec<Progress> {
    let Some(raw) = raw.filter(|r| r.len() <= MAX_SAVED * MAX_EARLIER) else {
        return Vec::new();
    };
    let Ok(values) = serde_json::from_str::<Vec<String>>(raw) else {
        return Vec::new();
    };
    values
        .iter()
        .filter_map(|value| match open(Some(value)) {
            Opened::Found { progress, .. } => Some(*progress),
            _ => None,
        })
        .collect()
}

/// `list` with `progress` first: kept once (an equal one moves to the
/// front), and at most [`MAX_EARLIER`] of them.
pub fn with_earlier(mut list: Vec<Progress>, progress: Progress) -> Vec<Progress> {
    list.retain(|p| *p != progress);
    list.insert(0, progress);
    list.truncate(MAX_EARLIER);
    list
}

/// The text stored for `list`, each written by `stamp`.
pub fn earlier_text(list: &[Progress], stamp: &Stamp) -> Option<String> {
    let values = list
        .iter()
        .map(|p| serde_json::to_string(&Envelope::new(p, stamp.clone())))
        .collect::<Result<Vec<String>, _>>()
        .ok()?;
    serde_json::to_string(&values).ok()
}
