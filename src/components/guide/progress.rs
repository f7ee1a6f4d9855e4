//! "Question 4 of 14" with a bar.

use yew::prelude::*;

use crate::domain::words::{Key, Words};

/// "Question `current` of `total`" (`current` 1-based).
pub fn question_of(words: &Words, current: usize, total: usize) -> String {
    words.fill(
        Key::GuideQuestionOf,
        &[
            ("current", &current.to_string()),
            ("total", &total.to_string()),
        ],
    )
}

/// Where the reader is: `current` (1-based) of `total`; `id` names the text so
/// the bar can point at it.
pub fn progress(words: &Words, current: usize, total: usize, id: &str) -> Html {
    html! {
        <div class="sp-progress" part="progress">
            <p class="sp-progress__text" id={id.to_owned()}>
                { question_of(words, current, total) }
            </p>
            <progress class="sp-progress__bar" max={total.to_string()}
                value={current.to_string()} aria-labelledby={id.to_owned()} />
        </div>
    }
}
