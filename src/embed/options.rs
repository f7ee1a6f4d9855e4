//! The options a host page sets, read leniently: an unusable value gets a
//! console warning and the default, never an error.

use wasm_bindgen::JsValue;

use crate::browser::dom;
use crate::browser::locale::{money_format, warn};
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
        let text = |name: &str| -> Option<String> {
            let given = js_sys::Reflect::get(&value, &JsValue::from_str(name))
                .ok()
                .filter(|v| !v.is_undefined() && !v.is_null())?;
            let text = given.as_string();
            if text.is_none() {
                warn(&format!("the option {name} is not text; ignored."));
            }
            text
        };
        Options {
            sections: text("sections"),
            theme: text("theme"),
            currency: text("currency"),
            locale: text("locale"),
            storage_key: text("storageKey"),
            lang: text("lang"),
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
