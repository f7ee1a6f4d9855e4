//! Saved progress on screen: the "Resume or start over" offer and the notices
//! about saving (at the top), and the line that says where progress is kept
//! with "Forget my data on this device" (at the bottom).

use yew::prelude::*;

use crate::browser::saving::Saver;
use crate::domain::guide::Guide;
use crate::domain::progress::{Elsewhere, Mode, Off, Progress, SaveView};

/// What the widget does when the reader answers a notice.
#[derive(Clone, PartialEq)]
pub struct SavedActions {
    /// The saving behind the notices.
    pub saver: Saver,
    /// Puts saved progress back into the guide, the calculator and the profile.
    pub load: Callback<Progress>,
    /// Starts the guide again from its first question.
    pub restart: Callback<()>,
    /// Where focus goes once the button pressed is gone.
    pub footer: NodeRef,
    /// Id prefix of this widget instance.
    pub id: AttrValue,
}

impl SavedActions {
    fn act(&self, act: impl Fn(&Saver) + 'static) -> Callback<MouseEvent> {
        let (saver, footer) = (self.saver.clone(), self.footer.clone());
        Callback::from(move |_| {
            act(&saver);
            crate::browser::dom::focus_and_select(&footer);
        })
    }
}

/// The offer and the notices, above the sections.
pub fn notices(view: &SaveView, guide: &Guide, actions: &SavedActions) -> Html {
    let offer = view.offer.as_ref().map(|progress| {
        let title = format!("{}-resume-title", actions.id);
        let resume = {
            let (saver, load, progress, footer) = (
                actions.saver.clone(),
                actions.load.clone(),
                progress.clone(),
                actions.footer.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                // The footer first: the guide then takes focus to its question, if it shows.
                crate::browser::dom::focus_and_select(&footer);
                load.emit((*progress).clone());
                saver.resumed();
            })
        };
        html! {
            <section class="sp-card sp-resume" aria-labelledby={title.clone()}>
                <h2 class="sp-title" id={title}>{ "Welcome back" }</h2>
                <p>{ format!("Saved in this browser: {}.", progress.summary(guide)) }</p>
                <div class="sp-actions">
                    <button type="button" class="sp-button sp-button--primary" onclick={resume}>{ "Resume" }</button>
                    <button type="button" class="sp-button" onclick={actions.act(Saver::start_over)}>{ "Start over" }</button>
                </div>
            </section>
        }
    });
    let earlier = view
        .earlier
        .as_ref()
        .map(|progress| earlier_notice(progress, view.earlier_more, guide, actions));
    let mode = match &view.mode {
        Mode::Off(Off::Forgotten) | Mode::On => Html::default(),
        Mode::Off(Off::Viewing) => viewing_notice(actions),
        Mode::Off(off) => {
            html! { <p class="sp-note sp-saved-note" role="status">{ off.message() }</p> }
        }
        Mode::Changed(Elsewhere::Written) => {
            let take = {
                let (saver, load, footer) = (
                    actions.saver.clone(),
                    actions.load.clone(),
                    actions.footer.clone(),
                );
                Callback::from(move |_: MouseEvent| {
                    if let Some(progress) = saver.take_theirs() {
                        load.emit(progress);
                    }
                    crate::browser::dom::focus_and_select(&footer);
                })
            };
            html! {
                <div class="sp-note sp-saved-note" role="status">
                    <p>{ "Your progress was saved from another tab or window since this page last saved it. \
                          Nothing here is saved until you choose which to keep." }</p>
                    <div class="sp-actions">
                        <button type="button" class="sp-button" onclick={take}>{ "Load the newer progress" }</button>
                        <button type="button" class="sp-button" onclick={actions.act(Saver::keep_mine)}>{ "Keep this one" }</button>
                    </div>
                </div>
            }
        }
        Mode::Changed(Elsewhere::Removed) => html! {
            <div class="sp-note sp-saved-note" role="status">
                <p>{ "Your saved progress was removed from this device in another tab or window, \
                      so this page stopped saving." }</p>
                <div class="sp-actions">
                    <button type="button" class="sp-button" onclick={actions.act(Saver::keep_mine)}>{ "Save this one again" }</button>
                </div>
            </div>
        },
    };
    let aside = view.aside.as_ref().map(|why| {
        let download = {
            let saver = actions.saver.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(text) = saver.aside() {
                    crate::browser::file::download(
                        "skillpath-unreadable-progress.json",
                        &text,
                        "application/json",
                    );
                }
            })
        };
        html! {
            <div class="sp-note sp-saved-note" role="status">
                <p>{ format!("The progress saved in this browser could not be read: {why}. The widget \
                              started fresh, and the unreadable copy is kept aside, not overwritten.") }</p>
                <div class="sp-actions">
                    <button type="button" class="sp-button" onclick={download}>{ "Download the unreadable copy" }</button>
                    <button type="button" class="sp-button sp-button--quiet" onclick={actions.act(Saver::drop_aside)}>{ "Delete it" }</button>
                </div>
            </div>
        }
    });
    html! { <>{ for offer }{ for earlier }{ mode }{ for aside }</> }
}

