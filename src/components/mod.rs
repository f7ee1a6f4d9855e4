//! Yew components, grouped by feature.

pub mod app;
pub mod bar;
pub mod guide;
pub mod income;
pub mod profile;
pub mod saved;

pub use app::{App, AppProps};
