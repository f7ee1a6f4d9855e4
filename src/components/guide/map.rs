//! "How we worked this out", behind a disclosure: the reader's point on a
//! breadth × depth map among the five shapes' own points, the answers that
//! moved it most, and every answer with its points (also in the print view).

use yew::prelude::*;

use super::shapes::path;
use super::why_list::why_list;
use crate::domain::guide::{Guide, GuideResult, PROTOTYPES, Reason};

/// The map's drawing area, in its own units: 0–100 on each axis maps to
/// `LEFT..RIGHT` across and `BOTTOM..TOP` up.
const LEFT: u32 = 34;
const RIGHT: u32 = 294;
const TOP: u32 = 12;
const BOTTOM: u32 = 188;

fn x(score: u8) -> u32 {
    LEFT + u32::from(score.min(100)) * (RIGHT - LEFT) / 100
}

fn y(score: u8) -> u32 {
    BOTTOM - u32::from(score.min(100)) * (BOTTOM - TOP) / 100
}

/// How much one answer moved the reader, for ranking: its points on both
/// axes, and a set number of deep fields counted as the most.
fn weight(r: &Reason) -> u32 {
    if r.pillars.is_some() {
        return u32::MAX;
    }
    u32::from(r.breadth.unsigned_abs())
        + u32::from(r.depth.unsigned_abs())
        + u32::from(r.fields.unsigned_abs())
}

/// What one answer did, in words: "breadth +2, depth −1".
fn effect(r: &Reason) -> String {
    let signed = |n: i8| {
        if n >= 0 {
            format!("+{n}")
        } else {
            format!("−{}", n.unsigned_abs())
        }
    };
    let mut parts = Vec::new();
    if let Some(p) = r.pillars {
        parts.push(match p {
            0 => "no deep field yet".to_owned(),
            1 => "one deep field".to_owned(),
            2 => "two deep fields".to_owned(),
            _ => "three or more deep fields".to_owned(),
        });
    }
    if r.breadth != 0 {
        parts.push(format!("breadth {}", signed(r.breadth)));
    }
    if r.depth != 0 {
        parts.push(format!("depth {}", signed(r.depth)));
    }
    if r.fields != 0 {
        parts.push(format!("depth across fields {}", signed(r.fields)));
    }
    parts.join(", ")
}

/// The map, with a text alternative that says where the reader is.
fn map(result: &GuideResult) -> Html {
    let d = result.dimensions;
    let fields = match d.pillars {
        0 => "no deep field yet",
        1 => "one deep field",
        2 => "two deep fields",
        _ => "three or more deep fields",
    };
    let label = format!(
        "A map of breadth across and depth up, 0 to 100 each. These answers sit at breadth {} and depth {}, with {fields} and {} of 100 for depth across fields; the nearest shape is {}.",
        d.breadth,
        d.depth,
        d.fields,
        result.outcome.name_in_text()
    );
    let shapes = PROTOTYPES.iter().map(|(outcome, p)| {
        let (cx, cy) = (x(p.breadth), y(p.depth));
        let mine = *outcome == result.outcome;
        html! {
            <g class="sp-map__shape" data-outcome={outcome.id()} data-mine={mine.then_some("true")}>
                <svg x={(cx - 10).to_string()} y={(cy - 8).to_string()} width="20" height="17" viewBox="0 0 100 84">
                    <path d={path(*outcome)} />
                </svg>
                <text x={(cx + 13).to_string()} y={(cy + 4).to_string()}>{ outcome.name() }</text>
            </g>
        }
    });
    // Kept inside the plot, with its label on the side away from the edge.
    let (you_x, you_y) = (
        x(d.breadth).clamp(LEFT + 8, RIGHT - 8),
        y(d.depth).clamp(TOP + 8, BOTTOM - 8),
    );
    let (label_x, anchor) = if d.breadth > 60 {
        (you_x - 11, "end")
    } else {
        (you_x + 11, "start")
    };
    html! {
        <svg class="sp-map" viewBox="0 0 320 214" role="img" aria-label={label}>
            <rect class="sp-map__area" x={LEFT.to_string()} y={TOP.to_string()}
                width={(RIGHT - LEFT).to_string()} height={(BOTTOM - TOP).to_string()} rx="6" />
            <text class="sp-map__axis" x={u32::midpoint(LEFT, RIGHT).to_string()} y="208" text-anchor="middle">{ "Breadth →" }</text>
            <text class="sp-map__axis" x="14" y={u32::midpoint(TOP, BOTTOM).to_string()} text-anchor="middle"
                transform={format!("rotate(-90 14 {})", u32::midpoint(TOP, BOTTOM))}>{ "Depth →" }</text>
            { for shapes }
            <circle class="sp-map__you" cx={you_x.to_string()} cy={you_y.to_string()} r="7" />
            <text class="sp-map__you-label" x={label_x.to_string()} y={(you_y + 4).to_string()} text-anchor={anchor}>{ "You" }</text>
        </svg>
    }
}

/// The disclosure: the map, the three answers that moved the reader most,
/// and (printed only) every answer with its points.
pub fn worked_out(guide: &Guide, result: &GuideResult) -> Html {
    // The three heaviest, picked one by one (among equals, the earlier
    // question first): smaller in the download than a sort.
    let mut left: Vec<&Reason> = result.reasons.iter().collect();
    let mut moved = Vec::new();
    while moved.len() < 3 && !left.is_empty() {
        let best = (1..left.len()).fold(0, |b, i| {
            if weight(left[i]) > weight(left[b]) {
                i
            } else {
                b
            }
        });
        moved.push(left.remove(best));
    }
    let top = moved.into_iter().map(|r| {
        let q = &guide.questions()[r.question];
        html! {
            <li>
                <strong>{ &*q.topic }</strong>{ ": " }{ &*q.choices[r.choice].label }
                <span class="sp-muted">{ format!(" ({})", effect(r)) }</span>
            </li>
        }
    });
    html! {
        <>
            <details class="sp-worked">
                <summary>{ "How we worked this out" }</summary>
                <div class="sp-worked__body">
                    <p class="sp-muted">{ "Each answer adds points to breadth, to depth, or to depth across several fields rather than one; each total is set on a scale from 0, the lowest the guide allows, to 100, the highest. The number of fields you know deeply counts on its own. Each shape has its own point on those four scales, and the result is the shape whose point is nearest, among those your deep fields allow: the three hybrids stand on at least one deep field. The map shows breadth and depth only; depth across fields and the number of deep fields count too, so a point can sit near a shape that is not its result." }</p>
                    { map(result) }
                    <h4>{ "The answers that moved the result most" }</h4>
                    <ol class="sp-list">{ for top }</ol>
                    <details class="sp-worked__all">
                        <summary>{ "Every answer and its points" }</summary>
                        { why_list(guide, result) }
                    </details>
                </div>
            </details>
            <div class="sp-print-only">{ why_list(guide, result) }</div>
        </>
    }
}
