//! Native table tests of guide scoring: outcomes, the tie rule and closeness.
#![cfg(not(target_arch = "wasm32"))]

use rstest::rstest;
use skillpath::content;
use skillpath::domain::guide::{
    Answers, Credentials, Dimensions, Guide, Outcome, PROTOTYPES, ScoreError, Stage, TIE_ORDER,
    classify, reachable_outcomes, score,
};

fn guide() -> Guide {
    content::guide().expect("the shipped content is valid")
}

/// Builds answers from one choice id per question, in question order.
fn answers(g: &Guide, ids: &[&str]) -> Answers {
    assert_eq!(ids.len(), g.questions().len(), "one id per question");
    let choices = g
        .questions()
        .iter()
        .zip(ids)
        .map(|(q, id)| {
            let found = q.choices.iter().position(|c| c.id == *id);
            assert!(found.is_some(), "question {} has no choice {id}", q.id);
            found
        })
        .collect();
    Answers::from_choices(choices)
}

// Question order: energy, research-math, ambiguity, known-for, portfolio, stage,
// credentials, deep-domains, explaining, cross-team, edge-cases, long-experiments,
// new-tool, next-year.
#[rstest]
#[case::generalist_all_breadth(Outcome::Generalist, [
    "new-things", "avoid", "shape-it", "orchestrator", "many", "early",
    "none", "zero", "favourite", "constantly", "tedious", "too-slow", "try-today", "stay-broad"])]
#[case::generalist_mixed_one_field(Outcome::Generalist, [
    "new-things", "when-needed", "shape-it", "orchestrator", "many", "mid",
    "certificates", "one", "favourite", "constantly", "tedious", "too-slow", "try-today", "stay-broad"])]
#[case::specialist_all_depth(Outcome::Specialist, [
    "perfect-one", "seek-out", "want-spec", "rigour", "deep-systems", "senior",
    "licence-degree", "one", "let-work-speak", "rarely", "absorbing", "enjoy", "read-internals", "go-deeper"])]
#[case::specialist_early_no_field_yet(Outcome::Specialist, [
    "perfect-one", "seek-out", "push-back", "rigour", "deep-systems", "early",
    "none", "zero", "let-work-speak", "rarely", "absorbing", "enjoy", "read-internals", "go-deeper"])]
#[case::t_shaped_balanced(Outcome::TShaped, [
    "mix", "when-needed", "push-back", "both", "themed", "mid",
    "certificates", "one", "when-needed", "regularly", "small-doses", "if-it-matters", "wait-for-case", "add-specialty"])]
#[case::t_shaped_broad_with_licence(Outcome::TShaped, [
    "new-things", "when-needed", "shape-it", "both", "themed", "senior",
    "licence-degree", "one", "favourite", "regularly", "small-doses", "if-it-matters", "try-today", "add-specialty"])]
#[case::pi_shaped_balanced(Outcome::PiShaped, [
    "mix", "when-needed", "push-back", "both", "themed", "senior",
    "licence-degree", "two", "when-needed", "regularly", "small-doses", "if-it-matters", "wait-for-case", "add-specialty"])]
#[case::pi_shaped_deep(Outcome::PiShaped, [
    "mix", "seek-out", "push-back", "rigour", "themed", "mid",
    "licence-degree", "two", "when-needed", "regularly", "absorbing", "enjoy", "read-internals", "add-specialty"])]
#[case::comb_shaped_broad(Outcome::CombShaped, [
    "new-things", "when-needed", "shape-it", "both", "many", "senior",
    "certificates", "three-plus", "favourite", "constantly", "small-doses", "if-it-matters", "try-today", "add-specialty"])]
#[case::comb_shaped_balanced(Outcome::CombShaped, [
    "mix", "when-needed", "push-back", "both", "themed", "senior",
    "none", "three-plus", "favourite", "regularly", "small-doses", "too-slow", "try-today", "add-specialty"])]
fn answer_sets_lead_to_their_outcome(#[case] expected: Outcome, #[case] ids: [&str; 14]) {
    let g = guide();
    let result = score(&g, &answers(&g, &ids)).expect("complete answers score");
    assert_eq!(
        result.outcome, expected,
        "dimensions {:?}",
        result.dimensions
    );
    let best = result.closeness_to(expected);
    assert!(
        result.closeness.iter().all(|c| c.percent <= best),
        "the outcome is the closest one: {:?}",
        result.closeness
    );
}

#[test]
fn all_breadth_answers_score_full_breadth_and_no_depth_points() {
    let g = guide();
    let a = answers(
        &g,
        &[
            "new-things",
            "avoid",
            "shape-it",
            "orchestrator",
            "many",
            "early",
            "none",
            "zero",
            "favourite",
            "constantly",
            "tedious",
            "too-slow",
            "try-today",
            "stay-broad",
        ],
    );
    let r = score(&g, &a).unwrap();
    assert_eq!(
        r.dimensions,
        Dimensions {
            breadth: 100,
            depth: 0,
            pillars: 0
        }
    );
    assert_eq!(r.stage, Stage::Early);
    assert_eq!(r.credentials, Credentials::None);
    // 20² + 20² = 800 from the Generalist prototype: distance 28 → 23 % of REACH.
    assert_eq!(r.closeness_to(Outcome::Generalist), 77);
}

