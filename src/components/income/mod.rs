//! "What could this pay?": the income calculator. One large live figure
//! for the selected scenario (E = r × h × w, with the month and the week
//! beside it), its fields, several named scenarios compared side by side (a
//! table where the widget is wide), a chart of them, and the inverse once
//! the reader sets a target.
//!
//! Render-only pieces are plain functions over one [`View`], not components:
//! each component costs the widget a share of its download size.

mod chart;
mod editor;
mod inverse;
mod scenarios;

use yew::prelude::*;

use crate::domain::words::Words;

use crate::components::chapters::{Offer, offer_view, title};
use crate::domain::guide::Outcome;
use crate::domain::income::Values;
use crate::domain::number::MoneyFormat;
use crate::domain::options::Section;
use crate::state::CalcHandle;

/// What every part of the calculator reads.
pub struct View<'a> {
    /// The calculator's state and its dispatcher.
    pub calc: &'a CalcHandle,
    /// How amounts are written here.
    pub money: &'a MoneyFormat,
    /// The reader's guide outcome and its matching values, once they have one.
    pub preset: Option<(Outcome, Values)>,
    /// Id prefix of this widget instance.
    pub id: &'a str,
    /// The chapter offered after this one.
    pub next: Option<Offer>,
    /// Whether another chapter is on show.
    pub hidden: bool,
    /// The interface's words.
    pub words: &'a Words,
}

impl View<'_> {
    /// "30 × 20 × 46" in the locale's decimal mark.
    pub fn formula(&self, values: Values) -> String {
        format!(
            "{} × {} × {}",
            self.money.quantity(values.rate),
            self.money.quantity(values.hours),
            self.money.quantity(values.weeks)
        )
    }
}

/// The selected scenario's year, large, with its month and week: the one
/// number the chapter is about, read out as it changes.
fn figure(view: &View) -> Html {
    let scenario = view.calc.selected();
    let income = scenario.income();
    let money = view.money;
    html! {
        <div class="sp-figure-big" role="status">
            <p class="sp-small sp-muted">{ format!("“{}” comes to", scenario.name.value) }</p>
            <p class="sp-figure-big__year"><strong>{ money.money(income.annual) }</strong>{ " a year" }</p>
            <p class="sp-muted">
                { format!("About {} a month, {} a week, before tax and fees.", money.money(income.monthly), money.money(income.weekly)) }
            </p>
            if scenario.has_errors() {
                <p class="sp-figures__stale">{ "Showing the last valid figures until the marked field is fixed." }</p>
            }
        </div>
    }
}

/// The calculator chapter.
pub fn income_view(view: &View) -> Html {
    let heading = format!("{}-income", view.id);
    html! {
        <section class="sp-chapter" aria-labelledby={heading.clone()} hidden={view.hidden}>
            <div class="sp-card sp-income">
                <div class="sp-chapter__head">
                    <h2 class="sp-title" id={heading} tabindex="-1" data-focus="">{ title(Section::Income) }</h2>
                    <p class="sp-muted">
                        { "Put in an hourly rate, the hours you would give it each week and the weeks you would work in a year. \
                           Keep a few ways of working side by side and pick the one your plan uses." }
                    </p>
                </div>
                <div class="sp-income__main">
                    { figure(view) }
                    { editor::editor(view) }
                </div>
                { scenarios::scenario_list(view) }
                { editor::scenario_actions(view) }
                { chart::chart(view) }
                { inverse::inverse(view) }
                <p class="sp-footnote sp-small sp-muted">
                    { "How it is worked out: a year’s income E = r × h × w, the hourly rate times the hours per week times the working weeks per year. \
                       Figures are before tax, platform fees and unpaid time between projects." }
                </p>
                { offer_view(view.next.as_ref()) }
            </div>
        </section>
    }
}
