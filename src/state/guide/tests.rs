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
fn walking_through_reaches_the_result_and_back_keeps_answers() {
    let s = answer_all(state());
    assert_eq!(
        s.screen,
        Screen::Result,
        "Next on the last question shows the result"
    );
    assert!(s.result().is_some());
    let count = s.guide.questions().len();
    let s = s.reduce(Action::Back.into());
    assert_eq!(s.screen, Screen::Question(count - 1));
    assert_eq!(s.answers.answered(), count, "going back loses nothing");
}

#[test]
fn the_review_is_optional_and_leads_to_the_result() {
    let s = answer_all(state()).reduce(Action::Back.into());
    let s = s.reduce(Action::Review.into());
    assert_eq!(s.screen, Screen::Review);
    let back = Rc::clone(&s).reduce(Action::Back.into());
    assert_eq!(back.screen, Screen::Question(s.guide.questions().len() - 1));
    let s = s.reduce(Action::Finish.into());
    assert_eq!(s.screen, Screen::Result);
}

#[test]
fn next_on_the_last_question_goes_to_the_first_one_still_open() {
    let s = state();
    let questions = s.guide.questions();
    let last = questions.len() - 1;
    let answers = [0, 1, 2, 4, last]
        .iter()
        .map(|&q| {
            let question = &questions[q];
            (question.id.to_string(), question.choices[0].id.to_string())
        })
        .collect();
    let s = Rc::clone(&s).reduce(GuideAction::Replace(GuidePart {
        answers,
        screen: questions[last].id.to_string(),
    }));
    assert_eq!(s.screen, Screen::Question(last));
    let s = s.reduce(Action::Next.into());
    assert_eq!(s.screen, Screen::Question(3));
}

#[test]
fn advance_moves_on_only_from_the_question_it_was_made_on() {
    let s = state().reduce(
        Action::Choose {
            question: 0,
            choice: 1,
        }
        .into(),
    );
    let stale = Rc::clone(&s).reduce(Action::Advance(5).into());
    assert!(
        Rc::ptr_eq(&s, &stale),
        "a late timer for another question does nothing"
    );
    let moved = s.reduce(Action::Advance(0).into());
    assert_eq!(moved.screen, Screen::Question(1));
}

#[test]
fn chapters_keep_the_guide_where_the_reader_left_it() {
    let s = state().reduce(
        Action::Choose {
            question: 0,
            choice: 1,
        }
        .into(),
    );
    let s = s.reduce(Action::Next.into());
    let moves = s.moves;
    let s = s.reduce(Action::Open(Section::Income).into());
    assert_eq!(s.chapter, Section::Income);
    assert!(s.moves != moves, "opening a chapter moves focus");
    let same = Rc::clone(&s).reduce(Action::Next.into());
    assert!(
        Rc::ptr_eq(&s, &same),
        "guide moves from another chapter do nothing"
    );
    let again = Rc::clone(&s).reduce(Action::Open(Section::Income).into());
    assert!(
        Rc::ptr_eq(&s, &again),
        "opening the open chapter is a no-op"
    );
    let s = s.reduce(Action::Open(Section::Guide).into());
    assert_eq!(s.screen, Screen::Question(1));
    assert_eq!(s.answers.answered(), 1);
}

#[test]
fn restart_from_another_chapter_returns_to_the_first_question() {
    let s = answer_all(state()).reduce(Action::Open(Section::Profile).into());
    let s = s.reduce(Action::Restart.into());
    assert_eq!(s.chapter, Section::Guide);
    assert_eq!(s.screen, Screen::Question(0));
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
