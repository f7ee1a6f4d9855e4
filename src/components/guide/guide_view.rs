//! Chooses the guide screen to show and announces changes to screen readers.

use yew::prelude::*;

use super::question_card::QuestionCard;
use super::result_view::ResultView;
use super::review::Review;
use crate::state::{AppState, Screen};

/// The guide section for `state`; `instance` is this widget's id prefix.
pub fn guide_view(state: &AppState, instance: &AttrValue) -> Html {
    let total = state.guide.questions().len();
    let (screen, announcement) = match state.screen {
        Screen::Question(i) => (
            html! { <QuestionCard index={i} instance={instance.clone()} /> },
            format!("Question {} of {total}", i + 1),
        ),
        Screen::Review => (
            html! { <Review instance={instance.clone()} /> },
            "Review your answers".to_owned(),
        ),
        Screen::Result => {
            let said = state.result().map_or_else(String::new, |r| {
                format!("Your result: {}", r.outcome.name())
            });
            (html! { <ResultView /> }, said)
        }
    };
    html! {
        <section class="sp-section" aria-label="Decision guide">
            <p class="sp-visually-hidden" aria-live="polite" aria-atomic="true">
                { if state.moves > 0 { announcement } else { String::new() } }
            </p>
            { screen }
        </section>
    }
}
