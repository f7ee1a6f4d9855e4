//! The only module that touches the browser: DOM helpers and mounting.

pub mod dom;
pub mod file;
pub mod host;
pub mod locale;
pub mod mount;
pub mod saving;
