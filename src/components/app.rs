//! The root component: holds the state and shows the widget's chapters, one
//! at a time: the guide (its questions, then its result), "What could this
//! pay?" and "Your plan, ready to use".

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::dom;
use crate::browser::file;
use crate::browser::saving::Saver;
use crate::components::chapters::{chapter_nav, next_chapter};
use crate::components::guide::{GuideView, Sharing, guide_view};
use crate::components::income::{View, income_view};
use crate::components::language::{LangTrouble, lang_notice};
use crate::components::profile::ProfileSection;
use crate::components::saved::{self, SavedActions};
use crate::components::{Shared, send_move};
use crate::domain::author::Author;
use crate::domain::events::HostEvent;
use crate::domain::guide::Guide;
use crate::domain::income::{income, outcome_values};
use crate::domain::number::MoneyFormat;
use crate::domain::options::{Section, Sections};
use crate::domain::profile::document::GuideSnapshot;
use crate::domain::progress::{KeyName, Mode, Off, Progress};
use crate::domain::share;
use crate::domain::words::{Key, Words};
use crate::hooks::{WordsContext, use_change_effect, use_focus_on_move};
use crate::state::calculator::{CalcAction, Calculator, Naming};
use crate::state::profile::{FormAction, ProfileForm};
use crate::state::{self, Action, AppState, GuideAction, Screen};

/// How long a choice made by pointer shows before the next question comes:
/// long enough to see it taken (a tap is about 100 ms, the highlight's
/// transition 120 ms), short enough not to feel like waiting.
const ADVANCE_MS: u32 = 450;

