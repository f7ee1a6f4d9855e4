//! The decision guide: questions, review, result.

mod advice;
mod closeness_list;
mod guide_view;
mod progress;
mod question_card;
mod result_view;
mod review;
mod shapes;
mod share;
mod why_list;

pub use guide_view::{GuideView, guide_view};
pub use share::ShareResult;
