//! What the reader does with the profile: copy it as text for `LinkedIn` or
//! Upwork, print it or save it as PDF; for tools, Download JSON, Download
//! JSON Resume and Copy JSON; the summary of what stops a save, the question
//! before an import replaces the reader's work, Undo the import, and the box
//! to copy from when the browser refuses.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::fields::{field_id, field_name, sentence};
use super::{Ask, ProfileView};
use crate::browser::dom;
use crate::browser::file::{self, Download};
use crate::domain::events::HostEvent;
use crate::domain::profile::Problem;
use crate::domain::profile::document::Document;
use crate::domain::words::{Key, Words};
use crate::state::profile::FormAction;
use crate::state::profile::desk::{Desk, DeskAction, Fallback, Status};

/// The elements the chapter moves focus to or clicks.
pub struct Refs {
    /// The hidden file picker.
    pub file: NodeRef,
    /// The import question's first button.
    pub confirm: NodeRef,
    /// The box to copy from.
    pub copy_box: NodeRef,
    /// The summary of problems.
    pub summary: NodeRef,
    /// The chapter, to find a field in.
    pub section: NodeRef,
}

/// What the buttons need from the chapter.
pub struct Tools {
    /// The document as it would be saved now.
    pub document: Rc<dyn Fn() -> Document>,
    pub desk: UseReducerHandle<Desk>,
    /// Imports a file, or undoes the last import.
    pub apply: Callback<Ask>,
    /// Reads a chosen or dropped file.
    pub on_file: Callback<file::File>,
    pub refs: Refs,
    /// Where `skillpath-export` goes.
    pub on_event: Callback<HostEvent>,
    /// The interface's words, for what the buttons say once done.
    pub words: Rc<Words>,
}

/// Saves `text` as `name`, or shows it in the box when the page cannot, or
/// may not, download: success is only claimed where it can be.
fn save(tools: &Tools, name: &str, text: String) -> bool {
    let words = &tools.words;
    let named = [("name", name)];
    let to_copy = |text| {
        Some(Fallback {
            why: words.fill(Key::ProfileSaveSelect, &named),
            text,
        })
    };
    let (status, fallback, saved) = match file::download(name, &text, "application/json") {
        Download::Started => (
            Status::Done(words.fill(Key::ProfileDownloaded, &named)),
            None,
            true,
        ),
        Download::Unconfirmed => (
            Status::Done(words.fill(Key::ProfileDownloadUnconfirmed, &named)),
            to_copy(text),
            true,
        ),
        Download::Refused => (
            Status::Failed(words.get(Key::ProfileDownloadRefused).to_owned()),
            to_copy(text),
            false,
        ),
    };
    tools
        .desk
        .dispatch(DeskAction::SayWithBox(status, fallback));
    saved
}

/// "There is a problem": what stops a save, each a link to its field,
/// shown once the reader tries to save.
pub fn summary(view: &ProfileView, tools: &Rc<Tools>, problems: &[Problem]) -> Html {
    let words = view.words;
    let items = problems.iter().map(|p| {
        let id = field_id(view, &p.path);
        let section = tools.refs.section.clone();
        let onclick = Callback::from(move |_: MouseEvent| dom::focus_id(&section, &id));
        html! {
            <li><button type="button" class="sp-linkbutton" {onclick}>{ sentence(words, &field_name(words, &p.path), p.rule) }</button></li>
        }
    });
    let n = problems.len();
    let title = words.count(Key::ProfileSummaryTitle, n as u64, &n.to_string(), &[]);
    html! {
        <div class="sp-problem-summary" role="alert" tabindex="-1" ref={tools.refs.summary.clone()}>
            <p class="sp-problem-summary__title">{ title }</p>
            <ul class="sp-list">{ for items }</ul>
        </div>
    }
}

