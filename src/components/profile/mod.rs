//! "Your plan, ready to use": the skill-profile chapter. The form, what a
//! reader can use from it at once (a text to paste into `LinkedIn` or `Upwork`,
//! the plan printed or saved as PDF), and, for tools and developers, the
//! JSON file it downloads, copies and imports.
//!
//! The form is a reducer ([`ProfileForm`]), and so is what the chapter shows
//! around it ([`Desk`]); what to import and undo is planned in
//! [`crate::state::import`]. This component adds what only a page has: the
//! clock, the browser's time zone, files and the clipboard.

mod actions;
mod fields;
mod samples;

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::{dom, file};
use crate::components::chapters::title;
use crate::domain::events::HostEvent;
use crate::domain::number::MoneyFormat;
use crate::domain::options::Section;
use crate::domain::profile::document::{Document, GuideSnapshot, IncomeSnapshot, read_data_file};
use crate::domain::progress::Progress;
use crate::domain::words::{Key, Words};
use crate::state::import::{self, Imports, Step};
use crate::state::profile::FormAction;
use crate::state::profile::desk::{Desk, DeskAction, Found};
use crate::state::{self, AppContext, CalcHandle, FormHandle};

/// Props for [`ProfileSection`].
#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    /// The guide's state: an import brings its answers back.
    pub guide: AppContext,
    /// The form (held by the widget, which saves it with the rest of the progress).
    pub form: FormHandle,
    /// The guide's result as the file keeps it, once every question has an answer.
    pub snapshot: Option<GuideSnapshot>,
    /// Whether the reader has a result of their own (its outcome then
    /// prefills the form; a shared result prefills nothing).
    pub result_shown: bool,
    /// The calculator: its selected scenario is saved, and an import brings one back.
    pub calc: CalcHandle,
    /// How amounts are written here.
    pub money: Rc<MoneyFormat>,
    /// Id prefix of this widget instance.
    pub id: AttrValue,
    /// Whether another chapter is on show.
    pub hidden: bool,
    /// Hears of every profile downloaded or copied (`skillpath-export`).
    pub on_event: Callback<HostEvent>,
    /// Keeps progress an import or its undo replaces as earlier progress
    /// (see `SaveView::earlier`), so that none is ever lost.
    pub keep: Callback<Progress>,
    /// Puts progress back in the guide, the calculator and the form, where
    /// the reader is (an import or its undo does not move them).
    pub put: Callback<Progress>,
}

/// What the buttons ask of the chapter.
#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    /// Import this file now.
    Import(Found),
    /// Undo the last import.
    Undo,
}

/// What every part of the chapter reads.
pub struct ProfileView<'a> {
    /// The form and its dispatcher.
    pub form: &'a FormHandle,
    /// Id prefix for this chapter's elements.
    pub id: String,
    /// The interface's words.
    pub words: &'a Words,
}

