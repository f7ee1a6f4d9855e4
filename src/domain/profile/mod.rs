//! The skill profile: what the reader keeps after the guide and the calculator.
//!
//! - [`Profile`] holds the seed's fields; [`Rule`] and the `check_*` functions
//!   are the limits, shared by the form and by import.
//! - [`document`] writes the downloadable file (and the JSON Resume mapping)
//!   and reads it back, refusing anything that does not follow the schema in
//!   `www/schema/skill-profile.v1.schema.json`.
//! - [`form`] is the editable form as a reducer.
//!
//! # Limits
//! | field | rule |
//! |---|---|
//! | `headline` | required, ≤ [`MAX_HEADLINE`] characters |
//! | `domains`, `strengths`, `credentials`, `tools` | ≤ [`MAX_ITEMS`] items, each 1–[`MAX_ITEM`] characters, no repeats (ASCII case ignored) |
//! | `availability.hours_per_week` | 0–168, at most two decimals |
//! | `availability.timezone` | ≤ [`MAX_TIMEZONE`] characters, may be empty |
//! | `work_samples` | ≤ [`MAX_SAMPLES`]; `title` required, ≤ [`MAX_TITLE`]; `type` one of [`SampleKind`]; `link` empty or an http(s) link ≤ [`MAX_LINK`] |
//!
//! No text may contain control characters (line breaks included): every field is one line.

pub mod document;
pub mod file;
pub mod form;
pub mod import;

use thiserror::Error;

use crate::domain::guide::Outcome;
use crate::domain::income::Hundredths;

/// The longest headline, in characters.
pub const MAX_HEADLINE: usize = 120;
/// The longest list item (domain, strength, credential, tool), in characters.
pub const MAX_ITEM: usize = 80;
/// The most items in one list.
pub const MAX_ITEMS: usize = 20;
/// The most work samples.
pub const MAX_SAMPLES: usize = 20;
/// The longest work-sample title, in characters.
pub const MAX_TITLE: usize = 120;
/// The longest link, in characters.
pub const MAX_LINK: usize = 2000;
/// The longest time zone, in characters.
pub const MAX_TIMEZONE: usize = 64;

/// The four tag lists of a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// Fields the reader knows.
    Domains,
    /// What the reader is good at.
    Strengths,
    /// Degrees, certificates, licences.
    Credentials,
    /// Software and languages.
    Tools,
}

impl ListKind {
    /// All four, in the file's order.
    pub const ALL: [ListKind; 4] = [
        ListKind::Domains,
        ListKind::Strengths,
        ListKind::Credentials,
        ListKind::Tools,
    ];

    /// The key in the file.
    pub fn key(self) -> &'static str {
        match self {
            ListKind::Domains => "domains",
            ListKind::Strengths => "strengths",
            ListKind::Credentials => "credentials",
            ListKind::Tools => "tools",
        }
    }

    /// The label on the form.
    pub fn label(self) -> &'static str {
        match self {
            ListKind::Domains => "Domains",
            ListKind::Strengths => "Strengths",
            ListKind::Credentials => "Credentials",
            ListKind::Tools => "Tools",
        }
    }

    /// Position in [`ListKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// What a work sample is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SampleKind {
    /// A scoring rubric.
    Rubric,
    /// A benchmark or evaluation set.
    Benchmark,
    /// An adversarial test plan.
    AdversarialTestPlan,
    /// A written report.
    Report,
    /// Code.
    Code,
    /// An article or post.
    Article,
    /// Anything else.
    Other,
}

impl SampleKind {
    /// Every kind, in the picker's order.
    pub const ALL: [SampleKind; 7] = [
        SampleKind::Rubric,
        SampleKind::Benchmark,
        SampleKind::AdversarialTestPlan,
        SampleKind::Report,
        SampleKind::Code,
        SampleKind::Article,
        SampleKind::Other,
    ];

