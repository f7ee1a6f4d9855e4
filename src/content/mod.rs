//! The guide's questions and outcome texts. The JSON files beside this module are
//! the source; `build.rs` compiles them into the static data below. The domain
//! checks that data in tests and in every debug build; a release build trusts
//! it, since it cannot change after the tests ran.

use std::borrow::Cow;

use crate::domain::guide::{
    Choice, ContentError, CredentialNotes, Credentials, Effect, Guide, GuideParts, Outcome,
    OutcomeText, Question, RateBand, Risk, Source, Stage, StageNotes, Term,
};
use crate::domain::words::{KEY_COUNT, Text, Words};

/// The questions file as shipped (for tools and tests that read the JSON itself).
pub const QUESTIONS_JSON: &str = include_str!("questions.json");
/// The outcomes file as shipped.
pub const OUTCOMES_JSON: &str = include_str!("outcomes.json");

/// The shipped content as static data, generated from the JSON files.
pub static PARTS: GuideParts = include!(concat!(env!("OUT_DIR"), "/guide_parts.rs"));

/// Loads the shipped guide, checking it unless this is a release build for
/// the browser (see the module notes).
///
/// # Errors
/// A [`ContentError`] naming the problem, if the shipped content is broken.
pub fn guide() -> Result<Guide, ContentError> {
    if cfg!(all(target_arch = "wasm32", not(debug_assertions))) {
        Ok(Guide::from_checked_parts(PARTS.clone()))
    } else {
        Guide::from_parts(PARTS.clone())
    }
}

/// English's interface texts, generated from `src/content/ui/en/*.json` in
/// the order of [`Key`](crate::domain::words::Key).
pub static UI_EN: [Text; KEY_COUNT] = include!(concat!(env!("OUT_DIR"), "/ui_en.rs"));

/// The interface in English.
pub fn english() -> Words {
    Words::english(&UI_EN)
}
