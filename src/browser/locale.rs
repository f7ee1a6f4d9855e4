//! The reader's locale, read once from `Intl.NumberFormat`, turned into a
//! [`MoneyFormat`] the domain formats exact amounts with.

use wasm_bindgen::prelude::*;

use crate::domain::number::DecimalMark;
use crate::domain::number::{Currency, MoneyFormat};
use crate::domain::options::quoted;
use crate::domain::words::{Category, Lang};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;

    /// Throws a `RangeError` for a malformed locale tag; caught here.
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat", catch)]
    fn new(locale: &JsValue, options: &JsValue) -> Result<NumberFormat, JsValue>;

    #[wasm_bindgen(method, js_name = formatToParts)]
    fn format_to_parts(this: &NumberFormat, value: f64) -> Vec<Part>;

    #[wasm_bindgen(method, js_name = resolvedOptions)]
    fn resolved_options(this: &NumberFormat) -> Resolved;

    type Part;

    #[wasm_bindgen(method, getter, js_name = type)]
    fn kind(this: &Part) -> String;

    #[wasm_bindgen(method, getter)]
    fn value(this: &Part) -> String;

    type Resolved;

    #[wasm_bindgen(method, getter, js_name = maximumFractionDigits)]
    fn maximum_fraction_digits(this: &Resolved) -> u8;
}

/// Writes a configuration problem to the console, once per problem found.
pub fn warn(message: &str) {
    gloo_console::warn!(format!("Skillpath: {message}"));
}

fn number_format(locale: &JsValue, currency: Currency) -> Result<NumberFormat, JsValue> {
    let options = js_sys::Object::new();
    let code = currency.code();
    for (key, value) in [
        ("style", "currency"),
        ("currency", code.as_str()),
        // ASCII digits everywhere: inputs are typed with them.
        ("numberingSystem", "latn"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into())?;
    }
    NumberFormat::new(locale, &options)
}

/// How `locale` (a BCP 47 tag; `None`: the browser's own) writes `currency`.
/// A tag the browser rejects falls back to the browser's locale with a console
/// warning; if `Intl` itself is missing, US English is used.
pub fn money_format(locale: Option<&str>, currency: Currency) -> MoneyFormat {
    let format = match locale {
        Some(tag) => number_format(&tag.into(), currency).or_else(|_| {
            warn(&format!(
                "locale {} is not a valid BCP 47 tag; using the browser's locale.",
                quoted(tag)
            ));
            number_format(&JsValue::UNDEFINED, currency)
        }),
        None => number_format(&JsValue::UNDEFINED, currency),
    };
    let Ok(format) = format else {
        return MoneyFormat {
            currency,
            prefix: format!("{} ", currency.code()),
            ..MoneyFormat::default()
        };
    };
    from_parts(&format, currency)
}

fn from_parts(format: &NumberFormat, currency: Currency) -> MoneyFormat {
    // Eight integer digits show every grouping rule (Indian English: 1,23,45,678).
    let parts = format.format_to_parts(12_345_678.5);
    let mut out = MoneyFormat {
        currency,
        prefix: String::new(),
        suffix: String::new(),
        group: String::new(),
        primary: 0,
        secondary: 0,
        mark: DecimalMark::Dot,
        decimals: format.resolved_options().maximum_fraction_digits().min(3),
    };
    let mut integers: Vec<usize> = Vec::new();
    let mut seen_number = false;
    for part in &parts {
        let (kind, value) = (part.kind(), part.value());
        match kind.as_str() {
            "integer" => {
                seen_number = true;
                integers.push(value.len()); // ASCII digits (numberingSystem latn)
            }
            "group" => out.group = value,
            "decimal" => {
                if value == "," {
                    out.mark = DecimalMark::Comma;
                }
            }
            "fraction" | "minusSign" | "plusSign" => {}
            _ if seen_number => out.suffix.push_str(&value),
            _ => out.prefix.push_str(&value),
        }
    }
    // Amount and currency never part at the end of a line.
    out.prefix = out.prefix.replace(' ', "\u{a0}");
    out.suffix = out.suffix.replace(' ', "\u{a0}");
    // A locale that writes right to left marks its amounts (U+200F): there a
    // currency written in Latin letters and a sign ("US$") is kept left to
    // right in an isolate, or the sign comes out before the letters ("$US").
    if out.prefix.contains('\u{200f}') || out.suffix.contains('\u{200f}') {
        for part in &parts {
            let value = part.value();
            if part.kind() == "currency" && value.chars().any(|c| c.is_ascii_alphabetic()) {
                let isolated = format!("\u{2066}{value}\u{2069}");
                out.prefix = out.prefix.replacen(&value, &isolated, 1);
                out.suffix = out.suffix.replacen(&value, &isolated, 1);
            }
        }
    }
    // Group sizes, read from the right: 678 is the primary group, 45 the secondary.
    let size = |n: &usize| u8::try_from(*n).unwrap_or(3);
    match integers.as_slice() {
        [_, .., second, last] => (out.primary, out.secondary) = (size(last), size(second)),
        [_, last] => out.primary = size(last),
        _ => {}
    }
    if out.group.is_empty() {
        out.primary = 0;
    }
    out
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "PluralRules", catch)]
    fn new(locale: &str) -> Result<PluralRules, JsValue>;

    #[wasm_bindgen(method)]
    fn select(this: &PluralRules, value: f64) -> String;
}

thread_local! {
    /// The browser's plural rules for the language last asked about.
    static RULES: std::cell::RefCell<Option<(Lang, PluralRules)>> = const { std::cell::RefCell::new(None) };
}

/// Which form of a counted message `n` takes in `lang`, by the browser's
/// `Intl.PluralRules` (CLDR's data, kept current by the browser); the
/// domain's own rule where `Intl` is missing.
pub fn plural(lang: Lang, n: u64) -> Category {
    RULES.with_borrow_mut(|rules| {
        if rules.as_ref().is_none_or(|(l, _)| *l != lang) {
            *rules = PluralRules::new(lang.code()).ok().map(|r| (lang, r));
        }
        rules
            .as_ref()
            .and_then(|(_, r)| {
                Category::named(&r.select(u32::try_from(n).map_or(f64::from(u32::MAX), f64::from)))
            })
            .unwrap_or_else(|| lang.plural(n))
    })
}
