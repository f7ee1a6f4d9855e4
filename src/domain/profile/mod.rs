//! The skill profile: what the reader keeps after the guide and the calculator.
//!
//! - [`Profile`] holds the seed's fields; [`Rule`] and the `check_*` functions
//!   are the limits, shared by the form and by import.
//! - [`document`] writes the downloadable file (and the JSON Resume mapping)
//!   and reads it back, refusing anything that does not follow the schema in
//!   `www/schema/skill-profile.v1.schema.json`.
//! - The editable form is a reducer in [`crate::state::profile`].
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
pub mod import;
mod rules;
mod suggest;

pub use rules::{Problem, Rule, check_count, check_item, check_link, check_text};
pub use suggest::{SUGGESTED_DOMAINS, suggestions};

use crate::domain::number::Hundredths;
use crate::domain::words::{Key, Words};

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

    /// The label on the form, in English (for logs and tests; the form
    /// shows [`ListKind::label_key`]'s text).
    pub fn label(self) -> &'static str {
        match self {
            ListKind::Domains => "Domains",
            ListKind::Strengths => "Strengths",
            ListKind::Credentials => "Credentials",
            ListKind::Tools => "Tools",
        }
    }

    /// The catalogue key of the label on the form.
    pub fn label_key(self) -> Key {
        match self {
            ListKind::Domains => Key::ProfileListDomains,
            ListKind::Strengths => Key::ProfileListStrengths,
            ListKind::Credentials => Key::ProfileListCredentials,
            ListKind::Tools => Key::ProfileListTools,
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

    /// The catalogue key of the name in the picker.
    pub fn label_key(self) -> Key {
        match self {
            SampleKind::Rubric => Key::ProfileKindRubric,
            SampleKind::Benchmark => Key::ProfileKindBenchmark,
            SampleKind::AdversarialTestPlan => Key::ProfileKindAdversarialTestPlan,
            SampleKind::Report => Key::ProfileKindReport,
            SampleKind::Code => Key::ProfileKindCode,
            SampleKind::Article => Key::ProfileKindArticle,
            SampleKind::Other => Key::ProfileKindOther,
        }
    }

    /// The name in the picker, in English (for logs and tests; the picker
    /// shows [`SampleKind::label_key`]'s text).
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
    pub samples: Vec<WorkSample>,
}

impl Profile {
    /// The profile as plain text to paste into a `LinkedIn` or `Upwork` profile,
    /// in English (see [`Profile::plain_text_in`]).
    #[must_use]
    pub fn plain_text(&self) -> String {
        self.paste(
            |kind, items| format!("{}: {items}", kind.label()),
            ", ",
            "Work samples:",
        )
    }

    /// The profile as plain text to paste into a `LinkedIn` or `Upwork` profile,
    /// in `words`: the headline, then each list that has items on a line of
    /// its own (strengths first, as those sites ask for skills), then the
    /// work samples with their links. Empty parts are left out.
    #[must_use]
    pub fn plain_text_in(&self, words: &Words) -> String {
        self.paste(
            // Text for another site: no isolating marks in it.
            |kind, items| {
                crate::domain::words::fill(
                    words.get(Key::ProfilePasteList),
                    &[("list", words.get(kind.label_key())), ("items", items)],
                )
            },
            words.get(Key::ProfileListSeparator),
            words.get(Key::ProfilePasteSamples),
        )
    }

    /// The pasted text with each list's line written by `list_line` (from
    /// the kind and its items joined by `separator`) and `samples` over the
    /// work samples.
    fn paste(
        &self,
        list_line: impl Fn(ListKind, &str) -> String,
        separator: &str,
        samples: &str,
    ) -> String {
        let mut lines = Vec::new();
        if !self.headline.is_empty() {
            lines.push(self.headline.clone());
        }
        for kind in [
            ListKind::Strengths,
            ListKind::Domains,
            ListKind::Tools,
            ListKind::Credentials,
        ] {
            let items = &self.lists[kind.index()];
            if !items.is_empty() {
                lines.push(list_line(kind, &items.join(separator)));
            }
        }
        if !self.samples.is_empty() {
            lines.push(samples.to_owned());
            lines.extend(self.samples.iter().map(|s| match s.link.as_str() {
                "" => format!("- {}", s.title),
                link => format!("- {} ({link})", s.title),
            }));
        }
        lines.join("\n")
    }

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
