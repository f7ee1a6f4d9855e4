//! The decision guide: its questions, the optional review, and the result.

mod about;
mod advice;
mod closeness_list;
mod guide_view;
mod hero;
mod map;
mod progress;
mod question_card;
mod result_view;
mod review;
mod shapes;
mod share;
mod why_list;

pub use guide_view::{GuideView, Sharing, guide_view};
