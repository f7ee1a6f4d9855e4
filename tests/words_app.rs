//! The saving notices, the resume summary and the share link's errors, read
//! from the catalogue: in English they say exactly what their `Display` or
//! English method says (which the other tests and the logs rely on).
#![cfg(not(target_arch = "wasm32"))]

use skillpath::content;
use skillpath::domain::progress::{self, Off, Opened, Progress, Unreadable};
use skillpath::domain::share::ShareError;

const V1: &str = include_str!("fixtures/progress-v1.json");

#[test]
fn reasons_not_to_save_say_the_same_in_english() {
    let words = content::english();
    for off in [
        Off::Blocked,
        Off::Full,
        Off::Newer(3),
        Off::Shared,
        Off::Forgotten,
        Off::Viewing,
    ] {
        assert_eq!(off.say(&words), off.message(), "{off:?}");
    }
}

#[test]
fn unreadable_progress_says_the_same_in_english() {
    let words = content::english();
    for why in [
        Unreadable::TooLarge,
        Unreadable::Json {
            line: 1,
            column: 10,
        },
        Unreadable::Foreign,
        Unreadable::Shape {
            line: 3,
            column: 57,
        },
    ] {
        assert_eq!(why.say(&words), why.to_string(), "{why:?}");
    }
}

#[test]
fn share_errors_say_the_same_in_english() {
    let words = content::english();
    for e in [
        ShareError::Empty,
        ShareError::TooLong,
        ShareError::Characters,
        ShareError::Check,
        ShareError::Newer,
        ShareError::Version,
        ShareError::OldGuide,
        ShareError::OtherGuide,
        ShareError::Answers,
        ShareError::Scenario,
    ] {
        assert_eq!(e.say(&words), e.to_string(), "{e:?}");
    }
}

#[test]
fn the_resume_summary_says_the_same_in_english() {
    let words = content::english();
    let g = content::guide().unwrap();
    let Opened::Found { progress, .. } = progress::open(Some(V1)) else {
        panic!("the v1 sample reads");
    };
    let base: Progress = *progress;
    let ids = |n: usize| -> Vec<(String, String)> {
        g.questions()
            .iter()
            .take(n)
            .map(|q| (q.id.to_string(), q.choices[0].id.to_string()))
            .collect()
    };
    let mut said = Vec::new();
    for answered in [0, 1, 5, g.questions().len()] {
        for earlier in [0, 1, 3] {
            for screen in ["review", "result"] {
                for scenarios in [0, 1, 2, 7] {
                    for profile in [false, true] {
                        let mut p = base.clone();
                        p.guide.answers = ids(answered);
                        p.guide
                            .answers
                            .extend((0..earlier).map(|i| (format!("gone{i}"), "x".to_owned())));
                        p.guide.screen = screen.into();
                        let first = p.income.scenarios[0].clone();
                        p.income.scenarios = vec![first; scenarios];
                        if !profile {
                            p.profile.headline.clear();
                            p.profile.lists = Default::default();
                        } else if p.profile.headline.trim().is_empty() {
                            p.profile.headline = "Evaluation lead".into();
                        }
                        let english = p.summary(&g);
                        assert_eq!(p.summary_in(&g, &words), english);
                        said.push(english);
                    }
                }
            }
        }
    }
    assert!(said.iter().any(|s| s.starts_with("your guide result")));
    assert!(
        said.iter()
            .any(|s| s.contains("more from an earlier edition"))
    );
    assert!(said.iter().any(|s| s.contains(" 1 income scenario ")));
}
