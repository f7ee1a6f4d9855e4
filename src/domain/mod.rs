//! The pure core of Skillpath: guide scoring, content checks and income maths. No browser
//! or UI crate may be used below this module (a test enforces it).

pub mod author;
pub mod events;
pub mod guide;
pub mod income;
pub mod number;
pub mod options;
pub mod profile;
pub mod progress;
pub mod share;
pub mod words;
