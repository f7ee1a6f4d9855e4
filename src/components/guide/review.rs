//! "Check my answers": every answer on one screen, each one changeable. It
//! is optional (a link from the last question and the result) and does not
//! give the outcome away: the result says it.

use yew::prelude::*;

use super::GuideView;
use crate::browser::dom;
use crate::components::{send_move, send_some};
use crate::domain::words::Key;
use crate::state::Action;

/// The review screen; "See my result" once every answer is given.
pub fn review(view: &GuideView<'_>) -> Html {
    let (state, result, instance, words) = (view.state, view.result, view.instance, view.words);
    let rows = state.guide.questions().iter().enumerate().map(|(qi, q)| {
        let id = format!("{instance}-review-{}", q.id);
        let chosen = state.answers.get(qi);
        // Index 0 is the "not answered" placeholder when it is shown.
        let offset = usize::from(chosen.is_none());
        let onchange = send_some(state, move |e: Event| {
            let choice = dom::selected_index(&e)?.checked_sub(offset)?;
            Some(Action::Choose { question: qi, choice }.into())
        });
        html! {
            <li class="sp-review__row">
                <label class="sp-review__topic" for={id.clone()}>{ &*q.topic }</label>
                <select class="sp-select" part="field" {id} {onchange}>
                    if chosen.is_none() {
                        <option selected=true disabled=true>{ words.get(Key::GuideReviewNotAnswered) }</option>
                    }
                    { for q.choices.iter().enumerate().map(|(ci, c)| html! {
                        <option value={c.id.to_string()} selected={chosen == Some(ci)}>{ &*c.label }</option>
                    }) }
                </select>
            </li>
        }
    });
    let on_back = send_move(state, |_: MouseEvent| Some(Action::Back.into()));
    let on_finish = send_move(state, |_: MouseEvent| Some(Action::Finish.into()));
    html! {
        <div class="sp-card">
            <h2 part="heading" class="sp-title" tabindex="-1" data-focus="">{ words.get(Key::GuideReviewTitle) }</h2>
            <p class="sp-muted">{ words.get(Key::GuideReviewIntro) }</p>
            <ol class="sp-review">{ for rows }</ol>
            <div class="sp-nav">
                <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={on_back}>{ words.get(Key::NavBack) }</button>
                <button type="button" class="sp-button sp-button--primary" part="primary-button" onclick={on_finish}
                    disabled={result.is_none()}>{ words.get(Key::QuestionSeeResult) }</button>
            </div>
        </div>
    }
}
