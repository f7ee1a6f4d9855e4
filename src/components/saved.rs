//! Saved progress on screen: the "Resume or start over" offer and the notices
//! about saving (at the top), and the line that says where progress is kept
//! with "Forget my data on this device" (at the bottom).

use yew::prelude::*;

use crate::browser::saving::Saver;
use crate::domain::guide::Guide;
use crate::domain::progress::{Elsewhere, Mode, Off, Progress, SaveView};
use crate::domain::words::{Key, Words};

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
pub fn notices(view: &SaveView, guide: &Guide, actions: &SavedActions, words: &Words) -> Html {
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
                <h2 part="heading" class="sp-title" id={title}>{ words.get(Key::SavedWelcomeBack) }</h2>
                <p>{ words.fill(Key::SavedOffer, &[("summary", &progress.summary_in(guide, words))]) }</p>
                <div class="sp-actions">
                    <button type="button" class="sp-button sp-button--primary" part="primary-button" onclick={resume}>{ words.get(Key::SavedResume) }</button>
                    <button type="button" class="sp-button" part="secondary-button" onclick={actions.act(Saver::start_over)}>{ words.get(Key::SavedStartOver) }</button>
                </div>
            </section>
        }
    });
    let earlier = view
        .earlier
        .as_ref()
        .map(|progress| earlier_notice(progress, view.earlier_more, guide, actions, words));
    let mode = match &view.mode {
        Mode::Off(Off::Forgotten) | Mode::On => Html::default(),
        Mode::Off(Off::Viewing) => viewing_notice(actions, words),
        Mode::Off(off) => {
            html! { <p class="sp-note sp-saved-note" role="status">{ off.say(words) }</p> }
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
                    <p>{ words.get(Key::SavedWrittenElsewhere) }</p>
                    <div class="sp-actions">
                        <button type="button" class="sp-button" part="secondary-button" onclick={take}>{ words.get(Key::SavedLoadNewer) }</button>
                        <button type="button" class="sp-button" part="secondary-button" onclick={actions.act(Saver::keep_mine)}>{ words.get(Key::SavedKeepMine) }</button>
                    </div>
                </div>
            }
        }
        Mode::Changed(Elsewhere::Removed) => html! {
            <div class="sp-note sp-saved-note" role="status">
                <p>{ words.get(Key::SavedRemovedElsewhere) }</p>
                <div class="sp-actions">
                    <button type="button" class="sp-button" part="secondary-button" onclick={actions.act(Saver::keep_mine)}>{ words.get(Key::SavedSaveAgain) }</button>
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
                <p>{ words.fill(Key::SavedUnreadable, &[("why", &why.say(words))]) }</p>
                <div class="sp-actions">
                    <button type="button" class="sp-button" part="secondary-button" onclick={download}>{ words.get(Key::SavedDownloadUnreadable) }</button>
                    <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={actions.act(Saver::drop_aside)}>{ words.get(Key::SavedDeleteUnreadable) }</button>
                </div>
            </div>
        }
    });
    html! { <>{ for offer }{ for earlier }{ mode }{ for aside }</> }
}

/// Someone else's shared result on screen: nothing is saved until the
/// reader takes the guide themselves.
fn viewing_notice(actions: &SavedActions, words: &Words) -> Html {
    let take = {
        let (saver, restart) = (actions.saver.clone(), actions.restart.clone());
        Callback::from(move |_: MouseEvent| {
            saver.own();
            restart.emit(());
        })
    };
    html! {
        <div class="sp-note sp-saved-note" role="status">
            <p>{ Off::Viewing.say(words) }</p>
            <div class="sp-actions">
                <button type="button" class="sp-button sp-button--primary" part="primary-button" onclick={take}>{ words.get(Key::SavedTakeGuide) }</button>
            </div>
        </div>
    }
}

/// The earlier progress kept aside, with the way back to it.
fn earlier_notice(
    progress: &Progress,
    more: usize,
    guide: &Guide,
    actions: &SavedActions,
    words: &Words,
) -> Html {
    let summary = progress.summary_in(guide, words);
    let said = match more {
        0 => words.fill(Key::SavedEarlier, &[("summary", &summary)]),
        n => words.count(
            Key::SavedEarlierAndOlder,
            n as u64,
            &n.to_string(),
            &[("summary", &summary)],
        ),
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
            <p>{ said }</p>
            <div class="sp-actions">
                <button type="button" class="sp-button" part="secondary-button" onclick={switch}>{ words.get(Key::SavedSwitchEarlier) }</button>
                <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={actions.act(Saver::drop_earlier)}>{ words.get(Key::SavedDeleteEarlier) }</button>
            </div>
        </div>
    }
}

/// Where progress is kept, and the way to remove it.
pub fn footer(view: &SaveView, actions: &SavedActions, words: &Words) -> Html {
    let forget = || Some((Key::SavedForget, actions.act(Saver::forget)));
    let (text, button) = match &view.mode {
        Mode::On if view.offer.is_some() => (Key::SavedFooterOffered, forget()),
        Mode::On => (
            if view.saved {
                Key::SavedFooterSaved
            } else {
                Key::SavedFooterWillSave
            },
            forget(),
        ),
        Mode::Off(Off::Forgotten) => (
            Key::SavedFooterForgotten,
            Some((Key::SavedSaveOnDeviceAgain, actions.act(Saver::save_again))),
        ),
        Mode::Off(Off::Blocked) => (Key::SavedFooterBlocked, None),
        Mode::Off(_) | Mode::Changed(_) => (Key::SavedFooterPaused, forget()),
    };
    html! {
        <footer class="sp-saved">
            <p class="sp-muted" ref={actions.footer.clone()} tabindex="-1">{ words.get(text) }</p>
            if let Some((label, onclick)) = button {
                <button type="button" class="sp-button sp-button--quiet" part="secondary-button" {onclick}>{ words.get(label) }</button>
            }
        </footer>
    }
}
