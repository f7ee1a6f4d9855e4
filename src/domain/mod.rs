//! The pure core of Skillpath: guide scoring and content checks. No browser
//! or UI crate may be used below this module (a test enforces it).

pub mod guide;
