//! "Question 4 of 14" with a bar.

use yew::prelude::*;

/// Where the reader is: `current` (1-based) of `total`; `id` names the text so
/// the bar can point at it.
pub fn progress(current: usize, total: usize, id: &str) -> Html {
    html! {
        <div class="sp-progress">
            <p class="sp-progress__text" id={id.to_owned()}>
                { format!("Question {current} of {total}") }
            </p>
            <progress class="sp-progress__bar" max={total.to_string()}
                value={current.to_string()} aria-labelledby={id.to_owned()} />
        </div>
    }
}
