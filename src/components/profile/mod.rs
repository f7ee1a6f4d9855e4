//! The skill-profile section: the form, its live JSON preview, and the file
//! it downloads, copies and imports.
//!
//! The form is a reducer ([`ProfileForm`]); this component adds what only a
//! page has: the clock, the browser's time zone, files and the clipboard, and
//! the messages about them.

mod actions;
mod fields;
mod samples;

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::{dom, file};
use crate::domain::events::HostEvent;
use crate::domain::number::MoneyFormat;
use crate::domain::profile::document::{
    Document, GuideSnapshot, IncomeSnapshot, Incoming, read_data_file,
};
use crate::domain::progress::Progress;
use crate::state::calculator::CalcAction;
use crate::state::import::{self, Plan};
use crate::state::profile::FormAction;
use crate::state::{self, AppContext, CalcHandle, FormHandle, GuideAction};

/// Props for [`ProfileSection`].
#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    /// The guide's state: an import brings its answers back.
    pub guide: AppContext,
    /// The form (held by the widget, which saves it with the rest of the progress).
    pub form: FormHandle,
    /// The guide's result as the file keeps it, once every question has an answer.
    pub snapshot: Option<GuideSnapshot>,
    /// Whether the result screen is showing (its outcome then prefills the form).
    pub result_shown: bool,
    /// The calculator: its selected scenario is saved, and an import brings one back.
    pub calc: CalcHandle,
    /// How amounts are written here.
    pub money: Rc<MoneyFormat>,
    /// Id prefix of this widget instance.
    pub id: AttrValue,
    /// Hears of every profile downloaded or copied (`skillpath-export`).
    pub on_event: Callback<HostEvent>,
    /// Keeps progress an import or its undo replaces as earlier progress
    /// (see `SaveView::earlier`), so that none is ever lost.
    pub keep: Callback<Progress>,
}

/// A file read for Import, and its name.
pub type Found = Rc<(String, Incoming)>;

/// What the import buttons ask of the section.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Import this file now.
    Import(Found),
    /// Undo the last import.
    Undo,
}

/// What the status line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Nothing yet.
    #[default]
    Quiet,
    /// Something worked.
    Done(String),
    /// Something did not; nothing the reader typed was changed.
    Failed(String),
    /// Saving waits for these problems (as sentences) to be fixed.
    Blocked(Vec<String>),
}

/// The JSON shown in a box to select by hand, and why it is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fallback {
    /// Why the file could not be saved or copied.
    pub why: String,
    /// The text to select.
    pub text: String,
}

/// What every part of the section reads.
pub struct ProfileView<'a> {
    /// The form and its dispatcher.
    pub form: &'a FormHandle,
    /// Id prefix for this section's elements.
    pub id: String,
}

