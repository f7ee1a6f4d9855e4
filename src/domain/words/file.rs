//! One language's file, as the widget fetches it: its interface texts and
//! the guide's words, read and checked as a whole before any of it shows.
//! Anything wrong (cut short, tampered, an older edition's keys, another
//! language's file) refuses the whole file, and the widget stays in English.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use super::catalogue::{self, CatalogueError, Entry};
use super::guide::{GuideWords, Misfit};
use super::{KEY_NAMES, Lang, Text, Words};
use crate::domain::guide::{ContentError, Guide, GuideParts};

/// A language file: `{"lang": "de", "ui": {…}, "guide": {…}}`, and the first
/// screen drawn in that language (`first`), which only the loader reads.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LangFile {
    lang: String,
    ui: BTreeMap<String, Entry>,
    guide: GuideWords,
    #[serde(default)]
    #[allow(dead_code, reason = "the loader's; read here only to be allowed")]
    first: serde::de::IgnoredAny,
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
            FileError::Guide(Misfit(path)) => write!(f, "its guide words do not fit at {path}"),
            FileError::Content(e) => write!(f, "the guide in it has a problem: {e}"),
        }
    }
}

impl std::error::Error for FileError {}

/// Reads `text`, the file of `lang`, against English's interface texts and
/// the guide's structure: the guide in `lang` and its words.
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
    let texts =
        catalogue::read(lang.code(), &KEY_NAMES, english, file.ui).map_err(FileError::Catalogue)?;
    let parts = file.guide.lay_over(parts).map_err(FileError::Guide)?;
    let guide = Guide::from_parts(parts).map_err(FileError::Content)?;
    Ok((guide, Words::new(lang, texts)))
}
