//! The options a host page sets, read leniently: an unusable value gets a
//! console warning and the default, never an error.

use wasm_bindgen::{JsCast, JsValue};

use crate::browser::dom;
use crate::browser::locale::{money_format, warn};
use crate::domain::author::{self, Author, PrintedLink, Slotted};
use crate::domain::number::{Currency, MoneyFormat};
use crate::domain::options::{Sections, quoted, quoted_words};
use crate::domain::progress::KeyName;
use crate::domain::words::Lang;

/// What a host page may set: the element's attributes, or `mount()`'s options
/// (the same names; `storage-key` is `storageKey` there). Every value is text,
/// as attributes are; anything unusable gets a console warning and the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Space-separated subset of `guide income profile`.
    pub sections: Option<String>,
    /// `light`, `dark` or `auto`.
    pub theme: Option<String>,
    /// ISO 4217 code; USD when absent or invalid.
    pub currency: Option<String>,
    /// BCP 47 tag; the browser's when absent or invalid.
    pub locale: Option<String>,
    /// The name saved progress is kept under; per page and instance when absent.
    pub storage_key: Option<String>,
    /// BCP 47 tag of the language: the element's `lang`, else its nearest
    /// ancestor's (the loader reads both); English when absent or unknown.
    pub lang: Option<String>,
    /// The author's introduction, as text (`intro`).
    pub intro: Option<String>,
    /// The general next step (`nextStep: { text, href }`).
    pub next_step: Option<GivenStep>,
    /// Next steps by outcome id (`nextStepByOutcome: { "t-shaped": { text, href } }`).
    pub by_outcome: Vec<(String, GivenStep)>,
    /// The host's children in the widget's slots, which the loader finds
    /// (`slots: [{ name, links: [{ text, href }] }]`): not for hosts to set.
    pub slots: Vec<(String, Vec<(String, String)>)>,
}

/// A next step as a host gave it, not yet checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GivenStep {
    /// `text`, if it is text.
    pub text: Option<String>,
    /// `href`, if it is text.
    pub href: Option<String>,
}

