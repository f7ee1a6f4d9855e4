//! Yew components, grouped by feature.

pub mod app;
pub mod bar;
pub mod guide;

pub use app::{App, AppProps};
