//! Chooses the guide screen to show and announces changes to screen readers.

use yew::prelude::*;

use super::question_card::question_card;
use super::result_view::result_view;
use super::review::review;
use crate::domain::guide::GuideResult;
use crate::state::{AppContext, Screen};

/// The guide section for `state`, whose score (once every question has an
/// answer) is `result`; `instance` is this widget's id prefix.
/// `focus` is the section's node: after each move the new screen's first
/// control or heading takes focus (see [`crate::hooks::use_focus_on_move`]).
/// `share` ends the result screen.
pub fn guide_view(
    state: &AppContext,
    result: Option<&GuideResult>,
    instance: &str,
    focus: NodeRef,
    share: Html,
) -> Html {
    let total = state.guide.questions().len();
    let (screen, announcement) = match state.screen {
        Screen::Question(i) => (
            question_card(state, i, instance),
            format!("Question {} of {total}", i + 1),
        ),
        Screen::Review => (
            review(state, result, instance),
            "Review your answers".to_owned(),
        ),
        Screen::Result => {
            let said = result.map_or_else(String::new, |r| {
                format!("Your result: {}", r.outcome.name())
            });
            (result_view(state, result, share), said)
        }
    };
    html! {
        <section class="sp-section" aria-label="Decision guide" ref={focus}>
            <p class="sp-visually-hidden" aria-live="polite" aria-atomic="true">
                { if state.moves > 0 { announcement } else { String::new() } }
            </p>
            { screen }
        </section>
    }
}
