//! The scenarios side by side: a radio group of cards, each with its formula,
//! its annual income and how it compares with the selected one (in neutral
//! ink: a lower figure is not an error). Where the widget is wide, the cards
//! line up as the rows of a comparison table.

use yew::prelude::*;

use super::{View, around};
use crate::components::send;
use crate::domain::words::Key;
use crate::state::calculator::CalcAction;

/// One card per scenario; choosing a card selects that scenario for the
/// editor, the inverse and the profile.
pub fn scenario_list(view: &View) -> Html {
    let (calc, words) = (view.calc, view.words);
    let selected = calc.selected();
    let (before, after) = around(words, Key::IncomeAmountAYear, "amount");
    let base = selected.income().annual;
    let group = format!("{}-scenario", view.id);
    let cards = calc.scenarios().iter().map(|s| {
        let id = format!("{group}-{}", s.id);
        let annual = s.income().annual;
        let is_selected = s.id == selected.id;
        let compare = if is_selected {
            html! { <span class="sp-scenario__diff">{ words.get(Key::IncomeCompareSelected) }</span> }
        } else if annual == base {
            html! { <span class="sp-scenario__diff">{ words.fill(Key::IncomeCompareSame, &[("name", &selected.name.value)]) }</span> }
        } else {
            html! { <span class="sp-scenario__diff">{ words.fill(Key::IncomeCompareDifference, &[("difference", &view.money.difference(base, annual)), ("name", &selected.name.value)]) }</span> }
        };
        let sid = s.id;
        let onchange = send(calc, move |_: Event| CalcAction::Select(sid));
        html! {
            <label key={s.id} for={id.clone()}
                class="sp-scenario">
                <input type="radio" id={id.clone()} name={group.clone()} checked={is_selected} {onchange}
                    aria-labelledby={format!("{id}-name")} aria-describedby={format!("{id}-figures")} />
                <span class="sp-scenario__name" id={format!("{id}-name")}>{ &s.name.value }</span>
                <span class="sp-scenario__figures" id={format!("{id}-figures")}>
                    <span class="sp-scenario__formula">{ view.formula(s.values()) }</span>
                    <span class="sp-scenario__annual">{ before }<bdi>{ view.money.money(annual) }</bdi><span class="sp-scenario__unit">{ after }</span></span>
                    { compare }
                </span>
            </label>
        }
    });
    html! {
        <fieldset class="sp-fieldset sp-compare">
            <legend class="sp-subtitle">{ words.get(Key::IncomeCompareLegend) }</legend>
            <div class="sp-scenarios">
                <div class="sp-scenarios__head" aria-hidden="true">
                    <span>{ words.get(Key::IncomeCompareHeadScenario) }</span><span>{ words.get(Key::IncomeCompareHeadFormula) }</span>
                    <span>{ words.get(Key::IncomeCompareHeadYear) }</span><span>{ words.get(Key::IncomeCompareHeadCompared) }</span>
                </div>
                { for cards }
            </div>
        </fieldset>
    }
}
