//! What the result's words mean and where they come from: the five shapes and
//! the guide's terms, each in one line, and the three articles the guide is
//! built from. Both behind a disclosure, so the result stays short.

use yew::prelude::*;

use super::marked;
use super::shapes::{glyph, name};
use crate::domain::guide::{Guide, Outcome};
use crate::domain::words::{Key, Words};

/// "What the shapes mean": each shape and term in one line.
pub fn glossary(guide: &Guide, words: &Words) -> Html {
    html! {
        <details class="sp-worked sp-glossary">
            <summary>{ words.get(Key::GuideGlossaryTitle) }</summary>
            <dl class="sp-worked__body sp-terms">
                { for Outcome::ALL.iter().map(|o| html! {
                    <div class="sp-terms__row">
                        <dt>{ glyph(*o) }{ name(*o, words) }</dt>
                        <dd>{ &*guide.text(*o).definition }</dd>
                    </div>
                }) }
                { for guide.glossary.iter().map(|t| html! {
                    <div class="sp-terms__row">
                        <dt>{ &*t.term }</dt>
                        <dd>{ &*t.definition }</dd>
                    </div>
                }) }
            </dl>
        </details>
    }
}

/// "About this guide": the articles it is built from, by publisher and title.
pub fn about(guide: &Guide, words: &Words) -> Html {
    html! {
        <details class="sp-worked sp-about">
            <summary>{ words.get(Key::GuideAboutTitle) }</summary>
            <div class="sp-worked__body">
                <p class="sp-muted">{ words.get(Key::GuideAboutIntro) }</p>
                <ul class="sp-list">
                    { for guide.sources.iter().map(|s| html! {
                        <li>
                            { marked(words.get(Key::GuideAboutSource), &[
                                ("publisher", html! { <strong>{ &*s.publisher }</strong> }),
                                // The articles are in English, whatever the language shown.
                                ("title", html! { <cite lang="en">{ &*s.title }</cite> }),
                            ]) }
                            <span class="sp-muted">{ words.fill(Key::GuideAboutSourceUse, &[("use", &s.used_for)]) }</span>
                        </li>
                    }) }
                </ul>
            </div>
        </details>
    }
}
