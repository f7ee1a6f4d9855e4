//! Sharing a result from its hero: **Share** opens the phone's share sheet
//! with a link to the result (or copies the link where there is no sheet),
//! and the picture of the result is saved as a PNG (or shared as one, where
//! the browser shares files). The link carries the answers, and if the
//! reader wants the selected scenario, after `#share=`, which browsers never
//! send to a server; opening it shows the same result, framed as shared.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::shapes::{name_in_text, path};
use crate::browser::file::{self, Download};
use crate::browser::share::{self, Shared, Sharing};
use crate::browser::{dom, picture};
use crate::domain::guide::Outcome;
use crate::domain::income::Values;
use crate::domain::share as code;
use crate::domain::words::Key;
use crate::hooks::use_words;
use crate::state::AppContext;

/// Props for [`ShareResult`].
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The guide, finished.
    pub guide: AppContext,
    /// The reader's outcome.
    pub outcome: Outcome,
    /// "A clear lead over π-shaped" (or how close the next shape is), when there is one.
    pub near: Option<AttrValue>,
    /// The selected scenario's values, when the calculator shows.
    pub values: Option<Values>,
    /// How the scenario reads (`42 × 15 × 46`).
    pub formula: AttrValue,
    /// Id prefix of this widget instance.
    pub id: AttrValue,
}

/// What the status line says after a share.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Said {
    Shared,
    Copied,
    CopyRefused,
    Picture(String),
    PictureUnconfirmed(String),
    PictureRefused,
}

