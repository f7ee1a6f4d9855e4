//! The widget's words in the language in force. The domain returns data
//! (typed enums and their values); this module turns a message key and its
//! values into text. English is compiled in (`src/content/ui/en/*.json`, read
//! by `build.rs` into [`Key`] and `content::ui::EN`); every other language is
//! one fetched file, checked by [`catalogue::read`] before it is used.

pub mod catalogue;
pub mod file;
pub mod guide;
pub mod lang;

use std::borrow::Cow;

pub use catalogue::{Category, Text};
pub use lang::Lang;

include!(concat!(env!("OUT_DIR"), "/ui_keys.rs"));

/// How a language picks a counted message's form for a number: the
/// browser's `Intl.PluralRules` in the widget, [`Lang::plural`] elsewhere.
pub type PluralRule = fn(Lang, u64) -> Category;

/// The interface texts of one language.
#[derive(Clone, Debug)]
pub struct Words {
    lang: Lang,
    texts: Cow<'static, [Text]>,
    plural: PluralRule,
}

impl Words {
    /// English, the source language.
    pub fn english(english: &'static [Text]) -> Words {
        Words {
            lang: Lang::En,
            texts: Cow::Borrowed(english),
            plural: Lang::plural,
        }
    }

    /// `lang`'s texts, read by [`catalogue::read`] in key order.
    pub fn new(lang: Lang, texts: Vec<Text>) -> Words {
        debug_assert_eq!(texts.len(), KEY_COUNT);
        Words {
            lang,
            texts: Cow::Owned(texts),
            plural: Lang::plural,
        }
    }

    /// The same words, picking plural forms with `rule`.
    #[must_use]
    pub fn with_plural(mut self, rule: PluralRule) -> Words {
        self.plural = rule;
        self
    }

    /// The language these words are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A whole number as this language writes it in running text (`100,000`;
    /// German `100.000`); Western digits in every language.
    pub fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + 8);
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.lang.thousands());
            }
            out.push(d);
        }
        out
    }

    /// The message `key`, as written (for texts without placeholders).
    pub fn get(&self, key: Key) -> &str {
        self.texts[key as usize].form(Category::Other)
    }

    /// The message `key` with its `{placeholders}` filled from `values`. In
    /// a right-to-left language each value is isolated, as `<bdi>` does, so
    /// that an amount, a count or a file name keeps its order and does not
    /// pull the words around it: a value with nothing written right to left
    /// in it ("30 × 20 × 46", "25–45", "broken.json") reads left to right
    /// (U+2066 … U+2069), any other by its first strong letter (U+2068).
    pub fn fill(&self, key: Key, values: &[(&str, &str)]) -> String {
        self.fill_text(self.get(key), values)
    }

    /// `text` filled as [`Words::fill`] does.
    fn fill_text(&self, text: &str, values: &[(&str, &str)]) -> String {
        if !self.lang.rtl() {
            return fill(text, values);
        }
        let isolated: Vec<(&str, String)> = values
            .iter()
            .map(|(name, value)| {
                let open = if value.chars().any(right_to_left) {
                    '\u{2068}'
                } else {
                    '\u{2066}'
                };
                (*name, format!("{open}{value}\u{2069}"))
            })
            .collect();
        let values: Vec<(&str, &str)> = isolated.iter().map(|(n, v)| (*n, v.as_str())).collect();
        fill(text, &values)
    }

    /// The counted message `key` in the form `count` takes, with `{n}` set to
    /// `written` (the count as the locale writes it) and the other
    /// placeholders from `values`.
    pub fn count(&self, key: Key, count: u64, written: &str, values: &[(&str, &str)]) -> String {
        let form = self.texts[key as usize].form((self.plural)(self.lang, count));
        let mut all = Vec::with_capacity(values.len() + 1);
        all.push(("n", written));
        all.extend_from_slice(values);
        self.fill_text(form, &all)
    }
}

/// Whether `c` is written right to left: Hebrew and Arabic letters, and the
/// marks a right-to-left locale puts before its numbers (U+200F, U+061C).
fn right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{200F}')
}

/// `text` with each `{name}` replaced by its value; a name without a value
/// stays as written (the catalogue check makes that impossible for shipped
/// and fetched texts).
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            rest = &rest[start..];
            break;
        };
        let name = &after[..end];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[start..start + end + 2]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}
