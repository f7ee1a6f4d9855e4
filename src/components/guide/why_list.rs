//! Why this result: which answers moved which dimension.

use yew::prelude::*;

use super::marked;
use crate::components::bar::bar;
use crate::domain::guide::{Guide, GuideResult, Reason};
use crate::domain::words::{Key, Words};

fn signed(points: i8) -> String {
    if points > 0 {
        format!("+{points}")
    } else {
        format!("−{}", points.unsigned_abs())
    }
}

fn answer(guide: &Guide, r: &Reason, words: &Words) -> Html {
    let q = &guide.questions()[r.question];
    html! {
        <span>{ marked(words.get(Key::GuideAnswer), &[
            ("topic", html! { <strong>{ &*q.topic }</strong> }),
            ("answer", html! { { &*q.choices[r.choice].label } }),
        ]) }</span>
    }
}

fn dimension(
    guide: &Guide,
    result: &GuideResult,
    words: &Words,
    name: Key,
    score: u8,
    pick: fn(&Reason) -> i8,
) -> Html {
    // Answers in question order, each with the points it added or took away.
    let items = result.reasons.iter().filter(|r| pick(r) != 0).map(|r| {
        let points = pick(r);
        let dir = if points > 0 { "up" } else { "down" };
        html! { <li><span class="sp-delta" data-dir={dir}>{ signed(points) }</span>{ answer(guide, r, words) }</li> }
    });
    html! {
        <div class="sp-why__dim">
            <p class="sp-why__head">
                <span>{ words.get(name) }</span>
                <span class="sp-why__score">{ words.fill(Key::GuideWhyScore, &[("score", &score.to_string())]) }</span>
            </p>
            { bar(score, true) }
            <ul class="sp-why__list">{ for items }</ul>
        </div>
    }
}

/// Breadth, depth, depth across fields and deep fields, each with the answers behind it.
pub fn why_list(guide: &Guide, result: &GuideResult, words: &Words) -> Html {
    let d = result.dimensions;
    let pillars = if d.pillars >= 3 {
        words.fill(Key::GuideWhyPillarsOrMore, &[("n", "3")])
    } else {
        d.pillars.to_string()
    };
    html! {
        <section class="sp-block">
            <h3 part="heading">{ words.get(Key::GuideWhyTitle) }</h3>
            <p class="sp-muted">{ words.get(Key::GuideWhyIntro) }</p>
            <div class="sp-why">
                { dimension(guide, result, words, Key::GuideWhyBreadth, d.breadth, |r| r.breadth) }
                { dimension(guide, result, words, Key::GuideWhyDepth, d.depth, |r| r.depth) }
                { dimension(guide, result, words, Key::GuideWhyFields, d.fields, |r| r.fields) }
                <div class="sp-why__dim">
                    <p class="sp-why__head">
                        <span>{ words.get(Key::GuideWhyPillars) }</span>
                        <span class="sp-why__score">{ pillars }</span>
                    </p>
                    { for result.reasons.iter().filter(|r| r.pillars.is_some()).map(|r| html! {
                        <p class="sp-muted">{ answer(guide, r, words) }</p>
                    }) }
                </div>
            </div>
        </section>
    }
}
