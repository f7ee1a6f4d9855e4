//! The state layer: one reducer per section, each a [`yew::Reducible`] whose
//! actions only compose domain calls. The views read a handle and dispatch
//! actions; nothing here touches the browser.
//!
//! - [`guide`]: the answers and the screen on show;
//! - [`calculator`]: the income scenarios and the inverse;
//! - [`profile`]: the skill profile form, exactly as typed;
//! - [`import`]: what importing a file will do, planned before anything changes;
//! - [`entry`]: one typed field with its last accepted value, used by the last two.

pub mod calculator;
pub mod entry;
pub mod guide;
pub mod import;
pub mod profile;

use std::rc::Rc;

use yew::prelude::*;

pub use calculator::{CalcAction, Calculator};
pub use guide::{Action, AppState, GuideAction, Screen};
pub use profile::{FormAction, ProfileForm};

use crate::domain::events::StepDetail;
use crate::domain::options::Section;
use crate::domain::progress::Progress;

/// Everything the reader has done, as saved progress keeps it.
pub fn progress(guide: &AppState, calc: &Calculator, form: &ProfileForm) -> Progress {
    Progress {
        guide: guide.part(),
        income: calc.part(),
        profile: form.part(),
    }
    .bounded()
}

/// Where the reader is, as `skillpath-step` tells the host: the chapter on
/// show and, in the guide, its screen (see [`StepDetail`]).
pub fn step(guide: &AppState, chapter: Section) -> StepDetail {
    let at = |screen, index, total| StepDetail {
        section: chapter.id(),
        screen,
        index,
        total,
    };
    let way = u32::try_from(guide.guide.questions().len()).unwrap_or(u32::MAX - 1) + 1;
    match (chapter, guide.screen) {
        (Section::Guide, Screen::Question(i)) => {
            at("question", u32::try_from(i).unwrap_or(way - 1) + 1, way)
        }
        (Section::Guide, Screen::Review) => at("review", way, way),
        (Section::Guide, Screen::Result) => at("result", way, way),
        (Section::Income, _) => at("calculator", 1, 1),
        (Section::Profile, _) => at("plan", 1, 1),
    }
}

/// The guide state handle the views read and dispatch to.
pub type AppContext = UseReducerHandle<AppState>;

/// Applies `change` to a copy of `state`, and gives the same `Rc` back when
/// nothing changed, so that Yew skips the render.
fn changed<T: Clone + PartialEq>(state: Rc<T>, change: impl FnOnce(&mut T)) -> Rc<T> {
    let mut next = (*state).clone();
    change(&mut next);
    if next == *state { state } else { Rc::new(next) }
}

impl Reducible for Calculator {
    type Action = CalcAction;

    fn reduce(self: Rc<Self>, action: CalcAction) -> Rc<Self> {
        changed(self, |calc| calc.apply(action))
    }
}

/// The calculator's state handle.
pub type CalcHandle = UseReducerHandle<Calculator>;

impl Reducible for ProfileForm {
    type Action = FormAction;

    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        changed(self, |form| form.apply(action))
    }
}

/// The profile form's state handle.
pub type FormHandle = UseReducerHandle<ProfileForm>;
