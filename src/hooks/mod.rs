//! Small hooks shared by components.

use yew::prelude::*;

use crate::browser::dom;

/// A node ref that takes keyboard focus each time the reader moves to a new
/// screen (`moves` changes and is non-zero), so keyboard and screen-reader users
/// land on the new content. A freshly mounted widget (`moves == 0`) never
/// steals focus from the host page.
#[hook]
pub fn use_focus_on_move(moves: u32) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(moves, move |moves| {
            if *moves > 0 {
                dom::focus(&node);
            }
        });
    }
    node
}