#[test]
fn reasons_name_every_answer_that_moved_a_dimension() {
    let g = guide();
    let a = answers(
        &g,
        &[
            "mix",
            "when-needed",
            "push-back",
            "both",
            "themed",
            "mid",
            "none",
            "one",
            "when-needed",
            "regularly",
            "small-doses",
            "if-it-matters",
            "wait-for-case",
            "add-specialty",
        ],
    );
    let r = score(&g, &a).unwrap();
    let ids: Vec<&str> = r
        .reasons
        .iter()
        .map(|x| g.questions()[x.question].id.as_ref())
        .collect();
    // stage and "no credentials" move nothing; every other answer does.
    assert!(!ids.contains(&"stage"));
    assert!(!ids.contains(&"credentials"));
    assert_eq!(ids.len(), 12);
    let pillars = r
        .reasons
        .iter()
        .find(|x| g.questions()[x.question].id == "deep-domains");
    assert_eq!(pillars.and_then(|x| x.pillars), Some(1));
}

#[rstest]
#[case::t_before_pi(Outcome::TShaped, Outcome::PiShaped)]
#[case::pi_before_comb(Outcome::PiShaped, Outcome::CombShaped)]
#[case::hybrid_before_generalist(Outcome::CombShaped, Outcome::Generalist)]
#[case::generalist_before_specialist(Outcome::Generalist, Outcome::Specialist)]
fn tie_order_is_documented(#[case] earlier: Outcome, #[case] later: Outcome) {
    let pos = |o| TIE_ORDER.iter().position(|x| *x == o).unwrap();
    assert!(pos(earlier) < pos(later));
}

#[test]
fn an_exact_tie_goes_to_the_earlier_outcome_in_tie_order() {
    // Every point of the grid: the winner is the first nearest outcome in TIE_ORDER.
    let proto = |o: Outcome| PROTOTYPES.iter().find(|(p, _)| *p == o).unwrap().1;
    let d2 = |a: Dimensions, b: Dimensions| {
        let ax = |d: Dimensions| {
            [
                i32::from(d.breadth),
                i32::from(d.depth),
                i32::from(d.pillars) * 100 / 3,
            ]
        };
        ax(a)
            .iter()
            .zip(ax(b))
            .map(|(x, y)| (x - y).pow(2))
            .sum::<i32>()
    };
    let mut ties = 0;
    for breadth in 0..=100 {
        for depth in 0..=100 {
            for pillars in 0..=3 {
                let d = Dimensions {
                    breadth,
                    depth,
                    pillars,
                };
                let best = Outcome::ALL.iter().map(|o| d2(d, proto(*o))).min().unwrap();
                let nearest: Vec<Outcome> = TIE_ORDER
                    .iter()
                    .copied()
                    .filter(|o| d2(d, proto(*o)) == best)
                    .collect();
                let (winner, _) = classify(d);
                assert_eq!(winner, nearest[0], "at {d:?}");
                if nearest.len() > 1 {
                    ties += 1;
                }
            }
        }
    }
    assert!(
        ties > 0,
        "the grid contains exact ties, so the rule was exercised"
    );
}

#[test]
fn a_named_tie_between_t_shaped_and_specialist_goes_to_t_shaped() {
    // (31, 40, 1 pillar) is 2146 squared points from both T-shaped (70, 65, 1)
    // and Specialist (20, 85, 1): 39² + 25² = 11² + 45² = 2146.
    let (winner, closeness) = classify(Dimensions {
        breadth: 31,
        depth: 40,
        pillars: 1,
    });
    assert_eq!(winner, Outcome::TShaped);
    let pct = |o| closeness.iter().find(|c| c.outcome == o).unwrap().percent;
    assert_eq!(pct(Outcome::TShaped), pct(Outcome::Specialist));
}

#[test]
fn prototypes_score_themselves_at_full_closeness() {
    for (outcome, point) in PROTOTYPES {
        let (winner, closeness) = classify(point);
        assert_eq!(winner, outcome);
        let own = closeness.iter().find(|c| c.outcome == outcome).unwrap();
        assert_eq!(own.percent, 100);
    }
}

#[test]
fn every_outcome_is_reachable_with_a_witness() {
    let g = guide();
    let reached = reachable_outcomes(&g);
    assert_eq!(reached.len(), 5);
    for (outcome, a) in reached {
        assert_eq!(score(&g, &a).unwrap().outcome, outcome);
    }
}

#[rstest]
#[case::empty(vec![], ScoreError::WrongLength { expected: 14, found: 0 })]
#[case::missing_third(
    vec![Some(0), Some(0), None, Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0)],
    ScoreError::Incomplete(2)
)]
#[case::unknown_choice(
    vec![Some(9), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0)],
    ScoreError::UnknownChoice(0)
)]
fn bad_answer_sets_are_rejected(#[case] raw: Vec<Option<usize>>, #[case] expected: ScoreError) {
    assert_eq!(score(&guide(), &Answers::from_choices(raw)), Err(expected));
}

#[test]
fn score_errors_read_as_sentences() {
    assert_eq!(
        ScoreError::Incomplete(2).to_string(),
        "question 3 has no answer yet"
    );
}
