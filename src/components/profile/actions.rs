//! Saving and loading the profile: Download JSON, Download JSON Resume, Copy
//! JSON and Import, with the status line, the question before an import
//! replaces unsaved edits, and the box to copy from when the browser refuses.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::fields::{field_name, sentence};
use super::{Fallback, ProfileView, Status};
use super::{Found, Step};
use crate::browser::dom;
use crate::browser::file::{self, Download};
use crate::domain::events::HostEvent;
use crate::domain::profile::Problem;
use crate::domain::profile::document::Document;
use crate::state::import::Plan;
use crate::state::profile::FormAction;

/// What the buttons need from the section.
pub struct Tools {
    /// The document as it would be saved now.
    pub document: Rc<dyn Fn() -> Document>,
    pub status: UseStateHandle<Status>,
    /// The box shown when saving or copying is refused.
    pub fallback: UseStateHandle<Option<Fallback>>,
    /// An import waiting for the reader's word, since it would replace their work.
    /// (with the question asked).
    pub pending: UseStateHandle<Option<(Found, Rc<String>)>>,
    /// The imports of this visit, last on top, to undo one by one.
    pub undo: UseStateHandle<Vec<Rc<Plan>>>,
    /// Imports a file, or undoes the last import.
    pub apply: Callback<Step>,
    /// Reads a chosen or dropped file.
    pub on_file: Callback<file::File>,
    /// The question's first button.
    pub confirm_ref: NodeRef,
    pub box_ref: NodeRef,
    /// The hidden file picker.
    pub file_ref: NodeRef,
    /// Where `skillpath-export` goes.
    pub on_event: Callback<HostEvent>,
}

/// The problems that stop a save, as sentences.
fn blocked(problems: &[Problem]) -> Status {
    Status::Blocked(
        problems
            .iter()
            .map(|p| sentence(&field_name(&p.path), p.rule))
            .collect(),
    )
}

/// Saves `text` as `name`, or shows it in the box when the page cannot, or
/// may not, download: success is only claimed where it can be.
fn save(tools: &Tools, name: &str, text: String) -> bool {
    match file::download(name, &text, "application/json") {
        Download::Started => {
            tools.fallback.set(None);
            tools
                .status
                .set(Status::Done(format!("Downloaded {name}.")));
            true
        }
        Download::Unconfirmed => {
            tools.status.set(Status::Done(format!(
                "Your browser was asked to save {name}, but this page sits in a frame that may block \
                 downloads. If no file appeared, the same text is in the box below to copy."
            )));
            tools.fallback.set(Some(Fallback {
                why: format!("Select all of it and save it as {name}."),
                text,
            }));
            true
        }
        Download::Refused => {
            tools.status.set(Status::Failed(
                "This page cannot start downloads (a sandboxed frame, for example): the file is in the box below to copy instead.".to_owned(),
            ));
            tools.fallback.set(Some(Fallback {
                why: format!("Select all of it and save it as {name}."),
                text,
            }));
            false
        }
    }
}

