//! The decision guide: questions, answers, outcomes and their texts.

mod content;
mod data;
mod reach;
mod scoring;

pub use content::{
    ContentError, MAX_CHOICES, MAX_PILLARS, MAX_QUESTIONS, MIN_CHOICES, MIN_QUESTIONS,
};
pub use data::{
    Choice, Credentials, Effect, List, Outcome, OutcomesFile, Question, QuestionsFile, Stage, Text,
};
pub use data::{
    CredentialNotes, GuideParts, OutcomeText, RateBand, Risk, Source, StageNotes, Term,
};
pub use reach::{Calibration, calibrate, reachable_outcomes};
pub use scoring::{
    Closeness, Dimensions, GuideResult, Lead, PROTOTYPES, REACH, Reason, ScoreError, TIE_ORDER,
    classify, score,
};

/// A checked guide: questions plus a text for every outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    questions: List<Question>,
    texts: List<(Outcome, OutcomeText)>,
    /// Shown on every result: this is exploration, not a verdict.
    pub disclaimer: Text,
    /// The articles the guide is built from.
    pub sources: List<Source>,
    /// Terms besides the shapes' names, each defined in one line.
    pub glossary: List<Term>,
    /// What the guide says about each level of credentials.
    credential_notes: CredentialNotes,
    /// Lowest and highest raw breadth any complete answer set can reach.
    breadth_span: (i32, i32),
    /// Lowest and highest raw depth any complete answer set can reach.
    depth_span: (i32, i32),
    /// Lowest and highest raw depth-across-fields any complete answer set can reach.
    fields_span: (i32, i32),
}

impl Guide {
    /// The questions in the order they are asked.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// Whether question `question` exists and offers a choice `choice`.
    pub fn has_choice(&self, question: usize, choice: usize) -> bool {
        self.questions
            .get(question)
            .is_some_and(|q| choice < q.choices.len())
    }

    /// The texts for one outcome (every outcome has one: checked at load).
    pub fn text(&self, outcome: Outcome) -> &OutcomeText {
        self.texts
            .iter()
            .find_map(|(o, t)| (*o == outcome).then_some(t))
            .unwrap_or(&self.texts[0].1)
    }

    /// `answers` by id: (question id, chosen answer id), in question order.
    /// Ids outlive edits to the content that reorder questions or answers.
    pub fn answer_ids(&self, answers: &Answers) -> Vec<(String, String)> {
        self.questions
            .iter()
            .enumerate()
            .filter_map(|(q, question)| {
                let choice = question.choices.get(answers.get(q)?)?;
                Some((question.id.to_string(), choice.id.to_string()))
            })
            .collect()
    }

    /// The (question, choice) indices of answers given by id; pairs that name
    /// no question or answer of this guide are left out.
    pub fn answer_indices(&self, ids: &[(String, String)]) -> Vec<(usize, usize)> {
        ids.iter()
            .filter_map(|(qid, cid)| {
                let q = self.questions.iter().position(|q| q.id == *qid)?;
                let c = self.questions[q]
                    .choices
                    .iter()
                    .position(|c| c.id == *cid)?;
                Some((q, c))
            })
            .collect()
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
