//! Property tests of guide scoring over arbitrary complete answer sets.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::sync::LazyLock;

use skillpath::domain::guide::{Answers, Guide, Outcome, ScoreError, score};

static GUIDE: LazyLock<Guide> = LazyLock::new(|| skillpath::content::guide().unwrap());

fn any_answers() -> impl Strategy<Value = Answers> {
    let sizes: Vec<usize> = GUIDE.questions().iter().map(|q| q.choices.len()).collect();
    sizes
        .into_iter()
        .map(|n| (0..n).prop_map(Some))
        .collect::<Vec<_>>()
        .prop_map(Answers::from_choices)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_complete_answer_set_scores_to_one_closest_outcome(a in any_answers()) {
        let g = &*GUIDE;
        let r = score(g, &a).unwrap();
        prop_assert!(Outcome::ALL.contains(&r.outcome));
        prop_assert!(r.dimensions.breadth <= 100 && r.dimensions.depth <= 100);
        prop_assert!(r.dimensions.pillars <= 3 && r.dimensions.fields <= 100);
        let own = r.closeness.iter().find(|c| c.outcome == r.outcome).unwrap();
        prop_assert!(own.open);
        for c in r.closeness {
            prop_assert!(c.percent <= 100);
            // The result is the nearest of the outcomes the pillars allow.
            if c.open {
                prop_assert!(c.distance >= own.distance);
            }
        }
        let ranked = r.ranked();
        prop_assert_eq!(ranked[0].outcome, r.outcome);
        prop_assert!(r.lead_ratio() <= 1000);
        let listed: Vec<Outcome> = r.closeness.iter().map(|c| c.outcome).collect();
        prop_assert_eq!(listed, Outcome::ALL.to_vec());
    }

    #[test]
    fn scoring_is_deterministic(a in any_answers()) {
        let g = &*GUIDE;
        prop_assert_eq!(score(g, &a), score(g, &a.clone()));
    }

    #[test]
    fn leaving_any_question_out_is_reported(a in any_answers(), gap in 0usize..12) {
        let g = &*GUIDE;
        let mut raw: Vec<Option<usize>> = (0..a.len()).map(|i| a.get(i)).collect();
        raw[gap] = None;
        prop_assert_eq!(score(g, &Answers::from_choices(raw)), Err(ScoreError::Incomplete(gap)));
    }
}
