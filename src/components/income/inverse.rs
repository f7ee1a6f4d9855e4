//! The inverse: the rate, hours or weeks a target annual income needs, given
//! the selected scenario's other two values.

use yew::prelude::*;

use super::View;
use super::editor::{TextField, text_field};
use crate::browser::dom;
use crate::components::send;
use crate::domain::income::SolveError;
use crate::domain::number::{Cents, Field};
use crate::state::calculator::CalcAction;

const CHOICES: [(Field, &str); 3] = [
    (Field::Rate, "Rate"),
    (Field::Hours, "Hours"),
    (Field::Weeks, "Weeks"),
];

/// The "reach a target" block.
pub fn inverse(view: &View) -> Html {
    let calc = view.calc;
    let money = view.money;
    let scenario = calc.selected();
    let values = scenario.values();
    let base = format!("{}-target", view.id);
    let radios = CHOICES.iter().map(|&(field, label)| {
        let id = format!("{base}-{label}");
        let onchange = send(calc, move |_: Event| CalcAction::SolveFor(field));
        html! {
            <label class="sp-radio" for={id.clone()}>
                <input type="radio" {id} name={format!("{base}-for")} checked={calc.solve_for == field} {onchange} />
                { label }
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
            let (short, with) = match calc.solve_for {
                Field::Rate => (
                    format!("{} an hour", money.money(Cents(need.get()))),
                    format!("{hours} hours a week for {weeks} weeks"),
                ),
                Field::Hours => (
                    format!("{} hours a week", money.quantity(need)),
                    format!("{rate} an hour for {weeks} weeks"),
                ),
                Field::Weeks => (
                    format!("{} working weeks", money.quantity(need)),
                    format!("{rate} an hour and {hours} hours a week"),
                ),
            };
            let apply = send(calc, |_: MouseEvent| CalcAction::UseSolution);
            html! {
                <>
                    <p class="sp-answer">{ format!("To reach {target} a year at {with}, you need at least {short}.") }</p>
                    <button type="button" class="sp-button" onclick={apply}>
                        { format!("Use {short} in “{}”", scenario.name.value) }
                    </button>
                </>
            }
        }
        Err(SolveError::NoTarget) => {
            html! { <p class="sp-muted">{ "Type the income you would like a year to bring, and see the rate, hours or weeks it takes." }</p> }
        }
        Err(e) => html! { <p class="sp-answer sp-answer--no">{ e.to_string() }</p> },
    };

    html! {
        <fieldset class="sp-fieldset sp-inverse">
            <legend class="sp-subtitle">{ "What would it take?" }</legend>
            <div class="sp-fields">
                { text_field(TextField {
                    id: base.clone(),
                    label: "Target annual income",
                    hint: html! { format!("In {}, for “{}”.", money.currency.code(), scenario.name.value) },
                    oninput: send(calc, |e: InputEvent| CalcAction::Target(dom::input_text(&e))),
                    ..TextField::showing(&calc.target)
                }) }
                <fieldset class="sp-fieldset sp-solve-for">
                    <legend class="sp-label">{ "Solve for" }</legend>
                    <div class="sp-radios">{ radios }</div>
                </fieldset>
            </div>
            <div role="status">{ answer }</div>
        </fieldset>
    }
}
