//! The downloadable skill-profile file as checked domain values: the
//! document, its guide and income parts, the conversions to and from the
//! serde types in [`super::file`], and the JSON Resume mapping.
//!
//! The file follows `www/schema/skill-profile.v1.schema.json` (JSON Schema
//! draft 2020-12); a native test validates what [`Document::to_json`] writes
//! against that file, so the two cannot drift apart.

use serde::Serialize;

use super::file::{
    AnswerMap, AvailabilityPart, ClosenessPart, GuidePart, IncomePart, Object, ProfileFile,
    SamplePart, ScoresPart,
};
use super::{ListKind, Profile, SampleKind};
use crate::domain::guide::{Answers, Dimensions, Guide, GuideResult, Outcome};
use crate::domain::income::Values;
use crate::domain::number::Currency;
use crate::domain::words::{Key, Words};

mod read;
mod resume;

pub use super::file::Amount;
pub use super::import::{
    Foreign, ImportError, Imported, Incoming, MAX_FILE_BYTES, MAX_IGNORED, ParseError, Syntax, Why,
    check_size, import, read_data_file,
};
pub use read::is_timestamp;
pub use resume::{Basics, Named, Project, Resume, ResumeExtra, ResumeMeta, Skill};

/// The format version this code writes and reads.
pub const VERSION: u64 = 1;
/// Where the schema is published, relative to the widget's folder; the file's `$schema`.
pub const SCHEMA: &str = "schema/skill-profile.v1.schema.json";
/// The JSON Resume schema the mapping follows.
pub const RESUME_SCHEMA: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/// The guide's result as the file keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideSnapshot {
    pub outcome: Outcome,
    /// The reader's scores.
    pub dimensions: Dimensions,
    /// Closeness (0–100) to each outcome, in [`Outcome::ALL`] order.
    pub closeness: [u8; 5],
    /// Question id → chosen answer id, in question order.
    pub answers: Vec<(String, String)>,
}

impl GuideSnapshot {
    /// The snapshot of a scored guide.
    pub fn new(guide: &Guide, answers: &Answers, result: &GuideResult) -> Self {
        let answers = guide.answer_ids(answers);
        GuideSnapshot {
            outcome: result.outcome,
            dimensions: result.dimensions,
            closeness: result.closeness.map(|c| c.percent),
            answers,
        }
    }

    /// The answers as choice indices for `guide`, and how many file answers
    /// did not match a question or choice of it.
    pub fn answers_for(&self, guide: &Guide) -> (Vec<(usize, usize)>, usize) {
        let found = guide.answer_indices(&self.answers);
        let missed = self.answers.len() - found.len();
        (found, missed)
    }
}

/// The chosen income scenario as the file keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomeSnapshot {
    /// The scenario's name.
    pub scenario: String,
    /// Rate, hours per week, weeks per year.
    pub values: Values,
    /// The currency of the rate.
    pub currency: Currency,
}

/// The whole file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// When it was made (`2026-11-22T10:00:00.000Z`), given by the caller.
    pub generated_at: String,
    /// The reader's profile.
    pub profile: Profile,
    /// The guide result, once the guide is finished.
    pub guide: Option<GuideSnapshot>,
    /// The chosen income scenario.
    pub income: Option<IncomeSnapshot>,
}

impl IncomeSnapshot {
    /// A snapshot of a scenario; control characters in its name become spaces
    /// (a file's texts are single lines).
    pub fn new(name: &str, values: Values, currency: Currency) -> Self {
        let scenario: String = name
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        IncomeSnapshot {
            scenario: scenario.trim().to_owned(),
            values,
            currency,
        }
    }

    /// The file's `income` part.
    pub fn part(&self) -> IncomePart {
        let v = self.values;
        IncomePart {
            scenario: self.scenario.clone(),
            rate: Amount::from_hundredths(v.rate.get()),
            hours_per_week: Amount::from_hundredths(v.hours.get()),
            weeks_per_year: Amount::from_hundredths(v.weeks.get()),
            annual: Amount::from_hundredths(v.income().annual.0),
            currency: self.currency.code(),
        }
    }
}

impl GuideSnapshot {
    /// The file's `guide` part.
    pub fn part(&self) -> GuidePart {
        let d = self.dimensions;
        let [generalist, specialist, t_shaped, pi_shaped, comb_shaped] =
            self.closeness.map(|c| Amount::whole(c.into()));
        GuidePart {
            outcome: self.outcome.id().to_owned(),
            scores: Object(ScoresPart {
                breadth: Amount::whole(d.breadth.into()),
                depth: Amount::whole(d.depth.into()),
                pillars: Amount::whole(d.pillars.into()),
                fields: Some(Amount::whole(d.fields.into())),
            }),
            closeness: Object(ClosenessPart {
                generalist,
                specialist,
                t_shaped,
                pi_shaped,
                comb_shaped,
            }),
            answers: AnswerMap(self.answers.clone()),
        }
    }
}

