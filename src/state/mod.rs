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
