//! Work-sample rows: title, type and link each, added and removed by the reader.
//! A link becomes a live link only once it passes the http(s) check.

use yew::prelude::*;

use super::ProfileView;
use super::fields::{Line, counted, described, field_name, message, on_leave, sentence};
use crate::browser::dom;
use crate::components::{send, send_some};
use crate::domain::profile::{MAX_LINK, MAX_SAMPLES, MAX_TITLE, SampleKind, WorkSample};
use crate::domain::words::Key;
use crate::state::profile::FormAction;

/// Every row and the button that adds one.
pub fn samples(view: &ProfileView) -> Html {
    let form = view.form;
    let rows = form
        .samples
        .iter()
        .enumerate()
        .map(|(n, (row, sample))| sample_row(view, n, *row, sample));
    let onclick = send(form, |_: MouseEvent| FormAction::AddSample);
    let words = view.words;
    html! {
        <fieldset class="sp-fieldset sp-samples">
            <legend class="sp-subtitle">{ words.get(Key::ProfileSamplesLegend) }</legend>
            if form.samples.is_empty() {
                <p class="sp-muted">{ words.get(Key::ProfileSamplesEmpty) }</p>
            }
            { for rows }
            if form.can_add_sample() {
                <div class="sp-actions">
                    <button type="button" class="sp-button sp-button--quiet" part="secondary-button" id={format!("{}-samples-add", view.id)} {onclick}>{ words.get(Key::ProfileSampleAdd) }</button>
                </div>
            } else {
                <p class="sp-muted">{ words.fill(Key::ProfileSamplesFull, &[("n", &MAX_SAMPLES.to_string())]) }</p>
            }
        </fieldset>
    }
}

fn sample_row(view: &ProfileView, at: usize, row: u32, sample: &WorkSample) -> Html {
    let words = view.words;
    let n = (at + 1).to_string();
    let numbered = [("n", n.as_str())];
    let path = |field: &str| format!("work_samples[{at}].{field}");
    let (title_problem, link_problem) = view.form.sample_problems(row);
    // A live link only for a link that passes the check, shown or not.
    let link_ok = link_problem.is_none();
    let title_problem = title_problem.filter(|_| view.form.shows(&path("title")));
    let link_problem = link_problem.filter(|_| view.form.shows(&path("link")));
    let id = format!("{}-sample-{row}", view.id);
    let text = |action: fn(u32, String) -> FormAction| {
        send(view.form, move |e: InputEvent| {
            action(row, dom::input_text(&e))
        })
    };
    let title = Line {
        id: format!("{id}-title"),
        label: words.get(Key::ProfileSampleTitleLabel),
        value: &sample.title,
        problem: title_problem.map(|r| sentence(words, &field_name(words, &path("title")), r)),
        hint: counted(words, Key::ProfileSampleTitleHint, MAX_TITLE),
        oninput: text(FormAction::Title),
        onblur: on_leave(view, path("title")),
    };
    let onchange = send_some(view.form, move |e: Event| {
        let kind = SampleKind::ALL.get(dom::selected_index(&e)?)?;
        Some(FormAction::Kind(row, *kind))
    });
    let kinds = SampleKind::ALL.map(|k| {
        html! { <option value={k.id()} selected={k == sample.kind}>{ words.get(k.label_key()) }</option> }
    });
    let link_id = format!("{id}-link");
    let (hint_id, error_id) = (format!("{link_id}-hint"), format!("{link_id}-error"));
    let link = sample.link.trim();
    let open = (link_ok && !link.is_empty()).then(|| {
        html! {
            <a class="sp-link" href={link.to_owned()} target="_blank" rel="noopener noreferrer nofollow">
                { words.get(Key::ProfileSampleOpen) }<span class="sp-visually-hidden">{ words.fill(Key::ProfileSampleOpenHidden, &numbered) }</span>
            </a>
        }
    });
    let remove = send(view.form, move |_: MouseEvent| {
        FormAction::RemoveSample(row)
    });
    html! {
        <fieldset key={row} class="sp-fieldset sp-sample">
            <legend class="sp-sample__legend">{ words.fill(Key::ProfileSampleLegend, &numbered) }</legend>
            <div class="sp-fields">
                { title.view() }
                <div class="sp-field">
                    <label class="sp-label" for={format!("{id}-type")}>{ words.get(Key::ProfileSampleTypeLabel) }</label>
                    <select id={format!("{id}-type")} class="sp-select" part="field" {onchange}>{ for kinds }</select>
                </div>
            </div>
            <div class="sp-field">
                <label class="sp-label" for={link_id.clone()}>{ words.get(Key::ProfileSampleLinkLabel) }</label>
                <input id={link_id} class="sp-input sp-input--text" part="field" type="url" inputmode="url" value={sample.link.clone()}
                    oninput={text(FormAction::Link)} onblur={on_leave(view, path("link"))} autocomplete="off" spellcheck="false"
                    aria-invalid={link_problem.is_some().then_some("true")}
                    aria-describedby={described(&hint_id, &error_id, link_problem.is_some())} />
                { message(&error_id, link_problem.map(|r| sentence(words, &field_name(words, &path("link")), r))) }
                <p class="sp-small sp-muted" id={hint_id}>
                    // The space keeps the sentence apart from the link after it.
                    { format!("{} ", counted(words, Key::ProfileSampleLinkHint, MAX_LINK)) }{ open }
                </p>
            </div>
            <div class="sp-actions">
                <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={remove}>
                    { words.get(Key::ProfileSampleRemove) }<span class="sp-visually-hidden">{ words.fill(Key::ProfileSampleRemoveHidden, &numbered) }</span>
                </button>
            </div>
        </fieldset>
    }
}
