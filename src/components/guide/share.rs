//! "Share my result": a link that carries the answers (and, if the reader
//! wants, the selected scenario) after `#share=`, which browsers never send to
//! a server. Opening it shows the same result (see `App`).

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::{dom, file};
use crate::domain::income::Values;
use crate::domain::share;
use crate::state::AppContext;

/// Props for [`ShareResult`].
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The guide, finished.
    pub guide: AppContext,
    /// The selected scenario's values, when the calculator shows.
    pub values: Option<Values>,
    /// How the scenario reads (`42 × 15 × 46`).
    pub formula: AttrValue,
    /// Id prefix of this widget instance.
    pub id: AttrValue,
}

/// The share block at the end of the result.
#[component]
pub fn ShareResult(props: &ShareProps) -> Html {
    let include = use_state(|| false);
    let said = use_state(|| None::<Result<(), ()>>);
    let link_ref = use_node_ref();
    let values = props.values.filter(|_| *include);
    let Some(code) = share::encode(&props.guide.guide, &props.guide.answers, values) else {
        return Html::default();
    };
    let (address, target) = dom::share_address();
    let link = format!("{address}#share={code}");
    let opens = match target {
        dom::ShareTarget::ThisPage => None,
        dom::ShareTarget::HostPage => Some("The link opens the page this guide is on."),
        dom::ShareTarget::Standalone => Some(
            "This guide is shown in a frame from another site, whose address it cannot read: \
             the link opens the guide on its own page instead.",
        ),
    };
    let base = format!("{}-share", props.id);
    let on_include = {
        let (include, said) = (include.clone(), said.clone());
        Callback::from(move |_| {
            include.set(!*include);
            said.set(None);
        })
    };
    let on_copy = {
        let (said, link, link_ref) = (said.clone(), link.clone(), link_ref.clone());
        Callback::from(move |_| {
            let (said, link, link_ref) = (said.clone(), link.clone(), link_ref.clone());
            spawn_local(async move {
                let copied = file::copy(&link).await;
                if !copied {
                    dom::focus_and_select(&link_ref);
                }
                said.set(Some(if copied { Ok(()) } else { Err(()) }));
            });
        })
    };
    let status = match *said {
        None => Html::default(),
        Some(Ok(())) => {
            html! { <p class="sp-status__done">{ "Copied the link to your result." }</p> }
        }
        Some(Err(())) => html! {
            <p class="sp-error">{ "The browser did not allow copying: the link is selected above, copy it from there." }</p>
        },
    };
    html! {
        <section class="sp-block sp-share" aria-labelledby={format!("{base}-title")}>
            <h3 id={format!("{base}-title")}>{ "Share my result" }</h3>
            <p class="sp-muted">
                { "The link holds your answers after the # sign, which browsers never send to a server: \
                   whoever opens it sees this result, and nothing is stored anywhere." }
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
                    readonly=true value={link} />
                if let Some(opens) = opens {
                    <p class="sp-small sp-muted">{ opens }</p>
                }
            </div>
            <div class="sp-actions">
                <button type="button" class="sp-button" onclick={on_copy}>{ "Copy link" }</button>
            </div>
            <div role="status" class="sp-status">{ status }</div>
        </section>
    }
}
