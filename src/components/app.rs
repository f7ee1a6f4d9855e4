//! The root component: holds the state and shows the widget's sections.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::file;
use crate::browser::saving::Saver;
use crate::components::guide::{GuideView, ShareResult, guide_view};
use crate::components::income::{View, income_view};
use crate::components::profile::ProfileSection;
use crate::components::saved::{self, SavedActions};
use crate::domain::events::HostEvent;
use crate::domain::guide::Guide;
use crate::domain::income::outcome_values;
use crate::domain::number::MoneyFormat;
use crate::domain::options::{Section, Sections};
use crate::domain::profile::document::GuideSnapshot;
use crate::domain::progress::{KeyName, Progress};
use crate::domain::share;
use crate::hooks::use_focus_on_move;
use crate::state::calculator::{CalcAction, Calculator};
use crate::state::profile::{FormAction, ProfileForm};
use crate::state::{self, Action, AppState, GuideAction, Screen};

/// Props for [`App`].
#[derive(Properties, Clone)]
pub struct AppProps {
    /// The checked guide content.
    pub guide: Rc<Guide>,
    /// How amounts are written (locale and currency).
    pub money: Rc<MoneyFormat>,
    /// A prefix that keeps element ids unique when the widget runs twice on a page.
    pub instance: AttrValue,
    /// Which sections show.
    pub sections: Sections,
    /// Tells the host page what happened (see [`HostEvent`]).
    pub on_event: Callback<HostEvent>,
    /// A share code from the page's address (`#share=…`), read when the widget starts.
    pub shared: Option<AttrValue>,
    /// Where the reader's progress is saved on this device.
    pub storage_key: KeyName,
}

/// Shared parts compare by identity: comparing the whole guide field by field
/// would cost the download several kilobytes for no benefit.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.guide, &other.guide)
            && Rc::ptr_eq(&self.money, &other.money)
            && self.instance == other.instance
            && self.sections == other.sections
            && self.on_event == other.on_event
            && self.shared == other.shared
            && self.storage_key == other.storage_key
    }
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    // A shared link opens on its result (and scenario); a broken one says so
    // and the guide starts as usual.
    let opened = use_memo((), {
        let (guide, code) = (Rc::clone(&props.guide), props.shared.clone());
        let with_guide = props.sections.has(Section::Guide);
        move |()| {
            code.filter(|_| with_guide)
                .map(|c| share::decode(&guide, &c))
        }
    });
    let state = use_reducer({
        let (guide, opened) = (Rc::clone(&props.guide), Rc::clone(&opened));
        move || match &*opened {
            Some(Ok(shared)) => {
                AppState::with_answers(guide, shared.answers.iter().copied().enumerate())
            }
            _ => AppState::new(guide),
        }
    });
    let guide_focus = use_focus_on_move(state.moves);
    let calc = use_reducer({
        let (opened, money) = (Rc::clone(&opened), Rc::clone(&props.money));
        move || {
            let mut calc = Calculator::new(money);
            if let Some(Ok(share::Shared {
                values: Some(values),
                ..
            })) = &*opened
            {
                calc.apply(CalcAction::Restore {
                    name: "Shared scenario".to_owned(),
                    values: *values,
                });
            }
            calc
        }
    });
    let form = use_reducer({
        let (hours, money) = (calc.selected().values().hours, Rc::clone(&props.money));
        move || ProfileForm::new(hours, &file::time_zone(), money)
    });
    // The host may change the locale or currency while the reader works: the
    // reducers then read and write amounts the new way. Checked while
    // rendering rather than in an effect, which costs the download far less;
    // once the action has run the two are equal, so it runs once.
    if *calc.money() != props.money {
        calc.dispatch(CalcAction::Locale(Rc::clone(&props.money)));
        form.dispatch(FormAction::Locale(Rc::clone(&props.money)));
    }
    // Saved progress: opened once, written a moment after each change.
    let redraw = use_force_update();
    let saver = use_memo((), {
        let (key, owner) = (props.storage_key.clone(), props.instance.clone());
        let viewing = matches!(&*opened, Some(Ok(_)));
        move |()| {
            Saver::open(
                &key,
                &owner,
                viewing,
                Callback::from(move |()| redraw.force_update()),
            )
        }
    });
    let saving = saver.view();
    let keep = use_memo((), {
        let saver = (*saver).clone();
        move |()| Callback::from(move |p: Progress| saver.keep_aside(&p))
    });
    {
        let saver = (*saver).clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state::progress(&state, &calc, &form), move |progress| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                saver.changed(progress.clone());
            }
        });
    }
    let saved_actions = SavedActions {
        saver: (*saver).clone(),
        load: {
            let (guide, calc, form) = (state.dispatcher(), calc.dispatcher(), form.dispatcher());
            Callback::from(move |p: Progress| {
                guide.dispatch(GuideAction::Resume(p.guide));
                calc.dispatch(CalcAction::Resume(Box::new(p.income)));
                form.dispatch(FormAction::Resume(Box::new(p.profile)));
            })
        },
        restart: {
            let guide = state.dispatcher();
            Callback::from(move |()| guide.dispatch(Action::Restart.into()))
        },
        footer: use_node_ref(),
        id: props.instance.clone(),
    };
    let share_note = match &*opened {
        Some(Err(e)) => html! {
            <p class="sp-note sp-share-note" role="status">{ format!("{e} The guide starts from the first question.") }</p>
        },
        _ => Html::default(),
    };
    // Scored once per render; the guide's screens, the calculator and the
    // profile share it.
    let result = state.result();
    let on_result = state.screen == Screen::Result;
    // The file's guide part, once every question has an answer.
    let snapshot = result
        .as_ref()
        .map(|r| GuideSnapshot::new(&state.guide, &state.answers, r));
    // The calculator offers a preset for the outcome once the reader has seen it.
    let preset = result.as_ref().filter(|_| on_result).map(|r| {
        let band = &state.guide.text(r.outcome).rate;
        (r.outcome, outcome_values(r.outcome, band))
    });
    // The host hears of each result the reader sees, and of every change to
    // the scenarios after the first render.
    let seen = snapshot.clone().filter(|_| on_result);
    {
        let on_event = props.on_event.clone();
        use_effect_with(seen, move |seen| {
            if let Some(snapshot) = seen {
                on_event.emit(HostEvent::Result(snapshot.part()));
            }
        });
    }
    {
        let on_event = props.on_event.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(calc.detail(props.money.currency), move |detail| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                on_event.emit(HostEvent::Income(detail.clone()));
            }
        });
    }
    let view = View {
        calc: &calc,
        money: &props.money,
        preset,
        id: &props.instance,
    };
    let share_block = if on_result {
        let selected = calc.selected().values();
        html! {
            <ShareResult guide={state.clone()}
                values={props.sections.has(Section::Income).then_some(selected)}
                formula={view.formula(selected)}
                id={props.instance.clone()} />
        }
    } else {
        Html::default()
    };
    html! {
        <div class="sp">
            { header() }
            { saved::notices(&saving, state.guide.questions().len(), &saved_actions) }
            if props.sections.has(Section::Guide) {
                { share_note }
                { guide_view(&GuideView {
                    state: &state,
                    result: result.as_ref(),
                    instance: &props.instance,
                    focus: guide_focus,
                    share: share_block,
                }) }
            }
            if props.sections.has(Section::Income) {
                { income_view(&view) }
            }
            if props.sections.has(Section::Profile) {
                <ProfileSection guide={state.clone()} form={form.clone()} {snapshot} result_shown={on_result} calc={calc.clone()}
                    money={Rc::clone(&props.money)} id={props.instance.clone()}
                    on_event={props.on_event.clone()} keep={(*keep).clone()} />
            }
            { saved::footer(&saving, &saved_actions) }
        </div>
    }
}

