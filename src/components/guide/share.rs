//! Sharing a result from its hero: **Share** opens the phone's share sheet
//! with a link to the result (or copies the link where there is no sheet),
//! and the picture of the result is saved as a PNG (or shared as one, where
//! the browser shares files). The link carries the answers, and if the
//! reader wants the selected scenario, after `#share=`, which browsers never
//! send to a server; opening it shows the same result, framed as shared.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::shapes::path;
use crate::browser::file::{self, Download};
use crate::browser::share::{self, Shared, Sharing};
use crate::browser::{dom, picture};
use crate::domain::guide::Outcome;
use crate::domain::income::Values;
use crate::domain::share as code;
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
    let values = props.values.filter(|_| *include);
    let Some(code) = code::encode(&props.guide.guide, &props.guide.answers, values) else {
        return Html::default();
    };
    let (address, target) = dom::share_address();
    let link = Rc::new(format!("{address}#share={code}"));
    let opens = match target {
        dom::ShareTarget::ThisPage => None,
        dom::ShareTarget::HostPage => Some("The link opens the page this guide is on."),
        dom::ShareTarget::Standalone => Some(
            "This guide is shown in a frame from another site, whose address it cannot read: \
             the link opens the guide on its own page instead.",
        ),
    };
    let name = props.outcome.name_in_text();
    let tagline = props.guide.guide.text(props.outcome).tagline.to_string();
    let words = Rc::new(Words {
        text: format!("I lean {name} on Skillpath: {tagline}"),
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
        move |via_sheet: bool, words: Rc<Words>| {
            let (said, link, link_ref, more_ref) = (
                said.clone(),
                Rc::clone(&link),
                link_ref.clone(),
                more_ref.clone(),
            );
            spawn_local(async move {
                if via_sheet {
                    let sheet = Sharing {
                        title: "My Skillpath result",
                        text: &words.text,
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
        let (copy_link, words) = (copy_link.clone(), Rc::clone(&words));
        Callback::from(move |_: MouseEvent| copy_link(true, Rc::clone(&words)))
    };
    let on_copy = {
        let words = Rc::clone(&words);
        Callback::from(move |_: MouseEvent| copy_link(false, Rc::clone(&words)))
    };
    let on_picture = {
        let (said, node, words, share_it) = (
            said.setter(),
            hero_ref.clone(),
            Rc::clone(&words),
            *pictures,
        );
        let outcome = props.outcome;
        Callback::from(move |_: MouseEvent| {
            let (said, node, words) = (said.clone(), node.clone(), Rc::clone(&words));
            spawn_local(async move {
                let card = picture::Card {
                    lean: "You lean",
                    name: outcome.name_in_text(),
                    tagline: &words.tagline,
                    near: words.near.as_deref(),
                    foot: "Skillpath · exploration, not a verdict",
                    shape: path(outcome),
                };
                let Ok(png) = picture::draw(&card, &node).await else {
                    return said.set(Some(Said::PictureRefused));
                };
                let file_name = format!("skillpath-{}.png", outcome.id());
                if share_it {
                    let sheet = Sharing {
                        title: "My Skillpath result",
                        text: &words.text,
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
        Some(Said::Shared) => html! { <p class="sp-status__done">{ "Shared." }</p> },
        Some(Said::Copied) => {
            html! { <p class="sp-status__done">{ "Copied the link to your result." }</p> }
        }
        Some(Said::CopyRefused) => html! {
            <p class="sp-error">{ "The browser did not allow copying: the link is selected below, copy it from there." }</p>
        },
        Some(Said::Picture(name)) => {
            html! { <p class="sp-status__done">{ format!("Saved the picture as {name}.") }</p> }
        }
        Some(Said::PictureUnconfirmed(name)) => html! {
            <p class="sp-status__done">{ format!("Your browser was asked to save {name}; this page sits in a frame that may block downloads.") }</p>
        },
        Some(Said::PictureRefused) => html! {
            <p class="sp-error">{ "This page cannot save the picture here (a sandboxed frame, for example). A screenshot of the result works as well." }</p>
        },
    };
    html! {
        <div class="sp-share" ref={hero_ref}>
            <div class="sp-actions">
                <button type="button" class="sp-button sp-button--primary" onclick={on_share}>{ "Share" }</button>
                <button type="button" class="sp-button" onclick={on_picture}>
                    { if *pictures { "Share the picture" } else { "Save the picture" } }
                </button>
            </div>
            <div role="status" class="sp-status">{ status }</div>
            <details class="sp-share__more" ref={more_ref}>
                <summary>{ "The link, and what it holds" }</summary>
                <div class="sp-share__body">
                    <p class="sp-small sp-muted">
                        { "The link holds your answers after the # sign, which browsers never send to a server: \
                           whoever opens it sees this result, marked as shared, and nothing is stored anywhere." }
                    </p>
                    if props.values.is_some() {
                        <label class="sp-radio" for={format!("{base}-income")}>
                            <input type="checkbox" id={format!("{base}-income")} checked={*include} onchange={on_include} />
                            { format!("Include my income scenario ({})", props.formula) }
                        </label>
                    }
                    <div class="sp-field">
                        <label class="sp-label" for={format!("{base}-link")}>{ "Link to your result" }</label>
                        <input ref={link_ref} id={format!("{base}-link")} class="sp-input sp-input--text" type="text"
                            readonly=true value={link.to_string()} />
                        if let Some(opens) = opens {
                            <p class="sp-small sp-muted">{ opens }</p>
                        }
                    </div>
                    <div class="sp-actions">
                        <button type="button" class="sp-button sp-button--quiet" onclick={on_copy}>{ "Copy link" }</button>
                    </div>
                </div>
            </details>
        </div>
    }
}

/// The words a share carries.
struct Words {
    /// The share sheet's text.
    text: String,
    /// The outcome's one-line summary.
    tagline: String,
    /// "A clear lead over π-shaped", or how close the next shape is.
    near: Option<String>,
}