fn get(value: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(value, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// The text of `value`'s field `name`; anything else is warned about (as
/// `what`) and left out.
fn text_of(value: &JsValue, name: &str, what: &str) -> Option<String> {
    let given = get(value, name)?;
    let text = given.as_string();
    if text.is_none() {
        warn(&format!("the option {what} is not text; ignored."));
    }
    text
}

/// A `{ text, href }` object; anything else is warned about (as `what`).
fn given_step(value: Option<JsValue>, what: &str) -> Option<GivenStep> {
    let value = value?;
    if !value.is_object() {
        warn(&format!(
            "the option {what} is not an object like {{ text, href }}; ignored."
        ));
        return None;
    }
    Some(GivenStep {
        text: text_of(&value, "text", &format!("{what}.text")),
        href: text_of(&value, "href", &format!("{what}.href")),
    })
}

/// `value`'s own enumerable keys, or none when it is not an object.
fn keys(value: &JsValue) -> Vec<String> {
    value
        .dyn_ref::<js_sys::Object>()
        .map(|o| {
            js_sys::Object::keys(o)
                .iter()
                .filter_map(|k| k.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The loader's `slots`: each slot's name and the links found in it.
fn slots(value: Option<JsValue>) -> Vec<(String, Vec<(String, String)>)> {
    let Some(list) = value.and_then(|v| v.dyn_into::<js_sys::Array>().ok()) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|slot| {
            let name = get(&slot, "name")?.as_string()?;
            let links = get(&slot, "links")
                .and_then(|l| l.dyn_into::<js_sys::Array>().ok())
                .map(|links| {
                    links
                        .iter()
                        .filter_map(|link| {
                            let text = get(&link, "text").and_then(|t| t.as_string());
                            Some((text.unwrap_or_default(), get(&link, "href")?.as_string()?))
                        })
                        .collect()
                })
                .unwrap_or_default();
            Some((name, links))
        })
        .collect()
}

impl Options {
    /// Reads options handed over from JS, each on its own: a value that is
    /// not text is warned about and left out, and the others still apply.
    /// (Through serde-wasm-bindgen, one wrong value threw all of them away,
    /// and its error messages brought float formatting into the download.)
    pub fn from_js(value: JsValue) -> Self {
        if value.is_undefined() || value.is_null() {
            return Options::default();
        }
        if !value.is_object() {
            warn("the options are not an object; using the defaults.");
            return Options::default();
        }
        let text = |name: &str| text_of(&value, name, name);
        Options {
            sections: text("sections"),
            theme: text("theme"),
            currency: text("currency"),
            locale: text("locale"),
            storage_key: text("storageKey"),
            lang: text("lang"),
            intro: text("intro"),
            next_step: given_step(get(&value, "nextStep"), "nextStep"),
            by_outcome: get(&value, "nextStepByOutcome")
                .map(|by| {
                    if !by.is_object() {
                        warn("the option nextStepByOutcome is not an object; ignored.");
                    }
                    keys(&by)
                        .into_iter()
                        .filter_map(|key| {
                            let what = format!("nextStepByOutcome[{}]", quoted(&key));
                            given_step(get(&by, &key), &what).map(|step| (key, step))
                        })
                        .collect()
                })
                .unwrap_or_default(),
            slots: slots(get(&value, "slots")),
        }
    }

    /// The author's intro and next steps; what cannot be used is warned
    /// about when `loud`, and left out.
    pub(super) fn author(&self, loud: bool) -> Author {
        let say = |what: &str, why: &dyn std::fmt::Display| {
            if loud {
                warn(&format!("{what} {why}."));
            }
        };
        let step = |what: &str, given: &GivenStep| {
            let (step, refused) = author::next_step(given.text.as_deref(), given.href.as_deref());
            for why in refused {
                say(what, &why);
            }
            step
        };
        let intro = self
            .intro
            .as_deref()
            .and_then(|given| author::text(given).map_err(|why| say("intro", &why)).ok());
        let by_outcome = self
            .by_outcome
            .iter()
            .filter_map(|(key, given)| {
                let what = format!("nextStepByOutcome[{}]", quoted(key));
                let Some(outcome) = author::outcome_named(key) else {
                    say(
                        &what,
                        &"is not generalist, specialist, t-shaped, pi-shaped or comb-shaped; ignored",
                    );
                    return None;
                };
                step(&what, given).map(|s| (outcome, s))
            })
            .collect();
        let names: Vec<String> = author::slot_names().collect();
        let slots = self
            .slots
            .iter()
            .filter(|(name, _)| names.contains(name))
            .map(|(name, links)| Slotted {
                name: name.clone(),
                links: links
                    .iter()
                    .filter_map(|(text, href)| {
                        let href = author::link(href).ok()?;
                        let text = author::text(text).unwrap_or_default();
                        Some(PrintedLink { text, href })
                    })
                    .take(author::MAX_PRINTED_LINKS)
                    .collect(),
            })
            .collect();
        Author {
            intro,
            slots,
            next_step: self.next_step.as_ref().and_then(|s| step("nextStep", s)),
            by_outcome,
        }
    }

    fn given(value: Option<&String>) -> Option<&str> {
        value.map(|v| v.trim()).filter(|v| !v.is_empty())
    }

    /// The sections; unknown names are warned about when `loud`.
    pub(super) fn sections(&self, loud: bool) -> Sections {
        Self::given(self.sections.as_ref()).map_or(Sections::ALL, |text| {
            let (sections, unknown) = Sections::parse(text);
            if loud && !unknown.is_empty() {
                let verb = if unknown.len() == 1 { "is" } else { "are" };
                warn(&format!(
                    "sections: {} {verb} not guide, income or profile; ignored.",
                    quoted_words(&unknown)
                ));
            }
            sections
        })
    }

    /// The currency; an unusable code is warned about when `loud`.
    pub(super) fn currency(&self, loud: bool) -> Currency {
        match Self::given(self.currency.as_ref()).map(|c| (c, Currency::parse(c))) {
            None => Currency::USD,
            Some((_, Ok(code))) => code,
            Some((given, Err(e))) => {
                if loud {
                    warn(&format!("currency {}: {e} Using USD.", quoted(given)));
                }
                Currency::USD
            }
        }
    }

    /// How amounts are written for these options; an unusable currency is
    /// warned about when `loud` (an unusable locale always is, by `money_format`).
    /// Without a `locale`, amounts follow the language in force (German
    /// text writes `27.600`), not the browser.
    pub(super) fn money(&self, loud: bool) -> MoneyFormat {
        let locale = Self::given(self.locale.as_ref()).or(Some(self.lang(false).code()));
        money_format(locale, self.currency(loud))
    }

    /// The language; an unknown or malformed tag is warned about when
    /// `loud`, and English is used.
    pub(super) fn lang(&self, loud: bool) -> Lang {
        let Some(tag) = Self::given(self.lang.as_ref()) else {
            return Lang::En;
        };
        Lang::from_tag(tag).unwrap_or_else(|| {
            if loud {
                warn(&format!(
                    "lang {} is not a language Skillpath speaks (en, es, de, fr, ar); using English.",
                    quoted(tag)
                ));
            }
            Lang::En
        })
    }

    /// Where the widget saves: the `storage-key`, or else this page's own
    /// key. An unusable name is warned about.
    pub(super) fn storage_key(&self) -> KeyName {
        let given = self.storage_key.as_deref().unwrap_or_default();
        let page = || {
            let (path, query) = dom::page_path();
            KeyName::Page { path, query }
        };
        match KeyName::named(given) {
            Ok(Some(name)) => name,
            Ok(None) => page(),
            Err(e) => {
                warn(&format!(
                    "storage-key {e}; saving under this page's own key instead."
                ));
                page()
            }
        }
    }

    /// `light` or `dark`, or `None` to follow the reader's setting; an
    /// unknown theme is warned about when `loud`.
    pub(super) fn theme(&self, loud: bool) -> Option<&'static str> {
        let theme = Self::given(self.theme.as_ref())?;
        match theme.to_ascii_lowercase().as_str() {
            "light" => Some("light"),
            "dark" => Some("dark"),
            "auto" => None,
            _ => {
                if loud {
                    warn(&format!(
                        "theme {} is not light, dark or auto; following the reader's setting.",
                        quoted(theme)
                    ));
                }
                None
            }
        }
    }
}
