//! One question on its own screen: a radio group with Back and Next.

use yew::prelude::*;

use super::GuideView;
use super::progress::progress;
use crate::components::{send, send_move};
use crate::state::Action;

/// Question `index` with its choices. Arrow keys move between choices (native
/// radio behaviour); Enter goes on once a choice is made.
pub fn question_card(view: &GuideView<'_>, index: usize) -> Html {
    let (state, instance) = (view.state, view.instance);
    let questions = state.guide.questions();
    let question = &questions[index];
    let chosen = state.answers.get(index);
    let base = format!("{instance}-{}", question.id);

    // Next moves on only from an answered question; otherwise focus stays
    // where it is (a move lets go of it first).
    let answered = chosen.is_some();
    let on_submit = send_move(state, move |e: SubmitEvent| {
        e.prevent_default();
        answered.then(|| Action::Next.into())
    });
    let on_keydown = send_move(state, move |e: KeyboardEvent| {
        (e.key() == "Enter").then(|| e.prevent_default())?;
        answered.then(|| Action::Next.into())
    });
    let on_back = send_move(state, |_: MouseEvent| Some(Action::Back.into()));

    let choices = question.choices.iter().enumerate().map(|(ci, choice)| {
        let id = format!("{base}-{}", choice.id);
        let checked = chosen == Some(ci);
        let onchange = send(state, move |_: Event| Action::Choose { question: index, choice: ci }.into());
        html! {
            <label class="sp-choice" for={id.clone()}>
                <input type="radio" {id} name={base.clone()} value={choice.id.to_string()} {checked} {onchange} />
                <span class="sp-choice__label">{ &*choice.label }</span>
            </label>
        }
    });
    let hint_id = format!("{base}-hint");
    let has_hint = !question.hint.is_empty();

    html! {
        <form class="sp-card" onsubmit={on_submit} novalidate=true>
            { progress(index + 1, questions.len(), &format!("{base}-progress")) }
            <fieldset class="sp-fieldset" onkeydown={on_keydown}
                aria-describedby={has_hint.then(|| hint_id.clone())}>
                <legend class="sp-question">{ &*question.prompt }</legend>
                if has_hint {
                    <p class="sp-hint" id={hint_id}>{ &*question.hint }</p>
                }
                <div class="sp-choices">{ for choices }</div>
            </fieldset>
            <div class="sp-nav">
                <button type="button" class="sp-button" onclick={on_back} disabled={index == 0}>{ "Back" }</button>
                <button type="submit" class="sp-button sp-button--primary" disabled={chosen.is_none()}>{ "Next" }</button>
            </div>
        </form>
    }
}
