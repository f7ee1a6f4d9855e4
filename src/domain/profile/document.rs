//! The downloadable skill-profile file: writing it, reading it back, and the
//! JSON Resume mapping.
//!
//! The file follows `www/schema/skill-profile.v1.schema.json` (JSON Schema
//! draft 2020-12); a native test validates what [`Document::to_json`] writes
//! against that file, so the two cannot drift apart.
//!
//! # Reading policy
//! [`import`] refuses, with the path of the field and the problem, anything the
//! schema refuses — except **unknown fields, which are ignored and listed** in
//! [`Imported::ignored`] so the reader can be told. A file from a newer format
//! version is refused as a whole.

use thiserror::Error;

use super::{
    ListKind, MAX_ITEM, MAX_ITEMS, MAX_SAMPLES, MAX_TIMEZONE, MAX_TITLE, Profile, Rule, SampleKind,
    WorkSample, check_count, check_item, check_link, check_text,
};
use crate::domain::calculator::{MAX_NAME, Values};
use crate::domain::guide::{Answers, Dimensions, Guide, GuideResult, Outcome};
use crate::domain::income::{Field, Hundredths, MAX_HOURS, MAX_TARGET};
use crate::domain::json::{self, NumberError, ParseError, Value, number_from_hundredths};
use crate::domain::money::Currency;

/// The format version this code writes and reads.
pub const VERSION: u64 = 1;
/// Where the schema is published, relative to the widget's folder; the file's `$schema`.
pub const SCHEMA: &str = "schema/skill-profile.v1.schema.json";
/// The largest file [`import`] reads, in bytes; checked before reading.
pub const MAX_FILE_BYTES: u64 = 1_000_000;
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
        let answers = guide
            .questions()
            .iter()
            .enumerate()
            .filter_map(|(q, question)| {
                let choice = question.choices.get(answers.get(q)?)?;
                Some((question.id.to_string(), choice.id.to_string()))
            })
            .collect();
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
        let mut found = Vec::new();
        for (qid, cid) in &self.answers {
            let hit = guide
                .questions()
                .iter()
                .enumerate()
                .find_map(|(q, question)| {
                    let c = question.choices.iter().position(|c| c.id == *cid)?;
                    (question.id == *qid).then_some((q, c))
                });
            found.extend(hit);
        }
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

fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn whole(n: u8) -> Value {
    Value::uint(u64::from(n))
}

impl GuideSnapshot {
    fn to_value(&self) -> Value {
        let d = self.dimensions;
        object(vec![
            ("outcome", Value::str(self.outcome.id())),
            (
                "scores",
                object(vec![
                    ("breadth", whole(d.breadth)),
                    ("depth", whole(d.depth)),
                    ("pillars", whole(d.pillars)),
                ]),
            ),
            (
                "closeness",
                Value::Object(
                    Outcome::ALL
                        .iter()
                        .zip(self.closeness)
                        .map(|(o, p)| (o.id().to_owned(), whole(p)))
                        .collect(),
                ),
            ),
            (
                "answers",
                Value::Object(
                    self.answers
                        .iter()
                        .map(|(q, c)| (q.clone(), Value::String(c.clone())))
                        .collect(),
                ),
            ),
        ])
    }
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

    fn to_value(&self) -> Value {
        let v = self.values;
        object(vec![
            ("scenario", Value::String(self.scenario.clone())),
            ("rate", number_from_hundredths(v.rate.get())),
            ("hours_per_week", number_from_hundredths(v.hours.get())),
            ("weeks_per_year", number_from_hundredths(v.weeks.get())),
            ("annual", number_from_hundredths(v.income().annual.0)),
            ("currency", Value::String(self.currency.code())),
        ])
    }
}

fn samples_value(samples: &[WorkSample]) -> Value {
    Value::Array(
        samples
            .iter()
            .map(|s| {
                let mut fields = vec![
                    ("title", Value::String(s.title.clone())),
                    ("type", Value::str(s.kind.id())),
                ];
                if !s.link.is_empty() {
                    fields.push(("link", Value::String(s.link.clone())));
                }
                object(fields)
            })
            .collect(),
    )
}