/// The skill-profile section.
#[component]
pub fn ProfileSection(props: &ProfileProps) -> Html {
    let hours = props.calc.selected().values().hours;
    let form = props.form.clone();
    let status = use_state(Status::default);
    let fallback = use_state(|| None::<Fallback>);
    let pending = use_state(|| None::<(Found, Rc<String>)>);
    let undo = use_state(Vec::<Rc<Plan>>::new);

    // Prefill: the guide's outcome once the reader sees it (only into empty
    // fields), and the selected scenario's hours until the reader types some.
    let outcome = props
        .snapshot
        .as_ref()
        .filter(|_| props.result_shown)
        .map(|s| s.outcome);
    {
        let form = form.dispatcher();
        use_effect_with(outcome, move |outcome| {
            if let Some(outcome) = outcome {
                form.dispatch(FormAction::Outcome(*outcome));
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

    let apply = {
        let (guide, calc, form) = (props.guide.clone(), props.calc.clone(), form.clone());
        let (status, pending, undo, keep) = (
            status.setter(),
            pending.setter(),
            undo.clone(),
            props.keep.clone(),
        );
        let currency = props.money.currency;
        Callback::from(move |step: Step| {
            let put = |to: &Progress| {
                guide.dispatch(GuideAction::Replace(to.guide.clone()));
                calc.dispatch(CalcAction::Resume(Box::new(to.income.clone())));
                form.dispatch(FormAction::Resume(Box::new(to.profile.clone())));
            };
            let mut stack = (*undo).clone();
            match step {
                Step::Import(found) => {
                    // Planned again now: the reader may have worked on while asked.
                    let plan = Rc::new(import::plan(
                        &found.0, &found.1, &guide, &calc, &form, currency,
                    ));
                    if !plan.replaces.is_empty() {
                        keep.emit(plan.before.clone());
                    }
                    put(&plan.after);
                    status.set(Status::Done(plan.done.clone()));
                    stack.push(plan);
                }
                Step::Undo => {
                    let Some(plan) = stack.pop() else { return };
                    let now = state::progress(&guide, &calc, &form);
                    if now != plan.after && now != plan.before {
                        // Changed since the import: kept, never dropped.
                        keep.emit(now);
                    }
                    put(&plan.before);
                    status.set(Status::Done(plan.undone()));
                }
            }
            pending.set(None);
            undo.set(stack);
        })
    };

    let on_file = {
        let (status, pending, apply) = (status.setter(), pending.setter(), apply.clone());
        let (guide, calc, form) = (props.guide.clone(), props.calc.clone(), form.clone());
        let currency = props.money.currency;
        Callback::from(move |picked: file::File| {
            let (status, pending, apply) = (status.clone(), pending.clone(), apply.clone());
            let (guide, calc, form) = (guide.clone(), calc.clone(), form.clone());
            spawn_local(async move {
                let name = picked.name();
                // The reader's saved progress (the error screen's download)
                // comes back whole; anything else is read as a profile file.
                let read = file::read(&picked)
                    .await
                    .and_then(|text| read_data_file(&text));
                match read {
                    Ok(incoming) => {
                        let plan = import::plan(&name, &incoming, &guide, &calc, &form, currency);
                        let found = Rc::new((name, incoming));
                        if plan.replaces.is_empty() {
                            apply.emit(Step::Import(found));
                        } else {
                            status.set(Status::Quiet);
                            pending.set(Some((found, Rc::new(plan.question()))));
                        }
                    }
                    Err(e) => {
                        pending.set(None);
                        status.set(Status::Failed(format!(
                            "{name} was not imported. {e} Nothing of yours was changed."
                        )));
                    }
                }
            });
        })
    };

    let view = ProfileView {
        form: &form,
        id: format!("{}-profile", props.id),
    };
    let title = format!("{}-title", view.id);
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
    let file_ref = use_node_ref();
    let confirm_ref = use_node_ref();
    let box_ref = use_node_ref();
    use_focus_when(pending.is_some(), confirm_ref.clone());
    use_focus_when(fallback.is_some(), box_ref.clone());
    let tools = actions::Tools {
        document,
        status,
        fallback,
        pending,
        undo,
        apply,
        on_file,
        confirm_ref,
        box_ref,
        file_ref,
        on_event: props.on_event.clone(),
    };
    let tools = Rc::new(tools);
    html! {
        <section class="sp-section" aria-labelledby={title.clone()} {ondragover} {ondrop}>
            <div class="sp-card sp-profile">
                <div>
                    <h2 class="sp-title" id={title}>{ "Skill profile" }</h2>
                    <p class="sp-muted">
                        { "Turn your result into a file you keep: fill in what fits, then download it as JSON \
                           or import one you saved before (or drop it here). It never leaves your browser." }
                    </p>
                </div>
                { fields::headline(&view) }
                { fields::lists(&view) }
                { fields::availability(&view) }
                { samples::samples(&view) }
                { actions::actions(&view, &tools) }
                <details class="sp-preview">
                    <summary>{ "Preview the file" }</summary>
                    <pre class="sp-preview__code" tabindex="0" aria-label="The profile file as JSON"><code>{ preview }</code></pre>
                </details>
            </div>
        </section>
    }
}

/// Puts focus on `node` once it shows (used for the import question and the fallback box).
#[hook]
fn use_focus_when(shown: bool, node: NodeRef) {
    use_effect_with(shown, move |shown| {
        if *shown {
            dom::focus_and_select(&node);
        }
    });
}
