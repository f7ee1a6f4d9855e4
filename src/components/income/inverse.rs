//! The inverse: the rate, hours or weeks a target annual income needs, given
//! the selected scenario's other two values.

use yew::prelude::*;

use super::View;
use super::editor::{TextField, text_field};
use crate::browser::dom;
use crate::components::send;
use crate::domain::income::SolveError;
use crate::domain::number::{Cents, Field};
use crate::domain::words::Key;
use crate::state::calculator::CalcAction;

/// Each field the inverse can solve for: its part of the radio's id (which
/// stays the same in every language) and its label.
const CHOICES: [(Field, &str, Key); 3] = [
    (Field::Rate, "Rate", Key::IncomeSolveRate),
    (Field::Hours, "Hours", Key::IncomeSolveHours),
    (Field::Weeks, "Weeks", Key::IncomeSolveWeeks),
];

/// The "reach a target" block.
pub fn inverse(view: &View) -> Html {
    let (calc, money, words) = (view.calc, view.money, view.words);
    let scenario = calc.selected();
    let values = scenario.values();
    let base = format!("{}-target", view.id);
    let radios = CHOICES.iter().map(|&(field, part, label)| {
        let id = format!("{base}-{part}");
        let onchange = send(calc, move |_: Event| CalcAction::SolveFor(field));
        html! {
            <label class="sp-radio" for={id.clone()}>
                <input type="radio" {id} name={format!("{base}-for")} checked={calc.solve_for == field} {onchange} />
                { words.get(label) }
            </label>
        }
    }).collect::<Html>();

    let target = money.money(calc.target.value);
    let rate = money.money(Cents(values.rate.get()));
    let hours = money.quantity(values.hours);
    let weeks = money.quantity(values.weeks);
    let answer = match calc.solution() {
        Ok(solved) => {
            let need = solved.ceil_hundredths();
            // What the target needs, and the two values it was solved with.
            let (rate, hours, weeks) = (("rate", &*rate), ("hours", &*hours), ("weeks", &*weeks));
            let (short, with) = match calc.solve_for {
                Field::Rate => (
                    words.fill(
                        Key::IncomeNeedRate,
                        &[("rate", &money.money(Cents(need.get())))],
                    ),
                    words.fill(Key::IncomeWithHoursWeeks, &[hours, weeks]),
                ),
                Field::Hours => (
                    words.fill(Key::IncomeNeedHours, &[("hours", &money.quantity(need))]),
                    words.fill(Key::IncomeWithRateWeeks, &[rate, weeks]),
                ),
                Field::Weeks => (
                    words.fill(Key::IncomeNeedWeeks, &[("weeks", &money.quantity(need))]),
                    words.fill(Key::IncomeWithRateHours, &[rate, hours]),
                ),
            };
            let apply = send(calc, |_: MouseEvent| CalcAction::UseSolution);
            html! {
                <>
                    <p class="sp-answer">{ words.fill(Key::IncomeAnswer, &[("target", &target), ("with", &with), ("need", &short)]) }</p>
                    <button type="button" class="sp-button" part="secondary-button" onclick={apply}>
                        { words.fill(Key::IncomeUseAnswer, &[("need", &short), ("name", &scenario.name.value)]) }
                    </button>
                </>
            }
        }
        Err(SolveError::NoTarget) => {
            html! { <p class="sp-muted">{ words.get(Key::IncomeInversePrompt) }</p> }
        }
        Err(e) => html! { <p class="sp-answer sp-answer--no">{ e.say(words) }</p> },
    };

    html! {
        <fieldset class="sp-fieldset sp-inverse">
            <legend class="sp-subtitle">{ words.get(Key::IncomeInverseLegend) }</legend>
            <div class="sp-fields">
                { text_field(TextField {
                    id: base.clone(),
                    label: words.get(Key::IncomeTargetLabel),
                    hint: html! { words.fill(Key::IncomeTargetHint, &[("currency", &money.currency.code()), ("name", &scenario.name.value)]) },
                    oninput: send(calc, |e: InputEvent| CalcAction::Target(dom::input_text(&e))),
                    ..TextField::showing(&calc.target, words)
                }) }
                <fieldset class="sp-fieldset sp-solve-for">
                    <legend class="sp-label">{ words.get(Key::IncomeSolveFor) }</legend>
                    <div class="sp-radios">{ radios }</div>
                </fieldset>
            </div>
            <div role="status">{ answer }</div>
        </fieldset>
    }
}
