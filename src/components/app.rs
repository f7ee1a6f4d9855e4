//! The root component: holds the state and shows the widget's sections.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::guide::guide_view;
use crate::domain::guide::Guide;
use crate::state::{AppContext, AppState};

/// Props for [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The checked guide content.
    pub guide: Rc<Guide>,
    /// A prefix that keeps element ids unique when the widget runs twice on a page.
    pub instance: AttrValue,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let guide = Rc::clone(&props.guide);
        move || AppState::new(guide)
    });
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <div class="sp">
                <header class="sp-header">
                    <p class="sp-brand">{ "Skillpath" }</p>
                    <p class="sp-lede">{ "Generalist, specialist or hybrid? A few minutes of questions, one honest answer you can act on." }</p>
                </header>
                { guide_view(&state, &props.instance) }
            </div>
        </ContextProvider<AppContext>>
    }
}
