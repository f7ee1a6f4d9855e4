//! The selected scenario's fields, its figures, presets and scenario actions.

use const_format::formatcp;
use yew::prelude::*;

use super::View;
use crate::browser::dom;
use crate::components::send;
use crate::domain::income::{
    BANDS, BandPosition, MAX_NAME, MAX_SCENARIOS, PRESETS, Values, band_position,
};
use crate::domain::number::{Currency, Field, MAX_HOURS, MAX_RATE, MAX_WEEKS, grouped};
use crate::state::calculator::CalcAction;
use crate::state::entry::Entry;

/// A labelled text field with its hint and, when the text was not accepted,
/// its message; both are tied to the input with `aria-describedby`.
pub struct TextField<'a> {
    /// The input's id; the hint's and message's ids are built from it.
    pub id: String,
    pub label: &'a str,
    /// Always shown under the input.
    pub hint: Html,
    /// Exactly what the reader typed.
    pub text: &'a str,
    /// Why the text was not accepted, if it was not.
    pub error: Option<String>,
    /// Whether phones should offer a keypad for decimals.
    pub numeric: bool,
    /// Hears every keystroke.
    pub oninput: Callback<InputEvent>,
}

impl<'a> TextField<'a> {
    /// A field showing `entry`'s text and message; the rest is filled in with
    /// struct update syntax.
    pub fn showing<T, E: ToString>(entry: &'a Entry<T, E>) -> Self {
        TextField {
            id: String::new(),
            label: "",
            hint: Html::default(),
            text: &entry.text,
            error: entry.error.as_ref().map(ToString::to_string),
            numeric: true,
            oninput: Callback::noop(),
        }
    }
}

/// Renders a [`TextField`].
pub fn text_field(field: TextField<'_>) -> Html {
    let TextField {
        id,
        label,
        hint,
        text,
        error,
        numeric,
        oninput,
    } = field;
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if error.is_some() {
        format!("{error_id} {hint_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class="sp-field">
            <label class="sp-label" for={id.clone()}>{ label }</label>
            <input {id} class="sp-input" type="text" value={text.to_owned()} {oninput}
                inputmode={numeric.then_some("decimal")} autocomplete="off" spellcheck="false"
                aria-invalid={error.is_some().then_some("true")} aria-describedby={described} />
            if let Some(message) = error {
                <p class="sp-error" id={error_id}>{ message }</p>
            }
            <p class="sp-small sp-muted" id={hint_id}>{ hint }</p>
        </div>
    }
}

fn band_hint(view: &View, rate_position: BandPosition) -> Html {
    let usd = view.money.currency == Currency::USD;
    let [all, generalists, specialists] = BANDS;
    let bands = format!(
        "Rates Rex.zone reports, in US dollars an hour: {}–{} overall; generalists about {}–{}, specialists about {}–{}.",
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
    let edit = |field: Field| {
        send(calc, move |e: InputEvent| CalcAction::Edit {
            id: sid,
            field,
            text: dom::input_text(&e),
        })
    };
    let act = |action: CalcAction| send(calc, move |_: MouseEvent| action.clone());
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
                { text_field(TextField {
                    id: format!("{base}-rate"),
                    label: "Hourly rate",
                    hint: html! { <>
                        { format!("In {currency} per hour, up to {}. ", grouped(MAX_RATE)) }
                        { band_hint(view, band_position(scenario.rate.value)) }
                    </> },
                    oninput: edit(Field::Rate),
                    ..TextField::showing(&scenario.rate)
                }) }
                { text_field(TextField {
                    id: format!("{base}-hours"),
                    label: "Hours per week",
                    hint: html! { formatcp!("Between 0 and {MAX_HOURS}.") },
                    oninput: edit(Field::Hours),
                    ..TextField::showing(&scenario.hours)
                }) }
                { text_field(TextField {
                    id: format!("{base}-weeks"),
                    label: "Weeks per year",
                    hint: html! { formatcp!("Working weeks, between 0 and {MAX_WEEKS}.") },
                    oninput: edit(Field::Weeks),
                    ..TextField::showing(&scenario.weeks)
                }) }
                { text_field(TextField {
                    id: format!("{base}-name"),
                    label: "Scenario name",
                    hint: html! { formatcp!("Up to {MAX_NAME} characters.") },
                    numeric: false,
                    oninput: send(calc, move |e: InputEvent| CalcAction::Rename { id: sid, text: dom::input_text(&e) }),
                    ..TextField::showing(&scenario.name)
                }) }
            </div>
        </fieldset>
    }
}

/// Add, duplicate and remove scenarios, under the comparison.
pub fn scenario_actions(view: &View) -> Html {
    let calc = view.calc;
    let sid = calc.selected().id;
    let act = |action: CalcAction| send(calc, move |_: MouseEvent| action.clone());
    let add_values = view.preset.map_or(calc.selected().values(), |(_, v)| v);
    html! {
        <>
            <div class="sp-actions">
                <button type="button" class="sp-button sp-button--quiet" onclick={act(CalcAction::Add(add_values))}
                    disabled={!calc.can_add()}>{ "Add scenario" }</button>
                <button type="button" class="sp-button sp-button--quiet" onclick={act(CalcAction::Duplicate(sid))}
                    disabled={!calc.can_add()}>{ "Duplicate" }</button>
                <button type="button" class="sp-button sp-button--quiet" onclick={act(CalcAction::Remove(sid))}
                    disabled={!calc.can_remove()}>{ "Remove" }</button>
            </div>
            if !calc.can_add() {
                <p class="sp-small sp-muted">{ formatcp!("{} scenarios is the most; remove one to add another.", count_word(MAX_SCENARIOS)) }</p>
            }
        </>
    }
}

/// A count up to ten as a word, capitalised, for the start of a sentence
/// (a larger count fails the build).
const fn count_word(n: usize) -> &'static str {
    const WORDS: [&str; 11] = [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    WORDS[n]
}
