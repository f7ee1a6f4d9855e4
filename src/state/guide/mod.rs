//! The widget's journey reducer: the reader's answers, the guide's screen on
//! show and the chapter the reader is in (the guide, "What could this pay?",
//! "Your plan, ready to use"). It is the one owner of where the reader is.
//! Scoring and every check on an answer are in [`crate::domain::guide`]; this
//! only moves between screens and chapters.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::guide::{Answers, Guide, GuideResult, score};
use crate::domain::options::Section;
use crate::domain::progress::GuidePart;

/// Which screen of the guide is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// One question, by index.
    Question(usize),
    /// Every answer on one page, each one changeable ("Check my answers":
    /// optional, never on the way to the result).
    Review,
    /// The scored result.
    Result,
}

/// Everything the widget remembers while it runs.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The checked guide content.
    pub guide: Rc<Guide>,
    /// The reader's answers so far.
    pub answers: Answers,
    /// The guide's screen, kept while the reader is in another chapter.
    pub screen: Screen,
    /// The chapter on show: the guide (at [`AppState::screen`]), the
    /// calculator or the profile.
    pub chapter: Section,
    /// Bumped on every move between screens the reader asked for, so the new
    /// screen takes keyboard focus; 0 means "never moved", so a freshly
    /// embedded widget never steals focus from the host page.
    pub moves: u32,
    /// How many saved answers the last restore could not carry over: they were
    /// made for questions or choices this edition of the guide no longer has.
    pub left_behind: usize,
}

/// What the reader can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Pick choice `choice` for question `question`.
    Choose { question: usize, choice: usize },
    /// Go to the next question, or to the result after the last one.
    Next,
    /// A choice made by pointer on question `question` moves on by itself
    /// after a short pause: [`Action::Next`], if the reader is still there.
    Advance(usize),
    /// Open the review of every answer ("Check my answers").
    Review,
    /// Open a chapter: the guide where the reader left it, the calculator
    /// or the profile.
    Open(Section),
    /// Go one screen back.
    Back,
    /// Show the result (only once every question is answered).
    Finish,
    /// Forget every answer and start from the first question.
    Restart,
}

/// What happens to the guide from outside its own screens.
#[derive(Clone, Debug, PartialEq)]
pub enum GuideAction {
    /// One of the reader's own [`Action`]s.
    Reader(Action),
    /// Answers from an imported profile, as (question, choice) indices: they
    /// replace the current ones, and a complete set shows the result. Focus
    /// stays where the reader is (importing is not a move inside the guide).
    Load(Vec<(usize, usize)>),
    /// Saved progress put back: its answers and the screen the reader left
    /// (see [`AppState::restore`]). Focus goes to that screen.
    Resume(GuidePart),
    /// As [`GuideAction::Resume`], but focus stays where the reader is (an
    /// import, or its undo, from the profile section).
    Replace(GuidePart),
    /// The same guide in another language (the reader or the host switched):
    /// answers, screen and focus stay as they are, since ids and order are
    /// the same in every language.
    Words(Rc<Guide>),
}

impl From<Action> for GuideAction {
    fn from(action: Action) -> Self {
        GuideAction::Reader(action)
    }
}

impl AppState {
    /// A fresh state at the first question.
    pub fn new(guide: Rc<Guide>) -> Self {
        let answers = guide.blank_answers();
        AppState {
            guide,
            answers,
            screen: Screen::Question(0),
            chapter: Section::Guide,
            moves: 0,
            left_behind: 0,
        }
    }

    /// A state with `answers` as (question, choice) indices (out-of-range ones
    /// skipped): the result when they are complete, else the first open question.
    pub fn with_answers(
        guide: Rc<Guide>,
        answers: impl IntoIterator<Item = (usize, usize)>,
    ) -> Self {
        let mut state = AppState::new(guide);
        for (question, choice) in answers {
            if state.guide.has_choice(question, choice) {
                state.answers.set(question, choice);
            }
        }
        state.screen = match state.answers.first_missing() {
            None => Screen::Result,
            Some(q) => Screen::Question(q),
        };
        state
    }

    /// The guide as saved progress keeps it: answers by id, and the screen
    /// (`income` or `profile` while the reader is in that chapter).
    pub fn part(&self) -> GuidePart {
        let questions = self.guide.questions();
        GuidePart {
            answers: self.guide.answer_ids(&self.answers),
            screen: match (self.chapter, self.screen) {
                (Section::Income | Section::Profile, _) => self.chapter.id().to_owned(),
                (Section::Guide, Screen::Question(q)) => questions
                    .get(q)
                    .map(|q| q.id.to_string())
                    .unwrap_or_default(),
                (Section::Guide, Screen::Review) => "review".to_owned(),
                (Section::Guide, Screen::Result) => "result".to_owned(),
            },
        }
    }

