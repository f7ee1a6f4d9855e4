//! One language's interface texts, read and checked against English: every
//! key present, no extra key, the same placeholders, no empty text, plural
//! forms where English has them. `build.rs` runs the same check over every
//! shipped language (a broken catalogue stops the build with the language and
//! the key), and the widget runs it over a fetched file before it uses it.
//!
//! Only `serde` and `std` here: `build.rs` includes this file as it is.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;

/// A CLDR plural category: which form of a counted message a number takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// Arabic 0.
    Zero,
    /// 1 in English, German and Spanish; 0 and 1 in French.
    One,
    /// Arabic 2.
    Two,
    /// Arabic 3–10.
    Few,
    /// Arabic 11–99; French and Spanish millions.
    Many,
    /// Every other number; every plural message has this form.
    Other,
}

impl Category {
    /// Every category, in CLDR's order.
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// CLDR's name (`Intl.PluralRules` returns these).
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// The category CLDR names `name`, if any.
    pub fn named(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// One interface text: a plain message, or the forms of a counted one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// A message with `{placeholders}`.
    One(Cow<'static, str>),
    /// A counted message's forms, one per plural category the language uses;
    /// [`Category::Other`] is always among them.
    Plural(Cow<'static, [(Category, Cow<'static, str>)]>),
}

impl Text {
    /// The message, or a counted message's form for `category` (its `other`
    /// form when the language has no such form).
    pub fn form(&self, category: Category) -> &str {
        match self {
            Text::One(text) => text,
            Text::Plural(forms) => forms
                .iter()
                .find(|(c, _)| *c == category)
                .or_else(|| forms.iter().find(|(c, _)| *c == Category::Other))
                .map_or("", |(_, text)| text),
        }
    }

    fn forms(&self) -> Vec<&str> {
        match self {
            Text::One(text) => vec![text],
            Text::Plural(forms) => forms.iter().map(|(_, t)| &**t).collect(),
        }
    }
}

/// A text as a catalogue file writes it: a string, or an object of plural
/// forms (`{"one": "…", "other": "…"}`).
#[derive(Deserialize)]
#[serde(untagged)]
pub enum Entry {
    /// A plain message.
    One(String),
    /// A counted message's forms, by CLDR category name.
    Plural(BTreeMap<String, String>),
}

/// The `{name}`s a text uses.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                found.insert(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

/// What is wrong with a catalogue, naming the language and the key.
#[derive(Debug, PartialEq, Eq)]
pub struct CatalogueError {
    /// The language's code.
    pub lang: String,
    /// The key at fault.
    pub key: String,
    /// What is wrong with it.
    pub problem: Problem,
}

/// The ways a catalogue's text can be wrong.
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    /// English has the key; this language does not.
    Missing,
    /// The key is not one English has.
    Unknown,
    /// A text (or one of its forms) is blank.
    Empty,
    /// The text's placeholders differ from English's.
    Placeholders {
        /// English's placeholders.
        english: Vec<String>,
        /// This language's.
        given: Vec<String>,
    },
    /// English counts here and this language does not, or the other way round.
    Plural,
    /// A plural form names no CLDR category, or `other` is missing.
    Category(String),
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (lang, key) = (&self.lang, &self.key);
        write!(f, "the {lang} catalogue's {key:?} ")?;
        match &self.problem {
            Problem::Missing => write!(f, "is missing"),
            Problem::Unknown => write!(f, "is not a key English has"),
            Problem::Empty => write!(f, "is empty"),
            Problem::Placeholders { english, given } => {
                write!(
                    f,
                    "has the placeholders {given:?} where English has {english:?}"
                )
            }
            Problem::Plural => write!(f, "must have plural forms exactly where English has them"),
            Problem::Category(name) => {
                write!(
                    f,
                    "has a plural form {name:?}; the forms are zero, one, two, few, many and other, with other always there"
                )
            }
        }
    }
}

impl std::error::Error for CatalogueError {}

/// Reads one language's entries against English (`names` and `english` in
/// key order), giving its texts in the same order.
///
/// # Errors
/// The first [`CatalogueError`] in key order.
pub fn read(
    lang: &str,
    names: &[&str],
    english: &[Text],
    mut given: BTreeMap<String, Entry>,
) -> Result<Vec<Text>, CatalogueError> {
    let fault = |key: &str, problem| CatalogueError {
        lang: lang.to_owned(),
        key: key.to_owned(),
        problem,
    };
    let mut texts = Vec::with_capacity(names.len());
    for (name, source) in names.iter().zip(english) {
        let entry = given
            .remove(*name)
            .ok_or_else(|| fault(name, Problem::Missing))?;
        let text = match (entry, source) {
            (Entry::One(text), Text::One(_)) => Text::One(Cow::Owned(text)),
            (Entry::Plural(forms), Text::Plural(_)) => {
                let mut read = Vec::with_capacity(forms.len());
                for (category, text) in forms {
                    let c = Category::named(&category)
                        .ok_or_else(|| fault(name, Problem::Category(category.clone())))?;
                    read.push((c, Cow::Owned(text)));
                }
                if !read.iter().any(|(c, _)| *c == Category::Other) {
                    return Err(fault(name, Problem::Category("other".to_owned())));
                }
                Text::Plural(Cow::Owned(read))
            }
            _ => return Err(fault(name, Problem::Plural)),
        };
        let wanted: BTreeSet<&str> = source.forms().into_iter().flat_map(placeholders).collect();
        for form in text.forms() {
            if form.trim().is_empty() {
                return Err(fault(name, Problem::Empty));
            }
        }
        // Every form uses only English's placeholders, and the `other` form
        // (or the message) uses all of them: a language may say "one" without
        // the number.
        let full = placeholders(text.form(Category::Other));
        let stray = text
            .forms()
            .into_iter()
            .flat_map(placeholders)
            .any(|p| !wanted.contains(p));
        if full != wanted || stray {
            return Err(fault(
                name,
                Problem::Placeholders {
                    english: wanted.iter().map(|s| (*s).to_owned()).collect(),
                    given: text
                        .forms()
                        .into_iter()
                        .flat_map(placeholders)
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .map(str::to_owned)
                        .collect(),
                },
            ));
        }
        texts.push(text);
    }
    match given.into_keys().next() {
        Some(extra) => Err(fault(&extra, Problem::Unknown)),
        None => Ok(texts),
    }
}