/// The document once it may be saved; otherwise every problem shows and
/// the summary takes focus.
fn ready(form: &crate::state::FormHandle, tools: &Tools) -> Option<Document> {
    if form.problems().is_empty() {
        Some((tools.document)())
    } else {
        form.dispatch(FormAction::Try);
        None
    }
}

/// What the reader can use at once, and the status line of the chapter.
pub fn actions(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    let form = view.form;
    let copy_text = {
        let (form, tools) = (form.clone(), Rc::clone(tools));
        Callback::from(move |_| {
            let text = form.profile().plain_text_in(&tools.words);
            let tools = Rc::clone(&tools);
            if text.is_empty() {
                tools.desk.dispatch(DeskAction::Say(Status::Failed(
                    tools.words.get(Key::ProfileCopyNothing).to_owned(),
                )));
                return;
            }
            spawn_local(async move {
                let words = &tools.words;
                let (status, fallback) = if file::copy(&text).await {
                    (
                        Status::Done(words.get(Key::ProfileCopiedText).to_owned()),
                        None,
                    )
                } else {
                    (
                        Status::Failed(words.get(Key::ProfileCopyTextRefused).to_owned()),
                        Some(Fallback {
                            why: words.get(Key::ProfileCopySelect).to_owned(),
                            text,
                        }),
                    )
                };
                tools
                    .desk
                    .dispatch(DeskAction::SayWithBox(status, fallback));
            });
        })
    };
    let print = Callback::from(|_| dom::print());
    let picked = {
        let on_file = tools.on_file.clone();
        Callback::from(move |e: Event| {
            if let Some(f) = file::picked(&e) {
                on_file.emit(f);
            }
        })
    };
    let status_id = format!("{}-status", view.id);
    let words = view.words;
    html! {
        <div class="sp-save">
            <p class="sp-subtitle">{ words.get(Key::ProfileUseNow) }</p>
            <div class="sp-actions">
                <button type="button" class="sp-button sp-button--primary" part="primary-button" onclick={copy_text}>{ words.get(Key::ProfileCopyText) }</button>
                <button type="button" class="sp-button" part="secondary-button" onclick={print}>{ words.get(Key::ProfilePrint) }</button>
                <input ref={tools.refs.file.clone()} type="file" accept=".json,application/json" hidden=true onchange={picked} />
            </div>
            <div id={status_id} class="sp-status" role="status" aria-live="polite">
                if !tools.desk.about_import { { status_view(&tools.desk.status) } }
            </div>
        </div>
    }
}

/// Download JSON, Copy JSON and Download JSON Resume.
pub fn file_actions(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    let form = view.form;
    let download = {
        let (tools, form) = (Rc::clone(tools), form.clone());
        Callback::from(move |_| {
            if let Some(doc) = ready(&form, &tools)
                && save(&tools, &doc.file_name("skill-profile"), doc.to_json())
            {
                form.dispatch(FormAction::Saved);
                tools.on_event.emit(HostEvent::Export(Box::new(doc.file())));
            }
        })
    };
    let resume = {
        let (tools, form) = (Rc::clone(tools), form.clone());
        Callback::from(move |_| {
            if let Some(doc) = ready(&form, &tools) {
                save(
                    &tools,
                    &doc.file_name("skill-profile-resume"),
                    doc.json_resume_in(&tools.words).to_json(),
                );
            }
        })
    };
    let copy = {
        let (tools, form) = (Rc::clone(tools), form.clone());
        Callback::from(move |_| {
            let Some(doc) = ready(&form, &tools) else {
                return;
            };
            let text = doc.to_json();
            let file = doc.file();
            let (tools, form) = (Rc::clone(&tools), form.clone());
            spawn_local(async move {
                let words = &tools.words;
                if file::copy(&text).await {
                    tools.desk.dispatch(DeskAction::SayWithBox(
                        Status::Done(words.get(Key::ProfileCopiedJson).to_owned()),
                        None,
                    ));
                    form.dispatch(FormAction::Saved);
                    tools.on_event.emit(HostEvent::Export(Box::new(file)));
                } else {
                    tools.desk.dispatch(DeskAction::SayWithBox(
                        Status::Failed(words.get(Key::ProfileCopyJsonRefused).to_owned()),
                        Some(Fallback {
                            why: words.get(Key::ProfileCopySelect).to_owned(),
                            text,
                        }),
                    ));
                }
            });
        })
    };
    let words = view.words;
    html! {
        <div class="sp-actions">
            <button type="button" class="sp-button" part="secondary-button" onclick={download}>{ words.get(Key::ProfileDownloadJson) }</button>
            <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={copy}>{ words.get(Key::ProfileCopyJson) }</button>
            <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={resume}>{ words.get(Key::ProfileDownloadResume) }</button>
        </div>
    }
}

