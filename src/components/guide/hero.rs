//! The top of the result, made to be seen at a glance (and screenshotted):
//! the reader's shape large, the outcome's name as the largest text in the
//! widget, its one-line summary, the next-nearest shape and how clear the lead is, and Share. A
//! result opened from someone's link is framed as theirs, with "Take the
//! guide yourself" as the way on.

use yew::prelude::*;

use super::GuideView;
use super::marked;
use super::shapes::{hero_shape, name, name_in_text};
use super::share::ShareResult;
use crate::domain::guide::{GuideResult, Lead};
use crate::domain::words::{Key, fill};

/// The hero of `result`.
pub fn hero(view: &GuideView<'_>, result: &GuideResult) -> Html {
    let (state, words) = (view.state, view.words);
    let outcome = result.outcome;
    let text = state.guide.text(outcome);
    let near = result
        .ranked()
        .into_iter()
        .find(|c| c.outcome != outcome)
        .map(|c| c.outcome);
    let viewing = view.sharing.as_ref().is_some_and(|s| s.viewing);
    // The line above the name, and the name.
    let (lean, title) = if viewing {
        (words.get(Key::GuideHeroSharedResult), name(outcome, words))
    } else {
        (
            words.get(Key::GuideHeroYouLean),
            name_in_text(outcome, words),
        )
    };
    // How the result stands against the next-nearest shape, around its name.
    let standing = words.get(match result.lead() {
        Lead::Clear => Key::GuideNearClear,
        Lead::Leaning => Key::GuideNearLeaning,
        Lead::Close => Key::GuideNearClose,
    });
    let actions = match &view.sharing {
        Some(sharing) if sharing.viewing => html! {
            <div class="sp-hero__actions">
                <p class="sp-small sp-muted">{ words.get(Key::GuideHeroSharedNote) }</p>
                if let Some(theirs) = &sharing.scenario {
                    <p class="sp-small">{ theirs.clone() }</p>
                }
                <div class="sp-actions">
                    <button type="button" class="sp-button sp-button--primary" part="primary-button"
                        onclick={sharing.take_yourself.clone()}>{ words.get(Key::GuideTakeYourself) }</button>
                </div>
            </div>
        },
        Some(sharing) => html! {
            <ShareResult guide={state.clone()} {outcome} values={sharing.values}
                formula={AttrValue::from(sharing.formula.clone())}
                id={AttrValue::from(view.instance.to_owned())}
                near={near.map(|n| AttrValue::from(fill(standing, &[("name", name(n, words))])))} />
        },
        None => Html::default(),
    };
    html! {
        <header class="sp-hero" part="outcome" data-outcome={outcome.id()} data-reveal="">
            { hero_shape(outcome, words) }
            <div class="sp-hero__words">
                <h2 part="heading" class="sp-hero__title" tabindex="-1" data-focus="">
                    <span class="sp-hero__lean">{ lean }</span>
                    { " " }
                    <span class="sp-hero__name">{ title }</span>
                </h2>
                <p class="sp-hero__tagline">{ &*text.tagline }</p>
                if let Some(near) = near {
                    <p class="sp-hero__near">
                        { marked(standing, &[("name", html! { <strong>{ name(near, words) }</strong> })]) }
                    </p>
                }
            </div>
            { actions }
        </header>
    }
}
