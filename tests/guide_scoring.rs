//! Native table tests of guide scoring: outcomes, the tie rule, the lead, and
//! the calibration of the whole answer space.
#![cfg(not(target_arch = "wasm32"))]

use rstest::rstest;
use skillpath::content;
use skillpath::domain::guide::{
    Answers, Credentials, Dimensions, Guide, Lead, Outcome, PROTOTYPES, ScoreError, Stage,
    TIE_ORDER, calibrate, classify, reachable_outcomes, score,
};

fn guide() -> Guide {
    content::guide().expect("the shipped content is valid")
}

/// Builds answers from one choice id per question, in question order.
fn answers(g: &Guide, ids: &str) -> Answers {
    let ids: Vec<&str> = ids.split_whitespace().collect();
    assert_eq!(ids.len(), g.questions().len(), "one id per question");
    let choices = g
        .questions()
        .iter()
        .zip(&ids)
        .map(|(q, id)| {
            let found = q.choices.iter().position(|c| c.id == *id);
            assert!(found.is_some(), "question {} has no choice {id}", q.id);
            found
        })
        .collect();
    Answers::from_choices(choices)
}

// Question order: energy, paper, ambiguity, known-for, portfolio, stage,
// credentials, deep-domains, working-day, rare-failures, depth-history, new-field.
#[rstest]
#[case::generalist_all_breadth(
    Outcome::Generalist,
    "new-things headline shape-it orchestrator many early none zero link hand-over not-yet bring-expert"
)]
#[case::generalist_with_one_field(
    Outcome::Generalist,
    "new-things headline shape-it orchestrator many mid certificates one link hand-over not-yet bring-expert"
)]
#[case::specialist_all_depth(
    Outcome::Specialist,
    "perfect-one work-through want-spec rigour deep-systems senior licence-degree one expert-team dig-in one-field stay-own"
)]
#[case::specialist_early_no_field_yet(
    Outcome::Specialist,
    "perfect-one work-through want-spec rigour deep-systems early none zero expert-team dig-in one-field stay-own"
)]
#[case::t_shaped_broad_with_one_deep_field(
    Outcome::TShaped,
    "new-things work-through shape-it orchestrator deep-systems mid certificates one link dig-in one-field bring-expert"
)]
#[case::pi_shaped_where_two_fields_meet(
    Outcome::PiShaped,
    "carry-across bridge want-spec rigour where-two-meet senior licence-degree two two-teams dig-in two-together learn-it"
)]
#[case::comb_shaped_across_fields(
    Outcome::CombShaped,
    "carry-across headline shape-it orchestrator piece-per-field senior certificates three-plus two-teams hand-over one-after-another learn-it"
)]
fn answer_sets_lead_to_their_outcome(#[case] expected: Outcome, #[case] ids: &str) {
    let g = guide();
    let result = score(&g, &answers(&g, ids)).expect("complete answers score");
    assert_eq!(
        result.outcome, expected,
        "dimensions {:?}",
        result.dimensions
    );
    assert_eq!(result.ranked()[0].outcome, expected);
}

/// What a reader who answers every question with the same position reaches,
/// in the walks the end-to-end suite takes (first, last, middle, alternating
/// first and last, rotating): position carries no meaning, so they differ.
#[test]
fn walks_by_position_reach_different_outcomes() {
    let g = guide();
    let walk = |pick: &dyn Fn(usize, usize) -> usize| {
        let choices = g
            .questions()
            .iter()
            .enumerate()
            .map(|(i, q)| Some(pick(i, q.choices.len())))
            .collect();
        score(&g, &Answers::from_choices(choices)).unwrap().outcome
    };
    let outcomes = [
        walk(&|_, _| 0),
        walk(&|_, n| n - 1),
        walk(&|_, n| (n - 1) / 2),
        walk(&|i, n| if i % 2 == 0 { 0 } else { n - 1 }),
        walk(&|i, n| i % n),
    ];
    let mut distinct = outcomes.to_vec();
    distinct.sort();
    distinct.dedup();
    assert!(distinct.len() >= 4, "walks reach {outcomes:?}");
}

