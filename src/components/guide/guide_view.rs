//! Chooses the guide screen to show and announces changes to screen readers.

use yew::prelude::*;

use super::progress::question_of;
use super::question_card::question_card;
use super::result_view::result_view;
use super::review::review;
use super::shapes::name as outcome_name;
use crate::browser::dom;
use crate::components::chapters::Offer;
use crate::domain::author::Author;
use crate::domain::guide::GuideResult;
use crate::domain::income::Values;
use crate::domain::words::{Key, Words};
use crate::state::{AppContext, Screen};

/// What the result's hero needs to share it, or to frame it as someone else's.
pub struct Sharing {
    /// The selected scenario's values, when the calculator exists (the
    /// reader may add it to the link).
    pub values: Option<Values>,
    /// How the scenario reads (`42 × 15 × 46`).
    pub formula: String,
    /// The result is someone else's, opened from a link.
    pub viewing: bool,
    /// Their scenario, in words, when the link carries one.
    pub scenario: Option<String>,
    /// "Take the guide yourself": a fresh guide of the reader's own.
    pub take_yourself: Callback<MouseEvent>,
}

/// What the guide's screens are drawn from.
pub struct GuideView<'a> {
    /// The guide's state, to read and to dispatch to.
    pub state: &'a AppContext,
    /// The score, once every question has an answer.
    pub result: Option<&'a GuideResult>,
    /// This widget's id prefix.
    pub instance: &'a str,
    /// On the result: how it is shared, and whose it is.
    pub sharing: Option<Sharing>,
    /// The chapter offered after the result.
    pub next: Option<Offer>,
    /// A choice made by pointer on a question (its index, and the control):
    /// the widget moves on after a short pause.
    pub advance: Callback<(usize, Option<dom::Target>)>,
    /// The interface's words.
    pub words: &'a Words,
    /// The page author's part: the next step on the result.
    pub author: &'a Author,
}

/// The guide, on the screen its state is at.
pub fn guide_view(view: &GuideView<'_>) -> Html {
    let (state, words) = (view.state, view.words);
    let total = state.guide.questions().len();
    let (screen, announcement) = match state.screen {
        Screen::Question(i) => (question_card(view, i), question_of(words, i + 1, total)),
        Screen::Review => (review(view), words.get(Key::GuideReviewTitle).to_owned()),
        Screen::Result => {
            let said = view.result.map_or_else(String::new, |r| {
                let whose = if view.sharing.as_ref().is_some_and(|s| s.viewing) {
                    Key::GuideAnnounceSharedResult
                } else {
                    Key::GuideAnnounceYourResult
                };
                words.fill(whose, &[("name", outcome_name(r.outcome, words))])
            });
            (result_view(view), said)
        }
    };
    html! {
        <>
            <p class="sp-visually-hidden" aria-live="polite" aria-atomic="true">
                { if state.moves > 0 { announcement } else { String::new() } }
            </p>
            { screen }
        </>
    }
}
