//! The profile's own fields: the headline, the four tag lists and availability.

use yew::prelude::*;

use super::ProfileView;
use crate::browser::dom;
use crate::components::{send, send_some};
use crate::domain::profile::{
    ListKind, MAX_HEADLINE, MAX_ITEM, MAX_ITEMS, MAX_TIMEZONE, Rule, SUGGESTED_DOMAINS,
};
use crate::state::profile::FormAction;

/// A field's message, tied to its input by `aria-describedby`.
pub fn message(id: &str, text: Option<String>) -> Html {
    match text {
        Some(text) => html! { <p class="sp-error" id={id.to_owned()}>{ text }</p> },
        None => Html::default(),
    }
}

/// A broken rule as a sentence about `subject`: "Headline needs some text."
pub fn sentence(subject: &str, rule: Rule) -> String {
    match rule {
        Rule::TooMany(n) => format!("{subject} can hold at most {n}."),
        rule => format!("{subject} {rule}."),
    }
}

/// The field a problem's path names, in the words the form uses
/// ("The link of work sample 1"), never the path itself.
pub fn field_name(path: &str) -> String {
    if let Some(rest) = path.strip_prefix("work_samples[") {
        let (n, field) = rest.split_once(']').unwrap_or((rest, ""));
        let n = n.parse::<usize>().map_or(0, |n| n + 1);
        return match field.trim_start_matches('.') {
            "" => format!("Work sample {n}"),
            "type" => format!("The type of work sample {n}"),
            "link" => format!("The link of work sample {n}"),
            _ => format!("The title of work sample {n}"),
        };
    }
    let list = ListKind::ALL
        .into_iter()
        .find(|k| path.split('[').next() == Some(k.key()));
    match (path, list) {
        (_, Some(kind)) if path.contains('[') => format!("An item of {}", kind.label()),
        (_, Some(kind)) => kind.label().to_owned(),
        ("headline", _) => "The headline".to_owned(),
        ("availability.hours_per_week", _) => "Available hours per week".to_owned(),
        ("availability.timezone", _) => "The time zone".to_owned(),
        ("work_samples", _) => "Work samples".to_owned(),
        _ => "A field".to_owned(),
    }
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
                <input id={self.id} class="sp-input sp-input--text" type="text" value={self.value.to_owned()}
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
        .map(|r| sentence(&field_name(path), r))
}

pub fn headline(view: &ProfileView) -> Html {
    Line {
        id: format!("{}-headline", view.id),
        label: "Headline",
        value: &view.form.headline,
        problem: shown(view, "headline"),
        hint: format!("One line about you, as a profile's title, up to {MAX_HEADLINE} characters."),
        oninput: on_text(view, FormAction::Headline),
        onblur: on_leave(view, "headline".to_owned()),
    }
    .view()
}

/// The four tag lists, with the one hint they share.
pub fn lists(view: &ProfileView) -> Html {
    let hint = format!("{}-tags-hint", view.id);
    html! {
        <div class="sp-tags-block">
            <p class="sp-small sp-muted" id={hint.clone()}>
                { format!("In the four lists below, press Enter or type a comma to add an item; Backspace in an empty box takes the last one back. Up to {MAX_ITEMS} items a list, each up to {MAX_ITEM} characters.") }
            </p>
            <div class="sp-fields sp-fields--tags">{ for ListKind::ALL.map(|kind| list(view, kind, &hint)) }</div>
        </div>
    }
}

fn list(view: &ProfileView, kind: ListKind, hint_id: &str) -> Html {
    let form = view.form;
    let items = &form.lists[kind.index()];
    let draft = &form.drafts[kind.index()];
    let label = kind.label();
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
                    aria-label={format!("Remove {item} from {label}")}>{ "×" }</button>
            </li>
        }
    });
    let suggestions = if kind == ListKind::Domains {
        let missing = SUGGESTED_DOMAINS
            .iter()
            .filter(|d| !items.iter().any(|i| i.eq_ignore_ascii_case(d)))
            .map(|d| {
                let onclick = send(form, move |_: MouseEvent| FormAction::Suggest(kind, d));
                html! {
                    <button type="button" class="sp-chip" {onclick}
                        aria-label={format!("Add {d} to {label}")}>{ format!("+ {d}") }</button>
                }
            })
            .collect::<Html>();
        html! { <div class="sp-presets"><span class="sp-small sp-muted">{ "Worth deepening:" }</span>{ missing }</div> }
    } else {
        Html::default()
    };
    let invalid = draft.error.is_some();
    html! {
        <div class="sp-field sp-tags">
            <label class="sp-label" for={id.clone()}>{ label }</label>
            if !items.is_empty() {
                <ul class="sp-tagchips" aria-label={format!("{label} added")}>{ for chips }</ul>
            }
            <input id={id} class="sp-input sp-input--text" type="text" value={draft.text.clone()}
                {oninput} {onkeydown} autocomplete="off"
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described(hint_id, &error_id, invalid)} />
            { message(&error_id, draft.error.map(|r| match r {
                Rule::TooMany(_) => sentence(label, r),
                r => sentence("This item", r),
            })) }
            { suggestions }
        </div>
    }
}

/// Hours a week and the time zone.
pub fn availability(view: &ProfileView) -> Html {
    let form = view.form;
    let hours = Line {
        id: format!("{}-hours", view.id),
        label: "Available hours per week",
        value: &form.hours.text,
        problem: form.hours.error.as_ref().map(ToString::to_string),
        hint: "Follows your selected scenario until you change it.".to_owned(),
        oninput: on_text(view, FormAction::Hours),
        onblur: Callback::noop(),
    };
    let zone = Line {
        id: format!("{}-timezone", view.id),
        label: "Time zone",
        value: &form.timezone,
        problem: shown(view, "availability.timezone"),
        hint: format!(
            "From your browser; write it as you like (Europe/Berlin, UTC-5), up to {MAX_TIMEZONE} characters."
        ),
        oninput: on_text(view, FormAction::Timezone),
        onblur: on_leave(view, "availability.timezone".to_owned()),
    };
    html! {
        <fieldset class="sp-fieldset">
            <legend class="sp-subtitle">{ "Availability" }</legend>
            <div class="sp-fields">{ hours.view() }{ zone.view() }</div>
        </fieldset>
    }
}