/// Props for [`App`].
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// The page author's intro and next steps.
    pub author: Rc<Author>,
    /// The checked guide content.
    pub guide: Shared<Guide>,
    /// How amounts are written (locale and currency).
    pub money: Shared<MoneyFormat>,
    /// A prefix that keeps element ids unique when the widget runs twice on a page.
    pub instance: AttrValue,
    /// Which chapters exist.
    pub sections: Sections,
    /// Tells the host page what happened (see [`HostEvent`]).
    pub on_event: Callback<HostEvent>,
    /// A share code from the page's address (`#share=…`), read when the widget starts.
    pub shared: Option<AttrValue>,
    /// Where the reader's progress is saved on this device.
    pub storage_key: KeyName,
    /// The interface's words, in the language in force.
    pub words: Shared<Words>,
    /// Set when the language asked for could not load (English shows).
    pub trouble: Option<LangTrouble>,
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
    let root = use_focus_on_move(state.moves);
    // The host or the reader switched languages: the same guide in other
    // words, with every answer where it was (the first run changes nothing).
    {
        let guide = state.dispatcher();
        use_effect_with(props.guide.clone(), move |words| {
            guide.dispatch(GuideAction::Words(Rc::clone(words)));
        });
    }
    let calc = use_reducer({
        let (opened, money) = (Rc::clone(&opened), Rc::clone(&props.money));
        let words = Rc::clone(&props.words);
        move || {
            let mut calc = Calculator::with_words(money, &words);
            if let Some(Ok(share::Shared {
                values: Some(values),
                ..
            })) = &*opened
            {
                calc.apply(CalcAction::Restore {
                    name: words.get(Key::IncomeScenarioShared).to_owned(),
                    values: *values,
                });
            }
            calc
        }
    });
    // Scenarios made from now on are named in the language in force.
    {
        let calc = calc.dispatcher();
        use_effect_with(props.words.clone(), move |words| {
            calc.dispatch(CalcAction::Names(Naming::new(&words.0)));
        });
    }
    let form = use_reducer({
        let (hours, money) = (calc.selected().values().hours, Rc::clone(&props.money));
        move || ProfileForm::new(hours, &file::time_zone(), money)
    });
    // The host may change the locale or currency while the reader works: the
    // reducers then read and write amounts the new way (the same format
    // changes nothing, so the first run is a no-op).
    {
        let (calc, form) = (calc.dispatcher(), form.dispatcher());
        use_effect_with(props.money.clone(), move |money| {
            calc.dispatch(CalcAction::Locale(Rc::clone(money)));
            form.dispatch(FormAction::Locale(Rc::clone(money)));
        });
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
    // Someone else's result, opened from a link: shown as theirs, and
    // nothing is saved or prefilled until the reader takes the guide.
    let viewing = saving.mode == Mode::Off(Off::Viewing);
    let keep = use_memo((), {
        let saver = (*saver).clone();
        move |()| Callback::from(move |p: Progress| saver.keep_aside(&p))
    });
    use_change_effect(state::progress(&state, &calc, &form), {
        let saver = (*saver).clone();
        move |progress| saver.changed(progress.clone())
    });
    let load = {
        let (guide, calc, form) = (state.dispatcher(), calc.dispatcher(), form.dispatcher());
        let (model, keep) = (Rc::clone(&props.guide), (*keep).clone());
        Callback::from(move |p: Progress| {
            // Progress from an earlier edition of the questions: what still
            // fits carries over, and the whole of it is kept aside as it was.
            if p.guide.fit(&model).1 > 0 {
                keep.emit(p.clone());
            }
            guide.dispatch(GuideAction::Resume(p.guide));
            calc.dispatch(CalcAction::Resume(Box::new(p.income)));
            form.dispatch(FormAction::Resume(Box::new(p.profile)));
        })
    };
    // An import or its undo puts progress back where the reader is.
    let put = {
        let (guide, calc, form) = (state.dispatcher(), calc.dispatcher(), form.dispatcher());
        Callback::from(move |p: Progress| {
            guide.dispatch(GuideAction::Replace(p.guide));
            calc.dispatch(CalcAction::Resume(Box::new(p.income)));
            form.dispatch(FormAction::Resume(Box::new(p.profile)));
        })
    };
    let saved_actions = SavedActions {
        saver: (*saver).clone(),
        load: load.clone(),
        restart: {
            let guide = state.dispatcher();
            Callback::from(move |()| guide.dispatch(Action::Restart.into()))
        },
        footer: use_node_ref(),
        id: props.instance.clone(),
    };
    // "Take the guide yourself": the friend's answers and scenario go, and
    // the reader's own saving starts (offering their own progress, if any).
    let take_yourself = {
        let (saver, load) = ((*saver).clone(), load.clone());
        let (guide, money) = (Rc::clone(&props.guide), Rc::clone(&props.money));
        let names = calc.names().clone();
        send_move(&state, move |_: MouseEvent| {
            let calc = Calculator::named(Rc::clone(&money), names.clone());
            let hours = calc.selected().values().hours;
            let form = ProfileForm::new(hours, &file::time_zone(), Rc::clone(&money));
            saver.own();
            load.emit(state::progress(
                &AppState::new(Rc::clone(&guide)),
                &calc,
                &form,
            ));
            Some(Action::Restart.into())
        })
    };
    let share_note = match &*opened {
        Some(Err(e)) => html! {
            <p class="sp-note sp-share-note" role="status">{ props.words.fill(Key::AppShareBroken, &[("problem", e.say(&props.words))]) }</p>
        },
        _ if state.left_behind > 0 && !state.finished() => {
            let carried = state.answers.answered().to_string();
            let left = state.left_behind;
            html! {
                <p class="sp-note sp-share-note" role="status">{ props.words.count(
                    Key::AppQuestionsChanged,
                    left as u64,
                    &left.to_string(),
                    &[("carried", &carried)],
                ) }</p>
            }
        }
        _ => Html::default(),
    };
    // A choice made by pointer moves on by itself after a pause; a newer
    // choice replaces the pause, and leaving the widget cancels it.
    let pause = use_mut_ref(|| None::<dom::Later>);
    let advance = {
        let guide = state.dispatcher();
        Callback::from(move |(question, target): (usize, Option<dom::Target>)| {
            let guide = guide.clone();
            *pause.borrow_mut() = Some(dom::later(ADVANCE_MS, move || {
                dom::let_go_of_focus(target);
                guide.dispatch(Action::Advance(question).into());
            }));
        })
    };

    // Scored once per render; the guide's screens, the calculator and the
    // profile share it.
    let result = state.result();
    let sections = props.sections;
    let chapter = if viewing {
        Section::Guide
    } else {
        sections.clamp(state.chapter)
    };
    let on_result = chapter == Section::Guide && state.screen == Screen::Result;
    // The file's guide part, once every question has an answer.
    let snapshot = result
        .as_ref()
        .map(|r| GuideSnapshot::new(&state.guide, &state.answers, r));
    // The calculator offers a preset for the outcome once the reader has one.
    let preset = result.as_ref().filter(|_| !viewing).map(|r| {
        let band = &state.guide.text(r.outcome).rate;
        (r.outcome, outcome_values(r.outcome, band))
    });
    // The host hears of each result the reader sees, and of every change to
    // the scenarios after the first render.
    {
        let on_event = props.on_event.clone();
        let seen = snapshot.clone().filter(|_| on_result);
        use_effect_with(seen, move |seen| {
            if let Some(snapshot) = seen {
                on_event.emit(HostEvent::Result(snapshot.part()));
            }
        });
    }
    // The host hears of each new screen the reader reaches (where, never what).
    {
        let on_event = props.on_event.clone();
        use_effect_with(state::step(&state, chapter), move |step| {
            on_event.emit(HostEvent::Step(*step));
        });
    }
    use_change_effect(calc.detail(props.money.currency), {
        let on_event = props.on_event.clone();
        move |detail| on_event.emit(HostEvent::Income(detail.clone()))
    });
    let view = View {
        calc: &calc,
        money: &props.money,
        preset,
        id: &props.instance,
        next: next_chapter(&state, sections, Section::Income),
        hidden: chapter != Section::Income,
        words: &props.words,
    };
    let sharing = on_result.then(|| {
        let selected = calc.selected().values();
        Sharing {
            values: sections.has(Section::Income).then_some(selected),
            formula: view.formula(selected),
            viewing,
            scenario: match &*opened {
                Some(Ok(share::Shared {
                    values: Some(v), ..
                })) if viewing => Some(props.words.fill(
                    Key::AppTheirScenario,
                    &[
                        ("formula", &view.formula(*v)),
                        (
                            "income",
                            &props.money.money(income(v.rate, v.hours, v.weeks).annual),
                        ),
                    ],
                )),
                _ => None,
            },
            take_yourself: take_yourself.clone(),
        }
    });
    // The navigation between chapters shows once the guide has a result
    // (before it, only the guide), or as soon as the widget opens elsewhere.
    let nav = if !viewing && (state.finished() || chapter != Section::Guide) {
        chapter_nav(&state, sections, chapter, &props.instance, &props.words)
    } else {
        Html::default()
    };
    let lede = chapter == Section::Guide && !on_result;
    // A reader who kept a file from another visit (or another device) can
    // carry on from it before answering anything: the plan chapter opens
    // with its file picker.
    let carry_on =
        (lede && !viewing && !state.finished() && sections.has(Section::Profile)).then(|| {
            let (root, guide) = (root.clone(), state.dispatcher());
            let onclick = Callback::from(move |_: MouseEvent| {
                dom::click_in(&root, "input[type=file]");
                guide.dispatch(Action::Open(Section::Profile).into());
            });
            html! {
                <p class="sp-aside sp-carry">
                    { props.words.get(Key::AppCarryOnQuestion) }
                    <button type="button" class="sp-linkbutton" {onclick}>{ props.words.get(Key::AppCarryOnImport) }</button>
                </p>
            }
        });
    html! {
        <ContextProvider<WordsContext> context={WordsContext(Rc::clone(&props.words))}>
        <div class="sp" part="card" ref={root} data-chapter={chapter.id()}
            lang={props.words.lang().code()} dir={dir(&props.words)}>
            { header(&props.words, (lede && sections.has(Section::Guide)).then_some(&*props.author)) }
            { nav }
            if let Some(trouble) = &props.trouble {
                { lang_notice(trouble, &props.words) }
            }
            if !viewing {
                { saved::notices(&saving, &state.guide, &saved_actions, &props.words) }
            }
            if sections.has(Section::Guide) {
                <section class="sp-chapter" aria-label={props.words.get(Key::AppChapterGuide).to_owned()} hidden={chapter != Section::Guide}>
                    { share_note }
                    { guide_view(&GuideView {
                        state: &state,
                        result: result.as_ref(),
                        instance: &props.instance,
                        sharing,
                        next: next_chapter(&state, sections, Section::Guide),
                        advance,
                        words: &props.words,
                        author: &props.author,
                    }) }
                </section>
                // One child either way (an empty list when there is none): Yew
                // matches unkeyed children from the end, so a child that comes
                // and goes after the guide would re-create the guide.
                { carry_on.unwrap_or_default() }
            }
            if sections.has(Section::Income) {
                { income_view(&view) }
            }
            if sections.has(Section::Profile) {
                <ProfileSection guide={state.clone()} form={form.clone()} {snapshot}
                    result_shown={result.is_some() && !viewing} calc={calc.clone()}
                    money={Rc::clone(&props.money)} id={props.instance.clone()}
                    hidden={chapter != Section::Profile}
                    on_event={props.on_event.clone()} keep={(*keep).clone()} {put} />
            }
            { saved::footer(&saving, &saved_actions, &props.words) }
        </div>
        </ContextProvider<WordsContext>>
    }
}

