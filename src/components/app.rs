//! The root component: holds the state and shows the widget's sections.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::host::Host;
use crate::components::guide::guide_view;
use crate::components::income::{View, income_view};
use crate::components::profile::ProfileSection;
use crate::domain::calculator::{Calculator, outcome_values};
use crate::domain::events::IncomeDetail;
use crate::domain::guide::Guide;
use crate::domain::money::MoneyFormat;
use crate::domain::options::{Section, Sections};
use crate::domain::profile::document::GuideSnapshot;
use crate::hooks::use_focus_on_move;
use crate::state::{AppState, Screen};

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
    /// Where the widget's events go.
    pub host: Host,
}

/// Shared parts compare by identity: comparing the whole guide field by field
/// would cost the download several kilobytes for no benefit.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.guide, &other.guide)
            && Rc::ptr_eq(&self.money, &other.money)
            && self.instance == other.instance
            && self.sections == other.sections
            && self.host == other.host
    }
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let guide = Rc::clone(&props.guide);
        move || AppState::new(guide)
    });
    let guide_focus = use_focus_on_move(state.moves);
    let mark = props.money.mark;
    let calc = use_reducer(move || Calculator::new(mark));
    // Scored once per render; the guide's screens and the calculator share it.
    let result = state.result();
    // The calculator offers a preset for the outcome once the reader has seen it.
    let preset = result
        .as_ref()
        .filter(|_| state.screen == Screen::Result)
        .map(|r| {
            let band = &state.guide.text(r.outcome).rate;
            (r.outcome, outcome_values(r.outcome, band))
        });
    // The host hears of each result the reader sees, and of every change to
    // the scenarios after the first render.
    let seen = result
        .as_ref()
        .filter(|_| state.screen == Screen::Result)
        .map(|r| GuideSnapshot::new(&state.guide, &state.answers, r));
    {
        let host = props.host.clone();
        use_effect_with(seen, move |seen| {
            if let Some(snapshot) = seen {
                host.emit("skillpath-result", &snapshot.part());
            }
        });
    }
    {
        let host = props.host.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(
            IncomeDetail::new(&calc, props.money.currency),
            move |detail| {
                if !std::mem::replace(&mut *first.borrow_mut(), false) {
                    host.emit("skillpath-income", detail);
                }
            },
        );
    }
    let view = View {
        calc: &calc,
        money: &props.money,
        preset,
        id: &props.instance,
    };
    html! {
        <div class="sp">
            <header class="sp-header">
                <p class="sp-brand">{ "Skillpath" }</p>
                <p class="sp-lede">{ "Generalist, specialist or hybrid? A few minutes of questions, one honest answer you can act on." }</p>
            </header>
            if props.sections.has(Section::Guide) {
                { guide_view(&state, result.as_ref(), &props.instance, guide_focus) }
            }
            if props.sections.has(Section::Income) {
                { income_view(&view) }
            }
            if props.sections.has(Section::Profile) {
                <ProfileSection guide={state.clone()} calc={calc.clone()}
                    money={Rc::clone(&props.money)} id={props.instance.clone()}
                    host={props.host.clone()} />
            }
        </div>
    }
}