/// The buttons, the status line, and whatever question or box is open.
pub fn actions(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    let form = view.form;
    let ready = {
        let (form, tools) = (form.clone(), Rc::clone(tools));
        move || {
            let problems = form.problems();
            if problems.is_empty() {
                Some((tools.document)())
            } else {
                tools.status.set(blocked(&problems));
                None
            }
        }
    };
    let download = {
        let (ready, tools, form) = (ready.clone(), Rc::clone(tools), form.dispatcher());
        Callback::from(move |_| {
            if let Some(doc) = ready()
                && save(&tools, &doc.file_name("skill-profile"), doc.to_json())
            {
                form.dispatch(FormAction::Saved);
                tools.on_event.emit(HostEvent::Export(Box::new(doc.file())));
            }
        })
    };
    let resume = {
        let (ready, tools) = (ready.clone(), Rc::clone(tools));
        Callback::from(move |_| {
            if let Some(doc) = ready() {
                save(
                    &tools,
                    &doc.file_name("skill-profile-resume"),
                    doc.json_resume().to_json(),
                );
            }
        })
    };
    let copy = {
        let (tools, form) = (Rc::clone(tools), form.dispatcher());
        Callback::from(move |_| {
            let Some(doc) = ready() else { return };
            let text = doc.to_json();
            let file = doc.file();
            let (tools, form) = (Rc::clone(&tools), form.clone());
            spawn_local(async move {
                if file::copy(&text).await {
                    tools.fallback.set(None);
                    tools.status.set(Status::Done(
                        "Copied the profile JSON to the clipboard.".to_owned(),
                    ));
                    form.dispatch(FormAction::Saved);
                    tools.on_event.emit(HostEvent::Export(Box::new(file)));
                } else {
                    tools.status.set(Status::Failed(
                        "The browser did not allow copying: the JSON is in the box below to copy by hand.".to_owned(),
                    ));
                    tools.fallback.set(Some(Fallback {
                        why: "Select all of it and copy it.".to_owned(),
                        text,
                    }));
                }
            });
        })
    };
    let open_picker = {
        let file_ref = tools.file_ref.clone();
        Callback::from(move |_| dom::click(&file_ref))
    };
    let picked = {
        let on_file = tools.on_file.clone();
        Callback::from(move |e: Event| {
            if let Some(f) = file::picked(&e) {
                on_file.emit(f);
            }
        })
    };
    let status_id = format!("{}-status", view.id);
    html! {
        <div class="sp-save">
            <div class="sp-actions">
                <button type="button" class="sp-button sp-button--primary" onclick={download}>{ "Download JSON" }</button>
                <button type="button" class="sp-button" onclick={copy}>{ "Copy JSON" }</button>
                <button type="button" class="sp-button" onclick={open_picker}>{ "Import" }</button>
                <button type="button" class="sp-button sp-button--quiet" onclick={resume}>{ "Download JSON Resume" }</button>
                <input ref={tools.file_ref.clone()} type="file" accept=".json,application/json" hidden=true onchange={picked} />
            </div>
            <div id={status_id} class="sp-status" role="status" aria-live="polite">{ status_view(&tools.status) }</div>
            { confirm(view, tools) }
            { undo(tools) }
            { fallback(view, tools) }
        </div>
    }
}

fn status_view(status: &Status) -> Html {
    match status {
        Status::Quiet => Html::default(),
        Status::Done(text) => html! { <p class="sp-status__done">{ text }</p> },
        Status::Failed(text) => html! { <p class="sp-error">{ text }</p> },
        Status::Blocked(problems) => html! {
            <>
                <p class="sp-error">{ "Not saved yet: fix these first." }</p>
                <ul class="sp-list sp-problems">{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            </>
        },
    }
}

fn confirm(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    let Some((found, question)) = (*tools.pending).clone() else {
        return Html::default();
    };
    let text_id = format!("{}-confirm", view.id);
    let name = found.0.clone();
    let replace = {
        let apply = tools.apply.clone();
        Callback::from(move |_| apply.emit(Step::Import(Rc::clone(&found))))
    };
    let keep = {
        let (pending, status) = (tools.pending.clone(), tools.status.clone());
        Callback::from(move |_| {
            pending.set(None);
            status.set(Status::Done(format!(
                "Kept your work as it is; {name} was not imported."
            )));
        })
    };
    html! {
        <div class="sp-confirm" role="group" aria-labelledby={text_id.clone()}>
            <p id={text_id}>{ question.as_str() }</p>
            <div class="sp-actions">
                <button ref={tools.confirm_ref.clone()} type="button" class="sp-button sp-button--primary" onclick={replace}>{ "Import and replace" }</button>
                <button type="button" class="sp-button" onclick={keep}>{ "Keep my work" }</button>
            </div>
        </div>
    }
}

/// The way back from this visit's imports, one by one.
fn undo(tools: &Rc<Tools>) -> Html {
    if tools.undo.is_empty() {
        return Html::default();
    }
    let onclick = {
        let apply = tools.apply.clone();
        Callback::from(move |_| apply.emit(Step::Undo))
    };
    html! {
        <div class="sp-actions">
            <button type="button" class="sp-button sp-button--quiet" {onclick}>{ "Undo the import" }</button>
        </div>
    }
}

fn fallback(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    let Some(shown) = (*tools.fallback).clone() else {
        return Html::default();
    };
    let id = format!("{}-fallback", view.id);
    html! {
        <div class="sp-fallback">
            <label class="sp-label" for={id.clone()}>{ "Your profile as JSON" }</label>
            <p class="sp-small sp-muted">{ shown.why }</p>
            <textarea ref={tools.box_ref.clone()} id={id} class="sp-input sp-fallback__text" readonly=true rows="10" value={shown.text} />
        </div>
    }
}