/// Someone else's shared result on screen: nothing is saved until the
/// reader takes the guide themselves.
fn viewing_notice(actions: &SavedActions) -> Html {
    let take = {
        let (saver, restart) = (actions.saver.clone(), actions.restart.clone());
        Callback::from(move |_: MouseEvent| {
            saver.own();
            restart.emit(());
        })
    };
    html! {
        <div class="sp-note sp-saved-note" role="status">
            <p>{ Off::Viewing.message() }</p>
            <div class="sp-actions">
                <button type="button" class="sp-button sp-button--primary" onclick={take}>{ "Take the guide yourself" }</button>
            </div>
        </div>
    }
}

/// The earlier progress kept aside, with the way back to it.
fn earlier_notice(progress: &Progress, more: usize, guide: &Guide, actions: &SavedActions) -> Html {
    let older = match more {
        0 => String::new(),
        1 => " One older save is kept behind it.".to_owned(),
        n => format!(" {n} older saves are kept behind it."),
    };
    let switch = {
        let (saver, load, footer) = (
            actions.saver.clone(),
            actions.load.clone(),
            actions.footer.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            crate::browser::dom::focus_and_select(&footer);
            if let Some(progress) = saver.switch_to_earlier() {
                load.emit(progress);
            }
        })
    };
    html! {
        <div class="sp-note sp-saved-note" role="status">
            <p>{ format!("Earlier progress is kept aside in this browser: {}. \
                          What you do now is saved; switch back at any time.{older}", progress.summary(guide)) }</p>
            <div class="sp-actions">
                <button type="button" class="sp-button" onclick={switch}>{ "Switch to the earlier progress" }</button>
                <button type="button" class="sp-button sp-button--quiet" onclick={actions.act(Saver::drop_earlier)}>{ "Delete the earlier progress" }</button>
            </div>
        </div>
    }
}

/// Where progress is kept, and the way to remove it.
pub fn footer(view: &SaveView, actions: &SavedActions) -> Html {
    let (text, button) = match &view.mode {
        Mode::On if view.offer.is_some() => (
            "If you carry on without choosing, your new work is saved and the progress above is kept aside.",
            Some(("Forget my data on this device", actions.act(Saver::forget))),
        ),
        Mode::On => (
            if view.saved {
                "Your progress is saved in this browser, on this device only."
            } else {
                "Your progress will be saved in this browser, on this device only, as you work."
            },
            Some(("Forget my data on this device", actions.act(Saver::forget))),
        ),
        Mode::Off(Off::Forgotten) => (
            "Your saved progress is removed from this device. Nothing more is saved during this visit.",
            Some(("Save on this device again", actions.act(Saver::save_again))),
        ),
        Mode::Off(Off::Blocked) => ("Progress is not saved in this browser.", None),
        Mode::Off(_) | Mode::Changed(_) => (
            "Progress is not being saved right now.",
            Some(("Forget my data on this device", actions.act(Saver::forget))),
        ),
    };
    html! {
        <footer class="sp-saved">
            <p class="sp-muted" ref={actions.footer.clone()} tabindex="-1">{ text }</p>
            if let Some((label, onclick)) = button {
                <button type="button" class="sp-button sp-button--quiet" {onclick}>{ label }</button>
            }
        </footer>
    }
}
