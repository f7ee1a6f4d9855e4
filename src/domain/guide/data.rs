//! The guide's content as serde types: what `questions.json` and
//! `outcomes.json` hold. Self-contained (std and serde only) because
//! `build.rs` reads the same files with these same types to compile them in.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Text that is either compiled in (borrowed) or read from a file (owned).
pub type Text = Cow<'static, str>;
/// A list that is either compiled in (borrowed) or read from a file (owned).
pub type List<T> = Cow<'static, [T]>;

/// The five profiles the guide can point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Broad across many areas, no deep pillar yet.
    Generalist,
    /// One narrow, deep domain.
    Specialist,
    /// Breadth with one deep pillar.
    TShaped,
    /// Breadth with two deep pillars.
    PiShaped,
    /// Breadth with three or more narrower depths.
    CombShaped,
}

impl Outcome {
    /// Every outcome, in the order the result screen lists them.
    pub const ALL: [Outcome; 5] = [
        Outcome::Generalist,
        Outcome::Specialist,
        Outcome::TShaped,
        Outcome::PiShaped,
        Outcome::CombShaped,
    ];

    /// The stable identifier used in content files and exports.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Generalist => "generalist",
            Outcome::Specialist => "specialist",
            Outcome::TShaped => "t-shaped",
            Outcome::PiShaped => "pi-shaped",
            Outcome::CombShaped => "comb-shaped",
        }
    }

    /// Whether the outcome stands on at least one deep field: the hybrids.
    pub const fn needs_a_pillar(self) -> bool {
        matches!(
            self,
            Outcome::TShaped | Outcome::PiShaped | Outcome::CombShaped
        )
    }

    /// The name as running text writes it, in sentence case: "generalist",
    /// "T-shaped", "comb-shaped".
    pub const fn name_in_text(self) -> &'static str {
        match self {
            Outcome::Generalist => "generalist",
            Outcome::Specialist => "specialist",
            Outcome::TShaped => "T-shaped",
            Outcome::PiShaped => "π-shaped",
            Outcome::CombShaped => "comb-shaped",
        }
    }

    /// The name a reader sees as a heading or label.
    pub const fn name(self) -> &'static str {
        match self {
            Outcome::Generalist => "Generalist",
            Outcome::Specialist => "Specialist",
            Outcome::TShaped => "T-shaped",
            Outcome::PiShaped => "π-shaped",
            Outcome::CombShaped => "Comb-shaped",
        }
    }
}

/// Where the reader is in their career; shapes the advice, not the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Up to a few years in.
    Early,
    /// Established, several years in.
    Mid,
    /// Leading, reviewing, setting standards.
    Senior,
}

/// Formal proof of depth the reader holds; adds depth and shapes the advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Credentials {
    /// Nothing formal yet.
    None,
    /// Certificates or professional certifications.
    Some,
    /// A licence or degree such as RN, JD, CFA or a PhD.
    Strong,
}

/// What picking one choice does to the reader's profile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// Points towards breadth (negative: away from it).
    #[serde(default)]
    pub breadth: i8,
    /// Points towards depth (negative: away from it).
    #[serde(default)]
    pub depth: i8,
    /// Points towards depth in several fields (negative: towards one field).
    #[serde(default)]
    pub fields: i8,
    /// Sets the number of deep pillars (0–3, where 3 means "three or more").
    #[serde(default)]
    pub pillars: Option<u8>,
    /// Sets the career stage.
    #[serde(default)]
    pub stage: Option<Stage>,
    /// Sets the credentials held.
    #[serde(default)]
    pub credentials: Option<Credentials>,
}

impl Effect {
    /// True when picking this choice changes nothing at all.
    pub fn is_empty(&self) -> bool {
        *self == Effect::default()
    }
}

/// One answer a reader can pick.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id, unique within its question.
    pub id: Text,
    /// What the reader reads.
    pub label: Text,
    /// What it does to the scores.
    pub effect: Effect,
}

/// One screen of the guide.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, unique within the guide; used in exports.
    pub id: Text,
    /// The question as the reader sees it.
    pub prompt: Text,
    /// A short name for the review screen and the "why" list.
    pub topic: Text,
    /// An optional line of context below the prompt.
    #[serde(default)]
    pub hint: Text,
    /// Between two and six choices.
    pub choices: List<Choice>,
}

/// A risk of a profile and how to soften it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// What can go wrong.
    pub risk: Text,
    /// What to do about it.
    pub mitigation: Text,
}

/// An hourly rate band from the source material, in whole US dollars.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateBand {
    /// Lower end, dollars per hour.
    pub min: u32,
    /// Upper end, dollars per hour.
    pub max: u32,
    /// What the band means and where it comes from.
    pub note: Text,
}

/// Advice that depends on the career stage.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageNotes {
    /// Early career.
    pub early: Text,
    /// Mid career.
    pub mid: Text,
    /// Senior.
    pub senior: Text,
}

impl StageNotes {
    /// The note for one stage.
    pub fn for_stage(&self, stage: Stage) -> &str {
        match stage {
            Stage::Early => &self.early,
            Stage::Mid => &self.mid,
            Stage::Senior => &self.senior,
        }
    }
}

/// Everything the result screen says about one outcome.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    /// What the shape means, in one line, for the glossary.
    pub definition: Text,
    /// One line under the outcome's name.
    pub tagline: Text,
    /// A plain-language paragraph.
    pub summary: Text,
    /// Typical tasks where this profile wins.
    pub tasks: List<Text>,
    /// Typical roles.
    pub roles: List<Text>,
    /// Skills to build next.
    pub skills: List<Text>,
    /// Risks and their mitigations.
    pub risks: List<Risk>,
    /// The 60–90-day plan, in order.
    pub plan: List<Text>,
    /// How the plan changes with career stage.
    pub stage_notes: StageNotes,
    /// The rate band the sources give for this profile.
    pub rate: RateBand,
}

/// `questions.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// `outcomes.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomesFile {
    /// Shown on every result.
    pub disclaimer: Text,
    /// The articles the guide is built from.
    pub sources: List<Source>,
    /// Terms the result uses besides the shapes' names, each defined in one line.
    pub glossary: List<Term>,
    /// Notes per level of credentials.
    pub credential_notes: CredentialNotes,
    /// A text per outcome, in the domain's outcome order.
    pub outcomes: BTreeMap<Outcome, OutcomeText>,
}

/// One article the guide is built from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Who published it.
    pub publisher: Text,
    /// Its title, as published.
    pub title: Text,
    /// What the guide takes from it.
    pub used_for: Text,
}

/// A term and its one-line definition.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The term as the result writes it.
    pub term: Text,
    /// What it means.
    pub definition: Text,
}

/// What the guide says about each level of credentials.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CredentialNotes {
    /// No credential yet.
    pub none: Text,
    /// Certificates or certifications.
    pub some: Text,
    /// A licence or advanced degree.
    pub strong: Text,
}

/// The guide's content before it is checked: what a content file holds.
/// Built by `build.rs` from the JSON files as static data, or parsed at run time
/// by [`Guide::from_json`].
#[derive(Clone, Debug, PartialEq)]
pub struct GuideParts {
    /// The questions, in order.
    pub questions: List<Question>,
    /// Shown on every result.
    pub disclaimer: Text,
    /// The articles the guide is built from.
    pub sources: List<Source>,
    /// Terms besides the shapes' names.
    pub glossary: List<Term>,
    /// Notes per level of credentials.
    pub credential_notes: CredentialNotes,
    /// A text per outcome.
    pub outcomes: List<(Outcome, OutcomeText)>,
}
