//! One question on its own screen: a radio group with Back and Next.

use yew::prelude::*;

use super::progress::progress;
use crate::state::{Action, AppContext};

/// Question `index` with its choices. Arrow keys move between choices (native
/// radio behaviour); Enter goes on once a choice is made.
pub fn question_card(state: &AppContext, index: usize, instance: &str) -> Html {
    let questions = state.guide.questions();
    let question = &questions[index];
    let chosen = state.answers.get(index);
    let base = format!("{instance}-{}", question.id);

    let on_submit = {
        let state = state.dispatcher();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::Next.into());
        })
    };
    let on_keydown = {
        let state = state.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                state.dispatch(Action::Next.into());
            }
        })
    };
    let on_back = {
        let state = state.dispatcher();
        Callback::from(move |_| state.dispatch(Action::Back.into()))
    };

    let choices = question.choices.iter().enumerate().map(|(ci, choice)| {
        let id = format!("{base}-{}", choice.id);
        let checked = chosen == Some(ci);
        let onchange = {
            let state = state.dispatcher();
            Callback::from(move |_| state.dispatch(Action::Choose { question: index, choice: ci }.into()))
        };
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
