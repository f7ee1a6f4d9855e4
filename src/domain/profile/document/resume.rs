//! JSON Resume (v1.0.0) as serde types: the parts the profile's mapping fills.

use serde::Serialize;

use super::pretty;
use crate::domain::profile::file::{AvailabilityPart, GuidePart, IncomePart};

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
    pub label: String,
}

/// A JSON Resume skill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skill {
    /// A strength, or "Tools" (in the reader's words).
    pub name: String,
    /// The tools, for the "Tools" skill.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
}

/// A JSON Resume certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Named {
    pub name: String,
}

/// A JSON Resume project: one work sample.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Project {
    pub name: String,
    /// The kind of work, in words.
    pub description: String,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income: Option<IncomePart>,
}