impl Document {
    /// The document as a JSON value, keys in the schema's order.
    pub fn to_value(&self) -> Value {
        let p = &self.profile;
        let mut fields = vec![
            ("$schema", Value::str(SCHEMA)),
            ("version", Value::uint(VERSION)),
            ("generated_at", Value::String(self.generated_at.clone())),
            ("headline", Value::String(p.headline.clone())),
        ];
        for kind in ListKind::ALL {
            fields.push((kind.key(), Value::strings(p.list(kind))));
        }
        fields.push(("availability", self.availability()));
        fields.push(("work_samples", samples_value(&p.samples)));
        if let Some(g) = &self.guide {
            fields.push(("guide", g.to_value()));
        }
        if let Some(i) = &self.income {
            fields.push(("income", i.to_value()));
        }
        object(fields)
    }

    fn availability(&self) -> Value {
        object(vec![
            (
                "hours_per_week",
                number_from_hundredths(self.profile.hours.get()),
            ),
            ("timezone", Value::String(self.profile.timezone.clone())),
        ])
    }

    /// The file's text: indented JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut text = self.to_value().pretty();
        text.push('\n');
        text
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
    pub fn json_resume(&self) -> Value {
        let p = &self.profile;
        let mut skills: Vec<Value> = p
            .list(ListKind::Strengths)
            .iter()
            .map(|s| object(vec![("name", Value::String(s.clone()))]))
            .collect();
        let tools = p.list(ListKind::Tools);
        if !tools.is_empty() {
            skills.push(object(vec![
                ("name", Value::str("Tools")),
                ("keywords", Value::strings(tools)),
            ]));
        }
        let certificates = p
            .list(ListKind::Credentials)
            .iter()
            .map(|c| object(vec![("name", Value::String(c.clone()))]))
            .collect();
        let projects = p
            .samples
            .iter()
            .map(|s| {
                let mut fields = vec![
                    ("name", Value::String(s.title.clone())),
                    ("description", Value::str(s.kind.label())),
                ];
                if !s.link.is_empty() {
                    fields.push(("url", Value::String(s.link.clone())));
                }
                object(fields)
            })
            .collect();
        let mut extra = vec![
            ("version", Value::uint(VERSION)),
            ("domains", Value::strings(p.list(ListKind::Domains))),
            ("availability", self.availability()),
        ];
        if let Some(g) = &self.guide {
            extra.push(("guide", g.to_value()));
        }
        if let Some(i) = &self.income {
            extra.push(("income", i.to_value()));
        }
        object(vec![
            ("$schema", Value::str(RESUME_SCHEMA)),
            (
                "basics",
                object(vec![("label", Value::String(p.headline.clone()))]),
            ),
            ("skills", Value::Array(skills)),
            ("certificates", Value::Array(certificates)),
            ("projects", Value::Array(projects)),
            (
                "meta",
                object(vec![
                    ("lastModified", Value::String(self.generated_at.clone())),
                    ("skillpath", object(extra)),
                ]),
            ),
        ])
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

/// Why a file cannot be imported. Messages are whole sentences for the reader.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    /// Larger than [`MAX_FILE_BYTES`].
    #[error("The file is {0} bytes; a profile file is at most 1 MB.")]
    TooBig(u64),
    /// Nothing in it.
    #[error("The file is empty.")]
    Empty,
    /// The browser could not read it as text.
    #[error("The file could not be read as text.")]
    Unreadable,
    /// Not JSON at all.
    #[error("The file is not JSON: {0}.")]
    NotJson(ParseError),
    /// JSON, but some other document.
    #[error("This is not a Skillpath profile: {0}.")]
    Foreign(Foreign),
    /// A profile from a newer format version.
    #[error(
        "This profile was saved by a newer Skillpath (format version {0}); this one reads version 1."
    )]
    Newer(u64),
    /// A field breaks the schema.
    #[error("{path} {why}.")]
    Invalid {
        /// Where, as a path into the file.
        path: String,
        /// What is wrong.
        why: Why,
    },
}

/// Why a JSON document is not a profile at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum Foreign {
    /// The top level is not an object.
    #[error("it holds {0}, not an object")]
    NotObject(&'static str),
    /// No `$schema`.
    #[error("it has no $schema")]
    NoSchema,
    /// A `$schema` of some other format.
    #[error("its $schema names another format")]
    OtherSchema,
    /// No `version`.
    #[error("it has no format version")]
    NoVersion,
}

