//! One question on its own screen: the question as a heading (it takes focus
//! after each move), its choices as a radio group, and Back and Next in a
//! bar that stays in view on a phone.

use yew::prelude::*;

use super::GuideView;
use super::progress::progress;
use crate::browser::dom;
use crate::components::{send, send_move};
use crate::domain::words::Key;
use crate::state::Action;

/// Question `index` with its choices. Arrow keys move between choices (native
/// radio behaviour) and Enter goes on once a choice is made; a choice made by
/// pointer on a question not answered before moves on by itself after a
/// short pause (not from the keyboard, where arrows choose as they go, and
/// not on the last question, whose result the reader asks for).
pub fn question_card(view: &GuideView<'_>, index: usize) -> Html {
    let (state, instance, words) = (view.state, view.instance, view.words);
    let questions = state.guide.questions();
    let question = &questions[index];
    let chosen = state.answers.get(index);
    let base = format!("{instance}-{}", question.id);
    let last = index + 1 == questions.len();

    // Next moves on only from an answered question; otherwise focus stays
    // where it is (a move lets go of it first).
    let answered = chosen.is_some();
    let on_submit = send_move(state, move |e: SubmitEvent| {
        e.prevent_default();
        answered.then(|| Action::Next.into())
    });
    // Enter may come an instant after a choice, before this screen is drawn
    // again with it: the focused radio being checked says the choice is made
    // (the reducer takes the choice first, then the move).
    let on_keydown = send_move(state, move |e: KeyboardEvent| {
        (e.key() == "Enter").then(|| e.prevent_default())?;
        (answered || dom::from_checked(&e)).then(|| Action::Next.into())
    });
    let on_back = send_move(state, |_: MouseEvent| Some(Action::Back.into()));
    let on_review = send_move(state, |_: MouseEvent| Some(Action::Review.into()));
    // A click with a count is a pointer's; the keyboard's have none.
    let moves_on = !answered && !last;
    let on_pointer = {
        let advance = view.advance.clone();
        Callback::from(move |e: MouseEvent| {
            if moves_on && e.detail() > 0 {
                advance.emit((index, e.target()));
            }
        })
    };

    let choices = question.choices.iter().enumerate().map(|(ci, choice)| {
        let id = format!("{base}-{}", choice.id);
        let checked = chosen == Some(ci);
        let onchange = send(state, move |_: Event| Action::Choose { question: index, choice: ci }.into());
        html! {
            <label class="sp-choice" part="choice" for={id.clone()} onclick={on_pointer.clone()}>
                <input type="radio" {id} name={base.clone()} value={choice.id.to_string()} {checked} {onchange} />
                <span class="sp-choice__label">{ &*choice.label }</span>
            </label>
        }
    });
    let hint_id = format!("{base}-hint");
    let has_hint = !question.hint.is_empty();

    html! {
        <form class="sp-card sp-question-card" key={question.id.to_string()} data-question={question.id.to_string()}
            data-enter={(state.moves > 0).then_some("")} data-reveal=""
            onsubmit={on_submit} novalidate=true>
            { progress(words, index + 1, questions.len(), &format!("{base}-progress")) }
            <fieldset class="sp-fieldset" onkeydown={on_keydown}
                aria-describedby={has_hint.then(|| hint_id.clone())}>
                <legend class="sp-legend">
                    <h2 part="heading" class="sp-question" tabindex="-1" data-focus="">{ &*question.prompt }</h2>
                </legend>
                if has_hint {
                    <p class="sp-hint" id={hint_id}>{ &*question.hint }</p>
                }
                <div class="sp-choices">{ for choices }</div>
            </fieldset>
            if index == 0 {
                <p class="sp-small sp-muted">{ words.get(Key::QuestionTapHint) }</p>
            }
            <div class="sp-nav sp-nav--sticky">
                <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={on_back} disabled={index == 0}>{ words.get(Key::NavBack) }</button>
                <button type="submit" class="sp-button sp-button--primary" part="primary-button" disabled={chosen.is_none()}>
                    { words.get(if last { Key::QuestionSeeResult } else { Key::NavNext }) }
                </button>
            </div>
            if last {
                <p class="sp-aside">
                    <button type="button" class="sp-linkbutton" onclick={on_review}>{ words.get(Key::QuestionCheckAnswers) }</button>
                    { words.get(Key::QuestionCheckAnswersAfter) }
                </p>
            }
        </form>
    }
}
