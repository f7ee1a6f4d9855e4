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

use crate::domain::words::{Key, Words};

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

/// The text of `key` before and after its `{placeholder}`, for a message
/// whose value is marked up on its own ("<strong>$27,600</strong> a year").
fn around<'w>(words: &'w Words, key: Key, placeholder: &str) -> (&'w str, &'w str) {
    let text = words.get(key);
    let mark = format!("{{{placeholder}}}");
    text.split_once(&mark).unwrap_or((text, ""))
}

/// The selected scenario's year, large, with its month and week: the one
/// number the chapter is about, read out as it changes.
fn figure(view: &View) -> Html {
    let scenario = view.calc.selected();
    let income = scenario.income();
    let (money, words) = (view.money, view.words);
    let (before, after) = around(words, Key::IncomeAmountAYear, "amount");
    html! {
        <div class="sp-figure-big" role="status">
            <p class="sp-small sp-muted">{ words.fill(Key::IncomeFigureLead, &[("name", &scenario.name.value)]) }</p>
            <p class="sp-figure-big__year">{ before }<strong><bdi>{ money.money(income.annual) }</bdi></strong>{ after }</p>
            <p class="sp-muted">
                { words.fill(Key::IncomeFigureMonthWeek, &[("month", &money.money(income.monthly)), ("week", &money.money(income.weekly))]) }
            </p>
            if scenario.has_errors() {
                <p class="sp-figures__stale">{ words.get(Key::IncomeFigureStale) }</p>
            }
        </div>
    }
}

/// The calculator chapter.
pub fn income_view(view: &View) -> Html {
    let heading = format!("{}-income", view.id);
    let words = view.words;
    html! {
        <section class="sp-chapter" aria-labelledby={heading.clone()} hidden={view.hidden}>
            <div class="sp-card sp-income">
                <div class="sp-chapter__head">
                    <h2 part="heading" class="sp-title" id={heading} tabindex="-1" data-focus="">{ title(Section::Income) }</h2>
                    <p class="sp-muted">{ words.get(Key::IncomeIntro) }</p>
                </div>
                <div class="sp-income__main">
                    { figure(view) }
                    { editor::editor(view) }
                </div>
                { scenarios::scenario_list(view) }
                { editor::scenario_actions(view) }
                { chart::chart(view) }
                { inverse::inverse(view) }
                <p class="sp-footnote sp-small sp-muted">{ words.get(Key::IncomeFootnote) }</p>
                { offer_view(view.next.as_ref()) }
            </div>
        </section>
    }
}