/// What is wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum Why {
    /// Required and absent.
    #[error("is missing")]
    Missing,
    /// The wrong JSON type.
    #[error("should be {expected}, not {found}")]
    Type {
        /// The type needed.
        expected: &'static str,
        /// The type found.
        found: &'static str,
    },
    /// A profile rule.
    #[error("{0}")]
    Rule(Rule),
    /// Negative or above the field's maximum (in whole units).
    #[error("is out of range (0 to {0})")]
    Range(u64),
    /// More than two decimals.
    #[error("has more than two decimals")]
    Precision,
    /// Decimals where a whole number is needed.
    #[error("should be a whole number")]
    NotWhole,
    /// Not one of the allowed words.
    #[error("should be one of: {0}")]
    OneOf(&'static str),
    /// `income.annual` differs from rate × hours × weeks.
    #[error("does not equal rate × hours per week × weeks per year")]
    Mismatch,
    /// Not a date and time.
    #[error("should be a date and time like 2026-11-22T10:00:00Z")]
    Timestamp,
}

/// A file read back, and the unknown fields that were ignored (as paths).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The document.
    pub document: Document,
    /// Paths of fields this version does not know; they were skipped.
    pub ignored: Vec<String>,
}

/// Refuses a file by its size, before it is read.
///
/// # Errors
/// [`ImportError::Empty`] for 0 bytes, [`ImportError::TooBig`] above [`MAX_FILE_BYTES`].
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    match bytes {
        0 => Err(ImportError::Empty),
        n if n > MAX_FILE_BYTES => Err(ImportError::TooBig(n)),
        _ => Ok(()),
    }
}

/// Reads a profile file. See the module docs for the policy.
///
/// # Errors
/// The first problem found, as an [`ImportError`] naming the field's path.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    check_size(text.len() as u64)?;
    let value = json::parse(text).map_err(|e| match e.what {
        json::Syntax::Empty => ImportError::Empty,
        _ => ImportError::NotJson(e),
    })?;
    let Value::Object(top) = &value else {
        return Err(ImportError::Foreign(Foreign::NotObject(value.kind())));
    };
    let mut r = Reader::default();
    let schema = match get(top, "$schema") {
        None => return Err(ImportError::Foreign(Foreign::NoSchema)),
        Some(Value::String(s)) => s,
        Some(_) => return Err(ImportError::Foreign(Foreign::OtherSchema)),
    };
    let named = schema
        .rsplit('/')
        .next()
        .and_then(|n| n.strip_prefix("skill-profile.v"))
        .and_then(|n| n.strip_suffix(".schema.json"))
        .and_then(|n| n.parse::<u64>().ok());
    let Some(named) = named else {
        return Err(ImportError::Foreign(Foreign::OtherSchema));
    };
    if get(top, "version").is_none() {
        return Err(ImportError::Foreign(Foreign::NoVersion));
    }
    let version = Reader::whole(top, "", "version", 1_000_000)?;
    if version.max(named) > VERSION {
        return Err(ImportError::Newer(version.max(named)));
    }
    if version != VERSION || named != VERSION {
        return Err(invalid("version", Why::OneOf("1")));
    }
    let generated_at = Reader::text(top, "", "generated_at", 40, true)?;
    if !is_timestamp(&generated_at) {
        return Err(invalid("generated_at", Why::Timestamp));
    }
    let headline = Reader::text(top, "", "headline", super::MAX_HEADLINE, true)?;
    let lists = [
        Reader::list(top, ListKind::Domains)?,
        Reader::list(top, ListKind::Strengths)?,
        Reader::list(top, ListKind::Credentials)?,
        Reader::list(top, ListKind::Tools)?,
    ];
    let avail = Reader::object(top, "", "availability")?;
    let hours = Reader::hundredths(avail, "availability", "hours_per_week", MAX_HOURS)?;
    let timezone = Reader::text(avail, "availability", "timezone", MAX_TIMEZONE, false)?;
    r.unknown(avail, "availability", &["hours_per_week", "timezone"]);
    let samples = r.samples(top)?;
    let guide = match get(top, "guide") {
        None => None,
        Some(_) => Some(r.guide(Reader::object(top, "", "guide")?)?),
    };
    let income = match get(top, "income") {
        None => None,
        Some(_) => Some(r.income(Reader::object(top, "", "income")?)?),
    };
    r.unknown(
        top,
        "",
        &[
            "$schema",
            "version",
            "generated_at",
            "headline",
            "domains",
            "strengths",
            "credentials",
            "tools",
            "availability",
            "work_samples",
            "guide",
            "income",
        ],
    );
    Ok(Imported {
        document: Document {
            generated_at,
            profile: Profile {
                headline,
                lists,
                hours: Hundredths::new(hours),
                timezone,
                samples,
            },
            guide,
            income,
        },
        ignored: r.ignored,
    })
}

