//! The five shapes as pictures: the bar across is breadth, each stem down is
//! a field of depth. The result's hero draws the reader's own large (it
//! draws itself in, where motion is welcome); the closeness list and the map
//! use them small, beside their names.

use yew::prelude::*;

use crate::domain::guide::Outcome;
use crate::domain::words::{Key, Words};

/// Each shape as one path in a 100 × 84 box: the bar across 84 wide and 12
/// high, the stems 10–12 wide. Static text, so drawing them formats nothing;
/// the result's picture draws the same paths on a canvas.
pub const fn path(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Generalist => "M8 8h84v12H8z",
        Outcome::TShaped => "M8 8h84v12H56v56H44V20H8z",
        Outcome::PiShaped => "M8 8h84v12H76v56H64V20H36v56H24V20H8z",
        Outcome::CombShaped => "M8 8h84v12H90v42H80V20H68v30H58V20H42v48H32V20H20v36H10V20H8z",
        Outcome::Specialist => "M44 8h12v68H44z",
    }
}

/// What the shape shows, for a screen reader and the picture's text.
pub const fn described(outcome: Outcome) -> Key {
    match outcome {
        Outcome::Generalist => Key::GuideShapeGeneralist,
        Outcome::TShaped => Key::GuideShapeTShaped,
        Outcome::PiShaped => Key::GuideShapePiShaped,
        Outcome::CombShaped => Key::GuideShapeCombShaped,
        Outcome::Specialist => Key::GuideShapeSpecialist,
    }
}

/// The outcome's name as a heading or label writes it: "Generalist", "T-shaped".
pub fn name(outcome: Outcome, words: &Words) -> &str {
    words.get(match outcome {
        Outcome::Generalist => Key::GuideOutcomeGeneralist,
        Outcome::TShaped => Key::GuideOutcomeTShaped,
        Outcome::PiShaped => Key::GuideOutcomePiShaped,
        Outcome::CombShaped => Key::GuideOutcomeCombShaped,
        Outcome::Specialist => Key::GuideOutcomeSpecialist,
    })
}

/// The outcome's name as running text writes it: "generalist", "T-shaped".
pub fn name_in_text(outcome: Outcome, words: &Words) -> &str {
    words.get(match outcome {
        Outcome::Generalist => Key::GuideOutcomeGeneralistInText,
        Outcome::TShaped => Key::GuideOutcomeTShapedInText,
        Outcome::PiShaped => Key::GuideOutcomePiShapedInText,
        Outcome::CombShaped => Key::GuideOutcomeCombShapedInText,
        Outcome::Specialist => Key::GuideOutcomeSpecialistInText,
    })
}

/// The shape of `outcome` as a decorative picture (its name is written beside it).
pub fn glyph(outcome: Outcome) -> Html {
    html! {
        <svg class="sp-glyph" viewBox="0 0 100 84" data-outcome={outcome.id()} aria-hidden="true" focusable="false">
            <path d={path(outcome)} />
        </svg>
    }
}

/// The shape of `outcome`, large, as the hero's picture; the path's outline
/// is drawn first and then filled (see the stylesheet's `sp-draw`).
pub fn hero_shape(outcome: Outcome, words: &Words) -> Html {
    html! {
        <svg class="sp-hero__shape" viewBox="0 0 100 84" role="img" aria-label={words.get(described(outcome)).to_owned()}>
            <path d={path(outcome)} pathLength="1" />
        </svg>
    }
}
