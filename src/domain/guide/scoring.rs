//! Scoring: answers → dimension scores → the nearest outcome, with closeness to every outcome.
//!
//! # How a result is computed
//! 1. Each chosen answer adds its `breadth` and `depth` points. The raw sums are
//!    scaled to 0–100 against the lowest and highest sums the guide allows, so
//!    0 means "every answer pointed away" and 100 "every answer pointed towards".
//! 2. The pillars question sets the number of deep fields, 0–3 ("3" = three or
//!    more), placed on the same 0–100 axis as 0, 33, 66, 100.
//! 3. Each outcome has a prototype point in that (breadth, depth, pillars) space
//!    ([`PROTOTYPES`]). The result is the outcome whose prototype is nearest in
//!    squared Euclidean distance, computed in integers.
//! 4. **Tie rule**: when two prototypes are exactly as near, the one earlier in
//!    [`TIE_ORDER`] wins: hybrids before the pure profiles (the sources advise
//!    "both, strategically"), and fewer pillars before more (the smaller next step).
//! 5. Closeness to an outcome is `100 − distance × 100 / REACH`, floored at 0,
//!    with the distance rounded down: a point [`REACH`] or more away is 0 % close.

use serde::Serialize;
use thiserror::Error;

use super::{Answers, Credentials, Guide, Outcome, Stage};

/// Scores on the three axes the outcomes are placed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Dimensions {
    /// 0–100: how much the answers lean towards range and variety.
    pub breadth: u8,
    /// 0–100: how much the answers lean towards rigour and deep focus.
    pub depth: u8,
    /// 0–3: fields known deeply (3 means three or more).
    pub pillars: u8,
}

impl Dimensions {
    fn axes(self) -> [i32; 3] {
        [
            i32::from(self.breadth),
            i32::from(self.depth),
            i32::from(self.pillars) * 100 / 3,
        ]
    }

    fn squared_distance(self, other: Dimensions) -> u32 {
        self.axes()
            .iter()
            .zip(other.axes())
            .map(|(a, b)| (a - b).unsigned_abs().pow(2))
            .sum()
    }
}

/// Where each outcome sits in (breadth, depth, pillars) space.
pub const PROTOTYPES: [(Outcome, Dimensions); 5] = [
    (Outcome::Generalist, dims(80, 20, 0)),
    (Outcome::Specialist, dims(20, 85, 1)),
    (Outcome::TShaped, dims(70, 65, 1)),
    (Outcome::PiShaped, dims(65, 75, 2)),
    (Outcome::CombShaped, dims(80, 50, 3)),
];

const fn dims(breadth: u8, depth: u8, pillars: u8) -> Dimensions {
    Dimensions {
        breadth,
        depth,
        pillars,
    }
}

/// Which outcome wins when two are exactly as near (earlier wins).
pub const TIE_ORDER: [Outcome; 5] = [
    Outcome::TShaped,
    Outcome::PiShaped,
    Outcome::CombShaped,
    Outcome::Generalist,
    Outcome::Specialist,
];

/// The distance (on the 0–100 axes) at which closeness reaches 0 %.
pub const REACH: u32 = 120;

/// How near the reader is to one outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Closeness {
    /// The outcome.
    pub outcome: Outcome,
    /// 0–100; 100 means exactly on the outcome's prototype.
    pub percent: u8,
}

/// Places dimension scores: the nearest outcome, then closeness to all five
/// in [`Outcome::ALL`] order. Deterministic; see the module docs for the tie rule.
#[must_use]
pub fn classify(d: Dimensions) -> (Outcome, [Closeness; 5]) {
    let distance = |o: Outcome| {
        PROTOTYPES
            .iter()
            .find_map(|(p, proto)| (*p == o).then(|| d.squared_distance(*proto)))
            .unwrap_or(u32::MAX)
    };
    let mut best = TIE_ORDER[0];
    for o in &TIE_ORDER[1..] {
        if distance(*o) < distance(best) {
            best = *o;
        }
    }
    let closeness = Outcome::ALL.map(|outcome| {
        let scaled = (distance(outcome) * 10_000 / (REACH * REACH)).isqrt();
        Closeness {
            outcome,
            percent: u8::try_from(100 - scaled.min(100)).unwrap_or(0),
        }
    });
    (best, closeness)
}

