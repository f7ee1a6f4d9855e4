//! The profile's own fields: the headline, the four tag lists and availability.

use yew::prelude::*;

use super::ProfileView;
use crate::browser::dom;
use crate::components::{send, send_some};
use crate::domain::profile::{
    ListKind, MAX_HEADLINE, MAX_ITEM, MAX_ITEMS, MAX_TIMEZONE, Rule, SUGGESTED_DOMAINS,
};
use crate::domain::words::{Key, Words};
use crate::state::profile::FormAction;

/// A field's message, tied to its input by `aria-describedby`.
pub fn message(id: &str, text: Option<String>) -> Html {
    match text {
        Some(text) => html! { <p class="sp-error" id={id.to_owned()}>{ text }</p> },
        None => Html::default(),
    }
}

/// A broken rule as a sentence about `subject`: "The headline needs some text."
pub fn sentence(words: &Words, subject: &str, rule: Rule) -> String {
    match rule {
        Rule::TooMany(n) => words.count(
            Key::ProfileRuleCanHold,
            n as u64,
            &n.to_string(),
            &[("field", subject)],
        ),
        rule => rule.say(words, subject),
    }
}

/// The field a problem's path names, in the words the form uses
/// ("The link of work sample 1"), never the path itself.
pub fn field_name(words: &Words, path: &str) -> String {
    if let Some(rest) = path.strip_prefix("work_samples[") {
        let (n, field) = rest.split_once(']').unwrap_or((rest, ""));
        let n = n.parse::<usize>().map_or(0, |n| n + 1).to_string();
        let key = match field.trim_start_matches('.') {
            "" => Key::ProfileFieldSample,
            "type" => Key::ProfileFieldSampleType,
            "link" => Key::ProfileFieldSampleLink,
            _ => Key::ProfileFieldSampleTitle,
        };
        return words.fill(key, &[("n", &n)]);
    }
    let list = ListKind::ALL
        .into_iter()
        .find(|k| path.split('[').next() == Some(k.key()));
    let key = match (path, list) {
        (_, Some(kind)) if path.contains('[') => {
            return words.fill(
                Key::ProfileFieldListItem,
                &[("list", words.get(kind.label_key()))],
            );
        }
        (_, Some(kind)) => kind.label_key(),
        ("headline", _) => Key::ProfileFieldHeadline,
        ("availability.hours_per_week", _) => Key::ProfileFieldHours,
        ("availability.timezone", _) => Key::ProfileFieldTimezone,
        ("work_samples", _) => Key::ProfileFieldSamples,
        _ => Key::ProfileFieldOther,
    };
    words.get(key).to_owned()
}

/// The counted message `key` for `n` (a limit: "Up to 120 characters.").
pub fn counted(words: &Words, key: Key, n: usize) -> String {
    words.count(key, n as u64, &n.to_string(), &[])
}

/// The id of the input a problem's path names, to take the reader there
/// from the summary at the top of the form.
pub fn field_id(view: &ProfileView, path: &str) -> String {
    let base = &view.id;
    if let Some(rest) = path.strip_prefix("work_samples[") {
        let (n, field) = rest.split_once(']').unwrap_or((rest, ""));
        let row = n
            .parse::<usize>()
            .ok()
            .and_then(|n| view.form.samples.get(n))
            .map(|(row, _)| *row);
        return match (row, field.trim_start_matches('.')) {
            (Some(row), "link") => format!("{base}-sample-{row}-link"),
            (Some(row), "type") => format!("{base}-sample-{row}-type"),
            (Some(row), _) => format!("{base}-sample-{row}-title"),
            (None, _) => format!("{base}-samples-add"),
        };
    }
    if let Some(kind) = ListKind::ALL
        .into_iter()
        .find(|k| path.split('[').next() == Some(k.key()))
    {
        return format!("{base}-{}", kind.key());
    }
    match path {
        "availability.hours_per_week" => format!("{base}-hours"),
        "availability.timezone" => format!("{base}-timezone"),
        "work_samples" => format!("{base}-samples-add"),
        _ => format!("{base}-headline"),
    }
}

