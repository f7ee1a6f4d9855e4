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
    let mut texts = Vec::with_capacity(names.len());
    for (name, source) in names.iter().zip(english) {
        let entry = given
            .remove(*name)
            .ok_or_else(|| fault(lang, name, Problem::Missing))?;
        let entry = match entry {
            Entry::One(text) => Given::One(text),
            Entry::Plural(forms) => Given::Plural(forms.into_iter().collect()),
        };
        texts.push(check(lang, name, source, entry)?);
    }
    match given.into_keys().next() {
        Some(extra) => Err(fault(lang, &extra, Problem::Unknown)),
        None => Ok(texts),
    }
}

/// As [`read`], for the texts as the widget's language files list them: one
/// list per key, in key order, holding the text (`["Next"]`) or a counted
/// text's forms as name and text in turn (`["one", "{n} scenario", "other",
/// "{n} scenarios"]`). The build writes them so; the wasm reads no map.
///
/// # Errors
/// The first [`CatalogueError`] in key order; a list of another length
/// names the first key missing or, for extra lists, the last key.
pub fn read_listed(
    lang: &str,
    names: &[&str],
    english: &[Text],
    given: Vec<Vec<String>>,
) -> Result<Vec<Text>, CatalogueError> {
    if given.len() != names.len() {
        let (key, problem) = match names.get(given.len()) {
            Some(name) => (*name, Problem::Missing),
            None => (names.last().copied().unwrap_or_default(), Problem::Unknown),
        };
        return Err(fault(lang, key, problem));
    }
    let mut texts = Vec::with_capacity(names.len());
    for ((name, source), mut entry) in names.iter().zip(english).zip(given) {
        let entry = match (source, entry.len()) {
            (Text::One(_), 1) => Given::One(entry.remove(0)),
            (Text::Plural(_), n) if n >= 2 && n % 2 == 0 => {
                let mut forms = Vec::with_capacity(n / 2);
                let mut items = entry.into_iter();
                while let (Some(category), Some(text)) = (items.next(), items.next()) {
                    forms.push((category, text));
                }
                Given::Plural(forms)
            }
            _ => return Err(fault(lang, name, Problem::Plural)),
        };
        texts.push(check(lang, name, source, entry)?);
    }
    Ok(texts)
}

/// One entry as given, before it is checked.
enum Given {
    One(String),
    Plural(Vec<(String, String)>),
}

fn fault(lang: &str, key: &str, problem: Problem) -> CatalogueError {
    CatalogueError {
        lang: lang.to_owned(),
        key: key.to_owned(),
        problem,
    }
}

/// Checks one entry against English's `source`.
fn check(lang: &str, name: &str, source: &Text, entry: Given) -> Result<Text, CatalogueError> {
    let text = match (entry, source) {
        (Given::One(text), Text::One(_)) => Text::One(Cow::Owned(text)),
        (Given::Plural(forms), Text::Plural(_)) => {
            let mut read = Vec::with_capacity(forms.len());
            for (category, text) in forms {
                let c = Category::named(&category)
                    .ok_or_else(|| fault(lang, name, Problem::Category(category.clone())))?;
                read.push((c, Cow::Owned(text)));
            }
            if !read.iter().any(|(c, _)| *c == Category::Other) {
                return Err(fault(lang, name, Problem::Category("other".to_owned())));
            }
            Text::Plural(Cow::Owned(read))
        }
        _ => return Err(fault(lang, name, Problem::Plural)),
    };
    let wanted: BTreeSet<&str> = source.forms().into_iter().flat_map(placeholders).collect();
    if text.forms().iter().any(|form| form.trim().is_empty()) {
        return Err(fault(lang, name, Problem::Empty));
    }
    // Every form uses only English's placeholders, and the `other` form
    // (or the message) uses all of them: a language may say "one" without
    // the number.
    let used: BTreeSet<&str> = text.forms().into_iter().flat_map(placeholders).collect();
    if placeholders(text.form(Category::Other)) != wanted || !used.is_subset(&wanted) {
        return Err(fault(
            lang,
            name,
            Problem::Placeholders {
                english: wanted.iter().map(|s| (*s).to_owned()).collect(),
                given: used.into_iter().map(str::to_owned).collect(),
            },
        ));
    }
    Ok(text)
}