/// One answer that moved a dimension, for the "why" part of the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Reason {
    /// Index of the question.
    pub question: usize,
    /// Index of the chosen choice.
    pub choice: usize,
    /// Breadth points the answer added (negative: took away).
    pub breadth: i8,
    /// Depth points the answer added (negative: took away).
    pub depth: i8,
    /// The pillar count the answer set, if it set one.
    pub pillars: Option<u8>,
}

/// A scored, complete set of answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GuideResult {
    pub outcome: Outcome,
    /// The reader's scores.
    pub dimensions: Dimensions,
    /// Closeness to each outcome, in [`Outcome::ALL`] order.
    pub closeness: [Closeness; 5],
    /// Career stage from the answers.
    pub stage: Stage,
    /// Credentials from the answers.
    pub credentials: Credentials,
    /// Every answer that moved a dimension, in question order.
    pub reasons: Vec<Reason>,
}

impl GuideResult {
    /// Closeness to every outcome, closest first; equal percentages keep the
    /// [`Outcome::ALL`] order.
    pub fn ranked(&self) -> [Closeness; 5] {
        let mut rows = self.closeness;
        // Insertion sort: five items, stable, and far smaller in wasm than slice::sort.
        for i in 1..rows.len() {
            let mut j = i;
            while j > 0 && rows[j - 1].percent < rows[j].percent {
                rows.swap(j - 1, j);
                j -= 1;
            }
        }
        rows
    }

    /// Closeness to one outcome, 0–100.
    pub fn closeness_to(&self, outcome: Outcome) -> u8 {
        self.closeness
            .iter()
            .find_map(|c| (c.outcome == outcome).then_some(c.percent))
            .unwrap_or(0)
    }
}

/// Why answers could not be scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ScoreError {
    /// The answers were made for a guide with another number of questions.
    #[error("the answers are for {found} questions, but the guide has {expected}")]
    WrongLength {
        /// Questions in the guide.
        expected: usize,
        /// Answers given.
        found: usize,
    },
    /// A question has no answer yet.
    #[error("question {} has no answer yet", .0 + 1)]
    Incomplete(usize),
    /// An answer points at a choice the question does not have.
    #[error("the answer to question {} is not one of its choices", .0 + 1)]
    UnknownChoice(usize),
}

/// Scales a raw sum to 0–100 against its span, rounding half up.
fn scale(raw: i32, (lo, hi): (i32, i32)) -> u8 {
    let width = (hi - lo).max(1);
    let clamped = raw.clamp(lo, hi) - lo;
    u8::try_from((clamped * 200 + width) / (2 * width)).unwrap_or(100)
}

impl Guide {
    /// Dimension scores for raw breadth and depth sums and a pillar count.
    pub(crate) fn dimensions(&self, breadth: i32, depth: i32, pillars: u8) -> Dimensions {
        Dimensions {
            breadth: scale(breadth, self.breadth_span),
            depth: scale(depth, self.depth_span),
            pillars,
        }
    }
}

/// Scores a complete answer set. Pure and deterministic.
///
/// # Errors
/// [`ScoreError`] when the answers do not fit the guide or one is missing.
pub fn score(guide: &Guide, answers: &Answers) -> Result<GuideResult, ScoreError> {
    let questions = guide.questions();
    if answers.len() != questions.len() {
        return Err(ScoreError::WrongLength {
            expected: questions.len(),
            found: answers.len(),
        });
    }
    let (mut breadth, mut depth, mut pillars) = (0_i32, 0_i32, 0_u8);
    let (mut stage, mut credentials) = (Stage::Early, Credentials::None);
    let mut reasons = Vec::new();
    for (qi, q) in questions.iter().enumerate() {
        let ci = answers.get(qi).ok_or(ScoreError::Incomplete(qi))?;
        let effect = q
            .choices
            .get(ci)
            .ok_or(ScoreError::UnknownChoice(qi))?
            .effect;
        breadth += i32::from(effect.breadth);
        depth += i32::from(effect.depth);
        pillars = effect.pillars.unwrap_or(pillars);
        stage = effect.stage.unwrap_or(stage);
        credentials = effect.credentials.unwrap_or(credentials);
        if effect.breadth != 0 || effect.depth != 0 || effect.pillars.is_some() {
            reasons.push(Reason {
                question: qi,
                choice: ci,
                breadth: effect.breadth,
                depth: effect.depth,
                pillars: effect.pillars,
            });
        }
    }
    let dimensions = guide.dimensions(breadth, depth, pillars);
    let (outcome, closeness) = classify(dimensions);
    Ok(GuideResult {
        outcome,
        dimensions,
        closeness,
        stage,
        credentials,
        reasons,
    })
}
