//! The five shapes as a small picture on the result screen: the bar across is
//! breadth, each stem down is a field of depth, and the reader's own shape is
//! drawn in the accent colour with its name in bold (not by colour alone).

use const_format::concatcp;
use yew::prelude::*;

use crate::domain::guide::Outcome;

/// The shapes from broad to deep: each one path in its own 100 × 84 cell,
/// the bar across 84 wide and 12 high, the stems 10–12 wide. Static text all
/// the way down, so drawing them formats nothing.
const SHAPES: [(Outcome, &str, &str); 5] = [
    (Outcome::Generalist, "0", "M8 8h84v12H8z"),
    (Outcome::TShaped, "100", "M8 8h84v12H56v56H44V20H8z"),
    (
        Outcome::PiShaped,
        "200",
        "M8 8h84v12H76v56H64V20H36v56H24V20H8z",
    ),
    (
        Outcome::CombShaped,
        "300",
        "M8 8h84v12H90v42H80V20H68v30H58V20H42v48H32V20H20v36H10V20H8z",
    ),
    (Outcome::Specialist, "400", "M44 8h12v68H44z"),
];

/// What the picture says to a screen reader, written when compiling.
const NAMED: &str = concatcp!(
    "The five shapes, from broad to deep: ",
    Outcome::Generalist.name(),
    ", ",
    Outcome::TShaped.name(),
    ", ",
    Outcome::PiShaped.name(),
    ", ",
    Outcome::CombShaped.name(),
    " and ",
    Outcome::Specialist.name(),
    "."
);

/// [`NAMED`], then which one is the reader's.
macro_rules! mine_is {
    ($outcome:ident) => {
        concatcp!(
            NAMED,
            " Yours, ",
            Outcome::$outcome.name(),
            ", is highlighted."
        )
    };
}

/// The picture, with `mine` highlighted.
pub fn shapes(mine: Outcome) -> Html {
    let label = match mine {
        Outcome::Generalist => mine_is!(Generalist),
        Outcome::TShaped => mine_is!(TShaped),
        Outcome::PiShaped => mine_is!(PiShaped),
        Outcome::CombShaped => mine_is!(CombShaped),
        Outcome::Specialist => mine_is!(Specialist),
    };
    let cells = SHAPES.iter().map(|(outcome, x, d)| {
        html! {
            <svg class="sp-shape" x={*x} width="100" height="84"
                data-mine={(*outcome == mine).then_some("true")}>
                <path d={*d} />
            </svg>
        }
    });
    // The names are HTML under the picture, so that they keep the text's size
    // on a phone; the picture's own label already says them to a screen reader.
    let names = SHAPES.iter().map(|(outcome, _, _)| {
        html! { <li data-mine={(*outcome == mine).then_some("true")}>{ outcome.name() }</li> }
    });
    html! {
        <figure class="sp-shapes">
            <svg viewBox="0 0 500 84" role="img" aria-label={label}>{ for cells }</svg>
            <ol class="sp-shapes__names" aria-hidden="true">{ for names }</ol>
        </figure>
    }
}
