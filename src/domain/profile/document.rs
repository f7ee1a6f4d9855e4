//! The downloadable skill-profile file as checked domain values: the
//! document, its guide and income parts, the conversions to and from the
//! serde types in [`super::file`], and the JSON Resume mapping.
//!
//! The file follows `www/schema/skill-profile.v1.schema.json` (JSON Schema
//! draft 2020-12); a native test validates what [`Document::to_json`] writes
//! against that file, so the two cannot drift apart.

use serde::Serialize;

use super::file::{
    AnswerMap, AvailabilityPart, ClosenessPart, GuidePart, IncomePart, NumberError, Object,
    ProfileFile, SamplePart, ScoresPart,
};
use super::import::invalid;
use super::{
    ListKind, MAX_HEADLINE, MAX_ITEM, MAX_ITEMS, MAX_LINK, MAX_SAMPLES, MAX_TIMEZONE, MAX_TITLE,
    Profile, SampleKind, WorkSample, check_count, check_item, check_link, check_text,
};
use crate::domain::calculator::{MAX_NAME, Values};
use crate::domain::guide::{Answers, Dimensions, Guide, GuideResult, Outcome};
use crate::domain::income::{Field, Hundredths, MAX_HOURS, MAX_TARGET};
use crate::domain::money::Currency;

pub use super::file::Amount;
pub use super::import::{
    Foreign, ImportError, Imported, MAX_FILE_BYTES, ParseError, Syntax, Why, check_size, import,
};

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
    /// The nearest outcome.
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

    /// The profile mapped onto the JSON Resume format (v1.0.0): headline →
    /// `basics.label`; each strength → a skill, tools → one "Tools" skill with
    /// keywords; credentials → `certificates`; work samples → `projects`;
    /// everything else under `meta.skillpath`.
    pub fn json_resume(&self) -> Resume {
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
                name: "Tools".to_owned(),
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
                    description: s.kind.label(),
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

/// A JSON Resume document (v1.0.0), the parts this mapping fills.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[allow(missing_docs, reason = "named as JSON Resume names them")]
pub struct Resume {
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    pub basics: Basics,
    pub skills: Vec<Skill>,
    pub certificates: Vec<Named>,
    pub projects: Vec<Project>,
    pub meta: ResumeMeta,
}

impl Resume {
    /// The file's text: JSON indented by two spaces, with a final newline.
    pub fn to_json(&self) -> String {
        pretty(self)
    }
}

/// JSON Resume's `basics`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Basics {
    /// The headline.
    pub label: String,
}

/// A JSON Resume skill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skill {
    /// A strength, or "Tools".
    pub name: String,
    /// The tools, for the "Tools" skill.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
}

/// A JSON Resume certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Named {
    /// The credential.
    pub name: String,
}

/// A JSON Resume project: one work sample.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Project {
    /// The title.
    pub name: String,
    /// The kind of work, in words.
    pub description: &'static str,
    /// The link, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// JSON Resume's `meta`, with this widget's own part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResumeMeta {
    /// When the profile was made.
    #[serde(rename = "lastModified")]
    pub last_modified: String,
    /// What JSON Resume has no place for.
    pub skillpath: ResumeExtra,
}

/// The profile's fields that JSON Resume has no place for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResumeExtra {
    /// The profile format's version.
    pub version: u64,
    /// Fields the reader knows.
    pub domains: Vec<String>,
    /// Hours a week and time zone.
    pub availability: AvailabilityPart,
    /// The guide's result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guide: Option<GuidePart>,
    /// The chosen scenario.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income: Option<IncomePart>,
}

// ------------------------------------------------------------ reading back

/// Every outcome id, for messages.
const OUTCOMES: &str = "generalist, specialist, t-shaped, pi-shaped, comb-shaped";
/// Every work-sample type, for messages.
const KINDS: &str = "rubric, benchmark, adversarial-test-plan, report, code, article, other";

/// The field at `path` is a single line of at most `max` characters.
fn line(path: &str, text: String, max: usize, required: bool) -> Result<String, ImportError> {
    check_text(&text, max, required).map_err(|rule| invalid(path, Why::Rule(rule)))?;
    Ok(text)
}

/// The amount at `path`, in hundredths, from 0 to `max` whole units.
fn amount(path: &str, n: &Amount, max: u64) -> Result<u64, ImportError> {
    n.hundredths(max.saturating_mul(100))
        .map_err(|e| match e {
            NumberError::TooPrecise => Why::Precision,
            NumberError::Negative | NumberError::TooLarge => Why::Range(max),
        })
        .map_err(|why| invalid(path, why))
}

/// The whole number at `path`, from 0 to `max`.
fn whole(path: &str, n: &Amount, max: u8) -> Result<u8, ImportError> {
    let n = amount(path, n, max.into())?;
    if n % 100 == 0 {
        Ok(u8::try_from(n / 100).unwrap_or(max))
    } else {
        Err(invalid(path, Why::NotWhole))
    }
}

fn list(key: &str, items: Vec<String>) -> Result<Vec<String>, ImportError> {
    check_count(items.len(), MAX_ITEMS).map_err(|rule| invalid(key, Why::Rule(rule)))?;
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let path = format!("{key}[{i}]");
        let item = line(&path, item, MAX_ITEM, true)?;
        check_item(&item, &out).map_err(|rule| invalid(&path, Why::Rule(rule)))?;
        out.push(item);
    }
    Ok(out)
}

