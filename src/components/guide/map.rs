//! "How we worked this out", behind a disclosure: the reader's point on a
//! breadth × depth map among the five shapes' own points, the answers that
//! moved it most, and every answer with its points (also in the print view).

use yew::prelude::*;

use super::marked;
use super::shapes::{name, name_in_text, path};
use super::why_list::why_list;
use crate::domain::guide::{Guide, GuideResult, Outcome, PROTOTYPES, Reason};
use crate::domain::words::{Key, Words};

/// The map's drawing area, in its own units: 0–100 on each axis maps to
/// `LEFT..RIGHT` across and `BOTTOM..TOP` up. The area drawn runs on to
/// `EDGE`, so that the names beside the shapes furthest right (in every
/// language) stay inside it.
const LEFT: u32 = 34;
const RIGHT: u32 = 246;
const EDGE: u32 = 314;
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

/// The number of deep fields in words: "one deep field".
fn deep_fields(pillars: u8) -> Key {
    match pillars {
        0 => Key::GuideFieldsNone,
        1 => Key::GuideFieldsOne,
        2 => Key::GuideFieldsTwo,
        _ => Key::GuideFieldsMore,
    }
}

/// What one answer did, in words: "breadth +2, depth −1".
fn effect(r: &Reason, words: &Words) -> String {
    let signed = |n: i8| {
        if n >= 0 {
            format!("+{n}")
        } else {
            format!("−{}", n.unsigned_abs())
        }
    };
    let mut parts = Vec::new();
    if let Some(p) = r.pillars {
        parts.push(words.get(deep_fields(p)).to_owned());
    }
    for (points, key) in [
        (r.breadth, Key::GuideEffectBreadth),
        (r.depth, Key::GuideEffectDepth),
        (r.fields, Key::GuideEffectFields),
    ] {
        if points != 0 {
            parts.push(words.fill(key, &[("points", &signed(points))]));
        }
    }
    parts.join(words.get(Key::GuideListSeparator))
}

/// A shape on the map: where it is drawn, its name and where that goes.
struct Placed<'a> {
    outcome: Outcome,
    at: (u32, u32),
    name: &'a str,
    wide: bool,
    name_x: u32,
    boxes: [(u32, u32, u32, u32); 2],
}

