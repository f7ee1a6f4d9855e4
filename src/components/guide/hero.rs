//! The top of the result, made to be seen at a glance (and screenshotted):
//! the reader's shape large, the outcome's name as the largest text in the
//! widget, its one-line summary, the next-nearest shape and how clear the lead is, and Share. A
//! result opened from someone's link is framed as theirs, with "Take the
//! guide yourself" as the way on.

use yew::prelude::*;

use super::GuideView;
use super::shapes::hero_shape;
use super::share::ShareResult;
use crate::domain::guide::{GuideResult, Lead};

/// The hero of `result`.
pub fn hero(view: &GuideView<'_>, result: &GuideResult) -> Html {
    let state = view.state;
    let outcome = result.outcome;
    let text = state.guide.text(outcome);
    let near = result
        .ranked()
        .into_iter()
        .find(|c| c.outcome != outcome)
        .map(|c| c.outcome);
    let viewing = view.sharing.as_ref().is_some_and(|s| s.viewing);
    let (lean, name) = if viewing {
        ("Shared result:", outcome.name())
    } else {
        ("You lean", outcome.name_in_text())
    };
    // How the result stands against the next-nearest shape, around its name.
    let (before, after) = match result.lead() {
        Lead::Clear => ("A clear lead over ", ""),
        Lead::Leaning => ("", " is not far behind"),
        Lead::Close => ("A close call with ", ""),
    };
    let actions = match &view.sharing {
        Some(sharing) if sharing.viewing => html! {
            <div class="sp-hero__actions">
                <p class="sp-small sp-muted">
                    { "Someone shared this result with you. Nothing here is saved, and your own progress on this device stays as it was." }
                </p>
                if let Some(theirs) = &sharing.scenario {
                    <p class="sp-small">{ theirs.clone() }</p>
                }
                <div class="sp-actions">
                    <button type="button" class="sp-button sp-button--primary"
                        onclick={sharing.take_yourself.clone()}>{ "Take the guide yourself" }</button>
                </div>
            </div>
        },
        Some(sharing) => html! {
            <ShareResult guide={state.clone()} {outcome} values={sharing.values}
                formula={AttrValue::from(sharing.formula.clone())}
                id={AttrValue::from(view.instance.to_owned())}
                near={near.map(|n| AttrValue::from(format!("{before}{}{after}", n.name())))} />
        },
        None => Html::default(),
    };
    html! {
        <header class="sp-hero" data-outcome={outcome.id()} data-reveal="">
            { hero_shape(outcome) }
            <div class="sp-hero__words">
                <h2 class="sp-hero__title" tabindex="-1" data-focus="">
                    <span class="sp-hero__lean">{ lean }</span>
                    { " " }
                    <span class="sp-hero__name">{ name }</span>
                </h2>
                <p class="sp-hero__tagline">{ &*text.tagline }</p>
                if let Some(near) = near {
                    <p class="sp-hero__near">{ before }<strong>{ near.name() }</strong>{ after }</p>
                }
            </div>
            { actions }
        </header>
    }
}