    /// A state from saved progress: answers matched by question and answer
    /// id (those this guide no longer has are counted in
    /// [`AppState::left_behind`]), then the saved screen if it can show (a
    /// question, the review or the result once every answer is there, the
    /// calculator or the profile chapter), else where
    /// [`AppState::with_answers`] would go.
    pub fn restore(guide: Rc<Guide>, part: &GuidePart) -> Self {
        let indices = guide.answer_indices(&part.answers);
        let left_behind = part.answers.len() - indices.len();
        let mut state = AppState::with_answers(Rc::clone(&guide), indices);
        state.left_behind = left_behind;
        let complete = state.answers.first_missing().is_none();
        let at = guide.questions().iter().position(|q| q.id == *part.screen);
        state.screen = match (part.screen.as_str(), at) {
            (_, Some(q)) => Screen::Question(q),
            ("review", _) if complete => Screen::Review,
            _ => state.screen,
        };
        state.chapter = Section::ALL
            .into_iter()
            .find(|s| *s != Section::Guide && s.id() == part.screen)
            .unwrap_or(Section::Guide);
        state
    }

    /// Whether the reader has an outcome to take into the other chapters:
    /// the chapter navigation shows from then on (before it, only the guide).
    pub fn finished(&self) -> bool {
        self.answers.first_missing().is_none()
    }

    /// The scored result, once every question has an answer.
    pub fn result(&self) -> Option<GuideResult> {
        score(&self.guide, &self.answers).ok()
    }

    fn last_question(&self) -> usize {
        self.guide.questions().len().saturating_sub(1)
    }

    fn go(self: &Rc<Self>, screen: Screen) -> Rc<Self> {
        Rc::new(AppState {
            screen,
            chapter: Section::Guide,
            moves: self.moves.wrapping_add(1).max(1),
            ..(**self).clone()
        })
    }
}

impl Reducible for AppState {
    type Action = GuideAction;

    fn reduce(self: Rc<Self>, action: GuideAction) -> Rc<Self> {
        match action {
            GuideAction::Reader(action) => self.act(action),
            GuideAction::Load(answers) => Rc::new(AppState {
                moves: self.moves,
                chapter: self.chapter,
                ..AppState::with_answers(Rc::clone(&self.guide), answers)
            }),
            GuideAction::Resume(part) => Rc::new(AppState {
                // The reader asked to go back to where they were: focus follows.
                moves: self.moves.wrapping_add(1).max(1),
                ..AppState::restore(Rc::clone(&self.guide), &part)
            }),
            GuideAction::Words(guide) => {
                if Rc::ptr_eq(&guide, &self.guide) {
                    return self;
                }
                Rc::new(AppState {
                    guide,
                    ..(*self).clone()
                })
            }
            GuideAction::Replace(part) => Rc::new(AppState {
                moves: self.moves,
                chapter: self.chapter,
                ..AppState::restore(Rc::clone(&self.guide), &part)
            }),
        }
    }
}

impl AppState {
    fn act(self: Rc<Self>, action: Action) -> Rc<Self> {
        match (action, self.screen) {
            (Action::Choose { question, choice }, _) => {
                if !self.guide.has_choice(question, choice)
                    || self.answers.get(question) == Some(choice)
                {
                    return self;
                }
                let mut next = (*self).clone();
                next.answers.set(question, choice);
                Rc::new(next)
            }
            (Action::Open(chapter), _) if chapter != self.chapter => Rc::new(AppState {
                chapter,
                moves: self.moves.wrapping_add(1).max(1),
                ..(*self).clone()
            }),
            (Action::Restart, _) => Rc::new(AppState {
                moves: self.moves.wrapping_add(1).max(1),
                ..AppState::new(Rc::clone(&self.guide))
            }),
            // The other actions are the guide's own: from another chapter
            // (a stale button, a late timer) they do nothing.
            _ if self.chapter != Section::Guide => self,
            (Action::Advance(q), Screen::Question(i)) if q == i => self.act(Action::Next),
            (Action::Next, Screen::Question(i)) if self.answers.get(i).is_some() => {
                if i >= self.last_question() {
                    // The last question: the result, or the first one still open.
                    match self.answers.first_missing() {
                        None => self.go(Screen::Result),
                        Some(q) => self.go(Screen::Question(q)),
                    }
                } else {
                    self.go(Screen::Question(i + 1))
                }
            }
            (Action::Back, Screen::Question(i)) if i > 0 => self.go(Screen::Question(i - 1)),
            (Action::Back, Screen::Review | Screen::Result) => {
                let last = self.last_question();
                self.go(Screen::Question(last))
            }
            (Action::Review, Screen::Question(_) | Screen::Result) => self.go(Screen::Review),
            (Action::Finish, Screen::Review | Screen::Question(_)) if self.finished() => {
                self.go(Screen::Result)
            }
            _ => self,
        }
    }
}

#[cfg(test)]
mod tests;
