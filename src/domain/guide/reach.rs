//! What the whole answer space does: which outcomes some complete answer set
//! reaches (each with one such set), how often each outcome wins over every
//! combination of answers, and how often each question decides the outcome.
//!
//! Dynamic programmes over the questions. The state is (raw breadth, raw depth,
//! raw fields, pillars), which is all that decides the outcome, so each step
//! holds a few thousand states however many answer combinations there are.

use std::collections::BTreeMap;

use super::content::MAX_PILLARS;
use super::{Answers, Effect, Guide, Outcome, Question, classify};

/// (raw breadth, raw depth, raw fields, pillars).
type State = (i32, i32, i32, u8);

fn step((breadth, depth, fields, pillars): State, effect: Effect) -> State {
    (
        breadth + i32::from(effect.breadth),
        depth + i32::from(effect.depth),
        fields + i32::from(effect.fields),
        effect.pillars.unwrap_or(pillars).min(MAX_PILLARS),
    )
}

fn outcome(guide: &Guide, (b, d, f, p): State) -> Outcome {
    classify(guide.dimensions(b, d, f, p)).0
}

/// For every reachable outcome (in [`Outcome::ALL`] order), one complete
/// answer set that produces it. An outcome missing from the list is unreachable.
#[must_use]
pub fn reachable_outcomes(guide: &Guide) -> Vec<(Outcome, Answers)> {
    // For each question, every state reached after it: the state it came from
    // and the choice taken.
    let mut layers: Vec<BTreeMap<State, (State, usize)>> = Vec::new();
    let mut frontier = vec![(0, 0, 0, 0)];
    for q in guide.questions() {
        let mut layer = BTreeMap::new();
        for &from in &frontier {
            for (choice, c) in q.choices.iter().enumerate() {
                layer.entry(step(from, c.effect)).or_insert((from, choice));
            }
        }
        frontier = layer.keys().copied().collect();
        layers.push(layer);
    }
    let mut found: [Option<State>; 5] = [None; 5];
    for &end in &frontier {
        found[outcome(guide, end) as usize].get_or_insert(end);
    }
    Outcome::ALL
        .into_iter()
        .zip(found)
        .filter_map(|(o, end)| {
            let end = end?;
            let mut choices = vec![None; layers.len()];
            let mut at = end;
            for (qi, layer) in layers.iter().enumerate().rev() {
                let &(from, choice) = layer.get(&at)?;
                choices[qi] = Some(choice);
                at = from;
            }
            Some((o, Answers::from_choices(choices)))
        })
        .collect()
}

/// What the whole answer space does, counted over every combination of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calibration {
    /// How many complete answer sets the guide has.
    pub combinations: u64,
    /// How many of them each outcome wins, in [`Outcome::ALL`] order.
    pub wins: [u64; 5],
    /// Per question, in order: how many answer sets would change outcome if
    /// that one question were answered differently (another of its choices).
    pub decides: Vec<u64>,
}

/// How many answer sets reach each state after `questions`.
fn counts<'a>(questions: impl Iterator<Item = &'a Question>) -> BTreeMap<State, u64> {
    let mut states = BTreeMap::from([((0, 0, 0, 0), 1_u64)]);
    for q in questions {
        let mut next = BTreeMap::new();
        for (&state, &n) in &states {
            for c in q.choices.iter() {
                *next.entry(step(state, c.effect)).or_insert(0) += n;
            }
        }
        states = next;
    }
    states
}

/// Counts, over every complete answer set, which outcome wins and how often
/// each question decides it. The effects add up, so a question's effect can
/// be applied last: for question `q`, the states of all the other questions
/// are counted once, and each is tried with every choice of `q`.
#[must_use]
pub fn calibrate(guide: &Guide) -> Calibration {
    let questions = guide.questions();
    let all = counts(questions.iter());
    let mut wins = [0_u64; 5];
    for (&state, &n) in &all {
        wins[outcome(guide, state) as usize] += n;
    }
    let decides = (0..questions.len())
        .map(|qi| {
            let rest = counts(
                questions
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != qi)
                    .map(|(_, q)| q),
            );
            let choices = &questions[qi].choices;
            rest.iter()
                .filter(|(state, _)| {
                    let mut outcomes = choices
                        .iter()
                        .map(|c| outcome(guide, step(**state, c.effect)));
                    let first = outcomes.next();
                    outcomes.any(|o| Some(o) != first)
                })
                .map(|(_, n)| n * choices.len() as u64)
                .sum()
        })
        .collect();
    Calibration {
        combinations: all.values().sum(),
        wins,
        decides,
    }
}
