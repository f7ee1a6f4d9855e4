//! The selected scenario's fields, its figures, presets and scenario actions.

use yew::prelude::*;

use super::View;
use crate::browser::dom;
use crate::domain::calculator::{CalcAction, Entry, Values};
use crate::domain::income::{BANDS, BandPosition, Field, PRESETS, band_position};
use crate::domain::money::Currency;

/// A labelled text field with its hint and, when the text was not accepted,
/// its message; both are tied to the input with `aria-describedby`.
pub fn text_field(
    id: &str,
    label: &str,
    hint: Html,
    (text, error): (&str, Option<String>),
    numeric: bool,
    oninput: Callback<InputEvent>,
) -> Html {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if error.is_some() {
        format!("{error_id} {hint_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class="sp-field">
            <label class="sp-label" for={id.to_owned()}>{ label }</label>
            <input id={id.to_owned()} class="sp-input" type="text" value={text.to_owned()} {oninput}
                inputmode={numeric.then_some("decimal")} autocomplete="off" spellcheck="false"
                aria-invalid={error.is_some().then_some("true")} aria-describedby={described} />
            if let Some(message) = error {
                <p class="sp-error" id={error_id}>{ message }</p>
            }
            <p class="sp-small sp-muted" id={hint_id}>{ hint }</p>
        </div>
    }
}

/// What a field shows: its text and, if it was not accepted, why.
pub fn shown<T, E: ToString>(entry: &Entry<T, E>) -> (&str, Option<String>) {
    (&entry.text, entry.error.as_ref().map(ToString::to_string))
}

fn band_hint(view: &View, rate_position: BandPosition) -> Html {
    let usd = view.money.currency == Currency::USD;
    let [all, generalists, specialists] = BANDS;
    let bands = format!(
        "Rates the sources report, in US dollars an hour: {}–{} overall; generalists about {}–{}, specialists about {}–{}.",
        all.min, all.max, generalists.min, generalists.max, specialists.min, specialists.max
    );
    let advice = match (usd, rate_position) {
        (false, _) | (true, BandPosition::Within) => None,
        (true, BandPosition::Below) => Some(
            "This rate is below those bands. That can be right for a first project or another market; \
             it is worth checking against what similar work pays.",
        ),
        (true, BandPosition::Above) => Some(
            "This rate is above those bands. Rates like it usually rest on visible proof: \
             credentials, audits or published work.",
        ),
    };
    let remark = advice.map(|text| html! { <span class="sp-band-note">{ " " }{ text }</span> });
    html! { <>{ bands }{ remark }</> }
}

/// The editor for the selected scenario.
pub fn editor(view: &View) -> Html {
    let calc = view.calc;
    let scenario = calc.selected();
    let sid = scenario.id;
    let money = view.money;
    let base = format!("{}-edit", view.id);
    let dispatch = calc.dispatcher();

    let edit = |field: Field| {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            dispatch.dispatch(CalcAction::Edit {
                id: sid,
                field,
                text: dom::input_text(&e),
            });
        })
    };
    let rename = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            dispatch.dispatch(CalcAction::Rename {
                id: sid,
                text: dom::input_text(&e),
            });
        })
    };
    let act = |action: CalcAction| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let fill = |values: Values| act(CalcAction::Fill { id: sid, values });

    let mut presets: Vec<(String, Values)> = PRESETS
        .iter()
        .map(|p| (p.name.to_owned(), p.values()))
        .collect();
    if let Some((outcome, values)) = view.preset {
        presets.push((
            format!("Your result: {} ({})", outcome.name(), view.formula(values)),
            values,
        ));
    }
    let add_values = view.preset.map_or(scenario.values(), |(_, v)| v);

    let income = scenario.income();
    let stale = scenario.has_errors();
    let currency = money.currency.code();
    html! {
        <fieldset class="sp-fieldset sp-editor">
            <legend class="sp-subtitle">{ format!("Edit “{}”", scenario.name.value) }</legend>
            <div class="sp-presets" role="group" aria-label="Fill with a preset">
                <span class="sp-small sp-muted" aria-hidden="true">{ "Fill with:" }</span>
                { for presets.into_iter().map(|(name, values)| html! {
                    <button type="button" class="sp-chip" onclick={fill(values)}>{ name }</button>
                }) }
            </div>
            <div class="sp-fields">
                { text_field(&format!("{base}-name"), "Scenario name", html! { "Up to 40 characters." },
                    shown(&scenario.name), false, rename) }
                { text_field(&format!("{base}-rate"), "Hourly rate",
                    html! { <>{ format!("In {currency} per hour, up to 100,000. ") }{ band_hint(view, band_position(scenario.rate.value)) }</> },
                    shown(&scenario.rate), true, edit(Field::Rate)) }
                { text_field(&format!("{base}-hours"), "Hours per week",
                    html! { "Between 0 and 168." }, shown(&scenario.hours), true, edit(Field::Hours)) }
                { text_field(&format!("{base}-weeks"), "Weeks per year",
                    html! { "Working weeks, between 0 and 52." }, shown(&scenario.weeks), true, edit(Field::Weeks)) }
            </div>
            <div class="sp-figures" role="status">
                <p class="sp-figures__annual">
                    <span class="sp-small sp-muted">{ "Annual income" }</span>
                    <strong>{ money.money(income.annual) }</strong>
                </p>
                <p><span class="sp-small sp-muted">{ "Weekly" }</span>{ money.money(income.weekly) }</p>
                <p><span class="sp-small sp-muted">{ "Monthly" }</span>{ money.money(income.monthly) }</p>
                if stale {
                    <p class="sp-figures__stale">{ "Showing the last valid figures until the marked field is fixed." }</p>
                }
            </div>
            <div class="sp-actions">
                <button type="button" class="sp-button" onclick={act(CalcAction::Add(add_values))}
                    disabled={!calc.can_add()}>{ "Add scenario" }</button>
                <button type="button" class="sp-button" onclick={act(CalcAction::Duplicate(sid))}
                    disabled={!calc.can_add()}>{ "Duplicate" }</button>
                <button type="button" class="sp-button" onclick={act(CalcAction::Remove(sid))}
                    disabled={!calc.can_remove()}>{ "Remove" }</button>
            </div>
            if !calc.can_add() {
                <p class="sp-small sp-muted">{ "Six scenarios is the most; remove one to add another." }</p>
            }
        </fieldset>
    }
}