/// The map, with a text alternative that says where the reader is.
fn map(result: &GuideResult, words: &Words) -> Html {
    let d = result.dimensions;
    let label = words.fill(
        Key::GuideMapLabel,
        &[
            ("breadth", &d.breadth.to_string()),
            ("depth", &d.depth.to_string()),
            ("deep", words.get(deep_fields(d.pillars))),
            ("fields", &d.fields.to_string()),
            ("name", name_in_text(result.outcome, words)),
        ],
    );
    // A label's anchor on its left or right end: `start` is the right end in
    // a right-to-left language, whose text the SVG inherits.
    let rtl = words.lang().rtl();
    let anchor = |on_left: bool| if on_left == rtl { "start" } else { "end" };
    // Each shape's name beside it, and the boxes (left, right, top, bottom)
    // its icon and name take, to keep the reader's own label off them.
    let width = |text: &str| 6 * u32::try_from(text.chars().count()).unwrap_or(u32::MAX / 8);
    let placed: Vec<Placed<'_>> = PROTOTYPES
        .iter()
        .map(|(outcome, p)| {
            let (cx, cy) = (x(p.breadth), y(p.depth));
            let label = name(*outcome, words);
            let w = width(label);
            // Beside the shape, on the left where the name would run past
            // the drawing's right edge (about 6 units a letter at this size).
            let wide = cx + 13 + w > EDGE + 4;
            let (name_x, from) = if wide {
                (cx - 13, (cx - 13).saturating_sub(w))
            } else {
                (cx + 13, cx + 13)
            };
            Placed {
                outcome: *outcome,
                at: (cx, cy),
                name: label,
                wide,
                name_x,
                boxes: [
                    (cx - 10, cx + 10, cy - 8, cy + 9),
                    (from, from + w, cy - 6, cy + 6),
                ],
            }
        })
        .collect();
    let shapes = placed.iter().map(|p| {
        let ((cx, cy), mine) = (p.at, p.outcome == result.outcome);
        html! {
            <g class="sp-map__shape" data-outcome={p.outcome.id()} data-mine={mine.then_some("true")}>
                <svg x={(cx - 10).to_string()} y={(cy - 8).to_string()} width="20" height="17" viewBox="0 0 100 84">
                    <path d={path(p.outcome)} />
                </svg>
                <text x={p.name_x.to_string()} y={(cy + 4).to_string()} text-anchor={anchor(p.wide)}>{ p.name }</text>
            </g>
        }
    });
    // Kept inside the plot, with its label on the side away from the edge,
    // unless a shape is there and the other side is clear.
    let (you_x, you_y) = (
        x(d.breadth).clamp(LEFT + 8, RIGHT - 8),
        y(d.depth).clamp(TOP + 8, BOTTOM - 8),
    );
    let you = words.get(Key::GuideMapYou);
    let clear = |on_left: bool| {
        let (from, to) = if on_left {
            (you_x.saturating_sub(11 + width(you)), you_x - 11)
        } else {
            (you_x + 11, you_x + 11 + width(you))
        };
        !placed
            .iter()
            .flat_map(|p| p.boxes)
            .any(|(l, r, t, b)| from < r && l < to && you_y.saturating_sub(6) < b && t < you_y + 6)
    };
    let preferred = d.breadth > 60;
    let on_left = if clear(preferred) || !clear(!preferred) {
        preferred
    } else {
        !preferred
    };
    let (label_x, you_anchor) = if on_left {
        (you_x - 11, anchor(true))
    } else {
        (you_x + 11, anchor(false))
    };
    html! {
        <svg class="sp-map" viewBox="0 0 320 214" role="img" aria-label={label}>
            <rect class="sp-map__area" x={LEFT.to_string()} y={TOP.to_string()}
                width={(EDGE - LEFT).to_string()} height={(BOTTOM - TOP).to_string()} rx="6" />
            <text class="sp-map__axis" x={u32::midpoint(LEFT, EDGE).to_string()} y="208" text-anchor="middle">{ words.get(Key::GuideMapAxisBreadth) }</text>
            <text class="sp-map__axis" x="14" y={u32::midpoint(TOP, BOTTOM).to_string()} text-anchor="middle"
                transform={format!("rotate(-90 14 {})", u32::midpoint(TOP, BOTTOM))}>{ words.get(Key::GuideMapAxisDepth) }</text>
            { for shapes }
            <circle class="sp-map__you" cx={you_x.to_string()} cy={you_y.to_string()} r="7" />
            <text class="sp-map__you-label" x={label_x.to_string()} y={(you_y + 4).to_string()} text-anchor={you_anchor}>{ you }</text>
        </svg>
    }
}

/// The disclosure: the map, the three answers that moved the reader most,
/// and (printed only) every answer with its points.
pub fn worked_out(guide: &Guide, result: &GuideResult, words: &Words) -> Html {
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
                { marked(words.get(Key::GuideAnswer), &[
                    ("topic", html! { <strong>{ &*q.topic }</strong> }),
                    ("answer", html! { { &*q.choices[r.choice].label } }),
                ]) }
                <span class="sp-muted">{ words.fill(Key::GuideAnswerEffect, &[("effect", &effect(r, words))]) }</span>
            </li>
        }
    });
    html! {
        <>
            <details class="sp-worked">
                <summary>{ words.get(Key::GuideWorkedTitle) }</summary>
                <div class="sp-worked__body">
                    <p class="sp-muted">{ words.get(Key::GuideWorkedIntro) }</p>
                    { map(result, words) }
                    <h4>{ words.get(Key::GuideWorkedMoved) }</h4>
                    <ol class="sp-list">{ for top }</ol>
                    <details class="sp-worked__all">
                        <summary>{ words.get(Key::GuideWorkedAll) }</summary>
                        { why_list(guide, result, words) }
                    </details>
                </div>
            </details>
            <div class="sp-print-only">{ why_list(guide, result, words) }</div>
        </>
    }
}