    /// The value in the file.
    pub fn id(self) -> &'static str {
        match self {
            SampleKind::Rubric => "rubric",
            SampleKind::Benchmark => "benchmark",
            SampleKind::AdversarialTestPlan => "adversarial-test-plan",
            SampleKind::Report => "report",
            SampleKind::Code => "code",
            SampleKind::Article => "article",
            SampleKind::Other => "other",
        }
    }

    /// The name in the picker.
    pub fn label(self) -> &'static str {
        match self {
            SampleKind::Rubric => "Rubric",
            SampleKind::Benchmark => "Benchmark",
            SampleKind::AdversarialTestPlan => "Adversarial test plan",
            SampleKind::Report => "Report",
            SampleKind::Code => "Code",
            SampleKind::Article => "Article",
            SampleKind::Other => "Other",
        }
    }

    /// The kind with file value `id`.
    pub fn from_id(id: &str) -> Option<SampleKind> {
        SampleKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// One piece of work to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkSample {
    /// What it is called.
    pub title: String,
    /// What kind of work it is.
    pub kind: SampleKind,
    /// Where to see it: empty, or an http(s) link.
    pub link: String,
}

/// The seed's profile fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// One line about the reader.
    pub headline: String,
    /// Domains, strengths, credentials and tools, in [`ListKind::ALL`] order.
    pub lists: [Vec<String>; 4],
    /// Hours a week available.
    pub hours: Hundredths,
    /// Time zone, as the reader writes it (`Europe/Berlin`, `UTC-5`).
    pub timezone: String,
    /// Work samples.
    pub samples: Vec<WorkSample>,
}

impl Profile {
    /// The list of `kind`.
    pub fn list(&self, kind: ListKind) -> &[String] {
        &self.lists[kind.index()]
    }

    /// Every problem, each with the path of its field in the file; empty when
    /// the profile can be exported.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut push = |path: String, rule: Result<(), Rule>| {
            if let Err(rule) = rule {
                out.push(Problem { path, rule });
            }
        };
        push(
            "headline".into(),
            check_text(&self.headline, MAX_HEADLINE, true),
        );
        for kind in ListKind::ALL {
            let list = self.list(kind);
            push(kind.key().into(), check_count(list.len(), MAX_ITEMS));
            for (i, item) in list.iter().enumerate() {
                let earlier = &list[..i];
                push(
                    format!("{}[{i}]", kind.key()),
                    check_item(item, earlier).map(|_| ()),
                );
            }
        }
        push(
            "availability.timezone".into(),
            check_text(&self.timezone, MAX_TIMEZONE, false),
        );
        push(
            "work_samples".into(),
            check_count(self.samples.len(), MAX_SAMPLES),
        );
        for (i, s) in self.samples.iter().enumerate() {
            push(
                format!("work_samples[{i}].title"),
                check_text(&s.title, MAX_TITLE, true),
            );
            push(format!("work_samples[{i}].link"), check_link(&s.link));
        }
        out
    }
}

/// A broken rule and the path of the field in the file (`work_samples[2].link`).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{path}: {rule}")]
pub struct Problem {
    /// Where, as a path into the file.
    pub path: String,
    /// What is wrong.
    pub rule: Rule,
}

/// A limit a profile field breaks. The messages complete a sentence that
/// starts with the field's name or path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum Rule {
    /// Empty (after trimming spaces) where text is needed.
    #[error("needs some text")]
    Required,
    /// Longer than the limit, in characters.
    #[error("is longer than {0} characters")]
    TooLong(usize),
    /// More items than the limit.
    #[error("holds more than {0}")]
    TooMany(usize),
    /// The same item twice in one list.
    #[error("is already in the list")]
    Duplicate,
    /// A control character (a line break, a tab, …).
    #[error("contains a line break or another control character")]
    Control,
    /// Spaces before or after the text.
    #[error("starts or ends with a space")]
    Spaces,
    /// Not an http or https link.
    #[error("is not a link: only links starting with http:// or https:// are accepted")]
    Scheme,
    /// An http(s) link without a site name, or with spaces inside.
    #[error("is not a complete link (like https://example.org/work)")]
    Link,
    /// Text typed into a list's input but not added yet.
    #[error("has text in its box that is not added yet: press Enter to add it, or clear it")]
    Pending,
    /// Hours that were not accepted.
    #[error("is not a number of hours from 0 to 168")]
    Hours,
}

fn too_long(text: &str, max: usize) -> bool {
    // `nth`, not `count()`: stops at the limit and keeps the wasm smaller.
    text.chars().nth(max).is_some()
}

fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// Checks one line of text: no control characters, no leading or trailing
/// spaces, at most `max` characters, and non-empty when `required`.
///
/// # Errors
/// The first [`Rule`] broken.
pub fn check_text(text: &str, max: usize, required: bool) -> Result<(), Rule> {
    if required && text.trim().is_empty() {
        Err(Rule::Required)
    } else if has_control(text) {
        Err(Rule::Control)
    } else if text.trim() != text {
        Err(Rule::Spaces)
    } else if too_long(text, max) {
        Err(Rule::TooLong(max))
    } else {
        Ok(())
    }
}

/// Checks a list length.
///
/// # Errors
/// [`Rule::TooMany`] above `max`.
pub fn check_count(len: usize, max: usize) -> Result<(), Rule> {
    if len > max {
        Err(Rule::TooMany(max))
    } else {
        Ok(())
    }
}

/// Checks a list item typed by the reader against the items before it, and
/// returns it trimmed.
///
/// # Errors
/// The first [`Rule`] broken: empty, control characters, too long, or a repeat
/// of an earlier item (ASCII case ignored).
pub fn check_item<'a>(item: &'a str, earlier: &[String]) -> Result<&'a str, Rule> {
    let item = item.trim();
    check_text(item, MAX_ITEM, true)?;
    if earlier.iter().any(|e| e.eq_ignore_ascii_case(item)) {
        return Err(Rule::Duplicate);
    }
    Ok(item)
}

/// Checks a work-sample link: empty, or `http://` / `https://` (any case)
/// followed by a site name, with no spaces or control characters anywhere and
/// at most [`MAX_LINK`] characters. `javascript:`, `data:`, `vbscript:` and
/// every other scheme are refused, however they are spelled or split.
///
/// # Errors
/// [`Rule::Scheme`], [`Rule::Link`], [`Rule::Spaces`] or [`Rule::TooLong`].
pub fn check_link(link: &str) -> Result<(), Rule> {
    if link.is_empty() {
        return Ok(());
    }
    if link.trim() != link {
        return Err(Rule::Spaces);
    }
    let lower_starts = |prefix: &str| {
        link.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    let rest = if lower_starts("https://") {
        &link[8..]
    } else if lower_starts("http://") {
        &link[7..]
    } else {
        return Err(Rule::Scheme);
    };
    let site = rest.split(['/', '?', '#']).next().unwrap_or("");
    let site_ok = !site.is_empty()
        && !site.starts_with(['.', ':'])
        && !site.contains('@')
        && site.chars().any(char::is_alphanumeric);
    if !site_ok || rest.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Rule::Link);
    }
    if too_long(link, MAX_LINK) {
        return Err(Rule::TooLong(MAX_LINK));
    }
    Ok(())
}

/// What the profile suggests for each guide outcome: a headline and strengths
/// from the sources' descriptions of that profile.
pub fn suggestions(outcome: Outcome) -> (&'static str, &'static [&'static str]) {
    match outcome {
        Outcome::Generalist => (
            "AI generalist: reasoning evaluation and prompt design across domains",
            &["reasoning evaluation", "prompt design", "rubric writing"],
        ),
        Outcome::Specialist => (
            "Domain specialist for expert-level AI evaluation",
            &[
                "standards-based review",
                "ground-truth datasets",
                "adversarial testing",
            ],
        ),
        Outcome::TShaped => (
            "T-shaped AI evaluator with one deep domain",
            &[
                "reasoning evaluation",
                "domain benchmarks",
                "rubric writing",
            ],
        ),
        Outcome::PiShaped => (
            "π-shaped evaluator working where two fields meet",
            &[
                "cross-field evaluation design",
                "ground-truth datasets",
                "rubric calibration",
            ],
        ),
        Outcome::CombShaped => (
            "Comb-shaped AI trainer across several domains",
            &[
                "cross-domain quality assurance",
                "rubric calibration",
                "triage of hard cases",
            ],
        ),
    }
}

/// Domains the sources name as worth deepening, offered as one-click suggestions.
pub const SUGGESTED_DOMAINS: [&str; 6] = [
    "finance",
    "healthcare",
    "law",
    "software engineering",
    "security",
    "mathematics",
];
