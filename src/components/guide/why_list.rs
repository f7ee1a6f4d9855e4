//! Why this result: which answers moved which dimension.

use yew::prelude::*;

use crate::components::bar::bar;
use crate::domain::guide::{Guide, GuideResult, Reason};

fn signed(points: i8) -> String {
    if points > 0 {
        format!("+{points}")
    } else {
        format!("−{}", points.unsigned_abs())
    }
}

fn answer(guide: &Guide, r: &Reason) -> Html {
    let q = &guide.questions()[r.question];
    html! { <span><strong>{ &*q.topic }</strong>{ ": " }{ &*q.choices[r.choice].label }</span> }
}

fn dimension(
    guide: &Guide,
    result: &GuideResult,
    name: &str,
    score: u8,
    pick: fn(&Reason) -> i8,
) -> Html {
    // Answers in question order, each with the points it added or took away.
    let items = result.reasons.iter().filter(|r| pick(r) != 0).map(|r| {
        let points = pick(r);
        let dir = if points > 0 { "up" } else { "down" };
        html! { <li><span class="sp-delta" data-dir={dir}>{ signed(points) }</span>{ answer(guide, r) }</li> }
    });
    html! {
        <div class="sp-why__dim">
            <p class="sp-why__head">
                <span>{ name }</span>
                <span class="sp-why__score">{ format!("{score} / 100") }</span>
            </p>
            { bar(score, true) }
            <ul class="sp-why__list">{ for items }</ul>
        </div>
    }
}

/// Breadth, depth, depth across fields and deep fields, each with the answers behind it.
pub fn why_list(guide: &Guide, result: &GuideResult) -> Html {
    let d = result.dimensions;
    let pillars = if d.pillars >= 3 {
        "3 or more".to_owned()
    } else {
        d.pillars.to_string()
    };
    html! {
        <section class="sp-block">
            <h3>{ "Why this result" }</h3>
            <p class="sp-muted">{ "Each answer adds points to breadth, depth or depth across fields, and each total is shown from 0, the lowest the guide allows, to 100, the highest; the number of fields you know deeply sets the pillars. The result is the shape nearest to that mix." }</p>
            <div class="sp-why">
                { dimension(guide, result, "Breadth", d.breadth, |r| r.breadth) }
                { dimension(guide, result, "Depth", d.depth, |r| r.depth) }
                { dimension(guide, result, "Depth across fields", d.fields, |r| r.fields) }
                <div class="sp-why__dim">
                    <p class="sp-why__head">
                        <span>{ "Deep fields (pillars)" }</span>
                        <span class="sp-why__score">{ pillars }</span>
                    </p>
                    { for result.reasons.iter().filter(|r| r.pillars.is_some()).map(|r| html! {
                        <p class="sp-muted">{ answer(guide, r) }</p>
                    }) }
                </div>
            </div>
        </section>
    }
}
