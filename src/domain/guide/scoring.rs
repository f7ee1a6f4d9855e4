//! Scoring: answers → dimension scores → the nearest outcome, with closeness to every outcome.
//!
//! # How a result is computed
//! 1. Each chosen answer adds its `breadth`, `depth` and `fields` points. The
//!    raw sums are scaled to 0–100 against the lowest and highest sums the guide
//!    allows, so 0 means "every answer pointed away" and 100 "every answer
//!    pointed towards". `fields` is depth across several fields (100) rather
//!    than in one (0).
//! 2. The pillars question sets the number of deep fields, 0–3 ("3" = three or
//!    more), placed on a 0–100 axis as 0, 33, 66, 100.
//! 3. Each outcome has a prototype point in that (breadth, depth, pillars,
//!    fields) space ([`PROTOTYPES`]). The result is the outcome whose prototype
//!    is nearest in squared Euclidean distance, computed in integers, among the
//!    outcomes the pillar count allows: the three hybrids stand on at least one
//!    deep field, so a reader who knows no field deeply yet is a generalist or a
//!    specialist in the making ([`Outcome::needs_a_pillar`]).
//! 4. **Tie rule**: when two prototypes are exactly as near, the one earlier in
//!    [`TIE_ORDER`] wins: hybrids before the pure profiles (the sources advise
//!    "both, strategically"), and fewer pillars before more (the smaller next step).
//! 5. How clear the result is ([`Lead`]) compares the nearest distance with the
//!    next one: a reader far from every other shape has a clear lead, however
//!    far from the nearest prototype they are, so an answer set that is decided
//!    never reads as less certain than one that hedges.
//! 6. Closeness to an outcome (the file's `closeness`) is
//!    `100 − distance × 100 / REACH`, floored at 0, with the distance rounded
//!    down: a point [`REACH`] or more away is 0 close. It is a distance on the
//!    axes, not a probability or a "match", and the result screen shows the
//!    order and the lead rather than these figures.

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
    /// 0–100: how much the answers lean towards depth in several fields
    /// rather than in one.
    pub fields: u8,
}

impl Dimensions {
    fn axes(self) -> [i32; 4] {
        [
            i32::from(self.breadth),
            i32::from(self.depth),
            i32::from(self.pillars) * 100 / 3,
            i32::from(self.fields),
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

/// Where each outcome sits in (breadth, depth, pillars, fields) space.
pub const PROTOTYPES: [(Outcome, Dimensions); 5] = [
    (Outcome::Generalist, dims(80, 20, 0, 40)),
    (Outcome::Specialist, dims(20, 85, 1, 15)),
    (Outcome::TShaped, dims(70, 65, 1, 30)),
    (Outcome::PiShaped, dims(60, 75, 2, 65)),
    (Outcome::CombShaped, dims(75, 50, 3, 80)),
];

const fn dims(breadth: u8, depth: u8, pillars: u8, fields: u8) -> Dimensions {
    Dimensions {
        breadth,
        depth,
        pillars,
        fields,
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
    /// 0–100; 100 means exactly on the outcome's prototype (see the module docs).
    pub percent: u8,
    /// Distance from the reader's point to the prototype, in tenths of a
    /// point on the 0–100 axes, rounded down.
    pub distance: u32,
    /// Whether the pillar count allows this outcome at all.
    pub open: bool,
}

/// How clearly the nearest outcome leads the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Lead {
    /// The next outcome is almost as near (nearest at more than 85 % of its distance).
    Close,
    /// Nearer, but the next one is not far behind (60–85 %).
    Leaning,
    /// Much nearer than any other (60 % of the next distance or less).
    Clear,
}

/// Places dimension scores: the nearest outcome the pillar count allows, then
/// closeness to all five in [`Outcome::ALL`] order. Deterministic; see the
/// module docs for the tie rule.
#[must_use]
pub fn classify(d: Dimensions) -> (Outcome, [Closeness; 5]) {
    let distance = |o: Outcome| {
        PROTOTYPES
            .iter()
            .find_map(|(p, proto)| (*p == o).then(|| d.squared_distance(*proto)))
            .unwrap_or(u32::MAX)
    };
    let open = |o: Outcome| d.pillars > 0 || !o.needs_a_pillar();
    let mut best = None::<Outcome>;
    for o in TIE_ORDER.into_iter().filter(|o| open(*o)) {
        if best.is_none_or(|b| distance(o) < distance(b)) {
            best = Some(o);
        }
    }
    let closeness = Outcome::ALL.map(|outcome| {
        let squared = distance(outcome);
        let scaled = (squared * 10_000 / (REACH * REACH)).isqrt();
        Closeness {
            outcome,
            percent: u8::try_from(100 - scaled.min(100)).unwrap_or(0),
            distance: (squared * 100).isqrt(),
            open: open(outcome),
        }
    });
    (best.unwrap_or(Outcome::Generalist), closeness)
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
    /// Depth-across-fields points the answer added (negative: towards one field).
    pub fields: i8,
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
    /// Closeness to every outcome, nearest first: the result, then the other
    /// outcomes the pillar count allows by distance, then those it does not;
    /// equal distances keep the [`Outcome::ALL`] order.
    pub fn ranked(&self) -> [Closeness; 5] {
        let mut rows = self.closeness;
        let key = |c: &Closeness| (c.outcome != self.outcome, !c.open, c.distance);
        // Insertion sort: five items, stable, and far smaller in wasm than slice::sort.
        for i in 1..rows.len() {
            let mut j = i;
            while j > 0 && key(&rows[j - 1]) > key(&rows[j]) {
                rows.swap(j - 1, j);
                j -= 1;
            }
        }
        rows
    }

    /// The result's distance as a share of the next-nearest open outcome's,
    /// in thousandths: 0 on the result's own point, 1,000 when the two are as
    /// near. Lower is clearer.
    pub fn lead_ratio(&self) -> u32 {
        let ranked = self.ranked();
        let (first, next) = (ranked[0], ranked[1]);
        (first.distance * 1000)
            .checked_div(next.distance)
            .unwrap_or(1000)
            .min(1000)
    }

    /// How clearly the result leads the next-nearest outcome it could have been.
    pub fn lead(&self) -> Lead {
        match self.lead_ratio() {
            0..=600 => Lead::Clear,
            601..=850 => Lead::Leaning,
            _ => Lead::Close,
        }
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
    pub(crate) fn dimensions(
        &self,
        breadth: i32,
        depth: i32,
        fields: i32,
        pillars: u8,
    ) -> Dimensions {
        Dimensions {
            breadth: scale(breadth, self.breadth_span),
            depth: scale(depth, self.depth_span),
            pillars,
            fields: scale(fields, self.fields_span),
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
    let (mut breadth, mut depth, mut fields, mut pillars) = (0_i32, 0_i32, 0_i32, 0_u8);
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
        fields += i32::from(effect.fields);
        pillars = effect.pillars.unwrap_or(pillars);
        stage = effect.stage.unwrap_or(stage);
        credentials = effect.credentials.unwrap_or(credentials);
        if effect.breadth != 0
            || effect.depth != 0
            || effect.fields != 0
            || effect.pillars.is_some()
        {
            reasons.push(Reason {
                question: qi,
                choice: ci,
                breadth: effect.breadth,
                depth: effect.depth,
                fields: effect.fields,
                pillars: effect.pillars,
            });
        }
    }
    let dimensions = guide.dimensions(breadth, depth, fields, pillars);
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
