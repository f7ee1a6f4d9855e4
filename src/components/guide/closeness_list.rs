//! How close the reader is to each of the five outcomes.

use yew::prelude::*;

use super::shapes::glyph;
use crate::components::bar::bar;
use crate::domain::guide::GuideResult;

/// A bar and a percentage per outcome, closest first.
pub fn closeness_list(result: &GuideResult) -> Html {
    html! {
        <ul class="sp-closeness">
                { for result.ranked().iter().map(|c| {
                    let mine = c.outcome == result.outcome;
                    html! {
                        <li class="sp-closeness__row" data-mine={mine.then_some("true")}>
                            <span class="sp-closeness__name">
                                { glyph(c.outcome) }
                                { c.outcome.name() }
                                if mine { <span class="sp-tag">{ "your result" }</span> }
                            </span>
                            { bar(c.percent, mine) }
                            <span class="sp-closeness__pct">{ format!("{} %", c.percent) }</span>
                        </li>
                    }
                }) }
        </ul>
    }
}
