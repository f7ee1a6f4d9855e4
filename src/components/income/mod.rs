//! The income calculator: E = r × h × w for several named scenarios side by
//! side, a chart of them, an editor for the selected one, and the inverse.
//!
//! Render-only pieces are plain functions over one [`View`], not components:
//! each component costs the widget a share of its download size.

mod chart;
mod editor;
mod inverse;
mod scenarios;

use yew::prelude::*;

use crate::domain::guide::Outcome;
use crate::domain::income::Values;
use crate::domain::number::MoneyFormat;
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

/// The calculator section.
pub fn income_view(view: &View) -> Html {
    let title = format!("{}-income", view.id);
    html! {
        <section class="sp-section" aria-labelledby={title.clone()}>
            <div class="sp-card sp-income">
                <div>
                    <h2 class="sp-title" id={title}>{ "Income calculator" }</h2>
                    <p class="sp-muted">
                        { "Annual income E = r × h × w: hourly rate × hours per week × working weeks per year. \
                           Compare scenarios, then pick the one your profile should use." }
                    </p>
                </div>
                { scenarios::scenario_list(view) }
                { chart::chart(view) }
                { editor::editor(view) }
                { inverse::inverse(view) }
            </div>
        </section>
    }
}
