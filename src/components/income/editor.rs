//! The selected scenario's fields, its figures, presets and scenario actions.

use yew::prelude::*;

use super::View;
use crate::browser::dom;
use crate::components::send;
use crate::domain::income::{
    BANDS, Band, BandPosition, MAX_NAME, MAX_SCENARIOS, NameError, PRESETS, Values, band_position,
};
use crate::domain::number::{Currency, Field, InputError, MAX_HOURS, MAX_RATE, MAX_WEEKS};
use crate::domain::words::{Key, Lang, Words};
use crate::state::calculator::CalcAction;
use crate::state::entry::Entry;

/// A field's refusal, as the reader reads it.
pub trait Say {
    /// The message in `words`' language.
    fn say(&self, words: &Words) -> String;
}

impl Say for InputError {
    fn say(&self, words: &Words) -> String {
        InputError::say(self, words)
    }
}

impl Say for NameError {
    fn say(&self, words: &Words) -> String {
        NameError::say(self, words)
    }
}

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
    /// A field showing `entry`'s text and its message in `words`' language;
    /// the rest is filled in with struct update syntax.
    pub fn showing<T, E: Say>(entry: &'a Entry<T, E>, words: &Words) -> Self {
        TextField {
            id: String::new(),
            label: "",
            hint: Html::default(),
            text: &entry.text,
            error: entry.error.as_ref().map(|e| e.say(words)),
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
            <input {id} class="sp-input" part="field" type="text" value={text.to_owned()} {oninput}
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
    let (usd, words) = (view.money.currency == Currency::USD, view.words);
    let [all, generalists, specialists] = BANDS;
    let range = |band: Band| {
        words.fill(
            Key::IncomeBandRange,
            &[
                ("min", &band.min.to_string()),
                ("max", &band.max.to_string()),
            ],
        )
    };
    let bands = words.fill(
        Key::IncomeBands,
        &[
            ("overall", &range(all)),
            ("generalists", &range(generalists)),
            ("specialists", &range(specialists)),
        ],
    );
    let advice = match (usd, rate_position) {
        (false, _) | (true, BandPosition::Within) => None,
        (true, BandPosition::Below) => Some(words.get(Key::IncomeBandBelow)),
        (true, BandPosition::Above) => Some(words.get(Key::IncomeBandAbove)),
    };
    let remark = advice.map(|text| html! { <span class="sp-band-note">{ " " }{ text }</span> });
    html! { <>{ bands }{ remark }</> }
}

/// The editor for the selected scenario.
pub fn editor(view: &View) -> Html {
    let (calc, words) = (view.calc, view.words);
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
        .map(|p| {
            let name = words.fill(
                Key::IncomePreset,
                &[
                    ("name", words.get(p.name)),
                    ("formula", &view.formula(p.values())),
                ],
            );
            (name, p.values())
        })
        .collect();
    if let Some((outcome, values)) = view.preset {
        presets.push((
            words.fill(
                Key::IncomePresetResult,
                &[
                    (
                        "outcome",
                        crate::components::guide::outcome_name(outcome, words),
                    ),
                    ("formula", &view.formula(values)),
                ],
            ),
            values,
        ));
    }
    let currency = money.currency.code();
    html! {
        <fieldset class="sp-fieldset sp-editor">
            <legend class="sp-subtitle">{ words.fill(Key::IncomeEditLegend, &[("name", &scenario.name.value)]) }</legend>
            <div class="sp-presets" role="group" aria-label={words.get(Key::IncomePresetsLabel).to_owned()}>
                <span class="sp-small sp-muted" aria-hidden="true">{ words.get(Key::IncomePresetsLead) }</span>
                { for presets.into_iter().map(|(name, values)| html! {
                    <button type="button" class="sp-chip" onclick={fill(values)}>{ name }</button>
                }) }
            </div>
            <div class="sp-fields">
                { text_field(TextField {
                    id: format!("{base}-rate"),
                    label: words.get(Key::IncomeRateLabel),
                    hint: html! { <>
                        { format!("{} ", words.fill(Key::IncomeRateHint, &[("currency", &currency), ("max", &words.number(MAX_RATE))])) }
                        { band_hint(view, band_position(scenario.rate.value)) }
                    </> },
                    oninput: edit(Field::Rate),
                    ..TextField::showing(&scenario.rate, words)
                }) }
                { text_field(TextField {
                    id: format!("{base}-hours"),
                    label: words.get(Key::IncomeHoursLabel),
                    hint: html! { words.fill(Key::IncomeHoursHint, &[("max", &MAX_HOURS.to_string())]) },
                    oninput: edit(Field::Hours),
                    ..TextField::showing(&scenario.hours, words)
                }) }
                { text_field(TextField {
                    id: format!("{base}-weeks"),
                    label: words.get(Key::IncomeWeeksLabel),
                    hint: html! { words.fill(Key::IncomeWeeksHint, &[("max", &MAX_WEEKS.to_string())]) },
                    oninput: edit(Field::Weeks),
                    ..TextField::showing(&scenario.weeks, words)
                }) }
                { text_field(TextField {
                    id: format!("{base}-name"),
                    label: words.get(Key::IncomeNameLabel),
                    hint: html! { words.count(Key::IncomeNameHint, MAX_NAME as u64, &MAX_NAME.to_string(), &[]) },
                    numeric: false,
                    oninput: send(calc, move |e: InputEvent| CalcAction::Rename { id: sid, text: dom::input_text(&e) }),
                    ..TextField::showing(&scenario.name, words)
                }) }
            </div>
        </fieldset>
    }
}

/// Add, duplicate and remove scenarios, under the comparison.
pub fn scenario_actions(view: &View) -> Html {
    let (calc, words) = (view.calc, view.words);
    let sid = calc.selected().id;
    let act = |action: CalcAction| send(calc, move |_: MouseEvent| action.clone());
    let add_values = view.preset.map_or(calc.selected().values(), |(_, v)| v);
    html! {
        <>
            <div class="sp-actions">
                <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={act(CalcAction::Add(add_values))}
                    disabled={!calc.can_add()}>{ words.get(Key::IncomeAdd) }</button>
                <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={act(CalcAction::Duplicate(sid))}
                    disabled={!calc.can_add()}>{ words.get(Key::IncomeDuplicate) }</button>
                <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={act(CalcAction::Remove(sid))}
                    disabled={!calc.can_remove()}>{ words.get(Key::IncomeRemove) }</button>
            </div>
            if !calc.can_add() {
                <p class="sp-small sp-muted">{ most_scenarios(words) }</p>
            }
        </>
    }
}

/// "Six scenarios is the most; …": English spells the count out at the start
/// of the sentence; other languages get the digits in the message's `{n}`.
fn most_scenarios(words: &Words) -> String {
    let written = if words.lang() == Lang::En {
        count_word(MAX_SCENARIOS).to_owned()
    } else {
        MAX_SCENARIOS.to_string()
    };
    words.count(
        Key::IncomeScenariosFull,
        MAX_SCENARIOS as u64,
        &written,
        &[],
    )
}

// The spelled-out count exists, checked when the widget is built.
const _: &str = count_word(MAX_SCENARIOS);

/// A count up to ten as an English word, capitalised, for the start of a
/// sentence (a larger count fails the build).
const fn count_word(n: usize) -> &'static str {
    const WORDS: [&str; 11] = [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    WORDS[n]
}