/// The hero's share actions, and the link with its options behind a disclosure.
#[component]
pub fn ShareResult(props: &ShareProps) -> Html {
    let include = use_state(|| false);
    let said = use_state(|| None::<Said>);
    let link_ref = use_node_ref();
    let more_ref = use_node_ref();
    let hero_ref = use_node_ref();
    let pictures = use_memo((), |()| share::can_share_pictures());
    let words = use_words();
    let values = props.values.filter(|_| *include);
    let Some(code) = code::encode(&props.guide.guide, &props.guide.answers, values) else {
        return Html::default();
    };
    let (address, target) = dom::share_address();
    let link = Rc::new(format!("{address}#share={code}"));
    let opens = match target {
        dom::ShareTarget::ThisPage => None,
        dom::ShareTarget::HostPage => Some(words.get(Key::GuideShareOpensHost)),
        dom::ShareTarget::Standalone => Some(words.get(Key::GuideShareOpensStandalone)),
    };
    let name = name_in_text(props.outcome, &words);
    let tagline = props.guide.guide.text(props.outcome).tagline.to_string();
    let message = Rc::new(Message {
        text: words.fill(
            Key::GuideShareText,
            &[("name", name), ("tagline", &tagline)],
        ),
        title: words.get(Key::GuideShareTitle).to_owned(),
        lean: words.get(Key::GuideHeroYouLean).to_owned(),
        name: name.to_owned(),
        foot: words.get(Key::GuideSharePictureFoot).to_owned(),
        tagline,
        near: props.near.as_ref().map(ToString::to_string),
    });
    let base = format!("{}-share", props.id);
    let on_include = {
        let (include, said) = (include.clone(), said.clone());
        Callback::from(move |_| {
            include.set(!*include);
            said.set(None);
        })
    };
    // The link by the share sheet, else copied, else selected for the reader.
    let copy_link = {
        let (said, link, link_ref, more_ref) = (
            said.setter(),
            Rc::clone(&link),
            link_ref.clone(),
            more_ref.clone(),
        );
        move |via_sheet: bool, message: Rc<Message>| {
            let (said, link, link_ref, more_ref) = (
                said.clone(),
                Rc::clone(&link),
                link_ref.clone(),
                more_ref.clone(),
            );
            spawn_local(async move {
                if via_sheet {
                    let sheet = Sharing {
                        title: &message.title,
                        text: &message.text,
                        url: Some(&link),
                        picture: None,
                    };
                    match share::share(&sheet).await {
                        Shared::Done => return said.set(Some(Said::Shared)),
                        Shared::Cancelled => return,
                        Shared::Unavailable => {}
                    }
                }
                if file::copy(&link).await {
                    said.set(Some(Said::Copied));
                } else {
                    dom::open_details(&more_ref);
                    dom::focus_and_select(&link_ref);
                    said.set(Some(Said::CopyRefused));
                }
            });
        }
    };
    let on_share = {
        let (copy_link, message) = (copy_link.clone(), Rc::clone(&message));
        Callback::from(move |_: MouseEvent| copy_link(true, Rc::clone(&message)))
    };
    let on_copy = {
        let message = Rc::clone(&message);
        Callback::from(move |_: MouseEvent| copy_link(false, Rc::clone(&message)))
    };
    let on_picture = {
        let (said, node, message, share_it) = (
            said.setter(),
            hero_ref.clone(),
            Rc::clone(&message),
            *pictures,
        );
        let outcome = props.outcome;
        Callback::from(move |_: MouseEvent| {
            let (said, node, message) = (said.clone(), node.clone(), Rc::clone(&message));
            spawn_local(async move {
                let card = picture::Card {
                    lean: &message.lean,
                    name: &message.name,
                    tagline: &message.tagline,
                    near: message.near.as_deref(),
                    foot: &message.foot,
                    shape: path(outcome),
                };
                let Ok(png) = picture::draw(&card, &node).await else {
                    return said.set(Some(Said::PictureRefused));
                };
                let file_name = format!("skillpath-{}.png", outcome.id());
                if share_it {
                    let sheet = Sharing {
                        title: &message.title,
                        text: &message.text,
                        url: None,
                        picture: Some((&png, &file_name)),
                    };
                    match share::share(&sheet).await {
                        Shared::Done => return said.set(Some(Said::Shared)),
                        Shared::Cancelled => return,
                        Shared::Unavailable => {}
                    }
                }
                said.set(Some(match file::download_blob(&file_name, &png) {
                    Download::Started => Said::Picture(file_name),
                    Download::Unconfirmed => Said::PictureUnconfirmed(file_name),
                    Download::Refused => Said::PictureRefused,
                }));
            });
        })
    };
    let status = match &*said {
        None => Html::default(),
        Some(Said::Shared) => {
            html! { <p class="sp-status__done">{ words.get(Key::GuideShareDone) }</p> }
        }
        Some(Said::Copied) => {
            html! { <p class="sp-status__done">{ words.get(Key::GuideShareCopied) }</p> }
        }
        Some(Said::CopyRefused) => {
            html! { <p class="sp-error">{ words.get(Key::GuideShareCopyRefused) }</p> }
        }
        Some(Said::Picture(file)) => html! {
            <p class="sp-status__done">{ words.fill(Key::GuideSharePictureSaved, &[("file", file)]) }</p>
        },
        Some(Said::PictureUnconfirmed(file)) => html! {
            <p class="sp-status__done">{ words.fill(Key::GuideSharePictureUnconfirmed, &[("file", file)]) }</p>
        },
        Some(Said::PictureRefused) => {
            html! { <p class="sp-error">{ words.get(Key::GuideSharePictureRefused) }</p> }
        }
    };
    html! {
        <div class="sp-share" ref={hero_ref}>
            <div class="sp-actions">
                <button type="button" class="sp-button sp-button--primary" part="primary-button" onclick={on_share}>{ words.get(Key::GuideShareButton) }</button>
                <button type="button" class="sp-button" part="secondary-button" onclick={on_picture}>
                    { words.get(if *pictures { Key::GuideSharePicture } else { Key::GuideSavePicture }) }
                </button>
            </div>
            <div role="status" class="sp-status">{ status }</div>
            <details class="sp-share__more" ref={more_ref}>
                <summary>{ words.get(Key::GuideShareMore) }</summary>
                <div class="sp-share__body">
                    <p class="sp-small sp-muted">{ words.get(Key::GuideShareExplained) }</p>
                    if props.values.is_some() {
                        <label class="sp-radio" for={format!("{base}-income")}>
                            <input type="checkbox" id={format!("{base}-income")} checked={*include} onchange={on_include} />
                            { words.fill(Key::GuideShareIncludeScenario, &[("formula", props.formula.as_str())]) }
                        </label>
                    }
                    <div class="sp-field">
                        <label class="sp-label" for={format!("{base}-link")}>{ words.get(Key::GuideShareLinkLabel) }</label>
                        <input ref={link_ref} id={format!("{base}-link")} class="sp-input sp-input--text" part="field" type="text"
                            readonly=true value={link.to_string()} />
                        if let Some(opens) = opens {
                            <p class="sp-small sp-muted">{ opens }</p>
                        }
                    </div>
                    <div class="sp-actions">
                        <button type="button" class="sp-button sp-button--quiet" part="secondary-button" onclick={on_copy}>{ words.get(Key::GuideShareCopyLink) }</button>
                    </div>
                </div>
            </details>
        </div>
    }
}

/// The words a share carries, in the language in force.
struct Message {
    /// The share sheet's title.
    title: String,
    /// The share sheet's text.
    text: String,
    /// The picture's line above the name ("You lean").
    lean: String,
    /// The outcome's name, as running text writes it.
    name: String,
    /// The picture's line at the foot.
    foot: String,
    /// The outcome's one-line summary.
    tagline: String,
    /// "A clear lead over π-shaped", or how close the next shape is.
    near: Option<String>,
}
