//! Small hooks shared by components.

use std::cell::Cell;

use yew::prelude::*;

use crate::browser::dom;

/// What takes focus after a move: the one element of the chapter on show
/// that names its screen (the question, the result, the chapter's heading).
const FOCUS_TARGET: &str = ".sp-chapter:not([hidden]) [data-focus]";

/// A node ref for the widget's root: each time the reader moves (`moves`
/// changes and is non-zero) focus goes to the new screen's heading, brought
/// into view, so that keyboard and screen-reader users land on the new
/// content and everyone sees the question, not only its answers. A freshly
/// mounted widget (`moves == 0`) never steals focus from the host page.
#[hook]
pub fn use_focus_on_move(moves: u32) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(moves, move |moves| {
            if *moves > 0 {
                dom::focus_and_reveal(&node, FOCUS_TARGET);
            }
        });
    }
    node
}

/// Runs `effect` each time `deps` changes after the first render, never
/// for the value the component started with (what the widget opened with is
/// not news to the host page, nor a change to save).
#[hook]
pub fn use_change_effect<T, F>(deps: T, effect: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T) + 'static,
{
    let started = use_mut_ref(|| Cell::new(false));
    use_effect_with(deps, move |deps| {
        if started.borrow().replace(true) {
            effect(deps);
        }
    });
}

/// The words the App provides to the components below it: shared by
/// reference, equal only to itself (comparing every text on each render
/// would cost time for nothing).
#[derive(Clone)]
pub struct WordsContext(pub std::rc::Rc<crate::domain::words::Words>);

impl PartialEq for WordsContext {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The interface's words in the language in force, for components below
/// [`App`](crate::components::App) (it provides them as a context).
///
/// # Panics
/// Outside an `App`, which always provides them.
#[hook]
pub fn use_words() -> std::rc::Rc<crate::domain::words::Words> {
    use_context::<WordsContext>()
        .expect("the App provides the words")
        .0
}
