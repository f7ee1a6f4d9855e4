//! What the result's words mean and where they come from: the five shapes and
//! the guide's terms, each in one line, and the three articles the guide is
//! built from. Both behind a disclosure, so the result stays short.

use yew::prelude::*;

use super::shapes::glyph;
use crate::domain::guide::{Guide, Outcome};

/// "What the shapes mean": each shape and term in one line.
pub fn glossary(guide: &Guide) -> Html {
    html! {
        <details class="sp-worked sp-glossary">
            <summary>{ "What the shapes mean" }</summary>
            <dl class="sp-worked__body sp-terms">
                { for Outcome::ALL.iter().map(|o| html! {
                    <div class="sp-terms__row">
                        <dt>{ glyph(*o) }{ o.name() }</dt>
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
pub fn about(guide: &Guide) -> Html {
    html! {
        <details class="sp-worked sp-about">
            <summary>{ "About this guide" }</summary>
            <div class="sp-worked__body">
                <p class="sp-muted">{ "The facts and figures come from three articles; the questions, the scoring and every sentence here are Skillpath's own." }</p>
                <ul class="sp-list">
                    { for guide.sources.iter().map(|s| html! {
                        <li>
                            <strong>{ &*s.publisher }</strong>{ ", " }<cite>{ &*s.title }</cite>
                            <span class="sp-muted">{ format!(": {}.", s.used_for) }</span>
                        </li>
                    }) }
                </ul>
            </div>
        </details>
    }
}
