//! The result screen: the outcome, why, how close each other outcome is, and what to do next.

use yew::prelude::*;

use super::GuideView;
use super::advice::advice;
use super::closeness_list::closeness_list;
use super::shapes::shapes;
use super::why_list::why_list;
use crate::components::send_move;
use crate::state::Action;

/// The scored result of the guide, with the share block before the buttons.
pub fn result_view(view: &GuideView<'_>) -> Html {
    let state = view.state;
    let on_back = send_move(state, |_: MouseEvent| Some(Action::Back.into()));
    let on_restart = send_move(state, |_: MouseEvent| Some(Action::Restart.into()));
    let Some(result) = view.result else {
        return html! {
            <div class="sp-card sp-alert" role="alert">
                <p>{ "Some questions still need an answer." }</p>
                <button type="button" class="sp-button" onclick={on_back}>{ "Back" }</button>
            </div>
        };
    };
    let text = state.guide.text(result.outcome);
    html! {
        <article class="sp-card sp-result">
            <p class="sp-eyebrow">{ "Your result" }</p>
            <h2 class="sp-title" tabindex="-1">{ format!("You lean {}", result.outcome.name()) }</h2>
            <p class="sp-tagline">{ &*text.tagline }</p>
            { shapes(result.outcome) }
            <p>{ &*text.summary }</p>
            <p class="sp-note"><strong>{ "Exploration, not a verdict. " }</strong>{ &*state.guide.disclaimer }</p>
            { closeness_list(result) }
            { why_list(&state.guide, result) }
            { advice(&state.guide, result) }
            { view.share.clone() }
            <div class="sp-nav">
                <button type="button" class="sp-button" onclick={on_back}>{ "Back" }</button>
                <button type="button" class="sp-button sp-button--primary" onclick={on_restart}>{ "Start over" }</button>
            </div>
        </article>
    }
}
