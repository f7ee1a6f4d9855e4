//! What the widget tells its host page: the `detail` of its events, made of the
//! profile file's own parts so that a host sees the shapes the schema describes.
//!
//! | event | detail |
//! |---|---|
//! | `skillpath-result` | the file's `guide` part ([`GuidePart`]) |
//! | `skillpath-income` | [`IncomeDetail`]: the selected scenario as the file's `income` part, and every scenario |
//! | `skillpath-export` | the whole file ([`crate::domain::profile::file::ProfileFile`]) |
//! | `skillpath-step` | [`StepDetail`]: where the reader is, never what they answered or typed |

use serde::Serialize;

use crate::domain::income::Values;
use crate::domain::number::Currency;
use crate::domain::profile::document::IncomeSnapshot;
use crate::domain::profile::file::{IncomePart, ProfileFile};

pub use crate::domain::profile::file::GuidePart;

/// One event for the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// `skillpath-result`: the reader sees a result.
    Result(GuidePart),
    /// `skillpath-income`: the scenarios changed.
    Income(IncomeDetail),
    /// `skillpath-export`: the profile was downloaded or copied.
    Export(Box<ProfileFile>),
    /// `skillpath-step`: the reader reached a new screen.
    Step(StepDetail),
}

impl HostEvent {
    /// The event's name on the page.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Result(_) => "skillpath-result",
            HostEvent::Income(_) => "skillpath-income",
            HostEvent::Export(_) => "skillpath-export",
            HostEvent::Step(_) => "skillpath-step",
        }
    }

    /// The event's detail as JSON. Amounts keep their exact text (JS has only
    /// one kind of number, so the page reads them as it would from the file).
    ///
    /// # Errors
    /// Never in practice: every map key is text and every amount a number.
    pub fn detail(&self) -> serde_json::Result<serde_json::Value> {
        match self {
            HostEvent::Result(part) => serde_json::to_value(part),
            HostEvent::Income(detail) => serde_json::to_value(detail),
            HostEvent::Export(file) => serde_json::to_value(file),
            HostEvent::Step(step) => serde_json::to_value(step),
        }
    }
}

/// `skillpath-income`'s detail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IncomeDetail {
    /// The selected scenario, as a profile file would carry it.
    pub income: IncomePart,
    /// Every scenario, in the calculator's order.
    pub scenarios: Vec<IncomePart>,
}

impl IncomeDetail {
    /// The `selected` scenario and every scenario, as (name, values) in the
    /// calculator's order; amounts in `currency`.
    pub fn new(
        selected: (&str, Values),
        scenarios: impl IntoIterator<Item = (String, Values)>,
        currency: Currency,
    ) -> Self {
        let part = |name: &str, values| IncomeSnapshot::new(name, values, currency).part();
        IncomeDetail {
            income: part(selected.0, selected.1),
            scenarios: scenarios.into_iter().map(|(n, v)| part(&n, v)).collect(),
        }
    }
}

/// `skillpath-step`'s detail: the screen the reader reached, for a host's
/// analytics (where readers stop). It names the screen and its place, and
/// carries nothing the reader chose or typed.
///
/// | section | screen | index / total |
/// |---|---|---|
/// | `guide` | `question` | the question's number / the questions and the result (13 for 12 questions) |
/// | `guide` | `review`, `result` | both the total: every question is behind the reader |
/// | `income` | `calculator` | 1 / 1 |
/// | `profile` | `plan` | 1 / 1 |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StepDetail {
    /// The chapter: `guide`, `income` or `profile`.
    pub section: &'static str,
    /// The screen in it: `question`, `review`, `result`, `calculator`, `plan`.
    pub screen: &'static str,
    /// The screen's place in the chapter's way, from 1.
    pub index: u32,
    /// How many screens the chapter's way has.
    pub total: u32,
}
