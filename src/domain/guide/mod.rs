//! The decision guide: questions, answers, outcomes and their texts.

mod content;
mod reach;
mod scoring;

pub use content::{
    ContentError, CredentialNotes, GuideParts, MAX_CHOICES, MAX_PILLARS, MAX_QUESTIONS,
    MIN_CHOICES, MIN_QUESTIONS, OutcomeText, RateBand, Risk, StageNotes,
};
pub use reach::reachable_outcomes;
pub use scoring::{
    Closeness, Dimensions, GuideResult, PROTOTYPES, REACH, Reason, ScoreError, TIE_ORDER, classify,
    score,
};

use std::borrow::Cow;

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

    /// The name a reader sees.
    pub fn name(self) -> &'static str {
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

/// A checked guide: questions plus a text for every outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    questions: List<Question>,
    texts: List<(Outcome, OutcomeText)>,
    /// Shown on every result: this is exploration, not a verdict.
    pub disclaimer: Text,
    /// What the guide says about each level of credentials.
    credential_notes: CredentialNotes,
    /// Lowest and highest raw breadth any complete answer set can reach.
    breadth_span: (i32, i32),
    /// Lowest and highest raw depth any complete answer set can reach.
    depth_span: (i32, i32),
}

impl Guide {
    /// The questions in the order they are asked.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The texts for one outcome (every outcome has one: checked at load).
    pub fn text(&self, outcome: Outcome) -> &OutcomeText {
        self.texts
            .iter()
            .find_map(|(o, t)| (*o == outcome).then_some(t))
            .unwrap_or(&self.texts[0].1)
    }

    /// An empty answer set sized for this guide.
    pub fn blank_answers(&self) -> Answers {
        Answers(vec![None; self.questions.len()])
    }
}

/// The reader's answers: for each question, the index of the chosen choice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers(Vec<Option<usize>>);

impl Answers {
    /// Builds answers from raw choice indexes (for tests and restores).
    pub fn from_choices(choices: Vec<Option<usize>>) -> Self {
        Answers(choices)
    }

    /// The chosen choice index for question `q`, if any.
    pub fn get(&self, q: usize) -> Option<usize> {
        self.0.get(q).copied().flatten()
    }

    /// Records choice `c` for question `q`; an out-of-range question is ignored.
    pub fn set(&mut self, q: usize, c: usize) {
        if let Some(slot) = self.0.get_mut(q) {
            *slot = Some(c);
        }
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }

    /// The number of questions these answers are sized for.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when sized for no questions at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first unanswered question, if any.
    pub fn first_missing(&self) -> Option<usize> {
        self.0.iter().position(Option::is_none)
    }
}
