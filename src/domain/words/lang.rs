//! The languages the widget speaks, and how the one in force is chosen.

use super::Category;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English, the source: compiled into the widget.
    En,
    /// Spanish.
    Es,
    /// German.
    De,
    /// French.
    Fr,
    /// Arabic, written right to left.
    Ar,
    /// `en-XA`, for tests only: English accented and 40 % longer, built from
    /// the English texts, so that a text left out of the catalogue (plain
    /// English) or one that overflows shows at once. Not offered to readers:
    /// not in [`Lang::ALL`], never picked from the browser's languages.
    Pseudo,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Es, Lang::De, Lang::Fr, Lang::Ar];

    /// The language's BCP 47 primary subtag, as `lang` attributes and file names use it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's own name for itself, for a language picker.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
            Lang::Pseudo => "Ëñĝļîšĥ (pseudo)",
        }
    }

    /// The language's name in English, for the one message the widget says
    /// in English: that this language could not load.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Spanish",
            Lang::De => "German",
            Lang::Fr => "French",
            Lang::Ar => "Arabic",
            Lang::Pseudo => "pseudo-English",
        }
    }

    /// How the language groups a whole number's thousands in running text
    /// (limits quoted in messages): `1,000`, `1.000`, `1 000`.
    pub fn thousands(self) -> &'static str {
        match self {
            Lang::En | Lang::Ar | Lang::Pseudo => ",",
            Lang::Es | Lang::De => ".",
            Lang::Fr => "\u{202f}",
        }
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The language a BCP 47 tag asks for: only the primary subtag counts
    /// (`es-MX` is Spanish), in any case. `None` for a tag that is not well
    /// formed (a primary subtag of 2–3 letters, then subtags of 1–8 letters
    /// and digits after `-` or `_`; at most 35 characters) or names a
    /// language the widget does not speak. The loader (`element.js`) applies
    /// the same rule to pick the file it fetches.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let mut subtags = tag.split(['-', '_']);
        let primary = subtags.next()?;
        let formed = tag.len() <= 35
            && (2..=3).contains(&primary.len())
            && primary.bytes().all(|b| b.is_ascii_alphabetic())
            && subtags.all(|s| {
                (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if !formed {
            return None;
        }
        if tag.eq_ignore_ascii_case(Lang::Pseudo.code()) {
            return Some(Lang::Pseudo);
        }
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first of `tags` the widget speaks (the browser's languages, in
    /// the reader's order), or English.
    pub fn first_spoken<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .filter_map(Lang::from_tag)
            .find(|l| *l != Lang::Pseudo)
            .unwrap_or(Lang::En)
    }

    /// CLDR's cardinal plural rule for whole numbers in this language: what
    /// the widget uses where the browser's `Intl.PluralRules` is not there
    /// (the first screen drawn at build time, native tests).
    pub fn plural(self, n: u64) -> Category {
        match self {
            Lang::En | Lang::De | Lang::Pseudo => {
                if n == 1 {
                    Category::One
                } else {
                    Category::Other
                }
            }
            Lang::Es => match n {
                1 => Category::One,
                n if n != 0 && n % 1_000_000 == 0 => Category::Many,
                _ => Category::Other,
            },
            Lang::Fr => match n {
                0 | 1 => Category::One,
                n if n % 1_000_000 == 0 => Category::Many,
                _ => Category::Other,
            },
            Lang::Ar => match n {
                0 => Category::Zero,
                1 => Category::One,
                2 => Category::Two,
                n if (3..=10).contains(&(n % 100)) => Category::Few,
                n if (11..=99).contains(&(n % 100)) => Category::Many,
                _ => Category::Other,
            },
        }
    }
}
