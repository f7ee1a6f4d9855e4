//! The chapters of the widget: the compact navigation between them, and the
//! offer of the next one at the end of a chapter. Where the reader is
//! belongs to the journey reducer ([`crate::state::AppState::chapter`]);
//! these only show it and send [`Action::Open`].

use yew::prelude::*;

use crate::components::send_move;
use crate::domain::options::{Section, Sections};
use crate::domain::words::{Key, Words};
use crate::hooks::use_words;
use crate::state::{Action, AppContext};

/// A chapter's name in the navigation.
fn short_name(state: &AppContext, chapter: Section) -> Key {
    match chapter {
        Section::Guide if state.finished() => Key::AppNavResult,
        Section::Guide => Key::AppNavGuide,
        Section::Income => Key::AppNavIncome,
        Section::Profile => Key::AppNavProfile,
    }
}

/// A chapter's heading (the guide's are its questions and its result).
fn title_key(chapter: Section) -> Key {
    match chapter {
        Section::Guide => Key::AppChapterGuide,
        Section::Income => Key::AppChapterIncome,
        Section::Profile => Key::AppChapterProfile,
    }
}

/// A chapter's heading, in the words in force (below the
/// [`App`](crate::components::App), which provides them).
pub fn title(chapter: Section) -> Html {
    html! { <ChapterTitle {chapter} /> }
}

/// Props for [`ChapterTitle`].
#[derive(Properties, PartialEq)]
struct TitleProps {
    chapter: Section,
}

/// [`title`]: the heading's text alone, no element around it.
#[component]
fn ChapterTitle(props: &TitleProps) -> Html {
    let words = use_words();
    Html::from(words.get(title_key(props.chapter)).to_owned())
}

/// The navigation between the chapters that exist, `current` marked.
/// Nothing when there is only one.
pub fn chapter_nav(
    state: &AppContext,
    sections: Sections,
    current: Section,
    id: &str,
    words: &Words,
) -> Html {
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
                    { words.get(short_name(state, chapter)) }
                </button>
            </li>
        }
    });
    html! {
        <nav class="sp-chapters" aria-label={words.get(Key::AppNavLabel).to_owned()} id={format!("{id}-chapters")}>
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

/// The offer as a card: what the next chapter is for, and the way there (in
/// the words in force, below the [`App`](crate::components::App)).
pub fn offer_view(offer: Option<&Offer>) -> Html {
    let Some(offer) = offer else {
        return Html::default();
    };
    html! { <OfferCard chapter={offer.chapter} open={offer.open.clone()} /> }
}

/// Props for [`OfferCard`].
#[derive(Properties, PartialEq)]
struct OfferProps {
    chapter: Section,
    open: Callback<MouseEvent>,
}

/// [`offer_view`]'s card.
#[component]
fn OfferCard(props: &OfferProps) -> Html {
    let words = use_words();
    let (what, button) = match props.chapter {
        Section::Income => (
            words.get(Key::AppOfferIncomeWhat),
            words.get(Key::AppOfferIncomeButton),
        ),
        Section::Profile => (
            words.get(Key::AppOfferProfileWhat),
            words.get(Key::AppOfferProfileButton),
        ),
        Section::Guide => ("", ""),
    };
    html! {
        <section class="sp-offer" aria-label={words.get(Key::AppOfferLabel).to_owned()}>
            <p class="sp-offer__eyebrow">{ words.get(Key::AppOfferEyebrow) }</p>
            <p class="sp-offer__title">{ words.get(title_key(props.chapter)) }</p>
            <p class="sp-muted">{ what }</p>
            <button type="button" class="sp-button sp-button--strong" part="secondary-button" onclick={props.open.clone()}>{ button }</button>
        </section>
    }
}