/// Tells the form that the reader left the field at `path` (its problem shows from then on).
pub fn on_leave(view: &ProfileView, path: String) -> Callback<FocusEvent> {
    send(view.form, move |_: FocusEvent| {
        FormAction::Leave(path.clone())
    })
}

/// `aria-describedby` for an input with a hint and maybe an error.
pub fn described(hint: &str, error: &str, has_error: bool) -> String {
    if has_error {
        format!("{error} {hint}")
    } else {
        hint.to_owned()
    }
}

/// One line of text: a label, the input, its problem (if any) and a hint.
pub struct Line<'a> {
    /// The input's id.
    pub id: String,
    pub label: &'a str,
    /// The text as typed.
    pub value: &'a str,
    /// What is wrong with it, as a sentence.
    pub problem: Option<String>,
    /// The hint below it.
    pub hint: String,
    /// What typing does.
    pub oninput: Callback<InputEvent>,
    /// What leaving the field does.
    pub onblur: Callback<FocusEvent>,
}

impl Line<'_> {
    /// The labelled input.
    pub fn view(self) -> Html {
        let hint_id = format!("{}-hint", self.id);
        let error_id = format!("{}-error", self.id);
        let invalid = self.problem.is_some();
        html! {
            <div class="sp-field">
                <label class="sp-label" for={self.id.clone()}>{ self.label }</label>
                <input id={self.id} class="sp-input sp-input--text" part="field" type="text" value={self.value.to_owned()}
                    oninput={self.oninput} onblur={self.onblur} autocomplete="off"
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={described(&hint_id, &error_id, invalid)} />
                { message(&error_id, self.problem) }
                <p class="sp-small sp-muted" id={hint_id}>{ self.hint }</p>
            </div>
        }
    }
}

/// Sends the input's text to the form as `action(text)`.
fn on_text(view: &ProfileView, action: fn(String) -> FormAction) -> Callback<InputEvent> {
    send(view.form, move |e: InputEvent| action(dom::input_text(&e)))
}

/// The problem of the field at `path`, as a sentence, once it shows.
fn shown(view: &ProfileView, path: &str) -> Option<String> {
    view.form
        .problem(path)
        .filter(|_| view.form.shows(path))
        .map(|r| sentence(view.words, &field_name(view.words, path), r))
}

pub fn headline(view: &ProfileView) -> Html {
    let words = view.words;
    Line {
        id: format!("{}-headline", view.id),
        label: words.get(Key::ProfileHeadlineLabel),
        value: &view.form.headline,
        problem: shown(view, "headline"),
        hint: counted(words, Key::ProfileHeadlineHint, MAX_HEADLINE),
        oninput: on_text(view, FormAction::Headline),
        onblur: on_leave(view, "headline".to_owned()),
    }
    .view()
}

/// The four tag lists, with the one hint they share.
pub fn lists(view: &ProfileView) -> Html {
    let hint = format!("{}-tags-hint", view.id);
    let words = view.words;
    let items = counted(words, Key::ProfileCountItems, MAX_ITEMS);
    let chars = counted(words, Key::ProfileCountCharacters, MAX_ITEM);
    html! {
        <div class="sp-tags-block">
            <p class="sp-small sp-muted" id={hint.clone()}>
                { words.fill(Key::ProfileTagsHint, &[("items", &items), ("chars", &chars)]) }
            </p>
            <div class="sp-fields sp-fields--tags">{ for ListKind::ALL.map(|kind| list(view, kind, &hint)) }</div>
        </div>
    }
}

