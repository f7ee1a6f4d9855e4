//! Where the reader stands among the five shapes: how clearly the result
//! leads, in a sentence, then every shape nearest first, each with a word for
//! how near it is and a bar drawn relative to the nearest one. No percentages:
//! the figures are distances on the guide's axes, not a "match", and a reader
//! whose answers all point one way must not look less certain than one who
//! hedges (see `domain::guide::Lead`).

use yew::prelude::*;

use super::shapes::{glyph, name, name_in_text};
use crate::components::bar::bar;
use crate::domain::guide::{Closeness, GuideResult, Lead};
use crate::domain::words::{Key, Words};

/// How near one other shape is, next to the nearest: its words and its bar.
fn nearness(first: Closeness, other: Closeness) -> (Key, u8) {
    if !other.open {
        return (Key::GuideClosenessLocked, 0);
    }
    // Distances are in tenths; 10 points more on both keeps a reader who sits
    // exactly on their own shape's point from drawing every other bar empty.
    let (near, far) = (first.distance + 100, other.distance + 100);
    let share = u8::try_from(near * 100 / far).unwrap_or(100);
    let said = match share {
        86.. => Key::GuideClosenessAlmost,
        61..=85 => Key::GuideClosenessNear,
        _ => Key::GuideClosenessFurther,
    };
    (said, share)
}

/// One sentence on how clearly the result leads the next shape.
pub fn lead_sentence(result: &GuideResult, words: &Words) -> String {
    let ranked = result.ranked();
    let (name, next) = (
        name_in_text(ranked[0].outcome, words),
        name_in_text(ranked[1].outcome, words),
    );
    let key = match result.lead() {
        Lead::Clear => Key::GuideLeadClear,
        Lead::Leaning => Key::GuideLeadLeaning,
        Lead::Close => Key::GuideLeadClose,
    };
    words.fill(key, &[("name", name), ("next", next)])
}

/// The lead in words, then a row per shape, nearest first.
pub fn closeness_list(result: &GuideResult, words: &Words) -> Html {
    let ranked = result.ranked();
    let first = ranked[0];
    html! {
        <>
            <p class="sp-lead">{ lead_sentence(result, words) }</p>
            <ol class="sp-closeness">
                { for ranked.iter().enumerate().map(|(i, c)| {
                    let mine = i == 0;
                    let (said, share) = if mine { (Key::GuideClosenessYours, 100) } else { nearness(first, *c) };
                    html! {
                        <li class="sp-closeness__row" data-mine={mine.then_some("true")}>
                            <span class="sp-closeness__name">
                                { glyph(c.outcome) }
                                { name(c.outcome, words) }
                            </span>
                            { bar(share, mine) }
                            <span class="sp-closeness__words">{ words.get(said) }</span>
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}
