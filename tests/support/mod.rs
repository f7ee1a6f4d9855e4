//! What several native test files build the same way.

use std::rc::Rc;

use skillpath::domain::number::{DecimalMark, MoneyFormat};

/// US dollars written with `mark`, as the reducers take them.
pub fn money(mark: DecimalMark) -> Rc<MoneyFormat> {
    Rc::new(MoneyFormat {
        mark,
        ..MoneyFormat::default()
    })
}
