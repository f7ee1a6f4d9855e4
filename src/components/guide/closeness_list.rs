//! Where the reader stands among the five shapes: how clearly the result
//! leads, in a sentence, then every shape nearest first, each with a word for
//! how near it is and a bar drawn relative to the nearest one. No percentages:
//! the figures are distances on the guide's axes, not a "match", and a reader
//! whose answers all point one way must not look less certain than one who
//! hedges (see `domain::guide::Lead`).

use yew::prelude::*;

use super::shapes::glyph;
use crate::components::bar::bar;
use crate::domain::guide::{Closeness, GuideResult, Lead};

/// How near one other shape is, next to the nearest: its words and its bar.
fn nearness(first: Closeness, other: Closeness) -> (&'static str, u8) {
    if !other.open {
        return ("needs a deep field first", 0);
    }
    // Distances are in tenths; 10 points more on both keeps a reader who sits
    // exactly on their own shape's point from drawing every other bar empty.
    let (near, far) = (first.distance + 100, other.distance + 100);
    let share = u8::try_from(near * 100 / far).unwrap_or(100);
    let words = match share {
        86.. => "almost as near",
        61..=85 => "near",
        _ => "further away",
    };
    (words, share)
}

/// One sentence on how clearly the result leads the next shape.
pub fn lead_sentence(result: &GuideResult) -> String {
    let ranked = result.ranked();
    let (name, next) = (
        ranked[0].outcome.name_in_text(),
        ranked[1].outcome.name_in_text(),
    );
    match result.lead() {
        Lead::Clear => {
            format!("A clear lead: these answers sit much nearer {name} than any other shape.")
        }
        Lead::Leaning => format!("A lean: {name} is nearest, with {next} not far behind."),
        Lead::Close => {
            format!("A close call: {next} is almost as near as {name}, so read what both say.")
        }
    }
}

/// The lead in words, then a row per shape, nearest first.
pub fn closeness_list(result: &GuideResult) -> Html {
    let ranked = result.ranked();
    let first = ranked[0];
    html! {
        <>
            <p class="sp-lead">{ lead_sentence(result) }</p>
            <ol class="sp-closeness">
                { for ranked.iter().enumerate().map(|(i, c)| {
                    let mine = i == 0;
                    let (words, share) = if mine { ("your result", 100) } else { nearness(first, *c) };
                    html! {
                        <li class="sp-closeness__row" data-mine={mine.then_some("true")}>
                            <span class="sp-closeness__name">
                                { glyph(c.outcome) }
                                { c.outcome.name() }
                            </span>
                            { bar(share, mine) }
                            <span class="sp-closeness__words">{ words }</span>
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}
