//! Chooses the guide screen to show and announces changes to screen readers.

use yew::prelude::*;

use super::question_card::question_card;
use super::result_view::result_view;
use super::review::review;
use crate::domain::guide::GuideResult;
use crate::state::{AppContext, Screen};

/// What the guide's screens are drawn from.
pub struct GuideView<'a> {
    /// The guide's state, to read and to dispatch to.
    pub state: &'a AppContext,
    /// The score, once every question has an answer.
    pub result: Option<&'a GuideResult>,
    /// This widget's id prefix.
    pub instance: &'a str,
    /// The section's node: after each move the new screen's first control or
    /// heading takes focus (see [`crate::hooks::use_focus_on_move`]).
    pub focus: NodeRef,
    /// The share block that ends the result screen.
    pub share: Html,
}

/// The guide section, on the screen its state is at.
pub fn guide_view(view: &GuideView<'_>) -> Html {
    let state = view.state;
    let total = state.guide.questions().len();
    let (screen, announcement) = match state.screen {
        Screen::Question(i) => (
            question_card(view, i),
            format!("Question {} of {total}", i + 1),
        ),
        Screen::Review => (review(view), "Review your answers".to_owned()),
        Screen::Result => {
            let said = view.result.map_or_else(String::new, |r| {
                format!("Your result: {}", r.outcome.name())
            });
            (result_view(view), said)
        }
    };
    html! {
        <section class="sp-section" aria-label="Decision guide" ref={view.focus.clone()}>
            <p class="sp-visually-hidden" aria-live="polite" aria-atomic="true">
                { if state.moves > 0 { announcement } else { String::new() } }
            </p>
            { screen }
        </section>
    }
}