/// The root's `dir`: screen readers and the layout follow the language
/// (Arabic mirrors).
fn dir(words: &Words) -> &'static str {
    if words.lang().rtl() { "rtl" } else { "ltr" }
}

/// The widget's heading, above every chapter; the line under it introduces
/// the guide, and shows on the guide's questions only (with `lede`): the
/// author's own (their `intro` slot, or text), else ours.
fn header(words: &Words, lede: Option<&Author>) -> Html {
    let lede = lede.map(|author| {
        if author.has_slot("intro") {
            html! { <div class="sp-lede sp-lede--author" part="intro"><slot name="intro" /></div> }
        } else {
            let text = author.intro.as_deref().unwrap_or(words.get(Key::AppLede));
            html! { <p class="sp-lede">{ text }</p> }
        }
    });
    html! {
        <header class="sp-header">
            <p class="sp-brand">{ "Skillpath" }</p>
            { lede.unwrap_or_default() }
        </header>
    }
}

/// Props for [`FirstScreen`].
#[derive(Properties, PartialEq)]
pub struct FirstScreenProps {
    /// The checked guide content.
    pub guide: Shared<Guide>,
    /// The id prefix, as [`AppProps::instance`].
    pub instance: AttrValue,
    /// The interface's words, as [`AppProps::words`].
    pub words: Shared<Words>,
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
        <div class="sp" part="card" data-chapter={Section::Guide.id()}
            lang={props.words.lang().code()} dir={dir(&props.words)}>
            { header(&props.words, Some(&Author::default())) }
            <section class="sp-chapter" aria-label={props.words.get(Key::AppChapterGuide).to_owned()}>
                { guide_view(&GuideView {
                    state: &state,
                    result: None,
                    instance: &props.instance,
                    sharing: None,
                    next: None,
                    advance: Callback::noop(),
                    words: &props.words,
                    author: &Author::default(),
                }) }
            </section>
        </div>
    }
}

/// [`FirstScreen`] as HTML, through Yew's server renderer, with `instance`
/// as the id prefix. Build machine only.
///
/// # Errors
/// The single-threaded runtime it renders in cannot start.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_screen_html(
    guide: Rc<Guide>,
    words: Rc<Words>,
    instance: &str,
) -> std::io::Result<String> {
    let props = FirstScreenProps {
        guide: Shared(guide),
        words: Shared(words),
        instance: AttrValue::from(instance.to_owned()),
    };
    let renderer = yew::LocalServerRenderer::<FirstScreen>::with_props(props).hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    Ok(runtime.block_on(tokio::task::LocalSet::new().run_until(renderer.render())))
}
