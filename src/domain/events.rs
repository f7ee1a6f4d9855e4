//! What the widget tells its host page: the `detail` of its events, made of the
//! profile file's own parts so that a host sees the shapes the schema describes.
//!
//! | event | detail |
//! |---|---|
//! | `skillpath-result` | the file's `guide` part ([`GuidePart`]) |
//! | `skillpath-income` | [`IncomeDetail`]: the selected scenario as the file's `income` part, and every scenario |
//! | `skillpath-export` | the whole file ([`crate::domain::profile::file::ProfileFile`]) |

use serde::Serialize;

use crate::domain::calculator::Calculator;
use crate::domain::money::Currency;
use crate::domain::profile::document::IncomeSnapshot;
use crate::domain::profile::file::IncomePart;

pub use crate::domain::profile::file::GuidePart;

/// `skillpath-income`'s detail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IncomeDetail {
    /// The selected scenario, as a profile file would carry it.
    pub income: IncomePart,
    /// Every scenario, in the calculator's order.
    pub scenarios: Vec<IncomePart>,
}

impl IncomeDetail {
    /// The calculator's scenarios, in `currency`.
    pub fn new(calc: &Calculator, currency: Currency) -> Self {
        let part = |s: &crate::domain::calculator::Scenario| {
            IncomeSnapshot::new(&s.name.value, s.values(), currency).part()
        };
        IncomeDetail {
            income: part(calc.selected()),
            scenarios: calc.scenarios().iter().map(part).collect(),
        }
    }
}
