//! Yew components, grouped by feature, and the small helpers they share.

pub mod app;
pub mod bar;
pub mod chapters;
pub mod guide;
pub mod income;
pub mod language;
pub mod profile;
pub mod saved;

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::dom;

/// A value shared by reference, equal only to itself: props that hold one
/// derive `PartialEq` without comparing the value field by field (the whole
/// guide, say), which would cost time and the download several kilobytes.
#[derive(Debug, Default)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = Rc<T>;

    fn deref(&self) -> &Rc<T> {
        &self.0
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use app::first_screen_html;
pub use app::{App, AppProps, FirstScreen, FirstScreenProps};
pub use language::LangTrouble;

/// A callback that turns each event into an action for `handle`'s reducer,
/// e.g. `send(&calc, |_: MouseEvent| CalcAction::UseSolution)`.
pub fn send<R, E>(
    handle: &UseReducerHandle<R>,
    action: impl Fn(E) -> R::Action + 'static,
) -> Callback<E>
where
    R: Reducible + 'static,
    E: 'static,
{
    // Not through `send_some`: a second closure per call site costs the
    // download more than these two lines.
    let dispatcher = handle.dispatcher();
    Callback::from(move |event| dispatcher.dispatch(action(event)))
}

/// As [`send`], for events that only sometimes mean an action: `None`
/// dispatches nothing (a key other than Enter, say).
pub fn send_some<R, E>(
    handle: &UseReducerHandle<R>,
    action: impl Fn(E) -> Option<R::Action> + 'static,
) -> Callback<E>
where
    R: Reducible + 'static,
    E: 'static,
{
    let dispatcher = handle.dispatcher();
    Callback::from(move |event| {
        if let Some(action) = action(event) {
            dispatcher.dispatch(action);
        }
    })
}

/// As [`send_some`], for actions that replace the guide's screen: the
/// focused element lets go of focus first ([`dom::let_go_of_focus`]), and
/// the new screen takes it once drawn ([`crate::hooks::use_focus_on_move`]).
pub fn send_move<R, E>(
    handle: &UseReducerHandle<R>,
    action: impl Fn(E) -> Option<R::Action> + 'static,
) -> Callback<E>
where
    R: Reducible + 'static,
    E: AsRef<Event> + 'static,
{
    let dispatcher = handle.dispatcher();
    Callback::from(move |event: E| {
        let target = event.as_ref().target();
        if let Some(action) = action(event) {
            dom::let_go_of_focus(target);
            dispatcher.dispatch(action);
        }
    })
}