fn list(view: &ProfileView, kind: ListKind, hint_id: &str) -> Html {
    let form = view.form;
    let items = &form.lists[kind.index()];
    let draft = &form.drafts[kind.index()];
    let words = view.words;
    let label = words.get(kind.label_key());
    let id = format!("{}-{}", view.id, kind.key());
    let error_id = format!("{id}-error");
    let oninput = send(form, move |e: InputEvent| {
        FormAction::Draft(kind, dom::input_text(&e))
    });
    let empty = draft.text.is_empty();
    let onkeydown = send_some(form, move |e: KeyboardEvent| {
        let action = match e.key().as_str() {
            "Enter" => FormAction::Commit(kind),
            "Backspace" if empty => FormAction::Pop(kind),
            _ => return None,
        };
        e.prevent_default();
        Some(action)
    });
    let chips = items.iter().enumerate().map(|(n, item)| {
        let onclick = send(form, move |_: MouseEvent| FormAction::Remove(kind, n));
        html! {
            <li class="sp-tagchip">
                <span class="sp-tagchip__text">{ item }</span>
                <button type="button" class="sp-tagchip__remove" {onclick}
                    aria-label={words.fill(Key::ProfileTagRemove, &[("item", item), ("list", label)])}>{ "×" }</button>
            </li>
        }
    });
    let suggestions = if kind == ListKind::Domains {
        let missing = SUGGESTED_DOMAINS
            .iter()
            .map(|d| words.get(*d))
            .filter(|d| !items.iter().any(|i| i.eq_ignore_ascii_case(d)))
            .map(|d| {
                let item = d.to_owned();
                let onclick = send(form, move |_: MouseEvent| FormAction::Suggest(kind, item.clone()));
                html! {
                    <button type="button" class="sp-chip" {onclick}
                        aria-label={words.fill(Key::ProfileTagSuggest, &[("item", d), ("list", label)])}>{ format!("+ {d}") }</button>
                }
            })
            .collect::<Html>();
        html! { <div class="sp-presets"><span class="sp-small sp-muted">{ words.get(Key::ProfileWorthDeepening) }</span>{ missing }</div> }
    } else {
        Html::default()
    };
    let invalid = draft.error.is_some();
    html! {
        <div class="sp-field sp-tags">
            <label class="sp-label" for={id.clone()}>{ label }</label>
            if !items.is_empty() {
                <ul class="sp-tagchips" aria-label={words.fill(Key::ProfileTagsAdded, &[("list", label)])}>{ for chips }</ul>
            }
            <input id={id} class="sp-input sp-input--text" part="field" type="text" value={draft.text.clone()}
                {oninput} {onkeydown} autocomplete="off"
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described(hint_id, &error_id, invalid)} />
            { message(&error_id, draft.error.map(|r| match r {
                Rule::TooMany(_) => sentence(words, label, r),
                r => sentence(words, words.get(Key::ProfileFieldThisItem), r),
            })) }
            { suggestions }
        </div>
    }
}

/// Hours a week and the time zone.
pub fn availability(view: &ProfileView) -> Html {
    let (form, words) = (view.form, view.words);
    let hours = Line {
        id: format!("{}-hours", view.id),
        label: words.get(Key::ProfileHoursLabel),
        value: &form.hours.text,
        problem: form.hours.error.as_ref().map(|e| e.say(words)),
        hint: words.get(Key::ProfileHoursHint).to_owned(),
        oninput: on_text(view, FormAction::Hours),
        onblur: Callback::noop(),
    };
    let zone = Line {
        id: format!("{}-timezone", view.id),
        label: words.get(Key::ProfileTimezoneLabel),
        value: &form.timezone,
        problem: shown(view, "availability.timezone"),
        hint: counted(words, Key::ProfileTimezoneHint, MAX_TIMEZONE),
        oninput: on_text(view, FormAction::Timezone),
        onblur: on_leave(view, "availability.timezone".to_owned()),
    };
    html! {
        <fieldset class="sp-fieldset">
            <legend class="sp-subtitle">{ words.get(Key::ProfileAvailability) }</legend>
            <div class="sp-fields">{ hours.view() }{ zone.view() }</div>
        </fieldset>
    }
}
