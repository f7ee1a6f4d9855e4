//! The only module that touches the browser: DOM helpers and mounting.

pub mod dom;
pub mod locale;
pub mod mount;
