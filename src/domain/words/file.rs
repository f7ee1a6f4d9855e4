//! One language's file, as the widget fetches it: its interface texts and
//! the guide's words, read and checked as a whole before any of it shows.
//! Anything wrong (cut short, tampered, an older edition's texts, another
//! language's file) refuses the whole file, and the widget stays in English.
//!
//! The build writes it from the keyed sources (`src/content/lang/`) as lists
//! in a fixed order: the interface texts in key order
//! ([`catalogue::read_listed`]) and the guide's texts in the guide's order
//! ([`guide::lay_texts`]). [`write`] makes it; [`read`] takes it back.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::catalogue::{self, CatalogueError};
use super::guide::{self, GuideWords, Misfit};
use super::{KEY_NAMES, Lang, Text, Words};
use crate::domain::guide::{ContentError, Guide, GuideParts};

/// A language file: `{"lang": "de", "ui": [[…], …], "guide": […]}`. The
/// file also holds what only the loader reads (the first screen drawn in
/// that language, `first`, and the loader's own words, `said`), which this
/// reader passes over.
#[derive(Deserialize, Serialize)]
pub struct LangFile {
    /// The language's code.
    pub lang: String,
    /// The interface texts, one list per key in key order.
    pub ui: Vec<Vec<String>>,
    /// The guide's texts, in the guide's order.
    pub guide: Vec<String>,
}

/// Why a language file was refused.
#[derive(Debug)]
pub enum FileError {
    /// It is not the JSON of a language file (cut short, say); serde's message.
    Json(String),
    /// It is another language's file.
    OtherLang(String),
    /// An interface text is missing, extra or wrong.
    Catalogue(CatalogueError),
    /// The guide's words do not fit the guide.
    Guide(Misfit),
    /// The guide, with these words, fails its checks.
    Content(ContentError),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Json(e) => write!(f, "it is not a language file: {e}"),
            FileError::OtherLang(code) => {
                write!(f, "it is the file of another language ({code:?})")
            }
            FileError::Catalogue(e) => write!(f, "{e}"),
            FileError::Guide(Misfit(path)) => write!(f, "its guide words do not fit: {path}"),
            FileError::Content(e) => write!(f, "the guide in it has a problem: {e}"),
        }
    }
}

impl std::error::Error for FileError {}

/// Reads `text`, the file of `lang`, against English's interface texts and
/// the guide's structure: the guide in `lang` and its words. The guide's own
/// checks (ids, effects, bands) hold already, since only texts change, and
/// every text is checked for blanks here; in debug builds and tests the
/// whole guide is checked again.
///
/// # Errors
/// A [`FileError`] saying what is wrong; nothing of the file is used then.
pub fn read(
    lang: Lang,
    text: &str,
    english: &[Text],
    parts: &GuideParts,
) -> Result<(Guide, Words), FileError> {
    let file: LangFile = serde_json::from_str(text).map_err(|e| FileError::Json(e.to_string()))?;
    if !file.lang.eq_ignore_ascii_case(lang.code()) {
        return Err(FileError::OtherLang(file.lang));
    }
    let texts = catalogue::read_listed(lang.code(), &KEY_NAMES, english, file.ui)
        .map_err(FileError::Catalogue)?;
    let parts = guide::lay_texts(parts, file.guide).map_err(FileError::Guide)?;
    let guide = if cfg!(debug_assertions) {
        Guide::from_parts(parts).map_err(FileError::Content)?
    } else {
        Guide::from_checked_parts(parts)
    };
    Ok((guide, Words::new(lang, texts)))
}

/// The file of `lang` as the build writes it, from the keyed sources: its
/// interface texts (`ui`, by key) and its guide words (`guide`, by id). Build
/// machine and tests only.
///
/// # Errors
/// A text is missing, extra or wrong ([`FileError::Catalogue`]), or the
/// guide words do not fit the guide ([`FileError::Guide`]).
pub fn write(
    lang: Lang,
    ui: std::collections::BTreeMap<String, catalogue::Entry>,
    guide_words: GuideWords,
    english: &[Text],
    parts: &GuideParts,
) -> Result<LangFile, FileError> {
    let texts =
        catalogue::read(lang.code(), &KEY_NAMES, english, ui).map_err(FileError::Catalogue)?;
    let laid = guide_words.lay_over(parts).map_err(FileError::Guide)?;
    let ui = texts
        .iter()
        .map(|t| match t {
            Text::One(text) => vec![text.to_string()],
            Text::Plural(forms) => forms
                .iter()
                .flat_map(|(c, text)| [c.name().to_owned(), text.to_string()])
                .collect(),
        })
        .collect();
    Ok(LangFile {
        lang: lang.code().to_owned(),
        ui,
        guide: guide::texts(&laid),
    })
}
