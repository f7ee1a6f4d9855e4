//! A bar chart of each scenario's annual income, drawn as SVG by hand.
//!
//! Horizontal positions are percentages of the chart's width and vertical ones
//! are pixels, so the bars stretch with the widget while the text keeps its
//! size on a phone and on a desktop alike. No inline styles (strict CSP).

use yew::prelude::*;

use super::View;
use crate::domain::number::Cents;
use crate::domain::words::Key;

const ROW: u64 = 46;
const AXIS: u64 = 26;
/// Longest name drawn in a bar's label; the cards above show names in full.
const LABEL_CHARS: usize = 22;

/// `part / whole` as a percentage with two decimals, for SVG lengths.
fn percent(part: u64, whole: u64) -> String {
    // Amounts stay below 10^12 cents, so this cannot overflow.
    let basis_points = part.saturating_mul(10_000) / whole.max(1);
    format!("{}.{:02}%", basis_points / 100, basis_points % 100)
}

/// Where a share of the width sits: from the left, or (right to left) from
/// the right. Texts keep their logical anchors (`start`, `end`), which the
/// SVG's inherited `direction` turns round by itself.
fn at(part: u64, whole: u64, rtl: bool) -> String {
    percent(
        if rtl {
            whole.saturating_sub(part.min(whole))
        } else {
            part
        },
        whole,
    )
}

fn short(name: &str) -> String {
    if name.chars().nth(LABEL_CHARS).is_some() {
        let cut: String = name.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        name.to_owned()
    }
}

/// The chart, with a text alternative naming every bar and the target.
pub fn chart(view: &View) -> Html {
    let (calc, money, words) = (view.calc, view.money, view.words);
    let selected = calc.selected().id;
    // The target line only once the reader has set one.
    let target = calc.target.value;
    let has_target = calc.has_target();
    let rows: Vec<(u32, String, Cents)> = calc
        .scenarios()
        .iter()
        .map(|s| (s.id, s.name.value.clone(), s.income().annual))
        .collect();
    let highest = rows
        .iter()
        .map(|r| r.2)
        .max()
        .unwrap_or_default()
        .max(target);
    let (top, step) = axis(highest);
    let top_cents = top.saturating_mul(100);
    let n = rows.len() as u64;
    let height = n * ROW + AXIS;

    let rtl = words.lang().rtl();
    let ticks = (0..=top / step).map(|k| {
        let x = at(k * step, top, rtl);
        let anchor = match k {
            0 => "start",
            k if k * step == top => "end",
            _ => "middle",
        };
        html! {
            <g key={k}>
                <line class="sp-chart__grid" x1={x.clone()} x2={x.clone()} y1="0" y2={(n * ROW).to_string()} />
                <text class="sp-chart__tick" data-mid={(anchor == "middle").then_some("true")}
                    x={x} y={(n * ROW + 18).to_string()} text-anchor={anchor}>
                    { money.money_whole(k * step) }
                </text>
            </g>
        }
    });
    let bars = rows.iter().enumerate().map(|(i, (id, name, annual))| {
        let y = i as u64 * ROW;
        let chosen = (*id == selected).then_some("true");
        html! {
            <g key={*id}>
                <text class="sp-chart__name" x={if rtl { "100%" } else { "0" }} y={(y + 16).to_string()}>{ short(name) }</text>
                <text class="sp-chart__value" x={if rtl { "0" } else { "100%" }} y={(y + 16).to_string()} text-anchor="end">{ money.money(*annual) }</text>
                <rect class="sp-chart__track" x="0" y={(y + 24).to_string()} width="100%" height="12" rx="6" />
                <rect class="sp-chart__bar" data-selected={chosen} x={if rtl { at(annual.0, top_cents, true) } else { "0".to_owned() }}
                    y={(y + 24).to_string()} width={percent(annual.0, top_cents)} height="12" rx="6" />
            </g>
        }
    });
    let target_x = at(target.0, top_cents, rtl);

    let each: Vec<String> = rows
        .iter()
        .map(|(_, name, annual)| {
            words.fill(
                Key::IncomeChartBar,
                &[("name", name), ("amount", &money.money(*annual))],
            )
        })
        .collect();
    let listed = each.join(words.get(Key::IncomeChartBarSeparator));
    let alt = if has_target {
        words.fill(
            Key::IncomeChartAltTarget,
            &[("bars", &listed), ("target", &money.money(target))],
        )
    } else {
        words.fill(Key::IncomeChartAlt, &[("bars", &listed)])
    };
    let title = format!("{}-chart-title", view.id);

    html! {
        <figure class="sp-figure">
            <svg class="sp-chart" part="chart" role="img" aria-labelledby={title.clone()} width="100%" height={height.to_string()}>
                <title id={title}>{ alt }</title>
                { for ticks }
                { for bars }
                if has_target {
                    <line class="sp-chart__target" x1={target_x.clone()} x2={target_x} y1="0" y2={(n * ROW).to_string()} />
                }
            </svg>
            <figcaption class="sp-muted sp-small">
                { words.get(if has_target { Key::IncomeChartCaptionTarget } else { Key::IncomeChartCaption }) }
            </figcaption>
        </figure>
    }
}

/// A chart axis from zero: its top and the step between ticks, in whole
/// currency units. Steps are 1, 2 or 5 × 10ⁿ, chosen so that 2 to 5 steps
/// cover `max`; the top is the first tick at or above `max`.
fn axis(max: Cents) -> (u64, u64) {
    let units = max.0.div_ceil(100).max(1);
    let mut magnitude = 1u64;
    loop {
        for step in [
            magnitude,
            magnitude.saturating_mul(2),
            magnitude.saturating_mul(5),
        ] {
            let steps = units.div_ceil(step);
            if steps <= 5 {
                return (steps.max(2).saturating_mul(step), step);
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use proptest::prelude::*;
    use rstest::rstest;

    use super::axis;
    use crate::domain::number::Cents;

    #[rstest]
    #[case(2_760_000, 30_000, 10_000)]
    #[case(2_898_000, 30_000, 10_000)]
    #[case(3_220_000, 40_000, 10_000)]
    #[case(100, 2, 1)]
    #[case(0, 2, 1)]
    #[case(87_360_000_000, 1_000_000_000, 200_000_000)]
    #[case(u64::MAX, 200_000_000_000_000_000, 50_000_000_000_000_000)]
    fn axes_use_round_steps(#[case] cents: u64, #[case] top: u64, #[case] step: u64) {
        let (t, s) = axis(Cents(cents));
        assert_eq!((t, s), (top, step));
    }

    proptest! {
        #[test]
        fn axes_cover_the_maximum_in_two_to_five_round_steps(cents in 0u64..=87_360_000_000) {
            let (top, step) = axis(Cents(cents));
            prop_assert!(top * 100 >= cents);
            prop_assert!((2..=5).contains(&(top / step)));
            prop_assert_eq!(top % step, 0);
            let lead = step / 10u64.pow(step.ilog10());
            prop_assert!([1, 2, 5].contains(&lead) && step % 10u64.pow(step.ilog10()) == 0);
        }
    }
}