impl Document {
    fn availability(&self) -> AvailabilityPart {
        AvailabilityPart {
            hours_per_week: Amount::from_hundredths(self.profile.hours.get()),
            timezone: self.profile.timezone.clone(),
        }
    }

    /// The document as the file's serde types, fields in the schema's order.
    pub fn file(&self) -> ProfileFile {
        let p = &self.profile;
        let [domains, strengths, credentials, tools] = p.lists.clone();
        ProfileFile {
            schema: SCHEMA.to_owned(),
            version: VERSION,
            generated_at: self.generated_at.clone(),
            headline: p.headline.clone(),
            domains,
            strengths,
            credentials,
            tools,
            availability: Object(self.availability()),
            work_samples: p
                .samples
                .iter()
                .map(|s| {
                    Object(SamplePart {
                        title: s.title.clone(),
                        kind: s.kind.id().to_owned(),
                        link: (!s.link.is_empty()).then(|| s.link.clone()),
                    })
                })
                .collect(),
            guide: self.guide.as_ref().map(|g| Object(g.part())),
            income: self.income.as_ref().map(|i| Object(i.part())),
        }
    }

    /// The file's text: JSON indented by two spaces, with a final newline.
    pub fn to_json(&self) -> String {
        pretty(&self.file())
    }

    /// The download's file name: `skill-profile-2026-11-22.json`.
    pub fn file_name(&self, prefix: &str) -> String {
        let day = self.generated_at.get(..10).unwrap_or("");
        if is_timestamp(&self.generated_at) {
            format!("{prefix}-{day}.json")
        } else {
            format!("{prefix}.json")
        }
    }

    /// [`Document::json_resume_in`] in English (for tests and tools).
    pub fn json_resume(&self) -> Resume {
        self.resume("Tools", SampleKind::label)
    }

    /// The profile mapped onto the JSON Resume format (v1.0.0), its words
    /// (the "Tools" skill, the kinds of work) in `words`: headline →
    /// `basics.label`; each strength → a skill, tools → one "Tools" skill with
    /// keywords; credentials → `certificates`; work samples → `projects`;
    /// everything else under `meta.skillpath`.
    pub fn json_resume_in(&self, words: &Words) -> Resume {
        self.resume(words.get(Key::ProfileResumeTools), |kind| {
            words.get(kind.label_key())
        })
    }

    /// The JSON Resume with the tools under the skill `tools_skill` and each work
    /// sample's kind described by `kind`.
    fn resume<'a>(&self, tools_skill: &str, kind: impl Fn(SampleKind) -> &'a str) -> Resume {
        let p = &self.profile;
        let named = |name: &String| Named { name: name.clone() };
        let mut skills: Vec<Skill> = p
            .list(ListKind::Strengths)
            .iter()
            .map(|s| Skill {
                name: s.clone(),
                keywords: Vec::new(),
            })
            .collect();
        let tools = p.list(ListKind::Tools);
        if !tools.is_empty() {
            skills.push(Skill {
                name: tools_skill.to_owned(),
                keywords: tools.to_vec(),
            });
        }
        Resume {
            schema: RESUME_SCHEMA,
            basics: Basics {
                label: p.headline.clone(),
            },
            skills,
            certificates: p.list(ListKind::Credentials).iter().map(named).collect(),
            projects: p
                .samples
                .iter()
                .map(|s| Project {
                    name: s.title.clone(),
                    description: kind(s.kind).to_owned(),
                    url: (!s.link.is_empty()).then(|| s.link.clone()),
                })
                .collect(),
            meta: ResumeMeta {
                last_modified: self.generated_at.clone(),
                skillpath: ResumeExtra {
                    version: VERSION,
                    domains: p.list(ListKind::Domains).to_vec(),
                    availability: self.availability(),
                    guide: self.guide.as_ref().map(GuideSnapshot::part),
                    income: self.income.as_ref().map(IncomeSnapshot::part),
                },
            },
        }
    }
}

/// `value` as JSON indented by two spaces, with a final newline.
fn pretty(value: &impl Serialize) -> String {
    // Serializing these types cannot fail: every map key is text and every
    // amount is a valid number.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