fn status_view(status: &Status) -> Html {
    match status {
        Status::Quiet => Html::default(),
        Status::Done(text) => html! { <p class="sp-status__done">{ text }</p> },
        Status::Failed(text) => html! { <p class="sp-error">{ text }</p> },
    }
}

/// Beside Import, where the reader chose the file: what came of it (read
/// out as it changes), the question asked before it replaces their work,
/// and Undo.
pub fn import_outcome(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    html! {
        <>
            <div class="sp-status" role="status" aria-live="polite">
                if tools.desk.about_import { { status_view(&tools.desk.status) } }
            </div>
            { confirm(view, tools) }
            { undo(view, tools) }
        </>
    }
}

/// The box to copy from, when the browser refused a download or a copy.
pub fn asked(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    fallback(view, tools)
}

fn confirm(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    let Some((found, question)) = tools.desk.pending.clone() else {
        return Html::default();
    };
    let text_id = format!("{}-confirm", view.id);
    let words = view.words;
    let keep = {
        let desk = tools.desk.dispatcher();
        let kept = words.fill(Key::ProfileKept, &[("name", &found.0)]);
        Callback::from(move |_| desk.dispatch(DeskAction::Keep(kept.clone())))
    };
    let replace = {
        let apply = tools.apply.clone();
        Callback::from(move |_| apply.emit(Ask::Import(Rc::clone(&found))))
    };
    html! {
        <div class="sp-confirm" role="group" aria-labelledby={text_id.clone()}>
            <p id={text_id}>{ question.as_str() }</p>
            <div class="sp-actions">
                <button ref={tools.refs.confirm.clone()} type="button" class="sp-button sp-button--primary" part="primary-button" onclick={replace}>{ words.get(Key::ProfileImportReplace) }</button>
                <button type="button" class="sp-button" part="secondary-button" onclick={keep}>{ words.get(Key::ProfileImportKeep) }</button>
            </div>
        </div>
    }
}

/// The way back from this visit's imports, one by one.
fn undo(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    if !tools.desk.imports.any() {
        return Html::default();
    }
    let onclick = {
        let apply = tools.apply.clone();
        Callback::from(move |_| apply.emit(Ask::Undo))
    };
    html! {
        <div class="sp-actions">
            <button type="button" class="sp-button sp-button--quiet" part="secondary-button" {onclick}>{ view.words.get(Key::ProfileUndoImport) }</button>
        </div>
    }
}

fn fallback(view: &ProfileView, tools: &Rc<Tools>) -> Html {
    let Some(shown) = tools.desk.fallback.clone() else {
        return Html::default();
    };
    let id = format!("{}-fallback", view.id);
    html! {
        <div class="sp-fallback">
            <label class="sp-label" for={id.clone()}>{ view.words.get(Key::ProfileFallbackLabel) }</label>
            <p class="sp-small sp-muted">{ shown.why }</p>
            <textarea ref={tools.refs.copy_box.clone()} id={id} class="sp-input sp-fallback__text" readonly=true rows="10" value={shown.text} />
        </div>
    }
}
