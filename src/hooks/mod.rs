//! Small hooks shared by components.

use yew::prelude::*;

use crate::browser::dom;

/// What takes focus after a move, in order of preference: the chosen answer,
/// the first answer, or the screen's heading.
const FOCUS_TARGETS: &str = "input[type=radio]:checked, input[type=radio], h2[tabindex]";

/// A node ref for a section whose screens change: each time the reader moves
/// (`moves` changes and is non-zero) focus goes to the new screen's chosen or
/// first answer, or else its heading, so keyboard and screen-reader users land
/// on the new content. A freshly mounted widget (`moves == 0`) never steals
/// focus from the host page.
#[hook]
pub fn use_focus_on_move(moves: u32) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(moves, move |moves| {
            if *moves > 0 {
                dom::focus_first(&node, FOCUS_TARGETS);
            }
        });
    }
    node
}
