//! Which outcomes some complete answer set can reach, each with one such answer set.
//!
//! A dynamic programme over the questions. The state is (raw breadth, raw depth,
//! pillars), which is all that decides the outcome, so each step holds at most a
//! few thousand states however many answer combinations exist.

use super::content::MAX_PILLARS;
use super::{Answers, Effect, Guide, Outcome, classify};

/// One state reached after a question: (state, state it came from, choice taken).
type Step = (usize, usize, usize);

/// For every reachable outcome (in [`Outcome::ALL`] order), one complete
/// answer set that produces it. An outcome missing from the list is unreachable.
#[must_use]
pub fn reachable_outcomes(guide: &Guide) -> Vec<(Outcome, Answers)> {
    // Every partial and final sum lies within these bounds.
    let bounds = |pick: fn(&Effect) -> i8| {
        guide
            .questions()
            .iter()
            .fold((0_i32, 0_i32), |(lo, hi), q| {
                let values = || q.choices.iter().map(|c| i32::from(pick(&c.effect)));
                (
                    lo + values().min().unwrap_or(0).min(0),
                    hi + values().max().unwrap_or(0).max(0),
                )
            })
    };
    let (b_lo, b_hi) = bounds(|e| e.breadth);
    let (d_lo, _) = bounds(|e| e.depth);
    let width = b_hi - b_lo + 1;
    let encode = |b: i32, d: i32, p: u8| {
        usize::try_from(((d - d_lo) * width + (b - b_lo)) * 4 + i32::from(p)).unwrap_or(0)
    };
    let decode = |s: usize| {
        let s = i32::try_from(s).unwrap_or(0);
        let p = u8::try_from(s % 4).unwrap_or(0);
        let rest = s / 4;
        (rest % width + b_lo, rest / width + d_lo, p)
    };

    let mut layers: Vec<Vec<Step>> = Vec::with_capacity(guide.questions().len());
    let mut frontier = vec![encode(0, 0, 0)];
    for q in guide.questions() {
        let mut layer: Vec<Step> = Vec::new();
        for &from in &frontier {
            let (b, d, p) = decode(from);
            for (choice, c) in q.choices.iter().enumerate() {
                let e = c.effect;
                let pillars = e.pillars.unwrap_or(p).min(MAX_PILLARS);
                let to = encode(b + i32::from(e.breadth), d + i32::from(e.depth), pillars);
                if !layer.iter().any(|s| s.0 == to) {
                    layer.push((to, from, choice));
                }
            }
        }
        frontier = layer.iter().map(|s| s.0).collect();
        layers.push(layer);
    }

    let mut found: [Option<usize>; 5] = [None; 5];
    for &end in &frontier {
        let (b, d, p) = decode(end);
        let (outcome, _) = classify(guide.dimensions(b, d, p));
        found[outcome as usize].get_or_insert(end);
    }
    Outcome::ALL
        .into_iter()
        .zip(found)
        .filter_map(|(o, end)| end.map(|end| (o, walk_back(&layers, end))))
        .collect()
}

fn walk_back(layers: &[Vec<Step>], end: usize) -> Answers {
    let mut choices = vec![None; layers.len()];
    let mut at = end;
    for (qi, layer) in layers.iter().enumerate().rev() {
        if let Some(&(_, from, choice)) = layer.iter().find(|s| s.0 == at) {
            choices[qi] = Some(choice);
            at = from;
        }
    }
    Answers::from_choices(choices)
}
