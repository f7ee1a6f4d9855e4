//! One question on its own screen: a radio group with Back and Next.

use yew::prelude::*;

use super::progress::progress;
use crate::browser::dom;
use crate::state::{Action, AppContext};

/// Props for [`QuestionCard`].
#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    /// Which question, by index.
    pub index: usize,
    /// Id prefix of this widget instance.
    pub instance: AttrValue,
}

/// A question with its choices. Arrow keys move between choices (native radio
/// behaviour); Enter goes on once a choice is made.
#[component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let state = use_context::<AppContext>().expect("QuestionCard needs the app context");
    let group = use_node_ref();
    let index = props.index;
    let questions = state.guide.questions();
    let question = &questions[index];
    let chosen = state.answers.get(index);
    let base = format!("{}-{}", props.instance, question.id);

    {
        let group = group.clone();
        use_effect_with((index, state.moves), move |(_, moves)| {
            if *moves > 0 {
                dom::focus_first(&group, "input:checked, input");
            }
        });
    }

    let on_submit = {
        let state = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::Next);
        })
    };
    let on_keydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                state.dispatch(Action::Next);
            }
        })
    };
    let on_back = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Back))
    };

    let choices = question.choices.iter().enumerate().map(|(ci, choice)| {
        let id = format!("{base}-{}", choice.id);
        let checked = chosen == Some(ci);
        let onchange = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::Choose { question: index, choice: ci }))
        };
        html! {
            <label class={if checked { "sp-choice sp-choice--checked" } else { "sp-choice" }} for={id.clone()}>
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
            <fieldset class="sp-fieldset" ref={group} onkeydown={on_keydown}
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