#[test]
fn the_most_decided_answers_score_the_far_ends_and_lead_clearly() {
    let g = guide();
    let broad = score(
        &g,
        &answers(
            &g,
            "new-things headline shape-it orchestrator many early none zero link hand-over not-yet bring-expert",
        ),
    )
    .unwrap();
    assert_eq!(broad.dimensions.breadth, 100);
    assert_eq!(broad.dimensions.depth, 0);
    assert_eq!(broad.stage, Stage::Early);
    assert_eq!(broad.credentials, Credentials::None);
    assert_eq!(broad.outcome, Outcome::Generalist);
    assert_eq!(broad.lead(), Lead::Clear);
    let deep = score(
        &g,
        &answers(
            &g,
            "perfect-one work-through want-spec rigour deep-systems senior licence-degree one expert-team dig-in one-field stay-own",
        ),
    )
    .unwrap();
    assert_eq!((deep.dimensions.breadth, deep.dimensions.depth), (0, 100));
    assert_eq!(deep.outcome, Outcome::Specialist);
    assert_eq!(deep.lead(), Lead::Clear);
}

/// A decided reader never reads as less certain than one who hedges: each
/// outcome's most decided answer set leads clearly.
#[test]
fn every_outcome_can_be_reached_with_a_clear_lead() {
    let g = guide();
    let clear = [
        "new-things headline shape-it orchestrator many early none zero link hand-over not-yet bring-expert",
        "perfect-one work-through want-spec rigour deep-systems senior licence-degree one expert-team dig-in one-field stay-own",
        "new-things work-through shape-it orchestrator deep-systems mid certificates one link dig-in one-field bring-expert",
        "carry-across bridge want-spec rigour where-two-meet senior licence-degree two two-teams dig-in two-together learn-it",
        "carry-across headline shape-it orchestrator piece-per-field senior certificates three-plus two-teams hand-over one-after-another learn-it",
    ];
    for (outcome, ids) in Outcome::ALL.into_iter().zip(clear) {
        let r = score(&g, &answers(&g, ids)).unwrap();
        assert_eq!(r.outcome, outcome);
        assert_eq!(r.lead(), Lead::Clear, "{outcome:?}: {:?}", r.ranked());
    }
}

#[rstest]
#[case::generalist(
    "new-things headline shape-it orchestrator many early none zero link hand-over not-yet bring-expert",
    "new-things work-through want-spec orchestrator many early none zero expert-team hand-over not-yet stay-own"
)]
#[case::specialist(
    "perfect-one work-through want-spec rigour deep-systems senior licence-degree one expert-team dig-in one-field stay-own",
    "perfect-one headline want-spec rigour deep-systems senior none one link dig-in one-field bring-expert"
)]
#[case::t_shaped(
    "new-things work-through shape-it orchestrator deep-systems mid certificates one link dig-in one-field bring-expert",
    "new-things bridge want-spec orchestrator where-two-meet mid certificates one link dig-in one-field learn-it"
)]
fn a_hedging_reader_leads_less_clearly_than_a_decided_one(
    #[case] decided: &str,
    #[case] hedging: &str,
) {
    let g = guide();
    let decided = score(&g, &answers(&g, decided)).unwrap();
    let hedging = score(&g, &answers(&g, hedging)).unwrap();
    assert_eq!(hedging.outcome, decided.outcome);
    assert!(
        decided.lead_ratio() < hedging.lead_ratio(),
        "decided {} ‰ vs hedging {} ‰",
        decided.lead_ratio(),
        hedging.lead_ratio()
    );
    assert!(decided.lead() >= hedging.lead());
}

#[test]
fn no_hybrid_without_a_deep_field() {
    for breadth in (0..=100).step_by(5) {
        for depth in (0..=100).step_by(5) {
            for fields in (0..=100).step_by(5) {
                let d = Dimensions {
                    breadth,
                    depth,
                    pillars: 0,
                    fields,
                };
                let (winner, closeness) = classify(d);
                assert!(!winner.needs_a_pillar(), "at {d:?}");
                assert!(
                    closeness
                        .iter()
                        .all(|c| c.open != c.outcome.needs_a_pillar())
                );
            }
        }
    }
}

