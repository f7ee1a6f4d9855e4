//! The chapters of the widget: the compact navigation between them, and the
//! offer of the next one at the end of a chapter. Where the reader is
//! belongs to the journey reducer ([`crate::state::AppState::chapter`]);
//! these only show it and send [`Action::Open`].

use yew::prelude::*;

use crate::components::send_move;
use crate::domain::options::{Section, Sections};
use crate::state::{Action, AppContext};

/// A chapter's name in the navigation.
fn short_name(state: &AppContext, chapter: Section) -> &'static str {
    match chapter {
        Section::Guide if state.finished() => "Your result",
        Section::Guide => "The guide",
        Section::Income => "Income",
        Section::Profile => "Your plan",
    }
}

/// A chapter's heading (the guide's are its questions and its result).
pub fn title(chapter: Section) -> &'static str {
    match chapter {
        Section::Guide => "Decision guide",
        Section::Income => "What could this pay?",
        Section::Profile => "Your plan, ready to use",
    }
}

/// The navigation between the chapters that exist, `current` marked.
/// Nothing when there is only one.
pub fn chapter_nav(state: &AppContext, sections: Sections, current: Section, id: &str) -> Html {
    if sections.each().nth(1).is_none() {
        return Html::default();
    }
    let items = sections.each().enumerate().map(|(n, chapter)| {
        let here = chapter == current;
        let onclick = send_move(state, move |_: MouseEvent| {
            (!here).then_some(Action::Open(chapter).into())
        });
        html! {
            <li>
                <button type="button" class="sp-chapters__item" aria-current={here.then_some("step")} {onclick}>
                    <span class="sp-chapters__n" aria-hidden="true">{ n + 1 }</span>
                    { short_name(state, chapter) }
                </button>
            </li>
        }
    });
    html! {
        <nav class="sp-chapters" aria-label="Chapters" id={format!("{id}-chapters")}>
            <ol>{ for items }</ol>
        </nav>
    }
}

/// The chapter after `from`, offered at the end of it.
pub struct Offer {
    /// The chapter offered.
    pub chapter: Section,
    /// Opens it.
    pub open: Callback<MouseEvent>,
}

/// The chapter offered after `from`, when there is one.
pub fn next_chapter(state: &AppContext, sections: Sections, from: Section) -> Option<Offer> {
    let chapter = sections.after(from)?;
    Some(Offer {
        chapter,
        open: send_move(state, move |_: MouseEvent| {
            Some(Action::Open(chapter).into())
        }),
    })
}

/// The offer as a card: what the next chapter is for, and the way there.
pub fn offer_view(offer: Option<&Offer>) -> Html {
    let Some(offer) = offer else {
        return Html::default();
    };
    let (what, button) = match offer.chapter {
        Section::Income => (
            "Put in a rate, the hours and the weeks you would work, and see what a year of it comes to.",
            "See what it could pay",
        ),
        Section::Profile => (
            "Turn your result into a headline, skills and a plan you can copy, print or keep as a file.",
            "Make my plan",
        ),
        Section::Guide => ("", ""),
    };
    html! {
        <section class="sp-offer" aria-label="Next chapter">
            <p class="sp-offer__eyebrow">{ "Next" }</p>
            <p class="sp-offer__title">{ title(offer.chapter) }</p>
            <p class="sp-muted">{ what }</p>
            <button type="button" class="sp-button sp-button--strong" onclick={offer.open.clone()}>{ button }</button>
        </section>
    }
}
