//! The browser helpers the views may use, each wrapping one capability once:
//! DOM focus and input, files and the clipboard, the share sheet and the
//! result's picture, the locale's number format,
//! saving on this device, and the panic hook's last resort. With [`crate::embed`], the only code that names
//! a browser crate.

pub mod crash;
pub mod dom;
pub mod file;
pub mod locale;
pub mod picture;
pub mod saving;
pub mod share;
