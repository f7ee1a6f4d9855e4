//! The guide reducer's moves between screens, and its no-ops.

use super::*;

fn state() -> Rc<AppState> {
    Rc::new(AppState::new(Rc::new(crate::content::guide().unwrap())))
}

fn answer_all(mut s: Rc<AppState>) -> Rc<AppState> {
    for q in 0..s.guide.questions().len() {
        s = s.reduce(
            Action::Choose {
                question: q,
                choice: 0,
            }
            .into(),
        );
        s = s.reduce(Action::Next.into());
    }
    s
}

#[test]
fn next_waits_for_an_answer_and_returns_the_same_state() {
    let s = state();
    let same = Rc::clone(&s).reduce(Action::Next.into());
    assert!(Rc::ptr_eq(&s, &same), "a no-op keeps the same Rc");
}

#[test]
fn choosing_the_same_answer_twice_is_a_no_op() {
    let s = state().reduce(
        Action::Choose {
            question: 0,
            choice: 1,
        }
        .into(),
    );
    let again = Rc::clone(&s).reduce(
        Action::Choose {
            question: 0,
            choice: 1,
        }
        .into(),
    );
    assert!(Rc::ptr_eq(&s, &again));
}

#[test]
fn walking_through_reaches_review_then_result_and_back_keeps_answers() {
    let s = answer_all(state());
    assert_eq!(s.screen, Screen::Review);
    let s = s.reduce(Action::Finish.into());
    assert_eq!(s.screen, Screen::Result);
    assert!(s.result().is_some());
    let s = s.reduce(Action::Back.into()).reduce(Action::Back.into());
    assert_eq!(s.screen, Screen::Question(13));
    assert_eq!(s.answers.answered(), 14, "going back loses nothing");
}

#[test]
fn finish_needs_every_answer() {
    let s = state().reduce(Action::Finish.into());
    assert_eq!(s.screen, Screen::Question(0));
}

#[test]
fn restart_clears_answers_and_counts_as_a_move() {
    let s = answer_all(state()).reduce(Action::Restart.into());
    assert_eq!(s.screen, Screen::Question(0));
    assert_eq!(s.answers.answered(), 0);
    assert!(s.moves > 0);
}

#[test]
fn loading_answers_shows_the_result_or_the_first_open_question_without_moving_focus() {
    let s = state();
    let n = s.guide.questions().len();
    let all: Vec<(usize, usize)> = (0..n).map(|q| (q, 1)).collect();
    let loaded = Rc::clone(&s).reduce(GuideAction::Load(all.clone()));
    assert_eq!(loaded.screen, Screen::Result);
    assert_eq!(loaded.answers.answered(), n);
    assert_eq!(loaded.moves, s.moves, "an import does not take focus");
    let mut some = all;
    some.remove(3);
    some.push((0, 99));
    some.push((99, 0));
    let partial = s.reduce(GuideAction::Load(some));
    assert_eq!(partial.screen, Screen::Question(3));
    assert_eq!(
        partial.answers.answered(),
        n - 1,
        "unknown indices are skipped"
    );
}

#[test]
fn an_out_of_range_choice_is_ignored() {
    let s = state();
    let same = Rc::clone(&s).reduce(
        Action::Choose {
            question: 0,
            choice: 99,
        }
        .into(),
    );
    assert!(Rc::ptr_eq(&s, &same));
}
