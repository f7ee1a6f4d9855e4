//! The author's next step on the result: a framed block under a heading the
//! widget writes, holding the host's own content (a slot) or the link an
//! option gave. The host styles what it slots; the widget styles the frame.

use yew::prelude::*;

use crate::domain::author::{Author, Step};
use crate::domain::guide::Outcome;
use crate::domain::words::{Key, Words};

/// The next step for `outcome`, or nothing when the author gave none.
pub fn next_step(author: &Author, outcome: Outcome, instance: &str, words: &Words) -> Html {
    let Some(step) = author.step(outcome) else {
        return Html::default();
    };
    let heading = format!("{instance}-next-step");
    let body = match step {
        Step::Slot(name, links) => html! {
            <>
                <div class="sp-next__slot"><slot {name} /></div>
                // Printed, the links inside are written out.
                if !links.is_empty() {
                    <ul class="sp-print-only sp-next__links">
                        { for links.into_iter().map(|l| html! {
                            <li>{ if l.text.is_empty() { String::new() } else { format!("{}: ", l.text) } }<bdi>{ l.href }</bdi></li>
                        }) }
                    </ul>
                }
            </>
        },
        Step::Given(given) => match given.href {
            // The host page's link leaves the widget's frame, if it is in one.
            Some(href) => html! {
                <p><a class="sp-link sp-next__link" {href} target="_top">{ given.text }</a></p>
            },
            None => html! { <p>{ given.text }</p> },
        },
    };
    html! {
        <section class="sp-block sp-next" part="next-step" aria-labelledby={heading.clone()}>
            <h3 id={heading} part="heading">{ words.get(Key::GuideNextStepTitle) }</h3>
            { body }
        </section>
    }
}