fn get<'a>(fields: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

fn invalid(path: impl Into<String>, why: Why) -> ImportError {
    ImportError::Invalid {
        path: path.into(),
        why,
    }
}

fn expect(path: &str, expected: &'static str, found: &Value) -> ImportError {
    invalid(
        path,
        Why::Type {
            expected,
            found: found.kind(),
        },
    )
}

type Fields = [(String, Value)];

#[derive(Default)]
struct Reader {
    ignored: Vec<String>,
}

impl Reader {
    fn unknown(&mut self, fields: &Fields, parent: &str, known: &[&str]) {
        for (key, _) in fields {
            if !known.contains(&key.as_str()) {
                self.ignored.push(join(parent, key));
            }
        }
    }

    fn field<'a>(fields: &'a Fields, parent: &str, key: &str) -> Result<&'a Value, ImportError> {
        get(fields, key).ok_or_else(|| invalid(join(parent, key), Why::Missing))
    }

    fn object<'a>(fields: &'a Fields, parent: &str, key: &str) -> Result<&'a Fields, ImportError> {
        match Self::field(fields, parent, key)? {
            Value::Object(inner) => Ok(inner),
            other => Err(expect(&join(parent, key), "an object", other)),
        }
    }

    fn text(
        fields: &Fields,
        parent: &str,
        key: &str,
        max: usize,
        required: bool,
    ) -> Result<String, ImportError> {
        let path = join(parent, key);
        string_at(&path, Self::field(fields, parent, key)?, max, required)
    }

    fn hundredths(fields: &Fields, parent: &str, key: &str, max: u64) -> Result<u64, ImportError> {
        let path = join(parent, key);
        match Self::field(fields, parent, key)? {
            Value::Number(n) => json::hundredths(n, max.saturating_mul(100)).map_err(|e| {
                invalid(
                    path,
                    match e {
                        NumberError::TooPrecise => Why::Precision,
                        NumberError::Negative | NumberError::TooLarge => Why::Range(max),
                    },
                )
            }),
            other => Err(expect(&path, "a number", other)),
        }
    }

    fn whole(fields: &Fields, parent: &str, key: &str, max: u64) -> Result<u64, ImportError> {
        let n = Self::hundredths(fields, parent, key, max)?;
        if n % 100 == 0 {
            Ok(n / 100)
        } else {
            Err(invalid(join(parent, key), Why::NotWhole))
        }
    }

    fn array<'a>(fields: &'a Fields, key: &str, max: usize) -> Result<&'a [Value], ImportError> {
        match Self::field(fields, "", key)? {
            Value::Array(items) => {
                check_count(items.len(), max).map_err(|rule| invalid(key, Why::Rule(rule)))?;
                Ok(items)
            }
            other => Err(expect(key, "a list", other)),
        }
    }

    fn list(fields: &Fields, kind: ListKind) -> Result<Vec<String>, ImportError> {
        let key = kind.key();
        let mut out: Vec<String> = Vec::new();
        for (i, item) in Self::array(fields, key, MAX_ITEMS)?.iter().enumerate() {
            let path = format!("{key}[{i}]");
            let text = string_at(&path, item, MAX_ITEM, true)?;
            check_item(&text, &out).map_err(|rule| invalid(&path, Why::Rule(rule)))?;
            out.push(text);
        }
        Ok(out)
    }

    fn samples(&mut self, fields: &Fields) -> Result<Vec<WorkSample>, ImportError> {
        let mut out = Vec::new();
        for (i, item) in Self::array(fields, "work_samples", MAX_SAMPLES)?
            .iter()
            .enumerate()
        {
            let path = format!("work_samples[{i}]");
            let Value::Object(sample) = item else {
                return Err(expect(&path, "an object", item));
            };
            let title = Self::text(sample, &path, "title", MAX_TITLE, true)?;
            let kind = Self::text(sample, &path, "type", MAX_ITEM, true)?;
            let kind = SampleKind::from_id(&kind).ok_or_else(|| {
                invalid(
                    join(&path, "type"),
                    Why::OneOf(
                        "rubric, benchmark, adversarial-test-plan, report, code, article, other",
                    ),
                )
            })?;
            let link = match get(sample, "link") {
                None => String::new(),
                Some(v) => {
                    let link_path = join(&path, "link");
                    let link = string_at(&link_path, v, super::MAX_LINK, false)?;
                    check_link(&link).map_err(|rule| invalid(link_path, Why::Rule(rule)))?;
                    link
                }
            };
            self.unknown(sample, &path, &["title", "type", "link"]);
            out.push(WorkSample { title, kind, link });
        }
        Ok(out)
    }

    fn guide(&mut self, fields: &Fields) -> Result<GuideSnapshot, ImportError> {
        const OUTCOMES: &str = "generalist, specialist, t-shaped, pi-shaped, comb-shaped";
        let outcome = Self::text(fields, "guide", "outcome", MAX_ITEM, true)?;
        let outcome = Outcome::ALL
            .into_iter()
            .find(|o| o.id() == outcome)
            .ok_or_else(|| invalid("guide.outcome", Why::OneOf(OUTCOMES)))?;
        let scores = Self::object(fields, "guide", "scores")?;
        let score = |key: &str, max: u64| -> Result<u8, ImportError> {
            let n = Self::whole(scores, "guide.scores", key, max)?;
            Ok(u8::try_from(n).unwrap_or(u8::MAX))
        };
        let dimensions = Dimensions {
            breadth: score("breadth", 100)?,
            depth: score("depth", 100)?,
            pillars: score("pillars", 3)?,
        };
        self.unknown(scores, "guide.scores", &["breadth", "depth", "pillars"]);
        let near = Self::object(fields, "guide", "closeness")?;
        let mut closeness = [0u8; 5];
        for (slot, o) in closeness.iter_mut().zip(Outcome::ALL) {
            let n = Self::whole(near, "guide.closeness", o.id(), 100)?;
            *slot = u8::try_from(n).unwrap_or(u8::MAX);
        }
        self.unknown(near, "guide.closeness", &Outcome::ALL.map(Outcome::id));
        let mut answers = Vec::new();
        for (qid, cid) in Self::object(fields, "guide", "answers")? {
            let path = format!("guide.answers.{qid}");
            check_text(qid, MAX_ITEM, true).map_err(|rule| invalid(&path, Why::Rule(rule)))?;
            answers.push((qid.clone(), string_at(&path, cid, MAX_ITEM, true)?));
        }
        self.unknown(
            fields,
            "guide",
            &["outcome", "scores", "closeness", "answers"],
        );
        Ok(GuideSnapshot {
            outcome,
            dimensions,
            closeness,
            answers,
        })
    }

    fn income(&mut self, fields: &Fields) -> Result<IncomeSnapshot, ImportError> {
        let p = "income";
        let scenario = Self::text(fields, p, "scenario", MAX_NAME, true)?;
        let values = Values::new(
            Self::hundredths(fields, p, "rate", Field::Rate.max())?,
            Self::hundredths(fields, p, "hours_per_week", Field::Hours.max())?,
            Self::hundredths(fields, p, "weeks_per_year", Field::Weeks.max())?,
        );
        let annual = Self::hundredths(fields, p, "annual", MAX_TARGET)?;
        if annual != values.income().annual.0 {
            return Err(invalid("income.annual", Why::Mismatch));
        }
        let code = Self::text(fields, p, "currency", 3, true)?;
        let currency = Currency::parse(&code)
            .ok()
            .filter(|c| c.code() == code)
            .ok_or_else(|| {
                invalid(
                    "income.currency",
                    Why::OneOf("a three-letter code such as USD"),
                )
            })?;
        self.unknown(
            fields,
            p,
            &[
                "scenario",
                "rate",
                "hours_per_week",
                "weeks_per_year",
                "annual",
                "currency",
            ],
        );
        Ok(IncomeSnapshot {
            scenario,
            values,
            currency,
        })
    }
}

fn string_at(path: &str, value: &Value, max: usize, required: bool) -> Result<String, ImportError> {
    match value {
        Value::String(s) => {
            check_text(s, max, required).map_err(|rule| invalid(path, Why::Rule(rule)))?;
            Ok(s.clone())
        }
        other => Err(expect(path, "text", other)),
    }
}