/// The widget's heading, above every section.
fn header() -> Html {
    html! {
        <header class="sp-header">
            <p class="sp-brand">{ "Skillpath" }</p>
            <p class="sp-lede">{ "Generalist, specialist or hybrid? A few minutes of questions, one honest answer you can act on." }</p>
        </header>
    }
}

/// Props for [`FirstScreen`].
#[derive(Properties, PartialEq)]
pub struct FirstScreenProps {
    /// The checked guide content.
    pub guide: Rc<Guide>,
    /// The id prefix, as [`AppProps::instance`].
    pub instance: AttrValue,
}

/// The top of [`App`]'s first render for a reader with nothing saved and no
/// shared link: the heading and the guide's first question, drawn by the
/// very functions `App` uses. Rendered to HTML when the site is built
/// ([`first_screen_html`]), so that `skillpath.js` can show the first
/// question while the wasm is still on its way; the widget then takes over.
#[component]
pub fn FirstScreen(props: &FirstScreenProps) -> Html {
    let state = use_reducer({
        let guide = Rc::clone(&props.guide);
        move || AppState::new(guide)
    });
    html! {
        <div class="sp">
            { header() }
            { guide_view(&GuideView {
                state: &state,
                result: None,
                instance: &props.instance,
                focus: NodeRef::default(),
                share: Html::default(),
            }) }
        </div>
    }
}

/// [`FirstScreen`] as HTML, through Yew's server renderer, with `instance`
/// as the id prefix. Build machine only.
///
/// # Errors
/// The single-threaded runtime it renders in cannot start.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_screen_html(guide: Rc<Guide>, instance: &str) -> std::io::Result<String> {
    let props = FirstScreenProps {
        guide,
        instance: AttrValue::from(instance.to_owned()),
    };
    let renderer = yew::LocalServerRenderer::<FirstScreen>::with_props(props).hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    Ok(runtime.block_on(tokio::task::LocalSet::new().run_until(renderer.render())))
}