fn samples(parts: Vec<Object<SamplePart>>) -> Result<Vec<WorkSample>, ImportError> {
    check_count(parts.len(), MAX_SAMPLES)
        .map_err(|rule| invalid("work_samples", Why::Rule(rule)))?;
    parts
        .into_iter()
        .enumerate()
        .map(|(i, Object(part))| {
            let at = |field: &str| format!("work_samples[{i}].{field}");
            let title = line(&at("title"), part.title, MAX_TITLE, true)?;
            let kind = SampleKind::from_id(&part.kind)
                .ok_or_else(|| invalid(at("type"), Why::OneOf(KINDS)))?;
            let link = line(&at("link"), part.link.unwrap_or_default(), MAX_LINK, false)?;
            check_link(&link).map_err(|rule| invalid(at("link"), Why::Rule(rule)))?;
            Ok(WorkSample { title, kind, link })
        })
        .collect()
}

impl TryFrom<GuidePart> for GuideSnapshot {
    type Error = ImportError;

    fn try_from(part: GuidePart) -> Result<Self, ImportError> {
        let outcome = Outcome::ALL
            .into_iter()
            .find(|o| o.id() == part.outcome)
            .ok_or_else(|| invalid("guide.outcome", Why::OneOf(OUTCOMES)))?;
        let scores = part.scores.0;
        let dimensions = Dimensions {
            breadth: whole("guide.scores.breadth", &scores.breadth, 100)?,
            depth: whole("guide.scores.depth", &scores.depth, 100)?,
            pillars: whole("guide.scores.pillars", &scores.pillars, 3)?,
        };
        let near = part.closeness.0;
        let mut closeness = [0; 5];
        let given = [
            &near.generalist,
            &near.specialist,
            &near.t_shaped,
            &near.pi_shaped,
            &near.comb_shaped,
        ];
        for ((slot, outcome), n) in closeness.iter_mut().zip(Outcome::ALL).zip(given) {
            *slot = whole(&format!("guide.closeness.{}", outcome.id()), n, 100)?;
        }
        let answers = part
            .answers
            .0
            .into_iter()
            .map(|(question, choice)| {
                let path = format!("guide.answers.{question}");
                check_text(&question, MAX_ITEM, true)
                    .map_err(|rule| invalid(&path, Why::Rule(rule)))?;
                Ok((question, line(&path, choice, MAX_ITEM, true)?))
            })
            .collect::<Result<_, ImportError>>()?;
        Ok(GuideSnapshot {
            outcome,
            dimensions,
            closeness,
            answers,
        })
    }
}

impl TryFrom<IncomePart> for IncomeSnapshot {
    type Error = ImportError;

    fn try_from(part: IncomePart) -> Result<Self, ImportError> {
        let scenario = line("income.scenario", part.scenario, MAX_NAME, true)?;
        let values = Values::new(
            amount("income.rate", &part.rate, Field::Rate.max())?,
            amount(
                "income.hours_per_week",
                &part.hours_per_week,
                Field::Hours.max(),
            )?,
            amount(
                "income.weeks_per_year",
                &part.weeks_per_year,
                Field::Weeks.max(),
            )?,
        );
        let annual = amount("income.annual", &part.annual, MAX_TARGET)?;
        if annual != values.income().annual.0 {
            return Err(invalid("income.annual", Why::Mismatch));
        }
        let currency = Currency::parse(&part.currency)
            .ok()
            .filter(|c| c.code() == part.currency)
            .ok_or_else(|| {
                invalid(
                    "income.currency",
                    Why::OneOf("a three-letter code such as USD"),
                )
            })?;
        Ok(IncomeSnapshot {
            scenario,
            values,
            currency,
        })
    }
}

impl TryFrom<ProfileFile> for Document {
    type Error = ImportError;

    /// Checks every rule the schema states, naming the field that breaks one.
    fn try_from(file: ProfileFile) -> Result<Self, ImportError> {
        let generated_at = line("generated_at", file.generated_at, 40, true)?;
        if !is_timestamp(&generated_at) {
            return Err(invalid("generated_at", Why::Timestamp));
        }
        let headline = line("headline", file.headline, MAX_HEADLINE, true)?;
        let lists = [
            list("domains", file.domains)?,
            list("strengths", file.strengths)?,
            list("credentials", file.credentials)?,
            list("tools", file.tools)?,
        ];
        let availability = file.availability.0;
        let hours = amount(
            "availability.hours_per_week",
            &availability.hours_per_week,
            MAX_HOURS,
        )?;
        let timezone = line(
            "availability.timezone",
            availability.timezone,
            MAX_TIMEZONE,
            false,
        )?;
        let samples = samples(file.work_samples)?;
        Ok(Document {
            generated_at,
            profile: Profile {
                headline,
                lists,
                hours: Hundredths::new(hours),
                timezone,
                samples,
            },
            guide: file.guide.map(|g| g.0.try_into()).transpose()?,
            income: file.income.map(|i| i.0.try_into()).transpose()?,
        })
    }
}

/// Whether `text` is a UTC date and time as browsers write it:
/// `2026-11-22T10:00:00Z`, optionally with 1–9 decimals of a second.
pub fn is_timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let shape = (0..19).all(|i| match i {
        4 | 7 => b[i] == b'-',
        10 => b[i] == b'T',
        13 | 16 => b[i] == b':',
        _ => digit(i),
    });
    if b.len() < 20 || !shape || b[b.len() - 1] != b'Z' {
        return false;
    }
    let fraction = &b[19..b.len() - 1];
    fraction.is_empty()
        || (fraction[0] == b'.'
            && (2..=10).contains(&fraction.len())
            && fraction[1..].iter().all(u8::is_ascii_digit))
}