/// The skill-profile chapter.
#[component]
pub fn ProfileSection(props: &ProfileProps) -> Html {
    let hours = props.calc.selected().values().hours;
    let form = props.form.clone();
    let desk = use_reducer(Desk::default);
    let words = crate::hooks::use_words();

    // Prefill: the guide's outcome once the reader has one of their own
    // (only into empty fields), and the selected scenario's hours until the
    // reader types some.
    let outcome = props
        .snapshot
        .as_ref()
        .filter(|_| props.result_shown)
        .map(|s| s.outcome);
    {
        let (form, words) = (form.dispatcher(), Rc::clone(&words));
        use_effect_with(outcome, move |outcome| {
            if let Some(outcome) = outcome {
                form.dispatch(FormAction::outcome(*outcome, &words));
            }
        });
    }
    {
        let form = form.dispatcher();
        use_effect_with(hours, move |hours| {
            form.dispatch(FormAction::ScenarioHours(*hours));
        });
    }

    let document = {
        let (form, snapshot, calc, money) = (
            form.clone(),
            props.snapshot.clone(),
            props.calc.clone(),
            Rc::clone(&props.money),
        );
        Rc::new(move || {
            let scenario = calc.selected();
            Document {
                generated_at: file::now(),
                profile: form.profile(),
                guide: snapshot.clone(),
                income: Some(IncomeSnapshot::new(
                    &scenario.name.value,
                    scenario.values(),
                    money.currency,
                )),
            }
        })
    };
    let preview = document().to_json();

    // An import or its undo: planned in the state layer, carried out here.
    let apply = {
        let (guide, calc, form, desk, words) = (
            props.guide.clone(),
            props.calc.clone(),
            form.clone(),
            desk.clone(),
            words.clone(),
        );
        let (keep, put, currency) = (props.keep.clone(), props.put.clone(), props.money.currency);
        Callback::from(move |ask: Ask| {
            let mut imports: Imports = desk.imports.clone();
            let step: Option<Step> = match ask {
                // Planned again now: the reader may have worked on while asked.
                Ask::Import(found) => Some(imports.import(import::plan_in(
                    &words, &found.0, &found.1, &guide, &calc, &form, currency,
                ))),
                Ask::Undo => imports.undo_in(state::progress(&guide, &calc, &form), &words),
            };
            let Some(step) = step else { return };
            if let Some(kept) = step.keep {
                keep.emit(kept);
            }
            put.emit(step.put);
            desk.dispatch(DeskAction::Carried {
                said: step.said,
                imports,
            });
        })
    };

    let on_file = {
        let (desk, apply) = (desk.dispatcher(), apply.clone());
        let (guide, calc, form) = (props.guide.clone(), props.calc.clone(), form.clone());
        let (currency, words) = (props.money.currency, words.clone());
        Callback::from(move |picked: file::File| {
            let (desk, apply) = (desk.clone(), apply.clone());
            let (guide, calc, form) = (guide.clone(), calc.clone(), form.clone());
            let words = words.clone();
            spawn_local(async move {
                let name = picked.name();
                // The reader's saved progress (the error screen's download)
                // comes back whole; anything else is read as a profile file.
                let read = file::read(&picked)
                    .await
                    .and_then(|text| read_data_file(&text));
                match read {
                    Ok(incoming) => {
                        let plan = import::plan_in(
                            &words, &name, &incoming, &guide, &calc, &form, currency,
                        );
                        let found = Rc::new((name, incoming));
                        if plan.replaces.is_empty() {
                            apply.emit(Ask::Import(found));
                        } else {
                            desk.dispatch(DeskAction::Ask(found, plan.ask(&words)));
                        }
                    }
                    Err(e) => desk.dispatch(DeskAction::Refused(words.fill(
                        Key::ProfileRefused,
                        &[("name", &name), ("why", &e.say(&words))],
                    ))),
                }
            });
        })
    };

    let view = ProfileView {
        form: &form,
        id: format!("{}-profile", props.id),
        words: &words,
    };
    let heading = format!("{}-title", view.id);
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let on_file = on_file.clone();
        Callback::from(move |e: DragEvent| {
            // Only files: text dropped into a field lands there as usual.
            if let Some(f) = file::dropped(&e) {
                e.prevent_default();
                on_file.emit(f);
            }
        })
    };
    let refs = actions::Refs {
        file: use_node_ref(),
        confirm: use_node_ref(),
        copy_box: use_node_ref(),
        summary: use_node_ref(),
        section: use_node_ref(),
    };
    let problems = form.problems();
    let summarised = form.tried() && !problems.is_empty();
    use_focus_when(desk.pending.is_some(), refs.confirm.clone());
    use_focus_when(desk.fallback.is_some(), refs.copy_box.clone());
    use_focus_when(summarised, refs.summary.clone());
    let tools = Rc::new(actions::Tools {
        document,
        desk,
        apply,
        on_file,
        refs,
        on_event: props.on_event.clone(),
        words: words.clone(),
    });
    let open_picker = {
        let file_ref = tools.refs.file.clone();
        Callback::from(move |_| dom::click(&file_ref))
    };
    // The button sits where the sentence names it.
    let import_line = words.get(Key::ProfileImportLine);
    let (before, after) = import_line
        .split_once("{button}")
        .unwrap_or((import_line, ""));
    html! {
        <section class="sp-chapter" aria-labelledby={heading.clone()} hidden={props.hidden}
            ref={tools.refs.section.clone()} {ondragover} {ondrop}>
            <div class="sp-card sp-profile">
                <div class="sp-chapter__head">
                    <h2 part="heading" class="sp-title" id={heading} tabindex="-1" data-focus="">{ title(Section::Profile) }</h2>
                    <p class="sp-muted">{ words.get(Key::ProfileIntro) }</p>
                    <p class="sp-small sp-muted">
                        { before }
                        <button type="button" class="sp-linkbutton" onclick={open_picker}>{ words.get(Key::ProfileImportButton) }</button>
                        { after }
                    </p>
                    { actions::import_outcome(&view, &tools) }
                </div>
                if summarised {
                    { actions::summary(&view, &tools, &problems) }
                }
                { fields::headline(&view) }
                { fields::lists(&view) }
                { fields::availability(&view) }
                { samples::samples(&view) }
                { actions::actions(&view, &tools) }
                <details class="sp-dev">
                    <summary>{ words.get(Key::ProfileDevTitle) }</summary>
                    <div class="sp-dev__body">
                        <p class="sp-small sp-muted">{ words.get(Key::ProfileDevIntro) }</p>
                        { actions::file_actions(&view, &tools) }
                        <details class="sp-preview">
                            <summary>{ words.get(Key::ProfilePreviewTitle) }</summary>
                            <pre class="sp-preview__code" tabindex="0" aria-label={words.get(Key::ProfilePreviewLabel).to_owned()}><code>{ preview }</code></pre>
                        </details>
                    </div>
                </details>
                { actions::asked(&view, &tools) }
            </div>
        </section>
    }
}

/// Puts focus on `node` once it shows (the import question, the box to copy
/// from, the summary of problems).
#[hook]
fn use_focus_when(shown: bool, node: NodeRef) {
    use_effect_with(shown, move |shown| {
        if *shown {
            dom::focus_and_select(&node);
        }
    });
}
