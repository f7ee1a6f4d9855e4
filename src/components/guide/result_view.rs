//! The result screen: the hero, then short chapters (where the profile wins,
//! the plan, skills, risks, the rate band, where the reader stands among the
//! shapes, what the shapes and terms mean, where the guide comes from, and how
//! the result was worked out), then the next chapter of the widget.

use yew::prelude::*;

use super::GuideView;
use super::about::{about, glossary};
use super::advice::advice;
use super::closeness_list::closeness_list;
use super::hero::hero;
use super::map::worked_out;
use super::next_step::next_step;
use crate::components::chapters::offer_view;
use crate::components::send_move;
use crate::domain::words::Key;
use crate::state::Action;

/// The scored result of the guide.
pub fn result_view(view: &GuideView<'_>) -> Html {
    let (state, words) = (view.state, view.words);
    let on_back = send_move(state, |_: MouseEvent| Some(Action::Back.into()));
    let Some(result) = view.result else {
        return html! {
            <div class="sp-card sp-alert" role="alert">
                <p>{ words.get(Key::GuideResultIncomplete) }</p>
                <button type="button" class="sp-button" part="secondary-button" onclick={on_back}>{ words.get(Key::NavBack) }</button>
            </div>
        };
    };
    let text = state.guide.text(result.outcome);
    let viewing = view.sharing.as_ref().is_some_and(|s| s.viewing);
    let on_review = send_move(state, |_: MouseEvent| Some(Action::Review.into()));
    let on_restart = send_move(state, |_: MouseEvent| Some(Action::Restart.into()));
    html! {
        <article class="sp-card sp-result" data-outcome={result.outcome.id()}>
            { hero(view, result) }
            <div class="sp-result__body">
                <p class="sp-summary">{ &*text.summary }</p>
                <p class="sp-note">{ &*state.guide.disclaimer }</p>
                { advice(&state.guide, result, words) }
                if !viewing {
                    { next_step(view.author, result.outcome, view.instance, words) }
                }
                <section class="sp-block">
                    <h3 part="heading">{ words.get(Key::GuideResultStand) }</h3>
                    { closeness_list(result, words) }
                    { glossary(&state.guide, words) }
                    { worked_out(&state.guide, result, words) }
                    { about(&state.guide, words) }
                </section>
                if !viewing {
                    { offer_view(view.next.as_ref()) }
                    <p class="sp-result__more">
                        <button type="button" class="sp-linkbutton" onclick={on_review}>{ words.get(Key::QuestionCheckAnswers) }</button>
                        <button type="button" class="sp-linkbutton" onclick={on_restart}>{ words.get(Key::GuideStartOver) }</button>
                    </p>
                }
            </div>
        </article>
    }
}