#[test]
fn reasons_name_every_answer_that_moved_a_dimension() {
    let g = guide();
    let a = answers(
        &g,
        "new-things work-through shape-it orchestrator deep-systems mid none one link dig-in one-field bring-expert",
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
    assert_eq!(ids.len(), 10);
    let pillars = r
        .reasons
        .iter()
        .find(|x| g.questions()[x.question].id == "deep-domains");
    assert_eq!(pillars.and_then(|x| x.pillars), Some(1));
    let history = r
        .reasons
        .iter()
        .find(|x| g.questions()[x.question].id == "depth-history")
        .unwrap();
    assert_eq!((history.depth, history.fields), (1, -2));
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
    // Points of the grid: the winner is the first nearest open outcome in TIE_ORDER.
    let proto = |o: Outcome| PROTOTYPES.iter().find(|(p, _)| *p == o).unwrap().1;
    let ax = |d: Dimensions| {
        [
            i32::from(d.breadth),
            i32::from(d.depth),
            i32::from(d.pillars) * 100 / 3,
            i32::from(d.fields),
        ]
    };
    let d2 = |a: Dimensions, b: Dimensions| {
        ax(a)
            .iter()
            .zip(ax(b))
            .map(|(x, y)| (x - y).pow(2))
            .sum::<i32>()
    };
    let mut ties = 0;
    for breadth in 0..=100 {
        for depth in 0..=100 {
            for fields in (0..=100).step_by(5) {
                for pillars in 0..=3 {
                    let d = Dimensions {
                        breadth,
                        depth,
                        pillars,
                        fields,
                    };
                    let open: Vec<Outcome> = TIE_ORDER
                        .iter()
                        .copied()
                        .filter(|o| pillars > 0 || !o.needs_a_pillar())
                        .collect();
                    let best = open.iter().map(|o| d2(d, proto(*o))).min().unwrap();
                    let nearest: Vec<Outcome> = open
                        .into_iter()
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
    }
    assert!(
        ties > 0,
        "the grid contains exact ties, so the rule was exercised"
    );
}

#[test]
fn a_named_tie_between_generalist_and_pi_shaped_goes_to_pi_shaped() {
    // (0, 5, 1 pillar, 90) is 10,214 squared points from both Generalist
    // (80, 20, 0, 40): 80² + 15² + 33² + 50², and π-shaped (60, 75, 2, 65):
    // 60² + 70² + 33² + 25².
    let (winner, closeness) = classify(Dimensions {
        breadth: 0,
        depth: 5,
        pillars: 1,
        fields: 90,
    });
    assert_eq!(winner, Outcome::PiShaped);
    let at = |o| closeness.iter().find(|c| c.outcome == o).unwrap().distance;
    assert_eq!(at(Outcome::PiShaped), at(Outcome::Generalist));
}

#[test]
fn prototypes_score_themselves_at_full_closeness() {
    for (outcome, point) in PROTOTYPES {
        let (winner, closeness) = classify(point);
        assert_eq!(winner, outcome);
        let own = closeness.iter().find(|c| c.outcome == outcome).unwrap();
        assert_eq!((own.percent, own.distance), (100, 0));
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

/// The calibration the README's table reports, over every combination of
/// answers. A content edit that unbalances the guide fails here, with the
/// figures: each outcome must win 10–35 % of the answer space, and every
/// question that places the reader must decide the outcome for at least
/// 10 % of it (the career-stage question only shapes the advice).
#[test]
fn the_answer_space_is_balanced_and_every_question_counts() {
    let g = guide();
    let c = calibrate(&g);
    let share = |n: u64| (n * 1000 + c.combinations / 2) / c.combinations;
    let wins: Vec<(&str, u64)> = Outcome::ALL
        .iter()
        .zip(c.wins)
        .map(|(o, n)| (o.id(), share(n)))
        .collect();
    let decides: Vec<(&str, u64)> = g
        .questions()
        .iter()
        .zip(&c.decides)
        .map(|(q, n)| (q.id.as_ref(), share(*n)))
        .collect();
    println!(
        "{} combinations; wins ‰ {wins:?}; decides ‰ {decides:?}",
        c.combinations
    );
    assert_eq!(c.combinations, 373_248);
    for (id, w) in &wins {
        assert!(
            (100..=350).contains(w),
            "{id} wins {w} ‰ of the answer space"
        );
    }
    for (id, d) in &decides {
        if *id == "stage" {
            assert_eq!(*d, 0, "career stage shapes the advice only");
        } else {
            assert!(*d >= 100, "{id} decides only {d} ‰ of the answer space");
        }
    }
    // The figures the README reports, in tenths of a per cent.
    assert_eq!(
        wins,
        [
            ("generalist", 193),
            ("specialist", 156),
            ("t-shaped", 209),
            ("pi-shaped", 281),
            ("comb-shaped", 161)
        ]
    );
    assert_eq!(
        decides,
        [
            ("energy", 350),
            ("paper", 350),
            ("ambiguity", 298),
            ("known-for", 312),
            ("portfolio", 391),
            ("stage", 0),
            ("credentials", 100),
            ("deep-domains", 979),
            ("working-day", 346),
            ("rare-failures", 298),
            ("depth-history", 384),
            ("new-field", 322)
        ]
    );
}

#[rstest]
#[case::empty(vec![], ScoreError::WrongLength { expected: 12, found: 0 })]
#[case::missing_third(
    vec![Some(0), Some(0), None, Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0)],
    ScoreError::Incomplete(2)
)]
#[case::unknown_choice(
    vec![Some(9), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0)],
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
